# test/tui/report.sh: the Rapportage view (6) on the demo: the headline
# figures are those of `werkbank report --csv` for the same period, the
# breakdown switches with b, the period moves with [ ] and is typed
# with p; it reads at 80x24 and 60x16, the same in meeting mode, and in
# Dutch when the machine has the locale.
. "$WB_ROOT/test/lib.sh"
. "$WB_ROOT/test/tui/tui.lib"

tui_need
need_demo "the report on the demo" || finish
cp_db "$WB_DEMO" demo.db
DB=$T/demo.db

# csv_field CSV-LINE N: the Nth field (1-based) of a CSV line; the view
# shows an empty one (does not apply) as "-".
csv_field() {
	_f=$(echo "$1" | cut -d , -f "$2")
	echo "${_f:--}"
}
# total FROM TO / group FROM TO BY KEY: a row of the CSV.
total() {
	"$WB" --db "$DB" report --from "$1" --to "$2" --csv </dev/null |
	    sed -n 2p
}
group() {
	"$WB" --db "$DB" report --from "$1" --to "$2" --by "$3" --csv \
	    </dev/null | grep "^$4,"
}
# table_re CSV-ROW NAME: the table row of the view for a CSV row:
# collected filled days placements people durable inflow outflow pool
# (outflow is not in the CSV: any number).
table_re() {
	# (The days column goes first when the room is short: Dutch
	# headings are wider.)
	echo "^ +$2 +$(csv_field "$1" 2) +$(csv_field "$1" 3)( +$(csv_field "$1" 4 | tr . "$(is_dutch && echo , || echo .)"))? +$(csv_field "$1" 5) +$(csv_field "$1" 6) +$(csv_field "$1" 7) +$(csv_field "$1" 9) +[0-9]+ +$(csv_field "$1" 10)( |\$)"
}

# page_to NAME ERE: from the top, a page at a time until a line matches
# (the outflow's themes follow the table, so it is not at the end).
page_to() {
	tui_keys g
	_n=0
	while [ "$_n" -lt 12 ]; do
		tui_screen
		if grep -E -q -e "$2" "$SCREEN"; then
			ok "$1"
			return 0
		fi
		tui_keys PageDown
		_n=$((_n + 1))
	done
	not_ok "$1" "no page has a line matching /$2/"
}

# The screen speaks the language of the run, with its decimal mark.
LISTS=$(msg_re 'Vacancies: open (%zu)' | sed 's/ .(.*//')
report() {	# report PERIOD FROM TO: the view's heading
	msgf_re 'Report %s: %s to %s  ([ ] quarter, p period, b breakdown)' "$1" "$2" "$3" | sed 's/  .(.*//'
}
L() { msg "$1"; }
TOTAL=$(msg total)

