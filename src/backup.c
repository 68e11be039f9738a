/*
 * backup.c: `werkbank backup` (backup.h): the copy in steps with SQLite's
 * online backup API, its check, its key, its name, and which backups are
 * kept.  The files are the person's (priv.h): on a team server the
 * command runs with their own rights, having shown they may read the
 * database directly.
 */
#include "werkbank/backup.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "werkbank/audit.h"
#include "werkbank/auditkey.h"
#include "werkbank/i18n.h"
#include "werkbank/priv.h"
#include "werkbank/table.h"
#include "werkbank/xmalloc.h"

#define STEP_FIRST	256	/* pages in the first step */
#define STEP_MIN	16
#define STEP_TARGET	0.1	/* seconds a step should take */
#define STEP_CAP	0.5	/* ... however often the copy restarts */
#define WHOLE_BUDGET	1.5	/* seconds: after restarts, copy it all in one
				   step if that is expected to take no longer */
#define STEP_PAUSE	0.02	/* seconds between steps: writers get in */
#define BUSY_PAUSE	0.05
#define GIVE_UP		1800.0	/* seconds: the database never held still */

static double	now(void);
static void	pause_for(double);
static char	*dir_of(const char *);
static char	*stem_of(const char *);
static const char *stamp_end(const char *, const char *);
static int	cmp_desc(const void *, const void *);
static enum wb_status fix_header(const char *, char *, size_t);
static void	keep_newest(const char *, const char *, int,
		    struct backup_result *);

