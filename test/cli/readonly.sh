# test/cli/readonly.sh: a database the user may read but not write can
# still be listed and checked, and is not changed.  File permissions do
# not bind root, so as root the commands run as nobody (setpriv).
. "$WB_ROOT/test/lib.sh"

as_reader=
if [ "$(id -u)" != 0 ]; then
	as_reader=
elif command -v setpriv >/dev/null 2>&1 &&
    setpriv --reuid=nobody --regid=nogroup --clear-groups true 2>/dev/null; then
	as_reader="setpriv --reuid=nobody --regid=nogroup --clear-groups"
else
	skip "a read-only database" "running as root without setpriv: permissions do not apply"
	finish
fi

# nobody must reach the binary, its catalogue and the file.
if [ -n "$as_reader" ] && ! $as_reader test -x "$WB"; then
	skip "a read-only database" "nobody cannot run $WB (a private directory above it)"
	finish
fi

# The test directory is private (mktemp -d, 0700 above it), and SQLite
# opens files by their absolute name: nobody needs a directory of its own.
if [ -n "$as_reader" ]; then
	base=$(mktemp -d "${TMPDIR:-/tmp}/werkbank-ro.XXXXXX") || exit 1
	trap 'rm -rf "$base"' EXIT
	chmod 0755 "$base"
	ro=$base
else
	mkdir ro
	ro=$T/ro
fi
new_db "$ro/r.db"
if [ -n "$as_reader" ]; then
	# the team's group may read, only the owner (root) may write; the
	# audit key is shared the same way
	chgrp nogroup "$ro/r.db" "$ro/r.db.key" && chmod 0640 "$ro/r.db" &&
	    chmod 0440 "$ro/r.db.key"
else
	chmod 0555 "$ro"
	chmod 0440 "$ro/r.db"
fi
before=$(file_sum "$ro/r.db")
# shellcheck disable=SC2086
run $as_reader "$WB" --db "$ro/r.db" partners --csv
expect_rc "partners on a read-only database exits 0" 0
expect_eq "partners --csv on a read-only database prints the header" "$(head -n 1 "$OUT")" \
    code,name,kind,municipality,candidates,open_vacancies,users
# shellcheck disable=SC2086
run $as_reader "$WB" --db "$ro/r.db" check
expect_rc "check on a read-only database exits 0" 0
expect_out "check on a read-only database reports integrity ok" "^$(msg integrity) +$(msg ok)$"
expect_eq "a read-only database is left untouched" "$(file_sum "$ro/r.db")" "$before"
expect_no_file "no journal is made beside a read-only database" "$ro/r.db"-journal
# shellcheck disable=SC2086
run $as_reader "$WB" --db "$ro/new.db" init
expect_rc "init in a directory one cannot write exits 1" 1
expect_no_file "init in a read-only directory leaves nothing" "$ro/new.db"
chmod 0700 "$ro"

finish
