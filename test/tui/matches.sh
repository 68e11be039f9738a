# test/tui/matches.sh: the matches beside a vacancy (side by side when
# wide, stacked when narrow) agree with `werkbank match`; x lists the
# excluded with their reasons; Enter opens a candidate; from a candidate
# the reverse ranking of vacancies.
. "$WB_ROOT/test/lib.sh"
. "$WB_ROOT/test/tui/tui.lib"

tui_need
need_demo "matches on the demo" || finish
cp_db "$WB_DEMO" demo.db
DB=$T/demo.db
vac=$(sql "$DB" "SELECT p.code || '/' || v.ref FROM vacancy v JOIN partner p ON p.id = v.partner_id WHERE v.status IN ('open','on_hold') ORDER BY v.collected_on, v.id LIMIT 1")
"$WB" --db "$DB" match "$vac" --csv --top 3 --excluded </dev/null >match.csv 2>/dev/null
r1=$(awk -F, '$1 == "1" { print $2 }' match.csv)
r2=$(awk -F, '$1 == "2" { print $2 }' match.csv)
r3=$(awk -F, '$1 == "3" { print $2 }' match.csv)
ex=$(awk -F, 'NR > 1 && $1 == "" { print $2; exit }' match.csv)
# The notes of --csv are English with codes; the screen shows them in
# the language of the run.
note=$(awk -F, 'NR > 1 && $1 == "" { print $NF; exit }' match.csv | sed 's/;.*//')
case $note in
"too far: "*)	reason=$(msg_re 'too far: %s km > %s km' | sed 's/\.\*.*//') ;;
"status "*)	reason=$(msgf_re 'status %s' "$(vocab_word candidate_status "${note#status }")") ;;
*)		reason=$(msg "$note" | cut -c 1-18) ;;
esac
MATCHES=$(msg_re 'Matches for %s: %zu of %zu %s pass (x: excluded)  %s' | sed 's/ \.\*:.*//')

tui_start 160 45 --db "$DB"
tui_wait "wide: the matches pane opens beside the list" "$(msg_re 'Vacancies: open (%zu)' | sed 's/ .(.*//') .*│? *$MATCHES $vac"
tui_wait "rank 1 is werkbank match's first" "^.*│ +1 $r1 "
tui_has "rank 2 is werkbank match's second" "^.*│ +2 $r2 "
tui_has "rank 3 is werkbank match's third" "^.*│ +3 $r3 "
tui_has "the parts are shown when wide" "│.* $(msg Occ) +$(msg Skl) +$(msg Edu)"
tui_keys Tab x
tui_wait "x lists the excluded" "$(msg_re 'Excluded for %s: %zu of %zu %s (x: ranked)  %s' | sed 's/ \.\*:.*//') $vac"
tui_has "an excluded candidate is listed" "│ +- $ex "
tui_has "with the reason" "│ +- $ex .*$reason"
tui_keys x
tui_wait "x again goes back to the ranked" "$(msgf_re 'Matches for %s: %zu of %zu %s pass (x: excluded)  %s' "$vac" 0 0 @W @T | sed 's/ 0 .*@W/.*/; s/ .(x: .*//')"
tui_keys g Enter
tui_wait "Enter in the matches opens the candidate" "$(msgf_re 'Detail of candidate %s (Esc: back)' "$r1")"
tui_keys Escape

# Narrow: stacked, the list above the matches.
tui_resize 100 40
tui_screen
line=$(grep -E -n "$MATCHES $vac" "$SCREEN" | head -n 1 | cut -d : -f 1)
if [ -n "$line" ] && [ "$line" -gt 5 ]; then
	ok "narrow: the matches pane is stacked under the list (line $line)"
else
	not_ok "narrow: the matches pane is stacked" "caption on line '$line'"
fi
tui_keys m
tui_hasnt "m hides the matches pane" "$MATCHES"
tui_keys m
tui_wait "m shows it again" "$MATCHES $vac"

# The reverse: a candidate in the pool.
cand=$(sql "$DB" "SELECT p.code || '/' || c.ref FROM candidate c JOIN partner p ON p.id = c.partner_id WHERE c.status = 'beschikbaar' AND c.consent = 1 ORDER BY c.partner_id, c.ref LIMIT 1")
"$WB" --db "$DB" match --candidate "$cand" --csv --top 1 </dev/null >rev.csv 2>/dev/null
v1=$(awk -F, '$1 == "1" { print $2 }' rev.csv)
tui_keys 2 f
tui_text "status:beschikbaar"
tui_keys Enter
tui_wait "the candidates filtered on status" "$(msgf_re '  filter: %s' status:beschikbaar | sed 's/^ *//')"
tui_keys g
tui_wait "the reverse ranking for the candidate" "$MATCHES $cand:.*$(msg vacancies)"
if [ -n "$v1" ]; then
	tui_has "its first vacancy is werkbank match --candidate's" "^ +1 $v1 "
else
	skip "its first vacancy" "no vacancy passes for $cand"
fi
tui_stop
finish
