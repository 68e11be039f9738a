# test/cli/init.sh: init makes a 0660 file and never overwrites; check
# reports on it; files that are not werkbank databases are refused and
# left as they were.
. "$WB_ROOT/test/lib.sh"

wb --db fresh.db init
expect_rc "init exits 0" 0
expect_file "init creates the file" fresh.db
expect_eq "init makes the file 0660 (umask 022)" "$(file_mode fresh.db)" 660
expect_empty "init prints nothing on stdout" "$OUT"
expect_err "init says what it created on stderr" 'fresh\.db'
leftover=$(ls -A | grep -c '\.new-' || true)
expect_eq "init leaves no temporary file beside it" "$leftover" 0

( umask 077 && "$WB" --db strict.db init </dev/null >/dev/null 2>&1 )
expect_eq "init makes the file 0660 under umask 077" "$(file_mode strict.db 2>/dev/null)" 660
( umask 000 && "$WB" --db loose.db init </dev/null >/dev/null 2>&1 )
expect_eq "init makes the file 0660 under umask 000" "$(file_mode loose.db 2>/dev/null)" 660

# An existing path is never overwritten, whatever it holds.
before=$(file_sum fresh.db)
wb --db fresh.db init
expect_rc "init on an existing database exits 1" 1
expect_err "init on an existing database says it exists" "$(msgf_re '%s already exists; werkbank will not overwrite it' fresh.db)"
expect_eq "init leaves the existing database untouched" "$(file_sum fresh.db)" "$before"

head -c 3000 /dev/urandom >other.bin
chmod 0644 other.bin
before=$(file_sum other.bin)
wb --db other.bin init
expect_rc "init on an existing other file exits 1" 1
expect_eq "init leaves the other file untouched" "$(file_sum other.bin)" "$before"
expect_eq "init leaves the other file's mode" "$(file_mode other.bin)" 644

: >empty.file
wb --db empty.file init
expect_rc "init on an existing empty file exits 1" 1
expect_eq "init leaves the empty file empty" "$(wc -c <empty.file | tr -d ' ')" 0

ln -s nowhere dangling.db
wb --db dangling.db init
expect_rc "init on a dangling symlink exits 1" 1
expect_no_file "init does not create the symlink's target" nowhere

before=$(file_sum fresh.db)
wb --db fresh.db demo
expect_rc "demo on an existing database exits 1" 1
expect_eq "demo leaves the existing database untouched" "$(file_sum fresh.db)" "$before"

# check on a fresh database.
wb --db fresh.db check
expect_rc "check on a fresh database exits 0" 0
expect_out "check names the database" '^database +fresh\.db$'
expect_out "check reports integrity ok" "^$(msg integrity) +$(msg ok)$"
expect_out "check reports foreign keys ok" "^$(msg 'foreign keys') +$(msg ok)$"
expect_out "check reports the schema version" "^$(msg schema) +$(msg_re 'version %d (current)' | sed 's/\.\*/[1-9][0-9]*/')$"
expect_out "check reports the journal mode with its reason" "^$(msg journal) +(wal|delete): .{20,}"
expect_out "check reports the file mode" "^$(msg 'file mode') +0660 "
expect_no_out "check reports no fault" "$(msg 'FAULT: ')"
expect_empty "check prints nothing on stderr when all is well" "$ERR"

# The journal mode follows the SQLite library (db_journal_policy).
if command -v sqlite3 >/dev/null 2>&1; then
	mode=$(sed -n "s/^$(msg journal) *\\([a-z]*\\):.*/\\1/p" "$OUT")
	actual=$(sqlite3 fresh.db 'PRAGMA journal_mode' 2>/dev/null)
	expect_eq "the file's journal mode is the one check names" "$actual" "$mode"
	appid=$(sqlite3 fresh.db 'PRAGMA application_id' 2>/dev/null)
	expect_eq "the file carries werkbank's application_id (WRKB)" "$appid" 1465011010
else
	skip "the file's journal mode is the one check names" "no sqlite3 CLI"
fi

chmod 0644 fresh.db
wb --db fresh.db check
expect_rc "check on a world-readable database exits 1" 1
expect_out "check names the world-readable mode as a fault" "^$(msg 'file mode') +$(msg 'FAULT: ')0644"
expect_err "check counts the fault on stderr" "$(msgf_re '%s: %d fault' fresh.db 1)"
chmod 0606 fresh.db
wb --db fresh.db check
expect_rc "check on a world-writable database exits 1" 1
chmod 0660 fresh.db
wb --db fresh.db check
expect_rc "check passes again after chmod 0660" 0

# Files that are not werkbank databases: refused, never changed.
refused() {	# refused LABEL FILE
	before=$(file_sum "$2")
	for cmd in partners check; do
		wb --db "$2" $cmd
		expect_rc "$1: $cmd exits 1" 1
		expect_err "$1: $cmd says not a werkbank database" "$(msg_re '%s is not a werkbank database')"
	done
	expect_eq "$1: the file is left untouched" "$(file_sum "$2")" "$before"
	expect_no_file "$1: no journal is left beside it" "$2-journal"
}

head -c 8192 /dev/urandom >random.db
refused "random bytes" random.db

printf 'code,name\nMEP,Meppel\n' >text.db
refused "a text file" text.db

: >empty.db
refused "an empty file" empty.db

if command -v sqlite3 >/dev/null 2>&1; then
	sqlite3 foreign.db 'CREATE TABLE x(a); INSERT INTO x VALUES (1);'
	refused "another program's SQLite file" foreign.db

	sqlite3 foreignwal.db 'PRAGMA journal_mode = WAL; CREATE TABLE x(a); INSERT INTO x VALUES (1);' >/dev/null
	refused "another program's SQLite file in WAL mode" foreignwal.db
	jm=$(sqlite3 foreignwal.db 'PRAGMA journal_mode' 2>/dev/null)
	expect_eq "another program's WAL file keeps its journal mode" "$jm" wal

	# A werkbank file from a newer werkbank is refused, not migrated.
	new_db newer.db
	sqlite3 newer.db 'PRAGMA user_version = 999'
	before=$(file_sum newer.db)
	wb --db newer.db partners
	expect_rc "a database of a newer schema exits 1" 1
	expect_err "a database of a newer schema says so" '999'
	expect_eq "a database of a newer schema is left untouched" "$(file_sum newer.db)" "$before"

	# A damaged foreign key is a fault of check.
	new_db fk.db
	sqlite3 fk.db "PRAGMA foreign_keys = OFF; INSERT INTO partner (code, name, kind, municipality_code) VALUES ('ZZ', 'Z', 'overig', '9999');"
	wb --db fk.db check
	expect_rc "check on a dangling foreign key exits 1" 1
	expect_out "check names the foreign key fault" "^$(msg 'foreign keys') +$(msg 'FAULT: ')"
else
	skip "another program's SQLite file" "no sqlite3 CLI"
fi

# Regression: GeoNames lists a PC4's places by name, and the first was
# taken, so everyone in 7951 lived in "Rouveen" instead of Staphorst.
places=$(sqlite3 fresh.db "SELECT group_concat(code || ' ' || place, ', ') FROM
    (SELECT code, place FROM pc4 WHERE code IN ('7948', '7951', '7954', '7711')
    ORDER BY code)")
expect_eq "PC4 places of the region as the post knows them" "$places" \
    "7711 Nieuwleusen, 7948 Nijeveen, 7951 Staphorst, 7954 Rouveen"

finish
