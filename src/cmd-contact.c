/*
 * cmd-contact.c: `werkbank contact add EMPLOYER --type T [--date D]
 * [--with NAME] [--note T] [--agreed T] [--next D] [--tag T]... [--yes]`:
 * log a contact with an employer (contact.h).  For another account
 * manager's employer it is refused, naming them, unless --yes.
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
#include "werkbank/vocab.h"

static const struct option contact_options[] = {
	{ "type",	required_argument,	NULL, 't' },
	{ "date",	required_argument,	NULL, 'd' },
	{ "with",	required_argument,	NULL, 'w' },
	{ "note",	required_argument,	NULL, 'n' },
	{ "agreed",	required_argument,	NULL, 'a' },
	{ "next",	required_argument,	NULL, 'x' },
	{ "tag",	required_argument,	NULL, 'g' },
	{ "yes",	no_argument,		NULL, 'y' },
	{ "help",	no_argument,		NULL, 'h' },
	{ NULL,		0,			NULL, 0 },
};

static enum wb_status
cmd_contact_exec(struct cmd_ctx *ctx)
{
	const char		*tags[CONTACT_TAGS_MAX];
	struct contact_new	 c;
	struct contact_result	 res;
	enum wb_status		 st;
	char			*name;
	int			 ch, yes = 0;

	memset(&c, 0, sizeof(c));
	c.tags = tags;
	optind = 0;
	while ((ch = getopt_long(ctx->argc, ctx->argv, "h", contact_options,
	    NULL)) != -1) {
		switch (ch) {
		case 't':
			c.type = optarg;
			break;
		case 'd':
			c.date = optarg;
			break;
		case 'w':
			c.with = optarg;
			break;
		case 'n':
			c.note = optarg;
			break;
		case 'a':
			c.agreed = optarg;
			break;
		case 'x':
			c.next = optarg;
			break;
		case 'g':
			if (c.ntags == CONTACT_TAGS_MAX) {
				msg_error(_("tag: more than %d tags"),
				    CONTACT_TAGS_MAX);
				return WB_INVALID;
			}
			tags[c.ntags++] = optarg;
			break;
		case 'y':
			yes = 1;
			break;
		case 'h':
			cmd_help(&cmd_contact_entry);
			return WB_OK;
		default:
			return cmd_usage(&cmd_contact_entry);
		}
	}
	if (ctx->argc - optind != 2 || strcmp(ctx->argv[optind], "add") != 0)
		return cmd_usage(&cmd_contact_entry);
	if ((st = cmd_open(ctx)) != WB_OK ||
	    (st = cmd_employer_find(ctx, ctx->argv[optind + 1],
	    &c.employer_id)) != WB_OK)
		return st;
	/* Bad input first: the question about the employer comes after. */
	{
		char	type[12], t[CONTACT_TAGS_MAX][CONTACT_TAG_LEN + 1];
		char	err[2048];
		size_t	nt;

		if (contact_check(&c, type, sizeof(type), t, &nt, err,
		    sizeof(err)) != WB_OK) {
			msg_error("%s", err);
			return WB_INVALID;
		}
	}
	if ((st = cmd_employer_ask(ctx, c.employer_id, yes,
	    _("give --yes to log the contact anyway"))) != WB_OK)
		return st;
	if ((st = contact_add(ctx->db, &ctx->user, &c, &res)) != WB_OK) {
		msg_error("%s", db_error(ctx->db));
		return st;
	}
	if (res.person_added) {
		name = text_sanitize(c.with);
		msg_info(_("%s is new: added as a contact person of %s (werkbank "
		    "employer person edit adds their function, phone and "
		    "e-mail)"), name, ctx->argv[optind + 1]);
		free(name);
	}
	printf(_("logged contact %lld with %s: %s\n"), res.id,
	    ctx->argv[optind + 1], vocab_word(VOCAB_CONTACT_TYPE,
	    vocab_code(VOCAB_CONTACT_TYPE, c.type)));
	return WB_OK;
}

const struct cmd_entry cmd_contact_entry = {
	.name = "contact",
	.usage = "add EMPLOYER --type bezoek|telefoon|mail|overleg [--date D] "
	    "[--with NAME] [--note T] [--agreed T] [--next D] [--tag T]... "
	    "[--yes]",
	.summary = N_("log a visit, call, mail or meeting with an employer: "
	    "what was said and agreed, the next contact, what it told us"),
	.db = CMD_DB_OPEN,
	.exec = cmd_contact_exec,
};
