# test/cli/backup.sh: `werkbank backup DIR|FILE [--keep N]` and
# `werkbank restore FILE [--force]`.  A backup is a sound, checked copy
# with its key, 0600 or 0640, written under a temporary name and named
# only when whole (kill -9 at random moments leaves nothing under the
# final name); it never overwrites a file; --keep keeps the newest N.
# restore puts one where no database is, over one only with --force
# after keeping it aside, and refuses what is not a sound werkbank
# database or has a newer schema.  check warns about backups that
# outlived a purge.  Backups while others write: backup-live.sh.
. "$WB_ROOT/test/lib.sh"
# en ARGS...: werkbank in English, for the checks that read a message.
en() { run env LC_ALL=C.UTF-8 "$WB" "$@"; }

need_demo "backup and restore" || finish
if ! command -v sqlite3 >/dev/null 2>&1; then
	skip "backup and restore" "no sqlite3 to look inside"
	finish
fi
cp_db "$WB_DEMO" d.db && chmod 0660 d.db
q() { sqlite3 -batch "$1" "$2"; }
mkdir bk
# The mode a backup gets: 0640 when our group is the database's.
want=600
[ "$(stat -c %g d.db)" = "$(id -g)" ] && want=640

en --db d.db backup bk
expect_rc "backup DIR exits 0" 0
b1=$(cat "$OUT")
case $b1 in
"$T"/bk/d-[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]T[0-9][0-9][0-9][0-9][0-9][0-9]Z.db)
	ok "... and prints the backup's path, DIR/NAME-YYYYMMDDTHHMMSSZ.db" ;;
*)	not_ok "... and prints the backup's path, DIR/NAME-YYYYMMDDTHHMMSSZ.db" "$b1" ;;
esac
expect_file "the backup is there" "$b1"
expect_file "... with its key" "$b1.key"
expect_eq "the backup's mode is 0$want, the key's the same without write" \
    "$(file_mode "$b1") $(file_mode "$b1.key")" "$want $(( want - 200 ))"
expect_eq "no temporary file is left" "$(ls -A bk | grep -c tmp)" 0
expect_err "standard error says how long the copy held others' changes back" \
    "held others' changes back at most [0-9]+ ms at a time"
wb --db "$b1" check
expect_rc "the backup passes check" 0
wb --db "$b1" audit verify
expect_rc "... and audit verify" 0
expect_eq "the backup holds the same data" \
    "$(q "$b1" "SELECT count(*) || '/' || sum(id) FROM candidate")" \
    "$(q d.db "SELECT count(*) || '/' || sum(id) FROM candidate")"
expect_eq "the backup is written to the audit log, with its file" \
    "$(q d.db "SELECT action || ' ' || record_type || ' ' || json_extract(detail, '\$.file') FROM audit_log ORDER BY id DESC LIMIT 1")" \
    "export backup $b1"
en --db d.db check
expect_out "check names the last backup" "^backups +last made .*: $b1\$"

wb --db d.db backup one.db
expect_rc "backup FILE exits 0" 0
expect_file "... and makes FILE" one.db
before=$(file_sum one.db)
wb --db d.db backup one.db
expect_rc "backup to a file that exists exits 1" 1
expect_eq "... and leaves it as it was" "$(file_sum one.db)" "$before"
printf 'not a database\n' >notes.txt
wb --db d.db backup notes.txt
expect_rc "backup never overwrites any file" 1
expect_eq "... the file is untouched" "$(cat notes.txt)" "not a database"
wb --db d.db backup one.db --keep 2
expect_rc "--keep needs a directory (usage error)" 2
wb --db d.db backup bk --keep 0
expect_rc "--keep 0 is a usage error" 2
wb --db d.db backup
expect_rc "backup without DIR|FILE is a usage error" 2
wb --db nothing.db backup bk
expect_rc "backup of a database that does not exist exits 1" 1

# --keep: the newest N of this database stay, with their keys.
wb --db d.db backup bk
b2=$(cat "$OUT")
en --db d.db backup bk --keep 2
expect_rc "backup --keep 2 exits 0" 0
b3=$(cat "$OUT")
expect_eq "--keep 2: the two newest stay" "$(ls bk | grep -c '\.db$')/$(ls bk | grep -c '\.db\.key$')" 2/2
expect_no_file "... the oldest is gone" "$b1"
expect_no_file "... with its key" "$b1.key"
expect_err "... and standard error says so" "deleted the older backup .*$(basename "$b1")"
check "... the two newest are the two made last" [ -f "$b2" ] && [ -f "$b3" ]
mkdir bk2
cp_db "$b2" "bk2/$(basename "$b2")"
touch bk2/other-file.db bk2/d-notastamp.db bk2/e-20260101T000000Z.db
wb --db d.db backup bk2 --keep 1
expect_eq "--keep touches only this database's backups" \
    "$(ls bk2 | grep '\.db$' | grep -v "^$(basename "$b2")\$" | wc -l)" 4

