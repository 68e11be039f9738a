# test/tui/hangup.sh: on SIGHUP, SIGTERM or the terminal going away
# werkbank leaves within a second, and the database stays sound; with a
# prompt open too, without spinning and without writing anything.
# test/stress/hangup.sh repeats the prompt cases.
. "$WB_ROOT/test/lib.sh"
. "$WB_ROOT/test/tui/tui.lib"

tui_need
need_demo "hang-up on the demo" || finish
cp_db "$WB_DEMO" demo.db
DB=$T/demo.db

# Still running (an exited process nobody reaped yet is a zombie: gone).
running() {
	_st=$(ps -o stat= -p "$1" 2>/dev/null)
	[ -n "$_st" ] && case $_st in Z*) false ;; *) true ;; esac
}

gone_within() {	# gone_within NAME PID TENTHS
	_i=$3
	while running "$2" && [ "$_i" -gt 0 ]; do
		sleep 0.1
		_i=$((_i - 1))
	done
	if running "$2"; then
		not_ok "$1" "process $2 still runs"
		kill -9 "$2" 2>/dev/null
	else
		ok "$1"
	fi
}

for sig in HUP TERM; do
	tui_start 100 30 --db "$DB"
	tui_wait "up before SIG$sig" "$(t_open)"
	pid=$(tui_pid)
	if [ -z "$pid" ]; then
		not_ok "werkbank's process id" "none found"
		continue
	fi
	kill -"$sig" "$pid"
	gone_within "SIG$sig: gone within a second" "$pid" 10
	sleep 0.2
	if _sanitizer_report "$TUI_ERR"; then
		not_ok "SIG$sig: no sanitizer report" "$(_excerpt "$TUI_ERR")"
	else
		ok "SIG$sig: no sanitizer report"
	fi
	_tmux kill-server 2>/dev/null
done

# The terminal goes: the tmux server and its pty disappear.
tui_start 100 30 --db "$DB"
tui_wait "up before the terminal goes" "$(t_open)"
pid=$(tui_pid)
_tmux kill-server 2>/dev/null
[ -n "$pid" ] && gone_within "terminal gone: gone within a second" "$pid" 10
result=$(sqlite3 "$DB" "PRAGMA integrity_check")
expect_eq "the database is sound afterwards" "$result" ok

# An input prompt is open (search, filter) when the line drops: SIGHUP,
# or the whole tmux session killed as an SSH drop would.  werkbank leaves
# within a second, spends (nearly) no CPU on the way, and writes nothing:
# the database's contents and its audit log are as before, no journal or
# temporary file is left.  WB_HANGUPS repeats each case (make stress).
ticks() {	# ticks PID: utime + stime in clock ticks, or nothing
	awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat" 2>/dev/null
}
contents() {	# what a hang-up must not change
	sqlite3 -batch "$DB" "SELECT count(*), coalesce(max(id), 0) FROM audit_log;
	    SELECT count(*), total(version) FROM candidate;
	    SELECT count(*) FROM proposal; SELECT count(*) FROM placement;
	    SELECT count(*) FROM match_run" | tr '\n' ' '
}
HZ=$(getconf CLK_TCK 2>/dev/null || echo 100)
before=$(contents)
n=0
while [ "$n" -lt "${WB_HANGUPS:-1}" ]; do
	n=$((n + 1))
	for prompt in search filter; do
		for how in SIGHUP kill-session; do
			name="$how in the $prompt prompt"
			[ "${WB_HANGUPS:-1}" -gt 1 ] && name="$name ($n)"
			tui_start 100 30 --db "$DB"
			tui_wait "$name: up" "$(t_open)" 10 || continue
			if [ $prompt = search ]; then
				tui_keys /
				tui_text "heftr"
				tui_wait "$name: the prompt is open" "^$(t_msg 'Search: ')heftr"
			else
				tui_keys f C-u
				tui_text "status:op"
				tui_wait "$name: the prompt is open" "^$(MSG_LANG=$TUI_LANG msg_re 'Filter (field:value ...): ')status:op"
			fi
			pid=$(tui_pid)
			if [ -z "$pid" ]; then
				not_ok "$name: werkbank's process id" "none found"
				_tmux kill-server 2>/dev/null
				continue
			fi
			# Waiting in the prompt costs nothing (once the start's
			# indexing and ranking are done: a few seconds at most).
			w=0
			while :; do
				c0=$(ticks "$pid")
				sleep 1
				c1=$(ticks "$pid")
				idle=$(( ${c1:-0} - ${c0:-0} ))
				w=$((w + 1))
				[ "$idle" -le $((HZ / 20)) ] || [ "$w" -ge 8 ] && break
			done
			[ "$idle" -le $((HZ / 20)) ] &&
			    ok "$name: idle in the prompt: $idle ticks in 1 s" ||
			    not_ok "$name: idle in the prompt" "$idle ticks of CPU in 1 s"
			t0=$(date +%s%N)
			if [ $how = SIGHUP ]; then
				kill -HUP "$pid"
			else
				_tmux kill-session -t wb 2>/dev/null
			fi
			last=$c1 i=0
			while running "$pid" && [ "$i" -lt 20 ]; do
				c=$(ticks "$pid")
				[ -n "$c" ] && last=$c
				sleep 0.05
				i=$((i + 1))
			done
			ms=$(( ($(date +%s%N) - t0) / 1000000 ))
			if running "$pid"; then
				not_ok "$name: gone within a second" "still running after $ms ms"
				kill -9 "$pid" 2>/dev/null
			else
				ok "$name: gone within a second (about $ms ms)"
			fi
			spent=$(( ${last:-0} - ${c1:-0} ))
			[ "$spent" -le $((HZ / 5)) ] &&
			    ok "$name: no spinning on the way out ($spent ticks)" ||
			    not_ok "$name: no spinning on the way out" "$spent ticks of CPU"
			_tmux kill-server 2>/dev/null
			if _sanitizer_report "$TUI_ERR"; then
				not_ok "$name: no sanitizer report" "$(_excerpt "$TUI_ERR")"
			else
				ok "$name: no sanitizer report"
			fi
			expect_eq "$name: nothing written" "$(contents)" "$before"
			left=$(ls -a "$T" "$HOME" "$XDG_CONFIG_HOME" 2>/dev/null |
			    grep -E -e '-journal$|-wal$|\.tmp|~$' | tr '\n' ' ')
			expect_eq "$name: no journal or temporary file left" "$left" ""
		done
	done
done
wb --db "$DB" check
expect_rc "after the hang-ups: werkbank check is clean" 0
wb --db "$DB" audit verify
expect_rc "after the hang-ups: the audit chain verifies" 0
finish
