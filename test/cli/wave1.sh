# test/cli/wave1.sh: a database from before the audit key (werkbank 0.1,
# fixtures/wave1/team.db.gz, made by that version's binary) is keyed by
# the first command that may write: the first keyed row seals the rows
# before it, which stay as they were.  A row rewritten and the whole
# chain recomputed without the key (the documented formula, and HMAC
# under a key guessed) is caught.
. "$WB_ROOT/test/lib.sh"
# en ARGS...: werkbank in English, for the checks that read a message.
en() { run env LC_ALL=C.UTF-8 "$WB" "$@"; }

if ! command -v sqlite3 >/dev/null 2>&1; then
	skip "a wave-1 database is keyed" "no sqlite3 CLI"
	finish
fi
gzip -dc "$WB_ROOT/fixtures/wave1/team.db.gz" >orig.db && chmod 0660 orig.db
cp orig.db w.db
q() { sqlite3 -batch "$1" "$2"; }
rows0=$(q orig.db "SELECT count(*) FROM audit_log")
expect_eq "the fixture is a wave-1 database (schema 3, no key)" \
    "$(q orig.db "PRAGMA user_version")/$rows0/$(ls w.db.key 2>/dev/null)" "3/12/"

en --db w.db audit verify
expect_rc "audit verify on it exits 0" 0
expect_out "... and says from which row the log is keyed" "^keyed from row $((rows0 + 1)) on"
expect_file "the key was made beside it" w.db.key
expect_eq "the key is the owner's only, and read-only" "$(file_mode w.db.key)" 400
expect_eq "the seal: the first keyed row, naming the rows it seals" \
    "$(q w.db "SELECT id, login, action, record_type, json_extract(detail, '\$.sealed_rows') FROM audit_log WHERE id = $((rows0 + 1))")" \
    "$((rows0 + 1))|$(id -un)|init|audit_key|$rows0"
expect_eq "the database records the key's first row and its id" \
    "$(q w.db "SELECT from_id || ':' || length(key_id) FROM audit_key")" "$((rows0 + 1)):32"
expect_eq "the sealed rows are unchanged" \
    "$(q w.db "SELECT group_concat(hash) FROM (SELECT hash FROM audit_log WHERE id <= $rows0 ORDER BY id)")" \
    "$(q orig.db "SELECT group_concat(hash) FROM (SELECT hash FROM audit_log ORDER BY id)")"
expect_eq "the seal's prev_hash is the old head" \
    "$(q w.db "SELECT prev_hash FROM audit_log WHERE id = $((rows0 + 1))")" \
    "$(q orig.db "SELECT hash FROM audit_log WHERE id = $rows0")"
en --db w.db check
expect_rc "check is clean afterwards" 0
expect_out "... the schema brought up to date" '^schema +version [0-9]+ \(current\)$'
expect_out "... and names the key" "^audit key +w\.db\.key, the log keyed from row $((rows0 + 1))"
wb --db w.db meeting start
wb --db w.db meeting end
wb --db w.db audit verify
expect_rc "new rows are keyed: verify still passes" 0
keyed=$(q w.db "SELECT max(id) FROM audit_log")

# formula.py DB KEY|- FROM: rewrite row 3's login and recompute every
# row's hash by audit.h's formula: HMAC-SHA-256 under KEY (hex) from row
# FROM on, plain SHA-256 before it (the rows from before the key); "-":
# plain SHA-256 throughout, all one can do without the key.
cat >formula.py <<'PY'
import hashlib, hmac, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
key = None if sys.argv[2] == "-" else bytes.fromhex(sys.argv[2])
first = int(sys.argv[3])
def field(v):
    if v is None:
        return b"N;"
    if isinstance(v, int):
        return b"I%d;" % v
    b = v.encode()
    return b"T%d:" % len(b) + b + b";"
db.execute("DROP TRIGGER audit_log_no_update")
db.execute("UPDATE audit_log SET login = 'mallory' WHERE id = 3")
prev = "0" * 64
for row in db.execute("SELECT id, at, login, action, record_type, record_id, "
                      "detail FROM audit_log ORDER BY id").fetchall():
    msg = field(prev) + field(row[0]) + b"".join(field(v) for v in row[1:])
    if key is None or row[0] < first:
        h = hashlib.sha256(b"werkbank-audit-1" + msg).hexdigest()
    else:
        h = hmac.new(key, b"werkbank-audit-2" + msg, hashlib.sha256).hexdigest()
    db.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?",
               (prev, h, row[0]))
    prev = h
db.commit()
PY
guess=$(python3 -c 'import os; print(os.urandom(32).hex())')
# rewrite NAME DB FROM BROKEN: row 3 rewritten and the chain recomputed
# without the key, plainly and under a guessed key: caught at BROKEN.
rewrite() {
	for how in plain guessed; do
		cp_db "$2" t.db
		k=-
		[ $how = guessed ] && k=$guess
		if python3 formula.py t.db "$k" "$3"; then
			wb --db t.db audit verify
			expect_rc "$1: a row rewritten, the whole chain recomputed ($how) without the key: caught" 1
			expect_out "... at row $4" "^broken $4\$"
		else
			not_ok "$1: recompute the chain ($how)" "formula.py failed"
		fi
	done
	# The same formula with the key verifies: it is the one used.
	cp_db "$2" t.db
	python3 formula.py t.db "$(sed -n 's/^key //p' t.db.key)" "$3"
	wb --db t.db audit verify
	expect_rc "$1: (with the key the rewritten chain verifies: the formula is right)" 0
}
# The wave-1 rows are plain: the rewrite shows at the seal.
rewrite "a sealed wave-1 log" w.db $((rows0 + 1)) $((rows0 + 1))
# A log keyed from its first row.
new_db n.db
wb --db n.db meeting start
wb --db n.db meeting action add "Bel werkgever"
wb --db n.db meeting end
rewrite "a log keyed from row 1" n.db 1 1
# ... and one keyed row cut off the end is caught only against a head
# noted elsewhere.
head=$(q w.db "SELECT id || ':' || hash FROM audit_log WHERE id = $keyed")
cp_db w.db t.db
q t.db "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = $keyed"
wb --db t.db audit verify --head "$head"
expect_rc "rows cut off the end: caught against the head noted" 1
wb --db w.db audit verify --head "$head"
expect_rc "... while the whole log passes against it" 0
wb --db w.db audit verify --head 12:zz
expect_rc "--head that is not ID:HASH is a usage error" 2
finish
