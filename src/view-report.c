/*
 * view-report.c: screen 6, the Rapportage (issue 7).  The monitoring
 * figures of a period (this quarter unless chosen) for the shared
 * screen: the subregion's totals, the old count beside the new, the
 * targets as progress, employer satisfaction and one breakdown (partner,
 * target group, municipality or month, switched with b) as a table with
 * bars or, per partner, sparklines of the placements per month.  The
 * figures are computed once per period by report_compute() in reload (a
 * key press); a line is laid out from that struct when it is drawn, to
 * the width of the pane, with the charts of chart.h.  The report holds
 * no personal data, so meeting mode shows it unchanged.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/chart.h"
#include "werkbank/date.h"
#include "werkbank/i18n.h"
#include "werkbank/report.h"
#include "werkbank/text.h"
#include "werkbank/view.h"
#include "werkbank/xmalloc.h"

#define LINE_MAX_BYTES	4096
#define VALUE_W		9	/* "1234/5000" */
#define CHART_MAX	30
#define LABEL_MAX	34

enum line_kind {
	L_BLANK,
	L_HEAD,		/* a section heading (text) */
	L_FIGURE,	/* a total (arg: enum fig) */
	L_TREND,	/* durable share per start month */
	L_OLD,		/* placements as counted until now */
	L_NEW,		/* people in durable work */
	L_TARGET,	/* arg: the target */
	L_TARGET_NOTE,
	L_SHARE,	/* employers rating 8 or higher */
	L_NPS,
	L_DIST,		/* the ratings 0-10 as a sparkline */
	L_FEW,		/* too few answers */
	L_NO_RATINGS,
	L_BY_HEADER,
	L_BY_TOTAL,
	L_BY_ROW,	/* arg: the group */
	L_BY_NONE,
};

enum fig {
	FIG_COLLECTED, FIG_FILLED, FIG_PLACEMENTS, FIG_PEOPLE, FIG_DURABLE,
	FIG_DURABLE_12M, FIG_INFLOW, FIG_OUTFLOW, FIG_POOL, FIG_COUNT
};

static const char *const fig_keys[FIG_COUNT] = {
	"vacancies_collected", "vacancies_filled", "placements",
	"people_placed", "durable_placements", "durable_12m", "inflow",
	"outflow", "pool_end",
};

/* The breakdown's columns, in the order shown; dropped by prio. */
enum tcol {
	T_COLLECTED, T_FILLED, T_DAYS, T_PLACED, T_PEOPLE, T_DURABLE,
	T_INFLOW, T_OUTFLOW, T_POOL, T_COUNT
};

static const struct {
	const char	*title;		/* N_() */
	int		 prio;		/* higher: dropped first */
} tcols[T_COUNT] = {
	[T_COLLECTED] = { N_("Collected"), 5 },
	[T_FILLED] = { N_("Filled"), 6 },
	[T_DAYS] = { N_("Days"), 8 },
	[T_PLACED] = { N_("Placements"), 0 },
	[T_PEOPLE] = { N_("People"), 2 },
	[T_DURABLE] = { N_("Durable"), 1 },
	[T_INFLOW] = { N_("Inflow"), 4 },
	[T_OUTFLOW] = { N_("Outflow"), 7 },
	[T_POOL] = { N_("Pool"), 3 },
};

static const char *const by_titles[REPORT_NBY] = {
	[REPORT_BY_PARTNER] = N_("By partner"),
	[REPORT_BY_TARGET_GROUP] = N_("By target group"),
	[REPORT_BY_MUNICIPALITY] = N_("By municipality"),
	[REPORT_BY_MONTH] = N_("By month"),
};

struct line {
	enum line_kind	 kind;
	const char	*text;		/* L_HEAD: untranslated */
	size_t		 arg;
};

struct report_view {
	struct report	*r;
	int		 from, to;
	enum report_by	 by;
	struct line	*lines;
	size_t		 nlines;
	int		 label_w;	/* the widest label, in columns */
	char		 buf[LINE_MAX_BYTES];
};

static const struct view_column report_cols[] = {
	{ "", 80, 20, COL_LEFT, -1, 0, 1, 1 },
};

/* A line of output, built left to right within a width. */
struct out {
	char	*buf;
	size_t	 len, size;
	int	 col, width;
};

