# test/tui/dutch-forms.sh: in the team's locale, on a real terminal at
# 100x30, the edit forms of a sample of vacancies, candidates and
# employers of the demo save unchanged without a message ("Er is niets
# gewijzigd"; issue 12: the form showed "32.0" and refused it); a changed
# value with a decimal comma and a Dutch spelling is saved, shown back as
# typed and saved again unchanged; messages name fields by their Dutch
# labels.  (test-dutch runs every record of the demo through the same
# path without a terminal.)  Runs in the Dutch pass of test/run.
. "$WB_ROOT/test/lib.sh"
. "$WB_ROOT/test/tui/tui.lib"

tui_need
if ! is_dutch; then
	skip "Dutch forms" "for the nl_NL.UTF-8 pass of test/run"
	finish
fi
need_demo "Dutch forms on the demo" || finish
cp_db "$WB_DEMO" demo.db && chmod 0660 demo.db
DB=$T/demo.db
ME=$(id -un)
MYP=$(sql "$DB" "SELECT p.code FROM app_user u JOIN partner p ON
    p.id = u.partner_id WHERE u.login = '$ME'")
if [ -z "$MYP" ]; then
	skip "Dutch forms" "$ME is no user of the demo"
	finish
fi
UNCHANGED=$(msg_re 'Nothing changed.')
edit() { msgf_re 'Edit %s %s' "$(msg "$1")" "$2"; }
# The key of the selected row of a list: its first column.
selected() {
	tui_screen
	sed -n "$1p" "$SCREEN" | awk '{ print $'"$2"' }'
}
# save_unchanged NAME KIND ROW KEYCOL: open the form of the row, save it.
save_unchanged() {
	tui_keys e
	tui_wait "$1: the form opens" "$(msgf_re 'Edit %s %s' "$(msg "$2")" X |
	    sed 's/ X$//')"
	tui_screen
	if grep -E -q '(^|[ │])[0-9]+\.0( |$)|hours_m|_level|driving_licence' "$SCREEN"; then
		not_ok "$1: the form shows no .0 and no internal name" \
		    "$(grep -E '[0-9]+\.0( |$)|hours_m|_level|driving_licence' "$SCREEN" | head -n 2 | tr '\n' '|')"
	else
		ok "$1: the form shows no .0 and no internal name"
	fi
	tui_keys F2
	tui_wait "$1: saved unchanged, without a message" "$UNCHANGED"
}

tui_start 100 30 --db "$DB"
tui_wait "the lists are up, in Dutch" "$(t_open)"
# Vacancies: the first five rows of the list.
i=1
while [ "$i" -le 5 ]; do
	save_unchanged "vacancy $i" vacancy
	tui_keys j
	i=$((i + 1))
done
# Candidates of the user's own partner (they edit only those).
tui_keys 2 f
tui_text "partner:$MYP"
tui_keys Enter g
i=1
while [ "$i" -le 5 ]; do
	save_unchanged "candidate $i" candidate
	tui_keys j
	i=$((i + 1))
done
# Employers.
tui_keys 9 g
i=1
while [ "$i" -le 5 ]; do
	save_unchanged "employer $i" employer
	tui_keys j
	i=$((i + 1))
done

# A change in Dutch: hours with a decimal comma and their unit, an
# education level as staff write it, the demands as words.
tui_keys 1 g
V=$(selected 4 2)
VID=$(sql "$DB" "SELECT v.id FROM vacancy v JOIN partner p ON p.id =
    v.partner_id WHERE p.code || '/' || v.ref = '$V'")
tui_keys e
tui_wait "the form of $V" "$(edit vacancy "$V")"
tui_keys Tab Tab Tab Tab Tab C-u
tui_text "20,5 uur"
tui_keys Tab C-u
tui_text "1.000"
tui_keys Tab
tui_wait "a thousands separator is refused under the field" \
    "│ +$(msgf_re "'%s' is ambiguous: write 1000 for a thousand, 1,5 for one and a half" 1.000 | cut -c 1-30)"
tui_keys Up C-u
tui_text "32"
tui_keys Tab C-u
tui_text "MBO niveau 2"
tui_keys Tab Tab Tab Tab C-u
tui_text "zwaar tillen, nachtdienst"
tui_keys F2
# The vacancy's employer may be another account manager's: asked first.
tui_answer_if "$(msg_re 'Enter the vacancy anyway?')" y
tui_wait "saved, naming the fields by their Dutch labels" \
    "$(msgf_re '%s saved: %s.' "$V" "$(msg 'Hours from')" | sed 's/\\\.$//')"
expect_eq "... stored as numbers and codes" "$(sql "$DB" "SELECT hours_min || ' ' ||
    hours_max || ' ' || education_min || ' ' || (SELECT group_concat(demand) FROM
    (SELECT demand FROM vacancy_demand WHERE vacancy_id = v.id ORDER BY demand))
    FROM vacancy v WHERE id = $VID")" "20.5 32.0 mbo2 nachtdienst,zwaar_tillen"
tui_keys e
tui_wait "the form again" "$(edit vacancy "$V")"
tui_has "... shows 20,5" "$(msg 'Hours from') +20,5 "
tui_has "... and mbo 2 as a word" "$(msg_re 'Education (minimum)') +$(msgc education 'MBO 2') "
# The demands lie further down the form: it scrolls with the field.
tui_keys Tab Tab Tab Tab Tab Tab Tab Tab Tab Tab Tab
tui_has "... and the demands as words" "$(msg Demands) +$(msgc demand 'night shifts') ?\\| ?$(msgc demand 'heavy lifting') "
tui_keys F2
tui_wait "... and saves it unchanged" "$UNCHANGED"
tui_stop
finish
