/*
 * profile-int.h: what the profile modules share (not a public header;
 * profile.h has the API).  profile.c reads a candidate into a document
 * (struct pdoc: headings, fields and bullets, already in the user's
 * language and free of control characters), profile-fit.c adds the fit
 * to a vacancy, and profile-text.c and profile-pdf.c lay documents out,
 * knowing nothing of the database.
 */
#ifndef WERKBANK_PROFILE_INT_H
#define WERKBANK_PROFILE_INT_H

#include <stddef.h>
#include <stdio.h>

#include "werkbank/db.h"

enum pdoc_kind {
	PD_SECTION,		/* a heading; mark PD_BOX: a boxed section */
	PD_FIELD,		/* label: text */
	PD_SUBHEAD,		/* a heading inside a section */
	PD_BULLET,		/* one point, mark: which kind */
	PD_PARA,		/* a paragraph */
	PD_FOOTER,		/* small print at the foot of the page */
};

enum pdoc_mark {
	PD_PLAIN,
	PD_BOX,			/* PD_SECTION: drawn in a box (the contact) */
	PD_GOOD,		/* PD_SUBHEAD/PD_BULLET: matches */
	PD_OPEN,		/* not known yet */
	PD_TALK,		/* to discuss */
};

struct pdoc_item {
	enum pdoc_kind	 kind;
	enum pdoc_mark	 mark;
	char		*label;		/* PD_FIELD; else NULL */
	char		*text;
};

/* One profile, ready to lay out.  Every string is owned. */
struct pdoc {
	char		*title;		/* "Kandidaatprofiel" */
	char		*number;	/* "Profiel 1001" */
	char		*date;		/* "23 november 2026" */
	char		*name;		/* named: the candidate; else NULL */
	char		*headline;	/* the main occupation and years */
	char		*for_line;	/* with a vacancy: for whom; or NULL */
	struct pdoc_item *items;
	size_t		 n, cap;
};

struct pdoc	*pdoc_new(void);
void		 pdoc_free(struct pdoc *);
/* Add an item; label and text are copied through pdoc_clean (NULL
 * label: none).  Returns the item. */
struct pdoc_item *pdoc_add(struct pdoc *, enum pdoc_kind, enum pdoc_mark,
		    const char *label, const char *text);
/* printf into a new item's text. */
void		 pdoc_addf(struct pdoc *, enum pdoc_kind, enum pdoc_mark,
		    const char *label, const char *fmt, ...)
		    __attribute__((format(printf, 5, 6)));
/*
 * A copy of text from data fit for any output: invalid UTF-8 and the
 * characters that must never reach a terminal (text.h) become U+FFFD,
 * TAB, CR and LF a space, whatever the locale.  NULL gives "".  Caller
 * frees.
 */
char		*pdoc_clean(const char *);

/* 1 when the user's language is Dutch (the catalogue in use). */
int		 profile_dutch(void);
/* "23 november 2026" for a day number (date.h), in the user's
 * language.  Returns buf. */
char		*profile_date_words(int days, char *buf, size_t len);
/* "24 tot 32 uur" and the like, from a range (< 0: unknown), or NULL
 * when both ends are unknown.  Returns buf or NULL. */
char		*profile_hours_words(double min, double max, char *buf,
		    size_t len);
/* The Dutch level for an employer: "spreekt en begrijpt ... (B1)". */
const char	*profile_dutch_words(const char *cefr);
/* A job title for an ISCO unit group in the user's language: Dutch:
 * werkbank's everyday title (record.h), else ISCO's; English: ISCO's.
 * Capitalised.  Returns buf. */
char		*profile_occupation_title(struct db *, const char *isco,
		    char *buf, size_t len);

/* What profile-fit.c needs of the candidate, read by profile.c. */
struct pfit_candidate {
	long long	 id;
	char		 isco[8][5];	/* occupations, most years first */
	double		 years[8];	/* < 0 unknown */
	size_t		 nocc;
	char		**skills;
	size_t		 nskills;
	int		 nlqf;		/* education; -1 unknown */
	char		 education[160];
	int		 dutch;		/* CEFR rank 0-6; -1 unknown */
	char		 cefr[3];
	double		 hours_min, hours_max;	/* < 0 unknown */
	int		 available;	/* day number; 0: now or unknown */
	int		 licence;	/* -1 unknown */
	int		 job_agreement;	/* -1 unknown */
	double		 range_km;	/* travel range; < 0 unknown */
	int		 range_usual;	/* not the candidate's own: the usual
					   range of their transport */
	double		 lat, lon;
	unsigned	 restrictions;	/* bits: match_restriction_name */
	int		 consent;
};

/* Who the profile is of, for messages and the record (never printed in
 * an anonymous profile). */
struct profile_who {
	char		 key[64];	/* PARTNER/REF */
	char		 name[256];
	int		 consent;
	long long	 employer_id;	/* with a vacancy */
	char		 employer[160];
};

struct profile_build_opts {
	long long	 number;
	long long	 vacancy_id;	/* 0: none */
	int		 named;
};

/*
 * Read candidate id (vis: the visibility rule as SQL over c.partner_id
 * and c.consent, user.h) into a new document, up to the instruments
 * (the caller adds the contact and the foot); fc and who are filled.
 * WB_NOT_FOUND for a candidate not there or not to be seen; WB_DENIED
 * for named without consent.  Free fc with profile_fit_free.
 */
enum wb_status	 profile_build(struct db *, const char *vis, long long id,
		    const struct profile_build_opts *, struct pdoc **out,
		    struct pfit_candidate *fc, struct profile_who *who);
void		 profile_fit_free(struct pfit_candidate *);
/* "5 years' experience", "less than a year's experience" (y < 0:
 * unknown). */
void		 profile_years_words(double y, char *buf, size_t len);
/* A restriction code as a work arrangement, or NULL. */
const char	*profile_arrangement(const char *code);

/*
 * Add the fit to vacancy_id to d: what matches, what is not known yet,
 * what to discuss; set d->for_line and *employer_id.  WB_NOT_FOUND when
 * the vacancy is gone.
 */
enum wb_status	 profile_fit(struct db *, long long vacancy_id,
		    const struct pfit_candidate *, struct pdoc *d,
		    long long *employer_id, char *employer, size_t elen);

/* Lay the documents out, one after another (text: separated by a
 * rule; Markdown: a horizontal rule). */
void		 profile_render_text(struct pdoc *const *, size_t n, FILE *,
		    int markdown);
/*
 * A4 PDF, each document on a page of its own, shrunk to fit one page
 * when it is long.  WB_IO with the reason in err when it failed.
 */
enum wb_status	 profile_render_pdf(struct pdoc *const *, size_t n, FILE *,
		    char *err, size_t errlen);

#endif
