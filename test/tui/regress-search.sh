# test/tui/regress-search.sh: regressions of the search, issue 13 ("the
# workbench follows the user") and issue 20 ("searching a displayed
# key"), on a copy of the demo with a few candidates added whose names
# came from the Big List of Naughty Strings' kind of input: a
# typographic apostrophe, emoji only, combining marks.
#
#   issue13/search-again		a second / replaces the first search
#   issue13/search-next		n and N go on through the hits
#   issue13/search-occupation	candidates by occupation title, skill
#   issue13/search-apostrophes	O’Brien, O'Brien, O‘Brien: found, no
#					SQLite message (and no leak: ASan)
#   issue13/search-emoji		a name of emoji only is found
#   issue13/search-marks		a name with combining marks, typed
#					precomposed or combining
#   issue13/search-punctuation	FTS syntax typed is only text
#   issue13/search-meeting-names	no name search in meeting mode
#   issue20/search-displayed-key	MEP/K-... finds exactly that record
. "$WB_ROOT/test/lib.sh"
. "$WB_ROOT/test/tui/tui.lib"

tui_need
need_demo "the search on the demo" || finish
if ! command -v sqlite3 >/dev/null 2>&1; then
	skip "the search on the demo" "no sqlite3 to look inside"
	finish
fi
cp_db "$WB_DEMO" demo.db && chmod 0660 demo.db
DB=$T/demo.db
MEP=$(sql "$DB" "SELECT id FROM partner WHERE code = 'MEP'")
PC=$(sql "$DB" "SELECT pc4 FROM candidate ORDER BY id LIMIT 1")
add() {	# add REF FIRST LAST: a consenting MEP candidate
	sql "$DB" "INSERT INTO candidate (partner_id, ref, first_name,
	    last_name, pc4, target_group, consent, registered_on) VALUES
	    ($MEP, '$1', $2, $3, '$PC', 'ww', 1, '2026-01-05')"
}
add K-990001 "'Siobhan'" "'O’Brien'"
add K-990002 "'🙂'" "'🌷🌷'"
add K-990003 "'Zoe' || char(776)" "'Nguye' || char(770) || char(771) || 'n'"
add K-990004 "'Anke'" "'Zwaagstra'"
add K-990005 "'Bauke'" "'Zwaagstra'"
add K-990006 "'Cor'" "'Brinkhorst'"
sqlerr='fts5|syntax error|SQL|phrase quer|malformed MATCH'
# hits TEXT N: the status line's "search: TEXT (N here)", in the language
# of the run; hits_n N: its "(N here)" alone.
hits() { msgf_re '  search: %s (%zu here)' "$1" "$2" | sed 's/^ *//'; }
hits_n() { hits @T "$1" | sed 's/^.*@T //'; }
HITS_SED=$(msg '  search: %s (%zu here)' | sed 's/^ *//; s/%s/.*/; s/(%zu \([^)]*\))/(\\([0-9]*\\) \1)/')
# here: the "(N here)" of the status line, or "" when none.
here() {
	tui_screen
	tui_status | sed -n "s/.*$HITS_SED.*/\\1/p"
}
row() {		# the selected row number of the status line
	tui_screen
	tui_status | sed -n "s/^ $(msg Candidates) \\([0-9]*\\)\\/.*/\\1/p"
}
search() {	# search TEXT: / TEXT Enter
	tui_keys /
	tui_text "$1"
	tui_keys Enter
	sleep 0.3
}

tui_start 100 30 --db "$DB"
tui_wait "the list is up" "$(t_open)"
tui_keys 2
tui_wait "the candidates" "$(t_candidates) \\("

search Zwaagstra
tui_wait "a search" "$(hits "Zwaagstra" 2)"
search Brinkhorst
tui_wait "issue13/search-again: a second / replaces the first" \
    "$(hits "Brinkhorst" 1)"

search Zwaagstra
first=$(row)
tui_keys n
second=$(row)
tui_keys N
back=$(row)
check "issue13/search-next: n goes to the other hit" \
    test -n "$first" -a -n "$second" -a "$first" != "$second"
