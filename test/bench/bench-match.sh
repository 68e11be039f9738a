#!/bin/sh
# test/bench/bench-match.sh: the matching benchmarks of issue 4, side by
# side in one run (run from the top of the tree, by test/bench/run):
#
#   rank-1m         rank one vacancy against the pool of `demo --scale
#                   300` (about 1M candidates): werkbank's ranking core
#                   (`match --bench-rank`: the index is built once, the
#                   median of 21 rankings is reported) against the same
#                   scoring as ONE sqlite3 query over the same file (the
#                   median of 3 runs); ratio = peer / werkbank.
#   rank-1m-duckdb  the same ranking against the same scoring as ONE
#                   DuckDB query over the same data, all in memory
#                   (test/bench/duckdb-rank.mjs: the tables are exported
#                   to CSV once and loaded, and what does not depend on
#                   the vacancy joined, untimed, as werkbank's index is
#                   built untimed; the median of PEER_REPEAT runs of the
#                   query on DUCK_THREADS threads).  DuckDB's Node.js package (@duckdb/node-api
#                   from the npm registry) is installed into
#                   build/bench/duckdb when missing; without node or npm,
#                   or when it does not install or load, the peer is
#                   skipped with a message (peer=0).
#   match-all-100k  `werkbank match --all` end to end (index, ranking,
#                   storing the results) on `demo --scale 34` (about 100k
#                   candidates) with 5000 open vacancies.
#   index-1m-mb     the memory of the index of the scale-300 pool, in MB.
#
# The demo databases are made once and kept in build/bench/ (named after
# a checksum of the demo generator, so a changed generator makes new
# ones); making the scale-300 one takes a few minutes.  The peer's top 20
# is compared with werkbank's (a warning on stderr if they differ).
#
# Environment: WB (default ./werkbank), BENCH_DIR (default build/bench),
# RANK_REPEAT (21), PEER_REPEAT (3), DUCK_THREADS (2), DUCK_DIR
# (build/bench/duckdb), DUCKDB_NODE (the npm package and version).
set -u

WB=${WB:-./werkbank}
BENCH_DIR=${BENCH_DIR:-build/bench}
RANK_REPEAT=${RANK_REPEAT:-21}
PEER_REPEAT=${PEER_REPEAT:-3}
export WERKBANK_TODAY=${WERKBANK_TODAY:-2026-11-23}

