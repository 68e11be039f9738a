# test/cli/demo.sh: the demo database: sound, deterministic, built under a
# temporary name so that an interrupted or racing demo leaves nothing
# half-made at the path.
. "$WB_ROOT/test/lib.sh"

have_sqlite=0
command -v sqlite3 >/dev/null 2>&1 && have_sqlite=1

count() {	# count DB TABLE [WHERE]
	sqlite3 "$1" "SELECT count(*) FROM $2 ${3:-}" 2>/dev/null
}

if need_demo "the demo database"; then
	expect_eq "the demo file is 0660" "$(file_mode "$WB_DEMO")" 660
	wb --db "$WB_DEMO" check
	expect_rc "check passes on the demo" 0
	expect_no_out "check finds no fault in the demo" 'FAULT'

	if [ "$have_sqlite" = 1 ]; then
		c=$(count "$WB_DEMO" candidate)
		v=$(count "$WB_DEMO" vacancy)
		check "the demo has ~3,000 candidates at scale 1" \
		    test "${c:-0}" -ge 2000 -a "${c:-0}" -le 4500
		check "the demo has ~250 vacancies at scale 1" \
		    test "${v:-0}" -ge 150 -a "${v:-0}" -le 400
		p=$(count "$WB_DEMO" placement)
		check "the demo has placements" test "${p:-0}" -gt 0
		e=$(count "$WB_DEMO" employer)
		check "the demo has employers" test "${e:-0}" -gt 0
		late=$(count "$WB_DEMO" placement "WHERE start_date > '$WERKBANK_TODAY'")
		late2=$(count "$WB_DEMO" vacancy "WHERE collected_on > '$WERKBANK_TODAY'")
		expect_eq "no demo history lies after WERKBANK_TODAY" "${late:-x}/${late2:-x}" 0/0
		a=$(count "$WB_DEMO" audit_log "WHERE action = 'demo'")
		expect_eq "the audit log records the demo once" "$a" 1
	fi
fi

# Deterministic: a second demo with the same WERKBANK_TODAY holds the same
# data (timestamps of creation and the random audit key aside).
dump_table() {	# dump_table DB TABLE: its rows without created_at/updated_at
	cols=$(sqlite3 "$1" "SELECT group_concat(name, ',') FROM pragma_table_info('$2') WHERE name NOT IN ('created_at', 'updated_at')")
	sqlite3 "$1" "SELECT $cols FROM $2 ORDER BY $cols"
}

if [ -n "${WB_DEMO:-}" ] && [ -f "$WB_DEMO" ] && [ "$have_sqlite" = 1 ]; then
	wb --db again.db demo
	expect_rc "a second demo exits 0" 0
	tables=$(sqlite3 again.db "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'occupation_search%' AND name NOT IN ('audit_log', 'audit_key') ORDER BY name")
	differ=
	for t in $tables; do
		a=$(dump_table "$WB_DEMO" "$t" | cksum)
		b=$(dump_table again.db "$t" | cksum)
		[ "$a" = "$b" ] || differ="$differ $t"
	done
	for t in candidate vacancy placement; do
		case " $differ " in
		*" $t "*) not_ok "demo is deterministic: $t" "the two demos differ in $t" ;;
		*) ok "demo is deterministic: $t" ;;
		esac
	done
	expect_eq "demo is deterministic: every table" "${differ:-none}" none
else
	skip "demo is deterministic" "no demo database or no sqlite3 CLI"
fi

# kill -9 halfway: nothing at the path (setup.c builds PATH.new-PID and
# links it into place only when it is complete).
"$WB" --db big.db demo --scale 20 </dev/null >/dev/null 2>big.err &
pid=$!
i=0
while [ $i -lt 400 ] && [ ! -e "big.db.new-$pid" ] && kill -0 "$pid" 2>/dev/null; do
	sleep 0.05
	i=$((i + 1))
done
sleep 0.3
if kill -0 "$pid" 2>/dev/null && [ -e "big.db.new-$pid" ] && [ ! -e big.db ]; then
	kill -9 "$pid"
	wait "$pid" 2>/dev/null
	expect_no_file "demo killed with SIGKILL leaves nothing at the path" big.db
	expect_no_file "demo killed with SIGKILL leaves no journal at the path" big.db-journal
	expect_no_file "demo killed with SIGKILL leaves no audit key at the path" big.db.key
	wb --db big.db init
	expect_rc "the path can be made after a killed demo" 0
else
	wait "$pid" 2>/dev/null
	if [ -e big.db ]; then
		skip "demo killed with SIGKILL leaves nothing at the path" "demo --scale 20 ended within 0.3 s"
	else
		not_ok "demo --scale 20 builds under big.db.new-PID" "no such file appeared; stderr: $(_excerpt big.err)"
	fi
fi

# Two sessions racing to create one path (init and demo share setup.c):
# exactly one wins, the file is whole, no temporary file is left.
"$WB" --db race.db init </dev/null >race1.out 2>race1.err &
p1=$!
"$WB" --db race.db init </dev/null >race2.out 2>race2.err &
p2=$!
"$WB" --db race.db init </dev/null >race3.out 2>race3.err &
p3=$!
r1=0; wait "$p1" || r1=$?
r2=0; wait "$p2" || r2=$?
r3=0; wait "$p3" || r3=$?
expect_eq "three inits racing for one path: one wins, two exit 1" \
    "$(printf '%s\n' "$r1" "$r2" "$r3" | sort | tr '\n' ' ')" "0 1 1 "
lost=0
for n in 1 2 3; do
	grep -E -q "$(msgf_re '%s already exists; werkbank will not overwrite it' race.db)" race$n.err &&
	    lost=$((lost + 1))
done
expect_eq "the losers say the file already exists" "$lost" 2
wb --db race.db check
expect_rc "the winner's file passes check" 0
left=$(ls -A | grep -c '^race\.db\.new-' || true)
expect_eq "no temporary files are left by the race" "$left" 0

finish
