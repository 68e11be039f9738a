/*
 * cmd-words.c: `werkbank words [SET] [--csv | --json]`: the closed sets
 * (vocab.h), each code with the word people read and the spellings
 * werkbank accepts for it, so that staff can see what a file or a form
 * may say ("mbo niveau 2", "LKS 40%"), with the word in the user's
 * language and in English.  SET is a set's name or as people call it:
 * "doelgroep", or a form's label of a field that takes the set.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "werkbank/cmd.h"
#include "werkbank/i18n.h"
#include "werkbank/msg.h"
#include "werkbank/record.h"
#include "werkbank/vocab.h"

static const struct table_col word_cols[] = {
	{ "set",	N_("Set"),		0 },
	{ "code",	N_("Code"),		0 },
	{ "word",	N_("Word"),		0 },
	{ "word_en",	N_("English"),		0 },
	{ "aliases",	N_("Also accepted"),	0 },
};
#define NWORD_COLS	(sizeof(word_cols) / sizeof(word_cols[0]))

static const struct option words_options[] = {
	{ "csv",	no_argument,	NULL, 'c' },
	{ "json",	no_argument,	NULL, 'j' },
	{ "help",	no_argument,	NULL, 'h' },
	{ NULL,		0,		NULL, 0 },
};

/*
 * The set a name stands for: vocab_set_parse's names, else the form's
 * label (or the import's column) of a field that takes a closed set.
 */
static enum wb_status
set_parse(const char *name, enum vocab_set *set)
{
	const struct record_field	*f;
	int				 k;

	if (vocab_set_parse(name, set) == WB_OK)
		return WB_OK;
	for (k = 0; k < REC_NKINDS; k++)
		if ((f = record_field((enum rec_kind)k, name)) != NULL &&
		    f->vocab != VOCAB_NONE) {
			*set = f->vocab;
			return WB_OK;
		}
	return WB_INVALID;
}

static void
add_set(struct table *t, enum vocab_set set, enum table_format fmt)
{
	const struct vocab_entry	*e;
	const char			*cells[NWORD_COLS], *w;
	char				 aliases[1024], name[128];
	const char			*a, *label;
	size_t				 n, i, o;

	/* People read the set's name in their language beside its code;
	 * programs get the code alone. */
	label = vocab_set_label(set, 0);
	if (fmt == TABLE_HUMAN && strcmp(label, vocab_set_label(set, 1)) != 0)
		snprintf(name, sizeof(name), "%s (%s)", vocab_set_name(set),
		    label);
	else
		snprintf(name, sizeof(name), "%s", vocab_set_name(set));
	e = vocab_entries(set, &n);
	for (i = 0; i < n; i++) {
		w = strchr(e[i].word, '\004');
		/* People read a list; programs get the |-separated one. */
		for (a = e[i].aliases, o = 0; *a != '\0' &&
		    o + 3 < sizeof(aliases); a++)
			if (*a == '|' && fmt == TABLE_HUMAN) {
				aliases[o++] = ',';
				aliases[o++] = ' ';
			} else
				aliases[o++] = *a;
		aliases[o] = '\0';
		cells[0] = name;
		cells[1] = e[i].code;
		cells[2] = vocab_entry_word(set, &e[i]);
		cells[3] = w != NULL ? w + 1 : e[i].word;
		cells[4] = aliases;
		table_add(t, cells);
	}
}

static enum wb_status
cmd_words_exec(struct cmd_ctx *ctx)
{
	enum table_format	 fmt = TABLE_HUMAN;
	enum vocab_set		 set = VOCAB_NONE;
	struct table		*t;
	int			 ch, i;

	optind = 0;
	while ((ch = getopt_long(ctx->argc, ctx->argv, "h", words_options,
	    NULL)) != -1) {
		switch (ch) {
		case 'c':
			fmt = TABLE_CSV;
			break;
		case 'j':
			fmt = TABLE_JSON;
			break;
		case 'h':
			cmd_help(&cmd_words_entry);
			return WB_OK;
		default:
			return cmd_usage(&cmd_words_entry);
		}
	}
	if (optind + 1 < ctx->argc)
		return cmd_usage(&cmd_words_entry);
	if (optind < ctx->argc &&
	    set_parse(ctx->argv[optind], &set) != WB_OK) {
		msg_error(_("'%s' is not a set of words; the sets are those "
		    "werkbank words lists"), ctx->argv[optind]);
		return cmd_usage(&cmd_words_entry);
	}
	t = table_new(word_cols, NWORD_COLS);
	for (i = VOCAB_NONE + 1; i < VOCAB_NSETS; i++)
		if (set == VOCAB_NONE || set == (enum vocab_set)i)
			add_set(t, (enum vocab_set)i, fmt);
	table_print(t, stdout, fmt);
	table_free(t);
	return WB_OK;
}

const struct cmd_entry cmd_words_entry = {
	.name = "words",
	.usage = "[SET] [--csv | --json]",
	.summary = N_("the words of each closed set (statuses, target groups, "
	    "education ...) and the spellings werkbank accepts for them"),
	.db = CMD_DB_NONE,
	.exec = cmd_words_exec,
};
