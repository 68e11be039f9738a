# test/lib.sh: helpers shared by the shell tests (test/cli/*.sh,
# test/tui/*.sh).  A test script sources it, defines named checks with
# the helpers below and ends with `finish`.  test/run sets up the
# environment (see there) and exports:
#
#   WB		the werkbank binary under test (absolute path)
#   WB_ROOT	the top of the source tree
#   WB_DEMO	a demo database made once per binary; use it read-only
#   WB_BUILD	"plain" or "san"
#
# Each script runs in a private empty directory (its cwd).  Every check
# prints "ok - NAME" or "not ok - NAME: DETAIL"; a check that cannot run
# here prints "skip - NAME: WHY" and counts as neither.  finish prints
# "# tally PASSED FAILED", which test/run adds up, and exits 1 on failure.
#
# Conventions: `run CMD...` runs a command with no standard input and
# leaves its exit status in $rc, its output in the files $OUT and $ERR.
# It reports a crash (a signal, or any sanitizer report) as a failure of
# its own, so that no check can pass over one unnoticed.

set -u

: "${WB:?WB is not set: run the tests through test/run}"
: "${WB_ROOT:?WB_ROOT is not set: run the tests through test/run}"

T=$(pwd)
OUT=$T/.out
ERR=$T/.err
rc=0
_passed=0
_failed=0
_skipped=0

ok() {		# ok NAME
	_passed=$((_passed + 1))
	printf 'ok - %s\n' "$1"
}

not_ok() {	# not_ok NAME DETAIL
	_failed=$((_failed + 1))
	printf 'not ok - %s: %s\n' "$1" "$2"
}

skip() {	# skip NAME WHY
	_skipped=$((_skipped + 1))
	printf 'skip - %s: %s\n' "$1" "$2"
}

# check NAME CMD...: passes when CMD succeeds.
check() {
	_name=$1
	shift
	if "$@"; then
		ok "$_name"
	else
		not_ok "$_name" "failed: $*"
	fi
}

# Show the first lines of a file in a failure detail.
_excerpt() {
	if [ -s "$1" ]; then
		head -n 5 "$1" | tr '\n' '|' | cut -c 1-300
	else
		printf '(empty)'
	fi
}

_sanitizer_report() {	# _sanitizer_report FILE: 0 when it holds one
	grep -E -q 'ERROR: (Address|Leak|Memory|Thread)Sanitizer|runtime error:|SUMMARY: (Address|Undefined|Leak)' "$1" 2>/dev/null
}

# run CMD...: stdin from /dev/null, stdout to $OUT, stderr to $ERR, exit
# status in $rc.
run() {
	rc=0
	"$@" </dev/null >"$OUT" 2>"$ERR" || rc=$?
	if [ "$rc" -ge 128 ] || _sanitizer_report "$ERR"; then
		not_ok "no crash: $*" "exit $rc; stderr: $(_excerpt "$ERR")"
	fi
	return 0
}

# wb ARGS...: run werkbank (see run).
wb() {
	run "$WB" "$@"
}

# expect_rc NAME N: the last run exited N.
expect_rc() {
	if [ "$rc" -eq "$2" ]; then
		ok "$1"
	else
		not_ok "$1" "exit $rc, expected $2; stderr: $(_excerpt "$ERR")"
	fi
}

# expect_out NAME ERE / expect_err NAME ERE: a line of the last run's
# stdout / stderr matches the extended regular expression.
expect_out() {
	if [ -z "$2" ]; then
		not_ok "$1" "the pattern is empty (a message not found?)"
	elif grep -E -q -e "$2" "$OUT"; then
		ok "$1"
	else
		not_ok "$1" "stdout has no line matching /$2/: $(_excerpt "$OUT")"
	fi
}

expect_err() {
	if [ -z "$2" ]; then
		not_ok "$1" "the pattern is empty (a message not found?)"
	elif grep -E -q -e "$2" "$ERR"; then
		ok "$1"
	else
		not_ok "$1" "stderr has no line matching /$2/: $(_excerpt "$ERR")"
	fi
}

