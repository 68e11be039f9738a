/*
 * view-employers.c: screen 9, the employers: each with its account
 * manager, place, open and all vacancies, placements and mean rating.
 * Enter shows one employer: its vacancies, placements and ratings, one
 * line each, newest first; Esc goes back to the list.  The rows come
 * from employer.h; nothing here runs SQL.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "werkbank/employer.h"
#include "werkbank/i18n.h"
#include "werkbank/num.h"
#include "werkbank/tui-records.h"
#include "werkbank/user.h"
#include "werkbank/view.h"
#include "werkbank/vocab.h"
#include "werkbank/xmalloc.h"

enum { EC_KEY, EC_NAME, EC_PLACE, EC_MANAGER, EC_OPEN, EC_VACANCIES,
    EC_PLACEMENTS, EC_RATING };

static const struct view_column employer_cols[] = {
	[EC_KEY] = { N_("Employer"), 14, 10, COL_LEFT, EC_KEY, 3, 1, 0 },
	[EC_NAME] = { N_("Name"), 30, 12, COL_LEFT, EC_NAME, 0, 1, 1 },
	[EC_PLACE] = { N_("Place"), 14, 8, COL_LEFT, EC_PLACE, 4, 1, 0 },
	[EC_MANAGER] = { N_("Account manager"), 15, 8, COL_LEFT, EC_MANAGER,
	    2, 1, 0 },
	[EC_OPEN] = { N_("Open"), 5, 4, COL_RIGHT, EC_OPEN, 1, 1, 0 },
	[EC_VACANCIES] = { N_("Vacancies"), 9, 5, COL_RIGHT, EC_VACANCIES, 5,
	    1, 0 },
	[EC_PLACEMENTS] = { N_("Placements"), 10, 5, COL_RIGHT, EC_PLACEMENTS,
	    6, 1, 0 },
	[EC_RATING] = { N_("Rating"), 6, 6, COL_RIGHT, EC_RATING, 7, 1, 0 },
};

/* One employer's lines: what, date, record, status, the rest. */
enum { ED_WHAT, ED_DATE, ED_RECORD, ED_STATUS, ED_DETAIL };

static const struct view_column detail_cols[] = {
	[ED_WHAT] = { N_("What"), 10, 8, COL_LEFT, -1, 0, 1, 0 },
	[ED_DATE] = { N_("Date"), 10, 10, COL_LEFT, -1, 0, 1, 0 },
	[ED_RECORD] = { N_("Record"), 16, 10, COL_LEFT, -1, 1, 1, 0 },
	[ED_STATUS] = { N_("Status"), 16, 8, COL_LEFT, -1, 2, 1, 0 },
	[ED_DETAIL] = { N_("Detail"), 30, 10, COL_LEFT, -1, 0, 1, 1 },
};

struct employer_view {
	struct employer_row	*rows;
	size_t			 n;
	size_t			*order;		/* sorted row indexes */
	int			 showing;	/* one employer's lines */
	long long		 shown_id;
	size_t			 list_sel;	/* back to where we were */
	struct employer_detail	 d;
};

#define EV(v)	((struct employer_view *)(v)->priv)

static const struct employer_row *
row_at(struct view *v, size_t i)
{
	struct employer_view	*ev = EV(v);

	return i < ev->n ? &ev->rows[ev->order[i]] : NULL;
}

static void
list_mode(struct view *v)
{
	v->cols = employer_cols;
	v->ncols = (int)(sizeof(employer_cols) / sizeof(employer_cols[0]));
	v->no_header = 0;
}

static enum wb_status
employer_open(struct view *v)
{
	v->priv = xcalloc(1, sizeof(struct employer_view));
	list_mode(v);
	v->sort = EC_NAME;
	return WB_OK;
}

/* For the sort: the view being sorted (qsort has no argument). */
static struct view	*sorting;