static void
out_bytes(struct out *o, const char *s, size_t n)
{
	if (o->len + n + 1 > o->size)
		n = o->size - o->len - 1;
	memcpy(o->buf + o->len, s, n);
	o->len += n;
	o->buf[o->len] = '\0';
}

static void
out_pad(struct out *o, int n)
{
	while (n-- > 0 && o->col < o->width) {
		out_bytes(o, " ", 1);
		o->col++;
	}
}

/*
 * Text in exactly w columns (fewer when the line ends first), padded
 * left (right) or right; cut on a character boundary with a marker.
 * Data is sanitized first, so what is measured is what is drawn.
 */
static void
out_text(struct out *o, const char *raw, int w, int right)
{
	char		*s = text_sanitize(raw != NULL ? raw : "");
	const char	*marker = chart_utf8() ? "\xe2\x80\xa6" : "~";
	size_t		 n = strlen(s), i = 0, len, end = 0;
	uint32_t	 cp;
	int		 tw = (int)text_width(s), used = 0, c, cut = 0;

	if (w > o->width - o->col)
		w = o->width - o->col;
	if (w <= 0) {
		free(s);
		return;
	}
	if (tw > w) {
		while (i < n) {
			len = text_decode(s + i, n - i, &cp);
			if (len == 0)
				len = 1;
			c = text_cp_width(cp);
			if (used + c > w - 1)
				break;
			used += c;
			i += len;
		}
		end = i;
		cut = 1;
	} else {
		end = n;
		used = tw;
	}
	if (right)
		out_pad(o, w - used - cut);
	out_bytes(o, s, end);
	o->col += used;
	if (cut) {
		out_bytes(o, marker, strlen(marker));
		o->col++;
	}
	if (!right)
		out_pad(o, w - used - cut);
	free(s);
}

static void
out_chart(struct out *o, char *chart, int w)
{
	if (chart != NULL && w > 0)
		out_text(o, chart, w, 0);
	free(chart);
}

static void
add(struct report_view *rv, enum line_kind kind, const char *text,
    size_t arg)
{
	rv->lines = xreallocarray(rv->lines, rv->nlines + 1,
	    sizeof(*rv->lines));
	rv->lines[rv->nlines].kind = kind;
	rv->lines[rv->nlines].text = text;
	rv->lines[rv->nlines].arg = arg;
	rv->nlines++;
}

static int
widen(int w, const char *label)
{
	int	lw = (int)text_width(label);

	return lw > w ? lw : w;
}

/* The lines of the computed report, and the width of its labels. */
static void
build_lines(struct report_view *rv)
{
	const struct report	*r = rv->r;
	size_t			 i;
	int			 f, w = 0;

	rv->nlines = 0;
	add(rv, L_HEAD, N_("The subregion"), 0);
	for (f = 0; f < FIG_COUNT; f++) {
		add(rv, L_FIGURE, NULL, (size_t)f);
		w = widen(w, report_figure_label(fig_keys[f]));
	}
	if (r->trend.nmonths > 0) {
		add(rv, L_TREND, NULL, 0);
		w = widen(w, _("Durable share by month"));
	}
	add(rv, L_BLANK, NULL, 0);
	add(rv, L_HEAD, N_("The old count beside the new"), 0);
	add(rv, L_OLD, NULL, 0);
	add(rv, L_NEW, NULL, 0);
	w = widen(w, _("Placements as counted until now"));
	w = widen(w, _("People in durable work"));
	add(rv, L_BLANK, NULL, 0);
	if (r->ntargets > 0) {
		char	label[160];
		int	partial = 0;

		add(rv, L_HEAD, N_("Targets"), 0);
		for (i = 0; i < r->ntargets; i++) {
			add(rv, L_TARGET, NULL, i);
			snprintf(label, sizeof(label), "%s* %s",
			    r->targets[i].period,
			    report_figure_label(r->targets[i].figure));
			w = widen(w, label);
			partial |= r->targets[i].partial;
		}
		if (partial)
			add(rv, L_TARGET_NOTE, NULL, 0);
		add(rv, L_BLANK, NULL, 0);
	}
	add(rv, L_HEAD, N_("Employer satisfaction"), 0);
	if (r->ratings.employers > 0) {
		add(rv, L_SHARE, NULL, 0);
		w = widen(w, _("Employers rating 8+"));
	}
	if (r->ratings.answers > 0) {
		add(rv, L_NPS, NULL, 0);
		add(rv, L_DIST, NULL, 0);
		w = widen(w, _("Ratings 0 to 10"));
	} else
		add(rv, L_NO_RATINGS, NULL, 0);
	if (r->ratings.few && r->ratings.answers > 0)
		add(rv, L_FEW, NULL, 0);
	add(rv, L_BLANK, NULL, 0);
	add(rv, L_HEAD, by_titles[rv->by], 0);
	add(rv, L_BY_HEADER, NULL, 0);
	add(rv, L_BY_TOTAL, NULL, 0);
	for (i = 0; i < r->by[rv->by].ngroups; i++)
		add(rv, L_BY_ROW, NULL, i);
	if (r->by[rv->by].ngroups == 0)
		add(rv, L_BY_NONE, NULL, 0);
	rv->label_w = w < LABEL_MAX ? w : LABEL_MAX;
}

