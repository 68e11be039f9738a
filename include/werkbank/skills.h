/*
 * skills.h: the skills already in use, for those who type one.  Skills
 * are free words (lower case) on candidates and vacancies; the same
 * skill written two ways ("heftruck", "heftruckcertificaat") is never
 * matched, so a form suggests the words in use as they are typed and
 * remarks on a new word that looks like one in use, before saving.
 */
#ifndef WERKBANK_SKILLS_H
#define WERKBANK_SKILLS_H

#include <stddef.h>

#include "werkbank/db.h"

struct skill_use {
	char		 name[84];
	long long	 n;		/* candidates and vacancies with it */
};

/*
 * The skills in use that start with typed (then those holding it), the
 * most used first; at most max, *n found.  Case does not matter.
 */
enum wb_status	 skills_suggest(struct db *, const char *typed,
		    struct skill_use *out, size_t max, size_t *n);
/*
 * For a skill typed: *used how often it is in use; when it is not, the
 * skills in use it looks like (one holds the other, or one or two
 * letters differ), the most used first, at most max in out.
 */
enum wb_status	 skills_near(struct db *, const char *skill,
		    long long *used, struct skill_use *out, size_t max,
		    size_t *n);

#endif
