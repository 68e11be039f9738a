/*
 * rows.c: wb_rows(?), a table-valued function over rows made in C (see
 * rows.h).  The rows come in as a pointer bound to the hidden column
 * (sqlite3_bind_pointer, type "wb_rows"), so no SQL text can reach them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/rows.h"
#include "werkbank/xmalloc.h"

#define ROWS_TYPE	"wb_rows"
#define CHUNK		(256 * 1024)

enum cell_type { CELL_NULL, CELL_INT, CELL_DOUBLE, CELL_TEXT };

struct cell {
	enum cell_type	type;
	union {
		long long	 i;
		double		 d;
		const char	*s;
	} v;
};

/* Texts live in chunks that never move. */
struct chunk {
	struct chunk	*next;
	size_t		 used, cap;
	char		 data[];
};

struct db_rows {
	int		 ncols;
	size_t		 nrows, caprows;
	struct cell	*cells;		/* nrows * ncols */
	struct chunk	*chunks;	/* the newest first */
};

struct db_rows *
db_rows_new(int ncols)
{
	struct db_rows	*r = xcalloc(1, sizeof(*r));

	r->ncols = ncols < 1 ? 1 : ncols > DB_ROWS_MAXCOLS ? DB_ROWS_MAXCOLS :
	    ncols;
	return r;
}

void
db_rows_free(struct db_rows *r)
{
	struct chunk	*c, *next;

	if (r == NULL)
		return;
	for (c = r->chunks; c != NULL; c = next) {
		next = c->next;
		free(c);
	}
	free(r->cells);
	free(r);
}

void
db_rows_clear(struct db_rows *r)
{
	struct chunk	*c, *next;

	r->nrows = 0;
	if (r->chunks == NULL)
		return;
	/* Keep the newest chunk only. */
	for (c = r->chunks->next; c != NULL; c = next) {
		next = c->next;
		free(c);
	}
	r->chunks->next = NULL;
	r->chunks->used = 0;
}

size_t
db_rows_count(const struct db_rows *r)
{
	return r->nrows;
}

void
db_rows_add(struct db_rows *r)
{
	if (r->nrows == r->caprows) {
		r->caprows = r->caprows ? r->caprows * 2 : 1024;
		r->cells = xreallocarray(r->cells, r->caprows * (size_t)r->ncols,
		    sizeof(struct cell));
	}
	memset(&r->cells[r->nrows * (size_t)r->ncols], 0,
	    (size_t)r->ncols * sizeof(struct cell));
	r->nrows++;
}

static struct cell *
cell(struct db_rows *r, int col)
{
	if (r->nrows == 0 || col < 1 || col > r->ncols)
		return NULL;
	return &r->cells[(r->nrows - 1) * (size_t)r->ncols + (size_t)col - 1];
}

void
db_rows_int(struct db_rows *r, int col, long long v)
{
	struct cell	*c = cell(r, col);

	if (c != NULL) {
		c->type = CELL_INT;
		c->v.i = v;
	}
}

void
db_rows_double(struct db_rows *r, int col, double v)
{
	struct cell	*c = cell(r, col);

	if (c != NULL) {
		c->type = CELL_DOUBLE;
		c->v.d = v;
	}
}

void
db_rows_text(struct db_rows *r, int col, const char *s)
{
	struct cell	*c = cell(r, col);
	struct chunk	*k = r->chunks;
	size_t		 n = strlen(s) + 1, cap;
	char		*copy;

	if (c == NULL)
		return;
	if (k == NULL || k->cap - k->used < n) {
		cap = n > CHUNK ? n : CHUNK;
		k = xmalloc(sizeof(*k) + cap);
		k->cap = cap;
		k->used = 0;
		k->next = r->chunks;
		r->chunks = k;
	}
	copy = k->data + k->used;
	memcpy(copy, s, n);
	k->used += n;
	c->type = CELL_TEXT;
	c->v.s = copy;
}

void
db_rows_null(struct db_rows *r, int col)
{
	struct cell	*c = cell(r, col);

	if (c != NULL)
		c->type = CELL_NULL;
}

int
db_rows_bind(sqlite3_stmt *stmt, int p, struct db_rows *r)
{
	return sqlite3_bind_pointer(stmt, p, r, ROWS_TYPE, NULL);
}

/* ---- the virtual table ---- */

struct rows_cursor {
	sqlite3_vtab_cursor	 base;
	struct db_rows		*rows;
	size_t			 at;
};

