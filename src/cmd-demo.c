/*
 * cmd-demo.c: `werkbank demo [--scale N]`: a new database holding the
 * synthetic demo region (demo.c).
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "werkbank/cmd.h"
#include "werkbank/date.h"
#include "werkbank/i18n.h"
#include "werkbank/msg.h"
#include "werkbank/num.h"
#include "werkbank/setup.h"

#define DEMO_SCALE_MAX	1000

static void
progress(void *arg, const char *what, long done, long total)
{
	(void)arg;
	if (total <= 0)
		return;
	fprintf(stderr, "\r\033[K%s %s: %ld%%", _("demo"), what,
	    done * 100 / total);
	fflush(stderr);
}

static enum wb_status
cmd_demo_exec(struct cmd_ctx *ctx)
{
	static const struct option opts[] = {
		{ "scale",	required_argument,	NULL, 's' },
		{ NULL,		0,			NULL, 0 },
	};
	struct demo_options	 opt = { .scale = 1 };
	struct setup_result	 res;
	struct timespec		 t0, t1;
	enum wb_status		 st;
	char			 secs[32];
	char			*end;
	long			 v;
	int			 ch, tty = isatty(STDERR_FILENO);

	optind = 0;
	while ((ch = getopt_long(ctx->argc, ctx->argv, "+", opts, NULL)) != -1) {
		switch (ch) {
		case 's':
			v = strtol(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' || v < 1 ||
			    v > DEMO_SCALE_MAX) {
				msg_error(_("--scale: '%s' is not a whole number "
				    "from 1 to %d"), optarg, DEMO_SCALE_MAX);
				return cmd_usage(&cmd_demo_entry);
			}
			opt.scale = (int)v;
			break;
		default:
			return cmd_usage(&cmd_demo_entry);
		}
	}
	if (optind != ctx->argc)
		return cmd_usage(&cmd_demo_entry);
	opt.today = date_today();
	if (tty)
		opt.progress = progress;
	/* On a team server: the administrators' (cmd_as_admin). */
	if ((st = cmd_as_admin(ctx, 1)) != WB_OK)
		return st;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	st = setup_create(ctx->db_path, ctx->login, &opt, &res);
	if (tty)
		fputs("\r\033[K", stderr);
	if (st != WB_OK) {
		msg_error("%s", res.error);
		return st;
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	msg_info(_("created %s in %s s: %ld partners, %ld users, %ld "
	    "employers, %ld candidates, %ld vacancies, %ld proposals, %ld "
	    "placements, %ld ratings"), ctx->db_path,
	    num_format_fixed((double)(t1.tv_sec - t0.tv_sec) +
	    (t1.tv_nsec - t0.tv_nsec) / 1e9, 1, secs, sizeof(secs)),
	    res.demo.partners, res.demo.users, res.demo.employers,
	    res.demo.candidates, res.demo.vacancies, res.demo.proposals,
	    res.demo.placements, res.demo.ratings);
	return WB_OK;
}

const struct cmd_entry cmd_demo_entry = {
	.name = "demo",
	.usage = "[--scale N]",
	.summary = N_("create a database holding the demo region"),
	.db = CMD_DB_CREATE,
	.exec = cmd_demo_exec,
};
