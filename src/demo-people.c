/*
 * demo-people.c: the candidates of the demo region: where they live, who
 * brings them, their target group, occupations, education, Dutch,
 * licence and transport, when they came and when they leave the pool,
 * and the rows written for them (names from the embedded word lists,
 * skills, restrictions).  The history (demo-history.c) finds them by
 * occupation through ctx->bucket.
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/i18n.h"
#include "werkbank/xmalloc.h"

#include "demo-internal.h"

/* Education by kind of candidate (demo_edu_keys order), out of 100. */
static const int edu_general[] = { 3, 5, 5, 13, 13, 10, 6, 3, 18, 10, 6, 3,
	1, 3, 1 };
static const int edu_ww[] = { 1, 2, 2, 10, 5, 10, 8, 2, 25, 17, 10, 3, 1, 4,
	0 };
static const int edu_sh[] = { 15, 20, 0, 0, 8, 0, 0, 0, 10, 6, 4, 3, 4, 8,
	4 };
static const int edu_pro[] = { 2, 3, 55, 20, 12, 5, 0, 0, 3, 0, 0, 0, 0, 0,
	0 };

/* Target groups in and around the four municipalities. */
static const int tg_core[TG_COUNT] = { 38, 8, 14, 8, 5, 3, 10, 6, 8 };
static const int tg_neighbour[TG_COUNT] = { 0, 0, 45, 20, 10, 5, 0, 0, 20 };

/* The sector a candidate mostly worked in, by target group. */
static const int sector_general[SEC_COUNT] = { 21, 19, 14, 10, 12, 10, 6,
	5, 4 };
static const int sector_sh[SEC_COUNT] = { 29, 15, 19, 8, 5, 15, 5, 2, 2 };

static const char *const generic_skills[] = {
	"klantgericht", "teamwerk", "zelfstandig", "nauwkeurig",
	"computervaardig", "vca", "punctueel", "flexibel",
};

static const char *const restrictions[] = {
	"geen_zwaar_tillen", "niet_lang_staan", "geen_nachtdienst",
	"geen_klantcontact", "rustige_omgeving",
};

static const char *const modes[] = { "fiets", "ov", "auto", "brommer" };

/* One of the four municipalities of the partnership. */
static int
is_core(const char *muni)
{
	return strcmp(muni, "0119") == 0 || strcmp(muni, "0180") == 0 ||
	    strcmp(muni, "1708") == 0 || strcmp(muni, "1701") == 0;
}

/* A PC4 where people live (by population): index into ctx->pc4. */
static int
home_pc4(struct demo_ctx *ctx, struct demo_rng *r)
{
	double	u = demo_rng_unit(r) * ctx->home_cum[ctx->nplace_pc4 - 1];
	int	lo = 0, hi = ctx->nplace_pc4 - 1, mid;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (ctx->home_cum[mid] > u)
			hi = mid;
		else
			lo = mid + 1;
	}
	return ctx->place_pc4[lo];
}

/*
 * Who brings the candidate: the municipality they live in, UWV for WW
 * (and some Wajong), the SW-bedrijf of the area for Wsw, beschut werk and
 * some Wajong.
 */
static int
partner_for(const struct demo_ctx *ctx, const struct demo_cand *c,
    struct demo_rng *r)
{
	static const struct {
		const char	*muni;
		int		 partner;
	} home[] = {
		{ "0119", P_MEP }, { "0180", P_STA }, { "1708", P_STW },
		{ "1701", P_WES },
	};
	const char	*muni = ctx->pc4[c->pc4].muni;
	size_t		 i;
	int		 sw, p = -1;

	for (i = 0; i < sizeof(home) / sizeof(home[0]); i++)
		if (strcmp(muni, home[i].muni) == 0)
			p = home[i].partner;
	sw = strcmp(muni, "1708") == 0 || strcmp(muni, "0098") == 0 ||
	    strcmp(muni, "0085") == 0 ? P_NWG : P_RST;
	switch (c->tg) {
	case TG_WW:
		return P_UWV;
	case TG_WAJONG:
		return demo_rng_pct(r, 60) ? P_UWV : sw;
	case TG_WSW:
	case TG_BESCHUT:
		return sw;
	default:
		if (p >= 0)
			return p;
		return demo_rng_pct(r, 75) ? P_UWV : sw;
	}
}

static int
pick_edu(struct demo_ctx *ctx, struct demo_rng *r, int tg)
{
	const int	*w = edu_general;
	int		 k, unknown = 6;

	if (tg == TG_WW)
		w = edu_ww;
	else if (tg == TG_STATUSHOUDER) {
		w = edu_sh;
		unknown = 18;
	} else if (tg == TG_PRO_VSO)
		w = edu_pro;
	if (demo_rng_pct(r, unknown))
		return DEMO_NONE;
	k = demo_rng_pick(r, w, demo_nedu);
	return ctx->edu_ok[k] ? k : DEMO_NONE;
}

