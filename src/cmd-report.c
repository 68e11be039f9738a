/*
 * cmd-report.c: `werkbank report`: the monitoring figures for a period
 * (default: this quarter) for people, with bars and sparklines, or as
 * --csv (cli.md), --json, or a Markdown report for the administrators
 * (--markdown FILE).  The figures come from report.h; this file only
 * lays them out.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "werkbank/chart.h"
#include "werkbank/cmd.h"
#include "werkbank/date.h"
#include "werkbank/exposure.h"
#include "werkbank/i18n.h"
#include "werkbank/msg.h"
#include "werkbank/num.h"
#include "werkbank/priv.h"
#include "werkbank/report.h"
#include "werkbank/text.h"
#include "werkbank/xmalloc.h"

#define BAR_WIDTH	24

enum report_out {
	OUT_HUMAN,
	OUT_CSV,
	OUT_JSON,
	OUT_MARKDOWN,
};

struct report_opts {
	struct report_options	 ro;
	int			 by;		/* enum report_by, -1 none */
	enum report_out		 out;
	const char		*markdown;
	int			 exposure;	/* who gets seen, for people */
};

static const struct option report_options_long[] = {
	{ "from",	required_argument,	NULL, 'f' },
	{ "to",		required_argument,	NULL, 't' },
	{ "by",		required_argument,	NULL, 'b' },
	{ "csv",	no_argument,		NULL, 'C' },
	{ "json",	no_argument,		NULL, 'J' },
	{ "markdown",	required_argument,	NULL, 'M' },
	{ "exposure",	no_argument,		NULL, 'E' },
	{ "help",	no_argument,		NULL, 'h' },
	{ NULL,		0,			NULL, 0 },
};

static int
parse_day(const char *opt, const char *s, int *day)
{
	if (date_parse(s, day) != WB_OK) {
		msg_error(_("%s: '%s' is not a date (YYYY-MM-DD)"), opt, s);
		return -1;
	}
	return 0;
}

/* WB_OK, WB_USAGE (usage printed) or WB_ERROR meaning help was printed. */
static enum wb_status
parse(struct cmd_ctx *ctx, struct report_opts *o)
{
	enum report_by	by;
	int		ch, from = 0, to = 0, has_from = 0, has_to = 0, outs = 0,
			today = date_today(), qf, qt;

	memset(o, 0, sizeof(*o));
	o->by = -1;
	optind = 0;
	while ((ch = getopt_long(ctx->argc, ctx->argv, "h",
	    report_options_long, NULL)) != -1) {
		switch (ch) {
		case 'f':
			if (parse_day("--from", optarg, &from) != 0)
				return cmd_usage(&cmd_report_entry);
			has_from = 1;
			break;
		case 't':
			if (parse_day("--to", optarg, &to) != 0)
				return cmd_usage(&cmd_report_entry);
			has_to = 1;
			break;
		case 'b':
			if (report_by_parse(optarg, &by) != 0) {
				msg_error(_("--by: '%s' is not partner, "
				    "target_group, municipality, month, "
				    "employer, sector or consultant"), optarg);
				return cmd_usage(&cmd_report_entry);
			}
			o->by = by;
			break;
		case 'C':
			o->out = OUT_CSV;
			outs++;
			break;
		case 'J':
			o->out = OUT_JSON;
			outs++;
			break;
		case 'M':
			o->out = OUT_MARKDOWN;
			o->markdown = optarg;
			outs++;
			break;
		case 'E':
			o->exposure = 1;
			break;
		case 'h':
			cmd_help(&cmd_report_entry);
			return WB_ERROR;
		default:
			return cmd_usage(&cmd_report_entry);
		}
	}
	/* Who gets seen is in the Markdown report; for people, asked. */
	if (optind != ctx->argc || outs > 1 || (o->exposure && o->out !=
	    OUT_HUMAN))
		return cmd_usage(&cmd_report_entry);
	/*
	 * Neither: this quarter.  --from alone: up to today (or the end of
	 * its quarter when that lies ahead).  --to alone: from the start
	 * of its quarter.
	 */
	if (!has_from && !has_to)
		report_quarter(today, &from, &to);
	else if (!has_to) {
		report_quarter(from, &qf, &qt);
		to = today >= from ? today : qt;
	} else if (!has_from)
		report_quarter(to, &from, &qt);
	if (from > to) {
		msg_error(_("the period ends before it starts"));
		return cmd_usage(&cmd_report_entry);
	}
	o->ro.from = from;
	o->ro.to = to;
	o->ro.today = today;
	return WB_OK;
}

