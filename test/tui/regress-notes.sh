# test/tui/regress-notes.sh: walk-through, "the employer screen cuts long
# notes".  A contact's note and what was agreed are the account manager's
# memory of a visit; on the employer's screen they stood on one line, cut
# at the edge of the column.  Now they are wrapped in the column, whole,
# and wrapped again when the terminal changes size.  The account manager
# is named as the team knows them, not by login.
#
#   walk/employer-long-note	every word of a long note on the screen,
#				at 100x30 and after a resize to 80x24
#   walk/placement-to-come	a placement that starts next week is not
#				"working" yet
. "$WB_ROOT/test/lib.sh"
. "$WB_ROOT/test/tui/tui.lib"

tui_need
need_demo "long notes on the demo" || finish
cp_db "$WB_DEMO" demo.db && chmod 0660 demo.db
DB=$T/demo.db
E=$(sql "$DB" "SELECT p.code || '/' || e.ref FROM employer e JOIN partner p ON
    p.id = e.partner_id WHERE e.ref IS NOT NULL ORDER BY e.id LIMIT 1")
NOTE="Lang gesprek met de eigenaar over de nieuwe vestiging in Havelte: zij zoeken vanaf maart vier orderpickers en een heftruckchauffeur, bij voorkeur mensen uit de buurt die ook in het weekend kunnen werken; de eigenaar wil eerst een proefplaatsing van twee weken (slotwoord)."
"$WB" --db "$DB" employer edit "$E" name="000 Notities BV" </dev/null >/dev/null 2>&1
"$WB" --db "$DB" contact add "$E" --type bezoek --note "$NOTE" \
    --agreed "Wij sturen voor 15 december drie profielen (afspraakeinde)." \
    --yes </dev/null >/dev/null 2>&1
[ "$(sql "$DB" "SELECT count(*) FROM employer_contact WHERE note LIKE '%(slotwoord).'")" = 1 ] ||
    { not_ok "setup: the contact with the long note" "not stored"; finish; }
# walk/placement-to-come: a placement that starts next week showed as
# "werkt" on the employer's screen.
EID=$(sql "$DB" "SELECT e.id FROM employer e JOIN partner p ON p.id = e.partner_id
    WHERE p.code || '/' || e.ref = '$E'")
V=$(sql "$DB" "SELECT p.code || '/' || v.ref FROM vacancy v JOIN partner p ON p.id = v.partner_id
    WHERE v.employer_id = $EID AND v.status = 'open' ORDER BY v.id LIMIT 1")
C=$(sql "$DB" "SELECT p.code || '/' || c.ref FROM candidate c JOIN partner p ON p.id = c.partner_id
    WHERE c.status = 'beschikbaar' AND c.consent = 1 AND NOT EXISTS (SELECT 1 FROM proposal x
    WHERE x.candidate_id = c.id) ORDER BY c.id LIMIT 1")
START=$(date -d "$WERKBANK_TODAY 7 days" +%Y-%m-%d)
if [ -n "$V" ] && [ -n "$C" ]; then
	"$WB" --db "$DB" propose "$V" "$C" </dev/null >/dev/null 2>&1
	"$WB" --db "$DB" advance "$V" "$C" interview </dev/null >/dev/null 2>&1
	"$WB" --db "$DB" advance "$V" "$C" placed --start "$START" --contract \
	    tijdelijk --hours 24 </dev/null >/dev/null 2>&1
fi

# Every word of the note on the screen, in order (the words of its lines).
words_shown() {
	tui_screen note.scr
	python3 - "$NOTE" note.scr <<'PY'
import sys
note = sys.argv[1].split()
screen = open(sys.argv[2]).read().split()
i = 0
for w in screen:
    if i < len(note) and w == note[i]:
        i += 1
sys.exit(0 if i == len(note) else 1)
PY
}

tui_start 100 30 --db "$DB"
tui_wait "the list is up" "$(msg_re 'Vacancies: open (%zu)' | sed 's/ .(.*//')"
tui_keys 9
tui_wait "9: the employers" "000 Notities BV"
tui_keys Enter
tui_wait "Enter: the employer" "000 Notities BV \\($E\\)"
tui_wait "walk/employer-long-note: the note's last word on the screen" "\\(slotwoord\\)\\."
if words_shown; then ok "walk/employer-long-note: every word of the note, in order, at 100x30"
else not_ok "walk/employer-long-note: every word of the note, in order, at 100x30" \
    "$(tr '\n' '|' <note.scr)"; fi
tui_has "walk/employer-long-note: what was agreed, whole" "\\(afspraakeinde\\)\\."
if [ -n "$V" ] && [ -n "$C" ]; then
	tui_has "walk/placement-to-come: a start to come is not at work yet" \
	    "$(msg placement) +$START +$V +$(msg 'to start')"
else
	skip "walk/placement-to-come" "no open vacancy of $E or no candidate free"
fi
tui_resize 80 24
tui_wait "after a resize to 80x24: the note's last word still on the screen" "\\(slotwoord\\)\\." 5
if words_shown; then ok "walk/employer-long-note: every word of the note, in order, at 80x24"
else not_ok "walk/employer-long-note: every word of the note, in order, at 80x24" \
    "$(tr '\n' '|' <note.scr)"; fi
tui_stop
finish
