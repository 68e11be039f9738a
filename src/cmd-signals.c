/*
 * cmd-signals.c: `werkbank signals [--half YYYYH1|YYYYH2] [--by sector]
 * [--markdown FILE] [--csv | --json]`: what employers told us in a
 * half-year, by tag (and sector), with the counts and the notes, no
 * person's name (signals.h); --markdown writes the document for the
 * administrators' meeting.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/cmd.h"
#include "werkbank/i18n.h"
#include "werkbank/msg.h"
#include "werkbank/signals.h"
#include "werkbank/text.h"

static const struct option signals_options[] = {
	{ "half",	required_argument,	NULL, 'H' },
	{ "by",		required_argument,	NULL, 'b' },
	{ "markdown",	required_argument,	NULL, 'm' },
	{ "csv",	no_argument,		NULL, 'c' },
	{ "json",	no_argument,		NULL, 'j' },
	{ "help",	no_argument,		NULL, 'h' },
	{ NULL,		0,			NULL, 0 },
};

static const struct table_col signal_cols[] = {
	{ "sector",	N_("Sector"),		0 },
	{ "tag",	N_("Signal"),		0 },
	{ "contacts",	N_("Contacts"),		1 },
	{ "employers",	N_("Employers"),	1 },
};

static void
print_human(const struct signals *s)
{
	struct table	*t;
	const char	*sector;
	char		 nc[24], ne[24], *clean;
	size_t		 i, j;

	printf(_("%s: %ld contacts with %ld employers, %ld of them with a "
	    "signal\n\n"), s->half, s->contacts, s->employers, s->tagged);
	t = table_new(s->by_sector ? signal_cols : signal_cols + 1,
	    s->by_sector ? 4 : 3);
	table_set_vocab(t, s->by_sector ? 1 : 0, VOCAB_CONTACT_TAG);
	for (i = 0; i < s->nc; i++) {
		const char *cells[4];

		sector = strcmp(s->c[i].sector, "unknown") == 0 ?
		    _("unknown") : s->c[i].sector;
		snprintf(nc, sizeof(nc), "%ld", s->c[i].contacts);
		snprintf(ne, sizeof(ne), "%ld", s->c[i].employers);
		j = 0;
		if (s->by_sector)
			cells[j++] = sector;
		cells[j++] = s->c[i].tag;
		cells[j++] = nc;
		cells[j] = ne;
		table_add(t, cells);
	}
	table_print(t, stdout, TABLE_HUMAN);
	table_free(t);
	for (i = 0; i < s->nc; i++) {
		const struct signal_count *c = &s->c[i];

		printf("\n%s", signals_tag_shown(c->tag));
		if (s->by_sector) {
			clean = text_sanitize(strcmp(c->sector, "unknown") ==
			    0 ? _("unknown") : c->sector);
			printf(" — %s", clean);
			free(clean);
		}
		putchar('\n');
		for (j = 0; j < s->nnotes; j++) {
			const struct signal_note *n = &s->notes[j];

			if (strcmp(n->tag, c->tag) != 0 ||
			    strcmp(n->sector, c->sector) != 0)
				continue;
			clean = text_sanitize(n->employer);
			printf("  %s  %s: ", n->on, clean);
			free(clean);
			clean = text_sanitize(n->text);
			printf("%s\n", clean);
			free(clean);
		}
	}
}

static enum wb_status
cmd_signals_exec(struct cmd_ctx *ctx)
{
	struct signals		 s;
	enum table_format	 fmt = TABLE_HUMAN;
	struct table		*t;
	enum wb_status		 st;
	const char		*half = NULL, *markdown = NULL;
	char			 nc[24], ne[24];
	size_t			 i;
	int			 ch, by_sector = 0;

	optind = 0;
	while ((ch = getopt_long(ctx->argc, ctx->argv, "h", signals_options,
	    NULL)) != -1) {
		switch (ch) {
		case 'H':
			half = optarg;
			break;
		case 'b':
			if (strcmp(optarg, "sector") != 0) {
				msg_error(_("--by: '%s': signals are split by "
				    "sector only"), optarg);
				return cmd_usage(&cmd_signals_entry);
			}
			by_sector = 1;
			break;
		case 'm':
			markdown = optarg;
			break;
		case 'c':
			fmt = TABLE_CSV;
			break;
		case 'j':
			fmt = TABLE_JSON;
			break;
		case 'h':
			cmd_help(&cmd_signals_entry);
			return WB_OK;
		default:
			return cmd_usage(&cmd_signals_entry);
		}
	}
	if (optind != ctx->argc || (markdown != NULL && fmt != TABLE_HUMAN))
		return cmd_usage(&cmd_signals_entry);
	if ((st = cmd_open(ctx)) != WB_OK)
		return st;
	if ((st = signals_compute(ctx->db, half, by_sector, &s)) != WB_OK) {
		msg_error("%s", db_error(ctx->db));
		return st;
	}
	if (markdown != NULL) {
		if ((st = signals_markdown_file(ctx->db, &s, markdown)) !=
		    WB_OK)
			msg_error("%s", db_error(ctx->db));
		else
			msg_info(_("wrote %s: %zu signals, %zu notes"),
			    markdown, s.nc, s.nnotes);
	} else if (fmt == TABLE_HUMAN)
		print_human(&s);
	else {
		t = table_new(signal_cols, 4);
		for (i = 0; i < s.nc; i++) {
			const char *cells[4] = { s.c[i].sector, s.c[i].tag, nc,
			    ne };

			snprintf(nc, sizeof(nc), "%ld", s.c[i].contacts);
			snprintf(ne, sizeof(ne), "%ld", s.c[i].employers);
			table_add(t, cells);
		}
		table_print(t, stdout, fmt);
		table_free(t);
	}
	signals_free(&s);
	return st;
}

const struct cmd_entry cmd_signals_entry = {
	.name = "signals",
	.usage = "[--half YYYYH1|YYYYH2] [--by sector] [--markdown FILE] "
	    "[--csv | --json]",
	.summary = N_("what employers told us in a half-year, by signal and "
	    "sector, with the notes: the labour-market round"),
	.db = CMD_DB_OPEN,
	.exec = cmd_signals_exec,
};
