/*
 * cmd-record.c: `werkbank vacancy|candidate|employer add|edit|show`,
 * `werkbank vacancy hold|reopen|withdraw` and `werkbank employer KEY`
 * (its transfer and contact persons are cmd-employer.c's):
 * a record entered, changed or shown field by field with the import's
 * rules (record.h, lifecycle.h, employer.h).
 *
 *   werkbank KIND add FIELD=VALUE... [--yes]
 *   werkbank KIND edit KEY [--version N] [--yes] FIELD=VALUE...
 *   werkbank KIND show KEY
 *   werkbank vacancy hold|reopen|withdraw KEY [--note T] [--version N]
 *   werkbank vacancy close-proposals KEY [--date D]
 *   werkbank candidate leave KEY --date D --reason R [--note T]
 *   werkbank employer KEY		(show)
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/audit.h"
#include "werkbank/candidate.h"
#include "werkbank/cmd.h"
#include "werkbank/employer.h"
#include "werkbank/i18n.h"
#include "werkbank/lifecycle.h"
#include "werkbank/msg.h"
#include "werkbank/num.h"
#include "werkbank/outflow.h"
#include "werkbank/profile.h"
#include "werkbank/record.h"
#include "werkbank/text.h"
#include "werkbank/validate.h"
#include "werkbank/vocab.h"
#include "werkbank/workflow.h"

#define MAX_VALUES	32

static const struct option record_options[] = {
	{ "version",	required_argument,	NULL, 'V' },
	{ "note",	required_argument,	NULL, 'n' },
	{ "date",	required_argument,	NULL, 'd' },
	{ "reason",	required_argument,	NULL, 'r' },
	{ "yes",	no_argument,		NULL, 'y' },
	{ "help",	no_argument,		NULL, 'h' },
	{ NULL,		0,			NULL, 0 },
};

static const struct cmd_entry *
entry_of(enum rec_kind kind)
{
	switch (kind) {
	case REC_VACANCY:
		return &cmd_vacancy_entry;
	case REC_CANDIDATE:
		return &cmd_candidate_entry;
	default:
		return &cmd_employer_entry;
	}
}

/*
 * The labels of show beside the record's own: what a candidate's leaving
 * and profile add (N_(): translated where they are printed).
 */
static const char *const extra_labels[] = {
	N_("Version"), N_("Left the pool"), N_("Why they left"),
	N_("Leave note"), N_("Profile"),
};

/* The width of show's label column: its widest label as people read it. */
static size_t
label_width(enum rec_kind kind)
{
	const struct record_field	*f;
	size_t				 n, i, w, max = 0;

	f = record_fields(kind, &n);
	for (i = 0; i < n; i++)
		if ((w = text_width(_(f[i].label))) > max)
			max = w;
	/* Only a candidate has more than a version. */
	for (i = 0; i < (kind == REC_CANDIDATE ? sizeof(extra_labels) /
	    sizeof(extra_labels[0]) : 1); i++)
		if ((w = text_width(_(extra_labels[i]))) > max)
			max = w;
	return max;
}

/*
 * One line of show: the label as the form shows it, then the value for
 * people, control characters made harmless.
 */
static void
print_value(const char *label, size_t width, const char *value)
{
	char	*clean = text_sanitize(value);

	text_print_padded(stdout, label, width);
	printf("  %s\n", clean);
	free(clean);
}

/*
 * A stored value as show prints it: record_value_shown's words, a list
 * of words as "a, b, c" and an occupation with its group's Dutch title,
 * each as edit takes it back.  Returns buf.
 */
static const char *
value_shown(struct db *db, const struct record_field *f, const char *v,
    char *buf, size_t len)
{
	if (*v == '\0')
		return v;
	switch (f->type) {
	case RV_OCCUPATION:
	case RV_OCCUPATIONS:
		record_occupations_shown(db, v, buf, len);
		return buf;
	case RV_ENUMS:
	case RV_INSTRUMENTS:
		if (f->vocab != VOCAB_NONE)
			return vocab_words(f->vocab, v, ", ", buf, len);
		break;
	default:
		break;
	}
	return record_value_shown(f, v, buf, len);
}

