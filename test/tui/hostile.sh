# test/tui/hostile.sh: names and titles with escape sequences (CSI, OSC
# title and hyperlink), CR, BS, a bidi override, wide and Arabic
# characters are drawn inert (U+FFFD for what must not reach the
# terminal) and the columns after them stay aligned.
. "$WB_ROOT/test/lib.sh"
. "$WB_ROOT/test/tui/tui.lib"

tui_need
need_demo "hostile text on the demo" || finish
cp_db "$WB_DEMO" demo.db
DB=$T/demo.db
sql "$DB" "
INSERT INTO candidate (partner_id, ref, first_name, last_name, pc4, target_group, consent, registered_on, status)
SELECT 1, 'A-EVIL1', 'Evil' || char(27) || '[31mRood', char(27) || ']0;pwned' || char(7) || 'Naam' || char(13) || 'CR' || char(8) || 'BS', pc4, 'ww', 1, '2026-01-01', 'beschikbaar' FROM candidate LIMIT 1;
INSERT INTO candidate (partner_id, ref, first_name, last_name, pc4, target_group, consent, registered_on, status)
SELECT 1, 'A-EVIL2', '山田太郎', char(8238) || 'desrever' || char(8236), pc4, 'ww', 1, '2026-01-01', 'beschikbaar' FROM candidate LIMIT 1;
INSERT INTO candidate (partner_id, ref, first_name, last_name, pc4, target_group, consent, registered_on, status)
SELECT 1, 'A-EVIL3', 'محمد', 'Özdemir-Çelik', pc4, 'ww', 1, '2026-01-01', 'beschikbaar' FROM candidate LIMIT 1;
UPDATE employer SET name = 'Bakkerij ' || char(27) || ']8;;http://x.invalid' || char(27) || '\\Klik' || char(27) || ']8;;' || char(27) || '\\ BV' WHERE id = (SELECT employer_id FROM vacancy WHERE status IN ('open','on_hold') ORDER BY collected_on, id LIMIT 1);
" || { not_ok "hostile rows stored" "sqlite3 failed"; finish; }

tui_start 120 40 --db "$DB"
tui_wait "the list is up" "$(t_open)"
tui_has "an OSC 8 hyperlink in an employer name shows inert" "Bakkerij �\]8;;http"
tui_keys 2
tui_wait "the candidates list" "$(t_candidates) \\("
tui_wait "the hostile candidates come first" "^ MEP/A-EVIL1 "
tui_has "a CSI sequence in a name shows inert" "Evil�\[31mRood"
tui_has "a bidi override shows inert" "�desrever�"
tui_has "wide characters are drawn" "山田太郎"
tui_has "Arabic and diacritics are drawn" "محمد Özdemir-Çelik"
title=$(_tmux display-message -p -t wb '#{pane_title}' 2>/dev/null)
case $title in
*pwned*)	not_ok "the terminal title is untouched" "pane title is '$title'" ;;
*)		ok "the terminal title is untouched" ;;
esac
tui_screen
check_py "the status column is aligned on every row" "$SCREEN" \
    "$(MSG_LANG=$TUI_LANG vocab_word candidate_status beschikbaar)" \
    "$(MSG_LANG=$TUI_LANG vocab_word candidate_status in_traject)" \
    "$(MSG_LANG=$TUI_LANG vocab_word candidate_status geplaatst)" \
    "$(MSG_LANG=$TUI_LANG vocab_word candidate_status inactief)" <<'PY'
import sys, unicodedata
def width(s):
    w = 0
    for ch in s:
        if unicodedata.combining(ch):
            continue
        w += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return w
cols = set()
for line in open(sys.argv[1], encoding="utf-8"):
    if "/A-EVIL" in line or "/K-" in line:
        for word in sys.argv[2:6]:
            i = line.find(" " + word)
            if i >= 0 and line[:i].count("/") >= 1:
                cols.add(width(line[:i]))
                break
assert len(cols) == 1, cols
PY
tui_keys Enter
tui_wait "the detail of a hostile candidate" "$(t_detail candidate MEP/A-EVIL1)"
tui_has "the detail shows the name inert" "Evil�\[31mRood"
tui_has "an OSC title sequence, CR and BS show inert" "�\]0;pwned�Naam CR�BS"
tui_stop
finish
