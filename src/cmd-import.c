/*
 * cmd-import.c: `werkbank import KIND FILE [--dry-run] [--strict]
 * [--rejects PATH] [--delimiter C]`, with the summary line and exit
 * codes of csv.md (0 all stored, 4 some rejected, 1 nothing stored).
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "werkbank/cmd.h"
#include "werkbank/i18n.h"
#include "werkbank/import.h"
#include "werkbank/msg.h"

struct progress {
	struct timespec	start;
	int		shown;
};

static void
progress(void *arg, long rows, size_t done, size_t total)
{
	struct progress	*p = arg;
	struct timespec	 now;
	double		 secs;

	clock_gettime(CLOCK_MONOTONIC, &now);
	secs = (double)(now.tv_sec - p->start.tv_sec) +
	    (now.tv_nsec - p->start.tv_nsec) / 1e9;
	if (secs < 0.5 && done < total)
		return;
	fputs("\r\033[K", stderr);
	fprintf(stderr, _("%ld rows, %d%%, %.0f rows/s"), rows,
	    total ? (int)(done * 100 / total) : 100,
	    secs > 0 ? rows / secs : 0.0);
	p->shown = 1;
}

static void
warn(void *arg, const char *msg)
{
	struct progress	*p = arg;

	if (p->shown) {
		fputs("\r\033[K", stderr);
		p->shown = 0;
	}
	msg_warn("%s", msg);
}

static int
parse_delimiter(const char *s, char *out)
{
	if (strcmp(s, "tab") == 0 || strcmp(s, "TAB") == 0 ||
	    strcmp(s, "\\t") == 0 || strcmp(s, "\t") == 0)
		*out = '\t';
	else if (strcmp(s, ",") == 0 || strcmp(s, ";") == 0)
		*out = s[0];
	else
		return 0;
	return 1;
}

static enum wb_status
cmd_import_exec(struct cmd_ctx *ctx)
{
	static const struct option opts[] = {
		{ "dry-run",	no_argument,		NULL, 'n' },
		{ "strict",	no_argument,		NULL, 's' },
		{ "rejects",	required_argument,	NULL, 'r' },
		{ "delimiter",	required_argument,	NULL, 'd' },
		{ NULL,		0,			NULL, 0 },
	};
	struct import_options	 opt;
	struct import_result	 res;
	struct progress		 prog;
	enum wb_status		 st;
	int			 ch, i;

	memset(&opt, 0, sizeof(opt));
	memset(&prog, 0, sizeof(prog));
	optind = 0;
	while ((ch = getopt_long(ctx->argc, ctx->argv, "", opts, NULL)) != -1) {
		switch (ch) {
		case 'n':
			opt.dry_run = 1;
			break;
		case 's':
			opt.strict = 1;
			break;
		case 'r':
			opt.rejects = optarg;
			break;
		case 'd':
			if (!parse_delimiter(optarg, &opt.delim)) {
				msg_error(_("--delimiter: use ',', ';' or "
				    "tab"));
				return cmd_usage(&cmd_import_entry);
			}
			break;
		default:
			return cmd_usage(&cmd_import_entry);
		}
	}
	if (ctx->argc - optind != 2)
		return cmd_usage(&cmd_import_entry);
	opt.kind = ctx->argv[optind];
	opt.path = ctx->argv[optind + 1];
	for (i = 0; import_kind_names[i] != NULL; i++)
		if (strcmp(import_kind_names[i], opt.kind) == 0)
			break;
	if (import_kind_names[i] == NULL) {
		msg_error(_("unknown kind '%s': use partners, employers, "
		    "candidates, vacancies, placements, ratings or contacts"),
		    opt.kind);
		return cmd_usage(&cmd_import_entry);
	}
	if ((st = cmd_open(ctx)) != WB_OK)
		return st;
	opt.login = ctx->login;
	opt.warn = warn;
	opt.arg = &prog;
	if (isatty(STDERR_FILENO)) {
		opt.progress = progress;
		clock_gettime(CLOCK_MONOTONIC, &prog.start);
	}
	st = import_run(ctx->db, &opt, &res);
	if (prog.shown)
		fputs("\r\033[K", stderr);
	if (st != WB_OK && st != WB_PARTIAL) {
		msg_error("%s: %s", opt.path, res.error);
		if (res.rejects_written)
			msg_info(_("the rejected rows are in %s"),
			    res.rejects_path);
		return st == WB_USAGE ? WB_ERROR : st;
	}
	fprintf(stderr, ngettext("%s: %ld row, ", "%s: %ld rows, ", res.rows),
	    opt.path, res.rows);
	if (opt.dry_run)
		fprintf(stderr, _("%ld would be stored (%ld new, %ld updated), "
		    "%ld rejected"), res.stored, res.created, res.updated,
		    res.rejected);
	else
		fprintf(stderr, _("%ld stored (%ld new, %ld updated), %ld "
		    "rejected"), res.stored, res.created, res.updated,
		    res.rejected);
	if (res.rejects_written)
		fprintf(stderr, " -> %s", res.rejects_path);
	if (opt.dry_run)
		fprintf(stderr, _(" (dry run: nothing stored)"));
	fputc('\n', stderr);
	return st;
}

const struct cmd_entry cmd_import_entry = {
	.name = "import",
	.usage = "KIND FILE [--dry-run] [--strict] [--rejects PATH] "
	    "[--delimiter C]",
	.summary = N_("import a partner's CSV file (partners, employers, "
	    "candidates, vacancies, placements, ratings, contacts)"),
	.db = CMD_DB_OPEN,
	.exec = cmd_import_exec,
};
