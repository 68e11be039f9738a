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

#include <signal.h>

#include "werkbank/view.h"
#include "werkbank/workflow.h"

struct pipeline_ui {
	struct view_app		*app;
	void			(*redraw)(void *);
	void			*arg;
	volatile sig_atomic_t	*stop;
};

/* Each returns 1 when the data changed (the caller reloads), else 0;
 * what happened is in the status line (view_message). */
int		 pipeline_propose(const struct pipeline_ui *,
		    const struct view_pair *);
int		 pipeline_advance(const struct pipeline_ui *,
		    const struct view_pair *);

/* A step as the screen names it ("proposed"; nl "voorgedragen"). */
const char	*pipeline_step_label(enum wf_step);

#endif