static enum wb_status
report_open(struct view *v)
{
	struct report_view	*rv = xcalloc(1, sizeof(*rv));

	report_quarter(v->app->today, &rv->from, &rv->to);
	rv->by = REPORT_BY_PARTNER;
	v->priv = rv;
	v->cols = report_cols;
	v->ncols = 1;
	v->sort = -1;
	v->no_header = 1;
	return WB_OK;
}

static enum wb_status
report_reload(struct view *v)
{
	struct report_view	*rv = v->priv;
	struct report_options	 opt;
	struct report		*r;

	memset(&opt, 0, sizeof(opt));
	opt.from = rv->from;
	opt.to = rv->to;
	opt.today = v->app->today;
	if (report_compute(v->app->db, &opt, &r) != WB_OK) {
		view_message(v->app, 1, "%s", db_error(v->app->db));
		if (rv->r == NULL)
			v->nrows = 0;
		return WB_ERROR;
	}
	report_free(rv->r);
	rv->r = r;
	build_lines(rv);
	v->nrows = rv->nlines;
	return WB_OK;
}

/* The label, value, chart and note columns of a figure line. */
struct cols {
	int	label, chart;
};

static struct cols
layout(const struct report_view *rv, int width)
{
	struct cols	c;
	int		rest;

	c.label = rv->label_w;
	if (c.label > width * 2 / 5)
		c.label = width * 2 / 5;
	rest = width - (2 + c.label + 1 + VALUE_W + 2);
	c.chart = rest / 2 < CHART_MAX ? rest / 2 : CHART_MAX;
	if (c.chart < 5)
		c.chart = 0;
	return c;
}

/* "  label     value  chart  note"; chart is freed. */
static void
figure_line(struct out *o, const struct cols *c, const char *label,
    const char *value, char *chart, const char *note)
{
	out_pad(o, 2);
	out_text(o, label, c->label, 0);
	out_pad(o, 1);
	out_text(o, value, VALUE_W, 1);
	out_pad(o, 2);
	if (c->chart > 0) {
		/* A note follows the chart, or the value when none. */
		if (chart != NULL) {
			out_chart(o, chart, c->chart);
			out_pad(o, 2);
		}
		chart = NULL;
		if (note != NULL && *note != '\0')
			out_text(o, note, o->width - o->col, 0);
	} else if (note != NULL && *note != '\0')
		out_text(o, note, o->width - o->col, 0);
	free(chart);
}

static char *
bar(double value, double max, int w)
{
	return w > 0 ? chart_bar(value, max, w, 1, chart_utf8()) : NULL;
}

static char *
fig_value(long long n, char *buf, size_t len)
{
	snprintf(buf, len, "%lld", n);
	return buf;
}

static const char *
num(double v, char *buf, size_t len)
{
	if (v < 0)
		snprintf(buf, len, "-");
	else
		snprintf(buf, len, "%.*f", v == (double)(long long)v ? 0 : 1,
		    v);
	return buf;
}

static void
draw_figure(struct report_view *rv, struct out *o, const struct cols *c,
    enum fig f)
{
	const struct report_figures *t = &rv->r->total;
	long long	 v[FIG_COUNT] = { t->vacancies_collected,
			    t->vacancies_filled, t->placements,
			    t->people_placed, t->durable_placements,
			    t->durable_12m, t->inflow, t->outflow,
			    t->pool_end };
	char		 value[32], note[160], d[32];
	long long	 due;
	int		 months;
	char		*chart = NULL;

