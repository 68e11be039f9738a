# test/cli/slate.sh: `werkbank match --slate` (issue 16): the plan that
# is best in total where one vacancy at a time is not, the explanation of
# each pick, --csv and --json, K and N, what the pipelines hold, picks by
# hand and dropped, accepting (one transaction, audit rows), the slate
# kept as shown, the last line for people in English and in Dutch,
# visibility, and the demo region: every candidate at most once, every
# vacancy within its room, no name printed.
. "$WB_ROOT/test/lib.sh"

HEADER=vacancy,candidate,score,alternative_candidate,alternative_score,notes

if ! command -v sqlite3 >/dev/null 2>&1; then
	skip "the slate on a hand-made database" "no sqlite3 to fill it"
	finish
fi

# V1 (MEP) asks no licence, V2 (STW) a licence and 20-24 hours.  K1 fits
# V1 fully (1.000) and V2 but for the hours (0.900); K2 fits V1 but for
# the unknown education (0.950) and has no licence, so not V2.  One
# vacancy at a time gives V1 to K1 and leaves V2 empty (1.000); the
# slate gives V1 to K2 and V2 to K1 (1.850).  V3 (a cleaner's job) fits
# nobody: it stays without anyone.
new_db s.db
sqlite3 s.db <<'SQL' || { not_ok "fill the database" "sqlite3 failed"; finish; }
INSERT INTO partner (id, code, name, kind) VALUES
    (1, 'MEP', 'Gemeente Meppel', 'gemeente'), (2, 'STW', 'Steenwijkerland', 'gemeente');
INSERT INTO employer (id, name, name_key, pc4) VALUES (1, 'Transport BV', 'transport bv', '7941');
INSERT INTO vacancy (id, partner_id, ref, employer_id, title, isco_code, pc4, hours_min,
    hours_max, education_min, dutch_level_min, collected_on)
    VALUES (1, 1, 'V1', 1, 'Heftruckchauffeur', '8344', '7941', 32, 38, 'mbo2', 'A2',
    '2026-11-01');
INSERT INTO vacancy (id, partner_id, ref, employer_id, title, isco_code, pc4, hours_min,
    hours_max, education_min, dutch_level_min, driving_licence, collected_on)
    VALUES (2, 2, 'V2', 1, 'Heftruckchauffeur', '8344', '7941', 20, 24, 'mbo2', 'A2', 1,
    '2026-11-02');
INSERT INTO vacancy (id, partner_id, ref, employer_id, title, isco_code, pc4, sheltered,
    collected_on) VALUES (3, 2, 'V3', 1, 'Schoonmaker', '9112', '7941', 1, '2026-11-03');
INSERT INTO vacancy_skill VALUES (1, 'heftruck'), (1, 'veiligheid'), (2, 'heftruck'),
    (2, 'veiligheid');
INSERT INTO candidate (id, partner_id, ref, first_name, last_name, pc4, target_group,
    education_key, dutch_level, hours_min, hours_max, driving_licence, max_travel_km,
    consent, registered_on) VALUES
    (1, 1, 'K1', 'Geheimnaam', 'Eén', '7941', 'ww', 'mbo2', 'B1', 32, 38, 1, 20, 1, '2026-01-01'),
    (2, 1, 'K2', 'Geheimnaam', 'Twee', '7941', 'ww', NULL, 'B1', 32, 38, 0, 20, 1, '2026-01-01');
INSERT INTO candidate_occupation VALUES (1, '8344', 5), (2, '8344', 5);
INSERT INTO candidate_skill VALUES (1, 'heftruck'), (1, 'veiligheid'), (2, 'heftruck'),
    (2, 'veiligheid');
SQL
cp_db s.db orig.db

wb --db s.db match --slate --csv
expect_rc "match --slate --csv exits 0" 0
expect_eq "... its header is cli.md's" "$(head -n 1 "$OUT")" "$HEADER"
expect_eq "... V1 goes to K2, whom only V1 fits, with K1 as the alternative" \
    "$(sed -n 2p "$OUT")" \
    'MEP/V1,MEP/K2,0.950,MEP/K1,1.000,"MEP/K1 would score 1.000 here but is planned for STW/V2, where nobody else is on the list; education unknown"'
expect_eq "... V2 goes to K1: the best total, not V1's best" \
    "$(sed -n 3p "$OUT")" "STW/V2,MEP/K1,0.900,,,nobody else on the list; hours do not overlap"
expect_eq "... and nothing else" "$(wc -l <"$OUT" | tr -d ' ')" 3
expect_eq "... the slate is kept as shown" "$(sqlite3 s.db "SELECT count(*) \
    FROM slate_pick WHERE slate_id = (SELECT max(id) FROM slate)")" 2
expect_eq "... with its figures" "$(sqlite3 s.db "SELECT per_candidate, \
    per_vacancy IS NULL, vacancies, picks, unfilled, round(total, 3) FROM slate \
    ORDER BY id DESC LIMIT 1")" "1|1|3|2|1|1.85"
