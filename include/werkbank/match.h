/*
 * match.h: rank the whole pool for a vacancy, and the vacancies for one
 * candidate, with the reasons in plain words.  The pool is read from the
 * database once into a compact in-memory index (struct match_index);
 * ranking one vacancy against it allocates nothing per candidate and
 * takes milliseconds for a million people.
 *
 * The rules (man/werkbank.1, MATCHING RULES):
 *
 * Hard rules exclude a candidate, each with a reason: status geplaatst
 * or inactief; no consent to share and of another partner than the one
 * asking; no driving licence when the job needs one; the work PC4
 * farther than the candidate's travel range; a restriction against a job
 * demand; available only after the job's start date; a banenafspraak
 * job for someone outside the doelgroepregister; a beschut-werk place
 * for someone whose target group is not beschut.  Unknown data never
 * excludes (except that an unknown travel range is capped at the widest
 * default range).
 *
 * Six parts, each 0-1 (MATCH_UNKNOWN when the candidate's side is not
 * known, MATCH_NA when the vacancy asks nothing):
 *   occupation  max over the candidate's ISCO codes of g * (0.7 + 0.3 e):
 *               g = 1 same unit group (4 digits), 0.5 minor (3), 0.3
 *               sub-major (2), 0.15 major (1), else 0; e = min(years,5)/5,
 *               0.5 when the years are unknown.
 *   skills      share of the job's skills the candidate has.
 *   education   NLQF >= the minimum 1, one below 0.5, lower 0.
 *   language    Dutch CEFR rank >= the minimum 1, one below 0.5, lower 0.
 *   hours       1 when the ranges share an hour figure, else
 *               max(0, 1 - gap / 8) (gap in hours per week).
 *   travel      1 - distance / range (distance between PC4 centroids).
 *
 * score = (sum over known parts of w * part + sum over unknown parts of
 * w * 0.5) / (sum of w over the applicable parts): an unknown part counts
 * as a neutral half.  Parts that do not apply are left out.  Ties go to
 * the smaller candidate key (PARTNER/REF, byte order).  Nothing about the
 * municipality or partner of either side enters the score.
 */
#ifndef WERKBANK_MATCH_H
#define WERKBANK_MATCH_H

#include <stddef.h>

#include "werkbank/db.h"

enum match_part {
	MATCH_OCCUPATION,
	MATCH_SKILLS,
	MATCH_EDUCATION,
	MATCH_LANGUAGE,
	MATCH_HOURS,
	MATCH_TRAVEL,
	MATCH_NPARTS
};

/* A part's value when the candidate's side is unknown / it does not apply. */
#define MATCH_UNKNOWN	(-1.0)
#define MATCH_NA	(-2.0)

/* Why a candidate is left out: a bit mask, in the order reasons are shown. */
enum match_exclusion {
	MATCH_EX_STATUS		= 1 << 0,	/* geplaatst or inactief */
	MATCH_EX_CONSENT	= 1 << 1,	/* no consent, other partner */
	MATCH_EX_LICENCE	= 1 << 2,
	MATCH_EX_DISTANCE	= 1 << 3,
	MATCH_EX_RESTRICTION	= 1 << 4,
	MATCH_EX_AVAILABLE	= 1 << 5,
	MATCH_EX_JOB_AGREEMENT	= 1 << 6,
	MATCH_EX_SHELTERED	= 1 << 7,
};

/* The English component name of a part ("occupation", ...). */
const char	*match_part_name(enum match_part);

struct match_weights {
	double	w[MATCH_NPARTS];	/* 0-100 each */
};

/* The weights in the match_weight table (defaults for missing rows). */
enum wb_status	 match_weights_load(struct db *, struct match_weights *);
/* Store them, in the caller's transaction if any. */
enum wb_status	 match_weights_save(struct db *, const struct match_weights *);
/*
 * Apply "occupation=3,skills=2,..." to *w (parts not named keep their
 * weight).  WB_INVALID with a message in err for an unknown part, a
 * value that is not a number from 0 to 100, or all weights 0.
 */
