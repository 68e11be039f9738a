/*
 * tui-pipeline.h: the pipeline actions of the terminal UI, on the pair
 * the matches pane has selected: propose (voordragen), with a question
 * first when the candidate was proposed elsewhere this week; advance to
 * one of the steps that may follow, with the placement form for
 * `placed`; a refusal for those who may not (user_require); the
 * stale-change dialog when someone else moved the proposal meanwhile.
 * Forms (form.h) wait for keys with no transaction open; the change is
 * one transaction in the workflow core (workflow.h).
 */
#ifndef WERKBANK_TUI_PIPELINE_H
#define WERKBANK_TUI_PIPELINE_H

#include "werkbank/view.h"
#include "werkbank/workflow.h"

/*
 * Called by the matches view (its .request, on p and a).  Each returns 1
 * when the data changed (the view returns UPDATE_DATA), else 0; what
 * happened is in the status line (view_message).  What cannot succeed
 * (rights, the vacancy or candidate as they are, no next step) is
 * refused before any dialog opens.
 */
/*
 * Who proposes and by when, for proposals made in one go (the slate's
 * picks): title and one line above the form.  1 with the login in
 * by[64] and the date ("" none agreed) in due[11]; 0 when cancelled.
 */
int		 pipeline_proposer(struct view_app *, const char *title,
		    const char *line, char *by, char *due);
int		 pipeline_propose(struct view_app *,
		    const struct view_pair *);
int		 pipeline_advance(struct view_app *,
		    const struct view_pair *);

/* A step as the screen names it ("proposed"; nl "voorgedragen"). */
const char	*pipeline_step_label(enum wf_step);

#endif
