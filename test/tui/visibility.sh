# test/tui/visibility.sh: who sees which candidates, on screen.  The
# database of test/cli/visibility.sh in short: MEP and STW each have a
# candidate who consented and one who did not, and a placed one without
# consent.  The current login is a recruiter of MEP, then of STW: the
# candidate list and its count, search, the detail, the matches pane
# (ranked and excluded), the filled vacancies and a vacancy's proposals
# show the own partner's and the consenting candidates, never the other
# partner's without consent; nor does the audit log's record column.
. "$WB_ROOT/test/lib.sh"
. "$WB_ROOT/test/tui/tui.lib"

tui_need
if ! command -v sqlite3 >/dev/null 2>&1; then
	skip "visibility on screen" "no sqlite3 to fill the database"
	finish
fi
ME=$(id -un)
new_db v.db
DB=$T/v.db
sqlite3 "$DB" <<'SQL' || { not_ok "fill the database" "sqlite3 failed"; finish; }
INSERT INTO partner (id, code, name, kind) VALUES
    (1, 'MEP', 'Gemeente Meppel', 'gemeente'), (2, 'STW', 'Steenwijkerland', 'gemeente');
INSERT INTO employer (id, name, name_key, pc4) VALUES (1, 'Transport BV', 'transport bv', '7941');
INSERT INTO vacancy (id, partner_id, ref, employer_id, title, isco_code, pc4, collected_on)
    VALUES (1, 1, 'V1', 1, 'Heftruckchauffeur', '8344', '7941', '2026-11-01');
INSERT INTO vacancy (id, partner_id, ref, employer_id, title, isco_code, pc4, positions,
    collected_on) VALUES (2, 2, 'V2', 1, 'Schoonmaker', '9112', '7941', 1, '2026-10-01');
INSERT INTO candidate (id, partner_id, ref, first_name, last_name, pc4, target_group,
    max_travel_km, consent, registered_on) VALUES
    (1, 1, 'K1', 'Anna', 'Mepdeelt', '7941', 'ww', 20, 1, '2026-01-01'),
    (2, 1, 'K2', 'Bea', 'Mepgeheim', '7941', 'ww', 20, 0, '2026-01-01'),
    (3, 2, 'K3', 'Cor', 'Stwdeelt', '7941', 'ww', 20, 1, '2026-01-01'),
    (4, 2, 'K4', 'Dirk', 'Stwgeheim', '7941', 'ww', 20, 0, '2026-01-01'),
    (6, 2, 'K6', 'Frits', 'Stwgeplaatst', '7941', 'ww', 20, 0, '2026-01-01');
INSERT INTO candidate_occupation VALUES (1, '8344', 5), (2, '8344', 5), (3, '8344', 5),
    (4, '8344', 5), (6, '9112', 5);
SQL
be() {	# be PARTNER ROLE
	sqlite3 "$DB" "UPDATE app_user SET role = '$2', partner_id =
	    (SELECT id FROM partner WHERE code = '$1') WHERE login = '$ME'"
}
"$WB" --db "$DB" user add "$ME" --partner STW --role coordinator </dev/null >/dev/null 2>&1
# STW places its own K6 (no consent) on V2, which fills it.
for a in "propose STW/V2 STW/K6" "advance STW/V2 STW/K6 interview --date 2026-11-02" \
    "advance STW/V2 STW/K6 placed --start 2026-11-16 --date 2026-11-10"; do
	# shellcheck disable=SC2086
	"$WB" --db "$DB" $a </dev/null >/dev/null 2>"$T/.setup" ||
	    not_ok "setup: $a" "$(cat "$T/.setup")"
done

