/*
 * backup.h: a consistent copy of the database made while others work
 * (`werkbank backup`), checked before it gets its name, and the copies
 * that are kept.
 *
 * The copy is made with SQLite's online backup API in steps.  With a
 * rollback journal each step holds the read lock only while it copies
 * (others' writes wait for it, at most their five-second busy timeout),
 * so steps are sized to about 100 ms, with a pause between them to let
 * writers in; a write between steps makes SQLite start the copy over,
 * and when that keeps happening the steps grow, to about half a second,
 * or, when the whole copy should take at most 1.5 s, it is taken in one
 * step (the writers wait for it as for any long write).
 * In WAL mode one read transaction holds a snapshot for the whole copy
 * and writers are never held back.  The copy is written under a
 * temporary name (".NAME.tmp-PID" beside it), checked (integrity,
 * application id and schema, the audit chain with the key, the audit
 * log reaching the head it had when the backup began), given the key
 * (NAME.key) and only then renamed to NAME: an interrupted backup never
 * leaves a file under the final name.  Mode 0640 when the person's
 * group is the database's (the group-only backups of a team server),
 * else 0600.
 */
#ifndef WERKBANK_BACKUP_H
#define WERKBANK_BACKUP_H

#include <stddef.h>

#include "werkbank/db.h"

struct backup_opts {
	const char	*dest;		/* a directory, or a new file */
	int		 keep;		/* keep the newest N in dest; 0: all */
	const char	*login;		/* for the audit row */
	/* Progress, called after each step (NULL: none). */
	void		(*progress)(void *arg, long long done,
			    long long total);
	void		*arg;
};

struct backup_result {
	char		 path[4096];	/* the backup written */
	long long	 pages;		/* database pages copied */
	long long	 bytes;		/* the copy's size */
	int		 steps;		/* backup steps in the last pass */
	int		 restarts;	/* passes begun again after a write */
	double		 seconds;	/* copying */
	double		 longest_step;	/* seconds: the longest step, which
					   held the read lock (rollback) */
	double		 check_seconds;	/* checking the copy */
	int		 wal;		/* the source was in WAL mode */
	long long	 audit_rows;	/* in the copy, verified */
	char		**deleted;	/* --keep: backups deleted */
	size_t		 ndeleted;
	char		 error[1024];
};

/*
 * Back up the open database db to opt->dest: a directory gets
 * "STEM-YYYYMMDDTHHMMSSZ.db" (UTC; STEM the database's name without
 * ".db"), anything else is the file to make, which must not exist.
 * On success an audit row (action export, record type backup, the file
 * in its detail) is added to db, and with keep > 0 the older backups of
 * this database in the directory (and their keys) beyond the newest
 * keep are deleted.  On failure nothing is left under the final name
 * and res->error says why.  Free the result with backup_result_free.
 */
enum wb_status	 backup_make(struct db *db, const struct backup_opts *opt,
		    struct backup_result *res);
void		 backup_result_free(struct backup_result *);

/*
 * Copy the database of connection src (all of it, in the steps above)
 * into a new file at tmp, created with mode; fills the copy figures of
 * res.  restore.c uses it to keep the current file aside.
 */
enum wb_status	 backup_copy(sqlite3 *src, int wal, const char *tmp,
		    mode_t mode, const struct backup_opts *opt,
		    struct backup_result *res);

/*
 * Check a copy at path as a backup must be: a werkbank database, sound
 * (integrity check), a schema this werkbank knows, its audit chain
 * intact under its key (path.key; none for a log not keyed yet).
 * *rows gets the audit rows, *head the last audit row id, *schema the
 * schema version.  WB_OK, or an error (WB_TOO_NEW for a newer schema)
 * with the reason in err.
 */
enum wb_status	 backup_check(const char *path, long long *rows,
		    long long *head, int *schema, char *err, size_t errlen);

/*
 * The backups of the database db_path that `backup DIR` made in dir
 * (STEM-YYYYMMDDTHHMMSSZ.db), newest first; NULL-terminated, caller
 * frees each and the array.
 */
char		**backup_list(const char *dir, const char *db_path);

/*
 * For check: the backups the audit log records that still exist and
 * were made before the last purge, so they still hold people purged
 * since (AVG).  One line each ("PATH, made DATE, before the purge of
 * DATE") into a NULL-terminated array, caller frees; NULL when none.
 */
char		**backup_stale(struct db *db);

/*
 * The last backup the audit log records: its file and when (UTC,
 * YYYY-MM-DD HH:MM).  WB_NOT_FOUND when there is none.
 */
enum wb_status	 backup_last(struct db *db, char *file, size_t filelen,
		    char *at, size_t atlen);

#endif
