#!/bin/sh
# bench-import.sh: import 1M candidates (werkbank, validating every field
# into the normalized schema) beside sqlite3's own .import of the same
# file into one flat table with the same columns, in the same run.
#   bench: import-1m werkbank=SECONDS peer=SECONDS ratio=R
# R = peer time / werkbank time (above 1: werkbank is faster).
set -eu
cd "$(dirname "$0")/../.."
WB=${WB:-./werkbank}
N=${BENCH_IMPORT_ROWS:-1000000}
D=build/bench
mkdir -p $D
csv=$D/candidates-$N.csv
if [ ! -f "$csv" ]; then
	python3 - "$N" >"$csv.tmp" <<'PY'
import random, sys
n = int(sys.argv[1])
rnd = random.Random(42)
pcs = ["7941", "7942", "7943", "8331", "8332", "7951", "7991", "8061", "7971"]
groups = ["bijstand", "ww", "nug", "wajong", "statushouder"]
isco = ["9329", "8344", "9112", "5223", "9333", "4321", "9412", "6113"]
skills = ["heftruck", "vca", "kassa", "schoonmaak", "orderpicken", "koken"]
w = sys.stdout.write
w("ref,partner,first_name,last_name,postcode,target_group,job_agreement,"
  "occupations,skills,education,dutch_level,hours_min,hours_max,"
  "available_from,driving_licence,transport,max_travel_km,restrictions,"
  "consent,status,phone,email\n")
for i in range(n):
    w("K%07d,MEP,Naam%d,Achternaam,%s,%s,%s,%s:%d|%s,%s|%s,mbo2,B1,16,32,"
      "2026-12-01,%s,fiets|ov,15,,ja,beschikbaar,06-%08d,k%d@example.org\n"
      % (i, i, rnd.choice(pcs), rnd.choice(groups), rnd.choice(["ja", "nee", ""]),
         rnd.choice(isco), rnd.randint(0, 9), rnd.choice(isco),
         rnd.choice(skills), rnd.choice(skills), rnd.choice(["ja", "nee"]),
         rnd.randint(0, 99999999), i))
PY
	mv "$csv.tmp" "$csv"
fi
db=$D/import.db
rm -f $db $db.new-* $D/peer.db
"$WB" --db $db init 2>/dev/null
printf 'code,name,kind\nMEP,Gemeente Meppel,gemeente\n' >$D/partners.csv
"$WB" --db $db import partners $D/partners.csv 2>/dev/null

now() { date +%s.%N; }
t0=$(now)
"$WB" --db $db import candidates "$csv" 2>$D/import.err || { cat $D/import.err; exit 1; }
t1=$(now)
cols=$(head -n 1 "$csv" | sed 's/,/ TEXT, /g; s/$/ TEXT/')
sqlite3 $D/peer.db "PRAGMA synchronous = FULL; CREATE TABLE candidate ($cols);"
t2=$(now)
sqlite3 $D/peer.db ".import --csv --skip 1 $csv candidate"
t3=$(now)
awk -v a="$t0" -v b="$t1" -v c="$t2" -v d="$t3" 'BEGIN {
	w = b - a; p = d - c;
	printf "bench: import-1m werkbank=%.2f peer=%.2f ratio=%.2f\n", w, p, p / w }'
tail -n 1 $D/import.err >&2
