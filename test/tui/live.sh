# test/tui/live.sh: another process changes the database; the screen
# shows it within 2 seconds and the selection stays where it was.
. "$WB_ROOT/test/lib.sh"
. "$WB_ROOT/test/tui/tui.lib"

tui_need
need_demo "live refresh on the demo" || finish
cp_db "$WB_DEMO" demo.db
DB=$T/demo.db
open=$(sql "$DB" "SELECT count(*) FROM vacancy WHERE status IN ('open','on_hold')")
id=$(sql "$DB" "SELECT id FROM vacancy WHERE status IN ('open','on_hold') ORDER BY collected_on, id LIMIT 1 OFFSET 2")

tui_start 120 40 --db "$DB"
tui_wait "the list is up" "$(t_open "$open")"
tui_keys j j
tui_wait "the third vacancy is selected" "$(t_msg Vacancies) 3/$open"
sleep 1
sql "$DB" "UPDATE vacancy SET title = 'Live veranderd', version = version + 1 WHERE id = $id"
tui_wait "the change shows within 2 s" "Live veranderd" 2
tui_has "the selection stayed on the third" "$(t_msg Vacancies) 3/$open"
# A new open vacancy from another session: the count goes up.
sql "$DB" "INSERT INTO vacancy (partner_id, ref, employer_id, title, isco_code, pc4, collected_on) SELECT partner_id, 'LIVE-1', employer_id, 'Nieuw binnen', isco_code, pc4, '2026-11-23' FROM vacancy WHERE id = $id"
tui_wait "a new vacancy shows within 2 s" "$(t_open $((open + 1)))" 2
tui_has "the selection stays on the same vacancy" "$(t_msg Vacancies) [34]/$((open + 1))"
tui_has "the selected row is still the changed one" "Live veranderd"
tui_stop
finish