/* "label" padded to width screen columns (labels are translated). */
static void
label(const char *s, size_t width)
{
	size_t	w = text_width(s);

	fputs(s, stdout);
	while (w++ < width)
		fputc(' ', stdout);
}

static size_t
widest(const char *const *labels, size_t n)
{
	size_t	i, w, max = 0;

	for (i = 0; i < n; i++)
		if ((w = text_width(labels[i])) > max)
			max = w;
	return max;
}

static void
bar_line(double value, double max, int utf8)
{
	char	*bar = chart_bar(value, max, BAR_WIDTH, 1, utf8);

	printf("  %s", bar);
	free(bar);
}

static void
print_totals(const struct report *r, int utf8)
{
	const struct report_figures *f = &r->total;
	const char	*l[11];
	size_t		 w, i;
	char		 nb[32];
	long long	 v[] = { f->vacancies_collected, f->vacancies_filled,
			    f->placements, f->people_placed,
			    f->durable_placements, f->durable_12m, f->inflow,
			    f->outflow, f->pool_end };

	l[0] = report_figure_label("vacancies_collected");
	l[1] = report_figure_label("vacancies_filled");
	l[2] = report_figure_label("placements");
	l[3] = report_figure_label("people_placed");
	l[4] = report_figure_label("durable_placements");
	l[5] = report_figure_label("durable_12m");
	l[6] = report_figure_label("inflow");
	l[7] = report_figure_label("outflow");
	l[8] = report_figure_label("pool_end");
	w = widest(l, 9);
	printf("%s\n", _("The subregion"));
	for (i = 0; i < 9; i++) {
		printf("  ");
		label(l[i], w);
		printf("  %8lld", v[i]);
		if (i == 1 && f->median_days_to_fill >= 0)
			printf(_("  median %s days to fill"), num_format(
			    f->median_days_to_fill, 1, nb, sizeof(nb)));
		if (i == 4 || i == 5) {
			long long due = i == 4 ? f->durable_due :
			    f->durable_12m_due;

			printf(_("  of %lld whose %d months have passed"),
			    due, i == 4 ? r->durable_months :
			    r->durable_long_months);
			if (due > 0) {
				bar_line((double)v[i], (double)due, utf8);
				printf(" %3.0f%%", 100.0 * (double)v[i] /
				    (double)due);
			}
		}
		putchar('\n');
	}
	putchar('\n');
}

static void
print_old_new(const struct report *r, int utf8)
{
	const struct report_figures *f = &r->total;
	const char	*l[2];
	size_t		 w;

	l[0] = _("Placements as counted until now");
	l[1] = _("People in durable work");
	w = widest(l, 2);
	printf("%s\n", _("The old count beside the new"));
	printf("  ");
	label(l[0], w);
	printf("  %8lld", f->placements);
	bar_line((double)f->placements, (double)f->placements, utf8);
	printf("\n  ");
	label(l[1], w);
	printf("  %8lld", f->durable_people);
	bar_line((double)f->durable_people, (double)f->placements, utf8);
	printf("\n\n");
}

static const struct table_col group_cols[] = {
	{ "group",		N_("Group"),		0 },
	{ "vacancies_collected", N_("Collected"),	1 },
	{ "vacancies_filled",	N_("Filled"),		1 },
	{ "median_days_to_fill", N_("Days"),		1 },
	{ "placements",		N_("Placements"),	1 },
	{ "people_placed",	N_("People"),		1 },
	{ "durable_placements",	N_("Durable"),		1 },
	{ "durable_12m",	N_("12 m"),		1 },
	{ "inflow",		N_("Inflow"),		1 },
	{ "pool_end",		N_("Pool"),		1 },
};

static void
add_group_row(struct table *t, const char *group,
    const struct report_figures *f)
{
	char		 buf[REPORT_NCSV_BASE][32];
	const char	*cells[REPORT_NCSV_BASE];
	double		 v;
	int		 c;

	cells[0] = group;
	for (c = 1; c < REPORT_NCSV_BASE; c++) {
		v = report_figure(f, c);
		if (v < 0)
			snprintf(buf[c], sizeof(buf[c]), "-");
		else
			snprintf(buf[c], sizeof(buf[c]), "%.*f",
			    v == (long long)v ? 0 : 1, v);
		cells[c] = buf[c];
	}
	table_add(t, cells);
}