q4=$(total 2026-10-01 2026-12-31)
tui_start 120 60 --db "$DB"
tui_wait "the list is up" "$LISTS"
tui_keys 6
tui_wait "6 opens the report for this quarter" "^$(report 2026Q4 2026-10-01 2026-12-31)"
tui_has "the tab bar has 6 Report" " 5 $(L Help) +6 $(L Report)"
tui_has "the subregion comes first" "^ $(L 'The subregion')"
tui_has "vacancies collected as the CSV" "^ +$(L 'Vacancies collected') +$(csv_field "$q4" 2)( |\$)"
tui_has "vacancies filled and the median as the CSV" "^ +$(L 'Vacancies filled') +$(csv_field "$q4" 3) +$(msgf_re 'median %s days to fill' "$(csv_field "$q4" 4 | tr . "$(is_dutch && echo , || echo .)")")"
tui_has "placements as the CSV" "^ +$(L Placements) +$(csv_field "$q4" 5)( |\$)"
tui_has "people placed as the CSV" "^ +$(L 'People placed') +$(csv_field "$q4" 6)( |\$)"
tui_has "durable placements as the CSV" "^ +$(L 'Durable placements') +$(csv_field "$q4" 7)( |\$)"
tui_has "durable after 12 months as the CSV" "^ +$(L 'Durable after 12 months') +$(csv_field "$q4" 8)( |\$)"
tui_has "inflow as the CSV" "^ +$(L Inflow) +$(csv_field "$q4" 9)( |\$)"
tui_has "the pool at the end as the CSV" "^ +$(L 'Pool at the end') +$(csv_field "$q4" 10)( |\$)"
tui_has "the old count beside the new, as bars" "^ +$(L 'Placements as counted until now' | cut -c 1-20).* +$(csv_field "$q4" 5) +(█|#)"
tui_has "people in durable work" "^ +$(L 'People in durable work') +[0-9]+"
tui_has "employer satisfaction: the share rating 8+ against 85%" "^ +$(msg_re 'Employers rating 8+') +[0-9]+% .*$(msgf_re '%lld of %lld; target %.0f%%' 1 2 85 | sed 's/^.*; //')"
tui_has "the NPS with its number of answers" "^ +$(L NPS) +[-+][0-9]+ +$(msg_re '%lld answers: %lld promoters, %lld detractors' | sed 's/:.*//' | sed 's/^\.\*/[0-9]+/')"
nratings=$(sql "$DB" "SELECT count(*) FROM employer_rating WHERE rated_on BETWEEN '2026-10-01' AND '2026-12-31'" 2>/dev/null)
if [ -n "$nratings" ] && [ "$nratings" -lt 30 ]; then
	tui_has "the warning when too few answered" "$(msgf_re 'Only %lld answers: fewer than %d mean little.' "$nratings" 30 | sed 's/ [^ ]* [^ ]*\.$//')"
fi
tui_has "the breakdown is by partner first" "^ $(L 'By partner')"
tui_has "the total row of the table is the CSV's" "$(table_re "$q4" "$TOTAL")"
mep=$(group 2026-10-01 2026-12-31 partner MEP)
tui_has "a partner's row is the CSV's" "$(table_re "$mep" MEP)"
tui_has "partners have sparklines of placements per month" "^ +MEP .*  [▁▂▃▄▅▆▇█]{12}"
tui_has "the status line names the view" "$(L Report) [0-9]+/[0-9]+"
tui_hasnt "no error on the status line" "cannot|failed|error|kan niet|mislukt|fout"

# The breakdown switches: target group, municipality, month, partner.
tui_keys b
tui_wait "b: by target group" "^ $(L 'By target group')"
tg=$("$WB" --db "$DB" report --from 2026-10-01 --to 2026-12-31 --by target_group --csv </dev/null | sed -n 3p)
tui_has "a target group's row is the CSV's, the group as a word" "$(table_re "$tg" "$(vocab_word target_group "$(csv_field "$tg" 1)")")"
tui_keys b
tui_wait "b: by municipality" "^ $(L 'By municipality')"
tui_keys b
tui_wait "b: by month" "^ $(L 'By month')"
oct=$(group 2026-10-01 2026-12-31 month 2026-10)
tui_has "October's row is the CSV's" "$(table_re "$oct" 2026-10)"
tui_keys b
tui_wait "b: by employer" "^ $(L 'By employer')"
tui_keys b
tui_wait "b: by sector" "^ $(L 'By sector')"
tui_keys b
page_to "b: by consultant" "^ $(L 'By consultant')"
tui_keys g b
tui_wait "b: back to by partner" "^ $(L 'By partner')"

