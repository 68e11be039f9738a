/*
 * match-score.c: the rules and the ranking.  A vacancy is first turned
 * into per-ranking tables (distance from the work place to every place
 * someone lives, the occupation credit of every ISCO unit group, the
 * job's skills as a byte map over the interned skills), so that scoring
 * a candidate is a few table lookups.  One function, evaluate(), applies
 * every rule; the ranking loop and the explanation of one pair both call
 * it, so the score shown is the score ranked.  A bounded heap keeps the
 * best N; nothing is allocated per candidate.
 */
#include "werkbank/match.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/date.h"
#include "werkbank/geo.h"
#include "werkbank/i18n.h"
#include "werkbank/xmalloc.h"
#include "match-int.h"

/* The part's credit by the number of leading ISCO digits in common. */
static const double occupation_group[5] = { 0, 0.15, 0.3, 0.5, 1.0 };
#define EXPERIENCE_BASE		0.7	/* with no years of experience */
#define EXPERIENCE_FULL_TENTHS	50	/* 5 years count fully */
#define HOURS_GAP_ZERO		32	/* quarter hours: 8 hours apart = 0 */
#define NEUTRAL			0.5	/* what an unknown part counts */

static const char *const part_names[MATCH_NPARTS] = {
	"occupation", "skills", "education", "language", "hours", "travel",
};

const char *
match_part_name(enum match_part p)
{
	return (unsigned)p < MATCH_NPARTS ? part_names[p] : NULL;
}

/*
 * A vacancy prepared for ranking.  Scores are kept as the weighted sum
 * (num); the score is num / wsum, divided once per shown row.
 */
struct prep {
	const struct match_vacancy	*v;
	double		 w[MATCH_NPARTS];	/* 0 for a part that does not apply */
	double		 wsum;
	int		 applies[MATCH_NPARTS];
	double		*dist;		/* per place, km (used places only) */
	double		*occ_g;		/* per ISCO slot */
	uint8_t		*want;		/* per skill id */
	unsigned	 njob;		/* skills the job asks */
	int		 asking;	/* partner slot, -1 none */
	int		 hide;		/* hide who the asker may not see */
	int		 vmin, vmax;	/* quarter hours */
	uint16_t	 start;		/* as mc.avail; UINT16_MAX unknown */
	unsigned	 demands;
	double		 levels_w[256];	/* education + Dutch, by mc.levels */
	uint16_t	 occ_bits;	/* the job's bits in mc.occ_mask */
	double		 hours_w[HOURS_GAP_ZERO + 2];	/* weighted, by gap;
							   last: unknown */
	double		 travel_unknown;
	unsigned	 flag_ex[256];	/* exclusions the flags alone make */
};

static double
level_part(int have, int need)
{
	if (have >= need)
		return 1;
	return have == need - 1 ? 0.5 : 0;
}

static unsigned
flags_exclude(const struct match_vacancy *v, unsigned f)
{
	unsigned	ex = 0;

	if ((f >> MC_STATUS_SHIFT) >= MC_PLACED)
		ex |= MATCH_EX_STATUS;
	if (!(f & MC_CONSENT))
		ex |= MATCH_EX_CONSENT;	/* unless the asking partner's own */
	if (v->licence && (f & (MC_LIC_KNOWN | MC_LICENCE)) == MC_LIC_KNOWN)
		ex |= MATCH_EX_LICENCE;
	if (v->job_agreement && (f & (MC_JA_KNOWN | MC_JOB_AGREE)) ==
	    MC_JA_KNOWN)
		ex |= MATCH_EX_JOB_AGREEMENT;
	if (v->sheltered && !(f & MC_BESCHUT))
		ex |= MATCH_EX_SHELTERED;
	return ex;
}

