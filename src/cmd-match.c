/*
 * cmd-match.c: `werkbank match`: rank the pool for one vacancy, the
 * vacancies for one candidate (--candidate), every open vacancy with the
 * results stored (--all), and show or change the weights (--weights).
 * Only keys are printed, never names, so the output can go on the
 * meeting's projector.  Only the candidates the user may see (user.h)
 * are ranked or listed; one they may not see is "no candidate".
 *
 * `match --bench-rank VACANCY [--repeat N] [--threads T]` is for `make
 * bench` (test/bench/bench-match.sh): it builds the index once, ranks the
 * vacancy N times (default 15) for the top 20 and prints one line:
 * candidates, build_s, index_mb, rank_median_s (wall clock), rank_min_s,
 * rank_cpu_median_s (CPU time of all threads), then
 * rank_counting_median_s (the same ranking also counting who passes the
 * hard rules, as `match VACANCY` and the workbench do) and threads (0:
 * as match_rank_vacancy decides; with --threads T the ranking is split
 * over T threads by match_rank_vacancy_split).  Left out of --help.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "werkbank/audit.h"
#include "werkbank/cmd.h"
#include "werkbank/i18n.h"
#include "werkbank/match.h"
#include "werkbank/msg.h"
#include "werkbank/num.h"
#include "werkbank/text.h"
#include "werkbank/workflow.h"
#include "werkbank/xmalloc.h"

#define TOP_DEFAULT	20
#define TOP_MAX		100000
#define REPEAT_MAX	1000
#define THREADS_MAX	16

enum match_mode {
	MODE_VACANCY,
	MODE_CANDIDATE,
	MODE_ALL,
	MODE_WEIGHTS,
	MODE_BENCH,
};

struct match_opts {
	enum match_mode		 mode;
	enum table_format	 fmt;
	const char		*key;		/* vacancy or candidate */
	const char		*weights;	/* --weights SPEC, or NULL */
	size_t			 top;
	int			 excluded;
	int			 repeat;
	int			 threads;	/* 0: as the core decides */
};

static const struct table_col vacancy_cols[] = {
	{ "rank",		N_("Rank"),		1 },
	{ "candidate",		N_("Candidate"),	0 },
	{ "partner",		N_("Partner"),		0 },
	{ "municipality",	N_("Municipality"),	0 },
	{ "score",		N_("Score"),		1 },
	{ "distance_km",	N_("km"),		1 },
	{ "occupation",		N_("Occ"),		1 },
	{ "skills",		N_("Skills"),		1 },
	{ "education",		N_("Edu"),		1 },
	{ "language",		N_("Dutch"),		1 },
	{ "hours",		N_("Hours"),		1 },
	{ "travel",		N_("Travel"),		1 },
	{ "notes",		N_("Notes"),		0 },
};
#define NVACANCY_COLS	(sizeof(vacancy_cols) / sizeof(vacancy_cols[0]))

static const struct table_col candidate_cols[] = {
	{ "rank",		N_("Rank"),		1 },
	{ "vacancy",		N_("Vacancy"),		0 },
	{ "title",		N_("Title"),		0 },
	{ "partner",		N_("Partner"),		0 },
	{ "municipality",	N_("Municipality"),	0 },
	{ "score",		N_("Score"),		1 },
	{ "distance_km",	N_("km"),		1 },
	{ "occupation",		N_("Occ"),		1 },
	{ "skills",		N_("Skills"),		1 },
	{ "education",		N_("Edu"),		1 },
	{ "language",		N_("Dutch"),		1 },
	{ "hours",		N_("Hours"),		1 },
	{ "travel",		N_("Travel"),		1 },
	{ "notes",		N_("Notes"),		0 },
};
#define NCANDIDATE_COLS	(sizeof(candidate_cols) / sizeof(candidate_cols[0]))

static const struct table_col weight_cols[] = {
	{ "component",	N_("Component"),	0 },
	{ "weight",	N_("Weight"),		1 },
};

