/*
 * cmd-employer.c: the employer services part of `werkbank employer`
 * (cmd-record.c has the command and its fields):
 *
 *   werkbank employer transfer EMPLOYER LOGIN [--version N]
 *   werkbank employer person add EMPLOYER NAME [--function T]
 *	[--phone P] [--email E] [--primary]
 *   werkbank employer person edit EMPLOYER NAME [--name N] [--function T]
 *	[--phone P] [--email E] [--primary | --not-primary] [--version N]
 *   werkbank employer person remove EMPLOYER NAME
 *
 * and what the employer commands share: finding an employer named on
 * the command line, asking before entering something for another
 * account manager's employer, and the employer's detail (contact
 * persons, vacancies, placements, instruments, ratings, contacts).
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/cmd.h"
#include "werkbank/contact.h"
#include "werkbank/employer.h"
#include "werkbank/i18n.h"
#include "werkbank/msg.h"
#include "werkbank/num.h"
#include "werkbank/record.h"
#include "werkbank/text.h"
#include "werkbank/validate.h"
#include "werkbank/vocab.h"

enum wb_status
cmd_employer_find(struct cmd_ctx *ctx, const char *key, long long *id)
{
	enum wb_status	st;

	if ((st = record_find(ctx->db, &ctx->user, REC_EMPLOYER, key, id)) !=
	    WB_OK)
		msg_error("employer: %s", db_error(ctx->db));
	return st;
}

enum wb_status
cmd_employer_ask(struct cmd_ctx *ctx, long long employer_id, int yes,
    const char *what)
{
	struct employer_manager	m;
	enum wb_status		st;
	char			*name;

	if ((st = employer_manager(ctx->db, &ctx->user, employer_id, &m)) !=
	    WB_OK) {
		msg_error("%s", db_error(ctx->db));
		return st;
	}
	if (!m.other)
		return WB_OK;
	name = text_sanitize(m.employer);
	if (yes)
		msg_info(_("%s is an employer of %s (account manager %s); "
		    "entered anyway, as --yes says"), name, m.name[0] ?
		    m.name : m.login, m.login);
	else
		msg_error(_("%s is an employer of %s (account manager %s); %s"),
		    name, m.name[0] ? m.name : m.login, m.login, what);
	free(name);
	return yes ? WB_OK : WB_DENIED;
}

/* ---- employer transfer ---- */

static enum wb_status
version_arg(const char *s, long long *version)
{
	char	err[VERR];
	long	l;

	if (validate_int(s, 1, 2147483647L, &l, err) != WB_OK) {
		msg_error("--version: %s", err);
		return WB_USAGE;
	}
	*version = l;
	return WB_OK;
}

static enum wb_status
transfer(struct cmd_ctx *ctx)
{
	static const struct option opts[] = {
		{ "version",	required_argument,	NULL, 'V' },
		{ "help",	no_argument,		NULL, 'h' },
		{ NULL,		0,			NULL, 0 },
	};
	struct employer_transfer_result	res;
	enum wb_status			st;
	long long			id, version = 0;
	int				ch;

	optind = 0;
	while ((ch = getopt_long(ctx->argc - 1, ctx->argv + 1, "h", opts,
	    NULL)) != -1) {
		switch (ch) {
		case 'V':
			if (version_arg(optarg, &version) != WB_OK)
				return cmd_usage(&cmd_employer_entry);
			break;
		case 'h':
			cmd_help(&cmd_employer_entry);
			return WB_OK;
		default:
			return cmd_usage(&cmd_employer_entry);
		}
	}
	if (ctx->argc - 1 - optind != 2)
		return cmd_usage(&cmd_employer_entry);
	if ((st = cmd_open(ctx)) != WB_OK ||
	    (st = cmd_employer_find(ctx, ctx->argv[1 + optind], &id)) != WB_OK)
		return st;
	if ((st = employer_transfer(ctx->db, &ctx->user, id, version,
	    ctx->argv[2 + optind], &res)) != WB_OK) {
		msg_error("%s", db_error(ctx->db));
		return st;
	}
	printf(_("%s: account manager %s -> %s\n"), ctx->argv[1 + optind],
	    res.from[0] ? res.from : "-", res.to);
	if (res.vacancies > 0)
		printf(ngettext("%d open vacancy went along\n",
		    "%d open vacancies went along\n",
		    (unsigned long)res.vacancies), res.vacancies);
	return WB_OK;
}

/* ---- employer person ---- */

