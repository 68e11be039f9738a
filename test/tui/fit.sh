# test/tui/fit.sh: the screens the match team found wanting on the
# projector (100x30) and over SSH (80x24), in the language of the run:
# the propose form's pick list stays inside the form; the slate's own
# keys are in the key bar; the follow-up says "N days late" / "in N
# days" / "today" as the contacts do; the meeting agenda keeps the
# employer and its main keys at 80x24.
. "$WB_ROOT/test/lib.sh"
. "$WB_ROOT/test/tui/tui.lib"

tui_need
need_demo "the screens on the demo" || finish
cp_db "$WB_DEMO" demo.db
DB=$T/demo.db

# box_whole: the form's window on the screen now is whole: its four
# borders unbroken (nothing drawn over them) and no team member's
# "(login)" below it.
box_whole() {
	python3 - "$SCREEN" <<'PY'
import re, sys
rows = open(sys.argv[1], encoding="utf-8").read().split("\n")
top = next((i for i, r in enumerate(rows) if "┌" in r), None)
if top is None:
    sys.exit("no window")
l, r = rows[top].index("┌"), rows[top].index("┐")
bad = []
bot = None
for i in range(top + 1, len(rows)):
    row = rows[i].ljust(r + 1)
    if row[l] == "└":
        bot = i
        if row[l:r + 1] != "└" + "─" * (r - l - 1) + "┘":
            bad.append("bottom border: " + row)
        break
    if row[l] != "│" or row[r] != "│":
        bad.append("row %d: %s" % (i, row))
if bot is None:
    sys.exit("no bottom border")
for i in range(bot + 1, len(rows)):
    if re.search(r"\([a-z][a-z0-9]*\)", rows[i]):
        bad.append("below: " + rows[i])
if bad:
    sys.exit("\n".join(bad))
PY
}

# 1. The propose form's pick list (who proposes: the team) at both sizes.
for size in "100 30" "80 24"; do
	set -- $size
	tui_start "$1" "$2" --db "$DB"
	tui_wait "the list is up ($1x$2)" "$(t_matches)"
	tui_keys Tab
	tui_wait "rank 1 in the matches pane ($1x$2)" "(^|│) *1 [A-Z]+/K-" 20
	tui_keys p
	tui_wait "p opens the propose form ($1x$2)" "$(msg 'Who proposes')"
	tui_keys C-u Down
	tui_wait "Down lists the team ($1x$2)" "\\([a-z]+\\)"
	tui_screen
	check "walk/propose-picklist: the pick list stays inside the form ($1x$2)" box_whole
	# Further down the list: it scrolls inside the window.
	tui_keys Down Down Down Down Down Down Down Down Down
	tui_screen
	check "walk/propose-picklist: ... also scrolled ($1x$2)" box_whole
	tui_keys Escape Escape
	tui_answer_if "$(msg_re 'What you typed in this form has not been saved.')" y
	tui_stop
done

