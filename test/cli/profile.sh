# test/cli/profile.sh: `werkbank profile`, the candidate profile for an
# employer.  On a copy of the demo: the profiles of the best 50 of
# several vacancies and of a candidate of every target group, with and
# without consent, as PDF and as text, read back (pdftotext) page by page
# and checked to hold none of the person's first or last name, phone,
# e-mail, postcode or place, target group, benefit, partner (code or
# name) or key, and to hold the occupation, the hours and the Dutch
# level; --named refused without consent and in meeting mode; every
# profile an audit row and a share (the pipeline's note); the file 0600;
# the profile number stable; usage errors.  Then a golden test: one
# profile made on a fresh database, in text, in Dutch and in English
# (test/cli/golden/profile.*.txt), and Markdown escaping data.
. "$WB_ROOT/test/lib.sh"

need_demo "profiles on the demo" || finish
for tool in sqlite3 pdftotext pdfinfo; do
	if ! command -v $tool >/dev/null 2>&1; then
		# .ci/deps installs them: a machine without is not set up.
		not_ok "profiles on the demo" "no $tool (poppler-utils, sqlite3: sh .ci/deps)"
		finish
	fi
done
ME=$(id -un)
cp_db "$WB_DEMO" d.db && chmod 0660 d.db
q() { sqlite3 d.db "$1"; }
umask 022

# Our own contact, so that the profiles' contact block is known text.
wb --db d.db user edit "$ME" --name "Wilma Contactpersoon" --phone 06-11112222 \
    --email wilma@werkgeversteam.example
expect_rc "the writer's work phone and e-mail" 0

