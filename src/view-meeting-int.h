/*
 * view-meeting-int.h: between the meeting screen (view-meeting.c: the
 * agenda as lines, drawn) and its actions (view-meeting-act.c: start,
 * action items, end, minutes, Enter).  Not an interface of the TUI.
 */
#ifndef WERKBANK_VIEW_MEETING_INT_H
#define WERKBANK_VIEW_MEETING_INT_H

#include "werkbank/meeting.h"
#include "werkbank/view.h"

/* What the selected line of the agenda is about. */
struct meeting_sel {
	long long			 vacancy_id;	/* 0: none */
	long long			 candidate_id;	/* 0: none */
	const char			*key;		/* its key, or NULL */
	const struct meeting_action	*action;	/* an item's line */
};

/* The meeting screen's state the actions keep (in its priv). */
struct meeting_state {
	long long	 last_id;	/* the meeting started or ended here */
	char		 since[11];	/* the agenda since; "" the default */
	/* The last item marked done, for u (undo) for a moment. */
	long long	 undo_id, undo_version;
	double		 undo_until;
};

/* view-meeting.c */
void			 meeting_view_selected(struct view *,
			    struct meeting_sel *);
struct meeting_state	*meeting_view_state(struct view *);
/* The meeting whose items show: the open one, else the last here. */
long long		 meeting_view_meeting(struct view *);
/* Select the line of action item id after the next reload. */
void			 meeting_view_select_action(struct view *,
			    long long id);

/* view-meeting-act.c: the screen's own requests, or UPDATE_NONE. */
enum view_update	 meeting_act(struct view *, enum request);

#endif
