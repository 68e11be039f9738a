/*
 * restore.c: `werkbank restore` (restore.h): check the backup, keep the
 * current database aside, copy the backup in with its key, and say so in
 * the restored audit log.
 */
#include "werkbank/restore.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "werkbank/audit.h"
#include "werkbank/auditkey.h"
#include "werkbank/backup.h"
#include "werkbank/db.h"
#include "werkbank/i18n.h"
#include "werkbank/table.h"
#include "werkbank/xmalloc.h"

#define RESTORE_WAIT	30	/* seconds to wait for others' writes */

static enum wb_status	open_backup(const char *, sqlite3 **,
			    struct restore_result *);
static enum wb_status	restore_new(const char *, const char *,
			    struct restore_result *);
static enum wb_status	restore_over(const char *, const char *,
			    struct restore_result *);
static enum wb_status	move_aside(const char *, struct restore_result *);
static enum wb_status	take_key(const char *, const char *,
			    struct restore_result *);
static enum wb_status	note(const char *, const char *, const char *,
			    struct restore_result *);

static enum wb_status
open_backup(const char *file, sqlite3 **src, struct restore_result *res)
{
	if (sqlite3_open_v2(file, src, SQLITE_OPEN_READONLY, NULL) !=
	    SQLITE_OK) {
		snprintf(res->error, sizeof(res->error), "%s: %s", file,
		    sqlite3_errmsg(*src));
		return WB_DB;
	}
	sqlite3_busy_timeout(*src, 5000);
	return WB_OK;
}

/*
 * The backup's key becomes the database's; a backup from before the key
 * leaves none (the next change keys the log again and seals it).
 */
static enum wb_status
take_key(const char *file, const char *dbfile, struct restore_result *res)
{
	char		*from = audit_key_path(file);
	char		*to = audit_key_path(dbfile);
	enum wb_status	 st = WB_OK;

	if (access(from, F_OK) == 0)
		st = audit_key_copy(file, dbfile, res->error,
		    sizeof(res->error));
	else if (unlink(to) != 0 && errno != ENOENT) {
		snprintf(res->error, sizeof(res->error), _("cannot remove %s: "
		    "%s"), to, strerror(errno));
		st = WB_IO;
	}
	free(from);
	free(to);
	return st;
}

/* No database at target: a copy under a temporary name, linked. */
static enum wb_status
restore_new(const char *file, const char *target, struct restore_result *res)
{
	struct backup_result	 br;
	enum wb_status		 st;
	sqlite3			*src = NULL;
	char			*tmp, *tmpkey, *key;

	memset(&br, 0, sizeof(br));
	tmp = xasprintf("%s.new-%ld", target, (long)getpid());
	tmpkey = audit_key_path(tmp);
	key = audit_key_path(target);
	unlink(tmp);
	if ((st = open_backup(file, &src, res)) == WB_OK &&
	    (st = backup_copy(src, 0, tmp, 0660, NULL, &br)) != WB_OK)
		snprintf(res->error, sizeof(res->error), "%s", br.error);
	sqlite3_close(src);
	if (st == WB_OK)
		st = take_key(file, tmp, res);
	if (st == WB_OK && link(tmp, target) != 0) {
		snprintf(res->error, sizeof(res->error), errno == EEXIST ?
		    _("%s already exists; werkbank will not overwrite it") :
		    _("cannot create %s"), target);
		st = errno == EEXIST ? WB_EXISTS : WB_IO;
	}
	if (st == WB_OK && access(tmpkey, F_OK) != 0)
		unlink(key);	/* one left by a database removed before */
	else if (st == WB_OK && rename(tmpkey, key) != 0) {
		snprintf(res->error, sizeof(res->error), _("cannot write the "
		    "audit key %s: %s"), key, strerror(errno));
		unlink(target);
		st = WB_IO;
	}
	unlink(tmpkey);
	unlink(tmp);
	free(tmp);
	free(tmpkey);
	free(key);
	return st;
}

/* A database that cannot be opened is renamed aside, with its key. */
static enum wb_status
move_aside(const char *target, struct restore_result *res)
{
	char		*key = audit_key_path(target);
	char		*kept = audit_key_path(res->kept);
	enum wb_status	 st = WB_OK;

	if (rename(target, res->kept) != 0 || (rename(key, kept) != 0 &&
	    errno != ENOENT)) {
		snprintf(res->error, sizeof(res->error), _("cannot keep %s "
		    "aside as %s: %s"), target, res->kept, strerror(errno));
		st = WB_IO;
	}
	free(key);
	free(kept);
	return st;
}

/*
 * Over the database at target: keep it aside first, then copy the
 * backup into it through SQLite, so that sessions still open see it.
 */
