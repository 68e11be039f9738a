# test/cli/purge.sh: `werkbank purge --inactive-before DATE [--dry-run]`
# (retention).  Candidates with distinctive names are imported, proposed,
# placed, given notes and action items, and leave the pool; the ones
# inactive before the date are purged, and then no byte of the database
# file or of a journal beside it holds their names, phone numbers or
# e-mail addresses, while the kept candidates are still there, the file
# checks clean, the audit chain verifies and the report of the past
# period gives the same figures.  --dry-run changes nothing; only a
# coordinator may purge.
. "$WB_ROOT/test/lib.sh"

if ! command -v sqlite3 >/dev/null 2>&1; then
	skip "purge" "no sqlite3 to look inside"
	finish
fi
q() { sqlite3 -batch -noheader p.db "$1"; }
at() {	# at DATE ARGS...: werkbank on p.db as if today were DATE
	_d=$1
	shift
	run env WERKBANK_TODAY="$_d" "$WB" --db p.db "$@"
}
new_db p.db || exit 1
cp "$WB_ROOT/fixtures/csv/partners.csv" .
wb --db p.db import partners partners.csv
expect_rc "setup: partners imported" 0

H=ref,partner,first_name,last_name,postcode,target_group,consent,occupations,skills,phone,email,status
{
	echo "$H"
	echo "K-1,MEP,Quirina,Zwartkruisvlinder,7941,bijstand,ja,9329,heftruck,0611112222,quirina@zwartkruis.example,beschikbaar"
	echo "K-2,MEP,Barend,Kwikstaartmos,7942,ww,ja,9112,schoonmaak,0622223333,b.kwikstaart@mos.example,beschikbaar"
	echo "K-3,STA,Hendrika,Blijvendhuis,7941,nug,ja,9329,,0633334444,hendrika@blijvend.example,beschikbaar"
	echo "K-4,STA,Otto,Laatvertrekker,7951,bijstand,ja,9329,,0644445555,otto@laat.example,beschikbaar"
	echo "K-5,MEP,Wilhelmus,Ooievaarsnest,7942,wajong,nee,9112,,,,beschikbaar"
} >c.csv
printf 'ref,partner,employer,title,occupation,postcode,positions\nV-1,MEP,Bakkerij De Vries,Inpakker,9329,7941,3\n' >v.csv
at 2023-03-01 import candidates c.csv
expect_rc "setup: candidates imported" 0
at 2023-03-01 import vacancies v.csv
expect_rc "setup: vacancy imported" 0
at 2023-03-05 propose MEP/V-1 MEP/K-1 --note "Zwartkruisvlinder past goed"
at 2023-03-05 propose MEP/V-1 MEP/K-2 --note "Kwikstaartmos belt terug"
at 2023-03-05 propose MEP/V-1 STA/K-3
at 2023-03-10 advance MEP/V-1 MEP/K-1 interview --note "gesprek met Zwartkruisvlinder"
at 2023-03-20 advance MEP/V-1 MEP/K-1 placed --start 2023-04-01 --contract tijdelijk --hours 24
expect_rc "setup: K-1 placed" 0
at 2023-03-20 advance MEP/V-1 MEP/K-2 not_chosen --reason taal
expect_rc "setup: K-2 not chosen" 0
at 2023-05-01 meeting start
at 2023-05-01 meeting action add "Zwartkruisvlinder bellen" --candidate MEP/K-1
at 2023-05-01 meeting action done 1 --date 2023-05-02
expect_rc "setup: an action item about K-1, done" 0
at 2023-05-01 meeting action add "Laatvertrekker bellen" --candidate STA/K-4
at 2023-05-01 meeting end
expect_rc "setup: the meeting ended, its minutes kept" 0
expect_eq "setup: the minutes name the action items and keys" \
    "$(q "SELECT instr(minutes, 'Zwartkruisvlinder bellen') > 0 AND instr(minutes, 'MEP/K-1') > 0 FROM meeting")" 1