static enum wb_status
person(struct cmd_ctx *ctx)
{
	static const struct option opts[] = {
		{ "name",	required_argument,	NULL, 'N' },
		{ "function",	required_argument,	NULL, 'f' },
		{ "phone",	required_argument,	NULL, 'p' },
		{ "email",	required_argument,	NULL, 'e' },
		{ "primary",	no_argument,		NULL, 'P' },
		{ "not-primary", no_argument,		NULL, 'n' },
		{ "version",	required_argument,	NULL, 'V' },
		{ "help",	no_argument,		NULL, 'h' },
		{ NULL,		0,			NULL, 0 },
	};
	struct contact_person_set	 s;
	enum wb_status			 st;
	const char			*sub, *key, *name;
	long long			 employer, id, version = 0;
	int				 ch, add, edit;

	memset(&s, 0, sizeof(s));
	s.primary = -1;
	optind = 0;
	while ((ch = getopt_long(ctx->argc - 1, ctx->argv + 1, "h", opts,
	    NULL)) != -1) {
		switch (ch) {
		case 'N':
			s.name = optarg;
			break;
		case 'f':
			s.function = optarg;
			break;
		case 'p':
			s.phone = optarg;
			break;
		case 'e':
			s.email = optarg;
			break;
		case 'P':
			s.primary = 1;
			break;
		case 'n':
			s.primary = 0;
			break;
		case 'V':
			if (version_arg(optarg, &version) != WB_OK)
				return cmd_usage(&cmd_employer_entry);
			break;
		case 'h':
			cmd_help(&cmd_employer_entry);
			return WB_OK;
		default:
			return cmd_usage(&cmd_employer_entry);
		}
	}
	/* person SUB EMPLOYER NAME: optind counts from "person". */
	if (ctx->argc - 1 - optind != 3)
		return cmd_usage(&cmd_employer_entry);
	sub = ctx->argv[1 + optind];
	key = ctx->argv[2 + optind];
	name = ctx->argv[3 + optind];
	add = strcmp(sub, "add") == 0;
	edit = strcmp(sub, "edit") == 0;
	if (!add && !edit && strcmp(sub, "remove") != 0) {
		msg_error(_("'%s' is not a subcommand of %s"), sub,
		    "employer person");
		return cmd_usage(&cmd_employer_entry);
	}
	if ((add && (s.name != NULL || version != 0 || s.primary == 0)) ||
	    (!add && !edit && (s.name != NULL || s.function != NULL ||
	    s.phone != NULL || s.email != NULL || s.primary != -1)))
		return cmd_usage(&cmd_employer_entry);
	if ((st = cmd_open(ctx)) != WB_OK ||
	    (st = cmd_employer_find(ctx, key, &employer)) != WB_OK)
		return st;
	if (add) {
		s.name = name;
		st = contact_person_add(ctx->db, &ctx->user, employer, &s,
		    &id);
	} else if ((st = contact_person_find(ctx->db, employer, name, &id)) ==
	    WB_OK)
		st = edit ? contact_person_edit(ctx->db, &ctx->user, id,
		    version, &s) : contact_person_remove(ctx->db, &ctx->user,
		    id, version);
	if (st != WB_OK) {
		msg_error("%s", db_error(ctx->db));
		return st;
	}
	printf(add ? _("added contact person %s to %s\n") : edit ?
	    _("changed contact person %s of %s\n") :
	    _("removed contact person %s of %s\n"), name, key);
	return WB_OK;
}

enum wb_status
cmd_employer_more(struct cmd_ctx *ctx)
{
	if (strcmp(ctx->argv[1], "transfer") == 0)
		return transfer(ctx);
	return person(ctx);
}

/* ---- the employer's detail ---- */

static void
print_clean(const char *s)
{
	char	*clean = text_sanitize(s);

	fputs(clean, stdout);
	free(clean);
}

static void
print_persons(const struct contact_person *p, size_t n)
{
	size_t	i;

	printf(_("\ncontact persons (%zu):\n"), n);
	for (i = 0; i < n; i++) {
		printf("  %s ", p[i].primary ? "*" : " ");
		print_clean(p[i].name);
		if (*p[i].function) {
			fputs(", ", stdout);
			print_clean(p[i].function);
		}
		if (*p[i].phone) {
			fputs(", ", stdout);
			print_clean(p[i].phone);
		}
		if (*p[i].email) {
			fputs(", ", stdout);
			print_clean(p[i].email);
		}
		putchar('\n');
	}
	if (n > 0)
		printf("  %s\n", _("(* the primary contact person)"));
}

static const char *
lasted_word(int lasted)
{
	return lasted > 0 ? _("lasted") : lasted == 0 ? _("ended early") :
	    _("running");
}

