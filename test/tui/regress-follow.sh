# test/tui/regress-follow.sh: regressions of issue 13, "the workbench
# follows the user": the matches pane, and what p and a act on, follow
# the highlighted vacancy right after placing (the vacancy leaves the
# list), after saving a new vacancy, after another session's change, and
# when keys come faster than the pane ranks (j Tab p at once).  Each used
# to leave the pane, and p, on the vacancy selected before.  On a copy of
# the demo at 100x30, the projector's size (list above, matches below).
. "$WB_ROOT/test/lib.sh"
. "$WB_ROOT/test/tui/tui.lib"

tui_need
need_demo "the matches follow on the demo" || finish
if ! command -v sqlite3 >/dev/null 2>&1; then
	skip "the matches follow on the demo" "no sqlite3 to look inside"
	finish
fi
cp_db "$WB_DEMO" demo.db && chmod 0660 demo.db
DB=$T/demo.db
ME=$(id -un)
MYP=$(sql "$DB" "SELECT p.code FROM app_user u JOIN partner p ON
    p.id = u.partner_id WHERE u.login = '$ME'")
if [ -z "$MYP" ]; then
	skip "the matches follow on the demo" "$ME is no user of the demo"
	finish
fi
key_of() {	# key_of VACANCY_ID
	sql "$DB" "SELECT p.code || '/' || v.ref FROM vacancy v JOIN partner p
	    ON p.id = v.partner_id WHERE v.id = $1"
}

# V1..V4: open vacancies made the oldest, so the first four rows; V1 has
# one position.
ids=$(sql "$DB" "SELECT id FROM vacancy WHERE status = 'open' ORDER BY id
    LIMIT 4")
n=0
for id in $ids; do
	n=$((n + 1))
	sql "$DB" "UPDATE vacancy SET collected_on = '2019-01-0$n', deadline =
	    NULL, positions = 1 WHERE id = $id"
	eval "V${n}ID=\$id V$n=\$(key_of \$id)"
done
# C1: ranked for V1, free, put at interview by the command line.
"$WB" --db "$DB" match "$V1" --csv --top 60 </dev/null >m.csv 2>/dev/null
C1= R1=
for key in $(awk -F, 'NR > 1 && $1 != "" { print $1 ":" $2 }' m.csv); do
	k=${key#*:}
	free=$(sql "$DB" "SELECT count(*) FROM candidate c JOIN partner p ON
	    p.id = c.partner_id WHERE p.code || '/' || c.ref = '$k' AND
	    c.status = 'beschikbaar' AND NOT EXISTS (SELECT 1 FROM proposal
	    WHERE candidate_id = c.id)")
	if [ "$free" = 1 ]; then
		C1=$k
		R1=${key%%:*}
		break
	fi
done
if [ -z "$C1" ]; then
	skip "the matches follow on the demo" "no free candidate ranks for $V1"
	finish
fi
wb --db "$DB" propose "$V1" "$C1" --yes
wb --db "$DB" advance "$V1" "$C1" interview
expect_rc "$C1 is at interview for $V1 (command line)" 0
echo "# $V1 $V2 $V3 $V4; $C1 ranks $R1 for $V1"

# The screen's words in the language of the run.
MATCHES=$(msg_re 'Matches for %s: %zu of %zu %s pass (x: excluded)  %s' | sed 's/ \.\*:.*//')
propose() { msgf_re 'Propose %s for %s' @C "$1" | sed 's,@C,[A-Z]+/[^ ]+,'; }

tui_start 100 30 --db "$DB"
# Ranked once the match index is built (slow under the sanitizers).
tui_wait "the list is up with $V1 first, ranked" "$MATCHES $V1: [0-9]" 30

# issue13/follow-after-place: placing the last position fills V1, which
# leaves the list; the pane shows what the list highlights now.
tui_keys Tab g
i=1
while [ "$i" -lt "$R1" ]; do
	tui_keys j
	i=$((i + 1))
done
tui_keys a
tui_wait "a: the next step for $C1" "$(msgf_re 'Next step: %s for %s' "$C1" "$V1")"
tui_has "... placed first" "< $(vocab_word step placed) >"
tui_keys Enter
tui_wait "the placement form" "$(msgf_re 'Placement of %s in %s' "$C1" "$V1")"
tui_keys F2
# Other proposals still run: the offer to end them (issue 18); n
# leaves them open.
tui_filled_others "$V1"
tui_wait "placed: the vacancy is filled" "$(msgf_re '%s placed in %s; the vacancy is now filled.' "$C1" "$V1" | sed 's/;.*//')"
tui_wait "issue13/follow-after-place: the pane shows $V2, highlighted now" \
    "$MATCHES $V2:"
tui_hasnt "... $V1 is gone from the list" " $V1 "

# issue13/follow-after-new: a new vacancy saved is selected, and the
# pane and p follow it.
emp=$(sql "$DB" "SELECT name || '|' || pc4 FROM employer ORDER BY id LIMIT 1")
tui_keys Escape a
tui_wait "a opens an empty form" "$(msgf_re 'New %s' "$(msg vacancy)")"
tui_text "V2026-931"
tui_keys Tab Tab
tui_text "${emp%|*}"
tui_keys Tab
tui_text "Heftruckchauffeur"
tui_keys Tab
tui_text "heftruck"
tui_wait "typing offers occupations" "heftruckchauffeur \\(8344\\)"
tui_keys Down Enter Tab
tui_text "${emp#*|}"
tui_keys F2
# The employer may be another account manager's: the form asks first.
tui_answer_if "$(msg_re 'Enter the vacancy anyway?')" y
tui_wait "saved" "$(msgf_re 'New %s %s saved.' "$(msg vacancy)" "$MYP/V2026-931")"
tui_wait "issue13/follow-after-new: the pane shows the new vacancy" \
    "$MATCHES $MYP/V2026-931:"
tui_keys Tab p
tui_wait "... and p proposes for it" "$(propose "$MYP/V2026-931")"
tui_keys Escape Escape

# issue13/follow-other-session: the command line withdraws V2 while it
# is highlighted; the pane follows the row highlighted then.
tui_keys Escape g
tui_wait "V2 is highlighted" "$MATCHES $V2:"
wb --db "$DB" vacancy withdraw "$V2" --note "weg"
expect_rc "meanwhile the command line withdraws $V2" 0
tui_wait "issue13/follow-other-session: the pane shows $V3" \
    "$MATCHES $V3:" 8

# issue13/follow-fast-keys: j Tab p in one go, faster than the pane
# ranks: p proposes for the vacancy j went to.
tui_keys g
tui_wait "$V3 first" "$MATCHES $V3:"
_tmux send-keys -t wb j Tab p
tui_wait "issue13/follow-fast-keys: p proposes for $V4" \
    "$(propose "$V4")"
tui_hasnt "... not for $V3" "$(propose "$V3")"
tui_keys Escape Escape
tui_stop
finish
