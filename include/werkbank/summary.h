/*
 * summary.h: what a database holds, in a few numbers (the overview that
 * `werkbank` shows until the terminal UI lands, and `check`).
 */
#ifndef WERKBANK_SUMMARY_H
#define WERKBANK_SUMMARY_H

#include "werkbank/db.h"

struct summary {
	long long	partners, users, employers;
	long long	candidates, in_pool;	/* in_pool: beschikbaar/in_traject */
	long long	vacancies, open_vacancies;
	long long	proposals, placements, ratings;
	long long	postcodes, occupations;
};

enum wb_status	summary_get(struct db *, struct summary *);

#endif