static double
now(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void
pause_for(double s)
{
	struct timespec	ts;

	ts.tv_sec = (time_t)s;
	ts.tv_nsec = (long)((s - (double)ts.tv_sec) * 1e9);
	while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
		;
}

/* The directory of path (caller frees). */
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

/* The database's name without its directory and ".db" (caller frees). */
static char *
stem_of(const char *db_path)
{
	const char	*base = strrchr(db_path, '/');
	char		*stem;
	size_t		 n;

	stem = xstrdup(base != NULL ? base + 1 : db_path);
	n = strlen(stem);
	if (n > 3 && strcmp(stem + n - 3, ".db") == 0)
		stem[n - 3] = '\0';
	return stem;
}

/* Past "STEM-YYYYMMDDTHHMMSSZ" at the start of name, or NULL. */
static const char *
stamp_end(const char *name, const char *stem)
{
	size_t	n = strlen(stem), i;

	if (strncmp(name, stem, n) != 0 || name[n] != '-')
		return NULL;
	name += n + 1;
	for (i = 0; i < 16; i++) {
		if (i == 8) {
			if (name[i] != 'T')
				return NULL;
		} else if (i == 15) {
			if (name[i] != 'Z')
				return NULL;
		} else if (name[i] < '0' || name[i] > '9')
			return NULL;
	}
	return name + 16;
}

static int
cmp_desc(const void *a, const void *b)
{
	return strcmp(*(char *const *)b, *(char *const *)a);
}

char **
backup_list(const char *dir, const char *db_path)
{
	DIR		*d;
	struct dirent	*e;
	const char	*end;
	char		**out = NULL, *stem = stem_of(db_path);
	size_t		 n = 0;

	if (priv_user_begin() != 0) {
		free(stem);
		return xcalloc(1, sizeof(char *));
	}
	if ((d = opendir(dir)) != NULL) {
		while ((e = readdir(d)) != NULL) {
			if ((end = stamp_end(e->d_name, stem)) == NULL ||
			    strcmp(end, ".db") != 0)
				continue;
			out = xreallocarray(out, n + 2, sizeof(char *));
			out[n++] = xstrdup(e->d_name);
		}
		closedir(d);
	}
	priv_user_end();
	free(stem);
	out = xreallocarray(out, n + 1, sizeof(char *));
	out[n] = NULL;
	qsort(out, n, sizeof(char *), cmp_desc);
	return out;
}

/*
 * A copy of a database in WAL mode says so in its header (bytes 18 and
 * 19 are 2): make it a plain file, as PRAGMA journal_mode = DELETE
 * would, so that reading the copy needs no -wal or -shm beside it.
 */
static enum wb_status
fix_header(const char *path, char *err, size_t errlen)
{
	unsigned char	v[2];
	int		fd;

	if ((fd = priv_open(path, O_RDWR | O_CLOEXEC | O_NOFOLLOW, 0)) == -1)
		goto fail;
	if (pread(fd, v, 2, 18) != 2)
		goto fail;
	if (v[0] == 2 || v[1] == 2) {
		v[0] = v[1] = 1;
		if (pwrite(fd, v, 2, 18) != 2)
			goto fail;
	}
	if (fsync(fd) != 0)
		goto fail;
	return close(fd) == 0 ? WB_OK : WB_IO;
fail:
	snprintf(err, errlen, _("cannot write %s: %s"), path,
	    strerror(errno));
	if (fd != -1)
		close(fd);
	return WB_IO;
}

enum wb_status
backup_copy(sqlite3 *src, int wal, const char *tmp, mode_t mode,
    const struct backup_opts *opt, struct backup_result *res)
{
	sqlite3_backup	*b = NULL;
	sqlite3		*dst = NULL;
	enum wb_status	 st = WB_OK;
	double		 t0, t1, start, target = STEP_TARGET, per_page = 0;
	long long	 remaining, last = -1, total;	/* last: copied */
	int		 fd, rc, n = STEP_FIRST, in_read = 0;

	start = now();
	fd = priv_open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC |
	    O_NOFOLLOW, mode);
	if (fd == -1 || fchmod(fd, mode) != 0) {
		snprintf(res->error, sizeof(res->error), _("cannot create %s: "
		    "%s"), tmp, strerror(errno));
		if (fd != -1) {
			close(fd);
			priv_unlink(tmp);
		}
		return WB_IO;
	}
	close(fd);
	/* The copy needs no journal: it gets its name only when whole. */
	if (sqlite3_open_v2(tmp, &dst, SQLITE_OPEN_READWRITE, NULL) !=
	    SQLITE_OK || sqlite3_exec(dst, "PRAGMA journal_mode = OFF;"
	    "PRAGMA synchronous = OFF;PRAGMA locking_mode = EXCLUSIVE",
	    NULL, NULL, NULL) != SQLITE_OK)
		goto sqlfail;
	/* WAL: one snapshot for the whole copy; writers go on beside it. */
	if (wal) {
		if (sqlite3_exec(src, "BEGIN;SELECT count(*) FROM "
		    "sqlite_schema", NULL, NULL, NULL) != SQLITE_OK) {
			snprintf(res->error, sizeof(res->error), "%s",
			    sqlite3_errmsg(src));
			st = WB_DB;
			goto done;
		}
		in_read = 1;
	}
	if ((b = sqlite3_backup_init(dst, "main", src, "main")) == NULL)
		goto sqlfail;
	res->wal = wal;
	res->steps = 0;
	for (;;) {
		/*
		 * Rollback journal: take the read lock first (waiting for a
		 * writer, as others do), so that the step's time is the time
		 * it holds the lock; give it back after the step.
		 */
		if (!wal && (rc = sqlite3_exec(src, "BEGIN;SELECT count(*) "
		    "FROM sqlite_schema", NULL, NULL, NULL)) != SQLITE_OK) {
			sqlite3_exec(src, "ROLLBACK", NULL, NULL, NULL);
			if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED) {
				snprintf(res->error, sizeof(res->error), "%s",
				    sqlite3_errmsg(src));
				st = WB_DB;
				goto done;
			}
			pause_for(BUSY_PAUSE);
			continue;
		}
		t0 = now();
		rc = sqlite3_backup_step(b, n);
		t1 = now();
		if (!wal)
			sqlite3_exec(src, "COMMIT", NULL, NULL, NULL);
		if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
			/* A writer has it: wait, and try the same step. */
			pause_for(BUSY_PAUSE);
		} else if (rc != SQLITE_OK && rc != SQLITE_DONE) {
			break;
		} else {
			if (t1 - t0 > res->longest_step)
				res->longest_step = t1 - t0;
			remaining = sqlite3_backup_remaining(b);
			total = sqlite3_backup_pagecount(b);
			res->steps++;
			/*
			 * Written between steps: SQLite began again, and the
			 * pages copied are those of this step only.
			 */
			/* The pace of the recent steps (halving the past). */
			if (n >= 64)
				per_page = per_page == 0 ? (t1 - t0) / n :
				    (per_page + (t1 - t0) / n) / 2;
			if (last >= 0 && total - remaining < last + n &&
			    total - remaining < total) {
				res->restarts++;
				res->steps = 1;
				if (res->restarts % 3 == 0 && target < STEP_CAP)
					target = target * 2 < STEP_CAP ?
					    target * 2 : STEP_CAP;
			}
			last = total - remaining;
			if (opt != NULL && opt->progress != NULL)
				opt->progress(opt->arg, total - remaining,
				    total);
			if (rc == SQLITE_DONE)
				break;
			/*
			 * The next step about `target` long: shrink at once,
			 * grow at most twofold (a step that found its pages
			 * in memory says little about the next).
			 */
			if (t1 - t0 > 0.001) {
				double	want = (double)n * target / (t1 - t0);

				if (want > 2.0 * n)
					want = 2.0 * n;
				n = want < STEP_MIN ? STEP_MIN : want > 1e9 ?
				    1000000000 : (int)want;
			} else if (n < 500000000)
				n *= 2;
			/*
			 * Others keep writing between the steps: when the
			 * whole copy should take at most WHOLE_BUDGET (at the
			 * pace of the recent steps), take it in one step,
			 * which they wait for as for any long write.
			 */
			if (res->restarts >= 2 && per_page > 0 &&
			    per_page * (double)total <= WHOLE_BUDGET)
				n = -1;
			if (!wal)
				pause_for(STEP_PAUSE);
		}
		if (now() - start > GIVE_UP) {
			snprintf(res->error, sizeof(res->error), _("gave up "
			    "after %.0f minutes: the database was written to "
			    "too often to copy it whole in between; try again "
			    "when fewer people work"), GIVE_UP / 60);
			st = WB_BUSY;
			goto done;
		}
	}
	res->pages = sqlite3_backup_pagecount(b);
	rc = sqlite3_backup_finish(b);
	b = NULL;
	if (rc != SQLITE_OK)
		goto sqlfail;
	res->seconds = now() - start;
	goto done;
