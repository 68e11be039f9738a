# test/stress/crash.sh: kill -9 at random moments during a large import
# and during `match --all`: after every kill `werkbank check` and `audit
# verify` are clean and the data is all or nothing: the row counts of the
# tables the command writes equal those before it or those after an
# uninterrupted run, never anything in between.
#
#   WB_KILLS	kills per command (stress: 50; make check: 3)
#   WB_ROWS	candidates in the generated file (stress: 50000)
#   WB_SEED	the random moments (default: from the clock; printed)
. "$WB_ROOT/test/lib.sh"

KILLS=${WB_KILLS:-50}
ROWS=${WB_ROWS:-50000}
SEED=${WB_SEED:-$(date +%s)}
echo "# $KILLS kills per command, $ROWS rows, seed $SEED"
need_demo "crash safety on the demo" || finish

now() { date +%s.%N; }

# The counts that must move together: every table the commands write.
state() {	# state DB
	sqlite3 -batch -noheader "$1" "SELECT
	    (SELECT count(*) FROM candidate) || ' ' ||
	    (SELECT count(*) FROM candidate_skill) || ' ' ||
	    (SELECT count(*) FROM candidate_occupation) || ' ' ||
	    (SELECT count(*) FROM candidate_fts) || ' ' ||
	    (SELECT count(*) FROM match_run) || ' ' ||
	    (SELECT count(*) FROM match_result) || ' ' ||
	    (SELECT count(*) FROM audit_log)" 2>&1
}

# The random moments: KILLS delays in [0, SPAN] seconds, one a line.
moments() {	# moments SPAN SALT
	awk -v n="$KILLS" -v span="$1" -v seed="$SEED$2" 'BEGIN {
		srand(seed); for (i = 0; i < n; i++) printf "%.3f\n", rand() * span }'
}

# storm NAME BASE ARGS...: run `werkbank --db DB ARGS` on copies of BASE,
# killed after each moment; check every copy.
storm() {
	_name=$1
	_base=$2
	shift 2
	# The two allowed states: before, and after a run that was let be.
	cp_db "$_base" ref.db
	_t0=$(now)
	"$WB" --db ref.db "$@" </dev/null >/dev/null 2>ref.err
	_st=$?
	_span=$(echo "$_t0 $(now)" | awk '{ printf "%.3f", ($2 - $1) * 1.1 }')
	if [ "$_st" -ne 0 ]; then
		not_ok "$_name: an uninterrupted run" "exit $_st: $(_excerpt ref.err)"
		return
	fi
	_before=$(state "$_base")
	_after=$(state ref.db)
	echo "# $_name: uninterrupted run and 10 %: $_span s; before: $_before; after: $_after"
	_k=0 _mid=0 _nb=0 _na=0 _bad=0 _unclean=0
	for _d in $(moments "$_span" "$_name"); do
		_k=$((_k + 1))
		rm -f k.db k.db-journal k.db-wal k.db-shm
		cp_db "$_base" k.db
		"$WB" --db k.db "$@" </dev/null >/dev/null 2>k.err &
		_pid=$!
		sleep "$_d"
		kill -9 "$_pid" 2>/dev/null
		# 137: the kill landed while it ran (not after its exit).
		wait "$_pid" 2>/dev/null
		[ $? -eq 137 ] && _mid=$((_mid + 1))
		if ! "$WB" --db k.db check </dev/null >check.out 2>&1 ||
		    ! "$WB" --db k.db audit verify </dev/null >>check.out 2>&1; then
			_unclean=$((_unclean + 1))
			echo "# kill $_k after $_d s: not clean: $(_excerpt check.out)"
			continue
		fi
		_s=$(state k.db)
		if [ "$_s" = "$_before" ]; then
			_nb=$((_nb + 1))
		elif [ "$_s" = "$_after" ]; then
			_na=$((_na + 1))
		else
			_bad=$((_bad + 1))
			echo "# kill $_k after $_d s: in between: $_s"
		fi
	done
	echo "# $_name: $_k kills ($_mid while it ran, the others after its end): $_nb as before, $_na as after, $_bad in between, $_unclean unclean"
	expect_eq "$_name: check and audit verify clean after every kill" "$_unclean" 0
	expect_eq "$_name: all or nothing after every kill" "$_bad" 0
	[ "$_k" -eq "$KILLS" ] && ok "$_name: $KILLS kills" ||
	    not_ok "$_name: $KILLS kills" "only $_k"
}

# A large import.
python3 - "$ROWS" >big.csv <<'PY'
import random, sys
n = int(sys.argv[1])
rnd = random.Random(7)
pcs = ["7941", "7942", "7943", "8331", "8332", "7951", "7991", "8061", "7971"]
w = sys.stdout.write
w("ref,partner,first_name,last_name,postcode,target_group,consent,skills,"
  "occupations,hours_min,hours_max\n")
for i in range(n):
    w("S%06d,MEP,Naam%d,Achter,%s,bijstand,ja,heftruck|vca,9329:2|8344,16,32\n"
      % (i, i, rnd.choice(pcs)))
PY
new_db base.db || exit 1
printf 'code,name,kind\nMEP,Gemeente Meppel,gemeente\n' >partners.csv
"$WB" --db base.db import partners partners.csv </dev/null >/dev/null 2>&1
storm "import of $ROWS candidates" base.db import candidates big.csv

# match --all on the demo region.
cp_db "$WB_DEMO" demo.db
storm "match --all on the demo" demo.db match --all
finish
