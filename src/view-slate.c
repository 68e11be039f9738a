/*
 * view-slate.c: the slate on the meeting screen (v switches between it
 * and the agenda): one proposal plan for all open vacancies at once, the
 * best in total (slate.h), each pick with its score and why (the
 * alternative and what moving them would cost); the caption holds the
 * total and the vacancies left without anyone.  The team goes down the
 * list: + marks a pick (* all), P proposes the marked picks (the
 * selected one when none is marked) in one transaction, R replaces the
 * selected pick by hand (the candidate asked, the alternative offered)
 * and X takes it out, after which the rest is planned again; K asks how
 * many per candidate and per vacancy, C forgets what was done by hand.
 * The slate's keys are capitals and signs, so that the generic ones
 * (j, k, r, Space ...) keep working on the meeting screen.  The
 * person is shown by name, by initials in meeting mode.  Every plan shown
 * is kept (slate_store) for the exposure figures, once: a plan read again
 * unchanged is not kept twice.  The meeting screen (view-meeting.c) hands
 * its operations here while the slate shows (view-slate-int.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/candidate.h"
#include "werkbank/i18n.h"
#include "werkbank/num.h"
#include "werkbank/prompt.h"
#include "werkbank/slate.h"
#include "werkbank/tui-pipeline.h"
#include "werkbank/user.h"
#include "werkbank/view.h"
#include "werkbank/workflow.h"
#include "werkbank/xmalloc.h"

#include "view-slate-int.h"

#define NAMES_AT_ONCE	256
#define PAIRS_MAX	256	/* picks by hand and taken out */

struct slate_panel {
	struct slate		*s;
	char			**names;	/* per pick, as the mode shows */
	unsigned char		*marked;	/* per pick */
	struct slate_pair	 fixed[PAIRS_MAX], dropped[PAIRS_MAX];
	size_t			 nfixed, ndropped;
	int			 per_candidate, per_vacancy;
	struct slate_pair	*kept;		/* the plan last kept */
	size_t			 nkept;
	int			 pending;	/* the last pick by hand is new */
	int			 meeting;	/* meeting mode when read */
};

enum { SC_MARK, SC_VACANCY, SC_TITLE, SC_KEY, SC_PERSON, SC_SCORE, SC_WHY,
    SC_COUNT };

static const struct view_column slate_cols[SC_COUNT] = {
	[SC_MARK] = { "", 1, 1, COL_LEFT, -1, 0, 1, 0 },
	[SC_VACANCY] = { N_("Vacancy"), 14, 10, COL_LEFT, -1, 0, 1, 0 },
	[SC_TITLE] = { N_("Title"), 22, 10, COL_LEFT, -1, 2, 1, 0 },
	[SC_KEY] = { N_("Candidate"), 12, 10, COL_LEFT, -1, 0, 1, 0 },
	[SC_PERSON] = { N_("Person"), 16, 6, COL_LEFT, -1, 1, 1, 0 },
	[SC_SCORE] = { N_("Score"), 5, 5, COL_RIGHT, -1, 0, 1, 0 },
	[SC_WHY] = { N_("Why"), 40, 24, COL_LEFT, -1, 0, 1, 1 },
};

static void
clear_plan(struct slate_panel *sv)
{
	size_t	i;

	if (sv->s != NULL && sv->names != NULL)
		for (i = 0; i < sv->s->npicks; i++)
			free(sv->names[i]);
	free(sv->names);
	free(sv->marked);
	slate_free(sv->s);
	sv->s = NULL;
	sv->names = NULL;
	sv->marked = NULL;
}

struct slate_panel *
slate_panel_new(void)
{
	struct slate_panel	*sv = xcalloc(1, sizeof(*sv));

	sv->per_candidate = 1;
	return sv;
}

void
slate_panel_free(struct slate_panel *sv)
{
	if (sv == NULL)
		return;
	clear_plan(sv);
	free(sv->kept);
	free(sv);
}

void
slate_panel_columns(struct view *v)
{
	v->cols = slate_cols;
	v->ncols = SC_COUNT;
	v->no_header = 0;
}