static enum wb_status
show_fields(struct cmd_ctx *ctx, const struct user_ctx *u,
    enum rec_kind kind, long long id)
{
	const struct record_field	*f;
	enum wb_status			 st;
	char				**v, buf[4096], num[32];
	long long			 version;
	size_t				 n, i, w = label_width(kind);

	if ((st = record_read(ctx->db, u, kind, id, &v, &version)) != WB_OK)
		return st;
	/* A candidate's details are personal: their view is audited. */
	if (kind == REC_CANDIDATE && (st = audit_append(ctx->db, u->login,
	    "view", "candidate", id, NULL)) != WB_OK) {
		record_values_free(v, kind);
		return st;
	}
	f = record_fields(kind, &n);
	for (i = 0; i < n; i++)
		print_value(_(f[i].label), w, value_shown(ctx->db, &f[i], v[i],
		    buf, sizeof(buf)));
	snprintf(num, sizeof(num), "%lld", version);
	print_value(_("Version"), w, num);
	record_values_free(v, kind);
	return WB_OK;
}

/* A candidate's leaving and proposals, each ending with its reason. */
static enum wb_status
show_outflow(struct cmd_ctx *ctx, const struct user_ctx *u, long long id)
{
	struct candidate_detail	 d;
	enum wb_status		 st;
	enum wf_step		 step;
	enum vocab_set		 set;
	size_t			 i, w = label_width(REC_CANDIDATE);
	char			*s;

	if ((st = candidate_detail_load(ctx->db, u, id, &d)) != WB_OK) {
		candidate_detail_free(&d);
		return st;
	}
	if (*d.left != '\0') {
		print_value(_("Left the pool"), w, d.left);
		print_value(_("Why they left"), w, outflow_reason_word(
		    VOCAB_LEAVE_REASON, d.leave_reason));
		if (*d.leave_note != '\0')
			print_value(_("Leave note"), w, d.leave_note);
	}
	printf(_("\nproposals (%zu):\n"), d.nproposals);
	for (i = 0; i < d.nproposals; i++) {
		const struct candidate_proposal *p = &d.proposals[i];

		s = text_sanitize(p->title);
		set = workflow_step_parse(p->step, &step) == WB_OK ?
		    workflow_reason_set(step) : VOCAB_NONE;
		if (set != VOCAB_NONE)
			printf("  %-16s %s: %s  %s  %s\n", p->key,
			    vocab_word(VOCAB_STEP, p->step),
			    outflow_reason_word(set, p->reason), p->last_on, s);
		else
			printf("  %-16s %s  %s  %s\n", p->key, vocab_word(
			    VOCAB_STEP, p->step), p->on, s);
		free(s);
	}
	candidate_detail_free(&d);
	return WB_OK;
}

/* The profiles of a candidate written for employers (profile.h). */
static enum wb_status
print_profiles(struct cmd_ctx *ctx, const struct user_ctx *u, long long id)
{
	struct profile_share	*s;
	enum wb_status		 st;
	size_t			 n, i;
	char			 note[512], num[32], *clean;

	if ((st = profile_shares(ctx->db, u, 0, id, &s, &n)) != WB_OK ||
	    n == 0) {
		free(s);
		return st;
	}
	snprintf(num, sizeof(num), "%lld", s[0].number);
	print_value(_("Profile"), label_width(REC_CANDIDATE), num);
	printf(_("\nprofiles written (%zu):\n"), n);
	for (i = 0; i < n; i++) {
		clean = text_sanitize(profile_share_note(&s[i], 1, note,
		    sizeof(note)));
		printf("  %s  %s\n", s[i].on, clean);
		free(clean);
	}
	free(s);
	return WB_OK;
}

static enum wb_status
show(struct cmd_ctx *ctx, const struct user_ctx *u, enum rec_kind kind,
    long long id)
{
	enum wb_status	st;

	if ((st = show_fields(ctx, u, kind, id)) != WB_OK)
		return st;
	if (kind == REC_CANDIDATE) {
		if ((st = show_outflow(ctx, u, id)) != WB_OK)
			return st;
		return print_profiles(ctx, u, id);
	}
	if (kind != REC_EMPLOYER)
		return st;
	return cmd_employer_print(ctx, id);
}

