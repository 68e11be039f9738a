/*
 * meeting.h: the Monday meeting of the match team.  The agenda is made
 * from the data: vacancies collected since the last meeting, the open
 * vacancies by age (oldest first, with their pipeline), the vacancies
 * filled since the last meeting and how (who was placed, of which
 * partner, proposed by whom, with which instruments), the proposals
 * that ended since then and why (not chosen: the employer's reason,
 * withdrawn: the candidate's; outflow.h), the placements due for their
 * follow-up, the placements whose agreed jobcoaching has not started
 * (jobcoach.h), the action items still open and the contacts with
 * employers due for each account manager; supply beside demand (the
 * occupation groups, tightest first, and the people to work from:
 * newcomers and those long without a proposal, each with the vacancies
 * that fit them best; supply.h).  A meeting is
 * started (held today, chaired by whoever starts it), action items are
 * taken (what, who, by when) and marked done, and at the end the minutes
 * are kept in the meeting row as Markdown; meeting_minutes() writes them.
 *
 * "Since the last meeting" is the day of the latest meeting held before
 * today; without one, 7 days back.  Only keys (PARTNER/REF) appear,
 * never names; a candidate the user may not see shows as "" (the
 * partner still shows: the vacancy's result is the team's).
 */
#ifndef WERKBANK_MEETING_H
#define WERKBANK_MEETING_H

#include <stddef.h>
#include <stdio.h>

#include "werkbank/contact.h"
#include "werkbank/db.h"
#include "werkbank/followup.h"
#include "werkbank/jobcoach.h"
#include "werkbank/summary.h"
#include "werkbank/supply.h"
#include "werkbank/user.h"

struct meeting_vacancy {
	long long	 id;
	char		 key[64];	/* PARTNER/REF */
	char		*title;
	char		*employer;
	char		 partner[9];
	int		 positions;
	char		 collected_on[11];
	char		 status[12];
	int		 age_days;	/* today - collected_on */
	int		 proposed;	/* pipeline: at proposed */
	int		 interviews;	/* at interview */
	int		 placed;	/* placements */
	char		 closed_on[11];
};

struct meeting_fill {
	long long	 vacancy_id;
	char		 vacancy[64];
	char		*title;
	char		 closed_on[11];
	long long	 placement_id;
	char		 candidate[64];	/* "" when hidden or purged */
	char		 partner[9];	/* the candidate's partner */
	char		 by[65];	/* who proposed them, "" unknown */
	char		 instruments[128]; /* "lks:40|jobcoach" */
	char		 start[11];
};

/* A proposal that ended, not chosen or withdrawn, and why. */
struct meeting_ended {
	long long	 vacancy_id;
	char		 vacancy[64];
	char		 candidate[64];	/* "" when hidden */
	char		 partner[9];	/* the candidate's */
	char		 step[16];	/* not_chosen, withdrawn */
	char		 reason[24];	/* code; "" none (onbekend) */
	char		 on[11];
	char		 by[65];	/* who recorded it, "" unknown */
};

struct meeting_action {
	long long	 id;
	long long	 version;
	long long	 meeting_id;	/* 0: none */
	char		*what;
	char		 owner[65];	/* login, "" none */
	char		 owner_name[128]; /* their name, "" none */
	char		 due[11];
	char		 done[11];	/* "" while open */
	char		 vacancy[64];
	char		 candidate[64];
	long long	 vacancy_id;	/* 0: none */
};

struct meeting_agenda {
	long long		 meeting_id;	/* today's open meeting, or 0 */
	char			 since[11];
	char			 today[11];
	struct summary_figures	 figures;	/* open vacancies, the pool */
	struct meeting_vacancy	*new_vacancies;
	size_t			 nnew;
	struct meeting_vacancy	*open_vacancies;
	size_t			 nopen;
	struct meeting_fill	*filled;
	size_t			 nfilled;
	struct meeting_ended	*ended;		/* since, oldest first */
	size_t			 nended;
	struct followup_item	*followups;
	size_t			 nfollowups;
	struct jobcoach_waiting	*coach;		/* agreed, not started */
	size_t			 ncoach;
	int			 coach_days;	/* after this many days */
	struct meeting_action	*actions;	/* not done yet */
	size_t			 nactions;
	/* Employer contacts due (contact.h), oldest first: the agenda
	 * shows employer, account manager and dates, never the person or
	 * the note. */
	struct contact_entry	*contacts_due;
	size_t			 ncontacts_due;
	struct supply		*supply;	/* by ISCO 2 digits */
	struct supply_people	 people;	/* Aanbod */
	int			 idle_weeks;	/* "long without a proposal" */
};

