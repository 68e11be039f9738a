# test/cli/dutch.sh: the team's locale is the first-class one (issue 12).
# Run under LANG=nl_NL.UTF-8 whatever the ambient locale: numbers with a
# decimal comma or point and no thousands separator, a form's value that
# reads back (the regressions: hours_min=32 tripped over "40.0", a ":3"
# in the years could not be saved again, "24,5" in a file), a Dutch Excel
# file with the spellings staff use, words for codes and codes for
# programs, and werkbank(5) listing every spelling.
. "$WB_ROOT/test/lib.sh"

need_demo "Dutch on the demo" || finish
if ! command -v sqlite3 >/dev/null 2>&1; then
	skip "Dutch on the demo" "no sqlite3 to look inside"
	finish
fi
if ! dutch_locale; then
	skip "Dutch on the demo" "no nl_NL.UTF-8 locale here (make deps makes one)"
	finish
fi
cp_db "$WB_DEMO" d.db && chmod 0660 d.db
q() { sqlite3 d.db "$1"; }
nl() { LANG=$NL_LANG LC_ALL= run "$WB" --db d.db "$@"; }
# Messages are checked in Dutch here.
MSG_LANG=$NL_LANG
F=$WB_ROOT/fixtures/csv

V=$(q "SELECT p.code || '/' || v.ref FROM vacancy v JOIN partner p ON p.id = v.partner_id
    WHERE v.status = 'open' AND v.hours_min < 32 AND v.hours_max = 40 ORDER BY v.id LIMIT 1")
[ -n "$V" ] || V=$(q "SELECT p.code || '/' || v.ref FROM vacancy v JOIN partner p
    ON p.id = v.partner_id WHERE v.status = 'open' AND v.hours_max >= 32 ORDER BY v.id LIMIT 1")
vq() { q "SELECT $1 FROM vacancy v JOIN partner p ON p.id = v.partner_id
    WHERE p.code || '/' || v.ref = '$V'"; }
MAX=$(vq v.hours_max)
# V's employer has no account manager, so that editing V asks nothing
# (the question for another's employer is test/cli/employer.sh's).
q "UPDATE employer SET account_manager_id = NULL WHERE id = (SELECT employer_id
    FROM vacancy v JOIN partner p ON p.id = v.partner_id WHERE p.code || '/' || v.ref = '$V')"

# ---- numbers (regressions of issue 12) ----

nl vacancy edit "$V" hours_min=32
expect_rc "in Dutch, hours_min=32 is saved (hours_max ${MAX} no longer '... is geen getal')" 0
expect_eq "... stored" "$(vq v.hours_min)" 32.0
nl vacancy show "$V"
expect_out "a whole number is shown without .0" "^$(msgf_re 'Hours from') +32$"
nl vacancy edit "$V" hours_min=24,5 hours_max="36 uur"
expect_rc "a decimal comma, and hours with their unit" 0
expect_eq "... stored as numbers" "$(vq "v.hours_min || '/' || v.hours_max")" 24.5/36.0
nl vacancy show "$V"
expect_out "... shown with a decimal comma" "^$(msgf_re 'Hours from') +24,5$"
nl vacancy edit "$V" hours_min=24.5
expect_out "a decimal point reads the same: nothing changed" \
    "$(msgf_re '%s: nothing changed (version %lld)\n' "$V" 3)"
nl vacancy edit "$V" hours_max=1.000
expect_rc "a thousands separator is refused" 1
expect_err "... as ambiguous, named as typed" \
    "hours_max: $(msgf_re "'%s' is ambiguous: write 1000 for a thousand, 1,5 for one and a half" 1.000)"
nl vacancy edit "$V" positions=2,0
expect_rc "a whole number may carry a zero decimal" 0
expect_eq "... stored" "$(vq v.positions)" 2

C=$(q "SELECT p.code || '/' || c.ref FROM candidate c JOIN partner p ON p.id = c.partner_id
    JOIN app_user u ON u.partner_id = p.id WHERE u.login = '$(id -un)' ORDER BY c.id LIMIT 1")
nl candidate edit "$C" occupations='9333:3|8344'
expect_rc "a candidate's years: 9333:3" 0
nl candidate show "$C"
expect_out "... shown as 3, not 3.0" "^$(msgf_re Occupations) +.*\(8344\) \| .*\(9333\):3$"
shown=$(sed -n "s/^$(msg Occupations)  *//p" "$OUT")
nl candidate edit "$C" occupations="$shown" hours_min=8
expect_rc "... and saved again as shown, with another field" 0
nl candidate edit "$C" occupations='9333:2,5'
nl candidate show "$C"
expect_out "... 2,5 years shown with a comma" "^$(msgf_re Occupations) +.*\(9333\):2,5$"
nl candidate edit "$C" occupations="$(sed -n "s/^$(msg Occupations)  *//p" "$OUT")"
expect_out "... and read back unchanged" "$(msgf_re '%s: nothing changed (version %lld)\n' "$C" 4)"

# ---- words, spellings, the closest words ----

nl candidate edit "$C" target_group=bijstnd
expect_rc "an unknown value is refused" 1
expect_err "... naming the closest word ('bedoelt u ...?')" \
    "target_group: $(msgf_re "'%s' is not one of the choices: did you mean %s?" bijstnd "$(msgc target_group 'social assistance')")"
nl candidate edit "$C" doelgroep=Participatiewet opleiding="MBO niveau 2" \
    taalniveau="niveau B1" rijbewijs="rijbewijs B" vervoer="fiets, OV" \
    beperkingen="zwaar tillen"
expect_rc "Dutch column names and the spellings staff type" 0
cq() { q "SELECT $1 FROM candidate c JOIN partner p ON p.id = c.partner_id
    WHERE p.code || '/' || c.ref = '$C'"; }
expect_eq "... stored as codes" "$(cq "c.target_group || ' ' || c.education_key || ' ' ||
    c.dutch_level || ' ' || c.driving_licence")" "bijstand mbo2 B1 1"
expect_eq "... lists too" "$(cq "(SELECT group_concat(mode) FROM (SELECT mode FROM
    candidate_transport WHERE candidate_id = c.id ORDER BY mode)) || ' ' || (SELECT
    group_concat(restriction) FROM candidate_restriction WHERE candidate_id = c.id)")" \
    "fiets,ov geen_zwaar_tillen"
nl candidate show "$C"
expect_out "show gives the words" "^$(msgf_re 'Target group') +$(msgc target_group 'social assistance')$"
expect_out "... of a list too" "^$(msgf_re Restrictions) +$(msgc restriction 'no heavy lifting')$"
nl vacancy edit "$V" "$(LANG=$NL_LANG LC_ALL= msg 'Hours from')=20"
expect_rc "a form's label names a field too" 0
expect_eq "... stored" "$(vq v.hours_min)" 20.0

# ---- a Dutch Excel file: Windows-1252, ';', CRLF, Dutch headers ----

nl import candidates "$F/candidates-dutch.csv" --rejects dutch.rejects.csv
expect_rc "a Dutch Excel file: one row rejected, exit 4" 4
kq() { q "SELECT $1 FROM candidate WHERE ref = '$2'"; }
expect_eq "NL-1: Windows-1252 names, Participatiewet, MBO 2, niveau B1, 24,5 / 32 uur, rijbewijs B, 12,5 km" \
    "$(kq "first_name || ' ' || last_name || ' ' || target_group || ' ' || education_key || ' ' ||
    dutch_level || ' ' || hours_min || ' ' || hours_max || ' ' || driving_licence || ' ' ||
    max_travel_km || ' ' || status" NL-1)" \
    "José Öztürk bijstand mbo2 B1 24.5 32.0 1 12.5 in_traject"
expect_eq "NL-1: years 2,5 and 3, transport 'auto, fiets', restrictions by their words" \
    "$(kq "(SELECT group_concat(isco_code || ':' || years, ' ') FROM (SELECT * FROM candidate_occupation
    WHERE candidate_id = candidate.id ORDER BY isco_code)) || ' ' || (SELECT group_concat(mode) FROM
    (SELECT mode FROM candidate_transport WHERE candidate_id = candidate.id ORDER BY mode)) || ' ' ||
    (SELECT group_concat(restriction) FROM (SELECT restriction FROM candidate_restriction
    WHERE candidate_id = candidate.id ORDER BY restriction))" NL-1)" \
    "8344:2.5 9333:3.0 auto,fiets geen_zwaar_tillen,niet_lang_staan"
expect_eq "NL-2..5: NUG/x, mbo niveau 2, B, OV; WW/0, mbo-2; VMBO-BB, geen; pro/vso, vmbo basis, moedertaal" \
    "$(q "SELECT group_concat(target_group || '/' || coalesce(job_agreement, '') || '/' ||
    education_key || '/' || dutch_level || '/' || driving_licence || '/' || status, ' ') FROM
    (SELECT * FROM candidate WHERE ref IN ('NL-2', 'NL-3', 'NL-4', 'NL-5') ORDER BY ref)")" \
    "nug/1/mbo2/B1/1/beschikbaar ww/0/mbo2/A2/0/beschikbaar statushouder/0/vmbo_bb/A2/0/beschikbaar pro_vso/0/vmbo_bb/C2/1/beschikbaar"
check_py "the rejected row names the file's columns, in Dutch, with the closest words" \
    dutch.rejects.csv "$(msgf_re "'%s' is not one of the choices: did you mean %s?" bijstnd "$(msgc target_group 'social assistance')")" \
    "$(msg_re "'%s' is ambiguous: write 1000 for a thousand, 1,5 for one and a half")" <<'PY'
import csv, re, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding='utf-8-sig', newline=''), delimiter=';'))
assert [r['Kandidaatnummer'] for r in rows] == ['NL-6'], rows
err = list(rows[0].values())[-1]   # the errors, under a Dutch heading
assert re.search('Doelgroep: ' + sys.argv[2], err), err
assert re.search('Uren_min: ' + sys.argv[3], err), err
assert 'Opleidingsniveau: ' in err, err
assert 'target_group' not in err and 'hours_min' not in err, err
PY
nl import vacancies "$F/vacancies-dutch.csv"
expect_rc "Dutch vacancies: all stored" 0
expect_eq "NV-1: 24 uur, 32,5, rijbewijs B, 'zwaar tillen, lang staan', LKS 40%|no-risk|jobcoach" \
    "$(q "SELECT hours_min || ' ' || hours_max || ' ' || driving_licence || ' ' || education_min || ' ' ||
    (SELECT group_concat(demand) FROM (SELECT demand FROM vacancy_demand WHERE vacancy_id = v.id
    ORDER BY demand)) || ' ' || (SELECT group_concat(instrument) FROM (SELECT instrument FROM
    vacancy_instrument WHERE vacancy_id = v.id ORDER BY instrument)) FROM vacancy v WHERE ref = 'NV-1'")" \
    "24.0 32.5 1 mbo2 lang_staan,zwaar_tillen jobcoach,lks,no_risk"
expect_eq "NV-2: aangehouden, no riskpolis" "$(q "SELECT status || ' ' || (SELECT group_concat(instrument)
    FROM vacancy_instrument WHERE vacancy_id = v.id) FROM vacancy v WHERE ref = 'NV-2'")" "on_hold no_risk"

# ---- codes and a decimal point for programs, in any locale ----

nl match "$V" --csv --top 3
check_py "match --csv in Dutch: a decimal point, English notes with codes" "$OUT" <<'PY'
import csv, re, sys
rows = list(csv.DictReader(open(sys.argv[1], newline='')))
assert rows, 'no rows'
for r in rows:
    assert re.fullmatch(r'[01]\.\d{3}', r['score']), r
    assert r['distance_km'] == '' or re.fullmatch(r'\d+\.\d', r['distance_km']), r
    assert 'onbekend' not in r['notes'], r
PY
nl export candidates out.csv
check_py "export in Dutch: codes and a decimal point" out.csv <<'PY'
import csv, sys
rows = {r['ref']: r for r in csv.DictReader(open(sys.argv[1], newline=''))}
r = rows['NL-1']
assert (r['target_group'], r['education'], r['hours_min'], r['restrictions']) == \
    ('bijstand', 'mbo2', '24.5', 'geen_zwaar_tillen|niet_lang_staan'), r
PY
nl partners --csv
expect_out "partners --csv in Dutch: the kind as a code" "^NWG,NoordWestGroep,sw_bedrijf,"
nl partners
expect_out "partners for people in Dutch: the kind as a word" \
    "^NWG +NoordWestGroep +$(msgc partner_kind 'sheltered-work company') "

# ---- times: stored in UTC, read in local time ----

if [ -r /usr/share/zoneinfo/Europe/Amsterdam ]; then
	at=$(q "SELECT substr(at, 1, 19) FROM audit_log ORDER BY id DESC LIMIT 1")
	want=$(TZ=Europe/Amsterdam python3 -c 'import sys, datetime, time
t = datetime.datetime.strptime(sys.argv[1], "%Y-%m-%d %H:%M:%S").replace(tzinfo=datetime.timezone.utc)
print(t.astimezone().strftime("%Y-%m-%d %H:%M:%S"))' "$at")
	TZ=Europe/Amsterdam LANG=$NL_LANG LC_ALL= run "$WB" --db d.db audit
	expect_out "the audit listing for people: local time (Europe/Amsterdam)" "^ *[0-9]+ +$want "
	TZ=Europe/Amsterdam LANG=$NL_LANG LC_ALL= run "$WB" --db d.db audit --csv
	expect_out "... --csv keeps the stored UTC" ",$at,"
	nl vacancy edit "$V" --version 1 positions=3
	expect_err "a conflict names the other change in local time" \
	    "$(msgf_re '%s was changed by %s at %s (%s) since you read it; read it again and redo your change' "$V" @X @T @C | sed 's/@X.*//')"
else
	skip "local time" "no Europe/Amsterdam in /usr/share/zoneinfo (tzdata)"
fi

# ---- werkbank words and werkbank(5) ----

nl words --csv
expect_rc "werkbank words --csv" 0
expect_eq "... its header" "$(head -n 1 "$OUT")" "set,code,word,word_en,aliases"
check_py "every set has its spellings, and werkbank(5) lists every one" \
    "$OUT" "$WB_ROOT/man/werkbank.5" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline='')))
man = open(sys.argv[2], encoding='utf-8').read()
sets = {r['set'] for r in rows}
assert len(sets) >= 15, sets
for s in sets:
    assert '.Ss ' + s + '\n' in man, s
for r in rows:
    assert r['aliases'], r
    assert '.It Li ' + r['code'] + ' ' in man, r['code']
    for a in r['aliases'].split('|'):
        assert a in man, (r['set'], r['code'], a)
PY
nl words education
expect_out "werkbank words education in Dutch" "^education \\($(msgc word_set education)\\) +mbo2 +$(msgc education 'MBO 2') +MBO 2 +mbo2, mbo 2, mbo-2, mbo niveau 2"
nl words colour
expect_rc "an unknown set is a usage error" 2

finish
