/*
 * demo.h: the synthetic but believable demo region (cli.md `demo`): the
 * subregion's partners and users, candidates living where people live,
 * employers and vacancies where businesses are, and two years of
 * proposals, placements and employer ratings.  Deterministic: the same
 * options give the same database.
 */
#ifndef WERKBANK_DEMO_H
#define WERKBANK_DEMO_H

#include "werkbank/db.h"

struct demo_options {
	int	 scale;		/* multiplies candidates and vacancies; >= 1 */
	int	 today;		/* day number the history ends on (date.h) */
	/* Called now and then with work done out of total; may be NULL. */
	void	(*progress)(void *arg, const char *what, long done, long total);
	void	*progress_arg;
};

struct demo_counts {
	long	partners, users, employers, candidates, vacancies;
	long	proposals, placements, ratings;
};

/*
 * Fill a database that holds the schema and the reference data (and
 * nothing else) with the demo region.  Runs inside the caller's
 * transaction; on failure the caller rolls back.  counts may be NULL.
 */
enum wb_status	demo_generate(struct db *, const struct demo_options *,
		    struct demo_counts *counts);

#endif
