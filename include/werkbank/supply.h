/*
 * supply.h: supply beside demand, for the Monday meeting.
 *
 * Per occupation group (ISCO-08 at 1, 2 or 4 digits): the open positions
 * (of the open vacancies, on hold too: positions less placements), the
 * candidates of the pool with an occupation in the group (UWV counts job
 * seekers by occupation too) who pass the hard rules of the match for at
 * least one of those vacancies (as the user asking may see them: each
 * person once per group), and the tension, positions per candidate, in
 * UWV's bands (spanningsindicator): above 4 zeer krap, above 1.5 krap,
 * below 0.67 ruim, else gemiddeld; open positions without anyone are
 * zeer krap.  The trend is the same at the end of each of the four
 * quarters before this one: the vacancies open that day, the people in
 * the pool that day (registered_on, left_on), the hard rules as the
 * data are now.
 *
 * And the people side ("Aanbod" on the agenda): candidates of the pool
 * who have had no proposal for more than N weeks, and those who joined
 * since the last meeting, each with the vacancies that fit them best
 * (the reverse match).
 */
#ifndef WERKBANK_SUPPLY_H
#define WERKBANK_SUPPLY_H

#include <stddef.h>

#include "werkbank/db.h"
#include "werkbank/user.h"

#define SUPPLY_QUARTERS	4

struct supply_row {
	char		 group[5];	/* ISCO-08 code at the level asked */
	char		*label;		/* its Dutch title */
	long long	 open_positions;
	long long	 candidates;
	double		 tension;	/* positions per candidate; HUGE_VAL
					   when nobody */
	const char	*band;		/* tension_band code (vocab.h) */
	/* Oldest first; NAN when nothing was open then. */
	double		 trend[SUPPLY_QUARTERS];
};

struct supply {
	int			 level;		/* 1, 2 or 4 */
	char			 quarter[SUPPLY_QUARTERS][16];	/* "2026Q1" */
	struct supply_row	*rows;		/* tightest first */
	size_t			 n;
	long long		 positions;	/* of every group */
	long long		 candidates;	/* eligible somewhere, once */
};

/*
 * The groups with open positions now, at ISCO level 1, 2 or 4 (else
 * WB_INVALID).  Free with supply_free.
 */
enum wb_status	 supply_load(struct db *, const struct user_ctx *, int level,
		    struct supply **out);
void		 supply_free(struct supply *);
/* The band of a tension: "ruim", "gemiddeld", "krap" or "zeer_krap". */
const char	*supply_band(double tension);

#define SUPPLY_BEST	3	/* vacancies shown per person */
#define SUPPLY_FIT_MIN	0.6	/* the best fit of someone waiting listed */

/* A person to work from, with the vacancies that fit them best. */
struct supply_person {
	long long	 id;
	char		 key[64];	/* PARTNER/REF */
	char		 since[11];	/* last proposal, or joining the pool */
	int		 weeks;		/* weeks since then */
	int		 newcomer;	/* joined since the last meeting */
	size_t		 nbest;
	char		 best[SUPPLY_BEST][64];	/* vacancy keys */
	double		 score[SUPPLY_BEST];
};

struct supply_people {
	struct supply_person	*p;	/* newcomers, then the longest waiting */
	size_t			 n;
	size_t			 waiting;	/* all who wait > weeks */
	size_t			 newcomers;	/* all who joined since */
};

/*
 * The people to work from: everyone of the pool u may see who joined
 * on or after since (YYYY-MM-DD), and those who have waited more than
 * weeks since their last proposal (or since joining), at most max of
 * them, the longest waiting first; each with their SUPPLY_BEST best
 * open vacancies.  Only people with at least one vacancy that fits are
 * listed, and of those waiting only who fits one at SUPPLY_FIT_MIN or
 * more; waiting and newcomers count everyone.  Free with
 * supply_people_free.
 */
enum wb_status	 supply_people_load(struct db *, const struct user_ctx *u,
		    const char *since, int weeks, size_t max,
		    struct supply_people *out);
void		 supply_people_free(struct supply_people *);

#endif
