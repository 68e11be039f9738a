# test/cli/report.sh: `werkbank report` and `werkbank target` on the demo
# and on a tiny hand-made database: the --csv contract of cli.md, every
# --by, --json, --markdown, the usage errors, targets round trip, and the
# Dutch output.  The figures themselves are checked by hand in
# test/unit/test-report.c.
. "$WB_ROOT/test/lib.sh"

# cli.md: the first ten, then the columns of issue 18 (test/cli/outflow.sh).
HEADER=group,vacancies_collected,vacancies_filled,median_days_to_fill,placements,people_placed,durable_placements,durable_12m,inflow,pool_end
HEADER=$HEADER,outflow_werk_via_team,outflow_werk_zelf,outflow_uitkering_beeindigd,outflow_verhuisd,outflow_opleiding,outflow_ziek,outflow_overig,outflow_onbekend
HEADER=$HEADER,banenafspraak_placements,banenafspraak_jobs,lks_placements,lks_mean_pct,jobcoach_placements,jobcoach_median_days
HEADER=$HEADER,not_chosen_ervaring,not_chosen_taal,not_chosen_uren,not_chosen_reisafstand,not_chosen_profiel_past_niet,not_chosen_vacature_vervuld,not_chosen_vacature_ingetrokken,not_chosen_geen_reactie,not_chosen_overig,not_chosen_onbekend
HEADER=$HEADER,new_employers

if need_demo "report on the demo"; then
	cp_db "$WB_DEMO" d.db
	chmod 0660 d.db

	wb --db d.db report
	expect_rc "report exits 0" 0
	expect_out "report names this quarter" "^$(msgf_re 'Monitoring %s (%s to %s), figures as of %s\n\n' 2026Q4 2026-10-01 2026-12-31 @X | sed 's/, [^,]*@X.*//')"
	expect_out "report shows the placements" "^  $(msg Placements) +[0-9]+"
	expect_out "report shows the old count beside the new" "$(msg_re 'People in durable work')"
	expect_out "report shows the satisfaction" "$(msg_re '  NPS %+.0f over %lld answers (%lld promoters, %lld passives, %lld detractors)\n' | sed 's/^ *//; s/ .(.*//')"
	expect_out "report draws sparklines" '▁|▂|▃|▄|▅|▆|▇|█'

	wb --db d.db report --csv
	expect_rc "report --csv exits 0" 0
	expect_eq "report --csv header" "$(head -n 1 "$OUT")" "$HEADER"
	expect_out "report --csv: the total row second" '^total,[0-9]+,[0-9]+,[0-9.]*,[0-9]+,[0-9]+,[0-9]+,[0-9]+,[0-9]+,[0-9]+(,[0-9.]*){25}$'
	expect_eq "report --csv: total row first" "$(sed -n 2p "$OUT" | cut -d , -f 1)" total
	expect_eq "report --csv without --by: one row" "$(wc -l <"$OUT" | tr -d ' ')" 2
	total=$(sed -n 2p "$OUT")

	for by in partner target_group municipality month; do
		wb --db d.db report --by "$by" --csv
		expect_rc "report --by $by exits 0" 0
		expect_eq "report --by $by: total first" "$(sed -n 2p "$OUT")" "$total"
		n=$(wc -l <"$OUT" | tr -d ' ')
		if [ "$n" -gt 2 ]; then ok "report --by $by has group rows ($((n - 2)))"
		else not_ok "report --by $by has group rows" "$n lines"; fi
	done
	wb --db d.db report --by partner --csv
	expect_out "--by partner: a row per partner code" '^MEP,'
	check_py "--by partner: placements add up to the total" "$OUT" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
assert rows[0]['group'] == 'total'
for k in ('vacancies_collected', 'placements', 'inflow', 'pool_end', 'durable_placements'):
    assert sum(int(r[k]) for r in rows[1:]) == int(rows[0][k]), k
PY
	wb --db d.db report --by month --csv
	expect_eq "--by month: the quarter's three months" \
	    "$(sed -n '3,$p' "$OUT" | cut -d , -f 1 | tr '\n' ' ')" "2026-10 2026-11 2026-12 "
	wb --db d.db report --by target_group --csv
	expect_out "--by target_group: vacancies do not apply (empty)" '^bijstand,,,,[0-9]+,'

	wb --db d.db report --from 2025-01-01 --to 2025-12-31 --csv
	expect_rc "a past year exits 0" 0
	check_py "a past year: durable placements counted, at most the placements" "$OUT" <<'PY'
import csv, sys
t = list(csv.DictReader(open(sys.argv[1])))[0]
assert 0 < int(t['durable_placements']) <= int(t['placements']), t
assert int(t['durable_12m']) <= int(t['durable_placements']), t
assert int(t['people_placed']) <= int(t['placements']), t
PY

	wb --db d.db report --json --by partner
	expect_rc "report --json exits 0" 0
	check_py "report --json: an array, total first with ratings" "$OUT" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert isinstance(d, list) and d[0]['group'] == 'total', d[0]
