# test/tui/hostile-raw.sh: hostile records (test/tui/hostile.sql: CSI
# and OSC 52 / OSC 8 / OSC 0 sequences, CR, BS, TAB, LF, bidi overrides
# and isolates, zero-width characters, a BOM, invalid UTF-8, C1 controls,
# 1,000-character names) through every screen and the CLI outputs, with
# the raw bytes werkbank writes captured (tmux pipe-pane; script(1) for
# the CLI on a terminal).  No data-originated control sequence is in the
# stream (the OSC 52 payload marker shows, never after an ESC ]), no C1,
# bidi or zero-width character, the stream is valid UTF-8, the columns
# stay aligned; LANG=C, POSIX and a Latin-1 locale give ASCII.
. "$WB_ROOT/test/lib.sh"
. "$WB_ROOT/test/tui/tui.lib"

tui_need
need_demo "hostile text on the demo" || finish
cp_db "$WB_DEMO" demo.db
DB=$T/demo.db
sqlite3 -batch "$DB" <"$WB_ROOT/test/tui/hostile.sql" ||
    { not_ok "hostile rows stored" "sqlite3 failed"; finish; }
vac=$(sql "$DB" "SELECT p.code || '/' || v.ref FROM vacancy v JOIN partner p ON p.id = v.partner_id WHERE v.status IN ('open','on_hold') ORDER BY v.collected_on, v.id LIMIT 1")

# stream_ok NAME FILE tui|cli [MARKER...]: the bytes in FILE carry no
# data-originated control; each MARKER (text of the data) shows in them.
stream_ok() {
	_n=$1
	shift
	check_py "$_n" "$@" <<'PY'
import re, sys
path, mode, markers = sys.argv[1], sys.argv[2], sys.argv[3:]
raw = open(path, "rb").read()
assert raw, "nothing captured"
# Exactly the sequences the data holds, and any OSC or 8-bit C1 at all.
for seq in (b"\x1b[1;2;3;4;5;6;7;8;9m", b"\x1b]", b"\x1bP", b"\x1b^", b"\x1b_",
            b"\xc2\x9b", b"\xc2\x9c", b"\xc2\x9d"):
    assert seq not in raw, "data-originated %r in the stream" % seq
text = raw.decode("utf-8")          # strict: invalid UTF-8 fails here
bad = [c for c in text if 0x80 <= ord(c) < 0xa0 or ord(c) == 0x061c or
       0x200b <= ord(c) <= 0x200f or 0x2028 <= ord(c) <= 0x202e or
       0x2060 <= ord(c) <= 0x206f or ord(c) == 0xfeff]
assert not bad, "unsafe characters: %r" % sorted(set(bad))[:8]
if mode == "cli":
    ctl = sorted(set(c for c in text if ord(c) < 0x20 and c not in "\r\n"))
    assert not ctl, "control characters on a CLI terminal: %r" % ctl
for m in markers:
    assert m in text, "marker %r not shown" % m
PY
}

# The screens, with the stream captured from the first redraw on.
tui_start 120 40 --db "$DB"
tui_wait "the list is up" "$(t_open)" 10 || { tui_stop; finish; }
: >tui.raw
_tmux pipe-pane -o -t wb "cat >>'$T/tui.raw'"
tui_keys C-l
tui_wait "vacancies: the hostile title shows inert" "Titel�\]52;c;TUtPU0M1Mg==�"
tui_keys Enter
tui_wait "vacancy detail" "$(t_detail vacancy "$vac")"
tui_has "vacancy detail: the employer's OSC 8 shows inert" "Bakkerij �\]8;;http://mkosc8"
tui_keys Escape 3
tui_wait "the matches screen" "$(t_matches)"
tui_keys 2
tui_wait "the candidates list" "$(t_candidates) \\("
tui_wait "the hostile candidates come first" "^ MEP/A-HOST1 "
tui_screen cands.txt
for i in 1 2 3 4 5; do
	tui_keys Enter
	tui_wait "candidate detail A-HOST$i" "$(t_detail candidate "MEP/A-HOST$i")"
	cp "$SCREEN" "detail$i.txt"
	tui_keys Escape j