/* FIELD=VALUE arguments -> changes; a usage error when one has no '='. */
static enum wb_status
parse_values(const struct cmd_entry *e, char **argv, int argc,
    struct record_value *v, size_t *n)
{
	char	*eq;
	int	 i;

	*n = 0;
	for (i = 0; i < argc; i++) {
		if ((eq = strchr(argv[i], '=')) == NULL || eq == argv[i]) {
			msg_error(_("'%s' is not FIELD=VALUE"), argv[i]);
			return cmd_usage(e);
		}
		if (*n == MAX_VALUES) {
			msg_error(_("more than %d fields"), MAX_VALUES);
			return cmd_usage(e);
		}
		*eq = '\0';
		v[*n].field = argv[i];
		v[(*n)++].value = eq + 1;
	}
	if (*n == 0) {
		msg_error("%s", _("give at least one FIELD=VALUE"));
		return cmd_usage(e);
	}
	return WB_OK;
}

/*
 * `candidate leave KEY --date D --reason R [--note T]` and `vacancy
 * close-proposals KEY [--date D]` (outflow.h, workflow.h).
 */
static enum wb_status
outflow_exec(struct cmd_ctx *ctx, enum rec_kind kind, const char *sub,
    int pos, long long version, const char *note, const char *date,
    const char *reason)
{
	const struct cmd_entry		*e = entry_of(kind);
	const struct user_ctx		*u = &ctx->user;
	struct outflow_leave		 req;
	struct outflow_leave_result	 res;
	enum wb_status			 st;
	const char			*key;
	long long			 id;
	int				 n;

	if (pos + 1 != ctx->argc)
		return cmd_usage(e);
	key = ctx->argv[pos];
	if (kind == REC_VACANCY && (reason != NULL || note != NULL ||
	    version != 0))
		return cmd_usage(e);
	if (kind == REC_CANDIDATE && (date == NULL || reason == NULL)) {
		msg_error("%s", date == NULL ? _("--date: give the day they "
		    "left the pool") : _("--reason: give why they left the "
		    "pool (werkbank words leave_reason)"));
		return cmd_usage(e);
	}
	if ((st = cmd_open(ctx)) != WB_OK)
		return st;
	if ((st = record_find(ctx->db, u, kind, key, &id)) != WB_OK)
		goto fail;
	if (kind == REC_VACANCY) {
		if ((st = workflow_close_filled(ctx->db, u, id, date, &n)) !=
		    WB_OK)
			goto fail;
		printf(ngettext("%s: %d proposal ended as not chosen (vacancy "
		    "filled)\n", "%s: %d proposals ended as not chosen "
		    "(vacancy filled)\n", n), key, n);
		return WB_OK;
	}
	(void)sub;
	memset(&req, 0, sizeof(req));
	req.candidate_id = id;
	req.date = date;
	req.reason = reason;
	req.note = note;
	req.version = version;
	if ((st = outflow_leave(ctx->db, u, &req, &res)) != WB_OK)
		goto fail;
	printf(res.corrected ? _("%s: left the pool on %s, corrected: %s\n") :
	    _("%s left the pool on %s: %s\n"), res.key, res.date,
	    vocab_word(VOCAB_LEAVE_REASON, res.reason));
	if (res.withdrawn > 0)
		printf(ngettext("%d running proposal ended as withdrawn\n",
		    "%d running proposals ended as withdrawn\n",
		    res.withdrawn), res.withdrawn);
	return WB_OK;
fail:
	msg_error("%s", db_error(ctx->db));
	return st;
}

