# test/tui/resize.sh: resizing 120x40 -> 60x16 -> 40x10 -> 200x60 keeps
# the selection; below 60x16 a "too small" screen; 80x24 still shows the
# key, the title and the matches; the title line squeezes its tabs so
# that every screen's digit stays in sight.
. "$WB_ROOT/test/lib.sh"
. "$WB_ROOT/test/tui/tui.lib"

tui_need
need_demo "resizing on the demo" || finish
cp_db "$WB_DEMO" demo.db
DB=$T/demo.db
open=$(sql "$DB" "SELECT count(*) FROM vacancy WHERE status IN ('open','on_hold')")
key=$(sql "$DB" "SELECT p.code || '/' || v.ref FROM vacancy v JOIN partner p ON p.id = v.partner_id WHERE v.status IN ('open','on_hold') ORDER BY v.collected_on, v.id LIMIT 1 OFFSET 6")

tui_start 120 40 --db "$DB"
tui_wait "the list is up at 120x40" "$(t_open)"
tui_keys j j j j j j
tui_wait "the seventh vacancy is selected" "$(t_msg Vacancies) 7/$open"
tui_wait "its matches follow" "$(t_matches) $key"
tui_resize 60 16
tui_wait "60x16: still the list" "$(t_msg Vacancies) 7/$open"
tui_has "60x16: the selected key is on screen" "$key"
tui_has "60x16: every screen's digit is on the title line" "^ 1 $(t_msg Vacancies) .*7 .*8 .*9"
tui_resize 40 10
tui_wait "40x10: the terminal-too-small screen" "$(MSG_LANG=$TUI_LANG msgf_re 'Terminal too small: %dx%d.' 40 10)"
tui_keys j
tui_resize 200 60
tui_wait "200x60: the selection is kept" "$(t_msg Vacancies) 7/$open"
tui_has "200x60: the selected key is on screen" "$key"
tui_has "200x60: side by side" "$(t_open) .*│$(t_matches) $key"
tui_resize 80 24
tui_wait "80x24: the selection is kept" "$(t_msg Vacancies) 7/$open"
tui_has "80x24: keys and titles show" "^ +[0-9]+ $key [A-Z]"
tui_has "80x24: the matches are stacked under the list" "^$(t_matches) $key"
tui_has "80x24: the help key is named" "\\? $(t_msg Help)\$"
tui_has "80x24: every screen's digit and the active title" "^ 1 $(t_msg Vacancies) .* 5 .* 9"
tui_stop
finish
