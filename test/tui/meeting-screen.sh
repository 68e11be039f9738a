# test/tui/meeting-screen.sh: the Monday meeting screen (8) on a copy of
# the demo, in meeting mode as on the projector: the agenda's sections
# with the counts `werkbank meeting agenda` gives; s starts the meeting;
# two action items added in a form (a bad date said under its field, the
# text kept; Esc asks before throwing it away), one marked done and
# undone with u; e ends the meeting and writes the minutes (0600) with both items
# and the agenda; no name of a candidate on any screen.
. "$WB_ROOT/test/lib.sh"
. "$WB_ROOT/test/tui/tui.lib"

tui_need
need_demo "meeting screen on the demo" || finish
cp_db "$WB_DEMO" demo.db
DB=$T/demo.db
sql "$DB" "SELECT p.code || '/' || c.ref || '|' || c.first_name || '|' || c.last_name FROM candidate c JOIN partner p ON p.id = c.partner_id" >people.txt
sql "$DB" "SELECT first_name || ' ' || last_name FROM candidate" >fullnames.txt

# The rows of each table of the CLI's agenda (the heading row not counted);
# read in C.UTF-8, for its English headings: the counts are the same.
LANG=C.UTF-8 wb --db "$DB" meeting agenda
expect_rc "werkbank meeting agenda" 0
count() {	# count HEADING
	awk -v h="## $1" '/^## /{ on = ($0 == h); first = 1; next }
	    on && /^\| /{ if (first) { first = 0; next } n++ }
	    END { print n + 0 }' "$OUT"
}
nnew=$(count "New vacancies")
nopen=$(count "Open vacancies, oldest first")
nfilled=$(count "Filled vacancies and how")
nfollow=$(count "Placements due for their follow-up")
since=$(sed -n 's/^Changes since \([0-9-]*\)\.$/\1/p' "$OUT")
newkey=$(awk '/^## New vacancies/{ on = 1 } on && /^\| [A-Z]+\/V/{ print $2; exit }' "$OUT")
check "the demo's agenda has open vacancies" test "$nopen" -gt 0
check "... and new ones" test -n "$newkey"

n=0
shot() {	# shot NAME: keep the screen for the name checks
	n=$((n + 1))
	sleep 0.3
	tui_screen "$T/screen-$n-$1"
}

# The screen speaks the language of the run.
# (A prompt's trailing blank is not in the screen's text.)
M() { msg_re "$1" | sed 's/ *$//'; }
MF() { _m=$1; shift; msgf_re "$_m" "$@" | sed 's/ *$//'; }
tui_start 150 50 --db "$DB" --meeting
tui_wait "--meeting starts in meeting mode" "$(msg MEETING)"
tui_keys 8
tui_wait "8 shows the meeting screen" "$(MF 'The Monday meeting, %s: no meeting is open, the agenda since %s (s start, x minutes, p since, v slate, Esc back)' 2026-11-23 "$since" | sed 's/ .(s .*//')"
tui_has "no meeting is open yet" "$(M "No meeting is open: s starts today's; x writes the minutes of the last one." | sed 's/:.*//')"
# Page through the whole agenda, keeping every screen.
: >agenda.txt
i=0
while [ "$i" -lt 20 ]; do
	i=$((i + 1))
	shot "agenda-$i"
	cat "$SCREEN" >>agenda.txt
	tui_status | grep -E -q "$(msg Meeting) ([0-9]+)/\\1 " && break
	tui_keys Space
done
check "new vacancies since the last meeting, counted as the CLI ($nnew)" grep -E -q "$(MF 'New vacancies since %s (%zu)' "$since" "$nnew")" agenda.txt
check "open vacancies by age, counted as the CLI ($nopen)" grep -E -q "$(MF 'Open vacancies, oldest first (%zu)' "$nopen")" agenda.txt
check "filled since the last meeting, counted as the CLI ($nfilled)" grep -E -q "$(MF 'Filled since %s, and how (%zu)' "$since" "$nfilled")" agenda.txt
check "placements due for follow-up, counted as the CLI ($nfollow)" grep -E -q "$(MF 'Placements due for their follow-up (%zu)' "$nfollow")" agenda.txt
check "the oldest open vacancy is on the agenda" grep -q -F "$(LANG=C.UTF-8 wb --db "$DB" meeting agenda; awk '/^## Open vacancies/{ on = 1 } on && /^\| [A-Z]+\/V/{ print $2; exit }' "$OUT")" agenda.txt

