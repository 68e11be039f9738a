# test/tui/slate.sh: the Monday slate and supply beside demand on the
# meeting screen (issue 16), on a copy of the demo: the agenda's supply
# and people to work from as `meeting agenda` has them; v shows the
# slate, the same plan as `match --slate`, with names, and in meeting
# mode initials only; + marks, P proposes the marked picks (one
# transaction, an audit row each); R replaces a pick by hand with the
# alternative offered and X takes one out, the rest planned again; the
# slates shown are kept; v goes back to the agenda.
. "$WB_ROOT/test/lib.sh"
. "$WB_ROOT/test/tui/tui.lib"

tui_need
need_demo "the slate on the demo" || finish
cp_db "$WB_DEMO" demo.db
DB=$T/demo.db
sql "$DB" "SELECT p.code || '/' || c.ref || '|' || c.first_name || '|' || c.last_name FROM candidate c JOIN partner p ON p.id = c.partner_id" >people.txt

# The plan the command line makes, and the agenda's people to work from.
wb --db "$DB" match --slate --csv
expect_rc "werkbank match --slate" 0
sed 1d "$OUT" | cut -d, -f1,2 >plan.csv
first_vac=$(sed -n 1p plan.csv | cut -d, -f1)
first_key=$(sed -n 1p plan.csv | cut -d, -f2)
second_key=$(sed -n 2p plan.csv | cut -d, -f2)
check "the demo's slate has picks" test -n "$second_key"
first_last=$(grep -F "$first_key|" people.txt | head -n 1 | cut -d '|' -f 3)
first_first=$(grep -F "$first_key|" people.txt | head -n 1 | cut -d '|' -f 2)
LANG=C.UTF-8 wb --db "$DB" meeting agenda
person=$(sed -n '/^### New in the pool/,/^## /p' "$OUT" | grep -E -o '^\| [A-Z]+/K-[0-9]+' | head -n 1 | cut -c 3-)
slates=$(sql "$DB" "SELECT count(*) FROM slate")

M() { msg_re "$1" | sed 's/ *$//'; }
# The slate's caption with MARKED picks marked, as a pattern.
CAPTION='Slate: %zu picks, total %s, %zu vacancies without anyone, %zu marked (+ mark, P propose, R replace, X take out, K per, C clear, v agenda)'
caption() {	# caption MARKED
	msgf_re "$CAPTION" 111 333 444 "$1" | sed -E 's/111|444/[0-9]+/g;
	    s/333/[0-9.,]+/; s/ \\\(.*//'
}
# The candidates of the slate's rows, in order.
slate_keys() {
	awk '/^ +[*]? *[A-Z]+\/V/ && match($0, /[A-Z]+\/K-[0-9]+/) {
	    print substr($0, RSTART, RLENGTH) }' "$1" | head -n 5 | tr '\n' ' '
}

tui_start 140 40 --db "$DB"
tui_wait "the workbench is up" "$(t_open)"
tui_keys 8
tui_wait "8: the meeting screen" "$(M 'The Monday meeting, %s: no meeting is open, the agenda since %s (s start, x minutes, p since, v slate, Esc back)' | sed 's/:.*//')"
# Page through the agenda for its supply and people.
: >agenda.txt
i=0
while [ "$i" -lt 30 ]; do
	i=$((i + 1))
	tui_screen
	cat "$SCREEN" >>agenda.txt
	tui_status | grep -E -q "$(msg Meeting) ([0-9]+)/\\1 " && break
	tui_keys Space
done
if grep -E -q "$(M 'Supply and demand: %lld open positions, %lld candidates who fit one; tightest first' | sed 's/:.*//')" agenda.txt; then
	ok "the agenda has supply beside demand"
else
	not_ok "the agenda has supply beside demand" "$(head -n 5 agenda.txt | tr '\n' '|')"
fi
if grep -E -q "$(M 'People to work from: %zu new in the pool since %s, %zu without a proposal for more than %d weeks' | sed 's/:.*//')" agenda.txt &&
    grep -F -q "$person" agenda.txt; then
	ok "... and the people to work from, $person among them"
else
	not_ok "... and the people to work from" "no $person"
