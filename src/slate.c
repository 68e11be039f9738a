/*
 * slate.c: the Monday slate (slate.h): what the pipelines already hold,
 * the ranked lists of every open vacancy, the exact plan over them
 * (assign.h) proven optimal for the whole pool by its duals, and each
 * pick's explanation.  Storing and accepting are in slate-store.c.
 *
 * Proof of a plan from short lists.  Vacancy v's list is its best L
 * candidates by score whose score is above the score of the (L+1)-th
 * (the cut): so a list never holds part of a group of equal scores, and
 * it is the same set whatever the candidates' keys.  Anyone off the
 * list scores at most the cut, so with the weights below weighs at most
 * W(cut) * Q + B - 1.  The plan over the lists has duals u[v], p[c] >=
 * 0 with u[v] + p[c] >= the weight of every pair left out; a pair off
 * the lists with weight <= u[v] (p[c] >= 0) can then not improve it
 * (linear programming duality), so when every vacancy whose list was
 * cut has u[v] >= W(cut) * Q + B - 1 the plan is optimal for the whole
 * pool.  Lists that fail this are made four times longer and the plan
 * is solved again.
 *
 * Weights: W(score) = the score in millionths, times Q, plus a bonus of
 * 0 .. B-1 for the weeks the candidate has waited since their last
 * proposal (or since joining the pool).  Q is larger than B times the
 * number of slots, so the total score always comes first and the bonus
 * only decides between plans of equal total.
 */
#include "werkbank/slate.h"

#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/assign.h"
#include "werkbank/candidate.h"
#include "werkbank/date.h"
#include "werkbank/i18n.h"
#include "werkbank/xmalloc.h"

#define SCORE_UNITS	1000000		/* scores in millionths */
#define BONUS_MAX	256
#define LIST_MIN	10
#define NONE		UINT32_MAX

/* A ranked list of one vacancy. */
struct list {
	struct match_result	*r;	/* best first, by the match's order */
	size_t			 n;
	size_t			 want;	/* L: asked for L + 1 */
	int			 cut;	/* 1: there is more below */
	double			 cut_score;
	int			 stale;	/* to be ranked (again) */
};

/* Per candidate of the index. */
struct cand {
	int		 room;		/* how often the plan may pick them */
	uint16_t	 bonus;		/* weeks waited, capped */
	uint32_t	 node;		/* right node in this round, or NONE */
};

/* A database id and a position (in the index or in s->vs). */
struct idpos {
	long long	 id;
	size_t		 pos;
};

struct maker {
	struct db		*db;
	const struct slate_opts	*o;
	struct slate		*s;
	long long		 asking;
	struct cand		*c;		/* per candidate of the index */
	struct idpos		*cand_ids;	/* sorted by id */
	struct idpos		*vac_ids;	/* sorted by id */
	struct slate_pair	*busy;		/* ever in a pipeline, sorted */
	size_t			 nbusy;
	struct slate_pair	*dropped;	/* sorted */
	struct list		*lists;		/* per vacancy */
	int64_t			 q, bonus_levels;
};

static int
pair_cmp(const void *a, const void *b)
{
	const struct slate_pair	*x = a, *y = b;

	if (x->vacancy_id != y->vacancy_id)
		return x->vacancy_id < y->vacancy_id ? -1 : 1;
	return (x->candidate_id > y->candidate_id) -
	    (x->candidate_id < y->candidate_id);
}

static int
in_pairs(const struct slate_pair *p, size_t n, long long vid, long long cid)
{
	struct slate_pair	key = { vid, cid };

	return n > 0 && bsearch(&key, p, n, sizeof(*p), pair_cmp) != NULL;
}

static int
idpos_cmp(const void *a, const void *b)
{
	const struct idpos	*x = a, *y = b;

	return (x->id > y->id) - (x->id < y->id);
}

/* The position of id in a sorted idpos array, or -1. */
static long
find_id(const struct idpos *a, size_t n, long long id)
{
	struct idpos	 key = { id, 0 };
	struct idpos	*hit;

	hit = n > 0 ? bsearch(&key, a, n, sizeof(*a), idpos_cmp) : NULL;
	return hit != NULL ? (long)hit->pos : -1;
}

/* Positions, placements and the pipeline of each open vacancy, and the
 * pairs ever in a pipeline of one. */
