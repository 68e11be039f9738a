/*
 * cmd-summary.c: `werkbank` with no command, until the terminal UI
 * lands: what the database holds, and its partners.
 */
#include <stdio.h>

#include "werkbank/cmd.h"
#include "werkbank/i18n.h"
#include "werkbank/msg.h"
#include "werkbank/partner.h"
#include "werkbank/summary.h"

static enum wb_status
cmd_summary_exec(struct cmd_ctx *ctx)
{
	struct summary	 s;
	struct table	*t;
	enum wb_status	 st;

	if (ctx->argc != 1)
		return cmd_usage(&cmd_summary_entry);
	if ((st = cmd_open(ctx)) != WB_OK)
		return st;
	if ((st = summary_get(ctx->db, &s)) != WB_OK ||
	    (st = partner_table(ctx->db, &t)) != WB_OK) {
		msg_error("%s", db_error(ctx->db));
		return st;
	}
	printf(_("%s: %lld partners, %lld users, %lld employers\n"),
	    ctx->db_path, s.partners, s.users, s.employers);
	printf(_("candidates: %lld (%lld in the pool)\n"), s.candidates,
	    s.in_pool);
	if (s.on_hold > 0)
		printf(_("vacancies: %lld (%lld open, %lld of them on hold)\n"),
		    s.vacancies, s.open_vacancies, s.on_hold);
	else
		printf(_("vacancies: %lld (%lld open)\n"), s.vacancies,
		    s.open_vacancies);
	printf(_("proposals: %lld, placements: %lld, employer ratings: %lld\n"),
	    s.proposals, s.placements, s.ratings);
	if (table_rows(t) > 0) {
		putchar('\n');
		table_print(t, stdout, TABLE_HUMAN);
	} else
		printf(_("\nNo partners yet: import them with 'werkbank "
		    "import partners FILE', or try 'werkbank --db demo.db "
		    "demo'.\n"));
	table_free(t);
	return WB_OK;
}

const struct cmd_entry cmd_summary_entry = {
	.name = "",
	.usage = "",
	.summary = N_("show what the database holds"),
	.db = CMD_DB_OPEN,
	.exec = cmd_summary_exec,
};
