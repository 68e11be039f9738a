/*
 * cmd.h: the CLI's table of commands (tmux's cmd_entry shape).  Each
 * command is one src/cmd-NAME.c defining one const struct cmd_entry;
 * main.c resolves the database, opens it as the entry asks and calls
 * .exec.  A later issue adds a command by adding a file and a line in
 * cmd.c.
 */
#ifndef WERKBANK_CMD_H
#define WERKBANK_CMD_H

#include "werkbank/db.h"
#include "werkbank/status.h"
#include "werkbank/table.h"
#include "werkbank/user.h"

enum cmd_db {
	CMD_DB_NONE,		/* the command opens nothing */
	CMD_DB_OPEN,		/* an existing database, opened by main */
	CMD_DB_INSPECT,		/* the same, but not migrated (check) */
	CMD_DB_CREATE,		/* the command creates the file itself */
};

struct cmd_ctx {
	const struct cmd_entry *entry;	/* the command running */
	const char	*db_path;	/* resolved (config.h) */
	struct db	*db;		/* set by cmd_open() */
	const char	*login;		/* who is running werkbank */
	int		 allow_world_readable;	/* --allow-world-readable */
	struct user_ctx	 user;		/* who that is: set by cmd_open() */
	int		 argc;		/* argv[0] is the command name */
	char		**argv;
};

struct cmd_entry {
	const char	*name;
	const char	*usage;		/* arguments after the name */
	const char	*summary;	/* one line for --help, N_() marked */
	enum cmd_db	 db;
	enum wb_status	(*exec)(struct cmd_ctx *);
};

/* All commands, NULL-terminated, in the order --help lists them. */
extern const struct cmd_entry *const cmd_table[];
/* The command with this name, or NULL. */
const struct cmd_entry *cmd_find(const char *name);

/*
 * Open the database as the command's entry says (CMD_DB_OPEN migrates,
 * CMD_DB_INSPECT does not), after the command has checked its arguments
 * so that a usage error is reported as one.  Prints why it failed.
 * Sets ctx->user (whose candidates may be shown: user.h).  Idempotent;
 * main closes it.
 */
enum wb_status	cmd_open(struct cmd_ctx *);
/*
 * The administrators' commands (init, demo, backup, restore) on a team
 * server, where werkbank runs set-group-id: only for a person who may
 * reach the data directory (write: and write in it; else read the
 * database) by their own rights - root, or a member of the group; the
 * command then runs with those rights only (priv_drop).  Prints why
 * not (WB_DENIED).  WB_OK at once without set-group-id.
 */
enum wb_status	cmd_as_admin(struct cmd_ctx *, int write);
/* "usage: werkbank NAME USAGE" on stderr; returns WB_USAGE. */
enum wb_status	cmd_usage(const struct cmd_entry *);
/*
 * Parse the options shared by listing commands (--csv, --json) and
 * --help; returns WB_OK (with *help_done set when --help was printed:
 * stop with success), or WB_USAGE after printing the usage.
 */
enum wb_status	cmd_parse_format(struct cmd_ctx *, const struct cmd_entry *,
		    enum table_format *, int *help_done);
/*
 * The body of a listing command: parse --csv/--json/--help, build the
 * table with fill() and print it.
 */
enum wb_status	cmd_list(struct cmd_ctx *, const struct cmd_entry *,
		    enum wb_status (*fill)(struct db *, struct table **));
/* Print the usage to stdout (for --help). */
void		cmd_help(const struct cmd_entry *);

extern const struct cmd_entry cmd_init_entry;
extern const struct cmd_entry cmd_demo_entry;
extern const struct cmd_entry cmd_import_entry;
extern const struct cmd_entry cmd_export_entry;
extern const struct cmd_entry cmd_match_entry;
extern const struct cmd_entry cmd_report_entry;
extern const struct cmd_entry cmd_target_entry;
extern const struct cmd_entry cmd_check_entry;
extern const struct cmd_entry cmd_partners_entry;
extern const struct cmd_entry cmd_users_entry;
extern const struct cmd_entry cmd_user_entry;
extern const struct cmd_entry cmd_propose_entry;
extern const struct cmd_entry cmd_advance_entry;
extern const struct cmd_entry cmd_followup_entry;
extern const struct cmd_entry cmd_meeting_entry;
extern const struct cmd_entry cmd_audit_entry;
extern const struct cmd_entry cmd_purge_entry;
extern const struct cmd_entry cmd_summary_entry;
extern const struct cmd_entry cmd_vacancy_entry;
extern const struct cmd_entry cmd_candidate_entry;
extern const struct cmd_entry cmd_employer_entry;
extern const struct cmd_entry cmd_employers_entry;
extern const struct cmd_entry cmd_occupation_entry;
extern const struct cmd_entry cmd_words_entry;
extern const struct cmd_entry cmd_backup_entry;
extern const struct cmd_entry cmd_restore_entry;

#endif
