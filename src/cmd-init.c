/*
 * cmd-init.c: `werkbank init`: a new, empty database with the schema and
 * the reference data; no partners, no people.
 */
#include <stdio.h>

#include "werkbank/cmd.h"
#include "werkbank/i18n.h"
#include "werkbank/msg.h"
#include "werkbank/setup.h"

static enum wb_status
cmd_init_exec(struct cmd_ctx *ctx)
{
	struct setup_result	res;
	enum wb_status		st;

	if (ctx->argc != 1)
		return cmd_usage(&cmd_init_entry);
	/* On a team server: the administrators' (cmd_as_admin). */
	if ((st = cmd_as_admin(ctx, 1)) != WB_OK)
		return st;
	if ((st = setup_create(ctx->db_path, ctx->login, NULL, &res)) != WB_OK) {
		msg_error("%s", res.error);
		return st;
	}
	msg_info(_("created %s: %ld postcodes, %ld municipalities, %ld ISCO "
	    "groups, %ld ESCO occupations (%ld alternative labels), %ld "
	    "education and %ld language levels"), ctx->db_path, res.ref.pc4,
	    res.ref.municipalities, res.ref.isco, res.ref.esco,
	    res.ref.altlabels, res.ref.education, res.ref.languages);
	return WB_OK;
}

const struct cmd_entry cmd_init_entry = {
	.name = "init",
	.usage = "",
	.summary = N_("create an empty database with the reference data"),
	.db = CMD_DB_CREATE,
	.exec = cmd_init_exec,
};