fi

tui_keys g v
tui_wait "v: the slate" "$(caption 0)"
tui_has "... the plan of match --slate first" "^ +$first_vac +.* $first_key +$first_first "
tui_screen slate.txt
expect_eq "... the same picks in the same order" "$(slate_keys slate.txt)" \
    "$(head -n 5 plan.csv | cut -d, -f2 | tr '\n' ' ')"
expect_eq "... the slate shown is kept" \
    "$(sql "$DB" "SELECT count(*) FROM slate")" "$((slates + 1))"

# Meeting mode: initials only.
tui_keys M
tui_wait "meeting mode" "$(msg MEETING)"
tui_screen meeting.txt
if grep -F "$first_key" meeting.txt | grep -F -q -w "$first_last"; then
	not_ok "... in meeting mode no surname beside the key" "$(grep -F "$first_key" meeting.txt)"
else
	ok "... in meeting mode no surname beside the key"
fi
tui_has "... initials instead" " $first_key +$(echo "$first_first" | cut -c 1)\\."

# Mark two and propose them.
before=$(sql "$DB" "SELECT count(*) FROM audit_log WHERE action = 'propose'")
tui_keys g + +
tui_wait "+ marks" "$(caption 2)"
tui_keys P
# walk/slate-proposer: P booked every pick on the chair, undated; now it
# asks who proposes them and by when, as p does for one.
tui_wait "walk/slate-proposer: P asks who proposes and by when" "$(msgn 'Propose %zu pick' 'Propose %zu picks' 2 | sed 's/%zu/2/')"
tui_has "... who" "$(msg_re 'Who proposes')"
tui_keys Tab
tui_text "1-12-2026"
tui_keys F2
tui_wait "... then proposes" "$(msgn '%zu pick proposed.' '%zu picks proposed.' 2 | sed 's/%zu/2/; s/\./\\./')"
expect_eq "... both in the pipelines" "$(sql "$DB" "SELECT count(*) FROM proposal \
    p JOIN vacancy v ON v.id = p.vacancy_id JOIN partner pv ON pv.id = v.partner_id \
    JOIN candidate c ON c.id = p.candidate_id JOIN partner pc ON pc.id = c.partner_id \
    WHERE pc.code || '/' || c.ref IN ('$first_key', '$second_key') AND p.step = 'proposed'")" 2
expect_eq "... with an audit row each" "$(sql "$DB" "SELECT count(*) FROM \
    audit_log WHERE action = 'propose'")" "$((before + 2))"
expect_eq "... by the date given" "$(sql "$DB" "SELECT count(*) FROM proposal \
    WHERE due_on = '2026-12-01'")" 2
tui_hasnt "... and off the slate" " $first_key "

# Replace the first pick by hand with the alternative offered.
tui_keys g
tui_screen
now_key=$(grep -E -o ' [A-Z]+/K-[0-9]+ ' "$SCREEN" | tr -d ' ' | head -n 1)
tui_keys R
tui_wait "R asks for the candidate" "$(M 'Instead of %s for %s, the candidate (PARTNER/REF): ' | sed 's/ .*//')"
tui_screen prompt.txt
alt=$(tail -n 1 prompt.txt | grep -E -o '[A-Z]+/K-[0-9]+$')
check "... offering the alternative" test -n "$alt"
tui_keys Enter
tui_wait "... the pick by hand first" " $alt .*$(M 'picked by hand')"
tui_hasnt "... the one it replaced is not planned there" "^ +[* ] *[A-Z]+/V[0-9-]+ +$now_key "

# Take the next one out.
tui_keys j
tui_screen
out_key=$(sed -n 4p "$SCREEN" | grep -E -o ' [A-Z]+/K-[0-9]+ ' | tr -d ' ')
tui_keys X
tui_wait "X takes a pick out" "$(M '%s taken out of %s; the rest planned again.' | sed 's/^\.\*//; s/ of .*//')"

tui_keys v
tui_wait "v: the agenda again" "$(M 'The Monday meeting, %s: no meeting is open, the agenda since %s (s start, x minutes, p since, v slate, Esc back)' | sed 's/:.*//')"
tui_stop
finish
