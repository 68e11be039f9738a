# test/cli/faults.sh: what goes wrong outside werkbank gives a clear
# message in the user's language (English, and Dutch when the machine has
# nl_NL), exit 1, and nothing half-written: a missing database, a file
# that is not a werkbank database, a damaged (garbage or truncated) file,
# a full disk (the file size limit, ulimit -f) during an import, a demo
# and an init, a world-readable file, a read-only file and a read-only
# directory.  The read-only cases need the permissions to bind: as root
# they run as nobody (setpriv).  test/cli/readonly.sh covers reading a
# read-only database.
. "$WB_ROOT/test/lib.sh"

have_sqlite=0
command -v sqlite3 >/dev/null 2>&1 && have_sqlite=1
nl=0
dutch_locale && nl=1

# in_dutch NAME ERE ARGS...: werkbank in Dutch exits 1 with a message
# matching ERE (skipped when the machine has no Dutch locale).
in_dutch() {
	_n=$1 _re=$2
	shift 2
	if [ "$nl" = 0 ]; then
		skip "$_n" "no nl_NL locale here"
		return
	fi
	LANG=$NL_LANG LC_ALL= run "$WB" "$@"
	if [ "$rc" = 1 ] && grep -E -q -e "$_re" "$ERR"; then
		ok "$_n"
	else
		not_ok "$_n" "exit $rc: $(_excerpt "$ERR")"
	fi
}

# The figures a database holds, to compare before and after a fault.
counts() {
	if [ "$have_sqlite" = 1 ]; then
		sqlite3 -batch -noheader "$1" "SELECT (SELECT count(*) FROM candidate)
		    || ' ' || (SELECT count(*) FROM candidate_skill) || ' ' ||
		    (SELECT count(*) FROM audit_log) || ' ' ||
		    (SELECT count(*) FROM partner)"
	else
		"$WB" --db "$1" partners --csv 2>&1
	fi
}

new_db base.db || exit 1
cp "$WB_ROOT/fixtures/csv/partners.csv" .
wb --db base.db import partners partners.csv
expect_rc "setup: partners imported" 0

# A missing database.
wb --db nergens.db partners
expect_rc "a missing database exits 1" 1
expect_err "... naming the path and 'werkbank init'" "$(msgf_re "%s does not exist; create it with 'werkbank init' or 'werkbank demo'" nergens.db)"
expect_no_file "... and creating nothing" nergens.db
in_dutch "a missing database, in Dutch" "nergens\.db bestaat niet.*werkbank init" \
    --db nergens.db partners

# Not a werkbank database.
printf 'naam,telefoon\nPiet,0612345678\n' >notes.db
chmod 0660 notes.db
sum=$(file_sum notes.db)
wb --db notes.db partners
expect_rc "a file that is not a database exits 1" 1
expect_err "... saying so" "$(msgf_re '%s is not a werkbank database' notes.db)"
expect_eq "... and is not changed" "$(file_sum notes.db)" "$sum"
in_dutch "not a werkbank database, in Dutch" "notes\.db is geen werkbank-database" \
    --db notes.db partners

# Damaged: garbage over pages in the middle, and a file cut in half.
cp_db base.db garbage.db
pages=$(( $(wc -c <garbage.db) / 4096 ))
awk 'BEGIN { srand(7); for (i = 0; i < 400000; i++) printf "%c", 65 + int(rand() * 50) }' |
    dd of=garbage.db bs=4096 seek=2 count=97 conv=notrunc 2>/dev/null
sum=$(file_sum garbage.db)
wb --db garbage.db partners
expect_rc "a database with garbage in it exits 1" 1
expect_err "... saying it is damaged and what to do" "$(msgf_re '%s is damaged (%s) and werkbank cannot use it: restore the latest backup of it while nobody is using werkbank' garbage.db @X | sed 's/@X/.*/')"
expect_eq "... and is not changed" "$(file_sum garbage.db)" "$sum"
cp_db base.db half.db
head -c $(( pages * 4096 / 2 )) base.db >half.db
wb --db half.db partners
expect_rc "a truncated database exits 1" 1
expect_err "... saying it is damaged" "$(msgf_re '%s is damaged (%s) and werkbank cannot use it: restore the latest backup of it while nobody is using werkbank' half.db @X | sed 's/@X.*//')"
wb --db half.db check
expect_rc "check on a truncated database exits 1" 1
in_dutch "a damaged database, in Dutch" "half\.db is beschadigd" --db half.db partners