static int
row_cmp(const void *a, const void *b)
{
	struct employer_view		*ev = EV(sorting);
	const struct employer_row	*x = &ev->rows[*(const size_t *)a];
	const struct employer_row	*y = &ev->rows[*(const size_t *)b];
	int				 c = 0;

	switch (sorting->sort) {
	case EC_KEY:
		c = strcasecmp(x->key, y->key);
		break;
	case EC_PLACE:
		c = strcasecmp(x->place, y->place);
		break;
	case EC_MANAGER:
		c = strcasecmp(x->manager, y->manager);
		break;
	case EC_OPEN:
		c = (x->open > y->open) - (x->open < y->open);
		break;
	case EC_VACANCIES:
		c = (x->vacancies > y->vacancies) - (x->vacancies <
		    y->vacancies);
		break;
	case EC_PLACEMENTS:
		c = (x->placements > y->placements) - (x->placements <
		    y->placements);
		break;
	case EC_RATING:
		c = (x->rating > y->rating) - (x->rating < y->rating);
		break;
	default:
		break;
	}
	if (c == 0)
		c = strcasecmp(x->name, y->name);
	if (c == 0)
		c = (x->id > y->id) - (x->id < y->id);
	return sorting->desc ? -c : c;
}

static enum wb_status
load_detail(struct view *v)
{
	struct employer_view	*ev = EV(v);
	struct user_ctx		 u;
	enum wb_status		 st;

	employer_detail_free(&ev->d);
	if ((st = user_current(v->app->db, v->app->login, &u)) != WB_OK ||
	    (st = employer_detail(v->app->db, &u, ev->shown_id, &ev->d)) !=
	    WB_OK) {
		view_message(v->app, 1, "%s", db_error(v->app->db));
		ev->showing = 0;
		list_mode(v);
		return st;
	}
	v->nrows = ev->d.nvac + ev->d.npl + ev->d.nrt;
	return WB_OK;
}

static enum wb_status
employer_reload(struct view *v)
{
	struct employer_view	*ev = EV(v);
	enum wb_status		 st;
	size_t			 i;

	employer_rows_free(ev->rows, ev->n);
	free(ev->order);
	ev->rows = NULL;
	ev->order = NULL;
	ev->n = 0;
	v->nrows = 0;
	if ((st = employer_list(v->app->db, &ev->rows, &ev->n)) != WB_OK) {
		view_message(v->app, 1, "%s", db_error(v->app->db));
		return st;
	}
	ev->order = xcalloc(ev->n + 1, sizeof(*ev->order));
	for (i = 0; i < ev->n; i++)
		ev->order[i] = i;
	sorting = v;
	qsort(ev->order, ev->n, sizeof(*ev->order), row_cmp);
	sorting = NULL;
	if (ev->showing)
		return load_detail(v);
	v->nrows = ev->n;
	return WB_OK;
}

static void
employer_fetch(struct view *v, size_t first, size_t n)
{
	(void)v;
	(void)first;
	(void)n;
}

static const char *
detail_cell(struct view *v, size_t row, int col, char *buf, size_t len)
{
	const struct employer_detail	*d = &EV(v)->d;

	if (row < d->nvac) {
		const struct employer_vacancy	*x = &d->vac[row];

		switch (col) {
		case ED_WHAT:
			return _("vacancy");
		case ED_DATE:
			return x->collected;
		case ED_RECORD:
			return x->key;
		case ED_STATUS:
			return vocab_word(VOCAB_VACANCY_STATUS, x->status);
		case ED_DETAIL:
			snprintf(buf, len, _("%d/%d placed  %s"), x->placed,
			    x->positions, x->title);
			return buf;
		}
		return "";
	}
	row -= d->nvac;
	if (row < d->npl) {
		const struct employer_placement	*p = &d->pl[row];

		switch (col) {
		case ED_WHAT:
			return _("placement");
		case ED_DATE:
			return p->start;
		case ED_RECORD:
			return p->vacancy;
		case ED_STATUS:
			if (*p->end == '\0')
				return _("working");
			snprintf(buf, len, _("left %s"), p->end);
			return buf;
		case ED_DETAIL:
			snprintf(buf, len, "%s  %s", *p->candidate ?
			    p->candidate : "-", vocab_word(VOCAB_CONTRACT,
			    p->contract));
			return buf;
		}
		return "";
	}
	row -= d->npl;
	if (row < d->nrt) {
		switch (col) {
		case ED_WHAT:
			return _("rating");
		case ED_DATE:
			return d->rt[row].on;
		case ED_DETAIL:
			snprintf(buf, len, "%d", d->rt[row].score);
			return buf;
		}
	}
	return "";
}

