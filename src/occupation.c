/*
 * occupation.c: the occupation lookup by Dutch job title (occupation.h)
 * over the FTS index occupation_search, with the lists' query rules
 * (listing_fts_query: every word typed, each a prefix).
 */
#include "werkbank/occupation.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/i18n.h"
#include "werkbank/listing.h"

enum wb_status
occupation_search(struct db *db, const char *typed,
    struct occupation_hit *out, size_t max, size_t *n)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	char		*q = listing_fts_query(typed);
	const char	*label, *isco;
	size_t		 i;
	int		 rc = SQLITE_DONE;

	*n = 0;
	if (q == NULL || max == 0) {
		free(q);
		return WB_OK;
	}
	/* Shorter titles first among equals: "kok" before "kok-instructeur". */
	if ((st = db_prepare(db, "SELECT label, isco_code FROM "
	    "occupation_search WHERE occupation_search MATCH ?1 "
	    "ORDER BY rank, length(label), label LIMIT ?2", &stmt)) != WB_OK) {
		free(q);
		return st;
	}
	sqlite3_bind_text(stmt, 1, q, -1, SQLITE_TRANSIENT);
	/* Room for the duplicates (a label both ESCO and alternative). */
	sqlite3_bind_int64(stmt, 2, (sqlite3_int64)max * 4);
	free(q);
	while (*n < max && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		label = (const char *)sqlite3_column_text(stmt, 0);
		isco = (const char *)sqlite3_column_text(stmt, 1);
		if (label == NULL || isco == NULL)
			continue;
		for (i = 0; i < *n; i++)
			if (strcmp(out[i].label, label) == 0 &&
			    strcmp(out[i].isco, isco) == 0)
				break;
		if (i < *n)
			continue;
		snprintf(out[*n].label, sizeof(out[*n].label), "%s", label);
		snprintf(out[*n].isco, sizeof(out[*n].isco), "%s", isco);
		(*n)++;
	}
	if (*n < max && rc != SQLITE_DONE) {
		sqlite3_finalize(stmt);
		return db_fail(db, _("searching the occupations"));
	}
	sqlite3_finalize(stmt);
	return WB_OK;
}
