# test/cli/setgid.sh: werkbank installed set-group-id on a team server,
# as `make install-server` sets it up, with a scratch group: a copy of
# the binary built with its own system configuration (make
# sysconf-copy), set-group-id to a group id nobody has, a data directory
# only that group may enter.  As `nobody` (not in the group) werkbank
# works and sqlite3 on the file is refused; --db, WERKBANK_DB and the
# user's configuration cannot move it out of the data directory; the
# files nobody asks for are nobody's, with nobody's group, and a file
# only the group may read is not read for nobody; no core dump, none of
# the environment that could steer it; the administrators' commands are
# refused.  Needs root (skipped otherwise) and a temporary directory not
# mounted nosuid.
. "$WB_ROOT/test/lib.sh"

if [ "$(id -u)" != 0 ]; then
	skip "set-group-id werkbank" "needs root (to make a set-group-id binary and become nobody)"
	finish
fi
if ! command -v setpriv >/dev/null 2>&1 || ! id nobody >/dev/null 2>&1 ||
    ! command -v sqlite3 >/dev/null 2>&1 || ! command -v make >/dev/null 2>&1; then
	skip "set-group-id werkbank" "needs setpriv, a user nobody, sqlite3 and make"
	finish
fi
base=$(mktemp -d "${TMPDIR:-/tmp}/werkbank-sgid.XXXXXX") || exit 1
listener=
cleanup() {
	# The system log this test made for itself goes with it.
	if [ -n "$listener" ]; then
		kill "$listener" 2>/dev/null
		rm -f /dev/log
	fi
	rm -rf "$base"
}
trap cleanup EXIT
chmod 0755 "$base"
if ! python3 -c 'import os, sys; sys.exit(os.statvfs(sys.argv[1]).f_flag & os.ST_NOSUID and 1 or 0)' "$base"; then
	skip "set-group-id werkbank" "$base is on a file system mounted nosuid"
	finish
fi
if ! setpriv --reuid nobody --regid nogroup --clear-groups test -x "$base"; then
	skip "set-group-id werkbank" "nobody cannot reach $base (a private directory above it)"
	finish
fi
nogroup=$(id -g nobody)
# A scratch group id: one no group has.
gid=64990
while getent group "$gid" >/dev/null 2>&1 && [ "$gid" -gt 64000 ]; do
	gid=$((gid - 1))
done

mkdir "$base/bin" "$base/etc" "$base/data" "$base/pub" "$base/bk"
san=
[ "${WB_BUILD:-plain}" = san ] && san=SAN=1
if ! make -s -C "$WB_ROOT" $san sysconf-copy COPY="$base/bin/werkbank" \
    COPY_SYSCONFDIR="$base/etc" >"$T/.make" 2>&1; then
	not_ok "a copy of werkbank with its own SYSCONFDIR" "$(_excerpt "$T/.make")"
	finish
fi
SG=$base/bin/werkbank
chown "root:$gid" "$SG" && chmod 2755 "$SG"
chown "root:$gid" "$base/data" && chmod 2770 "$base/data"
echo "db = $base/data/team.db" >"$base/etc/werkbank.conf"
chmod 0644 "$base/etc/werkbank.conf"
chown nobody "$base/pub"
DB=$base/data/team.db
# (A set-group-id process is not dumpable, which is the point, so
# LeakSanitizer cannot trace it: the sanitizer copy is built without the
# leak check; leaks are looked for in the other tests.)
as_nobody() {
	run setpriv --reuid nobody --regid "$nogroup" --clear-groups "$@"
}
# The checks that read a message ask for it in English.
LC_ALL=C.UTF-8
export LC_ALL

# The administrator (root) makes the database: root in the group's
# directory, as make install-server leaves it.
run "$SG" init
expect_rc "root: init of the configured database" 0
expect_eq "the database is the group's, 0660" "$(stat -c '%g %a' "$DB" 2>/dev/null)" "$gid 660"
expect_eq "its key is the group's, read-only" "$(stat -c '%g %a' "$DB.key" 2>/dev/null)" "$gid 440"
cp "$WB_ROOT/fixtures/csv/partners.csv" "$base/pub/"
run "$SG" import partners "$base/pub/partners.csv"
run "$SG" user add root --partner MEP --role coordinator
run "$SG" user add nobody --partner MEP --role recruiter
expect_rc "setup: root and nobody are werkbank users" 0

# A system log to read what werkbank sends there, when there is none.
if [ ! -e /dev/log ] && command -v python3 >/dev/null 2>&1; then
	python3 - "$T/syslog" <<'PY' &