static void
prep_init(struct prep *p, const struct match_index *idx,
    const struct match_vacancy *v, const struct match_weights *wt,
    long long asking)
{
	int	k, i;
	size_t	j;

	memset(p, 0, sizeof(*p));
	p->v = v;
	p->asking = asking > 0 ? match_index_partner_slot(idx, asking) : -1;
	p->hide = asking != 0;
	p->demands = v->demands;
	p->start = v->start == MATCH_NO_DATE || v->start >= UINT16_MAX ?
	    UINT16_MAX : v->start < 1 ? 1 : (uint16_t)v->start;

	p->dist = xcalloc(idx->nplace > 0 ? idx->nplace : 1, sizeof(double));
	for (j = 0; j < idx->nused; j++) {
		const struct mplace *pl = &idx->place[idx->used_place[j]];

		p->dist[idx->used_place[j]] = geo_distance_km(v->lat,
		    v->lon, pl->lat, pl->lon);
	}

	/* Credit by the leading digits in common with the job's code. */
	p->occ_g = xcalloc(idx->nisco > 0 ? idx->nisco : 1, sizeof(double));
	for (j = 0; j < idx->nisco; j++) {
		for (k = 0; k < 4 && idx->isco[j][k] == v->isco[k]; k++)
			;
		p->occ_g[j] = occupation_group[k];
	}

	p->want = xcalloc(idx->nskill_names > 0 ? idx->nskill_names : 1, 1);
	for (j = 0; j < v->nskills; j++) {
		uint32_t id = match_skill_find(idx, v->skills[j]);

		if (j > 0 && strcmp(v->skills[j], v->skills[j - 1]) == 0)
			continue;	/* counted once */
		p->njob++;
		if (id != UINT32_MAX)
			p->want[id] = 1;
	}

	p->vmin = v->hours_min >= 0 ? match_quarters(v->hours_min) : 0;
	p->vmax = v->hours_max >= 0 ? match_quarters(v->hours_max) : 4 * 48;
	p->applies[MATCH_OCCUPATION] = 1;
	p->applies[MATCH_SKILLS] = p->njob > 0;
	p->applies[MATCH_EDUCATION] = v->education >= 0;
	p->applies[MATCH_LANGUAGE] = v->dutch >= 0;
	p->applies[MATCH_HOURS] = v->hours_min >= 0 || v->hours_max >= 0;
	p->applies[MATCH_TRAVEL] = 1;
	for (i = 0; i < MATCH_NPARTS; i++) {
		p->w[i] = p->applies[i] ? wt->w[i] : 0;
		p->wsum += p->w[i];
	}
	for (i = 0; i < 256; i++) {
		int	e = i & 15, n = i >> 4;

		p->levels_w[i] = p->w[MATCH_EDUCATION] * (e ==
		    MC_LEVEL_UNKNOWN ? NEUTRAL : level_part(e, v->education)) +
		    p->w[MATCH_LANGUAGE] * (n == MC_LEVEL_UNKNOWN ? NEUTRAL :
		    level_part(n, v->dutch));
	}
	p->occ_bits = match_isco_bits(atoi(v->isco));
	for (i = 0; i <= HOURS_GAP_ZERO; i++)
		p->hours_w[i] = p->w[MATCH_HOURS] * (i >= HOURS_GAP_ZERO ? 0 :
		    1 - (double)i / HOURS_GAP_ZERO);
	p->hours_w[HOURS_GAP_ZERO + 1] = p->w[MATCH_HOURS] * NEUTRAL;
	p->travel_unknown = p->w[MATCH_TRAVEL] * NEUTRAL;
	for (i = 0; i < 256; i++)
		p->flag_ex[i] = flags_exclude(v, (unsigned)i);
}

static void
prep_free(struct prep *p)
{
	free(p->dist);
	free(p->occ_g);
	free(p->want);
}

static inline unsigned
exclusions(const struct prep *p, const struct match_index *idx, size_t ci,
    double d)
{
	const struct mc	*c = &idx->c[ci];
	unsigned	 ex = p->flag_ex[c->flags], own;

	/* Without branches: the ranking runs this for every candidate. */
	own = (c->partner != MC_PARTNER_FAR ? c->partner :
	    idx->l[ci].partner) == p->asking;
	ex &= ~(MATCH_EX_CONSENT * own);
	ex |= MATCH_EX_DISTANCE * (unsigned)(d * c->inv_range > 1);
	/* demands has no MC_RANGE_UNKNOWN bit */
	ex |= MATCH_EX_RESTRICTION * (unsigned)((c->restr & p->demands) != 0);
	/* unknown is 0, the least */
	ex |= MATCH_EX_AVAILABLE * (unsigned)(c->avail > p->start);
	return ex;
}

