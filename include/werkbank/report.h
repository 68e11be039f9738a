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
	REPORT_NBY
};

/* "partner", "target_group", "municipality", "month" (by enum). */
extern const char *const report_by_names[REPORT_NBY];

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
};

/*
 * Compute everything for opt->from..opt->to in one read transaction.
 * *out is the caller's (report_free); NULL on failure (db_error says).
 */
enum wb_status	 report_compute(struct db *, const struct report_options *,
		     struct report **out);
/* Accepts NULL. */
void		 report_free(struct report *);

/* The breakdown named by NAME ("partner", ...): 0, else -1. */
int		 report_by_parse(const char *name, enum report_by *);
/* A group of breakdown `by` as people read it: a target group as its
 * word, "unknown" translated, others by their key (--csv has the key). */
const char	*report_group_shown(enum report_by,
		    const struct report_group *);

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
#define REPORT_NCSV	10
extern const char *const report_csv_columns[REPORT_NCSV];
double		 report_figure(const struct report_figures *, int column);
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
 * satisfaction, every breakdown and the counting rules as an appendix.
 * Headings and words are translated (gettext).
 */
enum wb_status	 report_write_markdown(const struct report *, FILE *);

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
