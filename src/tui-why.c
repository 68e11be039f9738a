/*
 * tui-why.c: the panel "why is she third?" (tui-why.h) over the matches
 * pane: each part with its weight (and the share of the score that
 * gives), its value, what it adds and why in words, the weights in
 * force, and what the one above has more.  Up and Down go to the row
 * above and below while it stays open; Esc, q or w close it.
 */
#include "werkbank/tui-why.h"

#include <curses.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/form.h"
#include "werkbank/i18n.h"
#include "werkbank/num.h"
#include "werkbank/text.h"

#define WHY_LINES	24
#define WHY_WIDTH	96	/* form.h's widest window */
#define LINE_MAX	512

struct panel {
	char		 buf[WHY_LINES][LINE_MAX];
	const char	*lines[WHY_LINES];
	size_t		 n;
	int		 width;		/* columns inside the window */
};

static void
put(struct panel *p, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void
put(struct panel *p, const char *fmt, ...)
{
	va_list	ap;

	if (p->n >= WHY_LINES)
		return;
	va_start(ap, fmt);
	vsnprintf(p->buf[p->n], LINE_MAX, fmt, ap);
	va_end(ap);
	p->lines[p->n] = p->buf[p->n];
	p->n++;
}

/* The wider of w and the columns of s. */
static int
width_of(const char *s, int w)
{
	return (int)text_width(s) > w ? (int)text_width(s) : w;
}

/* s padded with spaces to w screen columns (on the left when right)
 * into out. */
static const char *
pad(const char *s, int w, int right, char *out, size_t len)
{
	int	n = (int)text_width(s);
	size_t	o = 0, k = strlen(s);

	for (; right && n < w && o + 1 < len; n++)
		out[o++] = ' ';
	if (o + k >= len)
		k = len - o - 1;
	memcpy(out + o, s, k);
	o += k;
	for (; n < w && o + 1 < len; n++)
		out[o++] = ' ';
	out[o] = '\0';
	return out;
}

/*
 * text after a prefix of `indent` columns, in lines of at most width
 * columns, broken at spaces; at most two lines, the second ending in an
 * ellipsis when there is more.
 */
static void
put_wrapped(struct panel *p, const char *prefix, int indent,
    const char *text, int width)
{
	char		 first[LINE_MAX], rest[LINE_MAX];
	const char	*line, *brk;
	size_t		 n;

	if (width < 10 || (int)text_width(text) <= width) {
		put(p, "%s%s", prefix, text);
		return;
	}
	line = text_break(text, (size_t)width, &n);
	snprintf(first, sizeof(first), "%.*s", (int)n, line);
	put(p, "%s%s", prefix, first);
	for (brk = line + n; *brk == ' '; brk++)
		;
	snprintf(rest, sizeof(rest), "%*s%s", indent, "", brk);
	put(p, "%s", rest);
}

int
why_show(struct view_app *app, const struct why_subject *s)
{
	const struct match_why	*w = &s->why;
	struct panel		 p;
	char			 title[256], wt[32], val[16], cell[64];
	char			 c1[64], c2[64], c3[64], c4[64], prefix[320];
	char			 weights[256], cmp[256], share[16];
	int			 lw, ww, vw, aw, i, indent, ch;

	memset(&p, 0, sizeof(p));
	p.width = (COLS < WHY_WIDTH ? COLS : WHY_WIDTH) - 4;
	lw = width_of(_("Part"), 0);
	for (i = 0; i < MATCH_NPARTS; i++)
		lw = width_of(why_part_label((enum match_part)i), lw);
	ww = width_of(_("Weight"), 8);
	vw = width_of(_("Value"), 4);
	aw = width_of(_("Adds"), 4);
	if (s->rank > 0)
		snprintf(title, sizeof(title), _("Why is %s number %d for %s?"),
		    s->who, s->rank, s->what);
	else
		snprintf(title, sizeof(title), _("Why is %s not ranked for "
		    "%s?"), s->who, s->what);
	put(&p, _("Score %s: what the parts add up to."), why_number(w->score,
	    val, sizeof(val)));
	put(&p, "%s", "");
	put(&p, "%s  %s  %s  %s  %s", pad(_("Part"), lw, 0, c1, sizeof(c1)),
	    pad(_("Weight"), ww, 1, c2, sizeof(c2)), pad(_("Value"), vw, 1,
	    c3, sizeof(c3)), pad(_("Adds"), aw, 1, c4, sizeof(c4)), _("Why"));
	indent = lw + ww + vw + aw + 8;
	for (i = 0; i < MATCH_NPARTS; i++) {
		const struct why_part *wp = &w->part[i];

		num_format(wp->weight, 1, wt, sizeof(wt));
		if (wp->applies) {
			snprintf(share, sizeof(share), "%d%%",
			    (int)(wp->share * 100 + 0.5));
			snprintf(cell, sizeof(cell), "%s (%s)", wt, share);
		} else
			snprintf(cell, sizeof(cell), "%s", "-");
		pad(cell, ww, 1, c2, sizeof(c2));
		if (!wp->applies)
			snprintf(cell, sizeof(cell), "%s", "-");
		else if (wp->value == MATCH_UNKNOWN)
			snprintf(cell, sizeof(cell), "%s", "?");
		else
			why_number(wp->value, cell, sizeof(cell));
		pad(cell, vw, 1, c3, sizeof(c3));
		if (wp->applies)
			why_number(wp->adds, cell, sizeof(cell));
		else
			snprintf(cell, sizeof(cell), "%s", "-");
		pad(cell, aw, 1, c4, sizeof(c4));
		pad(why_part_label((enum match_part)i), lw, 0, c1, sizeof(c1));
		snprintf(prefix, sizeof(prefix), "%s  %s  %s  %s  ", c1, c2, c3,
		    c4);
		put_wrapped(&p, prefix, indent, wp->reason, p.width - indent);
	}
	put(&p, "%s", "");
	why_weights(&app->weights, weights, sizeof(weights));
	put_wrapped(&p, _("Weights in force: "), 2, weights, p.width -
	    (int)text_width(_("Weights in force: ")));
	if (s->excluded[0] != '\0')
		put_wrapped(&p, _("Left out: "), 2, s->excluded, p.width -
		    (int)text_width(_("Left out: ")));
	else if (s->have_above) {
		why_compare(&s->above, w, cmp, sizeof(cmp));
		snprintf(prefix, sizeof(prefix), _("Number %d, %s (%s): "),
		    s->rank - 1, s->above_who, why_number(s->above.score, val,
		    sizeof(val)));
		put_wrapped(&p, prefix, 2, cmp, p.width -
		    (int)text_width(prefix));
	} else if (s->rank == 1)
		put(&p, "%s", _("Nobody ranks above."));
	ch = dialog_run(title, p.lines, p.n, "jkwq", _("Up/Down: the one "
	    "above or below   Esc: close"), 0, app->redraw, app->redraw_arg,
	    app->stop);
	return ch == 'j' ? 1 : ch == 'k' ? -1 : 0;
}