static enum wb_status
record_exec(struct cmd_ctx *ctx, enum rec_kind kind)
{
	const struct cmd_entry	*e = entry_of(kind);
	struct record_value	 v[MAX_VALUES];
	struct record_result	 res;
	struct lifecycle_result	 lres;
	enum lifecycle_action	 action;
	const struct user_ctx	*u = &ctx->user;
	enum wb_status		 st;
	const char		*sub, *key = NULL, *note = NULL;
	const char		*date = NULL, *reason = NULL;
	long long		 version = 0, id = 0;
	char			 err[VERR];
	size_t			 n = 0;
	int			 ch, pos, lifecycle = 0, yes = 0;
	long			 l;

	optind = 0;
	while ((ch = getopt_long(ctx->argc, ctx->argv, "h", record_options,
	    NULL)) != -1) {
		switch (ch) {
		case 'V':
			if (validate_int(optarg, 1, 2147483647L, &l, err) !=
			    WB_OK) {
				msg_error("--version: %s", err);
				return cmd_usage(e);
			}
			version = l;
			break;
		case 'n':
			note = optarg;
			break;
		case 'd':
			date = optarg;
			break;
		case 'r':
			reason = optarg;
			break;
		case 'y':
			yes = 1;
			break;
		case 'h':
			cmd_help(e);
			return WB_OK;
		default:
			return cmd_usage(e);
		}
	}
	pos = optind;
	if (pos >= ctx->argc)
		return cmd_usage(e);
	sub = ctx->argv[pos++];
	if ((kind == REC_CANDIDATE && strcmp(sub, "leave") == 0) ||
	    (kind == REC_VACANCY && strcmp(sub, "close-proposals") == 0))
		return outflow_exec(ctx, kind, sub, pos, version, note, date,
		    reason);
	if (date != NULL || reason != NULL)
		return cmd_usage(e);
	/* --yes: a vacancy for another account manager's employer. */
	if (yes && (kind != REC_VACANCY || (strcmp(sub, "add") != 0 &&
	    strcmp(sub, "edit") != 0)))
		return cmd_usage(e);
	if (kind == REC_VACANCY &&
	    lifecycle_action_parse(sub, &action) == WB_OK)
		lifecycle = 1;
	if (strcmp(sub, "add") == 0) {
		if (version != 0 || note != NULL)
			return cmd_usage(e);
		if ((st = parse_values(e, ctx->argv + pos, ctx->argc - pos, v,
		    &n)) != WB_OK)
			return st;
	} else if (strcmp(sub, "edit") == 0) {
		if (pos >= ctx->argc || note != NULL)
			return cmd_usage(e);
		key = ctx->argv[pos++];
		if ((st = parse_values(e, ctx->argv + pos, ctx->argc - pos, v,
		    &n)) != WB_OK)
			return st;
	} else if (strcmp(sub, "show") == 0 || lifecycle) {
		if (pos + 1 != ctx->argc || (!lifecycle && (version != 0 ||
		    note != NULL)))
			return cmd_usage(e);
		key = ctx->argv[pos];
	} else if (kind == REC_EMPLOYER && pos == ctx->argc &&
	    version == 0 && note == NULL) {
		key = sub;		/* werkbank employer KEY */
		sub = "show";
	} else {
		msg_error(_("'%s' is not a subcommand of %s"), sub, e->name);
		return cmd_usage(e);
	}

	if ((st = cmd_open(ctx)) != WB_OK)
		return st;
	/* A candidate may be looked up by the profile number an employer
	 * quotes. */
	if (key != NULL && (st = kind == REC_CANDIDATE &&
	    profile_is_number(key) ? profile_candidate(ctx->db, u, key, &id) :
	    record_find(ctx->db, u, kind, key, &id)) != WB_OK)
		goto fail;
	if (strcmp(sub, "show") == 0) {
		if ((st = show(ctx, u, kind, id)) != WB_OK)
			goto fail;
		return WB_OK;
	}
	if (lifecycle) {
		if ((st = lifecycle_change(ctx->db, u, id, version, action,
		    note, &lres)) != WB_OK) {
			if (!lres.deadline_passed)
				goto fail;
			msg_error(_("%s (werkbank vacancy edit %s "
			    "deadline=DATE)"), db_error(ctx->db), key);
			return st;
		}
		printf(_("%s: %s -> %s\n"), key, vocab_word(
		    VOCAB_VACANCY_STATUS, lres.from), vocab_word(
		    VOCAB_VACANCY_STATUS, lres.to));
		return WB_OK;
	}
	if (kind == REC_VACANCY && !yes) {
		struct employer_manager	m;
		long long		employer;

		/* Bad input is told first; then whose employer it is. */
		if ((st = employer_of_vacancy(ctx->db, id, v, n, &employer)) !=
		    WB_OK || (employer != 0 && (st = employer_manager(ctx->db,
		    u, employer, &m)) != WB_OK))
			goto fail;
		if (employer != 0 && m.other) {
			if ((st = record_try(ctx->db, u, kind, id, version, v, n,
			    &res)) != WB_OK)
				goto fail;
			if ((st = cmd_employer_ask(ctx, employer, yes,
			    _("give --yes to enter the vacancy anyway"))) !=
			    WB_OK)
				return st;
		}
	}
	if ((st = record_set(ctx->db, u, kind, id, version, v, n, &res)) !=
	    WB_OK)
		goto fail;
	if (res.created)
		printf(_("created %s %s (version %lld)\n"), e->name, res.key,
		    res.version);
	else if (res.changed[0] == '\0')
		printf(_("%s: nothing changed (version %lld)\n"), res.key,
		    res.version);
	else
		printf(_("updated %s: %s (version %lld)\n"), res.key,
		    res.changed, res.version);
	return WB_OK;
fail:
	msg_error("%s", db_error(ctx->db));
	return st;
}