import os, socket, sys
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind("/dev/log")
os.chmod("/dev/log", 0o666)
out = open(sys.argv[1], "a")
s.settimeout(120)
try:
    while True:
        out.write(s.recv(65536).decode(errors="replace") + "\n")
        out.flush()
except Exception:
    pass
finally:
    os.unlink("/dev/log")
PY
	listener=$!
	i=0
	while [ ! -S /dev/log ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
fi

as_nobody "$SG" partners --csv
expect_rc "nobody (not in the group): werkbank works" 0
expect_out "... and reads the database" "^MEP,"
as_nobody sqlite3 "$DB" "SELECT count(*) FROM partner"
check "... while sqlite3 on the file is refused to nobody" [ "$rc" -ne 0 ]
as_nobody cat "$DB.key"
check "... and so is reading the key" [ "$rc" -ne 0 ]

echo 'db = /tmp/werkbank-elsewhere.db' >"$base/pub/config"
as_nobody "$SG" --db "$base/pub/x.db" partners
expect_rc "--db outside the data directory is refused" 1
expect_err "... saying why" "not in the team's data directory"
as_nobody env WERKBANK_DB="$base/pub/x.db" "$SG" partners
expect_rc "WERKBANK_DB outside the data directory is refused" 1
as_nobody env WERKBANK_DB="$base/data/../pub/x.db" "$SG" partners
expect_rc "... also by a path through it" 1
as_nobody "$SG" --db "$base/data/team.db" partners --csv
expect_rc "--db naming the database in the data directory is taken" 0
mkdir -p "$base/pub/xdg/werkbank"
cp "$base/pub/config" "$base/pub/xdg/werkbank/config"
as_nobody env XDG_CONFIG_HOME="$base/pub/xdg" "$SG" partners --csv
expect_rc "the user's configuration is not read (it names another file)" 0
expect_no_file "... and that file is not made" /tmp/werkbank-elsewhere.db

# The person's files: their own, with their own group.
as_nobody "$SG" export candidates "$base/pub/out.csv"
expect_rc "nobody exports" 0
expect_eq "the export belongs to nobody and nobody's group, 0600" \
    "$(stat -c '%u %g %a' "$base/pub/out.csv" 2>/dev/null)" "$(id -u nobody) $nogroup 600"
printf 'ref,partner,first_name,last_name,postcode,target_group,consent\nK-1,MEP,Jan,Jansen,7941,ww,ja\nK-2,MEP,Piet,,7941,ww,ja\n' >"$base/pub/c.csv"
chown nobody "$base/pub/c.csv"
as_nobody "$SG" import candidates "$base/pub/c.csv"
expect_rc "nobody imports, with a row rejected" 4
expect_eq "the rejects file belongs to nobody and nobody's group" \
    "$(stat -c '%u %g %a' "$base/pub/c.rejects.csv" 2>/dev/null)" "$(id -u nobody) $nogroup 600"
as_nobody "$SG" profile MEP/K-1 -o "$base/pub/profiel.pdf"
expect_rc "nobody writes a candidate's profile" 0
expect_eq "the profile belongs to nobody and nobody's group, 0600" \
    "$(stat -c '%u %g %a' "$base/pub/profiel.pdf" 2>/dev/null)" "$(id -u nobody) $nogroup 600"
printf 'ref,partner,first_name,last_name,postcode,target_group,consent\nK-9,MEP,Geheim,Groep,7941,ww,ja\n' >"$base/group-only.csv"
chown "root:$gid" "$base/group-only.csv" && chmod 0640 "$base/group-only.csv"
as_nobody "$SG" import candidates "$base/group-only.csv"
expect_rc "a file only the group may read is not read for nobody" 1
expect_eq "... and nothing of it is stored" \
    "$(sqlite3 "$DB" "SELECT count(*) FROM candidate WHERE ref = 'K-9'")" 0
as_nobody "$SG" meeting start
as_nobody "$SG" meeting end
expect_rc "nobody ends a meeting" 0
as_nobody "$SG" audit verify
expect_rc "nobody verifies the audit log" 0
expect_eq "the audit log names nobody for nobody's work" \
    "$(sqlite3 "$DB" "SELECT group_concat(action, ' ') FROM (SELECT action FROM audit_log WHERE login = 'nobody' ORDER BY id)")" \
    "export import export meeting meeting"

# The administrators' commands.
as_nobody "$SG" backup "$base/pub"
expect_rc "backup is refused to nobody" 1
expect_err "... as the administrators'" "administrators"
as_nobody "$SG" restore "$base/pub/out.csv" --force
expect_rc "restore is refused to nobody" 1
as_nobody "$SG" --db "$base/data/new.db" init
expect_rc "init is refused to nobody" 1
expect_no_file "... and makes nothing" "$base/data/new.db"
run setpriv --reuid nobody --regid "$nogroup" --groups "$gid" "$SG" backup "$base/pub"
expect_rc "a member of the group may back up" 0
bk=$(cat "$OUT")
expect_eq "... and the backup is the member's, 0600" \
    "$(stat -c '%u %g %a' "$bk" 2>/dev/null)" "$(id -u nobody) $nogroup 600"
run "$SG" backup "$base/bk" --keep 3
expect_rc "root may back up" 0
bk=$(cat "$OUT")
run "$SG" --db "$bk" audit verify
expect_rc "... and the backup, outside the data directory, verifies with its key (root may name any file)" 0

# No core dump: a session waiting for its input, looked at from outside.
mkfifo "$base/pub/in"
chmod 0666 "$base/pub/in"
setpriv --reuid nobody --regid "$nogroup" --clear-groups \
    sh -c 'ulimit -c unlimited 2>/dev/null; exec "$1" import candidates -' sh "$SG" \
    <"$base/pub/in" >/dev/null 2>"$T/.waiting" &
pid=$!
exec 9>"$base/pub/in"
sleep 1
if [ -r "/proc/$pid/limits" ]; then
	expect_eq "no core file, however ulimit -c was set" \
	    "$(awk '/^Max core file size/ { print $5 "/" $6 }' "/proc/$pid/limits")" 0/0
	expect_eq "not dumpable: its /proc files are root's, not nobody's" \
	    "$(stat -c %U "/proc/$pid/status")" root
else
	not_ok "look at the waiting session" "no /proc/$pid"
fi
exec 9>&-
wait "$pid" 2>/dev/null

# Nothing of the environment steers it: a date of its own ...
as_nobody env WERKBANK_TODAY=2020-01-02 "$SG" meeting start
expect_eq "WERKBANK_TODAY is not taken (the meeting is today's)" \
    "$(sqlite3 "$DB" "SELECT detail FROM audit_log WHERE action = 'meeting' ORDER BY id DESC LIMIT 1")" \
    "start $(date +%F)"
as_nobody "$SG" meeting end
# ... nor a terminal description of its own (TERMINFO): a terminal type
# only there is unknown to it, as ncurses ignores TERMINFO set-group-id.
if command -v tic >/dev/null 2>&1 && command -v infocmp >/dev/null 2>&1 &&
    command -v script >/dev/null 2>&1 &&
    infocmp xterm 2>/dev/null | sed 's/^xterm|/wbevil|/' >"$T/wbevil.src" &&
    tic -o "$base/pub/ti" "$T/wbevil.src" 2>/dev/null; then
	chmod -R a+rX "$base/pub/ti"
	run setpriv --reuid nobody --regid "$nogroup" --clear-groups env \
	    TERM=wbevil TERMINFO="$base/pub/ti" TERMINFO_DIRS="$base/pub/ti" \
	    timeout 10 script -qec "$SG" /dev/null
	expect_out "TERMINFO is not taken: a terminal type only there is unknown" \
	    "TERM=wbevil"
else
	skip "TERMINFO is not taken" "no tic, infocmp or script"
fi

if [ -n "$listener" ]; then
	sleep 0.5
	if grep -q "audit head [0-9]*:[0-9a-f]\{64\} of $DB (meeting [0-9]* ended by nobody)" "$T/syslog" 2>/dev/null; then
		ok "the system log has the audit head when the meeting ended"
	else
		not_ok "the system log has the audit head when the meeting ended" "$(_excerpt "$T/syslog")"
	fi
	head=$(sqlite3 "$DB" "SELECT id || ':' || hash FROM audit_log ORDER BY id DESC LIMIT 1")
	as_nobody "$SG" audit verify
	sleep 0.5
	if grep -q "audit head $head of $DB (verify: intact)" "$T/syslog"; then
		ok "... and on audit verify, the head of the log"
	else
		not_ok "... and on audit verify, the head of the log" "$(_excerpt "$T/syslog")"
	fi
else
	skip "the audit head in the system log" "there is a system log here (/dev/log) that this test does not read"
fi
finish
