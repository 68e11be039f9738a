/*
 * table.h: what CLI commands print: a table for people (columns aligned
 * in screen columns, data sanitized, headers translated), CSV with the
 * English column names, or a JSON array of objects (cli.md).
 */
#ifndef WERKBANK_TABLE_H
#define WERKBANK_TABLE_H

#include <stdio.h>

#include "werkbank/vocab.h"

enum table_format {
	TABLE_HUMAN,
	TABLE_CSV,
	TABLE_JSON,
};

struct table_col {
	const char	*key;	/* CSV header and JSON key (English) */
	const char	*label;	/* header for people: N_() marked */
	int		 numeric; /* right-aligned; a JSON number when it parses */
};

struct table;

/* cols must outlive the table.  Caller frees with table_free. */
struct table	*table_new(const struct table_col *cols, size_t ncols);
void		 table_free(struct table *);
/*
 * For people only (CSV and JSON keep the cells as they are): column col
 * holds codes of a closed set, shown as words; or times stored in UTC,
 * shown in local time.  Numeric cells are shown with the user's decimal
 * mark.
 */
void		 table_set_vocab(struct table *, size_t col, enum vocab_set);
void		 table_set_utc(struct table *, size_t col);
/* Add a row of ncols cells (copied); a NULL cell is empty/null. */
void		 table_add(struct table *, const char *const *cells);
size_t		 table_rows(const struct table *);
void		 table_print(const struct table *, FILE *, enum table_format);
/* Write s as a JSON string, escaped: json_string() (json.h). */
void		 table_json_string(FILE *, const char *s);

#endif
