/*
 * cmd-backup.c: `werkbank backup DIR|FILE [--keep N]`: a consistent copy
 * of the database made while others work, checked before it gets its
 * name (backup.h).  Prints the backup's path on standard output, what it
 * took on standard error.  On a team server it is for those who may read
 * the database themselves, and runs with their rights.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "werkbank/backup.h"
#include "werkbank/cmd.h"
#include "werkbank/i18n.h"
#include "werkbank/msg.h"
#include "werkbank/priv.h"

static const struct option backup_options[] = {
	{ "keep",	required_argument,	NULL, 'k' },
	{ "help",	no_argument,		NULL, 'h' },
	{ NULL,		0,			NULL, 0 },
};

/* Progress on a terminal: the share of pages copied in this pass. */
static void
progress(void *arg, long long done, long long total)
{
	(void)arg;
	if (total > 0)
		fprintf(stderr, "\r%s %3lld%%", _("copying"),
		    done * 100 / total);
}

static enum wb_status
cmd_backup_exec(struct cmd_ctx *ctx)
{
	struct backup_opts	 opt;
	struct backup_result	 res;
	struct stat		 sb;
	struct db		*db = NULL;
	enum wb_status		 st;
	char			*end;
	long			 keep = 0;
	size_t			 i;
	int			 ch;

	memset(&opt, 0, sizeof(opt));
	optind = 0;
	while ((ch = getopt_long(ctx->argc, ctx->argv, "h", backup_options,
	    NULL)) != -1) {
		switch (ch) {
		case 'k':
			keep = strtol(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' || keep < 1 ||
			    keep > 100000) {
				msg_error(_("--keep: '%s' is not a number of "
				    "backups (1 or more)"), optarg);
				return cmd_usage(&cmd_backup_entry);
			}
			break;
		case 'h':
			cmd_help(&cmd_backup_entry);
			return WB_OK;
		default:
			return cmd_usage(&cmd_backup_entry);
		}
	}
	if (optind + 1 != ctx->argc || *ctx->argv[optind] == '\0')
		return cmd_usage(&cmd_backup_entry);
	if ((st = cmd_as_admin(ctx, 0)) != WB_OK)
		return st;
	opt.dest = ctx->argv[optind];
	opt.keep = (int)keep;
	opt.login = ctx->login;
	if (keep > 0 && (priv_stat(opt.dest, &sb) != 0 ||
	    !S_ISDIR(sb.st_mode))) {
		msg_error(_("--keep: %s is not a directory; --keep keeps the "
		    "newest backups in one"), opt.dest);
		return cmd_usage(&cmd_backup_entry);
	}
	if (isatty(STDERR_FILENO))
		opt.progress = progress;
	/* As it is: a backup copies the file, it does not upgrade it. */
	if ((st = db_open(&db, ctx->db_path, DB_OPEN_EXISTING |
	    DB_OPEN_NO_MIGRATE | (ctx->allow_world_readable ?
	    DB_OPEN_WORLD_OK : 0))) != WB_OK) {
		msg_error("%s", db_error(db));
		db_close(db);
		return st;
	}
	st = backup_make(db, &opt, &res);
	if (opt.progress != NULL)
		fputc('\n', stderr);
	db_close(db);
	if (st != WB_OK) {
		msg_error("%s", res.error);
		backup_result_free(&res);
		return st;
	}
	printf("%s\n", res.path);
	msg_info(ngettext("backup %s: %lld pages (%.1f MB) copied in %.2f s "
	    "in %d step", "backup %s: %lld pages (%.1f MB) copied in %.2f s "
	    "in %d steps", (unsigned long)res.steps), res.path, res.pages,
	    (double)res.bytes / 1e6, res.seconds, res.steps);
	if (res.restarts > 0)
		msg_info(ngettext("others wrote during the copy, so it began "
		    "again %d time", "others wrote during the copy, so it "
		    "began again %d times", (unsigned long)res.restarts),
		    res.restarts);
	if (res.wal)
		msg_info(_("WAL: the copy read one snapshot, and others' "
		    "writes were never held back"));
	else
		msg_info(_("the copy held others' changes back at most %.0f ms "
		    "at a time (they wait up to 5000 ms)"),
		    res.longest_step * 1000);
	msg_info(ngettext("checked in %.2f s: integrity, foreign keys, schema, "
	    "the audit chain (%lld row) with the key", "checked in %.2f s: "
	    "integrity, foreign keys, schema, the audit chain (%lld rows) with "
	    "the key", (unsigned long)res.audit_rows), res.check_seconds,
	    res.audit_rows);
	for (i = 0; i < res.ndeleted; i++)
		msg_info(_("deleted the older backup %s (--keep %d)"),
		    res.deleted[i], opt.keep);
	if (res.error[0] != '\0')
		msg_warn(_("the backup was not written to the audit log: %s"),
		    res.error);
	backup_result_free(&res);
	return WB_OK;
}

const struct cmd_entry cmd_backup_entry = {
	.name = "backup",
	.usage = "DIR|FILE [--keep N]",
	.summary = N_("a consistent copy of the database, made while others "
	    "work"),
	.db = CMD_DB_NONE,
	.exec = cmd_backup_exec,
};
