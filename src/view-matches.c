/*
 * view-matches.c: screen 3, the ranking beside the selected record:
 * for a vacancy the candidates of the whole pool, for a candidate the
 * open vacancies, straight from the matching core (match.h) against the
 * index tui.c keeps.  Each row: rank, who, a score bar, the six parts,
 * the distance and the notes; 'x' switches to the excluded ones with
 * their reasons.  In meeting mode names are initials and reasons that
 * would tell a restriction or a target group are hidden.  The notes
 * begin with a mark, "[interview]", for who is already in the vacancy's
 * pipeline (the steps of a whole ranking read in one query): the notes
 * are the column that is never dropped, so the mark shows at any width.
 * p proposes and a advances the selected pair (tui-pipeline.c), P
 * writes the candidate's profile for the vacancy (tui-profile.c), w
 * opens the panel that says why the row has its rank (tui-why.c): the
 * screen owns these actions.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "werkbank/candidate.h"
#include "werkbank/i18n.h"
#include "werkbank/match.h"
#include "werkbank/num.h"
#include "werkbank/tui-pipeline.h"
#include "werkbank/tui-profile.h"
#include "werkbank/tui-why.h"
#include "werkbank/vacancy.h"
#include "werkbank/view.h"
#include "werkbank/xmalloc.h"

#define MATCH_TOP	100

struct match_view {
	struct view_record	 source;
	char			*source_key, *source_title;
	char			*first, *last;	/* a candidate source */
	struct match_vacancy	 vac;		/* forward: the vacancy */
	int			 have_vac;
	struct match_result	*res;
	size_t			 nres, nranked;
	struct match_counts	 counts;
	char			**names;	/* per result, loaded on fetch */
	int			 excluded;	/* showing the excluded */
	int			 waiting;	/* for the index */
	struct wf_mark		*marks;		/* the pipeline, by id */
	size_t			 nmarks;
};

enum { MC_RANK, MC_KEY, MC_NAME, MC_PARTNER, MC_PLACE, MC_BAR, MC_SCORE,
    MC_OCC, MC_SKL, MC_EDU, MC_DUT, MC_HRS, MC_TRV, MC_KM, MC_NOTES,
    MC_COUNT };

static const struct view_column forward_cols[MC_COUNT] = {
	[MC_RANK] = { N_("#"), 3, 3, COL_RIGHT, -1, 3, 1, 0 },
	[MC_KEY] = { N_("Candidate"), 12, 12, COL_LEFT, -1, 1, 1, 0 },
	[MC_NAME] = { N_("Name"), 16, 6, COL_LEFT, -1, 2, 1, 0 },
	[MC_PARTNER] = { N_("Partner"), 7, 7, COL_LEFT, -1, 12, 0, 0 },
	[MC_PLACE] = { N_("Lives in"), 12, 8, COL_LEFT, -1, 11, 1, 0 },
	[MC_BAR] = { N_("Score"), 8, 5, COL_BAR, -1, 0, 1, 0 },
	[MC_SCORE] = { "", 4, 4, COL_RIGHT, -1, 1, 1, 0 },
	[MC_OCC] = { N_("Occ"), 4, 4, COL_RIGHT, -1, 5, 1, 0 },
	[MC_SKL] = { N_("Skl"), 4, 4, COL_RIGHT, -1, 7, 1, 0 },
	[MC_EDU] = { N_("Edu"), 4, 4, COL_RIGHT, -1, 9, 1, 0 },
	[MC_DUT] = { N_("NL"), 4, 4, COL_RIGHT, -1, 8, 1, 0 },
	[MC_HRS] = { N_("Hrs"), 4, 4, COL_RIGHT, -1, 10, 1, 0 },
	[MC_TRV] = { N_("Trv"), 4, 4, COL_RIGHT, -1, 6, 1, 0 },
	[MC_KM] = { N_("km"), 5, 4, COL_RIGHT, -1, 4, 1, 0 },
	[MC_NOTES] = { N_("Notes"), 16, 8, COL_LEFT, -1, 3, 1, 1 },
};

