/*
 * cmd-survey.c: `werkbank survey [--half YYYYH1|YYYYH2] [--sample N]
 * [--seed S] [--csv | --json]`: the employers served in a half-year
 * (a vacancy open in it, a placement started in it or a contact), which
 * of them rated, and with --sample a reproducible random sample of the
 * others to ask (rating.h).
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/cmd.h"
#include "werkbank/i18n.h"
#include "werkbank/msg.h"
#include "werkbank/num.h"
#include "werkbank/rating.h"
#include "werkbank/validate.h"

static const struct option survey_options[] = {
	{ "half",	required_argument,	NULL, 'H' },
	{ "sample",	required_argument,	NULL, 's' },
	{ "seed",	required_argument,	NULL, 'S' },
	{ "csv",	no_argument,		NULL, 'c' },
	{ "json",	no_argument,		NULL, 'j' },
	{ "help",	no_argument,		NULL, 'h' },
	{ NULL,		0,			NULL, 0 },
};

static const struct table_col survey_cols[] = {
	{ "employer",		N_("Employer"),		0 },
	{ "name",		N_("Name"),		0 },
	{ "account_manager",	N_("Account manager"),	0 },
	{ "vacancy",		N_("Vacancy"),		0 },
	{ "placement",		N_("Placement"),	0 },
	{ "contact",		N_("Contact"),		0 },
	{ "rated_on",		N_("Rated on"),		0 },
	{ "score",		N_("Score"),		1 },
	{ "nps",		N_("NPS"),		1 },
	{ "sampled",		N_("Sampled"),		0 },
};
#define NCOLS	(sizeof(survey_cols) / sizeof(survey_cols[0]))

static enum wb_status
cmd_survey_exec(struct cmd_ctx *ctx)
{
	struct survey		 s;
	enum table_format	 fmt = TABLE_HUMAN;
	struct table		*t;
	enum wb_status		 st;
	const char		*half = NULL;
	char			 err[VERR], score[8], nps[8], pct[32];
	long			 sample = 0, l;
	unsigned long long	 seed = 0;
	size_t			 i;
	int			 ch, seed_given = 0;
	char			*end;

	optind = 0;
	while ((ch = getopt_long(ctx->argc, ctx->argv, "h", survey_options,
	    NULL)) != -1) {
		switch (ch) {
		case 'H':
			half = optarg;
			break;
		case 's':
			if (validate_int(optarg, 1, 100000, &l, err) != WB_OK) {
				msg_error("--sample: %s", err);
				return cmd_usage(&cmd_survey_entry);
			}
			sample = l;
			break;
		case 'S':
			seed = strtoull(optarg, &end, 10);
			if (*optarg == '\0' || *optarg == '-' || *end != '\0') {
				msg_error(_("--seed: '%s' is not a whole number"),
				    optarg);
				return cmd_usage(&cmd_survey_entry);
			}
			seed_given = 1;
			break;
		case 'c':
			fmt = TABLE_CSV;
			break;
		case 'j':
			fmt = TABLE_JSON;
			break;
		case 'h':
			cmd_help(&cmd_survey_entry);
			return WB_OK;
		default:
			return cmd_usage(&cmd_survey_entry);
		}
	}
	if (optind != ctx->argc || (seed_given && sample == 0))
		return cmd_usage(&cmd_survey_entry);
	if ((st = cmd_open(ctx)) != WB_OK)
		return st;
	if ((st = survey_compute(ctx->db, half, sample, seed, seed_given,
	    &s)) != WB_OK) {
		msg_error("%s", db_error(ctx->db));
		return st;
	}
	t = table_new(survey_cols, NCOLS);
	if (fmt == TABLE_HUMAN) {
		for (i = 3; i <= 5; i++)
			table_set_vocab(t, i, VOCAB_YESNO);
		table_set_vocab(t, 9, VOCAB_YESNO);
	}
	for (i = 0; i < s.n; i++) {
		const struct survey_employer *e = &s.e[i];
		const char *cells[NCOLS] = { e->key, e->name, e->manager,
		    e->vacancy ? "1" : "0", e->placement ? "1" : "0",
		    e->contact ? "1" : "0", e->rated_on, score, nps,
		    e->sampled ? "1" : "0" };

		/* With --sample, the sample: whom to ask. */
		if (sample > 0 && !e->sampled)
			continue;
		snprintf(score, sizeof(score), "%d", e->score);
		snprintf(nps, sizeof(nps), "%d", e->nps);
		if (e->score < 0)
			score[0] = '\0';
		if (e->nps < 0)
			nps[0] = '\0';
		table_add(t, cells);
	}
	table_print(t, stdout, fmt);
	table_free(t);
	msg_info(_("%s: %zu employers served, %zu of them rated (%s%%); %zu "
	    "rated without being served"), s.half, s.n, s.rated,
	    num_format(s.n ? 100.0 * (double)s.rated / (double)s.n : 0, 0, pct,
	    sizeof(pct)), s.rated_unserved);
	if (sample > 0)
		msg_info(_("a sample of %zu of the %zu that did not rate, seed "
		    "%llu (the same seed gives the same sample)"), s.sampled,
		    s.n - s.rated, s.seed);
	survey_free(&s);
	return WB_OK;
}

const struct cmd_entry cmd_survey_entry = {
	.name = "survey",
	.usage = "[--half YYYYH1|YYYYH2] [--sample N] [--seed S] "
	    "[--csv | --json]",
	.summary = N_("the employers served in a half-year, which of them "
	    "rated, and a reproducible sample of the others to ask"),
	.db = CMD_DB_OPEN,
	.exec = cmd_survey_exec,
};
