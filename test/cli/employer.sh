# test/cli/employer.sh: employer services from the command line (issue
# 15), on a copy of the demo: contact persons (one primary, checked,
# removed; their view audited); the contact log (contact add with every
# option, tags as codes from Dutch spellings and free words, a new person
# added; bad input naming the field with nothing stored; contacts --csv,
# --json, --employer, --due oldest first and settled by the next contact,
# --mine); one account manager per employer (contact add and vacancy
# add/edit for another's employer refused naming them unless --yes, bad
# input told first; employer transfer with its vacancies and audit rows);
# ratings (score 1-10 and NPS 0-10 apart, comment, --by; the report's NPS
# over the NPS answers); the survey (served, rated, a reproducible
# sample); the signals (counts by tag and sector, Markdown without any
# person's name); the import of contacts and of ratings with NPS and
# comment; the report's employer part; the purge of an employer's
# personal data, all or one person, leaving no trace in the file; the
# contacts due on the Monday agenda without person or note; roles.
. "$WB_ROOT/test/lib.sh"

need_demo "employer services on the demo" || finish
if ! command -v sqlite3 >/dev/null 2>&1; then
	skip "employer services" "no sqlite3 to look inside"
	finish
fi
cp_db "$WB_DEMO" d.db && chmod 0660 d.db
q() { sqlite3 -batch -noheader d.db "$1"; }
ME=$(id -un)
MEID=$(q "SELECT id FROM app_user WHERE login = '$ME'")
AM=$(q "SELECT login FROM app_user WHERE role = 'accountmanager' AND active ORDER BY id LIMIT 1")
AM2=$(q "SELECT login FROM app_user WHERE role = 'accountmanager' AND active ORDER BY id LIMIT 1 OFFSET 1")
AMNAME=$(q "SELECT name FROM app_user WHERE login = '$AM'")
REC=$(q "SELECT login FROM app_user WHERE role = 'recruiter' AND active ORDER BY id LIMIT 1")
role() { q "UPDATE app_user SET role = '$1' WHERE login = '$ME'"; }
TODAY=$WERKBANK_TODAY

# A fresh employer of AM's, with an open vacancy of AM's, for the checks.
wb --db d.db employer add name="Kaasboerderij Wolters" postcode=7941 \
    sector=productie account_manager="$AM"
expect_rc "setup: an employer of $AM" 0
E="Kaasboerderij Wolters@7941"
EID=$(q "SELECT id FROM employer WHERE name = 'Kaasboerderij Wolters'")
ncontacts() { q "SELECT count(*) FROM employer_contact WHERE employer_id = $EID"; }

# ---- contact persons ----

wb --db d.db employer person add "$E" "Gerda Wolters" --function eigenaar \
    --phone 0522-123456 --email gerda@wolters.example
expect_rc "a contact person is added" 0
wb --db d.db employer person add "$E" "Harm Bosman" --function "chef productie" \
    --phone "06 1234 5678"
expect_rc "a second one" 0
expect_eq "... the first one is primary" \
    "$(q "SELECT group_concat(name || ':' || is_primary, ',') FROM (SELECT * FROM contact_person WHERE employer_id = $EID ORDER BY id)")" \
    "Gerda Wolters:1,Harm Bosman:0"
wb --db d.db employer person edit "$E" "harm bosman" --primary --email x
expect_rc "a bad e-mail is refused" 1
expect_err "... naming the field" "^werkbank: email: $(msgf_re "'%s' is not an e-mail address" x)"
expect_eq "... and nothing changed" "$(q "SELECT is_primary FROM contact_person WHERE name = 'Harm Bosman'")" 0
wb --db d.db employer person edit "$E" "harm bosman" --primary
expect_rc "a person is found by name, whatever its case, and made primary" 0
expect_eq "... the one before stops being it: one primary" \
    "$(q "SELECT group_concat(name, ',') FROM contact_person WHERE employer_id = $EID AND is_primary")" "Harm Bosman"
wb --db d.db employer person add "$E" "GERDA WOLTERS"
expect_rc "the same name twice is refused" 1
wb --db d.db employer person edit "$E" "Piet Onbekend" --phone 0522-1
expect_rc "an unknown person" 1
expect_err "... names the employer's persons" "$(msgf_re "'%s' is not a contact person of this employer; its contact persons are %s" "Piet Onbekend" "Harm Bosman, Gerda Wolters")"
N0=$(q "SELECT count(*) FROM audit_log WHERE action = 'view' AND record_type = 'employer' AND record_id = $EID")
wb --db d.db employer "$E"
expect_rc "employer show" 0
expect_out "... lists the persons, the primary one marked" '^  \* Harm Bosman, chef productie, 06 1234 5678$'
expect_out "... with phone and e-mail" '^    Gerda Wolters, eigenaar, 0522-123456, gerda@wolters.example$'
expect_eq "... and that view is in the audit log" \
    "$(q "SELECT count(*) FROM audit_log WHERE action = 'view' AND record_type = 'employer' AND record_id = $EID")" $((N0 + 1))