	note[0] = '\0';
	fig_value(v[f], value, sizeof(value));
	if (f == FIG_FILLED && t->median_days_to_fill >= 0)
		snprintf(note, sizeof(note), _("median %s days to fill"),
		    num(t->median_days_to_fill, d, sizeof(d)));
	if (f == FIG_DURABLE || f == FIG_DURABLE_12M) {
		due = f == FIG_DURABLE ? t->durable_due : t->durable_12m_due;
		months = f == FIG_DURABLE ? rv->r->durable_months :
		    rv->r->durable_long_months;
		if (due > 0) {
			chart = bar((double)v[f], (double)due, c->chart);
			snprintf(note, sizeof(note), _("%.0f%% of %lld "
			    "(%d months)"), 100.0 * (double)v[f] / (double)due,
			    due, months);
		} else
			snprintf(note, sizeof(note), _("none due yet "
			    "(%d months)"), months);
	}
	figure_line(o, c, report_figure_label(fig_keys[f]), value, chart,
	    note);
}

static void
draw_trend(struct report_view *rv, struct out *o, const struct cols *c)
{
	const struct report_trend *t = &rv->r->trend;
	double		*share;
	size_t		 i, n = t->nmonths, first = 0;
	char		 a[11], b[11], note[64], *chart = NULL;

	if (c->chart > 0 && n > (size_t)c->chart)
		first = n - (size_t)c->chart;
	share = xcalloc(n, sizeof(*share));
	for (i = 0; i < n; i++)
		/* No placements due yet: a gap, not a zero. */
		share[i] = t->durable_due[i] > 0 ? (double)t->durable[i] /
		    (double)t->durable_due[i] : NAN;
	if (c->chart > 0)
		chart = chart_sparkline(share + first, n - first,
		    chart_utf8());
	date_format(t->month[first], a);
	date_format(t->month[n - 1], b);
	a[7] = b[7] = '\0';
	snprintf(note, sizeof(note), "%s..%s", a, b);
	figure_line(o, c, _("Durable share by month"), "", chart, note);
	free(share);
}

static void
draw_target(struct report_view *rv, struct out *o, const struct cols *c,
    size_t i)
{
	const struct report_target *t = &rv->r->targets[i];
	char	label[160], value[32], note[64], a[16], b[16];

	snprintf(label, sizeof(label), "%s%s %s", t->period,
	    t->partial ? "*" : "", report_figure_label(t->figure));
	snprintf(value, sizeof(value), "%s/%s", num(t->value, a, sizeof(a)),
	    num(t->target, b, sizeof(b)));
	note[0] = '\0';
	if (t->pct >= 0)
		snprintf(note, sizeof(note), "%.0f%%", t->pct);
	figure_line(o, c, label, value, t->pct >= 0 ? bar(t->pct, 100,
	    c->chart) : NULL, note);
}

/* The shown column of the highest priority above prio, or -1. */
static int
droppable(const int shown[T_COUNT], int prio)
{
	int	i, worst = -1;

	for (i = 0; i < T_COUNT; i++)
		if (shown[i] && tcols[i].prio > prio && (worst < 0 ||
		    tcols[i].prio > tcols[worst].prio))
			worst = i;
	return worst;
}

/* Which breakdown columns fit, and the group and chart widths. */
static void
table_layout(const struct report_view *rv, int width, int shown[T_COUNT],
    int colw[T_COUNT], int *groupw, int *chartw)
{
	const struct report_breakdown *b = &rv->r->by[rv->by];
	int	need, i, worst, gw, cw;
	size_t	g;

	gw = widen(5, _("total"));
	for (g = 0; g < b->ngroups; g++)
		gw = widen(gw, strcmp(b->groups[g].key, "unknown") == 0 ?
		    _("unknown") : b->groups[g].key);
	if (gw > 20)
		gw = 20;
	if (gw > width / 4)
		gw = width / 4 > 6 ? width / 4 : 6;
	cw = rv->by == REPORT_BY_PARTNER ? (int)rv->r->trend.nmonths : 16;
	if (cw > CHART_MAX)
		cw = CHART_MAX;
	for (i = 0; i < T_COUNT; i++) {
		shown[i] = 1;
		colw[i] = widen(6, _(tcols[i].title));
	}
	for (;;) {
		need = 2 + gw;
		for (i = 0; i < T_COUNT; i++)
			if (shown[i])
				need += 1 + colw[i];
		if (need + (cw > 0 ? 2 + cw : 0) <= width)
			break;
		/* First the figures that matter least... */
		if ((worst = droppable(shown, 2)) >= 0) {
			shown[worst] = 0;
			continue;
		}
		/* ...then the chart narrows or goes, then the rest. */
		if (cw > 0) {
			cw = width - need - 2 >= 8 ? width - need - 2 : 0;
			continue;
		}
		if ((worst = droppable(shown, 0)) < 0)
			break;
		shown[worst] = 0;
	}
	*groupw = gw;
	*chartw = cw;
}

