/*
 * vacancy.c: the queries behind the vacancy lists and detail: ids in the
 * order asked (filters and sort in SQL), then one row per id on demand
 * with its employer, place, occupation, account manager, proposal count
 * and, for filled ones, the latest placement.
 */
#include "werkbank/vacancy.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/date.h"
#include "werkbank/i18n.h"
#include "werkbank/search.h"
#include "werkbank/xmalloc.h"

struct vacancy_ctx {
	struct db		*db;
	sqlite3_stmt		*row;
	int			 today;
	const struct user_ctx	*user;
};

/* The visibility rule (user_candidate_sql) over candidate c. */
#define VIS_LEN	96

static void	*row_load(void *, long long);
static void	 row_free(void *);
static void	 ctx_free(void *);
static void	 row_clear(struct vacancy_row *);

/* Every list query joins these, so filters and sorts can use them. */
#define VACANCY_FROM \
	" FROM vacancy v JOIN partner p ON p.id = v.partner_id" \
	" JOIN employer e ON e.id = v.employer_id" \
	" JOIN pc4 z ON z.code = v.pc4" \
	" LEFT JOIN municipality m ON m.code = z.municipality_code" \
	" LEFT JOIN isco_group g ON g.code = v.isco_code" \
	" LEFT JOIN app_user u ON u.id = v.account_manager_id"

const struct listing_field vacancy_fields[] = {
	{ "status",	NULL,		"v.status",		LISTING_TEXT, 0,
	    VOCAB_VACANCY_STATUS },
	{ "partner",	NULL,		"p.code",		LISTING_TEXT, 0,
	    VOCAB_NONE },
	{ "place",	"plaats",	"z.place",		LISTING_TEXT, 0,
	    VOCAB_NONE },
	{ "municipality", "gemeente",	"m.name",		LISTING_TEXT, 0,
	    VOCAB_NONE },
	{ "isco",	"beroep",	"v.isco_code",		LISTING_PREFIX, 0,
	    VOCAB_NONE },
	{ "employer",	"werkgever",	"e.name LIKE '%' || @ || '%' ESCAPE '\\'",
	    LISTING_LIKE, 0, VOCAB_NONE },
	{ "manager",	"accountmanager", "(u.login || ' ' || coalesce(u.name, "
	    "'')) LIKE '%' || @ || '%' ESCAPE '\\'",		LISTING_LIKE, 0,
	    VOCAB_NONE },
	{ "age",	"leeftijd",	"(julianday(wb_today()) - "
	    "julianday(v.collected_on))",			LISTING_NUMBER, 0,
	    VOCAB_NONE },
	{ "hours",	"uren",		"coalesce(v.hours_max, v.hours_min)",
	    LISTING_NUMBER, 0, VOCAB_NONE },
};
const size_t vacancy_nfields = sizeof(vacancy_fields) /
    sizeof(vacancy_fields[0]);

static const char *const sort_sql[VACANCY_SORT_COUNT] = {
	[VACANCY_SORT_AGE] = "v.collected_on DESC",
	[VACANCY_SORT_KEY] = "p.code, v.ref",
	[VACANCY_SORT_TITLE] = "v.title COLLATE NOCASE",
	[VACANCY_SORT_EMPLOYER] = "e.name COLLATE NOCASE",
	[VACANCY_SORT_PLACE] = "z.place",
	[VACANCY_SORT_OCCUPATION] = "v.isco_code",
	[VACANCY_SORT_HOURS] = "coalesce(v.hours_max, v.hours_min)",
	[VACANCY_SORT_POSITIONS] = "v.positions",
	[VACANCY_SORT_PARTNER] = "p.code",
	[VACANCY_SORT_MANAGER] = "u.name",
	[VACANCY_SORT_PROPOSED] = "(SELECT count(*) FROM proposal pr "
	    "WHERE pr.vacancy_id = v.id)",
	[VACANCY_SORT_CLOSED] = "v.closed_on",
	[VACANCY_SORT_DAYS] = "julianday(v.closed_on) - "
	    "julianday(v.collected_on)",
};

