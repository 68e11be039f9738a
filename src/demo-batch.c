/*
 * demo-batch.c: how the demo gets its rows into the database quickly.
 * Rows are buffered per table (demo_put_*, demo_row) and written many to
 * one prepared INSERT, reused batch after batch; a table's rows wait
 * until the rows they refer to are written.  While the rows go in, the
 * secondary indexes of the tables filled are dropped, and made again at
 * the end (demo_indexes_drop, demo_indexes_make).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/date.h"
#include "werkbank/i18n.h"
#include "werkbank/xmalloc.h"

#include "demo-internal.h"

/*
 * The tables written, parents first: rows are buffered and written many
 * to one INSERT.  Rows of a table with a parent here wait until their
 * parent rows are written (demo_row), so every foreign key finds its row;
 * the other parents are written whole before (demo_flush_all).
 */
static const struct {
	const char	*table, *cols;
	int		 parent;
} batch_def[ST_COUNT] = {
	[ST_PARTNER] = { "partner", "id, code, name, kind, municipality_code, "
	    "created_at, updated_at", -1 },
	[ST_USER] = { "app_user", "id, login, name, partner_id, role, "
	    "created_at, phone, email", -1 },
	[ST_EMPLOYER] = { "employer", "id, name, name_key, pc4, partner_id, "
	    "ref, account_manager_id, sector, created_at, updated_at", -1 },
	[ST_CAND] = { "candidate", "id, partner_id, ref, first_name, "
	    "last_name, pc4, target_group, job_agreement, education_key, "
	    "dutch_level, hours_min, hours_max, available_from, "
	    "driving_licence, max_travel_km, consent, consultant_id, status, "
	    "phone, email, registered_on, left_on, created_at, updated_at",
	    -1 },
	[ST_CAND_OCC] = { "candidate_occupation", "candidate_id, isco_code, "
	    "years", ST_CAND },
	[ST_CAND_SKILL] = { "candidate_skill", "candidate_id, skill",
	    ST_CAND },
	[ST_CAND_RESTR] = { "candidate_restriction", "candidate_id, "
	    "restriction", ST_CAND },
	[ST_CAND_TRANSPORT] = { "candidate_transport", "candidate_id, mode",
	    ST_CAND },
	[ST_VAC] = { "vacancy", "id, partner_id, ref, employer_id, title, "
	    "isco_code, pc4, positions, hours_min, hours_max, education_min, "
	    "dutch_level_min, driving_licence, job_agreement, sheltered, "
	    "collected_on, deadline, start_date, account_manager_id, status, "
	    "closed_on, description, created_at, updated_at", -1 },
	[ST_VAC_SKILL] = { "vacancy_skill", "vacancy_id, skill", ST_VAC },
	[ST_VAC_DEMAND] = { "vacancy_demand", "vacancy_id, demand", ST_VAC },
	[ST_VAC_INSTR] = { "vacancy_instrument", "vacancy_id, instrument",
	    ST_VAC },
	[ST_PROP] = { "proposal", "id, vacancy_id, candidate_id, step, "
	    "proposed_on, proposed_by, updated_at", -1 },
	[ST_STEP] = { "proposal_step", "proposal_id, step, on_date, "
	    "by_user_id, note, created_at", ST_PROP },
	[ST_PLC] = { "placement", "id, vacancy_id, candidate_id, proposal_id, "
	    "person_no, partner_id, target_group, municipality_code, "
	    "start_date, end_date, contract, hours, checked_6m_on, "
	    "checked_12m_on, created_at, updated_at", -1 },
	[ST_PLC_INSTR] = { "placement_instrument", "placement_id, instrument, "
	    "percentage", ST_PLC },
	[ST_RATING] = { "employer_rating", "employer_id, rated_on, score, "
	    "created_at", -1 },
};

/* The INSERT of n rows into batch b's table. */
static char *
batch_sql(int which, int ncol, int n)
{
	char	*sql, *p;
	size_t	 size;
	int	 i, j;

	size = strlen(batch_def[which].table) + strlen(batch_def[which].cols) +
	    64 + (size_t)n * (ncol * 2 + 4);
	sql = p = xmalloc(size);
	p += snprintf(p, size, "INSERT INTO %s (%s) VALUES ",
	    batch_def[which].table, batch_def[which].cols);
	for (i = 0; i < n; i++) {
		*p++ = i > 0 ? ',' : ' ';
		*p++ = '(';
		for (j = 0; j < ncol; j++) {
			if (j > 0)
				*p++ = ',';
			*p++ = '?';
		}
		*p++ = ')';
	}
	*p = '\0';
	return sql;
}

