/*
 * match-rank.c: the ranking.  Only someone with the job's own ISCO code
 * can get the full occupation part, so a vacancy's ranking scores those
 * first (match_index.occ_who lists them); the best N of them usually set
 * a bar that no one else can reach, and then nobody else is read at all.
 * Otherwise, and when the eligible are counted, the rest of the pool is
 * read in blocks of 64: the hard rules counted over the block's columns
 * 16 candidates at a time (SSE2; one by one elsewhere), then, while the
 * bar is low enough, the others scored, cheap parts first, the pools
 * last, each bound checked before the next.
 * match_rank_vacancy_split() ranks on several threads, each over its part
 * of the index with bounded heaps of its own, merged at the end.  Every
 * candidate who could be among the best N is scored exactly as
 * match_explain() scores them and the order (score, then key) is total,
 * so the result is the same however the pool is split.  Nothing is
 * allocated per candidate.
 */
#include "werkbank/match.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "werkbank/xmalloc.h"
#include "match-int.h"
#include "match-prep.h"

/* Candidates a block: the bits of one uint64_t. */
#define BLOCK		64
#define THREADS_MAX	16
/* How far ahead in the list of the job's code a record is asked for. */
#define AHEAD		8

#if defined(__GNUC__)
#define PREFETCH(a)	__builtin_prefetch(a)
#else
#define PREFETCH(a)	((void)(a))
#endif

_Static_assert(MATCH_EX_SHELTERED <= UINT8_MAX,
    "the exclusion bits of a candidate fit in a byte");

/* Heap of the best so far: the root is the worst kept. */
struct entry {
	double		score;		/* a vacancy's ranking: num; else score */
	uint32_t	order;		/* ties: the smaller goes first */
	uint32_t	i;
};

static int
worse(const struct entry *a, const struct entry *b)
{
	return a->score < b->score || (a->score == b->score &&
	    a->order > b->order);
}

struct heap {
	struct entry	*e;
	size_t		 n, cap;
};

static void
heap_sift_down(struct heap *h, size_t i)
{
	struct entry	t;
	size_t		c;

	for (;;) {
		c = 2 * i + 1;
		if (c >= h->n)
			return;
		if (c + 1 < h->n && worse(&h->e[c + 1], &h->e[c]))
			c++;
		if (!worse(&h->e[c], &h->e[i]))
			return;
		t = h->e[c];
		h->e[c] = h->e[i];
		h->e[i] = t;
		i = c;
	}
}

/* Keep e if it is among the best cap. */
static void
heap_offer(struct heap *h, const struct entry *e)
{
	size_t		i, parent;
	struct entry	t;

	if (h->n < h->cap) {
		i = h->n++;
		h->e[i] = *e;
		while (i > 0) {
			parent = (i - 1) / 2;
			if (!worse(&h->e[i], &h->e[parent]))
				break;
			t = h->e[i];
			h->e[i] = h->e[parent];
			h->e[parent] = t;
			i = parent;
		}
		return;
	}
	if (h->cap == 0 || !worse(&h->e[0], e))
		return;
	h->e[0] = *e;
	heap_sift_down(h, 0);
}

static int
entry_cmp(const void *a, const void *b)
{
	const struct entry	*x = a, *y = b;

	if (worse(y, x))
		return -1;
	return worse(x, y) ? 1 : 0;
}

static void
heap_init(struct heap *h, size_t cap)
{
	h->n = 0;
	h->cap = cap;
	h->e = xcalloc(cap > 0 ? cap : 1, sizeof(*h->e));
}

/* The kept entries, best first. */
static void
heap_sort(struct heap *h)
{
	qsort(h->e, h->n, sizeof(*h->e), entry_cmp);
}

/* One part of the index, ranked by one thread. */
struct scan {
	const struct prep		*p;
	const struct match_index	*idx;
	size_t				 lo, hi;	/* [lo, hi) */
	const uint32_t			*who, *who_end;	/* with the job's
							   code, in it */
	int				 count;		/* count the eligible */
	unsigned			 hide;		/* not the asker's */
	struct heap			 best, excl;	/* excl.cap 0: none */
	double				 thr, ethr;	/* their worst, once
							   full; else -1 */
	size_t				 eligible, hidden;
};