static const struct option match_options[] = {
	{ "top",	required_argument,	NULL, 't' },
	{ "excluded",	no_argument,		NULL, 'x' },
	{ "candidate",	required_argument,	NULL, 'c' },
	{ "all",	no_argument,		NULL, 'a' },
	{ "weights",	no_argument,		NULL, 'w' },
	{ "csv",	no_argument,		NULL, 'C' },
	{ "json",	no_argument,		NULL, 'J' },
	{ "help",	no_argument,		NULL, 'h' },
	{ "bench-rank",	required_argument,	NULL, 'B' },
	{ "repeat",	required_argument,	NULL, 'r' },
	{ "threads",	required_argument,	NULL, 'T' },
	{ NULL,		0,			NULL, 0 },
};

static int
parse_count(const char *opt, const char *s, long max, long *out)
{
	char	*end;
	long	 v = strtol(s, &end, 10);

	if (*s == '\0' || *end != '\0' || v < 1 || v > max) {
		msg_error(_("%s: '%s' is not a whole number from 1 to %ld"),
		    opt, s, max);
		return -1;
	}
	*out = v;
	return 0;
}

/* WB_OK, WB_USAGE (usage printed) or WB_ERROR meaning help was printed. */
static enum wb_status
parse(struct cmd_ctx *ctx, struct match_opts *o)
{
	int	ch, modes = 0;
	long	v;

	memset(o, 0, sizeof(*o));
	o->top = TOP_DEFAULT;
	o->repeat = 15;
	o->fmt = TABLE_HUMAN;
	o->mode = MODE_VACANCY;
	optind = 0;
	while ((ch = getopt_long(ctx->argc, ctx->argv, "h", match_options,
	    NULL)) != -1) {
		switch (ch) {
		case 't':
			if (parse_count("--top", optarg, TOP_MAX, &v) != 0)
				return cmd_usage(&cmd_match_entry);
			o->top = (size_t)v;
			break;
		case 'r':
			if (parse_count("--repeat", optarg, REPEAT_MAX, &v) !=
			    0)
				return cmd_usage(&cmd_match_entry);
			o->repeat = (int)v;
			break;
		case 'T':
			if (parse_count("--threads", optarg, THREADS_MAX, &v) !=
			    0)
				return cmd_usage(&cmd_match_entry);
			o->threads = (int)v;
			break;
		case 'x':
			o->excluded = 1;
			break;
		case 'c':
			o->mode = MODE_CANDIDATE;
			o->key = optarg;
			modes++;
			break;
		case 'a':
			o->mode = MODE_ALL;
			modes++;
			break;
		case 'w':
			o->mode = MODE_WEIGHTS;
			modes++;
			break;
		case 'B':
			o->mode = MODE_BENCH;
			o->key = optarg;
			modes++;
			break;
		case 'C':
			o->fmt = TABLE_CSV;
			break;
		case 'J':
			o->fmt = TABLE_JSON;
			break;
		case 'h':
			cmd_help(&cmd_match_entry);
			return WB_ERROR;
		default:
			return cmd_usage(&cmd_match_entry);
		}
	}
	if (modes > 1)
		return cmd_usage(&cmd_match_entry);
	if (o->mode == MODE_VACANCY) {
		if (optind + 1 != ctx->argc)
			return cmd_usage(&cmd_match_entry);
		o->key = ctx->argv[optind];
	} else if (o->mode == MODE_WEIGHTS && optind + 1 == ctx->argc)
		o->weights = ctx->argv[optind];
	else if (optind != ctx->argc)
		return cmd_usage(&cmd_match_entry);
	return WB_OK;
}

static void
fmt_part(char *buf, size_t len, double v, enum table_format fmt)
{
	if (v >= 0)
		snprintf(buf, len, "%.2f", v);
	else if (fmt != TABLE_HUMAN)
		buf[0] = '\0';
	else
		snprintf(buf, len, "%s", v == MATCH_UNKNOWN ? "?" : "-");
}

/*
 * The cells a result shares in both directions: score, distance, the
 * six parts, notes (into cells[0..9]).
 */
