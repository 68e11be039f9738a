/*
 * listing.h: what the vacancy and candidate lists share.  A listing is
 * the ordered ids of the rows that pass a filter (one query, ids only,
 * fast for a million rows) plus a cache of full rows around the part of
 * the list on screen, loaded by the model on request.  Filters are typed
 * as "field:value field>number"; search is SQLite FTS5 turned into a
 * sorted id set.  No curses here.
 */
#ifndef WERKBANK_LISTING_H
#define WERKBANK_LISTING_H

#include <stddef.h>

#include "werkbank/db.h"
#include "werkbank/vocab.h"

enum listing_kind {
	LISTING_TEXT,		/* expr = value, case-insensitive */
	LISTING_PREFIX,		/* expr starts with value */
	LISTING_NUMBER,		/* expr = / > / < a number */
	LISTING_COND,		/* cond with @ for the value; op ':' only */
	LISTING_LIKE,		/* cond with @ inside a LIKE pattern, which
				   must say ESCAPE '\': the value is matched
				   as it is (its % _ \ escaped); ':' only */
};

/* A field a list can be filtered on (a model's table of them). */
struct listing_field {
	const char		*name;		/* English: "partner" */
	const char		*alias;		/* Dutch: "plaats"; may be NULL */
	const char		*sql;		/* expression, or condition */
	enum listing_kind	 kind;
	int			 sensitive;	/* not in meeting mode */
	/* A closed set: the value may be its code, word or a spelling
	 * (status:aangehouden, doelgroep:participatiewet). */
	enum vocab_set		 vocab;
};

#define LISTING_MAX_TERMS	8

struct listing_term {
	int	 field;		/* index in the model's table */
	char	 op;		/* ':', '>' or '<' */
	char	*value;		/* as typed */
	int	 alias;		/* the field named by its Dutch alias */
	/* What is compared: a closed set's code, a number with a point;
	 * NULL: the value. */
	char	*match;
};

/* Plain data; listing_filter_clear frees the values. */
struct listing_filter {
	struct listing_term	term[LISTING_MAX_TERMS];
	size_t			n;
};

/*
 * Parse "partner:MEP age>30" (also '='); an empty string clears.  On
 * WB_INVALID *f is unchanged and err holds a message (translated).
 * With meeting set, sensitive fields are refused.
 */
enum wb_status	 listing_filter_parse(const char *s,
		    const struct listing_field *fields, size_t nfields,
		    int meeting, struct listing_filter *f, char *err,
		    size_t errlen);
void		 listing_filter_clear(struct listing_filter *);
/* "partner:MEP age>30", or "" when empty, each field named as it was
 * typed (plaats:Meppel stays plaats:Meppel); caller frees. */
char		*listing_filter_format(const struct listing_filter *,
		    const struct listing_field *fields);
/* 1 when a term names a sensitive field. */
int		 listing_filter_sensitive(const struct listing_filter *,
		    const struct listing_field *fields);

/*
 * The WHERE conditions of a filter, " AND (...)" each, with ?NNN
 * parameters numbered from first_param; bind them with
 * listing_filter_bind.  Caller frees.
 */
char		*listing_filter_sql(const struct listing_filter *,
		    const struct listing_field *fields, int first_param);
void		 listing_filter_bind(const struct listing_filter *,
		    sqlite3_stmt *, int first_param);

/*
 * The rowids an FTS query (search_query(), bound to ?1 of sql) returns,
 * sorted; on failure none (*ids NULL).
 */
enum wb_status	 listing_id_set(struct db *, const char *sql,
		    const char *fts_query, long long **ids, size_t *n);
/* 1 when id is in the sorted set. */
int		 listing_id_in(const long long *ids, size_t n, long long id);

/*
 * The list itself.  load(ctx, id) returns a new row or NULL (row gone);
 * free_row frees one; free_ctx (may be NULL) frees ctx with the listing.
 * All three are the model's.
 */
struct listing;

struct listing	*listing_new(void *(*load)(void *, long long),
		    void (*free_row)(void *), void (*free_ctx)(void *),
		    void *ctx);
/* Accepts NULL; frees the cached rows and the context. */
void		 listing_free(struct listing *);
/*
 * Replace the ids with the result of sql (one id column); binds the
 * filter from first_param.  Cached rows of ids still present are kept.
 */
enum wb_status	 listing_query(struct listing *, struct db *, const char *sql,
		    const struct listing_filter *, int first_param);
size_t		 listing_count(const struct listing *);
long long	 listing_id(const struct listing *, size_t i);
/* The position of id, or (size_t)-1. */
size_t		 listing_find(const struct listing *, long long id);
/* Make rows [first, first + n) available (loads what is missing). */
void		 listing_fetch(struct listing *, size_t first, size_t n);
/* A row loaded by listing_fetch, else NULL; owned by the listing. */
const void	*listing_row(const struct listing *, size_t i);
/* Forget the cached rows (data changed). */
void		 listing_drop_rows(struct listing *);

/*
 * An ORDER BY list from a sort expression ("a, b DESC"): each term as
 * it is, or reversed when desc.  Commas inside parentheses are kept.
 * Caller frees.
 */
char		*listing_order(const char *expr, int desc);

/* Define the SQL function wb_today() (WERKBANK_TODAY aware) on db. */
void		 listing_register(struct db *);

/* For the models: a copy of column i ("" for NULL); caller frees. */
char		*listing_column(sqlite3_stmt *, int i);
/* Column i as a number, or dflt for NULL. */
double		 listing_column_num(sqlite3_stmt *, int i, double dflt);
/* Column i, a YYYY-MM-DD date, as a day number, or dflt. */
int		 listing_column_date(sqlite3_stmt *, int i, int dflt);

#endif
