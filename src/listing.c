/*
 * listing.c: ordered id lists with a window of cached rows, the filter
 * language of the lists ("partner:MEP age>30") and FTS5 search as an id
 * set.  The models (vacancy.c, candidate.c) supply the SQL; this file
 * owns the bookkeeping, so a million-row list costs one id array and the
 * rows on screen.
 */
#include "werkbank/listing.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "werkbank/date.h"
#include "werkbank/i18n.h"
#include "werkbank/num.h"
#include "werkbank/text.h"
#include "werkbank/xmalloc.h"

/* Rows kept around the requested window, on each side. */
#define LISTING_MARGIN	64

struct listing {
	long long	 *ids;
	size_t		  n;
	void		**rows;		/* cache window: rows[0] is position first */
	size_t		  first, count;
	void		*(*load)(void *, long long);
	void		 (*free_row)(void *);
	void		 (*free_ctx)(void *);
	void		 *ctx;
};

static int	field_lookup(const struct listing_field *, size_t, const char *,
		    size_t);
static int	id_cmp(const void *, const void *);

static int
field_lookup(const struct listing_field *fields, size_t nfields,
    const char *name, size_t len)
{
	size_t	i;

	for (i = 0; i < nfields; i++) {
		if ((strlen(fields[i].name) == len &&
		    strncasecmp(fields[i].name, name, len) == 0) ||
		    (fields[i].alias != NULL && strlen(fields[i].alias) == len &&
		    strncasecmp(fields[i].alias, name, len) == 0))
			return (int)i;
	}
	return -1;
}

enum wb_status
listing_filter_parse(const char *s, const struct listing_field *fields,
    size_t nfields, int meeting, struct listing_filter *f, char *err,
    size_t errlen)
{
	struct listing_filter	 nf;
	const char		*p = s, *w, *op, *code;
	size_t			 len;
	int			 fi;
	double			 d;
	char			 num[64], verr[512], named[64];

	memset(&nf, 0, sizeof(nf));
	while (*p != '\0') {
		while (*p == ' ')
			p++;
		if (*p == '\0')
			break;
		w = p;
		while (*p != '\0' && *p != ' ')
			p++;
		for (op = w; op < p && *op != ':' && *op != '=' && *op != '>' &&
		    *op != '<'; op++)
			;
		if (op == p || op == w || op + 1 == p) {
			snprintf(err, errlen, _("Write a filter as field:value, "
			    "for example partner:MEP."));
			goto fail;
		}
		len = (size_t)(op - w);
		if ((fi = field_lookup(fields, nfields, w, len)) < 0) {
			snprintf(err, errlen, _("Unknown filter field '%.*s'."),
			    (int)len, w);
			goto fail;
		}
		/* Messages name the field as it was typed. */
		snprintf(named, sizeof(named), "%.*s", (int)len, w);
		if (meeting && fields[fi].sensitive) {
			snprintf(err, errlen, _("Filter '%s' is not available "
			    "in meeting mode."), named);
			goto fail;
		}
		if (nf.n == LISTING_MAX_TERMS) {
			snprintf(err, errlen, _("At most %d filter terms."),
			    LISTING_MAX_TERMS);
			goto fail;
		}
		nf.term[nf.n].field = fi;
		nf.term[nf.n].alias = fields[fi].alias != NULL &&
		    strlen(fields[fi].alias) == len &&
		    strncasecmp(fields[fi].alias, w, len) == 0;
		nf.term[nf.n].op = *op == '=' ? ':' : *op;
		nf.term[nf.n].value = xstrndup(op + 1, (size_t)(p - op - 1));
		if (fields[fi].kind == LISTING_NUMBER) {
			/* 24,5 or 24.5; compared as SQLite reads 24.5. */
			if (num_parse(nf.term[nf.n].value, &d) != NUM_OK) {
				snprintf(err, errlen, _("Filter '%s' needs a "
				    "number."), named);
				nf.n++;
				goto fail;
			}
			nf.term[nf.n].match = xstrdup(num_format_c(d, 6, num,
			    sizeof(num)));
		} else if (fields[fi].vocab != VOCAB_NONE &&
		    nf.term[nf.n].op == ':') {
			if (vocab_parse(fields[fi].vocab, nf.term[nf.n].value,
			    &code, verr, sizeof(verr)) != WB_OK) {
				snprintf(err, errlen, "%.*s: %s", (int)len, w,
				    verr);
				nf.n++;
				goto fail;
			}
			nf.term[nf.n].match = xstrdup(code);
		} else if (nf.term[nf.n].op != ':') {
			snprintf(err, errlen, _("Filter '%s' takes ':' only."),
			    named);
			nf.n++;
			goto fail;
		}
		nf.n++;
	}
	listing_filter_clear(f);
	*f = nf;
	return WB_OK;
fail:
	listing_filter_clear(&nf);
	return WB_INVALID;
}

