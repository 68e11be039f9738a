/*
 * supply-people.c: the people side of the agenda ("Aanbod", supply.h):
 * newcomers to the pool and those who have waited long for a proposal,
 * each with the open vacancies that fit them best (the reverse match,
 * match_rank_candidate).
 */
#include "werkbank/supply.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/candidate.h"
#include "werkbank/date.h"
#include "werkbank/i18n.h"
#include "werkbank/match.h"
#include "werkbank/xmalloc.h"

struct waiter {
	long long	 id;
	char		*key;
	int		 last;		/* day: last proposal or joining */
	int		 newcomer;
};

/* Newcomers first (the latest first), then the longest waiting. */
static int
waiter_cmp(const void *a, const void *b)
{
	const struct waiter	*x = a, *y = b;

	if (x->newcomer != y->newcomer)
		return x->newcomer ? -1 : 1;
	if (x->last != y->last)
		return x->newcomer ? (x->last > y->last ? -1 : 1) :
		    (x->last < y->last ? -1 : 1);
	return strcmp(x->key, y->key);
}

/* The pool u may see: who joined on or after since, who waited. */
static enum wb_status
load_waiters(struct db *db, const struct user_ctx *u, int since, int weeks,
    struct waiter **out, size_t *n, struct supply_people *sp)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	char		 sql[1024], vis[128];
	const char	*t;
	size_t		 cap = 0;
	int		 rc, today = date_today(), reg, prop;

	*out = NULL;
	*n = 0;
	snprintf(sql, sizeof(sql), "SELECT c.id, p.code || '/' || c.ref, "
	    "c.registered_on, (SELECT max(proposed_on) FROM proposal r WHERE "
	    "r.candidate_id = c.id) FROM candidate c JOIN partner p ON p.id = "
	    "c.partner_id WHERE " CANDIDATE_IN_POOL("c.") " AND %s",
	    user_candidate_sql(u, "c.partner_id", "c.consent", vis,
	    sizeof(vis)));
	if ((st = db_prepare(db, sql, &stmt)) != WB_OK)
		return st;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		struct waiter	 w;

		t = (const char *)sqlite3_column_text(stmt, 2);
		if (t == NULL || date_parse(t, &reg) != WB_OK)
			continue;
		w.last = reg;
		t = (const char *)sqlite3_column_text(stmt, 3);
		if (t != NULL && date_parse(t, &prop) == WB_OK && prop > reg)
			w.last = prop;
		w.newcomer = reg >= since;
		if (!w.newcomer && today - w.last <= 7 * weeks)
			continue;
		if (w.newcomer)
			sp->newcomers++;
		else
			sp->waiting++;
		w.id = sqlite3_column_int64(stmt, 0);
		w.key = db_column_dup(stmt, 1);
		if (*n == cap) {
			cap = cap ? 2 * cap : 256;
			*out = xreallocarray(*out, cap, sizeof(**out));
		}
		(*out)[(*n)++] = w;
	}
	sqlite3_finalize(stmt);
	return rc == SQLITE_DONE ? WB_OK : db_fail(db,
	    _("reading the candidates"));
}

enum wb_status
supply_people_load(struct db *db, const struct user_ctx *u, const char *since,
    int weeks, size_t max, struct supply_people *out)
{
	struct match_index	*idx = NULL;
	struct match_vacancy	*vs = NULL;
	struct match_weights	 w;
	struct waiter		*ws = NULL;
	enum wb_status		 st;
	size_t			 nw = 0, nv = 0, i, k, listed[2] = { 0, 0 };
	long long		 asking = u->single ? 0 : u->partner_id;
	int			 from, today = date_today();

	memset(out, 0, sizeof(*out));
	if (since == NULL || date_parse(since, &from) != WB_OK)
		from = today - 7;
	if ((st = load_waiters(db, u, from, weeks, &ws, &nw, out)) != WB_OK)
		goto done;
	if (nw > 1)
		qsort(ws, nw, sizeof(*ws), waiter_cmp);
	out->p = xcalloc(2 * max + 1, sizeof(*out->p));
	if (nw == 0 || max == 0)
		goto done;
	if ((st = match_weights_load(db, &w)) != WB_OK ||
	    (st = match_index_build(db, &idx)) != WB_OK ||
	    (st = match_vacancies_load_open(db, &vs, &nv)) != WB_OK)
		goto done;
	for (i = 0; i < nw && (listed[0] < max || listed[1] < max); i++) {
		struct match_result	*r;
		struct supply_person	*p;
		size_t			 cand, nr;

		if (listed[ws[i].newcomer] == max ||
		    match_index_find(idx, ws[i].key, &cand) != 0)
			continue;
		match_rank_candidate(idx, cand, vs, nv, &w, asking,
		    SUPPLY_BEST, 0, &r, &nr, NULL);
		/* Of those waiting, who fits one well enough to act on. */
		if (nr > 0 && (ws[i].newcomer || r[0].score >= SUPPLY_FIT_MIN)) {
			p = &out->p[out->n++];
			listed[ws[i].newcomer]++;
			p->id = ws[i].id;
			snprintf(p->key, sizeof(p->key), "%s", ws[i].key);
			date_format(ws[i].last, p->since);
			p->weeks = (today - ws[i].last) / 7;
			p->newcomer = ws[i].newcomer;
			for (k = 0; k < nr && k < SUPPLY_BEST; k++) {
				snprintf(p->best[k], sizeof(p->best[k]), "%s",
				    vs[r[k].vac].key);
				p->score[k] = r[k].score;
			}
			p->nbest = k;
		}
		match_results_free(r, nr);
	}
done:
	for (i = 0; i < nw; i++)
		free(ws[i].key);
	free(ws);
	match_vacancies_free(vs, nv);
	match_index_free(idx);
	if (st != WB_OK)
		supply_people_free(out);
	return st;
}

void
supply_people_free(struct supply_people *sp)
{
	if (sp == NULL)
		return;
	free(sp->p);
	memset(sp, 0, sizeof(*sp));
}