static const struct view_column reverse_cols[MC_COUNT] = {
	[MC_RANK] = { N_("#"), 3, 3, COL_RIGHT, -1, 3, 1, 0 },
	[MC_KEY] = { N_("Vacancy"), 13, 13, COL_LEFT, -1, 1, 1, 0 },
	[MC_NAME] = { N_("Title"), 22, 8, COL_LEFT, -1, 2, 1, 0 },
	[MC_PARTNER] = { N_("Partner"), 7, 7, COL_LEFT, -1, 12, 0, 0 },
	[MC_PLACE] = { N_("Work in"), 12, 8, COL_LEFT, -1, 11, 1, 0 },
	[MC_BAR] = { N_("Score"), 8, 5, COL_BAR, -1, 0, 1, 0 },
	[MC_SCORE] = { "", 4, 4, COL_RIGHT, -1, 1, 1, 0 },
	[MC_OCC] = { N_("Occ"), 4, 4, COL_RIGHT, -1, 5, 1, 0 },
	[MC_SKL] = { N_("Skl"), 4, 4, COL_RIGHT, -1, 7, 1, 0 },
	[MC_EDU] = { N_("Edu"), 4, 4, COL_RIGHT, -1, 9, 1, 0 },
	[MC_DUT] = { N_("NL"), 4, 4, COL_RIGHT, -1, 8, 1, 0 },
	[MC_HRS] = { N_("Hrs"), 4, 4, COL_RIGHT, -1, 10, 1, 0 },
	[MC_TRV] = { N_("Trv"), 4, 4, COL_RIGHT, -1, 6, 1, 0 },
	[MC_KM] = { N_("km"), 5, 4, COL_RIGHT, -1, 4, 1, 0 },
	[MC_NOTES] = { N_("Notes"), 16, 8, COL_LEFT, -1, 3, 1, 1 },
};

/* With the excluded on show the reasons matter more than the parts. */
static struct view_column	excl_forward_cols[MC_COUNT];
static struct view_column	excl_reverse_cols[MC_COUNT];
/* In meeting mode a candidate is their initials: a narrow name. */
static struct view_column	meet_forward_cols[MC_COUNT];

/* The projector's headings: the parts in whole words. */
static const char *const meeting_headings[MC_COUNT] = {
	[MC_OCC] = N_("Occupation"), [MC_SKL] = N_("Skills"),
	[MC_EDU] = N_("Education"), [MC_DUT] = N_("Dutch"),
	[MC_HRS] = N_("Hours"), [MC_TRV] = N_("Travel"),
};

static const char *
match_heading(const struct view *v, int col)
{
	return v->app->meeting && col >= 0 && col < MC_COUNT ?
	    meeting_headings[col] : NULL;
}

static void
make_excluded_cols(struct view_column *to, const struct view_column *from)
{
	int	c;

	memcpy(to, from, sizeof(struct view_column) * MC_COUNT);
	for (c = MC_OCC; c <= MC_TRV; c++)
		to[c].drop = 20;
	to[MC_NOTES].width = 40;
	to[MC_NOTES].min = 24;
}

static void
set_columns(struct view *v)
{
	struct match_view	*mv = v->priv;
	int			 rev = mv->source.kind == RECORD_CANDIDATE;

	if (mv->excluded)
		v->cols = rev ? excl_reverse_cols : excl_forward_cols;
	else if (v->app->meeting && !rev)
		v->cols = meet_forward_cols;
	else
		v->cols = rev ? reverse_cols : forward_cols;
}

static void
clear_results(struct match_view *mv)
{
	size_t	i;

	if (mv->names != NULL)
		for (i = 0; i < mv->nres; i++)
			free(mv->names[i]);
	free(mv->names);
	mv->names = NULL;
	free(mv->marks);
	mv->marks = NULL;
	mv->nmarks = 0;
	match_results_free(mv->res, mv->nres);
	mv->res = NULL;
	mv->nres = mv->nranked = 0;
	memset(&mv->counts, 0, sizeof(mv->counts));
}

static void
clear_source(struct match_view *mv)
{
	clear_results(mv);
	if (mv->have_vac)
		match_vacancy_clear(&mv->vac);
	mv->have_vac = 0;
	free(mv->source_key);
	free(mv->source_title);
	free(mv->first);
	free(mv->last);
	mv->source_key = mv->source_title = mv->first = mv->last = NULL;
}