/* The hours part, 0-1; the candidate has at least one bound. */
static inline double
hours_part(const struct prep *p, const struct mc *c)
{
	int	cmin = c->hmin != MC_HOURS_UNKNOWN ? c->hmin : 0;
	int	cmax = c->hmax != MC_HOURS_UNKNOWN ? c->hmax : 4 * 48;
	int	gap = cmax < p->vmin ? p->vmin - cmax :
		    p->vmax < cmin ? cmin - p->vmax : 0;

	return gap >= HOURS_GAP_ZERO ? 0 : 1 - (double)gap / HOURS_GAP_ZERO;
}

static inline double
travel_part(const struct mc *c, double d)
{
	double	t = 1 - d * c->inv_range;

	return t > 0 ? t : 0;
}

static inline double
occupation_part(const struct prep *p, const struct match_index *idx,
    const struct mcl *c)
{
	const struct mocc	*o = idx->occ + c->occ;
	double			 best = 0, g, e;
	unsigned		 i;

	for (i = 0; i < c->nocc; i++) {
		if ((g = p->occ_g[o[i].isco]) == 0)
			continue;
		e = o[i].years == MC_YEARS_UNKNOWN ? NEUTRAL :
		    (double)o[i].years / EXPERIENCE_FULL_TENTHS;
		g *= EXPERIENCE_BASE + (1 - EXPERIENCE_BASE) * e;
		if (g > best)
			best = g;
	}
	return best;
}

static inline double
skills_part(const struct prep *p, const struct match_index *idx,
    const struct mcl *c)
{
	const uint32_t	*s = idx->skill + c->skill;
	unsigned	 i, have = 0;

	for (i = 0; i < c->nskill; i++)
		have += p->want[s[i]];
	return (double)have / p->njob;
}

/*
 * The weighted sum of the parts from the candidate's own record, each
 * unknown one counting NEUTRAL.  The ranking and the explanation both
 * add up a score this way (then num_pool), so the score shown is the
 * score ranked.  Written without branches: the ranking runs it for
 * every candidate.
 */
static inline double
num_cheap(const struct prep *p, const struct mc *c, double d, int beyond)
{
	double	num = p->levels_w[c->levels], t, travel[2];
	int	cmin = c->hmin != MC_HOURS_UNKNOWN ? c->hmin : 0;
	int	cmax = c->hmax != MC_HOURS_UNKNOWN ? c->hmax : 4 * 48;
	int	below = p->vmin - cmax, above = cmin - p->vmax, gap;

	gap = (below > 0 ? below : 0) + (above > 0 ? above : 0);
	gap = gap < HOURS_GAP_ZERO ? gap : HOURS_GAP_ZERO;
	gap = (c->hmin & c->hmax) == MC_HOURS_UNKNOWN ? HOURS_GAP_ZERO + 1 :
	    gap;
	num += p->hours_w[gap];
	/* Within the range t >= 0; only a candidate beyond it needs 0. */
	t = 1 - d * c->inv_range;
	if (beyond)
		t = t > 0 ? t : 0;
	travel[0] = p->w[MATCH_TRAVEL] * t;
	travel[1] = p->travel_unknown;
	num += travel[(c->restr & MC_RANGE_UNKNOWN) != 0];
	return num;
}

static inline double
num_pool(const struct prep *p, const struct match_index *idx,
    const struct mcl *c)
{
	double	num = p->w[MATCH_OCCUPATION] * (c->nocc == 0 ? NEUTRAL :
		    occupation_part(p, idx, c));

	if (p->applies[MATCH_SKILLS])
		num += p->w[MATCH_SKILLS] * (c->nskill == 0 ? NEUTRAL :
		    skills_part(p, idx, c));
	return num;
}

static double
score_of(const struct prep *p, double num)
{
	return p->wsum > 0 ? num / p->wsum : 0;
}

