/*
 * outflow.h: why people leave the pool and why proposals end (issue
 * 18).  The reasons are closed sets of vocab.h: leave_reason (a
 * candidate's, candidate.leave_reason), not_chosen_reason (the
 * employer's, on a not_chosen step) and withdrawn_reason (the
 * candidate's, on a withdrawn step).  A reason that is not there (NULL:
 * left, or ended, before werkbank asked) is "onbekend", shown as the
 * word for unknown and never guessed.
 *
 * Leaving the pool (outflow_leave): a date (on or after the day the
 * person was registered, not in the future) and a reason, with an
 * optional note.  The candidate's status follows: geplaatst for work
 * through the team, inactief for every other reason.  Proposals of
 * theirs still running (proposed, interview) end as withdrawn, with the
 * candidate's reason that fits (ander_werk for work, ziek for illness,
 * overig else).  Someone who left already gets the date, reason and
 * note corrected.  One BEGIN IMMEDIATE transaction with its audit rows;
 * rights as for editing the candidate (PERM_CANDIDATES, own partner).
 * Placing someone (workflow.h) proposes werk_via_team: the placement
 * takes them out of the pool with that reason, which outflow_leave can
 * change afterwards.
 */
#ifndef WERKBANK_OUTFLOW_H
#define WERKBANK_OUTFLOW_H

#include <stddef.h>

#include "werkbank/audit.h"
#include "werkbank/db.h"
#include "werkbank/user.h"
#include "werkbank/vocab.h"

/* The code of an unknown reason in reports and --csv columns. */
#define OUTFLOW_UNKNOWN		"onbekend"
/* At most this many reasons in a set, "onbekend" included. */
#define OUTFLOW_MAX_REASONS	12

/*
 * The reasons of a set in report order: its codes (vocab.h), then
 * "onbekend" last.  *n gets the count.  The set is one of
 * VOCAB_LEAVE_REASON, VOCAB_NOT_CHOSEN_REASON, VOCAB_WITHDRAWN_REASON.
 */
size_t		 outflow_reasons(enum vocab_set, const char **codes,
		    size_t max);
/* The index of code in that order; NULL, "" or an unknown code give
 * the index of "onbekend". */
size_t		 outflow_reason_index(enum vocab_set, const char *code);
/* A reason as people read it: its word, or "unknown" for none. */
const char	*outflow_reason_word(enum vocab_set, const char *code);
/* The words of a set's reasons, "a, b or c", into buf; returns buf. */
char		*outflow_reason_list(enum vocab_set, char *buf, size_t len);

struct outflow_leave {
	long long	 candidate_id;
	const char	*date;		/* as typed; NULL or "": today */
	const char	*reason;	/* code, word or a Dutch spelling */
	const char	*note;		/* NULL or "": none */
	long long	 version;	/* the candidate's, read; 0: current */
};

struct outflow_leave_result {
	char		 key[64];	/* PARTNER/REF */
	char		 date[11];
	const char	*reason;	/* the code (static) */
	char		 status[16];	/* the candidate's status now */
	int		 corrected;	/* had left already: corrected */
	int		 withdrawn;	/* running proposals ended */
	struct audit_entry stale;	/* with WB_STALE */
};

/*
 * Record that a candidate leaves the pool (above).  WB_INVALID with
 * "FIELD: reason" in db_error() (the field as people read it: date,
 * reason, note) and nothing stored; WB_NOT_FOUND, WB_DENIED, WB_STALE.
 */
enum wb_status	 outflow_leave(struct db *, const struct user_ctx *,
		    const struct outflow_leave *,
		    struct outflow_leave_result *);

/* The leave form's proposal for a candidate: werk_via_team when they
 * are placed (geplaatst), else NULL (the user chooses). */
const char	*outflow_leave_default(const char *status);

/* What the leave form shows: no name or contact detail. */
struct outflow_state {
	char		 key[64];
	long long	 partner_id;
	char		 partner[9];
	char		 status[16];
	char		 registered[11];
	char		 left[11];	/* "" in the pool */
	char		 reason[24];	/* "" none */
	char		 note[512];
	long long	 version;
};

/* A candidate as the leave form needs them; WB_NOT_FOUND when gone or
 * not u's to see, WB_DENIED (message set) when u may not record that
 * they leave (another partner's, or no right to change candidates). */
enum wb_status	 outflow_state_read(struct db *, const struct user_ctx *,
		    long long candidate_id, struct outflow_state *);

#endif
