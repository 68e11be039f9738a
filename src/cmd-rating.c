/*
 * cmd-rating.c: `werkbank rating add EMPLOYER SCORE [--nps N]
 * [--comment T] [--date D] [--by LOGIN]`: an employer's rating of the
 * service (1-10) and, apart, its answer to the NPS question (0-10),
 * taken where it was given (rating.h).
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "werkbank/cmd.h"
#include "werkbank/i18n.h"
#include "werkbank/msg.h"
#include "werkbank/rating.h"

static const struct option rating_options[] = {
	{ "nps",	required_argument,	NULL, 'n' },
	{ "comment",	required_argument,	NULL, 'c' },
	{ "date",	required_argument,	NULL, 'd' },
	{ "by",		required_argument,	NULL, 'b' },
	{ "help",	no_argument,		NULL, 'h' },
	{ NULL,		0,			NULL, 0 },
};

static enum wb_status
cmd_rating_exec(struct cmd_ctx *ctx)
{
	struct rating_new	 r;
	enum wb_status		 st;
	char			 err[1024];
	long long		 id;
	int			 ch, nargs;

	memset(&r, 0, sizeof(r));
	optind = 0;
	while ((ch = getopt_long(ctx->argc, ctx->argv, "h", rating_options,
	    NULL)) != -1) {
		switch (ch) {
		case 'n':
			r.nps = optarg;
			break;
		case 'c':
			r.comment = optarg;
			break;
		case 'd':
			r.date = optarg;
			break;
		case 'b':
			r.by = optarg;
			break;
		case 'h':
			cmd_help(&cmd_rating_entry);
			return WB_OK;
		default:
			return cmd_usage(&cmd_rating_entry);
		}
	}
	nargs = ctx->argc - optind;
	if (nargs < 1 || strcmp(ctx->argv[optind], "add") != 0 || nargs > 3 ||
	    (nargs < 3 && r.nps == NULL))
		return cmd_usage(&cmd_rating_entry);
	/* An NPS answer without the rating is bad input, not a typo. */
	if (nargs == 3)
		r.score = ctx->argv[optind + 2];
	if ((st = cmd_open(ctx)) != WB_OK)
		return st;
	if (nargs < 2)
		return cmd_usage(&cmd_rating_entry);
	if ((st = cmd_employer_find(ctx, ctx->argv[optind + 1],
	    &r.employer_id)) != WB_OK)
		return st;
	if (rating_check(ctx->db, &r, err, sizeof(err)) != WB_OK) {
		msg_error("%s", err);
		return WB_INVALID;
	}
	if ((st = rating_add(ctx->db, &ctx->user, &r, &id)) != WB_OK) {
		msg_error("%s", db_error(ctx->db));
		return st;
	}
	if (r.nps != NULL && *r.nps != '\0')
		printf(_("rating %lld of %s: %s, NPS %s\n"), id,
		    ctx->argv[optind + 1], r.score, r.nps);
	else
		printf(_("rating %lld of %s: %s\n"), id, ctx->argv[optind + 1],
		    r.score);
	return WB_OK;
}

const struct cmd_entry cmd_rating_entry = {
	.name = "rating",
	.usage = "add EMPLOYER SCORE [--nps N] [--comment T] [--date D] "
	    "[--by LOGIN]",
	.summary = N_("an employer's rating of the service (1-10) and, apart, "
	    "its answer to the NPS question (0-10), with its comment"),
	.db = CMD_DB_OPEN,
	.exec = cmd_rating_exec,
};
