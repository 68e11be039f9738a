/*
 * cmd-user.c: `werkbank user add LOGIN --partner P --role R [--name N]`
 * and `werkbank user remove LOGIN` (a coordinator's job; on a
 * single-user database the first user must be yourself, as a
 * coordinator).  `werkbank users` lists them (cmd-users.c).
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "werkbank/cmd.h"
#include "werkbank/i18n.h"
#include "werkbank/msg.h"
#include "werkbank/user.h"
#include "werkbank/vocab.h"

static const struct option user_options[] = {
	{ "partner",	required_argument,	NULL, 'p' },
	{ "role",	required_argument,	NULL, 'r' },
	{ "name",	required_argument,	NULL, 'n' },
	{ "help",	no_argument,		NULL, 'h' },
	{ NULL,		0,			NULL, 0 },
};

static enum wb_status
cmd_user_exec(struct cmd_ctx *ctx)
{
	struct user_new	 n;
	const struct user_ctx *u = &ctx->user;
	enum wb_status	 st;
	const char	*sub;
	int		 ch, add;

	memset(&n, 0, sizeof(n));
	optind = 0;
	while ((ch = getopt_long(ctx->argc, ctx->argv, "h", user_options,
	    NULL)) != -1) {
		switch (ch) {
		case 'p':
			n.partner = optarg;
			break;
		case 'r':
			n.role = optarg;
			break;
		case 'n':
			n.name = optarg;
			break;
		case 'h':
			cmd_help(&cmd_user_entry);
			return WB_OK;
		default:
			return cmd_usage(&cmd_user_entry);
		}
	}
	if (optind + 2 != ctx->argc)
		return cmd_usage(&cmd_user_entry);
	sub = ctx->argv[optind];
	n.login = ctx->argv[optind + 1];
	if (strcmp(sub, "add") == 0) {
		add = 1;
		if (n.partner == NULL || n.role == NULL) {
			msg_error(_("user add needs --partner and --role"));
			return cmd_usage(&cmd_user_entry);
		}
	} else if (strcmp(sub, "remove") == 0) {
		add = 0;
		if (n.partner != NULL || n.role != NULL || n.name != NULL)
			return cmd_usage(&cmd_user_entry);
	} else {
		msg_error(_("unknown 'user' command '%s'"), sub);
		return cmd_usage(&cmd_user_entry);
	}
	if ((st = cmd_open(ctx)) != WB_OK)
		return st;
	if ((st = add ? user_add(ctx->db, u, &n) :
	    user_remove(ctx->db, u, n.login)) != WB_OK) {
		msg_error("%s", db_error(ctx->db));
		return st;
	}
	if (add)
		msg_info(_("added %s (%s, %s)"), n.login, n.partner,
		    vocab_word(VOCAB_ROLE, vocab_code(VOCAB_ROLE, n.role)));
	else
		msg_info(_("removed %s (kept as inactive: the history still "
		    "names them)"), n.login);
	return WB_OK;
}

const struct cmd_entry cmd_user_entry = {
	.name = "user",
	.usage = "add LOGIN --partner P --role R [--name N] | remove LOGIN",
	.summary = N_("add or remove a user (coordinator, recruiter, "
	    "accountmanager, viewer)"),
	.db = CMD_DB_OPEN,
	.exec = cmd_user_exec,
};