/* The people of the plan, by name or, in meeting mode, initials. */
static void
load_names(struct view *v, struct slate_panel *sv)
{
	const struct slate	*s = sv->s;
	long long		 ids[NAMES_AT_ONCE];
	char			*f[NAMES_AT_ONCE], *l[NAMES_AT_ONCE];
	size_t			 i, j, k;

	sv->names = xcalloc(s->npicks + 1, sizeof(char *));
	for (i = 0; i < s->npicks; i += k) {
		for (k = 0; i + k < s->npicks && k < NAMES_AT_ONCE; k++)
			ids[k] = s->picks[i + k].candidate_id;
		candidate_names(v->app->db, &v->app->user, ids, k, f, l);
		for (j = 0; j < k; j++) {
			sv->names[i + j] = view_person(v->app, f[j], l[j], NULL);
			free(f[j]);
			free(l[j]);
		}
	}
}

/* 1 when the plan is the one last kept (the same pairs). */
static int
same_as_kept(const struct slate_panel *sv)
{
	size_t	i;

	if (sv->kept == NULL || sv->nkept != sv->s->npicks)
		return 0;
	for (i = 0; i < sv->nkept; i++)
		if (sv->kept[i].vacancy_id != sv->s->vs[sv->s->picks[i].vac].id ||
		    sv->kept[i].candidate_id != sv->s->picks[i].candidate_id)
			return 0;
	return 1;
}

/* What is shown is kept for the exposure figures, once per plan. */
static void
keep(struct view *v, struct slate_panel *sv, const struct user_ctx *u)
{
	size_t			 i;

	if (same_as_kept(sv))
		return;
	if (slate_store(v->app->db, u, sv->s) != WB_OK) {
		view_message(v->app, 1, _("The slate was not kept for the "
		    "exposure figures: %s"), db_error(v->app->db));
		return;
	}
	free(sv->kept);
	sv->nkept = sv->s->npicks;
	sv->kept = xcalloc(sv->nkept + 1, sizeof(*sv->kept));
	for (i = 0; i < sv->nkept; i++) {
		sv->kept[i].vacancy_id = sv->s->vs[sv->s->picks[i].vac].id;
		sv->kept[i].candidate_id = sv->s->picks[i].candidate_id;
	}
}

static int
pick_is(const struct slate *s, size_t i, const struct slate_pair *p)
{
	return s->vs[s->picks[i].vac].id == p->vacancy_id &&
	    s->picks[i].candidate_id == p->candidate_id;
}

enum wb_status
slate_panel_reload(struct view *v, struct slate_panel *sv)
{
	struct slate_pair	*marks = NULL;
	struct slate_opts	 o;
	struct user_ctx		 u;
	size_t			 nmarks = 0, i, j;
	enum wb_status		 st;
	char			 why[512];

	/* The marks stay on the same pairs through a new plan. */
	if (sv->s != NULL) {
		marks = xcalloc(sv->s->npicks + 1, sizeof(*marks));
		for (i = 0; i < sv->s->npicks; i++)
			if (sv->marked[i]) {
				marks[nmarks].vacancy_id =
				    sv->s->vs[sv->s->picks[i].vac].id;
				marks[nmarks++].candidate_id =
				    sv->s->picks[i].candidate_id;
			}
	}
	clear_plan(sv);
	v->nrows = 0;
	memset(&o, 0, sizeof(o));
	o.per_candidate = sv->per_candidate;
	o.per_vacancy = sv->per_vacancy;
	o.fixed = sv->fixed;
	o.dropped = sv->dropped;
	if ((st = user_current(v->app->db, v->app->login, &u)) == WB_OK) {
		o.nfixed = sv->nfixed;
		o.ndropped = sv->ndropped;
		st = slate_make(v->app->db, &u, &o, &sv->s);
		/* A pick by hand the rules refuse is undone, with why. */
		if (st == WB_INVALID && sv->pending) {
			snprintf(why, sizeof(why), "%s", db_error(v->app->db));
			o.nfixed = --sv->nfixed;
			o.ndropped = --sv->ndropped;
			if ((st = slate_make(v->app->db, &u, &o, &sv->s)) ==
			    WB_OK)
				view_message(v->app, 1, _("%s; the pick "
				    "stays."), why);
		}
	}
	sv->pending = 0;
	if (st != WB_OK) {
		view_message(v->app, 1, "%s", db_error(v->app->db));
		free(marks);
		return st;
	}
	sv->marked = xcalloc(sv->s->npicks + 1, 1);
	for (i = 0; i < sv->s->npicks; i++)
		for (j = 0; j < nmarks; j++)
			if (pick_is(sv->s, i, &marks[j]))
				sv->marked[i] = 1;
	free(marks);
	sv->meeting = v->app->meeting;
	load_names(v, sv);
	keep(v, sv, &u);
	v->nrows = sv->s->npicks;
	return WB_OK;
}

