# test/tui/employer-services.sh: the account manager's week on the
# employer screen (issue 15), at 100x30 in the language of the run, on a
# copy of the demo: d keeps the employers with a contact due, per account
# manager; Enter shows one employer's contact persons (their view in the
# audit log), vacancies, placements, ratings with comments and contacts
# with notes; Enter on a vacancy opens it; c asks whose employer it is,
# then logs a contact (a next contact in the past refused under its
# field, a new name added as a contact person); r takes a rating (11
# refused); P adds a contact person; the meeting screen lists the
# contacts due; the vacancy form asks for another's employer; and
# meeting mode shows no contact person, phone, e-mail, comment or
# contact note on any screen, and offers no contact form.
. "$WB_ROOT/test/lib.sh"
. "$WB_ROOT/test/tui/tui.lib"

tui_need
need_demo "employer services on the demo" || finish
if ! command -v sqlite3 >/dev/null 2>&1; then
	skip "employer services on the demo" "no sqlite3 to look inside"
	finish
fi
cp_db "$WB_DEMO" demo.db && chmod 0660 demo.db
DB=$T/demo.db
q() { sql "$DB" "$1"; }
cli() { "$WB" --db "$DB" "$@" </dev/null >/dev/null 2>&1; }
ME=$(id -un)
AM=$(q "SELECT login FROM app_user WHERE role = 'accountmanager' AND active ORDER BY id LIMIT 1")
AMNAME=$(q "SELECT name FROM app_user WHERE login = '$AM'")
TODAY=$WERKBANK_TODAY
day() { date -d "$TODAY $1 days" +%Y-%m-%d; }

# An employer of AM's that sorts first, with people, a vacancy, a rating
# and contacts; its last contact's next one is due in two days.
E="000 Kaasboerderij Wolters@7941"
cli employer add name="000 Kaasboerderij Wolters" postcode=7941 sector=productie \
    account_manager="$AM"
EID=$(q "SELECT id FROM employer WHERE name = '000 Kaasboerderij Wolters'")
[ -n "$EID" ] || { not_ok "setup: the employer" "not made"; finish; }
cli employer person add "$E" "Gerda Wolters" --function eigenaar --phone 0522-123456 \
    --email gerda@wolters.example
cli employer person add "$E" "Harm Bosman" --function "chef productie" --phone 06-11223344
cli vacancy add ref=T-15 employer="000 Kaasboerderij Wolters" postcode=7941 title=Kaasmaker \
    occupation=7513 --yes
cli rating add "$E" 9 --nps 8 --comment "Snel geholpen door Harm" --date "$(day -20)"
cli contact add "$E" --type bezoek --date "$(day -10)" --with "Gerda Wolters" \
    --note "Vertrouwelijk: reorganisatie op komst" --agreed "Profiel mailen" \
    --next "$(day 2)" --tag krapte --yes
NDUE=$("$WB" --db "$DB" employers --csv </dev/null | cut -d , -f 12 | grep -c '^1$')
N=$(($("$WB" --db "$DB" employers --csv </dev/null | wc -l) - 1))
VID=$(q "SELECT id FROM vacancy WHERE ref = 'T-15'")
VKEY=$(q "SELECT p.code || '/' || v.ref FROM vacancy v JOIN partner p ON p.id = v.partner_id WHERE v.id = $VID")
LISTS=$(msg_re 'Vacancies: open (%zu)' | sed 's/ .(.*//')
PLACE=$(q "SELECT place FROM pc4 WHERE code = '7941'")
shows() { msgf_re '%s (%s), account manager %s: %zu contacts, %zu vacancies' \
    '000 Kaasboerderij Wolters' "$PLACE" "$AMNAME" "$1" 1; }

tui_start 100 30 --db "$DB"
tui_wait "the list is up" "$LISTS"
tui_keys 9
tui_wait "9: the employers, and how many have a contact due" \
    "$(msgf_re 'Employers (%zu), %zu with a contact due: d shows them' "$N" "$NDUE")"
tui_has "... the next contact in its column, by the account manager's name" "000 Kaasboerderij Wolters +.* $AMNAME +$(day 2) "

tui_keys d
tui_wait "d: the contacts due, per account manager" \
    "$(msgf_re 'Contacts due (%zu), per account manager: d shows all employers' "$NDUE")"
check_py "... sorted by account manager, then the oldest next contact" "$SCREEN" \
    "$(msg 'Account manager')" "$(msg 'Next contact')" <<'PY'
import sys
lines = open(sys.argv[1]).read().splitlines()
head = [l for l in lines if sys.argv[2] in l and sys.argv[3] in l][0]
a, b = head.index(sys.argv[2]), head.index(sys.argv[3])
rows = [(l[a:b].strip().lower(), l[b:b + 10]) for l in lines[lines.index(head) + 1:-2]
    if l[b:b + 4].isdigit()]
