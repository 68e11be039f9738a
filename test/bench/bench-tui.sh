#!/bin/sh
# test/bench/bench-tui.sh: the terminal UI at a million candidates (issue
# 5), in a headless terminal: a pseudo-terminal of 120x40 driven from
# Python, which timestamps the bytes werkbank writes.
#
#   first-screen-1m  from starting `werkbank` on the `demo --scale 300`
#                    database (~900k candidates) until the first screen
#                    is drawn (its status line has arrived: the list of
#                    open vacancies is there and takes keys); the median
#                    of FIRST_REPEAT runs.  The peer is VisiData loading
#                    the same candidates exported to CSV until every row
#                    is in (the table can be sorted and searched).
#   keypress-1m      the median time from sending a key until werkbank's
#                    output for it ends (no byte for 15 ms after it):
#                    each from idle (1.5 s after the one before, so the
#                    matches pane has followed the selection):
#                    a page down in the candidates, switching view
#                    (1 <-> 2) and opening the matches pane (m) on a
#                    newly selected vacancy once the match index is
#                    built (a fresh ranking of the whole pool); the
#                    slowest of the three medians is the figure.
#
# Also reported on stderr: the peak memory (VmHWM) of the session after
# the keys, and of the peer.  The peer runs only when VisiData is
# installed or installable (apt-get, Debian's visidata); else peer=0.
#
# Environment: WB (default ./werkbank), BENCH_DIR (build/bench),
# FIRST_REPEAT (5), KEY_REPEAT (9), PEER (1; 0 skips VisiData).
set -u

WB=${WB:-./werkbank}
BENCH_DIR=${BENCH_DIR:-build/bench}
FIRST_REPEAT=${FIRST_REPEAT:-5}
KEY_REPEAT=${KEY_REPEAT:-9}
PEER=${PEER:-1}
export WERKBANK_TODAY=${WERKBANK_TODAY:-2026-11-23}
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3

