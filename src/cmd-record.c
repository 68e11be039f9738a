/*
 * cmd-record.c: `werkbank vacancy|candidate|employer add|edit|show`,
 * `werkbank vacancy hold|reopen|withdraw` and `werkbank employer KEY`:
 * a record entered, changed or shown field by field with the import's
 * rules (record.h, lifecycle.h, employer.h).
 *
 *   werkbank KIND add FIELD=VALUE...
 *   werkbank KIND edit KEY [--version N] FIELD=VALUE...
 *   werkbank KIND show KEY
 *   werkbank vacancy hold|reopen|withdraw KEY [--note T] [--version N]
 *   werkbank employer KEY		(show)
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/audit.h"
#include "werkbank/cmd.h"
#include "werkbank/employer.h"
#include "werkbank/i18n.h"
#include "werkbank/lifecycle.h"
#include "werkbank/msg.h"
#include "werkbank/num.h"
#include "werkbank/record.h"
#include "werkbank/text.h"
#include "werkbank/validate.h"
#include "werkbank/vocab.h"

#define MAX_VALUES	32

static const struct option record_options[] = {
	{ "version",	required_argument,	NULL, 'V' },
	{ "note",	required_argument,	NULL, 'n' },
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

/* Print a value for people: control characters made harmless. */
static void
print_value(const char *name, const char *value)
{
	char	*clean = text_sanitize(value);

	printf("%-16s %s\n", name, clean);
	free(clean);
}

static enum wb_status
show_fields(struct cmd_ctx *ctx, const struct user_ctx *u,
    enum rec_kind kind, long long id)
{
	const struct record_field	*f;
	enum wb_status			 st;
	char				**v, buf[4096];
	long long			 version;
	size_t				 n, i;

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
		print_value(f[i].name, record_value_shown(&f[i], v[i], buf,
		    sizeof(buf)));
	printf("%-16s %lld\n", "version", version);
	record_values_free(v, kind);
	return WB_OK;
}

static void
print_employer(const struct employer_detail *d)
{
	size_t	i;
	char	*s, num[32];

	printf(_("\nvacancies (%zu):\n"), d->nvac);
	/* Keys are data: measured in screen columns, not bytes. */
	for (i = 0; i < d->nvac; i++) {
		s = text_sanitize(d->vac[i].title);
		fputs("  ", stdout);
		text_print_padded(stdout, d->vac[i].key, 16);
		putchar(' ');
		text_print_padded(stdout, vocab_word(VOCAB_VACANCY_STATUS,
		    d->vac[i].status), 11);
		printf(" %s  %d/%d  %s\n", d->vac[i].collected, d->vac[i].placed,
		    d->vac[i].positions, s);
		free(s);
	}
	printf(_("\nplacements (%zu):\n"), d->npl);
	for (i = 0; i < d->npl; i++) {
		printf("  %s %-10s ", d->pl[i].start,
		    *d->pl[i].end ? d->pl[i].end : "-");
		text_print_padded(stdout, d->pl[i].vacancy, 16);
		putchar(' ');
		text_print_padded(stdout, *d->pl[i].candidate ?
		    d->pl[i].candidate : "-", 16);
		printf(" %s\n", *d->pl[i].contract ? vocab_word(VOCAB_CONTRACT,
		    d->pl[i].contract) : "-");
	}
	printf(_("\nratings (%zu):\n"), d->nrt);
	for (i = 0; i < d->nrt; i++)
		printf("  %s %d\n", d->rt[i].on, d->rt[i].score);
	if (d->e.rating >= 0)
		printf(_("mean rating %s\n"), num_format_fixed(d->e.rating, 1,
		    num, sizeof(num)));
}

static enum wb_status
show(struct cmd_ctx *ctx, const struct user_ctx *u, enum rec_kind kind,
    long long id)
{
	struct employer_detail	d;
	enum wb_status		st;

	if ((st = show_fields(ctx, u, kind, id)) != WB_OK ||
	    kind != REC_EMPLOYER)
		return st;
	if ((st = employer_detail(ctx->db, u, id, &d)) != WB_OK)
		return st;
	print_employer(&d);
	employer_detail_free(&d);
	return WB_OK;
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
	long long		 version = 0, id = 0;
	char			 err[VERR];
	size_t			 n = 0;
	int			 ch, pos, lifecycle = 0;
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
	if (key != NULL && (st = record_find(ctx->db, u, kind, key, &id)) !=
	    WB_OK)
		goto fail;
	if (strcmp(sub, "show") == 0) {
		if ((st = show(ctx, u, kind, id)) != WB_OK)
			goto fail;
		return WB_OK;
	}
	if (lifecycle) {
		if ((st = lifecycle_change(ctx->db, u, id, version, action,
		    note, &lres)) != WB_OK)
			goto fail;
		printf(_("%s: %s -> %s\n"), key, vocab_word(
		    VOCAB_VACANCY_STATUS, lres.from), vocab_word(
		    VOCAB_VACANCY_STATUS, lres.to));
		return WB_OK;
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
	return record_exec(ctx, REC_EMPLOYER);
}

const struct cmd_entry cmd_vacancy_entry = {
	.name = "vacancy",
	.usage = "add FIELD=VALUE... | edit VACANCY [--version N] "
	    "FIELD=VALUE... | show VACANCY | hold|reopen|withdraw VACANCY "
	    "[--note T] [--version N]",
	.summary = N_("enter, change or show a vacancy; put it on hold, "
	    "reopen or withdraw it"),
	.db = CMD_DB_OPEN,
	.exec = cmd_vacancy_exec,
};

const struct cmd_entry cmd_candidate_entry = {
	.name = "candidate",
	.usage = "add FIELD=VALUE... | edit CANDIDATE [--version N] "
	    "FIELD=VALUE... | show CANDIDATE",
	.summary = N_("enter, change or show a candidate"),
	.db = CMD_DB_OPEN,
	.exec = cmd_candidate_exec,
};

const struct cmd_entry cmd_employer_entry = {
	.name = "employer",
	.usage = "add FIELD=VALUE... | edit EMPLOYER [--version N] "
	    "FIELD=VALUE... | [show] EMPLOYER",
	.summary = N_("enter or change an employer; show its vacancies, "
	    "placements and ratings"),
	.db = CMD_DB_OPEN,
	.exec = cmd_employer_exec,
};
