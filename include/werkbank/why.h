/*
 * why.h: "why is she third?" -- one pair of a ranking taken apart, for
 * the meeting: each part of the score (match.h) with its weight, its
 * value, what it adds to the score and why in words (the candidate's
 * side against what the vacancy asks), and the difference with the one
 * ranked just above.  The numbers are the very ones the ranking used
 * (match_explain), so the parts add up to the score shown.
 *
 * A part's share is its weight over the weights of the parts that apply
 * to the vacancy; it adds share * value, and share / 2 when the
 * candidate's side is unknown (a neutral half).  A part that does not
 * apply (the vacancy asks no skills) adds nothing and has no share.
 */
#ifndef WERKBANK_WHY_H
#define WERKBANK_WHY_H

#include <stddef.h>

#include "werkbank/match.h"

#define WHY_REASON_MAX	200

struct why_part {
	int		 applies;	/* 0: the vacancy asks nothing */
	double		 weight;	/* as set, 0-100 */
	double		 share;		/* of the score, 0-1; 0 when n/a */
	double		 value;		/* 0-1, MATCH_UNKNOWN, MATCH_NA */
	double		 adds;		/* share * value (unknown: half) */
	char		 reason[WHY_REASON_MAX];	/* in words */
};

struct match_why {
	double		 score;		/* the sum of the adds */
	unsigned	 excluded;	/* enum match_exclusion bits */
	double		 distance_km;	/* < 0 withheld */
	struct why_part	 part[MATCH_NPARTS];
};

/*
 * Take candidate cand of idx apart for vacancy v under weights w, as
 * the ranking for asking sees them (match_explain).  Reasons are in the
 * user's language with codes as words.
 */
void		 match_why(const struct match_index *, size_t cand,
		    const struct match_vacancy *v,
		    const struct match_weights *w, long long asking,
		    struct match_why *out);

/* A part's name for people ("Occupation"; nl "Beroep"). */
const char	*why_part_label(enum match_part);

/*
 * What the one above has more, in words: "0,05 more: occupation +0,10,
 * travel +0,02; skills -0,07" into buf (a tie: the order of the keys).
 * Returns buf.
 */
char		*why_compare(const struct match_why *above,
		    const struct match_why *me, char *buf, size_t len);

/* The weights in force, "occupation 35, skills 20, ..." into buf. */
char		*why_weights(const struct match_weights *, char *buf,
		    size_t len);

/* 0,87 / .87 as the screens show a part (num.h's decimal mark). */
char		*why_number(double, char *buf, size_t len);

#endif