enum wb_status
demo_batch_init(struct demo_ctx *ctx, int which)
{
	struct demo_batch	*b = &ctx->batch[which];
	const char		*c;
	enum wb_status		 st;
	char			*sql;
	int			 limit;

	b->which = which;
	b->ncol = 1;
	for (c = batch_def[which].cols; *c != '\0'; c++)
		b->ncol += *c == ',';
	limit = sqlite3_limit(db_sqlite(ctx->db), SQLITE_LIMIT_VARIABLE_NUMBER,
	    -1);
	b->max = limit / b->ncol < 128 ? limit / b->ncol : 128;
	if (b->max < 1)
		b->max = 1;
	b->cap = (b->max + 1) * b->ncol;
	b->val = xcalloc(b->cap, sizeof(*b->val));
	sql = batch_sql(which, b->ncol, b->max);
	st = db_prepare(ctx->db, sql, &b->full);
	free(sql);
	return st;
}

static struct demo_val *
put(struct demo_batch *b, int type)
{
	struct demo_val	*v;

	if (b->n == b->cap) {
		b->cap *= 2;
		b->val = xreallocarray(b->val, b->cap, sizeof(*b->val));
	}
	v = &b->val[b->n++];
	v->type = type;
	return v;
}

void
demo_put_text(struct demo_batch *b, const char *s)
{
	struct demo_val	*v;
	size_t		 len;

	if (s == NULL) {
		put(b, SQLITE_NULL);
		return;
	}
	len = strlen(s);
	if (b->textlen + len + 1 > b->textsize) {
		b->textsize = (b->textlen + len + 1) * 2;
		b->text = xreallocarray(b->text, b->textsize, 1);
	}
	v = put(b, SQLITE_TEXT);
	v->off = b->textlen;
	v->len = (int)len;
	memcpy(b->text + b->textlen, s, len + 1);
	b->textlen += len + 1;
}

/* YYYY-MM-DD into buf[10]; snprintf costs too much a million times. */
static void
format_day(int day, char *buf)
{
	int	y, m, d;

	date_to_ymd(day, &y, &m, &d);
	buf[0] = '0' + y / 1000 % 10;
	buf[1] = '0' + y / 100 % 10;
	buf[2] = '0' + y / 10 % 10;
	buf[3] = '0' + y % 10;
	buf[4] = '-';
	buf[5] = '0' + m / 10;
	buf[6] = '0' + m % 10;
	buf[7] = '-';
	buf[8] = '0' + d / 10;
	buf[9] = '0' + d % 10;
}

void
demo_put_date(struct demo_batch *b, int day)
{
	char	buf[11];

	if (day <= 0) {
		demo_put_text(b, NULL);
		return;
	}
	format_day(day, buf);
	buf[10] = '\0';
	demo_put_text(b, buf);
}

void
demo_put_stamp(struct demo_batch *b, int day, int secs)
{
	char	buf[20];
	int	h, m;

	secs %= 86400;
	h = secs / 3600;
	m = secs / 60 % 60;
	secs %= 60;
	format_day(day, buf);
	buf[10] = ' ';
	buf[11] = '0' + h / 10;
	buf[12] = '0' + h % 10;
	buf[13] = ':';
	buf[14] = '0' + m / 10;
	buf[15] = '0' + m % 10;
	buf[16] = ':';
	buf[17] = '0' + secs / 10;
	buf[18] = '0' + secs % 10;
	buf[19] = '\0';
	demo_put_text(b, buf);
}

void
demo_put_int(struct demo_batch *b, long i)
{
	if (i < 0)
		put(b, SQLITE_NULL);
	else
		put(b, SQLITE_INTEGER)->i = i;
}

void
demo_put_real(struct demo_batch *b, double d)
{
	if (d < 0)
		put(b, SQLITE_NULL);
	else
		put(b, SQLITE_FLOAT)->d = d;
}