static enum wb_status
match_open(struct view *v)
{
	v->priv = xcalloc(1, sizeof(struct match_view));
	make_excluded_cols(excl_forward_cols, forward_cols);
	make_excluded_cols(excl_reverse_cols, reverse_cols);
	memcpy(meet_forward_cols, forward_cols, sizeof(forward_cols));
	meet_forward_cols[MC_NAME].width = 6;
	meet_forward_cols[MC_NAME].min = 4;
	v->cols = forward_cols;
	v->ncols = MC_COUNT;
	v->sort = -1;
	return WB_OK;
}

/* The rows on show: ranked, or excluded (after the ranked ones). */
static size_t
first_row(const struct match_view *mv)
{
	return mv->excluded ? mv->nranked : 0;
}

static void
rank(struct view *v)
{
	struct match_view	*mv = v->priv;
	struct view_app		*app = v->app;
	struct timespec		 t0, t1;
	size_t			 i, cand;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	clear_results(mv);
	if (mv->source.kind == RECORD_VACANCY && mv->have_vac)
		match_rank_vacancy(app->idx, &mv->vac, &app->weights,
		    app->asking, MATCH_TOP, mv->excluded, &mv->res, &mv->nres,
		    &mv->counts);
	else if (mv->source.kind == RECORD_CANDIDATE && mv->source_key != NULL &&
	    match_index_find(app->idx, mv->source_key, &cand) == 0) {
		if (!app->open_loaded) {
			if (match_vacancies_load_open(app->db, &app->open,
			    &app->nopen) != WB_OK) {
				view_message(app, 1, "%s", db_error(app->db));
				return;
			}
			app->open_loaded = 1;
		}
		match_rank_candidate(app->idx, cand, app->open, app->nopen,
		    &app->weights, app->asking, MATCH_TOP, mv->excluded,
		    &mv->res, &mv->nres, &mv->counts);
	}
	for (i = 0; i < mv->nres && mv->res[i].rank > 0; i++)
		;
	mv->nranked = i;
	mv->names = xcalloc(mv->nres > 0 ? mv->nres : 1, sizeof(char *));
	/* Who is in the pipeline already: one query for the ranking. */
	if (mv->nres > 0 && workflow_marks(app->db,
	    mv->source.kind == RECORD_VACANCY ? mv->source.id : 0,
	    mv->source.kind == RECORD_CANDIDATE ? mv->source.id : 0,
	    &mv->marks, &mv->nmarks) != WB_OK)
		view_message(app, 1, "%s", db_error(app->db));
	clock_gettime(CLOCK_MONOTONIC, &t1);
	app->rank_seconds = (double)(t1.tv_sec - t0.tv_sec) +
	    (t1.tv_nsec - t0.tv_nsec) / 1e9;
}

static enum wb_status
match_reload(struct view *v)
{
	struct match_view	*mv = v->priv;

	if (mv->source.kind == RECORD_VACANCY && mv->source_key != NULL) {
		/* Read again: it may have changed since. */
		if (mv->have_vac)
			match_vacancy_clear(&mv->vac);
		mv->have_vac = match_vacancy_load(v->app->db, mv->source_key,
		    &mv->vac) == WB_OK;
	}
	/* Meeting mode may have changed since. */
	set_columns(v);
	mv->waiting = v->app->idx == NULL;
	if (mv->waiting)
		clear_results(mv);
	else
		rank(v);
	v->nrows = mv->excluded ? mv->nres - mv->nranked : mv->nranked;
	return WB_OK;
}

static enum view_update
match_show(struct view *v, const struct view_record *r)
{
	struct match_view	*mv = v->priv;
	struct vacancy_row	*vr;
	struct candidate_row	*cr;

	if (r->kind == mv->source.kind && r->id == mv->source.id &&
	    mv->source_key != NULL)
		return UPDATE_NONE;
	clear_source(mv);
	mv->source = *r;
	v->sel = v->top = 0;
	v->sel_id = 0;
	if (r->kind == RECORD_VACANCY &&
	    (vr = vacancy_row_load(v->app->db, &v->app->user, r->id)) != NULL) {
		mv->source_key = xstrdup(vr->key);
		mv->source_title = xstrdup(vr->title);
		vacancy_row_free(vr);
	} else if (r->kind == RECORD_CANDIDATE &&
	    (cr = candidate_row_load(v->app->db, &v->app->user, r->id)) !=
	    NULL) {
		mv->source_key = xstrdup(cr->key);
		mv->first = xstrdup(cr->first);
		mv->last = xstrdup(cr->last);
		candidate_row_free(cr);
	}
	set_columns(v);
	return UPDATE_RELOAD | UPDATE_LAYOUT;
}