const char *
slate_panel_cell(struct slate_panel *sv, size_t row, int col, char *buf,
    size_t len)
{
	const struct slate_pick	*p;
	char			 why[512], notes[512];

	if (sv->s == NULL || row >= sv->s->npicks)
		return "";
	p = &sv->s->picks[row];
	switch (col) {
	case SC_MARK:
		return sv->marked[row] ? "*" : "";
	case SC_VACANCY:
		return sv->s->vs[p->vac].key;
	case SC_TITLE:
		return sv->s->vs[p->vac].title;
	case SC_KEY:
		return match_index_key(sv->s->idx, p->cand);
	case SC_PERSON:
		return sv->names[row] != NULL ? sv->names[row] : "";
	case SC_SCORE:
		return num_format_fixed(p->r.score, 2, buf, len);
	case SC_WHY:
		slate_explain(sv->s, row, 1, why, sizeof(why));
		/* The match's notes may tell a restriction or a target
		 * group: not in the meeting. */
		if (sv->meeting)
			notes[0] = '\0';
		else
			match_notes_shown(p->r.notes, notes, sizeof(notes));
		snprintf(buf, len, "%s%s%s", why, *notes ? "; " : "", notes);
		return buf;
	}
	return "";
}

enum role
slate_panel_row_role(struct slate_panel *sv, size_t row)
{

	if (sv->s == NULL || row >= sv->s->npicks)
		return ROLE_DEFAULT;
	if (sv->marked[row])
		return ROLE_HIT;
	return sv->s->picks[row].by_hand ? ROLE_LABEL : ROLE_DEFAULT;
}

struct view_record
slate_panel_record(struct slate_panel *sv, size_t row)
{
	struct view_record	 r = { RECORD_NONE, 0 };

	if (sv->s == NULL || row >= sv->s->npicks)
		return r;
	/* Enter opens the vacancy: the meeting may look at it. */
	r.kind = RECORD_VACANCY;
	r.id = sv->s->vs[sv->s->picks[row].vac].id;
	return r;
}

static char *
ask(struct view *v, const char *label, const char *initial)
{
	return prompt_read(label, initial, v->app->redraw, v->app->redraw_arg,
	    v->app->stop);
}

static const struct slate_pick *
selected(struct view *v, struct slate_panel *sv)
{

	if (sv->s == NULL || v->sel >= sv->s->npicks) {
		view_message(v->app, 1, "%s", _("No pick selected: the slate "
		    "is empty."));
		return NULL;
	}
	return &sv->s->picks[v->sel];
}

static enum view_update
mark(struct view *v, struct slate_panel *sv, int all)
{
	size_t			 i, on = 0;

	if (selected(v, sv) == NULL)
		return UPDATE_VIEW;
	if (!all) {
		sv->marked[v->sel] = !sv->marked[v->sel];
		view_select(v, v->sel + 1);
		return UPDATE_VIEW;
	}
	for (i = 0; i < sv->s->npicks; i++)
		on += sv->marked[i];
	for (i = 0; i < sv->s->npicks; i++)
		sv->marked[i] = on < sv->s->npicks;
	return UPDATE_VIEW;
}