/* The parts as shown: 0-1, MATCH_UNKNOWN or MATCH_NA. */
static void
parts(const struct prep *p, const struct match_index *idx, size_t ci,
    double d, double part[MATCH_NPARTS])
{
	const struct mc		*c = &idx->c[ci];
	const struct mcl	*l = &idx->l[ci];

	part[MATCH_OCCUPATION] = l->nocc == 0 ? MATCH_UNKNOWN :
	    occupation_part(p, idx, l);
	part[MATCH_SKILLS] = !p->applies[MATCH_SKILLS] ? MATCH_NA :
	    l->nskill == 0 ? MATCH_UNKNOWN : skills_part(p, idx, l);
	part[MATCH_EDUCATION] = !p->applies[MATCH_EDUCATION] ? MATCH_NA :
	    MC_EDU(c) == MC_LEVEL_UNKNOWN ? MATCH_UNKNOWN :
	    level_part(MC_EDU(c), p->v->education);
	part[MATCH_LANGUAGE] = !p->applies[MATCH_LANGUAGE] ? MATCH_NA :
	    MC_DUTCH(c) == MC_LEVEL_UNKNOWN ? MATCH_UNKNOWN :
	    level_part(MC_DUTCH(c), p->v->dutch);
	part[MATCH_HOURS] = !p->applies[MATCH_HOURS] ? MATCH_NA :
	    c->hmin == MC_HOURS_UNKNOWN && c->hmax == MC_HOURS_UNKNOWN ?
	    MATCH_UNKNOWN : hours_part(p, c);
	part[MATCH_TRAVEL] = c->restr & MC_RANGE_UNKNOWN ? MATCH_UNKNOWN :
	    travel_part(c, d);
}

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

/* A growing string for notes. */
struct sbuf {
	char	*s;
	size_t	 len, cap;
};

