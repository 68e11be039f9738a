/*
 * cmd-meeting.c: the Monday meeting from the command line.
 *
 *   meeting agenda [--since D] [--idle-weeks N]
 *					the agenda, as Markdown
 *   meeting start			start (or resume) today's meeting
 *   meeting end			end it and keep its minutes
 *   meeting action add WHAT [--who LOGIN] [--due D] [--vacancy V]
 *	[--candidate C]			an action item (of the open meeting);
 *					who: a login or a name (team.h)
 *   meeting action done ID [--date D]	mark one done
 *   meeting action reopen ID		open it again (undo a done)
 *   meeting actions [--all] [--csv | --json]	the open (or all) items
 *   meeting minutes FILE [--meeting ID]	the minutes as Markdown ("-":
 *					standard output)
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/cmd.h"
#include "werkbank/i18n.h"
#include "werkbank/meeting.h"
#include "werkbank/msg.h"
#include "werkbank/workflow.h"

struct meeting_opts {
	const char		*since, *who, *due, *vacancy, *candidate;
	const char		*date;
	long long		 meeting;
	int			 idle_weeks;
	int			 all;
	enum table_format	 fmt;
};

static const struct option meeting_options[] = {
	{ "since",	required_argument,	NULL, 's' },
	{ "idle-weeks",	required_argument,	NULL, 'i' },
	{ "who",	required_argument,	NULL, 'w' },
	{ "due",	required_argument,	NULL, 'u' },
	{ "vacancy",	required_argument,	NULL, 'v' },
	{ "candidate",	required_argument,	NULL, 'c' },
	{ "date",	required_argument,	NULL, 'd' },
	{ "meeting",	required_argument,	NULL, 'm' },
	{ "all",	no_argument,		NULL, 'a' },
	{ "csv",	no_argument,		NULL, 'C' },
	{ "json",	no_argument,		NULL, 'J' },
	{ "help",	no_argument,		NULL, 'h' },
	{ NULL,		0,			NULL, 0 },
};

static const struct table_col action_cols[] = {
	{ "id",		N_("Id"),	1 },
	{ "meeting",	N_("Meeting"),	1 },
	{ "what",	N_("What"),	0 },
	{ "who",	N_("Who"),	0 },
	{ "due",	N_("Due"),	0 },
	{ "done",	N_("Done"),	0 },
	{ "vacancy",	N_("Vacancy"),	0 },
	{ "candidate",	N_("Candidate"), 0 },
};
#define NACTION_COLS	(sizeof(action_cols) / sizeof(action_cols[0]))

static enum wb_status
fail(struct cmd_ctx *ctx, enum wb_status st)
{
	msg_error("%s", db_error(ctx->db));
	return st;
}

static long long
parse_id(const char *s)
{
	char		*end;
	long long	 v = strtoll(s, &end, 10);

	return *s == '\0' || *end != '\0' || v < 1 ? 0 : v;
}

static enum wb_status
agenda(struct cmd_ctx *ctx, const struct meeting_opts *o)
{
	struct meeting_agenda	a;
	const struct user_ctx	*u = &ctx->user;
	enum wb_status		st;

	if ((st = cmd_open(ctx)) != WB_OK)
		return st;
	if ((st = meeting_agenda_load_weeks(ctx->db, u, o->since,
	    o->idle_weeks, &a)) != WB_OK) {
		meeting_agenda_clear(&a);
		return fail(ctx, st);
	}
	meeting_agenda_markdown(&a, stdout);
	meeting_agenda_clear(&a);
	return WB_OK;
}

static enum wb_status
start(struct cmd_ctx *ctx)
{
	const struct user_ctx	*u = &ctx->user;
	enum wb_status	st;
	long long	id;
	int		resumed;

	if ((st = cmd_open(ctx)) != WB_OK)
		return st;
	if ((st = meeting_start(ctx->db, u, &id, &resumed)) != WB_OK)
		return fail(ctx, st);
	printf(resumed ? _("meeting %lld is already open today\n") :
	    _("meeting %lld started\n"), id);
	return WB_OK;
}

static enum wb_status
end(struct cmd_ctx *ctx)
{
	const struct user_ctx	*u = &ctx->user;
	enum wb_status	st;
	long long	id, version;

	if ((st = cmd_open(ctx)) != WB_OK)
		return st;
	if ((st = meeting_current(ctx->db, &id, &version)) == WB_NOT_FOUND) {
		msg_error(_("no meeting is open"));
		return WB_NOT_FOUND;
	}
	if (st != WB_OK || (st = meeting_end(ctx->db, u, id, version)) !=
	    WB_OK)
		return fail(ctx, st);
	printf(_("meeting %lld ended; its minutes are kept ('werkbank "
	    "meeting minutes FILE')\n"), id);
	return WB_OK;
}

static enum wb_status
action_add(struct cmd_ctx *ctx, const struct meeting_opts *o,
    const char *what)
{
	struct meeting_action_new	n;
	const struct user_ctx		*u = &ctx->user;
	enum wb_status			st;
	long long			id;

	memset(&n, 0, sizeof(n));
	n.what = what;
	n.owner = o->who;
	n.due = o->due;
	if ((st = cmd_open(ctx)) != WB_OK)
		return st;
	if ((o->vacancy != NULL && (st = workflow_vacancy_id(ctx->db,
	    o->vacancy, &n.vacancy_id)) != WB_OK) ||
	    (o->candidate != NULL && (st = workflow_candidate_id(ctx->db, u,
	    o->candidate, &n.candidate_id)) != WB_OK) ||
	    (st = meeting_action_add(ctx->db, u, &n, &id)) != WB_OK)
		return fail(ctx, st);
	printf(_("action item %lld added\n"), id);
	return WB_OK;
}

static enum wb_status
action_done(struct cmd_ctx *ctx, const struct meeting_opts *o, long long id)
{
	const struct user_ctx	*u = &ctx->user;
	enum wb_status	st;

	if ((st = cmd_open(ctx)) != WB_OK)
		return st;
	if ((st = meeting_action_done(ctx->db, u, id, 0, o->date)) != WB_OK)
		return fail(ctx, st);
	printf(_("action item %lld done\n"), id);
	return WB_OK;
}

static enum wb_status
action_reopen(struct cmd_ctx *ctx, long long id)
{
	enum wb_status	st;

	if ((st = cmd_open(ctx)) != WB_OK)
		return st;
	if ((st = meeting_action_reopen(ctx->db, &ctx->user, id, 0)) != WB_OK)
		return fail(ctx, st);
	printf(_("action item %lld is open again\n"), id);
	return WB_OK;
}

static enum wb_status
actions(struct cmd_ctx *ctx, const struct meeting_opts *o)
{
	struct meeting_action	*a;
	const struct user_ctx	*u = &ctx->user;
	struct table		*t;
	enum wb_status		 st;
	size_t			 n, i;
	char			 id[32], mid[32];
	const char		*cells[NACTION_COLS];

	if ((st = cmd_open(ctx)) != WB_OK)
		return st;
	if ((st = meeting_actions(ctx->db, u, 0, o->all, &a, &n)) != WB_OK)
		return fail(ctx, st);
	t = table_new(action_cols, NACTION_COLS);
	for (i = 0; i < n; i++) {
		snprintf(id, sizeof(id), "%lld", a[i].id);
		if (a[i].meeting_id != 0)
			snprintf(mid, sizeof(mid), "%lld", a[i].meeting_id);
		else
			mid[0] = '\0';
		cells[0] = id;
		cells[1] = mid;
		cells[2] = a[i].what;
		cells[3] = a[i].owner;
		cells[4] = a[i].due;
		cells[5] = a[i].done;
		cells[6] = a[i].vacancy;
		cells[7] = a[i].candidate;
		table_add(t, cells);
	}
	table_print(t, stdout, o->fmt);
	table_free(t);
	meeting_actions_free(a, n);
	return WB_OK;
}

static enum wb_status
minutes(struct cmd_ctx *ctx, const struct meeting_opts *o, const char *path)
{
	const struct user_ctx	*u = &ctx->user;
	enum wb_status	 st;

	if ((st = cmd_open(ctx)) != WB_OK)
		return st;
	/* A file goes the way of the exports (0600, renamed into place). */
	if (strcmp(path, "-") == 0)
		st = meeting_minutes(ctx->db, u, o->meeting, stdout);
	else
		st = meeting_minutes_file(ctx->db, u, o->meeting, path);
	if (st != WB_OK)
		return fail(ctx, st);
	if (strcmp(path, "-") != 0)
		msg_info(_("minutes written to %s"), path);
	return WB_OK;
}