static void
match_fetch(struct view *v, size_t first, size_t n)
{
	struct match_view	*mv = v->priv;
	long long		 ids[256];
	size_t			 at[256], i, r, k = 0;
	char			*f[256], *l[256];

	if (mv->source.kind != RECORD_VACANCY || v->app->idx == NULL)
		return;
	for (i = first; i < first + n && i < v->nrows && k < 256; i++) {
		r = first_row(mv) + i;
		if (r >= mv->nres || mv->names[r] != NULL)
			continue;
		ids[k] = match_index_id(v->app->idx, mv->res[r].cand);
		at[k++] = r;
	}
	if (k == 0)
		return;
	candidate_names(v->app->db, &v->app->user, ids, k, f, l);
	for (i = 0; i < k; i++) {
		mv->names[at[i]] = view_person(v->app, f[i], l[i], NULL);
		free(f[i]);
		free(l[i]);
	}
}

/* A part from 0 to 1 in four columns: .87 in English, 0,87 in Dutch,
 * where a number never starts with its comma. */
static void
part(char *buf, size_t len, double p)
{
	if (p >= 0.995)
		snprintf(buf, len, "1");
	else if (p >= 0)
		snprintf(buf, len, "%s%c%02d", num_decimal_mark() == ',' ?
		    "0" : "", num_decimal_mark(), (int)(p * 100 + 0.5));
	else
		snprintf(buf, len, "%s", p == MATCH_UNKNOWN ? "?" : "-");
}

/* Notes fit for the meeting: no restriction, no target group. */
static void
meeting_notes(const char *notes, char *buf, size_t len)
{
	/* The notes as match-score.c writes them, in English. */
	const char	*hide[] = {
		"not in the doelgroepregister",
		"no beschut-werk indication",
		"doelgroepregister unknown",
	};
	const char	*restr = "restriction: %s vs %s", *p = notes, *end;
	size_t		 rlen = strcspn(restr, "%"), n, i, o = 0;
	int		 skip;

	buf[0] = '\0';
	while (*p != '\0') {
		end = strstr(p, "; ");
		n = end != NULL ? (size_t)(end - p) : strlen(p);
		skip = 0;
		for (i = 0; i < sizeof(hide) / sizeof(hide[0]); i++)
			if (strlen(hide[i]) == n && strncmp(p, hide[i], n) == 0)
				skip = 1;
		if (rlen > 0 && n >= rlen && strncmp(p, restr, rlen) == 0)
			skip = 1;
		if (!skip && o + n + 3 < len) {
			o += (size_t)snprintf(buf + o, len - o, "%s%.*s",
			    o > 0 ? "; " : "", (int)n, p);
		}
		p += n;
		if (*p != '\0')
			p += 2;
	}
	if (o == 0 && *notes != '\0')
		snprintf(buf, len, "%s", _("a rule excludes (not shown in "
		    "the meeting)"));
}

