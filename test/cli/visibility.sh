# test/cli/visibility.sh: who sees which candidates, from the command
# line.  Two partners, MEP and STW, each with a candidate who consented
# to share and one who did not.  The current login (the only one werkbank
# lets in here) is made a user of MEP, then of STW, in every role, by
# changing its app_user row between runs.  Each time: the other
# partner's candidate without consent is absent from the ranking (ranked
# and --excluded), the reverse ranking ("no candidate", the same as for
# a key that does not exist), every export, the follow-up list, the
# audit log's record column and the summary, and cannot be proposed;
# the own partner's and the consenting ones are there.  The coordinator
# follows the same rule.  Counts in the summary stay whole-region.
. "$WB_ROOT/test/lib.sh"

if ! command -v sqlite3 >/dev/null 2>&1; then
	skip "visibility on a hand-made database" "no sqlite3 to fill it"
	finish
fi
ME=$(id -un)

# K1/K3 consented, K2/K4 did not (all fit V1 fully); K5 (MEP) and K6
# (STW), without consent, are placed on V2 below by their own partner.
new_db v.db
sqlite3 v.db <<'SQL' || { not_ok "fill the database" "sqlite3 failed"; finish; }
INSERT INTO partner (id, code, name, kind) VALUES
    (1, 'MEP', 'Gemeente Meppel', 'gemeente'), (2, 'STW', 'Steenwijkerland', 'gemeente');
INSERT INTO employer (id, name, name_key, pc4) VALUES (1, 'Transport BV', 'transport bv', '7941');
INSERT INTO vacancy (id, partner_id, ref, employer_id, title, isco_code, pc4, collected_on)
    VALUES (1, 1, 'V1', 1, 'Heftruckchauffeur', '8344', '7941', '2026-11-01');
INSERT INTO vacancy (id, partner_id, ref, employer_id, title, isco_code, pc4, positions,
    collected_on) VALUES (2, 2, 'V2', 1, 'Schoonmaker', '9112', '7941', 2, '2026-04-01');
INSERT INTO candidate (id, partner_id, ref, first_name, last_name, pc4, target_group,
    max_travel_km, consent, registered_on) VALUES
    (1, 1, 'K1', 'Anna', 'Mepdeelt', '7941', 'ww', 20, 1, '2026-01-01'),
    (2, 1, 'K2', 'Bea', 'Mepgeheim', '7941', 'ww', 20, 0, '2026-01-01'),
    (3, 2, 'K3', 'Cor', 'Stwdeelt', '7941', 'ww', 20, 1, '2026-01-01'),
    (4, 2, 'K4', 'Dirk', 'Stwgeheim', '7941', 'ww', 20, 0, '2026-01-01'),
    (5, 1, 'K5', 'Eva', 'Mepgeplaatst', '7941', 'ww', 20, 0, '2026-01-01'),
    (6, 2, 'K6', 'Frits', 'Stwgeplaatst', '7941', 'ww', 20, 0, '2026-01-01');
INSERT INTO candidate_occupation VALUES (1, '8344', 5), (2, '8344', 5), (3, '8344', 5),
    (4, '8344', 5), (5, '9112', 5), (6, '9112', 5);
SQL

wb --db v.db user add "$ME" --partner MEP --role coordinator
expect_rc "the current login becomes a coordinator of MEP" 0
wb --db v.db user add bert --partner STW --role recruiter
expect_rc "a recruiter of STW" 0

be() {	# be PARTNER ROLE: the current login's partner and role
	sqlite3 v.db "UPDATE app_user SET role = '$2', partner_id =
	    (SELECT id FROM partner WHERE code = '$1') WHERE login = '$ME'"
}

# Each partner places its own candidate without consent (V2, 6 months
# ago: due for the durable check).
be MEP coordinator
wb --db v.db propose STW/V2 MEP/K5
expect_rc "MEP proposes its own candidate without consent" 0
wb --db v.db advance STW/V2 MEP/K5 interview --date 2026-04-20
wb --db v.db advance STW/V2 MEP/K5 placed --start 2026-05-01 --date 2026-04-25
expect_rc "... and places them" 0
wb --db v.db propose STW/V2 STW/K6
expect_rc "MEP cannot propose STW's candidate without consent" 1
expect_err "... it is 'no candidate', as if there were none" "$(msgf_re "no candidate '%s'" STW/K6)"
be STW coordinator
wb --db v.db propose STW/V2 STW/K6
wb --db v.db advance STW/V2 STW/K6 interview --date 2026-04-20
wb --db v.db advance STW/V2 STW/K6 placed --start 2026-05-01 --date 2026-04-25
expect_rc "STW places its own candidate without consent" 0
# A stored match run made by STW holds STW's own K4.
wb --db v.db match --all --top 10
expect_rc "match --all as STW" 0
expect_eq "the stored run ranks STW's own K4" \
    "$(sqlite3 v.db "SELECT count(*) FROM match_result r JOIN candidate c ON c.id = r.candidate_id WHERE c.ref = 'K4'")" 1