static void
sbuf_add(struct sbuf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void
sbuf_add(struct sbuf *b, const char *fmt, ...)
{
	va_list	ap;
	char	tmp[256];
	int	n;

	va_start(ap, fmt);
	n = vsnprintf(tmp, sizeof(tmp), fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n >= sizeof(tmp))
		n = sizeof(tmp) - 1;
	if (b->len + (size_t)n + 3 > b->cap) {
		b->cap = b->len + (size_t)n + 64;
		b->s = xreallocarray(b->s, b->cap, 1);
	}
	if (b->len > 0) {
		memcpy(b->s + b->len, "; ", 2);
		b->len += 2;
	}
	memcpy(b->s + b->len, tmp, (size_t)n + 1);
	b->len += (size_t)n;
}

/* "15", "12.5": a range as people write it. */
static void
format_km(char *buf, size_t len, double km)
{
	snprintf(buf, len, "%.1f", km);
	if (len > 2 && strlen(buf) > 2 &&
	    strcmp(buf + strlen(buf) - 2, ".0") == 0)
		buf[strlen(buf) - 2] = '\0';
}

static const char *const unknown_note[MATCH_NPARTS] = {
	N_("occupation unknown"), N_("skills unknown"),
	N_("education unknown"), N_("language unknown"),
	N_("hours unknown"), N_("travel range unknown"),
};

static const char *const status_note[] = {
	NULL, NULL, N_("status geplaatst"), N_("status inactief"),
};

/*
 * The notes are written in English with the codes (match.h): stored
 * with a match run and in --csv the same whoever ran it;
 * match_notes_shown() translates them for people.
 */

static void
explain_notes(const struct prep *p, const struct mc *c, double d, unsigned ex, const double *part,
    struct sbuf *b)
{
	const struct match_vacancy	*v = p->v;
	char				 km[32], day[16];
	int				 i, st = c->flags >> MC_STATUS_SHIFT;

	if (ex & MATCH_EX_CONSENT) {
		/* Nothing more about someone who did not consent. */
		sbuf_add(b, "%s", N_("no consent to share"));
		return;
	}
	if (ex & MATCH_EX_STATUS)
		sbuf_add(b, "%s", status_note[st]);
	if (ex & MATCH_EX_LICENCE)
		sbuf_add(b, "%s", N_("no driving licence"));
	if (ex & MATCH_EX_DISTANCE) {
		format_km(km, sizeof(km), 1 / c->inv_range);
		sbuf_add(b, "too far: %.1f km > %s km", d, km);
	}
	if (ex & MATCH_EX_RESTRICTION)
		for (i = 0; match_demand_name(i) != NULL; i++)
			if (c->restr & v->demands & (1u << i))
				sbuf_add(b, "restriction: %s vs %s",
				    match_restriction_name(i),
				    match_demand_name(i));
	if (ex & MATCH_EX_AVAILABLE)
		sbuf_add(b, "not available until %s",
		    date_format((int)c->avail, day));
	if (ex & MATCH_EX_JOB_AGREEMENT)
		sbuf_add(b, "%s", N_("not in the doelgroepregister"));
	if (ex & MATCH_EX_SHELTERED)
		sbuf_add(b, "%s", N_("no beschut-werk indication"));
	if (ex)
		return;

	for (i = 0; i < MATCH_NPARTS; i++)
		if (part[i] == MATCH_UNKNOWN)
			sbuf_add(b, "%s", unknown_note[i]);
	if (v->licence && !(c->flags & MC_LIC_KNOWN))
		sbuf_add(b, "%s", N_("driving licence unknown"));
	if (v->job_agreement && !(c->flags & MC_JA_KNOWN))
		sbuf_add(b, "%s", N_("doelgroepregister unknown"));
	if (st == MC_IN_TRAJECT)
		sbuf_add(b, "%s", N_("in traject"));
	if (part[MATCH_EDUCATION] == 0.5)
		sbuf_add(b, "%s", N_("education one level below"));
	if (part[MATCH_LANGUAGE] == 0.5)
		sbuf_add(b, "%s", N_("language one level below"));
	if (part[MATCH_HOURS] >= 0 && part[MATCH_HOURS] < 1)
		sbuf_add(b, "%s", N_("hours do not overlap"));
}

/* The whole evaluation of one pair, with the notes. */
static void
explain(const struct prep *p, const struct match_index *idx, size_t ci,
    struct match_result *r)
{
	const struct mc	*c = &idx->c[ci];
	double		 d = p->dist[c->place];
	struct sbuf	 b = { NULL, 0, 0 };
	int		 i;

	memset(r, 0, sizeof(*r));
	r->cand = ci;
	r->distance_km = d;
	r->excluded = exclusions(p, idx, ci, d);
	parts(p, idx, ci, d, r->part);
	r->score = score_of(p, num_cheap(p, c, d, r->excluded != 0) +
	    num_pool(p, idx,
	    &idx->l[ci]));
	explain_notes(p, c, d, r->excluded, r->part, &b);
	if (r->excluded & MATCH_EX_CONSENT) {
		for (i = 0; i < MATCH_NPARTS; i++)
			r->part[i] = MATCH_UNKNOWN;
		r->distance_km = -1;
		r->score = 0;
	}
	r->notes = b.s != NULL ? b.s : xstrdup("");
}

void
match_explain(const struct match_index *idx, size_t cand,
    const struct match_vacancy *v, const struct match_weights *w,
    long long asking, struct match_result *out)
{
	struct prep	p;

	prep_init(&p, idx, v, w, asking);
	explain(&p, idx, cand, out);
	prep_free(&p);
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

void
match_rank_vacancy(const struct match_index *idx,
    const struct match_vacancy *v, const struct match_weights *w,
    long long asking, size_t top_n, int include_excluded,
    struct match_result **out, size_t *n, struct match_counts *counts)
{
	struct prep	 p;
	struct heap	 best, excl;
	struct entry	 e;
	double		 d, num, skills_max, rest_max, occ_max[3], thr;
	size_t		 i, k, cap = top_n == 0 || top_n > idx->n ? idx->n :
			    top_n;
	size_t		 eligible = 0, hidden = 0;
	unsigned	 ex, hide;
	int		 every;

	prep_init(&p, idx, v, w, asking);
	heap_init(&best, cap);
	heap_init(&excl, include_excluded ? cap : 0);
	/*
	 * Upper bounds, to skip who cannot reach the top: the most the
	 * parts other than occupation can add, and the most the occupation
	 * can given mc.occ_mask (1 only with the job's code, or one with
	 * the same bits; else at most the minor group's).
	 */
	rest_max = p.wsum - p.w[MATCH_OCCUPATION] + 1e-9;
	skills_max = p.w[MATCH_SKILLS] + 1e-9;
	occ_max[0] = p.w[MATCH_OCCUPATION] * occupation_group[3];
	occ_max[1] = p.w[MATCH_OCCUPATION];
	occ_max[2] = p.w[MATCH_OCCUPATION] * NEUTRAL;
	thr = -1;	/* the worst kept, once the heap is full */
	every = include_excluded || counts != NULL;
	/* Who is not the asker's to see (user.h): not even excluded. */
	hide = p.hide ? MATCH_EX_CONSENT : 0;
	for (i = 0; i < idx->n; i++) {
		const struct mc *c = &idx->c[i];
		double		 occ_ub;
		int		 could;

		/*
		 * Whether it could reach the top is mostly false once the
		 * heap is full, so well predicted; the hard rules are then
		 * applied only to those that could, unless the excluded or
		 * the count of the eligible are asked for.  The pools are
		 * read last.
		 */
		occ_ub = occ_max[c->occ_mask == 0 ? 2 :
		    (c->occ_mask & p.occ_bits) == p.occ_bits];
		could = occ_ub + rest_max >= thr;
		if (!could && !every)
			continue;
		d = p.dist[c->place];
		ex = exclusions(&p, idx, i, d);
		eligible += ex == 0;
		hidden += (ex & hide) != 0;
		if (could && ex == 0) {
			const struct mcl *l = &idx->l[i];

			num = num_cheap(&p, c, d, 0);
			if (num + occ_ub + skills_max < thr)
				continue;
			num += p.w[MATCH_OCCUPATION] * (l->nocc == 0 ?
			    NEUTRAL : occupation_part(&p, idx, l));
			if (num + skills_max < thr)
				continue;
			if (p.applies[MATCH_SKILLS])
				num += p.w[MATCH_SKILLS] * (l->nskill == 0 ?
				    NEUTRAL : skills_part(&p, idx, l));
			e.score = num;
			e.order = l->key_rank;
			e.i = (uint32_t)i;
			heap_offer(&best, &e);
			if (best.n == best.cap)
				thr = best.e[0].score;
		} else if (include_excluded && ex != 0 && !(ex & hide)) {
			/* Consent withheld: says nothing about them. */
			e.score = ex & MATCH_EX_CONSENT ? -1 :
			    num_cheap(&p, c, d, 1) + num_pool(&p, idx,
			    &idx->l[i]);
			e.order = idx->l[i].key_rank;
			e.i = (uint32_t)i;
			heap_offer(&excl, &e);
		}
	}
	heap_sort(&best);
	heap_sort(&excl);
	if (counts != NULL) {
		counts->considered = idx->n - hidden;
		counts->eligible = eligible;
	}
	*n = best.n + excl.n;
	*out = xcalloc(*n > 0 ? *n : 1, sizeof(**out));
	for (k = 0; k < best.n; k++) {
		explain(&p, idx, best.e[k].i, &(*out)[k]);
		(*out)[k].rank = (int)k + 1;
	}
	for (k = 0; k < excl.n; k++)
		explain(&p, idx, excl.e[k].i, &(*out)[best.n + k]);
	free(best.e);
	free(excl.e);
	prep_free(&p);
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
	if (asking != 0 && !(idx->c[cand].flags & MC_CONSENT) &&
	    idx->partner_id[idx->l[cand].partner] != asking) {
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
		explain(&p, idx, cand, &all[i]);
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

size_t
match_eligible(const struct match_index *idx, const struct match_vacancy *v,
    long long asking, unsigned ignore, const uint32_t *among, size_t namong,
    uint32_t *out)
{
	static const struct match_weights any = { { 1, 1, 1, 1, 1, 1 } };
	struct prep	p;
	size_t		i, c, n = 0, end = among != NULL ? namong : idx->n;

	prep_init(&p, idx, v, &any, asking);
	ignore &= ~(unsigned)MATCH_EX_CONSENT;	/* who may be seen stays */
	for (i = 0; i < end; i++) {
		c = among != NULL ? among[i] : i;
		if (c < idx->n && (exclusions(&p, idx, c,
		    p.dist[idx->c[c].place]) & ~ignore) == 0)
			out[n++] = (uint32_t)c;
	}
	prep_free(&p);
	return n;
}
