/*
 * signals.h: the twice-yearly labour-market round (issue 15): what
 * employers told us in a half-year, from the tags of the contacts
 * (contact.h), counted by tag and, if asked, by sector, with the notes,
 * for the administrators' meeting.
 *
 * Counting: a contact counts once under each of its tags; employers are
 * counted once per tag (and sector).  The notes shown are those of the
 * tagged contacts, oldest first, under each of their tags; no person's
 * name appears: the employer's contact persons and the team's names are
 * replaced in the text by "[name]", and who made or had the contact is
 * not shown.  An employer without a sector counts under "unknown".
 */
#ifndef WERKBANK_SIGNALS_H
#define WERKBANK_SIGNALS_H

#include <stddef.h>
#include <stdio.h>

#include "werkbank/db.h"

struct signal_count {
	char	 sector[96];		/* "" unless by sector; "unknown" */
	char	 tag[41];		/* a code or a free word */
	long	 contacts, employers;
};

struct signal_note {
	char	 on[11];
	char	 tag[41];		/* filed under this tag */
	char	 sector[96];		/* as the counts (by sector) */
	char	*employer;		/* its name */
	char	*text;			/* note and agreed, names replaced */
};

struct signals {
	char			 half[8];
	int			 from, to;
	int			 by_sector;
	long			 contacts;	/* in the half, all */
	long			 employers;	/* with a contact in it */
	long			 tagged;	/* contacts with a tag */
	struct signal_count	*c;		/* by sector, then most
						   contacts first */
	size_t			 nc;
	struct signal_note	*notes;		/* by sector, tag, date */
	size_t			 nnotes;
};

/*
 * The signals of a half (NULL: the one holding today; "2026H2");
 * by_sector splits the counts by the employers' sector.  Free with
 * signals_free.  WB_INVALID for a bad half.
 */
enum wb_status	 signals_compute(struct db *, const char *half, int by_sector,
		    struct signals *);
void		 signals_free(struct signals *);
/* A tag as people read it: the word of a contact_tag code, else as is. */
const char	*signals_tag_shown(const char *tag);
/* The signals as a Markdown document for the administrators. */
void		 signals_markdown(const struct signals *, FILE *);
/*
 * The same into path: under a temporary name, mode 0600, renamed into
 * place when complete.  WB_IO with the reason in db_error().
 */
enum wb_status	 signals_markdown_file(struct db *, const struct signals *,
		    const char *path);

#endif