static void
print_groups(const struct report *r, int by)
{
	const struct report_breakdown *b = &r->by[by];
	struct table	*t;
	size_t		 i;

	t = table_new(group_cols, REPORT_NCSV_BASE);
	add_group_row(t, _("total"), &r->total);
	for (i = 0; i < b->ngroups; i++)
		add_group_row(t, report_group_shown((enum report_by)by,
		    &b->groups[i]), &b->groups[i].f);
	table_print(t, stdout, TABLE_HUMAN);
	table_free(t);
	putchar('\n');
}

/* The breakdowns by employer, sector and consultant: what was placed,
 * with whom (target groups) and how durably. */
static const struct table_col placed_cols[] = {
	{ "group",		N_("Group"),		0 },
	{ "vacancies_collected", N_("Collected"),	1 },
	{ "placements",		N_("Placements"),	1 },
	{ "people_placed",	N_("People"),		1 },
	{ "durable_placements",	N_("Durable"),		1 },
	{ "durable_share",	N_("Share"),		1 },
	{ "not_chosen",		N_("Not chosen"),	1 },
	{ "target_groups",	N_("Target groups placed"), 0 },
};
#define NPLACED_COLS	(sizeof(placed_cols) / sizeof(placed_cols[0]))

static void
add_placed_row(struct table *t, const char *group,
    const struct report_figures *f)
{
	char		 buf[6][32], spread[512];
	const char	*cells[NPLACED_COLS];
	long long	 v[] = { f->vacancies_collected, f->placements,
			    f->people_placed, f->durable_placements };
	size_t		 i;

	cells[0] = group;
	for (i = 0; i < 4; i++) {
		if (v[i] < 0)
			snprintf(buf[i], sizeof(buf[i]), "-");
		else
			snprintf(buf[i], sizeof(buf[i]), "%lld", v[i]);
		cells[i + 1] = buf[i];
	}
	if (f->durable_due > 0)
		snprintf(buf[4], sizeof(buf[4]), "%.0f%%", 100.0 *
		    (double)f->durable_placements / (double)f->durable_due);
	else
		snprintf(buf[4], sizeof(buf[4]), "-");
	cells[5] = buf[4];
	snprintf(buf[5], sizeof(buf[5]), "%lld", f->not_chosen);
	cells[6] = buf[5];
	cells[7] = report_tg_spread(f, spread, sizeof(spread));
	table_add(t, cells);
}

static void
print_placed_groups(const struct report *r, enum report_by by)
{
	const struct report_breakdown *b = &r->by[by];
	struct table	*t;
	size_t		 i;

	t = table_new(placed_cols, NPLACED_COLS);
	add_placed_row(t, _("total"), &r->total);
	for (i = 0; i < b->ngroups; i++)
		add_placed_row(t, report_group_shown(by, &b->groups[i]),
		    &b->groups[i].f);
	table_print(t, stdout, TABLE_HUMAN);
	table_free(t);
	putchar('\n');
}

/* A section per theme of issue 18: label, number, bar and share. */
static void
print_themes(const struct report *r, int utf8)
{
	struct report_item	*it;
	const char		**labels;
	size_t			 n, i, w, k;
	int			 theme = -1;

	n = report_items(&r->total, &it);
	labels = xcalloc(n + 1, sizeof(*labels));
	for (i = 0; i < n; i++)
		labels[i] = it[i].label;
	w = widest(labels, n);
	for (i = 0; i < n; i++) {
		if ((int)it[i].theme != theme) {
			if (theme >= 0)
				putchar('\n');
			theme = (int)it[i].theme;
			printf("%s\n", report_theme_title(it[i].theme));
		}
		printf("  ");
		label(it[i].label, w);
		/* Right-aligned in screen columns ("–" is one). */
		for (k = text_width(it[i].value); k < 10; k++)
			putchar(' ');
		fputs(it[i].value, stdout);
		if (it[i].of > 0)
			bar_line(it[i].v, it[i].of, utf8);
		if (it[i].note[0] != '\0')
			printf(it[i].of > 0 ? " %s" : "  %s", it[i].note);
		putchar('\n');
	}
	if (n > 0)
		putchar('\n');
	free(labels);
	free(it);
}

