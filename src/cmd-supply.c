/*
 * cmd-supply.c: `werkbank supply [--by isco1|isco2|isco4] [--csv|--json]`:
 * open positions against the candidates who could take them, per
 * occupation group, with UWV's tension bands and the last four quarters
 * (supply.h).  CSV: group,label,open_positions,candidates,tension,band;
 * JSON adds the tension of each quarter.
 */
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "werkbank/cmd.h"
#include "werkbank/date.h"
#include "werkbank/i18n.h"
#include "werkbank/msg.h"
#include "werkbank/num.h"
#include "werkbank/supply.h"

#define NCOLS	(6 + SUPPLY_QUARTERS)

static const struct option supply_options[] = {
	{ "by",		required_argument,	NULL, 'b' },
	{ "csv",	no_argument,		NULL, 'c' },
	{ "json",	no_argument,		NULL, 'j' },
	{ "help",	no_argument,		NULL, 'h' },
	{ NULL,		0,			NULL, 0 },
};

/* A tension as people or programs read it: "" when nothing was open,
 * "–" (people) or "" (programs) when nobody could take it. */
static const char *
tension_text(double t, enum table_format fmt, char *buf, size_t len)
{
	if (isnan(t) || (isinf(t) && fmt != TABLE_HUMAN))
		return "";
	if (isinf(t))
		return "–";
	if (fmt == TABLE_HUMAN)
		return num_format_fixed(t, 2, buf, len);
	snprintf(buf, len, "%.2f", t);
	return buf;
}

static void
print(const struct supply *s, enum table_format fmt)
{
	struct table_col	 cols[NCOLS] = {
		{ "group",		N_("Group"),		0 },
		{ "label",		N_("Occupation"),	0 },
		{ "open_positions",	N_("Positions"),	1 },
		{ "candidates",		N_("Candidates"),	1 },
		{ "tension",		N_("Tension"),		1 },
		{ "band",		N_("Band"),		0 },
	};
	char			 keys[SUPPLY_QUARTERS][24], cells_buf[NCOLS][32];
	const char		*cells[NCOLS];
	struct table		*t;
	size_t			 i, ncols = 6;
	int			 k;

	/* The quarters: a column each for people and in JSON. */
	if (fmt != TABLE_CSV) {
		for (k = 0; k < SUPPLY_QUARTERS; k++) {
			snprintf(keys[k], sizeof(keys[k]), "tension_%s",
			    s->quarter[k]);
			cols[ncols].key = keys[k];
			cols[ncols].label = s->quarter[k];
			cols[ncols++].numeric = 1;
		}
	}
	t = table_new(cols, ncols);
	table_set_vocab(t, 5, VOCAB_TENSION_BAND);
	for (i = 0; i < s->n; i++) {
		const struct supply_row *r = &s->rows[i];

		cells[0] = r->group;
		cells[1] = r->label;
		snprintf(cells_buf[2], 32, "%lld", r->open_positions);
		cells[2] = cells_buf[2];
		snprintf(cells_buf[3], 32, "%lld", r->candidates);
		cells[3] = cells_buf[3];
		cells[4] = tension_text(r->tension, fmt, cells_buf[4], 32);
		cells[5] = r->band;
		for (k = 0; k < SUPPLY_QUARTERS && fmt != TABLE_CSV; k++)
			cells[6 + k] = tension_text(r->trend[k], fmt,
			    cells_buf[6 + k], 32);
		table_add(t, cells);
	}
	if (fmt == TABLE_HUMAN) {
		char	today[11];

		printf(_("Open positions against the candidates who fit them, "
		    "by occupation group (ISCO-08, %d digits), %s.\n"),
		    s->level, date_format(date_today(), today));
		printf(ngettext("%lld open position; ", "%lld open positions; ",
		    s->positions), s->positions);
		printf(ngettext("%lld candidate fits at least one.\n",
		    "%lld candidates fit at least one.\n", s->candidates),
		    s->candidates);
		printf(_("Tension: positions per candidate; above 4 very "
		    "tight, above 1.5 tight, below 0.67 slack (UWV's "
		    "bands).\n\n"));
		if (s->n == 0)
			printf("%s\n", _("No open positions."));
	}
	if (s->n > 0 || fmt != TABLE_HUMAN)
		table_print(t, stdout, fmt);
	table_free(t);
}

static enum wb_status
cmd_supply_exec(struct cmd_ctx *ctx)
{
	enum table_format	 fmt = TABLE_HUMAN;
	struct supply		*s;
	enum wb_status		 st;
	int			 ch, level = 2;

	optind = 0;
	while ((ch = getopt_long(ctx->argc, ctx->argv, "h", supply_options,
	    NULL)) != -1) {
		switch (ch) {
		case 'b':
			if (strcmp(optarg, "isco1") == 0)
				level = 1;
			else if (strcmp(optarg, "isco2") == 0)
				level = 2;
			else if (strcmp(optarg, "isco4") == 0)
				level = 4;
			else {
				msg_error(_("--by: '%s' is not isco1, isco2 "
				    "or isco4"), optarg);
				return cmd_usage(&cmd_supply_entry);
			}
			break;
		case 'c':
			fmt = TABLE_CSV;
			break;
		case 'j':
			fmt = TABLE_JSON;
			break;
		case 'h':
			cmd_help(&cmd_supply_entry);
			return WB_OK;
		default:
			return cmd_usage(&cmd_supply_entry);
		}
	}
	if (optind != ctx->argc)
		return cmd_usage(&cmd_supply_entry);
	if ((st = cmd_open(ctx)) != WB_OK)
		return st;
	if ((st = supply_load(ctx->db, &ctx->user, level, &s)) != WB_OK) {
		msg_error("%s", db_error(ctx->db));
		return st;
	}
	print(s, fmt);
	supply_free(s);
	return WB_OK;
}

const struct cmd_entry cmd_supply_entry = {
	.name = "supply",
	.usage = "[--by isco1 | isco2 | isco4] [--csv | --json]",
	.summary = N_("open positions against the candidates who fit them, "
	    "per occupation group"),
	.db = CMD_DB_OPEN,
	.exec = cmd_supply_exec,
};
