# test/cli/concurrent.sh: 8 processes writing to one database at once
# (propose, advance, follow-up, target, user, meeting action) for a few
# seconds: no error shown to anyone, no change lost, check and audit
# verify clean.  The 30-second form is test/stress/concurrent.sh, which
# this runs with CONC_SECONDS=5.
CONC_SECONDS=${CONC_SECONDS:-5}
. "$WB_ROOT/test/stress/concurrent.sh"