at 2023-05-20 profile MEP/K-1 --for MEP/V-1 -o k1.pdf
expect_rc "setup: a profile of K-1 for the employer" 0
# K-1, K-2 and K-5 leave the pool in 2023; K-4 in 2025 (after DATE).
{ echo "$H"; grep -E '^K-(1|2|5),' c.csv | sed 's/beschikbaar$/inactief/'; } >c2.csv
at 2023-06-01 import candidates c2.csv
expect_rc "setup: K-1, K-2, K-5 left the pool" 0
# Why (issue 18): the reasons must outlive the purge in the counts.
at 2023-06-01 candidate leave MEP/K-2 --date 2023-05-20 --reason verhuisd
expect_rc "setup: K-2 moved away" 0
at 2023-06-01 candidate leave MEP/K-5 --date 2023-06-01 --reason "zelf werk gevonden"
expect_rc "setup: K-5 found work" 0
at 2023-05-01 jobcoach 1 --coach "Werkfit Meppel" --paid-by gemeente --start 2023-04-11 --hours 4
expect_rc "setup: a jobcoach for K-1's placement" 0
{ echo "$H"; grep -E '^K-4,' c.csv | sed 's/beschikbaar$/inactief/'; } >c3.csv
at 2025-02-01 import candidates c3.csv
# The search index as the terminal UI keeps it (synced before a search).
q "INSERT INTO candidate_fts (rowid, first_name, last_name, ref)
    SELECT id, first_name, last_name, ref FROM candidate; DELETE FROM search_dirty"
expect_eq "setup: the names are in the search index" \
    "$(q "SELECT count(*) FROM candidate_fts WHERE candidate_fts MATCH 'zwartkruisvlinder'")" 1

report_all() {
	for by in partner target_group municipality month employer sector \
	    consultant; do
		"$WB" --db p.db report --from 2023-01-01 --to 2023-12-31 --by "$by" --csv
		"$WB" --db p.db report --from 2022-01-01 --to 2026-06-30 --by "$by" --csv
	done 2>&1
}
export WERKBANK_TODAY=2026-06-30
report_all >report.before
placements=$(q "SELECT count(*) FROM placement")

# Usage.
wb --db p.db purge
expect_rc "purge without --inactive-before is a usage error" 2
wb --db p.db purge --inactive-before morgen
expect_rc "a DATE that is not a date is a usage error" 2
expect_err "... naming it" "$(msgf_re "--inactive-before: '%s' is not a date (YYYY-MM-DD)" morgen)"
wb --db p.db purge --inactive-before 2027-01-01
expect_rc "a DATE after today is a usage error" 2

# Only a coordinator.
me=$(id -un)
wb --db p.db user add "$me" --partner MEP --role coordinator
expect_rc "setup: the tester is the coordinator" 0
q "UPDATE app_user SET role = 'recruiter' WHERE login = '$me'"
sum0=$(file_sum p.db)
wb --db p.db purge --inactive-before 2024-06-01
expect_rc "a recruiter may not purge (exit 1)" 1
expect_err "... and is told why" "$(msgf_re "%s is a %s: that is for a %s; ask one of them" "$me" "$(msgc role recruiter)" "$(msgc role coordinator)")"
expect_eq "... and nothing changed" "$(file_sum p.db)" "$sum0"
q "UPDATE app_user SET role = 'coordinator' WHERE login = '$me'"

# Dry run.
sum0=$(file_sum p.db)
wb --db p.db purge --inactive-before 2024-06-01 --dry-run
expect_rc "purge --dry-run exits 0" 0
expect_out "... gives the count" "^$(msgf_re "$(msgn '%lld candidate inactive before %s would be purged' '%lld candidates inactive before %s would be purged' 3)" 3 2024-06-01)$(msgf_re "$(msgn ' (%lld placement stays, anonymous)\n' ' (%lld placements stay, anonymous)\n' 1)" 1)"
expect_out "... and the keys" "^  MEP/K-1$"
expect_out "... every one" "^  MEP/K-5$"
expect_no_out "... not the ones that stay (active after DATE)" "STA/K-4"
expect_no_out "... not the ones still in the pool" "STA/K-3"
expect_no_out "... and no names" "Zwartkruisvlinder"
expect_eq "--dry-run changes nothing (file checksum)" "$(file_sum p.db)" "$sum0"