expect_eq "the persons' changes are audited" \
    "$(q "SELECT group_concat(action, ',') FROM (SELECT action FROM audit_log WHERE record_type = 'contact_person' ORDER BY id)")" \
    "create,create,update"

# ---- the account manager's question for a contact ----

wb --db d.db contact add "$E" --type bezoek
expect_rc "a contact with another account manager's employer is refused" 1
expect_err "... naming the account manager" "$(msgf_re '%s is an employer of %s (account manager %s); %s' "Kaasboerderij Wolters" "$AMNAME" "$AM" "$(msg 'give --yes to log the contact anyway')")"
expect_eq "... and nothing is stored" "$(ncontacts)" 0

# ---- bad input: a clear message naming the field, nothing stored ----

wb --db d.db contact add "Nergens BV@7941" --type bezoek --yes
expect_rc "an unknown employer" 1
expect_err "... names the field" "^werkbank: employer: $(msgf_re "no employer '%s'" "Nergens BV@7941")"
wb --db d.db contact add "$E" --type bzoek --date 2026-12-01 --next 2026-11-01 --yes
expect_rc "bad type, a date to come, a next contact past" 1
expect_err "... the type, with the closest word" "type: $(msgf_re "'%s' is not one of the choices: did you mean %s?" bzoek "$(msgc contact_type visit)")"
expect_err "... the date" "date: $(msgf_re '%s is after today: log a contact once it has happened, and the one agreed as its next contact' 2026-12-01)"
expect_err "... the next contact" "next: $(msgf_re '%s is in the past: the next contact is on or after today (%s)' 2026-11-01 "$TODAY")"
wb --db d.db contact add "$E" --yes
expect_rc "no type" 1
expect_err "... required" "type: $(msg_re 'required: %s')"
wb --db d.db contact add "$E" --type telefoon --date 2026-11-20 --next 2026-11-19 --yes
expect_rc "a next contact before the contact" 1
expect_eq "nothing was stored by any of them" "$(ncontacts)" 0

# ---- logging contacts ----

wb --db d.db contact add "$E" --type bezoek --date 20-11-2026 --with "Gerda Wolters" \
    --note "Gerda Wolters zoekt twee kaasmakers; de nieuwe hal is klaar" \
    --agreed "Profiel mailen" --next 2026-11-27 --tag tekort --tag "groei, Seizoenswerk" --yes
expect_rc "a visit with every option" 0
expect_out "... says what was logged" "$(msgf_re 'logged contact %lld with %s: %s\n' 1 "$E" "$(msgc contact_type visit)" | sed 's/ 1 / [0-9]+ /')"
C1=$(q "SELECT max(id) FROM employer_contact WHERE employer_id = $EID")
expect_eq "... stored: day, type code, who, person, texts, next" \
    "$(q "SELECT c.contact_on || '|' || c.type || '|' || u.login || '|' || p.name || '|' || c.agreed || '|' || c.next_on FROM employer_contact c JOIN app_user u ON u.id = c.by_user_id JOIN contact_person p ON p.id = c.person_id WHERE c.id = $C1")" \
    "2026-11-20|bezoek|$ME|Gerda Wolters|Profiel mailen|2026-11-27"
expect_eq "... tags as codes (tekort is krapte, groei uitbreiding) and a free word in lower case" \
    "$(q "SELECT group_concat(tag, ',') FROM (SELECT tag FROM contact_tag WHERE contact_id = $C1 ORDER BY tag)")" \
    "krapte,seizoenswerk,uitbreiding"
expect_eq "... and its audit row" "$(q "SELECT action || ' ' || detail FROM audit_log WHERE record_type = 'contact' AND record_id = $C1")" \
    "create employer=$EID type=bezoek"