assert len(rows) >= 2, rows
assert rows == sorted(rows), rows
PY
tui_has "... ours among them" "000 Kaasboerderij Wolters +.* $AMNAME +$(day 2) "
tui_keys d
tui_wait "d again: all employers" "$(msgf_re 'Employers (%zu), %zu with a contact due: d shows them' "$N" "$NDUE")"

# One employer.
V0=$(q "SELECT count(*) FROM audit_log WHERE action = 'view' AND record_type = 'employer' AND record_id = $EID")
tui_keys g Enter
tui_wait "Enter shows the employer" "$(shows 1 1)"
tui_has "its primary contact person with function and phone" \
    "^ *$(msg person) +Gerda Wolters +\\* eigenaar +0522-123456  gerda@wolters.example"
tui_has "... and the other" "^ *$(msg person) +Harm Bosman +chef productie +06-11223344"
expect_eq "showing them is in the audit log" \
    "$(q "SELECT count(*) FROM audit_log WHERE action = 'view' AND record_type = 'employer' AND record_id = $EID")" $((V0 + 1))
tui_has "its vacancy" "^ *$(msg vacancy) +$TODAY +$VKEY +$(msgc vacancy_status open) "
tui_has "its rating: score, NPS, comment, who took it" \
    "^ *$(msg rating) +$(day -20) +9 +$(msgf_re 'NPS %d' 8) +Snel geholpen door Harm  $ME"
tui_has "its contact: type, who, the next contact, due, with whom" \
    "^ *$(msg contact) +$(day -10) +$(msgc contact_type visit) +$ME +$(msgf_re 'due %s  ' "$(day 2)")$(msgf_re 'with %s  ' 'Gerda Wolters')"
tui_has "... the note on a line of its own" "$(msg 'note:') Vertrouwelijk: reorganisatie"
tui_has "... and what was agreed" "$(msg 'agreed:') Profiel mailen"

# Enter on the vacancy opens it.
row=$(grep -n " $VKEY " "$SCREEN" | head -n 1 | cut -d : -f 1)
i=4
while [ "$i" -lt "$row" ]; do tui_keys j; i=$((i + 1)); done
tui_keys Enter
tui_wait "Enter on the vacancy opens it in the detail screen" "$(msgf_re 'Detail of vacancy %s (Esc: back)' "$VKEY")"
tui_keys Escape
tui_wait "Esc: back to the employer" "$(shows 1 1)"

# c: the account manager's question, then the form.
tui_keys c
tui_wait "c: whose employer it is" "$(msgf_re '%s is an employer of %s (account manager %s).' '000 Kaasboerderij Wolters' "$AMNAME" "$AM")"
tui_keys n
tui_wait "n: nothing entered" "$(msgf_re 'Nothing entered for %s; %s is its account manager.' '000 Kaasboerderij Wolters' "$AM")"
tui_keys c
tui_wait "c again" "$(msgf_re 'Log a contact anyway?')"
tui_keys y
tui_wait "y: the contact form" "$(msg Type) +< $(msgc contact_type visit) >"
tui_keys Right Tab Tab
tui_text "Jan Kaasmaker"
tui_keys Tab
tui_text "Belt over twee kaasmakers"
tui_keys Tab Tab
tui_text "$(day -1)"
tui_keys Tab
tui_wait "a next contact in the past is refused under its field" \
    "$(msgf_re 'in the past: the next contact is today or later')"
tui_keys BTab C-u
tui_text "$(day 5)"
tui_keys Tab
tui_text "tekort, seizoenswerk"
tui_keys F2
tui_wait "F2: logged, and the new name added as a contact person" \
    "$(msgf_re 'Contact logged; %s is added as a contact person.' 'Jan Kaasmaker')"
expect_eq "... in the database: type, person, next, signals" \
    "$(q "SELECT c.type || '|' || p.name || '|' || c.next_on || '|' || (SELECT group_concat(tag, ',') FROM (SELECT tag FROM contact_tag WHERE contact_id = c.id ORDER BY tag)) FROM employer_contact c JOIN contact_person p ON p.id = c.person_id WHERE c.id = (SELECT max(id) FROM employer_contact)")" \
    "telefoon|Jan Kaasmaker|$(day 5)|krapte,seizoenswerk"
tui_wait "... and on the screen at once" "$(shows 2 1)"

# r: a rating.
tui_keys r
tui_wait "r: the rating form" "$(msgf_re 'The score and the NPS question are asked apart.')"
tui_text "11"
tui_keys Tab
tui_wait "a score of 11 is refused under its field" "$(msgf_re '%s is outside %s to %s' 11 1 10)"
tui_keys BTab C-u
tui_text "8"
tui_keys Tab
tui_text "9"
tui_keys Tab
tui_text "Prettig contact"
tui_keys F2
tui_wait "F2: the rating taken" "$(msgf_re 'Rating of %s taken: %s.' '000 Kaasboerderij Wolters' 8)"
expect_eq "... score and NPS apart, the comment, the taker" \
    "$(q "SELECT score || '|' || nps || '|' || comment || '|' || u.login FROM employer_rating r JOIN app_user u ON u.id = r.by_user_id WHERE r.id = (SELECT max(id) FROM employer_rating)")" \
    "8|9|Prettig contact|$ME"

