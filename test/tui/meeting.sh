# test/tui/meeting.sh: a meeting walk-through with --meeting: every
# screen is captured and searched for the candidates' names (full names
# anywhere; the surname on any line naming the candidate's key), phone
# numbers, e-mail addresses, target groups and restrictions.  Leaving
# meeting mode and quitting in it ask first.
. "$WB_ROOT/test/lib.sh"
. "$WB_ROOT/test/tui/tui.lib"

tui_need
need_demo "meeting mode on the demo" || finish
cp_db "$WB_DEMO" demo.db
DB=$T/demo.db
sql "$DB" "SELECT p.code || '/' || c.ref || '|' || c.first_name || '|' || c.last_name FROM candidate c JOIN partner p ON p.id = c.partner_id" >people.txt
sql "$DB" "SELECT first_name || ' ' || last_name FROM candidate" >fullnames.txt

n=0
shot() {	# shot NAME: capture the screen as screen-N-NAME
	n=$((n + 1))
	sleep 0.3
	tui_screen "$T/screen-$n-$1"
}

tui_start 120 40 --db "$DB" --meeting
tui_wait "--meeting starts in meeting mode" "$(msg MEETING)"
tui_wait "the matches follow" "$(msg_re 'Matches for %s: %zu of %zu %s pass (x: excluded)  %s' | sed 's/ \.\*:.*//')"
shot vacancies
tui_keys Tab x
shot excluded
tui_keys x Tab t
shot filled
tui_keys t Enter
shot vacancy-detail
tui_keys Escape 2
tui_wait "the candidates list" "$(t_candidates) \\("
shot candidates
tui_keys Enter
tui_wait "a candidate's detail" "$(msg_re 'Detail of candidate %s (Esc: back)' | sed 's/ \.\*.*//')"
shot candidate-detail
tui_keys j j j j j j j j j j j j j j j j j j j j
shot candidate-detail-end
tui_keys Escape Tab
shot reverse
tui_keys Enter
shot reverse-detail
tui_keys Escape 1 Tab Enter
shot match-detail
tui_keys Escape '?'
shot help
tui_keys Escape
for f in "$T"/screen-*; do
	name=${f##*/screen-}
	if grep -F -q -f fullnames.txt "$f"; then
		not_ok "no full name on screen $name" "$(grep -F -o -f fullnames.txt "$f" | head -n 3 | tr '\n' '|')"
	else
		ok "no full name on screen $name"
	fi
	# The surname of every candidate whose key is on a line.
	bad=$(grep -E -o '[A-Z]{2,8}/K-[0-9]+' "$f" | sort -u | while read -r key; do
		last=$(grep -F "$key|" people.txt | head -n 1 | cut -d '|' -f 3)
		[ -n "$last" ] || continue
		surname=${last##* }
		if grep -F "$key" "$f" | grep -F -q -w "$surname"; then
			echo "$key $last"
		fi
	done)
	if [ -n "$bad" ]; then
		not_ok "no surname beside a key on screen $name" "$bad"
	else
		ok "no surname beside a key on screen $name"
	fi
	if grep -E -q '06-[0-9]{8}|@example\.|Phone|E-mail|Target group|Restriction|doelgroepregister|geen_|beschut-werk indication' "$f"; then
		not_ok "no contact detail, target group or restriction on screen $name" "$(grep -E '06-[0-9]{8}|@example\.|Phone|E-mail|Target group|Restriction|doelgroepregister|geen_|beschut-werk' "$f" | head -n 2 | tr '\n' '|')"
	else
		ok "no contact detail, target group or restriction on screen $name"
	fi
done
tui_keys q
tui_wait "quitting in meeting mode asks first" "$(msg_re 'Quit werkbank? (y/n)' | sed 's/ .(.*//')"
tui_keys n
tui_keys M
tui_wait "leaving meeting mode asks first" "$(msg_re 'Leave meeting mode? Names and contact details will show (y/n)' | sed 's/?.*/?/')"
tui_keys n
tui_wait "answering no stays in meeting mode" "$(msg_re 'Still in meeting mode.')"
tui_has "the badge is still there" "$(msg MEETING)"
tui_keys M y
tui_wait "answering yes leaves it" "$(msg_re 'Meeting mode is off.')"
tui_hasnt "the badge is gone" "$(msg MEETING)"
tui_keys M
tui_wait "M enters meeting mode again without a question" "$(msg MEETING)"
tui_stop "werkbank exits cleanly after q and y"
finish
