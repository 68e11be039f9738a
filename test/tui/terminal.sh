# test/tui/terminal.sh: a terminal that cannot show the workbench gets a
# clear refusal and exit 1, not garbage: TERM=dumb (no cursor
# addressing) and a TERM the system does not know.
. "$WB_ROOT/test/lib.sh"
. "$WB_ROOT/test/tui/tui.lib"
tui_need
need_demo "terminal refusals" || finish
cp_db "$WB_DEMO" t.db

for term in dumb no-such-terminal; do
	TUI_ENV="TERM=$term"
	tui_start 80 24 --db t.db
	i=0
	while [ ! -s "$TUI_RC" ] && [ $i -lt 50 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	expect_eq "TERM=$term: werkbank exits 1" "$(cat "$TUI_RC" 2>/dev/null)" 1
	if grep -q "TERM=$term" "$TUI_ERR" && grep -q "werkbank --help" "$TUI_ERR"; then
		ok "TERM=$term: the message names the terminal and the way out"
	else
		not_ok "TERM=$term: the message" "$(_excerpt "$TUI_ERR")"
	fi
	tui_screen
	if grep -q "Vacancies" "$SCREEN"; then
		not_ok "TERM=$term: nothing of the workbench is drawn" "$(_excerpt "$SCREEN")"
	else
		ok "TERM=$term: nothing of the workbench is drawn"
	fi
	_tmux kill-server 2>/dev/null
done
finish