# A full disk: the file size limit (ulimit -f, in KiB in sh and bash) a
# little above the file, then an import of 30,000 candidates.  werkbank
# ignores SIGXFSZ, so the write fails, SQLite rolls back and says so.
awk 'BEGIN { print "ref,partner,first_name,last_name,postcode,target_group,consent,skills"
    for (i = 0; i < 30000; i++)
	printf "X-%d,MEP,Jan%d,Vollerschijf%d,7941,bijstand,ja,heftruck|vca|lassen\n", i, i, i }' >big.csv
cp_db base.db full.db
before=$(counts full.db)
sum=$(file_sum full.db)
limit=$(( $(wc -c <full.db) / 1024 + 256 ))
rc=0
(ulimit -f "$limit" && exec "$WB" --db full.db import candidates big.csv) \
    </dev/null >"$OUT" 2>"$ERR" || rc=$?
expect_rc "an import that fills the disk exits 1 (not killed by SIGXFSZ)" 1
expect_err "... saying the disk or the file size limit is full" \
    "$(msgf_re '%s: the disk is full or the file size limit is reached (%s); nothing was changed (make room and try again)' full.db @X | sed 's/ .(@X.*//')"
expect_no_out "... not a raw SQLite code" "disk I/O error"
if grep -q 'disk I/O error' "$ERR"; then
	not_ok "... no raw 'disk I/O error'" "$(_excerpt "$ERR")"
else
	ok "... no raw 'disk I/O error'"
fi
expect_no_file "... no journal is left behind" full.db-journal
expect_eq "... the figures are unchanged" "$(counts full.db)" "$before"
expect_eq "... the file is byte for byte the same" "$(file_sum full.db)" "$sum"
wb --db full.db check
expect_rc "... and check is clean" 0
if [ "$nl" = 1 ]; then
	rc=0
	(ulimit -f "$limit" && LANG=$NL_LANG LC_ALL= exec "$WB" --db full.db import candidates big.csv) \
	    </dev/null >"$OUT" 2>"$ERR" || rc=$?
	if [ "$rc" = 1 ] && grep -q 'de schijf is vol' "$ERR"; then
		ok "a full disk, in Dutch"
	else
		not_ok "a full disk, in Dutch" "exit $rc: $(_excerpt "$ERR")"
	fi
else
	skip "a full disk, in Dutch" "no nl_NL locale here"
fi
wb --db full.db import candidates big.csv
expect_rc "with room again the same import succeeds" 0

for what in demo init; do
	rc=0
	(ulimit -f 1024 && exec "$WB" --db "$what.db" "$what") </dev/null >"$OUT" 2>"$ERR" || rc=$?
	expect_rc "$what on a full disk exits 1" 1
	expect_err "... saying why, naming the file asked for" \
	    "^werkbank: $(msgf_re '%s: the disk is full or the file size limit is reached (%s); nothing was changed (make room and try again)' "$what.db" @X | sed 's/ .(@X.*//')"
	left=$(ls -d "$what".db* 2>/dev/null | tr '\n' ' ')
	expect_eq "... and leaves no file at all" "$left" ""
done

# World-readable or world-writable: refused unless --allow-world-readable.
cp_db base.db open.db
chmod 0644 open.db
sum=$(file_sum open.db)
wb --db open.db partners
expect_rc "a world-readable database is refused (exit 1)" 1
expect_err "... naming the file, its mode and the fix" \
    "$(msgf_re "%s has mode %04o, which lets every user of this machine read or change it; it holds personal data, so werkbank refuses to open it: run 'chmod o-rwx %s' (or give --allow-world-readable to open it anyway)" open.db 420 open.db)"
expect_eq "... and is not changed" "$(file_sum open.db)" "$sum"
wb --allow-world-readable --db open.db partners --csv
expect_rc "--allow-world-readable opens it" 0
expect_out "... and the command runs" "^code,name,kind"
wb --db open.db --allow-world-readable partners --csv
expect_rc "... in any order among the global options" 0
wb --db open.db check
expect_rc "check still opens it, to report the fault (exit 1)" 1
expect_out "... with the file's mode" "^$(msg 'file mode') +$(msg 'FAULT: ')0644"
expect_out "... and the directory's" "^$(msg directory) +0[0-7]{3} "
chmod 0602 open.db
wb --db open.db partners
expect_rc "a world-writable database is refused too" 1
expect_err "... naming the mode" "$(msgf_re "%s has mode %04o, which lets every user of this machine read or change it; it holds personal data, so werkbank refuses to open it: run 'chmod o-rwx %s' (or give --allow-world-readable to open it anyway)" open.db 386 open.db)"
in_dutch "a world-readable database, in Dutch" "open\.db heeft modus 0602.*chmod o-rwx" \
    --db open.db partners
