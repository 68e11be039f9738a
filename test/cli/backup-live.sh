# test/cli/backup-live.sh: backups made one after another while 8
# processes write for 10 seconds (test/stress/concurrent.sh with
# CONC_BACKUP=1): no writer sees an error, every backup passes check and
# audit verify and holds every change committed before it began.
CONC_SECONDS=${CONC_SECONDS:-10}
CONC_BACKUP=1
. "$WB_ROOT/test/stress/concurrent.sh"
