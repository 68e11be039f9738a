# test/cli/dbpath.sh: which database a command opens (cli.md): --db, else
# $WERKBANK_DB, else `db =` in $XDG_CONFIG_HOME/werkbank/config (else
# ~/.config/werkbank/config), else ./werkbank.db.
. "$WB_ROOT/test/lib.sh"

mkdir -p a b c d xdg/werkbank home/.config/werkbank
for d in a b c d; do
	new_db "$d/werkbank.db"
done
printf '# werkbank configuration\ndb = %s/c/werkbank.db\n' "$T" >xdg/werkbank/config
printf 'db = %s/b/werkbank.db\n' "$T" >home/.config/werkbank/config

# opened: the path `check` names on its "database" line.
opened() {
	sed -n 's/^database  *//p' "$OUT"
}

cd d || exit 1
export XDG_CONFIG_HOME="$T/xdg" HOME="$T/home"
export WERKBANK_DB="$T/b/werkbank.db"

wb --db "$T/a/werkbank.db" check
expect_eq "--db comes first" "$(opened)" "$T/a/werkbank.db"
wb --db="$T/a/werkbank.db" check
expect_eq "--db=PATH works too" "$(opened)" "$T/a/werkbank.db"

wb check
expect_eq "\$WERKBANK_DB comes next" "$(opened)" "$T/b/werkbank.db"

WERKBANK_DB=
wb check
expect_eq "an empty \$WERKBANK_DB is ignored" "$(opened)" "$T/c/werkbank.db"
unset WERKBANK_DB

wb check
expect_eq "then db = in \$XDG_CONFIG_HOME/werkbank/config" "$(opened)" "$T/c/werkbank.db"

XDG_CONFIG_HOME="$T/nowhere"
wb check
if [ -e /etc/werkbank.conf ]; then
	skip "a missing config file falls through" "/etc/werkbank.conf exists on this machine"
else
	expect_eq "a missing config file falls through to ./werkbank.db" "$(opened)" "werkbank.db"
fi

unset XDG_CONFIG_HOME
wb check
expect_eq "without XDG_CONFIG_HOME, ~/.config/werkbank/config" "$(opened)" "$T/b/werkbank.db"

export XDG_CONFIG_HOME="$T/xdg"
printf 'database = elsewhere\n# db = %s/a/werkbank.db\n' "$T" >"$T/xdg/werkbank/config"
wb check
if [ -e /etc/werkbank.conf ]; then
	skip "a config file without db = falls through" "/etc/werkbank.conf exists"
else
	expect_eq "a config file without db = (comments, other keys) falls through" "$(opened)" "werkbank.db"
fi

printf '  db=%s/a/werkbank.db   # the team file\n' "$T" >"$T/xdg/werkbank/config"
wb check
expect_eq "db = is read with blanks and a trailing comment" "$(opened)" "$T/a/werkbank.db"

printf 'db = ~/mine.db\n' >"$T/xdg/werkbank/config"
new_db "$T/home/mine.db"
wb check
expect_eq "db = ~/PATH means \$HOME/PATH" "$(opened)" "$T/home/mine.db"

# The resolved path is also what init creates.
printf 'db = %s/fromconfig.db\n' "$T" >"$T/xdg/werkbank/config"
wb init
expect_rc "init uses the configured path" 0
expect_file "init created the configured file" "$T/fromconfig.db"

finish
