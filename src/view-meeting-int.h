/*
 * view-meeting-int.h: between the meeting screen (view-meeting.c: the
 * agenda as lines, drawn), its actions (view-meeting-act.c: start,
 * action items, end, minutes, Enter) and view-meeting-lines.c (the
 * tables' layout, and the lines of supply beside demand and of the
 * people to work from).  Not an interface of the TUI.
 */
#ifndef WERKBANK_VIEW_MEETING_INT_H
#define WERKBANK_VIEW_MEETING_INT_H

#include <stddef.h>

#include "werkbank/meeting.h"

/*
 * A column of a section's table; width 0 takes the room left over.  When
 * the pane is narrow the columns with the highest drop go first (0:
 * never; below 0: not shown).
 */
struct meeting_field {
	const char	*title;		/* N_() */
	int		 width;
	int		 right;
	int		 drop;
	int		 min;		/* > 0: narrowed to this, cut with an
					   ellipsis, before it is dropped */
};

#define MEETING_FIELDS		7

/* A row of MEETING_FIELDS values laid out to width columns into buf
 * (sanitized, cut on a character); returns buf. */
const char	*meeting_compose(const struct meeting_field *,
		    const char *const *vals, int width, char *buf, size_t len);

/* Occupation groups shown on the agenda, the tightest. */
#define MEETING_SUPPLY_GROUPS	10

/* How many rows the section has (people: 1, else the groups). */
size_t		 meeting_supply_rows(const struct meeting_agenda *, int people);
/* The section's heading, with its counts, into buf. */
const char	*meeting_supply_heading(const struct meeting_agenda *,
		    int people, char *buf, size_t len);
/* Row row of the section (-1: the column titles) laid out to width. */
const char	*meeting_supply_line(const struct meeting_agenda *, int people,
		    long row, int width, char *buf, size_t len);
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