static const char *
employer_cell(struct view *v, size_t row, int col, char *buf, size_t len)
{
	const struct employer_row	*r;

	if (EV(v)->showing)
		return detail_cell(v, row, col, buf, len);
	if ((r = row_at(v, row)) == NULL)
		return "";
	switch (col) {
	case EC_KEY:
		return r->key;
	case EC_NAME:
		return r->name;
	case EC_PLACE:
		return r->place;
	case EC_MANAGER:
		return *r->manager ? r->manager : "-";
	case EC_OPEN:
		snprintf(buf, len, "%d", r->open);
		return buf;
	case EC_VACANCIES:
		snprintf(buf, len, "%d", r->vacancies);
		return buf;
	case EC_PLACEMENTS:
		snprintf(buf, len, "%d", r->placements);
		return buf;
	case EC_RATING:
		if (r->rating < 0)
			return "";
		num_format_fixed(r->rating, 1, buf, len);
		return buf;
	}
	return "";
}

static struct view_record
employer_record(struct view *v, size_t row)
{
	const struct employer_row	*r;
	struct view_record		 rec = { RECORD_NONE, 0 };

	/* The id keeps the selection over reloads; nothing opens it. */
	if (!EV(v)->showing && (r = row_at(v, row)) != NULL)
		rec.id = r->id;
	return rec;
}

static enum view_update
employer_request(struct view *v, enum request req)
{
	struct employer_view		*ev = EV(v);
	const struct employer_row	*r;

	switch (req) {
	case REQ_ENTER:
	case REQ_VIEW_DETAIL:
		if (ev->showing || (r = row_at(v, v->sel)) == NULL)
			return UPDATE_VIEW;
		ev->shown_id = r->id;
		ev->list_sel = v->sel;
		ev->showing = 1;
		v->cols = detail_cols;
		v->ncols = (int)(sizeof(detail_cols) / sizeof(detail_cols[0]));
		if (load_detail(v) != WB_OK) {
			v->nrows = ev->n;
			return UPDATE_LAYOUT;
		}
		v->sel = v->top = 0;
		v->sel_id = 0;
		return UPDATE_LAYOUT | UPDATE_VIEW;
	case REQ_BACK:
		if (!ev->showing)
			return UPDATE_NONE;
		ev->showing = 0;
		employer_detail_free(&ev->d);
		list_mode(v);
		v->nrows = ev->n;
		v->sel = ev->list_sel;
		v->top = 0;
		view_select(v, v->sel);
		return UPDATE_LAYOUT | UPDATE_VIEW;
	case REQ_SORT_NEXT:
	case REQ_SORT_REVERSE:
		/* One employer's lines keep their order. */
		return ev->showing ? UPDATE_VIEW : UPDATE_NONE;
	default:
		return records_request(v, REC_EMPLOYER, req);
	}
}

static void
employer_caption(struct view *v, char *buf, size_t len)
{
	struct employer_view	*ev = EV(v);

	if (!ev->showing) {
		snprintf(buf, len, _("Employers (%zu)"), v->nrows);
		return;
	}
	snprintf(buf, len, _("%s (%s), account manager %s: %zu vacancies, "
	    "%zu placements, %zu ratings"), ev->d.e.name, ev->d.e.key,
	    *ev->d.e.manager ? ev->d.e.manager : "-", ev->d.nvac, ev->d.npl,
	    ev->d.nrt);
}

static void
employer_close(struct view *v)
{
	struct employer_view	*ev = EV(v);

	if (ev == NULL)
		return;
	employer_rows_free(ev->rows, ev->n);
	free(ev->order);
	employer_detail_free(&ev->d);
	free(ev);
	v->priv = NULL;
}

static const struct keybinding employer_keys[] = {
	{ 'e',		REQ_EDIT },	/* forms: tui-records.c */
	{ 'a',		REQ_NEW },
	{ 'q',		REQ_BACK },
};

const struct view_ops employer_view_ops = {
	.title = N_("Employers"),
	.keys = employer_keys,
	.nkeys = VIEW_NKEYS(employer_keys),
	.open = employer_open,
	.reload = employer_reload,
	.fetch = employer_fetch,
	.cell = employer_cell,
	.record = employer_record,
	.request = employer_request,
	.caption = employer_caption,
	.close = employer_close,
};
