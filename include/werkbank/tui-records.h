/*
 * tui-records.h: the record forms of the terminal UI.  On the vacancy
 * list, the candidate list and the employer screen, e edits the
 * selected record and a enters a new one; on the vacancy list H, R and
 * W hold, reopen and withdraw the selected vacancy (a note, then y/n).
 *
 * The fields are record.h's (the import's columns: one list, one rule
 * set); each is checked as the user leaves it with record_check, so the
 * message under a field is the import's.  The occupation is a lookup
 * fed by record_occupation_suggest.  Key fields (reference, partner)
 * and the status are shown read-only above an edit form.  Everything
 * is read when the form opens (with the record's version); the change
 * is one transaction after it closes (record_set, lifecycle_change), so
 * no transaction is open while a form waits for keys, and someone
 * else's change in between is refused and shown in a dialog.
 *
 * Rights are checked before a form opens (the core's message).  A
 * candidate's form shows personal details: it is refused in meeting
 * mode, and opening it is audited like the detail view.
 */
#ifndef WERKBANK_TUI_RECORDS_H
#define WERKBANK_TUI_RECORDS_H

#include "werkbank/record.h"
#include "werkbank/request.h"
#include "werkbank/view.h"

/*
 * REQ_EDIT, REQ_NEW, and for vacancies REQ_HOLD, REQ_REOPEN and
 * REQ_WITHDRAW, on the records of kind that view v lists (its .request
 * calls this).  Returns UPDATE_DATA when the database changed or must be
 * read again (a saved record becomes v's selection), UPDATE_VIEW when
 * nothing changed (what happened is in the status line), UPDATE_NONE for
 * any other request.
 */
enum view_update records_request(struct view *v, enum rec_kind kind,
		    enum request);

#endif
