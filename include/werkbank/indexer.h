/*
 * indexer.h: build the match index (match.h) in a thread of its own, on
 * a database connection of its own, so that the terminal UI answers keys
 * while a million candidates are read.  One build at a time.  No curses
 * here.
 */
#ifndef WERKBANK_INDEXER_H
#define WERKBANK_INDEXER_H

#include <stddef.h>

#include "werkbank/match.h"

struct indexer;

/* Start building from the database at path; NULL if no thread started. */
struct indexer	*indexer_start(const char *path);
/*
 * 1 when the build ended: *out is the index (caller frees with
 * match_index_free) or NULL with the reason in err; 0 while it runs.
 */
int		 indexer_done(struct indexer *, struct match_index **out,
		    char *err, size_t errlen);
/*
 * Stop: interrupt the build, wait for the thread at most about half a
 * second (then leave it to end with the process).  Accepts NULL.
 */
void		 indexer_free(struct indexer *);

#endif
