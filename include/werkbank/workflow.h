/*
 * workflow.h: the pipeline of a vacancy: propose a candidate
 * (voordragen), interview, then placed, not chosen or withdrawn; each
 * step with who, when and an optional note (proposal, proposal_step).
 * Placing records the placement (placement, placement_instrument) with
 * its anonymous snapshot, makes the candidate geplaatst and the vacancy
 * vervuld once all its positions are placed.
 *
 * The transitions (workflow_can_follow; the table is in src/workflow.c):
 *
 *   proposed  -> interview | not_chosen | withdrawn
 *   interview -> placed | not_chosen | withdrawn
 *   placed, not_chosen, withdrawn: final
 *
 * Candidate status follows: proposing makes a beschikbaar candidate
 * in_traject; placing makes them geplaatst, out of the pool from the
 * step's date with the leave reason werk_via_team (outflow.h: the
 * reason placing proposes, to be changed with outflow_leave);
 * not_chosen/withdrawn makes an in_traject candidate beschikbaar again
 * when no other proposal of theirs is still at proposed or interview.
 *
 * Ending a proposal needs its reason (outflow.h): not_chosen one of the
 * employer's (not_chosen_reason), withdrawn one of the candidate's
 * (withdrawn_reason), kept on the step beside the note.
 *
 * Every change is one BEGIN IMMEDIATE transaction with its audit rows,
 * and nothing here waits for input.  Optimistic locking: a change
 * carries the version of the proposal it was read at; when the row has
 * moved on since, the change is refused with WB_STALE, db_error() names
 * what changed (who, when, which step) and *stale holds the same for a
 * dialog.  Version 0 means "as it is now", for one-shot callers (the
 * CLI) that read and write in the same transaction.
 *
 * All functions check the user's rights (user.h) and visibility: a
 * candidate the user may not see is "not found".  Messages are in
 * db_error(); nothing here prints.
 */
#ifndef WERKBANK_WORKFLOW_H
#define WERKBANK_WORKFLOW_H

#include <stddef.h>

#include "werkbank/audit.h"
#include "werkbank/db.h"
#include "werkbank/user.h"
#include "werkbank/vocab.h"

enum wf_step {
	WF_PROPOSED,
	WF_INTERVIEW,
	WF_PLACED,
	WF_NOT_CHOSEN,
	WF_WITHDRAWN,
	WF_NSTEPS
};

/* How far back "proposed elsewhere recently" looks, in days. */
#define WF_RECENT_DAYS		7
/* At most this many instruments on one placement. */
#define WF_MAX_INSTRUMENTS	8
#define WF_KEY_MAX		64	/* PARTNER/REF */

/* "proposed", "interview", ... (the schema's values). */
const char	*workflow_step_name(enum wf_step);
/* WB_OK and *out, or WB_INVALID. */
enum wb_status	 workflow_step_parse(const char *, enum wf_step *out);
/* 1 when step `to` may follow step `from`. */
int		 workflow_can_follow(enum wf_step from, enum wf_step to);
/*
 * The steps that may follow `from`, as "interview, not_chosen,
 * withdrawn" (or "none") into buf.  Returns buf.
 */
char		*workflow_next_steps(enum wf_step from, char *buf, size_t len);

/*
 * A record named PARTNER/REF -> its id.  WB_NOT_FOUND (message in
 * db_error()) when there is none, or when the candidate is one the user
 * may not see; WB_INVALID when key has no '/'.
 */
enum wb_status	 workflow_vacancy_id(struct db *, const char *key,
		    long long *id);
enum wb_status	 workflow_candidate_id(struct db *, const struct user_ctx *,
		    const char *key, long long *id);

/* A proposal of the same candidate for another vacancy, made recently. */
struct wf_recent {
	long long	 proposal_id;
	char		 vacancy[WF_KEY_MAX];
	char		 proposed_on[11];
	char		 by[65];		/* login, "" when unknown */
	enum wf_step	 step;
};

struct wf_propose {
	long long	 vacancy_id;
	long long	 candidate_id;
	const char	*note;		/* NULL or "": none */
	const char	*on_date;	/* YYYY-MM-DD; NULL: today */
	int		 confirmed;	/* go ahead despite recent proposals */
	/*
	 * Who puts the candidate forward: a team member as team_resolve()
	 * takes them (login or name); NULL or "": the user recording it.
	 * By when: a date on or after on_date; NULL or "": none agreed.
	 */
	const char	*by;
	const char	*due;
};