static void
result_cells(const struct match_result *r, enum table_format fmt,
    char buf[9][32], char *notes, size_t nlen, const char **cells)
{
	int	p;

	if (r->rank > 0)
		snprintf(buf[0], 32, "%.3f", r->score);
	else
		buf[0][0] = '\0';
	if (r->distance_km >= 0)
		snprintf(buf[1], 32, "%.1f", r->distance_km);
	else
		buf[1][0] = '\0';
	for (p = 0; p < MATCH_NPARTS; p++)
		fmt_part(buf[2 + p], 32, r->part[p], fmt);
	/* People read the score as 0.91; programs get three decimals. */
	if (fmt == TABLE_HUMAN && r->rank > 0)
		num_format_fixed(r->score, 2, buf[0], 32);
	for (p = 0; p < 8; p++)
		cells[p] = buf[p];
	/* Programs get the notes as they are, in English with codes. */
	cells[8] = fmt == TABLE_HUMAN ? match_notes_shown(r->notes, notes,
	    nlen) : r->notes;
}

static enum wb_status
load_index(struct cmd_ctx *ctx, struct match_index **idx,
    struct match_weights *w, long long *asking)
{
	enum wb_status	st;

	/* Whose candidates are shown: the user's partner (0: all). */
	*asking = ctx->user.single ? 0 : ctx->user.partner_id;
	if ((st = match_weights_load(ctx->db, w)) != WB_OK ||
	    (st = match_index_build(ctx->db, idx)) != WB_OK) {
		msg_error("%s", db_error(ctx->db));
		return st;
	}
	return WB_OK;
}

static enum wb_status
match_vacancy(struct cmd_ctx *ctx, const struct match_opts *o)
{
	struct match_vacancy	 v;
	struct match_index	*idx;
	struct match_weights	 w;
	struct match_result	*res;
	struct match_counts	 counts;
	struct table		*t;
	long long		 asking;
	enum wb_status		 st;
	size_t			 n, i;
	char			 rank[16], buf[9][32], notes[512];
	const char		*cells[NVACANCY_COLS];

	if ((st = match_vacancy_load(ctx->db, o->key, &v)) != WB_OK) {
		msg_error("%s", db_error(ctx->db));
		return st;
	}
	if ((st = load_index(ctx, &idx, &w, &asking)) != WB_OK) {
		match_vacancy_clear(&v);
		return st;
	}
	if (!v.open)
		msg_warn(_("%s is not open; ranking it anyway"), v.key);
	match_rank_vacancy(idx, &v, &w, asking, o->top, o->excluded, &res,
	    &n, &counts);
	t = table_new(vacancy_cols, NVACANCY_COLS);
	for (i = 0; i < n; i++) {
		if (res[i].rank > 0)
			snprintf(rank, sizeof(rank), "%d", res[i].rank);
		else
			rank[0] = '\0';
		cells[0] = rank;
		cells[1] = match_index_key(idx, res[i].cand);
		cells[2] = match_index_partner(idx, res[i].cand);
		cells[3] = res[i].distance_km >= 0 ?
		    match_index_municipality(idx, res[i].cand) : "";
		result_cells(&res[i], o->fmt, buf, notes, sizeof(notes),
		    cells + 4);
		table_add(t, cells);
	}
	if (o->fmt == TABLE_HUMAN) {
		/* The title is data: inert on the terminal (text.h). */
		char	*title = text_sanitize(v.title);

		printf(_("%s  %s (ISCO %s), %s %s\n%zu candidates, %zu pass "
		    "the hard rules\n\n"), v.key, title, v.isco, v.pc4,
		    v.municipality, counts.considered, counts.eligible);
		free(title);
	}
	table_print(t, stdout, o->fmt);
	table_free(t);
	match_results_free(res, n);
	match_index_free(idx);
	match_vacancy_clear(&v);
	return WB_OK;
}

