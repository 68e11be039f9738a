/*
 * cmd-check.c: `werkbank check`: is the file sound?  Integrity, foreign
 * keys, schema version, journal mode and why, the modes of the file and
 * of its directory, the audit key, and the backups: the last one, and
 * those still there that hold people purged since (a warning).  Exit 1
 * on any fault.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "werkbank/audit.h"
#include "werkbank/auditkey.h"
#include "werkbank/backup.h"
#include "werkbank/cmd.h"
#include "werkbank/i18n.h"
#include "werkbank/msg.h"
#include "werkbank/text.h"
#include "werkbank/xmalloc.h"

static void
line(const char *label, const char *fmt, const char *value, int ok)
{
	/* Labels are translated: padded in screen columns, not bytes. */
	text_print_padded(stdout, label, 14);
	printf(" %s", ok ? "" : _("FAULT: "));
	printf(fmt, value);
	putchar('\n');
}

/* The directory holding path (caller frees). */
static char *
dir_of(const char *path)
{
	const char	*slash = strrchr(path, '/');
	char		*dir;

	if (slash == NULL)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	dir = xstrdup(path);
	dir[slash - path] = '\0';
	return dir;
}

/* The audit key: there, this database's, readable by nobody else. */
static int
check_key(struct db *db, const char *path)
{
	struct stat	 sb;
	long long	 from;
	char		*key, buf[1024];
	int		 fault = 0;

	key = audit_key_path(path);
	if (db_schema_version(db) < db_schema_latest() &&
	    access(key, F_OK) != 0)
		snprintf(buf, sizeof(buf), "%s", _("not keyed yet: the next "
		    "change keys the audit log"));
	else if (audit_keyed(db, &from) != WB_OK) {
		snprintf(buf, sizeof(buf), "%s", db_error(db));
		fault = 1;
	} else if (from == 0)
		snprintf(buf, sizeof(buf), "%s", _("not keyed yet: the next "
		    "change keys the audit log"));
	else if (stat(key, &sb) == 0 && (sb.st_mode & (S_IROTH | S_IWOTH |
	    S_IWGRP))) {
		snprintf(buf, sizeof(buf), _("%s has mode %04o: others could "
		    "read or change it; run chmod 0440 %s"), key,
		    (unsigned)(sb.st_mode & 07777), key);
		fault = 1;
	} else
		snprintf(buf, sizeof(buf), _("%s, the log keyed from row %lld"),
		    key, from);
	line(_("audit key"), "%s", buf, !fault);
	free(key);
	return fault;
}

/* The last backup; a warning for each that outlived a purge. */
static void
check_backups(struct db *db)
{
	char	 file[2048], at[24], buf[2200], **stale;
	size_t	 i;

	if (backup_last(db, file, sizeof(file), at, sizeof(at)) == WB_OK)
		snprintf(buf, sizeof(buf), _("last made %s UTC: %s"), at, file);
	else
		snprintf(buf, sizeof(buf), "%s", _("none made with 'werkbank "
		    "backup'"));
	line(_("backups"), "%s", buf, 1);
	if ((stale = backup_stale(db)) == NULL)
		return;
	for (i = 0; stale[i] != NULL; i++) {
		printf("%-14s %s%s\n", "", _("WARNING: "), stale[i]);
		free(stale[i]);
	}
	free(stale);
	msg_warn(_("backups made before the last purge still hold the people "
	    "it removed; delete them (werkbank backup DIR --keep N does so "
	    "for DIR)"));
}