static enum wb_status
load_vacancies(struct maker *m)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	size_t		 cap = 0;
	long		 k;
	int		 rc, n;

	if ((st = db_prepare(m->db, "SELECT v.id, v.positions, (SELECT "
	    "count(*) FROM placement pl WHERE pl.vacancy_id = v.id), (SELECT "
	    "count(*) FROM proposal p WHERE p.vacancy_id = v.id AND p.step IN "
	    "('proposed', 'interview')) FROM vacancy v WHERE v.status = 'open'",
	    &stmt)) != WB_OK)
		return st;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		struct slate_vacancy	*vi;

		if ((k = find_id(m->vac_ids, m->s->nv,
		    sqlite3_column_int64(stmt, 0))) < 0)
			continue;
		vi = &m->s->vinfo[k];
		vi->open_positions = sqlite3_column_int(stmt, 1) -
		    sqlite3_column_int(stmt, 2);
		if (vi->open_positions < 0)
			vi->open_positions = 0;
		vi->in_pipeline = sqlite3_column_int(stmt, 3);
		n = m->o->per_vacancy > 0 ? m->o->per_vacancy :
		    vi->open_positions;
		/* A vacancy whose positions are all placed takes nobody. */
		vi->room = vi->open_positions > 0 && n > vi->in_pipeline ?
		    n - vi->in_pipeline : 0;
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return db_fail(m->db, _("reading the vacancies"));

	if ((st = db_prepare(m->db, "SELECT p.vacancy_id, p.candidate_id "
	    "FROM proposal p JOIN vacancy v ON v.id = p.vacancy_id WHERE "
	    "v.status = 'open' ORDER BY 1, 2", &stmt)) != WB_OK)
		return st;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if (m->nbusy == cap) {
			cap = cap ? 2 * cap : 256;
			m->busy = xreallocarray(m->busy, cap, sizeof(*m->busy));
		}
		m->busy[m->nbusy].vacancy_id = sqlite3_column_int64(stmt, 0);
		m->busy[m->nbusy++].candidate_id = sqlite3_column_int64(stmt,
		    1);
	}
	sqlite3_finalize(stmt);
	return rc == SQLITE_DONE ? WB_OK : db_fail(m->db,
	    _("reading the proposals"));
}

/* Each candidate's room in the plan and how long they have waited. */
static enum wb_status
load_candidates(struct maker *m)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	const char	*t;
	size_t		 n = match_index_count(m->s->idx);
	long		 k;
	int		 rc, today = date_today(), d, last;

	if ((st = db_prepare(m->db, "SELECT c.id, c.registered_on, (SELECT "
	    "count(*) FROM proposal p WHERE p.candidate_id = c.id AND p.step = "
	    "'proposed'), (SELECT count(*) FROM proposal p WHERE "
	    "p.candidate_id = c.id AND p.step = 'interview'), (SELECT "
	    "max(proposed_on) FROM proposal p WHERE p.candidate_id = c.id) "
	    "FROM candidate c WHERE " CANDIDATE_IN_POOL("c."), &stmt)) != WB_OK)
		return st;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		struct cand	*c;

		if ((k = find_id(m->cand_ids, n, sqlite3_column_int64(stmt,
		    0))) < 0)
			continue;
		c = &m->c[k];
		c->room = sqlite3_column_int(stmt, 3) > 0 ? 0 :
		    m->o->per_candidate - sqlite3_column_int(stmt, 2);
		if (c->room < 0)
			c->room = 0;
		last = today;
		if ((t = (const char *)sqlite3_column_text(stmt, 1)) != NULL &&
		    date_parse(t, &d) == WB_OK)
			last = d;
		if ((t = (const char *)sqlite3_column_text(stmt, 4)) != NULL &&
		    date_parse(t, &d) == WB_OK && d > last)
			last = d;
		d = (today - last) / 7;
		c->bonus = (uint16_t)(d < 0 ? 0 : d > BONUS_MAX - 1 ?
		    BONUS_MAX - 1 : d);
	}
	sqlite3_finalize(stmt);
	return rc == SQLITE_DONE ? WB_OK : db_fail(m->db,
	    _("reading the candidates"));
}

