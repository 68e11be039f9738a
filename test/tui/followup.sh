# test/tui/followup.sh: the follow-up screen (7) on a copy of the demo:
# the placements due for their 6- and 12-month check, as many as
# `werkbank followup` lists; w answers "still working", l "left on DATE"
# (a bad date is refused with a message and nothing is written); an
# answer given elsewhere while the date is being typed is refused as
# stale, with who did it; the CLI shows the answers afterwards; meeting
# mode shows initials; a viewer is refused.
. "$WB_ROOT/test/lib.sh"
. "$WB_ROOT/test/tui/tui.lib"

tui_need
need_demo "follow-up screen on the demo" || finish
cp_db "$WB_DEMO" demo.db
DB=$T/demo.db

wb --db "$DB" followup --csv
expect_rc "werkbank followup --csv" 0
tail -n +2 "$OUT" >due.csv
ndue=$(wc -l <due.csv)
check "the demo has placements due (at least 4)" test "$ndue" -ge 4
# The list is sorted by due date, as the screen's.
p1=$(sed -n 1p due.csv | cut -d, -f1)
v1=$(sed -n 1p due.csv | cut -d, -f2)
c1=$(sed -n 1p due.csv | cut -d, -f3)
p2=$(sed -n 2p due.csv | cut -d, -f1)
c2=$(sed -n 2p due.csv | cut -d, -f3)
p3=$(sed -n 3p due.csv | cut -d, -f1)
c3=$(sed -n 3p due.csv | cut -d, -f3)

tui_start 140 40 --db "$DB"
FOLLOW=$(msg 'Follow-up: %zu placements due for their check, %zu overdue (w: still working, l: left on DATE, Esc: back)')
due() { printf -- "$FOLLOW" "$1" 0 | sed 's/,.*//'; }
tui_wait "the list is up" "$(msg_re 'Vacancies: open (%zu)' | sed 's/ .(.*//')"
tui_keys 7
tui_wait "7 shows the follow-up screen with the CLI's count" "$(due "$ndue")"
tui_has "... with the columns" "$(msg Employer) +$(msg Vacancy) +$(msg Candidate) +$(msg Person) +$(msg Start) +$(msg Check) +$(msg Due) +$(msg When)"
tui_has "... the first due row first" "$v1 +$c1 "

# w: still working, asked first; n records nothing.
tui_keys w
tui_wait "w asks first, naming the placement" "$(msgf_re 'Follow-up of placement %lld' "$p1")"
tui_has "... and what will be recorded" "$(msg_re 'Record: still working there at %d months?')"
tui_keys n
tui_wait "n: nothing recorded" "$(msg_re 'No answer recorded.')"
tui_has "... and the row stays" " $c1 "
tui_keys w
tui_wait "asked again" "$(msgf_re 'Follow-up of placement %lld' "$p1")"
tui_keys y
tui_wait "w answers still working" "$(msgf_re 'Placement %lld: still working (%s checked).' "$p1" X | sed 's/ .(X.*//')"
tui_hasnt "... and the row leaves the list" " $c1 "
tui_has "... the count goes down" "$(due $((ndue - 1)))"

# l with a bad date: a message, nothing written.
tui_keys l
tui_wait "l asks the date" "$(msgf_re 'Placement %lld: left on (YYYY-MM-DD): ' "$p2" | sed 's/ *$//')"
tui_keys C-u
tui_text "2026-02-30"
tui_keys Enter
tui_wait "a bad date gets a message" "$(msgf_re 'Left on: %s; nothing recorded.' @E | sed "s/@E/.*$(msg_re "'%s' is not a date (YYYY-MM-DD or DD-MM-YYYY)" | sed 's/^.*\.\*.//; s/ .(.*//').*/")"
tui_has "... and the row stays" " $c2 "

# l with a good date.
tui_keys l C-u
tui_text "2026-11-02"
tui_keys Enter
tui_wait "l asks first with the date" "$(msgf_re 'Record: left on %s?' 2026-11-02)"
tui_keys y
tui_wait "l with a date answers left on DATE" "$(msgf_re 'Placement %lld: left on %s%s.' "$p2" 2026-11-02 '' | sed 's/\\\.$//')"
tui_hasnt "... and the row leaves the list" " $c2 "

# Someone else answers while the date is typed: stale, named.
tui_keys l
tui_wait "l asks again" "$(msgf_re 'Placement %lld: left on (YYYY-MM-DD): ' "$p3" | sed 's/ .(.*//')"
wb --db "$DB" followup "$p3" still
expect_rc "meanwhile the CLI answers the same placement" 0
tui_keys Enter
tui_wait "... asked first" "$(msgf_re 'Follow-up of placement %lld' "$p3")"
tui_keys y
tui_wait "the screen's answer is refused as stale, naming the change" "$(msgf_re 'placement %lld was changed by %s at %s (%s %s) since you read it' "$p3" @X @X @X @X | sed 's/@X.*//').*still"
tui_hasnt "... and the stale row is gone after the reload" " $c3 "

# The CLI shows the answers.
wb --db "$DB" followup --csv
for p in "$p1" "$p2" "$p3"; do
	if grep -q "^$p," "$OUT"; then
		not_ok "placement $p is no longer due (CLI)" "still listed"
	else
		ok "placement $p is no longer due (CLI)"
	fi
done
wb --db "$DB" audit --record "placement:$p1"
expect_out "the audit has the still-working answer" "followup +placement +$p1 .*still"
wb --db "$DB" audit --record "placement:$p2"
expect_out "the audit has the left-on answer" "followup +placement +$p2 .*left 2026-11-02"
check "the end date is kept" test "$(sql "$DB" "SELECT end_date FROM placement WHERE id = $p2")" = 2026-11-02

# Meeting mode: initials, never the full name.
sql "$DB" "SELECT first_name || ' ' || last_name FROM candidate" >fullnames.txt
tui_has "outside meeting mode the person's name shows" "$(sql "$DB" "SELECT c.first_name || ' ' || c.last_name FROM placement pl JOIN candidate c ON c.id = pl.candidate_id WHERE pl.id = $(sed -n 4p due.csv | cut -d, -f1)")"
tui_keys M
tui_wait "meeting mode" "$(msg MEETING)"
tui_wait "... still the follow-up screen" "$(due '[0-9]+' | sed 's/\[0-9\]+.*//')"
tui_screen meeting.txt
if grep -F -q -f fullnames.txt meeting.txt; then
	not_ok "no full name in meeting mode" "$(grep -F -o -f fullnames.txt meeting.txt | head -n 2 | tr '\n' '|')"
else
	ok "no full name in meeting mode"
fi
tui_keys M y

# A viewer changes nothing.
sql "$DB" "UPDATE app_user SET role = 'viewer' WHERE login = '$(id -un)'"
tui_keys w
tui_wait "a viewer is refused" "$(msgf_re '%s is a viewer: viewers change nothing' "$(id -un)")"
tui_stop
finish
