/*
 * cmd.c: the table of commands and what they share (usage, --csv/--json).
 */
#include "werkbank/cmd.h"

#include <getopt.h>
#include <grp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "werkbank/audit.h"
#include "werkbank/i18n.h"
#include "werkbank/lifecycle.h"
#include "werkbank/msg.h"
#include "werkbank/priv.h"
#include "werkbank/user.h"
#include "werkbank/xmalloc.h"

const struct cmd_entry *const cmd_table[] = {
	&cmd_init_entry,
	&cmd_demo_entry,
	&cmd_import_entry,
	&cmd_export_entry,
	&cmd_match_entry,
	&cmd_report_entry,
	&cmd_target_entry,
	&cmd_check_entry,
	&cmd_partners_entry,
	&cmd_users_entry,
	&cmd_user_entry,
	&cmd_propose_entry,
	&cmd_advance_entry,
	&cmd_followup_entry,
	&cmd_meeting_entry,
	&cmd_audit_entry,
	&cmd_vacancy_entry,
	&cmd_candidate_entry,
	&cmd_employer_entry,
	&cmd_employers_entry,
	&cmd_occupation_entry,
	&cmd_words_entry,
	&cmd_purge_entry,
	&cmd_backup_entry,
	&cmd_restore_entry,
	NULL,
};

const struct cmd_entry *
cmd_find(const char *name)
{
	const struct cmd_entry *const	*c;

	for (c = cmd_table; *c != NULL; c++)
		if (strcmp((*c)->name, name) == 0)
			return *c;
	return NULL;
}

enum wb_status
cmd_open(struct cmd_ctx *ctx)
{
	enum wb_status	st;

	if (ctx->db != NULL)
		return WB_OK;
	/* check opens a world-readable file to report its mode as a fault. */
	st = db_open(&ctx->db, ctx->db_path, (ctx->entry->db == CMD_DB_INSPECT ?
	    DB_OPEN_NO_MIGRATE | DB_OPEN_WORLD_OK : DB_OPEN_EXISTING) |
	    (ctx->allow_world_readable ? DB_OPEN_WORLD_OK : 0));
	/*
	 * Once the database has users, only they may use it (the login from
	 * getuid()).  check reads nothing personal: a system administrator
	 * may run it on any file.
	 */
	if (st == WB_OK && ctx->entry->db != CMD_DB_INSPECT) {
		st = user_current(ctx->db, ctx->login, &ctx->user);
		/*
		 * Vacancies whose deadline passed expire now (lifecycle.h);
		 * a database that cannot be written leaves it to the next.
		 */
		if (st == WB_OK)
			(void)lifecycle_expire_due(ctx->db, NULL);
		/*
		 * A database from before the audit key is keyed by the first
		 * to open it who may write (a read-only one waits for that).
		 */
		if (st == WB_OK)
			(void)audit_seal(ctx->db, ctx->login);
	}
	if (st != WB_OK) {
		msg_error("%s", db_error(ctx->db));
		db_close(ctx->db);
		ctx->db = NULL;
	}
	return st;
}

enum wb_status
cmd_as_admin(struct cmd_ctx *ctx, int write)
{
	struct group	*gr;
	const char	*slash = strrchr(ctx->db_path, '/');
	char		*dir, gname[64];
	int		 ok;

	if (!priv_secure())
		return WB_OK;
	dir = slash == NULL ? xstrdup(".") : slash == ctx->db_path ?
	    xstrdup("/") : xstrndup(ctx->db_path, (size_t)(slash -
	    ctx->db_path));
	ok = priv_person_may(dir, write ? R_OK | W_OK | X_OK : X_OK) &&
	    (write || priv_person_may(ctx->db_path, R_OK));
	if (!ok) {
		if ((gr = getgrgid(getegid())) != NULL)
			snprintf(gname, sizeof(gname), "%s", gr->gr_name);
		else
			snprintf(gname, sizeof(gname), "%ld",
			    (long)getegid());
		msg_error(_("'werkbank %s' is for the administrators of this "
		    "server: it needs access to %s of your own (as root, or as "
		    "a member of the group %s)"), ctx->entry->name, dir,
		    gname);
		free(dir);
		return WB_DENIED;
	}
	free(dir);
	if (priv_drop() != WB_OK) {
		msg_error(_("cannot give up the group werkbank runs with"));
		return WB_DENIED;
	}
	return WB_OK;
}

enum wb_status
cmd_usage(const struct cmd_entry *c)
{
	fprintf(stderr, _("usage: werkbank [--db PATH] %s%s%s\n"), c->name,
	    *c->usage ? " " : "", c->usage);
	return WB_USAGE;
}

void
cmd_help(const struct cmd_entry *c)
{
	printf(_("usage: werkbank [--db PATH] %s%s%s\n"), c->name,
	    *c->usage ? " " : "", c->usage);
	printf("%s\n", _(c->summary));
}

enum wb_status
cmd_parse_format(struct cmd_ctx *ctx, const struct cmd_entry *c,
    enum table_format *fmt, int *help_done)
{
	static const struct option opts[] = {
		{ "csv",	no_argument,	NULL, 'c' },
		{ "json",	no_argument,	NULL, 'j' },
		{ "help",	no_argument,	NULL, 'h' },
		{ NULL,		0,		NULL, 0 },
	};
	int	ch;

	*fmt = TABLE_HUMAN;
	*help_done = 0;
	optind = 0;
	opterr = 1;
	while ((ch = getopt_long(ctx->argc, ctx->argv, "+h", opts, NULL)) !=
	    -1) {
		switch (ch) {
		case 'c':
			*fmt = TABLE_CSV;
			break;
		case 'j':
			*fmt = TABLE_JSON;
			break;
		case 'h':
			cmd_help(c);
			*help_done = 1;
			return WB_OK;
		default:
			return cmd_usage(c);
		}
	}
	if (optind != ctx->argc)
		return cmd_usage(c);
	return WB_OK;
}

enum wb_status
cmd_list(struct cmd_ctx *ctx, const struct cmd_entry *c,
    enum wb_status (*fill)(struct db *, struct table **))
{
	enum table_format	 fmt;
	struct table		*t;
	enum wb_status		 st;
	int			 help;

	if ((st = cmd_parse_format(ctx, c, &fmt, &help)) != WB_OK || help ||
	    (st = cmd_open(ctx)) != WB_OK)
		return st;
	if ((st = fill(ctx->db, &t)) != WB_OK)
		msg_error("%s", db_error(ctx->db));
	else
		table_print(t, stdout, fmt);
	table_free(t);
	return st;
}