/* The picks made by hand: checked, and their room taken. */
static enum wb_status
take_fixed(struct maker *m)
{
	struct slate	*s = m->s;
	size_t		 i, n = match_index_count(s->idx);
	long		 k, c;

	for (i = 0; i < m->o->nfixed; i++) {
		const struct slate_pair	*f = &m->o->fixed[i];
		struct slate_pick	*p;

		k = find_id(m->vac_ids, s->nv, f->vacancy_id);
		c = find_id(m->cand_ids, n, f->candidate_id);
		if (k < 0 || c < 0)
			return db_set_error(m->db, WB_INVALID, "%s",
			    _("a pick by hand is not an open vacancy with a "
			    "candidate of the pool"));
		if (slate_find(s, (size_t)k, (size_t)c) >= 0)
			continue;
		p = &s->picks[s->npicks];
		memset(p, 0, sizeof(*p));
		match_explain(s->idx, (size_t)c, &s->vs[k], &s->weights,
		    m->asking, &p->r);
		if (p->r.excluded != 0) {
			enum wb_status st;

			/* Whom u may not see is nobody to them. */
			if (p->r.excluded & MATCH_EX_CONSENT)
				st = db_set_error(m->db, WB_INVALID, "%s",
				    _("a pick by hand is not an open vacancy "
				    "with a candidate of the pool"));
			else {
				char	why[512];

				/* The rule in the user's words. */
				st = db_set_error(m->db, WB_INVALID,
				    _("%s cannot be picked for %s: %s"),
				    match_index_key(s->idx, (size_t)c),
				    s->vs[k].key, match_notes_shown(p->r.notes,
				    why, sizeof(why)));
			}
			free(p->r.notes);
			return st;
		}
		s->npicks++;
		p->vac = (size_t)k;
		p->cand = (size_t)c;
		p->candidate_id = f->candidate_id;
		p->by_hand = 1;
		p->alt_planned = -1;
		p->alt_next = -1;
		s->vinfo[k].picks++;
		if (s->vinfo[k].room > 0)
			s->vinfo[k].room--;
		if (m->c[c].room > 0)
			m->c[c].room--;
	}
	return WB_OK;
}

/* Ranking the lists marked stale, on two threads. */
struct rank_part {
	const struct maker	*m;
	const size_t		*todo;
	size_t			 n, first, step;
};

static void *
rank_part(void *arg)
{
	struct rank_part	*r = arg;
	const struct slate	*s = r->m->s;
	size_t			 i;

	for (i = r->first; i < r->n; i += r->step) {
		struct list	*l = &r->m->lists[r->todo[i]];

		match_results_free(l->r, l->n);
		match_rank_vacancy(s->idx, &s->vs[r->todo[i]], &s->weights,
		    r->m->asking, l->want + 1, 0, &l->r, &l->n, NULL);
		l->cut = l->n == l->want + 1;
		l->cut_score = l->cut ? l->r[l->want].score : -1;
		l->stale = 0;
	}
	return NULL;
}

static void
rank_stale(struct maker *m)
{
	struct rank_part	 part[2];
	pthread_t		 tid;
	size_t			*todo, n = 0, i;
	int			 two;

	todo = xcalloc(m->s->nv + 1, sizeof(*todo));
	for (i = 0; i < m->s->nv; i++)
		if (m->lists[i].stale)
			todo[n++] = i;
	for (i = 0; i < 2; i++) {
		part[i].m = m;
		part[i].todo = todo;
		part[i].n = n;
		part[i].first = i;
		part[i].step = 2;
	}
	two = n > 1 && pthread_create(&tid, NULL, rank_part, &part[1]) == 0;
	if (!two)
		part[0].step = 1;
	rank_part(&part[0]);
	if (two)
		pthread_join(tid, NULL);
	free(todo);
}

/* The weight of a score for candidate c (NULL: the most any bonus). */
static int64_t
weigh(const struct maker *m, double score, const struct cand *c)
{
	int64_t	w = llround(score * SCORE_UNITS);

	if (w <= 0)
		return 0;
	return w * m->q + (c != NULL ? c->bonus * m->bonus_levels /
	    BONUS_MAX : m->bonus_levels - 1);
}

/* May the plan pick entry r of vacancy k's list? */
static int
plannable(const struct maker *m, size_t k, const struct match_result *r)
{
	const struct slate	*s = m->s;
	const struct list	*l = &m->lists[k];
	long long		 cid = match_index_id(s->idx, r->cand);

	return m->c[r->cand].room > 0 && (!l->cut || r->score > l->cut_score) &&
	    llround(r->score * SCORE_UNITS) > 0 &&
	    !in_pairs(m->busy, m->nbusy, s->vs[k].id, cid) &&
	    !in_pairs(m->dropped, m->o->ndropped, s->vs[k].id, cid) &&
	    (m->o->nfixed == 0 || slate_find(s, k, r->cand) < 0);
}

struct edge {
	int64_t		 w;
	long long	 cid;
	size_t		 entry;		/* in the vacancy's list */
	uint32_t	 node;
};

