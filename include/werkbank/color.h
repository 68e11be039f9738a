/*
 * color.h: colours as semantic roles.  One table maps each role to a
 * foreground, a background and attributes, and to the attributes used
 * on a terminal without colour (or with NO_COLOR set).
 */
#ifndef WERKBANK_COLOR_H
#define WERKBANK_COLOR_H

enum role {
	ROLE_DEFAULT,
	ROLE_TITLE,		/* the top line */
	ROLE_TAB_ACTIVE,	/* the current view in the top line */
	ROLE_MEETING,		/* the meeting mode badge */
	ROLE_HEADER,		/* column headings */
	ROLE_SELECTED,		/* the selected row of the focused pane */
	ROLE_SELECTED_DIM,	/* the selected row of the other pane */
	ROLE_STATUS,		/* the bottom line */
	ROLE_ERROR,		/* a message about a problem */
	ROLE_HIT,		/* a row the search found */
	ROLE_BAR_HIGH,
	ROLE_BAR_MID,
	ROLE_BAR_LOW,
	ROLE_DIM,		/* notes, unknowns, excluded rows */
	ROLE_LABEL,		/* labels in the detail */
	ROLE_SECTION,		/* headings in the detail and the help */
	ROLE_BORDER,		/* the line between panes */
	ROLE_COUNT
};

/* After newterm(): set up the pairs, unless NO_COLOR or no colours. */
void	color_init(void);
/* The curses attributes of a role (a colour pair or the mono attrs). */
int	color_attr(enum role);
/* 1 when colours are in use. */
int	color_enabled(void);

#endif