/* Propose the marked picks, or the selected one when none is marked. */
static enum view_update
accept(struct view *v, struct slate_panel *sv)
{
	struct user_ctx		 u;
	size_t			*which, n = 0, i, done;
	char			 question[160], by[64], due[11];

	if (selected(v, sv) == NULL || !view_may(v->app, PERM_PIPELINE, &u))
		return UPDATE_VIEW;
	which = xcalloc(sv->s->npicks + 1, sizeof(*which));
	for (i = 0; i < sv->s->npicks; i++)
		if (sv->marked[i])
			which[n++] = i;
	if (n == 0)
		which[n++] = v->sel;
	/* Who proposes them and by when, as p asks for one (walk-through:
	 * the slate booked every proposal on the chair, with no date). */
	snprintf(question, sizeof(question), ngettext("Propose %zu pick",
	    "Propose %zu picks", n), n);
	if (!pipeline_proposer(v->app, question, _("Who proposes them, and "
	    "by when: the same for each."), by, due)) {
		view_message(v->app, 0, "%s", _("Nothing proposed."));
		free(which);
		return UPDATE_VIEW;
	}
	if (slate_accept(v->app->db, slate_proposer(&u), sv->s, which, n,
	    by, due, &done) != WB_OK) {
		view_message(v->app, 1, "%s", db_error(v->app->db));
		free(which);
		return UPDATE_DATA;
	}
	view_message(v->app, 0, ngettext("%zu pick proposed.",
	    "%zu picks proposed.", done), done);
	free(which);
	return UPDATE_DATA;
}

/* Forget pair p among the n of list. */
static void
forget(struct slate_pair *list, size_t *n, const struct slate_pair *p)
{
	size_t	i, k = 0;

	for (i = 0; i < *n; i++)
		if (list[i].vacancy_id != p->vacancy_id ||
		    list[i].candidate_id != p->candidate_id)
			list[k++] = list[i];
	*n = k;
}

static int
room(struct view *v, size_t n)
{
	if (n < PAIRS_MAX)
		return 1;
	view_message(v->app, 1, _("At most %d changes by hand: C forgets "
	    "them."), PAIRS_MAX);
	return 0;
}

/* Take the selected pick out and plan again. */
static enum view_update
drop(struct view *v, struct slate_panel *sv)
{
	const struct slate_pick	*p;
	struct slate_pair	 pair;

	if ((p = selected(v, sv)) == NULL || !room(v, sv->ndropped))
		return UPDATE_VIEW;
	pair.vacancy_id = sv->s->vs[p->vac].id;
	pair.candidate_id = p->candidate_id;
	forget(sv->fixed, &sv->nfixed, &pair);
	sv->dropped[sv->ndropped++] = pair;
	view_message(v->app, 0, _("%s taken out of %s; the rest planned "
	    "again."), match_index_key(sv->s->idx, p->cand),
	    sv->s->vs[p->vac].key);
	return UPDATE_RELOAD;
}

/* Replace the selected pick by a candidate asked for (the alternative
 * offered), and plan the rest again around it. */
