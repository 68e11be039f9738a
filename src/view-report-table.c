/*
 * view-report-table.c: the line builder of the report screen and its
 * breakdown table: a column per figure, dropped by priority (the chart
 * narrows before the figures that matter most go) until the table fits
 * the pane; per partner a sparkline of placements per month.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "view-report-int.h"
#include "werkbank/chart.h"
#include "werkbank/i18n.h"
#include "werkbank/num.h"
#include "werkbank/text.h"

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

static void
out_bytes(struct out *o, const char *s, size_t n)
{
	if (o->len + n + 1 > o->size)
		n = o->size - o->len - 1;
	memcpy(o->buf + o->len, s, n);
	o->len += n;
	o->buf[o->len] = '\0';
}

void
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
void
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

void
out_chart(struct out *o, char *chart, int w)
{
	if (chart != NULL && w > 0)
		out_text(o, chart, w, 0);
	free(chart);
}

char *
bar(double value, double max, int w)
{
	return w > 0 ? chart_bar(value, max, w, 1, chart_utf8()) : NULL;
}

const char *
num(double v, char *buf, size_t len)
{
	if (v < 0)
		snprintf(buf, len, "-");
	else
		num_format_fixed(v, v == (double)(long long)v ? 0 : 1, buf,
		    len);
	return buf;
}

int
widen(int w, const char *label)
{
	int	lw = (int)text_width(label);

	return lw > w ? lw : w;
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
		gw = widen(gw, report_group_shown(rv->by, &b->groups[g]));
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

void
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
		group = report_group_shown(rv->by, &b->groups[l->arg]);
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
