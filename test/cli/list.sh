# test/cli/list.sh: partners and users for people, --csv and --json, and
# the summary (no command), on an empty database and on the demo.
. "$WB_ROOT/test/lib.sh"

PARTNER_HEADER=code,name,kind,municipality,candidates,open_vacancies,users
USER_HEADER=login,name,partner,role,active

valid_json() {	# valid_json FILE: a JSON array
	python3 -c 'import json,sys; d=json.load(sys.stdin); sys.exit(0 if isinstance(d, list) else 1)' <"$1"
}

new_db empty.db

wb --db empty.db partners --csv
expect_rc "partners --csv on an empty database exits 0" 0
expect_eq "partners --csv header" "$(head -n 1 "$OUT")" "$PARTNER_HEADER"
expect_eq "partners --csv on an empty database is just the header" "$(wc -l <"$OUT" | tr -d ' ')" 1

wb --db empty.db partners --json
expect_rc "partners --json on an empty database exits 0" 0
check "partners --json on an empty database is valid JSON" valid_json "$OUT"

wb --db empty.db users --csv
expect_rc "users --csv exits 0" 0
expect_eq "users --csv header" "$(head -n 1 "$OUT")" "$USER_HEADER"
wb --db empty.db users --json
check "users --json on an empty database is valid JSON" valid_json "$OUT"

wb --db empty.db
expect_rc "the summary of an empty database exits 0" 0
expect_out "the summary counts no partners" ': 0 partners'
expect_out "the summary says how to get partners" 'import partners'

# Hostile values: quoting in CSV and JSON, inert for people.
if command -v sqlite3 >/dev/null 2>&1; then
	new_db hostile.db
	sqlite3 hostile.db "INSERT INTO partner (code, name, kind) VALUES
	    ('EVIL', 'Evil, \"Inc\"' || char(10) || 'line2' || char(27) || '[31mred' || char(8238) || 'rtl' || char(7) || '\\back', 'overig'),
	    ('FRL', 'Gemeente Fryslân', 'gemeente');"
	wb --db hostile.db partners --csv
	expect_rc "partners --csv with hostile values exits 0" 0
	check_py "partners --csv quotes commas, quotes and newlines (RFC 4180)" "$OUT" <<-'PY'
	import csv, sys
	rows = list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))
	want = 'Evil, "Inc"\nline2\x1b[31mred\u202ertl\x07\\back'
	assert rows[1][0] == 'EVIL', rows
	assert rows[1][1] == want, repr(rows[1][1])
	assert rows[2][1] == 'Gemeente Fryslân', rows[2]
	assert len(rows) == 3 and all(len(r) == 7 for r in rows), rows
	PY

	wb --db hostile.db partners --json
	check_py "partners --json escapes every control character" "$OUT" <<-'PY'
	import json, sys
	d = json.load(open(sys.argv[1], encoding='utf-8'))
	want = 'Evil, "Inc"\nline2\x1b[31mred\u202ertl\x07\\back'
	assert d[0]['name'] == want, repr(d[0]['name'])
	assert d[0]['candidates'] == 0 and d[0]['municipality'] is None, d[0]
	assert d[1]['name'] == 'Gemeente Fryslân'
	PY

	wb --db hostile.db partners
	expect_rc "partners for people with hostile values exits 0" 0
	if LC_ALL=C grep -q "$(printf '\033')" "$OUT" ||
	    LC_ALL=C grep -q "$(printf '\007')" "$OUT" ||
	    grep -q "$(printf '\342\200\256')" "$OUT"; then
		not_ok "partners for people shows no ESC, BEL or U+202E" "raw control characters in the output"
	else
		ok "partners for people shows no ESC, BEL or U+202E"
	fi
	lines=$(wc -l <"$OUT" | tr -d ' ')
	expect_eq "a newline in a value does not break the table (header + 2 rows)" "$lines" 3
	# Columns line up in screen columns: "Fryslân" is 7 wide, not 8.
	check_py "partners for people aligns columns by screen width" "$OUT" \
	    "$(msg Kind)" "$(msgc partner_kind other)" \
	    "$(msgc partner_kind municipality)" <<-'PY'
	import sys, unicodedata
	def width(s):
	    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in 'WF' else 1 for c in s)
	lines = open(sys.argv[1], encoding='utf-8').read().splitlines()
	col = lines[0].index(sys.argv[2])
	seen = 0
	for l in lines[1:]:
	    # the kind column starts at the same screen column on every row
	    for kind in sys.argv[3:5]:
	        if kind in l:
	            seen += 1
	            assert width(l[:l.index(kind)]) == col, (l, width(l[:l.index(kind)]), col)
	assert seen == 2, seen
	PY
else
	skip "hostile values" "no sqlite3 CLI"
fi

# The demo.
if need_demo "partners on the demo"; then
	wb --db "$WB_DEMO" partners --csv
	expect_rc "partners --csv on the demo exits 0" 0
	expect_eq "partners --csv header on the demo" "$(head -n 1 "$OUT")" "$PARTNER_HEADER"
	codes=$(sed 1d "$OUT" | cut -d , -f 1 | sort | tr '\n' ' ')
	expect_eq "the demo has the 7 partners" "$codes" "MEP NWG RST STA STW UWV WES "

	wb --db "$WB_DEMO" partners --json
	check "partners --json on the demo is valid JSON" valid_json "$OUT"
	n=$(python3 -c 'import json,sys; print(len(json.load(sys.stdin)))' <"$OUT" 2>/dev/null)
	expect_eq "partners --json on the demo has 7 objects" "$n" 7

	wb --db "$WB_DEMO" users --csv
	expect_rc "users --csv on the demo exits 0" 0
	expect_eq "users --csv header on the demo" "$(head -n 1 "$OUT")" "$USER_HEADER"
	nu=$(sed 1d "$OUT" | wc -l | tr -d ' ')
	check "the demo has users" test "$nu" -gt 0
	wb --db "$WB_DEMO" users --json
	check "users --json on the demo is valid JSON" valid_json "$OUT"

	wb --db "$WB_DEMO" partners
	expect_rc "partners for people on the demo exits 0" 0
	expect_out "partners for people has a header" "^$(msg Code) +$(msg Name) +$(msg Kind)"
	expect_eq "partners for people: header + 7 rows" "$(wc -l <"$OUT" | tr -d ' ')" 8

	wb --db "$WB_DEMO"
	expect_rc "the summary of the demo exits 0" 0
	expect_out "the summary counts 7 partners" "$(msgf_re '%s: %lld partners, %lld users, %lld employers\n' @X 7 11 22 | sed 's/^@X//; s/11/[1-9][0-9]*/; s/22/[1-9][0-9]*/')$"
	expect_out "the summary counts candidates" "^$(msgf_re 'candidates: %lld (%lld in the pool)\n' 11 22 | sed 's/11/[1-9][0-9]*/; s/22/[0-9]+/')$"
	expect_out "the summary counts vacancies" "^$(msgf_re 'vacancies: %lld (%lld open)\n' 11 22 | sed 's/11/[1-9][0-9]*/; s/22/[0-9]+/')$|^$(msgf_re 'vacancies: %lld (%lld open, %lld of them on hold)\n' 11 22 33 | sed 's/11/[1-9][0-9]*/; s/22/[0-9]+/; s/33/[0-9]+/')$"
	expect_out "the summary counts placements" "^$(msgf_re 'proposals: %lld, placements: %lld, employer ratings: %lld\n' 11 11 11 | sed 's/11/[1-9][0-9]*/g')$"
	expect_out "the summary lists the partners" '^MEP '
fi

finish