static void
print_targets(const struct report *r, int utf8)
{
	const struct report_target *t;
	size_t		 i, w = 0, lw;
	char		 per[32], v[32], g[32];

	if (r->ntargets == 0)
		return;
	for (i = 0; i < r->ntargets; i++)
		if ((lw = text_width(report_figure_label(r->targets[i].figure)))
		    > w)
			w = lw;
	printf("%s\n", _("Targets"));
	for (i = 0; i < r->ntargets; i++) {
		t = &r->targets[i];
		snprintf(per, sizeof(per), "%s%s", t->period, t->partial ?
		    "*" : "");
		printf("  %-8s ", per);
		label(report_figure_label(t->figure), w);
		printf("  %8s / %-8s", num_format(t->value, 2, v, sizeof(v)),
		    num_format(t->target, 2, g, sizeof(g)));
		if (t->pct >= 0) {
			bar_line(t->pct, 100, utf8);
			printf(" %3.0f%%", t->pct);
		}
		putchar('\n');
	}
	for (i = 0; i < r->ntargets; i++)
		if (r->targets[i].partial) {
			printf("%s\n", _("  * the period is not over: the "
			    "figure so far"));
			break;
		}
	putchar('\n');
}

static void
print_ratings(const struct report *r, int utf8)
{
	const struct report_ratings *rt = &r->ratings;
	long long	max = 0;
	int		s;

	printf("%s\n", _("Employer satisfaction"));
	printf(_("  %lld ratings from %lld employers\n"), rt->answers,
	    rt->employers);
	if (rt->employers > 0) {
		printf(_("  employers rating 8 or higher: %lld of %lld, %.0f%% "
		    "(target %.0f%%)"), rt->employers_8plus, rt->employers,
		    rt->share_8plus, rt->share_target);
		bar_line(rt->share_8plus, 100, utf8);
		putchar('\n');
	}
	report_employers_coverage(r, stdout);
	if (rt->nps_answers > 0)
		printf(_("  NPS %+.0f over %lld answers (%lld promoters, %lld "
		    "passives, %lld detractors)\n"), rt->nps, rt->nps_answers,
		    rt->promoters, rt->passives, rt->detractors);
	if (rt->few)
		printf(_("  warning: only %lld answers; fewer than %d mean "
		    "little\n"), rt->answers, REPORT_MIN_ANSWERS);
	for (s = 0; s <= 10; s++)
		if (rt->dist[s] > max)
			max = rt->dist[s];
	if (max > 0)
		for (s = 10; s >= 0; s--) {
			printf("  %2d %6lld", s, rt->dist[s]);
			bar_line((double)rt->dist[s], (double)max, utf8);
			putchar('\n');
		}
	putchar('\n');
}

static void
spark_row(const char *name, size_t w, const long long *v, size_t n,
    int utf8)
{
	char		*s = chart_sparkline_ll(v, n, utf8);
	long long	 sum = 0;
	size_t		 i;

	for (i = 0; i < n; i++)
		sum += v[i];
	printf("  ");
	label(name, w);
	printf("  %s  %lld\n", s, sum);
	free(s);
}

static void
print_trend(const struct report *r, int utf8)
{
	const struct report_trend *t = &r->trend;
	double		*share;
	char		 a[11], b[11], *s;
	const char	*l[4];
	size_t		 i, w;

	if (t->nmonths == 0)
		return;
	date_format(t->month[0], a);
	date_format(t->month[t->nmonths - 1], b);
	a[7] = b[7] = '\0';
	l[0] = _("total");
	l[1] = _("Inflow");
	l[2] = _("Outflow");
	l[3] = _("Pool");
	w = widest(l, 4);
	for (i = 0; i < t->npartners; i++)
		if (text_width(t->partner[i]) > w)
			w = text_width(t->partner[i]);
	printf(_("Placements per month, %s to %s\n"), a, b);
	for (i = 0; i < t->npartners; i++)
		spark_row(t->partner[i], w, t->placements + i * t->nmonths,
		    t->nmonths, utf8);
	spark_row(l[0], w, t->total, t->nmonths, utf8);
	share = xcalloc(t->nmonths, sizeof(double));
	for (i = 0; i < t->nmonths; i++)
		share[i] = t->durable_due[i] > 0 ? (double)t->durable[i] /
		    (double)t->durable_due[i] : NAN;
	s = chart_sparkline(share, t->nmonths, utf8);
	printf(_("Durable share by month of start (%d months)\n  "),
	    r->durable_months);
	label("", w);
	printf("  %s\n", s);
	free(s);
	free(share);
	printf("%s\n", _("The pool per month"));
	spark_row(l[1], w, t->inflow, t->nmonths, utf8);
	spark_row(l[2], w, t->outflow, t->nmonths, utf8);
	s = chart_sparkline_ll(t->pool_end, t->nmonths, utf8);
	printf("  ");
	label(l[3], w);
	printf("  %s  %lld\n", s, t->pool_end[t->nmonths - 1]);
	free(s);
}

