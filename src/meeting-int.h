/*
 * meeting-int.h: what meeting.c and meeting-agenda.c share (not a
 * public API).
 */
#ifndef WERKBANK_MEETING_INT_H
#define WERKBANK_MEETING_INT_H

#include <stdio.h>

#include "werkbank/meeting.h"

/* The day of the latest meeting held before `before`, or "" (11 bytes). */
enum wb_status	meeting_last_before(struct db *, const char *before,
		    char *out);
/* Data into Markdown: sanitized, its syntax escaped; "–" when empty. */
void		meeting_md(FILE *, const char *);
/* A heading and a task list of action items. */
void		meeting_md_actions(FILE *, const char *heading,
		    const struct meeting_action *, size_t);

/* The contacts with employers due, as a section (no person, no note). */
void		meeting_md_contacts_due(FILE *, const struct meeting_agenda *);
/* Supply beside demand and the people to work from (meeting-supply.c). */
void		meeting_md_supply(FILE *, const struct meeting_agenda *);

#endif