tui_keys s
tui_wait "s starts the meeting" "$(M 'Meeting %lld started.')"
tui_has "... and the screen says it is open" "$(MF 'Meeting %lld is open, %s: the agenda since %s (a add item, d done, e end, x minutes, p since, v slate, Esc back)' 9999 2026-11-23 "$since" | sed 's/9999/[0-9]+/; s/ .(a .*//')"
wb --db "$DB" meeting start
expect_out "the CLI sees the same meeting open" "$(M 'meeting %lld is already open today\n')"

# The first action item, on the first new vacancy's line (the sixth:
# the state, the figures, a blank, the heading, the column titles): a
# form of what, who (one of the team, typed or picked) and by when.
tui_keys g j j j j j a
tui_wait "a on a vacancy's line opens the form, about that vacancy" "$(MF 'Action item on %s' "$newkey")"
tui_text "Werkgever MEP/V2026-036 nabellen"
tui_keys Tab
tui_text "marco"
tui_keys Tab
tui_text "2026-11-30"
tui_keys Enter
tui_wait "the first action item is added" "$(M 'Action item %lld added.')"
# A bad date: said under its field, and what was typed stays.
tui_keys g a
tui_wait "a on the first line: a new item, about nothing" "$(M 'New action item')"
tui_text "Nooit"
tui_keys Tab C-u Tab
tui_text "30-02-2026"
tui_keys Enter
tui_wait "issue13/action-bad-date: a bad date is said under its field" "$(msgf_re "'%s' is not a date (YYYY-MM-DD or DD-MM-YYYY)" 30-02-2026)"
tui_has "... and what was typed stays" "Nooit"
# Esc on a changed form asks before throwing it away.
tui_keys Escape
tui_wait "issue13/form-leave-asks: Esc asks first" "$(M 'What you typed in this form has not been saved.')"
tui_keys n
tui_has "... n: back in the form, as typed" "30-02-2026"
tui_keys Escape y
tui_wait "... y: nothing added" "$(M 'No action item added.')"
# The second: nobody, no date.
tui_keys g a
tui_text "Jobcoach regelen | *snel*"
tui_keys Tab C-u Enter
tui_wait "the second action item is added" "$(M 'Action item %lld added.')"
shot items
marco=$(sql "$DB" "SELECT name FROM app_user WHERE login = 'marco'")
tui_has "both items are on the screen, who by name" "Werkgever MEP/V2026-036 nabellen +$marco +2026-11-30 +$(msg open)"
tui_has "... the second too" "Jobcoach regelen \| \*snel\* .* $(msg open)"
tui_has "... counted" "$(MF 'Action items (%zu open, %zu on the list)' 2 2)"

# Mark the first done: G goes to the last line (the second item), k up.
tui_keys G k d
tui_wait "d marks the selected item done" "$(M 'Action item %lld done; u undoes it.')"
tui_has "... shown as done" "Werkgever MEP/V2026-036 nabellen +$marco +2026-11-30 +$(MF 'done %s' 2026-11-23)"
# u: undone for a moment after, then done again.
tui_keys u
tui_wait "issue13/action-done-undo: u opens it again" "$(M 'Action item %lld is open again.')"
tui_has "... open on the screen" "Werkgever MEP/V2026-036 nabellen +$marco +2026-11-30 +$(msg open)"
tui_keys u
tui_wait "... a second u has nothing to undo" "$(M 'Nothing to undo: u undoes an action item marked done, for a minute after.')"
tui_keys d
tui_wait "done again" "$(M 'Action item %lld done; u undoes it.')"
tui_has "... counted" "$(MF 'Action items (%zu open, %zu on the list)' 1 2)"
shot done
wb --db "$DB" meeting actions --all --csv
expect_out "the CLI has the done item, about the vacancy" "Werkgever MEP/V2026-036 nabellen,marco,2026-11-30,2026-11-23,$newkey,"
expect_out "... and the open one, about nothing" "Jobcoach regelen \| \*snel\*,,,,,"

