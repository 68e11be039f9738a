/*
 * demo-history.c: two years of history over the demo region's vacancies,
 * simulated in memory in the order the vacancies came in: the candidates
 * proposed to each (found by occupation, near enough to get there, free
 * and still in the pool), who was placed and for how long, the follow-up
 * calls, and the employers' ratings of the service; then the proposals
 * with their steps, the placements with their instruments and the
 * ratings written.
 */
#include <string.h>

#include "werkbank/date.h"
#include "werkbank/geo.h"
#include "werkbank/i18n.h"
#include "werkbank/xmalloc.h"

#include "demo-internal.h"

/* proposal.step by enum demo_prop_step; placement.contract by C_*. */
static const char *const step_names[] = {
	"proposed", "interview", "placed", "not_chosen", "withdrawn",
};

static const char *const contract_names[] = {
	NULL, "vast", "tijdelijk", "uitzend", "detachering", "proefplaatsing",
	"werkervaring", "beschut",
};

static int
reach_km(const struct demo_cand *c)
{
	if (c->max_km > 0)
		return c->max_km;
	if (c->modes & MODE_AUTO)
		return 40;
	if (c->modes & MODE_OV)
		return 25;
	if (c->modes & MODE_BROMMER)
		return 20;
	return c->modes & MODE_FIETS ? 12 : 8;
}

/*
 * A candidate for vacancy v, free from `from' and in the pool until
 * `until', with no proposal after `quiet' (the day one is placed: in
 * work, nobody is proposed); -1 when none is found soon.
 */
static int
pick_candidate(struct demo_ctx *ctx, const struct demo_vac *v,
    struct demo_rng *r, int from, int until, int quiet, const int *chosen,
    int nchosen)
{
	const struct demo_pc4	*vp = &ctx->pc4[v->pc4], *cp;
	const struct demo_cand	*c;
	long			 lo = ctx->bucket_at[v->occ];
	long			 n = ctx->bucket_at[v->occ + 1] - lo;
	int			 t, j, ci;

	for (t = 0; t < 60; t++) {
		if (t < 45 && n > 0)
			ci = ctx->bucket[lo + (long)(demo_rng_unit(r) * n)];
		else
			ci = (int)(demo_rng_unit(r) * ctx->ncand);
		c = &ctx->cand[ci];
		if (!c->consent || c->reg > from || c->busy >= from ||
		    (c->left != DEMO_NEVER && c->left <= until) ||
		    c->last > quiet)
			continue;
		if ((v->sheltered == 1 && c->tg != TG_BESCHUT &&
		    c->tg != TG_WSW) ||
		    (v->job_agreement == 1 && c->job_agreement != 1) ||
		    (v->licence == 1 && c->licence != 1) ||
		    (v->dutch != DEMO_NONE && c->dutch != DEMO_NONE &&
		    c->dutch + 1 < v->dutch))
			continue;
		cp = &ctx->pc4[c->pc4];
		if (geo_distance_km(vp->lat, vp->lon, cp->lat, cp->lon) >
		    reach_km(c) * 1.25)
			continue;
		for (j = 0; j < nchosen && chosen[j] != ci; j++)
			;
		if (j == nchosen)
			return ci;
	}
	return -1;
}

static int
add_prop(struct demo_ctx *ctx, struct demo_rng *r, int vi, int ci,
    int proposed, int interview, int final, int step)
{
	const struct demo_cand	*c = &ctx->cand[ci];
	const struct demo_vac	*v = &ctx->vac[vi];
	struct demo_prop	*p;

	if (ctx->nprop == ctx->aprop) {
		ctx->aprop = ctx->aprop == 0 ? 1024 : ctx->aprop * 2;
		ctx->prop = xreallocarray(ctx->prop, ctx->aprop,
		    sizeof(*ctx->prop));
	}
	p = &ctx->prop[ctx->nprop];
	p->vac = vi;
	p->cand = ci;
	p->by = demo_rng_pct(r, 80) || ctx->nrec[v->partner] == 0 ?
	    c->consultant : ctx->rec[v->partner][demo_rng_below(r,
	    ctx->nrec[v->partner])];
	p->proposed = proposed;
	p->interview = interview;
	p->final = final;
	p->step = step;
	/* Running proposals keep them in traject; see pick_candidate. */
	if (final == 0)
		ctx->cand[ci].last = DEMO_NEVER;
	else if (final > ctx->cand[ci].last)
		ctx->cand[ci].last = final;
	return ctx->nprop++;
}

