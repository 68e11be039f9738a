/*
 * exposure.h: who gets seen.  Per group of candidates (partner, home
 * municipality or target group) over a period: its share of the eligible
 * pool, of the candidates shown in top-N lists, of those proposed and of
 * those placed, and the candidates eligible somewhere who were never
 * shown.  The counting rules (werkbank(1), EXPOSURE):
 *
 * - pool: candidates the user may see who were in the pool on a day of
 *   the period (registered_on <= to, left_on empty or >= from) and pass
 *   the hard rules of the match, apart from the status rule, for at
 *   least one vacancy open on a day of the period (collected_on <= to,
 *   closed_on empty or >= from).
 * - shown: candidates in a match run (match --all, the top N kept) or a
 *   slate kept as shown, made in the period (UTC date).
 * - proposed: candidates with a proposal dated in the period.
 * - placed: people (person_no) with a placement starting in the period,
 *   grouped by the placement's record of partner, municipality and
 *   target group; one purged since still counts.
 * - Every column counts a person once per group; a share is the group's
 *   count over the total of its column.
 * - never shown: of the pool, those not shown.
 */
#ifndef WERKBANK_EXPOSURE_H
#define WERKBANK_EXPOSURE_H

#include <stddef.h>
#include <stdio.h>

#include "werkbank/db.h"
#include "werkbank/user.h"

enum exposure_by {
	EXPOSURE_PARTNER,
	EXPOSURE_MUNICIPALITY,
	EXPOSURE_TARGET_GROUP,
};

struct exposure_row {
	char		*group;		/* partner code, municipality name or
					   target group code; "total" first */
	long long	 pool, shown, proposed, placed;
};

struct exposure {
	int			 from, to;	/* day numbers, inclusive */
	enum exposure_by	 by;
	struct exposure_row	*rows;		/* the total, then by group */
	size_t			 n;
	char			**never;	/* keys of the pool never shown,
						   sorted */
	size_t			 nnever;
};

/* "partner", "municipality", "target_group" and back (-1 unknown). */
const char	*exposure_by_name(enum exposure_by);
int		 exposure_by_parse(const char *, enum exposure_by *);

/* Count from..to (day numbers) for u.  Free with exposure_free. */
enum wb_status	 exposure_load(struct db *, const struct user_ctx *u, int from,
		    int to, enum exposure_by, struct exposure **out);
void		 exposure_free(struct exposure *);

/* count / total, or NAN when total is 0. */
double		 exposure_share(long long count, long long total);

/*
 * For people, in their language: a heading line, the table (counts,
 * shares, each share against the pool's share: 1,00 is even) and the
 * keys of at most max of those never shown (exposure-write.c).
 */
void		 exposure_print(const struct exposure *, FILE *, size_t max);
/* The same as a Markdown section (## heading) for reports. */
void		 exposure_markdown(const struct exposure *, FILE *);

#endif
