# test/tui/hangup.sh: on SIGHUP, SIGTERM or the terminal going away
# werkbank leaves within a second, and the database stays sound.
. "$WB_ROOT/test/lib.sh"
. "$WB_ROOT/test/tui/tui.lib"

tui_need
need_demo "hang-up on the demo" || finish
cp "$WB_DEMO" demo.db
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
	tui_wait "up before SIG$sig" "Vacancies: open"
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
tui_wait "up before the terminal goes" "Vacancies: open"
pid=$(tui_pid)
_tmux kill-server 2>/dev/null
[ -n "$pid" ] && gone_within "terminal gone: gone within a second" "$pid" 10
result=$(sqlite3 "$DB" "PRAGMA integrity_check")
expect_eq "the database is sound afterwards" "$result" ok
finish