static double
tcol_value(const struct report_figures *f, int col)
{
	switch (col) {
	case T_COLLECTED:
		return (double)f->vacancies_collected;
	case T_FILLED:
		return (double)f->vacancies_filled;
	case T_DAYS:
		return f->median_days_to_fill;
	case T_PLACED:
		return (double)f->placements;
	case T_PEOPLE:
		return (double)f->people_placed;
	case T_DURABLE:
		return (double)f->durable_placements;
	case T_INFLOW:
		return (double)f->inflow;
	case T_OUTFLOW:
		return (double)f->outflow;
	case T_POOL:
		return (double)f->pool_end;
	}
	return -1;
}

/* The sparkline of a partner's placements per month (last w months). */
static char *
partner_spark(const struct report_view *rv, const char *key, int w)
{
	const struct report_trend *t = &rv->r->trend;
	size_t	p, first = 0;

	if (w <= 0 || t->nmonths == 0)
		return NULL;
	if (t->nmonths > (size_t)w)
		first = t->nmonths - (size_t)w;
	if (key == NULL)
		return chart_sparkline_ll(t->total + first, t->nmonths - first,
		    chart_utf8());
	for (p = 0; p < t->npartners; p++)
		if (strcmp(t->partner[p], key) == 0)
			return chart_sparkline_ll(t->placements +
			    p * t->nmonths + first, t->nmonths - first,
			    chart_utf8());
	return NULL;
}

static void
draw_table(struct report_view *rv, struct out *o, const struct line *l)
{
	const struct report_breakdown *b = &rv->r->by[rv->by];
	const struct report_figures *f = NULL;
	const char	*group = NULL, *key = NULL;
	double		 max = 0;
	int		 shown[T_COUNT], colw[T_COUNT], gw, cw, i;
	char		 buf[32], *chart = NULL;
	size_t		 g;

	table_layout(rv, o->width, shown, colw, &gw, &cw);
	out_pad(o, 2);
	if (l->kind == L_BY_HEADER) {
		out_text(o, "", gw, 0);
		for (i = 0; i < T_COUNT; i++)
			if (shown[i]) {
				out_pad(o, 1);
				out_text(o, _(tcols[i].title), colw[i], 1);
			}
		if (cw > 0) {
			out_pad(o, 2);
			out_text(o, rv->by == REPORT_BY_PARTNER ?
			    _("Per month") : _("Placements"), cw, 0);
		}
		return;
	}
	if (l->kind == L_BY_NONE) {
		out_text(o, _("No groups in this period."), o->width, 0);
		return;
	}
	if (l->kind == L_BY_TOTAL) {
		f = &rv->r->total;
		group = _("total");
	} else {
		f = &b->groups[l->arg].f;
		key = b->groups[l->arg].key;
		group = strcmp(key, "unknown") == 0 ? _("unknown") : key;
	}
	out_text(o, group, gw, 0);
	for (i = 0; i < T_COUNT; i++)
		if (shown[i]) {
			out_pad(o, 1);
			out_text(o, num(tcol_value(f, i), buf, sizeof(buf)),
			    colw[i], 1);
		}
	if (cw <= 0)
		return;
	out_pad(o, 2);
	if (rv->by == REPORT_BY_PARTNER)
		chart = partner_spark(rv, l->kind == L_BY_TOTAL ? NULL : key,
		    cw);
	else if (l->kind == L_BY_ROW) {
		for (g = 0; g < b->ngroups; g++)
			if ((double)b->groups[g].f.placements > max)
				max = (double)b->groups[g].f.placements;
		chart = bar((double)f->placements, max, cw);
	}
	out_chart(o, chart, cw);
}

