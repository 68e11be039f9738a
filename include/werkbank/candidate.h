/*
 * candidate.h: the pooled candidates as the lists and the detail screen
 * show them, across partners: filtered, sorted and searched in SQL (ids
 * only for the whole list; rows for what is on screen), read into plain
 * rows.  Contact details come only with candidate_detail_load.  No
 * curses here.
 *
 * Every function takes the person looking (user.h) and applies the
 * visibility rule: a candidate they may not see is not listed, not
 * found by search, and loads as gone.
 */
#ifndef WERKBANK_CANDIDATE_H
#define WERKBANK_CANDIDATE_H

#include <stddef.h>

#include "werkbank/db.h"
#include "werkbank/listing.h"
#include "werkbank/user.h"

/*
 * The pool (werkbank(1), DEFINITIONS): the candidates available to the
 * team, status beschikbaar or in traject.  Who is placed in work
 * (geplaatst) or has gone (inactief) has left it, on their left_on; the
 * workflow and the import keep the two in step.  Every count of the pool
 * today uses this condition, on the candidate table under the alias
 * given ("c."); the report takes the pool on another day from
 * registered_on and left_on by the same rule (report.h).
 */
#define CANDIDATE_IN_POOL(alias) \
	"(" alias "status IN ('beschikbaar', 'in_traject'))"

enum candidate_sort {
	CANDIDATE_SORT_KEY,	/* partner, then reference: an index order */
	CANDIDATE_SORT_NAME,
	CANDIDATE_SORT_STATUS,
	CANDIDATE_SORT_GROUP,
	CANDIDATE_SORT_OCCUPATION,
	CANDIDATE_SORT_PLACE,
	CANDIDATE_SORT_CONSULTANT,
	CANDIDATE_SORT_CHANGED,
	CANDIDATE_SORT_COUNT
};

struct candidate_query {
	enum candidate_sort		 sort;
	int				 desc;
	const struct listing_filter	*filter;	/* may be NULL */
	const struct user_ctx		*user;		/* who looks; NULL:
							   nobody is shown */
};

/* One list row; raw data (sanitize before drawing). */
struct candidate_row {
	long long	 id;
	char		*key, *first, *last, *partner, *status, *group;
	char		*occupations;	/* Dutch ISCO labels, ", " */
	char		*isco;		/* the first code */
	char		*place, *municipality;
	char		*consultant, *consultant_login;
	char		*changed;	/* YYYY-MM-DD */
};

extern const struct listing_field candidate_fields[];
extern const size_t candidate_nfields;

/*
 * A listing whose rows are struct candidate_row, as u may see them; db
 * and u must outlive it.
 */
struct listing	*candidate_listing_new(struct db *, const struct user_ctx *u);
enum wb_status	 candidate_listing_query(struct listing *, struct db *,
		    const struct candidate_query *);
/*
 * The ids of the candidates u may see that typed finds (search.h): a key
 * PARTNER/REF finds that candidate; else every word typed, as a prefix,
 * in the names (unless names is 0: meeting mode), the reference, the
 * occupations or the skills.  Sorted; caller frees *ids.
 */
enum wb_status	 candidate_search(struct db *, const struct user_ctx *u,
		    const char *typed, int names, long long **ids, size_t *n);

/* A row by id, NULL when gone or not u's to see; free with candidate_row_free. */
struct candidate_row *candidate_row_load(struct db *, const struct user_ctx *u,
		    long long id);
void		 candidate_row_free(struct candidate_row *);

/*
 * The first and last names of ids[0..n) into first[i] and last[i]
 * (caller frees each; "" for a candidate that is gone or not u's to
 * see).  One statement for all: cheap enough for every row on screen.
 */
void		 candidate_names(struct db *, const struct user_ctx *u,
		    const long long *ids, size_t n, char **first, char **last);

/* "A.B." from a first and last name (tussenvoegsels skipped); caller frees. */
char		*candidate_initials(const char *first, const char *last);

struct candidate_proposal {
	long long	 vacancy_id;
	char		*key, *title, *step, *on;
};

/* Everything about one candidate, contact details included. */
struct candidate_detail {
	struct candidate_row	 row;
	char			*pc4, *phone, *email, *education, *dutch;
	char			*available, *registered, *left;
	char			*skills, *restrictions, *transport;
	char			*occupations;	/* "8344 label (5 yr), ..." */
	double			 hours_min, hours_max, max_travel; /* <0 ? */
	int			 licence, job_agreement, consent; /* -1 ? */
	struct candidate_proposal *proposals;
	size_t			 nproposals;
};

/*
 * WB_NOT_FOUND when gone or not u's to see (the same message: nothing
 * tells the two apart).  Free with candidate_detail_free.
 */
enum wb_status	 candidate_detail_load(struct db *, const struct user_ctx *u,
		    long long id, struct candidate_detail *);
void		 candidate_detail_free(struct candidate_detail *);

#endif
