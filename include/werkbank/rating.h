/*
 * rating.h: employers' satisfaction, captured where it happens (issue
 * 15): a rating of the service (score 1-10, the partnership's target is
 * 85% scoring 8 or higher) and, kept apart, the answer to UWV's NPS
 * question (0-10), with the employer's comment, the day and the team
 * member who took it; and the half-yearly survey: the employers served
 * in a half-year, which of them rated, and a reproducible random sample
 * of the others to ask.
 *
 * Served in a period: the employer had a vacancy open at some time in
 * it, a placement that started in it, or a contact in it.  The report's
 * rating coverage counts the same way (rating_served_sql).
 */
#ifndef WERKBANK_RATING_H
#define WERKBANK_RATING_H

#include <stddef.h>

#include "werkbank/db.h"
#include "werkbank/user.h"

/* A rating as typed. */
struct rating_new {
	long long	 employer_id;
	const char	*score;		/* 1-10, required */
	const char	*nps;		/* 0-10 or NULL/"" */
	const char	*comment;	/* NULL/"": none */
	const char	*date;		/* NULL/"": today; not in the future */
	const char	*by;		/* login; NULL/"": the user */
};

/*
 * Check a rating as rating_add does, without writing: WB_OK, or
 * WB_INVALID with every bad field in err ("score: 11 is outside 1 to
 * 10; nps: ...").  A by is checked when db is given.
 */
enum wb_status	 rating_check(struct db *, const struct rating_new *,
		    char *err, size_t errlen);
/*
 * Store one rating (PERM_CONTACTS), one transaction with its audit row;
 * *id may be NULL.  WB_INVALID, WB_NOT_FOUND (employer), WB_DENIED.
 */
enum wb_status	 rating_add(struct db *, const struct user_ctx *,
		    const struct rating_new *, long long *id);

/*
 * A half-year: "2026H1" (January-June) or "2026H2" (July-December) to
 * its first and last day; WB_INVALID otherwise.  rating_half_of: the
 * half holding day, its name in name (8 bytes).
 */
enum wb_status	 rating_half_parse(const char *, int *from, int *to);
void		 rating_half_of(int day, int *from, int *to, char *name);

/*
 * The employers served from ?1 to ?2 (YYYY-MM-DD), as an SQL query of
 * one column "id" (with vacancy, placement and contact flags as v, p,
 * c), for the survey and the report.
 */
extern const char rating_served_sql[];

struct survey_employer {
	long long	 id;
	char		*key;			/* PARTNER/REF or NAME@PC4 */
	char		*name;
	char		 manager[65];		/* "" none */
	int		 vacancy, placement, contact;	/* how served */
	int		 score, nps;		/* latest rating in the half;
						   -1 none */
	char		 rated_on[11];		/* "" none */
	int		 sampled;
};

struct survey {
	char			 half[8];
	int			 from, to;
	struct survey_employer	*e;		/* served, by name */
	size_t			 n;
	size_t			 rated;		/* of them, rated in it */
	size_t			 rated_unserved; /* rated, not served */
	unsigned long long	 seed;
	size_t			 sampled;	/* marked sampled */
};

/*
 * The survey of a half (NULL: the one holding today).  sample > 0
 * marks that many of the served employers that did not rate (all when
 * fewer), drawn with seed (seed_given 0: the half's number, 20262 for
 * 2026H2), the same every time for the same data, half and seed.
 * Free with survey_free.  WB_INVALID for a bad half.
 */
enum wb_status	 survey_compute(struct db *, const char *half, long sample,
		    unsigned long long seed, int seed_given, struct survey *);
void		 survey_free(struct survey *);

#endif
