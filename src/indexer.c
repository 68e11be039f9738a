/*
 * indexer.c: one background thread per index build.  The thread opens
 * its own connection (SQLite connections are not shared across threads
 * here), builds the index, and hands it over under a mutex; the UI polls
 * indexer_done() from its input loop.  Stopping interrupts the SQL with
 * sqlite3_interrupt(), the one SQLite call meant for another thread.
 */
#include "werkbank/indexer.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "werkbank/db.h"
#include "werkbank/xmalloc.h"

struct indexer {
	pthread_t		 thread;
	pthread_mutex_t		 lock;
	char			*path;
	sqlite3			*sql;	/* while the build reads; under lock */
	int			 done, stop;
	struct match_index	*idx;
	char			 err[256];
};

static void	*build(void *);

static void *
build(void *arg)
{
	struct indexer		*ix = arg;
	struct db		*db = NULL;
	struct match_index	*idx = NULL;
	enum wb_status		 st;
	int			 go;

	st = db_open(&db, ix->path, DB_OPEN_EXISTING | DB_OPEN_NO_MIGRATE |
	    DB_OPEN_WORLD_OK);
	pthread_mutex_lock(&ix->lock);
	go = st == WB_OK && !ix->stop;
	if (go)
		ix->sql = db_sqlite(db);
	pthread_mutex_unlock(&ix->lock);
	if (go)
		st = match_index_build(db, &idx);
	pthread_mutex_lock(&ix->lock);
	ix->sql = NULL;
	if (st != WB_OK || idx == NULL)
		snprintf(ix->err, sizeof(ix->err), "%s", db != NULL ?
		    db_error(db) : "");
	ix->idx = idx;
	ix->done = 1;
	pthread_mutex_unlock(&ix->lock);
	db_close(db);
	return NULL;
}

struct indexer *
indexer_start(const char *path)
{
	struct indexer	*ix = xcalloc(1, sizeof(*ix));

	ix->path = xstrdup(path);
	pthread_mutex_init(&ix->lock, NULL);
	if (pthread_create(&ix->thread, NULL, build, ix) != 0) {
		pthread_mutex_destroy(&ix->lock);
		free(ix->path);
		free(ix);
		return NULL;
	}
	return ix;
}

int
indexer_done(struct indexer *ix, struct match_index **out, char *err,
    size_t errlen)
{
	int	done;

	pthread_mutex_lock(&ix->lock);
	done = ix->done;
	if (done) {
		*out = ix->idx;
		ix->idx = NULL;
		snprintf(err, errlen, "%s", ix->err);
	}
	pthread_mutex_unlock(&ix->lock);
	return done;
}

void
indexer_free(struct indexer *ix)
{
	struct timespec	ts;
	int		i, done = 0;

	if (ix == NULL)
		return;
	pthread_mutex_lock(&ix->lock);
	ix->stop = 1;
	if (ix->sql != NULL)
		sqlite3_interrupt(ix->sql);
	pthread_mutex_unlock(&ix->lock);
	/* Wait up to half a second, in steps, for the thread to finish. */
	for (i = 0; i < 50 && !done; i++) {
		pthread_mutex_lock(&ix->lock);
		done = ix->done;
		pthread_mutex_unlock(&ix->lock);
		if (!done) {
			ts.tv_sec = 0;
			ts.tv_nsec = 10 * 1000 * 1000;
			while (nanosleep(&ts, &ts) == -1 && errno == EINTR)
				;
		}
	}
	if (!done) {
		/* Still sorting: it ends with the process. */
		pthread_detach(ix->thread);
		return;
	}
	pthread_join(ix->thread, NULL);
	match_index_free(ix->idx);
	pthread_mutex_destroy(&ix->lock);
	free(ix->path);
	free(ix);
}
