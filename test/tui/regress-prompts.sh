# test/tui/regress-prompts.sh: regressions of issue 13 about what is
# asked, on a copy of the demo at 100x30:
#
#   issue13/prompt-left-on		the follow-up's "left on" date is
#					offered selected: a date typed replaces
#					it (it used to be appended:
#					'2026-11-2320-11-2026' is not a date);
#					Backspace still edits it
#   issue13/prompt-filter		the filter offered again: typing
#					replaces it, Backspace edits it
#   issue13/prompt-start-date		the placement's start date: typing
#					replaces today's
#   issue13/prompt-form-field		a form field entered: typing replaces
#					its text (positions 1, typed 2: was 12)
#   issue13/refuse-on-hold		p on a vacancy on hold is refused at
#					once, before any question or form
#   issue13/refuse-no-placement		a on a filled vacancy offers no
#					"placed" (it used to be refused after
#					the placement form was filled in)
. "$WB_ROOT/test/lib.sh"
. "$WB_ROOT/test/tui/tui.lib"

tui_need
need_demo "the prompts on the demo" || finish
if ! command -v sqlite3 >/dev/null 2>&1; then
	skip "the prompts on the demo" "no sqlite3 to look inside"
	finish
fi
cp_db "$WB_DEMO" demo.db && chmod 0660 demo.db
DB=$T/demo.db
key_of() {	# key_of VACANCY_ID
	sql "$DB" "SELECT p.code || '/' || v.ref FROM vacancy v JOIN partner p
	    ON p.id = v.partner_id WHERE v.id = $1"
}
# free VACANCY N: N free candidates ranked for it, "RANK:KEY" each.
free() {
	"$WB" --db "$DB" match "$1" --csv --top 80 </dev/null 2>/dev/null |
	    awk -F, 'NR > 1 && $1 != "" { print $1 ":" $2 }' | while read -r rk; do
		k=${rk#*:}
		f=$(sql "$DB" "SELECT count(*) FROM candidate c JOIN partner p
		    ON p.id = c.partner_id WHERE p.code || '/' || c.ref = '$k'
		    AND c.status = 'beschikbaar' AND NOT EXISTS (SELECT 1 FROM
		    proposal WHERE candidate_id = c.id)")
		[ "$f" = 1 ] && echo "$rk"
	done | head -n "$2"
}
# V1 oldest (one position), V2 next and on hold; V3 has one position.
ids=$(sql "$DB" "SELECT id FROM vacancy WHERE status = 'open' ORDER BY id
    LIMIT 3")
n=0
for id in $ids; do
	n=$((n + 1))
	sql "$DB" "UPDATE vacancy SET collected_on = '2019-01-0$n', deadline =
	    NULL, positions = 1 WHERE id = $id"
	eval "V${n}ID=\$id V$n=\$(key_of \$id)"
done
sql "$DB" "UPDATE vacancy SET status = 'on_hold' WHERE id = $V2ID"
set -- $(free "$V1" 1)
R1=${1%%:*} C1=${1#*:}
set -- $(free "$V3" 2)
C2=${1#*:} C3=${2#*:}
if [ -z "$C1" ] || [ -z "$C3" ]; then
	skip "the prompts on the demo" "too few free candidates ranked"
	finish
fi
for c in "$V1 $C1" "$V3 $C2" "$V3 $C3"; do
	set -- $c
	wb --db "$DB" propose "$1" "$2" --yes
	wb --db "$DB" advance "$1" "$2" interview
done
# C2 placed: V3 is filled, C3 still at interview for it.
wb --db "$DB" advance "$V3" "$C2" placed --start 2026-11-16
expect_rc "$C2 placed in $V3 by the command line" 0
R3=$("$WB" --db "$DB" match "$V3" --csv --top 100 </dev/null 2>/dev/null |
    awk -F, -v c="$C3" '$2 == c { print $1 }')
echo "# $V1 ($C1 rank $R1), $V2 on hold, $V3 filled ($C3 rank $R3)"

wb --db "$DB" followup --csv
p1=$(sed -n 2p "$OUT" | cut -d, -f1)
p2=$(sed -n 3p "$OUT" | cut -d, -f1)

# The screen's words in the language of the run.
MATCHES=$(msg_re 'Matches for %s: %zu of %zu %s pass (x: excluded)  %s' | sed 's/ \.\*:.*//')
left_on() { msgf_re 'Placement %lld: left on (YYYY-MM-DD): ' "$1"; }
left() { msgf_re 'Placement %lld: left on %s%s.' "$1" "$2" "" | sed 's/\\\.$//'; }
filter() { msgf_re '  filter: %s' "$1" | sed 's/^ *//'; }

tui_start 100 30 --db "$DB"
# Ranked once the match index is built (slow under the sanitizers).
tui_wait "the list is up, ranked" "$MATCHES $V1: [0-9]" 30

# The follow-up's left-on date.
tui_keys 7
tui_wait "the follow-up screen" "$(msg_re 'Follow-up: %zu placements due for their check, %zu overdue (w: still working, l: left on DATE, Esc: back)' | sed 's/ \.\*.*//')"
tui_keys l
tui_wait "l offers today" "$(left_on "$p1")2026-11-23"
tui_text "20-11-2026"
tui_has "... typing replaced it" "$(left_on "$p1")20-11-2026 *$"
tui_keys Enter
tui_wait "... asked first" "$(msgf_re 'Record: left on %s?' 2026-11-20)"
tui_keys y
tui_wait "issue13/prompt-left-on: the date typed is the answer" \
    "$(left "$p1" 2026-11-20)"
tui_keys l BSpace
tui_text "1"
tui_keys Enter y
tui_wait "... Backspace edits the date offered" \
    "$(left "$p2" 2026-11-21)"

# The filter offered again.
tui_keys 1 f
tui_text "partner:MEP"
tui_keys Enter
tui_wait "a filter" "$(filter partner:MEP)"
tui_keys f
tui_text "partner:STW"
tui_keys Enter
tui_wait "issue13/prompt-filter: typing replaces the filter" \
    "$(filter partner:STW)  "
tui_keys f BSpace
tui_text "A"
tui_keys Enter
tui_wait "... Backspace edits it" "$(filter partner:STA)  "
tui_keys f C-u Enter
tui_wait "the filter cleared" "$(msg Vacancies) [0-9]+/[0-9]+  "

# The placement's start date.
tui_keys g
tui_wait "$V1 first" "$MATCHES $V1:"
tui_keys Tab g
i=1
while [ "$i" -lt "$R1" ]; do
	tui_keys j
	i=$((i + 1))
done
tui_keys a
tui_wait "the next step for $C1" "$(msgf_re 'Next step: %s for %s' "$C1" "$V1")"
tui_keys Enter
tui_wait "the placement form, today offered" "$(msg 'Start date')\\* +2026-11-23"
tui_text "20-11-2026"
tui_keys F2
tui_filled_others "$V1"
tui_wait "issue13/prompt-start-date: placed with the date typed" \
    "$(msgf_re '%s placed in %s; the vacancy is now filled.' "$C1" "$V1" | sed 's/;.*//')"
expect_eq "... in the database" "$(sql "$DB" "SELECT start_date FROM placement
    WHERE vacancy_id = $V1ID")" 2026-11-20

# Refused before asking: V2 is on hold (now the first row).
before=$(sql "$DB" "SELECT count(*) FROM proposal WHERE vacancy_id = $V2ID")
tui_keys Escape g
tui_wait "$V2 first" "$MATCHES $V2:"
tui_keys Tab g p
tui_wait "issue13/refuse-on-hold: refused at once" "$(msgf_re '%s is %s, not open: it takes no proposals' "$V2" X | sed 's/ X, /.*/; s/:.*//')"
tui_hasnt "... no question, no form" "$(msgf_re 'Propose %s for %s' X Y | sed 's/ X .*//') [A-Z]+/|$(msgf_re '%s was proposed elsewhere in the last %d days:' X 7 | sed 's/^X //; s/ 7 .*//')"
expect_eq "... and nothing written" "$(sql "$DB" "SELECT count(*) FROM proposal
    WHERE vacancy_id = $V2ID")" "$before"

# V3 is filled: its other proposal may end, but not in a placement.
tui_keys Escape t
tui_wait "the filled vacancies" "$(msg_re 'Vacancies: filled %s to %s (%zu)' | sed 's/ \.\*.*//')"
tui_keys /
tui_text "$V3"
tui_keys Enter
tui_wait "$V3, filled today" "$MATCHES $V3:"
tui_keys Tab g
i=1
while [ "$i" -lt "$R3" ]; do
	tui_keys j
	i=$((i + 1))
done
tui_keys a
tui_wait "the next step for $C3" "$(msgf_re 'Next step: %s for %s' "$C3" "$V3")"
tui_hasnt "issue13/refuse-no-placement: placed is not offered" "< $(vocab_word step placed) >"
tui_has "... and the form says why" "$(msg_re 'Not placed now: %s.' | sed 's/\.\*.*//').*$V3"
tui_keys Escape

# A form's field entered: its text selected.
tui_keys Escape t
tui_wait "the open vacancies" "$(t_open)"
tui_keys /
tui_text "$V2"
tui_keys Enter e
tui_wait "the edit form of $V2" "$(msgf_re 'Edit %s %s' "$(msg vacancy)" "$V2")"
tui_keys Tab Tab Tab Tab
tui_has "positions, 1" "$(msg Positions) +1 "
tui_text "2"
tui_keys F2
# V2's employer may be another account manager's: the form asks first.
tui_answer_if "$(msg_re 'Enter the vacancy anyway?')" y
tui_wait "saved" "$(msgf_re '%s saved: %s.' "$V2" "$(msg Positions)")"
expect_eq "issue13/prompt-form-field: typing replaced the positions" \
    "$(sql "$DB" "SELECT positions FROM vacancy WHERE id = $V2ID")" 2
tui_stop
finish
