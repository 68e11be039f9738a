/*
 * main.c: werkbank's entry point.  Global options (--db, --meeting,
 * --allow-world-readable, --help, --version), then one command from the
 * table in cmd.c, or, with no command on a terminal, the workbench
 * (tui.c); without a terminal, no command prints what the database
 * holds.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "werkbank/cmd.h"
#include "werkbank/config.h"
#include "werkbank/date.h"
#include "werkbank/i18n.h"
#include "werkbank/msg.h"
#include "werkbank/priv.h"
#include "werkbank/tui.h"

#define HELP_WIDTH	79

/*
 * Words of s after column col (at the start of a line when fresh),
 * wrapped at spaces to HELP_WIDTH with continued lines indented to
 * indent; ends the line.
 */
static void
usage_wrap(FILE *fp, const char *s, int col, int indent, int fresh)
{
	const char	*end;
	int		 len;

	while (*s != '\0') {
		while (*s == ' ')
			s++;
		if (*s == '\0')
			break;
		end = strchr(s, ' ');
		len = end != NULL ? (int)(end - s) : (int)strlen(s);
		if (col + 1 + len > HELP_WIDTH && !fresh) {
			fprintf(fp, "\n%*s", indent, "");
			col = indent;
			fresh = 1;
		}
		col += fprintf(fp, fresh ? "%.*s" : " %.*s", len, s);
		fresh = 0;
		s += len;
	}
	fputc('\n', fp);
}

/*
 * One command of --help: "  name usage" wrapped to HELP_WIDTH, then
 * its summary indented under it.  Only the command lines start with
 * exactly two spaces (test/run reads the names from them).
 */
static void
usage_command(FILE *fp, const struct cmd_entry *c)
{
	int	col = fprintf(fp, "  %s", c->name);

	usage_wrap(fp, c->usage, col, col + 1, 0);
	fprintf(fp, "      ");
	usage_wrap(fp, _(c->summary), 6, 6, 1);
}

static void
usage(FILE *fp)
{
	const struct cmd_entry *const	*c;

	fprintf(fp, _("usage: werkbank [--db PATH] [--meeting] "
	    "[--allow-world-readable]\n"
	    "                [COMMAND [ARGS...]]\n"
	    "       werkbank --help | --version\n\nCommands:\n"));
	for (c = cmd_table; *c != NULL; c++)
		usage_command(fp, *c);
	fprintf(fp, _("\nThe database is --db PATH, else $WERKBANK_DB, else "
	    "'db =' in\n$XDG_CONFIG_HOME/werkbank/config (or "
	    "~/.config/werkbank/config), else\n%s, else "
	    "./werkbank.db.  See werkbank(1).\n"), config_system_file());
}

int
main(int argc, char **argv)
{
	const struct cmd_entry	*cmd;
	struct cmd_ctx		 ctx;
	const char		*given = NULL, *today;
	int			 meeting = 0, world_ok = 0;
	char			*path, *slash, err[1024];
	enum wb_status		 st;
	int			 i, days;

	/* First: set-group-id, nothing may read the environment before. */
	priv_init();
	i18n_init(argv[0]);
	/*
	 * Past the file size limit (ulimit -f) a write fails with EFBIG
	 * instead of killing us, so SQLite rolls the transaction back and
	 * the user is told, as for a full disk.
	 */
	signal(SIGXFSZ, SIG_IGN);
	for (i = 1; i < argc && argv[i][0] == '-'; i++) {
		if (strcmp(argv[i], "--db") == 0) {
			if (i + 1 >= argc) {
				usage(stderr);
				return 2;
			}
			given = argv[++i];
		} else if (strncmp(argv[i], "--db=", 5) == 0)
			given = argv[i] + 5;
		else if (strcmp(argv[i], "--help") == 0 ||
		    strcmp(argv[i], "-h") == 0) {
			usage(stdout);
			return 0;
		} else if (strcmp(argv[i], "--version") == 0 ||
		    strcmp(argv[i], "-V") == 0) {
			printf("werkbank %s\n", WERKBANK_VERSION);
			return 0;
		} else if (strcmp(argv[i], "--meeting") == 0) {
			meeting = 1;
		} else if (strcmp(argv[i], "--allow-world-readable") == 0) {
			world_ok = 1;
		} else if (strcmp(argv[i], "--keys-mdoc") == 0) {
			/* Hidden: the key list of the man page, from the
			 * action table (the tests compare the two). */
			tui_print_keys_mdoc(stdout);
			return 0;
		} else if (strcmp(argv[i], "--") == 0) {
			i++;
			break;
		} else {
			msg_error(_("unknown option '%s'"), argv[i]);
			usage(stderr);
			return 2;
		}
	}
	if ((today = getenv("WERKBANK_TODAY")) != NULL && *today != '\0' &&
	    date_parse(today, &days) != WB_OK) {
		msg_error(_("WERKBANK_TODAY: '%s' is not a date (YYYY-MM-DD)"),
		    today);
		return 2;
	}
	if (given != NULL && *given == '\0') {
		msg_error(_("--db needs a file name"));
		return 2;
	}
	if (i == argc)
		cmd = &cmd_summary_entry;
	else if ((cmd = cmd_find(argv[i])) == NULL) {
		msg_error(_("unknown command '%s'"), argv[i]);
		usage(stderr);
		return 2;
	}

	/* A command's --help needs no database. */
	if (i < argc && i + 1 < argc && (strcmp(argv[i + 1], "--help") == 0 ||
	    strcmp(argv[i + 1], "-h") == 0)) {
		cmd_help(cmd);
		return 0;
	}
	memset(&ctx, 0, sizeof(ctx));
	if ((path = config_db_path(given, err, sizeof(err))) == NULL) {
		msg_error("%s", err);
		return wb_status_exit(WB_DENIED);
	}
	/* SQLite's temporary files stay where only the group can reach. */
	if (priv_secure() && (slash = strrchr(path, '/')) != NULL) {
		*slash = '\0';
		priv_set_tmpdir(path);
		*slash = '/';
	}
	ctx.db_path = path;
	ctx.login = config_login();
	ctx.allow_world_readable = world_ok;
	ctx.meeting = meeting;
	ctx.argc = i == argc ? 1 : argc - i;
	ctx.argv = i == argc ? argv : argv + i;
	ctx.entry = cmd;
	/* No command on a terminal: the workbench. */
	if (i == argc && isatty(STDIN_FILENO) && isatty(STDOUT_FILENO)) {
		if ((st = cmd_open(&ctx)) == WB_OK)
			st = tui_run(ctx.db, path, ctx.login, meeting);
	} else	/* commands open the database once their arguments check */
		st = cmd->exec(&ctx);
	db_close(ctx.db);
	free(path);
	return wb_status_exit(st);
}
