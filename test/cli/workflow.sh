# test/cli/workflow.sh: the pipeline from the command line on a copy of
# the demo: propose (and the question when proposed elsewhere this
# week), advance with allowed and refused steps, placed with its
# placement, the vacancy filled at its last position; the follow-up list
# and both answers; the audit log read and its chain verified, then
# tampered with through sqlite3 and caught; a meeting with two action
# items and its minutes; and 8 processes writing at once with no error
# and no lost change.
. "$WB_ROOT/test/lib.sh"

need_demo "workflow on the demo" || finish
if ! command -v sqlite3 >/dev/null 2>&1; then
	skip "workflow on the demo" "no sqlite3 to look inside"
	finish
fi
cp_db "$WB_DEMO" d.db && chmod 0660 d.db
q() { sqlite3 d.db "$1"; }

# An open vacancy with one position and one with two or more, and
# three available candidates who consented.
V1=$(q "SELECT p.code || '/' || v.ref FROM vacancy v JOIN partner p ON p.id = v.partner_id
    WHERE v.status = 'open' AND v.positions = 1 AND NOT EXISTS (SELECT 1 FROM placement
    WHERE vacancy_id = v.id) ORDER BY v.id LIMIT 1")
V2=$(q "SELECT p.code || '/' || v.ref FROM vacancy v JOIN partner p ON p.id = v.partner_id
    WHERE v.status = 'open' AND v.positions >= 2 ORDER BY v.id LIMIT 1")
set -- $(q "SELECT p.code || '/' || c.ref FROM candidate c JOIN partner p ON p.id = c.partner_id
    WHERE c.status = 'beschikbaar' AND c.consent = 1 AND NOT EXISTS (SELECT 1 FROM proposal
    WHERE candidate_id = c.id) ORDER BY c.id LIMIT 3")
C1=$1 C2=$2 C3=$3

wb --db d.db propose "$V1" "$C1" --note "past goed"
expect_rc "propose exits 0" 0
expect_out "propose says what it did" "$(msgf_re 'proposed %s for %s (proposal %lld)\n' "$C1" "$V1" 0 | sed 's/ .(.*//')"
expect_eq "the candidate is in_traject" \
    "$(q "SELECT status FROM candidate c JOIN partner p ON p.id = c.partner_id
    WHERE p.code || '/' || c.ref = '$C1'")" in_traject
wb --db d.db propose "$V1" "$C1"
expect_rc "proposing twice exits 1" 1
expect_err "... already in the pipeline" "$(msg_re '%s is already in the pipeline of %s (step %s)')"
wb --db d.db propose "$V2" "$C1"
expect_rc "proposed elsewhere this week: asks first (exit 1)" 1
expect_err "... naming the other vacancy" "$(msg_re '%s was proposed elsewhere in the last %d days: %s').*$V1"
expect_err "... and how to go ahead" "--yes"
wb --db d.db propose "$V2" "$C1" --yes
expect_rc "propose --yes goes ahead" 0
wb --db d.db propose NOPE/X "$C1"
expect_rc "an unknown vacancy exits 1" 1
wb --db d.db propose "$V1"
expect_rc "propose without a candidate is a usage error" 2

wb --db d.db advance "$V1" "$C1" placed --start 2026-12-01
expect_rc "placed straight after proposed is refused" 1
expect_err "... naming the steps that may follow" "$(msgc step interview), $(msgc step 'not chosen'), $(msgc step withdrawn))"
wb --db d.db advance "$V1" "$C1" interview --note "dinsdag 10 uur" --date 2026-11-20
expect_rc "advance to interview" 0
expect_out "... says from and to" "$(msgc step proposed) -> $(msgc step interview)"
wb --db d.db advance "$V1" "$C1" placed
expect_rc "placed without --start is a usage error" 2
wb --db d.db advance "$V1" "$C1" placed --start 2026-12-01 --instruments "koffie"
expect_rc "an unknown instrument is a usage error" 2
expect_err "... with the validators' message" "--instruments: $(msgf_re "'%s' is not one of the choices: %s" koffie X | sed 's/X$//')"
wb --db d.db advance "$V1" "$C1" interview --hours 32
expect_rc "--hours without placed is a usage error" 2
wb --db d.db advance "$V1" "$C1" placed --start 1-12-2026 --contract tijdelijk \
    --hours 32 --instruments 'lks:40|jobcoach'
expect_rc "advance to placed" 0
expect_out "... records the placement" "$(msg_re 'placement %lld recorded\n')"
expect_out "... and the vacancy is filled" "$(msgf_re '%s is now filled (vervuld)\n' "$V1")"
P=$(q "SELECT max(id) FROM placement")
expect_eq "the placement's fields" "$(q "SELECT start_date, contract, hours,
    (SELECT group_concat(instrument || ':' || coalesce(percentage, ''), ' ') FROM
    (SELECT * FROM placement_instrument WHERE placement_id = $P ORDER BY instrument))
    FROM placement WHERE id = $P")" "2026-12-01|tijdelijk|32.0|jobcoach: lks:40.0"
expect_eq "the vacancy is vervuld, closed today" \
    "$(q "SELECT status || ' ' || closed_on FROM vacancy v JOIN partner p ON
    p.id = v.partner_id WHERE p.code || '/' || v.ref = '$V1'")" "vervuld 2026-11-23"
expect_eq "the candidate is geplaatst" \
    "$(q "SELECT status FROM candidate c JOIN partner p ON p.id = c.partner_id
    WHERE p.code || '/' || c.ref = '$C1'")" geplaatst
expect_eq "each step has who, when, note" \
    "$(q "SELECT group_concat(s.step || '@' || s.on_date || '@' || u.login || '@' ||
    coalesce(s.note, ''), ' ') FROM proposal_step s JOIN proposal pr ON pr.id =
    s.proposal_id JOIN app_user u ON u.id = s.by_user_id WHERE pr.id = (SELECT
    proposal_id FROM placement WHERE id = $P) ORDER BY s.id")" \
    "proposed@2026-11-23@$(id -un)@past goed interview@2026-11-20@$(id -un)@dinsdag 10 uur placed@2026-11-23@$(id -un)@"
wb --db d.db advance "$V1" "$C1" withdrawn
expect_rc "nothing follows placed" 1
expect_err "... it is final" "$(msg_re 'none: it is final')"
wb --db d.db propose "$V1" "$C2"
expect_rc "a filled vacancy takes no proposals" 1
wb --db d.db advance "$V2" "$C1" withdrawn
expect_rc "withdraw from the other vacancy" 0
wb --db d.db advance "$V2" "$C2" interview
expect_rc "advance someone not in the pipeline exits 1" 1
expect_err "... propose them first" "$(msg_re '%s is not in the pipeline of %s; propose them first')"
wb --db d.db advance "$V2" "$C2" hired
expect_rc "an unknown step is a usage error" 2

# Follow-up: the list, both answers.
wb --db d.db followup --csv
expect_rc "followup --csv" 0
expect_eq "followup --csv header" "$(head -n 1 "$OUT")" \
    "placement,vacancy,candidate,partner,start,months,due,days"
F1=$(sed -n 2p "$OUT" | cut -d, -f1)
F2=$(sed -n 3p "$OUT" | cut -d, -f1)
N0=$(($(wc -l <"$OUT") - 1))
wb --db d.db followup "$F1" still
expect_rc "followup PLACEMENT still" 0
expect_out "... says which check" "$(msg_re 'placement %lld: still working (%s checked)\n')"
wb --db d.db followup "$F1" still
expect_rc "the same check twice is refused" 1
wb --db d.db followup "$F2" left 2026-11-01
expect_rc "followup PLACEMENT left DATE" 0
expect_eq "left sets the end date" "$(q "SELECT end_date FROM placement WHERE id = $F2")" 2026-11-01
wb --db d.db followup --csv
expect_eq "both answered items leave the list" "$(($(wc -l <"$OUT") - 1))" "$((N0 - 2))"
wb --db d.db followup "$F2" left
expect_rc "left without a date is a usage error" 2
wb --db d.db followup x still
expect_rc "a placement that is no number is a usage error" 2
wb --db d.db followup 999999 still
expect_rc "an unknown placement exits 1" 1

# The Monday meeting: agenda, two action items, minutes.
wb --db d.db meeting agenda
expect_rc "meeting agenda" 0
expect_out "the agenda has the new vacancies" "^## $(msg_re 'New vacancies')"
expect_out "... the open ones by age" "^## $(msg_re 'Open vacancies, oldest first')"
expect_out "... the filled ones and how" "^\| $V1 \| .* \| $C1 \| .* \| $(id -un) \| $(msgc instrument 'job coach'), $(msgc instrument 'wage cost subsidy') 40% \|"
expect_out "... the follow-ups" "^## $(msg_re 'Placements due for their follow-up')"
wb --db d.db meeting action add "Bel de werkgever" --who "$(id -un)"
expect_rc "an action item needs an open meeting or none" 0
wb --db d.db meeting start
expect_rc "meeting start" 0
expect_out "... says so" "$(msg_re 'meeting %lld started\n')"
wb --db d.db meeting start
expect_out "starting again resumes" "$(msg_re 'meeting %lld is already open today\n')"
wb --db d.db meeting action add "Vacature $V2 herschrijven" --who "$(id -un)" \
    --due 30-11-2026 --vacancy "$V2"
expect_rc "meeting action add" 0
A2=$(q "SELECT max(id) FROM action_item")
wb --db d.db meeting action add "Jobcoach regelen | *snel*" --candidate "$C1"
expect_rc "a second action item" 0
wb --db d.db meeting action add "x" --who nobody-here
expect_rc "an unknown owner is refused" 1
wb --db d.db meeting action done "$A2"
expect_rc "meeting action done" 0
wb --db d.db meeting actions --csv
expect_out "open action items list" "Jobcoach regelen"
expect_no_out "done ones are left out" "herschrijven"
wb --db d.db meeting end
expect_rc "meeting end" 0
wb --db d.db meeting minutes minutes.md
expect_rc "meeting minutes FILE" 0
check "the minutes have a title" grep -q "^$(msgf_re '# Minutes of the match team meeting, %s\n\n' 2026-11-23)" minutes.md
check "... the done item" grep -q "^- \[x\] Vacature $V2 herschrijven" minutes.md
check "... the escaped one" grep -q '^- \[ \] Jobcoach regelen \\| \\\*snel\\\*' minutes.md
check "... the decisions" grep -q "^## $(msg_re 'Decisions recorded during the meeting')" minutes.md
expect_eq "... mode 0600, as the exports" "$(stat -c %a minutes.md)" 600
check "... no temporary file left" test -z "$(ls minutes.md.tmp-* 2>/dev/null)"
wb --db d.db meeting minutes no-such-dir/minutes.md
expect_rc "minutes into a directory that is not there" 1
expect_err "... says which file and why" "$(msgf_re '%s: cannot write: %s' no-such-dir/minutes.md X | sed 's/X$//')"
wb --db d.db meeting bogus
expect_rc "an unknown meeting subcommand is a usage error" 2

# The audit log: read, verified, tampered with.
wb --db d.db audit --csv --since 2026-01-01
expect_eq "audit --csv header" "$(head -n 1 "$OUT")" \
    "id,at,login,action,record_type,record_id,record,detail"
expect_out "the placement is there" ",place,placement,$P,"
wb --db d.db audit --record "$V1" --csv
expect_out "audit --record PARTNER/REF" ",update,vacancy,[0-9]+,$V1,status=vervuld$"
wb --db d.db audit --record "placement:$F2" --csv
expect_out "audit --record TYPE:ID" ",followup,placement,$F2,,left 2026-11-01$"
wb --db d.db audit --user nobody-here --csv
expect_eq "audit --user filters" "$(wc -l <"$OUT" | tr -d ' ')" 1
wb --db d.db audit verify
expect_rc "audit verify on an intact log" 0
expect_out "... says intact" "$(msg_re 'audit log intact: %lld rows (%lld from before the chain); head row %lld, hash %s\n')"
cp_db d.db t.db
sqlite3 t.db "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET login = 'mallory' WHERE id = 3;"
wb --db t.db audit verify
expect_rc "a row altered with sqlite3 is caught" 1
expect_err "... at that row" "$(msgf_re 'audit log broken at row %lld: %s (%lld rows before it verified)' 3 X 0 | sed 's/X.*//')"
cp_db d.db t.db
sqlite3 t.db "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 4;"
wb --db t.db audit verify
expect_rc "a row removed with sqlite3 is caught" 1
expect_err "... at the row after it" "$(msgf_re 'audit log broken at row %lld: %s (%lld rows before it verified)' 5 X 0 | sed 's/X.*//')"

# 8 processes at once, each adding 15 action items: none sees an error,
# none is lost, and the audit chain stays one chain.
before=$(q "SELECT count(*) FROM action_item")
i=1
while [ $i -le 8 ]; do
	(
		j=1
		while [ $j -le 15 ]; do
			"$WB" --db d.db meeting action add "p$i n$j" </dev/null \
			    >/dev/null 2>>"$T/.conc$i" || echo "exit $?" >>"$T/.conc$i"
			j=$((j + 1))
		done
	) &
	i=$((i + 1))
done
wait
cat "$T"/.conc* >"$T/.conc" 2>/dev/null
expect_empty "8 writers at once: no error shown" "$T/.conc"
expect_eq "8 writers at once: no change lost" \
    "$(q "SELECT count(*) FROM action_item")" "$((before + 120))"
wb --db d.db audit verify
expect_rc "8 writers at once: the chain is intact" 0
finish
