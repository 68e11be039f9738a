/*
 * cmd-partners.c: `werkbank partners [--csv|--json]`.
 */
#include "werkbank/cmd.h"
#include "werkbank/i18n.h"
#include "werkbank/partner.h"

static enum wb_status
cmd_partners_exec(struct cmd_ctx *ctx)
{
	return cmd_list(ctx, &cmd_partners_entry, partner_table);
}

const struct cmd_entry cmd_partners_entry = {
	.name = "partners",
	.usage = "[--csv | --json]",
	.summary = N_("list the partners"),
	.db = CMD_DB_OPEN,
	.exec = cmd_partners_exec,
};
