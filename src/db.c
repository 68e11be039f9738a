/*
 * db.c: open the SQLite file with the pragmas werkbank needs, choose the
 * journal mode, refuse network file systems, create new files 0660, run
 * transactions and detect other sessions' changes.  A file others may
 * read is refused (unless the caller allows it).
 */
#include "werkbank/db.h"
#include "werkbank/rows.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

#include "werkbank/i18n.h"
#include "werkbank/xmalloc.h"

struct db {
	sqlite3		*sql;
	char		*path;
	char		 error[1024];
	int		 in_tx;
	long long	 data_version;
	sqlite3_stmt	*data_version_stmt;
	const char	*journal_mode;
	const char	*journal_why;
	mode_t		 mode;
};

static const struct {
	unsigned long	 magic;
	const char	*name;
} network_fs[] = {
	{ 0x6969,	"NFS" },
	{ 0x517b,	"SMB" },
	{ 0xfe534d42,	"SMB2" },
	{ 0xff534d42,	"CIFS" },
	{ 0x65735546,	"FUSE" },
	{ 0x01021997,	"9P" },
	{ 0x564c,	"NCP" },
	{ 0x6b414653,	"AFS" },
	{ 0x5346414f,	"OpenAFS" },
	{ 0x00c36400,	"Ceph" },
	{ 0x47504653,	"GPFS" },
	{ 0x0bd00bd0,	"Lustre" },
};

const char *
db_network_fs_name(unsigned long fs_type)
{
	size_t	i;

	for (i = 0; i < sizeof(network_fs) / sizeof(network_fs[0]); i++)
		if (network_fs[i].magic == (fs_type & 0xffffffffUL))
			return network_fs[i].name;
	return NULL;
}

/*
 * The WAL-reset bug (two connections, a checkpoint and a WAL restart
 * racing) can corrupt a database in WAL mode.  It is fixed in 3.51.3 and
 * in the backports 3.50.7 and 3.44.6.
 */
const char *
db_journal_policy(int v, const char **why)
{
	int	fixed = v >= 3051003 || (v >= 3050007 && v < 3051000) ||
		    (v >= 3044006 && v < 3045000);

	if (fixed) {
		*why = N_("WAL: this SQLite has the fix for the WAL-reset "
		    "corruption bug, so readers never wait for writers");
		return "wal";
	}
	*why = N_("rollback journal: this SQLite predates the fix for the "
	    "WAL-reset corruption bug (3.51.3, 3.50.7, 3.44.6), so WAL is "
	    "not safe with several sessions writing");
	return "delete";
}

enum wb_status
db_set_error(struct db *db, enum wb_status st, const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	vsnprintf(db->error, sizeof(db->error), fmt, ap);
	va_end(ap);
	return st;
}

/*
 * SQLite's result codes in words the user can act on: a full disk or
 * file size limit, a read-only file or directory, a damaged file.  The
 * caller's transaction is rolled back, so "nothing was changed" holds.
 */
enum wb_status
db_fail(struct db *db, const char *what)
{
	int	code = db->sql != NULL ? sqlite3_extended_errcode(db->sql) :
		    SQLITE_ERROR;
	int	sys = db->sql != NULL ? sqlite3_system_errno(db->sql) : 0;

	/*
	 * SQLite keeps the errno of a failed write only until its own
	 * rollback makes more system calls; errno itself still tells
	 * (EFBIG past ulimit -f, ENOSPC on a full disk).
	 */
	if (sys == 0 && (code & 0xff) == SQLITE_IOERR)
		sys = errno;

	db_set_error(db, WB_DB, "%s: %s", what,
	    db->sql != NULL ? sqlite3_errmsg(db->sql) : "?");
	switch (code & 0xff) {
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return WB_BUSY;
	case SQLITE_READONLY:
		if (code == SQLITE_READONLY_DIRECTORY)
			return db_set_error(db, WB_DENIED, _("%s: the journal "
			    "cannot be made in the database's directory (no "
			    "write permission there); nothing was changed"),
			    db->path);
		return db_set_error(db, WB_DENIED, _("%s is read-only for "
		    "you; nothing was changed (writing needs write "
		    "permission on the file and its directory)"), db->path);
	case SQLITE_PERM:
	case SQLITE_CANTOPEN:
		if (sys == EACCES || sys == EPERM || sys == EROFS)
			return db_set_error(db, WB_DENIED, _("%s or its "
			    "journal cannot be opened: %s; nothing was "
			    "changed"),
			    db->path, strerror(sys));
		return WB_DENIED;
	case SQLITE_NOTADB:
		db_set_error(db, WB_DB, _("%s is not a werkbank database"),
		    db->path);
		return WB_DB;
	case SQLITE_CORRUPT:
		return db_set_error(db, WB_DB, _("%s is damaged (%s) and "
		    "werkbank cannot use it: restore the latest backup of "
		    "it while nobody is using werkbank"), db->path,
		    sqlite3_errmsg(db->sql));
	case SQLITE_FULL:
		return db_set_error(db, WB_IO, _("%s: the disk is full or the "
		    "file size limit is reached; nothing was changed (make "
		    "room and try again)"), db->path);
	case SQLITE_IOERR:
		if (sys == ENOSPC || sys == EFBIG || sys == EDQUOT)
			return db_set_error(db, WB_IO, _("%s: the disk is full "
			    "or the file size limit is reached (%s); nothing "
			    "was changed (make room and try again)"), db->path,
			    strerror(sys));
		if (sys != 0)
			return db_set_error(db, WB_IO, _("%s: reading or "
			    "writing the file failed: %s"), db->path,
			    strerror(sys));
		return WB_IO;
	default:
		return WB_DB;
	}
}