say() { printf 'bench-match: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

command -v sqlite3 >/dev/null 2>&1 || die "sqlite3 is needed for the peer"

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.6f", b - a }'; }
median() { sort -g | awk '{ v[NR] = $1 } END { printf "%.6f", v[int((NR + 1) / 2)] }'; }

# demo_db SCALE: a cached demo database of that scale.
gen=$(cat src/demo*.c src/demo*.h src/setup.c schema/*.sql 2>/dev/null | cksum | cut -d ' ' -f 1)
demo_db() {
	_db=$BENCH_DIR/demo-$1-$gen.db
	if [ ! -f "$_db" ]; then
		say "making $_db (demo --scale $1) once"
		rm -f "$_db.tmp"
		"$WB" --db "$_db.tmp" demo --scale "$1" </dev/null >&2 ||
		    die "demo --scale $1 failed"
		mv "$_db.tmp" "$_db" && mv "$_db.tmp.key" "$_db.key"
	fi
	echo "$_db"
}

# peer_sql PARTNER REF: the ranking of match.h as one query (top 20).
peer_sql() {
	cat <<SQL
WITH
v AS (SELECT v.id, v.isco_code AS isco, z.lat, z.lon,
	coalesce(round(v.hours_min * 4), 0) AS vmin,
	coalesce(round(v.hours_max * 4), 192) AS vmax,
	v.hours_min IS NOT NULL OR v.hours_max IS NOT NULL AS has_hours,
	e.nlqf AS edu_min, l.rank AS dutch_min,
	coalesce(v.driving_licence, 0) AS lic, coalesce(v.job_agreement, 0) AS ja,
	coalesce(v.sheltered, 0) AS sh, v.start_date,
	(SELECT count(*) FROM vacancy_skill s WHERE s.vacancy_id = v.id) AS njob
    FROM vacancy v JOIN partner p ON p.id = v.partner_id
    JOIN pc4 z ON z.code = v.pc4
    LEFT JOIN education_level e ON e.key = v.education_min
    LEFT JOIN language_level l ON l.code = v.dutch_level_min
    WHERE p.code = '$1' AND v.ref = '$2'),
w AS (SELECT
	max(CASE component WHEN 'occupation' THEN weight END) AS wo,
	max(CASE component WHEN 'skills' THEN weight END) AS ws,
	max(CASE component WHEN 'education' THEN weight END) AS we,
	max(CASE component WHEN 'language' THEN weight END) AS wl,
	max(CASE component WHEN 'hours' THEN weight END) AS wh,
	max(CASE component WHEN 'travel' THEN weight END) AS wt
    FROM match_weight),
s AS (SELECT
	max(CASE key WHEN 'travel_km_auto' THEN CAST(value AS REAL) END) AS auto,
	max(CASE key WHEN 'travel_km_brommer' THEN CAST(value AS REAL) END) AS brommer,
	max(CASE key WHEN 'travel_km_ov' THEN CAST(value AS REAL) END) AS ov,
	max(CASE key WHEN 'travel_km_fiets' THEN CAST(value AS REAL) END) AS fiets,
	max(CASE key WHEN 'travel_km_none' THEN CAST(value AS REAL) END) AS none
    FROM setting),
asking AS (SELECT coalesce((SELECT partner_id FROM app_user
    WHERE login = '$3' AND active), 0) AS pid),
c AS (SELECT c.id, p.code || '/' || c.ref AS key, c.hours_min, c.hours_max,
	e.nlqf AS edu, l.rank AS dutch,
	2 * 6371.0088 * asin(sqrt(
	    pow(sin(radians(z.lat - v.lat) / 2), 2) + cos(radians(v.lat)) *
	    cos(radians(z.lat)) * pow(sin(radians(z.lon - v.lon) / 2), 2))) AS d,
	coalesce(c.max_travel_km,
	    (SELECT coalesce(max(CASE t.mode
		WHEN 'auto' THEN CASE WHEN c.driving_licence IS 0 THEN NULL
		    ELSE s.auto END
		WHEN 'brommer' THEN s.brommer WHEN 'ov' THEN s.ov
		WHEN 'fiets' THEN s.fiets END), s.none)
	     FROM candidate_transport t WHERE t.candidate_id = c.id
	     HAVING count(*) > 0)) AS range,
	max(s.auto, s.brommer, s.ov, s.fiets, s.none) AS widest,
	(SELECT max((CASE
		WHEN o.isco_code = v.isco THEN 1.0
		WHEN substr(o.isco_code, 1, 3) = substr(v.isco, 1, 3) THEN 0.5
		WHEN substr(o.isco_code, 1, 2) = substr(v.isco, 1, 2) THEN 0.3
		WHEN substr(o.isco_code, 1, 1) = substr(v.isco, 1, 1) THEN 0.15
		ELSE 0 END) * (0.7 + (1 - 0.7) * CASE WHEN o.years IS NULL
		THEN 0.5 ELSE round(min(max(o.years, 0), 5) * 10) / 50.0 END))
	    FROM candidate_occupation o WHERE o.candidate_id = c.id) AS occ,
	(SELECT CASE WHEN count(*) = 0 THEN NULL ELSE
		CAST(count(vs.skill) AS REAL) / v.njob END
	    FROM candidate_skill k LEFT JOIN vacancy_skill vs
	    ON vs.vacancy_id = v.id AND vs.skill = k.skill
	    WHERE k.candidate_id = c.id) AS sk
    FROM candidate c JOIN partner p ON p.id = c.partner_id
    JOIN pc4 z ON z.code = c.pc4
    LEFT JOIN education_level e ON e.key = c.education_key
    LEFT JOIN language_level l ON l.code = c.dutch_level, v, s, asking
    WHERE c.status IN ('beschikbaar', 'in_traject')
    AND (c.consent = 1 OR c.partner_id = asking.pid)
    AND NOT (v.lic = 1 AND c.driving_licence IS 0)
    AND NOT (v.ja = 1 AND c.job_agreement IS 0)
    AND NOT (v.sh = 1 AND c.target_group <> 'beschut')
    AND NOT coalesce(c.available_from > v.start_date, 0)
    AND NOT EXISTS (SELECT 1 FROM candidate_restriction r
	JOIN vacancy_demand m ON m.vacancy_id = v.id AND m.demand =
	CASE r.restriction WHEN 'geen_zwaar_tillen' THEN 'zwaar_tillen'
	    WHEN 'niet_lang_staan' THEN 'lang_staan'
	    WHEN 'geen_nachtdienst' THEN 'nachtdienst'
	    WHEN 'geen_klantcontact' THEN 'klantcontact'
	    WHEN 'rustige_omgeving' THEN 'druk' END
	WHERE r.candidate_id = c.id)),
scored AS (SELECT c.key,
	(w.wo * coalesce(c.occ, 0.5) +
	 CASE WHEN v.njob > 0 THEN w.ws * coalesce(c.sk, 0.5) ELSE 0 END +
	 CASE WHEN v.edu_min IS NULL THEN 0 WHEN c.edu IS NULL THEN w.we * 0.5
	    WHEN c.edu >= v.edu_min THEN w.we
	    WHEN c.edu = v.edu_min - 1 THEN w.we * 0.5 ELSE 0 END +
	 CASE WHEN v.dutch_min IS NULL THEN 0
	    WHEN c.dutch IS NULL THEN w.wl * 0.5
	    WHEN c.dutch >= v.dutch_min THEN w.wl
	    WHEN c.dutch = v.dutch_min - 1 THEN w.wl * 0.5 ELSE 0 END +
	 CASE WHEN NOT v.has_hours THEN 0
	    WHEN c.hours_min IS NULL AND c.hours_max IS NULL THEN w.wh * 0.5
	    ELSE w.wh * max(0, 1 - min(32,
		max(0, v.vmin - coalesce(round(c.hours_max * 4), 192)) +
		max(0, coalesce(round(c.hours_min * 4), 0) - v.vmax)) / 32.0)
	    END +
	 CASE WHEN c.range IS NULL THEN w.wt * 0.5
	    ELSE w.wt * max(0, 1 - c.d / c.range) END) /
	(w.wo + CASE WHEN v.njob > 0 THEN w.ws ELSE 0 END +
	 CASE WHEN v.edu_min IS NULL THEN 0 ELSE w.we END +
	 CASE WHEN v.dutch_min IS NULL THEN 0 ELSE w.wl END +
	 CASE WHEN v.has_hours THEN w.wh ELSE 0 END + w.wt) AS score
    FROM c, v, w
    WHERE c.d <= coalesce(c.range, c.widest))
SELECT key, printf('%.3f', score) FROM scored
ORDER BY score DESC, key LIMIT 20;
SQL
}

# peer DB VACANCY: run the peer query once, its rows on stdout.
peer() {
	peer_sql "${2%%/*}" "${2#*/}" "$(id -un)" | sqlite3 -csv "$1"
}

