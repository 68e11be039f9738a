# test/stress/valgrind.sh: memcheck over the CLI paths (init, demo,
# import, match, report, export, the lists, check) and a short session of
# the screens in tmux: no memory error and 0 bytes definitely lost, with
# test/valgrind.supp for what ncurses keeps on purpose.  Always the plain
# build (valgrind cannot run the ASan one).
#
#   WB_VG_SHORT=1	make check's form: on a copy of the shared demo,
#			import, match --all, report, export, partners and
#			the screens only (init and demo take half the time)
. "$WB_ROOT/test/lib.sh"
. "$WB_ROOT/test/tui/tui.lib"

if ! command -v valgrind >/dev/null 2>&1; then
	skip "valgrind" "not installed (.ci/deps wants it)"
	finish
fi
if [ "${WB_BUILD:-plain}" != plain ]; then
	skip "valgrind" "runs in the plain pass (valgrind cannot run an ASan build)"
	finish
fi
WBP=$WB_ROOT/werkbank
SUPP=$WB_ROOT/test/valgrind.supp
VG="valgrind --leak-check=full --show-leak-kinds=definite
    --errors-for-leak-kinds=definite --error-exitcode=99 --num-callers=30
    --suppressions=$SUPP"
t_start=$(date +%s)

# vg NAME ARGS...: werkbank ARGS under memcheck; its log in vg-N.log.
n=0
vg() {
	_name=$1
	shift
	n=$((n + 1))
	_t0=$(date +%s)
	# shellcheck disable=SC2086
	$VG --log-file="$T/vg-$n.log" "$WBP" "$@" </dev/null >"$OUT" 2>"$ERR"
	_st=$?
	vg_verdict "$_name ($(($(date +%s) - _t0)) s)" "$T/vg-$n.log" "$_st"
}

vg_verdict() {	# vg_verdict NAME LOG EXIT
	_def=$(sed -n 's/.*definitely lost: \([0-9,]*\) bytes.*/\1/p' "$2" | tail -n 1)
	_err=$(sed -n 's/.*ERROR SUMMARY: \([0-9]*\) errors.*/\1/p' "$2" | tail -n 1)
	echo "# $1: exit $3, definitely lost ${_def:-0} bytes, ${_err:-?} errors"
	if [ "$3" = 99 ] || [ "${_err:-1}" != 0 ] || [ "${_def:-0}" != 0 ]; then
		not_ok "$1: no memory error, 0 definite leaks" \
		    "exit $3, ${_err:-?} errors, ${_def:-0} bytes definitely lost: $(grep -E 'Invalid|uninitialised|definitely|at 0x|by 0x' "$2" | head -n 6 | tr '\n' '|' | cut -c 1-400)"
	else
		ok "$1: no memory error, 0 definite leaks"
	fi
}

printf 'code,name,kind\nMEP,Gemeente Meppel,gemeente\n' >partners.csv
python3 - >cands.csv <<'PY'
import sys
w = sys.stdout.write
w("ref,partner,first_name,last_name,postcode,target_group,consent,skills,occupations,hours_min,hours_max,available_from\n")
for i in range(300):
    w("V%04d,MEP,Naam%d,Achter,7941,bijstand,ja,heftruck|vca,9329:2|8344,16,32,2026-12-01\n" % (i, i))
w("BAD1,MEP,X,Y,9999,bijstand,misschien,,1234,40,20,31-02-2026\n")
PY
if [ "${WB_VG_SHORT:-0}" = 1 ]; then
	need_demo "valgrind on the demo" || finish
	cp_db "$WB_DEMO" demo.db
else
	vg "init" --db init.db init
	vg "demo" --db demo.db demo
fi
# long NAME ARGS...: vg, but only in the long form.
long() {
	[ "${WB_VG_SHORT:-0}" = 1 ] || vg "$@"
}
cp_db demo.db imp.db
long "import partners" --db imp.db import partners partners.csv
vg "import candidates (with a reject)" --db imp.db import candidates cands.csv
vac=$(sqlite3 demo.db "SELECT p.code || '/' || v.ref FROM vacancy v JOIN partner p ON p.id = v.partner_id WHERE v.status = 'open' ORDER BY v.id LIMIT 1")
cand=$(sqlite3 demo.db "SELECT p.code || '/' || c.ref FROM candidate c JOIN partner p ON p.id = c.partner_id ORDER BY c.id LIMIT 1")
long "match VACANCY --excluded" --db demo.db match "$vac" --excluded
long "match --candidate --json" --db demo.db match --candidate "$cand" --json
vg "match --all" --db demo.db match --all
vg "report --by partner" --db demo.db report --by partner
vg "export candidates" --db demo.db export candidates out.csv
long "export matches" --db demo.db export matches
vg "partners" --db demo.db partners
long "users --json" --db demo.db users --json
long "audit" --db demo.db audit
long "check" --db demo.db check
long "a missing database" --db missing.db partners

# A short session on the screens: lists, detail, search, filter, help,
# report, resize, quit.
cat >vgwb <<EOF2
#!/bin/sh
exec $(echo $VG) --log-file="$T/vg-tui.log" "$WBP" "\$@"
EOF2
chmod +x vgwb
WB=$T/vgwb
if command -v tmux >/dev/null 2>&1; then
	tui_start 120 40 --db "$T/demo.db"
	tui_wait "valgrind UI: the list" "$(t_open)" 60
	tui_keys j j Enter
	tui_wait "valgrind UI: a detail" "$(t_detail vacancy X | sed 's/ [^ ]* X$//; s/ X$//')" 30
	tui_keys Escape 2
	tui_wait "valgrind UI: the candidates" "$(t_candidates) \\(" 30
	tui_keys / ; tui_text "heftruck" ; tui_keys Enter
	sleep 2
	tui_keys f C-u ; tui_text "status:beschikbaar" ; tui_keys Enter
	sleep 2
	tui_keys 5
	tui_wait "valgrind UI: help" "help|Help|$(t_msg Help)" 30
	tui_keys q 6
	tui_wait "valgrind UI: the report" "$(t_msg Report)|Monitoring" 30
	tui_resize 50 12
	sleep 2
	tui_resize 100 30
	sleep 2
	tui_keys 1
	sleep 2
	tui_stop "valgrind UI: quits"
	_n=100
	while [ "$_n" -gt 0 ] && ! grep -q "ERROR SUMMARY" "$T/vg-tui.log" 2>/dev/null; do
		sleep 0.2
		_n=$((_n - 1))
	done
	vg_verdict "the screens under valgrind" "$T/vg-tui.log" "$(cat "$TUI_RC" 2>/dev/null)"
else
	skip "the screens under valgrind" "no tmux"
fi
echo "# valgrind: $(($(date +%s) - t_start)) s in all"
finish