struct wf_propose_result {
	long long	 proposal_id;
	size_t		 nrecent;	/* set with WB_EXISTS + confirm */
	struct wf_recent recent[4];
	int		 confirm;	/* 1: ask, then call again confirmed */
};

/*
 * Put a candidate forward for a vacancy.  WB_OK with proposal_id.
 * WB_EXISTS and res->confirm = 1 when the candidate was proposed for
 * another vacancy in the last WF_RECENT_DAYS days (res->recent lists
 * them) and req->confirmed is 0: ask the user, then call again with
 * confirmed = 1.  WB_EXISTS with confirm = 0 when the candidate is
 * already in this vacancy's pipeline.  WB_INVALID when the vacancy is
 * not open or the candidate is placed or inactive, when `by` is no one
 * (or several) of the team ("by: ...") or `due` no date or before the
 * proposal ("due: ..."); WB_NOT_FOUND; WB_DENIED.
 */
enum wb_status	 workflow_propose(struct db *, const struct user_ctx *,
		    const struct wf_propose *, struct wf_propose_result *);

/*
 * Whether workflow_propose could put the candidate forward now, asking
 * nothing: WB_OK, or its refusal (rights, a vacancy that is not open, a
 * candidate placed or inactive, already in the pipeline) with the same
 * status and message.  A form asks this before it opens.
 */
enum wb_status	 workflow_may_propose(struct db *, const struct user_ctx *,
		    long long vacancy_id, long long candidate_id);
/*
 * Whether the vacancy takes a placement now (open or on hold, a position
 * left): WB_OK, or WB_INVALID with the reason, as advancing to placed
 * would say it.
 */
enum wb_status	 workflow_may_place(struct db *, long long vacancy_id);
/*
 * workflow_propose inside the caller's transaction (begun with
 * db_begin()): the same checks, rows and audit row, nothing committed
 * or rolled back, so that several proposals are one change (slate.h).
 * On a failure the caller rolls back.
 */
enum wb_status	 workflow_propose_in(struct db *, const struct user_ctx *,
		    const struct wf_propose *, struct wf_propose_result *);

/* The recent proposals elsewhere, without changing anything (a form
 * can warn before the user confirms).  *n of at most max. */
enum wb_status	 workflow_recent_elsewhere(struct db *, long long vacancy_id,
		    long long candidate_id, struct wf_recent *, size_t max,
		    size_t *n);

struct wf_instrument {
	const char	*name;		/* canonical: validate_instruments */
	double		 percentage;	/* lks only; -1 when not given */
};

/* What `placed` records. */
struct wf_placement {
	char		 start[11];	/* YYYY-MM-DD, required */
	const char	*contract;	/* canonical or NULL */
	double		 hours;		/* -1: unknown */
	struct wf_instrument instruments[WF_MAX_INSTRUMENTS];
	size_t		 ninstruments;
};

/*
 * Parse the placement fields as typed (each may be NULL: not given),
 * with the import's validators and messages: start (required), contract,
 * hours (0-48), instruments "lks:40|jobcoach" (| separated, a percentage
 * 0-100 only for lks).  WB_OK, or WB_INVALID with "--start: ..." in err.
 * Strings in *out point into static tables, not into the input.
 */
enum wb_status	 workflow_placement_parse(const char *start,
		    const char *contract, const char *hours,
		    const char *instruments, struct wf_placement *out,
		    char *err, size_t errlen);

/*
 * The instruments as typed, "lks:40|jobcoach" (| separated, a
 * percentage 0-100 only for lks; repeats count once), into
 * out->instruments.  WB_OK, or WB_INVALID with the validators' message
 * (without the field name) in err.  The forms check the field with it.
 */
enum wb_status	 workflow_instruments_parse(const char *list,
		    struct wf_placement *out, char *err, size_t errlen);

struct wf_advance {
	long long	 vacancy_id;
	long long	 candidate_id;
	enum wf_step	 step;
	const char	*note;		/* NULL or "": none */
	const char	*on_date;	/* YYYY-MM-DD; NULL: today */
	long long	 version;	/* proposal version read; 0: current */
	const struct wf_placement *placement;	/* for WF_PLACED */
	/* WF_NOT_CHOSEN, WF_WITHDRAWN: the reason (code, word or a Dutch
	 * spelling of its set); required there, refused elsewhere. */
	const char	*reason;
};

