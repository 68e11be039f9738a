# test/tui/dutch.sh: under LANG=nl_NL.UTF-8 the screens are in Dutch.
. "$WB_ROOT/test/lib.sh"
. "$WB_ROOT/test/tui/tui.lib"

tui_need
need_demo "Dutch on the demo" || finish
if ! dutch_locale; then
	skip "Dutch screens" "no nl_NL.UTF-8 locale here"
	finish
fi
cp_db "$WB_DEMO" demo.db
TUI_LANG=$NL_LANG
tui_start 100 30 --db "$T/demo.db" --meeting
tui_wait "the title line is Dutch" "1 Vacatures( [0-9]+)? +2 Kand"
tui_has "the meeting badge is Dutch (overleg, domain.md)" "OVERLEG"
tui_has "the list caption is Dutch" "Vacatures: open \([0-9]+\)"
tui_keys '?'
tui_wait "the help is Dutch" "Zoeken in de lijst"
tui_keys Escape q
tui_wait "quitting in the meeting asks in Dutch" "werkbank afsluiten\? \(j/n\)"
tui_keys j
sleep 0.5
if [ -f "$TUI_RC" ]; then ok "j (ja) answers yes"; else not_ok "j (ja) answers yes" "still running"; fi
tui_stop
finish
