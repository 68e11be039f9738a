/*
 * view-meeting-lines.c: the lines of the meeting screen laid out to the
 * pane's width when they are drawn (meeting_compose: the tables of the
 * agenda's sections, cut on a character, columns dropped when narrow),
 * and the lines of supply beside demand (supply.h, meeting.h): the
 * tightest occupation groups with their tension in UWV's bands and its
 * trend over the last four quarters, and the people to work from
 * (Aanbod), who joined the pool since the last meeting and who has
 * waited longest for a proposal, each with the open vacancies that fit
 * them best.  Only keys, never names, so meeting mode shows it as it is.
 * view-meeting.c holds the sections.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/draw.h"
#include "werkbank/i18n.h"
#include "werkbank/num.h"
#include "werkbank/text.h"
#include "werkbank/vocab.h"

#include "view-meeting-int.h"

#define GAP		2
#define FLEX_MIN	26
#define FLEX_LOW	16	/* the least before a column that narrows
				   is dropped */
#define FLEX_MAX	64	/* a calm line on a wide screen */

/* The trend (four tensions, oldest first) goes before the band. */
static const struct meeting_field supply_cols[MEETING_FIELDS] = {
	{ N_("Group"), 5, 0, 0, 0 }, { N_("Occupation"), 0, 0, 0, 0 },
	{ N_("Open"), 6, 1, 0, 0 }, { N_("Candidates"), 10, 1, 0, 0 },
	{ N_("Tension"), 8, 1, 0, 0 }, { N_("Band"), 10, 0, 1, 0 },
	{ N_("Trend"), 19, 0, 2, 0 },
};

static const struct meeting_field people_cols[MEETING_FIELDS] = {
	{ N_("Candidate"), 12, 0, 0, 0 }, { N_("Since"), 10, 0, 2, 0 },
	{ N_("Weeks"), 5, 1, 1, 0 }, { N_("Fits best"), 0, 0, 0, 0 },
	{ "", 0, 0, -1, 0 }, { "", 0, 0, -1, 0 }, { "", 0, 0, -1, 0 },
};

/*
 * s into o, in exactly w columns (cut on a character, padded with
 * spaces left when right, else right); returns the bytes written.
 */
static size_t
put_cell(char *o, size_t room, const char *raw, int w, int right)
{
	char		*s = text_sanitize(raw != NULL ? raw : "");
	const char	*mark = draw_unicode() ? "\xe2\x80\xa6" : "~";
	size_t		 n = strlen(s), i = 0, len, used = 0, ml = strlen(mark);
	uint32_t	 cp;
	int		 cols = 0, cw, pad, cut, budget = w;

	/* Cut short: one column less, for the ellipsis. */
	if ((cut = (int)text_width(s) > w && w > 1))
		budget = w - 1;
	while (i < n) {
		if ((len = text_decode(s + i, n - i, &cp)) == 0)
			len = 1;
		cw = text_cp_width(cp);
		if (cols + cw > budget)
			break;
		cols += cw;
		i += len;
	}
	pad = budget - cols;
	for (; right && pad > 0 && used + 1 < room; pad--)
		o[used++] = ' ';
	if (used + i < room) {
		memcpy(o + used, s, i);
		used += i;
	}
	if (cut && used + ml < room) {
		memcpy(o + used, mark, ml);
		used += ml;
	}
	for (; pad > 0 && used + 1 < room; pad--)
		o[used++] = ' ';
	o[used] = '\0';
	free(s);
	return used;
}

const char *
meeting_compose(const struct meeting_field *f, const char *const *vals,
    int width, char *buf, size_t len)
{
	int	shown[MEETING_FIELDS], w[MEETING_FIELDS], fixed, flex = 0, c;
	int	worst, first = 1, cut;
	size_t	o = 0;

	for (c = 0; c < MEETING_FIELDS; c++)
		shown[c] = f[c].drop >= 0;
	for (;;) {
		fixed = 0;
		worst = -1;
		for (c = 0; c < MEETING_FIELDS; c++) {
			w[c] = f[c].width;
			if (!shown[c])
				continue;
			fixed += w[c] + (fixed > 0 ? GAP : 0);
			if (f[c].drop > 0 && (worst < 0 ||
			    f[c].drop > f[worst].drop))
				worst = c;
		}
		flex = width - fixed - GAP;
		if (flex >= FLEX_MIN || worst < 0)
			break;
		/* The next to go narrows first (the employer at 80
		 * columns), and with it the others that narrow, the
		 * rightmost first; the title down to FLEX_LOW. */
		for (c = MEETING_FIELDS - 1; f[worst].min > 0 && c >= 0 &&
		    flex < FLEX_MIN; c--) {
			if (!shown[c] || f[c].min <= 0 || w[c] <= f[c].min)
				continue;
			cut = w[c] - f[c].min;
			if (cut > FLEX_MIN - flex)
				cut = FLEX_MIN - flex;
			w[c] -= cut;
			flex += cut;
		}
		if (f[worst].min > 0 && flex >= FLEX_LOW)
			break;
		shown[worst] = 0;
	}
	if (flex < FLEX_LOW)
		flex = FLEX_LOW;
	if (flex > FLEX_MAX)
		flex = FLEX_MAX;
	buf[0] = '\0';
	for (c = 0; c < MEETING_FIELDS; c++) {
		if (!shown[c])
			continue;
		if (!first)
			o += put_cell(buf + o, len - o, "", GAP, 0);
		first = 0;
		o += put_cell(buf + o, len - o, vals[c], w[c] > 0 ? w[c] :
		    flex, f[c].right);
	}
	return buf;
}