void
listing_filter_clear(struct listing_filter *f)
{
	size_t	i;

	for (i = 0; i < f->n; i++) {
		free(f->term[i].value);
		free(f->term[i].match);
	}
	memset(f, 0, sizeof(*f));
}

char *
listing_filter_format(const struct listing_filter *f,
    const struct listing_field *fields)
{
	char	*s = xstrdup(""), *t;
	size_t	 i;

	for (i = 0; i < f->n; i++) {
		t = xasprintf("%s%s%s%c%s", s, i > 0 ? " " : "",
		    f->term[i].alias ? fields[f->term[i].field].alias :
		    fields[f->term[i].field].name, f->term[i].op,
		    f->term[i].value);
		free(s);
		s = t;
	}
	return s;
}

int
listing_filter_sensitive(const struct listing_filter *f,
    const struct listing_field *fields)
{
	size_t	i;

	for (i = 0; i < f->n; i++)
		if (fields[f->term[i].field].sensitive)
			return 1;
	return 0;
}

/*
 * A parameter as a literal part of a LIKE pattern: '\', '%' and '_'
 * escaped with '\' (the pattern says ESCAPE '\'), so that name:% finds
 * the names holding a '%', not every name.
 */
#define LIKE_LITERAL(p)	"replace(replace(replace(" p ", '\\', '\\\\'), " \
	"'%%', '\\%%'), '_', '\\_')"

char *
listing_filter_sql(const struct listing_filter *f,
    const struct listing_field *fields, int first_param)
{
	char		*s = xstrdup(""), *t, *cond, param[16], like[96];
	const char	*sql, *at;
	size_t		 i;

	for (i = 0; i < f->n; i++) {
		const struct listing_field *fd = &fields[f->term[i].field];

		snprintf(param, sizeof(param), "?%d", first_param + (int)i);
		snprintf(like, sizeof(like), LIKE_LITERAL("%s"), param);
		sql = fd->sql;
		switch (fd->kind) {
		case LISTING_TEXT:
			cond = xasprintf("%s = %s COLLATE NOCASE", sql, param);
			break;
		case LISTING_PREFIX:
			cond = xasprintf("%s LIKE %s || '%%' ESCAPE '\\'", sql,
			    like);
			break;
		case LISTING_NUMBER:
			/* Bound as text, so compared as a number: a text is
			 * above every number in SQLite. */
			cond = xasprintf("%s %s CAST(%s AS REAL)", sql,
			    f->term[i].op == ':' ? "=" : f->term[i].op == '>' ?
			    ">" : "<", param);
			break;
		default:
			/* A condition: every @ is the value. */
			cond = xstrdup("");
			while ((at = strchr(sql, '@')) != NULL) {
				t = xasprintf("%s%.*s%s", cond, (int)(at - sql),
				    sql, fd->kind == LISTING_LIKE ? like : param);
				free(cond);
				cond = t;
				sql = at + 1;
			}
			t = xasprintf("%s%s", cond, sql);
			free(cond);
			cond = t;
			break;
		}
		t = xasprintf("%s AND (%s)", s, cond);
		free(cond);
		free(s);
		s = t;
	}
	return s;
}

