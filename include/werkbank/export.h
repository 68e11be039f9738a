/*
 * export.h: clean lists out (`werkbank export KIND [FILE]`): UTF-8 CSV
 * with the English column names of the import contract, so an export
 * imports again to the same data.  --excel gives `;`, a byte-order mark,
 * CRLF and decimal commas.  A field that a spreadsheet would run as a
 * formula gets a leading apostrophe (the importer takes it off again).
 */
#ifndef WERKBANK_EXPORT_H
#define WERKBANK_EXPORT_H

#include <stdio.h>

#include "werkbank/db.h"
#include "werkbank/user.h"

struct export_options {
	const char	*kind;		/* candidates, vacancies, placements,
					   matches */
	long		 run;		/* matches: the match run; 0 latest */
	const char	*path;		/* NULL or "-": standard output */
	int		 excel;
	const char	*login;		/* for the audit log */
	const struct user_ctx *user;	/* who exports: the candidates,
					   placements and matches are those
					   they may see (user.h) */
};

/*
 * Write the export; *rows gets the number of records.  A file is written
 * under a temporary name, mode 0600, and renamed into place when
 * complete.  WB_USAGE for an unknown kind; err says what went wrong.
 */
enum wb_status	export_run(struct db *, const struct export_options *,
		    long *rows, char *err, size_t errlen);

extern const char *const export_kind_names[];

#endif