struct wf_advance_result {
	long long	 proposal_id;
	enum wf_step	 from;
	long long	 placement_id;	/* WF_PLACED */
	int		 vacancy_filled; /* the vacancy became vervuld */
	int		 positions_left; /* open positions after this */
	int		 others_open;	/* vacancy_filled: other proposals of
					   it still running */
	const char	*reason;	/* the reason's code, or NULL */
	struct audit_entry stale;	/* with WB_STALE: the other change */
};

/*
 * Move a proposal to the next step.  WB_INVALID when the step may not
 * follow the current one (the message names the allowed ones), when
 * `placed` lacks its placement or the vacancy has no open position,
 * when an ending lacks its reason or the reason is not one of its list
 * ("reason: ..."); WB_NOT_FOUND when the candidate is not in the
 * vacancy's pipeline; WB_STALE; WB_DENIED.
 */
enum wb_status	 workflow_advance(struct db *, const struct user_ctx *,
		    const struct wf_advance *, struct wf_advance_result *);

/*
 * The reason's set for an ending step: VOCAB_NOT_CHOSEN_REASON,
 * VOCAB_WITHDRAWN_REASON, or VOCAB_NONE for the other steps.
 */
enum vocab_set	 workflow_reason_set(enum wf_step);

/*
 * When a vacancy is filled (its last position placed), end its other
 * proposals still running (proposed, interview) as not_chosen with the
 * reason vacature_vervuld, on on_date (NULL: today), in one BEGIN
 * IMMEDIATE transaction with an audit row for each; their candidates
 * are released as workflow_advance does.  *n gets how many ended.
 * WB_INVALID when the vacancy is not filled; WB_NOT_FOUND; WB_DENIED.
 * Proposals of candidates the user may not see end too: the vacancy is
 * the team's, and nothing about them is shown.
 */
enum wb_status	 workflow_close_filled(struct db *, const struct user_ctx *,
		    long long vacancy_id, const char *on_date, int *n);
/* How many proposals of the vacancy are still running. */
enum wb_status	 workflow_running(struct db *, long long vacancy_id,
		    long long *n);

/* One row of a vacancy's pipeline (the UI's pipeline list). */
struct wf_entry {
	long long	 proposal_id;
	long long	 version;
	long long	 candidate_id;
	char		 candidate[WF_KEY_MAX];	/* PARTNER/REF */
	enum wf_step	 step;
	char		 proposed_on[11];
	char		 proposed_by[65];
	char		 proposer[128];		/* their name, "" unknown */
	char		 due[11];		/* by when, "" none */
	char		 last_on[11];		/* the latest step's date */
	char		 last_by[65];
	char		*last_note;		/* NULL when none */
	char		 last_reason[24];	/* the ending's, "" none */
};

/*
 * The pipeline of one vacancy, in order of proposal, only candidates the
 * user may see.  Caller frees with workflow_pipeline_free.
 */
enum wb_status	 workflow_pipeline(struct db *, const struct user_ctx *,
		    long long vacancy_id, struct wf_entry **, size_t *n);
void		 workflow_pipeline_free(struct wf_entry *, size_t n);

/*
 * The candidate's step in the vacancy's pipeline, for marking ranked
 * lists: WB_OK and *step, or WB_NOT_FOUND when not in it.
 */
enum wb_status	 workflow_step_of(struct db *, long long vacancy_id,
		    long long candidate_id, enum wf_step *step,
		    long long *version);

/* A step in a pipeline, for marking the rows of a ranked list. */
struct wf_mark {
	long long	 id;	/* the candidate (or the vacancy) */
	enum wf_step	 step;
};

/*
 * In one query, for a whole ranking: with candidate_id 0, the step of
 * every candidate in the vacancy's pipeline (id: the candidate); else
 * the step of every proposal of the candidate (id: the vacancy).
 * Sorted by id for workflow_mark_find.  Caller frees *out.
 */
enum wb_status	 workflow_marks(struct db *, long long vacancy_id,
		    long long candidate_id, struct wf_mark **out, size_t *n);
/* The mark of id, or NULL. */
const struct wf_mark *workflow_mark_find(const struct wf_mark *, size_t n,
		    long long id);

#endif
