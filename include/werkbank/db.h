/*
 * db.h: the SQLite connection.  Opening applies the pragmas werkbank
 * relies on and the schema migrations compiled into the binary; every
 * write runs in a transaction begun IMMEDIATE and never stays open while
 * the program waits for a key.  Errors carry sqlite3_errmsg().
 */
#ifndef WERKBANK_DB_H
#define WERKBANK_DB_H

#include <sqlite3.h>
#include <sys/types.h>

#include "werkbank/status.h"

struct db;

enum db_open_flags {
	DB_OPEN_EXISTING	= 0,	/* the file must exist; never created */
	DB_OPEN_CREATE		= 1,	/* a new file, 0660; must not exist */
	DB_OPEN_NO_MIGRATE	= 2,	/* leave the schema as it is (check) */
	DB_OPEN_WORLD_OK	= 4,	/* open it even if others may read it */
	DB_OPEN_READONLY	= 8,	/* read only: no journal mode set, no
					   migration (backups, restore) */
};

/* The page cache of a connection (PRAGMA cache_size): 128 MiB. */
#define DB_CACHE_SIZE		"-131072"
/* Where a connection keeps temporary tables and sorts (temp_store). */
#define DB_TEMP_STORE		"MEMORY"

/* The werkbank file signature (PRAGMA application_id), "WRKB". */
#define DB_APPLICATION_ID	0x57524b42

/*
 * Open PATH, apply the pragmas, migrate to the newest schema.  *out is
 * always set (like sqlite3_open): on failure it holds the message for
 * db_error() and must still be closed.  An existing file that users
 * outside its owner and group may read or write (o+r, o+w) is refused
 * with WB_DENIED unless flags has DB_OPEN_WORLD_OK.
 */
enum wb_status	 db_open(struct db **out, const char *path, int flags);
/* Close; accepts NULL.  A transaction still open is rolled back. */
void		 db_close(struct db *);

sqlite3		*db_sqlite(struct db *);
const char	*db_path(const struct db *);
/* The last error message (English parts translated); never NULL. */
const char	*db_error(const struct db *);
/* Record an error message (printf-style) and return st. */
enum wb_status	 db_set_error(struct db *, enum wb_status st, const char *, ...)
		     __attribute__((format(printf, 3, 4)));
/*
 * Record "WHAT: sqlite3_errmsg()" and return WB_BUSY for a busy or
 * locked database, WB_DENIED for a read-only one, WB_DB otherwise.
 */
enum wb_status	 db_fail(struct db *, const char *what);

/* BEGIN IMMEDIATE / COMMIT / ROLLBACK.  No nesting. */
enum wb_status	 db_begin(struct db *);
enum wb_status	 db_commit(struct db *);
void		 db_rollback(struct db *);
int		 db_in_transaction(const struct db *);

/* Run SQL without results (may be several statements). */
enum wb_status	 db_exec(struct db *, const char *sql);
/* Prepare one statement; the caller finalizes it. */
enum wb_status	 db_prepare(struct db *, const char *sql, sqlite3_stmt **);
/* The first column of the first row as an integer (0 when no row). */
enum wb_status	 db_query_int(struct db *, const char *sql, long long *);
/* A text column into dst (len bytes, cut to fit; "" for NULL). */
void		 db_column_copy(char *dst, size_t len, sqlite3_stmt *, int col);
/* A text column as a new string ("" for NULL); the caller frees it. */
char		*db_column_dup(sqlite3_stmt *, int col);
/* A text column, "" for NULL; valid until the next step, reset or
 * finalize of the statement. */
const char	*db_column_text(sqlite3_stmt *, int col);
/* A number / a whole number (a yes-no-unknown: 1, 0, -1), -1 for NULL. */
double		 db_column_num(sqlite3_stmt *, int col);
int		 db_column_int(sqlite3_stmt *, int col);

/*
 * Live refresh: 1 when another connection committed a change since the
 * last call (PRAGMA data_version), else 0.
 */
int		 db_changed(struct db *);

/* PRAGMA user_version, and the newest version this binary knows. */
int		 db_schema_version(struct db *);
int		 db_schema_latest(void);
/* Apply the pending migrations, each in its own transaction. */
enum wb_status	 db_migrate(struct db *);

/*
 * The journal mode chosen for a SQLite library version number
 * (sqlite3_libversion_number()): "wal" when the WAL-reset bug is fixed
 * in it, "delete" otherwise; *why says why in English (translate it).
 */
const char	*db_journal_policy(int libversion, const char **why);
/* The journal mode in use and why it was chosen. */
const char	*db_journal_mode(const struct db *, const char **why);

/*
 * The name of a network file system type (statfs f_type), or NULL for a
 * local one.  db_open refuses a database on a network file system.
 */
const char	*db_network_fs_name(unsigned long fs_type);

/*
 * PRAGMA integrity_check: WB_OK and *report NULL when the file is sound,
 * else the first problems SQLite names (caller frees).
 */
enum wb_status	 db_integrity(struct db *, char **report);
/* The number of rows PRAGMA foreign_key_check reports. */
enum wb_status	 db_foreign_key_faults(struct db *, long long *);

/*
 * For bulk writes: drop the secondary, non-unique indexes of these tables
 * (NULL-terminated list) and remember their SQL; db_indexes_resume()
 * makes them again (sorting a million entries once costs far less than
 * inserting them one by one) and frees the list.  Both run inside the
 * caller's transaction, so a failure in between loses nothing.  Indexes
 * that enforce uniqueness stay.  Resume accepts NULL.
 */
struct db_indexes;
enum wb_status	 db_indexes_suspend(struct db *, const char *const *tables,
		    struct db_indexes **);
enum wb_status	 db_indexes_resume(struct db *, struct db_indexes *);
/* Forget the list without making anything (after a rollback, which
 * brought them back); accepts NULL. */
void		 db_indexes_free(struct db_indexes *);
/*
 * The same for the triggers on these tables whose names are LIKE `like`
 * (the search index's, which note every changed record in search_dirty:
 * a bulk import notes its records itself, once); db_indexes_resume()
 * makes them again.
 */
enum wb_status	 db_triggers_suspend(struct db *, const char *const *tables,
		    const char *like, struct db_indexes **);

/* The file's permission bits. */
mode_t		 db_file_mode(const struct db *);

#endif