# see PARTNER N OWN OWNNAME OTHER OTHERNAME OTHERP OTHERPNAME: one
# session as a recruiter of PARTNER, who may see N candidates.
see() {
	p=$1 n=$2 own=$3 ownname=$4 other=$5 othername=$6 otherp=$7 otherpname=$8
	be "$p" recruiter
	tui_start 160 45 --db "$DB"
	tui_wait "$p: the matches pane ranks for MEP/V1" "$(t_matches) MEP/V1"
	tui_wait "$p: ... with the own candidate without consent" "│ +[0-9]+ $own "
	tui_has "$p: ... and the consenting ones" "│ +[0-9]+ STW/K3 "
	tui_hasnt "$p: ... never the other partner's without consent" "$other"
	tui_keys Tab x
	tui_wait "$p: x lists the excluded" "$(t_excluded) MEP/V1"
	tui_hasnt "$p: ... not the other partner's without consent there either" "$other|$otherp"
	tui_keys x Tab

	tui_keys 2
	tui_wait "$p: the candidates: $n of 5 to see" "$(t_candidates "$n")"
	tui_has "$p: ... the own one without consent is listed" "^ $own +"
	tui_hasnt "$p: ... the other partner's without consent is not" "$other|$othername|$otherp|$otherpname"
	tui_has "$p: ... the title line counts $n too" "2 $(t_msg Candidates) $n "
	tui_keys /
	tui_text "$othername"
	tui_keys Enter
	tui_wait "$p: search does not find the other partner's without consent" "$(MSG_LANG=$TUI_LANG msg_re 'No hits.' | sed 's/\\\.$//')"
	tui_keys / C-u
	tui_text "$ownname"
	tui_keys Enter
	tui_wait "$p: search finds the own one" "$(MSG_LANG=$TUI_LANG msgf_re '  search: %s (%zu here)' "$ownname" 1 | sed 's/^ *//')"
	tui_keys Enter
	tui_wait "$p: its detail opens" "$(t_detail candidate "$own")"
	tui_has "$p: ... with the name" "$ownname"
	tui_keys Escape
	tui_wait "$p: back in the list" "$(t_candidates "$n")"

	tui_keys 1 t p
	tui_text "365"
	tui_keys Enter
	tui_wait "$p: the filled vacancies" "$(MSG_LANG=$TUI_LANG msgf_re 'Vacancies: filled %s to %s (%zu)' @A @B 1 | sed 's/@A.*@B/.*/')"
	tui_keys m
	tui_wait "$p: ... with room for who filled them (m)" "$(t_msg 'Filled by')"
	if [ "$p" = STW ]; then
		tui_has "$p: ... name who filled it, STW's own" "Stwgeplaatst|F\. ?S\."
	else
		tui_hasnt "$p: ... but not STW's candidate without consent" "Stwgeplaatst|STW/K6"
	fi
	tui_keys g Enter
	tui_wait "$p: the filled vacancy's detail" "$(t_detail vacancy STW/V2)"
	if [ "$p" = STW ]; then
		tui_has "$p: ... lists STW's own proposal" "STW/K6"
	else
		tui_hasnt "$p: ... not the proposal of STW's candidate without consent" "Stwgeplaatst|STW/K6"
	fi
	tui_keys Escape
	tui_stop "$p: q quits"
}

see MEP 3 MEP/K2 Mepgeheim STW/K4 Stwgeheim STW/K6 Stwgeplaatst
see STW 4 STW/K4 Stwgeheim MEP/K2 Mepgeheim MEP/K5 Mepgeplaatst

# Opening STW/K4's detail was audited; MEP's coordinator reading the
# audit log sees the row but not whose details they were.
v4=$(sql "$DB" "SELECT max(id) FROM audit_log WHERE action = 'view' AND record_type = 'candidate' AND record_id = 4")
if [ -n "$v4" ]; then ok "STW's view of STW/K4 was audited"
else not_ok "STW's view of STW/K4 was audited" "no audit row"; fi
be MEP coordinator
wb --db "$DB" audit --csv
expect_out "MEP's coordinator: the view row is there" "^$v4,.*,view,candidate,4,,"
expect_no_out "... without STW/K4's key" "STW/K4"
be STW coordinator
wb --db "$DB" audit --csv
expect_out "STW's coordinator: the view row names STW/K4" "^$v4,.*,view,candidate,4,STW/K4,"
finish