case ${1:-all} in
peer-sql)	# peer-sql DB VACANCY: the rows (for tests and checking)
	peer "$2" "$3"
	exit $?
	;;
esac

[ -x "$WB" ] || die "$WB is not built (make)"
mkdir -p "$BENCH_DIR" || exit 1

# rank-1m and index-1m-mb
big=$(demo_db 300) || exit 1
vac=$(sqlite3 "$big" "SELECT p.code || '/' || v.ref FROM vacancy v JOIN \
    partner p ON p.id = v.partner_id WHERE v.status = 'open' ORDER BY v.id \
    LIMIT 1") || die "no open vacancy in $big"
out=$("$WB" --db "$big" match --bench-rank "$vac" --repeat "$RANK_REPEAT") ||
    die "match --bench-rank failed"
say "werkbank: $out"
wb_rank=$(echo "$out" | sed -n 's/.*rank_median_s=\([0-9.]*\).*/\1/p')
wb_mb=$(echo "$out" | sed -n 's/.*index_mb=\([0-9.]*\).*/\1/p')
ncand=$(echo "$out" | sed -n 's/.*candidates=\([0-9]*\).*/\1/p')

times=""
i=0
while [ "$i" -lt "$PEER_REPEAT" ]; do
	t0=$(now)
	peer "$big" "$vac" >"$BENCH_DIR/peer.csv" || die "the peer query failed"
	t1=$(now)
	times="$times $(elapsed "$t0" "$t1")"
	i=$((i + 1))
