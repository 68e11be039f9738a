# test/lint/layers.sh: the layers of architecture.md hold in the source.
# The core (every src/*.c the Makefile does not put in the CLI or the
# TUI) includes no curses header, directly or through our headers; the
# TUI (tui*.c, view*.c and the curses helpers) calls no sqlite3_
# function: it asks the model.  The Makefile says which file is in which
# layer (make layers), so this check and the build cannot disagree.
. "$WB_ROOT/test/lib.sh"

if ! command -v make >/dev/null 2>&1; then
	skip "the layer check" "no make here"
	finish
fi
make -s --no-print-directory -C "$WB_ROOT" layers >layers.txt 2>layers.err
if [ ! -s layers.txt ]; then
	not_ok "make layers lists the source files" "$(_excerpt layers.err)"
	finish
fi
ok "make layers lists the source files"
CURSES='^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"](n?curses(w)?/|n?curses\.h|term\.h|panel\.h|menu\.h|form\.h>)'

# includes FILE: the werkbank headers FILE includes, transitively.
includes() {
	: >seen.txt
	todo=$1
	while [ -n "$todo" ]; do
		next=
		for f in $todo; do
			for h in $(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\(werkbank\/[^"]*\)".*/\1/p' "$f"); do
				p=$WB_ROOT/include/$h
				[ -f "$p" ] || continue
				grep -q -x -F "$p" seen.txt && continue
				echo "$p" >>seen.txt
				next="$next $p"
			done
		done
		todo=$next
	done
	cat seen.txt
}

bad=
ncore=0
for f in $(sed -n 's/^core //p' layers.txt); do
	ncore=$((ncore + 1))
	for g in "$WB_ROOT/$f" $(includes "$WB_ROOT/$f"); do
		if grep -E -q "$CURSES" "$g"; then
			bad="$bad ${g#"$WB_ROOT"/}(from $f)"
		fi
	done
done
expect_eq "no curses header in the $ncore files of the core" "${bad# }" ""

# calls FILE: how many sqlite3_ calls, not counting words in comments.
calls() {
	"${CC:-cc}" -fpreprocessed -dD -E -P "$1" 2>/dev/null |
	    grep -E -c 'sqlite3_[a-z0-9_]+[[:space:]]*\(' || true
}

bad=
ntui=0
for f in $(sed -n 's/^tui //p' layers.txt); do
	ntui=$((ntui + 1))
	hits=$(calls "$WB_ROOT/$f")
	[ "$hits" -gt 0 ] && bad="$bad $f($hits)"
done
expect_eq "no sqlite3_ call in the $ntui files of the TUI" "${bad# }" ""

# The checks themselves can fail: what they look for is found.
printf '#include <curses.h>\n' >probe.c
check "the check finds a curses include" grep -E -q "$CURSES" probe.c
printf '/* sqlite3_step(s) */\nint f(void) { return sqlite3_step (s); }\n' >probe.c
expect_eq "the check finds a sqlite3_ call, not a comment" "$(calls probe.c)" 1
finish