static enum wb_status
cmd_check_exec(struct cmd_ctx *ctx)
{
	struct db	*db;
	const char	*mode, *why;
	char		*report, buf[256];
	long long	 fk;
	struct stat	 sb;
	mode_t		 m;
	char		*dir;
	int		 faults = 0, v, latest;

	if (ctx->argc != 1)
		return cmd_usage(&cmd_check_entry);
	if (cmd_open(ctx) != WB_OK)
		return WB_ERROR;
	db = ctx->db;
	line(_("database"), "%s", ctx->db_path, 1);
	line(_("sqlite"), "%s", sqlite3_libversion(), 1);

	if (db_integrity(db, &report) != WB_OK) {
		line(_("integrity"), "%s", db_error(db), 0);
		faults++;
	} else if (report != NULL) {
		line(_("integrity"), "%s", report, 0);
		faults++;
	} else
		line(_("integrity"), "%s", _("ok"), 1);
	free(report);

	if (db_foreign_key_faults(db, &fk) != WB_OK) {
		line(_("foreign keys"), "%s", db_error(db), 0);
		faults++;
	} else if (fk > 0) {
		snprintf(buf, sizeof(buf), _("%lld rows point to records that "
		    "do not exist"), fk);
		line(_("foreign keys"), "%s", buf, 0);
		faults++;
	} else
		line(_("foreign keys"), "%s", _("ok"), 1);

	v = db_schema_version(db);
	latest = db_schema_latest();
	if (v == latest)
		snprintf(buf, sizeof(buf), _("version %d (current)"), v);
	else if (v < latest)
		snprintf(buf, sizeof(buf), _("version %d, this werkbank has %d; "
		    "any other command upgrades it"), v, latest);
	else
		snprintf(buf, sizeof(buf), _("version %d, newer than this "
		    "werkbank (%d)"), v, latest);
	/* An older schema is upgraded by the next command: not a fault. */
	line(_("schema"), "%s", buf, v > 0 && v <= latest);
	faults += !(v > 0 && v <= latest);

	mode = db_journal_mode(db, &why);
	snprintf(buf, sizeof(buf), "%s: %s", mode, _(why));
	line(_("journal"), "%s", buf, 1);

	m = db_file_mode(db);
	if (m & S_IROTH || m & S_IWOTH) {
		snprintf(buf, sizeof(buf), _("%04o: anyone on this machine can "
		    "read or change it, so werkbank refuses it; run chmod "
		    "o-rwx %s"), (unsigned)m, ctx->db_path);
		faults++;
	} else
		snprintf(buf, sizeof(buf), _("%04o (not world-readable)"),
		    (unsigned)m);
	line(_("file mode"), "%s", buf, !(m & (S_IROTH | S_IWOTH)));

	/*
	 * The directory: whoever may create files in it may plant a
	 * journal beside the database, which SQLite would play back.
	 */
	dir = dir_of(ctx->db_path);
	if (stat(dir, &sb) != 0) {
		snprintf(buf, sizeof(buf), "%s: %s", dir, strerror(errno));
		line(_("directory"), "%s", buf, 0);
		faults++;
	} else if (sb.st_mode & S_IWOTH) {
		snprintf(buf, sizeof(buf), _("%04o: anyone on this machine can "
		    "create files in %s, a journal too; keep the database in "
		    "a directory only the team may write (chmod o-w)"),
		    (unsigned)(sb.st_mode & 07777), dir);
		line(_("directory"), "%s", buf, 0);
		faults++;
	} else {
		snprintf(buf, sizeof(buf), _("%04o (others cannot create files "
		    "in it)"), (unsigned)(sb.st_mode & 07777));
		line(_("directory"), "%s", buf, 1);
	}
	free(dir);

	faults += check_key(db, ctx->db_path);
	check_backups(db);

	if (faults > 0) {
		msg_error(ngettext("%s: %d fault", "%s: %d faults", faults),
		    ctx->db_path, faults);
		return WB_ERROR;
	}
	return WB_OK;
}

const struct cmd_entry cmd_check_entry = {
	.name = "check",
	.usage = "",
	.summary = N_("check the database file: integrity, keys, schema, "
	    "journal, mode"),
	.db = CMD_DB_INSPECT,
	.exec = cmd_check_exec,
};