static enum wb_status
restore_over(const char *file, const char *target, struct restore_result *res)
{
	struct backup_result	 br;
	struct db		*live = NULL;
	struct stat		 sb;
	struct tm		 tm;
	sqlite3_backup		*b;
	sqlite3			*src = NULL;
	enum wb_status		 st;
	const char		*jm, *why;
	char			 stamp[32], *key;
	time_t			 t = time(NULL), until;
	int			 rc;

	memset(&br, 0, sizeof(br));
	gmtime_r(&t, &tm);
	strftime(stamp, sizeof(stamp), "%Y%m%dT%H%M%SZ", &tm);
	snprintf(res->kept, sizeof(res->kept), "%s.before-restore-%s", target,
	    stamp);
	if ((st = db_open(&live, target, DB_OPEN_EXISTING |
	    DB_OPEN_NO_MIGRATE)) != WB_OK) {
		if (st != WB_DB) {
			snprintf(res->error, sizeof(res->error), "%s",
			    db_error(live));
			goto done;
		}
		/* Damaged: nobody can use it; it goes aside as it is. */
		db_close(live);
		live = NULL;
		st = move_aside(target, res);
		if (st == WB_OK)
			st = restore_new(file, target, res);
		goto done;
	}
	jm = db_journal_mode(live, &why);
	if (stat(target, &sb) != 0)
		sb.st_mode = 0660;
	if ((st = backup_copy(db_sqlite(live), jm != NULL && strcmp(jm,
	    "wal") == 0, res->kept, sb.st_mode & 0660, NULL, &br)) != WB_OK) {
		snprintf(res->error, sizeof(res->error), _("the current "
		    "database could not be kept aside, so nothing was "
		    "restored: %s"), br.error);
		res->kept[0] = '\0';
		goto done;
	}
	key = audit_key_path(target);
	if (access(key, F_OK) == 0 && (st = audit_key_copy(target, res->kept,
	    res->error, sizeof(res->error))) != WB_OK) {
		free(key);
		goto done;
	}
	free(key);

	if ((st = open_backup(file, &src, res)) != WB_OK)
		goto done;
	if ((b = sqlite3_backup_init(db_sqlite(live), "main", src, "main")) ==
	    NULL) {
		st = db_fail(live, _("restoring"));
		snprintf(res->error, sizeof(res->error), "%s", db_error(live));
		goto done;
	}
	/* Others' writes finish first; then one step writes it all. */
	until = time(NULL) + RESTORE_WAIT;
	while ((rc = sqlite3_backup_step(b, -1)) == SQLITE_BUSY ||
	    rc == SQLITE_LOCKED) {
		if (time(NULL) > until)
			break;
		sqlite3_sleep(100);
	}
	if (sqlite3_backup_finish(b) != SQLITE_OK || rc != SQLITE_DONE) {
		st = rc == SQLITE_BUSY || rc == SQLITE_LOCKED ? WB_BUSY : WB_DB;
		snprintf(res->error, sizeof(res->error), _("restoring into %s: "
		    "%s; the database is as it was"), target,
		    sqlite3_errmsg(db_sqlite(live)));
		goto done;
	}
	st = take_key(file, target, res);
done:
	sqlite3_close(src);
	db_close(live);
	return st;
}

/* The restored database's audit log says where it came from. */
static enum wb_status
note(const char *file, const char *target, const char *login,
    struct restore_result *res)
{
	struct db	*db = NULL;
	enum wb_status	 st;
	char		*buf = NULL, *abs;
	size_t		 len = 0;
	FILE		*fp;

	if ((st = db_open(&db, target, DB_OPEN_EXISTING)) != WB_OK) {
		snprintf(res->error, sizeof(res->error), "%s", db_error(db));
		db_close(db);
		return st;
	}
	if ((fp = open_memstream(&buf, &len)) == NULL) {
		db_close(db);
		return WB_ERROR;
	}
	abs = realpath(file, NULL);
	fputs("{\"restored_from\":", fp);
	table_json_string(fp, abs != NULL ? abs : file);
	if (res->kept[0] != '\0') {
		fputs(",\"kept\":", fp);
		table_json_string(fp, res->kept);
	}
	fputc('}', fp);
	fclose(fp);
	free(abs);
	if ((st = audit_append(db, login, "import", "backup", 0, buf)) !=
	    WB_OK)
		snprintf(res->error, sizeof(res->error), "%s", db_error(db));
	free(buf);
	db_close(db);
	return st;
}

enum wb_status
restore_file(const char *file, const char *target, int force,
    const char *login, struct restore_result *res)
{
	struct stat	 fsb, tsb;
	enum wb_status	 st;
	long long	 head;
	int		 exists;

	memset(res, 0, sizeof(*res));
	exists = stat(target, &tsb) == 0;
	if (exists && stat(file, &fsb) == 0 && fsb.st_dev == tsb.st_dev &&
	    fsb.st_ino == tsb.st_ino) {
		snprintf(res->error, sizeof(res->error), _("%s is the database "
		    "itself, not a backup of it"), file);
		return WB_USAGE;
	}
	if ((st = backup_check(file, &res->audit_rows, &head, &res->schema,
	    res->error, sizeof(res->error))) != WB_OK)
		return st;
	if (exists && !force) {
		snprintf(res->error, sizeof(res->error), _("%s exists; "
		    "werkbank restores over a database only with --force, and "
		    "keeps it aside first"), target);
		return WB_EXISTS;
	}
	st = exists ? restore_over(file, target, res) :
	    restore_new(file, target, res);
	if (st != WB_OK)
		return st;
	return note(file, target, login, res);
}
