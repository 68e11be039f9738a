# test/tui/dutch-words.sh: no code of a closed set reaches a Dutch user
# (issue 12).  A walk through the demo at 100x30 in nl_NL.UTF-8 (every
# screen, a vacancy's and a candidate's detail, the excluded candidates
# with their reasons, the report by target group, an edit form), and the
# agenda, the minutes (with the steps taken during the meeting) and the
# report as werkbank writes them; then every code of `werkbank words`
# that is not itself a Dutch word people read (on_hold, in_traject,
# not_chosen, geen_zwaar_tillen, lks, mbo2, sw_bedrijf, ...) is looked
# for in all of it.  Runs in the Dutch pass of test/run.
. "$WB_ROOT/test/lib.sh"
. "$WB_ROOT/test/tui/tui.lib"

tui_need
if ! is_dutch || ! dutch_locale; then
	skip "Dutch words" "for the nl_NL.UTF-8 pass of test/run"
	finish
fi
need_demo "Dutch words on the demo" || finish
cp_db "$WB_DEMO" demo.db && chmod 0660 demo.db
DB=$T/demo.db
ME=$(id -un)
mkdir -p shots
n=0
shot() {	# shot NAME: keep the screen
	n=$((n + 1))
	sleep 0.4
	tui_screen "$T/shots/$n-$1.txt"
}

# A vacancy on hold and a proposal not chosen, so that both show.
V=$(sql "$DB" "SELECT p.code || '/' || v.ref FROM vacancy v JOIN partner p ON
    p.id = v.partner_id WHERE v.status = 'open' ORDER BY v.collected_on LIMIT 1")
"$WB" --db "$DB" vacancy hold "$V" --note "werkgever twijfelt" </dev/null >/dev/null 2>&1
check "setup: a vacancy on hold" test "$(sql "$DB" "SELECT count(*) FROM vacancy
    WHERE status = 'on_hold'")" -gt 0

tui_start 100 30 --db "$DB"
tui_wait "the lists are up, in Dutch" "$(t_open)"
shot vacancies
tui_keys Tab
shot matches
tui_keys x
shot excluded
tui_keys x Tab Enter
shot vacancy-detail
tui_keys G
shot vacancy-detail-end
tui_keys Escape 2
shot candidates
tui_keys Enter
shot candidate-detail
tui_keys G
shot candidate-detail-end
tui_keys Escape Tab x
shot candidate-excluded
tui_keys x Tab 3
shot matches-screen
tui_keys 6
shot report
tui_keys b
shot report-target-groups
tui_keys G
shot report-target-groups-end
tui_keys b b b 7
shot followup
tui_keys 8
shot meeting
tui_keys G
shot meeting-end
tui_keys 9 Enter
shot employer
tui_keys Escape 1 e
shot vacancy-form
tui_keys Tab Tab Tab Tab Tab Tab Tab Tab Tab Tab Tab Tab Tab Tab
shot vacancy-form-end
tui_keys Escape
tui_stop

# The agenda, a meeting with steps and an on-hold, its minutes, the report.
LANG=$NL_LANG run "$WB" --db "$DB" meeting agenda
cp "$OUT" shots/agenda.md
LANG=$NL_LANG run "$WB" --db "$DB" meeting start
C=$(sql "$DB" "SELECT p.code || '/' || c.ref FROM candidate c JOIN partner p ON
    p.id = c.partner_id WHERE c.status = 'beschikbaar' AND c.consent = 1 AND NOT
    EXISTS (SELECT 1 FROM proposal WHERE candidate_id = c.id) ORDER BY c.id LIMIT 1")
V2=$(sql "$DB" "SELECT p.code || '/' || v.ref FROM vacancy v JOIN partner p ON
    p.id = v.partner_id WHERE v.status = 'open' ORDER BY v.id LIMIT 1")
LANG=$NL_LANG run "$WB" --db "$DB" propose "$V2" "$C" --yes
LANG=$NL_LANG run "$WB" --db "$DB" advance "$V2" "$C" not_chosen
cp "$OUT" shots/advance.txt
LANG=$NL_LANG run "$WB" --db "$DB" meeting end
LANG=$NL_LANG run "$WB" --db "$DB" meeting minutes shots/minutes.md
check "the minutes are written" test -s shots/minutes.md
LANG=$NL_LANG run "$WB" --db "$DB" report --by target_group
cp "$OUT" shots/report.txt
LANG=$NL_LANG run "$WB" --db "$DB" report --by target_group --markdown shots/report.md
LANG=$NL_LANG run "$WB" --db "$DB" vacancy show "$V"
cp "$OUT" shots/vacancy-show.txt
LANG=$NL_LANG run "$WB" --db "$DB" match "$V2" --excluded --top 5
cp "$OUT" shots/match.txt

LANG=$NL_LANG LC_ALL= "$WB" words --json </dev/null >words.json
check_py "no code of a closed set in the Dutch screens, agenda, minutes and report" \
    words.json shots <<'PY'
import json, os, re, sys
words = json.load(open(sys.argv[1]))
shown = ' '.join(w['word'] for w in words)
# A code that is also a word people read (open, bijstand, auto ...) may
# show; the others may not.
codes = sorted({w['code'] for w in words
                if len(w['code']) >= 3 and re.search('[a-z]', w['code']) and
                not re.search(r'(?<![\w-])' + re.escape(w['code']) + r'(?![\w-])', shown)})
assert 'on_hold' in codes and 'geen_zwaar_tillen' in codes and 'lks' in codes, codes
found = []
files = sorted(os.listdir(sys.argv[2]))
assert len(files) >= 25, files
for f in files:
    text = open(os.path.join(sys.argv[2], f), encoding='utf-8',
                errors='replace').read().replace('\\_', '_')
    for c in codes:
        for m in re.finditer(r'(?<![\w/-])' + re.escape(c) + r'(?![\w-])', text):
            line = text.count('\n', 0, m.start()) + 1
            found.append('%s:%d: %s' % (f, line, c))
assert not found, found[:8]
PY
# And the words do show: the on-hold vacancy, the step not chosen.
check "the on-hold vacancy shows as aangehouden" grep -q -r "$(msgc vacancy_status 'on hold')" shots
check "the step shows as niet gekozen" grep -q "$(msgc step 'not chosen')" shots/minutes.md
finish
