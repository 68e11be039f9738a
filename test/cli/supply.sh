# test/cli/supply.sh: `werkbank supply` (issue 16): open positions
# against the candidates with an occupation in the group who pass the
# hard rules for one of its vacancies, UWV's bands, the four quarters
# before this one, --by, --csv and --json, words for people in English
# and Dutch; and the agenda's supply beside demand and the people to
# work from (Aanbod), with --idle-weeks.  The tests run on 2026-11-23
# (test/run): the quarters are 2025Q4 to 2026Q3.
. "$WB_ROOT/test/lib.sh"

HEADER=group,label,open_positions,candidates,tension,band

if ! command -v sqlite3 >/dev/null 2>&1; then
	skip "supply on a hand-made database" "no sqlite3 to fill it"
	finish
fi

# Forklift drivers (8344, group 83): V1 (3 positions, since September)
# and V2 (1); K1 and K2 fit, K3 lives too far, K7 was placed in October
# (so in the pool at the ends of Q1-Q3, not now), K9 is a carpenter
# (7126).  V4 (2 positions) was open from January to May, one
# placed in April.  Cleaners (9112, group 91): V3 on hold, 1 position;
# K4, K5, K6.  V5 (9611, group 96): nobody.  K8 joined last week.
new_db s.db
sqlite3 s.db <<'SQL' || { not_ok "fill the database" "sqlite3 failed"; finish; }
INSERT INTO partner (id, code, name, kind) VALUES (1, 'MEP', 'Gemeente Meppel', 'gemeente');
INSERT INTO employer (id, name, name_key, pc4) VALUES (1, 'Transport BV', 'transport bv', '7941');
INSERT INTO vacancy (id, partner_id, ref, employer_id, title, isco_code, pc4, positions,
    status, collected_on, closed_on) VALUES
    (1, 1, 'V1', 1, 'Heftruckchauffeur', '8344', '7941', 3, 'open', '2026-09-01', NULL),
    (2, 1, 'V2', 1, 'Heftruckchauffeur', '8344', '7941', 1, 'open', '2026-11-01', NULL),
    (3, 1, 'V3', 1, 'Schoonmaker', '9112', '7941', 1, 'on_hold', '2026-11-01', NULL),
    (4, 1, 'V4', 1, 'Heftruckchauffeur', '8344', '7941', 2, 'vervuld', '2026-01-15',
     '2026-05-01'),
    (5, 1, 'V5', 1, 'Vuilnisophaler', '9611', '7941', 1, 'open', '2026-11-10', NULL);
INSERT INTO placement (vacancy_id, person_no, partner_id, target_group, start_date)
    VALUES (4, 99, 1, 'ww', '2026-04-15');
INSERT INTO candidate (id, partner_id, ref, first_name, last_name, pc4, target_group,
    max_travel_km, consent, status, registered_on, left_on) VALUES
    (1, 1, 'K1', 'Geheimnaam', 'Een', '7941', 'ww', 20, 1, 'beschikbaar', '2026-01-01', NULL),
    (2, 1, 'K2', 'Geheimnaam', 'Twee', '7941', 'ww', 20, 1, 'beschikbaar', '2026-01-01', NULL),
    (3, 1, 'K3', 'Geheimnaam', 'Drie', '8331', 'ww', 5, 1, 'beschikbaar', '2026-01-01', NULL),
    (4, 1, 'K4', 'Geheimnaam', 'Vier', '7941', 'ww', 20, 1, 'beschikbaar', '2026-01-01', NULL),
    (5, 1, 'K5', 'Geheimnaam', 'Vijf', '7941', 'ww', 20, 1, 'beschikbaar', '2026-01-01', NULL),
    (6, 1, 'K6', 'Geheimnaam', 'Zes', '7941', 'ww', 20, 1, 'beschikbaar', '2026-01-01', NULL),
    (7, 1, 'K7', 'Geheimnaam', 'Zeven', '7941', 'ww', 20, 1, 'geplaatst', '2026-01-01',
     '2026-10-01'),
    (8, 1, 'K8', 'Geheimnaam', 'Acht', '7941', 'ww', 20, 1, 'beschikbaar', '2026-11-20', NULL),
    (9, 1, 'K9', 'Geheimnaam', 'Negen', '7941', 'ww', 20, 1, 'beschikbaar', '2026-01-01', NULL);
INSERT INTO candidate_occupation VALUES (1, '8344', 5), (2, '8344', 5), (3, '8344', 5),
    (4, '9112', 5), (5, '9112', 5), (6, '9112', 5), (7, '8344', 5), (8, '8344', 5),
    (9, '7126', 5);
SQL
L83=$(sqlite3 s.db "SELECT title_nl FROM isco_group WHERE code = '83'")
L91=$(sqlite3 s.db "SELECT title_nl FROM isco_group WHERE code = '91'")