# The purge.
wb --db p.db purge --inactive-before 2024-06-01
expect_rc "purge exits 0" 0
expect_out "... says how many" "^$(msgf_re "$(msgn 'purged %lld candidate inactive before %s' 'purged %lld candidates inactive before %s' 3)" 3 2024-06-01)$(msgf_re "$(msgn '; %lld placement kept, anonymous\n' '; %lld placements kept, anonymous\n' 1)" 1)"
expect_eq "the purged candidates are gone, the others stay" \
    "$(q "SELECT group_concat(ref, ' ') FROM (SELECT ref FROM candidate ORDER BY ref)")" "K-3 K-4"
expect_eq "their proposals and steps are gone" \
    "$(q "SELECT count(*) FROM proposal_step WHERE note LIKE '%Zwartkruis%' OR note LIKE '%Kwikstaart%'")" 0
expect_eq "the placements stay, anonymous" \
    "$(q "SELECT count(*) || ' ' || count(candidate_id) FROM placement")" "$placements 0"
expect_eq "the action item stays without its text" \
    "$(q "SELECT what || '|' || coalesce(candidate_id, '') FROM action_item WHERE id = 1")" "-|"
expect_eq "the kept minutes no longer hold their keys or action items" \
    "$(q "SELECT instr(minutes, 'Zwartkruisvlinder') + instr(minutes, 'MEP/K-1 ') + instr(minutes, 'MEP/K-1|') FROM meeting")" 0
expect_eq "... but still those of the others" \
    "$(q "SELECT instr(minutes, 'Laatvertrekker bellen') > 0 AND instr(minutes, 'STA/K-4') > 0 FROM meeting")" 1
expect_eq "the anonymous pool counts hold the 3" "$(q "SELECT sum(n) FROM candidate_purged")" 3
expect_eq "the search index has no row of them" \
    "$(q "SELECT count(*) FROM candidate_fts WHERE candidate_fts MATCH 'zwartkruisvlinder OR kwikstaartmos OR ooievaarsnest'")" 0
expect_eq "the search queue has no row of them" "$(q "SELECT count(*) FROM search_dirty")" 0
expect_eq "their profile number and the profiles shared are gone" \
    "$(q "SELECT count(*) FROM candidate_profile") $(q "SELECT count(*) FROM profile_share")" "0 0"

traces=
for w in Zwartkruisvlinder Quirina 0611112222 quirina@zwartkruis Kwikstaartmos \
    0622223333 b.kwikstaart Ooievaarsnest Wilhelmus; do
	for f in p.db p.db-journal p.db-wal; do
		[ -e "$f" ] || continue
		n=$(grep -c -a -i -e "$w" "$f")
		s=$(strings -n 4 "$f" | grep -c -i -e "$w")
		[ "$n" = 0 ] && [ "$s" = 0 ] || traces="$traces $w:$f:$n/$s"
	done
done
expect_eq "no trace of the purged in the file or a journal (grep -c, strings)" "$traces" ""
for w in Blijvendhuis Laatvertrekker 0644445555; do
	expect_eq "the kept candidate's '$w' is still there" \
	    "$(grep -c -a -e "$w" p.db | sed 's/^[1-9][0-9]*$/yes/')" yes
done
expect_no_file "no journal is left" p.db-journal
expect_no_file "no write-ahead log is left" p.db-wal

report_all >report.after
if cmp -s report.before report.after; then
	ok "the reports of past periods give the same figures"
