/*
 * candidate.c: the queries behind the candidate list and detail.  The
 * list is ids in the order asked (the default order is the (partner,
 * ref) index, so a million candidates list in a few tens of
 * milliseconds); rows come one by one for what is on screen.  Every
 * query carries the visibility rule of the person looking
 * (user_candidate_sql), so a candidate they may not see is never read.
 */
#include "werkbank/candidate.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/i18n.h"
#include "werkbank/search.h"
#include "werkbank/text.h"
#include "werkbank/xmalloc.h"

struct candidate_ctx {
	struct db		*db;
	const struct user_ctx	*user;
	sqlite3_stmt		*row;
};

/* The rule as SQL over c (candidate): user_candidate_sql. */
#define VIS_LEN	96

static void	*row_load(void *, long long);
static void	 row_free(void *);
static void	 row_clear(struct candidate_row *);
static void	 ctx_free(void *);

#define CANDIDATE_FROM \
	" FROM candidate c JOIN partner p ON p.id = c.partner_id" \
	" JOIN pc4 z ON z.code = c.pc4" \
	" LEFT JOIN municipality m ON m.code = z.municipality_code" \
	" LEFT JOIN app_user u ON u.id = c.consultant_id"

const struct listing_field candidate_fields[] = {
	{ "status",	NULL,		"c.status",		LISTING_TEXT, 0,
	    VOCAB_CANDIDATE_STATUS },
	{ "partner",	NULL,		"p.code",		LISTING_TEXT, 0,
	    VOCAB_NONE },
	{ "place",	"plaats",	"z.place",		LISTING_TEXT, 0,
	    VOCAB_NONE },
	{ "municipality", "gemeente",	"m.name",		LISTING_TEXT, 0,
	    VOCAB_NONE },
	{ "isco",	"beroep",	"EXISTS (SELECT 1 FROM candidate_occupation"
	    " o WHERE o.candidate_id = c.id AND o.isco_code LIKE @ || '%'"
	    " ESCAPE '\\')",					LISTING_LIKE, 0,
	    VOCAB_NONE },
	{ "group",	"doelgroep",	"c.target_group",	LISTING_TEXT, 1,
	    VOCAB_TARGET_GROUP },
	{ "consultant",	"consulent",	"(u.login || ' ' || coalesce(u.name, "
	    "'')) LIKE '%' || @ || '%' ESCAPE '\\'",		LISTING_LIKE, 0,
	    VOCAB_NONE },
	{ "age",	"dagen",	"(julianday(wb_today()) - "
	    "julianday(c.registered_on))",			LISTING_NUMBER, 0,
	    VOCAB_NONE },
	{ "name",	"naam",		"(c.first_name || ' ' || c.last_name) "
	    "LIKE '%' || @ || '%' ESCAPE '\\'",			LISTING_LIKE, 1,
	    VOCAB_NONE },
};
const size_t candidate_nfields = sizeof(candidate_fields) /
    sizeof(candidate_fields[0]);

static const char *const sort_sql[CANDIDATE_SORT_COUNT] = {
	[CANDIDATE_SORT_KEY] = "c.partner_id, c.ref",
	[CANDIDATE_SORT_NAME] = "c.last_name COLLATE NOCASE, c.first_name",
	[CANDIDATE_SORT_STATUS] = "c.status",
	[CANDIDATE_SORT_GROUP] = "c.target_group",
	[CANDIDATE_SORT_OCCUPATION] = ("(SELECT min(isco_code) FROM "
	    "candidate_occupation o WHERE o.candidate_id = c.id)"),
	[CANDIDATE_SORT_PLACE] = "z.place",
	[CANDIDATE_SORT_CONSULTANT] = "u.name",
	[CANDIDATE_SORT_CHANGED] = "c.updated_at",
};

static const char row_sql[] =
	"SELECT c.id, p.code || '/' || c.ref, c.first_name, c.last_name,"
	" p.code, c.status, c.target_group, (SELECT group_concat(g.title_nl,"
	" ', ') FROM candidate_occupation o JOIN isco_group g ON"
	" g.code = o.isco_code WHERE o.candidate_id = c.id), (SELECT"
	" min(isco_code) FROM candidate_occupation o WHERE"
	" o.candidate_id = c.id), z.place, m.name, u.name, u.login,"
	" substr(c.updated_at, 1, 10)"
	CANDIDATE_FROM " WHERE c.id = ?";