/*
 * Who gets seen in the period, by the report's grouping where exposure
 * has it (else by partner); NULL, with a warning, when it cannot be
 * counted: the figures above it stand.
 */
static struct exposure *
report_exposure(struct cmd_ctx *ctx, const struct report_opts *o)
{
	struct exposure	*e;

	if (exposure_load(ctx->db, &ctx->user, o->ro.from, o->ro.to,
	    o->by == REPORT_BY_TARGET_GROUP ? EXPOSURE_TARGET_GROUP :
	    o->by == REPORT_BY_MUNICIPALITY ? EXPOSURE_MUNICIPALITY :
	    EXPOSURE_PARTNER, &e) != WB_OK) {
		msg_warn("%s", db_error(ctx->db));
		return NULL;
	}
	return e;
}

static void
print_human(const struct report *r, int by)
{
	char	name[32], a[11], b[11], c[11];
	int	utf8 = chart_utf8();

	report_period_name(r->opt.from, r->opt.to, name, sizeof(name));
	printf(_("Monitoring %s (%s to %s), figures as of %s\n\n"), name,
	    date_format(r->opt.from, a), date_format(r->opt.to, b),
	    date_format(r->opt.today, c));
	print_totals(r, utf8);
	print_old_new(r, utf8);
	print_themes(r, utf8);
	if (by == REPORT_BY_EMPLOYER || by == REPORT_BY_SECTOR ||
	    by == REPORT_BY_CONSULTANT)
		print_placed_groups(r, (enum report_by)by);
	else if (by >= 0)
		print_groups(r, by);
	print_targets(r, utf8);
	print_ratings(r, utf8);
	report_employers_text(r, stdout);
	print_trend(r, utf8);
}

/* Write the Markdown report under a temporary name, then rename it. */
static enum wb_status
write_markdown(const struct report *r, const struct exposure *e,
    const char *path)
{
	enum wb_status	 st;
	FILE		*fp;
	char		*tmp;
	int		 fd;

	if (strcmp(path, "-") == 0) {
		st = report_write_markdown(r, stdout);
		if (e != NULL)
			exposure_markdown(e, stdout);
		return st;
	}
	tmp = xasprintf("%s.tmp-%ld", path, (long)getpid());
	fd = priv_open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0640);
	if (fd == -1 || (fp = fdopen(fd, "w")) == NULL) {
		msg_error(_("cannot write %s: %s"), path, strerror(errno));
		if (fd != -1) {
			close(fd);
			priv_unlink(tmp);
		}
		free(tmp);
		return WB_IO;
	}
	st = report_write_markdown(r, fp);
	if (e != NULL)
		exposure_markdown(e, fp);
	if (fclose(fp) != 0 || st != WB_OK || priv_rename(tmp, path) != 0) {
		msg_error(_("cannot write %s: %s"), path, strerror(errno));
		priv_unlink(tmp);
		st = WB_IO;
	}
	free(tmp);
	return st;
}

static enum wb_status
cmd_report_exec(struct cmd_ctx *ctx)
{
	struct report_opts	 o;
	struct report		*r;
	struct exposure		*e = NULL;
	enum wb_status		 st;

	if ((st = parse(ctx, &o)) != WB_OK)
		return st == WB_ERROR ? WB_OK : st;
	if ((st = cmd_open(ctx)) != WB_OK)
		return st;
	if ((st = report_compute(ctx->db, &o.ro, &r)) != WB_OK) {
		msg_error("%s", db_error(ctx->db));
		return st;
	}
	switch (o.out) {
	case OUT_CSV:
		st = report_write_csv(r, o.by, stdout, 0, NULL);
		break;
	case OUT_JSON:
		st = report_write_json(r, o.by, stdout);
		break;
	case OUT_MARKDOWN:
		e = report_exposure(ctx, &o);
		st = write_markdown(r, e, o.markdown);
		break;
	case OUT_HUMAN:
		print_human(r, o.by);
		if (o.exposure && (e = report_exposure(ctx, &o)) != NULL) {
			putchar('\n');
			exposure_print(e, stdout, 0);
		}
		break;
	}
	exposure_free(e);
	report_free(r);
	return st;
}

const struct cmd_entry cmd_report_entry = {
	.name = "report",
	.usage = "[--from DATE] [--to DATE] "
	    "[--by partner | target_group | municipality | month | employer "
	    "| sector | consultant] "
	    "[--csv | --json | --markdown FILE | --exposure]",
	.summary = N_("the monitoring figures for a period (default: this "
	    "quarter)"),
	.db = CMD_DB_OPEN,
	.exec = cmd_report_exec,
};
