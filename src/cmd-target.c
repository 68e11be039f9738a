/*
 * cmd-target.c: `werkbank target set PERIOD FIGURE VALUE` and `werkbank
 * target list`: the targets the monitoring shows progress against
 * (report.h).  A period is a year (2026), a quarter (2026Q1) or a month
 * (2026-03).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/cmd.h"
#include "werkbank/i18n.h"
#include "werkbank/msg.h"
#include "werkbank/num.h"
#include "werkbank/report.h"

static const struct table_col target_cols[] = {
	{ "period",	N_("Period"),	0 },
	{ "figure",	N_("Figure"),	0 },
	{ "value",	N_("Target"),	1 },
};

static enum wb_status
target_table(struct db *db, struct table **out)
{
	struct report_target_row *rows;
	enum wb_status		  st;
	size_t			  n, i;
	char			  num[32];
	const char		 *cells[3];

	*out = table_new(target_cols, 3);
	if ((st = report_target_list(db, &rows, &n)) != WB_OK)
		return st;
	for (i = 0; i < n; i++) {
		snprintf(num, sizeof(num), "%.10g", rows[i].value);
		cells[0] = rows[i].period;
		cells[1] = rows[i].figure;
		cells[2] = num;
		table_add(*out, cells);
	}
	free(rows);
	return WB_OK;
}

static enum wb_status
target_set(struct cmd_ctx *ctx)
{
	enum wb_status	 st;
	enum num_error	 ne;
	const char	*period, *figure, *value;
	char		 num[64];
	double		 v;
	int		 from, to, i;

	if (ctx->argc != 5)
		return cmd_usage(&cmd_target_entry);
	period = ctx->argv[2];
	figure = ctx->argv[3];
	value = ctx->argv[4];
	if (report_period_parse(period, &from, &to) != WB_OK) {
		msg_error(_("'%s' is not a period (2026, 2026Q1 or 2026-03)"),
		    period);
		return cmd_usage(&cmd_target_entry);
	}
	for (i = 0; report_target_figures[i] != NULL; i++)
		if (strcmp(figure, report_target_figures[i]) == 0)
			break;
	if (report_target_figures[i] == NULL) {
		msg_error(_("'%s' is not a figure a target can be set for"),
		    figure);
		return cmd_usage(&cmd_target_entry);
	}
	/* 80, 7,5 or 7.5 (num.h); 1.000 is refused as ambiguous. */
	if ((ne = num_parse(value, &v)) != NUM_OK) {
		if (ne == NUM_AMBIGUOUS)
			msg_error(_("'%s' is ambiguous: write 1000 for a "
			    "thousand, 1,5 for one and a half"), value);
		else
			msg_error(_("'%s' is not a number"), value);
		return cmd_usage(&cmd_target_entry);
	}
	if ((st = cmd_open(ctx)) != WB_OK)
		return st;
	if ((st = report_target_set(ctx->db, ctx->login, period, figure, v)) !=
	    WB_OK) {
		msg_error("%s", db_error(ctx->db));
		return st == WB_INVALID ? WB_USAGE : st;
	}
	printf(_("target %s %s set to %s\n"), period, figure,
	    num_format(v, 6, num, sizeof(num)));
	return WB_OK;
}

static enum wb_status
cmd_target_exec(struct cmd_ctx *ctx)
{
	struct cmd_ctx	sub;
	enum wb_status	st;

	if (ctx->argc >= 2 && strcmp(ctx->argv[1], "set") == 0)
		return target_set(ctx);
	if (ctx->argc >= 2 && strcmp(ctx->argv[1], "--help") == 0) {
		cmd_help(&cmd_target_entry);
		return WB_OK;
	}
	/* `target [list] [--csv | --json]` */
	sub = *ctx;
	if (ctx->argc >= 2 && strcmp(ctx->argv[1], "list") == 0) {
		sub.argc--;
		sub.argv++;
	} else if (ctx->argc >= 2 && ctx->argv[1][0] != '-')
		return cmd_usage(&cmd_target_entry);
	st = cmd_list(&sub, &cmd_target_entry, target_table);
	ctx->db = sub.db;	/* main closes it */
	return st;
}

const struct cmd_entry cmd_target_entry = {
	.name = "target",
	.usage = "set PERIOD FIGURE VALUE | list [--csv | --json]",
	.summary = N_("set or list the targets of the monitoring"),
	.db = CMD_DB_OPEN,
	.exec = cmd_target_exec,
};
