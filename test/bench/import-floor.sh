#!/bin/sh
# import-floor.sh: how long SQLite itself takes to write what `import-1m`
# stores, with no reading and no checking: the normalized rows of the
# bench's import (build/bench/import.db, made by bench-import.sh) copied
# by sqlite3 into a new database, table by table (INSERT ... SELECT, not
# the page copy: WHERE keeps SQLite from it), then the indexes made and the
# transaction committed; once with foreign keys and CHECK constraints off,
# once on, as werkbank keeps them.  Compare with bench-import.sh's peer.
#   sh test/bench/import-floor.sh
set -eu
cd "$(dirname "$0")/../.."
WB=${WB:-./werkbank}
D=build/bench
src=$D/import.db
[ -f "$src" ] || { echo "import-floor: run sh test/bench/run import first" >&2; exit 1; }
for mode in off on; do
	db=$D/floor.db
	rm -f $db $db.key
	"$WB" --db $db init 2>/dev/null
	"$WB" --db $db import partners $D/partners.csv 2>/dev/null
	fk=$([ $mode = on ] && echo ON || echo OFF)
	ck=$([ $mode = on ] && echo OFF || echo ON)
	t0=$(date +%s.%N)
	sqlite3 $db <<SQL
PRAGMA foreign_keys = $fk;
PRAGMA ignore_check_constraints = $ck;
ATTACH '$src' AS s;
DROP TRIGGER IF EXISTS candidate_search_insert;
DROP TRIGGER IF EXISTS candidate_occupation_search_insert;
DROP TRIGGER IF EXISTS candidate_skill_search_insert;
DROP INDEX candidate_status; DROP INDEX candidate_pc4;
DROP INDEX candidate_consultant; DROP INDEX candidate_registered;
DROP INDEX candidate_occupation_isco;
BEGIN;
INSERT INTO candidate SELECT * FROM s.candidate WHERE id > 0;
INSERT INTO candidate_occupation SELECT * FROM s.candidate_occupation WHERE candidate_id > 0;
INSERT INTO candidate_skill SELECT * FROM s.candidate_skill WHERE candidate_id > 0;
INSERT INTO candidate_transport SELECT * FROM s.candidate_transport WHERE candidate_id > 0;
CREATE INDEX candidate_status ON candidate(status);
CREATE INDEX candidate_pc4 ON candidate(pc4);
CREATE INDEX candidate_consultant ON candidate(consultant_id);
CREATE INDEX candidate_registered ON candidate(registered_on);
CREATE INDEX candidate_occupation_isco ON candidate_occupation(isco_code);
COMMIT;
SQL
	t1=$(date +%s.%N)
	awk -v a="$t0" -v b="$t1" -v m="$mode" 'BEGIN {
		printf "import-floor: foreign keys and CHECKs %s: %.2f s\n", m, b - a }'
	rm -f $db $db.key
done