/* %s: the visibility rule, so a hidden candidate's name stays NULL. */
static const char row_sql[] =
	"SELECT v.id, p.code || '/' || v.ref, v.title, e.name, z.place,"
	" m.name, v.isco_code, g.title_nl, p.code, u.name, u.login, v.status,"
	" v.collected_on, v.positions, (SELECT count(*) FROM proposal pr"
	" WHERE pr.vacancy_id = v.id), v.hours_min, v.hours_max, v.closed_on,"
	" (SELECT count(*) FROM placement x WHERE x.vacancy_id = v.id),"
	" c.first_name, c.last_name, cp2.code || '/' || c.ref, cp.code,"
	" (SELECT group_concat(instrument, ', ') FROM placement_instrument"
	" WHERE placement_id = pl.id)"
	VACANCY_FROM
	" LEFT JOIN placement pl ON pl.id = (SELECT id FROM placement"
	" WHERE vacancy_id = v.id ORDER BY start_date DESC, id DESC LIMIT 1)"
	" LEFT JOIN candidate c ON c.id = pl.candidate_id AND %s"
	" LEFT JOIN partner cp ON cp.id = pl.partner_id"
	" LEFT JOIN partner cp2 ON cp2.id = c.partner_id"
	" WHERE v.id = ?";

static struct vacancy_row *
row_read(sqlite3_stmt *s, int today)
{
	struct vacancy_row	*r = xcalloc(1, sizeof(*r));

	r->id = sqlite3_column_int64(s, 0);
	r->key = listing_column(s, 1);
	r->title = listing_column(s, 2);
	r->employer = listing_column(s, 3);
	r->place = listing_column(s, 4);
	r->municipality = listing_column(s, 5);
	r->isco = listing_column(s, 6);
	r->occupation = listing_column(s, 7);
	r->partner = listing_column(s, 8);
	r->manager = listing_column(s, 9);
	r->manager_login = listing_column(s, 10);
	r->status = listing_column(s, 11);
	r->collected = listing_column_date(s, 12, today);
	r->age = today - r->collected;
	r->positions = sqlite3_column_int(s, 13);
	r->proposed = sqlite3_column_int(s, 14);
	r->hours_min = listing_column_num(s, 15, -1);
	r->hours_max = listing_column_num(s, 16, -1);
	r->closed = listing_column_date(s, 17, -1);
	r->days_to_fill = r->closed >= 0 ? r->closed - r->collected : -1;
	r->placements = sqlite3_column_int(s, 18);
	r->filled_first = listing_column(s, 19);
	r->filled_last = listing_column(s, 20);
	r->filled_key = listing_column(s, 21);
	r->filled_partner = listing_column(s, 22);
	r->instruments = listing_column(s, 23);
	return r;
}

static void *
row_load(void *arg, long long id)
{
	struct vacancy_ctx	*ctx = arg;
	struct vacancy_row	*r = NULL;
	char			 vis[VIS_LEN], *sql;

	if (ctx->row == NULL) {
		sql = xasprintf(row_sql, user_candidate_sql(ctx->user,
		    "c.partner_id", "c.consent", vis, sizeof(vis)));
		if (db_prepare(ctx->db, sql, &ctx->row) != WB_OK) {
			free(sql);
			return NULL;
		}
		free(sql);
	}
	sqlite3_bind_int64(ctx->row, 1, id);
	if (sqlite3_step(ctx->row) == SQLITE_ROW)
		r = row_read(ctx->row, ctx->today);
	sqlite3_reset(ctx->row);
	return r;
}

static void
row_clear(struct vacancy_row *r)
{
	free(r->key);
	free(r->title);
	free(r->employer);
	free(r->place);
	free(r->municipality);
	free(r->isco);
	free(r->occupation);
	free(r->partner);
	free(r->manager);
	free(r->manager_login);
	free(r->status);
	free(r->filled_first);
	free(r->filled_last);
	free(r->filled_key);
	free(r->filled_partner);
	free(r->instruments);
}

void
vacancy_row_free(struct vacancy_row *r)
{
	if (r == NULL)
		return;
	row_clear(r);
	free(r);
}