chmod 0660 open.db
wb --db open.db partners
expect_rc "after chmod o-rwx it opens" 0
mkdir shared
chmod 0777 shared
cp_db base.db shared/s.db
wb --db shared/s.db check
expect_rc "check flags a directory anyone may write in" 1
expect_out "... naming its mode" "^$(msg directory) +$(msg 'FAULT: ')0777"

# New files: a database 0660 and an export 0600 whatever the umask.
(umask 000 && exec "$WB" --db loose.db init) </dev/null >/dev/null 2>&1
expect_eq "a new database is 0660 under umask 000" "$(file_mode loose.db 2>/dev/null)" 660
wb --db loose.db import partners partners.csv
(umask 000 && exec "$WB" --db loose.db export candidates out.csv) </dev/null >/dev/null 2>&1
expect_eq "an export is 0600 under umask 000" "$(file_mode out.csv 2>/dev/null)" 600

# Read-only file and read-only directory: as nobody when we are root.
as=
if [ "$(id -u)" = 0 ]; then
	if command -v setpriv >/dev/null 2>&1 && id nobody >/dev/null 2>&1 &&
	    setpriv --reuid=nobody --regid="$(id -g nobody)" --clear-groups test -x "$WB"; then
		as="setpriv --reuid=nobody --regid=$(id -g nobody) --clear-groups"
	else
		skip "read-only database and directory" "root without setpriv, or nobody cannot run $WB"
		finish
	fi
fi
base=$(mktemp -d "${TMPDIR:-/tmp}/werkbank-faults.XXXXXX") || exit 1
trap 'chmod -R u+w "$base"; rm -rf "$base"' EXIT
chmod 0755 "$base"
mkdir "$base/rofile" "$base/rodir"
cp_db base.db "$base/rofile/r.db"
cp_db base.db "$base/rodir/d.db"
printf 'ref,partner,first_name,last_name,postcode,target_group,consent\nZ-1,MEP,Anna,Nieuw,7941,bijstand,ja\n' >"$base/one.csv"
chmod 0644 "$base/one.csv"
if [ -n "$as" ]; then
	# The file: the group (nobody's) may read it, only root may write.
	chgrp "$(id -g nobody)" "$base/rofile/r.db"
	chmod 0640 "$base/rofile/r.db"
	# The directory is root's; the file nobody's to write.
	chown nobody "$base/rodir/d.db"
	chmod 0660 "$base/rodir/d.db"
else
	chmod 0440 "$base/rofile/r.db"
	chmod 0555 "$base/rodir"
fi
chmod 0755 "$base/rofile" "$base/rodir"
[ -n "$as" ] || chmod 0555 "$base/rodir"
sum=$(file_sum "$base/rofile/r.db")
# shellcheck disable=SC2086
run $as "$WB" --db "$base/rofile/r.db" import candidates "$base/one.csv"
expect_rc "writing to a read-only database exits 1" 1
expect_err "... saying it is read-only and what it needs" "r\.db$(msgf_re '%s is read-only for you; nothing was changed (writing needs write permission on the file and its directory)' '' | sed 's/ (.*//')"
expect_eq "... and it is not changed" "$(file_sum "$base/rofile/r.db")" "$sum"
expect_no_file "... no journal left" "$base/rofile/r.db-journal"
if [ "$nl" = 1 ]; then
	# shellcheck disable=SC2086
	LANG=$NL_LANG LC_ALL= run $as "$WB" --db "$base/rofile/r.db" import candidates "$base/one.csv"
	expect_err "a read-only database, in Dutch" "r\.db is voor u alleen-lezen"
fi
sum=$(file_sum "$base/rodir/d.db")
# shellcheck disable=SC2086
run $as "$WB" --db "$base/rodir/d.db" import candidates "$base/one.csv"
expect_rc "a directory where the journal cannot be made exits 1" 1
expect_err "... saying why" "d\.db$(msgf_re "%s: the journal cannot be made in the database's directory (no write permission there); nothing was changed" '' | sed 's/ (.*//')"
expect_eq "... and the file is not changed" "$(file_sum "$base/rodir/d.db")" "$sum"
# shellcheck disable=SC2086
run $as "$WB" --db "$base/rodir/d.db" partners --csv
expect_rc "... while reading it still works" 0

# A network file system: db.c refuses one by its statfs magic
# (test/unit/test-db.c checks the table).  Mounting NFS, SMB or FUSE
# needs privileges and tools this test cannot count on.
skip "a database on a network file system" "needs a mounted network file system"

finish