static inline int
lowest_bit(uint64_t w)
{
#if defined(__GNUC__)
	return __builtin_ctzll(w);
#else
	int	k = 0;

	for (; !(w & 1); w >>= 1)
		k++;
	return k;
#endif
}

/*
 * Candidate i, with occ_ub the most their occupation can add: into the
 * best or the excluded if they could be among them.  The parts are
 * added up as match_explain() adds them, cheap ones first, each bound
 * checked before the next.
 */
static inline void
consider(struct scan *s, size_t i, double occ_ub)
{
	const struct prep		*p = s->p;
	const struct match_index	*idx = s->idx;
	const struct mc			*c = &idx->c[i];
	struct entry			 e;
	double				 d = p->dist[c->home], num;
	unsigned			 x = exclusions(p, c, d);

	if (x == 0) {
		if (occ_ub + p->rest_max < s->thr)
			return;
		num = num_cheap(p, c, d, 0);
		if (num + occ_ub + p->skills_max < s->thr)
			return;
		num += p->w[MATCH_OCCUPATION] * (c->nocc == 0 ? NEUTRAL :
		    occupation_part(p, idx, c));
		if (num + p->skills_max < s->thr)
			return;
		if (p->applies[MATCH_SKILLS])
			num += p->w[MATCH_SKILLS] * (c->nskill == 0 ? NEUTRAL :
			    skills_part(p, idx, c));
		e.score = num;
		e.order = c->key_rank;
		e.i = (uint32_t)i;
		heap_offer(&s->best, &e);
		if (s->best.n == s->best.cap)
			s->thr = s->best.e[0].score;
	} else if (s->excl.cap > 0 && !(x & s->hide)) {
		if (occ_ub + p->rest_max < s->ethr)
			return;
		/* Consent withheld: says nothing about them. */
		e.score = x & MATCH_EX_CONSENT ? -1 : num_cheap(p, c, d, 1) +
		    num_pool(p, idx, c);
		e.order = c->key_rank;
		e.i = (uint32_t)i;
		heap_offer(&s->excl, &e);
		if (s->excl.n == s->excl.cap)
			s->ethr = s->excl.e[0].score;
	}
}

#ifdef __SSE2__
/* The tests of struct prep for count16(), once a ranking. */
struct rules16 {
	__m128i		mask[4], value[4];
	__m128i		consent, demands, asking, own_on, start;
};

static void
rules16_init(struct rules16 *r, const struct prep *p)
{
	int	j;

	for (j = 0; j < 4; j++) {
		r->mask[j] = _mm_set1_epi8((char)p->flag_mask[j]);
		r->value[j] = _mm_set1_epi8((char)p->flag_value[j]);
	}
	r->consent = _mm_set1_epi8(MC_CONSENT);
	r->demands = _mm_set1_epi8((char)p->demands);
	r->asking = _mm_set1_epi8((char)p->asking);
	r->own_on = _mm_set1_epi8(p->asking >= 0 ? -1 : 0);
	r->start = _mm_set1_epi16((short)p->start);
}

/*
 * The hard rules for the 16 candidates from i, as exclusions() applies
 * them: in *ok a byte 0xff for each who passes, in *nocons for each
 * without consent who is not the asking partner's own.  lim: their
 * far_at.  Not for an asking partner past MC_PARTNER_FAR (their own are
 * told apart in struct mc only).
 */
