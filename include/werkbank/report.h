/*
 * report.h: the monitoring figures the partnership steers on (issue 7):
 * for a period, the subregion's totals, the same figures broken down by
 * partner, target group, municipality and month, the targets as
 * progress, employer satisfaction (share rating 8 or higher, NPS) and a
 * twelve-month trend for charts.  Everything is computed once into plain
 * structs by report_compute(); the CLI (`werkbank report`), the export
 * and the TUI's Rapportage view only read them.  The counting rules are
 * in man/werkbank.1 (COUNTING RULES) and at the top of src/report.c.
 * Nothing here prints to a terminal; the writers take a FILE *.
 */
#ifndef WERKBANK_REPORT_H
#define WERKBANK_REPORT_H

#include <stdio.h>

#include "werkbank/db.h"

/* Fewer answers than this and the satisfaction figures carry a warning. */
#define REPORT_MIN_ANSWERS	30
/* The share of employers rating 8 or higher the partnership aims at. */
#define REPORT_SHARE_TARGET	85.0
/* The trend covers at least this many months up to the period's end. */
#define REPORT_TREND_MONTHS	12

enum report_by {
	REPORT_BY_PARTNER,
	REPORT_BY_TARGET_GROUP,
	REPORT_BY_MUNICIPALITY,
	REPORT_BY_MONTH,
	REPORT_BY_EMPLOYER,
	REPORT_BY_SECTOR,
	REPORT_BY_CONSULTANT,
	REPORT_NBY
};

/* "partner", "target_group", "municipality", "month", "employer",
 * "sector", "consultant" (by enum). */
extern const char *const report_by_names[REPORT_NBY];

/* The sizes of the outflow figures' arrays: each reason set's reasons
 * and "onbekend" last (outflow.h), the instruments in the schema's
 * order (validate_instruments), the target groups in theirs. */
#define REPORT_NLEAVE		8
#define REPORT_NNOT_CHOSEN	10
#define REPORT_NWITHDRAWN	6
#define REPORT_NINSTRUMENTS	7
#define REPORT_NTARGET_GROUPS	9
/* A banenafspraak job is this many hours a week (the national unit). */
#define REPORT_JOB_HOURS	25.5

struct report_options {
	int		 from, to;	/* day numbers (date.h), inclusive */
	int		 today;		/* "now" for the durable rule */
};

/* One row of figures.  Counts are -1 where they do not apply. */
struct report_figures {
	long long	 vacancies_collected;
	long long	 vacancies_filled;
	double		 median_days_to_fill;	/* -1: nothing filled */
	long long	 placements;
	long long	 people_placed;		/* distinct person_no */
	long long	 durable_due;		/* placements 6 months old */
	long long	 durable_placements;
	long long	 durable_people;	/* distinct, durable placements */
	long long	 durable_12m_due;
	long long	 durable_12m;
	long long	 inflow;
	long long	 outflow;
	long long	 pool_end;

	/* Toward outflow (issue 18; the rules in report.c). */
	long long	 outflow_reason[REPORT_NLEAVE];	/* sums to outflow */
	long long	 banenafspraak_placements;
	double		 banenafspraak_jobs;	/* hours / 25.5, summed */
	long long	 banenafspraak_no_hours; /* not in the jobs: no hours */
	long long	 instrument[REPORT_NINSTRUMENTS]; /* placements using */
	long long	 lks_placements;
	double		 lks_mean_pct;		/* -1: no percentage known */
	long long	 jobcoach_placements;
	long long	 jobcoach_started;
	double		 jobcoach_median_days;	/* -1: none started */
	long long	 not_chosen;
	long long	 not_chosen_reason[REPORT_NNOT_CHOSEN];
	long long	 withdrawn;
	long long	 withdrawn_reason[REPORT_NWITHDRAWN];
	long long	 new_employers;
	long long	 returning_employers;
	long long	 placements_tg[REPORT_NTARGET_GROUPS];
	long long	 durable_tg[REPORT_NTARGET_GROUPS];
};

struct report_group {
	char			 key[64];	/* code, target group, name,
						   YYYY-MM; "unknown" */
	char			 name[128];	/* for people (partner name) */
	struct report_figures	 f;
};

struct report_breakdown {
	struct report_group	*groups;	/* owned by the report */
	size_t			 ngroups;
};