static void
row_free(void *r)
{
	vacancy_row_free(r);
}

static void
ctx_free(void *arg)
{
	struct vacancy_ctx	*ctx = arg;

	sqlite3_finalize(ctx->row);
	free(ctx);
}

struct vacancy_row *
vacancy_row_load(struct db *db, const struct user_ctx *u, long long id)
{
	struct vacancy_ctx	 ctx = { db, NULL, date_today(), u };
	struct vacancy_row	*r = row_load(&ctx, id);

	sqlite3_finalize(ctx.row);
	return r;
}

struct listing *
vacancy_listing_new(struct db *db, const struct user_ctx *u)
{
	struct vacancy_ctx	*ctx = xcalloc(1, sizeof(*ctx));

	ctx->db = db;
	ctx->user = u;
	ctx->today = date_today();
	listing_register(db);
	return listing_new(row_load, row_free, ctx_free, ctx);
}

enum wb_status
vacancy_listing_query(struct listing *l, struct db *db,
    const struct vacancy_query *q)
{
	char		*sql, *where, *order, from[11], to[11];
	enum wb_status	 st;
	int		 sort = q->sort;

	if (sort < 0 || sort >= VACANCY_SORT_COUNT)
		sort = VACANCY_SORT_AGE;
	where = q->filter != NULL ? listing_filter_sql(q->filter,
	    vacancy_fields, 1) : xstrdup("");
	order = listing_order(sort_sql[sort], q->desc);
	if (q->tab == VACANCY_FILLED)
		sql = xasprintf("SELECT v.id%s WHERE v.status = 'vervuld' AND "
		    "v.closed_on BETWEEN '%s' AND '%s'%s ORDER BY %s, v.id",
		    VACANCY_FROM, date_format(q->from, from),
		    date_format(q->to, to), where, order);
	else
		sql = xasprintf("SELECT v.id%s WHERE " VACANCY_IS_OPEN("v.")
		    "%s ORDER BY %s, v.id", VACANCY_FROM, where, order);
	free(order);
	st = listing_query(l, db, sql, q->filter, 1);
	free(sql);
	free(where);
	return st;
}

enum wb_status
vacancy_search(struct db *db, const char *typed, long long **ids, size_t *n)
{
	char		*q;
	enum wb_status	 st;

	*ids = NULL;
	*n = 0;
	/* A key as the screens show it: that vacancy. */
	if ((st = search_key_ids(db, "vacancy", "1", typed, ids, n)) !=
	    WB_NOT_FOUND)
		return st;
	/* Bring the index up to date; a read-only file searches as is. */
	(void)search_sync(db);
	if ((st = search_query(db, typed, NULL, &q)) != WB_OK || q == NULL)
		return st;
	st = listing_id_set(db, "SELECT rowid FROM vacancy_fts WHERE "
	    "vacancy_fts MATCH ?1", q, ids, n);
	free(q);
	return st;
}

/* The values of a one-column query, joined with ", ". */
static char *
joined(struct db *db, const char *sql, long long id)
{
	sqlite3_stmt	*s;
	char		*out = xstrdup(""), *t;

	if (db_prepare(db, sql, &s) != WB_OK)
		return out;
	sqlite3_bind_int64(s, 1, id);
	while (sqlite3_step(s) == SQLITE_ROW) {
		t = xasprintf("%s%s%s", out, *out ? ", " : "",
		    (const char *)sqlite3_column_text(s, 0));
		free(out);
		out = t;
	}
	sqlite3_finalize(s);
	return out;
}

enum wb_status
vacancy_detail_load(struct db *db, const struct user_ctx *u, long long id,
    struct vacancy_detail *d)
{
	struct vacancy_row	*r;
	sqlite3_stmt		*s;
	enum wb_status		 st;
	size_t			 cap = 8;
	char			 vis[VIS_LEN], *sql;