static enum wb_status
check_filesystem(struct db *db, const char *path)
{
	struct statfs	 sfs;
	const char	*name;

	if (statfs(path, &sfs) != 0)
		return WB_OK;	/* the open itself will say what is wrong */
	if ((name = db_network_fs_name((unsigned long)sfs.f_type)) != NULL)
		return db_set_error(db, WB_NETWORK_FS,
		    _("%s is on a network file system (%s); SQLite's locking "
		    "is not safe there, so werkbank refuses it: keep the "
		    "database on a local disk of the server"), db->path, name);
	return WB_OK;
}

static enum wb_status
create_file(struct db *db)
{
	char		*dir, *slash;
	enum wb_status	 st;
	int		 fd;

	dir = xstrdup(db->path);
	if ((slash = strrchr(dir, '/')) == NULL)
		strcpy(dir, ".");
	else if (slash == dir)
		slash[1] = '\0';
	else
		*slash = '\0';
	st = check_filesystem(db, dir);
	free(dir);
	if (st != WB_OK)
		return st;
	fd = open(db->path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0660);
	if (fd == -1) {
		if (errno == EEXIST)
			return db_set_error(db, WB_EXISTS,
			    _("%s already exists; werkbank will not overwrite "
			    "it"), db->path);
		return db_set_error(db, WB_IO, _("cannot create %s: %s"),
		    db->path, strerror(errno));
	}
	/* 0660 whatever the umask: the team shares the file through a group. */
	if (fchmod(fd, 0660) != 0) {
		close(fd);
		return db_set_error(db, WB_IO, _("cannot set the mode of %s: "
		    "%s"), db->path, strerror(errno));
	}
	close(fd);
	return WB_OK;
}

static enum wb_status
apply_pragmas(struct db *db)
{
	static const char pragmas[] =
	    "PRAGMA foreign_keys = ON;"
	    "PRAGMA synchronous = FULL;"
	    "PRAGMA secure_delete = ON;"
	    "PRAGMA trusted_schema = OFF;"
	    /* Big imports and match runs: keep pages and savepoint journals
	     * in memory instead of spilling them to disk row by row. */
	    "PRAGMA cache_size = " DB_CACHE_SIZE ";"
	    "PRAGMA temp_store = " DB_TEMP_STORE ";";

	sqlite3_busy_timeout(db->sql, 5000);
	if (sqlite3_exec(db->sql, pragmas, NULL, NULL, NULL) != SQLITE_OK)
		return db_fail(db, _("setting up the connection"));
	return WB_OK;
}

/* After check_identity: changing the journal mode writes to the file. */
static enum wb_status
set_journal_mode(struct db *db)
{
	const char	*want, *why;
	sqlite3_stmt	*stmt;
	char		 sql[64];
	enum wb_status	 st;

	want = db_journal_policy(sqlite3_libversion_number(), &why);
	snprintf(sql, sizeof(sql), "PRAGMA journal_mode = %s", want);
	if ((st = db_prepare(db, sql, &stmt)) != WB_OK)
		return st;
	if (sqlite3_step(stmt) != SQLITE_ROW) {
		sqlite3_finalize(stmt);
		return db_fail(db, _("setting the journal mode"));
	}
	db->journal_mode = strcmp((const char *)sqlite3_column_text(stmt, 0),
	    "wal") == 0 ? "wal" : "delete";
	db->journal_why = why;
	sqlite3_finalize(stmt);
	return WB_OK;
}

