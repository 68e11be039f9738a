# test/tui/figures.sh: "open vacancies" and "the pool" mean one thing
# (werkbank(1), DEFINITIONS): on a copy of the demo, the overview
# (`werkbank` without a command), `report --csv`, `meeting agenda`,
# `partners` and `employers`, and the captions of the vacancy list, the
# candidates and the matches give the same two figures, in English and
# in Dutch; and they still agree after a candidate is placed (out of the
# pool in the overview and the report alike: the report used to count a
# placed candidate as in the pool and the overview not) and after the
# placement ends (back in it).
. "$WB_ROOT/test/lib.sh"
. "$WB_ROOT/test/tui/tui.lib"

tui_need
need_demo "the figures on the demo" || finish
if ! command -v sqlite3 >/dev/null 2>&1; then
	skip "the figures on the demo" "no sqlite3 to look inside"
	finish
fi
cp_db "$WB_DEMO" demo.db && chmod 0660 demo.db
DB=$T/demo.db
q() { sql "$DB" "$1"; }

# Every command-line figure, as NAME=VALUE lines in figures.$1.  The
# human output is read in English (LANG set for those commands only).
figures() {
	LANG=C.UTF-8 "$WB" --db "$DB" </dev/null >summary.txt 2>&1
	echo "summary_pool=$(sed -n 's/^candidates: [0-9]* (\([0-9]*\) in the pool)$/\1/p' summary.txt)"
	echo "summary_open=$(sed -n 's/^vacancies: [0-9]* (\([0-9]*\) open.*$/\1/p' summary.txt)"
	echo "summary_hold=$(sed -n 's/^vacancies: .* open, \([0-9]*\) of them on hold)$/\1/p' summary.txt)"
	"$WB" --db "$DB" report --csv </dev/null >report.csv 2>&1
	echo "report_pool=$(awk -F , 'NR == 1 { for (i = 1; i <= NF; i++)
	    if ($i == "pool_end") c = i } $1 == "total" { print $c }' report.csv)"
	LANG=C.UTF-8 "$WB" --db "$DB" meeting agenda </dev/null >agenda.md 2>&1
	echo "agenda_open=$(sed -n 's/^Open vacancies: \([0-9]*\) (.*$/\1/p' agenda.md)"
	echo "agenda_hold=$(sed -n 's/^Open vacancies: [0-9]* (\([0-9]*\) of them.*$/\1/p' agenda.md)"
	echo "agenda_pool=$(sed -n 's/^.*Candidates in the pool: \([0-9]*\)\.$/\1/p' agenda.md)"
	echo "agenda_rows=$(awk '/^## /{ on = ($0 == "## Open vacancies, oldest first") }
	    on && /^\| [A-Z]+\/V/{ n++ } END { print n + 0 }' agenda.md)"
	echo "partners_open=$("$WB" --db "$DB" partners --csv </dev/null |
	    awk -F , 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "open_vacancies")
	    c = i; next } { n += $c } END { print n + 0 }')"
	echo "employers_open=$("$WB" --db "$DB" employers --csv </dev/null |
	    awk -F , 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "open") c = i;
	    next } { n += $c } END { print n + 0 }')"
	# The definitions, on the data itself: the status and the dates
	# (today's pool as the report takes a past day's) say the same.
	echo "db_open=$(q "SELECT count(*) FROM vacancy WHERE status IN ('open', 'on_hold')")"
	echo "db_hold=$(q "SELECT count(*) FROM vacancy WHERE status = 'on_hold'")"
	echo "db_pool=$(q "SELECT count(*) FROM candidate WHERE status IN ('beschikbaar', 'in_traject')")"
	echo "db_dates=$(q "SELECT count(*) FROM candidate WHERE registered_on <= '$WERKBANK_TODAY' AND (left_on IS NULL OR left_on > '$WERKBANK_TODAY')")"
}

agree() {	# agree WHEN: every figure of figures.WHEN agrees
	. "$T/figures.$1"
	expect_eq "$1: there are open vacancies and a pool" \
	    "$([ "${db_open:-0}" -gt 0 ] && [ "${db_pool:-0}" -gt 0 ] && echo yes)" yes
	expect_eq "$1: the overview counts the open vacancies as defined" "$summary_open" "$db_open"
	expect_eq "$1: ... and those of them on hold" "${summary_hold:-0}" "$db_hold"
	expect_eq "$1: the agenda says the same number open" "$agenda_open" "$db_open"
	expect_eq "$1: ... and on hold" "$agenda_hold" "$db_hold"
	expect_eq "$1: ... and lists that many" "$agenda_rows" "$db_open"
	expect_eq "$1: the partners' open vacancies add up to it" "$partners_open" "$db_open"
	expect_eq "$1: the employers' open vacancies add up to it" "$employers_open" "$db_open"
	expect_eq "$1: the overview counts the pool as defined" "$summary_pool" "$db_pool"
	expect_eq "$1: the report's pool is the same" "$report_pool" "$db_pool"
	expect_eq "$1: the agenda's pool is the same" "$agenda_pool" "$db_pool"
	expect_eq "$1: the pool by status is the pool by the dates" "$db_dates" "$db_pool"
}

