/*
 * cmd-employers.c: `werkbank employers [--csv|--json]`: every employer
 * with its account manager, counts and next contact.
 */
#include <stdio.h>

#include "werkbank/cmd.h"
#include "werkbank/employer.h"
#include "werkbank/i18n.h"

static const struct table_col employer_cols[] = {
	{ "employer", N_("employer"), 0 },
	{ "name", N_("name"), 0 },
	{ "place", N_("place"), 0 },
	{ "partner", N_("partner"), 0 },
	{ "account_manager", N_("account manager"), 0 },
	{ "open", N_("open"), 1 },
	{ "vacancies", N_("vacancies"), 1 },
	{ "placements", N_("placements"), 1 },
	{ "ratings", N_("ratings"), 1 },
	{ "rating", N_("rating"), 1 },
	{ "next_contact", N_("next contact"), 0 },
	{ "due", N_("due"), 0 },
};

static enum wb_status
employers_table(struct db *db, struct table **out)
{
	struct employer_row	*r;
	enum wb_status		 st;
	size_t			 n, i;
	char			 num[5][24];

	*out = table_new(employer_cols, sizeof(employer_cols) /
	    sizeof(employer_cols[0]));
	table_set_vocab(*out, 11, VOCAB_YESNO);
	if ((st = employer_list(db, &r, &n)) != WB_OK)
		return st;
	for (i = 0; i < n; i++) {
		const char *cells[12] = { r[i].key, r[i].name, r[i].place,
		    r[i].partner, r[i].manager, num[0], num[1], num[2], num[3],
		    num[4], r[i].next, r[i].due ? "1" : "0" };

		snprintf(num[0], sizeof(num[0]), "%d", r[i].open);
		snprintf(num[1], sizeof(num[1]), "%d", r[i].vacancies);
		snprintf(num[2], sizeof(num[2]), "%d", r[i].placements);
		snprintf(num[3], sizeof(num[3]), "%d", r[i].ratings);
		if (r[i].rating >= 0)
			snprintf(num[4], sizeof(num[4]), "%.1f", r[i].rating);
		else
			num[4][0] = '\0';
		table_add(*out, cells);
	}
	employer_rows_free(r, n);
	return WB_OK;
}

static enum wb_status
cmd_employers_exec(struct cmd_ctx *ctx)
{
	return cmd_list(ctx, &cmd_employers_entry, employers_table);
}

const struct cmd_entry cmd_employers_entry = {
	.name = "employers",
	.usage = "[--csv | --json]",
	.summary = N_("list the employers with account manager, vacancies, "
	    "placements, ratings and the next contact"),
	.db = CMD_DB_OPEN,
	.exec = cmd_employers_exec,
};