done
grep -q "Csi�\[1;2;3;4;5;6;7;8;9mRood�\[2J" detail1.txt &&
    ok "detail: CSI inert" || not_ok "detail: CSI inert" "$(grep Csi detail1.txt)"
grep -q "Osc�\]52;c;TUtPU0M1Mg==�Klembord" detail1.txt &&
    ok "detail: OSC 52 inert" || not_ok "detail: OSC 52 inert" "$(grep Osc detail1.txt)"
grep -q "Cr Bs��Tab Lf X" detail3.txt &&
    ok "detail: CR, BS, TAB, LF inert" || not_ok "detail: CR, BS, TAB, LF inert" "$(grep Cr detail3.txt)"
grep -q "Bidi�esrever�iso��" detail3.txt &&
    ok "detail: bidi override and isolates inert" || not_ok "detail: bidi inert" "$(grep Bidi detail3.txt)"
grep -q "Zero�Width�Bom�" detail4.txt &&
    ok "detail: zero-width characters and BOM inert" || not_ok "detail: zero-width inert" "$(grep Zero detail4.txt)"
grep -q "Bad�Utf��Eight����C1�31m�0;MKC1�" detail4.txt &&
    ok "detail: invalid UTF-8 and C1 inert" || not_ok "detail: invalid UTF-8 and C1 inert" "$(grep Bad detail4.txt)"
grep -q "WäWäWä" detail5.txt &&
    ok "detail: the 1,000-character name shows" || not_ok "detail: the long name" "$(head -c 300 detail5.txt)"
tui_keys 5
tui_wait "the help screen" "Keys|Toetsen|help"
tui_keys q 6
tui_wait "the report screen" "Report|Rapport"
tui_keys b b
tui_keys M
sleep 0.3
tui_keys y 2
tui_wait "meeting mode" "$(t_msg MEETING)"
tui_keys 1 Enter
sleep 0.5
title=$(_tmux display-message -p -t wb '#{pane_title}' 2>/dev/null)
case $title in
*MKTITLE*)	not_ok "the terminal title is untouched" "pane title is '$title'" ;;
*)		ok "the terminal title is untouched" ;;
esac
_tmux pipe-pane -t wb
tui_stop
echo "# screens: $(wc -c <tui.raw) bytes captured"
stream_ok "screens: no data-originated control sequence in the raw stream" \
    tui.raw tui "TUtPU0M1Mg" "MKTITLE" "mkosc8.invalid" "1;2;3;4;5;6;7;8;9m"
check_py "candidates: the status column is aligned on every hostile row" cands.txt \
    "$(MSG_LANG=$TUI_LANG vocab_word candidate_status beschikbaar)" <<'PY'
