# test/cli/users.sh: `werkbank user add/remove`: the login rules, the
# first user of a single-user database, partners and roles checked, the
# last coordinator kept, removal keeps the row inactive, each change in
# the audit log; and with a second Unix account (when the tests run as
# root): an unknown login is refused, a viewer changes nothing.
. "$WB_ROOT/test/lib.sh"

if ! command -v sqlite3 >/dev/null 2>&1; then
	skip "users on a hand-made database" "no sqlite3 to fill it"
	finish
fi
ME=$(id -un)

new_db u.db
sqlite3 u.db <<'SQL' || { not_ok "fill the database" "sqlite3 failed"; finish; }
INSERT INTO partner (id, code, name, kind) VALUES
    (1, 'MEP', 'Gemeente Meppel', 'gemeente'), (2, 'UWV', 'UWV', 'uwv');
SQL

wb --db u.db user add anna --partner MEP --role recruiter
expect_rc "the first user must be yourself" 1
expect_err "... and it says how" "user add $ME --partner MEP --role coordinator"
wb --db u.db user add "$ME" --partner UWV --role coordinator
expect_rc "user add yourself as coordinator" 0
wb --db u.db user add anna --partner MEP --role recruiter --name "Anna Wessels"
expect_rc "user add anna" 0
wb --db u.db user add anna --partner MEP --role viewer
expect_rc "user add an existing login exits 1" 1
expect_err "... saying so" "$(msgf_re "'%s' is already a user (remove them first to change the partner or role)" anna)"
wb --db u.db user add Anna --partner MEP --role recruiter
expect_rc "a login with capitals is refused" 1
wb --db u.db user add a23456789012345678901234567890123 --partner MEP --role recruiter
expect_rc "a login of 33 characters is refused" 1
wb --db u.db user add bob --partner XYZ --role recruiter
expect_rc "an unknown partner is refused" 1
expect_err "... naming it" "$(msgf_re "--partner: no partner '%s' (see 'werkbank partners')" XYZ)"
wb --db u.db user add bob --partner MEP --role admin
expect_rc "an unknown role is refused" 1
wb --db u.db user add bob --partner MEP
expect_rc "user add without --role is a usage error" 2
wb --db u.db user frob bob
expect_rc "an unknown user subcommand is a usage error" 2
wb --db u.db user add v.iewer_1-x --partner MEP --role viewer
expect_rc "a login with . _ - and digits is fine" 0

wb --db u.db user remove "$ME"
expect_rc "the last coordinator cannot be removed" 1
wb --db u.db user remove anna
expect_rc "user remove anna" 0
wb --db u.db users --csv
expect_out "removed users stay, inactive" '^anna,Anna Wessels,MEP,recruiter,0,'
wb --db u.db user remove anna
expect_rc "removing an inactive user exits 1" 1
wb --db u.db user add anna --partner UWV --role accountmanager
expect_rc "adding a removed user again" 0
wb --db u.db users --csv
expect_out "... active, new partner and role, the name kept" \
    '^anna,Anna Wessels,UWV,accountmanager,1,'
wb --db u.db audit --csv
expect_out "user changes are audited" ",user,app_user,.*,add anna partner=MEP role=recruiter$"

# Work phone and e-mail: the contact on the profiles a user writes.
wb --db u.db user add bert --partner MEP --role recruiter --name "Bert Kuiper" \
    --phone "06-12345678" --email bert.kuiper@team.example
expect_rc "user add with a work phone and e-mail" 0
wb --db u.db users --csv
expect_out "users --csv has phone and email last" '^login,name,partner,role,active,phone,email$'
expect_out "... the ones given" '^bert,Bert Kuiper,MEP,recruiter,1,06-12345678,bert.kuiper@team.example$'
wb --db u.db user edit bert --phone "0522 23 45 67" --email ""
expect_rc "user edit changes the phone, empties the e-mail" 0
wb --db u.db users --csv
expect_out "... as asked" '^bert,Bert Kuiper,MEP,recruiter,1,0522 23 45 67,$'
wb --db u.db user edit bert --phone "bel maar"
expect_rc "a phone that is none is refused" 1
expect_err "... naming the option" "^werkbank: --phone: $(msgf_re "'%s' is not a telephone number" "bel maar")"
wb --db u.db user edit bert --email nergens
expect_rc "an e-mail that is none is refused" 1
wb --db u.db user edit bert
expect_rc "user edit without a change is a usage error" 2
wb --db u.db user edit bert --role viewer
expect_rc "user edit does not change the role" 2
wb --db u.db user edit nobody-here --phone 0612345678
expect_rc "user edit of no user exits 1" 1
wb --db u.db audit --csv
expect_out "user edits are audited" ",user,app_user,.*,edit bert phone email$"

wb --db u.db audit verify
expect_rc "the audit chain verifies" 0

# Another Unix account: only when we are root and can become nobody.
if [ "$(id -u)" -ne 0 ] || ! command -v setpriv >/dev/null 2>&1 ||
    ! id nobody >/dev/null 2>&1; then
	skip "an unknown login is refused" "needs root and setpriv"
	finish
fi
# The test directory is private (0700 above it): nobody gets one of its
# own, with a copy of the database, shared through nobody's group the way
# a team shares it (a world-readable file would be refused).
pub=$(mktemp -d "${TMPDIR:-/tmp}/werkbank-users.XXXXXX") || exit 1
trap 'rm -rf "$pub"' EXIT
cp_db u.db "$pub/u.db"
chgrp "$(id -g nobody)" "$pub" "$pub/u.db" "$pub/u.db.key"
chmod 0770 "$pub"
chmod 0660 "$pub/u.db"
chmod 0440 "$pub/u.db.key"
cd "$pub" || exit 1
as_nobody() {
	run setpriv --reuid nobody --regid "$(id -g nobody)" --clear-groups "$WB" "$@"
}
if ! setpriv --reuid nobody --regid "$(id -g nobody)" --clear-groups test -x "$WB"; then
	skip "an unknown login is refused" "nobody cannot run $WB (a private directory above it)"
	finish
fi
as_nobody --db u.db propose MEP/V1 MEP/K1
expect_rc "an unknown login is refused" 1
expect_err "... with the way out" "$(msgf_re "'%s' is not a werkbank user of %s; ask the coordinator to add you" nobody @X | sed 's/@X/.*/')"
wb --db u.db user add nobody --partner MEP --role viewer
as_nobody --db u.db user add carl --partner MEP --role recruiter
expect_rc "a viewer cannot add users" 1
expect_err "... told why" "viewer"
as_nobody --db u.db meeting start
expect_rc "a viewer cannot start a meeting" 1
wb --db u.db user remove nobody
as_nobody --db u.db meeting agenda
expect_rc "a removed user is refused" 1
expect_err "... as no longer active" "$(msgf_re "'%s' is no longer an active werkbank user of %s; ask the coordinator to add you again" nobody @X | sed 's/@X/.*/')"
finish