# expect_no_out NAME ERE: no line of stdout matches.
expect_no_out() {
	if grep -E -q -e "$2" "$OUT"; then
		not_ok "$1" "stdout matches /$2/: $(_excerpt "$OUT")"
	else
		ok "$1"
	fi
}

# expect_empty NAME FILE
expect_empty() {
	if [ -s "$2" ]; then
		not_ok "$1" "$(basename "$2") is not empty: $(_excerpt "$2")"
	else
		ok "$1"
	fi
}

# check_py NAME ARGS... <<'PY' ... PY: passes when the Python script on
# standard input (run with ARGS) succeeds; a failed assert shows its value.
check_py() {
	_name=$1
	shift
	if python3 - "$@" >"$T/.py" 2>&1; then
		ok "$_name"
	else
		not_ok "$_name" "$(tail -n 3 "$T/.py" | tr '\n' '|' | cut -c 1-400)"
	fi
}

# expect_eq NAME GOT WANT
expect_eq() {
	if [ "$2" = "$3" ]; then
		ok "$1"
	else
		not_ok "$1" "got '$2', expected '$3'"
	fi
}

# expect_file NAME PATH / expect_no_file NAME PATH
expect_file() {
	if [ -e "$2" ]; then
		ok "$1"
	else
		not_ok "$1" "$2 does not exist"
	fi
}

expect_no_file() {
	if [ -e "$2" ] || [ -L "$2" ]; then
		not_ok "$1" "$2 exists"
	else
		ok "$1"
	fi
}

# File mode in octal (e.g. 660), and a checksum of the contents.
file_mode() {
	stat -c %a "$1"
}

file_sum() {
	cksum <"$1" 2>/dev/null || echo missing
}

# cp_db SRC DST: copy a database with its audit key (SRC.key): a copy
# needs the key beside it to be written to and verified.
cp_db() {
	rm -f "$2.key"
	cp "$1" "$2" || return 1
	[ ! -e "$1.key" ] || cp "$1.key" "$2.key"
}

# new_db PATH: a fresh `werkbank init` database (made once per script,
# then copied: init loads all the reference data).
new_db() {
	if [ ! -f "$T/.init.db" ]; then
		"$WB" --db "$T/.init.db" init </dev/null >/dev/null 2>"$T/.init.err" ||
		    { cat "$T/.init.err" >&2; return 1; }
	fi
	cp_db "$T/.init.db" "$1" && chmod 0660 "$1"
}

# The Dutch locale, if the machine has it: sets NL_LANG (and LOCPATH when
# it had to be compiled privately); returns 1 when there is none.
dutch_locale() {
	NL_LANG=
	_l=$(locale -a 2>/dev/null | grep -i -E '^nl_NL\.utf-?8$' | head -n 1)
	if [ -n "$_l" ]; then
		NL_LANG=$_l
		export NL_LANG
		return 0
	fi
	# Compile one into a private directory when the sources are there.
	if [ -d /usr/share/i18n/locales ] && [ -e /usr/share/i18n/locales/nl_NL ] &&
	    command -v localedef >/dev/null 2>&1; then
		mkdir -p "$T/.locale"
		if localedef -c -i nl_NL -f UTF-8 "$T/.locale/nl_NL.UTF-8" \
		    >/dev/null 2>&1 || [ -e "$T/.locale/nl_NL.UTF-8/LC_CTYPE" ]; then
			LOCPATH=$T/.locale
			NL_LANG=nl_NL.UTF-8
			export LOCPATH NL_LANG
			return 0
		fi
	fi
	return 1
}

# The language a message is checked in: MSG_LANG, else the one werkbank
# takes from the environment (LC_ALL, LC_MESSAGES, LANG).
_msg_lang() {
	printf '%s' "${MSG_LANG:-${LC_ALL:-${LC_MESSAGES:-${LANG:-C}}}}"
}