enum wb_status	 match_weights_parse(const char *spec, struct match_weights *w,
		    char *err, size_t errlen);
/* {"occupation":3,...}; caller frees. */
char		*match_weights_json(const struct match_weights *);

/*
 * A vacancy as the matcher sees it.  Plain data, owned by whoever loaded
 * it; match_vacancy_clear frees the strings and arrays.
 */
struct match_vacancy {
	long long	 id;
	char		*key;		/* PARTNER/REF */
	char		*partner;	/* the collecting partner's code */
	char		*title;
	char		*municipality;	/* of the work place, for display */
	char		 isco[5];	/* 4-digit unit group */
	char		 pc4[5];
	double		 lat, lon;
	double		 hours_min, hours_max;	/* < 0 unknown */
	int		 education;	/* minimum NLQF, -1 none asked */
	int		 dutch;		/* minimum CEFR rank 0-6, -1 none */
	int		 licence;	/* driving licence needed: 1, else 0 */
	int		 job_agreement;	/* banenafspraak job: 1, else 0 */
	int		 sheltered;	/* beschut-werk place: 1, else 0 */
	int		 start;		/* day number; MATCH_NO_DATE unknown */
	unsigned	 demands;	/* bit i = demand i (match_demand_name) */
	char		**skills;	/* required skills, lower-case */
	size_t		 nskills;
	int		 open;		/* status open */
};

#define MATCH_NO_DATE	(-2147483647 - 1)

/* The demand a restriction bit stands for, and the restriction; NULL past the end. */
const char	*match_demand_name(int bit);
const char	*match_restriction_name(int bit);

/*
 * Load the vacancy named PARTNER/REF.  WB_NOT_FOUND with a message
 * naming it (db_error) when there is none.  Clear *out when done.
 */
enum wb_status	 match_vacancy_load(struct db *, const char *key,
		    struct match_vacancy *out);
/* Every open vacancy, by key.  Free with match_vacancies_free. */
enum wb_status	 match_vacancies_load_open(struct db *,
		    struct match_vacancy **out, size_t *n);
void		 match_vacancy_clear(struct match_vacancy *);
void		 match_vacancies_free(struct match_vacancy *, size_t n);

/*
 * The index of the pool: every candidate with what the rules need, in
 * compact arrays.  Immutable once built, so several threads may rank
 * against one index at once.
 */
struct match_index;

/* Build it from the database (one read of the candidate tables). */
enum wb_status	 match_index_build(struct db *, struct match_index **out);
/* Accepts NULL. */
void		 match_index_free(struct match_index *);
/* Bytes the index holds. */
size_t		 match_index_memory(const struct match_index *);
size_t		 match_index_count(const struct match_index *);
/* The candidates in the pool (candidate.h), whoever may see them. */
size_t		 match_index_pool(const struct match_index *);
/* The candidate with key PARTNER/REF: 0 and *i set, or -1. */
int		 match_index_find(const struct match_index *, const char *key,
		    size_t *i);
/* About candidate i (strings owned by the index). */
const char	*match_index_key(const struct match_index *, size_t i);
long long	 match_index_id(const struct match_index *, size_t i);
const char	*match_index_partner(const struct match_index *, size_t i);
const char	*match_index_municipality(const struct match_index *, size_t i);
/* The index of the partner with this database id, -1 if none: for "asking". */
int		 match_index_partner_slot(const struct match_index *,
		    long long partner_id);

/*
 * The partner of the person asking: the partner of the app_user with
 * this login, or 0 when the users table is empty or the login is not in
 * it.  With no asking partner, candidates without consent are excluded
 * whichever partner they belong to.
 */
enum wb_status	 match_asking_partner(struct db *, const char *login,
		    long long *partner_id);