/* Write the first `rows' rows buffered for a table, keep the others. */
static enum wb_status
flush_rows(struct demo_ctx *ctx, int which, int rows)
{
	struct demo_batch	*b = &ctx->batch[which];
	struct demo_val		*v;
	sqlite3_stmt		*s = b->full;
	enum wb_status		 st = WB_OK;
	char			*sql, what[64];
	size_t			 base;
	int			 i, n = rows * b->ncol;

	if (rows < b->max) {
		sql = batch_sql(which, b->ncol, rows);
		st = db_prepare(ctx->db, sql, &s);
		free(sql);
		if (st != WB_OK)
			return st;
	}
	for (i = 0; i < n; i++) {
		v = &b->val[i];
		if (v->type == SQLITE_INTEGER)
			sqlite3_bind_int64(s, i + 1, v->i);
		else if (v->type == SQLITE_FLOAT)
			sqlite3_bind_double(s, i + 1, v->d);
		else if (v->type == SQLITE_TEXT)
			sqlite3_bind_text(s, i + 1, b->text + v->off, v->len,
			    SQLITE_STATIC);
		else
			sqlite3_bind_null(s, i + 1);
	}
	if (sqlite3_step(s) != SQLITE_DONE) {
		snprintf(what, sizeof(what), "%s: %s", _("demo"),
		    batch_def[which].table);
		st = db_fail(ctx->db, what);
	}
	if (s == b->full)
		sqlite3_reset(s);
	else
		sqlite3_finalize(s);
	/* Move what is left to the front. */
	for (i = n, base = b->textlen; i < b->n; i++)
		if (b->val[i].type == SQLITE_TEXT) {
			base = b->val[i].off;
			break;
		}
	for (i = n; i < b->n; i++)
		if (b->val[i].type == SQLITE_TEXT)
			b->val[i].off -= base;
	memmove(b->text, b->text + base, b->textlen - base);
	b->textlen -= base;
	memmove(b->val, b->val + n, (b->n - n) * sizeof(*b->val));
	b->n -= n;
	return st;
}

/* Write all buffered rows of a table. */
enum wb_status
demo_flush(struct demo_ctx *ctx, int which)
{
	struct demo_batch	*b = &ctx->batch[which];
	enum wb_status		 st;
	int			 rows;

	while ((rows = b->n / b->ncol) > 0)
		if ((st = flush_rows(ctx, which, rows < b->max ? rows :
		    b->max)) != WB_OK)
			return st;
	return WB_OK;
}

/*
 * End a row.  A full batch of a table is written, and then the full
 * batches of the tables that refer to it: their rows point to rows now
 * written.  Rows of those tables wait for that.
 */
enum wb_status
demo_row(struct demo_ctx *ctx, int which)
{
	struct demo_batch	*b = &ctx->batch[which];
	enum wb_status		 st;
	int			 c;

	if (b->n % b->ncol != 0) {
		b->n = 0;
		return db_set_error(ctx->db, WB_ERROR, "%s: %s", _("demo"),
		    batch_def[which].table);
	}
	if (batch_def[which].parent >= 0 || b->n / b->ncol < b->max)
		return WB_OK;
	if ((st = flush_rows(ctx, which, b->max)) != WB_OK)
		return st;
	for (c = 0; c < ST_COUNT; c++) {
		if (batch_def[c].parent != which)
			continue;
		while (ctx->batch[c].n / ctx->batch[c].ncol >=
		    ctx->batch[c].max)
			if ((st = flush_rows(ctx, c, ctx->batch[c].max)) !=
			    WB_OK)
				return st;
	}
	return WB_OK;
}

/* Every buffered row, parents first. */
enum wb_status
demo_flush_all(struct demo_ctx *ctx)
{
	enum wb_status	st;
	int		i;

	for (i = 0; i < ST_COUNT; i++)
		if ((st = demo_flush(ctx, i)) != WB_OK)
			return st;
	return WB_OK;
}

/*
 * The secondary indexes of the tables the demo fills are dropped while
 * the rows go in and made again at the end (db_indexes_suspend): sorting
 * a million entries once costs far less than putting them in one at a
 * time.
 */
enum wb_status
demo_indexes_drop(struct demo_ctx *ctx)
{
	const char	*tables[ST_COUNT + 1];
	int		 i;

	for (i = 0; i < ST_COUNT; i++)
		tables[i] = batch_def[i].table;
	tables[ST_COUNT] = NULL;
	return db_indexes_suspend(ctx->db, tables, &ctx->indexes);
}

enum wb_status
demo_indexes_make(struct demo_ctx *ctx)
{
	struct db_indexes	*ix = ctx->indexes;

	ctx->indexes = NULL;
	return db_indexes_resume(ctx->db, ix);
}
