# test/cli/match.sh: `werkbank match`: a vacancy's ranking for people,
# --csv and --json, --excluded with the reasons, the reverse
# (--candidate), a stored match run (--all), the weights, the errors,
# and that no candidate name is ever printed.
. "$WB_ROOT/test/lib.sh"

HEADER=rank,candidate,partner,municipality,score,distance_km,occupation,skills,education,language,hours,travel,notes

valid_json() {	# valid_json FILE: a JSON array
	python3 -c 'import json,sys; d=json.load(sys.stdin); sys.exit(0 if isinstance(d, list) else 1)' <"$1"
}

if ! command -v sqlite3 >/dev/null 2>&1; then
	skip "match on a hand-made database" "no sqlite3 to fill it"
	finish
fi

# Two partners; a forklift job in Meppel (7941) asking mbo2, Dutch A2,
# 32-38 hours, a licence, and no heavy lifting restriction.
new_db m.db
sqlite3 m.db <<'SQL' || { not_ok "fill the database" "sqlite3 failed"; finish; }
INSERT INTO partner (id, code, name, kind) VALUES
    (1, 'MEP', 'Gemeente Meppel', 'gemeente'), (2, 'STW', 'Steenwijkerland', 'gemeente');
INSERT INTO employer (id, name, name_key, pc4) VALUES (1, 'Transport BV', 'transport bv', '7941');
INSERT INTO vacancy (id, partner_id, ref, employer_id, title, isco_code, pc4, hours_min,
    hours_max, education_min, dutch_level_min, driving_licence, collected_on)
    VALUES (1, 1, 'V1', 1, 'Heftruckchauffeur', '8344', '7941', 32, 38, 'mbo2', 'A2', 1,
    '2026-11-01');
INSERT INTO vacancy_skill VALUES (1, 'heftruck'), (1, 'veiligheid');
INSERT INTO vacancy_demand VALUES (1, 'zwaar_tillen');
INSERT INTO vacancy (id, partner_id, ref, employer_id, title, isco_code, pc4, collected_on)
    VALUES (2, 2, 'V2', 1, 'Schoonmaker', '9112', '7941', '2026-11-01');
INSERT INTO candidate (id, partner_id, ref, first_name, last_name, pc4, target_group,
    education_key, dutch_level, hours_min, hours_max, driving_licence, max_travel_km,
    consent, registered_on) VALUES
    (1, 1, 'K1', 'Geheimnaam', 'Eén', '7941', 'ww', 'mbo2', 'B1', 32, 38, 1, 20, 1, '2026-01-01'),
    (2, 2, 'K2', 'Geheimnaam', 'Twee', '7941', 'ww', NULL, 'B1', 32, 38, 1, 20, 1, '2026-01-01'),
    (3, 2, 'K3', 'Geheimnaam', 'Drie', '7941', 'ww', 'mbo2', 'B1', 32, 38, 0, 20, 1, '2026-01-01'),
    (4, 1, 'K4', 'Geheimnaam', 'Vier', '7941', 'ww', 'mbo2', 'B1', 32, 38, 1, 20, 1, '2026-01-01');
INSERT INTO candidate_occupation VALUES (1, '8344', 5), (2, '8344', 5), (3, '8344', 5),
    (4, '8344', 5);
INSERT INTO candidate_skill VALUES (1, 'heftruck'), (1, 'veiligheid'), (2, 'heftruck'),
    (2, 'veiligheid'), (3, 'heftruck'), (4, 'heftruck'), (4, 'veiligheid');
INSERT INTO candidate_restriction VALUES (4, 'geen_zwaar_tillen');
SQL

# K1 fits fully: 1.000.  K2's education is unknown: (10 - 0.5) / 10.
# K3 has no licence, K4 may not lift heavy loads: both excluded.
wb --db m.db match MEP/V1 --csv
expect_rc "match --csv exits 0" 0
expect_eq "match --csv header" "$(head -n 1 "$OUT")" "$HEADER"
expect_eq "match --csv ranks the full profile first" "$(sed -n 2p "$OUT")" \
    "1,MEP/K1,MEP,Meppel,1.000,0.0,1.00,1.00,1.00,1.00,1.00,1.00,"
expect_eq "match --csv: an unknown part is empty and named in the notes" \
    "$(sed -n 3p "$OUT")" \
    "2,STW/K2,STW,Meppel,0.950,0.0,1.00,1.00,,1.00,1.00,1.00,education unknown"
expect_eq "match --csv lists only the ranked without --excluded" \
    "$(wc -l <"$OUT" | tr -d ' ')" 3

wb --db m.db match MEP/V1 --csv --excluded
expect_rc "match --excluded exits 0" 0
expect_out "--excluded: no driving licence, rank and score empty" \
    '^,STW/K3,STW,Meppel,,0\.0,.*,no driving licence$'