# check_view PARTNER ROLE: what the current login sees as ROLE of
# PARTNER.  OWN is the own hidden-from-others candidate, OTHER the other
# partner's one, and OWNP/OTHERP the placed ones.
check_view() {
	p=$1 role=$2
	if [ "$p" = MEP ]; then
		OWN=MEP/K2 OTHER=STW/K4 OWNP=MEP/K5 OTHERP=STW/K6
		OTHERNAME=Stwgeheim OTHERPNAME=Stwgeplaatst
	else
		OWN=STW/K4 OTHER=MEP/K2 OWNP=STW/K6 OTHERP=MEP/K5
		OTHERNAME=Mepgeheim OTHERPNAME=Mepgeplaatst
	fi
	as="$role of $p"
	be "$p" "$role"

	wb --db v.db export candidates
	expect_rc "$as: export candidates" 0
	expect_out "$as: export candidates has the own candidate without consent" "^${OWN#*/},$p,"
	expect_out "$as: ... and the consenting ones" '^K1,MEP,'
	expect_out "$as: ... of both partners" '^K3,STW,'
	expect_no_out "$as: ... but not the other partner's without consent" "^${OTHER#*/},|$OTHERNAME|^${OTHERP#*/},"
	expect_eq "$as: export candidates: 4 rows and the header" \
	    "$(wc -l <"$OUT" | tr -d ' ')" 5

	wb --db v.db export placements
	expect_rc "$as: export placements" 0
	expect_out "$as: export placements has the own placement" ",${OWNP#*/},$p,"
	expect_no_out "$as: ... not the other partner's of someone without consent" ",${OTHERP#*/},"

	wb --db v.db export matches
	expect_rc "$as: export matches" 0
	expect_out "$as: export matches has a consenting candidate" ',MEP/K1,'
	expect_no_out "$as: ... never the other partner's without consent" ",$OTHER,"
	if [ "$p" = STW ]; then
		expect_out "$as: ... and has STW's own K4" ',STW/K4,'
	fi

	wb --db v.db export vacancies
	expect_rc "$as: export vacancies (no people in it)" 0
	wb --db v.db export report
	expect_rc "$as: export report (figures only)" 0

	wb --db v.db match MEP/V1 --csv --excluded
	expect_rc "$as: match --excluded" 0
	expect_out "$as: match ranks the own candidate without consent" "^[0-9]+,$OWN,"
	expect_out "$as: ... and the consenting ones" '^[0-9]+,MEP/K1,'
	expect_out "$as: ... of both partners" '^[0-9]+,STW/K3,'
	expect_no_out "$as: ... the other partner's without consent is neither ranked nor excluded" ",$OTHER,|,$OTHERP,"
	wb --db v.db match MEP/V1
	expect_out "$as: match counts only whom it may show (4 of 6)" "^$(MSG_LINE=2 msgf_re '%s  %s (ISCO %s), %s %s\n%zu candidates, %zu pass the hard rules\n\n' V T I P M 4 3)"
	wb --db v.db match MEP/V1 --json --top 1
	expect_no_out "$as: match --json: not there either" "$OTHER"

	wb --db v.db match --candidate "$OWN" --csv
	expect_rc "$as: match --candidate the own one without consent" 0
	expect_out "$as: ... ranks the vacancies" '^1,MEP/V1,'
	wb --db v.db match --candidate "$OTHER" --csv
	expect_rc "$as: match --candidate the other partner's without consent exits 1" 1
	expect_err "$as: ... 'no candidate'" "$(msgf_re "no candidate '%s'" "$OTHER")"
	expect_empty "$as: ... and prints nothing" "$OUT"
	wb --db v.db match --candidate "${OTHER%/*}/K99" --csv
	expect_err "$as: ... the same words as for one that does not exist" \
	    "$(msgf_re "no candidate '%s'" "${OTHER%/*}/K99")"

	wb --db v.db followup --days 0 --csv
	expect_rc "$as: followup" 0
	expect_out "$as: followup lists the own placement" "$OWNP"
	expect_no_out "$as: ... not the other partner's without consent" "$OTHERP|$OTHERNAME|$OTHERPNAME"

	wb --db v.db
	expect_rc "$as: the summary" 0
	expect_out "$as: the summary counts the whole region" "^$(msgf_re 'candidates: %lld (%lld in the pool)\n' 6 4)"
	expect_no_out "$as: ... and names nobody" "$OTHER|$OTHERNAME|$OTHERPNAME|K[0-9]"
}

for role in coordinator recruiter accountmanager viewer; do
	check_view MEP "$role"
	check_view STW "$role"
done

# The audit log (a coordinator's): keys of hidden candidates stay out.
be MEP coordinator
wb --db v.db audit --csv
expect_rc "audit as MEP coordinator" 0
wb --db v.db audit --record STW/K4
expect_rc "audit --record of a hidden candidate is 'not found'" 1
expect_err "... as if there were none" "$(msgf_re "--record: no candidate or vacancy '%s'" STW/K4)"
be STW coordinator
wb --db v.db audit --record STW/K4 --csv
expect_rc "audit --record of the own candidate" 0

# A single-user database sees everyone (no users: the one person).
new_db s.db
sqlite3 s.db <<'SQL'
INSERT INTO partner (id, code, name, kind) VALUES (1, 'MEP', 'Gemeente Meppel', 'gemeente');
INSERT INTO candidate (id, partner_id, ref, first_name, last_name, pc4, target_group,
    consent, registered_on) VALUES (1, 1, 'K1', 'Bea', 'Alleen', '7941', 'ww', 0, '2026-01-01');
SQL
wb --db s.db export candidates
expect_out "single-user: export has the candidate without consent" '^K1,MEP,'

wb --db v.db audit verify
expect_rc "the audit chain verifies" 0
finish