static void *
row_load(void *arg, long long id)
{
	struct candidate_ctx	*ctx = arg;
	struct candidate_row	*r = NULL;
	sqlite3_stmt		*s;
	char			 vis[VIS_LEN], *sql;

	if (ctx->row == NULL) {
		sql = xasprintf("%s AND %s", row_sql,
		    user_candidate_sql(ctx->user, "c.partner_id", "c.consent",
		    vis, sizeof(vis)));
		if (db_prepare(ctx->db, sql, &ctx->row) != WB_OK) {
			free(sql);
			return NULL;
		}
		free(sql);
	}
	s = ctx->row;
	sqlite3_bind_int64(s, 1, id);
	if (sqlite3_step(s) == SQLITE_ROW) {
		r = xcalloc(1, sizeof(*r));
		r->id = sqlite3_column_int64(s, 0);
		r->key = listing_column(s, 1);
		r->first = listing_column(s, 2);
		r->last = listing_column(s, 3);
		r->partner = listing_column(s, 4);
		r->status = listing_column(s, 5);
		r->group = listing_column(s, 6);
		r->occupations = listing_column(s, 7);
		r->isco = listing_column(s, 8);
		r->place = listing_column(s, 9);
		r->municipality = listing_column(s, 10);
		r->consultant = listing_column(s, 11);
		r->consultant_login = listing_column(s, 12);
		r->changed = listing_column(s, 13);
	}
	sqlite3_reset(s);
	return r;
}

static void
row_clear(struct candidate_row *r)
{
	free(r->key);
	free(r->first);
	free(r->last);
	free(r->partner);
	free(r->status);
	free(r->group);
	free(r->occupations);
	free(r->isco);
	free(r->place);
	free(r->municipality);
	free(r->consultant);
	free(r->consultant_login);
	free(r->changed);
}

void
candidate_row_free(struct candidate_row *r)
{
	if (r == NULL)
		return;
	row_clear(r);
	free(r);
}

static void
row_free(void *r)
{
	candidate_row_free(r);
}

static void
ctx_free(void *arg)
{
	struct candidate_ctx	*ctx = arg;

	sqlite3_finalize(ctx->row);
	free(ctx);
}

struct candidate_row *
candidate_row_load(struct db *db, const struct user_ctx *u, long long id)
{
	struct candidate_ctx	 ctx = { db, u, NULL };
	struct candidate_row	*r = row_load(&ctx, id);

	sqlite3_finalize(ctx.row);
	return r;
}

struct listing *
candidate_listing_new(struct db *db, const struct user_ctx *u)
{
	struct candidate_ctx	*ctx = xcalloc(1, sizeof(*ctx));

	ctx->db = db;
	ctx->user = u;
	listing_register(db);
	return listing_new(row_load, row_free, ctx_free, ctx);
}

enum wb_status
candidate_listing_query(struct listing *l, struct db *db,
    const struct candidate_query *q)
{
	char		*sql, *where, *order, vis[VIS_LEN];
	enum wb_status	 st;
	int		 sort = q->sort;

	if (sort < 0 || sort >= CANDIDATE_SORT_COUNT)
		sort = CANDIDATE_SORT_KEY;
	where = q->filter != NULL ? listing_filter_sql(q->filter,
	    candidate_fields, 1) : xstrdup("");
	order = listing_order(sort_sql[sort], q->desc);
	/* The (partner, ref) index gives the key order without a sort. */
	sql = xasprintf("SELECT c.id%s WHERE %s%s ORDER BY %s%s",
	    CANDIDATE_FROM, user_candidate_sql(q->user, "c.partner_id",
	    "c.consent", vis, sizeof(vis)), where, order,
	    sort == CANDIDATE_SORT_KEY ? "" : ", c.id");
	free(order);
	st = listing_query(l, db, sql, q->filter, 1);
	free(sql);
	free(where);
	return st;
}