sqlfail:
	snprintf(res->error, sizeof(res->error), _("copying to %s: %s"), tmp,
	    dst != NULL ? sqlite3_errmsg(dst) : _("out of memory"));
	st = WB_DB;
done:
	if (b != NULL)
		sqlite3_backup_finish(b);
	if (in_read)
		sqlite3_exec(src, "COMMIT", NULL, NULL, NULL);
	if (sqlite3_close(dst) != SQLITE_OK && st == WB_OK) {
		snprintf(res->error, sizeof(res->error), _("copying to %s: %s"),
		    tmp, sqlite3_errmsg(dst));
		st = WB_IO;
	}
	if (st == WB_OK)
		st = fix_header(tmp, res->error, sizeof(res->error));
	if (st != WB_OK)
		priv_unlink(tmp);
	return st;
}

enum wb_status
backup_check(const char *path, long long *rows, long long *head,
    int *schema, char *err, size_t errlen)
{
	struct audit_verify_result	 r;
	struct db			*db = NULL;
	enum wb_status			 st;
	char				*report = NULL;
	long long			 fk;
	int				 v;

	*rows = *head = 0;
	*schema = 0;
	st = db_open(&db, path, DB_OPEN_EXISTING | DB_OPEN_READONLY);
	if (st != WB_OK) {
		snprintf(err, errlen, "%s", db_error(db));
		goto done;
	}
	*schema = v = db_schema_version(db);
	if (v < 1 || v > db_schema_latest()) {
		snprintf(err, errlen, _("%s has schema version %d, which this "
		    "werkbank does not know (it knows 1 to %d)"), path, v,
		    db_schema_latest());
		st = v < 1 ? WB_DB : WB_TOO_NEW;
		goto done;
	}
	if ((st = db_integrity(db, &report)) != WB_OK || report != NULL) {
		snprintf(err, errlen, _("%s fails the integrity check: %s"),
		    path, report != NULL ? report : db_error(db));
		st = WB_DB;
		goto done;
	}
	if ((st = db_foreign_key_faults(db, &fk)) != WB_OK || fk > 0) {
		snprintf(err, errlen, _("%s: %lld rows point to records that "
		    "do not exist"), path, fk);
		st = WB_DB;
		goto done;
	}
	if ((st = audit_verify(db, &r)) == WB_INVALID) {
		snprintf(err, errlen, _("%s: the audit log is broken at row "
		    "%lld: %s"), path, r.broken_id, _(r.why));
		goto done;
	}
	if (st != WB_OK) {
		snprintf(err, errlen, "%s", db_error(db));
		goto done;
	}
	*rows = r.rows;
	*head = r.head_id;
done:
	free(report);
	db_close(db);
	return st;
}