static int
edge_cmp(const void *a, const void *b)
{
	const struct edge	*x = a, *y = b;

	if (x->w != y->w)
		return x->w > y->w ? -1 : 1;
	return (x->cid > y->cid) - (x->cid < y->cid);
}

static void
round_free(struct idpos *right, struct edge *edges, size_t *first, int *lcap,
    int *rcap, uint32_t *to, int64_t *w)
{
	free(right);
	free(edges);
	free(first);
	free(lcap);
	free(rcap);
	free(to);
	free(w);
}

/* One round: the plan over the lists as they are.  *proven: nobody off
 * a list could raise it; else the lists to lengthen are marked stale. */
static enum wb_status
plan_round(struct maker *m, int *proven)
{
	struct slate		*s = m->s;
	struct assign_graph	 g;
	struct assign_plan	 plan;
	struct idpos		*right = NULL;
	struct edge		*edges = NULL;
	size_t			*first, nright = 0, ne = 0, cap = 0, i, j, k;
	int			*lcap, *rcap;
	uint32_t		*to;
	int64_t			*w;

	/* The right nodes, in the order of their ids. */
	for (k = 0; k < s->nv; k++) {
		if (s->vinfo[k].room == 0)
			continue;
		for (i = 0; i < m->lists[k].n; i++) {
			const struct match_result *r = &m->lists[k].r[i];

			if (!plannable(m, k, r) || m->c[r->cand].node == 0)
				continue;
			m->c[r->cand].node = 0;		/* seen */
			if (nright == cap) {
				cap = cap ? 2 * cap : 1024;
				right = xreallocarray(right, cap,
				    sizeof(*right));
			}
			right[nright].id = match_index_id(s->idx, r->cand);
			right[nright++].pos = r->cand;
		}
	}
	if (nright > 0)
		qsort(right, nright, sizeof(*right), idpos_cmp);
	rcap = xcalloc(nright + 1, sizeof(*rcap));
	for (j = 0; j < nright; j++) {
		m->c[right[j].pos].node = (uint32_t)j;
		rcap[j] = m->c[right[j].pos].room;
	}

	/* Left node j is the vacancy with the j-th smallest id; its edges
	 * by weight, then candidate id. */
	first = xcalloc(s->nv + 1, sizeof(*first));
	lcap = xcalloc(s->nv + 1, sizeof(*lcap));
	cap = 0;
	for (j = 0; j < s->nv; j++) {
		k = m->vac_ids[j].pos;
		first[j] = ne;
		lcap[j] = s->vinfo[k].room;
		if (lcap[j] == 0)
			continue;
		for (i = 0; i < m->lists[k].n; i++) {
			const struct match_result *r = &m->lists[k].r[i];

			if (!plannable(m, k, r))
				continue;
			if (ne == cap) {
				cap = cap ? 2 * cap : 4096;
				edges = xreallocarray(edges, cap,
				    sizeof(*edges));
			}
			edges[ne].w = weigh(m, r->score, &m->c[r->cand]);
			edges[ne].cid = match_index_id(s->idx, r->cand);
			edges[ne].entry = i;
			edges[ne++].node = m->c[r->cand].node;
		}
		if (ne > first[j])
			qsort(edges + first[j], ne - first[j], sizeof(*edges),
			    edge_cmp);
	}
	first[s->nv] = ne;
	to = xcalloc(ne + 1, sizeof(*to));
	w = xcalloc(ne + 1, sizeof(*w));
	for (i = 0; i < ne; i++) {
		to[i] = edges[i].node;
		w[i] = edges[i].w;
	}
	g.nleft = s->nv;
	g.nright = nright;
	g.left_cap = lcap;
	g.right_cap = rcap;
	g.first = first;
	g.right = to;
	g.weight = w;

	*proven = 1;
	if (assign_solve(&g, &plan) != 0) {
		round_free(right, edges, first, lcap, rcap, to, w);
		return db_set_error(m->db, WB_INVALID, "%s", _("too many "
		    "open positions for one slate"));
	}
	for (j = 0; j < s->nv; j++) {
		struct list	*l = &m->lists[m->vac_ids[j].pos];

		if (lcap[j] == 0 || !l->cut ||
		    plan.u[j] >= weigh(m, l->cut_score, NULL))
			continue;
		*proven = 0;
		l->want *= 4;
		l->stale = 1;
	}
	if (*proven)
		for (j = 0; j < s->nv; j++)
			for (i = first[j]; i < first[j + 1]; i++) {
				const struct match_result *r;
				struct slate_pick	*p;

				if (!plan.chosen[i])
					continue;
				k = m->vac_ids[j].pos;
				r = &m->lists[k].r[edges[i].entry];
				p = &s->picks[s->npicks++];
				memset(p, 0, sizeof(*p));
				p->vac = k;
				p->cand = r->cand;
				p->candidate_id = edges[i].cid;
				p->r = *r;
				p->r.notes = xstrdup(r->notes);
				s->vinfo[k].picks++;
			}
	for (i = 0; i < nright; i++)
		m->c[right[i].pos].node = NONE;
	assign_plan_clear(&plan);
	round_free(right, edges, first, lcap, rcap, to, w);
	return WB_OK;
}

