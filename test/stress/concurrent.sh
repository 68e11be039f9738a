#!/bin/sh
# test/stress/concurrent.sh: 8 processes write to one database at the
# same time for CONC_SECONDS (default 30) through the real command line,
# as the team does over SSH:
#
#   2 proposers	propose a candidate (--yes), advance to interview, then
#		not_chosen: three writes per candidate
#   2 advancers	advance proposals made before the start: interview, then
#		not_chosen
#   1 answerer	answers the follow-ups that are due (still working)
#   1 targeter	target set 2026Q4 durable_placements N, N = 1, 2, ...
#   1 admin	user add / user remove of a user of its own
#   1 secretary	meeting action add
#
# Each counts the writes that succeeded.  No process may ever see an
# error (busy and locked are waited out by werkbank: busy timeout, BEGIN
# IMMEDIATE), and no change may be lost: at the end the proposals,
# steps, action items and audit rows added equal the sums of the
# successes, `werkbank check` is clean and `audit verify` passes.
#
# With CONC_BACKUP=1 a ninth process makes one backup after another
# (`werkbank backup DIR`) all the while: each must succeed, pass `check`
# and `audit verify`, and hold every change committed before it began
# (its audit log holds the rows the live one had then, hash for hash:
# each change is committed with its audit row); the writers must still
# see no error.  test/cli/backup-live.sh runs it for 10 seconds.
#
#   WB=./werkbank sh test/stress/concurrent.sh	(from the top of the tree)
#
# WB is the binary; a demo database is made when WB_DEMO is not set.
# Run by itself it works in a directory of its own; under test/run
# (WB_BUILD set) in the one test/run gives it.  test/cli/concurrent.sh
# runs the same for a few seconds in `make check` (CONC_SECONDS=5).
set -u
: "${WB:?WB is not set: WB=./werkbank sh test/stress/concurrent.sh}"
CONC_SECONDS=${CONC_SECONDS:-30}
if [ -z "${WB_BUILD:-}" ]; then
	case $WB in
	/*) ;;
	*) WB=$(pwd)/$WB ;;
	esac
	WB_ROOT=${WB_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
	export WB WB_ROOT
	WERKBANK_TODAY=${WERKBANK_TODAY:-2026-11-23}
	TZ=UTC
	export WERKBANK_TODAY TZ
	_conc_dir=$(mktemp -d "${TMPDIR:-/tmp}/werkbank-concurrent.XXXXXX") ||
	    exit 1
	trap 'rm -rf "$_conc_dir"' EXIT
	trap 'exit 130' INT TERM HUP
	cd "$_conc_dir" || exit 1
fi
. "$WB_ROOT/test/lib.sh"

if ! command -v sqlite3 >/dev/null 2>&1; then
	skip "8 concurrent writers" "no sqlite3 to count with"
	finish
fi
if [ -n "${WB_DEMO:-}" ] && [ -f "$WB_DEMO" ]; then
	cp_db "$WB_DEMO" c.db
else
	"$WB" --db c.db demo </dev/null >/dev/null 2>"$T/.demo" || {
		not_ok "make a demo database" "$(_excerpt "$T/.demo")"
		finish
	}
fi
DB=$T/c.db
q() { sqlite3 -batch -cmd '.timeout 10000' "$DB" "$1"; }

# Work for each writer, made before the clock starts: open vacancies
# with room, fresh consenting candidates in separate pools, and
# proposals for the advancers.
q "SELECT p.code || '/' || v.ref FROM vacancy v JOIN partner p ON p.id = v.partner_id
    WHERE v.status = 'open' ORDER BY v.id LIMIT 40" >vacancies
q "SELECT p.code || '/' || c.ref FROM candidate c JOIN partner p ON p.id = c.partner_id
    WHERE c.status = 'beschikbaar' AND c.consent = 1 AND NOT EXISTS (SELECT 1 FROM
    proposal WHERE candidate_id = c.id) ORDER BY c.id LIMIT 1600" >candidates
nvac=$(wc -l <vacancies | tr -d ' ')
ncand=$(wc -l <candidates | tr -d ' ')
if [ "$nvac" -lt 4 ] || [ "$ncand" -lt 400 ]; then
	not_ok "work for the writers" "$nvac open vacancies, $ncand fresh candidates"
	finish
fi
# pair N: vacancy (N mod nvac) and candidate N, one per line.
pairs() {	# pairs FIRST COUNT
	awk -v first="$1" -v count="$2" -v nvac="$nvac" '
	    NR == FNR { vac[FNR - 1] = $0; next }
	    FNR > first && FNR <= first + count { print vac[FNR % nvac], $0 }' \
	    vacancies candidates
}
per=$((ncand / 4))
pairs 0 "$per" >work.1
pairs "$per" "$per" >work.2
pairs $((2 * per)) "$per" >work.3
pairs $((3 * per)) "$per" >work.4
# The advancers' proposals exist before the start (made one by one).
for i in 3 4; do
	head -n 60 "work.$i" >"work.$i.pre"
	while read -r v c; do
		"$WB" --db "$DB" propose "$v" "$c" --yes </dev/null >/dev/null 2>>"$T/.setup" ||
		    echo "propose $v $c failed" >>"$T/.setup"
	done <"work.$i.pre"
	mv "work.$i.pre" "work.$i"
done
"$WB" --db "$DB" followup --days 0 --csv </dev/null 2>>"$T/.setup" |
    awk -F, 'NR > 1 { print $1 }' >work.5
expect_empty "setup: the advancers' proposals and the follow-ups list" "$T/.setup"

proposals0=$(q "SELECT count(*) FROM proposal")
steps0=$(q "SELECT count(*) FROM proposal_step")
actions0=$(q "SELECT count(*) FROM action_item")
audit0=$(q "SELECT count(*) FROM audit_log")
partner=$(q "SELECT p.code FROM app_user u JOIN partner p ON p.id = u.partner_id
    WHERE u.login = '$(id -un)'")

# wbw I ARGS...: one write of writer I; 0 when it succeeded.  An exit
# status but 0, or a warning or error on stderr (what it did is said
# there too: "added conc-admin"), is an error shown to a user.
wbw() {
	_i=$1
	shift
	if "$WB" --db "$DB" "$@" </dev/null >/dev/null 2>"$T/.w$_i.err" &&
	    ! grep -E -i -q 'warning|error|busy|locked|fail|denied|stale' \
	    "$T/.w$_i.err"; then
		return 0
	fi
	{ printf 'writer %s: werkbank %s: ' "$_i" "$*"; cat "$T/.w$_i.err"; } \
	    >>"$T/.errors"
	return 1
}

# writer I KIND: writes until the end; its counts into .count.I as
# "proposals steps actions writes".
writer() {
	_i=$1 _kind=$2 _p=0 _s=0 _a=0 _w=0 _n=0
	while [ "$(date +%s)" -lt "$END" ]; do
		case $_kind in
		propose)
			read -r _v _c || break
			wbw "$_i" propose "$_v" "$_c" --yes --note "writer $_i" &&
			    { _p=$((_p + 1)); _s=$((_s + 1)); _w=$((_w + 1)); } || continue
			wbw "$_i" advance "$_v" "$_c" interview &&
			    { _s=$((_s + 1)); _w=$((_w + 1)); } || continue
			wbw "$_i" advance "$_v" "$_c" not_chosen --note "niet gekozen" &&
			    { _s=$((_s + 1)); _w=$((_w + 1)); }
			;;
		advance)
			read -r _v _c || break
			wbw "$_i" advance "$_v" "$_c" interview &&
			    { _s=$((_s + 1)); _w=$((_w + 1)); } || continue
			wbw "$_i" advance "$_v" "$_c" not_chosen &&
			    { _s=$((_s + 1)); _w=$((_w + 1)); }
			;;
		followup)
			read -r _pl || break
			wbw "$_i" followup "$_pl" still && _w=$((_w + 1))
			;;
		target)
			_n=$((_n + 1))
			wbw "$_i" target set 2026Q4 durable_placements "$_n" &&
			    _w=$((_w + 1))
			;;
		user)
			wbw "$_i" user add conc-admin --partner "$partner" \
			    --role viewer && _w=$((_w + 1))
			wbw "$_i" user remove conc-admin && _w=$((_w + 1))
			;;
		action)
			_n=$((_n + 1))
			wbw "$_i" meeting action add "writer $_i item $_n" &&
			    { _a=$((_a + 1)); _w=$((_w + 1)); }
			;;
		esac
	done
	echo "$_p $_s $_a $_w" >"$T/.count.$_i"
}

# backups: one after another until the end; each line of .backups is
# "PATH HEAD_ID HEAD_HASH", the live log's head just before it began.
backups() {
	mkdir -p "$T/bk"
	while [ "$(date +%s)" -lt "$END" ]; do
		_h=$(q "SELECT id || ' ' || hash FROM audit_log ORDER BY id DESC LIMIT 1")
		if _p=$(LC_ALL=C.UTF-8 "$WB" --db "$DB" backup "$T/bk" </dev/null 2>>"$T/.bk.err"); then
			echo "$_p $_h" >>"$T/.backups"
		else
			echo "backup failed: exit $?" >>"$T/.bk.err"
		fi
	done
}

rm -f "$T/.errors" "$T/.backups" "$T/.bk.err"
END=$(( $(date +%s) + CONC_SECONDS ))
writer 1 propose <work.1 &
writer 2 propose <work.2 &
writer 3 advance <work.3 &
writer 4 advance <work.4 &
writer 5 followup <work.5 &
writer 6 target </dev/null &
writer 7 user </dev/null &
writer 8 action </dev/null &
[ "${CONC_BACKUP:-0}" = 1 ] && backups &
wait

sum() {	# sum FIELD: over the writers' counts
	cat "$T"/.count.* 2>/dev/null | awk -v f="$1" '{ s += $f } END { print s + 0 }'
}
nwriters=$(ls "$T"/.count.* 2>/dev/null | wc -l | tr -d ' ')
expect_eq "8 writers ran to the end" "$nwriters" 8
writes=$(sum 4)
printf '# %s s: %s writes (%s proposals, %s steps, %s action items)\n' \
    "$CONC_SECONDS" "$writes" "$(sum 1)" "$(sum 2)" "$(sum 3)"
if [ -s "$T/.errors" ]; then
	not_ok "8 writers for ${CONC_SECONDS}s: no error shown to anyone" \
	    "$(_excerpt "$T/.errors")"
else
	ok "8 writers for ${CONC_SECONDS}s: no error shown to anyone"
fi
check "... and they wrote something" [ "$writes" -gt 8 ]
expect_eq "no proposal lost" "$(q "SELECT count(*) FROM proposal")" \
    "$((proposals0 + $(sum 1)))"
expect_eq "no step lost" "$(q "SELECT count(*) FROM proposal_step")" \
    "$((steps0 + $(sum 2)))"
expect_eq "no action item lost" "$(q "SELECT count(*) FROM action_item")" \
    "$((actions0 + $(sum 3)))"
nbackups=$(wc -l <"$T/.backups" 2>/dev/null | tr -d ' ')
expect_eq "one audit row for each write (and backup), none lost" \
    "$(q "SELECT count(*) FROM audit_log")" "$((audit0 + writes + ${nbackups:-0}))"
wb --db "$DB" check
expect_rc "werkbank check is clean afterwards" 0
wb --db "$DB" audit verify
expect_rc "the audit chain verifies afterwards" 0

if [ "${CONC_BACKUP:-0}" = 1 ]; then
	if grep -q . "$T/.bk.err" 2>/dev/null && grep -q -v '^werkbank: \(backup \|the copy held\|checked\|others wrote\)' "$T/.bk.err"; then
		not_ok "backups while 8 write: none failed" "$(grep -v '^werkbank: \(backup \|the copy held\|checked\|others wrote\)' "$T/.bk.err" | head -n 3 | tr '\n' '|')"
	else
		ok "backups while 8 write: none failed"
	fi
	check "... and there were some" [ "${nbackups:-0}" -ge 1 ]
	bad=0
	while read -r _p _id _hash; do
		if ! "$WB" --db "$_p" check </dev/null >"$T/.bkcheck" 2>&1 ||
		    ! "$WB" --db "$_p" audit verify </dev/null >>"$T/.bkcheck" 2>&1; then
			bad=$((bad + 1))
			echo "# $_p: $(_excerpt "$T/.bkcheck")"
		elif [ "$(sqlite3 -batch "$_p" "SELECT hash FROM audit_log WHERE id = $_id")" != "$_hash" ]; then
			bad=$((bad + 1))
			echo "# $_p lacks audit row $_id as it was when the backup began"
		fi
	done <"$T/.backups"
	expect_eq "each backup passes check and audit verify, and holds every change committed before it began" "$bad" 0
	longest=$(sed -n 's/.*changes back at most \([0-9]*\) ms.*/\1/p' "$T/.bk.err" | sort -n | tail -n 1)
	restarts=$(sed -n 's/.*began again \([0-9]*\) time.*/\1/p' "$T/.bk.err" | awk '{ s += $1 } END { print s + 0 }')
	echo "# $nbackups backups; the longest step held writes back ${longest:-?} ms; $restarts restarts"
	check "... and no step held the read lock near the writers' 5 s busy timeout (under 2.5 s)" \
	    [ "${longest:-0}" -lt 2500 ]
fi
finish
