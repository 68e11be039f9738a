#!/bin/sh
# test/bench/callgrind-rank.sh: the instructions one ranking of a vacancy
# takes, counted by valgrind's callgrind: the figure that stays the same
# on a busy machine, where timings do not.  Runs `werkbank match
# --bench-rank VACANCY --repeat 1` (the index built once, then one
# ranking without and one with the count of who passes the hard rules)
# and counts only inside match_rank_vacancy and any thread it starts,
# then prints
#
#   callgrind: WERKBANK rank_ir=N rank_counting_ir=N
#
# To compare two builds, run it on each with the same database and
# vacancy.  It takes a few minutes: the index is built under valgrind
# too.  Not part of `make bench` or `make check`.
#
#   sh test/bench/callgrind-rank.sh [WERKBANK [DATABASE [VACANCY]]]
#
# The database defaults to the demo --scale 300 that bench-match.sh
# keeps in build/bench, the vacancy to its first open one.
set -u

cd "$(dirname "$0")/../.." || exit 1
WB=${1:-./werkbank}
BENCH_DIR=${BENCH_DIR:-build/bench}
export WERKBANK_TODAY=${WERKBANK_TODAY:-2026-11-23}

die() { printf 'callgrind-rank: %s\n' "$*" >&2; exit 1; }

command -v valgrind >/dev/null 2>&1 || die "valgrind is needed"
gen=$(cat src/demo*.c src/demo*.h src/setup.c schema/*.sql 2>/dev/null | cksum | cut -d ' ' -f 1)
db=${2:-$BENCH_DIR/demo-300-$gen.db}
[ -f "$db" ] || die "no $db (sh test/bench/run match makes it)"
vac=${3:-$(sqlite3 "$db" "SELECT p.code || '/' || v.ref FROM vacancy v \
    JOIN partner p ON p.id = v.partner_id WHERE v.status = 'open' \
    ORDER BY v.id LIMIT 1")} || die "no open vacancy in $db"

out=$(mktemp -d "${TMPDIR:-/tmp}/callgrind-rank.XXXXXX") || exit 1
trap 'rm -rf "$out"' EXIT
# One dump a ranking; scan_thread is where a split ranking's other
# threads start (a build without it ignores the name).
valgrind --tool=callgrind --callgrind-out-file="$out/cg.out" \
    --toggle-collect=match_rank_vacancy --toggle-collect=scan_thread \
    --dump-after=match_rank_vacancy \
    "$WB" --db "$db" match --bench-rank "$vac" --repeat 1 \
    >"$out/stdout" 2>"$out/stderr" || { cat "$out/stderr" >&2; die "failed"; }
rank=$(sed -n 's/^totals: //p' "$out/cg.out.1")
counting=$(sed -n 's/^totals: //p' "$out/cg.out.2")
[ -n "$rank" ] && [ -n "$counting" ] || die "no counts in $out"
echo "callgrind: $WB $vac rank_ir=$rank rank_counting_ir=$counting"