done
peer_rank=$(printf '%s\n' $times | median)
say "peer (sqlite3, one query): runs$times s"

"$WB" --db "$big" match "$vac" --top 20 --csv 2>/dev/null |
    awk -F, 'NR > 1 { print $2 "," $5 }' >"$BENCH_DIR/werkbank.csv"
# The same keys in the same order, the scores within 0.001 (werkbank keeps
# ranges as float inverses, which can move the third decimal).
if paste -d , "$BENCH_DIR/peer.csv" "$BENCH_DIR/werkbank.csv" | awk -F, '
    $1 != $3 || $2 - $4 > 0.0011 || $4 - $2 > 0.0011 { bad = 1 }
    END { exit bad || NR != 20 }'; then
	say "the peer's top 20 for $vac is werkbank's"
else
	say "WARNING: the peer's top 20 for $vac differs from werkbank's:"
	diff "$BENCH_DIR/peer.csv" "$BENCH_DIR/werkbank.csv" | head -n 10 >&2
fi
ratio=$(awk -v p="$peer_rank" -v w="$wb_rank" 'BEGIN { printf "%.0f", p / w }')
echo "bench: rank-1m werkbank=$wb_rank peer=$peer_rank ratio=$ratio"

# rank-1m-duckdb: the same vacancy, the same scoring as one DuckDB query
# over the same data in memory (test/bench/duckdb-rank.mjs).
duck_spec() {
	cat <<'SPEC'
partner id:BIGINT code:VARCHAR
pc4 code:VARCHAR lat:DOUBLE lon:DOUBLE
education_level key:VARCHAR nlqf:INTEGER
language_level code:VARCHAR rank:INTEGER
vacancy id:BIGINT partner_id:BIGINT ref:VARCHAR isco_code:VARCHAR pc4:VARCHAR hours_min:DOUBLE hours_max:DOUBLE education_min:VARCHAR dutch_level_min:VARCHAR driving_licence:INTEGER job_agreement:INTEGER sheltered:INTEGER start_date:VARCHAR
vacancy_skill vacancy_id:BIGINT skill:VARCHAR
vacancy_demand vacancy_id:BIGINT demand:VARCHAR
match_weight component:VARCHAR weight:DOUBLE
setting key:VARCHAR value:VARCHAR
app_user login:VARCHAR partner_id:BIGINT active:INTEGER
candidate id:BIGINT partner_id:BIGINT ref:VARCHAR pc4:VARCHAR target_group:VARCHAR job_agreement:INTEGER education_key:VARCHAR dutch_level:VARCHAR hours_min:DOUBLE hours_max:DOUBLE available_from:VARCHAR driving_licence:INTEGER max_travel_km:DOUBLE consent:INTEGER status:VARCHAR
candidate_occupation candidate_id:BIGINT isco_code:VARCHAR years:DOUBLE
candidate_skill candidate_id:BIGINT skill:VARCHAR
candidate_restriction candidate_id:BIGINT restriction:VARCHAR
candidate_transport candidate_id:BIGINT mode:VARCHAR
SPEC
}

# duck_setup: @duckdb/node-api installed into $DUCK_DIR (npm, once);
# fails with the reason on stderr when it cannot be.
DUCK_DIR=${DUCK_DIR:-$BENCH_DIR/duckdb}
DUCKDB_NODE=${DUCKDB_NODE:-@duckdb/node-api@1.5.6-r.1}
duck_setup() {
	command -v node >/dev/null 2>&1 || { say "no node"; return 1; }
	if [ ! -d "$DUCK_DIR/node_modules/@duckdb/node-api" ]; then
		command -v npm >/dev/null 2>&1 || { say "no npm"; return 1; }
		say "installing $DUCKDB_NODE into $DUCK_DIR (npm) once"
		mkdir -p "$DUCK_DIR" && printf '{ "private": true }\n' \
		    >"$DUCK_DIR/package.json" &&
		npm install --prefix "$DUCK_DIR" --no-audit --no-fund \
		    --fetch-retries=1 --fetch-timeout=60000 --loglevel=error \
		    "$DUCKDB_NODE" >"$DUCK_DIR/install.log" 2>&1 ||
		    { say "npm install $DUCKDB_NODE failed: see $DUCK_DIR/install.log"
		      rm -rf "$DUCK_DIR/node_modules"; return 1; }
	fi
	cp test/bench/duckdb-rank.mjs "$DUCK_DIR/" &&
	(cd "$DUCK_DIR" && node --input-type=module -e \
	    "await import('@duckdb/node-api')") >"$DUCK_DIR/check.log" 2>&1 ||
	    { say "@duckdb/node-api does not load on node $(node --version):" \
		"see $DUCK_DIR/check.log"; return 1; }
}

