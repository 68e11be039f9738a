# test/cli/import.sh: `werkbank import` and `export` against the files in
# fixtures/csv/ (csv.md): encodings, delimiters, line numbers, every kind
# of reject, BSN, hostile text, --dry-run, --strict, exit codes, the
# round trip, the audit log and an import killed half way.
. "$WB_ROOT/test/lib.sh"

F=$WB_ROOT/fixtures/csv
q() { sqlite3 -batch -noheader db.db "$1"; }
new_db db.db || exit 1
for f in "$F"/*.csv; do cp "$f" .; done

wb --db db.db import partners partners.csv
expect_rc "partners: all stored, exit 0" 0
expect_err "partners: summary line" "^$(msgf_re "$(msgn '%s: %ld row, ' '%s: %ld rows, ' 7)" partners.csv 7)$(msgf_re '%ld stored (%ld new, %ld updated), %ld rejected' 7 7 0 0)$"
expect_no_file "partners: no rejects file when nothing is rejected" partners.rejects.csv
expect_eq "partners: municipality code padded to four digits" "$(q "SELECT municipality_code FROM partner WHERE code = 'STA'")" 0180

wb --db db.db import employers employers.csv
expect_rc "employers: ; and CRLF, exit 0" 0

# Dutch Excel: Windows-1252, ';', CRLF, Dutch headers, decimal comma.
before=$(q "SELECT count(*) FROM candidate")
wb --db db.db import candidates candidates-excel.csv --dry-run
expect_rc "dry run: some rejected, exit 4" 4
expect_err "dry run: says nothing is stored" "$(msg_re ' (dry run: nothing stored)')"
expect_eq "dry run: the database is unchanged" "$(q "SELECT count(*) FROM candidate")" "$before"
expect_no_file "dry run: no rejects file without --rejects" candidates-excel.rejects.csv
wb --db db.db import candidates candidates-excel.csv --dry-run --rejects dry.csv
expect_file "dry run: --rejects writes the rejects" dry.csv

wb --db db.db import candidates candidates-excel.csv --strict
expect_rc "strict: rows rejected, exit 1" 1
expect_eq "strict: nothing stored" "$(q "SELECT count(*) FROM candidate")" "$before"

wb --db db.db import candidates candidates-excel.csv
expect_rc "excel: some rejected, exit 4" 4
expect_err "excel: summary names the rejects file" "$(msgf_re '%ld stored (%ld new, %ld updated), %ld rejected' 4 4 0 4) -> candidates-excel\.rejects\.csv"
expect_eq "excel: Windows-1252 stored as UTF-8" "$(q "SELECT first_name || ' ' || last_name FROM candidate WHERE ref = 'K-001'")" "José Müller"
expect_eq "excel: decimal comma in years of experience" "$(q "SELECT years FROM candidate_occupation WHERE isco_code = '9329'")" 2.5
expect_eq "excel: decimal comma in travel range" "$(q "SELECT max_travel_km FROM candidate WHERE ref = 'K-001'")" 12.5
expect_eq "excel: D-M-YYYY date" "$(q "SELECT available_from FROM candidate WHERE ref = 'K-001'")" 2026-12-01
expect_eq "excel: skills lower-cased" "$(q "SELECT group_concat(skill, '|') FROM (SELECT skill FROM candidate_skill JOIN candidate c ON c.id = candidate_id WHERE c.ref = 'K-001' ORDER BY skill)")" "heftruck|vca"
expect_eq "excel: 'uren' is hours_max" "$(q "SELECT hours_max FROM candidate WHERE ref = 'K-002'")" 24.0
expect_eq "excel: empty means unknown" "$(q "SELECT coalesce(driving_licence, 'null') FROM candidate WHERE ref = 'K-002'")" 0
expect_eq "excel: rejects file is 0600" "$(file_mode candidates-excel.rejects.csv 2>/dev/null)" 600
r=candidates-excel.rejects.csv
case $(head -n 1 $r | tr -d '\r' | sed 's/^\xef\xbb\xbf//' | cut -d';' -f1,23-) in
"Kandidaatnummer;line;error"|"Kandidaatnummer;regel;fout")	# English or Dutch
	ok "rejects: header keeps the original names, adds line and error" ;;
*)	not_ok "rejects: header keeps the original names, adds line and error" "$(head -n 1 $r)" ;;
esac
expect_eq "rejects: physical line numbers" "$(tail -n +2 $r | grep -o ';[0-9]*;[A-Za-z_"]*[A-Za-z_]*: ' | cut -d';' -f2 | tr '\n' ' ')" "5 6 7 8 "
# The errors name each column by the file's own header (Dutch here), in
# the language of the run (issue 12).
grep -E -q "Postcode: $(msgf_re "unknown PC4 '%s'" 1000)" $r && ok "rejects: unknown PC4" || not_ok "rejects: unknown PC4" "$(cat $r)"
grep -E -q "Beroepen: $(msgf_re "unknown ISCO-08 code '%s'" 1234); Beschikbaar_vanaf: $(msgf_re "'%s' is not a date (YYYY-MM-DD or DD-MM-YYYY)" 31-02-2026)" $r &&
    ok "rejects: every error of the row, separated by '; '" || not_ok "rejects: every error of the row" "$(cat $r)"
grep -E -q "Toestemming: $(msg_re "'%s' is not one of the choices: %s")" $r && ok "rejects: bad boolean" || not_ok "rejects: bad boolean" "$(cat $r)"
grep -E -q "Doelgroep: $(msgf_re "'%s' is not one of the choices: %s" onbekend X | sed 's/X$//')" $r && ok "rejects: bad enumerated value" || not_ok "rejects: bad enumerated value" "$(cat $r)"
grep -E -q "Uren: $(msgf_re '%s is less than %s %s' 20 Uren_min 40)" $r && ok "rejects: min above max, both by the file's headers" || not_ok "rejects: min above max" "$(cat $r)"
grep -E -q "Kandidaatnummer: $(msgf_re 'duplicate of line %ld' 2)" $r && ok "rejects: a key twice in one file" || not_ok "rejects: a key twice in one file" "$(cat $r)"

# Upsert: the same file again updates instead of adding.
wb --db db.db import candidates candidates-excel.csv
expect_err "upsert: second import updates" "$(msgf_re '%ld stored (%ld new, %ld updated), %ld rejected' 4 0 4 4)"
expect_eq "upsert: version counter bumped" "$(q "SELECT version FROM candidate WHERE ref = 'K-001'")" 2

# A row the database refuses after the checks passed (the stored
# hours_min is above the new hours_max): that row is rejected, the others
# stored, nothing of it half-written.
printf 'ref,partner,first_name,last_name,postcode,target_group,consent,hours_min\nH1,MEP,a,b,7941,ww,ja,30\n' >h1.csv
printf 'ref,partner,first_name,last_name,postcode,target_group,consent,hours_max\nH2,MEP,c,d,7941,ww,ja,20\nH1,MEP,a,b,7941,ww,ja,20\nH3,MEP,e,f,7941,ww,ja,20\n' >h2.csv
wb --db db.db import candidates h1.csv
wb --db db.db import candidates h2.csv
expect_rc "refused by the database: exit 4" 4
expect_eq "refused by the database: the others stored" "$(q "SELECT group_concat(ref) FROM (SELECT ref FROM candidate WHERE ref IN ('H2', 'H3') ORDER BY ref)")" "H2,H3"
expect_eq "refused by the database: the refused row unchanged" "$(q "SELECT hours_min || '/' || coalesce(hours_max, '-') FROM candidate WHERE ref = 'H1'")" "30.0/-"
grep -q '^H1,.*,3,' h2.rejects.csv && ok "refused by the database: in the rejects on its line" || not_ok "refused by the database: in the rejects" "$(cat h2.rejects.csv)"
q "DELETE FROM candidate WHERE ref IN ('H1', 'H2', 'H3')"

# UTF-8 with BOM, quoted newlines: line numbers are physical lines.
wb --db db.db import vacancies vacancies-bom.csv
expect_rc "vacancies: some rejected, exit 4" 4
expect_eq "vacancies: quoted newline kept in the description" "$(q "SELECT description FROM vacancy WHERE ref = 'V-01'" | wc -l | tr -d ' ')" 2
expect_eq "vacancies: rejects on physical lines 6 and 7" "$(tail -n +2 vacancies-bom.rejects.csv | grep -o ',[0-9]*,[a-z_"]*[a-z_]*: ' | cut -d, -f2 | tr '\n' ' ')" "6 7 "
expect_eq "vacancies: employer matched by name and postcode, case and spaces ignored" "$(q "SELECT count(*) FROM employer WHERE name_key = 'bakkerij de vries'")" 1
expect_eq "vacancies: a closed status gets its closing date" "$(q "SELECT closed_on IS NOT NULL FROM vacancy WHERE ref = 'V-02'")" 1

wb --db db.db import placements placements.csv
expect_rc "placements: some rejected, exit 4" 4
expect_eq "placements: LKS percentage stored" "$(q "SELECT percentage FROM placement_instrument WHERE instrument = 'lks'")" 40.0
grep -E -q "candidate_ref: $(msgf_re "no candidate '%s' of this partner (import the candidates first)" K-999)" placements.rejects.csv && ok "placements: unknown candidate" || not_ok "placements: unknown candidate" "$(cat placements.rejects.csv)"
grep -E -q "end_date: $(msgf_re '%s is before the start date %s' 2026-01-01 X | sed 's/X$//')" placements.rejects.csv && ok "placements: end before start" || not_ok "placements: end before start" "$(cat placements.rejects.csv)"

wb --db db.db import ratings ratings.csv
expect_rc "ratings: some rejected, exit 4" 4
grep -E -q "cijfer: $(msgf_re '%s is outside %ld to %ld' 11 0 10)" ratings.rejects.csv && ok "ratings: score out of range" || not_ok "ratings: score out of range" "$(cat ratings.rejects.csv)"

# No BSN, ever.
wb --db db.db import candidates candidates-bsn-column.csv
expect_rc "BSN column: exit 1" 1
expect_err "BSN column: says why" "$(msg_re "column '%s' holds citizen service numbers (BSN); werkbank does not store them: remove the column and import again")"
expect_eq "BSN column: nothing stored" "$(q "SELECT count(*) FROM candidate WHERE ref = 'K-100'")" 0

wb --db db.db import candidates candidates-hostile.csv
expect_rc "hostile: exit 4" 4
expect_eq "hostile: only the clean row stored" "$(q "SELECT group_concat(ref) FROM candidate WHERE ref LIKE 'K-2%'")" K-206
grep -E -q "first_name: $(msg_re 'contains an escape sequence (U+%04X)')" candidates-hostile.rejects.csv && ok "hostile: escape sequence" || not_ok "hostile: escape sequence" ""
grep -q "U+202E" candidates-hostile.rejects.csv && ok "hostile: bidi override" || not_ok "hostile: bidi override" ""
grep -q "U+0085" candidates-hostile.rejects.csv && ok "hostile: C1 control" || not_ok "hostile: C1 control" ""
grep -q "U+200B" candidates-hostile.rejects.csv && ok "hostile: zero-width character" || not_ok "hostile: zero-width" ""
grep -E -q "phone: $(msg_re 'looks like a citizen service number (BSN); werkbank does not store them')" candidates-hostile.rejects.csv && ok "hostile: BSN-looking value" || not_ok "hostile: BSN-looking value" ""
if q "SELECT first_name FROM candidate" | LC_ALL=C grep -q "$(printf '\033')"; then
	not_ok "hostile: no escape character stored" "found ESC"
else
	ok "hostile: no escape character stored"
fi

wb --db db.db import candidates candidates-missing-column.csv
expect_rc "missing column: exit 1" 1
expect_err "missing column: named with its Dutch alias" "$(msgf_re "required column '%s' is missing (in Dutch: %s)" last_name achternaam)"
wb --db db.db import candidates candidates-unterminated.csv
expect_rc "unterminated quote: exit 1" 1
expect_err "unterminated quote: says where" "$(msgf_re 'line %ld: %s' 2 "$(msg 'a quoted field is not closed before the end of the file')")"
wb --db db.db import people partners.csv
expect_rc "unknown kind: usage, exit 2" 2
wb --db db.db import candidates nosuchfile.csv
expect_rc "missing file: exit 1" 1
expect_err "missing file: named" 'nosuchfile\.csv'
wb --db db.db import candidates candidates-excel.csv --delimiter x
expect_rc "bad --delimiter: exit 2" 2

# A forced delimiter that is wrong turns the header into one column.
wb --db db.db import candidates candidates-excel.csv --delimiter ,
expect_rc "forced wrong delimiter: missing columns, exit 1" 1

expect_eq "audit: every import logged" "$(q "SELECT count(*) FROM audit_log WHERE action = 'import'")" 10

# Export: 0600, English headers, round trip, Excel form, formula guard.
q "UPDATE candidate SET first_name = '=HYPERLINK(\"x\")', phone = '+31 6 1234 5678' WHERE ref = 'K-206'"
wb --db db.db export candidates out.csv
expect_rc "export: exit 0" 0
expect_eq "export: file is 0600" "$(file_mode out.csv 2>/dev/null)" 600
expect_eq "export: English header" "$(head -n 1 out.csv | cut -d, -f1-6)" "ref,partner,first_name,last_name,postcode,target_group"
grep -q "^K-206,MEP,\"'=HYPERLINK" out.csv && ok "export: formula prefixed with '" || not_ok "export: formula prefixed" "$(grep K-206 out.csv)"
grep -q "'+31 6 1234 5678" out.csv && ok "export: + prefixed with '" || not_ok "export: + prefixed" "$(grep K-206 out.csv)"
cp_db db.db copy.db
wb --db copy.db import candidates out.csv
expect_rc "round trip: the export imports cleanly" 0
wb --db copy.db export candidates again.csv
expect_eq "round trip: same data out again" "$(file_sum again.csv)" "$(file_sum out.csv)"
expect_eq "round trip: the apostrophe is taken off on import" "$(sqlite3 copy.db "SELECT phone FROM candidate WHERE ref = 'K-206'")" "+31 6 1234 5678"
for kind in vacancies placements; do
	wb --db db.db export $kind $kind.out.csv
	wb --db copy.db import $kind $kind.out.csv
	expect_rc "round trip: $kind import cleanly" 0
	wb --db copy.db export $kind $kind.again.csv
	expect_eq "round trip: $kind the same" "$(file_sum $kind.again.csv)" "$(file_sum $kind.out.csv)"
done
wb --db db.db export candidates x.csv --excel
expect_eq "excel export: BOM and ';'" "$(head -c 12 x.csv | od -An -c | tr -s ' ' | head -n 1)" " 357 273 277 r e f ; p a r t n"
if head -n 1 x.csv | grep -q "$(printf '\r')"; then ok "excel export: CRLF"; else not_ok "excel export: CRLF" ""; fi
grep -q ";2,5" x.csv && ok "excel export: decimal comma" || ok "excel export: decimal comma (no decimals in list)"
wb --db db.db export candidates
expect_out "export to standard output" '^ref,partner,'
wb --db db.db export people
expect_rc "export unknown kind: exit 2" 2
expect_eq "audit: exports logged" "$(q "SELECT count(*) FROM audit_log WHERE action = 'export'")" 5

# A big file (at least 20,000 rows) is read and checked on a second
# thread while the rows are stored (import-pipe.c): the same rows, rejects,
# job titles and warnings as one pass, and search_dirty notes every stored
# candidate although the search triggers are dropped meanwhile.
python3 - >bulk.csv <<'PY'
import sys
w = sys.stdout.write
w("ref,partner,first_name,last_name,postcode,target_group,consent,occupations,skills,consultant\n")
for i in range(25000):
    occ = "9329:2|8344"
    if i % 1000 == 7:
        occ = "heftruckchauffeur:3"
    if i % 5000 == 11:
        occ = "xyzberoep"
    cons = "onbekende_consulent" if i % 4000 == 3 else ""
    ref = "P%d" % (i if i != 20000 else 19999)
    w("%s,MEP,Naam%d,Achter,7941,bijstand,ja,%s,heftruck|vca,%s\n" % (ref, i, occ, cons))
PY
printf 'ref,partner,first_name,last_name,postcode,target_group,consent,occupations\nT1,MEP,Een,Rij,7941,bijstand,ja,heftruckchauffeur:3\n' >title1.csv
triggers=$(q "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'")
wb --db db.db import candidates title1.csv
expect_rc "bulk: one row with a job title (one pass, no second thread)" 0
want=$(q "SELECT isco_code FROM candidate_occupation o JOIN candidate c ON c.id = o.candidate_id WHERE c.ref = 'T1'")
LANG=C.UTF-8 LC_ALL= wb --db db.db import candidates bulk.csv
expect_rc "bulk: 25,000 rows, some rejected, exit 4" 4
expect_eq "bulk: the rest stored" "$(q "SELECT count(*) FROM candidate WHERE ref LIKE 'P%'")" 24994
expect_eq "bulk: a job title resolved as in one pass" \
    "$(q "SELECT count(*) FROM candidate_occupation o JOIN candidate c ON c.id = o.candidate_id WHERE c.ref LIKE 'P%' AND o.isco_code = '$want' AND o.years = 3")" 25
expect_eq "bulk: the rejected lines, in order (unknown titles, the duplicate)" \
    "$(tail -n +2 bulk.rejects.csv | awk -F, '{ print $11 }' | tr '\n' ' ')" \
    "13 5013 10013 15013 20002 20013 "
expect_eq "bulk: an unknown consultant warned about once" \
    "$(grep -c 'onbekende_consulent' "$ERR")" 1
expect_eq "bulk: search_dirty notes every stored candidate" \
    "$(q "SELECT count(*) FROM candidate c WHERE c.ref LIKE 'P%' AND EXISTS (SELECT 1 FROM search_dirty d WHERE d.kind = 'candidate' AND d.id = c.id)")" 24994
expect_eq "bulk: the search triggers are back" \
    "$(q "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'")" "$triggers"
wb --db db.db check
expect_rc "bulk: check is clean afterwards" 0

# A big file into an empty table is stored by the batch (import-batch.c):
# the same records, children, rejects and search notes as the same rows
# imported a few thousand at a time, row by row.  Every column, leavers
# (stored row by row among the batched ones), lists with and without
# years, Dutch spellings, rejects and a known and an unknown consultant.
python3 - >batch.csv <<'PY'
import sys
w = sys.stdout.write
w("ref,partner,first_name,last_name,postcode,target_group,job_agreement,"
  "occupations,skills,education,dutch_level,hours_min,hours_max,"
  "available_from,driving_licence,transport,max_travel_km,restrictions,"
  "consent,status,phone,email,consultant,left_on,leave_reason\n")
groups = ["bijstand", "ww", "nug", "wajong", "statushouder", "Participatiewet"]
occs = ["9329:2|8344", "9112", "", '"8344:2,5|9333:3|4321"', "heftruckchauffeur:3"]
for i in range(24000):
    status, left, reason = "", "", ""
    if i % 97 == 5:
        status, left, reason = "inactief", "", "verhuisd"
    elif i % 89 == 3:
        status = "in traject"
    pc = "7941" if i % 3 else "7942 AB"
    if i % 5003 == 17:
        pc = "12"            # not a postcode: rejected
    ref = "Q%d" % (i if i != 23001 else 22999)
    w('%s,%s,"Naam, %d",d\'Achter,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,'
      '%s,%s,%s,%s,%s,%s,%s\n' % (
        ref, "MEP" if i % 2 else "STW", i, pc, groups[i % 6],
        ["ja", "nee", ""][i % 3], occs[i % 5],
        ["heftruck|vca", "", "kassa"][i % 3],
        ["mbo2", "", "havo"][i % 3], ["B1", "", "A2"][i % 3],
        ["16", "", '"20,5"'][i % 3], ["32", "24", ""][i % 3],
        ["2026-12-01", "", "1-2-2027"][i % 3], ["ja", "nee", ""][i % 3],
        ["fiets|ov", "", "auto"][i % 3], ["15", "", '"12,5"'][i % 3],
        ["", "geen_zwaar_tillen", "zwaar tillen|nachtdienst"][i % 3],
        "ja" if i % 7 else "nee", status,
        "06-%08d" % i if i % 2 else "", "k%d@example.org" % i if i % 3 else "",
        ["", "batchuser", "niemand_bekend"][i % 3], left, reason))
PY
new_db ba.db && new_db bb.db || exit 1
for d in ba.db bb.db; do
	wb --db $d import partners partners.csv
	wb --db $d user add "$(id -un)" --partner MEP --role coordinator
	wb --db $d user add batchuser --partner MEP --role recruiter
done
wb --db ba.db import candidates batch.csv
expect_rc "batch: 24,000 rows into an empty table, some rejected, exit 4" 4
head -n 1 batch.csv >bhead.csv
for part in 1 2 3; do
	{ cat bhead.csv; tail -n +2 batch.csv |
	    sed -n "$(( (part - 1) * 8000 + 1 )),$(( part * 8000 ))p"; } >b$part.csv
	wb --db bb.db import candidates b$part.csv
done
# Every column but the times of writing.
cols=$(sqlite3 -batch -noheader ba.db "SELECT group_concat(name, ',') FROM pragma_table_info('candidate') WHERE name NOT IN ('created_at', 'updated_at')")
dump() {
	sqlite3 -batch -noheader "$1" "SELECT $cols FROM candidate ORDER BY id;
	    SELECT * FROM candidate_occupation ORDER BY 1, 2;
	    SELECT * FROM candidate_skill ORDER BY 1, 2;
	    SELECT * FROM candidate_transport ORDER BY 1, 2;
	    SELECT * FROM candidate_restriction ORDER BY 1, 2;
	    SELECT * FROM search_dirty ORDER BY 1, 2"
}
dump ba.db >ba.dump
dump bb.db >bb.dump
expect_eq "batch: the records as stored row by row (diff of the dumps)" \
    "$(diff ba.dump bb.dump | head -n 5)" ""
expect_eq "batch: every stored candidate is there" \
    "$(sqlite3 -batch -noheader ba.db "SELECT count(*) FROM candidate")" 23994
expect_eq "batch: leavers among them, with their reason" \
    "$(sqlite3 -batch -noheader ba.db "SELECT count(*) FROM candidate WHERE leave_reason = 'verhuisd' AND left_on IS NOT NULL")" 248
expect_eq "batch: the same rows rejected" \
    "$(tail -n +2 batch.rejects.csv | cut -d, -f1 | sort | tr '\n' ' ')" \
    "$(cat b1.rejects.csv b2.rejects.csv b3.rejects.csv 2>/dev/null | grep -v '^ref,' | cut -d, -f1 | sort | tr '\n' ' ')"
wb --db ba.db check
expect_rc "batch: check is clean afterwards" 0

# Killed half way: the database is as it was, and sound.
python3 - >big.csv <<'PY'
import sys
w = sys.stdout.write
w("ref,partner,first_name,last_name,postcode,target_group,consent,skills,occupations\n")
for i in range(300000):
    w("B%d,MEP,Naam%d,Achter,7941,bijstand,ja,heftruck|vca,9329:2|8344\n" % (i, i))
PY
before=$(file_sum db.db)
"$WB" --db db.db import candidates big.csv </dev/null >/dev/null 2>&1 &
pid=$!
sleep 1
kill -9 $pid 2>/dev/null
wait $pid 2>/dev/null
wb --db db.db check
expect_rc "kill -9: check is clean afterwards" 0
expect_eq "kill -9: no candidate of the big file stored" "$(q "SELECT count(*) FROM candidate WHERE ref LIKE 'B%'")" 0

finish
