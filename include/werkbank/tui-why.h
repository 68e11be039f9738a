/*
 * tui-why.h: the panel that answers "why is she third?" for a row of
 * the matches pane (why.h takes the pair apart; the matches view fills
 * the subject).
 */
#ifndef WERKBANK_TUI_WHY_H
#define WERKBANK_TUI_WHY_H

#include "werkbank/view.h"
#include "werkbank/why.h"

struct why_subject {
	int		 rank;		/* 0: left out by a rule */
	char		 who[160];	/* the row: key and who or title */
	char		 what[160];	/* what it is ranked for */
	struct match_why why;
	int		 have_above;
	struct match_why above;		/* the row ranked just above */
	char		 above_who[160];
	char		 excluded[256];	/* why left out, as the list says */
};

/*
 * Show the panel over the screen until a key closes it: 1 for Down (the
 * row below next), -1 for Up, 0 closed.
 */
int	why_show(struct view_app *, const struct why_subject *);

#endif
