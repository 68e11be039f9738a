# test/cli/outflow.sh: monitoring toward outflow (issue 18) through the
# real binary on a small history made here, with the figures worked out
# by hand: candidate leave (and its refusals, nothing stored), the
# reasons of not chosen and withdrawn on advance, a filled vacancy's
# other proposals closed, a placement's jobcoach, the import's left_on
# and leave_reason, the report's new columns, breakdowns and sections,
# the agenda and candidate show.  Messages are checked in the active
# language (msg, msgc), the figures through --csv and sqlite3.
. "$WB_ROOT/test/lib.sh"

if ! command -v sqlite3 >/dev/null 2>&1; then
	skip "outflow" "no sqlite3 to look inside"
	finish
fi
q() { sqlite3 -batch -noheader o.db "$1"; }
at() {	# at DATE ARGS...: werkbank on o.db as if today were DATE
	_d=$1
	shift
	run env WERKBANK_TODAY="$_d" "$WB" --db o.db "$@"
}
# msgc CONTEXT MSGID: a word of a closed set in the active language.
msgc() {
	case $(_msg_lang) in
	nl*)	TEXTDOMAINDIR=$WB_ROOT/build/locale LANGUAGE= LC_ALL= \
		    LC_MESSAGES= LANG=$(_msg_lang) gettext -d werkbank \
		    --context="$1" -- "$2" ;;
	*)	printf '%s' "$2" ;;
	esac
}
cand() {	# cand REF COLUMN
	q "SELECT $2 FROM candidate WHERE ref = '$1'"
}

new_db o.db || exit 1
cp "$WB_ROOT/fixtures/csv/partners.csv" .
wb --db o.db import partners partners.csv
me=$(id -un)
wb --db o.db user add "$me" --partner MEP --role coordinator
wb --db o.db user add anna --partner MEP --role recruiter
expect_rc "setup: users" 0
printf 'name,postcode,sector\nBakkerij De Vries,7941,voeding\nZorg Oost,7942,zorg\n' >e.csv
wb --db o.db import employers e.csv
expect_rc "setup: employers with sectors" 0
{
	echo "ref,partner,first_name,last_name,postcode,target_group,consent,consultant"
	for i in 1 2 3 4 5 6; do
		echo "K-$i,MEP,Voornaam$i,Achternaam$i,7941,wajong,ja,$([ "$i" = 4 ] || echo anna)"
	done
} >c.csv
at 2026-06-01 import candidates c.csv
expect_rc "setup: six candidates in the pool since 2026-06-01" 0
{
	echo "ref,partner,employer,title,occupation,postcode,positions,job_agreement,hours_max,collected_on"
	echo "V-1,MEP,Bakkerij De Vries,Inpakker,9329,7941,1,ja,17,2026-06-01"
	echo "V-2,MEP,Zorg Oost,Huishoudelijk medewerker,9112,7942,2,ja,34,2026-07-02"
} >v.csv
at 2026-07-02 import vacancies v.csv
expect_rc "setup: two banenafspraak vacancies" 0
for p in "V-1 K-1" "V-1 K-2" "V-1 K-3" "V-2 K-4" "V-2 K-5"; do
	set -- $p
	at 2026-07-03 propose "MEP/$1" "MEP/$2" --yes
done
expect_eq "setup: five proposals" "$(q "SELECT count(*) FROM proposal")" 5

# --- Why proposals end ---
at 2026-07-05 advance MEP/V-1 MEP/K-2 not_chosen
expect_rc "not_chosen without a reason is refused (exit 1)" 1
expect_err "... naming the field and the reasons" "$(msg_re "%s: say why the employer did not choose them: %s")"
expect_eq "... and nothing is stored" "$(q "SELECT step FROM proposal WHERE candidate_id = (SELECT id FROM candidate WHERE ref = 'K-2')")" proposed
at 2026-07-05 advance MEP/V-1 MEP/K-2 not_chosen --reason "te weinig ervaring"
expect_rc "not_chosen --reason, a Dutch spelling" 0
expect_out "... says the reason as a word" "$(msg_re "reason: %s\\n").*$(msgc not_chosen_reason experience)"
expect_eq "... the code is stored on the step" "$(q "SELECT reason FROM proposal_step WHERE step = 'not_chosen'")" ervaring
at 2026-07-05 advance MEP/V-2 MEP/K-5 withdrawn --reason taal
expect_rc "withdrawn with the employer's reason is refused" 1
expect_err "... with the candidate's reasons named" "$(msgc withdrawn_reason 'other work')"
at 2026-07-05 advance MEP/V-2 MEP/K-5 interview --reason taal
expect_rc "--reason with another step is a usage error" 2
at 2026-08-02 advance MEP/V-2 MEP/K-5 withdrawn --reason "ander werk"
expect_rc "withdrawn --reason ander werk" 0
expect_eq "... K-5 is back in the pool" "$(cand K-5 status)" beschikbaar

