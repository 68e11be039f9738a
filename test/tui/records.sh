# test/tui/records.sh: the record forms on a copy of the demo.  e on the
# vacancy list edits the selected vacancy: a bad hours value shows the
# import's message under its field (the CLI's words), corrected and
# saved it is in `werkbank vacancy show` and the audit log; a enters a
# new vacancy whose occupation is picked by typing "heftruck" (ISCO
# 8344) and the list keeps it selected; a stale edit (the CLI changed
# the vacancy while the form was open) is refused with a dialog naming
# the other change; H, R and W hold, reopen and withdraw with a note; a
# candidate is edited (the view audited) and refused in meeting mode; a
# new employer with its account manager on screen 9; a viewer is
# refused before any form opens; a hang-up with a form open writes
# nothing.
. "$WB_ROOT/test/lib.sh"
. "$WB_ROOT/test/tui/tui.lib"

tui_need
need_demo "the record forms on the demo" || finish
if ! command -v sqlite3 >/dev/null 2>&1; then
	skip "the record forms on the demo" "no sqlite3 to look inside"
	finish
fi
cp_db "$WB_DEMO" demo.db && chmod 0660 demo.db
DB=$T/demo.db
ME=$(id -un)
MYP=$(sql "$DB" "SELECT p.code FROM app_user u JOIN partner p ON
    p.id = u.partner_id WHERE u.login = '$ME'")
if [ -z "$MYP" ]; then
	skip "the record forms on the demo" "$ME is no user of the demo"
	finish
fi

# V1: an open vacancy made the oldest, so the first row of the list.
V1ID=$(sql "$DB" "SELECT id FROM vacancy WHERE status = 'open' ORDER BY id
    LIMIT 1")
sql "$DB" "UPDATE vacancy SET collected_on = '2020-01-01', deadline = NULL,
    hours_min = 16, hours_max = 24, description = 'Regel een' || char(10) ||
    'regel twee' WHERE id = $V1ID"
V1=$(sql "$DB" "SELECT p.code || '/' || v.ref FROM vacancy v JOIN partner p ON
    p.id = v.partner_id WHERE v.id = $V1ID")
# V1's employer and the first one have no account manager, so that their
# vacancies' forms ask nothing (the question is tui/employer-services'.)
sql "$DB" "UPDATE employer SET account_manager_id = NULL WHERE id = (SELECT
    employer_id FROM vacancy WHERE id = $V1ID) OR id = (SELECT min(id) FROM employer)"
audits() {	# audits ACTION TYPE ID [DETAIL]
	sql "$DB" "SELECT count(*) FROM audit_log WHERE login = '$ME' AND
	    action = '$1' AND record_type = '$2' AND record_id = $3
	    ${4:+AND detail = '$4'}"
}

# The CLI's words for the bad value: the form must show the same reason,
# naming the field by its label (issue 12) where the CLI names it as typed.
OUTSIDE=$(msgf_re '%s is outside %s to %s' 60 0 48)
wb --db "$DB" vacancy edit "$V1" hours_max=60
expect_rc "the CLI refuses hours_max=60" 1
expect_err "... with the import's message" "hours_max: $OUTSIDE"
edit() { msgf_re 'Edit %s %s' "$(msg "$1")" "$2"; }

tui_start 160 45 --db "$DB"
tui_wait "the list is up with $V1 first" " +[0-9]+ $V1 "

# e: edit V1's hours; the bad value, then a good one.
tui_keys e
tui_wait "e opens the edit form" "$(edit vacancy "$V1")"
tui_has "the key fields are read-only above the fields" "$(msg Reference) +${V1#*/}"
tui_has "... and the status, as a word" "$(msg Status) +$(msgc vacancy_status open)"
tui_has "walk/tui-no-command: a description of several lines: who changes it" \
    "$(msgf_re '%-16s (several lines: ask the coordinator to change it)' "$(msg Description)")"
tui_keys Tab Tab Tab Tab Tab Tab
tui_has "the hours field has its current value, without .0" "$(msg 'Hours up to') +24 "
tui_keys C-u
tui_text "60"
tui_keys Tab
tui_wait "a bad value: the import's message under the field" "│ +$OUTSIDE"
tui_keys Enter
tui_wait "Enter does not save with a bad field" "$(edit vacancy "$V1")"
expect_eq "... nothing written" "$(sql "$DB" "SELECT hours_max FROM vacancy
    WHERE id = $V1ID")" "24.0"
tui_keys C-u
tui_text "32"
tui_keys Enter
tui_wait "saved: the status line names the field by its label" "$(msgf_re '%s saved: %s.' "$V1" "$(msg 'Hours up to')")"
wb --db "$DB" vacancy show "$V1"
expect_rc "vacancy show" 0
expect_out "... shows the change" "^$(msgf_re 'Hours up to') +32$"
expect_eq "the audit log has the row" "$(audits update vacancy "$V1ID" \
    fields=hours_max)" 1
expect_eq "... the description as it was" "$(sql "$DB" "SELECT
    replace(description, char(10), '/') FROM vacancy WHERE id = $V1ID")" \
    "Regel een/regel twee"

# walk/new-employer-unnoticed: a vacancy for an employer typed as
# werkbank does not know it ("Restaurant" for one of five restaurants)
# made a new employer without a word.  Now the form says so and names
# those alike; n goes back to the form and nothing is stored.
nemp=$(sql "$DB" "SELECT count(*) FROM employer")
word=$(sql "$DB" "SELECT name FROM employer ORDER BY id LIMIT 1" | awk '{ print $NF }')
tui_keys a
tui_wait "a new vacancy" "$(msgf_re 'New %s' "$(msg vacancy)")"
tui_text "V2026-911"
tui_keys Tab Tab
tui_text "$word"
tui_keys Tab
tui_text "Heftruckchauffeur"
tui_keys Tab
tui_text "heftruck"
tui_wait "... an occupation offered" "heftruckchauffeur \\(8344\\)"
tui_keys Down Enter Tab
tui_text "7941"
tui_keys F2
tui_wait "walk/new-employer-unnoticed: the form says the employer is new" \
    "$(msgf_re "'%s' at this postcode is not an employer in werkbank yet: saving adds it." "$word")"
tui_has "... and names those alike" "$(msg_re 'Known, and alike: %s.' | sed 's/\.\*.*//')"
tui_keys n
tui_wait "... n: back to the form, said under the field" "$(msg_re 'new to werkbank: type it as screen 9 has it, or save again to add it' | cut -c 1-30)"
expect_eq "... no employer added" "$(sql "$DB" "SELECT count(*) FROM employer")" "$nemp"
expect_eq "... no vacancy either" "$(sql "$DB" "SELECT count(*) FROM vacancy WHERE ref = 'V2026-911'")" 0
tui_keys Escape
tui_answer_if "$(msg_re 'What you typed in this form has not been saved.')" y

# a: a new vacancy, the occupation picked by typing a job title.
emp=$(sql "$DB" "SELECT name || '|' || pc4 FROM employer ORDER BY id LIMIT 1")
tui_keys a
tui_wait "a opens an empty form" "$(msgf_re 'New %s' "$(msg vacancy)")"
tui_has "... the partner filled in" "$(msg Partner)\\* +$MYP"
tui_text "V2026-901"
tui_keys Tab Tab
tui_text "${emp%|*}"
tui_keys Tab
tui_text "Heftruckchauffeur"
tui_keys Tab
tui_text "heftruck"
tui_wait "typing offers occupations" "heftruckchauffeur \\(8344\\)"
tui_keys Down Enter
tui_has "a suggestion picked" "$(msg Occupation)\\* +[a-z ]*heftruck[a-z ]* \\(8344\\)"
tui_keys Tab
tui_text "${emp#*|}"
tui_keys F2
# The employer may be another account manager's: asked first.
tui_answer_if "$(msg_re 'Enter the vacancy anyway?')" y
tui_wait "saved" "$(msgf_re 'New %s %s saved.' "$(msg vacancy)" "$MYP/V2026-901")"
NID=$(sql "$DB" "SELECT v.id FROM vacancy v JOIN partner p ON
    p.id = v.partner_id WHERE p.code = '$MYP' AND v.ref = 'V2026-901'")
expect_eq "the new vacancy has ISCO 8344" "$(sql "$DB" "SELECT isco_code
    FROM vacancy WHERE id = $NID")" 8344
expect_eq "... and its create row" "$(audits create vacancy "$NID")" 1
tui_keys e
tui_wait "the list kept the new vacancy selected" "$(edit vacancy "$MYP/V2026-901")"
tui_has "its occupation shows with the code" "$(msg Occupation)\\* +.*\\(8344\\)"

# The stale edit: the CLI changes the vacancy while the form is open.
wb --db "$DB" vacancy edit "$MYP/V2026-901" positions=3
expect_rc "meanwhile the CLI changes the positions" 0
tui_keys Tab Tab Tab Tab C-u
tui_text "2"
tui_keys F2
tui_wait "the stale edit: a dialog" "$(msgf_re 'Changed meanwhile: %s' "$MYP/V2026-901")"
tui_has "... naming who, in local time" "$(msgf_re '  by %s at %s' "$ME" @T | sed 's/@T/20[0-9-]+ [0-9:]+/')"
tui_has "... and what, by its label" "$(msg 'changed: ')$(msg Positions)"
tui_has "... and the value now" "$(msg '  now:') $(msg Positions) 3"
tui_keys Enter
tui_wait "closed: not saved" "$(msgf_re 'Not saved: %s was changed by someone else; read again.' "$MYP/V2026-901")"
expect_eq "the CLI's change stands" "$(sql "$DB" "SELECT positions FROM
    vacancy WHERE id = $NID")" 3

# H, R, W: hold, reopen, withdraw, each with a note and y/n.
status_of() {
	sql "$DB" "SELECT status FROM vacancy WHERE id = $NID"
}
tui_keys H
tui_wait "H asks for a note" "$(msgf_re 'Put vacancy %s on hold' "$MYP/V2026-901")"
tui_keys Escape
tui_wait "Esc: nothing changes" "$(msgf_re '%s stays %s.' "$MYP/V2026-901" "$(msgc vacancy_status open)")"
expect_eq "... still open" "$(status_of)" open
# walk/hold-asks-twice: the note form is the question; Enter holds
# (there was a y/n after it; only a withdrawal, final, asks again).
tui_keys H
tui_text "werkgever twijfelt"
tui_keys Enter
OPEN=$(msgc vacancy_status open)
HOLD=$(msgc vacancy_status 'on hold')
tui_wait "walk/hold-asks-twice: held, in words" "$(msgf_re '%s: %s -> %s.' "$MYP/V2026-901" "$OPEN" "$HOLD")"
expect_eq "on hold in the database" "$(status_of)" on_hold
expect_eq "... with the note in the audit row" "$(audits update vacancy \
    "$NID" "status=on_hold note=werkgever twijfelt")" 1
tui_wait "the list marks it on hold" "$MYP/V2026-901 +\\[$HOLD\\] "
tui_keys H
tui_wait "holding again is refused" "$(msgf_re '%s is %s: it cannot be %s; what may follow: %s.' "$MYP/V2026-901" "$HOLD" "$(msg 'put on hold')" @X | sed 's/@X.*//')"
tui_keys R Enter
tui_wait "reopened" "$(msgf_re '%s: %s -> %s.' "$MYP/V2026-901" "$HOLD" "$OPEN")"
expect_eq "open again" "$(status_of)" open
tui_keys W
tui_wait "W asks" "$(msgf_re 'Withdraw vacancy %s' "$MYP/V2026-901")"
tui_text "ingevuld door uitzendbureau"
tui_keys Enter
tui_wait "... and warns it is final" "$(msgf_re 'Withdraw %s? That is final.' "$MYP/V2026-901")"
tui_keys y
tui_wait "withdrawn" "$(msgf_re '%s: %s -> %s.' "$MYP/V2026-901" "$OPEN" "$(msgc vacancy_status withdrawn)")"
expect_eq "withdrawn in the database" "$(status_of)" ingetrokken

# A candidate of the user's own partner: edited, the view audited.
C1ID=$(sql "$DB" "SELECT c.id FROM candidate c JOIN partner p ON
    p.id = c.partner_id WHERE p.code = '$MYP' ORDER BY c.ref LIMIT 1")
C1=$(sql "$DB" "SELECT p.code || '/' || c.ref FROM candidate c JOIN partner p
    ON p.id = c.partner_id WHERE c.id = $C1ID")
views=$(audits view candidate "$C1ID")
tui_keys 2 f
tui_text "partner:$MYP"
tui_keys Enter
tui_wait "the candidates of $MYP" "$(msgf_re '  filter: %s' "partner:$MYP" | sed 's/^ *//')"
tui_keys g e
tui_wait "e opens the candidate's form" "$(edit candidate "$C1")"
# walk/occupations-as-codes: the form showed a candidate's occupations as
# codes (5223:5,5|9334); now each group's title with its code.
if [ -n "$(sql "$DB" "SELECT 1 FROM candidate_occupation WHERE candidate_id = $C1ID LIMIT 1")" ]; then
	tui_has "walk/occupations-as-codes: occupations by their titles" \
	    "$(msg Occupations) +[^|]*[A-Za-z][^|]* \\([0-9]{4}\\)"
	# walk/form-field-start: a long list showed only its end, from the
	# middle of a word ("nes voor de vervaardiging ..."); a field not
	# being typed in shows its start, a title's capital.
	tui_has "walk/form-field-start: the occupations from their start" \
	    "$(msg Occupations) +[A-Z]"
else
	skip "walk/occupations-as-codes" "$C1 has no occupation"
fi
# walk/form-border: a form taller than the screen drew its footer on the
# border row and the border past the box, over the key bar.
case $(tui_keybar) in
*"┘"*|*"└"*) not_ok "walk/form-border: the key bar stays clear of the form" "$(tui_keybar)" ;;
*) ok "walk/form-border: the key bar stays clear of the form" ;;
esac
expect_eq "opening it is audited as a view" "$(audits view candidate \
    "$C1ID")" "$((views + 1))"
tui_keys Tab Tab Tab Tab Tab Tab Tab Tab Tab Tab Tab Tab Tab Tab C-u
tui_text "25"
tui_keys F2
tui_wait "the candidate saved" "$(msgf_re '%s saved: %s.' "$C1" "$(msg 'Maximum travel (km)')")"
expect_eq "... in the database" "$(sql "$DB" "SELECT max_travel_km FROM
    candidate WHERE id = $C1ID")" 25.0
expect_eq "... with its audit row" "$(audits update candidate "$C1ID" \
    fields=max_travel_km)" 1
tui_keys M
tui_wait "meeting mode" "$(msg MEETING)"
tui_keys e
tui_wait "meeting mode: no candidate form" "$(msg_re "Meeting mode: a candidate's form shows personal details; leave meeting mode (M) first.")"
tui_hasnt "... none opened" "$(edit candidate "$C1")"
tui_keys M
tui_wait "leaving meeting mode asks" "$(msg_re 'Leave meeting mode? Names and contact details will show (y/n)')"
tui_keys y

# A new employer on screen 9, with its account manager.
am=$(sql "$DB" "SELECT login FROM app_user WHERE role = 'accountmanager'
    ORDER BY id LIMIT 1")
rec=$(sql "$DB" "SELECT login FROM app_user WHERE role = 'recruiter'
    ORDER BY id LIMIT 1")
tui_keys 9
tui_wait "the employers" "$(msg_re 'Employers (%zu), %zu with a contact due: d shows them')"
tui_keys a
tui_wait "a opens the employer form" "$(msgf_re 'New %s' "$(msg employer)")"
tui_text "Forms Testbedrijf"
tui_keys Tab
tui_text "${emp#*|}"
tui_keys Tab Tab Tab
tui_text "$rec"
tui_keys Tab
tui_wait "a recruiter is no account manager" "$(msgf_re '%s is a %s, not an account manager' "$rec" "$(msgc role recruiter)")"
tui_keys Up C-u
tui_text "$am"
tui_keys F2
tui_wait "the employer saved" "$(msgf_re 'New %s %s saved.' "$(msg employer)" "Forms Testbedrijf@${emp#*|}")"
expect_eq "... with its account manager" "$(sql "$DB" "SELECT u.login FROM
    employer e JOIN app_user u ON u.id = e.account_manager_id WHERE
    e.name = 'Forms Testbedrijf'")" "$am"
tui_keys e
tui_wait "the new employer stays selected" "$(edit employer "Forms Testbedrijf@${emp#*|}")"
tui_keys Escape
tui_wait "Esc: nothing saved" "$(msg_re 'Nothing saved.')"

# A viewer is refused before a form opens.
sql "$DB" "UPDATE app_user SET role = 'viewer' WHERE login = '$ME'"
tui_keys 1 e
VIEWER=$(msgf_re '%s is a viewer: viewers change nothing' "$ME")
tui_wait "a viewer is refused" "$VIEWER"
tui_hasnt "... no form" "$(msgf_re 'Edit %s %s' "$(msg vacancy)" X | sed 's/ X$//')"
tui_keys a
tui_wait "... a new one too" "$VIEWER"
tui_keys H
tui_wait "... and the lifecycle keys" "$VIEWER"
tui_stop
sql "$DB" "UPDATE app_user SET role = 'coordinator' WHERE login = '$ME'"

# A hang-up while the form waits for keys: gone at once, nothing written.
before=$(sql "$DB" "SELECT count(*) || '/' || max(id) FROM audit_log")
tui_start 160 45 --db "$DB"
tui_wait "up again" " +[0-9]+ $V1 "
tui_keys e
tui_wait "the form waits" "$(edit vacancy "$V1")"
tui_keys Tab Tab Tab Tab Tab Tab C-u
tui_text "40"
pid=$(tui_pid)
[ -n "$pid" ] && kill -HUP "$pid"
i=10
while [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null &&
    ! ps -o stat= -p "$pid" | grep -q '^Z' && [ "$i" -gt 0 ]; do
	sleep 0.1
	i=$((i - 1))
done
if [ -n "$pid" ] && [ "$i" -gt 0 ]; then
	ok "SIGHUP in a form: gone within a second"
else
	not_ok "SIGHUP in a form: gone within a second" "pid '$pid' still runs"
	[ -n "$pid" ] && kill -9 "$pid" 2>/dev/null
fi
expect_eq "... nothing written" "$(sql "$DB" "SELECT hours_max FROM vacancy
    WHERE id = $V1ID")/$(sql "$DB" "SELECT count(*) || '/' || max(id) FROM
    audit_log")" "32.0/$before"
sleep 0.2
if _sanitizer_report "$TUI_ERR"; then
	not_ok "SIGHUP in a form: no sanitizer report" "$(_excerpt "$TUI_ERR")"
else
	ok "SIGHUP in a form: no sanitizer report"
fi
_tmux kill-server 2>/dev/null
finish
