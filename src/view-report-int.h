/*
 * view-report-int.h: what the two halves of the report screen share:
 * view-report.c builds the lines of a computed report and draws the
 * figures; view-report-table.c holds the line builder (struct out) and
 * draws the breakdown table, which drops columns to fit the width.
 */
#ifndef WERKBANK_VIEW_REPORT_INT_H
#define WERKBANK_VIEW_REPORT_INT_H

#include <stddef.h>

#include "werkbank/report.h"

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
	L_COVERAGE,	/* employers served that rated */
	L_CONTACTS,	/* contacts with employers, employers contacted */
	L_NEW_EMPLOYERS, /* new and returning employers */
	L_NPS,
	L_DIST,		/* the ratings 0-10 as a sparkline */
	L_FEW,		/* too few answers */
	L_NO_RATINGS,
	L_BY_HEADER,
	L_BY_TOTAL,
	L_BY_ROW,	/* arg: the group */
	L_BY_NONE,
	L_THEME,	/* a theme's heading (arg: enum report_theme) */
	L_ITEM,		/* arg: index in items */
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
	size_t		 by_at;		/* the breakdown's heading line */
	struct line	*lines;
	size_t		 nlines;
	struct report_item *items;	/* report_items of the total */
	size_t		 nitems;
	int		 label_w;	/* the widest label, in columns */
	char		 buf[LINE_MAX_BYTES];
};

/* A line of output, built left to right within a width. */
struct out {
	char	*buf;
	size_t	 len, size;
	int	 col, width;
};

/* n blank columns (as far as the width allows). */
void		 out_pad(struct out *, int n);
/*
 * Text in exactly w columns (fewer when the line ends first), padded
 * left (right = 1) or right; cut on a character boundary with a marker.
 */
void		 out_text(struct out *, const char *raw, int w, int right);
/* A chart in w columns; chart (may be NULL) is freed. */
void		 out_chart(struct out *, char *chart, int w);
/* A bar of value against max in w columns, or NULL when w <= 0. */
char		*bar(double value, double max, int w);
/* A figure as typed in the table: "-" when negative (unknown). */
const char	*num(double v, char *buf, size_t len);
/* The wider of w and the width of label. */
int		 widen(int w, const char *label);
/* A line of the breakdown table (L_BY_HEADER/TOTAL/ROW/NONE). */
void		 draw_table(struct report_view *, struct out *,
		    const struct line *);

#endif