/* Weeks without a proposal after which someone is on the agenda. */
#define MEETING_IDLE_WEEKS	8
/* People to work from listed: newcomers, and as many waiting. */
#define MEETING_PEOPLE		10

/*
 * Build the agenda.  since: YYYY-MM-DD or NULL (since the last meeting).
 * Clear with meeting_agenda_clear (also after a failure).
 */
enum wb_status	meeting_agenda_load(struct db *, const struct user_ctx *,
		    const char *since, struct meeting_agenda *);
/* The same with "long without a proposal" as idle_weeks (1-520). */
enum wb_status	meeting_agenda_load_weeks(struct db *,
		    const struct user_ctx *, const char *since, int idle_weeks,
		    struct meeting_agenda *);
void		meeting_agenda_clear(struct meeting_agenda *);
/* The reason of an ended proposal as people read it ("unknown" none). */
const char	*meeting_ended_reason(const struct meeting_ended *);
/* The agenda as Markdown (data escaped, control characters made inert). */
void		meeting_agenda_markdown(const struct meeting_agenda *, FILE *);

/*
 * Start today's meeting with u in the chair, or find the one already
 * open today (*resumed = 1).  WB_DENIED for viewers.
 */
enum wb_status	meeting_start(struct db *, const struct user_ctx *,
		    long long *id, int *resumed);
/* The meeting open now (started, not ended): WB_OK or WB_NOT_FOUND. */
enum wb_status	meeting_current(struct db *, long long *id,
		    long long *version);
/*
 * End a meeting and keep its minutes (version as read; 0: current).
 * WB_INVALID when it already ended; WB_STALE.
 */
enum wb_status	meeting_end(struct db *, const struct user_ctx *,
		    long long id, long long version);

/* A new action item; meeting_id 0 takes the open meeting, if any. */
struct meeting_action_new {
	long long	 meeting_id;
	const char	*what;
	const char	*owner;		/* a team member (team.h) or NULL */
	const char	*due;		/* date or NULL */
	long long	 vacancy_id;	/* 0: none */
	long long	 candidate_id;	/* 0: none */
};

enum wb_status	meeting_action_add(struct db *, const struct user_ctx *,
		    const struct meeting_action_new *, long long *id);
/* Mark done on date (NULL: today); version as read (0: current). */
enum wb_status	meeting_action_done(struct db *, const struct user_ctx *,
		    long long id, long long version, const char *date);
/*
 * Undo a done: the item is open again (version as read after the done;
 * 0: current).  WB_INVALID when it is not done; WB_STALE.
 */
enum wb_status	meeting_action_reopen(struct db *, const struct user_ctx *,
		    long long id, long long version);
/*
 * Action items: of one meeting (meeting_id > 0) or of all; only the
 * open ones unless all.  Caller frees with meeting_actions_free.
 */
enum wb_status	meeting_actions(struct db *, const struct user_ctx *,
		    long long meeting_id, int all, struct meeting_action **,
		    size_t *n);
void		meeting_actions_free(struct meeting_action *, size_t n);

/*
 * The minutes of a meeting (0: the latest) as Markdown: the kept text of
 * an ended meeting, else made now (agenda, steps recorded during the
 * meeting, its action items).  WB_NOT_FOUND when there is no meeting.
 */
enum wb_status	meeting_minutes(struct db *, const struct user_ctx *,
		    long long id, FILE *);
/*
 * The same into the file path, as the exports write theirs: under a
 * temporary name, mode 0600, renamed into place when complete (nothing
 * is left behind on a failure).  WB_IO with the reason in db_error().
 */
enum wb_status	meeting_minutes_file(struct db *, const struct user_ctx *,
		    long long id, const char *path);

#endif
