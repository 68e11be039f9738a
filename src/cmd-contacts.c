/*
 * cmd-contacts.c: `werkbank contacts [--employer E] [--due] [--mine]
 * [--csv | --json]`: the log of contacts with employers, newest first;
 * --due those whose next contact is on or before today + 7 days and not
 * yet followed by another contact, oldest first (contact.h).
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/cmd.h"
#include "werkbank/contact.h"
#include "werkbank/i18n.h"
#include "werkbank/msg.h"
#include "werkbank/text.h"

static const struct option contacts_options[] = {
	{ "employer",	required_argument,	NULL, 'e' },
	{ "due",	no_argument,		NULL, 'd' },
	{ "mine",	no_argument,		NULL, 'm' },
	{ "csv",	no_argument,		NULL, 'c' },
	{ "json",	no_argument,		NULL, 'j' },
	{ "help",	no_argument,		NULL, 'h' },
	{ NULL,		0,			NULL, 0 },
};

/* --csv and --json: every field, codes as stored. */
static const struct table_col full_cols[] = {
	{ "id",			N_("Contact"),		1 },
	{ "date",		N_("Date"),		0 },
	{ "employer",		N_("Employer"),		0 },
	{ "employer_name",	N_("Name"),		0 },
	{ "type",		N_("Type"),		0 },
	{ "by",			N_("By"),		0 },
	{ "account_manager",	N_("Account manager"),	0 },
	{ "with",		N_("With"),		0 },
	{ "next",		N_("Next contact"),	0 },
	{ "due",		N_("Due"),		1 },
	{ "tags",		N_("Tags"),		0 },
	{ "note",		N_("Note"),		0 },
	{ "agreed",		N_("Agreed"),		0 },
};
#define NFULL	(sizeof(full_cols) / sizeof(full_cols[0]))

/* For people: what fits a line; the note's start. */
static const struct table_col human_cols[] = {
	{ "date",		N_("Date"),		0 },
	{ "employer_name",	N_("Employer"),		0 },
	{ "type",		N_("Type"),		0 },
	{ "by",			N_("By"),		0 },
	{ "with",		N_("With"),		0 },
	{ "next",		N_("Next contact"),	0 },
	{ "tags",		N_("Tags"),		0 },
	{ "note",		N_("Note"),		0 },
};
#define NHUMAN	(sizeof(human_cols) / sizeof(human_cols[0]))

/* For people, --due: what is due, when, for which account manager. */
static const struct table_col due_cols[] = {
	{ "next",		N_("Next contact"),	0 },
	{ "when",		N_("When"),		0 },
	{ "employer_name",	N_("Employer"),		0 },
	{ "account_manager",	N_("Account manager"),	0 },
	{ "date",		N_("Last contact"),	0 },
	{ "type",		N_("Type"),		0 },
	{ "with",		N_("With"),		0 },
	{ "note",		N_("Note"),		0 },
};
#define NDUE	(sizeof(due_cols) / sizeof(due_cols[0]))

#define NOTE_SHOWN	40	/* screen columns of the note, for people */

/* The first line of a note, cut at a character to NOTE_SHOWN columns. */
static void
note_start(const char *note, char *out, size_t len)
{
	char	*clean = text_sanitize(note);
	size_t	 o = 0, i = 0, n, w = 0;

	n = strcspn(note, "\n");
	while (i < strlen(clean) && i < n && o + 4 < len) {
		uint32_t	cp;
		size_t		step = text_decode(clean + i, strlen(clean + i),
				    &cp);

		if (step == 0)
			break;
		if (w + (size_t)text_cp_width(cp) > NOTE_SHOWN - 1) {
			memcpy(out + o, "…", strlen("…"));
			o += strlen("…");
			break;
		}
		w += (size_t)text_cp_width(cp);
		memcpy(out + o, clean + i, step);
		o += step;
		i += step;
	}
	out[o] = '\0';
	free(clean);
}

static enum wb_status
cmd_contacts_exec(struct cmd_ctx *ctx)
{
	struct contact_filter	 f;
	struct contact_entry	*e;
	enum table_format	 fmt = TABLE_HUMAN;
	struct table		*t;
	enum wb_status		 st;
	const char		*employer = NULL;
	char			 id[24], note[256], days[48];
	size_t			 n, i;
	int			 ch;

	memset(&f, 0, sizeof(f));
	optind = 0;
	while ((ch = getopt_long(ctx->argc, ctx->argv, "h", contacts_options,
	    NULL)) != -1) {
		switch (ch) {
		case 'e':
			employer = optarg;
			break;
		case 'd':
			f.due = 1;
			break;
		case 'm':
			f.mine = 1;
			break;
		case 'c':
			fmt = TABLE_CSV;
			break;
		case 'j':
			fmt = TABLE_JSON;
			break;
		case 'h':
			cmd_help(&cmd_contacts_entry);
			return WB_OK;
		default:
			return cmd_usage(&cmd_contacts_entry);
		}
	}
	if (optind != ctx->argc)
		return cmd_usage(&cmd_contacts_entry);
	if ((st = cmd_open(ctx)) != WB_OK)
		return st;
	if (employer != NULL && (st = cmd_employer_find(ctx, employer,
	    &f.employer_id)) != WB_OK)
		return st;
	if ((st = contact_list(ctx->db, &ctx->user, &f, &e, &n)) != WB_OK) {
		msg_error("%s", db_error(ctx->db));
		return st;
	}
	if (fmt == TABLE_HUMAN && f.due) {
		t = table_new(due_cols, NDUE);
		table_set_vocab(t, 5, VOCAB_CONTACT_TYPE);
	} else if (fmt == TABLE_HUMAN) {
		t = table_new(human_cols, NHUMAN);
		table_set_vocab(t, 2, VOCAB_CONTACT_TYPE);
		table_set_vocab(t, 6, VOCAB_CONTACT_TAG);
	} else
		t = table_new(full_cols, NFULL);
	for (i = 0; i < n; i++) {
		snprintf(id, sizeof(id), "%lld", e[i].id);
		if (fmt == TABLE_HUMAN && f.due) {
			const char *cells[NDUE] = { e[i].next, contact_when(
			    e[i].days, days, sizeof(days)), e[i].employer_name,
			    e[i].manager, e[i].on, e[i].type, e[i].with, note };

			note_start(e[i].note, note, sizeof(note));
			table_add(t, cells);
		} else if (fmt == TABLE_HUMAN) {
			const char *cells[NHUMAN] = { e[i].on,
			    e[i].employer_name, e[i].type, e[i].by, e[i].with,
			    e[i].next, e[i].tags, note };

			note_start(e[i].note, note, sizeof(note));
			table_add(t, cells);
		} else {
			const char *cells[NFULL] = { id, e[i].on, e[i].employer,
			    e[i].employer_name, e[i].type, e[i].by,
			    e[i].manager, e[i].with, e[i].next, e[i].due ? "1" :
			    "0", e[i].tags, e[i].note, e[i].agreed };

			table_add(t, cells);
		}
	}
	table_print(t, stdout, fmt);
	table_free(t);
	contact_entries_free(e, n);
	return WB_OK;
}

const struct cmd_entry cmd_contacts_entry = {
	.name = "contacts",
	.usage = "[--employer E] [--due] [--mine] [--csv | --json]",
	.summary = N_("the log of contacts with employers; --due: the next "
	    "contacts of this week and those overdue, for each account "
	    "manager with --mine"),
	.db = CMD_DB_OPEN,
	.exec = cmd_contacts_exec,
};