/* The day of the follow-up call at `months', or 0 when not made. */
static int
followup_call(const struct demo_ctx *ctx, struct demo_rng *r,
    const struct demo_plc *pl, int months)
{
	int	due = date_add_months(pl->start, months), day;

	if (due > ctx->today || (pl->end != 0 && pl->end < due) ||
	    !demo_rng_pct(r, due + 30 <= ctx->today ? 97 : 50))
		return 0;
	day = due + demo_rng_range(r, 0, 21);
	return day > ctx->today ? ctx->today : day;
}

static void
place(struct demo_ctx *ctx, struct demo_rng *r, int vi, int ci, int p,
    int pd)
{
	static const int contract_w[] = { 5, 8, 45, 15, 7, 12, 8, 0 };
	const struct demo_vac	*v = &ctx->vac[vi];
	struct demo_cand	*c = &ctx->cand[ci];
	struct demo_plc		*pl;
	int			 u;

	if (ctx->nplc == ctx->aplc) {
		ctx->aplc = ctx->aplc == 0 ? 256 : ctx->aplc * 2;
		ctx->plc = xreallocarray(ctx->plc, ctx->aplc,
		    sizeof(*ctx->plc));
	}
	pl = &ctx->plc[ctx->nplc++];
	memset(pl, 0, sizeof(*pl));
	pl->prop = add_prop(ctx, r, vi, ci, p, demo_rng_pct(r, 85) ?
	    demo_rng_range(r, p, pd) : 0, pd, PS_PLACED);
	pl->start = pd + demo_rng_range(r, 0, 21);
	if (pl->start > ctx->today)
		pl->start = ctx->today;
	if (c->tg == TG_BESCHUT || v->sheltered == 1)
		pl->contract = demo_rng_pct(r, 80) ? C_BESCHUT : C_DETACHERING;
	else if (c->tg == TG_WSW)
		pl->contract = demo_rng_pct(r, 70) ? C_DETACHERING :
		    C_TIJDELIJK;
	else
		pl->contract = demo_rng_pick(r, contract_w, 8);
	u = demo_rng_below(r, 100);
	if (pl->contract == C_PROEF)
		pl->end = u < 40 ? 0 : pl->start + demo_rng_range(r, 30, 90);
	else if (pl->contract == C_WERKERVARING)
		pl->end = pl->start + demo_rng_range(r, 60, 180);
	else
		pl->end = u < 58 ? 0 : u < 80 ? pl->start +
		    demo_rng_range(r, 21, 160) : pl->start +
		    demo_rng_range(r, 190, 540);
	if (pl->end > ctx->today)
		pl->end = 0;
	pl->hours = v->hmax == DEMO_NONE ? 32 : demo_rng_range(r, v->hmin,
	    v->hmax);
	if (demo_rng_pct(r, 5))
		pl->hours = -1;
	if (c->job_agreement == 1 && demo_rng_pct(r, 70)) {
		pl->instruments |= IN_LKS;
		pl->lks = 5 * demo_rng_range(r, 4, 14);
	}
	if (demo_rng_pct(r, c->job_agreement == 1 || c->tg == TG_WAJONG ||
	    c->tg == TG_WSW || c->tg == TG_BESCHUT ? 45 : 5))
		pl->instruments |= IN_JOBCOACH;
	if (c->job_agreement == 1 && demo_rng_pct(r, 35))
		pl->instruments |= IN_NO_RISK;
	pl->instruments |= pl->contract == C_PROEF ? IN_PROEF : 0;
	pl->instruments |= pl->contract == C_WERKERVARING ? IN_WERKERVARING : 0;
	pl->instruments |= pl->contract == C_BESCHUT ? IN_BESCHUT : 0;
	if (demo_rng_pct(r, c->tg == TG_PRO_VSO ? 30 : 3))
		pl->instruments |= IN_LEERWERK;
	/*
	 * The follow-up calls at 6 and 12 months, for those still there:
	 * made within three weeks, but some of the last month's not yet
	 * and now and then one forgotten.
	 */
	pl->check6 = followup_call(ctx, r, pl, 6);
	pl->check12 = followup_call(ctx, r, pl, 12);
	/*
	 * Still in work: out of the pool (geplaatst) since the day placed,
	 * as the workflow has it; back in it when the job ended.
	 */
	c->busy = pl->end > 0 ? pl->end : DEMO_NEVER;
	if (pl->end == 0)
		c->left = pd;
	else if (c->left != DEMO_NEVER && c->left <= pl->end &&
	    (c->left = pl->end + demo_rng_range(r, 7, 90)) > ctx->today)
		c->left = DEMO_NEVER;
}

