/*
 * employer.h: employers as the employer screen and `werkbank employer`
 * show them: the list with account manager and counts, and one
 * employer's vacancies, placements and ratings.  Plain rows, no curses.
 * Placements name the candidate only when the user may see them
 * (user.h); the rest of a placement is anonymous.
 */
#ifndef WERKBANK_EMPLOYER_H
#define WERKBANK_EMPLOYER_H

#include <stddef.h>

#include "werkbank/db.h"
#include "werkbank/user.h"

/* One employer in the list; strings are raw data (sanitize to draw). */
struct employer_row {
	long long	 id;
	char		*key;		/* PARTNER/REF, else NAME@PC4 */
	char		*name;
	char		*place;		/* the PC4's place */
	char		*partner;	/* "" when none */
	char		*manager;	/* account manager's login, "" none */
	char		*sector;
	int		 open;		/* open and on-hold vacancies */
	int		 vacancies;	/* all */
	int		 placements;
	int		 ratings;
	double		 rating;	/* the mean score; < 0: none */
};

struct employer_vacancy {
	char	*key, *title, *status, *collected;
	int	 positions, placed;
};

struct employer_placement {
	char	*start, *end;		/* end "" while working */
	char	*vacancy;		/* key, "" when gone */
	char	*candidate;		/* key, "" when not visible or gone */
	char	*contract;
	char	*target_group;
};

struct employer_rating {
	char	 on[11];
	int	 score;
};

struct employer_detail {
	struct employer_row		 e;
	struct employer_vacancy		*vac;
	size_t				 nvac;
	struct employer_placement	*pl;
	size_t				 npl;
	struct employer_rating		*rt;
	size_t				 nrt;
};

/* All employers by name; caller frees with employer_rows_free. */
enum wb_status	 employer_list(struct db *, struct employer_row **, size_t *n);
void		 employer_rows_free(struct employer_row *, size_t n);

/* One employer with its vacancies (newest first), placements (newest
 * first) and ratings (newest first).  Free with employer_detail_free. */
enum wb_status	 employer_detail(struct db *, const struct user_ctx *,
		    long long id, struct employer_detail *);
void		 employer_detail_free(struct employer_detail *);

#endif
