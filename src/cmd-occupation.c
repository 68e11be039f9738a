/*
 * cmd-occupation.c: `werkbank occupation TEXT [--csv|--json]`: the ISCO
 * codes a Dutch job title may mean (werkbank's job titles, then ESCO's
 * labels and the ISCO titles), best first, each group once: what the
 * occupation field and the import's occupation columns accept.  A title
 * that fits several groups equally is said to be ambiguous (it is
 * refused where one code is needed).
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "werkbank/cmd.h"
#include "werkbank/i18n.h"
#include "werkbank/msg.h"
#include "werkbank/record.h"

#define SHOWN	20

static const struct table_col occupation_cols[] = {
	{ "isco", N_("ISCO"), 0 },
	{ "label", N_("label"), 0 },
	{ "kind", N_("found in"), 0 },
	{ "group", N_("ISCO group"), 0 },
};

/* Where a suggestion was found, in words (--csv/--json keep the code). */
static const char *
kind_words(const char *kind)
{
	if (strcmp(kind, "title") == 0)
		return _("job titles");
	if (strcmp(kind, "esco") == 0)
		return _("ESCO occupation");
	if (strcmp(kind, "alt") == 0)
		return _("ESCO other name");
	if (strcmp(kind, "isco") == 0)
		return _("ISCO group");
	return kind;
}

static const struct option occupation_options[] = {
	{ "csv",	no_argument,	NULL, 'c' },
	{ "json",	no_argument,	NULL, 'j' },
	{ "help",	no_argument,	NULL, 'h' },
	{ NULL,		0,		NULL, 0 },
};

static enum wb_status
cmd_occupation_exec(struct cmd_ctx *ctx)
{
	struct occupation_suggestion	 s[SHOWN];
	enum table_format		 fmt = TABLE_HUMAN;
	struct table			*t;
	enum wb_status			 st;
	char				 typed[512];
	size_t				 n, i, o = 0;
	int				 ch;

	optind = 0;
	while ((ch = getopt_long(ctx->argc, ctx->argv, "h",
	    occupation_options, NULL)) != -1) {
		switch (ch) {
		case 'c':
			fmt = TABLE_CSV;
			break;
		case 'j':
			fmt = TABLE_JSON;
			break;
		case 'h':
			cmd_help(&cmd_occupation_entry);
			return WB_OK;
		default:
			return cmd_usage(&cmd_occupation_entry);
		}
	}
	if (optind >= ctx->argc)
		return cmd_usage(&cmd_occupation_entry);
	typed[0] = '\0';
	for (; optind < ctx->argc && o < sizeof(typed); optind++)
		o += (size_t)snprintf(typed + o, sizeof(typed) - o, "%s%s",
		    o ? " " : "", ctx->argv[optind]);
	if ((st = cmd_open(ctx)) != WB_OK)
		return st;
	if ((st = record_occupation_suggest(ctx->db, typed, s, SHOWN, &n)) !=
	    WB_OK) {
		msg_error("%s", db_error(ctx->db));
		return st;
	}
	if (n == 0) {
		msg_error(_("no occupation matches '%s'"), typed);
		return WB_NOT_FOUND;
	}
	t = table_new(occupation_cols, sizeof(occupation_cols) /
	    sizeof(occupation_cols[0]));
	for (i = 0; i < n; i++) {
		const char *cells[4] = { s[i].isco, s[i].label,
		    fmt == TABLE_HUMAN ? kind_words(s[i].kind) : s[i].kind,
		    s[i].group };

		table_add(t, cells);
	}
	table_print(t, stdout, fmt);
	table_free(t);
	if (s[0].ambiguous)
		msg_warn(_("'%s' may mean several occupations (the first "
		    "ones above): give a more specific job title or the "
		    "ISCO-08 code"), typed);
	return WB_OK;
}

const struct cmd_entry cmd_occupation_entry = {
	.name = "occupation",
	.usage = "TEXT [--csv | --json]",
	.summary = N_("the ISCO-08 codes a Dutch job title may mean"),
	.db = CMD_DB_OPEN,
	.exec = cmd_occupation_exec,
};
