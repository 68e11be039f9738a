/*
 * tmpdb.h: the unit tests' scratch database: a fresh directory under
 * $TMPDIR (or /tmp), a new database in it made with DB_OPEN_CREATE and
 * filled with the test's "world", and all of it removed again after the
 * test.  Header-only (static inline, so a test that uses only part of it
 * builds clean).
 */
#ifndef WERKBANK_TEST_TMPDB_H
#define WERKBANK_TEST_TMPDB_H

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "werkbank/db.h"
#include "werkbank/user.h"

struct tmpdb {
	char	dir[256];	/* the test's own directory */
	char	path[300];	/* the database in it */
};

/* Make a new directory "NAME.XXXXXX" in $TMPDIR (or /tmp) into dir;
 * 0, or -1 when it could not be made. */
static inline int
tmpdb_mkdir(char *dir, size_t size, const char *name)
{
	const char	*tmp = getenv("TMPDIR");

	snprintf(dir, size, "%s/%s.XXXXXX",
	    tmp != NULL && *tmp != '\0' ? tmp : "/tmp", name);
	return mkdtemp(dir) == NULL ? -1 : 0;
}

/* Remove the database file at path and SQLite's files beside it. */
static inline void
tmpdb_unlink(const char *path)
{
	static const char *const	 ext[] = { "", "-journal", "-wal", "-shm",
					    ".key" };
	char				 p[4200];
	size_t				 i;

	for (i = 0; i < sizeof(ext) / sizeof(ext[0]); i++) {
		snprintf(p, sizeof(p), "%s%s", path, ext[i]);
		unlink(p);
	}
}

/*
 * A new directory named after the test (name), a new database in it
 * opened into *db and, unless world is NULL, world's SQL run on it.
 * 0, or -1 with the reason on stderr (a test's setup returns -1 then).
 */
static inline int
tmpdb_open(struct tmpdb *t, struct db **db, const char *name,
    const char *world)
{
	*db = NULL;
	if (tmpdb_mkdir(t->dir, sizeof(t->dir), name) != 0) {
		fprintf(stderr, "setup: cannot make a directory for %s\n",
		    name);
		return -1;
	}
	snprintf(t->path, sizeof(t->path), "%s/test.db", t->dir);
	if (db_open(db, t->path, DB_OPEN_CREATE) != WB_OK ||
	    (world != NULL && db_exec(*db, world) != WB_OK)) {
		fprintf(stderr, "setup: %s\n", db_error(*db));
		return -1;
	}
	return 0;
}

/*
 * Who each login is (user_current), for the pairs of a login and a
 * struct user_ctx * after db, up to a NULL login.  0, or -1 with the
 * reason on stderr.
 */
static inline int
tmpdb_users(struct db *db, ...)
{
	va_list		 ap;
	const char	*login;
	struct user_ctx	*u;
	int		 ret = 0;

	va_start(ap, db);
	while (ret == 0 && (login = va_arg(ap, const char *)) != NULL) {
		u = va_arg(ap, struct user_ctx *);
		if (user_current(db, login, u) != WB_OK) {
			fprintf(stderr, "setup: %s: %s\n", login, db_error(db));
			ret = -1;
		}
	}
	va_end(ap);
	return ret;
}

/* Close db and remove the database and the directory tmpdb_open made
 * (the test removes any other file it put there first). */
static inline void
tmpdb_close(struct tmpdb *t, struct db *db)
{
	db_close(db);
	tmpdb_unlink(t->path);
	rmdir(t->dir);
}

#endif