struct report_ratings {
	long long	 answers;		/* ratings in the period */
	long long	 dist[11];		/* answers per score 0-10 */
	/* NPS: over the answers to the NPS question (0-10), kept apart
	 * from the score since migration 007. */
	long long	 nps_answers;
	long long	 promoters, passives, detractors;
	double		 nps;			/* % 9-10 minus % 0-6 */
	long long	 employers;		/* that rated in the period */
	long long	 employers_8plus;	/* latest rating >= 8 */
	double		 share_8plus;		/* percent; -1: no answers */
	double		 share_target;		/* 85, or the period's target */
	int		 few;			/* answers < REPORT_MIN_ANSWERS */
};

/* A target whose period overlaps the report's, with its progress. */
struct report_target {
	char		 period[8];		/* 2026, 2026Q1, 2026-03 */
	char		 figure[24];		/* as in the target table */
	int		 from, to;		/* the target's period */
	int		 through;		/* value counted up to here */
	double		 target, value;
	double		 pct;			/* value / target; -1 if 0 */
	int		 partial;		/* not over at the report's
						   end or today: so far */
};

/* Per month, from trend_from's month to the period's last month. */
struct report_trend {
	size_t		 nmonths;
	int		*month;			/* first day of each month */
	size_t		 npartners;
	char		(*partner)[16];		/* codes, as the breakdown */
	long long	*placements;		/* [partner * nmonths + m] */
	long long	*total;			/* placements per month */
	long long	*durable, *durable_due;	/* by start month */
	long long	*inflow, *outflow;
	long long	*pool_end;		/* at the month's end (or to) */
};

/* Employer services (report-employer.c): per account manager. */
struct report_manager {
	char		 login[65];		/* "": employers without one */
	char		 name[128];		/* shown; the login in --json */
	long long	 employers;		/* theirs now */
	long long	 open_vacancies;	/* of their employers, now */
	long long	 contacted;		/* their employers contacted in
						   the period */
	long long	 contacts;		/* contacts they logged in it */
	long long	 due;			/* their employers' contacts
						   due now (contact.h) */
};

/* A vacancy whose account manager is not its employer's. */
struct report_mismatch {
	char		 vacancy[64];		/* PARTNER/REF */
	char		 employer[128];
	char		 status[12];
	char		 vacancy_manager[65], employer_manager[65];	/* logins */
	char		 vacancy_manager_name[128], employer_manager_name[128];
};

struct report_employers {
	long long		 contacts;	/* logged in the period */
	long long		 contacted;	/* employers with one */
	long long		 served;	/* served in it (rating.h) */
	long long		 served_rated;	/* of them, rated in it */
	double			 coverage;	/* percent; -1: none served */
	long long		 new_employers;	/* first vacancy or placement
						   ever in the period */
	long long		 returning;	/* one before, and one in it */
	struct report_manager	*managers;	/* by login, "" last */
	size_t			 nmanagers;
	struct report_mismatch	*mismatch;	/* collected in the period
						   or open now */
	size_t			 nmismatch;
};

struct report {
	struct report_options	 opt;
	int			 durable_months;	/* setting, 6 */
	int			 durable_long_months;	/* setting, 12 */
	struct report_figures	 total;
	struct report_breakdown	 by[REPORT_NBY];
	struct report_ratings	 ratings;
	struct report_target	*targets;
	size_t			 ntargets;
	struct report_trend	 trend;
	struct report_employers	 employers;
};

/*
 * Compute everything for opt->from..opt->to in one read transaction.
 * *out is the caller's (report_free); NULL on failure (db_error says).
 */
enum wb_status	 report_compute(struct db *, const struct report_options *,
		     struct report **out);
/* Accepts NULL. */
void		 report_free(struct report *);

/*
 * report-employer.c: the employer services figures of r's period into
 * r->employers (report_compute calls it), and their part of the human,
 * Markdown and JSON reports (an object "employers" in the total's).
 */
enum wb_status	 report_employers_compute(struct db *, struct report *);
void		 report_employers_free(struct report_employers *);
void		 report_employers_text(const struct report *, FILE *);
/* The coverage line of the human report's satisfaction part. */
void		 report_employers_coverage(const struct report *, FILE *);
void		 report_employers_markdown(const struct report *, FILE *);
void		 report_employers_json(const struct report *, FILE *);

/* The breakdown named by NAME ("partner", ...): 0, else -1. */
int		 report_by_parse(const char *name, enum report_by *);
/* A group of breakdown `by` as people read it: a target group as its
 * word, an employer or consultant by name, "unknown" translated, others
 * by their key (--csv has the key). */
const char	*report_group_shown(enum report_by,
		    const struct report_group *);
/*
 * Whether a figure (a CSV column name, or "outflow", "returning_employers")
 * means something per group of breakdown by: vacancies have no target
 * group or consultant, the pool no employer or sector, employers no
 * target group or consultant.  Where it does not apply the groups hold
 * -1 and the CSV an empty cell.
 */
