# test/cli/basics.sh: --help, --version, usage errors, a missing database.
. "$WB_ROOT/test/lib.sh"

# "usage:" and "Commands:" in the language of this run.
USAGE=$(msg 'usage: werkbank [--db PATH] %s%s%s\n' | cut -d' ' -f1)
COMMANDS=Commands:
is_dutch && COMMANDS=Opdrachten:

wb --help
expect_rc "--help exits 0" 0
expect_out "--help prints the usage on stdout" "^$USAGE werkbank "
expect_out "--help lists the commands" "^$COMMANDS"
expect_empty "--help prints nothing on stderr" "$ERR"
expect_eq "--help fits 80 columns" "$(awk 'length > 79' "$OUT" | head -n 1)" ""

wb -h
expect_rc "-h exits 0" 0

wb --version
expect_rc "--version exits 0" 0
expect_out "--version prints the version" '^werkbank [0-9]+\.[0-9]+\.[0-9]+$'

wb --db x.db frobnicate
expect_rc "unknown command exits 2" 2
expect_err "unknown command names it" "frobnicate"
expect_err "unknown command prints the usage on stderr" "^$USAGE werkbank "
expect_empty "unknown command prints nothing on stdout" "$OUT"
expect_no_file "unknown command creates no database" x.db

wb --bogus
expect_rc "unknown global option exits 2" 2
expect_err "unknown global option prints the usage on stderr" "^$USAGE werkbank "
expect_empty "unknown global option prints nothing on stdout" "$OUT"

wb --db
expect_rc "--db without a value exits 2" 2

wb --db '' partners
expect_rc "--db '' exits 2" 2

wb --db x.db partners --help
expect_rc "partners --help exits 0 without a database" 0
expect_out "partners --help shows its usage" "^$USAGE werkbank .*partners"
expect_no_file "partners --help creates no database" x.db

# Usage errors of a command (its database exists: main opens it first).
new_db ok.db
wb --db ok.db partners --bogus
expect_rc "partners --bogus exits 2" 2
expect_err "partners --bogus prints the usage on stderr" "$USAGE werkbank .*partners"
wb --db ok.db partners extra
expect_rc "partners with an extra argument exits 2" 2
wb --db ok.db check extra
expect_rc "check with an extra argument exits 2" 2
wb --db new.db init extra
expect_rc "init with an extra argument exits 2" 2
expect_no_file "init with an extra argument creates nothing" new.db
wb --db new.db demo --scale 0
expect_rc "demo --scale 0 exits 2" 2
wb --db new.db demo --scale x
expect_rc "demo --scale x exits 2" 2
wb --db new.db demo --scale 1001
expect_rc "demo --scale 1001 exits 2" 2
wb --db new.db demo --frobnicate
expect_rc "demo with an unknown option exits 2" 2
expect_no_file "demo usage errors create nothing" new.db

# Only init and demo create a database (cli.md).
for cmd in partners users check "" ; do
	label=${cmd:-"(no command)"}
	# shellcheck disable=SC2086
	wb --db missing.db $cmd
	expect_rc "$label on a missing database exits 1" 1
	expect_err "$label on a missing database says it does not exist" 'missing\.db'
	expect_no_file "$label on a missing database creates no file" missing.db
	expect_no_file "$label on a missing database leaves no journal" missing.db-journal
done
wb --db nodir/missing.db partners
expect_rc "a database in a missing directory exits 1" 1
expect_no_file "nothing is created for it" nodir

# A directory is not a database.
mkdir adir
wb --db adir partners
expect_rc "a directory given as database exits 1" 1
expect_err "a directory is not a werkbank database" "$(msg_re '%s is not a werkbank database')"

finish
