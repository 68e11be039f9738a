/*
 * cmd-exposure.c: `werkbank exposure [--from D] [--to D] [--by partner|
 * municipality|target_group] [--never] [--csv|--json]`: who the process
 * shows, proposes and places against their share of the eligible pool
 * (exposure.h; the counting rules are in werkbank(1), EXPOSURE).  CSV:
 * group,pool,pool_share,shown,shown_share,proposed,proposed_share,
 * placed,placed_share, the total first.  --never lists the candidates of
 * the pool never shown (keys only).  The period is the report's: this
 * quarter by default.
 */
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "werkbank/cmd.h"
#include "werkbank/date.h"
#include "werkbank/exposure.h"
#include "werkbank/i18n.h"
#include "werkbank/msg.h"
#include "werkbank/report.h"

#define NEVER_SHOWN	30	/* keys listed for people */

static const struct option exposure_options[] = {
	{ "from",	required_argument,	NULL, 'f' },
	{ "to",		required_argument,	NULL, 't' },
	{ "by",		required_argument,	NULL, 'b' },
	{ "never",	no_argument,		NULL, 'n' },
	{ "csv",	no_argument,		NULL, 'c' },
	{ "json",	no_argument,		NULL, 'j' },
	{ "help",	no_argument,		NULL, 'h' },
	{ NULL,		0,			NULL, 0 },
};

static const struct table_col program_cols[] = {
	{ "group",		NULL,	0 },
	{ "pool",		NULL,	1 },
	{ "pool_share",		NULL,	1 },
	{ "shown",		NULL,	1 },
	{ "shown_share",	NULL,	1 },
	{ "proposed",		NULL,	1 },
	{ "proposed_share",	NULL,	1 },
	{ "placed",		NULL,	1 },
	{ "placed_share",	NULL,	1 },
};

static const struct table_col never_cols[] = {
	{ "candidate",	N_("Candidate"),	0 },
};

static const char *
share_c(double v, char *buf, size_t len)
{
	if (isnan(v))
		return "";
	snprintf(buf, len, "%.3f", v);
	return buf;
}

static void
print_programs(const struct exposure *e, enum table_format fmt)
{
	const struct exposure_row *tot = &e->rows[0];
	struct table	*t = table_new(program_cols, 9);
	char		 b[9][32];
	const char	*cells[9];
	size_t		 i;

	for (i = 0; i < e->n; i++) {
		const struct exposure_row *r = &e->rows[i];

		cells[0] = r->group;
		snprintf(b[1], 32, "%lld", r->pool);
		snprintf(b[3], 32, "%lld", r->shown);
		snprintf(b[5], 32, "%lld", r->proposed);
		snprintf(b[7], 32, "%lld", r->placed);
		cells[1] = b[1];
		cells[2] = share_c(exposure_share(r->pool, tot->pool), b[2], 32);
		cells[3] = b[3];
		cells[4] = share_c(exposure_share(r->shown, tot->shown), b[4],
		    32);
		cells[5] = b[5];
		cells[6] = share_c(exposure_share(r->proposed, tot->proposed),
		    b[6], 32);
		cells[7] = b[7];
		cells[8] = share_c(exposure_share(r->placed, tot->placed), b[8],
		    32);
		table_add(t, cells);
	}
	table_print(t, stdout, fmt);
	table_free(t);
}

static void
print_never(const struct exposure *e, enum table_format fmt)
{
	struct table	*t = table_new(never_cols, 1);
	size_t		 i;

	for (i = 0; i < e->nnever; i++) {
		const char *cell = e->never[i];

		table_add(t, &cell);
	}
	table_print(t, stdout, fmt);
	table_free(t);
}

static int
day_arg(const char *opt, const char *s, int *day)
{
	if (date_parse(s, day) != WB_OK) {
		msg_error(_("%s: '%s' is not a date (YYYY-MM-DD)"), opt, s);
		return -1;
	}
	return 0;
}

static enum wb_status
cmd_exposure_exec(struct cmd_ctx *ctx)
{
	enum table_format	 fmt = TABLE_HUMAN;
	enum exposure_by	 by = EXPOSURE_PARTNER;
	struct exposure		*e;
	enum wb_status		 st;
	int			 ch, from = 0, to = 0, has_from = 0,
				 has_to = 0, never = 0, qf, qt,
				 today = date_today();

	optind = 0;
	while ((ch = getopt_long(ctx->argc, ctx->argv, "h", exposure_options,
	    NULL)) != -1) {
		switch (ch) {
		case 'f':
			if (day_arg("--from", optarg, &from) != 0)
				return cmd_usage(&cmd_exposure_entry);
			has_from = 1;
			break;
		case 't':
			if (day_arg("--to", optarg, &to) != 0)
				return cmd_usage(&cmd_exposure_entry);
			has_to = 1;
			break;
		case 'b':
			if (exposure_by_parse(optarg, &by) != 0) {
				msg_error(_("--by: '%s' is not partner, "
				    "municipality or target_group"), optarg);
				return cmd_usage(&cmd_exposure_entry);
			}
			break;
		case 'n':
			never = 1;
			break;
		case 'c':
			fmt = TABLE_CSV;
			break;
		case 'j':
			fmt = TABLE_JSON;
			break;
		case 'h':
			cmd_help(&cmd_exposure_entry);
			return WB_OK;
		default:
			return cmd_usage(&cmd_exposure_entry);
		}
	}
	if (optind != ctx->argc)
		return cmd_usage(&cmd_exposure_entry);
	/* The report's period: this quarter; --from alone up to today;
	 * --to alone from the start of its quarter. */
	if (!has_from && !has_to)
		report_quarter(today, &from, &to);
	else if (!has_to) {
		report_quarter(from, &qf, &qt);
		to = today >= from ? today : qt;
	} else if (!has_from)
		report_quarter(to, &from, &qt);
	if (from > to) {
		msg_error(_("the period ends before it starts"));
		return cmd_usage(&cmd_exposure_entry);
	}
	if ((st = cmd_open(ctx)) != WB_OK)
		return st;
	if ((st = exposure_load(ctx->db, &ctx->user, from, to, by, &e)) !=
	    WB_OK) {
		msg_error("%s", db_error(ctx->db));
		return st;
	}
	if (never)
		print_never(e, fmt);
	else if (fmt == TABLE_HUMAN)
		exposure_print(e, stdout, NEVER_SHOWN);
	else
		print_programs(e, fmt);
	exposure_free(e);
	return WB_OK;
}

const struct cmd_entry cmd_exposure_entry = {
	.name = "exposure",
	.usage = "[--from DATE] [--to DATE] [--by partner | municipality | "
	    "target_group] [--never] [--csv | --json]",
	.summary = N_("who is shown, proposed and placed against their share "
	    "of the pool"),
	.db = CMD_DB_OPEN,
	.exec = cmd_exposure_exec,
};