expect_out "--excluded: a restriction against a demand" \
    '^,MEP/K4,MEP,Meppel,,.*,restriction: geen_zwaar_tillen vs zwaar_tillen$'

wb --db m.db match MEP/V1 --json --excluded
expect_rc "match --json exits 0" 0
check "match --json is valid JSON" valid_json "$OUT"
python3 - "$OUT" >"$T/py.out" 2>&1 <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert d[0]['candidate'] == 'MEP/K1' and d[0]['score'] == 1.0, d[0]
assert d[1]['education'] is None and d[1]['rank'] == 2, d[1]
assert d[2]['rank'] is None and d[2]['score'] is None, d[2]
PY
if [ $? -eq 0 ]; then ok "match --json: numbers, and null for unknown and excluded"
else not_ok "match --json: numbers, and null for unknown and excluded" "$(_excerpt "$T/py.out")"; fi

wb --db m.db match MEP/V1 --excluded
expect_rc "match for people exits 0" 0
expect_out "match for people names the vacancy" '^MEP/V1  Heftruckchauffeur'
# People read the score with their decimal mark: 0.95, in Dutch 0,95.
DEC='\.'
is_dutch && DEC=,
expect_out "match for people shows the score as 0.95 (0,95 in Dutch)" "^ +2 +STW/K2 .* 0${DEC}95 "
expect_out "match for people shows an unknown part as ?" 'STW/K2 .* \? '
expect_no_out "match never prints a candidate's name" 'Geheimnaam|Twee'

wb --db m.db match MEP/V1 --top 1 --csv
expect_eq "--top 1 keeps one row" "$(wc -l <"$OUT" | tr -d ' ')" 2

wb --db m.db match MEP/V1 --csv
cp "$OUT" "$T/first.csv"
wb --db m.db match MEP/V1 --csv
if cmp -s "$OUT" "$T/first.csv"; then ok "the same database gives the same ranking"
else not_ok "the same database gives the same ranking" "the outputs differ"; fi

# Consent: K2 withdraws it; the asking login is no user, so nobody sees K2.
sqlite3 m.db "UPDATE candidate SET consent = 0 WHERE id = 2"
wb --db m.db match MEP/V1 --csv --excluded
expect_out "no consent to share: excluded, and nothing more shown" \
    '^,STW/K2,STW,,,,,,,,,,no consent to share$'
sqlite3 m.db "UPDATE candidate SET consent = 1 WHERE id = 2"

# The reverse.
wb --db m.db match --candidate MEP/K1 --csv
expect_rc "match --candidate exits 0" 0
expect_eq "match --candidate --csv header" "$(head -n 1 "$OUT")" \
    "rank,vacancy,title,partner,municipality,score,distance_km,occupation,skills,education,language,hours,travel,notes"
expect_out "match --candidate ranks the forklift job first" \
    '^1,MEP/V1,Heftruckchauffeur,MEP,Meppel,1\.000,'
expect_out "match --candidate lists the other open vacancy" '^2,STW/V2,Schoonmaker,'

# Errors.
wb --db m.db match MEP/NOPE
expect_rc "an unknown vacancy exits 1" 1
expect_err "an unknown vacancy is named" "MEP/NOPE"
wb --db m.db match --candidate MEP/NOPE
expect_rc "an unknown candidate exits 1" 1
expect_err "an unknown candidate is named" "MEP/NOPE"
wb --db m.db match
expect_rc "match without a vacancy is a usage error" 2
expect_err "match without a vacancy prints the usage" "^$(msg 'usage: werkbank [--db PATH] %s%s%s\n' | cut -d' ' -f1) werkbank"
wb --db m.db match MEP/V1 --top 0
expect_rc "--top 0 is a usage error" 2
wb --db m.db match MEP/V1 --top many
expect_rc "--top many is a usage error" 2
wb --db m.db match --all --candidate MEP/K1
expect_rc "--all with --candidate is a usage error" 2
wb --db m.db match MEP/V1 MEP/V2
expect_rc "two vacancies is a usage error" 2

# Weights.
wb --db m.db match --weights --csv
expect_rc "match --weights exits 0" 0
expect_eq "match --weights --csv shows the defaults" "$(tr '\n' ' ' <"$OUT")" \
    "component,weight occupation,3 skills,2 education,1 language,1 hours,1 travel,2 "
wb --db m.db match --weights travel=5,occupation=2.5 --csv
expect_rc "match --weights PART=W exits 0" 0
expect_out "match --weights PART=W shows the new weight" '^travel,5$'
wb --db m.db match --weights --csv
expect_out "changed weights are stored" '^occupation,2\.5$'
expect_eq "a weight change is in the audit log" \
    "$(sqlite3 m.db "SELECT count(*) FROM audit_log WHERE record_type = 'match_weight'")" 1
