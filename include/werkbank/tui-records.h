/*
 * tui-records.h: the record forms of the terminal UI.  On the vacancy
 * list, the candidate list and the employer screen, e edits the
 * selected record and a enters a new one; on the vacancy list H, R and
 * W hold, reopen and withdraw the selected vacancy (a note, then y/n);
 * on the candidate list L records that the candidate leaves the pool
 * (tui-leave.c).
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

#include <signal.h>

#include "werkbank/request.h"
#include "werkbank/view.h"

struct records_ui {
	struct view_app		*app;
	void			(*redraw)(void *);
	void			*arg;
	volatile sig_atomic_t	*stop;
};

/*
 * REQ_EDIT, REQ_NEW, REQ_HOLD, REQ_REOPEN or REQ_WITHDRAW on view v (the
 * vacancy or candidate list, the employer screen).  Returns 1 when the
 * data changed or must be read again (the caller reloads; *id is the
 * record to select, 0 to keep the selection), else 0.  What happened is
 * in the status line (view_message).
 */
int		 records_request(const struct records_ui *, struct view *v,
		    enum request, long long *id);
/* The leave form for candidate id (tui-leave.c); as records_request. */
int		 records_leave(const struct records_ui *, long long id);

#endif
