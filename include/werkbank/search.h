/*
 * search.h: the full-text indexes of vacancies and candidates
 * (schema/002-search.sql).  Triggers only note what changed; call
 * search_sync() before a MATCH query so the index is current.
 */
#ifndef WERKBANK_SEARCH_H
#define WERKBANK_SEARCH_H

#include "werkbank/db.h"

/*
 * Bring vacancy_fts and candidate_fts up to date with the records noted
 * in search_dirty, in one IMMEDIATE transaction of its own (or inside
 * the caller's, if one is open).  Cheap when nothing changed: one query.
 * Many changes (a big import) rebuild an index in bulk.
 */
enum wb_status	search_sync(struct db *);

#endif