static inline void
rules16(const struct rules16 *r, const struct match_index *idx, size_t i,
    const float *lim, __m128i *ok, __m128i *nocons)
{
	const __m128i	zero = _mm_setzero_si128();
	__m128i		f, out, t, u, far0, far1, far2, far3;

	f = _mm_loadu_si128((const void *)(idx->flags + i));
	out = _mm_or_si128(_mm_or_si128(
	    _mm_cmpeq_epi8(_mm_and_si128(f, r->mask[0]), r->value[0]),
	    _mm_cmpeq_epi8(_mm_and_si128(f, r->mask[1]), r->value[1])),
	    _mm_or_si128(
	    _mm_cmpeq_epi8(_mm_and_si128(f, r->mask[2]), r->value[2]),
	    _mm_cmpeq_epi8(_mm_and_si128(f, r->mask[3]), r->value[3])));
	t = _mm_loadu_si128((const void *)(idx->partner + i));
	*nocons = _mm_andnot_si128(_mm_and_si128(_mm_cmpeq_epi8(t,
	    r->asking), r->own_on), _mm_cmpeq_epi8(_mm_and_si128(f,
	    r->consent), zero));
	out = _mm_or_si128(out, *nocons);
	/* A restriction against a demand. */
	t = _mm_loadu_si128((const void *)(idx->restr + i));
	*ok = _mm_cmpeq_epi8(_mm_and_si128(t, r->demands), zero);
	/* Available after the start: avail - start > 0, unsigned. */
	t = _mm_loadu_si128((const void *)(idx->avail + i));
	u = _mm_loadu_si128((const void *)(idx->avail + i + 8));
	t = _mm_cmpeq_epi16(_mm_subs_epu16(t, r->start), zero);
	u = _mm_cmpeq_epi16(_mm_subs_epu16(u, r->start), zero);
	*ok = _mm_and_si128(*ok, _mm_packs_epi16(t, u));
	/* Too far. */
	far0 = _mm_castps_si128(_mm_cmpge_ps(_mm_loadu_ps(idx->inv_range + i),
	    _mm_loadu_ps(lim)));
	far1 = _mm_castps_si128(_mm_cmpge_ps(_mm_loadu_ps(idx->inv_range + i +
	    4), _mm_loadu_ps(lim + 4)));
	far2 = _mm_castps_si128(_mm_cmpge_ps(_mm_loadu_ps(idx->inv_range + i +
	    8), _mm_loadu_ps(lim + 8)));
	far3 = _mm_castps_si128(_mm_cmpge_ps(_mm_loadu_ps(idx->inv_range + i +
	    12), _mm_loadu_ps(lim + 12)));
	out = _mm_or_si128(out, _mm_packs_epi16(_mm_packs_epi32(far0, far1),
	    _mm_packs_epi32(far2, far3)));
	*ok = _mm_andnot_si128(out, *ok);
}

/* count_block() for a whole block, 16 candidates at a time. */
static void
count_block16(struct scan *s, const struct rules16 *r, size_t b)
{
	const struct prep		*p = s->p;
	const struct match_index	*idx = s->idx;
	const __m128i			 zero = _mm_setzero_si128();
	__m128i				 ok, nocons, nok = zero, nno = zero;
	float				 lim[BLOCK];
	size_t				 k;

	for (k = 0; k < BLOCK; k++)
		lim[k] = p->far_at[idx->home[b + k]];
	/* A byte of 0xff is -1: subtracting counts, 4 at most a byte. */
	for (k = 0; k < BLOCK; k += 16) {
		rules16(r, idx, b + k, lim + k, &ok, &nocons);
		nok = _mm_sub_epi8(nok, ok);
		nno = _mm_sub_epi8(nno, nocons);
	}
	nok = _mm_sad_epu8(nok, zero);
	nno = _mm_sad_epu8(nno, zero);
	s->eligible += (size_t)_mm_cvtsi128_si32(nok) +
	    (size_t)_mm_cvtsi128_si32(_mm_srli_si128(nok, 8));
	if (s->hide)
		s->hidden += (size_t)_mm_cvtsi128_si32(nno) +
		    (size_t)_mm_cvtsi128_si32(_mm_srli_si128(nno, 8));
}
#endif

/* Count who of the n candidates from b pass the hard rules. */
static void
count_block(struct scan *s, size_t b, size_t n)
{
	const struct prep		*p = s->p;
	const struct match_index	*idx = s->idx;
	size_t				 k, eligible = 0, hidden = 0;
	unsigned			 e;

	for (k = 0; k < n; k++) {
		e = exclusions(p, &idx->c[b + k], p->dist[idx->home[b + k]]);
		eligible += e == 0;
		hidden += (e & s->hide) != 0;
	}
	s->eligible += eligible;
	s->hidden += hidden;
}

