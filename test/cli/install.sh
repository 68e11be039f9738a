# test/cli/install.sh: `make install-server`.  With DESTDIR (as a package
# does): the files, their modes, the configuration kept when run again.
# As root, for real, in a mount namespace of its own where /etc,
# /usr/local and /var are overlays on directories of this test (so the
# machine is not changed): the group and the system user, the binary
# set-group-id, the data directory, the database and its key, run twice;
# nobody then uses werkbank but not the file, and the backup service's
# command, run as the system user, makes a group-only backup.  The plain
# build only (it installs the plain binary).
. "$WB_ROOT/test/lib.sh"

if [ "${WB_BUILD:-plain}" != plain ]; then
	skip "make install-server" "installs the plain build; tested there"
	finish
fi
if ! command -v make >/dev/null 2>&1; then
	skip "make install-server" "no make"
	finish
fi
D=$T/dest
mk() {	# mk ARGS...: make in the source tree, quietly
	run make -s -C "$WB_ROOT" --no-print-directory "$@"
}
mk install-server DESTDIR="$D" PREFIX=/usr/local
expect_rc "make install-server DESTDIR=... exits 0" 0
mode() { stat -c %a "$D$1" 2>/dev/null || echo missing; }
expect_eq "the binary is set-group-id" "$(mode /usr/local/bin/werkbank)" 2755
expect_eq "the data directory is 2770" "$(mode /var/lib/werkbank)" 2770
expect_eq "the backup directory is 2750" "$(mode /var/backups/werkbank)" 2750
expect_eq "/etc/werkbank.conf names the database in it" \
    "$(grep '^db' "$D/etc/werkbank.conf")" "db = /var/lib/werkbank/team.db"
expect_eq "... and is 0644" "$(mode /etc/werkbank.conf)" 644
expect_out "the output says what the package's scripts must do" "^DESTDIR: .*groupadd|^DESTDIR: .*group werkbank"
for f in /etc/systemd/system/werkbank-backup.service \
    /etc/systemd/system/werkbank-backup.timer \
    /usr/local/share/doc/werkbank/werkbank-backup.cron \
    /usr/local/share/man/man1/werkbank.1; do
	expect_file "installs $f" "$D$f"
done
expect_eq "the service backs up as the system user, keeping 14" \
    "$(grep -E '^(User|Group|ExecStart)=' "$D/etc/systemd/system/werkbank-backup.service" | tr '\n' ' ')" \
    "User=werkbank Group=werkbank ExecStart=/usr/local/bin/werkbank backup /var/backups/werkbank --keep 14 "
expect_eq "the timer is nightly" \
    "$(grep '^OnCalendar=' "$D/etc/systemd/system/werkbank-backup.timer")" "OnCalendar=*-*-* 02:30"
expect_eq "the cron line is the same backup" \
    "$(grep -c '^30 2 \* \* \* werkbank out=$(/usr/local/bin/werkbank backup /var/backups/werkbank --keep 14 2>&1)' "$D/usr/local/share/doc/werkbank/werkbank-backup.cron")" 1
echo "db = /srv/elsewhere.db  # the administrator's" >"$D/etc/werkbank.conf"
mk install-server DESTDIR="$D" PREFIX=/usr/local
expect_rc "make install-server again exits 0" 0
expect_eq "... and keeps the configuration as the administrator left it" \
    "$(cat "$D/etc/werkbank.conf")" "db = /srv/elsewhere.db  # the administrator's"
expect_eq "... and the binary set-group-id" "$(mode /usr/local/bin/werkbank)" 2755

# For real, in a mount namespace of its own.
if [ "$(id -u)" != 0 ] || ! command -v unshare >/dev/null 2>&1 ||
    ! command -v setpriv >/dev/null 2>&1 ||
    ! unshare --mount --propagation private true 2>/dev/null; then
	skip "make install-server for real" "needs root and mount namespaces (unshare)"
	finish
fi
O=$(mktemp -d "${TMPDIR:-/tmp}/werkbank-install.XXXXXX") || exit 1
trap 'rm -rf "$O"' EXIT
chmod 0755 "$O"
cat >"$T/inside.sh" <<EOF
for d in /etc /usr/local /var; do
	mkdir -p "$O/upper\$d" "$O/work\$d"
	mount -t overlay overlay -o "lowerdir=\$d,upperdir=$O/upper\$d,workdir=$O/work\$d" "\$d" ||
	    { echo "NO OVERLAY"; exit 0; }
done
cd "$WB_ROOT" || exit 1
for i in 1 2; do
	make -s --no-print-directory install-server >"$O/make.\$i" 2>&1 || echo "MAKE \$i FAILED"
done
cd /
getent group werkbank >/dev/null && echo "GROUP"
getent passwd werkbank | cut -d: -f4,7 | sed 's/^/USER /'
[ "\$(getent passwd werkbank | cut -d: -f4)" = "\$(getent group werkbank | cut -d: -f3)" ] && echo "USER IN GROUP"
stat -c 'BIN %a %U %G' /usr/local/bin/werkbank
stat -c 'DATA %a %U %G' /var/lib/werkbank
stat -c 'DB %a %G' /var/lib/werkbank/team.db
stat -c 'KEY %a %G' /var/lib/werkbank/team.db.key
setpriv --reuid nobody --regid nogroup --clear-groups /usr/local/bin/werkbank partners --csv >/dev/null 2>&1 && echo "NOBODY WORKS"
setpriv --reuid nobody --regid nogroup --clear-groups sqlite3 /var/lib/werkbank/team.db 'SELECT 1' >/dev/null 2>&1 || echo "NOBODY NO SQLITE3"
p=\$(setpriv --reuid werkbank --regid werkbank --init-groups /usr/local/bin/werkbank backup /var/backups/werkbank --keep 14 2>/dev/null) &&
    stat -c 'BACKUP %a %U %G' "\$p"
EOF
unshare --mount --propagation private sh "$T/inside.sh" >"$T/.inside" 2>&1
if grep -q "NO OVERLAY" "$T/.inside"; then
	skip "make install-server for real" "no overlay file system here"
	finish
fi
got() { grep -c "^$1\$" "$T/.inside"; }
expect_eq "twice, without a failure" "$(grep -c FAILED "$T/.inside")" 0
expect_eq "the system group werkbank is made" "$(got GROUP)" 1
expect_eq "... and the system user werkbank in it, without a shell" \
    "$(got 'USER IN GROUP')/$(grep -c '^USER [0-9]*:/usr/sbin/nologin$' "$T/.inside")" 1/1
expect_eq "the binary is root's, set-group-id werkbank" "$(got 'BIN 2755 root werkbank')" 1
expect_eq "the data directory is root:werkbank 2770" "$(got 'DATA 2770 root werkbank')" 1
expect_eq "the database is made in it, the group's, 0660" "$(got 'DB 660 werkbank')" 1
expect_eq "... with its key, the group's, 0440" "$(got 'KEY 440 werkbank')" 1
expect_eq "nobody uses werkbank" "$(got 'NOBODY WORKS')" 1
expect_eq "... but not the file with sqlite3" "$(got 'NOBODY NO SQLITE3')" 1
expect_eq "the backup service's command makes a group-only backup" \
    "$(got 'BACKUP 640 werkbank werkbank')" 1
expect_eq "the second run keeps the configuration and the database" \
    "$(grep -c 'is there: kept\|the database is there' "$O/make.2" 2>/dev/null)" 2
finish