wb --db s.db supply --csv
expect_rc "supply --csv exits 0" 0
expect_eq "... its header is cli.md's" "$(head -n 1 "$OUT")" "$HEADER"
expect_eq "... nobody for V5: zeer krap first, the tension empty" \
    "$(sed -n 2p "$OUT" | cut -d, -f1,3-)" "96,1,0,,zeer_krap"
# 4 positions for K1, K2 and K8 (K8 joined last week and fits too).
expect_eq "... group 83: 4 positions, K1, K2 and K8, 1.33 is gemiddeld" \
    "$(sed -n 3p "$OUT")" "83,$L83,4,3,1.33,gemiddeld"
expect_eq "... group 91: on hold counts; 1 for 3 is ruim" \
    "$(sed -n 4p "$OUT")" "91,$L91,1,3,0.33,ruim"
expect_eq "... and nothing else" "$(wc -l <"$OUT" | tr -d ' ')" 4

wb --db s.db supply --json
expect_rc "supply --json exits 0" 0
check_py "... the quarters: nothing open, V4 against K1 K2 K7, nothing, V1" \
    "$OUT" <<'PY'
import json, sys
d = {r['group']: r for r in json.load(open(sys.argv[1]))}
g = d['83']
assert g['tension_2025Q4'] is None, g
assert g['tension_2026Q1'] == 0.67, g	# 2 positions, 3 in the pool then
assert g['tension_2026Q2'] is None, g	# V4 closed in May
assert g['tension_2026Q3'] == 1.0, g	# V1's 3 for K1, K2, K7
assert d['96']['tension'] is None and d['96']['band'] == 'zeer_krap', d['96']
PY

columns() {	# columns FILE: group,open_positions,candidates of each row
	python3 -c 'import csv, sys
print(" ".join(",".join((r["group"], r["open_positions"], r["candidates"]))
    for r in csv.DictReader(open(sys.argv[1], newline=""))))' "$1"
}
wb --db s.db supply --by isco4 --csv
expect_eq "--by isco4: the unit groups" "$(columns "$OUT")" \
    "9611,1,0 8344,4,3 9112,1,3"
wb --db s.db supply --by isco1 --csv
expect_eq "--by isco1: the major groups; K9 (7126) counts for none" \
    "$(columns "$OUT")" "8,4,3 9,2,3"
wb --db s.db supply --by isco3
expect_rc "--by isco3 is a usage error" 2

LANG=C.UTF-8 wb --db s.db supply
expect_rc "supply for people exits 0" 0
expect_out "... bands as words" "^83 +.* +4 +3 +1\.33 +average +"
expect_out "... nobody: a dash" "^96 +.* +1 +0 +– +very tight "
if dutch_locale; then
	LANG=$NL_LANG wb --db s.db supply
	expect_out "... in Dutch: zeer krap, with a decimal comma" \
	    "^83 +.* +4 +3 +1,33 +gemiddeld +.* 0,67 +1,00$"
	expect_out "... and the heading in Dutch" "^Groep +Beroep +"
else
	skip "... in Dutch" "no nl_NL locale"
fi

# The agenda: supply beside demand, and the people to work from.
LANG=C.UTF-8 wb --db s.db meeting agenda
expect_rc "meeting agenda exits 0" 0
expect_out "... has supply and demand" "^## Supply and demand$"
expect_out "... with group 83 and its trend" "^\| 83 \| .* \| 4 \| 3 \| 1\.33 \| average \| · → 0\.67 → · → 1\.00 \|$"
expect_out "... and the people to work from" "^## People to work from$"
expect_out "... K8 is new, with V1 and V2 fitting best" \
    '^\| MEP/K8 \| 2026-11-20 \| MEP/V1 \(1\.00\), MEP/V2 \(1\.00\), MEP/V5 \(0\.40\) \|$'
expect_out "... K1 has waited since January" '^\| MEP/K1 \| 2026-01-01 \(46 weeks\) \| '
expect_out "... counted" '^1 candidate joined the pool since 2026-11-16; 7 have had no proposal for more than 8 weeks\.'
if grep -q Geheimnaam "$OUT"; then not_ok "... no name printed" "$(cat "$OUT")"
else ok "... no name printed"; fi
LANG=C.UTF-8 wb --db s.db meeting agenda --idle-weeks 52
expect_out "--idle-weeks 52: nobody waited so long" "0 have had no proposal for more than 52 weeks\."
wb --db s.db meeting agenda --idle-weeks 0
expect_rc "--idle-weeks 0 is a usage error" 2
if dutch_locale; then
	LANG=$NL_LANG wb --db s.db meeting agenda
	expect_out "... in Dutch: Aanbod" "^## Aanbod$"
	expect_out "... and Vraag en aanbod" "^## Vraag en aanbod$"
fi

finish
