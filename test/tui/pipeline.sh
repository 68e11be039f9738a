# test/tui/pipeline.sh: the pipeline from the matches pane on a copy of
# the demo: p proposes the selected candidate (the row in the database,
# the mark in the list); the question when the candidate was proposed
# elsewhere this week (no, then yes); a advances to interview; placed
# with the placement form, a bad hours value refused under its field and
# corrected, and the vacancy filled at its last position; a stale change
# (the CLI advanced the same proposal while the form was open) refused
# with a dialog naming the other change; the vacancy's detail lists the
# pipeline; meeting mode shows initials in the form; from a candidate,
# p proposes them for the selected vacancy; a viewer is refused; a
# hang-up while a form is open ends werkbank at once.
. "$WB_ROOT/test/lib.sh"
. "$WB_ROOT/test/tui/tui.lib"

tui_need
need_demo "the pipeline on the demo" || finish
if ! command -v sqlite3 >/dev/null 2>&1; then
	skip "the pipeline on the demo" "no sqlite3 to look inside"
	finish
fi
cp_db "$WB_DEMO" demo.db && chmod 0660 demo.db
DB=$T/demo.db
ME=$(id -un)

# V1: an open vacancy with one position and nobody in its pipeline, made
# the oldest so that it is the first row of the list; VX another open one.
V1ID=$(sql "$DB" "SELECT v.id FROM vacancy v WHERE v.status = 'open' AND
    NOT EXISTS (SELECT 1 FROM proposal WHERE vacancy_id = v.id) ORDER BY v.id
    LIMIT 1")
sql "$DB" "UPDATE vacancy SET positions = 1, collected_on = '2020-01-01',
    deadline = NULL WHERE id = $V1ID"
V1=$(sql "$DB" "SELECT p.code || '/' || v.ref FROM vacancy v JOIN partner p ON
    p.id = v.partner_id WHERE v.id = $V1ID")
VX=$(sql "$DB" "SELECT p.code || '/' || v.ref FROM vacancy v JOIN partner p ON
    p.id = v.partner_id WHERE v.status = 'open' AND v.id <> $V1ID ORDER BY v.id
    LIMIT 1")

# C1, C2, C3: ranked for V1, available, in nobody's pipeline yet.
"$WB" --db "$DB" match "$V1" --csv --top 60 </dev/null >m.csv 2>/dev/null
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
	skip "the pipeline on the demo" "fewer than 3 free candidates rank for $V1"
	finish
fi
echo "# $V1: $C1 (rank $R1), $C2 (rank $R2), $C3 (rank $R3); elsewhere $VX"

# C2 was proposed for VX today, by the CLI.
wb --db "$DB" propose "$VX" "$C2" --yes
expect_rc "the CLI proposes $C2 for $VX" 0

# row N: select rank N in the matches pane (focused).
row() {
	tui_keys g
	_i=1
	while [ "$_i" -lt "$1" ]; do
		tui_keys j
		_i=$((_i + 1))
	done
	tui_wait "rank $1 is selected" " $(msg Matches) $1/"
}
step_of() {	# step_of CANDIDATE
	sql "$DB" "SELECT pr.step FROM proposal pr JOIN candidate c ON
	    c.id = pr.candidate_id JOIN partner p ON p.id = c.partner_id
	    WHERE pr.vacancy_id = $V1ID AND p.code || '/' || c.ref = '$1'"
}

# The words of the run's language.
MATCHES=$(msg_re 'Matches for %s: %zu of %zu %s pass (x: excluded)  %s' | sed 's/ \.\*:.*//')
step() { msgc step "$1"; }
propose() { msgf_re 'Propose %s for %s' "$1" "$2"; }
proposed() { msgf_re 'Proposed %s for %s: %s proposes.' "$1" "$2" @W | sed 's/@W.*//'; }
# A recruiter of the team, by name, to propose for the tester.
WHO=$(sql "$DB" "SELECT login FROM app_user WHERE role = 'recruiter' AND
    active AND login <> '$ME' ORDER BY login LIMIT 1")
WHONAME=$(sql "$DB" "SELECT name FROM app_user WHERE login = '$WHO'")
VIEWER=$(msgf_re '%s is a viewer: viewers change nothing' "$ME")
tui_start 160 45 --db "$DB"
tui_wait "the list is up with $V1 first" "$MATCHES $V1"
tui_keys Tab
tui_wait "rank 1 of $V1" "│ +1 [A-Z]+/" 20

# Propose C1: the form, who (a team member by name), by when, a note.
row "$R1"
tui_keys p
tui_wait "p opens the propose form" "$(propose "$C1" "$V1")"
tui_has "... naming the vacancy" "$(msgf_re 'Vacancy:   %s  %s' @V X | sed "s,@V.*,$V1,; s/:  */: +/")"
tui_has "... who proposes: the tester offered" "$(msg 'Who proposes')[* ]+([^ ].* \\()?$ME"
tui_text "$WHONAME"
tui_keys Tab
tui_text "20-11-2026"
tui_keys Tab
tui_wait "issue13/propose-due-past: a date in the past is said under By when" "$(msgf_re '%s is in the past' 2026-11-20)"
tui_keys Up C-u
tui_text "30-11-2026"
tui_keys Tab
tui_text "past goed"
tui_keys Enter
tui_wait "the status line says so, with who and by when" "$(msgf_re 'Proposed %s for %s: %s proposes, by %s.' "$C1" "$V1" "$WHONAME ($WHO)" 2026-11-30)"
expect_eq "the proposal is in the database" "$(step_of "$C1")" proposed
expect_eq "issue13/propose-who-due: who proposes and by when are kept" \
    "$(sql "$DB" "SELECT u.login || ' ' || pr.due_on FROM proposal pr JOIN
    app_user u ON u.id = pr.proposed_by WHERE pr.vacancy_id = $V1ID AND
    pr.candidate_id = (SELECT c.id FROM candidate c JOIN partner p ON
    p.id = c.partner_id WHERE p.code || '/' || c.ref = '$C1')")" "$WHO 2026-11-30"
expect_eq "... with the note" "$(sql "$DB" "SELECT s.note FROM proposal_step s
    JOIN proposal pr ON pr.id = s.proposal_id WHERE pr.vacancy_id = $V1ID
    AND s.step = 'proposed' ORDER BY s.id DESC LIMIT 1")" "past goed"
tui_wait "the ranked list marks $C1" "│ +$R1 $C1 .*\\[$(step proposed)\\]"
tui_keys p
tui_wait "proposing again is refused" "$(msgf_re '%s is in the pipeline of %s already (%s); a advances.' "$C1" "$V1" @S | sed 's/ .(@S.*//')"

# C2 was proposed elsewhere: asked first; no, then yes.
row "$R2"
tui_keys p
ELSEWHERE=$(msgf_re '%s was proposed elsewhere in the last %d days:' "$C2" 7)
tui_wait "proposed elsewhere: a dialog asks first" "$ELSEWHERE"
tui_has "... naming the other vacancy and who" "$(msgf_re '  %s on %s by %s (%s)' "$VX" @D "$ME" @S | sed 's/^ *//; s/@D/[0-9-]+/; s/ .(@S.*//')"
tui_keys n
tui_wait "n: not proposed" "$(msgf_re '%s was not proposed.' "$C2")"
expect_eq "... and nothing written" "$(step_of "$C2")" ""
tui_keys p
tui_wait "asked again" "$ELSEWHERE"
tui_keys y
tui_wait "y: the form" "$(propose "$C2" "$V1")"
tui_keys Enter
tui_wait "proposed after all" "$(proposed "$C2" "$V1")"
expect_eq "$C2 is in the pipeline" "$(step_of "$C2")" proposed

# The stale change: the advance form opens for C2, the CLI moves the
# same proposal on meanwhile, the form is submitted.
tui_keys a
tui_wait "a opens the next-step form" "$(msgf_re 'Next step: %s for %s' "$C2" "$V1")"
tui_has "... offering only what may follow" "< $(step interview) >"
wb --db "$DB" advance "$V1" "$C2" not_chosen --reason "vacature vervuld" --note "elders gekozen"
expect_rc "meanwhile the CLI advances $C2" 0
tui_keys Enter
tui_wait "the stale change is refused with a dialog" "$(msgf_re 'Changed meanwhile: %s for %s' "$C2" "$V1")"
tui_has "... naming who changed it, in local time" "$(msgf_re '  by %s at %s' "$ME" @T | sed 's/^ *//; s/@T/20[0-9-]+ [0-9:]+/')"
tui_has "... and what" "$(msgf_re "  what: moved on to '%s'" "$(step 'not chosen')" | sed 's/^ *//')"
tui_has "... and the state now" "$(msgf_re "Now %s is at '%s' for %s." "$C2" "$(step 'not chosen')" "$V1")"
tui_has "... read afresh, with the other's note" \
    "$(msgf_re '  latest: %s %s by %s: %s' "$(step 'not chosen')" 2026-11-23 "$ME" 'elders gekozen' | sed 's/^ *//')"
tui_keys Enter
tui_wait "closed: not saved" "$(msgf_re 'Not saved: %s for %s was changed by someone else; read again.' "$C2" "$V1")"
expect_eq "the CLI's change stands" "$(step_of "$C2")" not_chosen
tui_wait "the mark shows the fresh state" "│ +$R2 $C2 .*\\[$(step 'not chosen')\\]"

# Advance C1 to interview.
row "$R1"
tui_keys a
tui_wait "the next-step form for $C1" "$(msgf_re 'Next step: %s for %s' "$C1" "$V1")"
tui_has "interview comes first" "< $(step interview) >"
tui_keys Tab
tui_text "dinsdag 10 uur"
tui_keys Enter
tui_wait "advanced to interview" "$(msgf_re '%s for %s: %s -> %s.' "$C1" "$V1" "$(step proposed)" "$(step interview)")"
expect_eq "$C1 is at interview" "$(step_of "$C1")" interview
tui_wait "the mark says interview" "│ +$R1 $C1 .*\\[$(step interview)\\]"
tui_keys Tab Enter
tui_wait "the vacancy's detail" "$(msgf_re 'Detail of vacancy %s (Esc: back)' "$V1")"
tui_has "... lists its pipeline: the latest step, who, the note" \
    "$(msgf_re 'latest: %s %s by %s: %s' "$(step interview)" 2026-11-23 "$ME" 'dinsdag 10 uur')"
tui_keys Escape Tab
tui_wait "back in the matches" " $(msg Matches) [0-9]+/"

# Meeting mode: the form shows initials, no names.
tui_keys M
tui_wait "meeting mode" "$(msg MEETING)"
name=$(sql "$DB" "SELECT first_name || ' ' || last_name FROM candidate c JOIN
    partner p ON p.id = c.partner_id WHERE p.code || '/' || c.ref = '$C3'")
row "$R3"
tui_keys p
tui_wait "meeting mode: the form opens" "$(propose "$C3" X | sed 's/ X$//')"
tui_hasnt "... without the name" "$name"
tui_keys Escape
tui_wait "Esc cancels" "$(msgf_re '%s was not proposed.' "$C3")"
tui_keys M
tui_wait "leaving meeting mode asks" "$(msg_re 'Leave meeting mode? Names and contact details will show (y/n)')"
tui_keys y

# Place C1: the placement form, a bad hours value, corrected.
row "$R1"
tui_keys a
tui_wait "the next-step form again" "$(msgf_re 'Next step: %s for %s' "$C1" "$V1")"
tui_has "placed may follow now" "< $(step placed) >"
tui_keys Enter
tui_wait "placed asks for the placement" "$(msgf_re 'Placement of %s in %s' "$C1" "$V1")"
tui_has "the start date is today" "$(msg 'Start date')\\* +2026-11-23"
tui_keys Tab Space Tab
tui_text "60"
tui_keys Tab
OUTSIDE=$(msgf_re '%s is outside %s to %s' 60 0 48)
tui_wait "a bad hours value is shown under its field" "$OUTSIDE"
tui_text "lks:40|jobcoach"
tui_keys Enter
tui_wait "Enter does not submit with a bad field" "$(msgf_re 'Placement of %s in %s' "$C1" "$V1")"
tui_has "... the message still there" "$OUTSIDE"
expect_eq "... nothing written" "$(step_of "$C1")" interview
tui_keys C-u
tui_text "32"
tui_keys Enter
tui_filled_others "$V1"
tui_wait "placed: the vacancy is filled" "$(msgf_re '%s placed in %s; the vacancy is now filled.' "$C1" "$V1" | sed 's/;.*//')"
expect_eq "$C1 is placed" "$(step_of "$C1")" placed
expect_eq "the placement's fields" "$(sql "$DB" "SELECT start_date, hours,
    (SELECT group_concat(instrument, ' ') FROM (SELECT instrument FROM
    placement_instrument WHERE placement_id = pl.id ORDER BY instrument))
    FROM placement pl WHERE vacancy_id = $V1ID")" "2026-11-23|32.0|jobcoach lks"
expect_eq "the vacancy is vervuld" "$(sql "$DB" "SELECT status FROM vacancy
    WHERE id = $V1ID")" vervuld

# From a candidate: the vacancies ranked for them, p proposes the
# candidate for the selected vacancy.
cand=$(sql "$DB" "SELECT p.code || '/' || c.ref FROM candidate c JOIN partner p ON
    p.id = c.partner_id WHERE c.status = 'beschikbaar' AND c.consent = 1 ORDER BY
    c.partner_id, c.ref LIMIT 1")
tui_keys 2 f
tui_text "status:beschikbaar"
tui_keys Enter
tui_wait "the candidates, available" "$(msgf_re '  filter: %s' status:beschikbaar | sed 's/^ *//')"
tui_keys g
tui_wait "the vacancies ranked for $cand" "$MATCHES $cand:.*$(msg vacancies)" 20
# Proposed, $cand is no longer available: without the filter the list
# keeps them (and the matches pane follows what the list shows).
tui_keys f C-u Enter
tui_wait "the filter cleared, $cand still selected" \
    "^ $(msg Candidates) [0-9]+/[0-9]+  "
tui_has "... and still ranked" "$MATCHES $cand:.*$(msg vacancies)"
tui_keys Tab g
tui_wait "the first vacancy is selected" " $(msg Matches) 1/"
vac1=$(grep -E '│ +1 [A-Z]+/' "$SCREEN" | head -n 1 | sed 's/.*│ *1 \([^ ]*\) .*/\1/')
tui_keys p
tui_wait "p: propose $cand for $vac1" "$(propose "$cand" "$vac1")"
if grep -E -q "$(msgf_re '%s was proposed elsewhere in the last %d days:' "$cand" 7)" "$SCREEN"; then
	tui_keys y
	tui_wait "... after the question, the form" "$(msg Note)"
fi
tui_keys Enter
tui_wait "proposed from the candidate's side" "$(proposed "$cand" "$vac1")"
expect_eq "... in the database" "$(sql "$DB" "SELECT pr.step FROM proposal pr
    JOIN candidate c ON c.id = pr.candidate_id JOIN partner p ON
    p.id = c.partner_id JOIN vacancy v ON v.id = pr.vacancy_id JOIN partner vp ON
    vp.id = v.partner_id WHERE p.code || '/' || c.ref = '$cand' AND
    vp.code || '/' || v.ref = '$vac1'")" proposed
tui_wait "... and marked in the ranking" "│ +1 $vac1 .*\\[$(step proposed)\\]"

# A viewer is refused.
sql "$DB" "UPDATE app_user SET role = 'viewer' WHERE login = '$ME'"
tui_keys 3
tui_keys p
tui_wait "a viewer is refused" "$VIEWER"
tui_keys a
tui_wait "... advancing too" "$VIEWER"
tui_stop
sql "$DB" "UPDATE app_user SET role = 'coordinator' WHERE login = '$ME'"

# A hang-up while a form waits for keys: werkbank ends at once, nothing
# is written.
# An open vacancy whose best candidate may still be proposed (one that
# cannot is refused before any form opens).
VH=
for id in $(sql "$DB" "SELECT id FROM vacancy WHERE status = 'open' ORDER BY
    id LIMIT 12"); do
	k=$(sql "$DB" "SELECT p.code || '/' || v.ref FROM vacancy v JOIN partner
	    p ON p.id = v.partner_id WHERE v.id = $id")
	c=$("$WB" --db "$DB" match "$k" --csv --top 1 </dev/null 2>/dev/null |
	    awk -F, 'NR == 2 { print $2 }')
	if [ -n "$c" ] && [ "$(sql "$DB" "SELECT count(*) FROM candidate c JOIN
	    partner p ON p.id = c.partner_id WHERE p.code || '/' || c.ref = '$c'
	    AND c.status IN ('beschikbaar', 'in_traject') AND NOT EXISTS (SELECT
	    1 FROM proposal WHERE vacancy_id = $id AND candidate_id = c.id)")" = 1 ]
	then
		VH=$k
		break
	fi
done
before=$(sql "$DB" "SELECT count(*) FROM proposal")
tui_start 160 45 --db "$DB"
tui_wait "up again, ranked" "│ +1 [A-Z]+/" 20
tui_keys /
tui_text "$VH"
tui_keys Enter
tui_wait "$VH selected" "$MATCHES $VH:" 20
tui_keys Tab g p
tui_wait "a propose form (or its question) waits" "$(propose @C X | sed 's, X$,,; s,@C,[A-Z]+/[^ ]*,')"
pid=$(tui_pid)
[ -n "$pid" ] && kill -HUP "$pid"
i=10
while [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null &&
    ! ps -o stat= -p "$pid" | grep -q '^Z' && [ "$i" -gt 0 ]; do
	sleep 0.1
	i=$((i - 1))
done
if [ -n "$pid" ] && [ "$i" -gt 0 ]; then
	ok "SIGHUP in a form: gone within a second"
else
	not_ok "SIGHUP in a form: gone within a second" "pid '$pid' still runs"
	[ -n "$pid" ] && kill -9 "$pid" 2>/dev/null
fi
expect_eq "... nothing written" "$(sql "$DB" "SELECT count(*) FROM proposal")" "$before"
sleep 0.2
if _sanitizer_report "$TUI_ERR"; then
	not_ok "SIGHUP in a form: no sanitizer report" "$(_excerpt "$TUI_ERR")"
else
	ok "SIGHUP in a form: no sanitizer report"
fi
_tmux kill-server 2>/dev/null
finish