/*
 * --keep N: the newest N backups of this database in dir stay; older
 * ones go with their keys, and so do the temporary files of backups
 * that were killed (their process is gone).
 */
static void
keep_newest(const char *dir, const char *db_path, int keep,
    struct backup_result *res)
{
	DIR		*d;
	struct dirent	*e;
	const char	*end;
	char		**list, *stem, *p;
	long		 pid;
	size_t		 i;

	list = backup_list(dir, db_path);
	for (i = 0; list[i] != NULL; i++) {
		if ((int)i >= keep) {
			p = xasprintf("%s/%s", dir, list[i]);
			if (priv_unlink(p) == 0) {
				res->deleted = xreallocarray(res->deleted,
				    res->ndeleted + 1, sizeof(char *));
				res->deleted[res->ndeleted++] = xstrdup(p);
			}
			free(p);
			p = xasprintf("%s/%s.key", dir, list[i]);
			priv_unlink(p);
			free(p);
		}
		free(list[i]);
	}
	free(list);

	stem = stem_of(db_path);
	if (priv_user_begin() == 0) {
		if ((d = opendir(dir)) != NULL) {
			while ((e = readdir(d)) != NULL) {
				/* .STEM-STAMP.db.tmp-PID, and its .key */
				if (e->d_name[0] != '.' || (end = stamp_end(
				    e->d_name + 1, stem)) == NULL ||
				    strncmp(end, ".db.tmp-", 8) != 0)
					continue;
				pid = strtol(end + 8, &p, 10);
				if (pid <= 0 || (*p != '\0' &&
				    strcmp(p, ".key") != 0) ||
				    kill((pid_t)pid, 0) == 0 || errno != ESRCH)
					continue;
				p = xasprintf("%s/%s", dir, e->d_name);
				unlink(p);
				free(p);
			}
			closedir(d);
		}
		priv_user_end();
	}
	free(stem);
}

void
backup_result_free(struct backup_result *res)
{
	size_t	i;

	for (i = 0; i < res->ndeleted; i++)
		free(res->deleted[i]);
	free(res->deleted);
	res->deleted = NULL;
	res->ndeleted = 0;
}

/* 0640 for the person whose group is the database's, else 0600. */
static mode_t
backup_mode(const char *db_path)
{
	struct stat	sb;

	return stat(db_path, &sb) == 0 && sb.st_gid == getgid() ? 0640 :
	    0600;
}

/* A JSON string of s (the audit row's detail); caller frees. */
static char *
json_of(const char *s)
{
	char	*buf = NULL;
	size_t	 len = 0;
	FILE	*fp;

	if ((fp = open_memstream(&buf, &len)) == NULL)
		return xstrdup("\"\"");
	table_json_string(fp, s);
	fclose(fp);
	return buf;
}

enum wb_status
backup_make(struct db *db, const struct backup_opts *opt,
    struct backup_result *res)
{
	const char	*src = db_path(db), *why, *mode_name;
	char		*dir = NULL, *final = NULL, *tmp = NULL, *base, *stem;
	char		*tmpkey = NULL, *finalkey = NULL, *srckey, *abs, *js;
	char		 stamp[32], err[1024], *detail;
	struct stat	 sb;
	struct tm	 tm;
	time_t		 t = time(NULL);
	enum wb_status	 st;
	long long	 head0, rows, head;
	double		 t0;
	mode_t		 mode;
	int		 fd, schema;
	char		 hash[SHA256_HEX_LEN + 1];