enum wb_status
candidate_search(struct db *db, const struct user_ctx *u, const char *typed,
    int names, long long **ids, size_t *n)
{
	char		*q, *sql, vis[VIS_LEN];
	enum wb_status	 st;

	*ids = NULL;
	*n = 0;
	user_candidate_sql(u, "x.partner_id", "x.consent", vis, sizeof(vis));
	/* A key as the screens show it: that candidate. */
	if ((st = search_key_ids(db, "candidate", vis, typed, ids, n)) !=
	    WB_NOT_FOUND)
		return st;
	/* Bring the index up to date; a read-only file searches as is. */
	(void)search_sync(db);
	if ((st = search_query(db, typed, names ? NULL :
	    "{ref occupations skills}", &q)) != WB_OK || q == NULL)
		return st;
	sql = xasprintf("SELECT f.rowid FROM candidate_fts f JOIN candidate c"
	    " ON c.id = f.rowid WHERE candidate_fts MATCH ?1 AND %s",
	    user_candidate_sql(u, "c.partner_id", "c.consent", vis,
	    sizeof(vis)));
	st = listing_id_set(db, sql, q, ids, n);
	free(sql);
	free(q);
	return st;
}

void
candidate_names(struct db *db, const struct user_ctx *u, const long long *ids,
    size_t n, char **first, char **last)
{
	sqlite3_stmt	*s = NULL;
	size_t		 i;
	char		 vis[VIS_LEN], *sql;

	sql = xasprintf("SELECT c.first_name, c.last_name FROM candidate c "
	    "WHERE c.id = ? AND %s", user_candidate_sql(u, "c.partner_id",
	    "c.consent", vis, sizeof(vis)));
	(void)db_prepare(db, sql, &s);
	free(sql);
	for (i = 0; i < n; i++) {
		first[i] = last[i] = NULL;
		if (s != NULL) {
			sqlite3_bind_int64(s, 1, ids[i]);
			if (sqlite3_step(s) == SQLITE_ROW) {
				first[i] = listing_column(s, 0);
				last[i] = listing_column(s, 1);
			}
			sqlite3_reset(s);
		}
		if (first[i] == NULL) {
			first[i] = xstrdup("");
			last[i] = xstrdup("");
		}
	}
	sqlite3_finalize(s);
}

/* The first character of a word (UTF-8), upper-cased when ASCII. */
static size_t
first_char(const char *w, char *out)
{
	uint32_t	cp;
	size_t		len = text_decode(w, strlen(w), &cp);

	if (len == 0)
		return 0;
	memcpy(out, w, len);
	if (len == 1)
		out[0] = (char)toupper((unsigned char)out[0]);
	return len;
}

char *
candidate_initials(const char *first, const char *last)
{
	char		 out[64];
	const char	*p;
	size_t		 o = 0, len;
	int		 word_start = 1;

	for (p = first; *p != '\0' && o + 6 < sizeof(out); p++) {
		if (*p == ' ' || *p == '-') {
			word_start = 1;
			continue;
		}
		if (word_start && (len = first_char(p, out + o)) > 0) {
			o += len;
			out[o++] = '.';
		}
		word_start = 0;
	}
	/* "de Vries": the first capitalised word is the surname's. */
	for (p = last; *p != '\0'; ) {
		while (*p == ' ')
			p++;
		if (*p == '\0')
			break;
		if (!islower((unsigned char)*p) || strchr(p, ' ') == NULL) {
			if (o + 6 < sizeof(out) && (len = first_char(p,
			    out + o)) > 0) {
				o += len;
				out[o++] = '.';
			}
			break;
		}
		while (*p != '\0' && *p != ' ')
			p++;
	}
	out[o] = '\0';
	return xstrdup(out);
}

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
candidate_detail_load(struct db *db, const struct user_ctx *u, long long id,
    struct candidate_detail *d)
{
	struct candidate_row	*r;
	sqlite3_stmt		*s;
	enum wb_status		 st;
	size_t			 cap = 8;