static void
print_placements(const struct employer_detail *d)
{
	size_t	i;
	char	ins[256];

	printf(_("\nplacements (%zu):\n"), d->npl);
	for (i = 0; i < d->npl; i++) {
		const struct employer_placement *p = &d->pl[i];

		/* Keys are data: measured in screen columns, not bytes. */
		printf("  %s %-10s ", p->start, *p->end ? p->end : "-");
		text_print_padded(stdout, p->vacancy, 16);
		putchar(' ');
		text_print_padded(stdout, *p->candidate ? p->candidate : "-",
		    16);
		printf(" %s, %s, %s", *p->contract ? vocab_word(VOCAB_CONTRACT,
		    p->contract) : "-", vocab_word(VOCAB_TARGET_GROUP,
		    p->target_group), lasted_word(p->lasted));
		if (*p->instruments)
			printf(", %s", vocab_words(VOCAB_INSTRUMENT,
			    p->instruments, ", ", ins, sizeof(ins)));
		putchar('\n');
	}
	if (d->nins > 0)
		printf(_("\ninstruments used:\n"));
	for (i = 0; i < d->nins; i++) {
		char	pct[32];

		printf("  %-24s ", vocab_word(VOCAB_INSTRUMENT,
		    d->ins[i].code));
		printf(ngettext("%d placement", "%d placements",
		    (unsigned long)d->ins[i].placements), d->ins[i].placements);
		if (d->ins[i].mean_pct >= 0)
			printf(_(", mean %s%%"), num_format(d->ins[i].mean_pct,
			    0, pct, sizeof(pct)));
		putchar('\n');
	}
}

static void
print_ratings(const struct employer_detail *d)
{
	size_t	i;
	char	num[32];

	printf(_("\nratings (%zu):\n"), d->nrt);
	for (i = 0; i < d->nrt; i++) {
		const struct employer_rating *r = &d->rt[i];

		printf("  %s %d", r->on, r->score);
		if (r->nps >= 0)
			printf(_("  NPS %d"), r->nps);
		if (r->by[0])
			printf(_("  by %s"), r->by);
		if (*r->comment) {
			fputs("  \"", stdout);
			print_clean(r->comment);
			putchar('"');
		}
		putchar('\n');
	}
	if (d->e.rating >= 0)
		printf(_("mean rating %s\n"), num_format_fixed(d->e.rating, 1,
		    num, sizeof(num)));
}

static void
print_contacts(const struct employer_detail *d)
{
	size_t	i;
	char	tags[512];

	printf(_("\ncontacts (%zu):\n"), d->nct);
	for (i = 0; i < d->nct; i++) {
		const struct contact_entry *c = &d->ct[i];

		printf("  %s %-10s %-10s", c->on, vocab_word(VOCAB_CONTACT_TYPE,
		    c->type), c->by[0] ? c->by : "-");
		if (*c->with) {
			printf(" %s ", _("with"));
			print_clean(c->with);
		}
		if (c->next[0])
			printf(_("  next %s%s"), c->next, c->due ? _(" (due)") :
			    "");
		if (*c->tags)
			printf("  [%s]", vocab_words(VOCAB_CONTACT_TAG,
			    c->tags, ", ", tags, sizeof(tags)));
		putchar('\n');
		if (*c->note) {
			printf("    %s ", _("note:"));
			print_clean(c->note);
			putchar('\n');
		}
		if (*c->agreed) {
			printf("    %s ", _("agreed:"));
			print_clean(c->agreed);
			putchar('\n');
		}
	}
}

enum wb_status
cmd_employer_print(struct cmd_ctx *ctx, long long id)
{
	struct employer_detail	 d;
	struct contact_person	*p;
	enum wb_status		 st;
	size_t			 np, i;
	char			*s;

	if ((st = contact_persons(ctx->db, &ctx->user, id, 1, &p, &np)) !=
	    WB_OK)
		return st;
	if ((st = employer_detail(ctx->db, &ctx->user, id, &d)) != WB_OK) {
		contact_persons_free(p, np);
		return st;
	}
	print_persons(p, np);
	contact_persons_free(p, np);
	printf(_("\nvacancies (%zu):\n"), d.nvac);
	for (i = 0; i < d.nvac; i++) {
		s = text_sanitize(d.vac[i].title);
		fputs("  ", stdout);
		text_print_padded(stdout, d.vac[i].key, 16);
		putchar(' ');
		text_print_padded(stdout, vocab_word(VOCAB_VACANCY_STATUS,
		    d.vac[i].status), 11);
		printf(" %s  %d/%d  %s\n", d.vac[i].collected, d.vac[i].placed,
		    d.vac[i].positions, s);
		free(s);
	}
	print_placements(&d);
	print_ratings(&d);
	print_contacts(&d);
	employer_detail_free(&d);
	return WB_OK;
}