# Vacancies to profile for: open ones with a fair number of candidates,
# of different kinds (a licence, demands, a minimum level, skills).
VACS=$(q "SELECT p.code || '/' || v.ref FROM vacancy v JOIN partner p ON p.id = v.partner_id
    WHERE v.status = 'open' ORDER BY
    (v.driving_licence = 1) DESC, v.id LIMIT 1;
    SELECT p.code || '/' || v.ref FROM vacancy v JOIN partner p ON p.id = v.partner_id
    WHERE v.status = 'open' AND EXISTS (SELECT 1 FROM vacancy_demand d WHERE d.vacancy_id = v.id)
    ORDER BY v.id LIMIT 1;
    SELECT p.code || '/' || v.ref FROM vacancy v JOIN partner p ON p.id = v.partner_id
    WHERE v.status = 'open' AND v.education_min IS NOT NULL AND v.dutch_level_min IS NOT NULL
    ORDER BY v.id DESC LIMIT 1")
set -- $VACS
V1=$1

# ---- the best 50 of each vacancy, PDF and text, read back ----

n=0
for V in $VACS; do
	n=$((n + 1))
	wb --db d.db match "$V" --top 50 --csv
	cut -d, -f2 "$OUT" | sed 1d >"top$n.keys"
	wb --db d.db profile --for "$V" --top 50 -o "top$n.pdf"
	expect_rc "profile --for $V --top 50 (PDF)" 0
	expect_eq "... one page per candidate ranked" \
	    "$(pdfinfo "top$n.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')" "$(wc -l <"top$n.keys" | tr -d ' ')"
	i=1
	while [ "$i" -le "$(wc -l <"top$n.keys")" ]; do
		pdftotext -enc UTF-8 -f "$i" -l "$i" "top$n.pdf" "top$n.p$i.txt"
		i=$((i + 1))
	done
	wb --db d.db profile --for "$V" --top 50 -o "top$n.txt"
	expect_rc "profile --for $V --top 50 (text)" 0
	echo "$V" >"top$n.vacancy"
done

# One candidate of every target group, with and without consent (of our
# own partner: others' are not ours to see), with restrictions where
# there are: alone, for the first vacancy.
SINGLES=$(q "SELECT k FROM (SELECT p.code || '/' || c.ref AS k, row_number() OVER
    (PARTITION BY c.target_group, c.consent, EXISTS (SELECT 1 FROM candidate_restriction r
    WHERE r.candidate_id = c.id) ORDER BY c.id) AS n FROM candidate c
    JOIN partner p ON p.id = c.partner_id WHERE c.consent = 1 OR c.partner_id =
    (SELECT partner_id FROM app_user WHERE login = '$ME')) WHERE n = 1 ORDER BY k")
: >singles.keys
for C in $SINGLES; do
	wb --db d.db profile "$C" --for "$V1" -o "one.pdf"
	[ "$rc" -eq 0 ] || { not_ok "profile $C --for $V1" "exit $rc: $(_excerpt "$ERR")"; continue; }
	k=$(wc -l <singles.keys | tr -d ' ')
	k=$((k + 1))
	pdftotext -enc UTF-8 one.pdf "single$k.pdf.txt"
	wb --db d.db profile "$C" --for "$V1"
	cp "$OUT" "single$k.txt"
	echo "$C" >>singles.keys
done
expect_eq "a profile of a candidate of every group, with and without consent" \
    "$(wc -l <singles.keys | tr -d ' ')" "$(echo $SINGLES | wc -w | tr -d ' ')"

check_py "no profile holds the person's data; each has the occupation, hours and Dutch level" \
    d.db "$WB" "$WB_ROOT" <<'PY'
import csv, glob, json, os, re, sqlite3, subprocess, sys
db, wb, root = sys.argv[1:4]
con = sqlite3.connect(db)

def words(set_):
    p = subprocess.run([wb, "words", set_, "--json"], capture_output=True,
                       text=True, stdin=subprocess.DEVNULL)
    return {r["code"]: r["word"] for r in json.loads(p.stdout)}
groups = words("target_group")
# The everyday Dutch job titles (the first listed for a unit group).
titles = {}
with open(os.path.join(root, "fixtures/reference/job_titles_nl.csv")) as f:
    for r in csv.DictReader(f):
        if "|" not in r["isco08"]:
            titles.setdefault(r["isco08"], r["title"])

def norm(s):
    return re.sub(r"\s+", " ", s)

def has(text, phrase):
    """phrase as whole words, any case, blanks as any white space."""
    pat = r"(?<!\w)" + r"\s+".join(map(re.escape, phrase.split())) + r"(?!\w)"
    return re.search(pat, text, re.I) is not None

def num(x):
    s = ("%.1f" % x).rstrip("0").rstrip(".")
    return s.replace(".", ",") if dutch else s

def person(key):
    partner, ref = key.split("/", 1)
    r = con.execute("""SELECT c.id, c.first_name, c.last_name, c.phone, c.email,
        c.pc4, p4.place, c.target_group, p.code, p.name, c.ref, c.hours_min,
        c.hours_max, c.dutch_level FROM candidate c JOIN partner p ON p.id = c.partner_id
        JOIN pc4 p4 ON p4.code = c.pc4 WHERE p.code = ? AND c.ref = ?""",
        (partner, ref)).fetchone()
    occ = [o[0] for o in con.execute("""SELECT isco_code FROM candidate_occupation
        WHERE candidate_id = ? ORDER BY coalesce(years, -1) DESC, isco_code""", (r[0],))]
    skills = [s[0] for s in con.execute(
        "SELECT skill FROM candidate_skill WHERE candidate_id = ?", (r[0],))]
    return r, occ, skills

def vacancy_words(key):
    partner, ref = key.split("/", 1)
    return " ".join(con.execute("""SELECT v.title || ' ' || e.name || ' ' || p4.place
        FROM vacancy v JOIN partner p ON p.id = v.partner_id JOIN employer e
        ON e.id = v.employer_id JOIN pc4 p4 ON p4.code = v.pc4
        WHERE p.code = ? AND v.ref = ?""", (partner, ref)).fetchone())

dutch = None
checked = 0
def check(key, text, what, vac):
    global dutch, checked
    text = norm(text)
    if dutch is None:
        dutch = "Kandidaatprofiel" in text
    assert ("Kandidaatprofiel" in text) == dutch, (what, "language")
    r, occ, skills = person(key)
    cid, first, last, phone, email, pc4, place, group, pcode, pname, ref, \
        hmin, hmax, cefr = r
    ititles = []
    for code in occ:
        t = con.execute("SELECT title_nl, title_en FROM isco_group WHERE code = ?",
                        (code,)).fetchone()
        ititles += [t[0], t[1], titles.get(code, "")]
    # Words the profile may hold for other reasons than the person: a
    # surname Bakker beside the occupation bakker is no leak.
    legit = norm(" ".join(ititles + skills + [vac, "Wilma Contactpersoon",
                 "wilma@werkgeversteam.example"]))
    for w in [first, last]:
        for part in [w] + ([] if " " not in w else [w.split()[-1]]):
            if not has(legit, part):
                assert not has(text, part), (what, key, "name", part)
    assert not has(text, first + " " + last), (what, key, "full name")
    if phone:
        assert phone not in text, (what, key, "phone")
        assert re.sub(r"\D", "", phone) not in re.sub(r"\D", "", text.replace(
            "06-11112222", "")), (what, key, "phone digits")
    if email:
        assert email.lower() not in text.lower(), (what, key, "e-mail")
    assert not has(text, pc4), (what, key, "postcode")
    if not has(legit, place):
        assert not has(text, place), (what, key, "place", place)
    for g in [group, groups[group]]:
        if not has(legit, g):
            assert not has(text, g), (what, key, "target group", g)
    for b in ["uitkering", "benefit", "doelgroep", "target group"]:
        assert not has(text, b), (what, key, "benefit", b)
    assert not has(text, pcode), (what, key, "partner code")
    if not has(legit, pname):
        assert not has(text, pname), (what, key, "partner name")
    assert ref not in text and key not in text, (what, key, "key")
    # What must be there.
    if occ:
        assert any(t and has(text, t) for t in ititles), (what, key, "occupation", ititles)
    if hmin is not None and hmax is not None:
        want = "%s %s %s %s" % (num(hmin), "tot" if dutch else "to", num(hmax),
                                "uur" if dutch else "hours") if hmin != hmax else \
            "%s %s" % (num(hmin), "uur" if dutch else "hours")
        assert has(text, want), (what, key, "hours", want)
    if cefr:
        assert "(%s)" % cefr in text, (what, key, "Dutch level", cefr)
    checked += 1

for keys in sorted(glob.glob("top*.keys")):
    n = keys[3:-5]
    vac = vacancy_words(open("top%s.vacancy" % n).read().strip())
    klist = open(keys).read().split()
    assert klist, keys
    texts = open("top%s.txt" % n, encoding="utf-8").read().split("\n" + "=" * 72 + "\n")
    assert len(texts) == len(klist), (keys, len(texts), len(klist))
    for i, key in enumerate(klist):
        check(key, open("top%s.p%d.txt" % (n, i + 1), encoding="utf-8").read(),
              "PDF page %d of top%s" % (i + 1, n), vac)
        check(key, texts[i], "text %d of top%s" % (i + 1, n), vac)
vac = vacancy_words(open("top1.vacancy").read().strip())
for i, key in enumerate(open("singles.keys").read().split()):
    check(key, open("single%d.pdf.txt" % (i + 1), encoding="utf-8").read(), "PDF " + key, vac)
    check(key, open("single%d.txt" % (i + 1), encoding="utf-8").read(), "text " + key, vac)
assert checked >= 100, checked
print(checked, "profiles checked")
PY

# ---- named, consent, meeting mode ----

NOCONS=$(q "SELECT p.code || '/' || c.ref FROM candidate c JOIN partner p ON p.id = c.partner_id
    WHERE c.consent = 0 AND c.partner_id = (SELECT partner_id FROM app_user WHERE login = '$ME')
    ORDER BY c.id LIMIT 1")
CONS=$(q "SELECT p.code || '/' || c.ref FROM candidate c JOIN partner p ON p.id = c.partner_id
    WHERE c.consent = 1 AND EXISTS (SELECT 1 FROM candidate_occupation o WHERE o.candidate_id = c.id)
    ORDER BY c.id LIMIT 1")
cname=$(q "SELECT first_name || ' ' || last_name FROM candidate c JOIN partner p ON p.id = c.partner_id
    WHERE p.code || '/' || c.ref = '$CONS'")
audits=$(q "SELECT count(*) FROM audit_log")
shares=$(q "SELECT count(*) FROM profile_share")
wb --db d.db profile "$NOCONS" --named -o named.pdf
expect_rc "--named without the candidate's consent exits 1" 1
expect_err "... saying why" "$(msgf_re '%s has not consented to share their details: a profile of them can only be anonymous' "$NOCONS")"
expect_no_file "... and writes no file" named.pdf
expect_eq "... nor records a share or an audit row" \
    "$(q "SELECT count(*) FROM audit_log") $(q "SELECT count(*) FROM profile_share")" "$audits $shares"
wb --db d.db --meeting profile "$CONS" --named -o named.pdf
expect_rc "--named in meeting mode exits 1, even with consent" 1
expect_err "... saying why" "$(msg_re 'in meeting mode a profile is written without the name; leave meeting mode for a named one')"
expect_no_file "... and writes no file" named.pdf
wb --db d.db --meeting profile "$CONS" -o meeting.pdf
expect_rc "in meeting mode the anonymous profile is written" 0
pdftotext -enc UTF-8 meeting.pdf meeting.txt
check "... without the name" sh -c "! grep -q -F '$cname' meeting.txt"
wb --db d.db profile "$CONS" --named -o named.pdf
expect_rc "--named with consent" 0
pdftotext -enc UTF-8 named.pdf named.txt
check "... holds the name" grep -q -F "$cname" named.txt

# ---- the record: audit rows, shares, the file ----

expect_eq "the file is 0600" "$(file_mode named.pdf)" 600
expect_eq "every profile written is an audit row" \
    "$(q "SELECT count(*) FROM audit_log WHERE action = 'export' AND record_type = 'candidate'
    AND detail LIKE '%\"kind\":\"profile\"%'")" "$(q "SELECT count(*) FROM profile_share")"
cid=$(q "SELECT c.id FROM candidate c JOIN partner p ON p.id = c.partner_id WHERE p.code || '/' || c.ref = '$CONS'")
expect_eq "... of the candidate, named as asked" \
    "$(q "SELECT detail FROM audit_log WHERE record_type = 'candidate' AND record_id = $cid ORDER BY id DESC LIMIT 1")" \
    "$(q "SELECT '{\"kind\":\"profile\",\"profile\":' || number || ',\"named\":1,\"format\":\"pdf\"}' FROM candidate_profile WHERE candidate_id = $cid")"
vid=$(q "SELECT v.id FROM vacancy v JOIN partner p ON p.id = v.partner_id WHERE p.code || '/' || v.ref = '$V1'")
expect_eq "a profile for a vacancy (PDF and text) is shared with its employer, by the writer" \
    "$(q "SELECT count(*) FROM profile_share s JOIN vacancy v ON v.id = s.vacancy_id
    JOIN app_user u ON u.id = s.by_user_id WHERE s.vacancy_id = $vid
    AND s.employer_id = v.employer_id AND u.login = '$ME' AND s.shared_on = '2026-11-23'")" \
    "$((2 * $(wc -l <top1.keys) + 2 * $(wc -l <singles.keys)))"
wb --db d.db audit verify
expect_rc "the audit chain verifies" 0
expect_eq "a candidate's profile number stays theirs" \
    "$(q "SELECT count(DISTINCT number) FROM profile_share WHERE candidate_id = $cid")" 1
people=$(q "SELECT count(DISTINCT candidate_id) FROM profile_share")
expect_eq "... one number per candidate, from 1001 on, none skipped or twice" \
    "$(q "SELECT min(number) || ' ' || max(number) || ' ' || count(DISTINCT number) FROM candidate_profile")" \
    "1001 $((1000 + people)) $people"
num=$(q "SELECT number FROM candidate_profile WHERE candidate_id = $cid")
check "... and it is on the profile" grep -q "$num" named.txt
wb --db d.db profile "$CONS" --for "$V1" -o for-v1.txt
wb --db d.db candidate show "$num"
expect_rc "candidate show takes the profile number an employer quotes" 0
expect_out "... and shows that candidate" "^$(msgf_re Reference) +${CONS#*/}$"
expect_out "... with the number" "^$(msgf_re Profile) +$num$"
emp=$(q "SELECT e.name FROM vacancy v JOIN employer e ON e.id = v.employer_id WHERE v.id = $vid")
expect_out "... and the profiles written: for whom, by whom" \
    "^  2026-11-23  $(msgf_re 'profile %lld shared with %s by %s%s' "$num" "$emp" "Wilma Contactpersoon" "")"
wb --db d.db candidate show 99999
expect_rc "a profile number nobody has exits 1" 1
expect_err "... saying so" "$(msgf_re 'no profile %s' 99999)"
wb --db d.db profile "$num" -o again.txt
expect_rc "profile takes the profile number too" 0
expect_eq "... the same candidate's" \
    "$(q "SELECT count(*) FROM profile_share WHERE candidate_id = $cid AND format = 'text' AND vacancy_id IS NULL")" 1
wb --db d.db profile "$CONS"
expect_rc "a profile to standard output" 0
expect_out "... as text" "$(msgf_re 'Profile %lld' "$num")"
expect_err "... saying which" "$(msgf_re 'profile %lld (%s) written' "$num" "$(msg anonymous)")"

# A file that cannot be written: nothing recorded.
audits=$(q "SELECT count(*) FROM audit_log")
wb --db d.db profile "$CONS" -o nowhere/p.pdf
expect_rc "a file that cannot be made exits 1" 1
expect_eq "... and records nothing" "$(q "SELECT count(*) FROM audit_log")" "$audits"
ls nowhere* >/dev/null 2>&1 && not_ok "... and leaves nothing" "$(ls nowhere*)" || ok "... and leaves nothing"

# A candidate one may not see is not there.
HIDDEN=$(q "SELECT p.code || '/' || c.ref FROM candidate c JOIN partner p ON p.id = c.partner_id
    WHERE c.consent = 0 AND c.partner_id <> (SELECT partner_id FROM app_user WHERE login = '$ME')
    ORDER BY c.id LIMIT 1")
wb --db d.db profile "$HIDDEN"
expect_rc "another partner's candidate without consent is not found" 1
expect_err "... as not there" "$(msgf_re "no %s '%s'" "$(msg candidate)" "$HIDDEN")"

# ---- usage ----

wb --db d.db profile --top 3 -o x.pdf
expect_rc "--top without --for is a usage error" 2
wb --db d.db profile "$CONS" --for "$V1" --top 3
expect_rc "--top with a candidate is a usage error" 2
wb --db d.db profile "$CONS" --format word
expect_rc "an unknown --format is a usage error" 2
wb --db d.db profile "$CONS" --for "$V1" --top 0
expect_rc "--top 0 is a usage error" 2
wb --db d.db profile NOPE/X-1
expect_rc "an unknown candidate exits 1" 1
wb --db d.db profile "$CONS" -o p.md
expect_rc "-o FILE.md writes Markdown" 0
check "... a Markdown heading" grep -q '^# ' p.md
wb --db d.db profile "$CONS" -o p.txt --format pdf
expect_rc "--format over the extension" 0
check "... a PDF" sh -c "head -c 5 p.txt | grep -q '%PDF-'"

# ---- golden: one profile on a fresh database, Dutch and English ----

new_db g.db
wb --db g.db import partners "$WB_ROOT/fixtures/csv/partners.csv"
wb --db g.db user add "$ME" --partner STW --role coordinator --name "Anna Wessels" \
    --phone 06-12345678 --email anna.wessels@werkgeversteam.example
wb --db g.db employer add name="Bakkerij De Vries" postcode=7941 partner=MEP ref=R-1 sector=voeding
wb --db g.db vacancy add ref=V2026-001 partner=MEP employer="Bakkerij De Vries" \
    title="Medewerker bakkerij" occupation=7512 postcode=7941 hours_min=24 hours_max=32 \
    education_min=mbo2 dutch_level_min=A2 "skills=hygiëne|deeg maken" \
    "demands=nachtdienst|zwaar_tillen" start_date=2026-12-14 collected_on=2026-11-16
wb --db g.db candidate add ref=K-0412 partner=STW first_name=Fatima last_name="El Amrani" \
    postcode=8331 target_group=bijstand consent=ja "occupations=7512:4|5223:1,5" \
    "skills=deeg maken|kassa" education=mbo1 dutch_level=B1 hours_min=20 hours_max=32 \
    available_from=2026-12-01 driving_licence=nee "transport=fiets|ov" max_travel_km=25 \
    restrictions=geen_nachtdienst phone=0612345670 email=fatima@example.org
expect_rc "golden: a candidate on a fresh database" 0
LANG=C.UTF-8 LC_ALL= wb --db g.db profile STW/K-0412 --for MEP/V2026-001
expect_rc "golden: the profile in English" 0
if cmp -s "$OUT" "$WB_ROOT/test/cli/golden/profile.en.txt"; then
	ok "golden: as test/cli/golden/profile.en.txt"
else
	not_ok "golden: as test/cli/golden/profile.en.txt" \
	    "$(diff "$WB_ROOT/test/cli/golden/profile.en.txt" "$OUT" | head -n 8 | tr '\n' '|')"
fi
if dutch_locale; then
	LANG=$NL_LANG LC_ALL= wb --db g.db profile STW/K-0412 --for MEP/V2026-001
	expect_rc "golden: the profile in Dutch" 0
	if cmp -s "$OUT" "$WB_ROOT/test/cli/golden/profile.nl.txt"; then
		ok "golden: as test/cli/golden/profile.nl.txt"
	else
		not_ok "golden: as test/cli/golden/profile.nl.txt" \
		    "$(diff "$WB_ROOT/test/cli/golden/profile.nl.txt" "$OUT" | head -n 8 | tr '\n' '|')"
	fi
else
	skip "golden: the profile in Dutch" "no nl_NL.UTF-8 locale"
fi

# Markdown: data cannot become markup.
wb --db g.db candidate edit STW/K-0412 "skills=*vet*|[link](x)"
wb --db g.db profile STW/K-0412 --format markdown
expect_rc "Markdown of data with markup characters" 0
expect_out "... escaped" '\\\*vet\\\*'
expect_out "... the brackets too" '\\\[link\\\]\(x\)'

# walk/hours-touch: 16 to 24 hours sought and 24 to 38 offered met at one
# hour and the profile said "the hours fit"; that is a point to talk about.
# A real overlap, or one range inside the other, still fits.  (The
# profile's lines wrap: the first line of each point is matched.)
hours_said() {	# CAND_MIN CAND_MAX VAC_MIN VAC_MAX
	sqlite3 -batch d.db "UPDATE candidate SET hours_min = $1, hours_max = $2
	    WHERE partner_id || '/' || ref = (SELECT p.id || '/' || c.ref FROM candidate c
	    JOIN partner p ON p.id = c.partner_id WHERE p.code || '/' || c.ref = '$CONS');
	    UPDATE vacancy SET hours_min = $3, hours_max = $4 WHERE id = $vid"
	wb --db d.db profile "$CONS" --for "$V1"
}
hours_said 16 24 24 38
expect_out "walk/hours-touch: one hour in common is to talk about" \
    "^  - $(msg_re 'hours: the candidate looks for %s, you offer %s' | sed 's/, .*//')"
expect_no_out "walk/hours-touch: ... not a fit" "^  - $(msg_re 'the hours fit: the candidate looks for %s, you offer %s' | sed 's/, .*//')"
hours_said 20 32 24 38
expect_out "walk/hours-touch: eight hours in common fit" \
    "^  - $(msg_re 'the hours fit: the candidate looks for %s, you offer %s' | sed 's/, .*//')"
hours_said 16 40 32 32
expect_out "walk/hours-touch: the offer inside the range sought fits" \
    "^  - $(msg_re 'the hours fit: the candidate looks for %s, you offer %s' | sed 's/, .*//')"
finish
