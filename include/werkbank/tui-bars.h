/*
 * tui-bars.h: the title line, the status line and the key bar of the
 * terminal UI, and the screen shown when the terminal is too small.  tui.c says what
 * to show; these only draw (draw.h).
 */
#ifndef WERKBANK_TUI_BARS_H
#define WERKBANK_TUI_BARS_H

#include <stddef.h>

#include "werkbank/view.h"

/* A tab of the title line: a screen's digit and title. */
struct tui_tab {
	const char	*title;		/* translated */
	char		 key;		/* its digit */
	int		 count;		/* 1: show n after the title */
	size_t		 n;
	int		 active;	/* the screen that shows */
};

/*
 * The title line: every tab, squeezed until all fit so that each digit
 * stays in sight, and the meeting badge.  x[i] is where tab i starts,
 * x[n] where the last ends (for the mouse); x has n + 1 places.
 */
void	tui_draw_title(const struct tui_tab *, int n, int meeting, int *x);
/*
 * The status line: app's message, or what v is at (its title, the row,
 * the filter, the search); the login and file on the right.
 */
void	tui_draw_status(struct view_app *, struct view *v);
/*
 * The key bar on the bottom line (htop's function-key row): the keys of
 * keymap map in force, each with a short name (own: v's bar when it has
 * one, in its order and with its names), then those that work
 * everywhere (Matches only on the lists, Search and Filter only where
 * searchable), and Help at the end; what does not fit is left out.
 */
void	tui_draw_keys(enum keymap map, struct view *v, int lists,
	    int searchable);
/* "Terminal too small" with the size now and the minimum. */
void	tui_draw_too_small(int min_cols, int min_lines);

#endif