# screens LANG: the captions give the figures of figures.now.
screens() {
	. "$T/figures.now"
	TUI_LANG=$1
	tui_start 100 30 --db "$DB"
	if [ "$1" = C.UTF-8 ]; then
		tui_wait "$1: the vacancy list counts the open vacancies" "^Vacancies: open \($db_open\)"
		tui_wait "$1: the matches count of the pool" "^Matches for [A-Z]+/V[0-9-]+: [0-9]+ of the $db_pool in the pool pass"
		tui_keys 2
		tui_wait "$1: the candidates' caption counts the pool" "^Candidates \([0-9]+\), $db_pool in the pool"
	else
		# Dutch may group thousands with a dot: digits are compared.
		tui_wait "$1: de vacaturelijst telt de open vacatures" "^Vacatures: open \($db_open\)"
		tui_wait "$1: de matches zijn er" "^Matches voor [A-Z]+/V[0-9-]+: [0-9.]+ van de [0-9.]+ in de pool voldoen"
		n=$(sed -n 's/^Matches voor [A-Z]*\/V[0-9-]*: [0-9.]* van de \([0-9.]*\) in de pool voldoen.*$/\1/p' "$SCREEN" | tr -d .)
		expect_eq "$1: de matches tellen van de pool" "$n" "$db_pool"
		tui_keys 2
		tui_wait "$1: kandidaten: het bijschrift noemt de pool" "^Kandidaten \([0-9.]+\), [0-9.]+ in de pool"
		n=$(sed -n 's/^Kandidaten ([0-9.]*), \([0-9.]*\) in de pool.*$/\1/p' "$SCREEN" | tr -d .)
		expect_eq "$1: ... dezelfde pool" "$n" "$db_pool"
	fi
	tui_stop "$1: werkbank exits cleanly"
}

figures >figures.now
agree now
screens C.UTF-8
if dutch_locale; then
	screens "$NL_LANG"
else
	skip "the captions in Dutch" "no nl_NL.UTF-8 locale here"
fi

# Place a candidate in the pool on an open vacancy's last open position.
V=$(q "SELECT p.code || '/' || v.ref FROM vacancy v JOIN partner p ON p.id = v.partner_id
    WHERE v.status = 'open' AND v.positions = 1 AND NOT EXISTS (SELECT 1 FROM placement pl
    WHERE pl.vacancy_id = v.id) ORDER BY v.id LIMIT 1")
C=$(q "SELECT p.code || '/' || c.ref FROM candidate c JOIN partner p ON p.id = c.partner_id
    WHERE c.status = 'beschikbaar' AND c.consent = 1 ORDER BY c.id LIMIT 1")
wb --db "$DB" propose "$V" "$C"
expect_rc "setup: propose $C for $V" 0
wb --db "$DB" advance "$V" "$C" interview
expect_rc "setup: $C interviewed for $V" 0
wb --db "$DB" advance "$V" "$C" placed --start "$WERKBANK_TODAY"
expect_rc "setup: $C placed on $V" 0
expect_eq "the placed candidate left the pool on the day placed" \
    "$(q "SELECT status || ' ' || left_on FROM candidate c JOIN partner p ON p.id = c.partner_id
    WHERE p.code || '/' || c.ref = '$C'")" "geplaatst $WERKBANK_TODAY"
figures >figures.placed
agree placed
. "$T/figures.now"
was_pool=$db_pool
was_open=$db_open
. "$T/figures.placed"
expect_eq "placed: the pool is one smaller" "$db_pool" $((was_pool - 1))
expect_eq "placed: one open vacancy fewer (filled)" "$db_open" $((was_open - 1))

# The placement ends: back in the pool, everywhere.
PL=$(q "SELECT pl.id FROM placement pl JOIN candidate c ON c.id = pl.candidate_id
    JOIN partner p ON p.id = c.partner_id WHERE p.code || '/' || c.ref = '$C'
    AND pl.end_date IS NULL")
wb --db "$DB" followup "$PL" left "$WERKBANK_TODAY"
expect_rc "setup: the placement ended" 0
figures >figures.left
agree left
. "$T/figures.left"
expect_eq "left: back in the pool" "$db_pool" "$was_pool"
expect_eq "left: no date of leaving kept" \
    "$(q "SELECT status || ' ' || coalesce(left_on, '-') FROM candidate c JOIN partner p ON
    p.id = c.partner_id WHERE p.code || '/' || c.ref = '$C'")" "beschikbaar -"
finish