static void
history_vacancy(struct demo_ctx *ctx, int vi)
{
	const struct demo_vac	*v = &ctx->vac[vi];
	struct demo_rng		 r;
	int			 chosen[24], nchosen = 0, k, j, n, p, pd, f;
	int			 ci, iv, step, c0 = v->collected;
	int			 end = v->closed > 0 ? v->closed : ctx->today;

	demo_rng_seed(&r, ctx->seed, 'H', vi);
	k = 0;
	if (v->status == VS_VERVULD)
		k = demo_rng_pct(&r, 85) ? v->positions : 0;
	else if (v->closed == 0 && v->positions > 1 && ctx->today - c0 > 30)
		k = demo_rng_below(&r, v->positions);
	for (j = 0; j < k && j < 6; j++) {
		if (v->status == VS_VERVULD)
			pd = j == 0 ? v->closed : v->closed -
			    demo_rng_range(&r, 0, v->closed - c0 - 2 < 21 ?
			    v->closed - c0 - 2 : 21);
		else
			pd = c0 + demo_rng_range(&r, 14, ctx->today - c0);
		p = c0 + demo_rng_range(&r, 1, (pd - c0) / 2);
		if ((ci = pick_candidate(ctx, v, &r, p, pd + 21, pd, chosen,
		    nchosen)) < 0)
			continue;
		chosen[nchosen++] = ci;
		place(ctx, &r, vi, ci, p, pd);
	}
	n = demo_rng_range(&r, 0, v->status == VS_VERLOPEN ? 2 : 3);
	for (j = 0; j < n && end - c0 > 4; j++) {
		p = c0 + demo_rng_range(&r, 1, end - c0 - 3);
		f = p + demo_rng_range(&r, 3, 40);
		if (f > end)
			f = end;
		if ((ci = pick_candidate(ctx, v, &r, p, f, DEMO_NEVER, chosen,
		    nchosen)) < 0)
			continue;
		chosen[nchosen++] = ci;
		step = demo_rng_pct(&r, 65) ? PS_NOT_CHOSEN : PS_WITHDRAWN;
		iv = demo_rng_pct(&r, step == PS_NOT_CHOSEN ? 60 : 25) ?
		    demo_rng_range(&r, p, f) : 0;
		add_prop(ctx, &r, vi, ci, p, iv, f, step);
	}
	if (v->closed != 0 || !demo_rng_pct(&r, 70))
		return;
	/* Proposed from two days after it came in; the interview later. */
	f = c0 + 2 > ctx->today - 42 ? c0 + 2 : ctx->today - 42;
	for (j = demo_rng_range(&r, 1, 3); j > 0 && f <= ctx->today; j--) {
		p = demo_rng_range(&r, f, ctx->today);
		if ((ci = pick_candidate(ctx, v, &r, p, DEMO_NEVER, DEMO_NEVER,
		    chosen, nchosen)) < 0)
			continue;
		chosen[nchosen++] = ci;
		iv = p + 2 <= ctx->today && demo_rng_pct(&r, 50) ?
		    demo_rng_range(&r, p + 2, ctx->today) : 0;
		add_prop(ctx, &r, vi, ci, p, iv, 0, iv ? PS_INTERVIEW :
		    PS_PROPOSED);
		if (ctx->cand[ci].open < 255)
			ctx->cand[ci].open++;
	}
}

