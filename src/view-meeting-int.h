/*
 * view-meeting-int.h: what the meeting screen (view-meeting.c) takes
 * from view-meeting-lines.c: the tables' layout, and the lines of supply
 * beside demand and of the people to work from.  Not an API.
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

#endif