static enum wb_status
cmd_vacancy_exec(struct cmd_ctx *ctx)
{
	return record_exec(ctx, REC_VACANCY);
}

static enum wb_status
cmd_candidate_exec(struct cmd_ctx *ctx)
{
	return record_exec(ctx, REC_CANDIDATE);
}

static enum wb_status
cmd_employer_exec(struct cmd_ctx *ctx)
{
	if (ctx->argc > 1 && (strcmp(ctx->argv[1], "transfer") == 0 ||
	    strcmp(ctx->argv[1], "person") == 0))
		return cmd_employer_more(ctx);
	return record_exec(ctx, REC_EMPLOYER);
}

const struct cmd_entry cmd_vacancy_entry = {
	.name = "vacancy",
	.usage = "add FIELD=VALUE... [--yes] | edit VACANCY [--version N] "
	    "[--yes] FIELD=VALUE... | show VACANCY | hold|reopen|withdraw "
	    "VACANCY [--note T] [--version N] | close-proposals VACANCY "
	    "[--date D]",
	.summary = N_("enter, change or show a vacancy; put it on hold, "
	    "reopen or withdraw it; end its open proposals once filled"),
	.db = CMD_DB_OPEN,
	.exec = cmd_vacancy_exec,
};

const struct cmd_entry cmd_candidate_entry = {
	.name = "candidate",
	.usage = "add FIELD=VALUE... | edit CANDIDATE [--version N] "
	    "FIELD=VALUE... | show CANDIDATE | leave CANDIDATE --date D "
	    "--reason R [--note T]",
	.summary = N_("enter, change or show a candidate; record that they "
	    "leave the pool and why"),
	.db = CMD_DB_OPEN,
	.exec = cmd_candidate_exec,
};

const struct cmd_entry cmd_employer_entry = {
	.name = "employer",
	.usage = "add FIELD=VALUE... | edit EMPLOYER [--version N] "
	    "FIELD=VALUE... | [show] EMPLOYER | transfer EMPLOYER LOGIN "
	    "[--version N] | person add EMPLOYER NAME [--function T] "
	    "[--phone P] [--email E] [--primary] | person edit EMPLOYER NAME "
	    "[--name N] [--function T] [--phone P] [--email E] "
	    "[--primary | --not-primary] [--version N] | person remove "
	    "EMPLOYER NAME",
	.summary = N_("enter or change an employer, hand it to another "
	    "account manager, keep its contact persons; show its contact "
	    "persons, vacancies, placements, ratings and contacts"),
	.db = CMD_DB_OPEN,
	.exec = cmd_employer_exec,
};