void
demo_history(struct demo_ctx *ctx)
{
	static const int good[11] = { 1, 0, 1, 1, 2, 3, 7, 18, 32, 23, 12 };
	static const int poor[11] = { 2, 0, 1, 2, 4, 8, 15, 25, 25, 12, 6 };
	const struct demo_vac	*v;
	struct demo_rating	*rt;
	struct demo_rng		 r;
	int			 i;

	for (i = 0; i < ctx->nvac; i++)
		history_vacancy(ctx, i);
	/* Employers rate the service some weeks after a vacancy closed. */
	for (i = 0; i < ctx->nvac; i++) {
		v = &ctx->vac[i];
		demo_rng_seed(&r, ctx->seed, 'R', i);
		if (v->closed == 0 || !demo_rng_pct(&r, v->status ==
		    VS_VERVULD ? 45 : 12))
			continue;
		if (ctx->nrating == ctx->arating) {
			ctx->arating = ctx->arating == 0 ? 256 :
			    ctx->arating * 2;
			ctx->rating = xreallocarray(ctx->rating, ctx->arating,
			    sizeof(*ctx->rating));
		}
		rt = &ctx->rating[ctx->nrating];
		rt->emp = v->employer;
		rt->day = v->closed + demo_rng_range(&r, 14, 75);
		rt->score = demo_rng_pick(&r, v->status == VS_VERVULD ? good :
		    poor, 11);
		if (rt->day <= ctx->today)
			ctx->nrating++;
	}
}

static enum wb_status
write_step(struct demo_ctx *ctx, int id, int step, int day, int by,
    const char *note, int secs)
{
	struct demo_batch	*b = &ctx->batch[ST_STEP];

	demo_put_int(b, id);
	demo_put_text(b, step_names[step]);
	demo_put_date(b, day);
	demo_put_int(b, by + 1);
	demo_put_text(b, note);
	demo_put_stamp(b, day, secs);
	return demo_row(ctx, ST_STEP);
}

static enum wb_status
write_proposals(struct demo_ctx *ctx)
{
	static const char *const notes[] = {
		NULL, "Gesprek bij de werkgever gepland", "Gestart",
		"Werkgever kiest een andere kandidaat",
		"Kandidaat ziet af van de functie",
	};
	struct demo_batch		*b = &ctx->batch[ST_PROP];
	const struct demo_prop	*p;
	struct demo_rng		 r;
	enum wb_status		 st;
	int			 i, am, last, secs;

	for (i = 0; i < ctx->nprop; i++) {
		p = &ctx->prop[i];
		demo_rng_seed(&r, ctx->seed, 'P', i);
		am = ctx->vac[p->vac].am;
		last = p->final > 0 ? p->final : p->interview > 0 ?
		    p->interview : p->proposed;
		secs = 9 * 3600 + demo_rng_below(&r, 8 * 3600);
		demo_put_int(b, i + 1);
		demo_put_int(b, p->vac + 1);
		demo_put_int(b, p->cand + 1);
		demo_put_text(b, step_names[p->step]);
		demo_put_date(b, p->proposed);
		demo_put_int(b, p->by + 1);
		demo_put_stamp(b, last, secs);
		if ((st = demo_row(ctx, ST_PROP)) != WB_OK ||
		    (st = write_step(ctx, i + 1, PS_PROPOSED, p->proposed,
		    p->by, NULL, secs)) != WB_OK)
			return st;
		if (p->interview > 0 && (st = write_step(ctx, i + 1,
		    PS_INTERVIEW, p->interview, am >= 0 ? am : p->by,
		    demo_rng_pct(&r, 30) ? notes[PS_INTERVIEW] : NULL,
		    secs + 60)) != WB_OK)
			return st;
		if (p->final > 0 && (st = write_step(ctx, i + 1, p->step,
		    p->final, p->step == PS_NOT_CHOSEN && am >= 0 ? am : p->by,
		    demo_rng_pct(&r, 40) ? notes[p->step] : NULL,
		    secs + 120)) != WB_OK)
			return st;
	}
	return WB_OK;
}

