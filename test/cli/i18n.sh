# test/cli/i18n.sh: Dutch messages with a Dutch locale; English without.
. "$WB_ROOT/test/lib.sh"

LANG=C.UTF-8 run "$WB" --db missing.db partners
expect_err "in C.UTF-8 the missing-database message is English" 'does not exist'
english=$(cat "$ERR")

if dutch_locale; then
	LANG=$NL_LANG run "$WB" --db missing.db partners
	expect_rc "in Dutch a missing database still exits 1" 1
	dutch=$(cat "$ERR")
	if [ -n "$dutch" ] && [ "$dutch" != "$english" ] &&
	    ! grep -q 'does not exist' "$ERR"; then
		ok "in $NL_LANG the missing-database message is Dutch"
	else
		not_ok "in $NL_LANG the missing-database message is Dutch" "got: $dutch"
	fi
	expect_err "the Dutch message names the file" 'missing\.db'

	LANG=$NL_LANG run "$WB" --help
	expect_rc "--help in Dutch exits 0" 0
	expect_out "--help in Dutch still lists the command names" '^  partners'

	# LC_ALL overrides LANG, as everywhere.
	LANG=$NL_LANG LC_ALL=C.UTF-8 run "$WB" --db missing.db partners
	expect_err "LC_ALL=C.UTF-8 overrides a Dutch LANG" 'does not exist'
else
	skip "Dutch messages" "no nl_NL.UTF-8 locale on this machine (make deps makes one)"
fi

# --csv and --json keep their English column names in any language.
new_db e.db
if dutch_locale; then
	LANG=$NL_LANG run "$WB" --db e.db partners --csv
	expect_eq "in Dutch partners --csv keeps the English header" "$(head -n 1 "$OUT")" \
	    code,name,kind,municipality,candidates,open_vacancies,users
fi

finish
