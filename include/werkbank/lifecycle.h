/*
 * lifecycle.h: a vacancy's status over its life (vacancy.status):
 *
 *   open     -> on_hold (hold) | ingetrokken (withdraw)
 *   on_hold  -> open (reopen)  | ingetrokken (withdraw)
 *   open, on_hold -> vervuld   when all positions are placed (workflow.h)
 *   open, on_hold -> verlopen  when the deadline has passed
 *   vervuld, ingetrokken, verlopen: final
 *
 * Holding, reopening and withdrawing are one BEGIN IMMEDIATE transaction
 * each with an audit row ("update", "status=on_hold", the note) and the
 * version check of record.h (WB_STALE names the other change).  A
 * vacancy whose deadline has passed cannot be reopened: give it a new
 * deadline first (record_set), then reopen it.
 *
 * Expiry runs when the CLI or the UI opens the database
 * (lifecycle_expire_due from cmd_open): every open or on-hold vacancy
 * whose deadline is before today (WERKBANK_TODAY in tests) becomes
 * verlopen, closed on its deadline, in one transaction with an audit
 * row per vacancy by the login "(system)".  A database nobody opens
 * does not change; the first one to open it after the deadline does it
 * for everyone, and one that cannot write (read-only file, busy) leaves
 * it to the next.
 */
#ifndef WERKBANK_LIFECYCLE_H
#define WERKBANK_LIFECYCLE_H

#include <stddef.h>

#include "werkbank/audit.h"
#include "werkbank/db.h"
#include "werkbank/user.h"

/* The login of the audit rows werkbank writes by itself. */
#define LIFECYCLE_SYSTEM_LOGIN	"(system)"

enum lifecycle_action {
	LIFECYCLE_HOLD,		/* -> on_hold */
	LIFECYCLE_REOPEN,	/* -> open */
	LIFECYCLE_WITHDRAW,	/* -> ingetrokken */
	LIFECYCLE_NACTIONS
};

/* "hold", "reopen", "withdraw"; and back (WB_INVALID). */
const char	*lifecycle_action_name(enum lifecycle_action);
enum wb_status	 lifecycle_action_parse(const char *, enum lifecycle_action *);

/*
 * What may follow a status, as "hold, withdraw" (or "none: ...") into
 * buf; returns buf.
 */
char		*lifecycle_next(const char *status, char *buf, size_t len);

struct lifecycle_result {
	char			 from[16];	/* the status before */
	char			 to[16];	/* and after */
	long long		 version;	/* the vacancy's, after */
	struct audit_entry	 stale;		/* with WB_STALE */
	int			 deadline_passed; /* reopen refused: a new
						   * deadline is needed first */
};

/*
 * Hold, reopen or withdraw a vacancy (PERM_VACANCIES), with an optional
 * note (kept in the audit row).  version: as read, 0 for "as it is
 * now".  WB_INVALID when the action does not fit the status (the message
 * names what may follow) or the deadline has passed (reopen); WB_STALE;
 * WB_DENIED; WB_NOT_FOUND.
 */
enum wb_status	 lifecycle_change(struct db *, const struct user_ctx *,
		    long long vacancy_id, long long version,
		    enum lifecycle_action, const char *note,
		    struct lifecycle_result *);

/*
 * Expire the open and on-hold vacancies whose deadline is before today;
 * *n of them (may be NULL).  WB_OK also when there were none.
 */
enum wb_status	 lifecycle_expire_due(struct db *, long long *n);

#endif
