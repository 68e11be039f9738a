/*
 * cmd-purge.c: `werkbank purge --inactive-before DATE [--dry-run]`:
 * retention (purge.h).  --dry-run prints how many and which candidates
 * (PARTNER/REF) would go and changes nothing.  `werkbank purge
 * --employer EMPLOYER [--contact-person NAME] [--dry-run]`: the personal
 * data of an employer's staff, all or one person's (on request).
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "werkbank/cmd.h"
#include "werkbank/date.h"
#include "werkbank/i18n.h"
#include "werkbank/msg.h"
#include "werkbank/purge.h"
#include "werkbank/user.h"

static const struct option purge_options[] = {
	{ "inactive-before",	required_argument,	NULL, 'b' },
	{ "dry-run",		no_argument,		NULL, 'n' },
	{ "employer",		required_argument,	NULL, 'e' },
	{ "contact-person",	required_argument,	NULL, 'p' },
	{ "help",		no_argument,		NULL, 'h' },
	{ NULL,			0,			NULL, 0 },
};

static enum wb_status
purge_employer_exec(struct cmd_ctx *ctx, const char *key, const char *person,
    int dry_run)
{
	struct purge_employer_result	res;
	enum wb_status			st;
	long long			id;

	if ((st = cmd_open(ctx)) != WB_OK ||
	    (st = cmd_employer_find(ctx, key, &id)) != WB_OK)
		return st;
	if ((st = purge_employer(ctx->db, &ctx->user, id, person, dry_run,
	    &res)) != WB_OK) {
		msg_error("%s", db_error(ctx->db));
		return st;
	}
	if (person != NULL)
		printf(dry_run ? _("%s of %s would be purged; the name would "
		    "go from %lld notes and comments\n") : _("purged %s of "
		    "%s; the name went from %lld notes and comments\n"),
		    person, key, res.texts);
	else {
		printf(dry_run ? ngettext("%lld contact person of %s would be "
		    "purged", "%lld contact persons of %s would be purged",
		    (unsigned long)res.persons) : ngettext("purged %lld "
		    "contact person of %s", "purged %lld contact persons of %s",
		    (unsigned long)res.persons), res.persons, key);
		printf(dry_run ? _(", and the words of %lld contacts and "
		    "ratings\n") : _(", and the words of %lld contacts and "
		    "ratings\n"), res.texts);
	}
	if (dry_run)
		msg_info(_("dry run: nothing was changed"));
	else if (res.log_busy)
		msg_warn(_("another session is reading %s, so its "
		    "write-ahead log could not be emptied and may hold "
		    "old pages; run the purge again when nobody uses "
		    "werkbank"), ctx->db_path);
	return WB_OK;
}

static enum wb_status
cmd_purge_exec(struct cmd_ctx *ctx)
{
	struct purge_result	 res;
	const struct user_ctx	*u = &ctx->user;
	enum wb_status		 st;
	const char		*before = NULL, *employer = NULL;
	const char		*person = NULL;
	size_t			 i;
	int			 ch, day, dry_run = 0;

	optind = 0;
	while ((ch = getopt_long(ctx->argc, ctx->argv, "h", purge_options,
	    NULL)) != -1) {
		switch (ch) {
		case 'b':
			before = optarg;
			break;
		case 'n':
			dry_run = 1;
			break;
		case 'e':
			employer = optarg;
			break;
		case 'p':
			person = optarg;
			break;
		case 'h':
			cmd_help(&cmd_purge_entry);
			return WB_OK;
		default:
			return cmd_usage(&cmd_purge_entry);
		}
	}
	if (optind != ctx->argc || (before == NULL) == (employer == NULL) ||
	    (person != NULL && employer == NULL))
		return cmd_usage(&cmd_purge_entry);
	if (employer != NULL)
		return purge_employer_exec(ctx, employer, person, dry_run);
	if (date_parse(before, &day) != WB_OK) {
		msg_error(_("--inactive-before: '%s' is not a date "
		    "(YYYY-MM-DD)"), before);
		return WB_USAGE;
	}
	if (day > date_today()) {
		msg_error(_("--inactive-before: %s is after today; a purge "
		    "only looks back"), before);
		return WB_USAGE;
	}
	if ((st = cmd_open(ctx)) != WB_OK)
		return st;
	if ((st = purge_inactive(ctx->db, u, before, dry_run, &res)) !=
	    WB_OK) {
		msg_error("%s", db_error(ctx->db));
		purge_result_free(&res);
		return st;
	}
	if (dry_run) {
		printf(ngettext("%lld candidate inactive before %s would be "
		    "purged", "%lld candidates inactive before %s would be "
		    "purged", (unsigned long)res.count), res.count, res.before);
		printf(ngettext(" (%lld placement stays, anonymous)\n",
		    " (%lld placements stay, anonymous)\n",
		    (unsigned long)res.placements), res.placements);
		for (i = 0; i < res.nkeys; i++)
			printf("  %s\n", res.keys[i]);
		msg_info(_("dry run: nothing was changed"));
	} else {
		printf(ngettext("purged %lld candidate inactive before %s",
		    "purged %lld candidates inactive before %s",
		    (unsigned long)res.count), res.count, res.before);
		printf(ngettext("; %lld placement kept, anonymous\n",
		    "; %lld placements kept, anonymous\n",
		    (unsigned long)res.placements), res.placements);
		if (res.log_busy)
			msg_warn(_("another session is reading %s, so its "
			    "write-ahead log could not be emptied and may hold "
			    "old pages; run the purge again when nobody uses "
			    "werkbank"), ctx->db_path);
	}
	purge_result_free(&res);
	return WB_OK;
}

const struct cmd_entry cmd_purge_entry = {
	.name = "purge",
	.usage = "--inactive-before DATE [--dry-run] | --employer EMPLOYER "
	    "[--contact-person NAME] [--dry-run]",
	.summary = N_("remove candidates inactive since before DATE with "
	    "their personal data (retention); an employer's contact persons "
	    "and notes, or one contact person, on request"),
	.db = CMD_DB_OPEN,
	.exec = cmd_purge_exec,
};