void
listing_filter_bind(const struct listing_filter *f, sqlite3_stmt *stmt,
    int first_param)
{
	size_t	i;

	for (i = 0; i < f->n; i++)
		sqlite3_bind_text(stmt, first_param + (int)i,
		    f->term[i].match != NULL ? f->term[i].match :
		    f->term[i].value, -1, SQLITE_TRANSIENT);
}

static int
id_cmp(const void *a, const void *b)
{
	long long	x = *(const long long *)a, y = *(const long long *)b;

	return x < y ? -1 : x > y;
}

enum wb_status
listing_id_set(struct db *db, const char *sql, const char *fts_query,
    long long **ids, size_t *n)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	size_t		 cap = 64;
	int		 rc;

	*ids = NULL;
	*n = 0;
	if ((st = db_prepare(db, sql, &stmt)) != WB_OK)
		return st;
	sqlite3_bind_text(stmt, 1, fts_query, -1, SQLITE_STATIC);
	*ids = xreallocarray(NULL, cap, sizeof(**ids));
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if (*n == cap) {
			cap *= 2;
			*ids = xreallocarray(*ids, cap, sizeof(**ids));
		}
		(*ids)[(*n)++] = sqlite3_column_int64(stmt, 0);
	}
	if (rc != SQLITE_DONE)
		st = db_fail(db, _("searching"));
	sqlite3_finalize(stmt);
	if (st != WB_OK) {
		free(*ids);
		*ids = NULL;
		*n = 0;
		return st;
	}
	qsort(*ids, *n, sizeof(**ids), id_cmp);
	return st;
}

int
listing_id_in(const long long *ids, size_t n, long long id)
{
	return n > 0 && bsearch(&id, ids, n, sizeof(*ids), id_cmp) != NULL;
}

struct listing *
listing_new(void *(*load)(void *, long long), void (*free_row)(void *),
    void (*free_ctx)(void *), void *ctx)
{
	struct listing	*l = xcalloc(1, sizeof(*l));

	l->load = load;
	l->free_row = free_row;
	l->free_ctx = free_ctx;
	l->ctx = ctx;
	return l;
}

void
listing_drop_rows(struct listing *l)
{
	size_t	i;

	for (i = 0; i < l->count; i++)
		if (l->rows[i] != NULL)
			l->free_row(l->rows[i]);
	free(l->rows);
	l->rows = NULL;
	l->first = l->count = 0;
}

void
listing_free(struct listing *l)
{
	if (l == NULL)
		return;
	listing_drop_rows(l);
	free(l->ids);
	if (l->free_ctx != NULL)
		l->free_ctx(l->ctx);
	free(l);
}

enum wb_status
listing_query(struct listing *l, struct db *db, const char *sql,
    const struct listing_filter *f, int first_param)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	long long	*ids;
	size_t		 n = 0, cap = 1024;
	int		 rc;

	if ((st = db_prepare(db, sql, &stmt)) != WB_OK)
		return st;
	if (f != NULL)
		listing_filter_bind(f, stmt, first_param);
	ids = xreallocarray(NULL, cap, sizeof(*ids));
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if (n == cap) {
			cap *= 2;
			ids = xreallocarray(ids, cap, sizeof(*ids));
		}
		ids[n++] = sqlite3_column_int64(stmt, 0);
	}
	if (rc != SQLITE_DONE) {
		st = db_fail(db, _("reading the list"));
		sqlite3_finalize(stmt);
		free(ids);
		return st;
	}
	sqlite3_finalize(stmt);
	/* The cached window no longer lines up with the new order. */
	listing_drop_rows(l);
	free(l->ids);
	l->ids = ids;
	l->n = n;
	return WB_OK;
}

size_t
listing_count(const struct listing *l)
{
	return l->n;
}

long long
listing_id(const struct listing *l, size_t i)
{
	return i < l->n ? l->ids[i] : 0;
}

