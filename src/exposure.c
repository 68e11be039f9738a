/*
 * exposure.c: who the process shows, proposes and places against their
 * share of the eligible pool (exposure.h has the counting rules).
 *
 * One pass over the candidates gives each their group, whether they
 * were in the pool in the period and whether the user may see them;
 * match_eligible over every vacancy open in the period marks who fits
 * one; three queries mark who was shown and proposed and count who was
 * placed.
 */
#include "werkbank/exposure.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/date.h"
#include "werkbank/i18n.h"
#include "werkbank/match.h"
#include "werkbank/xmalloc.h"

static const char *const by_names[] = {
	[EXPOSURE_PARTNER] = "partner",
	[EXPOSURE_MUNICIPALITY] = "municipality",
	[EXPOSURE_TARGET_GROUP] = "target_group",
};

/* What one candidate of the index is to the counts. */
struct person {
	long long	 id;
	uint32_t	 group;		/* index into the rows, 0: none */
	unsigned char	 visible, in_pool, fits, shown, proposed;
};

struct counter {
	struct db		*db;
	const struct user_ctx	*u;
	struct exposure		*e;
	struct match_index	*idx;
	struct person		*p;		/* by index position */
	struct person	       **by_id;		/* sorted by id */
	size_t			 n, cap;
	char			 from[11], to[11];
};

const char *
exposure_by_name(enum exposure_by b)
{
	return (unsigned)b <= EXPOSURE_TARGET_GROUP ? by_names[b] : NULL;
}

int
exposure_by_parse(const char *s, enum exposure_by *b)
{
	int	i;

	for (i = 0; i <= EXPOSURE_TARGET_GROUP; i++)
		if (strcmp(s, by_names[i]) == 0) {
			*b = (enum exposure_by)i;
			return 0;
		}
	return -1;
}

double
exposure_share(long long count, long long total)
{
	return total > 0 ? (double)count / (double)total : NAN;
}

/* The row of a group, made when new (rows[0] is the total). */
static uint32_t
group_row(struct counter *k, const char *name)
{
	struct exposure	*e = k->e;
	size_t		 i;

	if (name == NULL)
		name = "";
	for (i = 1; i < e->n; i++)
		if (strcmp(e->rows[i].group, name) == 0)
			return (uint32_t)i;
	if (e->n == k->cap) {
		k->cap *= 2;
		e->rows = xreallocarray(e->rows, k->cap, sizeof(*e->rows));
	}
	memset(&e->rows[e->n], 0, sizeof(e->rows[0]));
	e->rows[e->n].group = xstrdup(name);
	return (uint32_t)e->n++;
}

static int
person_cmp(const void *a, const void *b)
{
	const struct person	*x = *(struct person *const *)a,
				*y = *(struct person *const *)b;

	return (x->id > y->id) - (x->id < y->id);
}

static struct person *
person_of(struct counter *k, long long id)
{
	struct person	  key = { .id = id }, *kp = &key, **hit;

	hit = bsearch(&kp, k->by_id, k->n, sizeof(*k->by_id), person_cmp);
	return hit != NULL ? *hit : NULL;
}

static const char *
group_column(enum exposure_by by)
{
	switch (by) {
	case EXPOSURE_MUNICIPALITY:
		return "m.name";
	case EXPOSURE_TARGET_GROUP:
		return "c.target_group";
	default:
		return "p.code";
	}
}

/* Each candidate's group, visibility and time in the pool. */
static enum wb_status
load_people(struct counter *k)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	struct person	*p;
	char		 sql[1024], vis[128];
	size_t		 i;
	int		 rc;

	k->n = match_index_count(k->idx);
	k->p = xcalloc(k->n + 1, sizeof(*k->p));
	k->by_id = xcalloc(k->n + 1, sizeof(*k->by_id));
	for (i = 0; i < k->n; i++) {
		k->p[i].id = match_index_id(k->idx, i);
		k->by_id[i] = &k->p[i];
	}
	qsort(k->by_id, k->n, sizeof(*k->by_id), person_cmp);
	snprintf(sql, sizeof(sql), "SELECT c.id, %s, %s, c.registered_on <= "
	    "?2 AND (c.left_on IS NULL OR c.left_on >= ?1) FROM candidate c "
	    "JOIN partner p ON p.id = c.partner_id LEFT JOIN pc4 z ON z.code "
	    "= c.pc4 LEFT JOIN municipality m ON m.code = z.municipality_code",
	    group_column(k->e->by), user_candidate_sql(k->u, "c.partner_id",
	    "c.consent", vis, sizeof(vis)));
	if ((st = db_prepare(k->db, sql, &stmt)) != WB_OK)
		return st;
	sqlite3_bind_text(stmt, 1, k->from, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 2, k->to, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if ((p = person_of(k, sqlite3_column_int64(stmt, 0))) == NULL)
			continue;
		p->visible = sqlite3_column_int(stmt, 2) != 0;
		p->in_pool = p->visible && sqlite3_column_int(stmt, 3) != 0;
		if (p->visible)
			p->group = group_row(k, (const char *)
			    sqlite3_column_text(stmt, 1));
	}
	sqlite3_finalize(stmt);
	return rc == SQLITE_DONE ? WB_OK : db_fail(k->db,
	    _("reading the candidates"));
}