static void
scan_run(struct scan *s)
{
	const struct prep		*p = s->p;
	const struct match_index	*idx = s->idx;
	const uint32_t			*w;
	uint64_t			 exact, want;
	double				 lo_ub;
	size_t				 b, m;
	int				 rest;
#ifdef __SSE2__
	struct rules16			 r16;

	rules16_init(&r16, p);
#endif
	s->thr = s->ethr = -1;
	/* Those with the job's own code first: they set the bar. */
	for (w = s->who; w < s->who_end; w++) {
		if (w + AHEAD < s->who_end)
			PREFETCH(&idx->c[w[AHEAD]]);
		consider(s, *w, p->occ_hi);
	}
	/*
	 * Then everyone else, a block at a time, as long as anyone else
	 * could still get in or the eligible are counted.
	 */
	lo_ub = p->occ_lo + p->rest_max;
	w = s->who;
	for (b = s->lo; b < s->hi; b += BLOCK) {
		rest = lo_ub >= s->thr || (s->excl.cap > 0 && lo_ub >= s->ethr);
		if (!rest && !s->count)
			break;
		m = s->hi - b < BLOCK ? s->hi - b : BLOCK;
		for (exact = 0; w < s->who_end && *w < b + m; w++)
			exact |= (uint64_t)1 << (*w - b);
		if (s->count) {
#ifdef __SSE2__
			if (m == BLOCK && p->asking < MC_PARTNER_FAR)
				count_block16(s, &r16, b);
			else
#endif
				count_block(s, b, m);
		}
		if (!rest)
			continue;
		want = (m == BLOCK ? UINT64_MAX : ((uint64_t)1 << m) - 1) &
		    ~exact;
		for (; want != 0; want &= want - 1)
			consider(s, b + (size_t)lowest_bit(want), p->occ_lo);
	}
}

static void *
scan_thread(void *arg)
{
	scan_run(arg);
	return NULL;
}

/* The first of the sorted [a, end) that is >= i. */
static const uint32_t *
lower(const uint32_t *a, const uint32_t *end, size_t i)
{
	size_t	lo = 0, hi = (size_t)(end - a), mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (a[mid] < i)
			lo = mid + 1;
		else
			hi = mid;
	}
	return a + lo;
}

/* The best cap of the parts' heaps (a heap's entries), best first. */
static struct entry *
merge(struct scan *s, size_t nparts, int excluded, size_t cap, size_t *n)
{
	struct entry	*e;
	size_t		 t, total = 0;

	for (t = 0; t < nparts; t++)
		total += excluded ? s[t].excl.n : s[t].best.n;
	e = xcalloc(total > 0 ? total : 1, sizeof(*e));
	for (total = 0, t = 0; t < nparts; t++) {
		const struct heap *h = excluded ? &s[t].excl : &s[t].best;

		memcpy(e + total, h->e, h->n * sizeof(*e));
		total += h->n;
	}
	qsort(e, total, sizeof(*e), entry_cmp);
	*n = total < cap ? total : cap;
	return e;
}

void
match_rank_vacancy_split(const struct match_index *idx,
    const struct match_vacancy *v, const struct match_weights *w,
    long long asking, size_t top_n, int include_excluded,
    struct match_result **out, size_t *n, struct match_counts *counts,
    int threads)
{
	struct prep	 p;
	struct scan	 s[THREADS_MAX];
	pthread_t	 tid[THREADS_MAX];
	int		 started[THREADS_MAX];
	struct entry	*best, *excl;
	const uint32_t	*who, *who_end;
	size_t		 nparts, t, k, nbest, nexcl, hidden = 0, eligible = 0;
	size_t		 cap = top_n == 0 || top_n > idx->n ? idx->n : top_n;

	nparts = threads < 1 ? 1 : threads > THREADS_MAX ? THREADS_MAX :
	    (size_t)threads;
	prep_init(&p, idx, v, w, asking);
	who = who_end = idx->occ_who;
	if (p.job_slot >= 0) {
		who = idx->occ_who + idx->occ_who_at[p.job_slot];
		who_end = idx->occ_who + idx->occ_who_at[p.job_slot + 1];
	}
	for (t = 0; t < nparts; t++) {
		memset(&s[t], 0, sizeof(s[t]));
		s[t].p = &p;
		s[t].idx = idx;
		/* Parts begin on a block, so that whole blocks are read. */
		s[t].lo = t == 0 ? 0 : idx->n * t / nparts / BLOCK * BLOCK;
		s[t].hi = t == nparts - 1 ? idx->n :
		    idx->n * (t + 1) / nparts / BLOCK * BLOCK;
		s[t].who = lower(who, who_end, s[t].lo);
		s[t].who_end = lower(who, who_end, s[t].hi);
		s[t].count = counts != NULL;
		/* Who is not the asker's to see (user.h): not even excluded. */
		s[t].hide = p.hide ? MATCH_EX_CONSENT : 0;
		heap_init(&s[t].best, cap);
		heap_init(&s[t].excl, include_excluded ? cap : 0);
	}
	for (t = 1; t < nparts; t++)
		started[t] = pthread_create(&tid[t], NULL, scan_thread,
		    &s[t]) == 0;
	scan_run(&s[0]);
	for (t = 1; t < nparts; t++) {
		if (started[t])
			pthread_join(tid[t], NULL);
		else
			scan_run(&s[t]);	/* no thread: on this one */
	}
	best = merge(s, nparts, 0, cap, &nbest);
	excl = merge(s, nparts, 1, include_excluded ? cap : 0, &nexcl);
	for (t = 0; t < nparts; t++) {
		hidden += s[t].hidden;
		eligible += s[t].eligible;
		free(s[t].best.e);
		free(s[t].excl.e);
	}
	if (counts != NULL) {
		counts->considered = idx->n - hidden;
		counts->eligible = eligible;
	}
	*n = nbest + nexcl;
	*out = xcalloc(*n > 0 ? *n : 1, sizeof(**out));
	for (k = 0; k < nbest; k++) {
		prep_explain(&p, idx, best[k].i, &(*out)[k]);
		(*out)[k].rank = (int)k + 1;
	}
	for (k = 0; k < nexcl; k++)
		prep_explain(&p, idx, excl[k].i, &(*out)[nbest + k]);
	free(best);
	free(excl);
	prep_free(&p);
}

