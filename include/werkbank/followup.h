/*
 * followup.h: the durable check of placements.  A placement still
 * running (no end date) is due for its 6-month check when start + 6
 * months (setting durable_months) falls within the next N days
 * (setting followup_days_ahead, 14) or has passed, and nobody has
 * answered it yet (checked_6m_on empty); likewise at 12 months
 * (durable_long_months, checked_12m_on).  When both are open, the item
 * is the 12-month check and its answer settles both.
 *
 * The answer is "still working" (sets checked_6m_on / checked_12m_on to
 * the day of the answer, for each check that is due) or "left on DATE"
 * (sets end_date; the candidate becomes beschikbaar again when no other
 * placement of theirs is running).  One transaction with its audit row;
 * the version the placement was read at is checked (0: as it is now).
 */
#ifndef WERKBANK_FOLLOWUP_H
#define WERKBANK_FOLLOWUP_H

#include <stddef.h>

#include "werkbank/audit.h"
#include "werkbank/db.h"
#include "werkbank/user.h"

struct followup_item {
	long long	 placement_id;
	long long	 version;
	char		 vacancy[64];	/* PARTNER/REF; "" when deleted */
	char		 candidate[64];	/* PARTNER/REF; "" when purged */
	long long	 candidate_id;	/* 0 when purged */
	char		 employer[128];	/* the vacancy's; "" when deleted */
	char		 partner[9];	/* the candidate's partner */
	char		 start[11];
	int		 months;	/* the check due: 6 or 12 */
	char		 due[11];	/* start + months */
	int		 days;		/* due - today; < 0 overdue */
};

/*
 * The placements due for a check within days_ahead days (-1: the
 * setting), overdue first, only those of candidates the user may see.
 * Caller frees *items with free().
 */
enum wb_status	followup_due(struct db *, const struct user_ctx *,
		    int days_ahead, struct followup_item **items, size_t *n);

/* The settings: durable_months, durable_long_months, days ahead. */
enum wb_status	followup_settings(struct db *, int *months, int *long_months,
		    int *days_ahead);

enum followup_kind {
	FOLLOWUP_STILL,		/* still working there */
	FOLLOWUP_LEFT,		/* left on the date */
};

struct followup_answer {
	long long		 placement_id;
	long long		 version;	/* 0: as it is now */
	enum followup_kind	 kind;
	const char		*date;	/* LEFT: the end date (required);
					 * STILL: the day asked, NULL today */
};

struct followup_result {
	int			 checked;	/* STILL: 6, 12 or 18 = both */
	int			 released;	/* LEFT: candidate beschikbaar */
	struct audit_entry	 stale;		/* with WB_STALE */
};

/*
 * Record the answer.  WB_INVALID when the placement already ended, a
 * STILL answer when no check is due, or a date before the start or
 * after today; WB_NOT_FOUND; WB_STALE; WB_DENIED.
 */
enum wb_status	followup_record(struct db *, const struct user_ctx *,
		    const struct followup_answer *, struct followup_result *);

#endif