static int
pick_cmp(const void *a, const void *b)
{
	const struct slate_pick	*x = a, *y = b;

	if (x->vac != y->vac)
		return x->vac < y->vac ? -1 : 1;
	if (x->r.score != y->r.score)
		return x->r.score > y->r.score ? -1 : 1;
	return (x->candidate_id > y->candidate_id) -
	    (x->candidate_id < y->candidate_id);
}

/* Each pick's alternative: the best of its vacancy's list who could
 * have been planned and is not picked there; where they are planned,
 * and the next best there. */
static void
explain(struct maker *m)
{
	struct slate	*s = m->s;
	size_t		 i, j, from = 0;
	long		*planned;

	planned = xcalloc(match_index_count(s->idx) + 1, sizeof(*planned));
	for (i = 0; i < match_index_count(s->idx); i++)
		planned[i] = -1;
	for (i = s->npicks; i-- > 0;)
		planned[s->picks[i].cand] = (long)i;
	for (i = 0; i < s->npicks; i++) {
		struct slate_pick	*p = &s->picks[i];
		const struct list	*l = &m->lists[p->vac];

		if (i > 0 && s->picks[i - 1].vac != p->vac)
			from = i;
		p->alt_planned = -1;
		p->alt_next = -1;
		for (j = 0; j < l->n && !p->has_alt; j++) {
			const struct match_result *r = &l->r[j];
			long long cid = match_index_id(s->idx, r->cand);
			size_t	  q;

			if (m->c[r->cand].room == 0 ||
			    in_pairs(m->busy, m->nbusy, s->vs[p->vac].id, cid) ||
			    in_pairs(m->dropped, m->o->ndropped,
			    s->vs[p->vac].id, cid))
				continue;
			for (q = from; q < s->npicks && s->picks[q].vac ==
			    p->vac && s->picks[q].cand != r->cand; q++)
				;
			if (q < s->npicks && s->picks[q].vac == p->vac)
				continue;	/* picked here */
			p->has_alt = 1;
			p->alt_cand = r->cand;
			p->alt_score = r->score;
			p->alt_planned = planned[r->cand];
		}
	}
	for (i = 0; i < s->npicks; i++) {
		struct slate_pick *p = &s->picks[i];

		if (p->alt_planned >= 0 && s->picks[p->alt_planned].has_alt)
			p->alt_next = s->picks[p->alt_planned].alt_score;
	}
	free(planned);
}

static void
maker_clear(struct maker *m)
{
	size_t	k;

	if (m->lists != NULL)
		for (k = 0; k < m->s->nv; k++)
			match_results_free(m->lists[k].r, m->lists[k].n);
	free(m->lists);
	free(m->c);
	free(m->cand_ids);
	free(m->vac_ids);
	free(m->busy);
	free(m->dropped);
}

/* Q and the bonus levels so that the score always comes first and no
 * weight passes ASSIGN_WEIGHT_MAX. */
static void
scale(struct maker *m, size_t slots)
{
	int64_t	levels = BONUS_MAX;

	while (levels > 1 && (int64_t)SCORE_UNITS * levels * ((int64_t)slots +
	    1) + levels > ASSIGN_WEIGHT_MAX)
		levels /= 2;
	m->bonus_levels = levels;
	m->q = levels * ((int64_t)slots + 1);
}