# The period: [ the quarter before, ] after, p typed.
tui_keys '['
tui_wait "[ goes to the quarter before" "^$(report 2026Q3 2026-07-01 2026-09-30)"
q3=$(total 2026-07-01 2026-09-30)
tui_has "its figures are the CSV's" "$(table_re "$q3" "$TOTAL")"
tui_has "its collected vacancies" "^ +$(L 'Vacancies collected') +$(csv_field "$q3" 2)( |\$)"
tui_keys ']' ']'
tui_wait "] ] goes to the quarter after this one" "^$(report 2027Q1 2027-01-01 2027-03-31)"
tui_keys p
tui_text "2026-01-01 2026-06-30"
tui_keys Enter
tui_wait "p takes FROM TO" "^$(report 2026-01-01..2026-06-30 2026-01-01 2026-06-30)"
h1=$(total 2026-01-01 2026-06-30)
tui_has "the typed period's figures are the CSV's" "$(table_re "$h1" "$TOTAL")"
tui_has "the durable placements of the typed period" "^ +$(L 'Durable placements') +$(csv_field "$h1" 7) "
tui_keys p
tui_text "2026Q2"
tui_keys Enter
tui_wait "p takes a quarter" "^$(report 2026Q2 2026-04-01 2026-06-30)"
tui_keys p
tui_text "lately"
tui_keys Enter
tui_wait "a bad period is refused with a message" "$(msg_re 'Type a period like 2026Q3, 2026-03 or 2026, or two dates FROM TO.')"
Q2=$(report 2026Q2 X Y | sed 's/: .*/:/')
tui_has "the period stays" "^$Q2"

# 80x24: the figures still there, the table by scrolling.
tui_resize 80 24
q2=$(total 2026-04-01 2026-06-30)
tui_keys g
tui_wait "80x24: the subregion" "^ +$(L 'Vacancies collected') +$(csv_field "$q2" 2)( |\$)"
tui_screen
widest=$(wc -L <"$SCREEN" | tr -d ' ')
if [ "$widest" -le 80 ]; then
	ok "80x24: no line wider than the screen"
else
	not_ok "80x24: no line wider than the screen" "$widest columns"
fi
page_to "80x24: the table, with the placements" "^ +$TOTAL +$(csv_field "$q2" 2) +($(csv_field "$q2" 3) +)?$(csv_field "$q2" 5) +"
page_to "80x24: the last partner row shows" "^ +WES "

# 60x16, the smallest: still the report, no 'too small'.
tui_resize 60 16
tui_keys g
tui_wait "60x16: the report" "^ +$(L 'Vacancies collected' | cut -c 1-20).* +$(csv_field "$q2" 2)( |\$)"
tui_hasnt "60x16 is not too small" "$(msg_re 'Terminal too small: %dx%d.' | sed 's/:.*//')"
page_to "60x16: the table's placements" "^ +$TOTAL +[0-9-]+ .*"

# Meeting mode: the same figures (no personal data here).
tui_resize 100 40
tui_keys M
tui_wait "meeting mode shows the badge" "$(L MEETING)"
tui_keys g
tui_has "meeting mode: the same report" "^$Q2"
tui_has "meeting mode: the same figures" "^ +$(L 'Vacancies collected') +$(csv_field "$q2" 2)( |\$)"

# The help lists the report's keys; Esc goes back to the report.
# The help's sections in the order of the screens: the report's lies
# above the last ones (meeting, employers); a page up at a time.
tui_keys '?' G
for _p in 1 2 3 4 5 6; do
	tui_screen
	grep -E -q -e "^ +$(L Report)\$" "$SCREEN" && break
	tui_keys PageUp
done
tui_wait "the help has a Report section" "^ +$(L Report)"
tui_has "the help names b" "^ +b +$(msg_re 'Next breakdown: partner, group, place, month, employer, sector, consultant' | cut -c 1-40)"
tui_keys Escape
tui_wait "Esc from the help goes back to the report" "^$Q2"
tui_keys Escape
tui_wait "Esc from the report goes back to the lists" "$LISTS"
tui_keys r
tui_wait "r opens the report too, where it was" "^$Q2"
tui_stop

# Dutch: the headings are translated (the CLI's own words).
if dutch_locale; then
	TUI_LANG=$NL_LANG
	tui_start 100 40 --db "$DB"
	tui_wait "Dutch: the list is up" "Vacatures: open"
	tui_keys 6
	tui_wait "Dutch: the subregion heading" "^ De subregio"
	tui_has "Dutch: the old count beside the new" "^ De oude telling naast de nieuwe"
	tui_stop "werkbank exits cleanly (Dutch)"
else
	skip "Dutch report" "no nl_NL.UTF-8 locale here"
fi
finish