expect_eq "... and an audit row" "$(sqlite3 s.db "SELECT action || ' ' || \
    record_type FROM audit_log ORDER BY id DESC LIMIT 1")" "match_run slate"

wb --db s.db match --slate --json
expect_rc "match --slate --json exits 0" 0
check_py "... one array with the parts, null where unknown" "$OUT" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert [r['candidate'] for r in d] == ['MEP/K2', 'MEP/K1'], d
assert d[0]['score'] == 0.95 and d[0]['education'] is None, d[0]
assert d[1]['hours'] == 0 and d[1]['alternative_candidate'] == '', d[1]
assert d[0]['by_hand'] == 0, d[0]
PY

# For people: the last line is the total and the vacancies left empty.
LANG=C.UTF-8 wb --db s.db match --slate
expect_rc "match --slate for people exits 0" 0
expect_eq "... the last line: the total and the vacancies left without anyone" \
    "$(tail -n 1 "$OUT")" "Total score 1.85 for 2 picks; 1 vacancy left without anyone."
expect_out "... each pick with its parts and why" \
    '^MEP/V1 +Heftruckchauffeur +MEP/K2 +0\.95 +1\.00 +1\.00 +\? +1\.00 +1\.00 +1\.00 +MEP/K1 would score 1\.00 here but is planned for STW/V2'
if grep -q Geheimnaam "$OUT"; then not_ok "... no name printed" "$(cat "$OUT")"
else ok "... no name printed"; fi
if dutch_locale; then
	LANG=$NL_LANG wb --db s.db match --slate
	expect_eq "... in Dutch: the total with a decimal comma" \
	    "$(tail -n 1 "$OUT")" \
	    "Totale score 1,85 voor 2 keuzes; 1 vacature blijft zonder iemand."
	expect_out "... and why in Dutch" \
	    'MEP/K1 zou hier 1,00 scoren, maar staat gepland voor STW/V2, waar verder niemand op de lijst staat; opleiding onbekend$'
else
	skip "... in Dutch" "no nl_NL locale"
fi

# K and N.
wb --db s.db match --slate --per-candidate 2 --per-vacancy 2 --csv
expect_eq "--per-candidate 2 --per-vacancy 2: K1 twice, K2 once" \
    "$(sed 1d "$OUT" | cut -d, -f1,2 | tr '\n' ' ')" \
    "MEP/V1,MEP/K1 MEP/V1,MEP/K2 STW/V2,MEP/K1 "

# Picks by hand and dropped ones.
wb --db s.db match --slate --fix MEP/V1=MEP/K1 --csv
expect_rc "--fix exits 0" 0
expect_eq "... K1 stays on V1 by hand, so V2 is left: K2 has no licence" \
    "$(sed 1d "$OUT" | cut -d, -f1-3,6)" "MEP/V1,MEP/K1,1.000,picked by hand; next best MEP/K2 (0.950)"
wb --db s.db match --slate --drop STW/V2=MEP/K1 --csv
expect_eq "--drop: K1 is not planned for V2 again, so V1 is K1's" \
    "$(sed 1d "$OUT" | cut -d, -f1,2)" "MEP/V1,MEP/K1"
wb --db s.db match --slate --fix STW/V2=MEP/K2
expect_rc "--fix against a hard rule exits 1" 1
expect_err "... naming the pair and the reason" \
    "$(msgf_re '%s cannot be picked for %s: %s' MEP/K2 STW/V2 X | sed 's/X$//')"
wb --db s.db match --slate --fix MEP/V1
expect_rc "--fix without =CANDIDATE is a usage error" 2
wb --db s.db match --slate --fix MEP/V9=MEP/K1
expect_rc "--fix of an unknown vacancy exits 1" 1
wb --db s.db match --slate --top 5
expect_rc "--slate with --top is a usage error" 2
wb --db s.db match MEP/V1 --accept
expect_rc "--accept without --slate is a usage error" 2
wb --db s.db match --slate --per-candidate 0
expect_rc "--per-candidate 0 is a usage error" 2

# What the pipelines hold: K1 at interview elsewhere is not planned; a
# proposal at proposed takes a vacancy's room.
cp_db orig.db p.db
wb --db p.db propose STW/V2 MEP/K1
wb --db p.db advance STW/V2 MEP/K1 interview
wb --db p.db match --slate --csv
expect_eq "a candidate at interview is not planned; V2's room is taken" \
    "$(sed 1d "$OUT" | cut -d, -f1,2)" "MEP/V1,MEP/K2"
LANG=C.UTF-8 wb --db p.db match --slate
expect_eq "... V2 has someone in its pipeline: not left without anyone" \
    "$(tail -n 1 "$OUT")" "Total score 0.95 for 1 pick; 1 vacancy left without anyone."