/* A tension for people: "0,57"; "–" when nobody fits; "·" nothing open. */
static const char *
tension(double t, char *buf, size_t len)
{
	if (isnan(t))
		return "·";
	if (isinf(t))
		return "–";
	return num_format_fixed(t, 2, buf, len);
}

size_t
meeting_supply_rows(const struct meeting_agenda *a, int people)
{
	if (people)
		return a->people.n;
	if (a->supply == NULL)
		return 0;
	return a->supply->n < MEETING_SUPPLY_GROUPS ? a->supply->n :
	    MEETING_SUPPLY_GROUPS;
}

const char *
meeting_supply_heading(const struct meeting_agenda *a, int people, char *buf,
    size_t len)
{
	if (people)
		snprintf(buf, len, _("People to work from: %zu new in the pool "
		    "since %s, %zu without a proposal for more than %d weeks"),
		    a->people.newcomers, a->since, a->people.waiting,
		    a->idle_weeks);
	else if (a->supply != NULL)
		snprintf(buf, len, _("Supply and demand: %lld open positions, "
		    "%lld candidates who fit one; tightest first"),
		    a->supply->positions, a->supply->candidates);
	else
		snprintf(buf, len, "%s", _("Supply and demand"));
	return buf;
}

static const char *
supply_line(const struct meeting_agenda *a, long row, int width, char *buf,
    size_t len)
{
	const struct supply_row	*r;
	const char		*vals[MEETING_FIELDS];
	char			 pos[24], cand[24], t[16], q[SUPPLY_QUARTERS][16];
	char			 trend[96], title[48];
	int			 k;

	if (row < 0) {
		for (k = 0; k < MEETING_FIELDS; k++)
			vals[k] = _(supply_cols[k].title);
		snprintf(title, sizeof(title), "%s %s–%s", _("Trend"),
		    a->supply->quarter[0] + 2, a->supply->quarter[
		    SUPPLY_QUARTERS - 1] + 2);
		vals[6] = title;
		return meeting_compose(supply_cols, vals, width, buf, len);
	}
	r = &a->supply->rows[row];
	snprintf(pos, sizeof(pos), "%lld", r->open_positions);
	snprintf(cand, sizeof(cand), "%lld", r->candidates);
	snprintf(trend, sizeof(trend), "%s %s %s %s",
	    tension(r->trend[0], q[0], sizeof(q[0])), tension(r->trend[1],
	    q[1], sizeof(q[1])), tension(r->trend[2], q[2], sizeof(q[2])),
	    tension(r->trend[3], q[3], sizeof(q[3])));
	vals[0] = r->group;
	vals[1] = r->label;
	vals[2] = pos;
	vals[3] = cand;
	vals[4] = tension(r->tension, t, sizeof(t));
	vals[5] = vocab_word(VOCAB_TENSION_BAND, r->band);
	vals[6] = trend;
	return meeting_compose(supply_cols, vals, width, buf, len);
}

static const char *
person_line(const struct meeting_agenda *a, long row, int width, char *buf,
    size_t len)
{
	const struct supply_person	*p;
	const char			*vals[MEETING_FIELDS];
	char				 weeks[16], best[320], score[16];
	size_t				 k, o = 0;

	if (row < 0) {
		for (k = 0; k < MEETING_FIELDS; k++)
			vals[k] = _(people_cols[k].title);
		vals[4] = vals[5] = vals[6] = "";
		return meeting_compose(people_cols, vals, width, buf, len);
	}
	p = &a->people.p[row];
	snprintf(weeks, sizeof(weeks), "%d", p->weeks);
	best[0] = '\0';
	for (k = 0; k < p->nbest && o < sizeof(best); k++)
		o += (size_t)snprintf(best + o, sizeof(best) - o, "%s%s %s",
		    k ? ", " : "", p->best[k], num_format_fixed(p->score[k], 2,
		    score, sizeof(score)));
	vals[0] = p->key;
	vals[1] = p->since;
	vals[2] = p->newcomer ? _("new") : weeks;
	vals[3] = best;
	vals[4] = vals[5] = vals[6] = "";
	return meeting_compose(people_cols, vals, width, buf, len);
}

const char *
meeting_supply_line(const struct meeting_agenda *a, int people, long row,
    int width, char *buf, size_t len)
{
	if (people)
		return person_line(a, row, width, buf, len);
	if (a->supply == NULL)
		return "";
	return supply_line(a, row, width, buf, len);
}
