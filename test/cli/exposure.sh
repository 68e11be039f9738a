# test/cli/exposure.sh: `werkbank exposure` (issue 16): the eligible pool,
# who was shown (slates and match runs kept, in the period), proposed
# and placed, per partner, municipality and target group, the shares
# and --csv, --never, the period's rules, words for people in English
# and Dutch, and the report's section.  The tests run on 2026-11-23:
# the default period is 2026-10-01 to 2026-12-31.
. "$WB_ROOT/test/lib.sh"

HEADER=group,pool,pool_share,shown,shown_share,proposed,proposed_share,placed,placed_share

if ! command -v sqlite3 >/dev/null 2>&1; then
	skip "exposure on a hand-made database" "no sqlite3 to fill it"
	finish
fi

# V1, a forklift job in Meppel.  K1 and K2 (MEP, Meppel) fit it, K1
# waited longest; K3 (STW, Dwingeloo in Westerveld) fits it; K4 (STW)
# lives too far; K5 (STW) did not consent to share.  A match run kept
# in September showed K2: before the period.  Someone of STW (wajong,
# Westerveld) was placed in October, someone else in September.
new_db e.db
sqlite3 e.db <<'SQL' || { not_ok "fill the database" "sqlite3 failed"; finish; }
INSERT INTO partner (id, code, name, kind) VALUES
    (1, 'MEP', 'Gemeente Meppel', 'gemeente'), (2, 'STW', 'Steenwijkerland', 'gemeente');
INSERT INTO employer (id, name, name_key, pc4) VALUES (1, 'Transport BV', 'transport bv', '7941');
INSERT INTO vacancy (id, partner_id, ref, employer_id, title, isco_code, pc4, collected_on)
    VALUES (1, 1, 'V1', 1, 'Heftruckchauffeur', '8344', '7941', '2026-10-01');
INSERT INTO candidate (id, partner_id, ref, first_name, last_name, pc4, target_group,
    max_travel_km, consent, registered_on) VALUES
    (1, 1, 'K1', 'Geheimnaam', 'Een', '7941', 'ww', 30, 1, '2026-01-01'),
    (2, 1, 'K2', 'Geheimnaam', 'Twee', '7941', 'bijstand', 30, 1, '2026-06-01'),
    (3, 2, 'K3', 'Geheimnaam', 'Drie', '7991', 'ww', 30, 1, '2026-01-01'),
    (4, 2, 'K4', 'Geheimnaam', 'Vier', '7991', 'ww', 5, 1, '2026-01-01'),
    (5, 2, 'K5', 'Geheimnaam', 'Vijf', '7991', 'ww', 30, 0, '2026-01-01');
INSERT INTO candidate_occupation VALUES (1, '8344', 5), (2, '8344', 5), (3, '8344', 5),
    (4, '8344', 5), (5, '8344', 5);
INSERT INTO match_run (id, started_at, weights, top_n) VALUES (1, '2026-09-30 10:00:00', '{}', 1);
INSERT INTO match_result (run_id, vacancy_id, rank, candidate_id, score)
    VALUES (1, 1, 1, 2, 0.9);
INSERT INTO placement (person_no, partner_id, target_group, municipality_code, start_date)
    VALUES (7, 2, 'wajong', '1701', '2026-10-15'), (8, 2, 'ww', '1701', '2026-09-15');
SQL
wb --db e.db match --slate --csv
expect_eq "the slate shows K1, who waited longest" "$(sed 1d "$OUT" | cut -d, -f2)" MEP/K1
wb --db e.db propose MEP/V1 STW/K3
expect_rc "K3 is proposed" 0

wb --db e.db exposure --csv
expect_rc "exposure --csv exits 0" 0
expect_eq "... its header is cli.md's" "$(head -n 1 "$OUT")" "$HEADER"
expect_eq "... the total: K1 K2 K3 fit; K1 shown; K3 proposed; one placed" \
    "$(sed -n 2p "$OUT")" "total,3,1.000,1,1.000,1,1.000,1,1.000"