static const char *
match_cell(struct view *v, size_t row, int col, char *buf, size_t len)
{
	struct match_view		*mv = v->priv;
	const struct match_result	*r;
	const struct match_vacancy	*vac = NULL;
	struct match_index		*idx = v->app->idx;

	if (idx == NULL || first_row(mv) + row >= mv->nres)
		return "";
	r = &mv->res[first_row(mv) + row];
	if (mv->source.kind == RECORD_CANDIDATE)
		vac = &v->app->open[r->vac];
	switch (col) {
	case MC_RANK:
		if (r->rank == 0)
			return "-";
		snprintf(buf, len, "%d", r->rank);
		return buf;
	case MC_KEY:
		return vac != NULL ? vac->key : match_index_key(idx, r->cand);
	case MC_NAME:
		if (vac != NULL)
			return vac->title;
		return mv->names[first_row(mv) + row] != NULL ?
		    mv->names[first_row(mv) + row] : "";
	case MC_PARTNER:
		return vac != NULL ? vac->partner :
		    match_index_partner(idx, r->cand);
	case MC_PLACE:
		if (r->distance_km < 0)
			return "";
		return vac != NULL ? vac->municipality :
		    match_index_municipality(idx, r->cand);
	case MC_BAR:
		snprintf(buf, len, "%.3f", r->score);
		return buf;
	case MC_SCORE:
		part(buf, len, r->score);
		return buf;
	case MC_OCC: case MC_SKL: case MC_EDU: case MC_DUT: case MC_HRS:
	case MC_TRV:
		part(buf, len, r->part[col - MC_OCC]);
		return buf;
	case MC_KM:
		if (r->distance_km < 0)
			return "";
		num_format_fixed(r->distance_km, 1, buf, len);
		return buf;
	case MC_NOTES: {
		const struct wf_mark *m = workflow_mark_find(mv->marks,
		    mv->nmarks, vac != NULL ? vac->id :
		    match_index_id(idx, r->cand));
		char	notes[256], raw[256];

		if (v->app->meeting)
			meeting_notes(r->notes, raw, sizeof(raw));
		else
			snprintf(raw, sizeof(raw), "%s", r->notes);
		match_notes_shown(raw, notes, sizeof(notes));
		/* In the pipeline already: the step first. */
		if (m != NULL)
			snprintf(buf, len, "[%s]%s%s", pipeline_step_label(m->step),
			    *notes != '\0' ? " " : "", notes);
		else
			snprintf(buf, len, "%s", notes);
		return buf;
	}
	}
	return "";
}

static enum role
match_row_role(struct view *v, size_t row)
{
	struct match_view	*mv = v->priv;

	(void)row;
	return mv->excluded ? ROLE_DIM : ROLE_DEFAULT;
}

static struct view_record
match_record(struct view *v, size_t row)
{
	struct match_view	*mv = v->priv;
	struct view_record	 rec = { RECORD_NONE, 0 };
	const struct match_result *r;

	if (v->app->idx == NULL || first_row(mv) + row >= mv->nres)
		return rec;
	r = &mv->res[first_row(mv) + row];
	if (mv->source.kind == RECORD_VACANCY) {
		rec.kind = RECORD_CANDIDATE;
		rec.id = match_index_id(v->app->idx, r->cand);
	} else {
		rec.kind = RECORD_VACANCY;
		rec.id = v->app->open[r->vac].id;
	}
	return rec;
}

int
match_view_pair(struct view *v, struct view_pair *p)
{
	struct match_view		*mv = v->priv;
	const struct match_result	*r;
	const struct match_vacancy	*vac;
	size_t				 at;

	memset(p, 0, sizeof(*p));
	if (mv == NULL || v->app->idx == NULL || mv->source_key == NULL ||
	    v->nrows == 0 || (at = first_row(mv) + v->sel) >= mv->nres)
		return -1;
	r = &mv->res[at];
	if (mv->source.kind == RECORD_VACANCY) {
		p->vacancy_id = mv->source.id;
		snprintf(p->vacancy, sizeof(p->vacancy), "%s", mv->source_key);
		snprintf(p->title, sizeof(p->title), "%s",
		    mv->source_title != NULL ? mv->source_title : "");
		p->candidate_id = match_index_id(v->app->idx, r->cand);
		snprintf(p->candidate, sizeof(p->candidate), "%s",
		    match_index_key(v->app->idx, r->cand));
		match_fetch(v, v->sel, 1);
		snprintf(p->who, sizeof(p->who), "%s", mv->names[at] != NULL ?
		    mv->names[at] : "");
	} else {
		vac = &v->app->open[r->vac];
		p->vacancy_id = vac->id;
		snprintf(p->vacancy, sizeof(p->vacancy), "%s", vac->key);
		snprintf(p->title, sizeof(p->title), "%s", vac->title);
		p->candidate_id = mv->source.id;
		snprintf(p->candidate, sizeof(p->candidate), "%s",
		    mv->source_key);
		if (mv->first != NULL) {
			char	*who = view_person(v->app, mv->first, mv->last,
			    NULL);

			snprintf(p->who, sizeof(p->who), "%s", who);
			free(who);
		}
	}
	return 0;
}