/* A file of some other program, or not SQLite at all, is refused. */
static enum wb_status
check_identity(struct db *db, int created)
{
	long long	app_id, tables;
	enum wb_status	st;

	if ((st = db_query_int(db, "PRAGMA application_id", &app_id)) != WB_OK)
		return st;
	if ((st = db_query_int(db, "SELECT count(*) FROM sqlite_schema",
	    &tables)) != WB_OK)
		return st;
	if (created && tables == 0) {
		char	sql[64];

		snprintf(sql, sizeof(sql), "PRAGMA application_id = %d",
		    DB_APPLICATION_ID);
		return db_exec(db, sql);
	}
	if (app_id != DB_APPLICATION_ID)
		return db_set_error(db, WB_DB,
		    _("%s is not a werkbank database"), db->path);
	return WB_OK;
}

enum wb_status
db_open(struct db **out, const char *path, int flags)
{
	static int	 configured;
	struct db	*db;
	struct stat	 sb;
	enum wb_status	 st;
	int		 created = 0, oflags;

	/* werkbank uses SQLite from one thread: no mutexes, no statistics. */
	if (!configured) {
		sqlite3_config(SQLITE_CONFIG_SINGLETHREAD);
		sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
		configured = 1;
	}
	db = xcalloc(1, sizeof(*db));
	db->path = xstrdup(path);
	*out = db;
	if (flags & DB_OPEN_CREATE) {
		if ((st = create_file(db)) != WB_OK)
			return st;
		created = 1;
	} else {
		if (stat(path, &sb) != 0) {
			if (errno == ENOENT)
				return db_set_error(db, WB_NO_DB,
				    _("%s does not exist; create it with "
				    "'werkbank init' or 'werkbank demo'"), path);
			return db_set_error(db, WB_IO, "%s: %s", path,
			    strerror(errno));
		}
		if (!S_ISREG(sb.st_mode))
			return db_set_error(db, WB_DB,
			    _("%s is not a werkbank database"), path);
		if ((st = check_filesystem(db, path)) != WB_OK)
			return st;
	}
	/* By the effective ids: set-group-id, the group is what opens it. */
	if (!created && faccessat(AT_FDCWD, path, R_OK, AT_EACCESS) != 0)
		return db_set_error(db, WB_DENIED, _("cannot open %s: %s"),
		    path, strerror(errno));
	oflags = 0;
	oflags |= !(flags & DB_OPEN_READONLY) &&
	    faccessat(AT_FDCWD, path, W_OK, AT_EACCESS) == 0 ?
	    SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY;
	if (sqlite3_open_v2(path, &db->sql, oflags, NULL) != SQLITE_OK)
		return db_fail(db, path);
	sqlite3_extended_result_codes(db->sql, 1);
	if ((st = apply_pragmas(db)) != WB_OK)
		goto fail;
	if (db_rows_register(db->sql) != SQLITE_OK) {
		st = db_fail(db, _("setting up the connection"));
		goto fail;
	}
	if ((st = check_identity(db, created)) != WB_OK)
		goto fail;
	/* After the identity: a file of another program is named as such. */
	if (!created && (sb.st_mode & (S_IROTH | S_IWOTH)) &&
	    !(flags & DB_OPEN_WORLD_OK)) {
		st = db_set_error(db, WB_DENIED, _("%s has mode %04o, which "
		    "lets every user of this machine read or change it; it "
		    "holds personal data, so werkbank refuses to open it: run "
		    "'chmod o-rwx %s' (or give --allow-world-readable to open "
		    "it anyway)"), path, (unsigned)(sb.st_mode & 07777), path);
		goto fail;
	}
	if (!(flags & DB_OPEN_READONLY) && (st = set_journal_mode(db)) !=
	    WB_OK)
		goto fail;
	if (!(flags & (DB_OPEN_NO_MIGRATE | DB_OPEN_READONLY)) &&
	    (st = db_migrate(db)) != WB_OK)
		goto fail;
	if (stat(path, &sb) == 0)
		db->mode = sb.st_mode & 07777;
	db_changed(db);
	return WB_OK;
fail:
	if (created) {
		sqlite3_close(db->sql);
		db->sql = NULL;
		unlink(path);
	}
	return st;
}

void
db_close(struct db *db)
{
	if (db == NULL)
		return;
	if (db->in_tx)
		db_rollback(db);
	sqlite3_finalize(db->data_version_stmt);
	sqlite3_close(db->sql);
	free(db->path);
	free(db);
}

