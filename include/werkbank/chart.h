/*
 * chart.h: small charts as strings for a terminal or a text file: bars
 * and sparklines from Unicode block elements, or ASCII when the locale
 * is not UTF-8.  Pure string building (no curses), so the CLI and the
 * TUI draw the same charts.
 */
#ifndef WERKBANK_CHART_H
#define WERKBANK_CHART_H

#include <stddef.h>

/* 1 when the locale's character set is UTF-8 (after setlocale). */
int	 chart_utf8(void);

/*
 * A horizontal bar for value out of max, width columns wide at full
 * length, in eighths of a column (UTF-8) or whole '#' (ASCII), padded
 * with spaces to width when pad is set.  A value above max is drawn as
 * max; max <= 0 or value <= 0 gives an empty bar.  Caller frees.
 */
char	*chart_bar(double value, double max, int width, int pad, int utf8);

/*
 * A sparkline: one column per value, from the lowest block for 0 (or
 * the smallest value when some are negative) to the full block for the
 * largest ("_.-=+*#@" in ASCII).  All equal values give the lowest
 * level; a NaN is a gap (a space).  Caller frees.
 */
char	*chart_sparkline(const double *values, size_t n, int utf8);

/* The same for counts. */
char	*chart_sparkline_ll(const long long *values, size_t n, int utf8);

#endif
