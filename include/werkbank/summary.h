/*
 * summary.h: what a database holds, in a few numbers: the overview that
 * `werkbank` prints without a terminal, `check`, and the figures the
 * screens, the agenda and the report share: the open vacancies and the
 * pool, each by its one definition (VACANCY_IS_OPEN in vacancy.h,
 * CANDIDATE_IN_POOL in candidate.h).
 */
#ifndef WERKBANK_SUMMARY_H
#define WERKBANK_SUMMARY_H

#include "werkbank/db.h"

/* Today's open vacancies (on_hold: how many of them are on hold) and
 * the candidates in the pool. */
struct summary_figures {
	long long	open_vacancies, on_hold, pool;
};

struct summary {
	long long	partners, users, employers;
	long long	candidates, in_pool;	/* in_pool: figures.pool */
	long long	vacancies, open_vacancies, on_hold;
	long long	proposals, placements, ratings;
	long long	postcodes, occupations;
};

/* Two indexed counts; for a caption or a heading, as often as needed. */
enum wb_status	summary_figures(struct db *, struct summary_figures *);
enum wb_status	summary_get(struct db *, struct summary *);

#endif
