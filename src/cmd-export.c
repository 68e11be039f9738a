/*
 * cmd-export.c: `werkbank export KIND [FILE] [--excel]`.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/cmd.h"
#include "werkbank/export.h"
#include "werkbank/i18n.h"
#include "werkbank/msg.h"

static enum wb_status
cmd_export_exec(struct cmd_ctx *ctx)
{
	static const struct option opts[] = {
		{ "excel",	no_argument,		NULL, 'x' },
		{ "run",	required_argument,	NULL, 'r' },
		{ NULL,		0,			NULL, 0 },
	};
	struct export_options	opt;
	enum wb_status		st;
	char			err[1024] = "";
	long			rows;
	char			*end;
	int			ch, nargs;

	memset(&opt, 0, sizeof(opt));
	optind = 0;
	while ((ch = getopt_long(ctx->argc, ctx->argv, "", opts, NULL)) != -1) {
		switch (ch) {
		case 'x':
			opt.excel = 1;
			break;
		case 'r':
			opt.run = strtol(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' || opt.run < 1) {
				msg_error(_("--run: '%s' is not a match run "
				    "number"), optarg);
				return cmd_usage(&cmd_export_entry);
			}
			break;
		default:
			return cmd_usage(&cmd_export_entry);
		}
	}
	nargs = ctx->argc - optind;
	if (nargs < 1 || nargs > 2)
		return cmd_usage(&cmd_export_entry);
	opt.kind = ctx->argv[optind];
	opt.path = nargs == 2 ? ctx->argv[optind + 1] : NULL;
	if ((st = cmd_open(ctx)) != WB_OK)
		return st;
	opt.login = ctx->login;
	opt.user = &ctx->user;
	st = export_run(ctx->db, &opt, &rows, err, sizeof(err));
	if (st == WB_USAGE) {
		msg_error("%s", err);
		return cmd_usage(&cmd_export_entry);
	}
	if (st != WB_OK) {
		msg_error("%s", err);
		return st;
	}
	if (err[0] != '\0')
		msg_warn("%s", err);
	if (opt.path != NULL && strcmp(opt.path, "-") != 0)
		msg_info(ngettext("%s: %ld row", "%s: %ld rows", rows),
		    opt.path, rows);
	return WB_OK;
}

const struct cmd_entry cmd_export_entry = {
	.name = "export",
	.usage = "KIND [FILE] [--excel] [--run N]",
	.summary = N_("export candidates, vacancies, placements, a match run "
	    "or the report as CSV"),
	.db = CMD_DB_OPEN,
	.exec = cmd_export_exec,
};
