/*
 * cmd-restore.c: `werkbank restore FILE [--force]`: put a backup back
 * where no database is, or with --force over the database after keeping
 * it aside (restore.h).  On a team server it is for those who may write
 * in the data directory themselves, and runs with their rights.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "werkbank/cmd.h"
#include "werkbank/i18n.h"
#include "werkbank/msg.h"
#include "werkbank/restore.h"

static const struct option restore_options[] = {
	{ "force",	no_argument,	NULL, 'f' },
	{ "help",	no_argument,	NULL, 'h' },
	{ NULL,		0,		NULL, 0 },
};

static enum wb_status
cmd_restore_exec(struct cmd_ctx *ctx)
{
	struct restore_result	res;
	enum wb_status		st;
	int			ch, force = 0;

	optind = 0;
	while ((ch = getopt_long(ctx->argc, ctx->argv, "h", restore_options,
	    NULL)) != -1) {
		switch (ch) {
		case 'f':
			force = 1;
			break;
		case 'h':
			cmd_help(&cmd_restore_entry);
			return WB_OK;
		default:
			return cmd_usage(&cmd_restore_entry);
		}
	}
	if (optind + 1 != ctx->argc || *ctx->argv[optind] == '\0')
		return cmd_usage(&cmd_restore_entry);
	if ((st = cmd_as_admin(ctx, 1)) != WB_OK)
		return st;
	st = restore_file(ctx->argv[optind], ctx->db_path, force, ctx->login,
	    &res);
	if (st != WB_OK) {
		msg_error("%s", res.error);
		return st;
	}
	if (res.kept[0] != '\0')
		msg_info(_("the database as it was is kept as %s (with its "
		    "key); delete it when the restore is right"), res.kept);
	msg_info(_("restored %s from %s: schema %d, the audit chain (%lld "
	    "rows) intact"), ctx->db_path, ctx->argv[optind], res.schema,
	    res.audit_rows);
	return WB_OK;
}

const struct cmd_entry cmd_restore_entry = {
	.name = "restore",
	.usage = "FILE [--force]",
	.summary = N_("put a backup back (over the database only with "
	    "--force)"),
	.db = CMD_DB_NONE,
	.exec = cmd_restore_exec,
};