expect_eq "... MEP: two of the pool, the one shown" \
    "$(sed -n 3p "$OUT")" "MEP,2,0.667,1,1.000,0,0.000,0,0.000"
expect_eq "... STW: K3 proposed, the placement by its own record" \
    "$(sed -n 4p "$OUT")" "STW,1,0.333,0,0.000,1,1.000,1,1.000"

wb --db e.db exposure --never
expect_eq "--never: the pool not shown" "$(tr '\n' ' ' <"$OUT" | tr -s ' ')" \
    "$(msg Candidate) MEP/K2 STW/K3 "
wb --db e.db exposure --never --csv
expect_eq "--never --csv" "$(tr '\n' ' ' <"$OUT")" "candidate MEP/K2 STW/K3 "

wb --db e.db exposure --by municipality --csv
expect_eq "--by municipality: where they live; the placement where it was" \
    "$(sed 1d "$OUT" | cut -d, -f1,2,4,6,8 | tr '\n' ' ')" \
    "total,3,1,1,1 Meppel,2,1,0,0 Westerveld,1,0,1,1 "
wb --db e.db exposure --by target_group --csv
expect_eq "--by target_group: codes; a group placed without a pool" \
    "$(sed 1d "$OUT" | cut -d, -f1,2,4,6,8 | tr '\n' ' ')" \
    "total,3,1,1,1 bijstand,1,0,0,0 wajong,0,0,0,1 ww,2,1,1,0 "

wb --db e.db exposure --from 2026-09-01 --to 2026-09-30 --csv
expect_eq "September: the match run's K2 shown, the other placement" \
    "$(sed -n 2p "$OUT" | cut -d, -f1,4,6,8)" "total,1,0,1"
wb --db e.db exposure --from 2026-12-01 --to 2026-11-01
expect_rc "a period that ends before it starts is a usage error" 2
wb --db e.db exposure --by month
expect_rc "--by month is a usage error" 2

LANG=C.UTF-8 wb --db e.db exposure --by target_group
expect_rc "exposure for people exits 0" 0
expect_out "... target groups as words, shares in %, against the pool" \
    "^unemployment benefit \(WW\) +2 +67% +1 +100% +1\.50 +"
expect_out "... who was never shown" \
    '^2 candidates fit a vacancy and were never shown: MEP/K2, STW/K3\.$'
if grep -q Geheimnaam "$OUT"; then not_ok "... no name printed" "$(cat "$OUT")"
else ok "... no name printed"; fi
if dutch_locale; then
	LANG=$NL_LANG wb --db e.db exposure --by target_group
	expect_out "... in Dutch" "^WW +2 +67% +1 +100% +1,50 +"
	expect_out "... and the never shown in Dutch" \
	    '^2 kandidaten passen bij een vacature en zijn nooit getoond: MEP/K2, STW/K3\.$'
else
	skip "... in Dutch" "no nl_NL locale"
fi

# The report: the section in the Markdown file, and when asked.
wb --db e.db report --markdown -
expect_out "the Markdown report ends with who gets seen" "^## $(msg_re 'Who gets seen')$"
expect_out "... its table" '^\| MEP \| 2 \| 67% \| 1 \| 100% \| '
LANG=C.UTF-8 wb --db e.db report --exposure
expect_out "report --exposure adds it for people" '^Who gets seen, 2026-10-01 to 2026-12-31, by partner\.$'
LANG=C.UTF-8 wb --db e.db report
if grep -q 'Who gets seen' "$OUT"; then not_ok "... the report leaves it out otherwise" "$(cat "$OUT")"
else ok "... the report leaves it out otherwise"; fi
wb --db e.db report --csv --exposure
expect_rc "... --exposure goes with the report for people only" 2

# Purging removes a candidate's picks with them.
cp_db e.db p.db
sqlite3 p.db "PRAGMA foreign_keys = ON; DELETE FROM candidate WHERE id = 1"
expect_eq "a candidate's picks go with them" "$(sqlite3 p.db "SELECT count(*) FROM \
    slate_pick WHERE candidate_id = 1")" 0

finish