int		 report_applies(enum report_by, const char *figure);
/* Placements per target group as "bijstand 3, wajong 1" (words, most
 * first) into buf; "" when none.  Returns buf. */
char		*report_tg_spread(const struct report_figures *, char *buf,
		    size_t len);

/* The calendar quarter holding day: its first and last day. */
void		 report_quarter(int day, int *from, int *to);
/*
 * A target period: "2026" (year), "2026Q1" (quarter) or "2026-03"
 * (month) to its first and last day.  WB_INVALID otherwise.
 */
enum wb_status	 report_period_parse(const char *, int *from, int *to);
/*
 * "2026Q4", "2026" or "2026-11" when from..to is exactly that period,
 * else "2026-10-01..2026-11-15".  buf: at least 32 bytes; returns buf.
 */
char		*report_period_name(int from, int to, char *buf, size_t len);

/*
 * The figures of the CSV contract (cli.md), in column order, and the
 * value of one for a row: -1 when it does not apply; for
 * median_days_to_fill -1 when nothing was filled.
 */
#define REPORT_NCSV	35
/* The columns before issue 18's (group .. pool_end). */
#define REPORT_NCSV_BASE	10
extern const char *const report_csv_columns[REPORT_NCSV];
double		 report_figure(const struct report_figures *, int column);
/* The column's number by name, or -1. */
int		 report_column(const char *name);
/* People's name of a figure (a CSV column or target figure), translated. */
const char	*report_figure_label(const char *key);

/*
 * Write the CSV of cli.md: the header, the total row, then one row per
 * group of breakdown by (-1: none).  excel: `;`, a byte-order mark, CRLF
 * and decimal commas.  *rows gets the data rows written (may be NULL).
 * WB_IO when writing failed.
 */
enum wb_status	 report_write_csv(const struct report *, int by, FILE *,
		     int excel, long *rows);
/*
 * One JSON array: the total first, then the groups of breakdown by (-1:
 * none), each an object with "group", the CSV figures and the others of
 * struct report_figures; the total also holds "period", "from", "to",
 * "today", "durable_months", "ratings", "targets" and "trend".
 */
enum wb_status	 report_write_json(const struct report *, int by, FILE *);
/*
 * The quarterly report for the administrators, in Markdown that reads
 * well printed: totals, the old count beside the new, targets,
 * satisfaction, a section per theme of the outflow (why people left,
 * why proposals ended, banenafspraak, instruments, jobcoaching,
 * employers), every breakdown and the counting rules as an appendix.
 * Headings and words are translated (gettext).
 */
enum wb_status	 report_write_markdown(const struct report *, FILE *);

/*
 * The themes of issue 18, laid out once for the human report, the
 * report screen and the Markdown report: each an ordered list of items,
 * a label, its value and what a bar measures it against.
 */
enum report_theme {
	THEME_OUTFLOW,		/* why people left the pool */
	THEME_NOT_CHOSEN,	/* the employer's reasons */
	THEME_WITHDRAWN,	/* the candidate's reasons */
	THEME_BANENAFSPRAAK,
	THEME_INSTRUMENTS,
	THEME_JOBCOACH,
	THEME_EMPLOYERS,
	REPORT_NTHEMES
};

struct report_item {
	enum report_theme theme;
	char		 label[128];	/* translated */
	char		 value[32];	/* with the user's decimal mark */
	double		 v;		/* the number */
	double		 of;		/* a bar's whole; 0: no bar */
	char		 note[160];	/* "38%", "mean 45%", or "" */
};

/* The heading of a theme, translated. */
const char	*report_theme_title(enum report_theme);
/*
 * The items of every theme for one row of figures (the total, or a
 * group of a breakdown: themes that do not apply to it are left out),
 * in theme order.  *out is the caller's to free.
 */
size_t		 report_items(const struct report_figures *,
		    struct report_item **out);

/* The figures a target may be set for (the target table's CHECK). */
extern const char *const report_target_figures[];

struct report_target_row {
	char		 period[8];
	char		 figure[24];
	double		 value;
};

/*
 * Set (insert or replace) one target in one IMMEDIATE transaction with
 * an audit row.  WB_INVALID with db_error() set for a bad period, an
 * unknown figure or a value out of range (counts >= 0, share 0-100,
 * NPS -100..100).
 */
enum wb_status	 report_target_set(struct db *, const char *login,
		     const char *period, const char *figure, double value);
/* All targets, by period then figure.  Caller frees *rows. */
enum wb_status	 report_target_list(struct db *,
		     struct report_target_row **rows, size_t *n);

#endif