sqlite3 *
db_sqlite(struct db *db)
{
	return db->sql;
}

const char *
db_path(const struct db *db)
{
	return db->path;
}

const char *
db_error(const struct db *db)
{
	return db->error[0] != '\0' ? db->error : _("no error");
}

enum wb_status
db_begin(struct db *db)
{
	if (db->in_tx)
		return db_set_error(db, WB_ERROR, "nested transaction");
	if (sqlite3_exec(db->sql, "BEGIN IMMEDIATE", NULL, NULL, NULL) !=
	    SQLITE_OK)
		return db_fail(db, _("starting a transaction"));
	db->in_tx = 1;
	return WB_OK;
}

enum wb_status
db_commit(struct db *db)
{
	if (sqlite3_exec(db->sql, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
		enum wb_status st = db_fail(db, _("committing"));

		db_rollback(db);
		return st;
	}
	db->in_tx = 0;
	return WB_OK;
}

void
db_rollback(struct db *db)
{
	if (sqlite3_get_autocommit(db->sql) == 0)
		sqlite3_exec(db->sql, "ROLLBACK", NULL, NULL, NULL);
	db->in_tx = 0;
}

int
db_in_transaction(const struct db *db)
{
	return db->in_tx;
}

enum wb_status
db_exec(struct db *db, const char *sql)
{
	char	*err = NULL;

	if (sqlite3_exec(db->sql, sql, NULL, NULL, &err) != SQLITE_OK) {
		enum wb_status st = db_fail(db, _("database"));

		sqlite3_free(err);
		return st;
	}
	return WB_OK;
}

enum wb_status
db_prepare(struct db *db, const char *sql, sqlite3_stmt **stmt)
{
	if (sqlite3_prepare_v2(db->sql, sql, -1, stmt, NULL) != SQLITE_OK) {
		*stmt = NULL;
		return db_fail(db, _("database"));
	}
	return WB_OK;
}

enum wb_status
db_query_int(struct db *db, const char *sql, long long *out)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	int		 rc;

	*out = 0;
	if ((st = db_prepare(db, sql, &stmt)) != WB_OK)
		return st;
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW)
		*out = sqlite3_column_int64(stmt, 0);
	else if (rc != SQLITE_DONE)
		st = db_fail(db, _("database"));
	sqlite3_finalize(stmt);
	return st;
}

void
db_column_copy(char *dst, size_t len, sqlite3_stmt *stmt, int col)
{
	const char	*s = (const char *)sqlite3_column_text(stmt, col);

	snprintf(dst, len, "%s", s != NULL ? s : "");
}

char *
db_column_dup(sqlite3_stmt *stmt, int col)
{
	return xstrdup(db_column_text(stmt, col));
}

const char *
db_column_text(sqlite3_stmt *stmt, int col)
{
	const char	*s = (const char *)sqlite3_column_text(stmt, col);

	return s != NULL ? s : "";
}

double
db_column_num(sqlite3_stmt *stmt, int col)
{
	return sqlite3_column_type(stmt, col) == SQLITE_NULL ? -1 :
	    sqlite3_column_double(stmt, col);
}

int
db_column_int(sqlite3_stmt *stmt, int col)
{
	return sqlite3_column_type(stmt, col) == SQLITE_NULL ? -1 :
	    sqlite3_column_int(stmt, col);
}

int
db_changed(struct db *db)
{
	long long	v;
	int		changed;

	if (db->data_version_stmt == NULL &&
	    db_prepare(db, "PRAGMA data_version", &db->data_version_stmt) !=
	    WB_OK)
		return 0;
	if (sqlite3_step(db->data_version_stmt) != SQLITE_ROW) {
		sqlite3_reset(db->data_version_stmt);
		return 0;
	}
	v = sqlite3_column_int64(db->data_version_stmt, 0);
	sqlite3_reset(db->data_version_stmt);
	changed = db->data_version != 0 && v != db->data_version;
	db->data_version = v;
	return changed;
}

int
db_schema_version(struct db *db)
{
	long long	v;

	if (db_query_int(db, "PRAGMA user_version", &v) != WB_OK)
		return -1;
	return (int)v;
}

const char *
db_journal_mode(const struct db *db, const char **why)
{
	*why = db->journal_why;
	return db->journal_mode;
}

mode_t
db_file_mode(const struct db *db)
{
	return db->mode;
}

