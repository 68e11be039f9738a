/*
 * report-int.h: the state of one computation of the monitoring figures
 * (struct report_ctx), shared by the files of the report module only:
 * report-load.c loads the settings, partners and places, keeps the
 * groups of each breakdown with the figures counted for them and hands
 * them over to the report; report.c runs the passes over the data that
 * count into them.  Not part of the module's API.
 */
#ifndef WERKBANK_REPORT_INT_H
#define WERKBANK_REPORT_INT_H

#include <sqlite3.h>
#include <stdio.h>

#include "werkbank/report.h"

#define NPC4		10000	/* PC4 codes 0000-9999 */

struct report_ivec {
	int		*v;
	size_t		 n, cap;
};

struct report_lvec {
	long long	*v;
	size_t		 n, cap;
};

/* The figures of one row while they are being counted. */
struct report_acc {
	struct report_figures	 f;
	struct report_ivec	 fill;		/* days to fill */
	struct report_lvec	 persons, dpersons;
	struct report_ivec	 coach;		/* days to the jobcoach */
	double			 lks_sum;	/* LKS percentages given */
	long long		 lks_n;
};

/* An employer as the breakdowns by employer and sector need it. */
struct report_emp {
	long long	 id;
	long long	 partner_id;	/* 0: none */
	char		 pc4[5];
	int		 group;		/* by employer, -1 until met */
	int		 sector;	/* by sector, -1 until met */
	char		*key, *name, *sector_name;
};

/* A user, as the breakdown by consultant needs them. */
struct report_user {
	long long	 id;
	int		 group;		/* -1 until met */
	char		*login, *name;
};

/* The groups of one breakdown, each with its accumulator. */
struct report_dim {
	struct report_group	*g;
	struct report_acc	*a;
	size_t			 n, cap;
};

struct report_pmap {
	long long	 id;
	int		 group;
};

struct report_ctx {
	struct db	*db;
	int		 light;		/* totals only (a target's period) */
	int		 from, to, today, dm, dlm;
	char		 from_s[11], to_s[11];
	struct report_acc total;
	struct report_dim dim[REPORT_NBY];
	struct report_ratings ratings;

	struct report_pmap *pmap;	/* partner id -> group, by id */
	size_t		 npmap;
	short		*pc4_muni;	/* [NPC4] municipality index, -1 */
	short		*code_muni;	/* [NPC4] municipality code -> index */
	char		(*muni_name)[128];
	int		*muni_group;	/* municipality index -> group */
	size_t		 nmuni;
	int		 unknown_group;

	struct report_emp *emp;		/* by id */
	size_t		 nemp;
	struct report_user *users;	/* by id */
	size_t		 nusers;
	int		 unknown_emp, unknown_sector, unknown_consultant;

	int		 axis0;		/* y*12+m-1 of the trend's month 0 */
	size_t		 naxis;
	int		 period0;	/* axis index of the period's month */
	struct report_trend *trend;
	long long	*pool_diff;
};

/*
 * Zero c for db and from..to (day numbers), the total's accumulator
 * ready.  Nothing is loaded yet: a light computation needs no more.
 */
void		 report_ctx_init(struct report_ctx *, struct db *, int from,
		     int to, int today);
/*
 * For a full report: read the settings (into c and r), the partners and
 * the places, make the groups of every breakdown known up front and
 * allocate r's trend (c->trend points to it).
 */
enum wb_status	 report_ctx_load(struct report_ctx *, struct report *);
/*
 * Finish every accumulator and copy the groups into r->by (the
 * municipalities by name, "unknown" last), the total and the ratings.
 */
void		 report_ctx_collect(struct report_ctx *, struct report *);
/* Frees what c holds; the report's trend stays with the report. */
void		 report_ctx_free(struct report_ctx *);
/* Frees the arrays of a trend, not t itself. */
void		 report_trend_free(struct report_trend *);

/* Medians and distinct counts; frees the samples (again: a no-op). */
void		 report_acc_finish(struct report_acc *);

/*
 * The group a row counts in for each breakdown, -1 for none (always in
 * a light computation).  Municipality groups are made when first met,
 * "unknown" for a PC4 or code that names none.
 */
int		 report_partner_group(const struct report_ctx *, long long id);
int		 report_tg_group(const struct report_ctx *, const char *tg);
int		 report_pc4_group(struct report_ctx *, const char *pc4);
/* By municipality code; not in a light computation (no places). */
int		 report_muni_code_group(struct report_ctx *, const char *code);
/* The month of a date ("YYYY-MM-DD") inside the period. */
int		 report_month_group(const struct report_ctx *, const char *);
/* An employer's entry by id (NULL: none, or a light computation); its
 * group by employer and by sector, made when first met ("unknown" for
 * none). */
struct report_emp *report_emp_find(const struct report_ctx *, long long id);
int		 report_emp_group(struct report_ctx *, struct report_emp *);
int		 report_sector_group(struct report_ctx *, struct report_emp *);
/* The group of a consultant (a user id; 0 or NULL: "unknown"). */
int		 report_consultant_group(struct report_ctx *, long long id);
/* The group of each breakdown for a row of the pool, a placement or a
 * proposal's end, into g: the person's partner, target group, place of
 * residence (pc4, else municipality code), consultant, the month of day
 * and, for the last two, the employer; -1 where none.  For the pool
 * (emp NULL, pool 1), employer and sector do not apply. */
void		 report_person_groups(struct report_ctx *, int g[REPORT_NBY],
		    long long partner, const char *tg, const char *pc4,
		    const char *muni, long long consultant, const char *day,
		    struct report_emp *emp);

/* The passes of report-outflow.c: why proposals ended, and the
 * employers new and returning in the period. */
enum wb_status	 report_pass_endings(struct report_ctx *);
enum wb_status	 report_pass_employers(struct report_ctx *);
/* report-md.c: the Markdown report's sections of issue 18: a section
 * per theme, a breakdown by employer, sector or consultant with target
 * groups and the durable share, and the counting rules of its figures. */
void		 report_markdown_outflow(const struct report *, FILE *);
void		 report_markdown_placed(const struct report *, FILE *,
		    enum report_by, const char *title);
void		 report_markdown_outflow_rules(const struct report *, FILE *);

/* The index of a target group in the schema's order, -1 for none. */
int		 report_tg_index(const char *);
/* Push onto a vector. */
void		 report_ivec_push(struct report_ivec *, int);
void		 report_lvec_push(struct report_lvec *, long long);
/* Prepare sql with ?1 = from, ?2 = the period's end. */
enum wb_status	 report_prepare_span(struct report_ctx *, const char *sql,
		    const char *from, sqlite3_stmt **);
/* Finalize; WB_OK when the statement ran to its end. */
enum wb_status	 report_finish(struct report_ctx *, sqlite3_stmt *, int rc);
/*
 * The total and the accumulator of each group in g[] (-1: none): into
 * out, which has room for REPORT_NBY + 1; returns how many.
 */
size_t		 report_accs(struct report_ctx *, const int g[REPORT_NBY],
		     struct report_acc **out);

/* "YYYY-MM-DD" (checked by the schema) to y * 12 + m - 1. */
int		 report_ym_of(const char *);
/* Column i as text; NULL for NULL. */
const char	*report_col_text(sqlite3_stmt *, int i);

#endif