# Accepting: every pick proposed in one transaction, an audit row each.
cp_db orig.db a.db
before=$(sqlite3 a.db "SELECT count(*) FROM audit_log WHERE action = 'propose'")
wb --db a.db match --slate --accept --csv
expect_rc "--accept exits 0" 0
expect_eq "... both picks are proposals now" "$(sqlite3 a.db "SELECT group_concat(\
    v.ref || ':' || c.ref || ':' || p.step, ' ') FROM (SELECT * FROM proposal \
    ORDER BY vacancy_id) p JOIN vacancy v ON v.id = p.vacancy_id JOIN candidate c \
    ON c.id = p.candidate_id")" "V1:K2:proposed V2:K1:proposed"
expect_eq "... with an audit row each" "$(sqlite3 a.db "SELECT count(*) FROM \
    audit_log WHERE action = 'propose'")" "$((before + 2))"
expect_eq "... and the slate named in the step's note" "$(sqlite3 a.db "SELECT \
    count(*) FROM proposal_step WHERE note LIKE '%' || (SELECT max(id) FROM slate)")" 2
LANG=C.UTF-8 wb --db a.db match --slate
expect_eq "... the next slate has nothing left to plan" "$(tail -n 1 "$OUT")" \
    "Total score 0.00 for 0 picks; 1 vacancy left without anyone."

# A refused pick refuses them all: V2 is withdrawn after the slate was
# made (a trigger plays the colleague who does it meanwhile).
cp_db orig.db r.db
sqlite3 r.db "CREATE TRIGGER meanwhile AFTER INSERT ON slate BEGIN
    UPDATE vacancy SET status = 'ingetrokken', closed_on = '2026-11-23' WHERE id = 2;
    END;"
wb --db r.db match --slate --accept --csv
expect_rc "--accept with a pick refused meanwhile exits 1" 1
expect_eq "... and proposes nobody" "$(sqlite3 r.db "SELECT count(*) FROM proposal")" 0

# A viewer may look but not accept.
cp_db orig.db v.db
ME=$(id -un)
sqlite3 v.db "INSERT INTO app_user (login, name, partner_id, role) VALUES ('$ME', 'Ik', 1, 'viewer')"
wb --db v.db match --slate --csv
expect_rc "a viewer sees the slate" 0
wb --db v.db match --slate --accept
expect_rc "... but cannot accept it" 1
expect_eq "... and nothing is proposed" "$(sqlite3 v.db "SELECT count(*) FROM proposal")" 0

# Visibility: a candidate of STW without consent is nobody to MEP.
cp_db orig.db w.db
sqlite3 w.db "INSERT INTO app_user (login, name, partner_id, role) VALUES ('$ME', 'Ik', 1, 'recruiter');
INSERT INTO candidate (id, partner_id, ref, first_name, last_name, pc4, target_group,
    education_key, dutch_level, hours_min, hours_max, driving_licence, max_travel_km,
    consent, registered_on) VALUES (3, 2, 'K3', 'Geheimnaam', 'Drie', '7941', 'ww', 'mbo2',
    'B1', 20, 24, 1, 20, 0, '2026-01-01');
INSERT INTO candidate_occupation VALUES (3, '8344', 5);
INSERT INTO candidate_skill VALUES (3, 'heftruck'), (3, 'veiligheid');"
wb --db w.db match --slate --csv
if grep -q K3 "$OUT"; then not_ok "another partner's candidate without consent is not planned" "$(cat "$OUT")"
else ok "another partner's candidate without consent is not planned"; fi
sqlite3 w.db "UPDATE app_user SET partner_id = 2"
wb --db w.db match --slate --csv
expect_out "... their own partner plans them" '^STW/V2,STW/K3,1\.000,'

# The demo region: the contract holds at size.
if need_demo "the slate of the demo region"; then
	cp_db "$WB_DEMO" demo.db	# a slate is kept: not in the shared one
	wb --db demo.db match --slate --csv
	expect_rc "the demo's slate exits 0" 0
	check_py "... each candidate once, each vacancy within its room, scores 0-1" \
	    "$OUT" demo.db <<'PY'
import csv, sqlite3, sys
rows = list(csv.DictReader(open(sys.argv[1], newline='')))
assert len(rows) > 5, rows
cands = [r['candidate'] for r in rows]
assert len(cands) == len(set(cands)), 'a candidate twice'
db = sqlite3.connect(sys.argv[2])
for v in {r['vacancy'] for r in rows}:
    p, ref = v.split('/')
    room = db.execute("""SELECT v.positions - (SELECT count(*) FROM placement
        WHERE vacancy_id = v.id) - (SELECT count(*) FROM proposal WHERE
        vacancy_id = v.id AND step IN ('proposed', 'interview')) FROM vacancy v
        JOIN partner pa ON pa.id = v.partner_id WHERE pa.code = ? AND v.ref = ?
        AND v.status = 'open'""", (p, ref)).fetchone()[0]
    assert sum(r['vacancy'] == v for r in rows) <= room, v
for r in rows:
    assert 0 < float(r['score']) <= 1, r
    if r['alternative_score']:
        assert 0 <= float(r['alternative_score']) <= 1, r
PY
fi

finish
