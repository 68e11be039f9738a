/*
 * chart.c: bars and sparklines as strings (chart.h).  The Unicode forms
 * use the block elements U+2581-U+2588 (sparklines) and U+2589-U+258F
 * (partial bar cells), which every terminal font of this decade has.
 */
#include "werkbank/chart.h"

#include <langinfo.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/xmalloc.h"

/* Eighths of a cell, left-aligned: index 1 = one eighth ... 8 = full. */
static const char *const bar_eighths[9] = {
	"", "\xe2\x96\x8f", "\xe2\x96\x8e", "\xe2\x96\x8d", "\xe2\x96\x8c",
	"\xe2\x96\x8b", "\xe2\x96\x8a", "\xe2\x96\x89", "\xe2\x96\x88",
};

/* Lower blocks, one eighth to full. */
static const char *const spark_levels[8] = {
	"\xe2\x96\x81", "\xe2\x96\x82", "\xe2\x96\x83", "\xe2\x96\x84",
	"\xe2\x96\x85", "\xe2\x96\x86", "\xe2\x96\x87", "\xe2\x96\x88",
};

static const char spark_ascii[] = "_.-=+*#@";

int
chart_utf8(void)
{
	const char	*cs = nl_langinfo(CODESET);

	return cs != NULL && (strcmp(cs, "UTF-8") == 0 ||
	    strcmp(cs, "utf8") == 0);
}

char *
chart_bar(double value, double max, int width, int pad, int utf8)
{
	char	*s, *p;
	long	 eighths, full, i;
	int	 used;

	if (width < 0)
		width = 0;
	/* Three bytes a cell at most, and the NUL. */
	s = p = xmalloc((size_t)width * 3 + 1);
	if (!(max > 0) || !(value > 0) || isnan(value))
		value = 0;
	else if (value > max)
		value = max;
	if (max > 0)
		eighths = lround(value / max * width * 8);
	else
		eighths = 0;
	if (!utf8)
		eighths = (eighths + 4) / 8 * 8;
	full = eighths / 8;
	for (i = 0; i < full; i++) {
		if (utf8) {
			memcpy(p, bar_eighths[8], 3);
			p += 3;
		} else
			*p++ = '#';
	}
	used = (int)full;
	if (eighths % 8 != 0) {
		memcpy(p, bar_eighths[eighths % 8], 3);
		p += 3;
		used++;
	}
	if (pad)
		for (; used < width; used++)
			*p++ = ' ';
	*p = '\0';
	return s;
}

char *
chart_sparkline(const double *v, size_t n, int utf8)
{
	char	*s, *p;
	double	 lo = 0, hi = 0;
	size_t	 i;
	int	 level;

	s = p = xmalloc(n * 3 + 1);
	for (i = 0; i < n; i++) {
		if (isnan(v[i]))
			continue;
		if (v[i] < lo)
			lo = v[i];
		if (v[i] > hi)
			hi = v[i];
	}
	for (i = 0; i < n; i++) {
		if (isnan(v[i])) {
			*p++ = ' ';
			continue;
		}
		level = hi > lo ? (int)lround((v[i] - lo) / (hi - lo) * 7) : 0;
		if (level < 0)
			level = 0;
		if (level > 7)
			level = 7;
		if (utf8) {
			memcpy(p, spark_levels[level], 3);
			p += 3;
		} else
			*p++ = spark_ascii[level];
	}
	*p = '\0';
	return s;
}

char *
chart_sparkline_ll(const long long *values, size_t n, int utf8)
{
	double	*d = xcalloc(n + 1, sizeof(double));
	char	*s;
	size_t	 i;

	for (i = 0; i < n; i++)
		d[i] = (double)values[i];
	s = chart_sparkline(d, n, utf8);
	free(d);
	return s;
}