/* p and a: a form over the screen for the selected pair, then the
 * change (tui-pipeline.c). */
static enum view_update
pair_action(struct view *v, enum request req)
{
	struct view_pair	p;

	if (match_view_pair(v, &p) != 0) {
		view_message(v->app, 1, "%s", _("Select a row of the matches "
		    "first (3, or Tab to the matches pane)."));
		return UPDATE_VIEW;
	}
	if (req == REQ_PROFILE ? profile_ui_write(v->app, p.candidate_id,
	    p.candidate, p.vacancy_id, p.vacancy) : req == REQ_PROPOSE ?
	    pipeline_propose(v->app, &p) : pipeline_advance(v->app, &p))
		return UPDATE_DATA;
	return UPDATE_VIEW;
}

/* The row's side for the why panel: its key and who (or title). */
static void
row_who(struct view *v, size_t row, char *buf, size_t len)
{
	struct match_view	*mv = v->priv;
	size_t			 at = first_row(mv) + row;
	const struct match_result *r = &mv->res[at];

	if (mv->source.kind == RECORD_CANDIDATE) {
		snprintf(buf, len, "%s %s", v->app->open[r->vac].key,
		    v->app->open[r->vac].title);
		return;
	}
	match_fetch(v, row, 1);
	snprintf(buf, len, "%s %s", match_index_key(v->app->idx, r->cand),
	    mv->names[at] != NULL ? mv->names[at] : "");
}

/* The pair of row taken apart (why.h); 0, or -1 when it cannot be. */
static int
row_why(struct view *v, size_t row, struct match_why *w)
{
	struct match_view		*mv = v->priv;
	const struct match_result	*r = &mv->res[first_row(mv) + row];
	struct view_app			*app = v->app;
	size_t				 cand;

	if (mv->source.kind == RECORD_VACANCY) {
		if (!mv->have_vac)
			return -1;
		match_why(app->idx, r->cand, &mv->vac, &app->weights,
		    app->asking, w);
		return 0;
	}
	if (match_index_find(app->idx, mv->source_key, &cand) != 0)
		return -1;
	match_why(app->idx, cand, &app->open[r->vac], &app->weights,
	    app->asking, w);
	return 0;
}

static int
fill_why(struct view *v, struct why_subject *s)
{
	struct match_view		*mv = v->priv;
	const struct match_result	*r = &mv->res[first_row(mv) + v->sel];
	char				 raw[256];

	memset(s, 0, sizeof(*s));
	s->rank = r->rank;
	row_who(v, v->sel, s->who, sizeof(s->who));
	snprintf(s->what, sizeof(s->what), "%s %s", mv->source_key,
	    mv->source_title != NULL ? mv->source_title : "");
	if (row_why(v, v->sel, &s->why) != 0)
		return -1;
	if (r->rank == 0) {
		if (v->app->meeting)
			meeting_notes(r->notes, raw, sizeof(raw));
		else
			snprintf(raw, sizeof(raw), "%s", r->notes);
		match_notes_shown(raw, s->excluded, sizeof(s->excluded));
	} else if (r->rank > 1 && v->sel > 0 && row_why(v, v->sel - 1,
	    &s->above) == 0) {
		s->have_above = 1;
		row_who(v, v->sel - 1, s->above_who, sizeof(s->above_who));
	}
	return 0;
}

/* w: why the selected row has its rank; Up and Down move on. */
static enum view_update
why(struct view *v)
{
	struct match_view	*mv = v->priv;
	struct why_subject	*s;
	int			 step;

	if (v->app->idx == NULL || mv->source_key == NULL || v->nrows == 0 ||
	    first_row(mv) + v->sel >= mv->nres) {
		view_message(v->app, 1, "%s", _("Select a row of the matches "
		    "first (3, or Tab to the matches pane)."));
		return UPDATE_VIEW;
	}
	s = xcalloc(1, sizeof(*s));
	do {
		if (fill_why(v, s) != 0) {
			view_message(v->app, 1, "%s", _("This row cannot be "
			    "taken apart now."));
			break;
		}
		/* The screen behind, as the selection moved. */
		v->app->redraw(v->app->redraw_arg);
		step = why_show(v->app, s);
		if (step > 0 && v->sel + 1 < v->nrows)
			view_select(v, v->sel + 1);
		else if (step < 0 && v->sel > 0)
			view_select(v, v->sel - 1);
	} while (step != 0);
	free(s);
	return UPDATE_VIEW;
}