# kill -9 at random moments during a backup: never a file under the
# final name that is not a whole, checked backup.
mid=0 clean=0 bad=0
for d in 0.02 0.05 0.08 0.1 0.15 0.2 0.3 0.4 0.6 0.9; do
	rm -f k.db k.db.key
	"$WB" --db d.db backup k.db </dev/null >/dev/null 2>k.err &
	pid=$!
	sleep "$d"
	kill -9 "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	[ $? -eq 137 ] && mid=$((mid + 1))
	if [ -e k.db ]; then
		if "$WB" --db k.db check </dev/null >/dev/null 2>&1 &&
		    "$WB" --db k.db audit verify </dev/null >/dev/null 2>&1; then
			clean=$((clean + 1))
		else
			bad=$((bad + 1))
		fi
	fi
done
echo "# kill -9: 10 kills, $mid while it ran; $clean backups completed before the kill"
expect_eq "kill -9 of a backup never leaves a file under the final name that is not a whole backup" "$bad" 0
check "... (some kills landed while it ran)" [ "$mid" -ge 1 ]
ls -A | grep -q '^\.k\.db\.tmp-' && ok "... the killed ones left only their temporary files" ||
    skip "... the killed ones left only their temporary files" "no kill landed before the copy was made"

# restore
wb --db r.db restore "$b3"
expect_rc "restore where no database is exits 0" 0
expect_file "... the database is there" r.db
expect_file "... with the backup's key" r.db.key
expect_eq "... holding the backup's data" \
    "$(q r.db "SELECT count(*) || '/' || sum(id) FROM candidate")" \
    "$(q "$b3" "SELECT count(*) || '/' || sum(id) FROM candidate")"
expect_eq "... and an audit row saying from which file" \
    "$(q r.db "SELECT action || ' ' || record_type || ' ' || json_extract(detail, '\$.restored_from') FROM audit_log ORDER BY id DESC LIMIT 1")" \
    "import backup $b3"
wb --db r.db audit verify
expect_rc "... whose audit chain verifies" 0
before=$(file_sum r.db)
wb --db r.db restore "$b2"
expect_rc "restore over a database without --force exits 1" 1
expect_eq "... and changes nothing" "$(file_sum r.db)" "$before"
if dutch_locale; then
	run env LC_ALL="$NL_LANG" "$WB" --db r.db restore "$b2"
	expect_err "... saying in Dutch that --force restores over it" "bestaat al.*--force"
else
	skip "... saying in Dutch that --force restores over it" "no nl_NL.UTF-8 locale"
fi
wb --db r.db meeting action add "na de terugzetting"
wb --db r.db restore "$b2" --force
expect_rc "restore --force exits 0" 0
kept=$(ls r.db.before-restore-*Z 2>/dev/null | head -n 1)
expect_file "... the database as it was is kept aside" "${kept:-r.db.before-restore-*}"
expect_file "... with its key" "${kept:-x}.key"
expect_eq "... and holds what was written after the backup" \
    "$(q "$kept" "SELECT count(*) FROM action_item WHERE what = 'na de terugzetting'")" 1
expect_eq "the restored database does not" \
    "$(q r.db "SELECT count(*) FROM action_item WHERE what = 'na de terugzetting'")" 0
wb --db r.db check
expect_rc "... and checks clean" 0
wb --db r.db audit verify
expect_rc "... and its audit chain verifies" 0
wb --db x.db restore notes.txt
expect_rc "restore of a file that is not a werkbank database exits 1" 1
expect_no_file "... and makes nothing" x.db
cp_db "$b3" newer.db
q newer.db "PRAGMA user_version = 99"
wb --db x.db restore newer.db
expect_rc "restore of a backup with a newer schema exits 1" 1
en --db x.db restore newer.db
expect_err "... saying so" "schema version 99"
cp_db "$b3" broken.db
q broken.db "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET login = 'x' WHERE id = 1"
wb --db x.db restore broken.db
expect_rc "restore of a backup whose audit chain is broken exits 1" 1
expect_no_file "... and makes nothing" x.db
wb --db r.db restore r.db --force
expect_rc "restore of the database onto itself is refused" 2

# Retention: a backup made before a purge still holds the purged.
wb --db d.db purge --inactive-before 2025-11-23
expect_rc "setup: a purge" 0
en --db d.db check
expect_rc "check with old backups still exits 0" 0
expect_out "check warns about a backup made before the purge" "WARNING: .*$(basename "$b3").*before the purge"
expect_err "... and says what to do" "--keep"
wb --db d.db backup bk --keep 1
en --db d.db check
expect_no_out "after --keep 1 no backup in DIR is older than the purge" "WARNING: .*$T/bk/"
finish