# --- A placement that fills the vacancy ---
at 2026-07-06 advance MEP/V-1 MEP/K-1 interview
at 2026-07-10 advance MEP/V-1 MEP/K-1 placed --start 2026-07-15 --hours 17 --instruments "lks:40|jobcoach"
expect_rc "K-1 placed: V-1 is filled" 0
expect_out "... the placement proposes werk via het team" "$(msgc leave_reason 'work through the team')"
expect_out "... and offers to close the other proposal" "close-proposals MEP/V-1"
expect_eq "... K-1 left the pool on the day placed, through the team" \
    "$(cand K-1 "left_on || ' ' || leave_reason || ' ' || status")" "2026-07-10 werk_via_team geplaatst"
expect_eq "... K-3's proposal still runs" "$(q "SELECT step FROM proposal WHERE candidate_id = (SELECT id FROM candidate WHERE ref = 'K-3')")" proposed
at 2026-07-10 vacancy close-proposals MEP/V-2
expect_rc "close-proposals on a vacancy not filled is refused" 1
at 2026-07-10 vacancy close-proposals MEP/V-1 --date 2026-07-10
expect_rc "vacancy close-proposals" 0
expect_out "... says how many" "MEP/V-1: 1 "
expect_eq "... K-3 not chosen, vacancy filled" \
    "$(q "SELECT s.step || ' ' || s.reason || ' ' || s.on_date FROM proposal_step s JOIN proposal p ON p.id = s.proposal_id WHERE p.candidate_id = (SELECT id FROM candidate WHERE ref = 'K-3') AND s.step = 'not_chosen'")" \
    "not_chosen vacature_vervuld 2026-07-10"
expect_eq "... with its audit row" "$(q "SELECT count(*) FROM audit_log WHERE action = 'advance' AND detail LIKE '%reason=vacature_vervuld'")" 1
at 2026-07-20 advance MEP/V-2 MEP/K-4 interview
at 2026-08-01 advance MEP/V-2 MEP/K-4 placed --start 2026-08-01 --hours 34 --instruments lks:60 --close-others
expect_rc "K-4 placed in V-2 (one of two positions)" 0
expect_no_out "... not filled: nothing to close" "close-proposals"

# --- The jobcoach ---
PL1=$(q "SELECT id FROM placement WHERE start_date = '2026-07-15'")
PL2=$(q "SELECT id FROM placement WHERE start_date = '2026-08-01'")
at 2026-11-23 jobcoach "$PL1" --coach "Werkfit Meppel" --start 2026-07-01
expect_rc "a jobcoach start before the placement is refused" 1
expect_err "... naming the field" "$(msg start): $(msgf_re "%s is before the placement started (%s)" 2026-07-01 2026-07-15)"
at 2026-11-23 jobcoach "$PL1" --coach "Werkfit Meppel" --hours 50
expect_rc "over 48 hours a week is refused" 1
expect_err "... naming the field" "$(msg hours): "
expect_eq "... nothing stored" "$(q "SELECT count(*) FROM placement_jobcoach")" 0
at 2026-11-23 jobcoach "$PL1" --coach "Werkfit Meppel" --paid-by gemeente --start 2026-07-25 --hours "4 uur"
expect_rc "the jobcoach of K-1's placement, ten days after its start" 0
at 2026-11-23 jobcoach "$PL2" --coach "Jobcoach Oost" --paid-by UWV
expect_rc "K-4's jobcoach, agreed and not started" 0
at 2026-11-23 jobcoach --waiting --csv
expect_eq "jobcoach --waiting lists K-4's placement" "$(sed -n '2s/,.*//p' "$OUT")" "$PL2"
expect_eq "... only that one" "$(wc -l <"$OUT" | tr -d ' ')" 2
at 2026-11-23 jobcoach "$PL2"
expect_out "jobcoach PLACEMENT shows it, who pays as a word" "$(msgc jobcoach_payer UWV)"

