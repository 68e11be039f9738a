# test/cli/walk.sh: what the match team found walking through werkbank
# under LANG=nl_NL.UTF-8 (one check per finding, named walk/...).  Each
# check holds in the ambient locale of the test layer and, where the
# Dutch matters, runs the command under the Dutch locale too.
. "$WB_ROOT/test/lib.sh"

need_demo "walk" || finish
if ! command -v sqlite3 >/dev/null 2>&1; then
	skip "walk" "no sqlite3 to look inside"
	finish
fi
cp_db "$WB_DEMO" d.db && chmod 0660 d.db
q() { sqlite3 -batch -noheader d.db "$1"; }
dutch_locale || NL_LANG=

# ---- walk/show-labels: show prints the form's labels, values as words ----

# A candidate with a target group, a restriction, two ways to travel and
# a maximum distance; a vacancy with hours and two demands.
C=$(q "SELECT p.code || '/' || c.ref FROM candidate c JOIN partner p
    ON p.id = c.partner_id ORDER BY c.id LIMIT 1")
V=$(q "SELECT p.code || '/' || v.ref FROM vacancy v JOIN partner p
    ON p.id = v.partner_id ORDER BY v.id LIMIT 1")
wb --db d.db candidate edit "$C" target_group=bijstand \
    restrictions=geen_zwaar_tillen transport='auto|fiets' max_travel_km=25
expect_rc "walk/show-labels: a candidate to show" 0
wb --db d.db vacancy edit "$V" --yes hours_min=16 hours_max=24 \
    demands='klantcontact|druk'
expect_rc "walk/show-labels: a vacancy to show" 0

# show_checks KIND KEY: the lines of show in the active language.
show_checks() {
	wb --db d.db "$1" show "$2"
	expect_rc "walk/show-labels: $1 show ($(_msg_lang))" 0
	expect_no_out "walk/show-labels: no field name as a label in $1 show ($(_msg_lang))" \
	    '^(ref|hours_min|hours_max|max_travel_km|target_group|dutch_level(_min)?|driving_licence|job_agreement|version|left_on|leave_reason) '
}
show_checks candidate "$C"
expect_out "walk/show-labels: the distance under the form's label" \
    "^$(msgf_re 'Maximum travel (km)') +25$"
expect_out "walk/show-labels: the target group as a word" \
    "^$(msgf_re 'Target group') +$(msgc target_group 'social assistance')$"
expect_out "walk/show-labels: a list of words, as a list" \
    "^$(msgf_re Transport) +$(msgc transport car), $(msgc transport bicycle)$"
expect_out "walk/show-labels: the version, labelled" "^$(msgf_re Version) +[0-9]+$"
show_checks vacancy "$V"
expect_out "walk/show-labels: the hours under the form's label" \
    "^$(msgf_re 'Hours from') +16$"
expect_out "walk/show-labels: the demands as words" \
    "^$(msgf_re Demands) +$(msgc demand 'pressure of work'), $(msgc demand 'customer contact')$"
expect_out "walk/show-labels: the occupation with its title" \
    "^$(msgf_re Occupation) +[^ 0-9].* \\([0-9]{4}\\)$"

if [ -n "$NL_LANG" ]; then
	LANG=$NL_LANG LC_ALL= run "$WB" --db d.db candidate show "$C"
	expect_out "walk/show-labels: in Dutch, Max. reisafstand (km)" \
	    '^Max\. reisafstand \(km\) +25$'
	expect_out "walk/show-labels: in Dutch, the target group as a Dutch word" \
	    '^Doelgroep +bijstand$'
	LANG=$NL_LANG LC_ALL= run "$WB" --db d.db vacancy show "$V"
	expect_out "walk/show-labels: in Dutch, Uren vanaf" '^Uren vanaf +16$'
else
	skip "walk/show-labels: in Dutch" "no nl_NL.UTF-8 locale here"
fi

# Programs keep the codes and the field names.
wb --db d.db export candidates
expect_out "walk/show-labels: export keeps the field names" \
    '^ref,partner,first_name,last_name,postcode,target_group,'
expect_out "walk/show-labels: export keeps the codes" \
    "^${C#*/},.*,bijstand,.*,auto\\|fiets,25,geen_zwaar_tillen,"

# ---- walk/words-dutch-names: words takes a set as the team calls it ----

# words_set NAME... : the sets `words NAME --csv` lists (one a line).
words_set() {
	run "$WB" words "$@" --csv
	[ "$rc" -eq 0 ] && cut -d, -f1 "$OUT" | sed 1d | sort -u
}
for pair in doelgroep:target_group Doelgroepen:target_group \
    beperkingen:restriction belasting:demand opleiding:education \
    vervoer:transport rijbewijs:driving_licence \
    'reden uitstroom:leave_reason' 'Reden-Uitstroom:leave_reason' \
    'target group:target_group' 'Hours from:' ; do
	name=${pair%%:*}
	want=${pair#*:}
	if [ -z "$want" ]; then
		run "$WB" words "$name" --csv
		expect_rc "walk/words-dutch-names: '$name' is no set" 2
	else
		got=$(words_set "$name")
		check "walk/words-dutch-names: words '$name' lists $want" \
		    [ "$got" = "$want" ]
	fi
done
# The English name gives the same rows as before.
run "$WB" words target_group --csv
cp "$OUT" en.csv
run "$WB" words doelgroep --csv
check "walk/words-dutch-names: doelgroep gives target_group's rows" \
    cmp -s en.csv "$OUT"
# A form's label of a field that takes a set, in English.
check "walk/words-dutch-names: the form's label 'Education (minimum)'" \
    [ "$(LANG=C.UTF-8 words_set 'Education (minimum)')" = education ]
if [ -n "$NL_LANG" ]; then
	check "walk/words-dutch-names: the Dutch form's label 'Opleiding (minimaal)'" \
	    [ "$(LANG=$NL_LANG words_set 'Opleiding (minimaal)')" = education ]
	LANG=$NL_LANG LC_ALL= run "$WB" words
	expect_out "walk/words-dutch-names: the overview names each set in Dutch" \
	    '^target_group \(doelgroep\) +bijstand '
	expect_out "walk/words-dutch-names: ... reden uitstroom too" \
	    '^leave_reason \(reden uitstroom\) '
	LANG=$NL_LANG LC_ALL= run "$WB" words --csv
	expect_out "walk/words-dutch-names: --csv keeps the bare set name" \
	    '^target_group,bijstand,'
	expect_no_out "walk/words-dutch-names: ... and no Dutch name in it" \
	    'doelgroep\)'
else
	skip "walk/words-dutch-names: in Dutch" "no nl_NL.UTF-8 locale here"
fi
LANG=C.UTF-8 LC_ALL= run "$WB" words
expect_out "walk/words-dutch-names: in English the bare set name" \
    '^target_group +bijstand '

# ---- walk/tui-no-command: core messages the workbench shows name no
# command line; they say what to check and who can help ----

ME=$(id -un)
MYC=$(q "SELECT p.code || '/' || c.ref FROM candidate c JOIN partner p
    ON p.id = c.partner_id JOIN app_user u ON u.partner_id = p.id
    WHERE u.login = '$ME' ORDER BY c.id LIMIT 1")
E=$(q "SELECT p.code || '/' || e.ref FROM employer e JOIN partner p
    ON p.id = e.partner_id WHERE e.ref IS NOT NULL ORDER BY e.id LIMIT 1")
# no_command NAME: the last stderr names no werkbank command.
no_command() {
	expect_no_err_cmd() { ! grep -q -E "werkbank (users|partners|user add)" "$ERR"; }
	check "$1" expect_no_err_cmd
}
wb --db d.db candidate edit "$MYC" consultant=niemand
expect_rc "walk/tui-no-command: an unknown consultant is refused" 1
expect_err "walk/tui-no-command: ... ask the coordinator" \
    "consultant: $(msgf_re "'%s' is not a werkbank user; ask the coordinator" niemand)"
no_command "walk/tui-no-command: ... and no command line"
wb --db d.db employer edit "$E" partner=NOPE
expect_rc "walk/tui-no-command: an unknown partner is refused" 1
expect_err "walk/tui-no-command: ... naming the partners" \
    "$(msgf_re "unknown partner '%s' (the partners: %s)" NOPE @X | sed 's/@X.*//').*MEP"
no_command "walk/tui-no-command: ... and no command line"
# A recruiter may not change a vacancy: told who may.
ROLE=$(q "SELECT role FROM app_user WHERE login = '$ME'")
q "UPDATE app_user SET role = 'recruiter' WHERE login = '$ME'"
wb --db d.db vacancy edit "$V" --yes hours_min=12
expect_rc "walk/tui-no-command: a recruiter may not edit a vacancy" 1
expect_err "walk/tui-no-command: ... told which roles may" \
    "$(msgf_re '%s is a %s: that is for a %s; ask one of them' "$ME" "$(msgc role recruiter)" @X | sed 's/@X.*//')$(msgc role coordinator)"
no_command "walk/tui-no-command: ... and no command line"
if [ -n "$NL_LANG" ]; then
	LANG=$NL_LANG LC_ALL= run "$WB" --db d.db candidate edit "$MYC" consultant=niemand
	expect_err "walk/tui-no-command: in Dutch, ask the coordinator" \
	    "is geen gebruiker van werkbank; vraag de coördinator"
	LANG=$NL_LANG LC_ALL= run "$WB" --db d.db vacancy edit "$V" --yes hours_min=12
	expect_err "walk/tui-no-command: in Dutch, which roles may" \
	    "dat is voor een coördinator of accountmanager; vraag het een van hen"
fi
q "UPDATE app_user SET role = '$ROLE' WHERE login = '$ME'"

# A broken audit chain stops every change, in the workbench too: the
# message says whom to tell (the coordinator checks the log).
cp_db d.db a.db && chmod 0660 a.db
sqlite3 a.db "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET hash = NULL
    WHERE id = (SELECT max(id) FROM audit_log)"
wb --db a.db candidate show "$MYC"
expect_rc "walk/tui-no-command: a broken audit chain stops the audited view" 1
expect_err "walk/tui-no-command: ... tell the coordinator" \
    "$(msg_re "the audit log's hash chain is broken at row %lld (%s); tell the coordinator")"
check "walk/tui-no-command: ... and no command line" \
    sh -c "! grep -q 'audit verify' '$ERR'"
if [ -n "$NL_LANG" ]; then
	LANG=$NL_LANG LC_ALL= run "$WB" --db a.db candidate show "$MYC"
	expect_err "walk/tui-no-command: in Dutch, meld het de coördinator" \
	    "meld het de coördinator"
fi

finish
