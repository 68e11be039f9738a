/*
 * cmd-jobcoach.c: `werkbank jobcoach`: the jobcoach of a placement
 * (jobcoach.h).  With fields it records or changes them, with --remove
 * it takes the jobcoaching away, with none it shows it; --waiting lists
 * the placements whose agreed jobcoaching has not started N days after
 * the placement's start (the agenda's list).
 *
 *   werkbank jobcoach PLACEMENT [--coach NAME] [--paid-by P] [--start D]
 *	 [--hours H] [--end D] [--note T] [--version N]
 *   werkbank jobcoach PLACEMENT --remove
 *   werkbank jobcoach --waiting [--days N] [--csv | --json]
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/cmd.h"
#include "werkbank/i18n.h"
#include "werkbank/jobcoach.h"
#include "werkbank/msg.h"
#include "werkbank/num.h"
#include "werkbank/text.h"
#include "werkbank/vocab.h"

static const struct option jobcoach_options[] = {
	{ "coach",	required_argument,	NULL, 'c' },
	{ "paid-by",	required_argument,	NULL, 'p' },
	{ "start",	required_argument,	NULL, 's' },
	{ "hours",	required_argument,	NULL, 'H' },
	{ "end",	required_argument,	NULL, 'e' },
	{ "note",	required_argument,	NULL, 'n' },
	{ "version",	required_argument,	NULL, 'V' },
	{ "remove",	no_argument,		NULL, 'R' },
	{ "waiting",	no_argument,		NULL, 'w' },
	{ "days",	required_argument,	NULL, 'D' },
	{ "csv",	no_argument,		NULL, 'C' },
	{ "json",	no_argument,		NULL, 'J' },
	{ "help",	no_argument,		NULL, 'h' },
	{ NULL,		0,			NULL, 0 },
};

static const struct table_col waiting_cols[] = {
	{ "placement",	N_("Placement"),	1 },
	{ "vacancy",	N_("Vacancy"),		0 },
	{ "candidate",	N_("Candidate"),	0 },
	{ "partner",	N_("Partner"),		0 },
	{ "start",	N_("Start"),		0 },
	{ "days",	N_("Days"),		1 },
	{ "coach",	N_("Job coach"),	0 },
};
#define NWAITING_COLS	(sizeof(waiting_cols) / sizeof(waiting_cols[0]))

static enum wb_status
waiting(struct cmd_ctx *ctx, int days, enum table_format fmt)
{
	struct jobcoach_waiting	*w;
	struct table		*t;
	enum wb_status		 st;
	size_t			 n, i;
	char			 id[32], d[16];
	const char		*cells[NWAITING_COLS];

	if ((st = jobcoach_waiting_list(ctx->db, &ctx->user, days, &w, &n)) !=
	    WB_OK) {
		msg_error("%s", db_error(ctx->db));
		return st;
	}
	t = table_new(waiting_cols, NWAITING_COLS);
	for (i = 0; i < n; i++) {
		snprintf(id, sizeof(id), "%lld", w[i].placement_id);
		snprintf(d, sizeof(d), "%d", w[i].days);
		cells[0] = id;
		cells[1] = w[i].vacancy;
		cells[2] = w[i].candidate;
		cells[3] = w[i].partner;
		cells[4] = w[i].start;
		cells[5] = d;
		cells[6] = w[i].coach;
		table_add(t, cells);
	}
	table_print(t, stdout, fmt);
	table_free(t);
	free(w);
	return WB_OK;
}

static void
show(const struct jobcoach *j)
{
	char	*coach = text_sanitize(j->coach), *note = text_sanitize(j->note);
	char	 h[32];

	printf(_("placement %lld (%s, from %s)\n"), j->placement_id,
	    j->vacancy[0] != '\0' ? j->vacancy : "-", j->placement_start);
	printf("  %-12s %s\n", _("job coach"), coach);
	printf("  %-12s %s\n", _("paid by"), j->paid_by[0] != '\0' ?
	    vocab_word(VOCAB_JOBCOACH_PAYER, j->paid_by) : _("unknown"));
	printf("  %-12s %s\n", _("start"), j->start[0] != '\0' ? j->start :
	    _("not started"));
	printf("  %-12s %s\n", _("hours"), j->hours > 0 ? num_format(j->hours,
	    2, h, sizeof(h)) : _("unknown"));
	printf("  %-12s %s\n", _("end"), j->end[0] != '\0' ? j->end : "-");
	if (*note != '\0')
		printf("  %-12s %s\n", _("note"), note);
	printf("  %-12s %lld\n", "version", j->version);
	free(coach);
	free(note);
}

static enum wb_status
cmd_jobcoach_exec(struct cmd_ctx *ctx)
{
	struct jobcoach_input	 in;
	struct jobcoach		 j;
	enum table_format	 fmt = TABLE_HUMAN;
	enum wb_status		 st = WB_OK;
	char			*end;
	long			 days = -1;
	int			 ch, fields = 0, remove = 0, list = 0, created = 0;

	memset(&in, 0, sizeof(in));
	optind = 0;
	while ((ch = getopt_long(ctx->argc, ctx->argv, "h", jobcoach_options,
	    NULL)) != -1) {
		switch (ch) {
		case 'c':
			in.coach = optarg;
			fields++;
			break;
		case 'p':
			in.paid_by = optarg;
			fields++;
			break;
		case 's':
			in.start = optarg;
			fields++;
			break;
		case 'H':
			in.hours = optarg;
			fields++;
			break;
		case 'e':
			in.end = optarg;
			fields++;
			break;
		case 'n':
			in.note = optarg;
			fields++;
			break;
		case 'V':
			in.version = strtoll(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' || in.version < 1) {
				msg_error(_("--version: '%s' is not a version "
				    "number"), optarg);
				return cmd_usage(&cmd_jobcoach_entry);
			}
			break;
		case 'R':
			remove = 1;
			break;
		case 'w':
			list = 1;
			break;
		case 'D':
			days = strtol(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' || days < 0 ||
			    days > 365) {
				msg_error(_("--days: '%s' is not a number of "
				    "days"), optarg);
				return cmd_usage(&cmd_jobcoach_entry);
			}
			break;
		case 'C':
			fmt = TABLE_CSV;
			break;
		case 'J':
			fmt = TABLE_JSON;
			break;
		case 'h':
			cmd_help(&cmd_jobcoach_entry);
			return WB_OK;
		default:
			return cmd_usage(&cmd_jobcoach_entry);
		}
	}
	if (list) {
		if (optind != ctx->argc || fields > 0 || remove ||
		    in.version != 0)
			return cmd_usage(&cmd_jobcoach_entry);
		if ((st = cmd_open(ctx)) != WB_OK)
			return st;
		return waiting(ctx, (int)days, fmt);
	}
	if (optind + 1 != ctx->argc || days >= 0 || fmt != TABLE_HUMAN ||
	    (remove && (fields > 0 || in.version != 0)))
		return cmd_usage(&cmd_jobcoach_entry);
	in.placement_id = strtoll(ctx->argv[optind], &end, 10);
	if (*ctx->argv[optind] == '\0' || *end != '\0' ||
	    in.placement_id < 1) {
		msg_error(_("'%s' is not a placement number (see 'werkbank "
		    "followup' or 'werkbank jobcoach --waiting')"),
		    ctx->argv[optind]);
		return cmd_usage(&cmd_jobcoach_entry);
	}
	if ((st = cmd_open(ctx)) != WB_OK)
		return st;
	if (remove) {
		if ((st = jobcoach_remove(ctx->db, &ctx->user,
		    in.placement_id)) != WB_OK) {
			msg_error("%s", db_error(ctx->db));
			return st;
		}
		printf(_("placement %lld: jobcoaching removed\n"),
		    in.placement_id);
		return WB_OK;
	}
	if (fields > 0)
		st = jobcoach_save(ctx->db, &ctx->user, &in, &created);
	if (st == WB_OK)
		st = jobcoach_get(ctx->db, in.placement_id, &j);
	if (st != WB_OK) {
		msg_error("%s", db_error(ctx->db));
		return st;
	}
	if (fields > 0)
		printf(created ? _("placement %lld: job coach recorded\n") :
		    _("placement %lld: job coach changed\n"), in.placement_id);
	show(&j);
	return WB_OK;
}

const struct cmd_entry cmd_jobcoach_entry = {
	.name = "jobcoach",
	.usage = "PLACEMENT [--coach NAME] [--paid-by P] [--start D] "
	    "[--hours H] [--end D] [--note T] [--version N] | PLACEMENT "
	    "--remove | --waiting [--days N] [--csv | --json]",
	.summary = N_("the job coach of a placement: who, who pays, start, "
	    "hours, end; the jobcoaching agreed but not started"),
	.db = CMD_DB_OPEN,
	.exec = cmd_jobcoach_exec,
};