# P: a contact person.
tui_keys P
tui_wait "P: the person form" "$(msgf_re 'Contact person at %s' '000 Kaasboerderij Wolters')"
tui_text "Anna Zuivel"
tui_keys Tab
tui_text "planner"
tui_keys Tab
tui_text "06-55443322"
tui_keys Tab
tui_text "anna@wolters.example"
tui_keys F2
tui_wait "F2: added" "$(msgf_re '%s added as a contact person of %s.' 'Anna Zuivel' '000 Kaasboerderij Wolters')"
tui_has "... and shown" "^ *$(msg person) +Anna Zuivel +planner +06-55443322  anna@wolters.example"

# Meeting mode: no person, phone, e-mail, comment or note anywhere.
PRIVATE="Gerda|Harm Bosman|Jan Kaasmaker|Anna Zuivel|0522-123456|06-11223344|06-55443322|@wolters|Vertrouwelijk|reorganisatie|Profiel mailen|Snel geholpen|Prettig contact|Belt over"
tui_keys M
tui_wait "meeting mode" "$(msg MEETING)"
tui_wait "... the employer still shows" "$(shows 2 2)"
tui_hasnt "... without contact persons, phones, e-mails, comments or notes" "$PRIVATE"
tui_has "... its contacts as type, who and when" "^ *$(msg contact) +$TODAY +$(msgc contact_type 'phone call') +$ME "
tui_keys c
tui_wait "... and no contact form" "$(msgf_re "Not in meeting mode: a contact names the employer's people (M leaves it).")"
tui_keys P
tui_wait "... nor a person form" "$(msgf_re 'Not in meeting mode: contact persons are personal data (M leaves it).')"
tui_keys Escape
tui_wait "the list in meeting mode" "$(msg_re 'Employers (%zu), %zu with a contact due: d shows them')"
tui_hasnt "... nothing private" "$PRIVATE"
tui_keys d
tui_wait "the contacts due in meeting mode" "$(msg_re 'Contacts due (%zu), per account manager: d shows all employers')"
tui_hasnt "... nothing private" "$PRIVATE"
tui_keys d 8
tui_wait "the meeting screen" "$(msgf_re 'The Monday meeting, %s: no meeting is open, the agenda since %s (s start, x minutes, p since, v slate, Esc back)' "$TODAY" @S | sed 's/@S.*//')" 10
tui_keys G
tui_wait "... near its end, before the action items: the contacts with employers due" "$(msg_re 'Contacts with employers due (%zu)')" 10
tui_wait "... lists the contacts due: employer, account manager, when" \
    "000 Kaasboerderij Wolters +$AM +$(day 5) +$(msgf_re "$(msgn 'in %d day' 'in %d days' 5)" 5)" 10
tui_hasnt "... nothing private" "$PRIVATE"
tui_keys M
tui_wait "leaving meeting mode asks" "$(msg_re 'Leave meeting mode? Names and contact details will show (y/n)' | sed 's/?.*/?/')"
tui_keys y

# The vacancy form for another's employer asks after its fields check out.
tui_keys 9 g Enter
tui_wait "the employer again" "$(shows 2 2)"
row=$(grep -n " $VKEY " "$SCREEN" | head -n 1 | cut -d : -f 1)
i=4
while [ "$i" -lt "$row" ]; do tui_keys j; i=$((i + 1)); done
tui_keys Enter
tui_wait "the vacancy" "$(msgf_re 'Detail of vacancy %s (Esc: back)' "$VKEY")"
tui_keys 1
tui_wait "the vacancy list" "$LISTS"
tui_keys /
tui_text "Kaasmaker"
tui_keys Enter
tui_wait "the vacancy found" " $VKEY "
tui_keys e
tui_wait "its form" "$(msgf_re 'Edit %s %s' "$(msg vacancy)" "$VKEY")"
tui_keys Tab Tab Tab Tab
tui_keys C-u
tui_text "2"
tui_keys F2
# walk/edit-asks-again: an edit that keeps the employer saves without
# asking whose employer it is (adding one asks; employer.sh).
tui_wait "walk/edit-asks-again: an edit that keeps the employer saves at once" "$(msgf_re '%s saved: %s.' "$VKEY" "$(msg Positions)")"
tui_hasnt "... without the question" "$(msgf_re 'Enter the vacancy anyway?')"
expect_eq "... in the database" "$(q "SELECT positions FROM vacancy WHERE id = $VID")" 2
tui_stop
finish
