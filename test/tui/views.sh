# test/tui/views.sh: every view on the demo at 120x40: the open and the
# filled vacancies, the candidates, the matches pane, a detail, the help;
# sorting, filtering and search with n/N.
. "$WB_ROOT/test/lib.sh"
. "$WB_ROOT/test/tui/tui.lib"

tui_need
need_demo "views on the demo" || finish
cp_db "$WB_DEMO" demo.db
DB=$T/demo.db
open=$(sql "$DB" "SELECT count(*) FROM vacancy WHERE status IN ('open','on_hold')")
# The candidates this login may see (user.h): its partner's and the
# consenting ones of the others (all of them on a single-user database).
ncand=$(sql "$DB" "SELECT count(*) FROM candidate c WHERE NOT EXISTS (SELECT 1 FROM app_user)
    OR c.consent = 1 OR c.partner_id = (SELECT partner_id FROM app_user WHERE login = '$(id -un)')")
oldest=$(sql "$DB" "SELECT p.code || '/' || v.ref FROM vacancy v JOIN partner p ON p.id = v.partner_id WHERE v.status IN ('open','on_hold') ORDER BY v.collected_on, v.id LIMIT 1")

audit0=$(sql "$DB" "SELECT count(*) FROM audit_log WHERE action = 'view' AND record_type = 'candidate'")
VACS=$(msg Vacancies)
MATCHES=$(msg_re 'Matches for %s: %zu of %zu %s pass (x: excluded)  %s' | sed 's/ \.\*:.*//')
tui_start 120 40 --db "$DB"
tui_wait "the vacancies open with their count" "$(msgf_re 'Vacancies: open (%zu)' "$open")"
tui_wait "the title line counts the candidates" "2 $(msg Candidates) $ncand"
tui_has "the oldest open vacancy comes first and is selected" "^ +[0-9]+ $oldest "
tui_has "the status line shows position, user and database" "$VACS 1/$open .*@demo\.db"
tui_wait "the matches pane ranks for the selected vacancy" "$MATCHES $oldest"
tui_wait "the matches pane has score bars" "^ +1 [A-Z]+/K-[0-9]+ .*(█|#)"

# Sorting: s to the next column (the key), S reverses it.
tui_keys s
tui_has "s sorts on the next column (Vacancy)" "$(msg Vacancy)▲"
tui_has "sorting keeps the selected vacancy" "$VACS [0-9]+/$open"
tui_keys g
first=$(sql "$DB" "SELECT p.code || '/' || v.ref FROM vacancy v JOIN partner p ON p.id = v.partner_id WHERE v.status IN ('open','on_hold') ORDER BY p.code, v.ref LIMIT 1")
tui_has "sorted by key, the first key comes first" "^ +[0-9]+ $first "
tui_keys S g
last=$(sql "$DB" "SELECT p.code || '/' || v.ref FROM vacancy v JOIN partner p ON p.id = v.partner_id WHERE v.status IN ('open','on_hold') ORDER BY p.code DESC, v.ref DESC LIMIT 1")
tui_has "S reverses the order" "^ +[0-9]+ $last "

# Filter: partner:MEP leaves only MEP's vacancies.
nmep=$(sql "$DB" "SELECT count(*) FROM vacancy v JOIN partner p ON p.id = v.partner_id WHERE v.status IN ('open','on_hold') AND p.code = 'MEP'")
tui_keys f
tui_text "partner:MEP"
tui_keys Enter
tui_wait "a filter narrows the list" "$(msgf_re 'Vacancies: open (%zu)' "$nmep")"
tui_has "the status line names the filter" "$(msgf_re '  filter: %s' partner:MEP | sed 's/^ *//')"
tui_screen
if sed -n '4,20p' "$SCREEN" | grep -E '^ +[0-9]+ [A-Z]+/V' | grep -v -q ' MEP/V'; then
	not_ok "only MEP rows under the filter" "$(sed -n 4,8p "$SCREEN" | tr '\n' '|')"
else
	ok "only MEP rows under the filter"
fi
tui_keys f C-u Enter
tui_wait "an empty filter shows everything again" "$(msgf_re 'Vacancies: open (%zu)' "$open")"
tui_keys f
tui_text "colour:red"
tui_keys Enter
tui_wait "an unknown filter field is refused with a message" "$(msgf_re "Unknown filter field '%.*s'." 6 colour)"

# Search: FTS over titles; n moves to the next hit.
word=$(sql "$DB" "SELECT v.title FROM vacancy v WHERE v.status IN ('open','on_hold') GROUP BY v.title HAVING count(*) >= 2 ORDER BY v.title LIMIT 1" | cut -d ' ' -f 1)
tui_keys /
tui_text "$word"
tui_keys Enter
tui_wait "search reports its hits in the list" "$(msgf_re '  search: %s (%zu here)' "$word" 99 | sed 's/^ *//; s/99/[1-9][0-9]*/')"
p1=$(tui_status | sed -n "s/.*$VACS \\([0-9]*\\)\\/.*/\\1/p")
tui_keys n
p2=$(tui_status | sed -n "s/.*$VACS \\([0-9]*\\)\\/.*/\\1/p")
if [ -n "$p1" ] && [ -n "$p2" ] && [ "$p1" != "$p2" ]; then
	ok "n moves to another hit ($p1 -> $p2)"
else
	not_ok "n moves to another hit" "position $p1 -> $p2"
fi
tui_keys N
p3=$(tui_status | sed -n "s/.*$VACS \\([0-9]*\\)\\/.*/\\1/p")
expect_eq "N goes back to the previous hit" "$p3" "$p1"
tui_keys Escape

# The filled tab.
tui_keys t
tui_wait "t shows the vacancies filled in the last four weeks" "$(msgf_re 'Vacancies: filled %s to %s (%zu)' 2026-10-26 2026-11-23 0 | sed 's/ .(0.*//')"
tui_keys p
tui_text "365"
tui_keys Enter
nfilled=$(sql "$DB" "SELECT count(*) FROM vacancy WHERE status = 'vervuld' AND closed_on BETWEEN '2025-11-23' AND '2026-11-23'")
tui_wait "p chooses the period (365 days)" "$(msgf_re 'Vacancies: filled %s to %s (%zu)' 2025-11-23 2026-11-23 "$nfilled")"
tui_has "the filled tab says who filled them" "$(msg 'Filled by')"
tui_keys t

# Candidates, detail, help.
tui_keys 2
tui_wait "2 shows the candidates" "$(t_candidates "$ncand")"
tui_wait "the reverse ranking follows a candidate" "$MATCHES [A-Z]+/K-[0-9]+:.*$(msg vacancies)"
tui_keys Enter
tui_wait "Enter opens the candidate's detail" "$(msgf_re 'Detail of candidate %s (Esc: back)' @K | sed 's,@K,[A-Z]+/K-[0-9]+,')"
tui_has "the detail shows contact details outside the meeting" "$(msg Phone)"
tui_keys Escape
tui_wait "Esc goes back to the list" "$(t_candidates "$ncand")"
tui_keys 1 g
tui_screen
sel=$(sed -n 4p "$SCREEN" | awk '{ print $2 }')
tui_keys Enter
tui_wait "Enter on a vacancy opens its detail" "$(msgf_re 'Detail of vacancy %s (Esc: back)' "$sel")"
tui_keys Escape '?'
tui_wait "? opens the help" "$(msg_re 'Help: the keys (/ searches, Esc: back)')"
tui_has "the help lists the search key" "^ /  +$(msg 'Search the list')"
tui_keys q
tui_wait "q leaves the help" "$(msg_re 'Vacancies: open (%zu)' | sed 's/ .(.*//')"
tui_stop "q quits without a question outside the meeting"
audits=$(sql "$DB" "SELECT count(*) FROM audit_log WHERE action = 'view' AND record_type = 'candidate'")
expect_eq "opening the candidate's detail wrote one audit row" "$audits" $((audit0 + 1))
finish
