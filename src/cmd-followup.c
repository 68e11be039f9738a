/*
 * cmd-followup.c: `werkbank followup [--days N] [--csv | --json]` lists
 * the placements due for their durable check (6 and 12 months), overdue
 * first; `werkbank followup PLACEMENT still [--date D]` and `werkbank
 * followup PLACEMENT left DATE` record the answer.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/cmd.h"
#include "werkbank/followup.h"
#include "werkbank/i18n.h"
#include "werkbank/msg.h"

static const struct option followup_options[] = {
	{ "days",	required_argument,	NULL, 'D' },
	{ "date",	required_argument,	NULL, 'd' },
	{ "csv",	no_argument,		NULL, 'c' },
	{ "json",	no_argument,		NULL, 'j' },
	{ "help",	no_argument,		NULL, 'h' },
	{ NULL,		0,			NULL, 0 },
};

static const struct table_col followup_cols[] = {
	{ "placement",	N_("Placement"),	1 },
	{ "vacancy",	N_("Vacancy"),		0 },
	{ "candidate",	N_("Candidate"),	0 },
	{ "partner",	N_("Partner"),		0 },
	{ "start",	N_("Start"),		0 },
	{ "months",	N_("Months"),		1 },
	{ "due",	N_("Due"),		0 },
	{ "days",	N_("Days"),		1 },
};
#define NFOLLOWUP_COLS	(sizeof(followup_cols) / sizeof(followup_cols[0]))

static enum wb_status
followup_list(struct cmd_ctx *ctx, const struct user_ctx *u, int days,
    enum table_format fmt)
{
	struct followup_item	*items;
	struct table		*t;
	enum wb_status		 st;
	size_t			 n, i;
	char			 id[32], months[16], left[16];
	const char		*cells[NFOLLOWUP_COLS];

	if ((st = followup_due(ctx->db, u, days, &items, &n)) != WB_OK) {
		msg_error("%s", db_error(ctx->db));
		return st;
	}
	t = table_new(followup_cols, NFOLLOWUP_COLS);
	for (i = 0; i < n; i++) {
		snprintf(id, sizeof(id), "%lld", items[i].placement_id);
		snprintf(months, sizeof(months), "%d", items[i].months);
		snprintf(left, sizeof(left), "%d", items[i].days);
		cells[0] = id;
		cells[1] = items[i].vacancy;
		cells[2] = items[i].candidate;
		cells[3] = items[i].partner;
		cells[4] = items[i].start;
		cells[5] = months;
		cells[6] = items[i].due;
		cells[7] = left;
		table_add(t, cells);
	}
	table_print(t, stdout, fmt);
	table_free(t);
	free(items);
	return WB_OK;
}

static enum wb_status
cmd_followup_exec(struct cmd_ctx *ctx)
{
	struct followup_answer	 a;
	struct followup_result	 res;
	const struct user_ctx	*u = &ctx->user;
	enum table_format	 fmt = TABLE_HUMAN;
	enum wb_status		 st;
	const char		*date = NULL, *kind;
	char			*end;
	long			 days = -1;
	int			 ch, nargs;

	memset(&a, 0, sizeof(a));
	optind = 0;
	while ((ch = getopt_long(ctx->argc, ctx->argv, "h", followup_options,
	    NULL)) != -1) {
		switch (ch) {
		case 'D':
			days = strtol(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' || days < 0 ||
			    days > 3660) {
				msg_error(_("--days: '%s' is not a number of "
				    "days"), optarg);
				return cmd_usage(&cmd_followup_entry);
			}
			break;
		case 'd':
			date = optarg;
			break;
		case 'c':
			fmt = TABLE_CSV;
			break;
		case 'j':
			fmt = TABLE_JSON;
			break;
		case 'h':
			cmd_help(&cmd_followup_entry);
			return WB_OK;
		default:
			return cmd_usage(&cmd_followup_entry);
		}
	}
	nargs = ctx->argc - optind;
	if (nargs == 0) {
		if (date != NULL)
			return cmd_usage(&cmd_followup_entry);
		if ((st = cmd_open(ctx)) != WB_OK)
			return st;
		return followup_list(ctx, u, (int)days, fmt);
	}
	if (nargs < 2 || nargs > 3 || days >= 0 || fmt != TABLE_HUMAN)
		return cmd_usage(&cmd_followup_entry);
	a.placement_id = strtoll(ctx->argv[optind], &end, 10);
	if (*ctx->argv[optind] == '\0' || *end != '\0' || a.placement_id < 1) {
		msg_error(_("'%s' is not a placement number (see 'werkbank "
		    "followup')"), ctx->argv[optind]);
		return cmd_usage(&cmd_followup_entry);
	}
	kind = ctx->argv[optind + 1];
	if (strcmp(kind, "still") == 0 && nargs == 2) {
		a.kind = FOLLOWUP_STILL;
		a.date = date;
	} else if (strcmp(kind, "left") == 0 && nargs == 3 && date == NULL) {
		a.kind = FOLLOWUP_LEFT;
		a.date = ctx->argv[optind + 2];
	} else {
		msg_error(_("answer 'still' or 'left DATE'"));
		return cmd_usage(&cmd_followup_entry);
	}
	if ((st = cmd_open(ctx)) != WB_OK)
		return st;
	if ((st = followup_record(ctx->db, u, &a, &res)) != WB_OK) {
		msg_error("%s", db_error(ctx->db));
		return st;
	}
	if (a.kind == FOLLOWUP_STILL)
		printf(_("placement %lld: still working (%s checked)\n"),
		    a.placement_id, res.checked == 6 ? _("6 months") :
		    res.checked == 12 ? _("12 months") :
		    _("6 and 12 months"));
	else
		printf(_("placement %lld: left on %s%s\n"), a.placement_id,
		    a.date, res.released ? _("; the candidate is available "
		    "again") : "");
	return WB_OK;
}

const struct cmd_entry cmd_followup_entry = {
	.name = "followup",
	.usage = "[--days N] [--csv | --json] | PLACEMENT still [--date D] | "
	    "PLACEMENT left DATE",
	.summary = N_("placements due for their durable check; answer one"),
	.db = CMD_DB_OPEN,
	.exec = cmd_followup_exec,
};
