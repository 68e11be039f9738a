/*
 * refdata.h: the reference data compiled into the binary from
 * fixtures/reference/ (PC4 postcodes with coordinates, municipalities,
 * ISCO-08, ESCO occupations and their Dutch alternative labels, education
 * and CEFR language levels), loaded by `werkbank init` and `demo`.
 */
#ifndef WERKBANK_REFDATA_H
#define WERKBANK_REFDATA_H

#include "werkbank/db.h"

struct refdata_counts {
	long	pc4, municipalities, isco, esco, altlabels, education, languages;
};

/*
 * Load all reference tables into an empty database, inside the caller's
 * transaction.  counts may be NULL.
 */
enum wb_status	refdata_load(struct db *, struct refdata_counts *counts);

#endif