static enum view_update
replace(struct view *v, struct slate_panel *sv)
{
	const struct slate_pick	*p;
	struct slate_pair	 old, by;
	struct user_ctx		 u;
	char			 label[192], *typed;

	if ((p = selected(v, sv)) == NULL || !room(v, sv->nfixed) ||
	    !room(v, sv->ndropped))
		return UPDATE_VIEW;
	snprintf(label, sizeof(label), _("Instead of %s for %s, the "
	    "candidate (PARTNER/REF): "), match_index_key(sv->s->idx, p->cand),
	    sv->s->vs[p->vac].key);
	if ((typed = ask(v, label, p->has_alt ? match_index_key(sv->s->idx,
	    p->alt_cand) : NULL)) == NULL || *typed == '\0') {
		view_message(v->app, 0, "%s", _("The pick stays."));
		free(typed);
		return UPDATE_VIEW;
	}
	if (user_current(v->app->db, v->app->login, &u) != WB_OK ||
	    workflow_candidate_id(v->app->db, &u, typed, &by.candidate_id) !=
	    WB_OK) {
		view_message(v->app, 1, "%s", db_error(v->app->db));
		free(typed);
		return UPDATE_VIEW;
	}
	free(typed);
	old.vacancy_id = by.vacancy_id = sv->s->vs[p->vac].id;
	old.candidate_id = p->candidate_id;
	if (old.candidate_id == by.candidate_id)
		return UPDATE_VIEW;
	forget(sv->fixed, &sv->nfixed, &old);
	forget(sv->dropped, &sv->ndropped, &by);
	/* Last in both lists: the reload undoes them if refused. */
	sv->dropped[sv->ndropped++] = old;
	sv->fixed[sv->nfixed++] = by;
	sv->pending = 1;
	return UPDATE_RELOAD;
}

/* How many per candidate and per vacancy, asked. */
static enum view_update
per(struct view *v, struct slate_panel *sv)
{
	char			*typed, init[16];
	long			 k;
	char			*end;

	snprintf(init, sizeof(init), "%d", sv->per_candidate);
	if ((typed = ask(v, _("Proposals per candidate (1-99): "), init)) ==
	    NULL)
		return UPDATE_VIEW;
	k = strtol(typed, &end, 10);
	if (*typed == '\0' || *end != '\0' || k < 1 || k > SLATE_PER_MAX) {
		view_message(v->app, 1, _("'%s' is not a whole number from 1 "
		    "to %d; the slate is as it was."), typed, SLATE_PER_MAX);
		free(typed);
		return UPDATE_VIEW;
	}
	free(typed);
	snprintf(init, sizeof(init), "%d", sv->per_vacancy);
	if ((typed = ask(v, _("Proposals per vacancy (0: its open "
	    "positions): "), init)) == NULL)
		return UPDATE_VIEW;
	sv->per_candidate = (int)k;
	k = strtol(typed, &end, 10);
	if (*typed == '\0' || *end != '\0' || k < 0 || k > SLATE_PER_MAX) {
		view_message(v->app, 1, _("'%s' is not a whole number from 0 "
		    "to %d; per vacancy stays."), typed, SLATE_PER_MAX);
		free(typed);
		return UPDATE_RELOAD;
	}
	free(typed);
	sv->per_vacancy = (int)k;
	return UPDATE_RELOAD;
}

enum view_update
slate_panel_request(struct view *v, struct slate_panel *sv,
    enum request req)
{

	switch (req) {
	case REQ_SLATE_MARK:
		return mark(v, sv, 0);
	case REQ_SLATE_MARK_ALL:
		return mark(v, sv, 1);
	case REQ_SLATE_ACCEPT:
		return accept(v, sv);
	case REQ_SLATE_REPLACE:
		return replace(v, sv);
	case REQ_SLATE_DROP:
		return drop(v, sv);
	case REQ_SLATE_PER:
		return per(v, sv);
	case REQ_SLATE_RESET:
		sv->nfixed = sv->ndropped = 0;
		view_message(v->app, 0, "%s", _("What was done by hand is "
		    "forgotten; the slate is planned again."));
		return UPDATE_RELOAD;
	default:
		return UPDATE_NONE;
	}
}

void
slate_panel_caption(struct slate_panel *sv, char *buf, size_t len)
{
	char			 total[32];
	size_t			 i, marked = 0;

	if (sv->s == NULL) {
		snprintf(buf, len, "%s", _("The slate"));
		return;
	}
	for (i = 0; i < sv->s->npicks; i++)
		marked += sv->marked[i];
	num_format_fixed(sv->s->total, 2, total, sizeof(total));
	snprintf(buf, len, _("Slate: %zu picks, total %s, %zu vacancies "
	    "without anyone, %zu marked (+ mark, P propose, R replace, X take "
	    "out, K per, C clear, v agenda)"), sv->s->npicks, total,
	    sv->s->unfilled, marked);
}
