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
