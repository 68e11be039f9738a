# test/stress/resize-storm.sh: the real screen under the ASan+UBSan build
# in tmux, resized to WB_SIZES random sizes (1x1 and 2x2 among them) with
# no pause or a few milliseconds between them and a key now and then.
# It never crashes or reports; at every checked size the "too small"
# screen shows where it applies (below 60x16, when the line fits) and the
# list where it does not; back at 100x30 the screen is sane again.
#
#   WB_SIZES	sizes (stress: 1000; make check: 50)
#   WB_EVERY	check the screen after every Nth size (stress: 20)
#   WB_SEED	the sizes (default: from the clock; printed)
. "$WB_ROOT/test/lib.sh"
. "$WB_ROOT/test/tui/tui.lib"

SIZES=${WB_SIZES:-1000}
EVERY=${WB_EVERY:-20}
SEED=${WB_SEED:-$(date +%s)}
tui_need
# Always the sanitizer build: in make check this runs in its pass only.
if [ ! -x "$WB_ROOT/build/san/werkbank" ]; then
	skip "resize storm" "no ASan build (make SAN=1)"
	finish
fi
if [ "${WB_BUILD:-}" = plain ] &&
    [ "${WB_STRESS:-0}" != 1 ]; then
	skip "resize storm" "runs in the san pass (it always uses the ASan build)"
	finish
fi
WB=$WB_ROOT/build/san/werkbank
# The screen's words in the language of the run.
VAC=$(msg Vacancies)
OPEN=$(t_open)
SMALL_FMT=$(msg 'Terminal too small: %dx%d.')
SMALL_WORDS=$(printf "$SMALL_FMT" 0 0 | sed 's/:.*//')
NEED=$(printf "$(msg 'werkbank needs at least %dx%d; q quits.')" 60 16 | sed 's/;.*//')
NEED_WORDS=$(echo "$NEED" | cut -c 1-14)
need_demo "resize storm on the demo" || finish
cp_db "$WB_DEMO" demo.db
echo "# $SIZES sizes, seed $SEED, $WB"

tui_start 100 30 --db "$T/demo.db"
tui_wait "the list is up at 100x30" "$OPEN" 10 || { tui_stop; finish; }
pid=$(tui_pid)

# W H PAUSE (ms) KEY: the first two are 1x1 and 2x2; a third of the rest
# below 60x16.
awk -v n="$SIZES" -v seed="$SEED" 'BEGIN {
	srand(seed)
	print "1 1 0 -"; print "2 2 0 -"
	for (i = 2; i < n; i++) {
		if (rand() < 0.33) { w = 1 + int(rand() * 70); h = 1 + int(rand() * 18) }
		else { w = 1 + int(rand() * 250); h = 1 + int(rand() * 80) }
		p = rand() < 0.5 ? 0 : int(rand() * 20)
		k = rand() < 0.1 ? (rand() < 0.5 ? "j" : "k") : "-"
		print w, h, p, k
	}
}' >sizes

i=0 checked=0 small=0 normal=0 bad=0
while read -r w h p k; do
	i=$((i + 1))
	_tmux resize-window -t wb -x "$w" -y "$h" 2>/dev/null
	[ "$k" = - ] || _tmux send-keys -t wb "$k" 2>/dev/null
	[ "$p" -gt 0 ] && sleep "0.0$(printf '%02d' "$p")"
	# Check the first two and every EVERYth, and that it still runs.
	[ "$i" -le 2 ] || [ $((i % EVERY)) -eq 0 ] || continue
	if ! kill -0 "$pid" 2>/dev/null; then
		not_ok "alive after $i sizes" "it ended at ${w}x$h: $(_excerpt "$TUI_ERR")"
		bad=$((bad + 1))
		break
	fi
	checked=$((checked + 1))
	sleep 0.3
	tui_screen
	if [ "$i" -le 2 ]; then
		got=$(_tmux display-message -p -t wb '#{window_width}x#{window_height}')
		expect_eq "tmux made the window ${w}x$h" "$got" "${w}x$h"
	fi
	if [ "$w" -lt 60 ] || [ "$h" -lt 16 ]; then
		# The message lines are cut to the width: the size shows when
		# its line fits, the words from 20 columns.  At one line both
		# share it, the size first.
		msg=$(printf "$SMALL_FMT" "$w" "$h")
		if [ "$w" -ge ${#msg} ] && [ "$h" -eq 1 ]; then
			want="^$msg"
		elif [ "$w" -ge ${#msg} ]; then
			want="$msg|$NEED"
		else
			want="$SMALL_WORDS|$NEED_WORDS"
		fi
		if [ "$w" -ge 20 ] && ! grep -E -q "$want" "$SCREEN"; then
			echo "# ${w}x$h: no too-small screen: $(head -c 200 "$SCREEN" | tr '\n' '|')"
			bad=$((bad + 1))
		elif grep -q "$VAC" "$SCREEN"; then
			echo "# ${w}x$h: the list drawn below the minimum"
			bad=$((bad + 1))
		fi
		small=$((small + 1))
	else
		if ! grep -q "$VAC" "$SCREEN"; then
			echo "# ${w}x$h: no list: $(head -c 200 "$SCREEN" | tr '\n' '|')"
			bad=$((bad + 1))
		fi
		normal=$((normal + 1))
	fi
done <sizes
echo "# $i sizes sent, $checked checked ($small too small, $normal usable), $bad wrong"
expect_eq "all $SIZES sizes sent" "$i" "$SIZES"
expect_eq "every checked screen right for its size" "$bad" 0
if _sanitizer_report "$TUI_ERR"; then
	not_ok "no sanitizer report during the storm" "$(_excerpt "$TUI_ERR")"
else
	ok "no sanitizer report during the storm"
fi
tui_resize 100 30
tui_wait "back at 100x30: the list" "$OPEN" 10
tui_has "back at 100x30: the status line counts the list" "$VAC [0-9]+/[0-9]+"
tui_hasnt "back at 100x30: no too-small leftovers" "$SMALL_WORDS"
tui_screen
check_py "back at 100x30: 30 lines, none wider than 100 columns" "$SCREEN" <<'PY'
import sys, unicodedata
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
if lines and lines[-1] == "":
    lines.pop()
assert len(lines) == 30, len(lines)
def width(s):
    return sum(0 if unicodedata.combining(c) else
               2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
assert max(width(l) for l in lines) <= 100, max(width(l) for l in lines)
PY
tui_stop "it quits cleanly after the storm (exit status, no sanitizer report)"
finish
