/*
 * demo.c: the synthetic demo region of the Meppel subregion (cli.md
 * `demo`), start to end.  The partners are those of the partnership;
 * candidates live where people live (places_region.csv, by population),
 * employers and vacancies are where businesses are, and two years of
 * history before opt->today (proposals, placements, ratings) are
 * simulated in memory in the order the vacancies came in, so that nobody
 * is placed twice at once and nobody is proposed after leaving the pool.
 * Everything is written through prepared multi-row INSERTs reused batch
 * after batch; no row is read back.  This file runs the parts in order
 * and holds the few helpers they all use; demo-internal.h says which file
 * does what.
 */
#include "werkbank/demo.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/date.h"
#include "werkbank/i18n.h"

#include "demo-internal.h"

int
demo_rng_pick(struct demo_rng *r, const int *w, int n)
{
	int	i, total = 0, u;

	for (i = 0; i < n; i++)
		total += w[i];
	if (total <= 0)
		return 0;
	u = demo_rng_below(r, total);
	for (i = 0; i < n - 1 && u >= w[i]; i++)
		u -= w[i];
	return i;
}

void
demo_spread_days(int from, int to, long n, double growth, int *out)
{
	double	 total = 0, acc = 0, w;
	long	 k = 0, upto;
	int	 d;

	for (d = from; d <= to; d++)
		total += (1 + growth * (d - from) / (double)(to - from + 1)) *
		    (date_weekday(d) >= 6 ? 0.05 : 1);
	for (d = from; d <= to; d++) {
		w = (1 + growth * (d - from) / (double)(to - from + 1)) *
		    (date_weekday(d) >= 6 ? 0.05 : 1);
		acc += w;
		upto = d == to ? n : (long)floor(n * acc / total + 0.5);
		while (k < upto)
			out[k++] = d;
	}
}

void
demo_progress(struct demo_ctx *ctx, const char *what, long done, long total)
{
	if (ctx->opt->progress != NULL)
		ctx->opt->progress(ctx->opt->progress_arg, what, done, total);
}

static void
free_list(struct demo_list *l)
{
	free(l->v);
}

static void
demo_free(struct demo_ctx *ctx)
{
	int	i;

	for (i = 0; i < ST_COUNT; i++) {
		sqlite3_finalize(ctx->batch[i].full);
		free(ctx->batch[i].val);
		free(ctx->batch[i].text);
	}
	for (i = 0; i < ctx->nplace; i++)
		free(ctx->place[i].name);
	for (i = 0; i < 3; i++) {
		free_list(&ctx->first[i]);
		free_list(&ctx->last[i]);
	}
	for (i = 0; i < SEC_COUNT; i++)
		free_list(&ctx->emp_brand[i]);
	for (i = 0; i < 4; i++)
		free_list(&ctx->emp_suffix[i]);
	for (i = 0; i < ctx->nwords; i++)
		free(ctx->words[i]);
	for (i = 0; i < P_COUNT; i++) {
		free(ctx->rec[i]);
		free(ctx->am[i]);
	}
	free(ctx->pc4);
	free(ctx->place);
	free(ctx->place_pc4);
	free(ctx->home_cum);
	free(ctx->occ_ok);
	free(ctx->job_occ);
	free(ctx->njob);
	free(ctx->user);
	free(ctx->cand);
	free(ctx->bucket);
	free(ctx->bucket_at);
	free(ctx->emp);
	free(ctx->vac);
	free(ctx->prop);
	free(ctx->plc);
	free(ctx->rating);
}

enum wb_status
demo_generate(struct db *db, const struct demo_options *opt,
    struct demo_counts *counts)
{
	struct demo_ctx	ctx;
	enum wb_status	st = WB_OK;
	int		i;

	memset(&ctx, 0, sizeof(ctx));
	ctx.db = db;
	ctx.opt = opt;
	ctx.scale = opt->scale < 1 ? 1 : opt->scale;
	ctx.today = opt->today;
	/* "WERKBANK" and the scale: the same options, the same region. */
	ctx.seed = 0x5745524b42414e4bULL ^
	    ((uint64_t)ctx.scale * 0x9e3779b97f4a7c15ULL);
	if ((st = demo_indexes_drop(&ctx)) != WB_OK)
		goto out;
	for (i = 0; i < ST_COUNT && st == WB_OK; i++)
		st = demo_batch_init(&ctx, i);
	if (st != WB_OK ||
	    (st = demo_reference_load(&ctx)) != WB_OK ||
	    (st = demo_places_load(&ctx)) != WB_OK ||
	    (st = demo_words_load(&ctx)) != WB_OK)
		goto out;
	demo_progress(&ctx, _("partners and users"), 0, 1);
	if ((st = demo_partners_write(&ctx)) != WB_OK ||
	    (st = demo_users_create(&ctx)) != WB_OK ||
	    (st = demo_flush_all(&ctx)) != WB_OK)
		goto out;
	demo_progress(&ctx, _("employers"), 0, 1);
	if ((st = demo_employers_create(&ctx)) != WB_OK ||
	    (st = demo_flush_all(&ctx)) != WB_OK)
		goto out;
	demo_candidates_generate(&ctx);
	demo_vacancies_generate(&ctx);
	demo_progress(&ctx, _("history"), 0, 1);
	demo_history(&ctx);
	if ((st = demo_candidates_write(&ctx)) != WB_OK ||
	    (st = demo_flush_all(&ctx)) != WB_OK ||
	    (st = demo_vacancies_write(&ctx)) != WB_OK ||
	    (st = demo_flush_all(&ctx)) != WB_OK ||
	    (st = demo_history_write(&ctx)) != WB_OK ||
	    (st = demo_flush_all(&ctx)) != WB_OK)
		goto out;
	demo_progress(&ctx, _("indexes"), 0, 1);
	if ((st = demo_indexes_make(&ctx)) != WB_OK)
		goto out;
	demo_progress(&ctx, _("indexes"), 1, 1);
	if (counts != NULL) {
		counts->partners = P_COUNT;
		counts->users = ctx.nuser;
		counts->employers = ctx.nemp;
		counts->candidates = ctx.ncand;
		counts->vacancies = ctx.nvac;
		counts->proposals = ctx.nprop;
		counts->placements = ctx.nplc;
		counts->ratings = ctx.nrating;
	}
out:
	/* Put back what was dropped even on failure (the caller rolls back). */
	for (i = 0; i < ST_COUNT; i++) {
		sqlite3_finalize(ctx.batch[i].full);
		ctx.batch[i].full = NULL;
	}
	(void)demo_indexes_make(&ctx);
	demo_free(&ctx);
	return st;
}
