/*
 * cmd-advance.c: `werkbank advance VACANCY CANDIDATE STEP [--note T]
 * [--date D]`: the next step of a proposal (interview, placed,
 * not_chosen, withdrawn).  `placed` records the placement: --start D
 * (required), --contract C, --hours H, --instruments 'lks:40|jobcoach'.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "werkbank/cmd.h"
#include "werkbank/i18n.h"
#include "werkbank/msg.h"
#include "werkbank/vocab.h"
#include "werkbank/workflow.h"

static const struct option advance_options[] = {
	{ "note",	required_argument,	NULL, 'n' },
	{ "date",	required_argument,	NULL, 'd' },
	{ "start",	required_argument,	NULL, 's' },
	{ "contract",	required_argument,	NULL, 'c' },
	{ "hours",	required_argument,	NULL, 'H' },
	{ "instruments", required_argument,	NULL, 'i' },
	{ "help",	no_argument,		NULL, 'h' },
	{ NULL,		0,			NULL, 0 },
};

static enum wb_status
cmd_advance_exec(struct cmd_ctx *ctx)
{
	struct wf_advance	 req;
	struct wf_advance_result res;
	struct wf_placement	 pl;
	const struct user_ctx	*u = &ctx->user;
	enum wb_status		 st;
	const char		*vkey, *ckey, *start = NULL, *contract = NULL;
	const char		*hours = NULL, *instruments = NULL;
	char			 err[256];
	int			 ch, has_placement = 0;

	memset(&req, 0, sizeof(req));
	optind = 0;
	while ((ch = getopt_long(ctx->argc, ctx->argv, "h", advance_options,
	    NULL)) != -1) {
		switch (ch) {
		case 'n':
			req.note = optarg;
			break;
		case 'd':
			req.on_date = optarg;
			break;
		case 's':
			start = optarg;
			has_placement = 1;
			break;
		case 'c':
			contract = optarg;
			has_placement = 1;
			break;
		case 'H':
			hours = optarg;
			has_placement = 1;
			break;
		case 'i':
			instruments = optarg;
			has_placement = 1;
			break;
		case 'h':
			cmd_help(&cmd_advance_entry);
			return WB_OK;
		default:
			return cmd_usage(&cmd_advance_entry);
		}
	}
	if (optind + 3 != ctx->argc)
		return cmd_usage(&cmd_advance_entry);
	vkey = ctx->argv[optind];
	ckey = ctx->argv[optind + 1];
	if (workflow_step_parse(ctx->argv[optind + 2], &req.step) != WB_OK ||
	    req.step == WF_PROPOSED) {
		msg_error(_("'%s' is not a step: interview, placed, not_chosen "
		    "or withdrawn"), ctx->argv[optind + 2]);
		return cmd_usage(&cmd_advance_entry);
	}
	if (req.step != WF_PLACED && has_placement) {
		msg_error(_("--start, --contract, --hours and --instruments go "
		    "with 'placed' only"));
		return cmd_usage(&cmd_advance_entry);
	}
	if (req.step == WF_PLACED) {
		if (workflow_placement_parse(start, contract, hours,
		    instruments, &pl, err, sizeof(err)) != WB_OK) {
			msg_error("--%s", err);
			return cmd_usage(&cmd_advance_entry);
		}
		req.placement = &pl;
	}
	if ((st = cmd_open(ctx)) != WB_OK)
		return st;
	if ((st = workflow_vacancy_id(ctx->db, vkey, &req.vacancy_id)) !=
	    WB_OK ||
	    (st = workflow_candidate_id(ctx->db, u, ckey,
	    &req.candidate_id)) != WB_OK ||
	    (st = workflow_advance(ctx->db, u, &req, &res)) != WB_OK) {
		msg_error("%s", db_error(ctx->db));
		return st;
	}
	printf(_("%s for %s: %s -> %s\n"), ckey, vkey, vocab_word(VOCAB_STEP,
	    workflow_step_name(res.from)), vocab_word(VOCAB_STEP,
	    workflow_step_name(req.step)));
	if (req.step == WF_PLACED) {
		printf(_("placement %lld recorded\n"), res.placement_id);
		if (res.vacancy_filled)
			printf(_("%s is now filled (vervuld)\n"), vkey);
		else
			printf(ngettext("%s has %d open position left\n",
			    "%s has %d open positions left\n",
			    res.positions_left), vkey, res.positions_left);
	}
	return WB_OK;
}

const struct cmd_entry cmd_advance_entry = {
	.name = "advance",
	.usage = "VACANCY CANDIDATE STEP [--note T] [--date D] [--start D "
	    "--contract C --hours H --instruments LIST]",
	.summary = N_("the next step of a proposal: interview, placed, "
	    "not_chosen, withdrawn"),
	.db = CMD_DB_OPEN,
	.exec = cmd_advance_exec,
};
