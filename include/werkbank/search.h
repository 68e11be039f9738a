/*
 * search.h: the full-text indexes of vacancies and candidates
 * (schema/002-search.sql, 006-search.sql).  Triggers only note what
 * changed; call search_sync() before a MATCH query so the index is
 * current.  What a person types becomes a query here: split into words
 * by the indexes' own tokenizer (so no text can make an FTS syntax
 * error), or taken as a record key PARTNER/REF as the screens show it.
 */
#ifndef WERKBANK_SEARCH_H
#define WERKBANK_SEARCH_H

#include <stddef.h>

#include "werkbank/db.h"

/* The tokenizer of both indexes; schema/006-search.sql says the same. */
#define SEARCH_TOKENIZE \
	"unicode61 remove_diacritics 2 categories 'L* N* Co Mc Mn So'"

/*
 * Bring vacancy_fts and candidate_fts up to date with the records noted
 * in search_dirty, in one IMMEDIATE transaction of its own (or inside
 * the caller's, if one is open).  Cheap when nothing changed: one query.
 * Many changes (a big import) rebuild an index in bulk.
 */
enum wb_status	search_sync(struct db *);

/*
 * An FTS5 query for what a person typed: its words as SEARCH_TOKENIZE
 * splits them (punctuation, apostrophes of any kind and spaces part
 * them), each as a prefix, all required ("O’Brien" -> "o"* AND
 * "brien"*); with columns ("{ref skills}") only in those.  WB_OK and *q
 * (caller frees), or *q NULL when nothing searchable was typed.
 */
enum wb_status	search_query(struct db *, const char *typed,
		    const char *columns, char **q);
/*
 * typed as a record key, PARTNER/REF as the screens show it
 * ("MEP/K-000015"), in table ("candidate" or "vacancy", alias x; vis a
 * condition on x the record must meet): WB_OK with that record, or when
 * there is none the records of that partner whose reference begins so
 * (*n may be 0); WB_NOT_FOUND when typed is no key of a partner (search
 * its words instead).  *ids sorted; caller frees.
 */
enum wb_status	search_key_ids(struct db *, const char *table,
		    const char *vis, const char *typed, long long **ids,
		    size_t *n);

#endif