else
	not_ok "the reports of past periods give the same figures" \
	    "$(diff report.before report.after | head -n 6 | tr '\n' '|')"
fi
wb --db p.db check
expect_rc "check is clean after the purge" 0
wb --db p.db audit verify
expect_rc "the audit chain verifies after the purge" 0
expect_eq "the purge wrote one audit row with the count, no names" \
    "$(q "SELECT action || ' ' || detail FROM audit_log ORDER BY id DESC LIMIT 1")" \
    "purge before=2024-06-01 candidates=3 placements_kept=1"
expect_eq "no audit row holds a purged name" \
    "$(q "SELECT count(*) FROM audit_log WHERE detail LIKE '%Zwartkruis%' OR detail LIKE '%Kwikstaart%' OR detail LIKE '%K-1%'")" 0

wb --db p.db purge --inactive-before 2024-06-01
expect_rc "purging again finds nothing and exits 0" 0
expect_out "... says 0" "^$(msgf_re "$(msgn 'purged %lld candidate inactive before %s' 'purged %lld candidates inactive before %s' 0)" 0 2024-06-01)"
wb --db p.db purge --inactive-before 2025-06-01 --dry-run
expect_out "a later DATE finds K-4 (its action item is still open: no)" "^$(msgf_re "$(msgn '%lld candidate inactive before %s would be purged' '%lld candidates inactive before %s would be purged' 0)" 0 2025-06-01)"
q "UPDATE action_item SET done_on = '2025-02-01' WHERE candidate_id IS NOT NULL"
at 2025-05-01 profile STA/K-4 -o k4.txt
wb --db p.db purge --inactive-before 2025-04-01 --dry-run
expect_out "a profile written on or after DATE keeps K-4" "^$(msgf_re "$(msgn '%lld candidate inactive before %s would be purged' '%lld candidates inactive before %s would be purged' 0)" 0 2025-04-01)"
wb --db p.db purge --inactive-before 2025-06-01
expect_out "... and once it is done, K-4 goes" "^$(msgf_re "$(msgn 'purged %lld candidate inactive before %s' 'purged %lld candidates inactive before %s' 1)" 1 2025-06-01)"
expect_eq "... out of the minutes too" \
    "$(q "SELECT instr(minutes, 'Laatvertrekker') + instr(minutes, 'STA/K-4') FROM meeting")" 0
expect_eq "... and out of the file" "$(grep -c -a -i Laatvertrekker p.db)" 0
report_all >report.after2
if cmp -s report.before report.after2; then
	ok "the reports still give the same figures after a second purge"
else
	not_ok "the reports still give the same figures after a second purge" \
	    "$(diff report.before report.after2 | head -n 6 | tr '\n' '|')"
fi

# Last: a new candidate changes the figures of the current period.
maxid=$(q "SELECT max(person_no) FROM placement")
{
	echo "$H"
	echo "K-9,MEP,Nieuwe,Instromer,7941,bijstand,ja,9329,,,,beschikbaar"
	grep '^K-3,' c.csv
	echo "K-10,MEP,Tweede,Instromer,7941,bijstand,ja,9329,,,,beschikbaar"
} >c9.csv
wb --db p.db import candidates c9.csv
expect_rc "a new candidate after the purge is imported" 0
expect_eq "... and takes no purged candidate's id (K-5 had the highest)" \
    "$(q "SELECT id > 5 FROM candidate WHERE ref = 'K-9'")" 1
expect_eq "... nor a placed person's number" \
    "$(q "SELECT count(*) FROM candidate WHERE ref = 'K-9' AND id <= $maxid")" 0
# The importer works the first new id out once and counts on from it.
expect_eq "... the next new one in the file takes the id after it" \
    "$(q "SELECT group_concat(ref || '=' || id, ' ') FROM (SELECT ref, id FROM candidate WHERE ref IN ('K-9', 'K-10') ORDER BY id)")" \
    "K-9=6 K-10=7"

finish
