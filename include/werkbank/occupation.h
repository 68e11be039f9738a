/*
 * occupation.h: finding an occupation by a Dutch job title as a person
 * types it: the ESCO preferred and alternative labels and the ISCO-08
 * unit group titles (the occupation_search index refdata_load fills),
 * every word a prefix, diacritics folded.  For the forms' lookup fields
 * (form.h): each hit's label is shown, its ISCO code is what is kept.
 */
#ifndef WERKBANK_OCCUPATION_H
#define WERKBANK_OCCUPATION_H

#include <stddef.h>

#include "werkbank/db.h"

struct occupation_hit {
	char	label[128];	/* the title as found ("Heftruckchauffeur") */
	char	isco[5];	/* its ISCO-08 unit group */
};

/*
 * At most max hits for typed, best first, each label and code once.
 * *n is 0 when nothing searchable was typed or nothing matches.
 */
enum wb_status	occupation_search(struct db *, const char *typed,
		    struct occupation_hit *out, size_t max, size_t *n);

#endif