	memset(res, 0, sizeof(*res));
	if ((st = audit_head(db, &head0, hash)) != WB_OK) {
		snprintf(res->error, sizeof(res->error), "%s", db_error(db));
		return st;
	}
	gmtime_r(&t, &tm);
	strftime(stamp, sizeof(stamp), "%Y%m%dT%H%M%SZ", &tm);
	if (priv_stat(opt->dest, &sb) == 0 && S_ISDIR(sb.st_mode)) {
		dir = xstrdup(opt->dest);
		stem = stem_of(src);
		final = xasprintf("%s/%s-%s.db", dir, stem, stamp);
		/* Two backups in one second: the second waits for the next. */
		if (priv_lstat(final, &sb) == 0) {
			pause_for(1.0);
			t = time(NULL);
			gmtime_r(&t, &tm);
			strftime(stamp, sizeof(stamp), "%Y%m%dT%H%M%SZ", &tm);
			free(final);
			final = xasprintf("%s/%s-%s.db", dir, stem, stamp);
		}
		tmp = xasprintf("%s/.%s-%s.db.tmp-%ld", dir, stem, stamp,
		    (long)getpid());
		free(stem);
	} else {
		if (priv_lstat(opt->dest, &sb) == 0) {
			snprintf(res->error, sizeof(res->error), _("%s "
			    "already exists; werkbank will not overwrite it "
			    "(name a new file, or a directory)"), opt->dest);
			return WB_EXISTS;
		}
		dir = dir_of(opt->dest);
		base = strrchr(opt->dest, '/');
		base = base != NULL ? base + 1 : (char *)opt->dest;
		final = xstrdup(opt->dest);
		tmp = xasprintf("%s/.%s.tmp-%ld", dir, base, (long)getpid());
	}
	tmpkey = audit_key_path(tmp);
	finalkey = audit_key_path(final);
	mode = backup_mode(src);
	mode_name = db_journal_mode(db, &why);
	if ((st = backup_copy(db_sqlite(db), mode_name != NULL &&
	    strcmp(mode_name, "wal") == 0, tmp, mode, opt, res)) != WB_OK)
		goto fail;

	/* The key goes with the copy, as readable as the copy. */
	srckey = audit_key_path(src);
	if (access(srckey, F_OK) == 0 &&
	    ((st = audit_key_copy(src, tmp, err, sizeof(err))) != WB_OK ||
	    chmod(tmpkey, mode & 0440) != 0)) {
		if (st == WB_OK)
			st = WB_IO;
		snprintf(res->error, sizeof(res->error), "%s", err);
		free(srckey);
		goto fail;
	}
	free(srckey);

	t0 = now();
	st = backup_check(tmp, &rows, &head, &schema, err, sizeof(err));
	res->check_seconds = now() - t0;
	if (st != WB_OK) {
		snprintf(res->error, sizeof(res->error), _("the copy failed "
		    "its check, so no backup was made: %s"), err);
		goto fail;
	}
	if (head < head0) {
		snprintf(res->error, sizeof(res->error), _("the copy ends at "
		    "audit row %lld, before row %lld that the database had "
		    "when the backup began; no backup was made"), head, head0);
		st = WB_DB;
		goto fail;
	}
	res->audit_rows = rows;
	if (stat(tmp, &sb) == 0)
		res->bytes = (long long)sb.st_size;
	/*
	 * The key first, the database's name last, when all is there; by
	 * link(2), which never replaces a file that came in between.
	 */
	if ((access(tmpkey, F_OK) == 0 && priv_link(tmpkey, finalkey) !=
	    0) || priv_link(tmp, final) != 0) {
		snprintf(res->error, sizeof(res->error), errno == EEXIST ?
		    _("%s already exists; werkbank will not overwrite it") :
		    _("cannot name the backup %s: %s"), final,
		    strerror(errno));
		if (errno != EEXIST || priv_lstat(final, &sb) != 0)
			priv_unlink(finalkey);
		st = WB_IO;
		goto fail;
	}
	priv_unlink(tmpkey);
	priv_unlink(tmp);
	if ((fd = priv_open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0)) !=
	    -1) {
		(void)fsync(fd);
		close(fd);
	}
	abs = realpath(final, NULL);
	snprintf(res->path, sizeof(res->path), "%s", abs != NULL ? abs :
	    final);
	free(abs);

	js = json_of(res->path);
	detail = xasprintf("{\"file\":%s,\"pages\":%lld,\"audit_head\":%lld}",
	    js, res->pages, head);
	free(js);
	if (audit_append(db, opt->login, "export", "backup", 0, detail) !=
	    WB_OK)
		snprintf(res->error, sizeof(res->error), "%s", db_error(db));
	free(detail);
	if (opt->keep > 0 && final != NULL)
		keep_newest(dir, src, opt->keep, res);
	st = WB_OK;
	goto done;