	memset(d, 0, sizeof(*d));
	if ((r = vacancy_row_load(db, u, id)) == NULL)
		return db_set_error(db, WB_NOT_FOUND, _("The vacancy is gone."));
	d->row = *r;
	free(r);
	if ((st = db_prepare(db, "SELECT v.pc4, el.key, v.dutch_level_min,"
	    " v.deadline, v.start_date, v.collected_on, v.closed_on,"
	    " v.description, e.sector, v.driving_licence, v.job_agreement,"
	    " v.sheltered FROM vacancy v JOIN employer e ON e.id = v.employer_id"
	    " LEFT JOIN education_level el ON el.key = v.education_min"
	    " WHERE v.id = ?", &s)) != WB_OK)
		return st;
	sqlite3_bind_int64(s, 1, id);
	if (sqlite3_step(s) == SQLITE_ROW) {
		d->pc4 = listing_column(s, 0);
		d->education = listing_column(s, 1);
		d->dutch = listing_column(s, 2);
		d->deadline = listing_column(s, 3);
		d->start = listing_column(s, 4);
		d->collected_on = listing_column(s, 5);
		d->closed_on = listing_column(s, 6);
		d->description = listing_column(s, 7);
		d->sector = listing_column(s, 8);
		d->licence = db_column_int(s, 9);
		d->job_agreement = db_column_int(s, 10);
		d->sheltered = db_column_int(s, 11);
	}
	sqlite3_finalize(s);
	d->skills = joined(db, "SELECT skill FROM vacancy_skill WHERE "
	    "vacancy_id = ? ORDER BY skill", id);
	d->demands = joined(db, "SELECT demand FROM vacancy_demand WHERE "
	    "vacancy_id = ? ORDER BY demand", id);
	d->instruments = joined(db, "SELECT instrument FROM vacancy_instrument "
	    "WHERE vacancy_id = ? ORDER BY instrument", id);
	sql = xasprintf("SELECT c.id, cp.code || '/' || c.ref,"
	    " c.first_name, c.last_name, pr.step, pr.proposed_on, u.name"
	    " FROM proposal pr JOIN candidate c ON c.id = pr.candidate_id"
	    " JOIN partner cp ON cp.id = c.partner_id"
	    " LEFT JOIN app_user u ON u.id = pr.proposed_by"
	    " WHERE pr.vacancy_id = ? AND %s ORDER BY pr.proposed_on, pr.id",
	    user_candidate_sql(u, "c.partner_id", "c.consent", vis,
	    sizeof(vis)));
	st = db_prepare(db, sql, &s);
	free(sql);
	if (st != WB_OK)
		return st;
	sqlite3_bind_int64(s, 1, id);
	d->proposals = xreallocarray(NULL, cap, sizeof(*d->proposals));
	while (sqlite3_step(s) == SQLITE_ROW) {
		struct vacancy_proposal	*p;

		if (d->nproposals == cap) {
			cap *= 2;
			d->proposals = xreallocarray(d->proposals, cap,
			    sizeof(*d->proposals));
		}
		p = &d->proposals[d->nproposals++];
		p->candidate_id = sqlite3_column_int64(s, 0);
		p->key = listing_column(s, 1);
		p->first = listing_column(s, 2);
		p->last = listing_column(s, 3);
		p->step = listing_column(s, 4);
		p->on = listing_column(s, 5);
		p->by = listing_column(s, 6);
	}
	sqlite3_finalize(s);
	return WB_OK;
}

void
vacancy_detail_free(struct vacancy_detail *d)
{
	size_t	i;

	if (d == NULL)
		return;
	row_clear(&d->row);
	free(d->pc4);
	free(d->education);
	free(d->dutch);
	free(d->deadline);
	free(d->start);
	free(d->collected_on);
	free(d->closed_on);
	free(d->description);
	free(d->skills);
	free(d->demands);
	free(d->instruments);
	free(d->sector);
	for (i = 0; i < d->nproposals; i++) {
		free(d->proposals[i].key);
		free(d->proposals[i].first);
		free(d->proposals[i].last);
		free(d->proposals[i].step);
		free(d->proposals[i].on);
		free(d->proposals[i].by);
	}
	free(d->proposals);
	memset(d, 0, sizeof(*d));
}