static enum wb_status
match_candidate(struct cmd_ctx *ctx, const struct match_opts *o)
{
	struct match_vacancy	*vs;
	struct match_index	*idx;
	struct match_weights	 w;
	struct match_result	*res;
	struct match_counts	 counts;
	struct table		*t;
	long long		 asking, id;
	enum wb_status		 st;
	size_t			 n, nv, i, cand;
	char			 rank[16], buf[9][32], notes[512];
	const char		*cells[NCANDIDATE_COLS];

	/* The same answer whether the candidate is absent or hidden. */
	if ((st = workflow_candidate_id(ctx->db, &ctx->user, o->key, &id)) !=
	    WB_OK) {
		msg_error("%s", db_error(ctx->db));
		return st == WB_INVALID ? WB_NOT_FOUND : st;
	}
	if ((st = load_index(ctx, &idx, &w, &asking)) != WB_OK)
		return st;
	if (match_index_find(idx, o->key, &cand) != 0) {
		msg_error(_("no candidate '%s'"), o->key);
		match_index_free(idx);
		return WB_NOT_FOUND;
	}
	if ((st = match_vacancies_load_open(ctx->db, &vs, &nv)) != WB_OK) {
		msg_error("%s", db_error(ctx->db));
		match_index_free(idx);
		return st;
	}
	match_rank_candidate(idx, cand, vs, nv, &w, asking, o->top,
	    o->excluded, &res, &n, &counts);
	t = table_new(candidate_cols, NCANDIDATE_COLS);
	for (i = 0; i < n; i++) {
		const struct match_vacancy *v = &vs[res[i].vac];

		if (res[i].rank > 0)
			snprintf(rank, sizeof(rank), "%d", res[i].rank);
		else
			rank[0] = '\0';
		cells[0] = rank;
		cells[1] = v->key;
		cells[2] = v->title;
		cells[3] = v->partner;
		cells[4] = v->municipality;
		result_cells(&res[i], o->fmt, buf, notes, sizeof(notes),
		    cells + 5);
		table_add(t, cells);
	}
	if (o->fmt == TABLE_HUMAN)
		printf(_("%s (%s, %s)\n%zu open vacancies, %zu pass the hard "
		    "rules\n\n"), o->key, match_index_partner(idx, cand),
		    match_index_municipality(idx, cand), counts.considered,
		    counts.eligible);
	table_print(t, stdout, o->fmt);
	table_free(t);
	match_results_free(res, n);
	match_vacancies_free(vs, nv);
	match_index_free(idx);
	return WB_OK;
}

static enum wb_status
match_all(struct cmd_ctx *ctx, const struct match_opts *o)
{
	struct match_run_summary	sum;
	enum wb_status			st;
	char				secs[32];

	if ((st = match_run_all(ctx->db, ctx->login, o->top, &sum)) !=
	    WB_OK) {
		msg_error("%s", db_error(ctx->db));
		return st;
	}
	printf(_("match run %lld: %zu open vacancies, %zu candidates, %zu "
	    "results stored (top %zu each) in %s s\n"), sum.run_id,
	    sum.vacancies, sum.candidates, sum.results, o->top,
	    num_format_fixed(sum.seconds, 1, secs, sizeof(secs)));
	return WB_OK;
}

static enum wb_status
match_weights(struct cmd_ctx *ctx, const struct match_opts *o)
{
	struct match_weights	 w;
	struct table		*t;
	enum wb_status		 st;
	char			 err[256], num[32], *json;
	const char		*cells[2];
	int			 i;

	if ((st = match_weights_load(ctx->db, &w)) != WB_OK) {
		msg_error("%s", db_error(ctx->db));
		return st;
	}
	if (o->weights != NULL) {
		if (match_weights_parse(o->weights, &w, err, sizeof(err)) !=
		    WB_OK) {
			msg_error("--weights: %s", err);
			return cmd_usage(&cmd_match_entry);
		}
		json = match_weights_json(&w);
		if ((st = db_begin(ctx->db)) != WB_OK ||
		    (st = match_weights_save(ctx->db, &w)) != WB_OK ||
		    (st = audit_append(ctx->db, ctx->login, "update",
		    "match_weight", 0, json)) != WB_OK ||
		    (st = db_commit(ctx->db)) != WB_OK) {
			msg_error("%s", db_error(ctx->db));
			db_rollback(ctx->db);
			free(json);
			return st;
		}
		free(json);
	}
	t = table_new(weight_cols, 2);
	for (i = 0; i < MATCH_NPARTS; i++) {
		snprintf(num, sizeof(num), "%g", w.w[i]);
		cells[0] = match_part_name(i);
		cells[1] = num;
		table_add(t, cells);
	}
	table_print(t, stdout, o->fmt);
	table_free(t);
	return WB_OK;
}

static double
clock_s(clockid_t id)
{
	struct timespec	t;

	clock_gettime(id, &t);
	return (double)t.tv_sec + t.tv_nsec / 1e9;
}

static double
now_s(void)
{
	return clock_s(CLOCK_MONOTONIC);
}

