# test/tui/screens.sh: whole screens at fixed sizes, compared with the
# golden copies in test/tui/golden/ (tig's assert_equals '...screen'):
# the main screens (the vacancies with their matches, the candidates with
# theirs, a vacancy's detail, the help, the report, the follow-up, the
# meeting, the employers) at 100x30 (the projector) and 80x24, in English
# and in Dutch, on the demo region of the fixed day.  A golden file is
# the screen as tmux shows it, the status line without its login.
#
# Words on the screens change on purpose; then regenerate the goldens and
# read the diff before committing it:
#
#	WB_GOLDEN=update WB_ONLY='tui/screens' sh test/run plain
#	git diff test/tui/golden/
#
# A golden that is not there yet is written (and reported as skipped).
. "$WB_ROOT/test/lib.sh"
. "$WB_ROOT/test/tui/tui.lib"

tui_need
need_demo "the screens on the demo" || finish
cp_db "$WB_DEMO" demo.db
GOLD=$WB_ROOT/test/tui/golden
ME=$(id -un)
mkdir -p shots

# settle: capture until two captures a moment apart agree (the ranking,
# the index and the idle loading are done).
settle() {
	_prev=
	_n=40
	while [ "$_n" -gt 0 ]; do
		sleep 0.25
		tui_screen
		_now=$(cat "$SCREEN")
		if [ "$_now" = "$_prev" ] && ! grep -q -E \
		    'building the match index|matchindex wordt|bouwen' "$SCREEN"; then
			return 0
		fi
		_prev=$_now
		_n=$((_n - 1))
	done
	return 0
}

# shot NAME LANG SIZE: the screen now against test/tui/golden/NAME.LANG.SIZE.
shot() {
	_f=$1.$2.$3.txt
	settle
	# The login differs from machine to machine: not in the golden.
	sed -e "\$s/ *$ME@demo\\.db *\$//" -e 's/ *$//' "$SCREEN" >"shots/$_f"
	if [ "${WB_GOLDEN:-}" = update ] || [ ! -f "$GOLD/$_f" ]; then
		mkdir -p "$GOLD"
		if [ -f "$GOLD/$_f" ] && cmp -s "shots/$_f" "$GOLD/$_f"; then
			ok "$1 ($2, $3) as before"
		else
			cp "shots/$_f" "$GOLD/$_f"
			skip "$1 ($2, $3)" "golden written: $GOLD/$_f"
		fi
		return
	fi
	if cmp -s "shots/$_f" "$GOLD/$_f"; then
		ok "$1 ($2, $3) as the golden screen"
	else
		not_ok "$1 ($2, $3) as the golden screen" \
		    "$(diff "$GOLD/$_f" "shots/$_f" | grep '^[<>]' | head -n 4 |
		    tr '\n' '|' | cut -c 1-300) (WB_GOLDEN=update rewrites)"
	fi
}

# screens LANG SIZE: every main screen, one session.
screens() {
	_w=${2%x*}
	_h=${2#*x}
	tui_start "$_w" "$_h" --db "$T/demo.db"
	tui_wait "the workbench is up ($1, $2)" "^ *[0-9]+ +[A-Z]+/V[0-9]" 10
	shot vacancies "$1" "$2"
	tui_keys 2
	shot candidates "$1" "$2"
	tui_keys 1 g Enter
	shot detail "$1" "$2"
	tui_keys Escape 5
	shot help "$1" "$2"
	tui_keys Escape 6
	shot report "$1" "$2"
	tui_keys Escape 7
	shot followup "$1" "$2"
	tui_keys Escape 8
	shot meeting "$1" "$2"
	tui_keys Escape 9
	shot employers "$1" "$2"
	tui_stop "werkbank exits cleanly ($1, $2)"
}

for size in 100x30 80x24; do
	TUI_LANG=C.UTF-8
	screens en "$size"
done
if dutch_locale; then
	for size in 100x30 80x24; do
		TUI_LANG=$NL_LANG
		screens nl "$size"
	done
else
	skip "the screens in Dutch" "no nl_NL.UTF-8 locale here"
fi
finish