expect_eq "... and N back" "$back" "$first"

search heftruck
got=$(here)
low=$(sql "$DB" "SELECT count(*) FROM candidate c WHERE (c.consent = 1 OR
    c.partner_id = (SELECT partner_id FROM app_user WHERE login =
    '$(id -un)')) AND (EXISTS (SELECT 1 FROM candidate_occupation o WHERE
    o.candidate_id = c.id AND o.isco_code = '8344') OR EXISTS (SELECT 1
    FROM candidate_skill s WHERE s.candidate_id = c.id AND s.skill =
    'heftruck'))")
check "issue13/search-occupation: heftruck finds the forklift drivers ($got of at least $low)" \
    test -n "$got" -a "${got:-0}" -ge "$low" -a "$low" -gt 0

for name in "O’Brien" "O'Brien" "O‘Brien" "o’brien"; do
	search "$name"
	tui_wait "issue13/search-apostrophes: $name" \
	    "$(hits "$name" 1)"
	tui_hasnt "... no SQLite message" "$sqlerr"
done

search "🌷🌷"
tui_wait "issue13/search-emoji: a name of emoji only" \
    "$(hits "🌷🌷" 1)"
search "🙂"
tui_wait "... and its first name" "$(hits "🙂" 1)"

search "Zoë Nguyễn"
tui_wait "issue13/search-marks: Zoë Nguyễn typed precomposed" \
    "$(hits "Zoë Nguyễn" 1)"
search "$(printf 'Nguye\314\202\314\203n')"
tui_wait "... Nguyễn typed with combining marks" "$(hits_n 1)"
search "nguyen"
tui_wait "... nguyen without" "$(hits "nguyen" 1)"

for text in '"' '"*(^' 'NEAR(a b' 'Zwaagstra AND' '{x}:' "'; --" '*'; do
	search "$text"
	tui_hasnt "issue13/search-punctuation: $text is only text" "$sqlerr"
done
search 'Zwaagstra"*'
tui_wait "... words among it are found" "$(hits_n 2)"
search "«Anke–Zwaagstra»"
tui_wait "issue13/search-punctuation: «Anke–Zwaagstra» (not ASCII)" \
    "$(hits "«Anke–Zwaagstra»" 1)"
tui_hasnt "... no SQLite message" "$sqlerr"

tui_keys M
tui_wait "meeting mode" "$(msg MEETING)"
search Brinkhorst
tui_wait "issue13/search-meeting-names: a name is not searched" \
    "$(msgf_re "No hits for '%s': names are not searched in meeting mode." X | sed 's/^.*X.: //')"
tui_hasnt "... no row is marked as a hit" "$(hits Brinkhorst 1 | sed 's/ \\(1 .*//')"
search heftruck
tui_wait "... occupations are" "$(hits heftruck 999 | sed 's/999/[1-9][0-9]*/')"
tui_keys M y
tui_wait "meeting mode is off" "$(msg_re 'Meeting mode is off.')"

search "MEP/K-990004"
tui_wait "issue20/search-displayed-key: the key as shown" \
    "$(hits "MEP/K-990004" 1)"
tui_keys Enter
tui_wait "... that very candidate is selected" \
    "$(msgf_re 'Detail of candidate %s (Esc: back)' MEP/K-990004 | sed 's/ \\(.*//')"
tui_keys Escape
search "mep/k-990004"
tui_wait "... in any case" "$(hits_n 1)"
V=$(sql "$DB" "SELECT p.code || '/' || v.ref FROM vacancy v JOIN partner p ON
    p.id = v.partner_id WHERE v.status = 'open' ORDER BY v.id LIMIT 1")
tui_keys 1
tui_wait "the vacancies" "$(t_open)"
search "$V"
tui_wait "issue20/search-displayed-key: a vacancy's key" \
    "$(hits "$V" 1)"
tui_keys Enter
tui_wait "... that very vacancy is selected" \
    "$(msgf_re 'Detail of vacancy %s (Esc: back)' "$V" | sed 's/ \\(.*//')"
tui_stop
finish
