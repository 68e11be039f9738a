/*
 * color.c: the one table of roles to colours.  This is the only file
 * that names COLOR_*.  Without colour (NO_COLOR set, a monochrome
 * terminal, or too few pairs) every role uses its mono attributes, which
 * keep the selection and the headings visible.
 */
#include "werkbank/color.h"

#include <curses.h>
#include <stdlib.h>

static const struct {
	short	fg, bg;		/* -1: the terminal's default */
	int	attr;		/* with colour */
	int	mono;		/* without */
} roles[ROLE_COUNT] = {
	[ROLE_DEFAULT] =	{ -1, -1, A_NORMAL, A_NORMAL },
	[ROLE_TITLE] =		{ COLOR_WHITE, COLOR_BLUE, A_NORMAL, A_REVERSE },
	[ROLE_TAB_ACTIVE] =	{ COLOR_BLACK, COLOR_CYAN, A_BOLD,
				    A_BOLD | A_UNDERLINE },
	[ROLE_MEETING] =	{ COLOR_BLACK, COLOR_YELLOW, A_BOLD, A_BOLD },
	[ROLE_HEADER] =		{ COLOR_CYAN, -1, A_BOLD, A_UNDERLINE },
	[ROLE_SELECTED] =	{ COLOR_BLACK, COLOR_CYAN, A_NORMAL, A_REVERSE },
	[ROLE_SELECTED_DIM] =	{ -1, -1, A_REVERSE, A_UNDERLINE },
	[ROLE_STATUS] =		{ COLOR_WHITE, COLOR_BLUE, A_NORMAL, A_REVERSE },
	[ROLE_ERROR] =		{ COLOR_WHITE, COLOR_RED, A_BOLD, A_BOLD },
	[ROLE_HIT] =		{ COLOR_YELLOW, -1, A_BOLD, A_BOLD },
	[ROLE_BAR_HIGH] =	{ COLOR_GREEN, -1, A_NORMAL, A_NORMAL },
	[ROLE_BAR_MID] =	{ COLOR_YELLOW, -1, A_NORMAL, A_NORMAL },
	[ROLE_BAR_LOW] =	{ COLOR_RED, -1, A_NORMAL, A_NORMAL },
	[ROLE_DIM] =		{ -1, -1, A_DIM, A_DIM },
	[ROLE_LABEL] =		{ COLOR_CYAN, -1, A_NORMAL, A_NORMAL },
	[ROLE_SECTION] =	{ COLOR_YELLOW, -1, A_BOLD, A_BOLD },
	[ROLE_BORDER] =		{ COLOR_BLUE, -1, A_NORMAL, A_NORMAL },
};

static int	enabled;

void
color_init(void)
{
	const char	*no = getenv("NO_COLOR");
	int		 i;

	enabled = 0;
	if ((no != NULL && *no != '\0') || !has_colors())
		return;
	if (start_color() == ERR || COLORS < 8 || COLOR_PAIRS < ROLE_COUNT)
		return;
	use_default_colors();
	for (i = 1; i < ROLE_COUNT; i++)
		init_pair((short)i, roles[i].fg, roles[i].bg);
	enabled = 1;
}

int
color_attr(enum role r)
{
	if (r >= ROLE_COUNT)
		r = ROLE_DEFAULT;
	if (!enabled)
		return roles[r].mono;
	if (r == ROLE_DEFAULT)
		return A_NORMAL;
	return (int)COLOR_PAIR(r) | roles[r].attr;
}

int
color_enabled(void)
{
	return enabled;
}