enum wb_status
slate_make(struct db *db, const struct user_ctx *u,
    const struct slate_opts *o, struct slate **out)
{
	struct maker	 m;
	struct slate	*s;
	enum wb_status	 st;
	size_t		 n, k, slots;
	int		 proven;

	*out = NULL;
	if (o->per_candidate < 1 || o->per_candidate > SLATE_PER_MAX ||
	    o->per_vacancy < 0 || o->per_vacancy > SLATE_PER_MAX)
		return db_set_error(db, WB_INVALID, _("a slate takes 1 to %d "
		    "proposals per candidate and per vacancy"), SLATE_PER_MAX);
	s = xcalloc(1, sizeof(*s));
	s->per_candidate = o->per_candidate;
	s->per_vacancy = o->per_vacancy;
	memset(&m, 0, sizeof(m));
	m.db = db;
	m.o = o;
	m.s = s;
	/* Whose candidates may be planned: the user's partner (0: all). */
	m.asking = u->single ? 0 : u->partner_id;
	if ((st = match_weights_load(db, &s->weights)) != WB_OK ||
	    (st = match_index_build(db, &s->idx)) != WB_OK ||
	    (st = match_vacancies_load_open(db, &s->vs, &s->nv)) != WB_OK)
		goto fail;
	n = match_index_count(s->idx);
	m.c = xcalloc(n + 1, sizeof(*m.c));
	m.cand_ids = xcalloc(n + 1, sizeof(*m.cand_ids));
	for (k = 0; k < n; k++) {
		m.c[k].node = NONE;
		m.cand_ids[k].id = match_index_id(s->idx, k);
		m.cand_ids[k].pos = k;
	}
	qsort(m.cand_ids, n, sizeof(*m.cand_ids), idpos_cmp);
	m.vac_ids = xcalloc(s->nv + 1, sizeof(*m.vac_ids));
	for (k = 0; k < s->nv; k++) {
		m.vac_ids[k].id = s->vs[k].id;
		m.vac_ids[k].pos = k;
	}
	qsort(m.vac_ids, s->nv, sizeof(*m.vac_ids), idpos_cmp);
	s->vinfo = xcalloc(s->nv + 1, sizeof(*s->vinfo));
	if ((st = load_vacancies(&m)) != WB_OK ||
	    (st = load_candidates(&m)) != WB_OK)
		goto fail;
	m.dropped = xcalloc(o->ndropped + 1, sizeof(*m.dropped));
	if (o->ndropped > 0) {
		memcpy(m.dropped, o->dropped, o->ndropped * sizeof(*m.dropped));
		qsort(m.dropped, o->ndropped, sizeof(*m.dropped), pair_cmp);
	}
	for (k = 0, slots = 0; k < s->nv; k++)
		slots += (size_t)s->vinfo[k].room;
	s->picks = xcalloc(slots + o->nfixed + 1, sizeof(*s->picks));
	if ((st = take_fixed(&m)) != WB_OK)
		goto fail;
	scale(&m, slots);

	m.lists = xcalloc(s->nv + 1, sizeof(*m.lists));
	/* Lists for the vacancies with room, and for those with a pick by
	 * hand, whose alternative is explained too. */
	for (k = 0; k < s->nv; k++)
		if (s->vinfo[k].room > 0 || s->vinfo[k].picks > 0) {
			m.lists[k].want = (size_t)(3 * s->vinfo[k].room);
			if (m.lists[k].want < LIST_MIN)
				m.lists[k].want = LIST_MIN;
			m.lists[k].stale = 1;
		}
	for (;;) {
		rank_stale(&m);
		if ((st = plan_round(&m, &proven)) != WB_OK)
			goto fail;
		if (proven)
			break;
		s->rounds++;
	}
	qsort(s->picks, s->npicks, sizeof(*s->picks), pick_cmp);
	explain(&m);
	for (k = 0; k < s->npicks; k++)
		s->total += s->picks[k].r.score;
	for (k = 0; k < s->nv; k++)
		if (s->vinfo[k].open_positions > 0 && s->vinfo[k].picks == 0 &&
		    s->vinfo[k].in_pipeline == 0)
			s->unfilled++;
	maker_clear(&m);
	*out = s;
	return WB_OK;
fail:
	maker_clear(&m);
	slate_free(s);
	return st;
}

void
slate_free(struct slate *s)
{
	size_t	i;

	if (s == NULL)
		return;
	for (i = 0; i < s->npicks; i++)
		free(s->picks[i].r.notes);
	free(s->picks);
	free(s->vinfo);
	match_vacancies_free(s->vs, s->nv);
	match_index_free(s->idx);
	free(s);
}

long
slate_find(const struct slate *s, size_t vac, size_t cand)
{
	size_t	i;

	for (i = 0; i < s->npicks; i++)
		if (s->picks[i].vac == vac && s->picks[i].cand == cand)
			return (long)i;
	return -1;
}
