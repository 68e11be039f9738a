/*
 * match-score.c: the rules and the explanation of one pair.  A vacancy
 * is first turned into per-ranking tables (struct prep, match-prep.h:
 * distance from the work place to every place someone lives, the
 * occupation credit of every ISCO unit group, the job's skills as a byte
 * map over the interned skills), so that scoring a candidate is a few
 * table lookups.  The scoring itself is inline in match-prep.h, shared
 * with the ranking (match-rank.c), so the score shown is the score
 * ranked; here the parts as shown and the notes in plain words.
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
#include "match-prep.h"

/* The part's credit by the number of leading ISCO digits in common. */
static const double occupation_group[5] = { 0, 0.15, 0.3, 0.5, 1.0 };

static const char *const part_names[MATCH_NPARTS] = {
	"occupation", "skills", "education", "language", "hours", "travel",
};

const char *
match_part_name(enum match_part p)
{
	return (unsigned)p < MATCH_NPARTS ? part_names[p] : NULL;
}

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

/* flags_exclude() but for the consent, as the tests in struct prep. */
static void
flag_tests(const struct match_vacancy *v, uint8_t mask[4], uint8_t value[4])
{
	mask[0] = value[0] = MC_PLACED << MC_STATUS_SHIFT;	/* or inactief */
	mask[1] = v->licence ? MC_LIC_KNOWN | MC_LICENCE : 0;
	value[1] = v->licence ? MC_LIC_KNOWN : 1;
	mask[2] = v->job_agreement ? MC_JA_KNOWN | MC_JOB_AGREE : 0;
	value[2] = v->job_agreement ? MC_JA_KNOWN : 1;
	mask[3] = v->sheltered ? MC_BESCHUT : 0;
	value[3] = v->sheltered ? 0 : 1;
}

/* The least float x with d * x > 1, as exclusions() tests; or infinity. */
static float
far_from(double d)
{
	float	x, y;

	if (!(d > 0))
		return INFINITY;
	x = (float)(1 / d);
	/* d * x rounds, but never downward as x grows: step to the edge. */
	while (x > 0 && d * (double)(y = nextafterf(x, 0)) > 1)
		x = y;
	while (!(d * (double)x > 1)) {
		if (isinf(x))
			return INFINITY;
		x = nextafterf(x, INFINITY);
	}
	return x;
}

void
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
	p->far_at = xcalloc(idx->nplace > 0 ? idx->nplace : 1, sizeof(float));
	for (j = 0; j < idx->nused; j++) {
		const struct mplace *pl = &idx->place[idx->used_place[j]];

		p->dist[idx->used_place[j]] = geo_distance_km(v->lat,
		    v->lon, pl->lat, pl->lon);
		p->far_at[idx->used_place[j]] =
		    far_from(p->dist[idx->used_place[j]]);
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
	p->job_slot = match_isco_find(idx, v->isco);
	for (i = 0; i <= HOURS_GAP_ZERO; i++)
		p->hours_w[i] = p->w[MATCH_HOURS] * (i >= HOURS_GAP_ZERO ? 0 :
		    1 - (double)i / HOURS_GAP_ZERO);
	p->hours_w[HOURS_GAP_ZERO + 1] = p->w[MATCH_HOURS] * NEUTRAL;
	p->travel_unknown = p->w[MATCH_TRAVEL] * NEUTRAL;
	for (i = 0; i < 256; i++)
		p->flag_ex[i] = flags_exclude(v, (unsigned)i);
	flag_tests(v, p->flag_mask, p->flag_value);
	p->occ_hi = p->w[MATCH_OCCUPATION];
	p->occ_lo = p->w[MATCH_OCCUPATION] * (occupation_group[3] > NEUTRAL ?
	    occupation_group[3] : NEUTRAL);
	p->rest_max = p->wsum - p->w[MATCH_OCCUPATION] + 1e-9;
	p->skills_max = p->w[MATCH_SKILLS] + 1e-9;
}

void
prep_free(struct prep *p)
{
	free(p->dist);
	free(p->far_at);
	free(p->occ_g);
	free(p->want);
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

	part[MATCH_OCCUPATION] = c->nocc == 0 ? MATCH_UNKNOWN :
	    occupation_part(p, idx, c);
	part[MATCH_SKILLS] = !p->applies[MATCH_SKILLS] ? MATCH_NA :
	    c->nskill == 0 ? MATCH_UNKNOWN : skills_part(p, idx, c);
	part[MATCH_EDUCATION] = !p->applies[MATCH_EDUCATION] ? MATCH_NA :
	    MC_EDU(c->levels) == MC_LEVEL_UNKNOWN ? MATCH_UNKNOWN :
	    level_part(MC_EDU(c->levels), p->v->education);
	part[MATCH_LANGUAGE] = !p->applies[MATCH_LANGUAGE] ? MATCH_NA :
	    MC_DUTCH(c->levels) == MC_LEVEL_UNKNOWN ? MATCH_UNKNOWN :
	    level_part(MC_DUTCH(c->levels), p->v->dutch);
	part[MATCH_HOURS] = !p->applies[MATCH_HOURS] ? MATCH_NA :
	    c->hmin == MC_HOURS_UNKNOWN && c->hmax == MC_HOURS_UNKNOWN ?
	    MATCH_UNKNOWN : hours_part(p, c);
	part[MATCH_TRAVEL] = c->restr & MC_RANGE_UNKNOWN ? MATCH_UNKNOWN :
	    travel_part(c, d);
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
explain_notes(const struct prep *p, const struct mc *c, double d, unsigned ex,
    const double *part, struct sbuf *b)
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

void
prep_explain(const struct prep *p, const struct match_index *idx, size_t ci,
    struct match_result *r)
{
	const struct mc	*c = &idx->c[ci];
	double		 d = p->dist[c->home];
	struct sbuf	 b = { NULL, 0, 0 };
	int		 i;

	memset(r, 0, sizeof(*r));
	r->cand = ci;
	r->distance_km = d;
	r->excluded = exclusions(p, c, d);
	parts(p, idx, ci, d, r->part);
	r->score = score_of(p, num_cheap(p, c, d, r->excluded != 0) +
	    num_pool(p, idx, c));
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
	prep_explain(&p, idx, cand, out);
	prep_free(&p);
}