size_t
listing_find(const struct listing *l, long long id)
{
	size_t	i;

	for (i = 0; i < l->n; i++)
		if (l->ids[i] == id)
			return i;
	return (size_t)-1;
}

void
listing_fetch(struct listing *l, size_t first, size_t n)
{
	void	**rows;
	size_t	  nfirst, ncount, i, pos;

	if (first >= l->n)
		return;
	if (n > l->n - first)
		n = l->n - first;
	if (first >= l->first && first + n <= l->first + l->count) {
		for (i = first; i < first + n; i++)
			if (l->rows[i - l->first] == NULL)
				break;
		if (i == first + n)
			return;
	}
	nfirst = first > LISTING_MARGIN ? first - LISTING_MARGIN : 0;
	ncount = first + n + LISTING_MARGIN - nfirst;
	if (nfirst + ncount > l->n)
		ncount = l->n - nfirst;
	rows = xcalloc(ncount > 0 ? ncount : 1, sizeof(*rows));
	/* Keep the rows of the old window that fall in the new one. */
	for (i = 0; i < l->count; i++) {
		pos = l->first + i;
		if (l->rows[i] == NULL)
			continue;
		if (pos >= nfirst && pos < nfirst + ncount)
			rows[pos - nfirst] = l->rows[i];
		else
			l->free_row(l->rows[i]);
	}
	free(l->rows);
	l->rows = rows;
	l->first = nfirst;
	l->count = ncount;
	for (i = first; i < first + n; i++)
		if (rows[i - nfirst] == NULL)
			rows[i - nfirst] = l->load(l->ctx, l->ids[i]);
}

const void *
listing_row(const struct listing *l, size_t i)
{
	if (i < l->first || i >= l->first + l->count)
		return NULL;
	return l->rows[i - l->first];
}

char *
listing_column(sqlite3_stmt *stmt, int i)
{
	const unsigned char	*t = sqlite3_column_text(stmt, i);

	return xstrdup(t != NULL ? (const char *)t : "");
}

double
listing_column_num(sqlite3_stmt *stmt, int i, double dflt)
{
	if (sqlite3_column_type(stmt, i) == SQLITE_NULL)
		return dflt;
	return sqlite3_column_double(stmt, i);
}

int
listing_column_date(sqlite3_stmt *stmt, int i, int dflt)
{
	const unsigned char	*t = sqlite3_column_text(stmt, i);
	int			 d;

	if (t == NULL || date_parse((const char *)t, &d) != WB_OK)
		return dflt;
	return d;
}

static void
sql_today(sqlite3_context *c, int argc, sqlite3_value **argv)
{
	char	buf[11];

	(void)argc;
	(void)argv;
	sqlite3_result_text(c, date_format(date_today(), buf), -1,
	    SQLITE_TRANSIENT);
}

void
listing_register(struct db *db)
{
	sqlite3_create_function(db_sqlite(db), "wb_today", 0, SQLITE_UTF8,
	    NULL, sql_today, NULL, NULL);
}

/* One term, reversed or not, appended to out. */
static char *
order_term(char *out, const char *t, size_t n, int desc)
{
	char	*r;
	int	 has_desc = n >= 5 && strncasecmp(t + n - 5, " DESC", 5) == 0;

	while (n > 0 && t[0] == ' ') {
		t++;
		n--;
	}
	if (has_desc)
		n -= 5;
	r = xasprintf("%s%s%.*s%s", out, *out ? ", " : "", (int)n, t,
	    (desc != 0) != has_desc ? " DESC" : "");
	free(out);
	return r;
}

char *
listing_order(const char *expr, int desc)
{
	char		*out = xstrdup("");
	const char	*p, *start = expr;
	int		 depth = 0;

	for (p = expr; *p != '\0'; p++) {
		if (*p == '(')
			depth++;
		else if (*p == ')')
			depth--;
		else if (*p == ',' && depth == 0) {
			out = order_term(out, start, (size_t)(p - start), desc);
			start = p + 1;
		}
	}
	return order_term(out, start, (size_t)(p - start), desc);
}