void
match_rank_vacancy(const struct match_index *idx,
    const struct match_vacancy *v, const struct match_weights *w,
    long long asking, size_t top_n, int include_excluded,
    struct match_result **out, size_t *n, struct match_counts *counts)
{
	match_rank_vacancy_split(idx, v, w, asking, top_n, include_excluded,
	    out, n, counts, 1);
}

void
match_rank_candidate(const struct match_index *idx, size_t cand,
    const struct match_vacancy *vs, size_t nv, const struct match_weights *w,
    long long asking, size_t top_n, int include_excluded,
    struct match_result **out, size_t *n, struct match_counts *counts)
{
	struct match_result	*all, *res;
	struct heap		 best, excl;
	struct entry		 e;
	size_t			 i, k, excl_n = 0, cap = top_n == 0 ||
				    top_n > nv ? nv : top_n;

	/* Someone the asker may not see has no ranking to show. */
	if (asking != 0 && !(idx->flags[cand] & MC_CONSENT) &&
	    idx->partner_id[idx->c[cand].partner] != asking) {
		if (counts != NULL)
			counts->considered = counts->eligible = 0;
		*n = 0;
		*out = xcalloc(1, sizeof(**out));
		return;
	}
	/* Few vacancies: explain each, keep the best (vs is in key order). */
	all = xcalloc(nv > 0 ? nv : 1, sizeof(*all));
	heap_init(&best, cap);
	heap_init(&excl, include_excluded ? cap : 0);
	for (i = 0; i < nv; i++) {
		struct prep	p;

		prep_init(&p, idx, &vs[i], w, asking);
		prep_explain(&p, idx, cand, &all[i]);
		prep_free(&p);
		all[i].vac = i;
		e.score = all[i].score;
		e.order = (uint32_t)i;
		e.i = (uint32_t)i;
		excl_n += all[i].excluded != 0;
		heap_offer(all[i].excluded ? &excl : &best, &e);
	}
	heap_sort(&best);
	heap_sort(&excl);
	if (counts != NULL) {
		counts->considered = nv;
		counts->eligible = nv - (size_t)excl_n;
	}
	*n = best.n + excl.n;
	res = xcalloc(*n > 0 ? *n : 1, sizeof(*res));
	for (k = 0; k < best.n; k++) {
		res[k] = all[best.e[k].i];
		all[best.e[k].i].notes = NULL;
		res[k].rank = (int)k + 1;
	}
	for (k = 0; k < excl.n; k++) {
		res[best.n + k] = all[excl.e[k].i];
		all[excl.e[k].i].notes = NULL;
	}
	match_results_free(all, nv);
	free(best.e);
	free(excl.e);
	*out = res;
}

void
match_results_free(struct match_result *r, size_t n)
{
	size_t	i;

	if (r == NULL)
		return;
	for (i = 0; i < n; i++)
		free(r[i].notes);
	free(r);
}