# msg MSGID: the message werkbank writes for the English MSGID in the
# active language, from the catalogue the build made (build/locale): a
# check about a message holds in every locale the tests run in.
msg() {
	case $(_msg_lang) in
	nl*)	TEXTDOMAINDIR=$WB_ROOT/build/locale LANGUAGE= LC_ALL= \
		    LC_MESSAGES= LANG=$(_msg_lang) gettext -e -d werkbank -- "$1" ;;
	*)	printf '%b' "$1" ;;
	esac
}

# msgn SINGULAR PLURAL N: msg of a message with plural forms, for N.
msgn() {
	case $(_msg_lang) in
	nl*)	TEXTDOMAINDIR=$WB_ROOT/build/locale LANGUAGE= LC_ALL= \
		    LC_MESSAGES= LANG=$(_msg_lang) ngettext -e -d werkbank -- \
		    "$1" "$2" "$3" ;;
	*)	if [ "$3" = 1 ]; then printf '%b' "$1"; else printf '%b' "$2"; fi ;;
	esac
}

# msgc CONTEXT MSGID: msg of a word with a context, as the closed sets'
# words are (vocab.h: "werkbank words" lists them): msgc step 'not chosen'.
msgc() {
	case $(_msg_lang) in
	nl*)	TEXTDOMAINDIR=$WB_ROOT/build/locale LANGUAGE= LC_ALL= \
		    LC_MESSAGES= LANG=$(_msg_lang) gettext -d werkbank -c "$1" \
		    -- "$2" ;;
	*)	printf '%s' "$2" ;;
	esac
}

# msg_re MSGID: msg as an extended regular expression, each printf
# directive (%s, %lld, %.16s, ...) standing for any text; of a message
# of several lines, the first that is not empty.
msg_re() {
	msg "$1" | grep -m 1 . | sed -E -e 's/%[-+ #0]*[0-9]*(\.[0-9]+)?(hh|h|ll|l|z|j|t)?[diouxXeEfgGcs]/\x01/g' \
	    -e 's/%%/%/g' -e 's/[][\.*^$+?(){}|]/\\&/g' -e 's/\x01/.*/g'
}

# msgf_re MSGID ARG...: the message with its directives filled in with
# the ARGs (as printf does), as an extended regular expression that
# matches it literally; of a message of several lines, line MSG_LINE
# (default: the first that is not empty).
msgf_re() {
	_f=$(msg "$1" | sed -E 's/%([-+ #0]*[0-9]*(\.[0-9]+)?)(hh|h|ll|l|z|j|t)([diouxXcs])/%\1\4/g')
	shift
	# shellcheck disable=SC2059
	if [ -n "${MSG_LINE:-}" ]; then
		# shellcheck disable=SC2059
		printf -- "$_f" "$@" | sed -n "${MSG_LINE}p"
	else
		# shellcheck disable=SC2059
		printf -- "$_f" "$@" | grep -m 1 .
	fi |
	    sed -E -e 's/[][\.*^$+?(){}|]/\\&/g'
}

# vocab_word SET CODE: the word werkbank shows for a code of a closed set
# in the active language (werkbank words).
vocab_word() {
	LANG=$(_msg_lang) LC_ALL= "$WB" words "$1" --json </dev/null |
	    python3 -c 'import json, sys
for r in json.load(sys.stdin):
    if r["code"] == sys.argv[1]:
        print(r["word"])' "$2"
}

# is_dutch: 0 when the active language is Dutch.
is_dutch() {
	case $(_msg_lang) in nl*) return 0 ;; *) return 1 ;; esac
}

need_demo() {	# need_demo NAME: 1 (after a failure) when there is no demo db
	if [ -z "${WB_DEMO:-}" ] || [ ! -f "$WB_DEMO" ]; then
		not_ok "$1" "no demo database (werkbank demo failed in test/run)"
		return 1
	fi
	return 0
}

finish() {
	printf '# tally %d %d %d\n' "$_passed" "$_failed" "$_skipped"
	[ "$_failed" -eq 0 ]
	exit $?
}