static enum wb_status
cmd_meeting_exec(struct cmd_ctx *ctx)
{
	struct meeting_opts	 o;
	const char		*sub, *arg1 = NULL, *arg2 = NULL;
	int			 ch, nargs, opts = 0;
	long long		 id;

	memset(&o, 0, sizeof(o));
	o.fmt = TABLE_HUMAN;
	o.idle_weeks = MEETING_IDLE_WEEKS;
	optind = 0;
	while ((ch = getopt_long(ctx->argc, ctx->argv, "h", meeting_options,
	    NULL)) != -1) {
		switch (ch) {
		case 's':
			o.since = optarg;
			break;
		case 'i':
			if ((id = parse_id(optarg)) == 0 || id > 520) {
				msg_error(_("--idle-weeks: '%s' is not a whole "
				    "number from 1 to 520"), optarg);
				return cmd_usage(&cmd_meeting_entry);
			}
			o.idle_weeks = (int)id;
			break;
		case 'w':
			o.who = optarg;
			break;
		case 'u':
			o.due = optarg;
			break;
		case 'v':
			o.vacancy = optarg;
			break;
		case 'c':
			o.candidate = optarg;
			break;
		case 'd':
			o.date = optarg;
			break;
		case 'm':
			if ((o.meeting = parse_id(optarg)) == 0)
				return cmd_usage(&cmd_meeting_entry);
			break;
		case 'a':
			o.all = 1;
			break;
		case 'C':
			o.fmt = TABLE_CSV;
			break;
		case 'J':
			o.fmt = TABLE_JSON;
			break;
		case 'h':
			cmd_help(&cmd_meeting_entry);
			return WB_OK;
		default:
			return cmd_usage(&cmd_meeting_entry);
		}
		if (ch != 'C' && ch != 'J')
			opts |= 1 << (ch & 31);
	}
	nargs = ctx->argc - optind;
	if (nargs < 1)
		return cmd_usage(&cmd_meeting_entry);
	sub = ctx->argv[optind];
	if (nargs > 1)
		arg1 = ctx->argv[optind + 1];
	if (nargs > 2)
		arg2 = ctx->argv[optind + 2];
#define ONLY(mask)	((opts & ~(mask)) == 0)
#define BIT(c)		(1 << ((c) & 31))
	if (strcmp(sub, "agenda") == 0 && nargs == 1 && ONLY(BIT('s') |
	    BIT('i')) &&
	    o.fmt == TABLE_HUMAN)
		return agenda(ctx, &o);
	if (strcmp(sub, "start") == 0 && nargs == 1 && opts == 0 &&
	    o.fmt == TABLE_HUMAN)
		return start(ctx);
	if (strcmp(sub, "end") == 0 && nargs == 1 && opts == 0 &&
	    o.fmt == TABLE_HUMAN)
		return end(ctx);
	if (strcmp(sub, "actions") == 0 && nargs == 1 && ONLY(BIT('a')))
		return actions(ctx, &o);
	if (strcmp(sub, "minutes") == 0 && nargs == 2 && ONLY(BIT('m')) &&
	    o.fmt == TABLE_HUMAN)
		return minutes(ctx, &o, arg1);
	if (strcmp(sub, "action") == 0 && nargs == 3 && o.fmt == TABLE_HUMAN) {
		if (strcmp(arg1, "add") == 0 && ONLY(BIT('w') | BIT('u') |
		    BIT('v') | BIT('c')))
			return action_add(ctx, &o, arg2);
		if (strcmp(arg1, "done") == 0 && ONLY(BIT('d')) &&
		    (id = parse_id(arg2)) != 0)
			return action_done(ctx, &o, id);
		if (strcmp(arg1, "reopen") == 0 && opts == 0 &&
		    (id = parse_id(arg2)) != 0)
			return action_reopen(ctx, id);
	}
#undef ONLY
#undef BIT
	return cmd_usage(&cmd_meeting_entry);
}

const struct cmd_entry cmd_meeting_entry = {
	.name = "meeting",
	.usage = "agenda [--since D] [--idle-weeks N] | start | end | "
	    "action add WHAT "
	    "[--who LOGIN] [--due D] [--vacancy V] [--candidate C] | "
	    "action done ID [--date D] | action reopen ID | "
	    "actions [--all] [--csv | --json] | "
	    "minutes FILE [--meeting ID]",
	.summary = N_("the Monday meeting: agenda, action items, minutes"),
	.db = CMD_DB_OPEN,
	.exec = cmd_meeting_exec,
};