static int
pick_dutch(struct demo_ctx *ctx, struct demo_rng *r, int tg, int names)
{
	static const int sh[7] = { 4, 22, 35, 27, 7, 3, 2 };
	static const int mig[7] = { 0, 0, 2, 20, 30, 30, 18 };
	static const int nl[7] = { 0, 0, 0, 2, 10, 38, 50 };
	int		 k;

	if (tg == TG_STATUSHOUDER) {
		if (demo_rng_pct(r, 5))
			return DEMO_NONE;
		k = demo_rng_pick(r, sh, 7);
	} else {
		if (demo_rng_pct(r, names == 0 ? 25 : 20))
			return DEMO_NONE;
		k = demo_rng_pick(r, names == 0 ? nl : mig, 7);
	}
	return ctx->lang_ok[k] ? k : DEMO_NONE;
}

void
demo_candidates_generate(struct demo_ctx *ctx)
{
	static const int job_agreement[TG_COUNT] = { 6, 5, 1, 85, 80, 90, 2,
		40, 3 };
	static const int km[] = { 5, 8, 10, 12, 15, 20, 25, 30, 40 };
	struct demo_cand *c;
	struct demo_rng	 r;
	long		 i, n = 3000L * ctx->scale, *at;
	int		*days, k, j, o, sector;

	days = xreallocarray(NULL, n, sizeof(*days));
	demo_spread_days(ctx->today - 1095, ctx->today, n, 1.0, days);
	ctx->cand = xcalloc(n, sizeof(*ctx->cand));
	ctx->ncand = n;
	for (i = 0; i < n; i++) {
		c = &ctx->cand[i];
		demo_rng_seed(&r, ctx->seed, 'C', i);
		c->reg = days[i];
		c->pc4 = home_pc4(ctx, &r);
		c->tg = demo_rng_pick(&r, is_core(ctx->pc4[c->pc4].muni) ?
		    tg_core : tg_neighbour, TG_COUNT);
		c->partner = partner_for(ctx, c, &r);
		c->consultant = ctx->rec[c->partner][demo_rng_below(&r,
		    ctx->nrec[c->partner])];
		if (c->tg == TG_STATUSHOUDER)
			c->names = demo_rng_pct(&r, 95) ? 2 : 1;
		else
			c->names = demo_rng_pct(&r, 86) ? 0 :
			    demo_rng_pct(&r, 85) ? 1 : 2;
		sector = demo_rng_pick(&r, c->tg == TG_STATUSHOUDER ?
		    sector_sh : sector_general, SEC_COUNT);
		k = 1 + demo_rng_pct(&r, 50) + demo_rng_pct(&r, 30);
		c->occ[0] = demo_pick_occ(ctx, &r, sector);
		for (c->nocc = 1; c->nocc < k; ) {
			o = demo_pick_occ(ctx, &r, demo_rng_pct(&r, 60) ?
			    sector : -1);
			for (j = 0; j < c->nocc && c->occ[j] != o; j++)
				;
			if (j < c->nocc)
				break;
			c->occ[c->nocc++] = o;
		}
		c->edu = pick_edu(ctx, &r, c->tg);
		c->dutch = pick_dutch(ctx, &r, c->tg, c->names);
		if (c->tg == TG_STATUSHOUDER)
			c->licence = demo_rng_tri(&r, 8, 82);
		else if (c->tg == TG_PRO_VSO)
			c->licence = demo_rng_tri(&r, 15, 75);
		else if (c->tg == TG_WAJONG || c->tg == TG_WSW ||
		    c->tg == TG_BESCHUT)
			c->licence = demo_rng_tri(&r, 20, 70);
		else
			c->licence = demo_rng_tri(&r, 42, 43);
		k = job_agreement[c->tg];
		c->job_agreement = demo_rng_tri(&r, k, k > 50 ? 100 - k - 3 :
		    95 - k);
		if (demo_rng_pct(&r, c->tg == TG_STATUSHOUDER ? 90 : 78))
			c->modes |= MODE_FIETS;
		if (demo_rng_pct(&r, 45))
			c->modes |= MODE_OV;
		if (c->licence == 1 && demo_rng_pct(&r, 75))
			c->modes |= MODE_AUTO;
		if (demo_rng_pct(&r, 8))
			c->modes |= MODE_BROMMER;
		if (demo_rng_pct(&r, 35))
			c->max_km = km[demo_rng_below(&r, sizeof(km) /
			    sizeof(km[0]))];
		c->consent = demo_rng_pct(&r, 95);
		/* Most stay a few years; some leave the pool sooner. */
		c->left = c->reg + 1 + (int)(-1800.0 * log(1.0 -
		    demo_rng_unit(&r)));
		if (c->left > ctx->today)
			c->left = DEMO_NEVER;
	}
	free(days);

	/* Candidates by occupation, for finding them for a vacancy. */
	ctx->bucket_at = at = xcalloc(demo_nocc + 1, sizeof(*at));
	for (i = 0; i < n; i++)
		for (j = 0; j < ctx->cand[i].nocc; j++)
			at[ctx->cand[i].occ[j] + 1]++;
	for (k = 0; k < demo_nocc; k++)
		at[k + 1] += at[k];
	ctx->bucket = xreallocarray(NULL, at[demo_nocc] + 1, sizeof(int));
	for (i = 0; i < n; i++)
		for (j = 0; j < ctx->cand[i].nocc; j++)
			ctx->bucket[at[ctx->cand[i].occ[j]]++] = (int)i;
	for (k = demo_nocc; k > 0; k--)
		at[k] = at[k - 1];
	at[0] = 0;
}

