# test/cli/crash.sh: the short form of test/stress/crash.sh (make stress
# runs it with 50 kills and 50,000 rows): kill -9 three times during an
# import and a `match --all`; clean and all or nothing every time.
WB_KILLS=${WB_KILLS:-3}
WB_ROWS=${WB_ROWS:-10000}
. "$WB_ROOT/test/stress/crash.sh"