static enum wb_status
write_placements(struct demo_ctx *ctx)
{
	struct demo_batch		*b = &ctx->batch[ST_PLC];
	const struct demo_plc	*pl;
	const struct demo_prop	*p;
	const struct demo_cand	*c;
	enum wb_status		 st;
	int			 i, k;

	for (i = 0; i < ctx->nplc; i++) {
		pl = &ctx->plc[i];
		p = &ctx->prop[pl->prop];
		c = &ctx->cand[p->cand];
		demo_put_int(b, i + 1);
		demo_put_int(b, p->vac + 1);
		demo_put_int(b, p->cand + 1);
		demo_put_int(b, pl->prop + 1);
		demo_put_int(b, p->cand + 1);
		demo_put_int(b, c->partner + 1);
		demo_put_text(b, demo_tg_names[c->tg]);
		demo_put_text(b, ctx->pc4[c->pc4].muni[0] != '\0' ?
		    ctx->pc4[c->pc4].muni : NULL);
		demo_put_date(b, pl->start);
		demo_put_date(b, pl->end);
		demo_put_text(b, contract_names[pl->contract]);
		demo_put_int(b, pl->hours);
		demo_put_date(b, pl->check6);
		demo_put_date(b, pl->check12);
		demo_put_stamp(b, p->final, 11 * 3600 + i % 3600);
		demo_put_stamp(b, p->final, 11 * 3600 + i % 3600);
		if ((st = demo_row(ctx, ST_PLC)) != WB_OK)
			return st;
		for (k = 0; k < 7; k++) {
			if ((pl->instruments & (1 << k)) == 0)
				continue;
			b = &ctx->batch[ST_PLC_INSTR];
			demo_put_int(b, i + 1);
			demo_put_text(b, demo_instrument_names[k]);
			demo_put_int(b, k == 0 ? pl->lks : -1);
			if ((st = demo_row(ctx, ST_PLC_INSTR)) != WB_OK)
				return st;
			b = &ctx->batch[ST_PLC];
		}
	}
	return WB_OK;
}

enum wb_status
demo_history_write(struct demo_ctx *ctx)
{
	struct demo_batch		*b = &ctx->batch[ST_RATING];
	const struct demo_rating *rt;
	enum wb_status		 st;
	int			 i;

	demo_progress(ctx, _("history"), 0, 2);
	if ((st = write_proposals(ctx)) != WB_OK ||
	    (st = demo_flush(ctx, ST_PROP)) != WB_OK ||
	    (st = demo_flush(ctx, ST_STEP)) != WB_OK)
		return st;
	demo_progress(ctx, _("history"), 1, 2);
	if ((st = write_placements(ctx)) != WB_OK)
		return st;
	for (i = 0; i < ctx->nrating; i++) {
		rt = &ctx->rating[i];
		demo_put_int(b, rt->emp + 1);
		demo_put_date(b, rt->day);
		demo_put_int(b, rt->score);
		demo_put_stamp(b, rt->day, 10 * 3600 + i % 7200);
		if ((st = demo_row(ctx, ST_RATING)) != WB_OK)
			return st;
	}
	demo_progress(ctx, _("history"), 2, 2);
	return WB_OK;
}
