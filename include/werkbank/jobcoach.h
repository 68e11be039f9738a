/*
 * jobcoach.h: the jobcoach deployed for a placement (issue 18): who
 * coaches (a person or an organisation), who pays (vocab.h,
 * jobcoach_payer), the day the coaching started, the hours a week and
 * the day it ended.  Agreed but not started: a jobcoach without a start,
 * or the placement's instrument jobcoach alone.  The agenda lists the
 * placements still running whose jobcoaching was agreed and has not
 * started N days (setting jobcoach_wait_days, 14) after the placement's
 * start.
 *
 * Rules: the coach is required; the start lies on or after the
 * placement's start and not in the future; the end on or after the start
 * (and only with a start), not in the future; hours more than 0 and at
 * most 48.  Saving a jobcoach gives the placement the instrument
 * jobcoach; removing it takes both away.  One BEGIN IMMEDIATE transaction
 * with an audit row (PERM_PIPELINE); optimistic locking on the row's
 * version.  Nothing here prints.
 */
#ifndef WERKBANK_JOBCOACH_H
#define WERKBANK_JOBCOACH_H

#include <stddef.h>

#include "werkbank/db.h"
#include "werkbank/user.h"

/* One placement's jobcoach, as stored. */
struct jobcoach {
	long long	 placement_id;
	char		 coach[201];
	char		 paid_by[16];	/* code, "" unknown */
	char		 start[11];	/* "" not started */
	double		 hours;		/* a week; -1 unknown */
	char		 end[11];	/* "" still coaching */
	char		 note[512];
	long long	 version;
	/* The placement it belongs to. */
	char		 placement_start[11];
	char		 vacancy[64];	/* PARTNER/REF, "" none */
};

/*
 * The jobcoach of a placement: WB_OK; WB_NOT_FOUND (message set) when
 * the placement has none (j->placement_start and vacancy still filled
 * when the placement exists) or there is no such placement.
 */
enum wb_status	 jobcoach_get(struct db *, long long placement_id,
		    struct jobcoach *j);

/* What a person typed; NULL leaves a field as it is ("" clears it). */
struct jobcoach_input {
	long long	 placement_id;
	const char	*coach;
	const char	*paid_by;	/* code, word or a Dutch spelling */
	const char	*start;
	const char	*hours;
	const char	*end;
	const char	*note;
	long long	 version;	/* as read; 0: current */
};

/*
 * Save (insert or change) the jobcoach of a placement.  *created tells
 * which.  WB_INVALID with "FIELD: reason" in db_error() (the fields as
 * people read them: coach, paid by, start, hours, end, note) and
 * nothing stored; WB_NOT_FOUND, WB_STALE, WB_DENIED.
 */
enum wb_status	 jobcoach_save(struct db *, const struct user_ctx *,
		    const struct jobcoach_input *, int *created);
/* Take the jobcoach and the instrument away (it will not happen). */
enum wb_status	 jobcoach_remove(struct db *, const struct user_ctx *,
		    long long placement_id);

/* A placement whose jobcoaching was agreed and has not started. */
struct jobcoach_waiting {
	long long	 placement_id;
	char		 vacancy[64];	/* PARTNER/REF */
	char		 candidate[64];	/* "" when u may not see them */
	char		 partner[9];	/* the candidate's */
	char		 start[11];	/* the placement's */
	int		 days;		/* since the placement's start */
	char		 coach[201];	/* "" none named yet */
};

/* The setting jobcoach_wait_days (14 when unset or bad). */
int		 jobcoach_wait_days(struct db *);
/*
 * The placements still running (no end, or one after today) whose
 * jobcoaching was agreed and has not started at least days (< 0: the
 * setting) after their start, longest waiting first.  Caller frees *out.
 */
enum wb_status	 jobcoach_waiting_list(struct db *, const struct user_ctx *,
		    int days, struct jobcoach_waiting **out, size_t *n);

#endif