fail:
	priv_unlink(tmp);
	priv_unlink(tmpkey);
done:
	free(dir);
	free(final);
	free(tmp);
	free(tmpkey);
	free(finalkey);
	return st;
}

char **
backup_stale(struct db *db)
{
	sqlite3_stmt	*stmt;
	char		**out = NULL, purged[24] = "";
	size_t		 n = 0;
	struct stat	 sb;

	/* The last purge that removed someone (its detail is key=value
	 * text or JSON); none, nothing a backup keeps too long. */
	if (db_prepare(db, "SELECT max(at) FROM audit_log WHERE action = "
	    "'purge' AND NOT coalesce(detail LIKE '%candidates=0 %' OR CASE "
	    "WHEN json_valid(detail) THEN json_extract(detail, "
	    "'$.candidates') = 0 END, 0)", &stmt) != WB_OK)
		return NULL;
	if (sqlite3_step(stmt) == SQLITE_ROW)
		db_column_copy(purged, sizeof(purged), stmt, 0);
	sqlite3_finalize(stmt);
	if (purged[0] == '\0')
		return NULL;
	if (db_prepare(db, "SELECT json_extract(detail, '$.file'), "
	    "substr(min(at), 1, 16) FROM audit_log WHERE action = 'export' "
	    "AND record_type = 'backup' AND json_valid(detail) AND at < ?1 "
	    "GROUP BY 1 ORDER BY min(id)", &stmt) != WB_OK)
		return NULL;
	sqlite3_bind_text(stmt, 1, purged, -1, SQLITE_STATIC);
	while (sqlite3_step(stmt) == SQLITE_ROW) {
		const char	*file = (const char *)sqlite3_column_text(stmt,
				    0);
		const char	*made = (const char *)sqlite3_column_text(stmt,
				    1);

		/* Only what the person can see is there. */
		if (file == NULL || made == NULL || priv_stat(file, &sb) != 0)
			continue;
		out = xreallocarray(out, n + 2, sizeof(char *));
		out[n++] = xasprintf(_("%s, made %s UTC, before the purge of "
		    "%.16s: it still holds the people purged then"), file,
		    made, purged);
		out[n] = NULL;
	}
	sqlite3_finalize(stmt);
	return out;
}

enum wb_status
backup_last(struct db *db, char *file, size_t filelen, char *at,
    size_t atlen)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	int		 rc;

	file[0] = at[0] = '\0';
	if ((st = db_prepare(db, "SELECT json_extract(detail, '$.file'), "
	    "substr(at, 1, 16) FROM audit_log WHERE action = 'export' AND "
	    "record_type = 'backup' AND json_valid(detail) ORDER BY id DESC "
	    "LIMIT 1", &stmt)) != WB_OK)
		return st;
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		db_column_copy(file, filelen, stmt, 0);
		db_column_copy(at, atlen, stmt, 1);
	}
	sqlite3_finalize(stmt);
	if (rc == SQLITE_ROW)
		return WB_OK;
	return rc == SQLITE_DONE ? WB_NOT_FOUND : db_fail(db,
	    _("reading the audit log"));
}