/*
 * Who of the pool fits a vacancy open in the period: each vacancy looks
 * only at those not found to fit one yet.
 */
static enum wb_status
mark_fits(struct counter *k)
{
	sqlite3_stmt		*stmt;
	struct match_vacancy	 v;
	enum wb_status		 st = WB_OK;
	uint32_t		*left, *elig;
	size_t			 i, j, ne, nleft = 0;
	long long		 asking = k->u->single ? 0 : k->u->partner_id;
	int			 rc;

	if ((rc = db_prepare(k->db, "SELECT p.code || '/' || v.ref FROM "
	    "vacancy v JOIN partner p ON p.id = v.partner_id WHERE "
	    "v.collected_on <= ?2 AND (v.closed_on IS NULL OR v.closed_on >= "
	    "?1) ORDER BY v.id", &stmt)) != WB_OK)
		return (enum wb_status)rc;
	sqlite3_bind_text(stmt, 1, k->from, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 2, k->to, -1, SQLITE_STATIC);
	left = xcalloc(k->n + 1, sizeof(*left));
	elig = xcalloc(k->n + 1, sizeof(*elig));
	for (i = 0; i < k->n; i++)
		if (k->p[i].in_pool)
			left[nleft++] = (uint32_t)i;
	while (nleft > 0 && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if ((st = match_vacancy_load(k->db, (const char *)
		    sqlite3_column_text(stmt, 0), &v)) != WB_OK)
			break;
		ne = match_eligible(k->idx, &v, asking, MATCH_EX_STATUS, left,
		    nleft, elig);
		match_vacancy_clear(&v);
		for (i = 0; i < ne; i++)
			k->p[elig[i]].fits = 1;
		for (i = 0, j = 0; ne > 0 && i < nleft; i++)
			if (!k->p[left[i]].fits)
				left[j++] = left[i];
		if (ne > 0)
			nleft = j;
	}
	free(left);
	free(elig);
	sqlite3_finalize(stmt);
	if (st != WB_OK)
		return st;
	return nleft == 0 || rc == SQLITE_DONE ? WB_OK : db_fail(k->db,
	    _("reading the vacancies"));
}

/* Mark the candidates a query of ids (?1 from, ?2 to) returns. */
static enum wb_status
mark(struct counter *k, const char *sql, int shown)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	struct person	*p;
	int		 rc;

	if ((st = db_prepare(k->db, sql, &stmt)) != WB_OK)
		return st;
	sqlite3_bind_text(stmt, 1, k->from, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 2, k->to, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
		if ((p = person_of(k, sqlite3_column_int64(stmt, 0))) != NULL) {
			if (shown)
				p->shown = 1;
			else
				p->proposed = 1;
		}
	sqlite3_finalize(stmt);
	return rc == SQLITE_DONE ? WB_OK : db_fail(k->db,
	    _("reading what was shown"));
}