static int
double_cmp(const void *a, const void *b)
{
	double	x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/* One ranking of --bench-rank: on --threads threads, or as the core does. */
static void
bench_rank(const struct match_index *idx, const struct match_vacancy *v,
    const struct match_weights *w, long long asking,
    const struct match_opts *o, struct match_result **res, size_t *n,
    struct match_counts *counts)
{
	if (o->threads > 0)
		match_rank_vacancy_split(idx, v, w, asking, o->top, 0, res, n,
		    counts, o->threads);
	else
		match_rank_vacancy(idx, v, w, asking, o->top, 0, res, n,
		    counts);
}

static enum wb_status
match_bench(struct cmd_ctx *ctx, const struct match_opts *o)
{
	struct match_vacancy	 v;
	struct match_index	*idx;
	struct match_weights	 w;
	struct match_result	*res;
	struct match_counts	 counts;
	long long		 asking;
	enum wb_status		 st;
	double			 t0, c0, build, *times, *cpu;
	size_t			 n;
	int			 i;

	if ((st = match_vacancy_load(ctx->db, o->key, &v)) != WB_OK) {
		msg_error("%s", db_error(ctx->db));
		return st;
	}
	t0 = now_s();
	if ((st = load_index(ctx, &idx, &w, &asking)) != WB_OK) {
		match_vacancy_clear(&v);
		return st;
	}
	build = now_s() - t0;
	times = xcalloc((size_t)o->repeat, sizeof(double));
	cpu = xcalloc((size_t)o->repeat, sizeof(double));
	for (i = 0; i < o->repeat; i++) {
		t0 = now_s();
		c0 = clock_s(CLOCK_PROCESS_CPUTIME_ID);
		bench_rank(idx, &v, &w, asking, o, &res, &n, NULL);
		cpu[i] = clock_s(CLOCK_PROCESS_CPUTIME_ID) - c0;
		times[i] = now_s() - t0;
		match_results_free(res, n);
	}
	qsort(times, (size_t)o->repeat, sizeof(double), double_cmp);
	qsort(cpu, (size_t)o->repeat, sizeof(double), double_cmp);
	printf("candidates=%zu build_s=%.3f index_mb=%.1f rank_median_s=%.6f "
	    "rank_min_s=%.6f rank_cpu_median_s=%.6f ", match_index_count(idx),
	    build, match_index_memory(idx) / 1e6, times[o->repeat / 2],
	    times[0], cpu[o->repeat / 2]);
	/* As `match VACANCY` ranks: also counting who passes the rules. */
	for (i = 0; i < o->repeat; i++) {
		t0 = now_s();
		bench_rank(idx, &v, &w, asking, o, &res, &n, &counts);
		times[i] = now_s() - t0;
		match_results_free(res, n);
	}
	qsort(times, (size_t)o->repeat, sizeof(double), double_cmp);
	printf("rank_counting_median_s=%.6f runs=%d threads=%d\n",
	    times[o->repeat / 2], o->repeat, o->threads);
	free(times);
	free(cpu);
	match_index_free(idx);
	match_vacancy_clear(&v);
	return WB_OK;
}

static enum wb_status (*const match_modes[])(struct cmd_ctx *,
    const struct match_opts *) = {
	[MODE_VACANCY] = match_vacancy,
	[MODE_CANDIDATE] = match_candidate,
	[MODE_ALL] = match_all,
	[MODE_WEIGHTS] = match_weights,
	[MODE_BENCH] = match_bench,
};

static enum wb_status
cmd_match_exec(struct cmd_ctx *ctx)
{
	struct match_opts	o;
	enum wb_status		st;

	if ((st = parse(ctx, &o)) != WB_OK)
		return st == WB_ERROR ? WB_OK : st;
	if ((st = cmd_open(ctx)) != WB_OK)
		return st;
	return match_modes[o.mode](ctx, &o);
}

const struct cmd_entry cmd_match_entry = {
	.name = "match",
	.usage = "VACANCY | --candidate CANDIDATE | --all | --weights "
	    "[PART=W,...] [--top N] [--excluded] [--csv | --json]",
	.summary = N_("rank candidates for a vacancy, or vacancies for a "
	    "candidate"),
	.db = CMD_DB_OPEN,
	.exec = cmd_match_exec,
};