static void
draw_ratings(struct report_view *rv, struct out *o, const struct cols *c,
    enum line_kind kind)
{
	const struct report_ratings *rt = &rv->r->ratings;
	char	value[32], note[200];
	double	dist[11];
	int	s;

	switch (kind) {
	case L_SHARE:
		snprintf(value, sizeof(value), "%.0f%%", rt->share_8plus);
		snprintf(note, sizeof(note), _("%lld of %lld; target %.0f%%"),
		    rt->employers_8plus, rt->employers, rt->share_target);
		figure_line(o, c, _("Employers rating 8+"), value,
		    bar(rt->share_8plus, 100, c->chart), note);
		break;
	case L_NPS:
		snprintf(value, sizeof(value), "%+.0f", rt->nps);
		snprintf(note, sizeof(note), _("%lld answers: %lld promoters, "
		    "%lld detractors"), rt->answers, rt->promoters,
		    rt->detractors);
		figure_line(o, c, _("NPS"), value, NULL, note);
		break;
	case L_DIST:
		for (s = 0; s <= 10; s++)
			dist[s] = (double)rt->dist[s];
		fig_value(rt->answers, value, sizeof(value));
		figure_line(o, c, _("Ratings 0 to 10"), value, c->chart >= 11 ?
		    chart_sparkline(dist, 11, chart_utf8()) : NULL, "");
		break;
	case L_FEW:
		snprintf(note, sizeof(note), _("Only %lld answers: fewer than "
		    "%d mean little."), rt->answers, REPORT_MIN_ANSWERS);
		out_pad(o, 2);
		out_text(o, note, o->width, 0);
		break;
	default:
		out_pad(o, 2);
		out_text(o, _("No ratings in this period."), o->width, 0);
		break;
	}
}

static const char *
report_cell(struct view *v, size_t row, int col, char *buf, size_t len)
{
	struct report_view	*rv = v->priv;
	const struct line	*l;
	struct out		 o;
	struct cols		 c;
	long long		 max;

	(void)col;	/* one column, laid out here */
	if (rv->r == NULL || row >= rv->nlines)
		return "";
	l = &rv->lines[row];
	o.buf = rv->buf;
	o.buf[0] = '\0';
	o.len = 0;
	o.size = sizeof(rv->buf);
	o.col = 0;
	o.width = v->colw[0] > 0 ? v->colw[0] : v->width - 1;
	c = layout(rv, o.width);
	switch (l->kind) {
	case L_BLANK:
		break;
	case L_HEAD:
		out_text(&o, _(l->text), o.width, 0);
		break;
	case L_FIGURE:
		draw_figure(rv, &o, &c, (enum fig)l->arg);
		break;
	case L_TREND:
		draw_trend(rv, &o, &c);
		break;
	case L_OLD:
	case L_NEW:
		max = rv->r->total.placements > rv->r->total.durable_people ?
		    rv->r->total.placements : rv->r->total.durable_people;
		figure_line(&o, &c, l->kind == L_OLD ?
		    _("Placements as counted until now") :
		    _("People in durable work"), fig_value(l->kind == L_OLD ?
		    rv->r->total.placements : rv->r->total.durable_people,
		    buf, len), bar((double)(l->kind == L_OLD ?
		    rv->r->total.placements : rv->r->total.durable_people),
		    (double)max, c.chart), "");
		break;
	case L_TARGET:
		draw_target(rv, &o, &c, l->arg);
		break;
	case L_TARGET_NOTE:
		out_pad(&o, 2);
		out_text(&o, _("* the period is not over: the figure so far"),
		    o.width, 0);
		break;
	case L_SHARE:
	case L_NPS:
	case L_DIST:
	case L_FEW:
	case L_NO_RATINGS:
		draw_ratings(rv, &o, &c, l->kind);
		break;
	case L_BY_HEADER:
	case L_BY_TOTAL:
	case L_BY_ROW:
	case L_BY_NONE:
		draw_table(rv, &o, l);
		break;
	}
	return rv->buf;
}

