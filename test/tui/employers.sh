# test/tui/employers.sh: the employer screen (9) on the demo: every
# employer with its account manager and counts, the same as `werkbank
# employers`; Enter shows one employer's vacancies, placements and
# ratings, the same as `werkbank employer KEY`; Esc goes back to the list
# and q to the lists; another session's change of the account manager
# shows; it reads at 80x24 and in meeting mode.
. "$WB_ROOT/test/lib.sh"
. "$WB_ROOT/test/tui/tui.lib"

tui_need
need_demo "the employers on the demo" || finish
if ! command -v sqlite3 >/dev/null 2>&1; then
	skip "the employers on the demo" "no sqlite3 to look inside"
	finish
fi
cp_db "$WB_DEMO" demo.db
DB=$T/demo.db
q() { sqlite3 "$DB" "$1"; }

# An employer with vacancies, placements and ratings, renamed so that it
# sorts first, and an account manager to give it later.
E=$(q "SELECT p.code || '/' || e.ref FROM employer e JOIN partner p ON p.id = e.partner_id
    WHERE e.ref IS NOT NULL AND EXISTS (SELECT 1 FROM employer_rating r WHERE r.employer_id = e.id)
    AND EXISTS (SELECT 1 FROM placement pl JOIN vacancy v ON v.id = pl.vacancy_id
    WHERE v.employer_id = e.id) ORDER BY e.id LIMIT 1")
AM1=$(q "SELECT login FROM app_user WHERE role = 'accountmanager' AND active ORDER BY id LIMIT 1")
AM2=$(q "SELECT login FROM app_user WHERE role = 'accountmanager' AND active ORDER BY id LIMIT 1 OFFSET 1")
# The screen names them as the team knows them (walk/report-logins).
AM1NAME=$(q "SELECT name FROM app_user WHERE login = '$AM1'")
AM2NAME=$(q "SELECT name FROM app_user WHERE login = '$AM2'")
"$WB" --db "$DB" employer edit "$E" name="000 Testbedrijf" account_manager="$AM1" \
    </dev/null >/dev/null 2>&1
N=$(($("$WB" --db "$DB" employers --csv </dev/null | wc -l) - 1))
ROW=$("$WB" --db "$DB" employers --csv </dev/null | grep "^$E,")
# employer,name,place,partner,account_manager,open,vacancies,placements,ratings,rating
OPEN=$(echo "$ROW" | cut -d , -f 6)
NVAC=$(echo "$ROW" | cut -d , -f 7)
NPL=$(echo "$ROW" | cut -d , -f 8)
NRT=$(echo "$ROW" | cut -d , -f 9)
RATING=$(echo "$ROW" | cut -d , -f 10)
NDUE=$("$WB" --db "$DB" employers --csv </dev/null | cut -d , -f 12 | grep -c '^1$')
NCT=$(q "SELECT count(*) FROM employer_contact c JOIN employer e ON e.id = c.employer_id
    WHERE e.name = '000 Testbedrijf'")

# The screen is in the language of the run; so are the words below.
LISTS=$(msg_re 'Vacancies: open (%zu)' | sed 's/ .(.*//')
DEC=.
is_dutch && DEC=,
RATING=$(echo "$RATING" | tr . "$DEC")
tui_start 160 50 --db "$DB"
tui_wait "the list is up" "$LISTS"
tui_keys 9
tui_wait "9 opens the employers" "$(msgf_re 'Employers (%zu), %zu with a contact due: d shows them' "$N" "$NDUE")"
tui_has "the tab bar has 9 Employers" " 9 $(msg Employers)"
tui_has "the header names the columns" "$(msg Employer) +$(msg Name)▲? +$(msg Place) +$(msg 'Account manager') +$(msg 'Next contact') +$(msg Open) +$(msg Vacancies) +$(msg Placements) +$(msg Rating)"
tui_has "the employer's row: account manager, next contact and counts as the CLI's" \
    "^ *$E +000 Testbedrijf +[A-Za-z' -]+ +$AM1NAME +([0-9-]+ +)?$OPEN +$NVAC +$NPL +$RATING *\$"
tui_has "the status line names the view" "$(msg Employers) 1/$N"

tui_keys Enter
tui_wait "Enter shows the employer: its account manager, contacts and vacancies" "$(msgf_re '%s (%s), account manager %s: %zu contacts, %zu vacancies' '000 Testbedrijf' "$E" "$AM1NAME" "$NCT" "$NVAC")"
"$WB" --db "$DB" employer "$E" </dev/null >cli.txt 2>&1
heading() { msg_re "\\n$1 (%zu):\\n" | cut -d ' ' -f 1; }
V1=$(sed -n "/^$(heading vacancies)/{n;p;}" cli.txt | awk '{print $1, $2}')
P1=$(sed -n "/^$(heading placements)/{n;p;}" cli.txt | awk '{print $1, $3}')
R1=$(sed -n "/^$(heading ratings)/{n;p;}" cli.txt | awk '{print $1, $2}')
tui_has "its newest vacancy as the CLI shows it" \
    "^ *$(msg vacancy) +[0-9-]+ +$(echo "$V1" | cut -d ' ' -f 1) +$(echo "$V1" | cut -d ' ' -f 2) "
tui_has "its newest placement" "^ *$(msg placement) +$(echo "$P1" | cut -d ' ' -f 1) +$(echo "$P1" | cut -d ' ' -f 2) "
tui_has "its newest rating" "^ *$(msg rating) +$(echo "$R1" | cut -d ' ' -f 1) +$(echo "$R1" | cut -d ' ' -f 2)( |\$)"
tui_has "the lines: what, date, record, status, detail" "$(msg What) +$(msg Date) +$(msg Record) +$(msg Status) +$(msg Detail)"
tui_keys Escape
tui_wait "Esc goes back to the employers" "$(msgf_re 'Employers (%zu), %zu with a contact due: d shows them' "$N" "$NDUE")"
tui_has "... with the same employer selected" "$(msg Employers) 1/$N"

# walk/employer-search: / on the employers searched nothing ("this pane
# cannot search") and the letters typed after it ran as keys: e opened
# the form with the name selected, typing replaced it and Enter saved.
# Now / finds employers by a part of their name, twice in a row, and
# nothing is changed.
last=$(q "SELECT name FROM employer ORDER BY name_key DESC, pc4 DESC LIMIT 1")
word=$(echo "$last" | awk '{ print $NF }')
want=$(q "SELECT count(*) FROM employer WHERE instr(name_key, lower('$word')) > 0")
upd=$(q "SELECT count(*) FROM audit_log WHERE record_type = 'employer' AND
    action = 'update'")
tui_keys g /
tui_text "$word"
tui_keys Enter
tui_wait "walk/employer-search: / finds employers by name" \
    "$(msgf_re '  search: %s (%zu here)' "$word" "$want" | sed 's/^ *//')"
tui_keys /
tui_text "Testbedrijf"
tui_keys Enter
tui_wait "... and again" "$(msgf_re '  search: %s (%zu here)' Testbedrijf 1 | sed 's/^ *//')"
tui_has "... on the employer found" "$(msg Employers) 1/$N"
expect_eq "... and no employer changed from the screen" "$(q "SELECT count(*)
    FROM audit_log WHERE record_type = 'employer' AND action = 'update'")" "$upd"

# Another session gives the employer another account manager.
"$WB" --db "$DB" employer edit "$E" account_manager="$AM2" </dev/null >/dev/null 2>&1
tui_wait "another session's change shows" "^ *$E +000 Testbedrijf +.* $AM2NAME +([0-9-]+ +)?$OPEN " 5

tui_resize 80 24
tui_wait "it reads at 80x24" "^ *$E +000 Testbedrijf"
tui_keys M
tui_wait "meeting mode" "$(msg MEETING)"
tui_has "the employers stay in meeting mode" "^ *$E +000 Testbedrijf"
tui_keys Enter
tui_wait "... and the employer's lines" "^ *$(msg placement) +"
tui_keys Escape q
tui_wait "q goes back to the lists" "$LISTS"
tui_stop
finish