enum wb_status
db_integrity(struct db *db, char **report)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	size_t		 len = 0;
	char		*out = NULL;
	int		 rc, lines = 0;

	*report = NULL;
	if ((st = db_prepare(db, "PRAGMA integrity_check(20)", &stmt)) != WB_OK)
		return st;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		const char	*line = (const char *)sqlite3_column_text(stmt, 0);
		size_t		 n;

		if (line == NULL || (lines == 0 && strcmp(line, "ok") == 0))
			continue;
		n = strlen(line);
		out = xreallocarray(out, len + n + 2, 1);
		memcpy(out + len, line, n);
		len += n;
		out[len++] = '\n';
		out[len] = '\0';
		lines++;
	}
	if (rc != SQLITE_DONE)
		st = db_fail(db, _("integrity check"));
	sqlite3_finalize(stmt);
	*report = out;
	return st;
}

enum wb_status
db_foreign_key_faults(struct db *db, long long *n)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	int		 rc;

	*n = 0;
	if ((st = db_prepare(db, "PRAGMA foreign_key_check", &stmt)) != WB_OK)
		return st;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
		(*n)++;
	if (rc != SQLITE_DONE)
		st = db_fail(db, _("foreign key check"));
	sqlite3_finalize(stmt);
	return st;
}

struct db_indexes {
	char	**sql;
	size_t	  n;
};

/* Drop what the schema query finds for each table (?1; ?2 = like), and
 * keep its SQL to make it again. */
static enum wb_status
schema_suspend(struct db *db, const char *query, const char *kind,
    const char *const *tables, const char *like, struct db_indexes **out)
{
	struct db_indexes	*ix = xcalloc(1, sizeof(*ix));
	sqlite3_stmt		*s;
	enum wb_status		 st;
	char			**names = NULL, *sql;
	size_t			 i;

	*out = ix;
	if ((st = db_prepare(db, query, &s)) != WB_OK)
		return st;
	for (; *tables != NULL; tables++) {
		sqlite3_bind_text(s, 1, *tables, -1, SQLITE_STATIC);
		if (like != NULL)
			sqlite3_bind_text(s, 2, like, -1, SQLITE_STATIC);
		while (sqlite3_step(s) == SQLITE_ROW) {
			names = xreallocarray(names, ix->n + 1, sizeof(char *));
			ix->sql = xreallocarray(ix->sql, ix->n + 1,
			    sizeof(char *));
			names[ix->n] = xstrdup((const char *)
			    sqlite3_column_text(s, 0));
			ix->sql[ix->n++] = xstrdup((const char *)
			    sqlite3_column_text(s, 1));
		}
		sqlite3_reset(s);
	}
	sqlite3_finalize(s);
	/* Dropped only after the schema query is done with. */
	for (i = 0; i < ix->n; i++) {
		if (st == WB_OK) {
			sql = sqlite3_mprintf("DROP %s \"%w\"", kind, names[i]);
			st = db_exec(db, sql);
			sqlite3_free(sql);
		}
		free(names[i]);
	}
	free(names);
	return st;
}

enum wb_status
db_indexes_suspend(struct db *db, const char *const *tables,
    struct db_indexes **out)
{
	return schema_suspend(db, "SELECT name, sql FROM sqlite_schema WHERE "
	    "type = 'index' AND tbl_name = ?1 AND sql IS NOT NULL AND "
	    "sql NOT LIKE 'CREATE UNIQUE%'", "INDEX", tables, NULL, out);
}

enum wb_status
db_triggers_suspend(struct db *db, const char *const *tables,
    const char *like, struct db_indexes **out)
{
	return schema_suspend(db, "SELECT name, sql FROM sqlite_schema WHERE "
	    "type = 'trigger' AND tbl_name = ?1 AND name LIKE ?2", "TRIGGER",
	    tables, like, out);
}

void
db_indexes_free(struct db_indexes *ix)
{
	size_t	i;

	if (ix == NULL)
		return;
	for (i = 0; i < ix->n; i++)
		free(ix->sql[i]);
	free(ix->sql);
	free(ix);
}

enum wb_status
db_indexes_resume(struct db *db, struct db_indexes *ix)
{
	enum wb_status	st = WB_OK, st1;
	size_t		i;

	if (ix == NULL)
		return WB_OK;
	for (i = 0; i < ix->n; i++) {
		if (st == WB_OK && (st1 = db_exec(db, ix->sql[i])) != WB_OK)
			st = st1;
		free(ix->sql[i]);
	}
	free(ix->sql);
	free(ix);
	return st;
}
