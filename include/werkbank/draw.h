/*
 * draw.h: putting text on the screen (stdscr), measured in columns.
 * Every string passes text_sanitize() here, so data can never reach the
 * terminal as control characters or escape sequences; text is cut on a
 * character boundary with a marker ("…", or "~" without UTF-8).
 */
#ifndef WERKBANK_DRAW_H
#define WERKBANK_DRAW_H

#include "werkbank/color.h"

enum draw_align {
	DRAW_LEFT,
	DRAW_RIGHT,
};

/* Choose Unicode or ASCII drawing (from the locale's codeset). */
void	draw_init(void);
int	draw_unicode(void);

/*
 * Draw raw text at (y, x) in exactly width columns (cut with a marker or
 * padded with blanks) with attributes attr.  Returns the columns the
 * text itself took.
 */
int	draw_text(int y, int x, int width, const char *raw, enum draw_align,
	    int attr);
/* Blanks over width columns. */
void	draw_fill(int y, int x, int width, int attr);
/*
 * A bar of width columns for v in 0..1 (eighth blocks, or '#' in ASCII);
 * the filled part has bar_attr, the rest attr.
 */
void	draw_bar(int y, int x, int width, double v, int attr, int bar_attr);
/* A vertical line of height rows. */
void	draw_vline(int y, int x, int height, int attr);
/* The display width of raw text after sanitizing. */
int	draw_width(const char *raw);
/* The sort arrow: up or down (Unicode or ASCII). */
const char *draw_arrow(int desc);

#endif