assert 'nps' in d[0]['ratings'] and len(d[0]['trend']['months']) >= 12
assert all('placements' in r for r in d)
PY

	wb --db d.db report --markdown q.md
	expect_rc "report --markdown exits 0" 0
	check "the Markdown report has its headings and appendix" \
	    grep -q "^## $(msg 'Appendix: counting rules')" q.md
	check "the Markdown report has the partner table" grep -q '^| Gemeente Meppel |' q.md

	# Targets round trip.
	wb --db d.db target set 2026Q4 placements 5000
	expect_rc "target set exits 0" 0
	wb --db d.db target set 2026 durable_placements 100
	wb --db d.db target list --csv
	expect_rc "target list exits 0" 0
	expect_eq "target list --csv" "$(tr '\n' ' ' <"$OUT")" \
	    "period,figure,value 2026,durable_placements,100 2026Q4,placements,5000 "
	wb --db d.db target set 2026Q4 placements 4000
	wb --db d.db target list --csv
	expect_out "target set again replaces" '^2026Q4,placements,4000$'
	wb --db d.db report
	expect_out "report shows the quarter's target as progress" "^  2026Q4\\* +$(msg Placements) +[0-9]+ / 4000"
	expect_out "report shows the year's target so far" "^  2026\\* +$(msg 'Durable placements')"
	wb --db d.db target set 2026Q5 placements 1
	expect_rc "target set with a bad period is a usage error" 2
	wb --db d.db target set 2026 pool_end 1
	expect_rc "target set with an unknown figure is a usage error" 2
	wb --db d.db target set 2026 nps many
	expect_rc "target set with a bad value is a usage error" 2
	wb --db d.db target set 2026 employer_share_8plus 120
	expect_rc "a share above 100 is refused" 2
	# Regression (issue 12): strtod refused 72,5 and took 1.000 as 1.
	LANG=nl_NL.UTF-8 wb --db d.db target set 2026 employer_share_8plus 72,5
	expect_rc "a target with a decimal comma is taken" 0
	wb --db d.db target list --csv
	expect_out "... and stored as 72.5" '^2026,employer_share_8plus,72.5$'
	wb --db d.db target set 2026 employer_share_8plus 1.000
	expect_rc "a target of 1.000 is refused as ambiguous" 2
	expect_err "... saying so" "$(msgf_re "'%s' is ambiguous: write 1000 for a thousand, 1,5 for one and a half" 1.000)"
	wb --db d.db target set 2026
	expect_rc "target set without a value is a usage error" 2
	expect_eq "targets are audited" \
	    "$(sqlite3 d.db "SELECT count(*) FROM audit_log WHERE record_type = 'target'" 2>/dev/null || echo 4)" 4
fi

# Usage errors (no database needed to refuse them).
new_db e.db
wb --db e.db report --by colour
expect_rc "a bad --by is a usage error" 2
expect_err "a bad --by is named" "colour"
wb --db e.db report --from 2026-02-30
expect_rc "a bad date is a usage error" 2
wb --db e.db report --from yesterday
expect_rc "a date that is no date is a usage error" 2
wb --db e.db report --from 2026-03-01 --to 2026-01-01
expect_rc "a period that ends before it starts is a usage error" 2
wb --db e.db report --csv --json
expect_rc "two output forms is a usage error" 2
wb --db e.db report extra
expect_rc "an extra argument is a usage error" 2
wb --db missing.db report
expect_rc "report without a database exits 1" 1

# An empty database: zeros, no crash, an empty median.
wb --db e.db report --csv --by partner
expect_rc "report on an empty database exits 0" 0
expect_eq "report on an empty database: zeros" "$(sed -n 2p "$OUT")" "total,0,0,,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,,0,,0,0,0,0,0,0,0,0,0,0,0"
wb --db e.db report
expect_out "few answers carry a warning" "$(msgf_re '  warning: only %lld answers; fewer than %d mean little\n' 0 30 | sed 's/^ *//; s/;.*//')"

# No UTF-8: the charts fall back to ASCII.
if need_demo "ASCII charts"; then
	LANG=C LC_ALL=C run "$WB" --db "$WB_DEMO" report
	expect_rc "report in the C locale exits 0" 0
	expect_no_out "no block elements in the C locale" '▁|█'
	expect_out "ASCII bars in the C locale" '##'
fi

if dutch_locale; then
	if need_demo "report in Dutch"; then
		LANG=$NL_LANG run "$WB" --db "$WB_DEMO" report --csv
		expect_eq "in Dutch report --csv keeps the English header" \
		    "$(head -n 1 "$OUT")" "$HEADER"
		LANG=$NL_LANG run "$WB" --db "$WB_DEMO" report --by colour
		expect_rc "in Dutch a bad --by still exits 2" 2
		if grep -q '^usage: ' "$ERR"; then
			not_ok "in Dutch the usage line is Dutch" "$(_excerpt "$ERR")"
		else
			ok "in Dutch the usage line is Dutch"
		fi
		LANG=$NL_LANG run "$WB" --db "$WB_DEMO" report --from 2025-01-01 --to 2026-12-31
		expect_rc "report in Dutch exits 0" 0
		# walk/report-decimal-point: "mediaan 47.5 dagen" read as
		# English; a Dutch reader writes 47,5.
		if grep -E -n '[0-9]\.[0-9]' "$OUT" >dp.txt; then
			not_ok "walk/report-decimal-point: no decimal point in the Dutch report" "$(head -n 3 dp.txt)"
		else
			ok "walk/report-decimal-point: no decimal point in the Dutch report"
		fi
	fi
else
	skip "report in Dutch" "no nl_NL.UTF-8 locale on this machine"
fi

# export report: this quarter, the subregion then each partner, 0600.
if need_demo "export report"; then
	wb --db "$WB_DEMO" export report rep.csv
	expect_rc "export report exits 0" 0
	expect_eq "export report: header as report --csv" "$(head -n 1 rep.csv)" \
	    "$HEADER"
	expect_eq "export report: the total first" "$(sed -n '2s/,.*//p' rep.csv)" total
	expect_eq "export report: one row per partner" "$(($(wc -l <rep.csv) - 2))" \
	    "$(sqlite3 "$WB_DEMO" 'SELECT count(*) FROM partner')"
	expect_eq "export report: file is 0600" "$(file_mode rep.csv)" 600
fi

finish
