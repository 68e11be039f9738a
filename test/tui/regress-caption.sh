# test/tui/regress-caption.sh: issue 20, "a caption cut mid-character".
# The matches pane's caption ends in the selected candidate's name; it is
# built in a buffer of 512 bytes.  A name of letters with many combining
# marks (as the Big List of Naughty Strings has them) is short on screen
# but long in bytes: the buffer used to cut it inside a character, which
# showed as U+FFFD.  Now it ends at a whole letter with its marks, with an
# ellipsis.
#
#   issue20/caption-cut	no U+FFFD, an ellipsis, whole letters only
. "$WB_ROOT/test/lib.sh"
. "$WB_ROOT/test/tui/tui.lib"

tui_need
need_demo "the caption on the demo" || finish
if ! command -v sqlite3 >/dev/null 2>&1; then
	skip "the caption on the demo" "no sqlite3 to look inside"
	finish
fi
cp_db "$WB_DEMO" demo.db && chmod 0660 demo.db
DB=$T/demo.db
# The first partner's first candidate by key: the first row of screen 2.
P=$(sql "$DB" "SELECT partner_id FROM candidate ORDER BY partner_id LIMIT 1")
PC=$(sql "$DB" "SELECT pc4 FROM candidate ORDER BY id LIMIT 1")
# 60 times e with four combining marks (U+0300..U+0303; tmux keeps
# four): 9 bytes, one column each.
sql "$DB" "INSERT INTO candidate (partner_id, ref, first_name, last_name,
    pc4, target_group, consent, registered_on) VALUES ($P, '0-CAPT1', 'Z',
    (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE
    i < 60) SELECT group_concat('e' || char(768, 769, 770, 771),
    '') FROM n), '$PC', 'ww', 1, '2026-01-05')"
KEY=$(sql "$DB" "SELECT p.code || '/' || c.ref FROM candidate c JOIN partner p
    ON p.id = c.partner_id WHERE c.ref = '0-CAPT1'")

tui_start 240 40 --db "$DB"
tui_wait "the list is up" "Vacancies: open"
tui_keys 2 g
tui_wait "$KEY is selected, its matches beside" "Matches for $KEY: [0-9]" 30
line=$(grep "Matches for $KEY" "$SCREEN" | sed 's/.*│//')
echo "# $line"
case $line in
*"$(printf '\357\277\275')"*)
	not_ok "issue20/caption-cut: no half character (U+FFFD)" "$line" ;;
*)	ok "issue20/caption-cut: no half character (U+FFFD)" ;;
esac
case $line in
*"$(printf 'e\314\200\314\201\314\202\314\203')…")
	ok "... it ends in a whole letter with its marks and an ellipsis" ;;
*)	not_ok "... it ends in a whole letter with its marks and an ellipsis" \
	    "$line" ;;
esac
tui_stop
finish