if duck_setup; then
	csvdir=$BENCH_DIR/duck-csv-$gen
	if [ ! -f "$csvdir/done" ]; then
		say "exporting the tables of $big to $csvdir once"
		rm -rf "$csvdir" && mkdir -p "$csvdir" || exit 1
		duck_spec | while read -r table cols; do
			sel=$(echo "$cols" | sed 's/:[A-Z]*//g; s/ /, /g')
			sqlite3 -csv -header "$big" "SELECT $sel FROM $table" \
			    >"$csvdir/$table.csv" || exit 1
		done || die "exporting $big for DuckDB failed"
		touch "$csvdir/done"
	fi
	duck_spec >"$DUCK_DIR/spec.txt"
	csvdir=$(cd "$csvdir" && pwd) || exit 1
	if (cd "$DUCK_DIR" && node duckdb-rank.mjs spec.txt "$csvdir" \
	    "${vac%%/*}" "${vac#*/}" "$(id -un)" "$PEER_REPEAT" \
	    "${DUCK_THREADS:-2}") >"$BENCH_DIR/duck.csv" \
	    2>"$BENCH_DIR/duck.log"; then
		dout=$(tail -n 1 "$BENCH_DIR/duck.log")
		say "peer (DuckDB, one query in memory): $dout"
		duck_rank=$(echo "$dout" | sed -n 's/.*median_s=\([0-9.]*\).*/\1/p')
		if paste -d , "$BENCH_DIR/duck.csv" "$BENCH_DIR/werkbank.csv" |
		    awk -F, '$1 != $3 || $2 - $4 > 0.0011 || $4 - $2 > 0.0011 {
			bad = 1 } END { exit bad || NR != 20 }'; then
			say "DuckDB's top 20 for $vac is werkbank's"
		else
			say "WARNING: DuckDB's top 20 for $vac differs from werkbank's:"
			diff "$BENCH_DIR/duck.csv" "$BENCH_DIR/werkbank.csv" |
			    head -n 10 >&2
		fi
		ratio=$(awk -v p="$duck_rank" -v w="$wb_rank" \
		    'BEGIN { printf "%.0f", p / w }')
		echo "bench: rank-1m-duckdb werkbank=$wb_rank peer=$duck_rank ratio=$ratio"
	else
		say "the DuckDB query failed: see $BENCH_DIR/duck.log"
		echo "bench: rank-1m-duckdb werkbank=$wb_rank peer=0 ratio=0"
	fi
else
	say "no DuckDB peer: rank-1m-duckdb skipped"
	echo "bench: rank-1m-duckdb werkbank=$wb_rank peer=0 ratio=0"
fi

# match-all-100k: 5000 open vacancies in a copy of the scale-34 demo
mid=$(demo_db 34) || exit 1
all=$BENCH_DIR/match-all.db
cp "$mid" "$all" && rm -f "$all.key" && cp "$mid.key" "$all.key" || exit 1
sqlite3 "$all" "UPDATE vacancy SET status = 'open', closed_on = NULL WHERE id \
    IN (SELECT id FROM vacancy WHERE status <> 'open' ORDER BY id LIMIT \
    max(0, 5000 - (SELECT count(*) FROM vacancy WHERE status = 'open')));
    UPDATE vacancy SET status = 'on_hold' WHERE id IN (SELECT id FROM vacancy \
    WHERE status = 'open' ORDER BY id LIMIT -1 OFFSET 5000);" ||
    die "cannot prepare $all"
t0=$(now)
sum=$("$WB" --db "$all" match --all) || die "match --all failed"
t1=$(now)
say "werkbank: $sum"
echo "bench: match-all-100k werkbank=$(elapsed "$t0" "$t1") peer=0 ratio=0"
rm -f "$all"

say "index of $ncand candidates: $wb_mb MB"
echo "bench: index-1m-mb werkbank=$wb_mb peer=0 ratio=0"
