# test/tui/outflow.sh: monitoring toward outflow (issue 18) in the
# workbench, at the team's 100x30, on a copy of the demo: not chosen asks
# the employer's reason (none chosen at first, refused until one is); a
# placement that fills the vacancy offers to end its other proposals as
# not chosen, vacancy filled, and y does; L on the candidate list opens
# the leave form, a day before the person entered the pool is refused
# under its field, corrected and saved; the detail says why they left
# and why each proposal ended; the report screen shows every theme with
# its figures, the breakdown by employer with the target groups placed,
# and going back to a shorter breakdown from the end of a long one keeps
# the selection on the screen (it went past the end: a blank screen);
# the meeting screen lists the proposals ended and the jobcoaching not
# started.  Words are checked in the active language.
. "$WB_ROOT/test/lib.sh"
. "$WB_ROOT/test/tui/tui.lib"

tui_need
need_demo "outflow on the demo" || finish
if ! command -v sqlite3 >/dev/null 2>&1; then
	skip "outflow on the demo" "no sqlite3 to look inside"
	finish
fi
cp_db "$WB_DEMO" demo.db && chmod 0660 demo.db
DB=$T/demo.db
# msgc CONTEXT MSGID: a word of a closed set in the active language.
msgc() {
	case $(_msg_lang) in
	nl*)	TEXTDOMAINDIR=$WB_ROOT/build/locale LANGUAGE= LC_ALL= \
		    LC_MESSAGES= LANG=$(_msg_lang) gettext -d werkbank \
		    --context="$1" -- "$2" ;;
	*)	printf '%s' "$2" ;;
	esac
}
# The person running the demo is its coordinator at UWV.
ME_PARTNER=$(sql "$DB" "SELECT p.code FROM app_user u JOIN partner p ON
    p.id = u.partner_id WHERE u.login = '$(id -un)'")

# V: an open vacancy of one position, nobody in its pipeline, made the
# oldest so that it is the first row.  C1 at interview, C2 and C3
# proposed: the best ranked for V who are free.  C4 leaves the pool: a
# candidate of the coordinator's partner, renamed to be found.
VID=$(sql "$DB" "SELECT v.id FROM vacancy v WHERE v.status = 'open' AND NOT
    EXISTS (SELECT 1 FROM proposal WHERE vacancy_id = v.id) ORDER BY v.id
    LIMIT 1")
sql "$DB" "UPDATE vacancy SET positions = 1, collected_on = '2020-01-01',
    deadline = NULL WHERE id = $VID"
V=$(sql "$DB" "SELECT p.code || '/' || v.ref FROM vacancy v JOIN partner p ON
    p.id = v.partner_id WHERE v.id = $VID")
"$WB" --db "$DB" match "$V" --csv --top 60 </dev/null >m.csv 2>/dev/null
n=0
for key in $(awk -F, 'NR > 1 && $1 != "" { print $1 ":" $2 }' m.csv); do
	r=${key%%:*}
	k=${key#*:}
	free=$(sql "$DB" "SELECT count(*) FROM candidate c JOIN partner p ON
	    p.id = c.partner_id WHERE p.code || '/' || c.ref = '$k' AND
	    c.status = 'beschikbaar' AND NOT EXISTS (SELECT 1 FROM proposal
	    WHERE candidate_id = c.id)")
	[ "$free" = 1 ] || continue
	n=$((n + 1))
	eval "C$n=\$k R$n=\$r"
	[ "$n" -eq 3 ] && break
done
if [ "$n" -lt 3 ]; then
	skip "outflow on the demo" "fewer than 3 free candidates rank for $V"
	finish
fi
C4=$(sql "$DB" "SELECT p.code || '/' || c.ref FROM candidate c JOIN partner p
    ON p.id = c.partner_id WHERE c.status = 'beschikbaar' AND p.code =
    '$ME_PARTNER' AND c.registered_on < '2026-11-01' AND NOT EXISTS (SELECT 1
    FROM proposal WHERE candidate_id = c.id) ORDER BY c.id DESC LIMIT 1")
sql "$DB" "UPDATE candidate SET first_name = 'Zwaluw', last_name =
    'Uitstromer' WHERE id = (SELECT c.id FROM candidate c JOIN partner p ON
    p.id = c.partner_id WHERE p.code || '/' || c.ref = '$C4');
    UPDATE candidate SET first_name = 'Ilse', last_name = 'Geplaatstmens',
    leave_reason = NULL WHERE id = (SELECT c.id FROM candidate c JOIN partner
    p ON p.id = c.partner_id WHERE c.status = 'geplaatst' AND p.code =
    '$ME_PARTNER' ORDER BY c.id LIMIT 1)"
C5=$(sql "$DB" "SELECT p.code || '/' || c.ref FROM candidate c JOIN partner p
    ON p.id = c.partner_id WHERE c.last_name = 'Geplaatstmens'")
for c in "$C1" "$C2" "$C3"; do
	wb --db "$DB" propose "$V" "$c" --yes
done
wb --db "$DB" advance "$V" "$C1" interview
expect_rc "setup: $C1 at interview, $C2 and $C3 proposed for $V" 0
echo "# $V: $C1 $C2 $C3; $C4 leaves"
step() {	# step CANDIDATE: the step and reason of their proposal for V
	sql "$DB" "SELECT pr.step || ' ' || coalesce((SELECT reason FROM
	    proposal_step WHERE proposal_id = pr.id ORDER BY id DESC LIMIT 1),
	    '-') FROM proposal pr JOIN candidate c ON c.id = pr.candidate_id
	    JOIN partner p ON p.id = c.partner_id WHERE pr.vacancy_id = $VID
	    AND p.code || '/' || c.ref = '$1'"
}
# row N: select rank N in the matches pane (focused).
row() {
	tui_keys g
	_i=1
	while [ "$_i" -lt "$1" ]; do
		tui_keys j
		_i=$((_i + 1))
	done
	tui_wait "rank $1 is selected" " Matches $1/"
}

tui_start 100 30 --db "$DB"
tui_wait "the list is up with $V first" "$V"
tui_keys Tab
tui_wait "the matches of $V" "Matches 1/"

# Not chosen: the reason is asked.
if true; then
	row "$R3"
	tui_keys a
	tui_wait "a opens the next-step form" "$C3"
	tui_keys Right Enter
	tui_wait "not chosen asks why" "$(msg_re "Why did the employer not choose them?")"
	tui_has "... none chosen at first" "< $(msg "(choose)" | sed 's/[()]/\\&/g') >"
	tui_keys Enter
	tui_wait "... and asks until one is" "$(msg "choose the reason")"
	expect_eq "... nothing stored meanwhile" "$(step "$C3")" "proposed -"
	tui_keys Right Right
	tui_has "... the reasons are words" "< $(msgc not_chosen_reason language) >"
	tui_keys Enter
	tui_wait "saved: the status line says why" "$C3 .*\\($(msgc not_chosen_reason language)\\)"
	expect_eq "... stored with the code" "$(step "$C3")" "not_chosen taal"
fi

# Placing C1 fills V: the dialog offers to end C2's proposal.
row "$R1"
tui_keys a
tui_wait "the next-step form for $C1" "$C1"
tui_keys Enter
tui_wait "placed asks for the placement" "$(msg_re "Placement of %s in %s")"
tui_keys Enter
tui_wait "the vacancy is filled: the dialog" "$(msgf_re "%s is filled" "$V")"
tui_has "... saying how many are still open" "$(msgf_re "%d other proposal for %s is still open." 1 "$V")"
tui_keys y
tui_wait "y ends them" "$C1 "
expect_eq "$C2 not chosen, vacancy filled" "$(step "$C2")" "not_chosen vacature_vervuld"
expect_eq "$C1 placed, out of the pool through the team" "$(sql "$DB" "SELECT
    status || ' ' || leave_reason FROM candidate c JOIN partner p ON p.id =
    c.partner_id WHERE p.code || '/' || c.ref = '$C1'")" "geplaatst werk_via_team"

# The leave form on the candidate list.
tui_keys 2
tui_wait "the candidates" "$(msg_re "Candidates (%zu), %lld in the pool")"
tui_keys /
tui_text "Uitstromer"
tui_keys Enter
tui_wait "$C4 found" "$C4 +Zwaluw Uitstromer"
tui_keys L
tui_wait "L opens the leave form" "$(msgf_re "%s leaves the pool" "$C4")"
tui_keys C-u
tui_text "1-1-2000"
tui_keys Tab Right Right Right Right Tab
tui_text "naar Zwolle"
tui_keys Enter
REG=$(sql "$DB" "SELECT registered_on FROM candidate c JOIN partner p ON
    p.id = c.partner_id WHERE p.code || '/' || c.ref = '$C4'")
tui_wait "a day before they entered the pool: refused under the field" \
    "$(msgf_re "%s: %s is before they entered the pool (%s)" FIELD 2000-01-01 "$REG" | sed 's/^FIELD: //')"
expect_eq "... nothing stored" "$(sql "$DB" "SELECT coalesce(left_on, '-') FROM candidate c
    JOIN partner p ON p.id = c.partner_id WHERE p.code || '/' || c.ref = '$C4'")" -
tui_keys C-u
tui_text "20-11-2026"
tui_keys Tab Tab Enter
tui_wait "saved: the status line says so" "$(msgf_re "%s left the pool on %s: %s." "$C4" 2026-11-20 "$(msgc leave_reason 'moved away')")"
expect_eq "... stored" "$(sql "$DB" "SELECT left_on || ' ' || leave_reason || ' ' ||
    status || ' ' || leave_note FROM candidate c JOIN partner p ON p.id =
    c.partner_id WHERE p.code || '/' || c.ref = '$C4'")" "2026-11-20 verhuisd inactief naar Zwolle"
tui_keys 4
tui_wait "the detail of $C4" "$C4"
tui_keys G
tui_wait "the detail says why they left" "$(msg_re "Why they left") +$(msgc leave_reason 'moved away')"

# C5, placed before reasons were asked: work through the team proposed.
tui_keys Escape 2 / C-u
tui_text "Geplaatstmens"
tui_keys Enter
tui_wait "$C5 found" "$C5 +Ilse Geplaatstmens"
tui_keys L
tui_wait "for someone placed, work through the team is proposed" "< $(msgc leave_reason 'work through the team') >"
tui_keys Escape

# The report: every theme, by employer, and back.
tui_keys 6
tui_wait "the report" "$(msg_re "The subregion")"
for t in "Why people left the pool" \
    "Not chosen: the employer's reasons" "Withdrawn: the candidate's reasons" \
    "Banenafspraak" "Instruments used in placements" "Jobcoaching" \
    "Employers: new and returning"; do
	_found=0
	tui_keys g
	for _p in 1 2 3 4 5 6; do
		tui_screen
		if grep -q "^ $(msg "$t")\$" "$SCREEN"; then _found=1; break; fi
		tui_keys PageDown
	done
	expect_eq "the report screen shows '$t'" "$_found" 1
done
tui_keys g b b b b
# The breakdown's table lies below the figures (the employer services
# too): a page at a time until its heading shows.
TGP=$(msg_re "Target groups placed")
for _p in 1 2 3 4 5; do
	tui_screen
	grep -E -q -e "$TGP" "$SCREEN" && break
	tui_keys PageDown
done
tui_wait "b: by employer, the target groups placed" "$TGP"
ROW="$(msgc target_group 'social assistance') [0-9]"
for _p in 1 2 3; do
	tui_screen
	grep -E -q -e "$ROW" "$SCREEN" && break
	tui_keys PageDown
done
tui_wait "... each employer's" "$ROW"
# The end of the long breakdown (the themes below it), then a shorter one.
# walk/report-breakdown-shown: b changed the breakdown out of sight below
# the figures; now its heading comes to the top.
tui_keys G b
tui_wait "walk/report-breakdown-shown: after the end of a long one, the next breakdown at the top" "^ $(msg_re "By sector")"
pos=$(tui_status | awk '{ print $2 }')
if [ "${pos%/*}" -le "${pos#*/}" ] 2>/dev/null; then
	ok "... the selection inside the list ($pos)"
else
	not_ok "... the selection inside the list" "status line says $pos"
fi

# The meeting screen: the proposals ended and the jobcoaching waiting.
tui_keys 8
_found=0
for _p in 1 2 3 4 5 6 7 8; do
	tui_screen
	if grep -q "$(msg_re "Proposals ended since %s, and why (%zu)")" "$SCREEN"; then _found=1; break; fi
	tui_keys PageDown
done
expect_eq "the meeting screen lists the proposals ended and why" "$_found" 1
for _p in 1 2 3 4 5 6; do
	tui_screen
	grep -q "$C2" "$SCREEN" && break
	tui_keys PageDown
done
tui_has "... $C2 with its reason" "$C2 .*$(msgc not_chosen_reason 'vacancy filled')"
tui_stop
finish