static enum view_update
match_request(struct view *v, enum request req)
{
	struct match_view	*mv = v->priv;

	if (req == REQ_PROPOSE || req == REQ_ADVANCE || req == REQ_PROFILE)
		return pair_action(v, req);
	if (req == REQ_WHY)
		return why(v);
	if (req != REQ_EXCLUDED)
		return UPDATE_NONE;
	/* The excluded are ranked only when asked for. */
	mv->excluded = !mv->excluded;
	set_columns(v);
	v->sel = v->top = 0;
	v->sel_id = 0;
	return UPDATE_RELOAD | UPDATE_LAYOUT;
}

static void
match_caption(struct view *v, char *buf, size_t len)
{
	struct match_view	*mv = v->priv;
	const char		*what = mv->source.kind == RECORD_CANDIDATE ?
	    _("vacancies") : _("candidates");
	size_t			 pool = v->app->idx == NULL ? 0 :
	    match_index_pool(v->app->idx);

	if (mv->first != NULL) {
		free(mv->source_title);
		mv->source_title = view_person(v->app, mv->first, mv->last,
		    mv->source_key);
	}
	if (mv->source_key == NULL)
		snprintf(buf, len, "%s", _("Matches: select a vacancy or a "
		    "candidate"));
	else if (mv->waiting)
		snprintf(buf, len, _("Matches for %s: building the match "
		    "index..."), mv->source_key);
	else if (mv->source.kind == RECORD_CANDIDATE && mv->excluded)
		snprintf(buf, len, _("Excluded for %s: %zu of %zu %s (x: "
		    "ranked)  %s"), mv->source_key,
		    mv->counts.considered - mv->counts.eligible,
		    mv->counts.considered, what, mv->source_title);
	else if (mv->source.kind == RECORD_CANDIDATE)
		snprintf(buf, len, _("Matches for %s: %zu of %zu %s pass (x: "
		    "excluded)  %s"), mv->source_key, mv->counts.eligible,
		    mv->counts.considered, what, mv->source_title);
	/* Candidates: of the pool, as the overview counts it. */
	else if (mv->excluded)
		snprintf(buf, len, _("Excluded for %s: %zu of the %zu in the "
		    "pool (x: ranked)  %s"), mv->source_key,
		    pool > mv->counts.eligible ? pool - mv->counts.eligible : 0,
		    pool, mv->source_title);
	else
		snprintf(buf, len, _("Matches for %s: %zu of the %zu in the "
		    "pool pass (x: excluded)  %s"), mv->source_key,
		    mv->counts.eligible, pool, mv->source_title);
}

static void
match_close(struct view *v)
{
	struct match_view	*mv = v->priv;

	if (mv == NULL)
		return;
	clear_source(mv);
	free(mv);
	v->priv = NULL;
}

static const struct keybinding match_keys[] = {
	{ 'p',		REQ_PROPOSE },	/* the selected row's pair */
	{ 'a',		REQ_ADVANCE },
	{ 'P',		REQ_PROFILE },	/* the pair's profile, for the employer */
	{ 'w',		REQ_WHY },	/* why this rank: tui-why.c */
};

const struct view_ops match_view_ops = {
	.title = N_("Matches"),
	.flags = VIEW_F_PANE,
	.keys = match_keys,
	.nkeys = VIEW_NKEYS(match_keys),
	.open = match_open,
	.reload = match_reload,
	.fetch = match_fetch,
	.cell = match_cell,
	.row_role = match_row_role,
	.record = match_record,
	.show = match_show,
	.request = match_request,
	.caption = match_caption,
	.close = match_close,
	.heading = match_heading,
};