# p: the agenda since another day, as --since gives it.
LANG=C.UTF-8 wb --db "$DB" meeting agenda --since 2026-11-01
nnew2=$(count "New vacancies")
tui_keys p
tui_wait "p asks since when" "$(M 'The agenda since (YYYY-MM-DD; empty: the last meeting): ')"
tui_text "2026-13-01"
tui_keys Enter
tui_wait "... a bad date is refused" "$(MF 'Since: %s; the agenda is as it was.' "$(msg "'%s' is not a date (YYYY-MM-DD or DD-MM-YYYY)")" | sed 's/%s/.*/; s/;.*//')"
tui_keys p C-u
tui_text "2026-11-01"
tui_keys Enter
tui_wait "... a good one shows the agenda since then, counted as --since" "$(MF 'New vacancies since %s (%zu)' 2026-11-01 "$nnew2")"
tui_keys p C-u Enter
tui_wait "... empty: since the last meeting again" "$(MF 'New vacancies since %s (%zu)' "$since" "$nnew")"

# End the meeting and write the minutes.
tui_keys e
tui_wait "e asks first" "$(M 'End meeting %lld and keep its minutes? (y/n)' | sed 's/ .(.*//')"
tui_keys y
tui_wait "... then the file, today's by default" "$(M 'Minutes to the file: ') $(MF 'minutes-%s.md' 2026-11-23)"
tui_keys C-u
tui_text "notulen.md"
tui_keys Enter
tui_wait "the meeting ends and the minutes are written" "$(M 'Meeting %lld ended. ') $(MF '%sMinutes written to %s.' '' notulen.md)"
tui_has "no meeting is open any more" "$(MF 'The Monday meeting, %s: no meeting is open, the agenda since %s (s start, x minutes, p since, v slate, Esc back)' 2026-11-23 @S | sed 's/ @S.*//; s/^[^:]*: //')"
shot ended
check "the minutes file is there" test -f notulen.md
expect_eq "... mode 0600, as the exports" "$(stat -c %a notulen.md 2>/dev/null)" 600
check "... the title" grep -E -q "^$(MF '# Minutes of the match team meeting, %s\n\n' 2026-11-23)" notulen.md
check "... the agenda" grep -E -q "^## $(M 'Open vacancies, oldest first')" notulen.md
check "... the follow-ups" grep -E -q "^## $(M 'Placements due for their follow-up')" notulen.md
check "... the done item, about the vacancy, who by name" grep -E -q "^- \\[x\\] Werkgever MEP/V2026-036 nabellen — $(M 'who:') $marco \\(marco\\), $(M 'due:') 2026-11-30, $newkey, $(M 'done:') 2026-11-23" notulen.md
check "... the open item, escaped" grep -q '^- \[ \] Jobcoach regelen \\| \\\*snel\\\*' notulen.md
wb --db "$DB" meeting end
expect_rc "the CLI finds no meeting open" 1
expect_err "... and says so" "$(M 'no meeting is open')"
# x again, onto the same file: asks before replacing.
tui_keys x
tui_wait "x asks for the file" "$(M 'Minutes to the file: ')"
tui_keys C-u
tui_text "notulen.md"
tui_keys Enter
tui_wait "... and before replacing one" "$(MF '%s exists; replace it? (y/n)' notulen.md | sed 's/ .(.*//')"
tui_keys n
tui_wait "... no: nothing written" "$(M 'No minutes written.')"

# No candidate's name on any screen.
for f in "$T"/screen-*; do
	name=${f##*/screen-}
	if grep -F -q -f fullnames.txt "$f"; then
		not_ok "no full name on screen $name" "$(grep -F -o -f fullnames.txt "$f" | head -n 3 | tr '\n' '|')"
	else
		ok "no full name on screen $name"
	fi
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
done
# A viewer sees the meeting and changes nothing.
sql "$DB" "UPDATE app_user SET role = 'viewer' WHERE login = '$(id -un)'"
tui_keys s
VIEWER=$(MF '%s is a viewer: viewers change nothing' "$(id -un)")
tui_wait "a viewer cannot start a meeting" "$VIEWER"
tui_keys a
tui_wait "... nor add an action item (refused before asking)" "$VIEWER"
tui_hasnt "... no question asked" "$(M 'New action item')"
tui_stop "werkbank exits cleanly after q and y"
finish