# 3. The follow-up in words, as the contacts due say it: the most
# overdue placement "N days late", on screen 7 and on the meeting's
# agenda (in meeting mode, where the heading said "Days" over "-144").
wb --db "$DB" followup --csv
expect_rc "werkbank followup --csv" 0
late=$(awk -F, 'NR == 2 { print $3 " " (0 - $8) }' "$OUT")
lkey=${late% *}
ldays=${late#* }
check "the demo has an overdue follow-up ($late)" test "$ldays" -gt 1
soon=$(awk -F, 'NR > 1 && $8 > 1 { print $3 " " $8; exit }' "$OUT")
skey=${soon% *}
sdays=${soon#* }
LATE=$(msgn '%d day late' '%d days late' "$ldays" | sed "s/%d/$ldays/")
SOON=$(msgn 'in %d day' 'in %d days' "$sdays" | sed "s/%d/$sdays/")
for size in "100 30" "80 24"; do
	set -- $size
	tui_start "$1" "$2" --db "$DB"
	tui_keys 7
	tui_wait "walk/followup-words: $lkey is \"$LATE\" on screen 7 ($1x$2)" "$lkey .*$LATE *\$"
	if [ -n "$skey" ]; then
		tui_has "walk/followup-words: $skey is \"$SOON\" ($1x$2)" "$skey .*$SOON *\$"
	fi
	tui_hasnt "walk/followup-words: no bare number of days ($1x$2)" "$lkey .* -?$ldays *\$"
	tui_stop
done
tui_start 100 30 --db "$DB" --meeting
tui_keys 8
i=0
while [ "$i" -lt 12 ]; do
	i=$((i + 1))
	tui_screen
	grep -q -E "$lkey .*[0-9]{4}-[0-9]{2}-[0-9]{2}" "$SCREEN" && break
	tui_keys Space
done
tui_has "walk/followup-words: the agenda says \"$LATE\" too" "$lkey .*$LATE *\$"
tui_hasnt "walk/followup-words: ... not -$ldays" " -$ldays *\$"
tui_stop

# 2. The slate's own keys in the key bar (v on the meeting screen), the
# help kept whole at the end; v again: the agenda's keys back.
SLATE=$(msg_re 'Slate: %zu picks, total %s, %zu vacancies without anyone, %zu marked (+ mark, P propose, R replace, X take out, K per, C clear, v agenda)' | sed 's/:.*//')
for size in "100 30" "80 24"; do
	set -- $size
	tui_start "$1" "$2" --db "$DB"
	tui_keys 8
	tui_wait "the meeting screen ($1x$2)" "^ *s $(msg Start) "
	tui_keys v
	tui_wait "v shows the slate ($1x$2)" "^$SLATE" 20
	bar=$(tui_keybar)
	for k in "P:Propose" "+:Mark" "R:Replace" "X:Take out" "v:Agenda"; do
		check "walk/slate-keybar: ${k%%:*} $(msg "${k#*:}") in the key bar ($1x$2)" \
		    expr "$bar" : ".* ${k%%:*} $(msg "${k#*:}")  " '>' 0
	done
	if [ "$1" -ge 100 ]; then
		for k in "\\*:All" "K:How many" "C:Clear"; do
			check "walk/slate-keybar: ${k%%:*} $(msg "${k#*:}") too ($1x$2)" \
			    expr "$bar" : ".* ${k%%:*} $(msg "${k#*:}")  " '>' 0
		done
	fi
	check "walk/slate-keybar: no agenda keys on the slate ($1x$2)" \
	    expr "$bar" : ".* s $(msg Start)  " '=' 0
	check "walk/slate-keybar: ? $(msg Help) whole at the end ($1x$2)" \
	    expr "$bar" : ".*  ? $(msg Help)\$" '>' 0
	tui_keys v
	tui_wait "walk/slate-keybar: v again, the agenda's keys ($1x$2)" "^ *s $(msg Start) .* \\? $(msg Help)\$"
	tui_stop
done

# 4. The meeting's agenda at 80x24: the employer column stays in the new
# and the open vacancies (narrowed, the title too), each row names its
# employer (its first word at least), and the key bar keeps the main
# keys with "? Help" whole, with no meeting open and with one open.
newkey=$(LANG=C.UTF-8 "$WB" --db "$DB" meeting agenda </dev/null 2>/dev/null |
    awk -F' [|] ' '/^## New vacancies/{ on = 1 } on && /^\| [A-Z]+\/V/{ sub(/^\| /, "", $1); print $1; exit }')
newemp=$(sql "$DB" "SELECT e.name FROM vacancy v JOIN partner p ON p.id = v.partner_id
    JOIN employer e ON e.id = v.employer_id WHERE p.code || '/' || v.ref = '$newkey'")
check "the agenda has a new vacancy ($newkey, $newemp)" test -n "$newemp"
word=${newemp%% *}
tui_start 80 24 --db "$DB"
tui_keys 8
tui_wait "the meeting screen (80x24)" "^ *s $(msg Start) "
HEAD="^ +$(msg Vacancy) +$(msg Title) +$(msg Employer) "
check "walk/meeting-80x24: the employer column in both vacancy sections" \
    test "$(grep -c -E "$HEAD" "$SCREEN")" -ge 2
tui_has "walk/meeting-80x24: $newkey with its employer" "^ +$newkey +.* $word"
bar=$(tui_keybar)
for k in "s:Start" "v:Slate" "x:Minutes" "p:Since"; do
	check "walk/meeting-80x24: ${k%%:*} $(msg "${k#*:}") in the key bar" \
	    expr "$bar" : ".* ${k%%:*} $(msg "${k#*:}")  " '>' 0
done
check "walk/meeting-80x24: ? $(msg Help) whole at the end" \
    expr "$bar" : ".*  ? $(msg Help)\$" '>' 0
tui_keys s
tui_wait "s starts the meeting" "$(msg_re 'Meeting %lld started.')"
bar=$(tui_keybar)
for k in "a:Action item" "d:Done" "e:End" "v:Slate"; do
	check "walk/meeting-80x24: ${k%%:*} $(msg "${k#*:}") in the key bar of the open meeting" \
	    expr "$bar" : ".* ${k%%:*} $(msg "${k#*:}")  " '>' 0
done
check "walk/meeting-80x24: ... and ? $(msg Help) whole" \
    expr "$bar" : ".*  ? $(msg Help)\$" '>' 0
tui_stop

finish
