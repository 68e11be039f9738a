/*
 * cmd-match-slate.c: `werkbank match --slate`: one proposal plan for all
 * open vacancies (slate.h), printed for people (each pick with its
 * score, parts and the cost of the alternative; the last line the total
 * score and the vacancies left without anyone) or as CSV
 * (vacancy,candidate,score,alternative_candidate,alternative_score,notes)
 * or JSON (the same keys, and the parts).  The slate is kept as shown
 * (exposure).  --fix VACANCY=CANDIDATE keeps a pick made by hand and
 * plans the rest around it; --drop takes a pair out; --accept turns the
 * picks into proposals in one transaction.  Only keys are printed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/i18n.h"
#include "werkbank/msg.h"
#include "werkbank/num.h"
#include "werkbank/slate.h"
#include "werkbank/text.h"
#include "werkbank/workflow.h"
#include "werkbank/xmalloc.h"

#include "cmd-match-int.h"

static const struct table_col people_cols[] = {
	{ "vacancy",		N_("Vacancy"),		0 },
	{ "title",		N_("Title"),		0 },
	{ "candidate",		N_("Candidate"),	0 },
	{ "score",		N_("Score"),		1 },
	{ "occupation",		N_("Occ"),		1 },
	{ "skills",		N_("Skills"),		1 },
	{ "education",		N_("Edu"),		1 },
	{ "language",		N_("Dutch"),		1 },
	{ "hours",		N_("Hours"),		1 },
	{ "travel",		N_("Travel"),		1 },
	{ "notes",		N_("Why"),		0 },
};
#define NPEOPLE_COLS	(sizeof(people_cols) / sizeof(people_cols[0]))

/* cli.md's columns; JSON adds the parts. */
static const struct table_col program_cols[] = {
	{ "vacancy",			NULL,	0 },
	{ "candidate",			NULL,	0 },
	{ "score",			NULL,	1 },
	{ "alternative_candidate",	NULL,	0 },
	{ "alternative_score",		NULL,	1 },
	{ "notes",			NULL,	0 },
	{ "by_hand",			NULL,	1 },
	{ "occupation",			NULL,	1 },
	{ "skills",			NULL,	1 },
	{ "education",			NULL,	1 },
	{ "language",			NULL,	1 },
	{ "hours",			NULL,	1 },
	{ "travel",			NULL,	1 },
};
#define NCSV_COLS	6
#define NJSON_COLS	(sizeof(program_cols) / sizeof(program_cols[0]))

/* "VACANCY=CANDIDATE" into ids; prints why not. */
static enum wb_status
parse_pair(struct cmd_ctx *ctx, const char *opt, const char *arg,
    struct slate_pair *out)
{
	enum wb_status	 st;
	const char	*eq = strchr(arg, '=');
	char		*vac;

	if (eq == NULL || eq == arg || eq[1] == '\0') {
		msg_error(_("%s: '%s' is not VACANCY=CANDIDATE"), opt, arg);
		return WB_USAGE;
	}
	vac = xstrdup(arg);
	vac[eq - arg] = '\0';
	if ((st = workflow_vacancy_id(ctx->db, vac, &out->vacancy_id)) !=
	    WB_OK ||
	    (st = workflow_candidate_id(ctx->db, &ctx->user, eq + 1,
	    &out->candidate_id)) != WB_OK) {
		msg_error("%s: %s", opt, db_error(ctx->db));
		free(vac);
		return st == WB_INVALID ? WB_USAGE : st;
	}
	free(vac);
	return WB_OK;
}

static void
part_cell(char *buf, size_t len, double v, enum table_format fmt)
{
	if (v >= 0) {
		if (fmt == TABLE_HUMAN)
			num_format_fixed(v, 2, buf, len);
		else
			snprintf(buf, len, "%.2f", v);
	} else if (fmt == TABLE_HUMAN)
		snprintf(buf, len, "%s", v == MATCH_UNKNOWN ? "?" : "-");
	else
		buf[0] = '\0';
}

/* The pick's notes: the match's, then the explanation. */
static void
notes_cell(const struct slate *s, size_t i, int people, char *buf,
    size_t len)
{
	const struct slate_pick	*p = &s->picks[i];
	char			 why[512], notes[512];
	const char		*m = people ? match_notes_shown(p->r.notes,
				    notes, sizeof(notes)) : p->r.notes;

	slate_explain(s, i, people, why, sizeof(why));
	snprintf(buf, len, "%s%s%s", why, *m ? "; " : "", m);
}