/* People placed in the period, by the placement's own record. */
static enum wb_status
count_placed(struct counter *k)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	struct person	*p;
	char		 sql[1024];
	const char	*col;
	int		 rc;

	col = k->e->by == EXPOSURE_MUNICIPALITY ? "m.name" :
	    k->e->by == EXPOSURE_TARGET_GROUP ? "pl.target_group" : "p.code";
	/* One row per person and group: a person counts once in each. */
	snprintf(sql, sizeof(sql), "SELECT DISTINCT pl.person_no, %s, "
	    "(SELECT max(candidate_id) FROM placement x WHERE x.person_no = "
	    "pl.person_no) FROM placement pl JOIN partner p ON p.id = "
	    "pl.partner_id LEFT JOIN municipality m ON m.code = "
	    "pl.municipality_code WHERE pl.start_date BETWEEN ?1 AND ?2 "
	    "ORDER BY pl.person_no", col);
	if ((st = db_prepare(k->db, sql, &stmt)) != WB_OK)
		return st;
	sqlite3_bind_text(stmt, 1, k->from, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 2, k->to, -1, SQLITE_STATIC);
	long long	last = -1;

	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		long long	person = sqlite3_column_int64(stmt, 0);

		/* Someone the user may not see is not theirs to count. */
		if (sqlite3_column_type(stmt, 2) != SQLITE_NULL &&
		    ((p = person_of(k, sqlite3_column_int64(stmt, 2))) ==
		    NULL || !p->visible))
			continue;
		k->e->rows[group_row(k, (const char *)sqlite3_column_text(
		    stmt, 1))].placed++;
		if (person != last)
			k->e->rows[0].placed++;
		last = person;
	}
	sqlite3_finalize(stmt);
	return rc == SQLITE_DONE ? WB_OK : db_fail(k->db,
	    _("reading the placements"));
}

static int
row_cmp(const void *a, const void *b)
{
	const struct exposure_row	*x = a, *y = b;

	return strcmp(x->group, y->group);
}

static int
str_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void
tally(struct counter *k)
{
	struct exposure	*e = k->e;
	size_t		 i, cap = 0;

	for (i = 0; i < k->n; i++) {
		struct person		*p = &k->p[i];
		struct exposure_row	*r = &e->rows[p->group];

		if (!p->visible)
			continue;
		if (p->in_pool && p->fits) {
			r->pool++;
			e->rows[0].pool++;
			if (!p->shown) {
				if (e->nnever == cap) {
					cap = cap ? 2 * cap : 64;
					e->never = xreallocarray(e->never, cap,
					    sizeof(*e->never));
				}
				e->never[e->nnever++] = xstrdup(
				    match_index_key(k->idx, i));
			}
		}
		if (p->shown) {
			r->shown++;
			e->rows[0].shown++;
		}
		if (p->proposed) {
			r->proposed++;
			e->rows[0].proposed++;
		}
	}
	if (e->n > 2)
		qsort(e->rows + 1, e->n - 1, sizeof(*e->rows), row_cmp);
	if (e->nnever > 1)
		qsort(e->never, e->nnever, sizeof(*e->never), str_cmp);
}

enum wb_status
exposure_load(struct db *db, const struct user_ctx *u, int from, int to,
    enum exposure_by by, struct exposure **out)
{
	struct counter	 k;
	struct exposure	*e;
	enum wb_status	 st;

	*out = NULL;
	if (from > to)
		return db_set_error(db, WB_INVALID, "%s", _("the period ends "
		    "before it starts"));
	e = xcalloc(1, sizeof(*e));
	e->from = from;
	e->to = to;
	e->by = by;
	memset(&k, 0, sizeof(k));
	k.db = db;
	k.u = u;
	k.e = e;
	k.cap = 16;
	e->rows = xcalloc(k.cap, sizeof(*e->rows));
	e->rows[0].group = xstrdup("total");
	e->n = 1;
	date_format(from, k.from);
	date_format(to, k.to);
	if ((st = match_index_build(db, &k.idx)) != WB_OK ||
	    (st = load_people(&k)) != WB_OK ||
	    (st = mark_fits(&k)) != WB_OK ||
	    (st = mark(&k, "SELECT r.candidate_id FROM match_result r JOIN "
	    "match_run u ON u.id = r.run_id WHERE date(u.started_at) BETWEEN "
	    "?1 AND ?2 UNION SELECT k.candidate_id FROM slate_pick k JOIN "
	    "slate s ON s.id = k.slate_id WHERE date(s.made_at) BETWEEN ?1 "
	    "AND ?2", 1)) != WB_OK ||
	    (st = mark(&k, "SELECT DISTINCT candidate_id FROM proposal WHERE "
	    "proposed_on BETWEEN ?1 AND ?2", 0)) != WB_OK ||
	    (st = count_placed(&k)) != WB_OK) {
		exposure_free(e);
		e = NULL;
	} else
		tally(&k);
	free(k.p);
	free(k.by_id);
	match_index_free(k.idx);
	*out = e;
	return st;
}

void
exposure_free(struct exposure *e)
{
	size_t	i;

	if (e == NULL)
		return;
	for (i = 0; i < e->n; i++)
		free(e->rows[i].group);
	free(e->rows);
	for (i = 0; i < e->nnever; i++)
		free(e->never[i]);
	free(e->never);
	free(e);
}