/* One row of a ranking. */
struct match_result {
	int		 rank;		/* 1, 2, ...; 0 for an excluded row */
	size_t		 cand;		/* candidate: index in the index */
	size_t		 vac;		/* vacancy: index in the array given */
	double		 score;		/* 0-1 (for excluded rows: would-be) */
	double		 part[MATCH_NPARTS]; /* 0-1, MATCH_UNKNOWN, MATCH_NA */
	double		 distance_km;	/* < 0 when withheld (no consent) */
	unsigned	 excluded;	/* enum match_exclusion bits, 0 ranked */
	char		*notes;		/* unknowns and warnings, or the
					   reasons for an excluded row;
					   never NULL */
};

/* How many were considered and how many passed the hard rules. */
struct match_counts {
	size_t	considered;
	size_t	eligible;
};

/* Free an array of results; accepts NULL. */
void		 match_results_free(struct match_result *, size_t n);

/*
 * Rank the candidates of the index for vacancy v: the best top_n (0 =
 * all) by score, ties by key; with include_excluded, then the best top_n
 * of the excluded ones (by the score they would have had) with their
 * reasons.  asking_partner is a partner id (0 none).  counts may be
 * NULL, which is faster: the hard rules are then applied only to those
 * that could reach the top.  Caller frees *out with match_results_free.
 *
 * asking_partner is the partner of the person looking (user_ctx's
 * partner_id).  With one (> 0; -1 for nobody's), the candidates without
 * consent of other partners are not theirs to see (user.h): they are
 * never ranked, never among the excluded and not counted as considered.
 * With none (0, a single-user database, whose one person sees everyone)
 * those without consent are listed among the excluded with the reason.
 */
void		 match_rank_vacancy(const struct match_index *,
		    const struct match_vacancy *v, const struct match_weights *,
		    long long asking_partner, size_t top_n, int include_excluded,
		    struct match_result **out, size_t *n,
		    struct match_counts *counts);
/*
 * The same ranking split over `threads` threads (1 to 16), each over its
 * part of the index; the result is the same whatever the number.
 * match_rank_vacancy ranks on the calling thread: on a machine whose
 * cores are shared by several sessions the second thread mostly waited
 * for one (make bench, match --bench-rank --threads).
 */
void		 match_rank_vacancy_split(const struct match_index *,
		    const struct match_vacancy *v, const struct match_weights *,
		    long long asking_partner, size_t top_n, int include_excluded,
		    struct match_result **out, size_t *n,
		    struct match_counts *counts, int threads);

/*
 * The reverse: rank the nv vacancies for candidate cand, same rules and
 * order (ties by vacancy key).  Results carry .vac.  Nothing (*n 0) for
 * a candidate asking_partner may not see.
 */
void		 match_rank_candidate(const struct match_index *, size_t cand,
		    const struct match_vacancy *vs, size_t nv,
		    const struct match_weights *, long long asking_partner,
		    size_t top_n, int include_excluded,
		    struct match_result **out, size_t *n,
		    struct match_counts *counts);

/*
 * A result's notes for people: each part in the user's language, codes
 * as words, numbers with their decimal mark.  The notes themselves are
 * English with codes (a match run stores them, --csv writes them), the
 * same whatever the locale.  Returns buf, cut when it is too small.
 */
char		*match_notes_shown(const char *notes, char *buf, size_t len);

/* Explain one pair: the full result row (rank 0).  Caller frees notes. */
void		 match_explain(const struct match_index *, size_t cand,
		    const struct match_vacancy *v, const struct match_weights *,
		    long long asking_partner, struct match_result *out);

struct match_run_summary {
	long long	 run_id;
	size_t		 vacancies, candidates, results;
	double		 seconds;
};

/*
 * A match run: rank every open vacancy, keep the top_n of each, and
 * store the run (time, user, weights) and its rows in match_run and
 * match_result in one transaction begun IMMEDIATE, after the ranking so
 * that the write lock is held only while writing.  Rows of records
 * deleted meanwhile are skipped.
 */
enum wb_status	 match_run_all(struct db *, const char *login, size_t top_n,
		    struct match_run_summary *);

#endif