/* first.last@example.org from the letters of the names. */
static void
make_email(char *buf, size_t size, const char *first, const char *last,
    int number)
{
	const char	*p;
	size_t		 n = 0;

	for (p = first; *p != '\0' && n + 1 < size; p++)
		if (isalpha((unsigned char)*p))
			buf[n++] = tolower((unsigned char)*p);
	if (n + 1 < size)
		buf[n++] = '.';
	for (p = last; *p != '\0' && n + 1 < size; p++)
		if (isalpha((unsigned char)*p))
			buf[n++] = tolower((unsigned char)*p);
	buf[n] = '\0';
	if (number > 0)
		snprintf(buf + n, size - n, "%d", number);
	n = strlen(buf);
	snprintf(buf + n, size - n, "@example.org");
}

static int
add_skill(const char **have, int n, const char *skill)
{
	int	i;

	for (i = 0; i < n; i++)
		if (strcmp(have[i], skill) == 0)
			return n;
	have[n] = skill;
	return n + 1;
}

/* The rows that hang off candidate i: occupations, skills, ... */
static enum wb_status
write_details(struct demo_ctx *ctx, long i, struct demo_rng *r)
{
	const struct demo_cand	*c = &ctx->cand[i];
	const struct demo_occ	*o;
	const char		*skill[12];
	enum wb_status		 st;
	struct demo_batch		*b;
	int			 j, k, n = 0, restricted, used;

	for (j = 0; j < c->nocc; j++) {
		b = &ctx->batch[ST_CAND_OCC];
		demo_put_int(b, i + 1);
		demo_put_text(b, demo_occs[c->occ[j]].isco);
		demo_put_real(b, demo_rng_pct(r, 30) ? -1.0 :
		    demo_rng_range(r, 0, j == 0 ? 30 : 12) / 2.0);
		if ((st = demo_row(ctx, ST_CAND_OCC)) != WB_OK)
			return st;
	}
	for (j = 0; j < c->nocc; j++) {
		o = &demo_occs[c->occ[j]];
		for (k = demo_rng_range(r, j == 0 ? 1 : 0, j == 0 ? 3 : 1);
		    k > 0; k--)
			n = add_skill(skill, n, o->skill[demo_rng_below(r, 4)]);
	}
	for (k = demo_rng_range(r, 0, 2); k > 0; k--)
		n = add_skill(skill, n, generic_skills[demo_rng_below(r,
		    sizeof(generic_skills) / sizeof(generic_skills[0]))]);
	for (j = 0; j < n; j++) {
		b = &ctx->batch[ST_CAND_SKILL];
		demo_put_int(b, i + 1);
		demo_put_text(b, skill[j]);
		if ((st = demo_row(ctx, ST_CAND_SKILL)) != WB_OK)
			return st;
	}
	restricted = demo_rng_pct(r, c->tg == TG_WAJONG || c->tg == TG_WSW ||
	    c->tg == TG_BESCHUT ? 55 : 12);
	for (k = restricted ? 1 + demo_rng_pct(r, 30) : 0, used = 0; k > 0;
	    k--) {
		j = demo_rng_below(r, 5);
		if (used & (1 << j))
			continue;
		used |= 1 << j;
		b = &ctx->batch[ST_CAND_RESTR];
		demo_put_int(b, i + 1);
		demo_put_text(b, restrictions[j]);
		if ((st = demo_row(ctx, ST_CAND_RESTR)) != WB_OK)
			return st;
	}
	for (j = 0; j < 4; j++) {
		if ((c->modes & (1 << j)) == 0)
			continue;
		b = &ctx->batch[ST_CAND_TRANSPORT];
		demo_put_int(b, i + 1);
		demo_put_text(b, modes[j]);
		if ((st = demo_row(ctx, ST_CAND_TRANSPORT)) != WB_OK)
			return st;
	}
	return WB_OK;
}

