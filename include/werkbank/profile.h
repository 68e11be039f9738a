/*
 * profile.h: the candidate profile, the one page the team sends an
 * employer about a candidate, in one house style whichever partner
 * proposes (issue 17; werkbank(1), CANDIDATE PROFILE).
 *
 * What it holds: the occupations with years of experience, skills,
 * education and Dutch level in words, hours a week, available from,
 * driving licence, transport and how far the candidate travels; work
 * arrangements (a restriction phrased as one, "geen nachtdiensten") only
 * when the candidate consented to share; what an employer can get
 * (loonkostensubsidie, jobcoaching, proefplaatsing, no-riskpolis) where
 * the candidate's target group allows it; with a vacancy, how the
 * candidate fits it (what matches, what is not known yet, what to
 * discuss); the team member writing it as the contact, with their work
 * phone and e-mail; and the profile number.
 *
 * What it never holds: the name (unless named, which needs the
 * candidate's consent and is refused in meeting mode), address,
 * postcode or place, date of birth or age, phone, e-mail, target group,
 * benefit, a restriction as such, the partner or its key.
 *
 * Writing one is recorded: a profile_share row (the vacancy's pipeline
 * shows it) and an audit row (action "export", the candidate), in the
 * same transaction; the file is made 0600 with the person's own group
 * (priv.h) and put in place only when all of it is there.  The text is
 * in the user's language (Dutch under a Dutch locale).
 */
#ifndef WERKBANK_PROFILE_H
#define WERKBANK_PROFILE_H

#include <stddef.h>
#include <stdio.h>

#include "werkbank/db.h"
#include "werkbank/user.h"

enum profile_format {
	PROFILE_TEXT,		/* plain text, 72 columns: an e-mail body */
	PROFILE_MARKDOWN,
	PROFILE_PDF,		/* A4, one page per profile */
};

/* "text", "markdown", "pdf"; and back (WB_INVALID).  The format a file
 * name's extension implies (.txt .md .pdf), or -1. */
const char	*profile_format_name(enum profile_format);
enum wb_status	 profile_format_parse(const char *, enum profile_format *);
int		 profile_format_of_path(const char *path);

/* What to write. */
struct profile_request {
	long long		 candidate_id;	/* one candidate, or 0 with top */
	long long		 vacancy_id;	/* with the fit to it; 0: none */
	size_t			 top;		/* with vacancy_id and no
						   candidate: its N best ranked */
	int			 named;		/* with the name (consent) */
	int			 meeting;	/* meeting mode: never named */
	enum profile_format	 format;
	const char		*path;		/* the file; NULL or "-": out */
	FILE			*out;		/* stdout, when no path */
};

#define PROFILE_MAX_TOP	50

struct profile_result {
	size_t		 n;		/* profiles written */
	size_t		 asked;		/* the top asked for (0: one) */
	long long	 first_number;	/* the first profile's number */
	char		 employer[160];	/* the vacancy's employer, or "" */
	char		 where[1024];	/* the file, absolute; "" for out */
	int		 no_contact;	/* the writer's work phone and e-mail
					   are both unknown */
};

/*
 * Write the profile(s) of the request, as user u, and record them.
 * Checks first, writing nothing: the right to work the pipeline, a
 * candidate u may see (WB_NOT_FOUND otherwise, as everywhere), named
 * only with consent and never in meeting mode (WB_DENIED, the reason in
 * db_error()); with top, the vacancy's best ranked candidates u may see
 * (WB_NOT_FOUND when none passes the hard rules).  WB_IO when the file
 * cannot be written (nothing is then recorded).
 */
enum wb_status	 profile_write(struct db *, const struct user_ctx *u,
		    const struct profile_request *, struct profile_result *);

/*
 * The candidate whose profile has this number, as an employer quotes it
 * ("1001"): WB_OK and *id; WB_NOT_FOUND ("no profile 1001") when there
 * is none or it is of a candidate u may not see; WB_INVALID when text is
 * not a number.
 */
enum wb_status	 profile_candidate(struct db *, const struct user_ctx *u,
		    const char *text, long long *id);
/* 1 when text is a profile number (digits only), not a PARTNER/REF. */
int		 profile_is_number(const char *text);

/* 1 when the candidate consented to share (a named profile may be
 * written of them), 0 otherwise or when u may not see them. */
int		 profile_may_name(struct db *, const struct user_ctx *u,
		    long long candidate_id);

/*
 * The number the candidate's profile has, or will have when first
 * written (the next free one): for a file name offered before writing.
 */
long long	 profile_number_peek(struct db *, long long candidate_id);

/* One profile shared, for the pipeline and the candidate's detail. */
struct profile_share {
	long long	 number;
	long long	 candidate_id;
	long long	 vacancy_id;	/* 0: none */
	char		 candidate[64];	/* PARTNER/REF, for the team */
	char		 employer[160];	/* "" without a vacancy */
	char		 by[128];	/* the name, else the login */
	char		 on[11];	/* YYYY-MM-DD */
	int		 named;
};

/*
 * The profiles shared of one vacancy (candidate_id 0) or one candidate
 * (vacancy_id 0), newest first, only of candidates u may see.  Caller
 * frees *out.
 */
enum wb_status	 profile_shares(struct db *, const struct user_ctx *u,
		    long long vacancy_id, long long candidate_id,
		    struct profile_share **out, size_t *n);
/*
 * "profiel 1001 gedeeld met WERKGEVER door X" (or "profiel 1001 gemaakt
 * door X" without a vacancy), in the user's language; without by (the
 * meeting's screen) who is left out.  Returns buf.
 */
char		*profile_share_note(const struct profile_share *, int by,
		    char *buf, size_t len);

#endif
