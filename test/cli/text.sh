# test/cli/text.sh: text from anywhere (issue 20) and files from Excel
# (issue 12), one named regression test per defect the outside corpora
# found, built from the small cases in test/corpus/ (see its README for
# where each comes from).
. "$WB_ROOT/test/lib.sh"

C=$WB_ROOT/test/corpus
q() { sqlite3 -batch -noheader db.db "$1"; }
new_db db.db || exit 1
printf 'code,name,kind\nMEP,Gemeente Meppel,gemeente\n' >partners.csv
"$WB" --db db.db import partners partners.csv </dev/null >/dev/null 2>&1

# aligned LOCALE WORD: every line of $OUT has WORD at the display column
# (the C library's wcswidth under LOCALE) where the header has HEADER.
aligned() {
	python3 - "$OUT" "$1" "$2" "$3" <<'PY'
import ctypes, sys
path, loc, header, word = sys.argv[1:]
libc = ctypes.CDLL(None)
assert libc.setlocale(0, loc.encode()), "no locale " + loc   # LC_CTYPE
libc.wcswidth.argtypes = [ctypes.c_wchar_p, ctypes.c_size_t]
def col(line, w):
    i = line.index(w)
    n = libc.wcswidth(line[:i], i)
    assert n >= 0, "unmeasurable text before %r: %r" % (w, line)
    return n
lines = open(path, encoding="utf-8").read().splitlines()
want = col(lines[0], header)
rows = [l for l in lines[1:] if word in l]
assert len(rows) >= 6, rows
for l in rows:
    assert col(l, word) == want, "%r: %d, header %d" % (l, col(l, word), want)
PY
}

# ---- widths in CLI tables (issue 20) ----
# Regression: the CLI's own width table gave the combining marks of
# Arabic, Hebrew, Thai and Devanagari and some emoji one column, so
# `werkbank employers` moved every column after these names.
wb --db db.db import employers "$C/employers-combining.csv"
expect_rc "names with combining marks import" 0
wb --db db.db employers
if aligned C.UTF-8 place Meppel >"$T/.py" 2>&1; then
	ok "employers: columns line up after names with harakat, Thai marks and emoji"
else
	not_ok "employers: columns line up after names with combining marks" "$(tail -n 2 "$T/.py")"
fi
if dutch_locale; then
	LANG=$NL_LANG run "$WB" --db db.db employers
	if aligned "$NL_LANG" plaats Meppel >"$T/.py" 2>&1; then
		ok "employers in Dutch: columns line up after names with combining marks"
	else
		not_ok "employers in Dutch: columns line up" "$(tail -n 2 "$T/.py")"
	fi
fi

# ---- audit detail that is not JSON (issue 20) ----
# Regression: importing quote"name.csv wrote the detail
# {"kind":"candidates","file":"quote"name.csv",...}, which is not JSON.
printf 'ref,partner,first_name,last_name,postcode,target_group,consent\nQ1,MEP,Jan,Jansen,7941,ww,ja\n' >'quote"name.csv'
wb --db db.db import candidates 'quote"name.csv'
expect_rc "a file named quote\"name.csv imports" 0
wb --db db.db audit --json
cp "$OUT" audit.json
check "audit --json is JSON (python3 -m json.tool)" python3 -m json.tool audit.json /dev/null
check_py "the import's audit detail is JSON naming the file as it is" audit.json <<'PY2'
import json, sys
rows = json.load(open(sys.argv[1]))
d = [json.loads(r["detail"]) for r in rows if r["action"] == "import"][-1]
assert d["file"] == 'quote"name.csv' and d["kind"] == "candidates", d
assert d["rows"] == 1 and d["stored"] == 1 and d["rejected"] == 0, d
PY2
wb --db db.db export candidates 'out"put.csv'
wb --db db.db audit --json
check_py "every JSON detail of the audit log parses" "$OUT" <<'PY2'
import json, sys
for r in json.load(open(sys.argv[1])):
    if (r["detail"] or "").startswith("{"):
        json.loads(r["detail"])
PY2
if dutch_locale && need_demo "report --json in Dutch"; then
	# Regression: printf followed LC_NUMERIC and wrote "nps":40,0.
	LANG=$NL_LANG run "$WB" --db "$WB_DEMO" report --json
	cp "$OUT" report.json
	check "report --json in $NL_LANG is JSON" python3 -m json.tool report.json /dev/null
	LANG=$NL_LANG run "$WB" --db "$WB_DEMO" employers --json
	check_py "employers --json in $NL_LANG: a rating is a number" "$OUT" <<'PY2'
import json, sys
rows = json.load(open(sys.argv[1]))
rated = [r["rating"] for r in rows if r["rating"] is not None]
assert rated and all(isinstance(x, (int, float)) for x in rated), rated[:5]
PY2
fi

finish