wb --db d.db contact add "$E" --type "Telefonisch" --with "Jan Kaasmaker" --tag inclusief --yes
expect_rc "a call with someone new" 0
expect_err "... who is added as a contact person" "$(msgf_re '%s is new: added as a contact person of %s (werkbank employer person edit adds their function, phone and e-mail)' "Jan Kaasmaker" "$E")"
expect_eq "... name only" "$(q "SELECT coalesce(function, '-') || coalesce(phone, '-') FROM contact_person WHERE name = 'Jan Kaasmaker'")" "--"
expect_eq "... the type stored as its code" "$(q "SELECT type FROM employer_contact WHERE id = (SELECT max(id) FROM employer_contact)")" telefoon

# ---- contacts ----

wb --db d.db contacts --employer "$E" --csv
expect_rc "contacts --employer --csv" 0
expect_eq "... the columns of werkbank(1)" "$(head -n 1 .out)" \
    "id,date,employer,employer_name,type,by,account_manager,with,next,due,tags,note,agreed"
check_py "... newest first, codes, the first one settled by the second" "$OUT" "$E" "$ME" "$AM" "$TODAY" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
e, me, am, today = sys.argv[2:6]
assert len(rows) == 2, rows
assert [r["type"] for r in rows] == ["telefoon", "bezoek"], rows
assert rows[0]["date"] == today and rows[0]["with"] == "Jan Kaasmaker", rows[0]
assert rows[0]["tags"] == "inclusief"
b = rows[1]
assert b["employer"] == e and b["by"] == me and b["account_manager"] == am, b
assert b["tags"] == "krapte|seizoenswerk|uitbreiding", b["tags"]
assert b["next"] == "2026-11-27" and b["due"] == "0", b  # a later contact settles it
assert b["note"].startswith("Gerda Wolters zoekt"), b
PY
wb --db d.db contacts --employer "$E" --json
check_py "contacts --json" "$OUT" <<'PY'
import json, sys
rows = json.load(open(sys.argv[1]))
assert len(rows) == 2 and rows[0]["type"] == "telefoon" and rows[0]["due"] == 0, rows
PY
# The call sets the next contact: this week, so it is due.
q "UPDATE employer_contact SET next_on = date('$TODAY', '+3 days') WHERE id = (SELECT max(id) FROM employer_contact WHERE employer_id = $EID)"
wb --db d.db contacts --due --csv
check_py "contacts --due: on or before today + 7 days, oldest first, each employer's latest only" "$OUT" "$TODAY" "$E" <<'PY'
import csv, datetime, sys
rows = list(csv.DictReader(open(sys.argv[1])))
today = datetime.date.fromisoformat(sys.argv[2])
assert rows, "nothing due"
nexts = [r["next"] for r in rows]
assert nexts == sorted(nexts), nexts
assert all(datetime.date.fromisoformat(n) <= today + datetime.timedelta(days=7) for n in nexts)
assert all(r["due"] == "1" for r in rows)
emps = [r["employer"] for r in rows]
assert len(emps) == len(set(emps)), "an employer twice"
assert sys.argv[3] in emps
PY
wb --db d.db contacts --due
expect_rc "contacts --due for people" 0
expect_out "... when, for which account manager, with the type as a word" "^[0-9-]+ +$(msgf_re "$(msgn 'in %d day' 'in %d days' 3)" 3) +Kaasboerderij Wolters +$AM +$TODAY +$(msgc contact_type 'phone call') +Jan Kaasmaker"
wb --db d.db contacts --mine --csv
check_py "contacts --mine: logged by me or with my employers" "$OUT" "$ME" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
assert rows and all(r["by"] == sys.argv[2] for r in rows), rows[:3]
PY
q "UPDATE employer SET account_manager_id = $MEID WHERE id = $EID"
wb --db d.db contact add "$E" --type mail --note "Offerte scholing"
expect_rc "the employer's own account manager is asked nothing" 0
expect_empty "... and told nothing" "$ERR"
q "UPDATE employer SET account_manager_id = (SELECT id FROM app_user WHERE login = '$AM') WHERE id = $EID"

# ---- roles ----

role viewer
wb --db d.db contact add "$E" --type bezoek --yes
expect_rc "a viewer logs no contact" 1
expect_err "... told why" "$(msgf_re '%s is a viewer: viewers change nothing' "$ME")"
wb --db d.db contacts --employer "$E"
expect_rc "... but reads them" 0
wb --db d.db rating add "$E" 8
expect_rc "... and takes no rating" 1
role recruiter
wb --db d.db contact add "$E" --type telefoon --yes --note "Nabellen plaatsing"
expect_rc "a recruiter logs a contact" 0
wb --db d.db employer transfer "$E" "$AM2"
expect_rc "... but hands no employer over" 1
role coordinator

# ---- ratings ----