import sys, unicodedata
def width(s):
    return sum(0 if unicodedata.combining(c) else
               2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
cols = {}
for line in open(sys.argv[1], encoding="utf-8"):
    if "/A-HOST" in line or "/K-" in line:
        i = line.find(" " + sys.argv[2])
        if i >= 0:
            cols[line[:14]] = width(line[:i])
assert len([k for k in cols if "A-HOST" in k]) == 5, cols
assert len(set(cols.values())) == 1, cols
PY

# The CLI on a terminal: every output that shows data.
if ! command -v script >/dev/null 2>&1; then
	skip "CLI outputs on a terminal" "no script(1)"
	finish
fi
n=0
while read -r what; do
	n=$((n + 1))
	# shellcheck disable=SC2086
	script -q -e -c "'$WB' --db '$DB' $what" /dev/null </dev/null >"cli$n.raw" 2>&1
	st=$?
	if [ "$st" -ge 128 ] || _sanitizer_report "cli$n.raw"; then
		not_ok "werkbank $what: no crash" "exit $st: $(_excerpt "cli$n.raw")"
		continue
	fi
	stream_ok "werkbank $what: nothing data-originated reaches the terminal" \
	    "cli$n.raw" cli
done <<EOF2
partners
partners --csv
partners --json
users
users --csv
users --json
match $vac
match $vac --csv
match $vac --json
match --candidate MEP/A-HOST1
match --candidate MEP/A-HOST4 --json
match --candidate MEP/A-HOST5 --csv
export candidates
export vacancies
report --by partner
report --by partner --json
audit
EOF2
# Which of them show the data itself (the rest show keys and figures).
grep -a -q "TUtPU0M1Mg" cli13.raw && ok "export to a terminal shows the OSC 52 payload inert" ||
    not_ok "export shows the payload" "$(head -c 200 cli13.raw)"
grep -a -q "Titel�\]52;c;TUtPU0M1Mg" cli14.raw && ok "export vacancies: the title inert" ||
    not_ok "export vacancies: the title inert" "$(grep -a Titel cli14.raw | head -c 200)"

# Columns of the CLI tables stay aligned around hostile names.
"$WB" --db "$DB" partners </dev/null >partners.txt 2>&1
check_py "partners: the Kind column is aligned" partners.txt "$(msg Kind)" \
    "$(vocab_word partner_kind gemeente)" "$(vocab_word partner_kind sw_bedrijf)" \
    "$(vocab_word partner_kind uwv)" "$(vocab_word partner_kind overig)" <<'PY'
import sys, unicodedata
def width(s):
    return sum(0 if unicodedata.combining(c) else
               2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
head = width(lines[0][:lines[0].index(sys.argv[2])])
for l in lines[1:]:
    # The kind's word where the Kind column starts (a partner's name may
    # hold the same word: UWV).
    found = [i for k in sys.argv[3:7] for i in range(len(l))
             if l.startswith("  " + k + " ", i)]
    assert found, "no kind in %r" % l
    assert any(width(l[:i + 2]) == head for i in found), (l, head)
PY

# Not UTF-8: ASCII, never garbage (bytes a C terminal would show wrong).
latin1=
if mkdir -p .locale && localedef -c -i nl_NL -f ISO-8859-1 .locale/nl_NL.ISO-8859-1 \
    >/dev/null 2>&1 || [ -e .locale/nl_NL.ISO-8859-1/LC_CTYPE ]; then
	latin1=nl_NL.ISO-8859-1
fi
for loc in C POSIX $latin1; do
	env LANG=$loc LC_ALL= LOCPATH="$T/.locale" "$WB" --db "$DB" partners \
	    </dev/null >"$loc.out" 2>&1
	check_py "LANG=$loc: werkbank partners is ASCII" "$loc.out" <<'PY'
import sys
raw = open(sys.argv[1], "rb").read()
assert raw and max(raw) < 0x80, [hex(b) for b in raw if b >= 0x80][:5]
assert b"Gemeente?]0;MKTITLE??Rev Tab?" in raw, raw[:300]
PY
	env LANG=$loc LC_ALL= LOCPATH="$T/.locale" "$WB" --db "$T/missing.db" partners \
	    </dev/null >"$loc.err" 2>&1
	check_py "LANG=$loc: a message is ASCII" "$loc.err" <<'PY'
import sys
raw = open(sys.argv[1], "rb").read()
assert raw and max(raw) < 0x80, raw
PY
done
[ -n "$latin1" ] || skip "a Latin-1 locale" "localedef could not make nl_NL.ISO-8859-1"
TUI_LANG=C
tui_start 120 40 --db "$DB"
tui_wait "LANG=C: the screen comes up" "$(t_open)" 10
: >c.raw
_tmux pipe-pane -o -t wb "cat >>'$T/c.raw'"
tui_keys C-l 2
tui_wait "LANG=C: the candidates" "$(t_candidates) \\("
tui_keys Enter
tui_wait "LANG=C: a hostile detail" "$(t_detail candidate MEP/A-HOST1)"
tui_has "LANG=C: the CSI shows as ASCII" "Csi\?\[1;2;3;4;5;6;7;8;9mRood\?\[2J"
_tmux pipe-pane -t wb
tui_stop "LANG=C: werkbank exits cleanly"
check_py "LANG=C: the screen's raw stream is ASCII" c.raw <<'PY'
import sys
raw = open(sys.argv[1], "rb").read()
assert raw and max(raw) < 0x80, [hex(b) for b in raw if b >= 0x80][:5]
assert b"\x1b[1;2;3;4;5;6;7;8;9m" not in raw and b"\x1b]" not in raw
PY
finish
