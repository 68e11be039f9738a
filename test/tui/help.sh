# test/tui/help.sh: the help screen, the key tables and the manual agree:
# every key list `werkbank --keys-mdoc` prints (from the action table)
# is on the help screen with its text, and in man/werkbank.1.
. "$WB_ROOT/test/lib.sh"
. "$WB_ROOT/test/tui/tui.lib"

tui_need
need_demo "help on the demo" || finish
cp_db "$WB_DEMO" demo.db
"$WB" --keys-mdoc </dev/null >keys.mdoc 2>/dev/null
check "--keys-mdoc lists keys" grep -q '^\.It Ic ' keys.mdoc

tui_start 200 70 --db "$T/demo.db"
tui_wait "the list is up" "$(t_open)"
tui_keys '?'
tui_wait "the help screen" "$(MSG_LANG=$TUI_LANG msg_re 'Help: the keys (/ searches, Esc: back)' | sed 's/ .(.*//')"
tui_screen help.txt
# More keys than the screen holds: the last page too.
tui_keys G
tui_screen help-end.txt
cat help-end.txt >>help.txt
# Each .It line and its text: "Ic j , Ic Down" -> "j, Down".
awk '/^\.It Ic /{ sub(/^\.It /, ""); gsub(/Ic /, ""); gsub(/ ,/, ","); k = $0; next }
    k != "" { sub(/\.$/, ""); print k "\t" $0; k = "" }' keys.mdoc >pairs.txt
missing=0
while IFS='	' read -r keys text; do
	# (--keys-mdoc is the manual's English; the screen the run's.)
	if ! grep -F "$(t_msg "$text")" help.txt | grep -F -q " $keys "; then
		missing=$((missing + 1))
		[ "$missing" -le 3 ] && echo "# not on the help screen: $keys: $text"
	fi
done <pairs.txt
expect_eq "every key of the tables is on the help screen" "$missing" 0
if [ -f "$WB_ROOT/man/werkbank.1" ]; then
	absent=$(grep '^\.It Ic ' keys.mdoc | while read -r line; do
		grep -F -x -q "$line" "$WB_ROOT/man/werkbank.1" || echo "$line"
	done | head -n 3 | tr '\n' '|')
	expect_eq "man/werkbank.1 has the generated key list" "$absent" ""
else
	not_ok "man/werkbank.1 has the generated key list" "no man/werkbank.1"
fi
tui_stop
finish
