# test/stress/hangup.sh: the long form of test/tui/hangup.sh: the
# prompt cases (SIGHUP and the tmux session killed, in the search and the
# filter prompt) 10 times each, under the ASan build.
WB_HANGUPS=${WB_HANGUPS:-10}
[ -x "$WB_ROOT/build/san/werkbank" ] && WB=$WB_ROOT/build/san/werkbank
. "$WB_ROOT/test/tui/hangup.sh"