# --- Leaving the pool ---
at 2026-11-23 candidate leave MEP/K-6 --date 2026-08-15 --reason verhuist
expect_rc "an unknown reason is refused" 1
expect_err "... naming the field and the closest word" "$(msg reason): .*$(msgc leave_reason 'moved away')"
at 2026-11-23 candidate leave MEP/K-6 --date 2026-05-31 --reason verhuisd
expect_rc "a day before they entered the pool is refused" 1
expect_err "... naming the field" "$(msg date): 2026-05-31"
at 2026-11-23 candidate leave MEP/K-6 --date 2026-11-24 --reason verhuisd
expect_rc "a day in the future is refused" 1
at 2026-11-23 candidate leave MEP/K-6 --date 2026-08-15
expect_rc "without --reason: a usage error" 2
expect_eq "nothing stored by the refusals" "$(cand K-6 "coalesce(left_on, '-') || coalesce(leave_reason, '-') || status")" "--beschikbaar"
at 2026-11-23 candidate leave MEP/K-6 --date 15-08-2026 --reason verhuisd --note "naar Zwolle"
expect_rc "K-6 moved away" 0
expect_eq "... stored" "$(cand K-6 "left_on || ' ' || leave_reason || ' ' || status || ' ' || leave_note")" \
    "2026-08-15 verhuisd inactief naar Zwolle"
at 2026-11-23 candidate leave MEP/K-2 --date 2026-09-01 --reason "zelf werk gevonden"
expect_rc "K-2 found work on their own" 0

# --- The import: left_on and leave_reason ---
{
	echo "ref,partner,first_name,last_name,postcode,target_group,consent,uitstroomdatum,uitstroomreden"
	echo "K-3,MEP,Voornaam3,Achternaam3,7941,wajong,ja,10-09-2026,Opleiding"
	echo "K-5,MEP,Voornaam5,Achternaam5,7941,wajong,ja,,verhuisd"
	echo "K-7,MEP,Nieuw,Persoon,7941,wajong,ja,2026-12-01,"
} >leave.csv
at 2026-11-23 import candidates leave.csv
expect_rc "the import stores the good row, rejects the rest (exit 4)" 4
expect_eq "K-3 left for training on the day given" "$(cand K-3 "left_on || ' ' || leave_reason || ' ' || status")" \
    "2026-09-10 opleiding inactief"
expect_eq "a reason for someone in the pool is not stored" "$(cand K-5 "coalesce(leave_reason, '-')")" -
expect_eq "a leave day in the future: the row is not stored" "$(q "SELECT count(*) FROM candidate WHERE ref = 'K-7'")" 0
check "... the rejects name the columns as the file has them" grep -q "uitstroomreden: " leave.rejects.csv
check "... and the day in the future" grep -q "uitstroomdatum: 2026-12-01" leave.rejects.csv

# --- The report of 2026Q3 ---
# Placements K-1 (17 h) and K-4 (34 h), both banenafspraak: 2 jobs; LKS
# 40 and 60: mean 50; jobcoach K-1 after 10 days, K-4 not started.
# Outflow: K-1 07-10 and K-4 08-01 through the team, K-6 moved, K-2 found
# work, K-3 training.  Not chosen: K-2 ervaring, K-3 vacature_vervuld.
# Employers: Zorg Oost new (first vacancy 07-02), the bakery returning.
at 2026-11-23 report --from 2026-07-01 --to 2026-09-30 --csv
expect_rc "report --csv" 0
check_py "report --csv: the figures of issue 18" "$OUT" <<'PY'
import csv, sys
t = list(csv.DictReader(open(sys.argv[1])))[0]
want = dict(placements='2', people_placed='2', outflow_werk_via_team='2',
    outflow_werk_zelf='1', outflow_verhuisd='1', outflow_opleiding='1',
    outflow_uitkering_beeindigd='0', outflow_ziek='0', outflow_overig='0',
    outflow_onbekend='0', banenafspraak_placements='2',
    banenafspraak_jobs='2', lks_placements='2', lks_mean_pct='50',
    jobcoach_placements='2', jobcoach_median_days='10',
    not_chosen_ervaring='1', not_chosen_vacature_vervuld='1',
    not_chosen_taal='0', not_chosen_onbekend='0', new_employers='1')
for k, v in want.items():
    assert t[k] == v, (k, t[k], v)