for bad in colour=1 travel=101 travel=-1 travel=x travel \
    occupation=0,skills=0,education=0,language=0,hours=0,travel=0; do
	wb --db m.db match --weights "$bad"
	expect_rc "match --weights $bad is a usage error" 2
done
wb --db m.db match --weights --csv
expect_out "refused weights change nothing" '^travel,5$'
sqlite3 m.db "UPDATE match_weight SET weight = CASE component WHEN 'occupation' THEN 3 WHEN 'skills' THEN 2 WHEN 'travel' THEN 2 ELSE 1 END"

# A match run.
wb --db m.db match --all --top 5
expect_rc "match --all exits 0" 0
expect_out "match --all prints a summary" "^$(msgf_re 'match run %lld: %zu open vacancies, %zu candidates, %zu results stored (top %zu each) in %s s\n' 1 2 4 99 5 @X | sed 's/99.*//')[0-9]+ "
expect_eq "match --all stores the run" \
    "$(sqlite3 m.db "SELECT vacancies || ',' || candidates || ',' || top_n || ',' || (finished_at IS NOT NULL) FROM match_run")" \
    "2,4,5,1"
expect_eq "match --all stores each vacancy's ranking" \
    "$(sqlite3 m.db "SELECT group_concat(c.ref || ':' || r.rank || ':' || printf('%.3f', r.score), ' ') FROM (SELECT * FROM match_result ORDER BY vacancy_id, rank) r JOIN candidate c ON c.id = r.candidate_id WHERE r.vacancy_id = 1")" \
    "K1:1:1.000 K2:2:0.950"
expect_eq "match --all keeps the unknown parts NULL" \
    "$(sqlite3 m.db "SELECT count(*) FROM match_result WHERE education IS NULL AND notes = 'education unknown'")" 1

# The demo region.
if need_demo "match on the demo"; then
	v=$(sqlite3 "$WB_DEMO" "SELECT p.code || '/' || v.ref FROM vacancy v JOIN partner p ON p.id = v.partner_id WHERE v.status = 'open' ORDER BY v.id LIMIT 1")
	wb --db "$WB_DEMO" match "$v" --csv
	expect_rc "match on a demo vacancy exits 0" 0
	expect_eq "match on a demo vacancy lists 20" "$(wc -l <"$OUT" | tr -d ' ')" 21
	python3 - "$OUT" >"$T/py.out" 2>&1 <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline='')))
scores = [float(r['score']) for r in rows]
assert scores == sorted(scores, reverse=True), scores
assert [int(r['rank']) for r in rows] == list(range(1, len(rows) + 1))
for r in rows:
    for k in ('occupation', 'skills', 'education', 'language', 'hours', 'travel'):
        assert r[k] == '' or 0 <= float(r[k]) <= 1, r
PY
	if [ $? -eq 0 ]; then ok "a demo ranking is ordered by score with parts 0-1"
	else not_ok "a demo ranking is ordered by score with parts 0-1" "$(_excerpt "$T/py.out")"; fi
	c=$(sed -n '2s/^1,\([^,]*\),.*/\1/p' "$OUT")
	wb --db "$WB_DEMO" match --candidate "$c" --top 3 --csv
	expect_rc "match --candidate on a demo candidate exits 0" 0

	# export matches: the latest run's results, keys only.
	cp_db "$WB_DEMO" run.db
	wb --db run.db match --all --top 3
	expect_rc "match --all on the demo exits 0" 0
	wb --db run.db export matches runs.csv
	expect_rc "export matches exits 0" 0
	expect_eq "export matches: header" "$(head -n 1 runs.csv)" \
	    "run,vacancy,rank,candidate,partner,municipality,score,distance_km,occupation,skills,education,language,hours,travel,notes"
	expect_eq "export matches: every stored result" \
	    "$(($(wc -l <runs.csv) - 1))" "$(sqlite3 run.db 'SELECT count(*) FROM match_result')"
	expect_eq "export matches: file is 0600" "$(file_mode runs.csv)" 600
	if grep -q -F "$(sqlite3 run.db 'SELECT last_name FROM candidate LIMIT 1')," runs.csv; then
		not_ok "export matches: no names" "a surname is in the file"
	else
		ok "export matches: no names"
	fi
	wb --db run.db export matches none.csv --run 999
	expect_eq "export matches --run of no run: header only" "$(wc -l <none.csv | tr -d ' ')" 1
	wb --db run.db export matches x.csv --run zero
	expect_rc "export matches --run not a number: exit 2" 2
fi

finish