say() { printf 'bench-tui: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

[ -x "$WB" ] || die "$WB is not built (make)"
mkdir -p "$BENCH_DIR" || exit 1

# The same cached demo databases as bench-match.sh.
gen=$(cat src/demo*.c src/demo*.h src/setup.c schema/*.sql 2>/dev/null | cksum | cut -d ' ' -f 1)
big=$BENCH_DIR/demo-300-$gen.db
if [ ! -f "$big" ]; then
	say "making $big (demo --scale 300) once"
	rm -f "$big.tmp"
	"$WB" --db "$big.tmp" demo --scale 300 </dev/null >&2 ||
	    die "demo --scale 300 failed"
	mv "$big.tmp" "$big" && mv "$big.tmp.key" "$big.key"
fi
# Open it once so that a pending migration is not timed.
"$WB" --db "$big" partners </dev/null >/dev/null 2>&1 ||
    die "cannot open $big"

cat >"$BENCH_DIR/tui-pty.py" <<'PY'
# Drive werkbank in a pseudo-terminal; print "first=S" and key timings.
import fcntl, os, pty, select, struct, sys, termios, time

wb, db, first_repeat, key_repeat = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="")

def spawn():
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(wb, [wb, "--db", db], env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    return pid, fd

def read_until(fd, marker, timeout):
    buf, end = b"", time.perf_counter() + timeout
    while time.perf_counter() < end:
        r, _, _ = select.select([fd], [], [], 0.05)
        if r:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            buf += chunk
            if marker in buf:
                return time.perf_counter(), buf
    raise SystemExit("timeout waiting for %r" % marker)

def drain(fd, quiet=0.015, timeout=10, wait=True):
    """Read until no byte for `quiet` s (after a first byte, with
    wait); the time of the last byte."""
    last, n, end = None, 0, time.perf_counter() + timeout
    while time.perf_counter() < end:
        r, _, _ = select.select([fd], [], [], quiet)
        if not r:
            if last is not None or not wait:
                return last or time.perf_counter(), n
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        n += len(chunk)
        last = time.perf_counter()
    return last or time.perf_counter(), n

def stop(pid, fd):
    os.write(fd, b"q")
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass
    os.close(fd)

def hwm(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmHWM"):
                return int(line.split()[1]) / 1024
    return 0

firsts = []
for i in range(first_repeat):
    t0 = time.perf_counter()
    pid, fd = spawn()
    t1, _ = read_until(fd, b"? help", 30)
    firsts.append(t1 - t0)
    stop(pid, fd)
firsts.sort()
print("first=%.6f" % firsts[len(firsts) // 2], "runs=" + ",".join("%.3f" % x for x in firsts))

pid, fd = spawn()
read_until(fd, b"? help", 30)
# Wait for the index (built in a thread) and the first ranking.
read_until(fd, b"pass (x:", 120)
drain(fd, 0.3, wait=False)
def key(k, settle=1.5):
    t0 = time.perf_counter()
    os.write(fd, k)
    t1, n = drain(fd)
    time.sleep(settle)
    drain(fd, 0.05, wait=False)
    return t1 - t0, n
def median(xs):
    xs = sorted(xs)
    return xs[len(xs) // 2]
key(b"2", 1.0)                  # candidates: loads the id list once
page = [key(b"\x06") for _ in range(key_repeat)]   # ^F page down
switch = [key(b"1" if i % 2 else b"2") for i in range(key_repeat)]
key(b"1")
matches = []
for _ in range(key_repeat):
    key(b"m", 0.3)              # hide the pane,
    key(b"j", 0.3)              # select the next vacancy,
    matches.append(key(b"m"))   # show it: ranks ~900k candidates
mem = hwm(pid)
stop(pid, fd)
for name, xs in (("page", page), ("switch", switch), ("matches", matches)):
    print("%s=%.6f bytes=%d" % (name, median([x[0] for x in xs]), median([x[1] for x in xs])))
print("hwm_mb=%.0f" % mem)
PY

out=$("$PY" "$BENCH_DIR/tui-pty.py" "$WB" "$big" "$FIRST_REPEAT" "$KEY_REPEAT") ||
    die "the pty driver failed"
say "werkbank: $(echo "$out" | tr '\n' ' ')"
first=$(echo "$out" | sed -n 's/^first=\([0-9.]*\).*/\1/p')
page=$(echo "$out" | sed -n 's/^page=\([0-9.]*\).*/\1/p')
switch=$(echo "$out" | sed -n 's/^switch=\([0-9.]*\).*/\1/p')
matches=$(echo "$out" | sed -n 's/^matches=\([0-9.]*\).*/\1/p')
hwm=$(echo "$out" | sed -n 's/^hwm_mb=\([0-9.]*\).*/\1/p')
ncand=$(sqlite3 "$big" "SELECT count(*) FROM candidate" 2>/dev/null)
say "session peak memory (VmHWM) with the index of $ncand candidates: $hwm MB"

# The peer: VisiData loading the candidates as CSV.
peer=0
if [ "$PEER" = 1 ] && ! command -v vd >/dev/null 2>&1 &&
    apt-cache policy visidata 2>/dev/null | grep -q 'Candidate: [0-9]'; then
	say "installing visidata (Debian package) for the peer"
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q visidata \
	    >"$BENCH_DIR/visidata-install.log" 2>&1 ||
	    say "could not install visidata: see $BENCH_DIR/visidata-install.log"
fi
if [ "$PEER" = 1 ] && command -v vd >/dev/null 2>&1; then
	csv=$BENCH_DIR/tui-candidates-$gen.csv
	if [ ! -f "$csv" ]; then
		"$WB" --db "$big" export candidates "$csv.tmp" </dev/null \
		    >/dev/null 2>&1 && mv "$csv.tmp" "$csv" ||
		    say "werkbank export candidates failed"
	fi
	if [ -f "$csv" ]; then
		pout=$(/usr/bin/python3 - "$csv" <<'PY' 2>/dev/null
import resource, sys, time
t0 = time.perf_counter()
from visidata import vd
sheet = vd.openSource(sys.argv[1])
sheet.ensureLoaded()
vd.sync()
t1 = time.perf_counter()
print("peer=%.6f rows=%d hwm_mb=%.0f" % (t1 - t0, len(sheet.rows),
    resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))
PY
)
		say "peer (VisiData $(vd --version 2>/dev/null | head -n 1)): $pout"
		peer=$(echo "$pout" | sed -n 's/^peer=\([0-9.]*\).*/\1/p')
		peer=${peer:-0}
	fi
else
	say "no VisiData here: peer=0"
fi
ratio=0
if [ "$peer" != 0 ]; then
	ratio=$(awk -v p="$peer" -v w="$first" 'BEGIN { printf "%.0f", p / w }')
fi
echo "bench: first-screen-1m werkbank=$first peer=$peer ratio=$ratio"
worst=$(printf '%s\n' "$page" "$switch" "$matches" | sort -g | tail -n 1)
say "keypress: page down $page s, switch view $switch s, open matches $matches s"
echo "bench: keypress-1m werkbank=$worst peer=0 ratio=0"