NR=$(q "SELECT count(*) FROM employer_rating")
wb --db d.db rating add "$E" 11 --nps 12
expect_rc "a score of 11" 1
expect_err "... names the score and the NPS" "score: $(msgf_re '%s is outside %ld to %ld' 11 1 10); nps: $(msgf_re '%s is outside %ld to %ld' 12 0 10)"
wb --db d.db rating add "$E" --nps 9
expect_rc "an NPS without a score" 1
expect_err "... names the score" "score: $(msg_re 'required: an NPS answer is kept only beside a rating (1 to 10)')"
wb --db d.db rating add "$E" 0
expect_rc "a score of 0" 1
wb --db d.db rating add "$E" 8 --date 2026-12-24
expect_rc "a rating to come" 1
expect_err "... names the date" "date: $(msgf_re '%s is after today: a rating is given on a day that has come' 2026-12-24)"
wb --db d.db rating add "$E" 8 --by niemand
expect_rc "an unknown taker" 1
expect_err "... names --by" "by: $(msgf_re "'%s' is not a werkbank user; ask the coordinator" niemand)"
expect_eq "nothing was stored by any of them" "$(q "SELECT count(*) FROM employer_rating")" "$NR"
wb --db d.db rating add "$E" 9 --nps 6 --comment "Snel geholpen, maar weinig keus" --by "$AM" --date 2026-11-02
expect_rc "a rating with NPS, comment, taker and day" 0
expect_eq "... score and NPS kept apart" \
    "$(q "SELECT r.rated_on || '|' || r.score || '|' || r.nps || '|' || r.comment || '|' || u.login FROM employer_rating r JOIN app_user u ON u.id = r.by_user_id WHERE r.employer_id = $EID")" \
    "2026-11-02|9|6|Snel geholpen, maar weinig keus|$AM"
wb --db d.db employer "$E"
expect_out "... and shown in the employer's detail with the comment" "^  2026-11-02 9  $(msgf_re '  NPS %d' 6 | sed 's/^  //')  $(msgf_re '  by %s' "$AM" | sed 's/^  //')  \"Snel geholpen, maar weinig keus\"$"

# ---- one account manager: vacancies ----

NV=$(q "SELECT count(*) FROM vacancy")
wb --db d.db vacancy add ref=T-15 employer="Kaasboerderij Wolters" postcode=7941 \
    title=Kaasmaker occupation=7513
expect_rc "a vacancy for another's employer is refused" 1
expect_err "... naming the account manager" "$(msgf_re '%s is an employer of %s (account manager %s); %s' "Kaasboerderij Wolters" "$AMNAME" "$AM" "$(msg 'give --yes to enter the vacancy anyway')")"
wb --db d.db vacancy add ref=T-15 employer="Kaasboerderij Wolters" postcode=7941 \
    title=Kaasmaker occupation=7513 hours_max=60
expect_rc "with bad input too" 1
expect_err "... the bad input is told first" "hours_max: $(msgf_re '%s is outside %s to %s' 60 0 48)"
expect_eq "nothing was stored" "$(q "SELECT count(*) FROM vacancy")" "$NV"
wb --db d.db vacancy add ref=T-15 employer="Kaasboerderij Wolters" postcode=7941 \
    title=Kaasmaker occupation=7513 --yes
expect_rc "with --yes it is entered" 0
expect_eq "... with its employer's account manager" \
    "$(q "SELECT u.login FROM vacancy v JOIN app_user u ON u.id = v.account_manager_id WHERE v.ref = 'T-15'")" "$AM"