enum wb_status
demo_candidates_write(struct demo_ctx *ctx)
{
	static const int hours[][2] = { { 8, 16 }, { 12, 20 }, { 16, 24 },
		{ 20, 32 }, { 24, 32 }, { 24, 36 }, { 32, 40 }, { 36, 40 } };
	static const int hours_w[] = { 5, 8, 14, 18, 15, 12, 18, 10 };
	struct demo_batch		*b = &ctx->batch[ST_CAND];
	const struct demo_cand	*c;
	const struct demo_list	*fl, *ll;
	struct demo_rng		 r;
	enum wb_status		 st;
	const char		*first, *last, *status;
	char			 ref[32], phone[32], email[96];
	long			 i, refno[P_COUNT] = { 0 };
	int			 h, g, day;

	for (i = 0; i < ctx->ncand; i++) {
		c = &ctx->cand[i];
		demo_rng_seed(&r, ctx->seed, 'D', i);
		g = c->names;
		fl = &ctx->first[g];
		ll = &ctx->last[demo_rng_pct(&r, 90) ? g : 0];
		first = fl->v[demo_rng_below(&r, fl->n)];
		last = ll->v[demo_rng_below(&r, ll->n)];
		/*
		 * Out of the pool: in work (placed, left_on the day placed) or
		 * gone (inactief); in it: in traject while proposed.
		 */
		if (c->busy == DEMO_NEVER)
			status = "geplaatst";
		else if (c->left != DEMO_NEVER)
			status = "inactief";
		else if (c->open > 0)
			status = "in_traject";
		else
			status = "beschikbaar";
		snprintf(ref, sizeof(ref), "K-%06ld", ++refno[c->partner]);
		demo_put_int(b, i + 1);
		demo_put_int(b, c->partner + 1);
		demo_put_text(b, ref);
		demo_put_text(b, first);
		demo_put_text(b, last);
		demo_put_text(b, ctx->pc4[c->pc4].code);
		demo_put_text(b, demo_tg_names[c->tg]);
		demo_put_int(b, c->job_agreement);
		demo_put_text(b, c->edu == DEMO_NONE ? NULL :
		    demo_edu_keys[c->edu]);
		demo_put_text(b, c->dutch == DEMO_NONE ? NULL :
		    demo_lang_codes[c->dutch]);
		h = demo_rng_pct(&r, 10) ? -1 : demo_rng_pick(&r, hours_w, 8);
		demo_put_int(b, h < 0 ? -1 : hours[h][0]);
		demo_put_int(b, h < 0 ? -1 : hours[h][1]);
		demo_put_date(b, c->left == DEMO_NEVER &&
		    demo_rng_pct(&r, 25) ? ctx->today + demo_rng_range(&r,
		    -60, 90) : 0);
		demo_put_int(b, c->licence);
		demo_put_int(b, c->max_km > 0 ? c->max_km : -1);
		demo_put_int(b, c->consent);
		demo_put_int(b, c->consultant + 1);
		demo_put_text(b, status);
		snprintf(phone, sizeof(phone), "06-%08d",
		    demo_rng_below(&r, 100000000));
		demo_put_text(b, demo_rng_pct(&r, 88) ? phone : NULL);
		make_email(email, sizeof(email), first, last,
		    demo_rng_pct(&r, 30) ? demo_rng_range(&r, 1, 99) : 0);
		demo_put_text(b, demo_rng_pct(&r, 70) ? email : NULL);
		demo_put_date(b, c->reg);
		demo_put_date(b, c->left == DEMO_NEVER ? 0 : c->left);
		h = 8 * 3600 + demo_rng_below(&r, 9 * 3600);
		demo_put_stamp(b, c->reg, h);
		day = c->left != DEMO_NEVER ? c->left : c->reg;
		if (c->busy > day && c->busy != DEMO_NEVER)
			day = c->busy;
		demo_put_stamp(b, day, h);
		if ((st = demo_row(ctx, ST_CAND)) != WB_OK)
			return st;
		if ((st = write_details(ctx, i, &r)) != WB_OK)
			return st;
		if ((i & 0x3fff) == 0)
			demo_progress(ctx, _("candidates"), i, ctx->ncand);
	}
	demo_progress(ctx, _("candidates"), ctx->ncand, ctx->ncand);
	return WB_OK;
}