static void
print_people(const struct slate *s)
{
	struct table	*t = table_new(people_cols, NPEOPLE_COLS);
	const char	*cells[NPEOPLE_COLS];
	char		 buf[7][32], notes[1024], total[32];
	size_t		 i, k;
	int		 positions = 0, pipeline = 0;

	for (i = 0; i < s->npicks; i++) {
		const struct slate_pick *p = &s->picks[i];

		cells[0] = s->vs[p->vac].key;
		cells[1] = s->vs[p->vac].title;
		cells[2] = match_index_key(s->idx, p->cand);
		num_format_fixed(p->r.score, 2, buf[0], sizeof(buf[0]));
		cells[3] = buf[0];
		for (k = 0; k < MATCH_NPARTS; k++) {
			part_cell(buf[1 + k], sizeof(buf[1 + k]), p->r.part[k],
			    TABLE_HUMAN);
			cells[4 + k] = buf[1 + k];
		}
		notes_cell(s, i, 1, notes, sizeof(notes));
		cells[10] = notes;
		table_add(t, cells);
	}
	for (k = 0; k < s->nv; k++) {
		positions += s->vinfo[k].open_positions;
		pipeline += s->vinfo[k].in_pipeline;
	}
	printf(ngettext("Slate for %zu open vacancy ", "Slate for %zu open "
	    "vacancies ", s->nv), s->nv);
	printf(ngettext("(%d open position, ", "(%d open positions, ",
	    positions), positions);
	printf(ngettext("%d proposal in the pipelines); ", "%d proposals in "
	    "the pipelines); ", pipeline), pipeline);
	printf(ngettext("at most %d proposal per candidate.\n\n", "at most %d "
	    "proposals per candidate.\n\n", s->per_candidate),
	    s->per_candidate);
	if (s->npicks > 0)
		table_print(t, stdout, TABLE_HUMAN);
	else
		printf("%s\n", _("Nobody to plan: no open vacancy has room, or "
		    "nobody passes the hard rules."));
	table_free(t);
	num_format_fixed(s->total, 2, total, sizeof(total));
	putchar('\n');
	printf(ngettext("Total score %s for %zu pick; ", "Total score %s for "
	    "%zu picks; ", s->npicks), total, s->npicks);
	printf(ngettext("%zu vacancy left without anyone.\n", "%zu vacancies "
	    "left without anyone.\n", s->unfilled), s->unfilled);
}

static void
print_programs(const struct slate *s, enum table_format fmt)
{
	struct table	*t = table_new(program_cols, fmt == TABLE_CSV ?
			    NCSV_COLS : NJSON_COLS);
	const char	*cells[NJSON_COLS];
	char		 score[32], alt[32], parts[MATCH_NPARTS][32];
	char		 notes[1024];
	size_t		 i, k;

	for (i = 0; i < s->npicks; i++) {
		const struct slate_pick *p = &s->picks[i];

		cells[0] = s->vs[p->vac].key;
		cells[1] = match_index_key(s->idx, p->cand);
		snprintf(score, sizeof(score), "%.3f", p->r.score);
		cells[2] = score;
		cells[3] = p->has_alt ? match_index_key(s->idx, p->alt_cand) :
		    "";
		if (p->has_alt)
			snprintf(alt, sizeof(alt), "%.3f", p->alt_score);
		else
			alt[0] = '\0';
		cells[4] = alt;
		notes_cell(s, i, 0, notes, sizeof(notes));
		cells[5] = notes;
		cells[6] = p->by_hand ? "1" : "0";
		for (k = 0; k < MATCH_NPARTS; k++) {
			part_cell(parts[k], sizeof(parts[k]), p->r.part[k],
			    fmt);
			cells[7 + k] = parts[k];
		}
		table_add(t, cells);
	}
	table_print(t, stdout, fmt);
	table_free(t);
}

static enum wb_status
accept_all(struct cmd_ctx *ctx, const struct slate *s)
{
	enum wb_status	 st;
	size_t		*which, i, done;

	which = xcalloc(s->npicks + 1, sizeof(*which));
	for (i = 0; i < s->npicks; i++)
		which[i] = i;
	st = slate_accept(ctx->db, &ctx->user, s, which, s->npicks, NULL,
	    NULL, &done);
	free(which);
	if (st != WB_OK) {
		msg_error("%s", db_error(ctx->db));
		return st;
	}
	msg_info(ngettext("%zu pick proposed", "%zu picks proposed", done),
	    done);
	return WB_OK;
}

enum wb_status
cmd_match_slate(struct cmd_ctx *ctx, const struct slate_cli *o)
{
	struct slate_pair	 fix[SLATE_PAIRS_MAX], drop[SLATE_PAIRS_MAX];
	struct slate_opts	 so;
	struct slate		*s;
	enum wb_status		 st;
	size_t			 i;

	memset(&so, 0, sizeof(so));
	so.per_candidate = o->per_candidate;
	so.per_vacancy = o->per_vacancy;
	for (i = 0; i < o->nfix; i++)
		if ((st = parse_pair(ctx, "--fix", o->fix[i], &fix[i])) !=
		    WB_OK)
			return st;
	for (i = 0; i < o->ndrop; i++)
		if ((st = parse_pair(ctx, "--drop", o->drop[i], &drop[i])) !=
		    WB_OK)
			return st;
	so.fixed = fix;
	so.nfixed = o->nfix;
	so.dropped = drop;
	so.ndropped = o->ndrop;
	if ((st = slate_make(ctx->db, &ctx->user, &so, &s)) != WB_OK) {
		msg_error("%s", db_error(ctx->db));
		return st;
	}
	/* What was shown is kept for exposure; a file that cannot be
	 * written still shows the slate. */
	if (slate_store(ctx->db, &ctx->user, s) != WB_OK)
		msg_warn(_("the slate was not kept for the exposure figures: "
		    "%s"), db_error(ctx->db));
	if (o->fmt == TABLE_HUMAN)
		print_people(s);
	else
		print_programs(s, o->fmt);
	st = o->accept ? accept_all(ctx, s) : WB_OK;
	slate_free(s);
	return st;
}
