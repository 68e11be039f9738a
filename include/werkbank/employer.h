/*
 * employer.h: employers as the employer screen and `werkbank employer`
 * show them: the list with account manager and counts, and one
 * employer's vacancies, placements (with the target group, whether they
 * lasted and the instruments), the instruments used, ratings with their
 * comments and the contact timeline (contact.h).  Plain rows, no curses.
 * Placements name the candidate only when the user may see them
 * (user.h); the rest of a placement is anonymous.
 */
#ifndef WERKBANK_EMPLOYER_H
#define WERKBANK_EMPLOYER_H

#include <stddef.h>

#include "werkbank/contact.h"
#include "werkbank/db.h"
#include "werkbank/user.h"

/* One employer in the list; strings are raw data (sanitize to draw). */
struct employer_row {
	long long	 id;
	char		*key;		/* PARTNER/REF, else NAME@PC4 */
	char		*name;
	char		*place;		/* the PC4's place */
	char		*partner;	/* "" when none */
	char		*manager;	/* account manager's login, "" none */
	char		*manager_name;	/* ... their name (else login), "" none */
	char		*sector;
	int		 open;		/* open and on-hold vacancies */
	int		 vacancies;	/* all */
	int		 placements;
	int		 ratings;
	double		 rating;	/* the mean score; < 0: none */
	char		 next[11];	/* the next contact agreed at the
					   latest contact; "" none */
	int		 due;		/* ... and it is due (contact.h) */
};

struct employer_vacancy {
	long long	 id;
	char		*key, *title, *status, *collected;
	int		 positions, placed;
};

struct employer_placement {
	char	*start, *end;		/* end "" while working */
	char	*vacancy;		/* key, "" when gone */
	char	*candidate;		/* key, "" when not visible or gone */
	char	*contract;
	char	*target_group;
	char	*instruments;		/* "lks:40|jobcoach", "" none */
	int	 lasted;		/* still in the job 6 months (setting
					   durable_months) after the start:
					   1 yes, 0 no, -1 not known yet */
};

/* An instrument used in the employer's placements. */
struct employer_instrument {
	char	 code[24];		/* instrument code (vocab.h) */
	int	 placements;
	double	 mean_pct;		/* lks: the mean percentage; < 0 */
};

struct employer_rating {
	char	 on[11];
	int	 score;
	int	 nps;			/* -1: not asked */
	char	*comment;		/* "" none */
	char	 by[65];		/* who took it, "" unknown */
};

struct employer_detail {
	struct employer_row		 e;
	struct employer_vacancy		*vac;
	size_t				 nvac;
	struct employer_placement	*pl;
	size_t				 npl;
	struct employer_rating		*rt;
	size_t				 nrt;
	struct employer_instrument	*ins;	/* most used first */
	size_t				 nins;
	struct contact_entry		*ct;	/* the timeline, newest
						   first */
	size_t				 nct;
};

/*
 * One account manager per employer ("one contact person"): the
 * employer's account manager as the user entering something for it
 * (a vacancy, a contact) should hear of them.  other is set when that
 * is someone else than the user: the front ends say whose employer it
 * is and ask (the CLI refuses unless --yes).  Not set on a single-user
 * database, nor when the employer has no account manager.
 */
struct employer_manager {
	long long	 employer_id;
	char		 employer[128];	/* its name */
	char		 login[65];	/* the account manager, "" none */
	char		 name[128];	/* ... their name */
	int		 other;
};

enum wb_status	 employer_manager(struct db *, const struct user_ctx *,
		    long long employer_id, struct employer_manager *);
/*
 * The employer a vacancy's field=value changes name (employer and
 * postcode, matched as the import matches them; with one of them the
 * other is the vacancy's own, vacancy_id; 0 when adding): *id 0 when no
 * such employer exists yet, and for an edit that changes neither (the
 * vacancy stays with its employer: nothing to ask).
 */
struct record_value;
enum wb_status	 employer_of_vacancy(struct db *, long long vacancy_id,
		    const struct record_value *, size_t n, long long *id);

struct employer_transfer_result {
	char	from[65], to[65];	/* logins; "" none */
	int	vacancies;		/* open ones handed over too */
};

/*
 * Hand an employer to another account manager (login: an active user
 * with that role), with its open and on-hold vacancies that had the old
 * one (or none); one transaction, audit rows for the employer and each
 * vacancy.  version as read (0: as it is now).  PERM_VACANCIES;
 * WB_INVALID for a login that is no account manager, WB_STALE.
 */
enum wb_status	 employer_transfer(struct db *, const struct user_ctx *,
		    long long employer_id, long long version,
		    const char *login, struct employer_transfer_result *);

/* All employers by name; caller frees with employer_rows_free. */
enum wb_status	 employer_list(struct db *, struct employer_row **, size_t *n);
/*
 * The employers whose name, sector, place, PC4 or account manager (name
 * or login) holds typed, case and runs of spaces aside: their ids,
 * sorted, in *ids (the caller frees; none for an empty text).
 */
enum wb_status	 employer_search(struct db *, const char *typed,
		    long long **ids, size_t *n);
/*
 * Up to three employers whose name holds the longest word of name (of
 * three letters or more), as "Name (Place), ..." into buf; "" when none.
 */
enum wb_status	 employer_like(struct db *, const char *name, char *buf,
		    size_t len);
void		 employer_rows_free(struct employer_row *, size_t n);

/* One employer with its vacancies (newest first), placements (newest
 * first), instruments, ratings (newest first) and contacts (newest
 * first).  Free with employer_detail_free. */
enum wb_status	 employer_detail(struct db *, const struct user_ctx *,
		    long long id, struct employer_detail *);
void		 employer_detail_free(struct employer_detail *);

#endif
