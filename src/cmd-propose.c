/*
 * cmd-propose.c: `werkbank propose VACANCY CANDIDATE [--note T]
 * [--date D] [--by LOGIN] [--due D] [--yes]`: put a candidate forward
 * for a vacancy; --by names the team member who proposes (a login or a
 * name, team.h; default whoever runs it), --due the day it is to be done
 * by.  When the candidate was proposed for another vacancy in the last
 * 7 days it asks first: without --yes it names those proposals and exits
 * 1.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "werkbank/cmd.h"
#include "werkbank/i18n.h"
#include "werkbank/msg.h"
#include "werkbank/workflow.h"

static const struct option propose_options[] = {
	{ "note",	required_argument,	NULL, 'n' },
	{ "date",	required_argument,	NULL, 'd' },
	{ "by",		required_argument,	NULL, 'b' },
	{ "due",	required_argument,	NULL, 'u' },
	{ "yes",	no_argument,		NULL, 'y' },
	{ "help",	no_argument,		NULL, 'h' },
	{ NULL,		0,			NULL, 0 },
};

static enum wb_status
cmd_propose_exec(struct cmd_ctx *ctx)
{
	struct wf_propose		 req;
	struct wf_propose_result	 res;
	const struct user_ctx		*u = &ctx->user;
	enum wb_status			 st;
	const char			*vkey, *ckey;
	int				 ch;

	memset(&req, 0, sizeof(req));
	optind = 0;
	while ((ch = getopt_long(ctx->argc, ctx->argv, "h", propose_options,
	    NULL)) != -1) {
		switch (ch) {
		case 'n':
			req.note = optarg;
			break;
		case 'd':
			req.on_date = optarg;
			break;
		case 'b':
			req.by = optarg;
			break;
		case 'u':
			req.due = optarg;
			break;
		case 'y':
			req.confirmed = 1;
			break;
		case 'h':
			cmd_help(&cmd_propose_entry);
			return WB_OK;
		default:
			return cmd_usage(&cmd_propose_entry);
		}
	}
	if (optind + 2 != ctx->argc)
		return cmd_usage(&cmd_propose_entry);
	vkey = ctx->argv[optind];
	ckey = ctx->argv[optind + 1];
	if ((st = cmd_open(ctx)) != WB_OK)
		return st;
	if ((st = workflow_vacancy_id(ctx->db, vkey, &req.vacancy_id)) !=
	    WB_OK ||
	    (st = workflow_candidate_id(ctx->db, u, ckey,
	    &req.candidate_id)) != WB_OK ||
	    (st = workflow_propose(ctx->db, u, &req, &res)) != WB_OK) {
		msg_error("%s", db_error(ctx->db));
		if (st == WB_EXISTS && res.confirm)
			msg_info(_("to propose %s anyway: werkbank propose %s "
			    "%s --yes"), ckey, vkey, ckey);
		return st;
	}
	printf(_("proposed %s for %s (proposal %lld)\n"), ckey, vkey,
	    res.proposal_id);
	return WB_OK;
}

const struct cmd_entry cmd_propose_entry = {
	.name = "propose",
	.usage = "VACANCY CANDIDATE [--note T] [--date D] [--by LOGIN] "
	    "[--due D] [--yes]",
	.summary = N_("put a candidate forward for a vacancy (voordragen)"),
	.db = CMD_DB_OPEN,
	.exec = cmd_propose_exec,
};
