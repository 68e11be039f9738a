# test/cli/records.sh: entering and editing records from the command
# line on a copy of the demo: every field's bad value is refused with the
# import's own message naming the field (compared with a dry-run import
# of the same value); a stale edit is refused naming the other change; a
# viewer changes nothing; a candidate of another partner stays hidden;
# the vacancy lifecycle (hold, reopen, withdraw; refused transitions name
# the allowed ones) and expiry at the deadline (WERKBANK_TODAY); the
# occupation picked by a Dutch job title; employers with one account
# manager and their vacancies, placements and ratings.
. "$WB_ROOT/test/lib.sh"

need_demo "records on the demo" || finish
if ! command -v sqlite3 >/dev/null 2>&1; then
	skip "records on the demo" "no sqlite3 to look inside"
	finish
fi
cp_db "$WB_DEMO" d.db && chmod 0660 d.db
q() { sqlite3 d.db "$1"; }
ME=$(id -un)
MYP=$(q "SELECT p.code FROM app_user u JOIN partner p ON p.id = u.partner_id
    WHERE u.login = '$ME'")

# An open vacancy, a candidate of my partner, one of another partner who
# did not consent, and an employer with a ref, vacancies and ratings.
V=$(q "SELECT p.code || '/' || v.ref FROM vacancy v JOIN partner p ON p.id = v.partner_id
    WHERE v.status = 'open' AND v.hours_min IS NOT NULL ORDER BY v.id LIMIT 1")
C=$(q "SELECT p.code || '/' || c.ref FROM candidate c JOIN partner p ON p.id = c.partner_id
    WHERE p.code = '$MYP' AND c.status = 'beschikbaar' ORDER BY c.id LIMIT 1")
HIDDEN=$(q "SELECT p.code || '/' || c.ref FROM candidate c JOIN partner p ON p.id = c.partner_id
    WHERE p.code <> '$MYP' AND c.consent = 0 ORDER BY c.id LIMIT 1")
E=$(q "SELECT p.code || '/' || e.ref FROM employer e JOIN partner p ON p.id = e.partner_id
    WHERE e.ref IS NOT NULL AND EXISTS (SELECT 1 FROM employer_rating r WHERE r.employer_id = e.id)
    AND EXISTS (SELECT 1 FROM placement pl JOIN vacancy v ON v.id = pl.vacancy_id
    WHERE v.employer_id = e.id) ORDER BY e.id LIMIT 1")
AM=$(q "SELECT login FROM app_user WHERE role = 'accountmanager' AND active ORDER BY id LIMIT 1")
REC=$(q "SELECT login FROM app_user WHERE role = 'recruiter' AND active ORDER BY id LIMIT 1")
vq() { q "SELECT $1 FROM vacancy v JOIN partner p ON p.id = v.partner_id
    WHERE p.code || '/' || v.ref = '$2'"; }
# V's employer has no account manager, so that editing V asks nothing
# (the question for another's employer is test/cli/employer.sh's).
q "UPDATE employer SET account_manager_id = NULL WHERE id = (SELECT employer_id
    FROM vacancy v JOIN partner p ON p.id = v.partner_id WHERE p.code || '/' || v.ref = '$V')"

# ---- every field's bad value: the import's message, naming the field ----

check_py "bad values: the import's message for every field" "$WB" d.db "$V" "$C" "$E" <<'PY'
import csv, sqlite3, subprocess, sys
wb, db, vac, cand, emp = sys.argv[1:6]

def run(*args):
    p = subprocess.run([wb, "--db", db] + list(args), capture_output=True,
                       text=True, stdin=subprocess.DEVNULL)
    return p.returncode, p.stdout, p.stderr

# A record's required fields as a file gives them (show is for people:
# its labels and words are in the user's language).
def show(kind, key):
    part, ref = key.split("/", 1)
    con = sqlite3.connect(db)
    sql = {
        "vacancy": "SELECT v.ref, p.code, e.name, v.title, v.isco_code, "
                   "v.pc4 FROM vacancy v JOIN partner p ON p.id = "
                   "v.partner_id JOIN employer e ON e.id = v.employer_id "
                   "WHERE p.code = ? AND v.ref = ?",
        "candidate": "SELECT c.ref, p.code, c.first_name, c.last_name, "
                     "c.pc4, c.target_group, CASE c.consent WHEN 1 THEN "
                     "'ja' ELSE 'nee' END FROM candidate c JOIN partner p "
                     "ON p.id = c.partner_id WHERE p.code = ? AND c.ref = ?",
        "employer": "SELECT e.name, e.pc4 FROM employer e JOIN partner p "
                    "ON p.id = e.partner_id WHERE p.code = ? AND e.ref = ?",
    }[kind]
    row = con.execute(sql, (part, ref)).fetchone()
    con.close()
    assert row is not None, (kind, key)
    return dict(zip(required[kind], [str(x) for x in row]))

# The import's message for one bad value: a dry run of the record with
# that value, its reject's error.
def imported(kind, base, cols, field, bad):
    row = dict((c, base.get(c, "")) for c in cols)
    row[field] = bad
    with open("one.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(list(row))
        w.writerow(list(row.values()))
    rc, out, err = run("import", kind, "one.csv", "--dry-run",
                       "--rejects", "one.rejects.csv")
    with open("one.rejects.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 1, (kind, field, rc, err)
    return list(rows[0].values())[-1]   # the last column: the errors

ESC = "a\x1bb"
cases = {
    ("vacancy", vac, "vacancies"): [
        ("employer", ""), ("title", ""), ("title", ESC), ("occupation", "99"),
        ("occupation", "9999"), ("postcode", "12"), ("postcode", "0999"),
        ("positions", "0"), ("positions", "twee"), ("hours_min", "50"),
        ("hours_max", "abc"), ("education_min", "uni"),
        ("dutch_level_min", "D1"), ("driving_licence", "soms"),
        ("skills", ESC), ("demands", "zwaar"), ("job_agreement", "2"),
        ("sheltered", "soms"), ("instruments", "koffie"),
        ("collected_on", "2026-13-01"), ("deadline", "31-02-2026"),
        ("start_date", "gisteren"), ("description", "x\x1b[2Jy")],
    ("candidate", cand, "candidates"): [
        ("first_name", ""), ("last_name", ESC), ("postcode", "0000"),
        ("target_group", "zzz"), ("job_agreement", "2"),
        ("occupations", "9999"), ("occupations", "5120:99"),
        ("skills", ESC), ("education", "uni"), ("dutch_level", "D1"),
        ("hours_min", "50"), ("hours_max", "-1"),
        ("available_from", "31-02-2026"), ("driving_licence", "soms"),
        ("transport", "raket"), ("max_travel_km", "0"),
        ("restrictions", "geen"), ("consent", "misschien"),
        ("consent", ""), ("status", "weg"), ("phone", "abc"),
        ("email", "x"), ("phone", "123456782")],
    ("employer", emp, "employers"): [
        ("name", ""), ("postcode", "12"), ("partner", "NOPE"),
        ("ref", "x" * 65), ("sector", ESC)],
}
required = {
    "vacancy": ["ref", "partner", "employer", "title", "occupation",
                "postcode"],
    "candidate": ["ref", "partner", "first_name", "last_name", "postcode",
                  "target_group", "consent"],
    "employer": ["name", "postcode"],
}
n = 0
for (kind, key, ikind), bads in cases.items():
    base = show(kind, key)
    for field, bad in bads:
        cols = required[kind] + ([field] if field not in required[kind]
                                 else [])
        want = imported(ikind, base, cols, field, bad)
        assert want.startswith(field + ": ") or \
            want.split(": ")[0] in ("row",), (field, want)
        rc, out, err = run(kind, "edit", key, field + "=" + bad)
        assert rc == 1, (kind, field, bad, rc, out, err)
        got = err.strip()
        assert got == "werkbank: " + want, (kind, field, repr(got), want)
        n += 1
# nothing was stored by any of them
assert n > 40, n
PY

wb --db d.db candidate edit "$C" hours_min=50 consent=misschien consultant=nobody
expect_rc "several bad fields: exit 1" 1
expect_err "... all named in one message" "hours_min: $(msgf_re '%s is outside %s to %s' 50 0 48).*consent: $(msg_re "'%s' is not one of the choices: %s").*consultant: $(msgf_re "'%s' is not a werkbank user; ask the coordinator" nobody)"
wb --db d.db vacancy edit "$V" status=vervuld
expect_rc "status is not edited" 1
expect_err "... the lifecycle commands say how" "status: $(msg_re 'changes with werkbank vacancy hold, reopen or withdraw, and the pipeline')"
wb --db d.db vacancy edit "$V" ref=X
expect_rc "the key cannot change" 1
expect_err "... saying so" "ref: $(msg_re "part of the record's key: it cannot be changed")"
wb --db d.db vacancy edit "$V" colour=blue
expect_rc "an unknown field exits 1" 1
expect_err "... naming it" "colour: $(msg_re 'not a field (the fields are those show lists)')"
wb --db d.db vacancy edit "$V" title
expect_rc "a value without = is a usage error" 2
wb --db d.db vacancy edit "$V"
expect_rc "no FIELD=VALUE is a usage error" 2
wb --db d.db vacancy paint "$V"
expect_rc "an unknown subcommand is a usage error" 2
expect_eq "nothing was changed by the refused edits" "$(vq v.version "$V")" 1

# ---- edits that pass ----

wb --db d.db vacancy edit "$V" title="Kok in de keuken" hours_max=38,5 uren_min=20
expect_rc "an edit with good values" 0
expect_out "... names the fields it changed, as they were typed, and the new version" \
    "$(msgf_re 'updated %s: %s (version %lld)\n' "$V" "title, uren_min, hours_max" 2)"
expect_eq "... stored normalized" "$(vq "v.title || '|' || v.hours_min || '|' || v.hours_max" "$V")" \
    "Kok in de keuken|20.0|38.5"
wb --db d.db vacancy edit "$V" title="Kok in de keuken"
expect_out "the same value again changes nothing" "$(msgf_re '%s: nothing changed (version %lld)\n' "$V" 2)"
expect_eq "... and keeps the version" "$(vq v.version "$V")" 2
expect_eq "the edit is in the audit log" "$(q "SELECT login || ' ' || action || ' ' || detail
    FROM audit_log WHERE record_type = 'vacancy' ORDER BY id DESC LIMIT 1")" \
    "$ME update fields=title,hours_min,hours_max"

# ---- stale: the version read is not the row's any more ----

wb --db d.db vacancy edit "$V" --version 1 positions=2
expect_rc "an edit of version 1 when it is at 2 is refused" 1
expect_err "... naming who changed what and when, in local time" \
    "$(msgf_re '%s was changed by %s at %s (%s) since you read it; read it again and redo your change' "$V" "$ME" @T "$(msg 'changed: ')title, hours_min, hours_max" | sed 's/@T/20[0-9-]+ [0-9:]+/')"
expect_eq "... and nothing changed" "$(vq v.positions "$V")" 1
wb --db d.db vacancy edit "$V" --version 2 positions=2
expect_rc "an edit of the current version passes" 0
wb --db d.db vacancy edit "$V" --version x positions=2
expect_rc "a bad --version is a usage error" 2

# ---- the occupation by a Dutch job title ----

wb --db d.db occupation kok
expect_rc "occupation kok" 0
expect_eq "... the best suggestion is 5120" "$(sed -n 2p "$OUT" | awk '{print $1, $2}')" "5120 kok"
wb --db d.db occupation heftruckchauffeur --csv
expect_out "occupation heftruckchauffeur: 8344" "^8344,heftruckchauffeur,title,"
wb --db d.db occupation xyzzyq
expect_rc "an unknown title exits 1" 1
wb --db d.db vacancy edit "$V" occupation=heftruckchauffeur
expect_rc "occupation given as a Dutch title" 0
expect_eq "... stored as its ISCO code" "$(vq v.isco_code "$V")" 8344
wb --db d.db vacancy edit "$V" occupation=medewerker
expect_rc "an ambiguous title is refused" 1
expect_err "... naming the choices" "occupation: $(msgf_re "'%s' may mean several occupations: %s; give a more specific job title or the ISCO-08 code" medewerker @X | sed 's/@X.*/9329 .*/')"
wb --db d.db candidate edit "$C" occupations='kok:3|9333'
expect_rc "a candidate's occupations by title and code" 0
wb --db d.db candidate show "$C"
expect_out "... stored as codes with years, shown without .0" "^$(msgf_re Occupations) +.*\(5120\):3 \| .*\(9333\)$"
expect_eq "showing a candidate is audited" "$(q "SELECT action FROM audit_log
    WHERE record_type = 'candidate' ORDER BY id DESC LIMIT 1")" view

# ---- adding ----

wb --db d.db vacancy add ref=T-1 employer="Bakkerij De Vries" title=Bakker \
    occupation=7512 postcode="7941 AB" positions=2 deadline=2026-11-30
expect_rc "vacancy add" 0
expect_out "... with its key" "$(msgf_re 'created %s %s (version %lld)\n' vacancy "$MYP/T-1" 1)"
expect_eq "... open, collected today, a new employer" \
    "$(vq "v.status || ' ' || v.collected_on || ' ' || (SELECT name FROM employer WHERE id = v.employer_id)" "$MYP/T-1")" \
    "open 2026-11-23 Bakkerij De Vries"
wb --db d.db vacancy add ref=T-1 employer=X title=Y occupation=7512 postcode=7941
expect_rc "adding an existing key is refused" 1
expect_err "... saying so" "$(msg_re 'a record with this key exists already; edit it instead')"
wb --db d.db vacancy add ref=T-2 title=Bakker
expect_rc "adding without the required fields" 1
R=$(msg_re required)
expect_err "... names each" "employer: $R; occupation: $R; postcode: $R"
wb --db d.db candidate add ref=T-9 partner="$MYP" first_name=Piet last_name=Post \
    postcode=7941 target_group=ww consent=ja
expect_rc "candidate add for my partner" 0
OTHER=$(q "SELECT code FROM partner WHERE code <> '$MYP' ORDER BY id LIMIT 1")
wb --db d.db candidate add ref=T-9 partner="$OTHER" first_name=Piet last_name=Post \
    postcode=7941 target_group=ww consent=ja
expect_rc "candidate add for another partner is refused" 1

# ---- visibility and rights ----

wb --db d.db candidate edit "$HIDDEN" phone=0612345678
expect_rc "a hidden candidate cannot be edited" 1
expect_err "... it is not found" "$(msgf_re "no candidate '%s'" "$HIDDEN")"
wb --db d.db candidate show "$HIDDEN"
expect_rc "... nor shown" 1
q "UPDATE app_user SET role = 'viewer' WHERE login = '$ME'"
wb --db d.db vacancy edit "$V" positions=3
expect_rc "a viewer cannot edit a vacancy" 1
expect_err "... told why" "$(msgf_re '%s is a viewer: viewers change nothing' "$ME")"
wb --db d.db candidate edit "$C" phone=0612345678
expect_rc "... nor a candidate" 1
wb --db d.db vacancy hold "$V"
expect_rc "... nor hold a vacancy" 1
wb --db d.db employer edit "$E" sector=bouw
expect_rc "... nor edit an employer" 1
wb --db d.db vacancy show "$V"
expect_rc "a viewer may read" 0
q "UPDATE app_user SET role = 'recruiter' WHERE login = '$ME'"
wb --db d.db vacancy edit "$V" positions=3
expect_rc "a recruiter cannot edit vacancies" 1
wb --db d.db candidate edit "$C" phone=0612345678
expect_rc "a recruiter edits candidates" 0
q "UPDATE app_user SET role = 'coordinator' WHERE login = '$ME'"

# ---- the lifecycle ----

wb --db d.db vacancy reopen "$V"
expect_rc "reopening an open vacancy is refused" 1
expect_err "... naming what may follow" "$(msgf_re '%s is %s: it cannot %s (what may follow: %s)' "$V" "$(msgc vacancy_status open)" reopen "hold, withdraw")"
wb --db d.db vacancy hold "$V" --note "werkgever met vakantie"
expect_rc "hold" 0
expect_out "... open -> on hold, in words" "$V: $(msgc vacancy_status open) -> $(msgc vacancy_status 'on hold')"
expect_eq "... with its note in the audit log" "$(q "SELECT detail FROM audit_log
    WHERE record_type = 'vacancy' ORDER BY id DESC LIMIT 1")" "status=on_hold note=werkgever met vakantie"
wb --db d.db vacancy hold "$V"
expect_rc "holding twice is refused" 1
expect_err "... naming what may follow" "$(msgf_re '%s is %s: it cannot %s (what may follow: %s)' "$V" "$(msgc vacancy_status 'on hold')" hold "reopen, withdraw")"
VER=$(vq v.version "$V")
wb --db d.db vacancy reopen "$V" --version "$VER"
expect_rc "reopen" 0
wb --db d.db vacancy withdraw "$V" --version "$VER"
expect_rc "withdraw on a stale version is refused" 1
expect_err "... naming the other change" "$(msgf_re '%s was changed by %s at %s (%s) since you read it; it is now %s' "$V" "$ME" @T "$(msgf_re 'status %s' "$(msgc vacancy_status open)")" "$(msgc vacancy_status open)" | sed 's/@T/.*/')"
wb --db d.db vacancy withdraw "$V" --note "ingevuld door uitzendbureau"
expect_rc "withdraw" 0
expect_eq "... ingetrokken, closed today" "$(vq "v.status || ' ' || v.closed_on" "$V")" "ingetrokken 2026-11-23"
wb --db d.db vacancy reopen "$V"
expect_rc "a withdrawn vacancy is final" 1
expect_err "... saying so" "$(msg_re 'none: it is final')"
wb --db d.db vacancy hold NOPE/X
expect_rc "an unknown vacancy" 1

# ---- expiry at the deadline ----

T1="$MYP/T-1"
WERKBANK_TODAY=2026-11-30 wb --db d.db vacancy show "$T1"
expect_out "on its deadline the vacancy is still open" "^$(msgf_re Status) +$(msgc vacancy_status open)$"
wb --db d.db vacancy hold "$T1"
WERKBANK_TODAY=2026-12-01 wb --db d.db vacancy show "$T1"
expect_out "the day after, opening the database expires it" "^$(msgf_re Status) +$(msgc vacancy_status expired)$"
expect_eq "... closed on its deadline" "$(vq v.closed_on "$T1")" 2026-11-30
expect_eq "... by a system audit row" "$(q "SELECT login || ' ' || action || ' ' || detail FROM audit_log
    WHERE record_type = 'vacancy' ORDER BY id DESC LIMIT 1")" "(system) update status=verlopen deadline=2026-11-30"
expect_eq "... only vacancies past their deadline" "$(q "SELECT count(*) FROM vacancy
    WHERE status = 'verlopen' AND deadline >= '2026-12-01'")" 0
expect_eq "... each with its audit row" "$(q "SELECT count(*) FROM audit_log
    WHERE login = '(system)'")" "$(q "SELECT count(*) FROM vacancy WHERE status = 'verlopen'
    AND closed_on BETWEEN '2026-11-23' AND '2026-11-30'")"
WERKBANK_TODAY=2026-12-01 wb --db d.db vacancy reopen "$T1"
expect_rc "an expired vacancy stays expired" 1

# ---- employers ----

wb --db d.db employer "$E"
expect_rc "employer KEY shows it" 0
expect_out "... its vacancies" "^$(msg_re '\nvacancies (%zu):\n' | sed 's/\.\*/[1-9][0-9]*/')"
expect_out "... its placements" "^$(msg_re '\nplacements (%zu):\n' | sed 's/\.\*/[1-9][0-9]*/')"
expect_out "... its ratings" "^$(msg_re '\nratings (%zu):\n' | sed 's/\.\*/[1-9][0-9]*/')"
wb --db d.db employer edit "$E" account_manager="$REC"
expect_rc "a recruiter cannot be an employer's account manager" 1
expect_err "... saying so" "account_manager: $(msgf_re '%s is a %s, not an account manager' "$REC" "$(msgc role recruiter)")"
wb --db d.db employer edit "$E" account_manager="$AM"
expect_rc "one account manager per employer" 0
wb --db d.db employer show "$E"
expect_out "... shown with the employer" "^$(msgf_re 'Account manager') +$AM$"
wb --db d.db employers --csv
expect_out "employers lists it with its account manager" "^$E,.*,$AM,"
wb --db d.db employer add name="Bakkerij  de vries" postcode=7941
expect_rc "name + postcode is the employer's key" 1
wb --db d.db employer edit "Bakkerij De Vries@7941" name="Bakkerij De Vries & Zn"
expect_rc "renaming an employer" 0
wb --db d.db employer "Bakkerij De Vries & Zn@7941"
expect_out "... found by its new name, with its vacancy" "$MYP/T-1"
wb --db d.db employer nobody
expect_rc "a malformed employer key" 1

# walk/ref-with-partner: a reference typed as the screens show keys
# (UWV/V2026-090) was stored as UWV/UWV/V2026-090.  Refused with the
# reference without it; a '/' of the partner's own numbering stays.
nv=$(sqlite3 d.db "SELECT count(*) FROM vacancy")
wb --db d.db vacancy add ref="$MYP/V2026-090" employer="Bakkerij De Vries & Zn" \
    postcode=7941 title=Bakker occupation=7512
expect_rc "walk/ref-with-partner: refused" 1
expect_err "... naming the reference without the partner" \
    "$(msgf_re '%s: %s' ref "$(msgf_re 'give the reference without the partner in front (%s, not %s): the partner is a field of its own' V2026-090 "$MYP/V2026-090")" | sed 's/\\\\//g')"
expect_eq "... nothing stored" "$(sqlite3 d.db "SELECT count(*) FROM vacancy")" "$nv"
wb --db d.db vacancy add ref=2026/091 employer="Bakkerij De Vries & Zn" \
    postcode=7941 title=Bakker occupation=7512
expect_rc "... a partner's own numbering with '/' is kept" 0

finish