MYP=$(q "SELECT p.code FROM app_user u JOIN partner p ON p.id = u.partner_id WHERE u.login = '$ME'")
# walk/edit-asks-again: an edit that leaves the employer as it is asked
# "enter the vacancy anyway?" every time; only a move to another
# account manager's employer asks.
wb --db d.db vacancy edit "$MYP/T-15" positions=2
expect_rc "walk/edit-asks-again: an edit that keeps the employer asks nothing" 0
OTHER=$(q "SELECT e.name || '|' || e.pc4 FROM employer e JOIN app_user u ON u.id = e.account_manager_id
    WHERE u.login = '$AM' AND e.name <> 'Kaasboerderij Wolters' ORDER BY e.id LIMIT 1")
wb --db d.db vacancy add ref=T-16 employer="${OTHER%|*}" postcode="${OTHER#*|}" \
    title=Kaasmaker occupation=7513 --yes
expect_rc "... a second vacancy for the account manager's employers" 0
wb --db d.db vacancy edit "$MYP/T-16" employer="Kaasboerderij Wolters" postcode=7941
expect_rc "... a move to another of their employers asks" 1
wb --db d.db vacancy edit "$MYP/T-16" employer="Kaasboerderij Wolters" postcode=7941 --yes
expect_rc "... and --yes answers" 0
wb --db d.db vacancy edit "$MYP/T-16" employer="${OTHER%|*}" postcode="${OTHER#*|}" --yes
expect_rc "... (and back: the transfer below moves Wolters' vacancies)" 0

# ---- employer transfer ----

wb --db d.db employer transfer "$E" "$REC"
expect_rc "a recruiter cannot hold an employer" 1
expect_err "... naming the field" "account_manager: $(msgf_re '%s is a %s, not an account manager' "$REC" "$(msgc role recruiter)")"
wb --db d.db employer transfer "$E" "$AM"
expect_rc "the same account manager again" 1
wb --db d.db employer transfer "$E" "$AM2"
expect_rc "employer transfer" 0
expect_out "... says from whom to whom" "$(msgf_re '%s: account manager %s -> %s\n' "$E" "$AM" "$AM2")"
expect_eq "... the employer's and its open vacancy's account manager" \
    "$(q "SELECT (SELECT u.login FROM employer e JOIN app_user u ON u.id = e.account_manager_id WHERE e.id = $EID) || ',' || (SELECT u.login FROM vacancy v JOIN app_user u ON u.id = v.account_manager_id WHERE v.ref = 'T-15')")" \
    "$AM2,$AM2"
expect_eq "... with audit rows for both" \
    "$(q "SELECT group_concat(record_type || ' ' || detail, ';') FROM (SELECT * FROM audit_log WHERE detail LIKE 'fields=account_manager from=%' ORDER BY id)")" \
    "employer fields=account_manager from=$AM to=$AM2;vacancy fields=account_manager from=$AM to=$AM2"

# ---- the report's employer part ----

wb --db d.db report --json
expect_rc "report --json" 0
check_py "the report's employer part: contacted, new, coverage, per account manager, other account manager" "$OUT" d.db "$AM2" <<'PY'
import json, sqlite3, sys
tot = json.load(open(sys.argv[1]))[0]
e = tot["employers"]
db = sqlite3.connect(sys.argv[2])
f, t = tot["from"], tot["to"]
q = lambda s, *a: db.execute(s, a).fetchone()[0]
assert e["contacts"] == q("SELECT count(*) FROM employer_contact WHERE contact_on BETWEEN ? AND ?", f, t)
assert e["contacted"] == q("SELECT count(DISTINCT employer_id) FROM employer_contact WHERE contact_on BETWEEN ? AND ?", f, t)
served = q("""SELECT count(*) FROM (SELECT employer_id FROM vacancy WHERE collected_on <= ?2 AND (closed_on IS NULL OR closed_on >= ?1)
  UNION SELECT v.employer_id FROM placement p JOIN vacancy v ON v.id = p.vacancy_id WHERE p.start_date BETWEEN ?1 AND ?2
  UNION SELECT employer_id FROM employer_contact WHERE contact_on BETWEEN ?1 AND ?2)""", f, t)
assert e["served"] == served, (e["served"], served)
assert 0 < e["served_rated"] <= served
assert abs(e["coverage"] - round(100.0 * e["served_rated"] / served, 1)) < 0.06
new = q("""SELECT count(*) FROM (SELECT employer_id, min(d) AS d FROM (SELECT employer_id, collected_on AS d FROM vacancy
  UNION ALL SELECT v.employer_id, p.start_date FROM placement p JOIN vacancy v ON v.id = p.vacancy_id) GROUP BY employer_id) WHERE d BETWEEN ? AND ?""", f, t)
assert e["new"] == new and new >= 1, (e["new"], new)
am = [m for m in e["account_managers"] if m["login"] == sys.argv[3]][0]
assert am["employers"] == q("SELECT count(*) FROM employer e JOIN app_user u ON u.id = e.account_manager_id WHERE u.login = ?", sys.argv[3])
other = q("""SELECT count(*) FROM vacancy v JOIN employer e ON e.id = v.employer_id WHERE v.account_manager_id <> e.account_manager_id
  AND (v.collected_on BETWEEN ? AND ? OR v.status IN ('open', 'on_hold'))""", f, t)
assert len(e["other_account_manager"]) == other, (len(e["other_account_manager"]), other)
r = tot["ratings"]
n = q("SELECT count(*) FROM employer_rating WHERE rated_on BETWEEN ? AND ? AND nps IS NOT NULL", f, t)
assert r["nps_answers"] == n and n > 0, (r["nps_answers"], n)
PY
wb --db d.db report
expect_out "the report for people: the rating coverage beside the 8+ share" "^$(msgf_re '  rating coverage: %lld of the %lld employers served rated, ' 11 22 | sed 's/11/[0-9]+/; s/22/[0-9]+/')[0-9]+%$"
expect_out "... and the employer services" "^$(msg 'Employer services')$"
# walk/report-logins: the team read "bert" and "hendrikm" where they know
# Bert Drenth and Hendrik Meijer.
AM2NAME=$(q "SELECT name FROM app_user WHERE login = '$AM2'")
expect_out "walk/report-logins: an account manager by name, not login" "^    $AM2NAME  *[0-9]"
expect_eq "walk/report-logins: no line of the employer part starts with a login" \
    "$(sed -n "/^$(msg 'Employer services')$/,/^$/p" "$OUT" | grep -c "^    $AM2 ")" 0

# ---- the survey ----

wb --db d.db survey --half 2026H2 --csv
expect_rc "survey --csv" 0
expect_eq "... the columns" "$(head -n 1 .out)" "employer,name,account_manager,vacancy,placement,contact,rated_on,score,nps,sampled"
check_py "... every employer served in the half, the latest rating of those that rated" "$OUT" d.db <<'PY'
import csv, sqlite3, sys
rows = list(csv.DictReader(open(sys.argv[1])))
db = sqlite3.connect(sys.argv[2])
w = [r for r in rows if r["name"] == "Kaasboerderij Wolters"][0]
assert w["contact"] == "1" and w["vacancy"] == "1" and w["score"] == "9" and w["nps"] == "6", w
assert w["rated_on"] == "2026-11-02"
assert all(r["sampled"] == "0" for r in rows)
PY
wb --db d.db survey --half 2026H2 --sample 5 --seed 42 --csv
cp .out s1.csv
wb --db d.db survey --half 2026H2 --sample 5 --seed 42 --csv
expect_eq "a sample with a seed is the same every time" "$(cksum <.out)" "$(cksum <s1.csv)"
check_py "... five of those that did not rate" s1.csv <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
assert len(rows) == 5 and all(r["sampled"] == "1" and r["score"] == "" for r in rows), rows
PY
expect_err "... the seed is told" "$(msgf_re 'a sample of %zu of the %zu that did not rate, seed %llu (the same seed gives the same sample)' 5 7 42 | sed 's/ 7 / [0-9]+ /')"
wb --db d.db survey --half 2026H2 --sample 5
wb2=$(cksum <.out)
wb --db d.db survey --half 2026H2 --sample 5 --seed 20262
expect_eq "... without a seed, the half's number" "$(cksum <.out)" "$wb2"
wb --db d.db survey --half 2026H3
expect_rc "a half that is none" 1
expect_err "... named" "$(msgf_re "--half: '%s' is not a half-year (2026H1 or 2026H2)" 2026H3)"

# ---- the signals ----

wb --db d.db signals --half 2026H2 --by sector --csv
expect_rc "signals --by sector --csv" 0
check_py "... counted by sector and tag" "$OUT" d.db <<'PY'
import csv, sqlite3, sys
rows = list(csv.DictReader(open(sys.argv[1])))
db = sqlite3.connect(sys.argv[2])
got = {(r["sector"], r["tag"]): (int(r["contacts"]), int(r["employers"])) for r in rows}
want = db.execute("""SELECT coalesce(nullif(trim(e.sector), ''), 'unknown'), t.tag, count(*), count(DISTINCT c.employer_id)
  FROM employer_contact c JOIN contact_tag t ON t.contact_id = c.id JOIN employer e ON e.id = c.employer_id
  WHERE c.contact_on BETWEEN '2026-07-01' AND '2026-12-31' GROUP BY 1, 2""").fetchall()
assert got == {(a, b): (c, d) for a, b, c, d in want}, (len(got), len(want))
assert got[("productie", "seizoenswerk")][0] >= 1
PY
wb --db d.db signals --half 2026H2 --markdown signalen.md
expect_rc "signals --markdown" 0
expect_eq "... written 0600" "$(file_mode signalen.md)" 600
check_py "... no person's name: the employer's people and the team's are replaced" signalen.md d.db "$(msg '[name]')" <<'PY'
import sqlite3, sys
md = open(sys.argv[1]).read()
db = sqlite3.connect(sys.argv[2])
assert "zoekt twee kaasmakers" in md, "the note is there"
# Markdown escapes the brackets of "[name]".
name = sys.argv[3].replace("[", "\\[").replace("]", "\\]")
assert name + " zoekt twee kaasmakers" in md, "the person replaced"
for (n,) in db.execute("SELECT name FROM contact_person UNION SELECT name FROM app_user WHERE name LIKE '% %'"):
    assert n not in md, n
PY

# ---- import: contacts and ratings from a CRM ----

cat >crm.csv <<EOF
werkgever;postcode;datum;contactvorm;medewerker;contactpersoon;functie;telefoon;verslag;afspraken;vervolgdatum;signalen
Kaasboerderij Wolters;7941 AB;02-10-2026;Bezoek;$AM;Anna Zuivel;bedrijfsleider;0522-654321;Zoekt hulp bij de oogst;Bellen in november;15-11-2026;tekort|Oogst
Kaasboerderij Wolters;7941;03-10-2026;telefonisch;onbekend;;;;Gebeld;;;krimp
Nergens BV;7941;04-10-2026;bezoek;$AM;;;;;;;
Kaasboerderij Wolters;7941;04-12-2027;bzoek;$AM;;;0612;;;01-01-2020;
EOF
NC=$(ncontacts)
wb --db d.db import contacts crm.csv
expect_rc "import contacts: some rows rejected, the rest stored" 4
expect_eq "... two stored" "$(ncontacts)" $((NC + 2))
expect_eq "... the person added with function and phone, the tags as codes" \
    "$(q "SELECT p.function || '|' || p.phone || '|' || (SELECT group_concat(tag, ',') FROM (SELECT tag FROM contact_tag WHERE contact_id = c.id ORDER BY tag)) FROM employer_contact c JOIN contact_person p ON p.id = c.person_id WHERE p.name = 'Anna Zuivel'")" \
    "bedrijfsleider|0522-654321|krapte,oogst"
R=crm.rejects.csv
grep -E -q "werkgever: $(msgf_re "no employer '%s' at %s (import the employers first)" "Nergens BV" 7941)" $R &&
    ok "... an unknown employer is rejected, named by the file's header" || not_ok "... an unknown employer" "$(cat $R)"
grep -E -q "contactvorm: $(msgf_re "'%s' is not one of the choices: did you mean %s?" bzoek "$(msgc contact_type visit)").*telefoon: .*datum: $(msgf_re '%s is after today: log a contact once it has happened, and the one agreed as its next contact' 2027-12-04).*vervolgdatum: $(msgf_re '%s is before the contact itself' 2020-01-01)" $R &&
    ok "... every error of a row, each by its column" || not_ok "... every error of a row" "$(cat $R)"
wb --db d.db import contacts crm.csv
expect_eq "the same file again updates" "$(ncontacts)" $((NC + 2))
cat >rat.csv <<EOF
werkgever,postcode,datum,cijfer,aanbeveling,opmerking,afgenomen_door
Kaasboerderij Wolters,7941,15-10-2026,7,8,"Goed, maar traag",$AM
Kaasboerderij Wolters,7941,16-10-2026,8,,,
Kaasboerderij Wolters,7941,17-10-2026,,9,,
Kaasboerderij Wolters,7941,18-10-2026,8,11,,
EOF
wb --db d.db import ratings rat.csv
expect_rc "import ratings with NPS and comment" 4
expect_eq "... stored with the NPS apart, or none" \
    "$(q "SELECT group_concat(rated_on || ':' || score || ':' || coalesce(nps, '-') || ':' || coalesce(comment, '-'), ';') FROM (SELECT * FROM employer_rating WHERE employer_id = $EID AND rated_on LIKE '2026-10-%' ORDER BY rated_on)")" \
    "2026-10-15:7:8:Goed, maar traag;2026-10-16:8:-:-"
grep -q "^Kaasboerderij Wolters,7941,17-10-2026" rat.rejects.csv && grep -E -q "cijfer: $(msg required)" rat.rejects.csv &&
    ok "... an NPS without a score is rejected naming the score" || not_ok "... an NPS without a score" "$(cat rat.rejects.csv)"
grep -E -q "aanbeveling: $(msgf_re '%s is outside %ld to %ld' 11 0 10)" rat.rejects.csv &&
    ok "... an NPS of 11 naming the column" || not_ok "... an NPS of 11" "$(cat rat.rejects.csv)"

# ---- the Monday agenda: contacts due, no person, no note ----

wb --db d.db contact add "$E" --type overleg --with "Harm Bosman" --yes \
    --note "Vertrouwelijk: reorganisatie" --next "$(date -d "$TODAY + 3 days" +%Y-%m-%d)"
expect_rc "a meeting with the next contact this week" 0

wb --db d.db meeting agenda
expect_rc "meeting agenda" 0
expect_out "... has the contacts due" "^## $(msg 'Contacts with employers due')$"
expect_out "... with the employer and its account manager" "^\| Kaasboerderij Wolters \| $AM2 \| [0-9-]+"
expect_no_out "... and no contact person" "Jan Kaasmaker|Gerda Wolters|Harm Bosman|Anna Zuivel"
expect_no_out "... nor a note" "Vertrouwelijk|reorganisatie|zoekt twee kaasmakers"

# ---- purge: one person on request, then the employer's people ----

role recruiter
wb --db d.db purge --employer "$E"
expect_rc "only a coordinator purges" 1
role coordinator
wb --db d.db purge --employer "$E" --contact-person "Gerda Wolters" --dry-run
expect_rc "purge of one person, dry run" 0
expect_eq "... changes nothing" "$(q "SELECT count(*) FROM contact_person WHERE name = 'Gerda Wolters'")" 1
wb --db d.db purge --employer "$E" --contact-person "Gerda Wolters"
expect_rc "purge of one person on request" 0
expect_eq "... the person is gone" "$(q "SELECT count(*) FROM contact_person WHERE name = 'Gerda Wolters'")" 0
expect_eq "... the contact with her stays, without her" "$(q "SELECT count(*) FROM employer_contact WHERE id = $C1 AND person_id IS NULL")" 1
expect_eq "... and her name is out of the note" "$(q "SELECT note FROM employer_contact WHERE id = $C1")" "- zoekt twee kaasmakers; de nieuwe hal is klaar"
check "... and out of the file" sh -c '! grep -a -q -e "Gerda" -e "gerda@wolters" d.db'
expect_eq "... the audit row" "$(q "SELECT action || ' ' || record_type FROM audit_log ORDER BY id DESC LIMIT 1")" "purge employer"
# walk/contact-first-name: "Bart" typed for Bart Zandbergen added a second
# "Bart" beside him.  A first name that is one person's only is that person;
# one that two people have is neither, and a new name is a new person.
wb --db d.db employer person add "$E" "Bart Zandbergen" --function planner
wb --db d.db employer person add "$E" "Kees Dijk"
wb --db d.db employer person add "$E" "Kees Mulder"
people=$(q "SELECT count(*) FROM contact_person WHERE employer_id = $EID")
wb --db d.db contact add "$E" --type telefoon --with "bart" --yes
expect_rc "walk/contact-first-name: a call with 'bart'" 0
expect_eq "walk/contact-first-name: ... is with Bart Zandbergen, nobody added" \
    "$(q "SELECT p.name || ' ' || (SELECT count(*) FROM contact_person WHERE employer_id = $EID) FROM employer_contact c JOIN contact_person p ON p.id = c.person_id WHERE c.id = (SELECT max(id) FROM employer_contact)")" \
    "Bart Zandbergen $people"
wb --db d.db contact add "$E" --type telefoon --with "Kees" --yes
expect_eq "walk/contact-first-name: 'Kees', two of them: a person of that name" \
    "$(q "SELECT p.name FROM employer_contact c JOIN contact_person p ON p.id = c.person_id WHERE c.id = (SELECT max(id) FROM employer_contact)")" "Kees"
NC=$((NC + 2))

wb --db d.db purge --employer "$E"
expect_rc "purge of the employer's personal data" 0
expect_eq "... no contact person left" "$(q "SELECT count(*) FROM contact_person WHERE employer_id = $EID")" 0
expect_eq "... no words in its contacts and ratings" \
    "$(q "SELECT (SELECT count(*) FROM employer_contact WHERE employer_id = $EID AND (note IS NOT NULL OR agreed IS NOT NULL)) + (SELECT count(*) FROM employer_rating WHERE employer_id = $EID AND comment IS NOT NULL)")" 0
expect_eq "... while the contacts and ratings count on" "$(ncontacts)" $((NC + 3))
check "... nothing of them in the file" sh -c '! grep -a -q -e "Harm Bosman" -e "Jan Kaasmaker" -e "Anna Zuivel" -e "kaasmakers" -e "traag" -e "reorganisatie" d.db'
wb --db d.db check
expect_rc "the file checks clean" 0
wb --db d.db audit verify
expect_rc "the audit chain verifies" 0
finish
