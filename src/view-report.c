/*
 * view-report.c: screen 6, the Rapportage (issue 7).  The monitoring
 * figures of a period (this quarter unless chosen) for the shared
 * screen: the subregion's totals, the old count beside the new, the
 * targets as progress, employer satisfaction (with the rating coverage),
 * the employer services (contacts, new employers) and one breakdown
 * (partner, target group, municipality, month, employer, sector or
 * consultant, switched with b) as a table with bars or, per partner,
 * sparklines of the placements per month, or by employer, sector and
 * consultant the target groups placed; below it the themes of the
 * outflow (why people left, why proposals ended, banenafspraak,
 * instruments, jobcoaching, employers; report_items) with bars.  The
 * figures are computed once per period by report_compute() in reload (a
 * key press); a line is laid out from that struct when it is drawn, to
 * the width of the pane, with the charts of chart.h.  The report holds
 * no personal data, so meeting mode shows it unchanged.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "view-report-int.h"
#include "werkbank/chart.h"
#include "werkbank/date.h"
#include "werkbank/i18n.h"
#include "werkbank/report.h"
#include "werkbank/text.h"
#include "werkbank/view.h"
#include "werkbank/xmalloc.h"

enum fig {
	FIG_COLLECTED, FIG_FILLED, FIG_PLACEMENTS, FIG_PEOPLE, FIG_DURABLE,
	FIG_DURABLE_12M, FIG_INFLOW, FIG_OUTFLOW, FIG_POOL, FIG_COUNT
};

static const char *const fig_keys[FIG_COUNT] = {
	"vacancies_collected", "vacancies_filled", "placements",
	"people_placed", "durable_placements", "durable_12m", "inflow",
	"outflow", "pool_end",
};

static const char *const by_titles[REPORT_NBY] = {
	[REPORT_BY_PARTNER] = N_("By partner"),
	[REPORT_BY_TARGET_GROUP] = N_("By target group"),
	[REPORT_BY_MUNICIPALITY] = N_("By municipality"),
	[REPORT_BY_MONTH] = N_("By month"),
	[REPORT_BY_EMPLOYER] = N_("By employer"),
	[REPORT_BY_SECTOR] = N_("By sector"),
	[REPORT_BY_CONSULTANT] = N_("By consultant"),
};

static const struct view_column report_cols[] = {
	{ "", 80, 20, COL_LEFT, -1, 0, 1, 1 },
};

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
	if (r->employers.served > 0) {
		add(rv, L_COVERAGE, NULL, 0);
		w = widen(w, _("Rating coverage"));
	}
	if (r->ratings.answers > 0) {
		if (r->ratings.nps_answers > 0)
			add(rv, L_NPS, NULL, 0);
		add(rv, L_DIST, NULL, 0);
		w = widen(w, _("Ratings 0 to 10"));
	} else
		add(rv, L_NO_RATINGS, NULL, 0);
	if (r->ratings.few && r->ratings.answers > 0)
		add(rv, L_FEW, NULL, 0);
	add(rv, L_BLANK, NULL, 0);
	add(rv, L_HEAD, N_("Employer services"), 0);
	add(rv, L_CONTACTS, NULL, 0);
	add(rv, L_NEW_EMPLOYERS, NULL, 0);
	w = widen(w, _("Contacts with employers"));
	w = widen(w, _("New employers"));
	add(rv, L_BLANK, NULL, 0);
	rv->by_at = rv->nlines;
	add(rv, L_HEAD, by_titles[rv->by], 0);
	add(rv, L_BY_HEADER, NULL, 0);
	add(rv, L_BY_TOTAL, NULL, 0);
	for (i = 0; i < r->by[rv->by].ngroups; i++)
		add(rv, L_BY_ROW, NULL, i);
	if (r->by[rv->by].ngroups == 0)
		add(rv, L_BY_NONE, NULL, 0);
	/* The outflow's themes below the breakdown, each with its bars. */
	for (i = 0; i < rv->nitems; i++) {
		if (i == 0 || rv->items[i].theme != rv->items[i - 1].theme) {
			add(rv, L_BLANK, NULL, 0);
			add(rv, L_THEME, NULL, rv->items[i].theme);
		}
		add(rv, L_ITEM, NULL, i);
		w = widen(w, rv->items[i].label);
	}
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
	free(rv->items);
	rv->nitems = report_items(&r->total, &rv->items);
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
fig_value(long long n, char *buf, size_t len)
{
	snprintf(buf, len, "%lld", n);
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

static void
draw_ratings(struct report_view *rv, struct out *o, const struct cols *c,
    enum line_kind kind)
{
	const struct report_ratings *rt = &rv->r->ratings;
	const struct report_employers *em = &rv->r->employers;
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
	case L_COVERAGE:
		snprintf(value, sizeof(value), "%.0f%%", em->coverage);
		snprintf(note, sizeof(note), _("%lld of the %lld employers "
		    "served rated"), em->served_rated, em->served);
		figure_line(o, c, _("Rating coverage"), value,
		    bar(em->coverage, 100, c->chart), note);
		break;
	case L_CONTACTS:
		fig_value(em->contacts, value, sizeof(value));
		snprintf(note, sizeof(note), _("with %lld employers"),
		    em->contacted);
		figure_line(o, c, _("Contacts with employers"), value, NULL,
		    note);
		break;
	case L_NEW_EMPLOYERS:
		fig_value(em->new_employers, value, sizeof(value));
		snprintf(note, sizeof(note), _("%lld returning"),
		    em->returning);
		figure_line(o, c, _("New employers"), value, NULL, note);
		break;
	case L_NPS:
		snprintf(value, sizeof(value), "%+.0f", rt->nps);
		snprintf(note, sizeof(note), _("%lld answers: %lld promoters, "
		    "%lld detractors"), rt->nps_answers, rt->promoters,
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
	case L_COVERAGE:
	case L_CONTACTS:
	case L_NEW_EMPLOYERS:
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
	case L_THEME:
		out_text(&o, report_theme_title((enum report_theme)l->arg),
		    o.width, 0);
		break;
	case L_ITEM: {
		const struct report_item *it = &rv->items[l->arg];

		figure_line(&o, &c, it->label, it->value, it->of > 0 ?
		    bar(it->v, it->of, c.chart) : NULL, it->note);
		break;
	}
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
	case L_THEME:
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
	/* Another period: its figures first, from the top. */
	v->sel = v->top = 0;
	v->sel_id = 0;
	return UPDATE_RELOAD;
}

static enum view_update	report_argument(struct view *, enum request,
			    const char *);

static enum view_update
report_request(struct view *v, enum request req)
{
	struct report_view	*rv = v->priv;
	enum view_update	 u;
	char			*typed;
	int			 from, to;

	switch (req) {
	case REQ_REPORT_PERIOD:
		if ((typed = view_ask(v->app, _("Period (2026Q3, 2026-03, or "
		    "from to): "), NULL)) == NULL)
			return UPDATE_VIEW;
		u = report_argument(v, req, typed);
		free(typed);
		return u;
	case REQ_BREAKDOWN:
		rv->by = (enum report_by)((rv->by + 1) % REPORT_NBY);
		if (rv->r != NULL) {
			build_lines(rv);
			v->nrows = rv->nlines;
			/* The breakdown at the top of the screen: below the
			 * figures it changed out of sight (walk-through: b
			 * seemed to do nothing). */
			v->top = rv->by_at;
			view_select(v, rv->by_at);
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
	free(rv->items);
	free(rv->lines);
	free(rv);
	v->priv = NULL;
}

static const struct keybinding report_keys[] = {
	{ 'b',		REQ_BREAKDOWN },
	{ '[',		REQ_PERIOD_PREV },
	{ '<',		REQ_PERIOD_PREV },
	{ ']',		REQ_PERIOD_NEXT },
	{ '>',		REQ_PERIOD_NEXT },
	{ 'p',		REQ_REPORT_PERIOD },
	{ 'q',		REQ_BACK },
};

const struct view_ops report_view_ops = {
	.title = N_("Report"),
	.keys = report_keys,
	.nkeys = VIEW_NKEYS(report_keys),
	.open = report_open,
	.reload = report_reload,
	.cell = report_cell,
	.row_role = report_row_role,
	.record = report_record,
	.request = report_request,
	.caption = report_caption,
	.close = report_close,
};