static int
rows_connect(sqlite3 *db, void *aux, int argc, const char *const *argv,
    sqlite3_vtab **out, char **err)
{
	char		 sql[16 + DB_ROWS_MAXCOLS * 5 + 32];
	size_t		 o;
	int		 i, rc;

	(void)aux;
	(void)argc;
	(void)argv;
	(void)err;
	o = (size_t)snprintf(sql, sizeof(sql), "CREATE TABLE x(");
	for (i = 1; i <= DB_ROWS_MAXCOLS; i++)
		o += (size_t)snprintf(sql + o, sizeof(sql) - o, "c%d,", i);
	snprintf(sql + o, sizeof(sql) - o, "src HIDDEN)");
	if ((rc = sqlite3_declare_vtab(db, sql)) != SQLITE_OK)
		return rc;
	*out = sqlite3_malloc(sizeof(**out));
	if (*out == NULL)
		return SQLITE_NOMEM;
	memset(*out, 0, sizeof(**out));
	return SQLITE_OK;
}

static int
rows_disconnect(sqlite3_vtab *vt)
{
	sqlite3_free(vt);
	return SQLITE_OK;
}

/* Only with its rows given: wb_rows(?). */
static int
rows_best_index(sqlite3_vtab *vt, sqlite3_index_info *info)
{
	int	i;

	(void)vt;
	for (i = 0; i < info->nConstraint; i++) {
		const struct sqlite3_index_constraint *c = &info->aConstraint[i];

		if (c->iColumn == DB_ROWS_MAXCOLS &&
		    c->op == SQLITE_INDEX_CONSTRAINT_EQ && c->usable) {
			info->aConstraintUsage[i].argvIndex = 1;
			info->aConstraintUsage[i].omit = 1;
			info->idxNum = 1;
			info->estimatedCost = 1000;
			return SQLITE_OK;
		}
	}
	return SQLITE_CONSTRAINT;
}

static int
rows_open(sqlite3_vtab *vt, sqlite3_vtab_cursor **out)
{
	struct rows_cursor	*c = sqlite3_malloc(sizeof(*c));

	(void)vt;
	if (c == NULL)
		return SQLITE_NOMEM;
	memset(c, 0, sizeof(*c));
	*out = &c->base;
	return SQLITE_OK;
}

static int
rows_close(sqlite3_vtab_cursor *cur)
{
	sqlite3_free(cur);
	return SQLITE_OK;
}

static int
rows_filter(sqlite3_vtab_cursor *cur, int idx, const char *idxstr, int argc,
    sqlite3_value **argv)
{
	struct rows_cursor	*c = (struct rows_cursor *)cur;

	(void)idxstr;
	c->rows = idx == 1 && argc == 1 ? sqlite3_value_pointer(argv[0],
	    ROWS_TYPE) : NULL;
	c->at = 0;
	return SQLITE_OK;
}

static int
rows_next(sqlite3_vtab_cursor *cur)
{
	((struct rows_cursor *)cur)->at++;
	return SQLITE_OK;
}

static int
rows_eof(sqlite3_vtab_cursor *cur)
{
	struct rows_cursor	*c = (struct rows_cursor *)cur;

	return c->rows == NULL || c->at >= c->rows->nrows;
}

static int
rows_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int col)
{
	struct rows_cursor	*c = (struct rows_cursor *)cur;
	const struct cell	*v;

	if (col >= c->rows->ncols)
		return SQLITE_OK;	/* NULL */
	v = &c->rows->cells[c->at * (size_t)c->rows->ncols + (size_t)col];
	switch (v->type) {
	case CELL_INT:
		sqlite3_result_int64(ctx, v->v.i);
		break;
	case CELL_DOUBLE:
		sqlite3_result_double(ctx, v->v.d);
		break;
	case CELL_TEXT:
		sqlite3_result_text(ctx, v->v.s, -1, SQLITE_STATIC);
		break;
	case CELL_NULL:
		break;
	}
	return SQLITE_OK;
}

static int
rows_rowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *rowid)
{
	*rowid = (sqlite3_int64)((struct rows_cursor *)cur)->at + 1;
	return SQLITE_OK;
}

static const sqlite3_module rows_module = {
	.iVersion = 0,
	.xCreate = NULL,	/* eponymous only: wb_rows(?) */
	.xConnect = rows_connect,
	.xBestIndex = rows_best_index,
	.xDisconnect = rows_disconnect,
	.xDestroy = rows_disconnect,
	.xOpen = rows_open,
	.xClose = rows_close,
	.xFilter = rows_filter,
	.xNext = rows_next,
	.xEof = rows_eof,
	.xColumn = rows_column,
	.xRowid = rows_rowid,
};

int
db_rows_register(sqlite3 *db)
{
	return sqlite3_create_module(db, "wb_rows", &rows_module, NULL);
}