static enum role
report_row_role(struct view *v, size_t row)
{
	struct report_view	*rv = v->priv;

	if (rv->r == NULL || row >= rv->nlines)
		return ROLE_DEFAULT;
	switch (rv->lines[row].kind) {
	case L_HEAD:
		return ROLE_SECTION;
	case L_BY_HEADER:
		return ROLE_HEADER;
	case L_BY_TOTAL:
		return ROLE_LABEL;
	case L_FEW:
		return ROLE_ERROR;
	case L_TARGET_NOTE:
	case L_NO_RATINGS:
	case L_BY_NONE:
		return ROLE_DIM;
	default:
		return ROLE_DEFAULT;
	}
}

static struct view_record
report_record(struct view *v, size_t row)
{
	struct view_record	r = { RECORD_NONE, 0 };

	(void)v;
	r.id = (long long)row + 1;	/* keeps the place over reloads */
	return r;
}

static enum view_update
set_period(struct view *v, int from, int to)
{
	struct report_view	*rv = v->priv;

	rv->from = from;
	rv->to = to;
	return UPDATE_RELOAD;
}

static enum view_update
report_request(struct view *v, enum request req)
{
	struct report_view	*rv = v->priv;
	int			 from, to;

	switch (req) {
	case REQ_BREAKDOWN:
		rv->by = (enum report_by)((rv->by + 1) % REPORT_NBY);
		if (rv->r != NULL) {
			build_lines(rv);
			v->nrows = rv->nlines;
		}
		return UPDATE_VIEW;
	case REQ_PERIOD_PREV:
		report_quarter(rv->from - 1, &from, &to);
		return set_period(v, from, to);
	case REQ_PERIOD_NEXT:
		report_quarter(rv->to + 1, &from, &to);
		return set_period(v, from, to);
	default:
		return UPDATE_NONE;
	}
}

/* One word of a period: a date, or a year, quarter or month. */
static int
period_word(const char *s, int *from, int *to)
{
	if (date_parse(s, from) == WB_OK) {
		*to = *from;
		return 0;
	}
	return report_period_parse(s, from, to) == WB_OK ? 0 : -1;
}

/*
 * "2026Q3", "2026", "2026-03", "2026-10-01" (to today, or the end of
 * its quarter when today is before it) or FROM TO, each either.
 */
static enum view_update
report_argument(struct view *v, enum request req, const char *typed)
{
	char	a[32], b[32];
	int	n, from, to, f2, t2, qf;

	if (req != REQ_REPORT_PERIOD)
		return UPDATE_NONE;
	n = sscanf(typed, "%31s %31s", a, b);
	if (n < 1 || period_word(a, &from, &to) != 0 ||
	    (n == 2 && period_word(b, &f2, &t2) != 0)) {
		view_message(v->app, 1, "%s", _("Type a period like 2026Q3, "
		    "2026-03 or 2026, or two dates FROM TO."));
		return UPDATE_VIEW;
	}
	if (n == 2)
		to = t2;
	else if (date_parse(a, &from) == WB_OK) {
		if (v->app->today >= from)
			to = v->app->today;
		else
			report_quarter(from, &qf, &to);
	}
	if (from > to) {
		view_message(v->app, 1, "%s", _("The period ends before it "
		    "starts."));
		return UPDATE_VIEW;
	}
	return set_period(v, from, to);
}

static void
report_caption(struct view *v, char *buf, size_t len)
{
	struct report_view	*rv = v->priv;
	char			 name[48], a[11], b[11];

	report_period_name(rv->from, rv->to, name, sizeof(name));
	snprintf(buf, len, _("Report %s: %s to %s  ([ ] quarter, p period, "
	    "b breakdown)"), name, date_format(rv->from, a),
	    date_format(rv->to, b));
}

static void
report_close(struct view *v)
{
	struct report_view	*rv = v->priv;

	if (rv == NULL)
		return;
	report_free(rv->r);
	free(rv->lines);
	free(rv);
	v->priv = NULL;
}

const struct view_ops report_view_ops = {
	.name = "report",
	.title = N_("Report"),
	.keymap = KEYMAP_REPORT,
	.open = report_open,
	.reload = report_reload,
	.cell = report_cell,
	.row_role = report_row_role,
	.record = report_record,
	.request = report_request,
	.argument = report_argument,
	.caption = report_caption,
	.close = report_close,
};
