/*
 * cmd-users.c: `werkbank users [--csv|--json]`.
 */
#include "werkbank/cmd.h"
#include "werkbank/i18n.h"
#include "werkbank/user.h"

static enum wb_status
cmd_users_exec(struct cmd_ctx *ctx)
{
	return cmd_list(ctx, &cmd_users_entry, user_table);
}

const struct cmd_entry cmd_users_entry = {
	.name = "users",
	.usage = "[--csv | --json]",
	.summary = N_("list the users and their roles"),
	.db = CMD_DB_OPEN,
	.exec = cmd_users_exec,
};
