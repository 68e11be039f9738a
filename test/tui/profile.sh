# test/tui/profile.sh: the profile key at 100x30 on a copy of the demo:
# P on a ranked candidate asks for the file, then (the candidate
# consented) whether to add the name, writes the profile (0600, the
# share in the database) and says where; the candidate's detail lists it
# and P there writes the named one; in meeting mode P never asks for the
# name and writes the anonymous one.
. "$WB_ROOT/test/lib.sh"
. "$WB_ROOT/test/tui/tui.lib"

tui_need
need_demo "the profile key on the demo" || finish
for tool in sqlite3 pdftotext; do
	if ! command -v $tool >/dev/null 2>&1; then
		not_ok "the profile key on the demo" "no $tool (sh .ci/deps)"
		finish
	fi
done
cp_db "$WB_DEMO" demo.db && chmod 0660 demo.db
DB=$T/demo.db
ME=$(id -un)
umask 022

# V1: the oldest open vacancy, the first row; C1 its best ranked, who
# consents to share.
V1ID=$(sql "$DB" "SELECT id FROM vacancy WHERE status = 'open' ORDER BY id LIMIT 1")
sql "$DB" "UPDATE vacancy SET collected_on = '2020-01-01', deadline = NULL WHERE id = $V1ID"
V1=$(sql "$DB" "SELECT p.code || '/' || v.ref FROM vacancy v JOIN partner p ON
    p.id = v.partner_id WHERE v.id = $V1ID")
C1=$("$WB" --db "$DB" match "$V1" --csv --top 1 </dev/null 2>/dev/null | awk -F, 'NR == 2 { print $2 }')
sql "$DB" "UPDATE candidate SET consent = 1 WHERE id = (SELECT c.id FROM candidate c
    JOIN partner p ON p.id = c.partner_id WHERE p.code || '/' || c.ref = '$C1')"
NAME=$(sql "$DB" "SELECT first_name || ' ' || last_name FROM candidate c JOIN partner p
    ON p.id = c.partner_id WHERE p.code || '/' || c.ref = '$C1'")
EMP=$(sql "$DB" "SELECT e.name FROM vacancy v JOIN employer e ON e.id = v.employer_id WHERE v.id = $V1ID")
MENAME=$(sql "$DB" "SELECT name FROM app_user WHERE login = '$ME'")
echo "# $V1 ($EMP): $C1"

# written NUMBER HOW FILE: the status line after a profile was written,
# up to the directory (which a narrow line may cut).
written() {
	MSG_LANG=$TUI_LANG msgf_re 'Profile %lld (%s) written: %s in %s' "$1" \
	    "$(t_msg "$2")" "$3" @DIR | sed 's/@DIR.*//'
}

tui_start 100 30 --db "$DB"
tui_wait "the list is up" "$(t_open)" 20
tui_keys Tab
tui_wait "the matches pane, rank 1" " $(t_msg Matches) 1/" 20

# P on the ranked candidate: the file, then the name (consent).
tui_keys P
tui_wait "P asks for the file" "$(MSG_LANG=$TUI_LANG msgf_re 'Profile of %s for %s to the file: ' "$C1" "$V1")"
tui_text "een.pdf"
tui_keys Enter
tui_wait "... then whether to add the name" "$(MSG_LANG=$TUI_LANG msg_re 'The candidate consented to share: with the name? (y/n)')"
tui_keys n
NUM=$(sql "$DB" "SELECT number FROM candidate_profile cp JOIN candidate c ON c.id = cp.candidate_id
    JOIN partner p ON p.id = c.partner_id WHERE p.code || '/' || c.ref = '$C1'")
tui_wait "... and says which and where" \
    "$(written "$NUM" anonymous een.pdf)"
expect_eq "the file is there, 0600" "$(file_mode een.pdf 2>/dev/null)" 600
pdftotext -enc UTF-8 een.pdf een.txt
check "... a profile without the name" sh -c "grep -q '$NUM' een.txt && ! grep -q -F '$NAME' een.txt"
expect_eq "... shared with the vacancy's employer, by us" \
    "$(sql "$DB" "SELECT count(*) FROM profile_share s JOIN app_user u ON u.id = s.by_user_id
    WHERE s.vacancy_id = $V1ID AND s.number = $NUM AND s.named = 0 AND s.format = 'pdf'
    AND u.login = '$ME'")" 1

# The candidate's detail lists it; P there writes the named profile.
tui_keys Enter
tui_wait "Enter: the candidate's detail" "$(t_detail candidate "$C1")"
tui_keys G
tui_wait "... which lists the profile written" \
    "$(MSG_LANG=$TUI_LANG msgf_re 'profile %lld shared with %s by %s%s' "$NUM" "$EMP" "$MENAME" "")"
tui_keys P
tui_wait "P in the detail asks for the file" "$(MSG_LANG=$TUI_LANG msgf_re 'Profile of %s to the file: ' "$C1")"
tui_text "twee.txt"
tui_keys Enter
tui_wait "... and whether to add the name" "$(MSG_LANG=$TUI_LANG msg_re 'The candidate consented to share: with the name? (y/n)')"
tui_keys y
tui_wait "... written with the name" \
    "$(written "$NUM" 'with the name' twee.txt)"
check "... which holds the name" grep -q -F "$NAME" twee.txt

# Meeting mode: never the name, not even the question.
tui_keys M
tui_wait "meeting mode" "$(MSG_LANG=$TUI_LANG msg_re 'Meeting mode: initials only, no contact details.')"
tui_keys P
tui_wait "P in meeting mode asks for the file" "$(MSG_LANG=$TUI_LANG msgf_re 'Profile of %s to the file: ' "$C1")"
tui_text "drie.txt"
tui_keys Enter
tui_wait "... and writes it anonymous, without asking" \
    "$(written "$NUM" anonymous drie.txt)"
check "... without the name" sh -c "! grep -q -F '$NAME' drie.txt"
tui_hasnt "... and the detail does not say who wrote them" \
    "$(MSG_LANG=$TUI_LANG msgf_re 'profile %lld shared with %s by %s%s' "$NUM" "$EMP" "$MENAME" "")"
expect_eq "three profiles, one named" \
    "$(sql "$DB" "SELECT count(*) || ' ' || sum(named) FROM profile_share")" "3 1"
tui_stop
finish
