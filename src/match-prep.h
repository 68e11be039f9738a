/*
 * match-prep.h: a vacancy prepared for ranking (struct prep, made in
 * match-score.c) and the per-candidate scoring that every path shares:
 * the hard rules, the cheap parts from the candidate's own record and
 * the parts from the pools.  Inline, because the ranking (match-rank.c)
 * runs them in its inner loop and the explanation of a row
 * (match-score.c) must add up the very same numbers, so that the score
 * shown is the score ranked.  Internal to the match module.
 */
#ifndef WERKBANK_MATCH_PREP_H
#define WERKBANK_MATCH_PREP_H

#include <stddef.h>
#include <stdint.h>

#include "werkbank/match.h"
#include "match-int.h"

#define EXPERIENCE_BASE		0.7	/* with no years of experience */
#define EXPERIENCE_FULL_TENTHS	50	/* 5 years count fully */
#define HOURS_GAP_ZERO		32	/* quarter hours: 8 hours apart = 0 */
#define NEUTRAL			0.5	/* what an unknown part counts */

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
	int		 job_slot;	/* the job's ISCO slot, -1 none */
	double		 hours_w[HOURS_GAP_ZERO + 2];	/* weighted, by gap;
							   last: unknown */
	double		 travel_unknown;
	unsigned	 flag_ex[256];	/* exclusions the flags alone make */
	/*
	 * The same rules as tests that count 16 candidates at a time:
	 * flag_ex[f] has a bit other than MATCH_EX_CONSENT when
	 * (f & flag_mask[j]) == flag_value[j] for some j (a rule that does
	 * not apply has a value its mask cannot give), and exclusions()
	 * finds someone too far when inv_range >= far_at[home] (the least
	 * float x with dist * x > 1; infinity when there is none).
	 */
	uint8_t		 flag_mask[4], flag_value[4];
	float		*far_at;	/* per place, as dist */
	/*
	 * Upper bounds, to skip who cannot reach the top: the most the
	 * occupation can add for someone with the job's own code (hi) and
	 * for anyone else (lo: the minor group's credit, or NEUTRAL for no
	 * occupation known), the most all other parts and the skills alone
	 * can add, each with a margin for rounding.
	 */
	double		 occ_hi, occ_lo, rest_max, skills_max;
};

/* Prepare v for ranking against idx; free with prep_free. */
void	prep_init(struct prep *, const struct match_index *,
	    const struct match_vacancy *, const struct match_weights *,
	    long long asking);
void	prep_free(struct prep *);
/* The whole evaluation of candidate ci, with the notes (rank 0). */
void	prep_explain(const struct prep *, const struct match_index *,
	    size_t ci, struct match_result *);

static inline unsigned
exclusions(const struct prep *p, const struct mc *c, double d)
{
	unsigned	ex = p->flag_ex[c->flags];

	/* Without branches: the ranking runs this for many candidates. */
	ex &= ~(MATCH_EX_CONSENT * (unsigned)(c->partner == p->asking));
	ex |= MATCH_EX_DISTANCE * (unsigned)(d * c->inv_range > 1);
	/* demands has no MC_RANGE_UNKNOWN bit */
	ex |= MATCH_EX_RESTRICTION * (unsigned)((c->restr & p->demands) != 0);
	/* unknown is 0, the least */
	ex |= MATCH_EX_AVAILABLE * (unsigned)(c->avail > p->start);
	return ex;
}

static inline double
occupation_part(const struct prep *p, const struct match_index *idx,
    const struct mc *c)
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
    const struct mc *c)
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
    const struct mc *c)
{
	double	num = p->w[MATCH_OCCUPATION] * (c->nocc == 0 ? NEUTRAL :
		    occupation_part(p, idx, c));

	if (p->applies[MATCH_SKILLS])
		num += p->w[MATCH_SKILLS] * (c->nskill == 0 ? NEUTRAL :
		    skills_part(p, idx, c));
	return num;
}

#endif
