# test/tui/valgrind.sh: the short form of test/stress/valgrind.sh for make
# check, in the plain pass: memcheck over the CLI paths on a copy of the
# demo (init and demo only in make stress) and a short screen session.
# About a minute on an idle machine; WB_VALGRIND=0 skips it.
if [ "${WB_VALGRIND:-1}" = 0 ]; then
	. "$WB_ROOT/test/lib.sh"
	skip "valgrind" "WB_VALGRIND=0"
	finish
fi
WB_VG_SHORT=1
. "$WB_ROOT/test/stress/valgrind.sh"
