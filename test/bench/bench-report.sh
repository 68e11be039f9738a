#!/bin/sh
# test/bench/bench-report.sh: the monitoring report of issue 7 over the
# demo of about 1M candidates (`demo --scale 300`), end to end: the
# median wall-clock time of REPORT_REPEAT runs of `werkbank report --by
# municipality` (every figure, breakdown, target and trend is computed
# whatever --by says; the output goes to /dev/null).  No peer runs:
#
#   bench: report-1m werkbank=SECONDS peer=0 ratio=0
#
# The demo database is the one test/bench/bench-match.sh keeps in
# build/bench/ (named after a checksum of the demo generator); it is made
# here when missing (about a minute).  The aim is under a second.
#
# Environment: WB (default ./werkbank), BENCH_DIR (build/bench),
# REPORT_REPEAT (5).
set -u

WB=${WB:-./werkbank}
BENCH_DIR=${BENCH_DIR:-build/bench}
REPORT_REPEAT=${REPORT_REPEAT:-5}
export WERKBANK_TODAY=${WERKBANK_TODAY:-2026-11-23}

say() { printf 'bench-report: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.6f", b - a }'; }
median() { sort -g | awk '{ v[NR] = $1 } END { printf "%.3f", v[int((NR + 1) / 2)] }'; }

[ -x "$WB" ] || die "$WB is not built (make)"
mkdir -p "$BENCH_DIR" || exit 1

gen=$(cat src/demo*.c src/demo*.h src/setup.c schema/*.sql 2>/dev/null | cksum | cut -d ' ' -f 1)
db=$BENCH_DIR/demo-300-$gen.db
if [ ! -f "$db" ]; then
	say "making $db (demo --scale 300) once"
	rm -f "$db.tmp"
	"$WB" --db "$db.tmp" demo --scale 300 </dev/null >&2 ||
	    die "demo --scale 300 failed"
	mv "$db.tmp" "$db" && mv "$db.tmp.key" "$db.key"
fi

# One run first to bring the file into the page cache, as in use.
"$WB" --db "$db" report --csv </dev/null >/dev/null || die "report failed"
times=""
i=0
while [ "$i" -lt "$REPORT_REPEAT" ]; do
	t0=$(now)
	"$WB" --db "$db" report --by municipality </dev/null >/dev/null ||
	    die "report failed"
	t1=$(now)
	times="$times $(elapsed "$t0" "$t1")"
	i=$((i + 1))
done
say "runs:$times s"
"$WB" --db "$db" report --csv </dev/null 2>/dev/null | sed -n 2p |
    sed 's/^/bench-report: /' >&2
echo "bench: report-1m werkbank=$(printf '%s\n' $times | median) peer=0 ratio=0"
