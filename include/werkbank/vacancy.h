/*
 * vacancy.h: vacancies as the lists and the detail screen show them:
 * the open ones (with on-hold) and the ones filled in a period, filtered,
 * sorted and searched in SQL, read into plain rows.  No curses here.
 */
#ifndef WERKBANK_VACANCY_H
#define WERKBANK_VACANCY_H

#include <stddef.h>

#include "werkbank/db.h"
#include "werkbank/listing.h"
#include "werkbank/user.h"

/*
 * An open vacancy (werkbank(1), DEFINITIONS): one not closed, its status
 * open or on hold.  Every count and list of open vacancies uses this
 * condition, on the vacancy table under the alias given ("v.").
 */
#define VACANCY_IS_OPEN(alias)	"(" alias "status IN ('open', 'on_hold'))"

enum vacancy_tab {
	VACANCY_OPEN,		/* VACANCY_IS_OPEN */
	VACANCY_FILLED,		/* filled, closed in [from, to] */
};

enum vacancy_sort {
	VACANCY_SORT_AGE,
	VACANCY_SORT_KEY,
	VACANCY_SORT_TITLE,
	VACANCY_SORT_EMPLOYER,
	VACANCY_SORT_PLACE,
	VACANCY_SORT_OCCUPATION,
	VACANCY_SORT_HOURS,
	VACANCY_SORT_POSITIONS,
	VACANCY_SORT_PARTNER,
	VACANCY_SORT_MANAGER,
	VACANCY_SORT_PROPOSED,
	VACANCY_SORT_CLOSED,
	VACANCY_SORT_DAYS,
	VACANCY_SORT_COUNT
};

struct vacancy_query {
	enum vacancy_tab		 tab;
	int				 from, to;	/* day numbers (filled) */
	enum vacancy_sort		 sort;
	int				 desc;
	const struct listing_filter	*filter;	/* may be NULL */
};

/* One list row; every string is raw data (sanitize before drawing). */
struct vacancy_row {
	long long	 id;
	char		*key;		/* PARTNER/REF */
	char		*title, *employer, *place, *municipality;
	char		*isco, *occupation;	/* code, Dutch label */
	char		*partner;	/* collecting partner's code */
	char		*manager, *manager_login;
	char		*status;
	int		 collected, age;	/* day number; days since */
	int		 positions, proposed;
	double		 hours_min, hours_max;	/* < 0 unknown */
	int		 closed, days_to_fill;	/* -1 when open */
	int		 placements;
	/* The latest placement on it (filled tab): */
	char		*filled_first, *filled_last, *filled_key;
	char		*filled_partner, *instruments;
};

/* The fields "f" understands (status partner place gemeente isco age ...). */
extern const struct listing_field vacancy_fields[];
extern const size_t vacancy_nfields;

/*
 * A listing whose rows are struct vacancy_row; db and u must outlive it.
 * u is who looks: the candidate who filled a vacancy is named only when
 * u may see them (user.h); else the filled_ names and key are "".
 */
struct listing	*vacancy_listing_new(struct db *, const struct user_ctx *u);
/* (Re)run the list query; keeps nothing of the old order. */
enum wb_status	 vacancy_listing_query(struct listing *, struct db *,
		    const struct vacancy_query *);
/*
 * The ids typed finds (search.h): a key PARTNER/REF that vacancy; else
 * every word, as a prefix, in the title, employer, description,
 * occupation or skills.  Sorted; caller frees *ids.
 */
enum wb_status	 vacancy_search(struct db *, const char *typed,
		    long long **ids, size_t *n);

struct vacancy_proposal {
	long long	 candidate_id;
	char		*key, *first, *last, *step, *on, *by;
};

/* Everything about one vacancy; vacancy_detail_free frees it. */
struct vacancy_detail {
	struct vacancy_row	 row;
	char			*pc4, *education, *dutch, *deadline, *start;
	char			*collected_on, *closed_on, *description;
	char			*skills, *demands, *instruments, *sector;
	int			 licence, job_agreement, sheltered; /* -1 ? */
	struct vacancy_proposal	*proposals;
	size_t			 nproposals;
};

/*
 * WB_NOT_FOUND when the vacancy is gone.  The proposals are those of
 * the candidates u may see.
 */
enum wb_status	 vacancy_detail_load(struct db *, const struct user_ctx *u,
		    long long id, struct vacancy_detail *);
void		 vacancy_detail_free(struct vacancy_detail *);

/* A row by id (caller frees with vacancy_row_free), NULL when gone. */
struct vacancy_row *vacancy_row_load(struct db *, const struct user_ctx *u,
		    long long id);
void		 vacancy_row_free(struct vacancy_row *);

#endif
