#!/bin/sh
# test/bench/bench-slate.sh: the Monday slate of issue 16 end to end
# (`werkbank match --slate --csv`: the index, every vacancy's ranked
# list, the exact plan and its proof, the explanations, keeping the
# slate), K=1:
#
#   bench: slate-100k werkbank=SECONDS peer=0 ratio=0
#
# on a copy of `demo --scale 34` (about 100k candidates) with 5000 open
# vacancies, each with its positions open again (as bench-match.sh
# reopens them for match-all-100k); the median of SLATE_REPEAT runs.  The
# aim is under 10 seconds.  The demo region's own slate (`demo`, about
# 3,000 candidates; aim under 0.2 s) is measured too and noted on
# stderr.  No peer runs.
#
# The demo databases are the ones bench-match.sh keeps in build/bench/
# (named after a checksum of the demo generator); made here when missing.
#
# Environment: WB (default ./werkbank), BENCH_DIR (build/bench),
# SLATE_REPEAT (3), DEMO_REPEAT (9).
set -u

WB=${WB:-./werkbank}
BENCH_DIR=${BENCH_DIR:-build/bench}
SLATE_REPEAT=${SLATE_REPEAT:-3}
DEMO_REPEAT=${DEMO_REPEAT:-9}
export WERKBANK_TODAY=${WERKBANK_TODAY:-2026-11-23}

say() { printf 'bench-slate: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.6f", b - a }'; }
median() { sort -g | awk '{ v[NR] = $1 } END { printf "%.3f", v[int((NR + 1) / 2)] }'; }

command -v sqlite3 >/dev/null 2>&1 || die "sqlite3 is needed to open the vacancies"
[ -x "$WB" ] || die "$WB is not built (make)"
mkdir -p "$BENCH_DIR" || exit 1

gen=$(cat src/demo*.c src/demo*.h src/setup.c schema/*.sql 2>/dev/null | cksum | cut -d ' ' -f 1)
demo_db() {	# demo_db SCALE: a cached demo database of that scale
	_db=$BENCH_DIR/demo-$1-$gen.db
	if [ ! -f "$_db" ]; then
		say "making $_db (demo --scale $1) once"
		rm -f "$_db.tmp" "$_db.tmp.key"
		"$WB" --db "$_db.tmp" demo --scale "$1" </dev/null >&2 ||
		    die "demo --scale $1 failed"
		[ ! -e "$_db.tmp.key" ] || mv "$_db.tmp.key" "$_db.key"
		mv "$_db.tmp" "$_db"
	fi
	echo "$_db"
}

copy_db() {	# copy_db SRC DST: with its audit key, if any
	rm -f "$2" "$2.key"
	cp "$1" "$2" || return 1
	[ ! -e "$1.key" ] || cp "$1.key" "$2.key"
}

# slate_times N DB: run the slate N times, print the median wall-clock time.
slate_times() {
	_t=""
	_i=0
	while [ "$_i" -lt "$1" ]; do
		t0=$(now)
		"$WB" --db "$2" match --slate --csv </dev/null >"$BENCH_DIR/slate.csv" ||
		    die "match --slate failed on $2"
		t1=$(now)
		_t="$_t $(elapsed "$t0" "$t1")"
		_i=$((_i + 1))
	done
	say "runs on $2:$_t s"
	printf '%s\n' $_t | median
}

# The demo region first: a note, not a bench line.
small=$(demo_db 1) || exit 1
work=$BENCH_DIR/slate-1.db
copy_db "$small" "$work" || exit 1
demo=$(slate_times "$DEMO_REPEAT" "$work")
say "the demo region's slate: $demo s (median of $DEMO_REPEAT; aim under 0.2 s), \
$(($(wc -l <"$BENCH_DIR/slate.csv") - 1)) picks"
rm -f "$work" "$work.key"

mid=$(demo_db 34) || exit 1
work=$BENCH_DIR/slate-34.db
copy_db "$mid" "$work" || exit 1
sqlite3 "$work" "UPDATE vacancy SET status = 'open', closed_on = NULL, \
    positions = min(999, positions + (SELECT count(*) FROM placement p WHERE \
    p.vacancy_id = vacancy.id)) WHERE id IN (SELECT id FROM vacancy WHERE \
    status <> 'open' ORDER BY id LIMIT max(0, 5000 - (SELECT count(*) FROM \
    vacancy WHERE status = 'open')));
    UPDATE vacancy SET status = 'on_hold' WHERE id IN (SELECT id FROM vacancy \
    WHERE status = 'open' ORDER BY id LIMIT -1 OFFSET 5000);" ||
    die "cannot prepare $work"
say "$(sqlite3 "$work" "SELECT count(*) FROM vacancy WHERE status = 'open'") \
open vacancies, $(sqlite3 "$work" "SELECT count(*) FROM candidate") candidates"
big=$(slate_times "$SLATE_REPEAT" "$work")
say "$(($(wc -l <"$BENCH_DIR/slate.csv") - 1)) picks; aim under 10 s"
rm -f "$work" "$work.key"
echo "bench: slate-100k werkbank=$big peer=0 ratio=0"