	memset(d, 0, sizeof(*d));
	if ((r = candidate_row_load(db, u, id)) == NULL)
		return db_set_error(db, WB_NOT_FOUND,
		    _("The candidate is gone."));
	d->row = *r;
	free(r);
	d->hours_min = d->hours_max = d->max_travel = -1;
	if ((st = db_prepare(db, "SELECT c.pc4, c.phone, c.email, el.key,"
	    " c.dutch_level, c.available_from, c.registered_on, c.left_on,"
	    " c.hours_min, c.hours_max, c.max_travel_km, c.driving_licence,"
	    " c.job_agreement, c.consent, c.leave_reason, c.leave_note"
	    " FROM candidate c"
	    " LEFT JOIN education_level el ON el.key = c.education_key"
	    " WHERE c.id = ?", &s)) != WB_OK)
		return st;
	sqlite3_bind_int64(s, 1, id);
	if (sqlite3_step(s) == SQLITE_ROW) {
		d->pc4 = listing_column(s, 0);
		d->phone = listing_column(s, 1);
		d->email = listing_column(s, 2);
		d->education = listing_column(s, 3);
		d->dutch = listing_column(s, 4);
		d->available = listing_column(s, 5);
		d->registered = listing_column(s, 6);
		d->left = listing_column(s, 7);
		d->hours_min = listing_column_num(s, 8, -1);
		d->hours_max = listing_column_num(s, 9, -1);
		d->max_travel = listing_column_num(s, 10, -1);
		d->licence = db_column_int(s, 11);
		d->job_agreement = db_column_int(s, 12);
		d->consent = db_column_int(s, 13);
		d->leave_reason = listing_column(s, 14);
		d->leave_note = listing_column(s, 15);
	}
	sqlite3_finalize(s);
	d->skills = joined(db, "SELECT skill FROM candidate_skill WHERE "
	    "candidate_id = ? ORDER BY skill", id);
	d->restrictions = joined(db, "SELECT restriction FROM "
	    "candidate_restriction WHERE candidate_id = ? ORDER BY 1", id);
	d->transport = joined(db, "SELECT mode FROM candidate_transport WHERE "
	    "candidate_id = ? ORDER BY mode", id);
	d->occupations = joined(db, "SELECT o.isco_code || ' ' ||"
	    " coalesce(g.title_nl, '') || coalesce(printf(' (%g)', o.years), '')"
	    " FROM candidate_occupation o LEFT JOIN isco_group g ON"
	    " g.code = o.isco_code WHERE o.candidate_id = ? ORDER BY"
	    " o.isco_code", id);
	/* With the reason and day of an ending (the latest step). */
	if ((st = db_prepare(db, "SELECT v.id, p.code || '/' || v.ref,"
	    " v.title, pr.step, pr.proposed_on, s.reason, s.on_date"
	    " FROM proposal pr"
	    " JOIN vacancy v ON v.id = pr.vacancy_id"
	    " LEFT JOIN proposal_step s ON s.id = (SELECT max(id) FROM"
	    " proposal_step WHERE proposal_id = pr.id)"
	    " JOIN partner p ON p.id = v.partner_id"
	    " WHERE pr.candidate_id = ? ORDER BY pr.proposed_on, pr.id", &s)) !=
	    WB_OK)
		return st;
	sqlite3_bind_int64(s, 1, id);
	d->proposals = xreallocarray(NULL, cap, sizeof(*d->proposals));
	while (sqlite3_step(s) == SQLITE_ROW) {
		struct candidate_proposal	*p;

		if (d->nproposals == cap) {
			cap *= 2;
			d->proposals = xreallocarray(d->proposals, cap,
			    sizeof(*d->proposals));
		}
		p = &d->proposals[d->nproposals++];
		p->vacancy_id = sqlite3_column_int64(s, 0);
		p->key = listing_column(s, 1);
		p->title = listing_column(s, 2);
		p->step = listing_column(s, 3);
		p->on = listing_column(s, 4);
		p->reason = listing_column(s, 5);
		p->last_on = listing_column(s, 6);
	}
	sqlite3_finalize(s);
	return WB_OK;
}

void
candidate_detail_free(struct candidate_detail *d)
{
	size_t	i;

	if (d == NULL)
		return;
	if (d->row.key != NULL)
		row_clear(&d->row);
	free(d->pc4);
	free(d->phone);
	free(d->email);
	free(d->education);
	free(d->dutch);
	free(d->available);
	free(d->registered);
	free(d->left);
	free(d->leave_reason);
	free(d->leave_note);
	free(d->skills);
	free(d->restrictions);
	free(d->transport);
	free(d->occupations);
	for (i = 0; i < d->nproposals; i++) {
		free(d->proposals[i].key);
		free(d->proposals[i].title);
		free(d->proposals[i].step);
		free(d->proposals[i].on);
		free(d->proposals[i].reason);
		free(d->proposals[i].last_on);
	}
	free(d->proposals);
	memset(d, 0, sizeof(*d));
}