PY
at 2026-11-23 report --from 2026-07-01 --to 2026-09-30 --by employer --csv
check_py "report --by employer: a row per employer, pool figures empty" "$OUT" <<'PY'
import csv, sys
rows = {r['group']: r for r in csv.DictReader(open(sys.argv[1]))}
z = rows['Zorg Oost@7942']
assert z['placements'] == '1' and z['new_employers'] == '1', z
assert z['inflow'] == '' and z['outflow_werk_via_team'] == '', z
b = rows['Bakkerij De Vries@7941']
assert b['not_chosen_ervaring'] == '1' and b['new_employers'] == '0', b
PY
at 2026-11-23 report --from 2026-07-01 --to 2026-09-30 --by consultant --csv
check_py "report --by consultant: anna's and nobody's" "$OUT" <<'PY'
import csv, sys
rows = {r['group']: r for r in csv.DictReader(open(sys.argv[1]))}
assert rows['anna']['placements'] == '1', rows['anna']
assert rows['unknown']['placements'] == '1', rows['unknown']
assert rows['anna']['vacancies_collected'] == '', rows['anna']
PY
at 2026-11-23 report --from 2026-07-01 --to 2026-09-30 --by sector --csv
expect_out "report --by sector: the employer's sector" '^zorg,1,'
at 2026-11-23 report --by sectors
expect_rc "report --by with an unknown breakdown is a usage error" 2
at 2026-11-23 report --from 2026-07-01 --to 2026-09-30 --json --by employer
check_py "report --json: the figures without a CSV column" "$OUT" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
t = d[0]
assert t['withdrawn_reasons']['ander_werk'] == 1, t['withdrawn_reasons']
assert t['instruments']['jobcoach'] == 2 and t['instruments']['lks'] == 2
assert t['returning_employers'] == 1 and t['jobcoach_started'] == 1
assert t['placements_by_target_group']['wajong'] == 2
assert any(r['group'] == 'Zorg Oost@7942' for r in d[1:])
PY
at 2026-11-23 report --from 2026-07-01 --to 2026-09-30 --by employer
expect_out "the human report: why people left" "^$(msg_re "Why people left the pool")$"
expect_out "... banenafspraak jobs of 25.5 hours" "$(msg_re "Jobs of 25.5 hours a week") +2 *$"
expect_out "... the not-chosen reasons with bars" "^  $(msgc not_chosen_reason experience) +1 .*50%"
expect_out "... by employer, the target groups placed" "Zorg Oost .* $(msgc target_group Wajong) 1"
at 2026-11-23 report --from 2026-07-01 --to 2026-09-30 --markdown q.md
check "the Markdown report has a section per theme" grep -q "^## $(msg "Jobcoaching")$" q.md
check "... and the breakdown by consultant" grep -q "^## $(msg "By consultant")$" q.md
check "... and the counting rule of the jobs" grep -q "25.5" q.md

# --- The agenda and the candidate's detail ---
at 2026-11-23 meeting agenda --since 2026-07-01
expect_out "the agenda lists the proposals that ended, with the reason" \
    "^\\| MEP/V-1 \\| MEP/K-2 \\| $(msgc step 'not chosen') \\| $(msgc not_chosen_reason experience) \\|"
expect_out "... and K-5's withdrawal" "\\| MEP/K-5 \\| $(msgc step withdrawn) \\| $(msgc withdrawn_reason 'other work') \\|"
expect_out "... and the jobcoaching not started" "^\\| $PL2 \\| MEP/V-2 \\| MEP/K-4 \\| MEP \\| 2026-08-01 \\| 114 \\| Jobcoach Oost \\|"
at 2026-11-23 candidate show MEP/K-2
expect_out "candidate show: why they left" "^$(msgf_re 'Why they left') +$(msgc leave_reason 'found work on their own')$"
expect_out "... and the proposal not chosen, why" "MEP/V-1 +$(msgc step 'not chosen'): $(msgc not_chosen_reason experience) +2026-07-05"
at 2026-11-23 words leave_reason --csv
expect_out "words leave_reason lists the codes" "^leave_reason,werk_via_team,"

# --- Before the migration: a placement's person left without a reason ---
q "UPDATE candidate SET leave_reason = NULL WHERE ref = 'K-6'"
at 2026-11-23 report --from 2026-07-01 --to 2026-09-30 --csv
check_py "a leave without a reason counts as onbekend, not guessed" "$OUT" <<'PY'
import csv, sys
t = list(csv.DictReader(open(sys.argv[1])))[0]
assert t['outflow_verhuisd'] == '0' and t['outflow_onbekend'] == '1', t
PY
at 2026-11-23 candidate show MEP/K-6
expect_out "... shown as such" "^$(msgf_re 'Why they left') +$(msg unknown)$"
finish
