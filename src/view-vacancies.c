/*
 * view-vacancies.c: screen 1, the vacancies.  Two tabs: the open ones
 * (with on-hold), oldest first, as the Monday meeting goes through them;
 * and the ones filled in a period (the last four weeks unless chosen),
 * with who filled them, from which partner, with which instrument and
 * how many days it took.  Rows come from the vacancy model (vacancy.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/date.h"
#include "werkbank/i18n.h"
#include "werkbank/num.h"
#include "werkbank/tui-records.h"
#include "werkbank/vacancy.h"
#include "werkbank/view.h"
#include "werkbank/vocab.h"
#include "werkbank/xmalloc.h"

struct vacancy_view {
	struct listing		*list;
	enum vacancy_tab	 tab;
	int			 from, to;
	int			 sort[2], desc[2];	/* per tab */
};

enum { OC_AGE, OC_KEY, OC_TITLE, OC_EMPLOYER, OC_PLACE, OC_OCCUPATION,
    OC_HOURS, OC_POSITIONS, OC_PARTNER, OC_MANAGER, OC_PROPOSED };

static const struct view_column open_cols[] = {
	[OC_AGE] = { N_("Days"), 5, 4, COL_RIGHT, VACANCY_SORT_AGE, 2, 1, 0 },
	[OC_KEY] = { N_("Vacancy"), 13, 13, COL_LEFT, VACANCY_SORT_KEY, 1, 1,
	    0 },
	[OC_TITLE] = { N_("Title"), 26, 12, COL_LEFT, VACANCY_SORT_TITLE, 0,
	    1, 1 },
	[OC_EMPLOYER] = { N_("Employer"), 24, 10, COL_LEFT,
	    VACANCY_SORT_EMPLOYER, 3, 1, 0 },
	[OC_PLACE] = { N_("Place"), 14, 8, COL_LEFT, VACANCY_SORT_PLACE, 4, 1,
	    0 },
	[OC_OCCUPATION] = { N_("Occupation"), 22, 10, COL_LEFT,
	    VACANCY_SORT_OCCUPATION, 8, 0, 0 },
	[OC_HOURS] = { N_("Hours"), 5, 5, COL_RIGHT, VACANCY_SORT_HOURS, 7, 1,
	    0 },
	[OC_POSITIONS] = { N_("Pos"), 3, 3, COL_RIGHT,
	    VACANCY_SORT_POSITIONS, 9, 0, 0 },
	[OC_PARTNER] = { N_("Partner"), 7, 4, COL_LEFT, VACANCY_SORT_PARTNER,
	    6, 1, 0 },
	[OC_MANAGER] = { N_("Account manager"), 16, 8, COL_LEFT,
	    VACANCY_SORT_MANAGER, 10, 0, 0 },
	[OC_PROPOSED] = { N_("Prop"), 4, 4, COL_RIGHT, VACANCY_SORT_PROPOSED,
	    5, 1, 0 },
};

enum { FC_CLOSED, FC_DAYS, FC_KEY, FC_TITLE, FC_EMPLOYER, FC_PLACE,
    FC_WHO, FC_PARTNER, FC_INSTRUMENT };

static const struct view_column filled_cols[] = {
	[FC_CLOSED] = { N_("Filled"), 10, 10, COL_LEFT, VACANCY_SORT_CLOSED,
	    2, 1, 0 },
	[FC_DAYS] = { N_("Days"), 5, 4, COL_RIGHT, VACANCY_SORT_DAYS, 4, 1,
	    0 },
	[FC_KEY] = { N_("Vacancy"), 13, 13, COL_LEFT, VACANCY_SORT_KEY, 1, 1,
	    0 },
	[FC_TITLE] = { N_("Title"), 24, 12, COL_LEFT, VACANCY_SORT_TITLE, 0,
	    1, 1 },
	[FC_EMPLOYER] = { N_("Employer"), 20, 10, COL_LEFT,
	    VACANCY_SORT_EMPLOYER, 5, 1, 0 },
	[FC_PLACE] = { N_("Place"), 12, 8, COL_LEFT, VACANCY_SORT_PLACE, 8, 0,
	    0 },
	[FC_WHO] = { N_("Filled by"), 18, 8, COL_LEFT, -1, 3, 1, 0 },
	[FC_PARTNER] = { N_("From"), 6, 4, COL_LEFT, -1, 6, 1, 0 },
	[FC_INSTRUMENT] = { N_("Instrument"), 16, 8, COL_LEFT, -1, 7, 1, 0 },
};

#define NCOLS(a)	((int)(sizeof(a) / sizeof((a)[0])))

static void
set_columns(struct view *v)
{
	struct vacancy_view	*vv = v->priv;

	if (vv->tab == VACANCY_OPEN) {
		v->cols = open_cols;
		v->ncols = NCOLS(open_cols);
	} else {
		v->cols = filled_cols;
		v->ncols = NCOLS(filled_cols);
	}
	v->sort = vv->sort[vv->tab];
	v->desc = vv->desc[vv->tab];
}

static enum wb_status
vacancy_open(struct view *v)
{
	struct vacancy_view	*vv = xcalloc(1, sizeof(*vv));

	vv->list = vacancy_listing_new(v->app->db, &v->app->user);
	vv->tab = VACANCY_OPEN;
	vv->to = v->app->today;
	vv->from = v->app->today - 28;
	vv->sort[VACANCY_OPEN] = OC_AGE;
	vv->desc[VACANCY_OPEN] = 1;	/* oldest first */
	vv->sort[VACANCY_FILLED] = FC_CLOSED;
	vv->desc[VACANCY_FILLED] = 1;	/* latest first */
	v->priv = vv;
	set_columns(v);
	return WB_OK;
}

static enum wb_status
vacancy_reload(struct view *v)
{
	struct vacancy_view	*vv = v->priv;
	struct vacancy_query	 q;
	enum wb_status		 st;

	vv->sort[vv->tab] = v->sort;
	vv->desc[vv->tab] = v->desc;
	memset(&q, 0, sizeof(q));
	q.tab = vv->tab;
	q.from = vv->from;
	q.to = vv->to;
	q.sort = (enum vacancy_sort)v->cols[v->sort].sort;
	q.desc = v->desc;
	q.filter = &v->filter;
	st = vacancy_listing_query(vv->list, v->app->db, &q);
	if (st != WB_OK)
		view_message(v->app, 1, "%s", db_error(v->app->db));
	v->nrows = listing_count(vv->list);
	return st;
}

static void
vacancy_fetch(struct view *v, size_t first, size_t n)
{
	struct vacancy_view	*vv = v->priv;

	listing_fetch(vv->list, first, n);
}

static void
hours(char *buf, size_t len, double lo, double hi)
{
	char	a[32], b[32];

	if (lo < 0 && hi < 0)
		snprintf(buf, len, "?");
	else if (lo < 0 || hi < 0 || lo == hi)
		snprintf(buf, len, "%s", num_format(lo < 0 ? hi : lo, 2, a,
		    sizeof(a)));
	else
		snprintf(buf, len, "%s-%s", num_format(lo, 2, a, sizeof(a)),
		    num_format(hi, 2, b, sizeof(b)));
}

static const char *
open_cell(struct view *v, const struct vacancy_row *r, int col, char *buf,
    size_t len)
{
	switch (col) {
	case OC_AGE:
		snprintf(buf, len, "%d", r->age);
		return buf;
	case OC_KEY:
		return r->key;
	case OC_TITLE:
		/* On hold: it stays in the list, marked and dimmed. */
		if (r->status != NULL && strcmp(r->status, "on_hold") == 0) {
			snprintf(buf, len, "[%s] %s", vocab_word(
			    VOCAB_VACANCY_STATUS, "on_hold"), r->title);
			return buf;
		}
		return r->title;
	case OC_EMPLOYER:
		return r->employer;
	case OC_PLACE:
		return r->place;
	case OC_OCCUPATION:
		return r->occupation;
	case OC_HOURS:
		hours(buf, len, r->hours_min, r->hours_max);
		return buf;
	case OC_POSITIONS:
		snprintf(buf, len, "%d", r->positions);
		return buf;
	case OC_PARTNER:
		return r->partner;
	case OC_MANAGER:
		return v->app->meeting ? r->manager_login : r->manager;
	case OC_PROPOSED:
		snprintf(buf, len, "%d", r->proposed);
		return buf;
	}
	return "";
}

static const char *
filled_cell(struct view *v, const struct vacancy_row *r, int col, char *buf,
    size_t len)
{
	char	*who, d[16];

	switch (col) {
	case FC_CLOSED:
		return r->closed >= 0 ? date_format(r->closed, buf) : "";
	case FC_DAYS:
		snprintf(buf, len, "%d", r->days_to_fill);
		return buf;
	case FC_KEY:
		return r->key;
	case FC_TITLE:
		return r->title;
	case FC_EMPLOYER:
		return r->employer;
	case FC_PLACE:
		return r->place;
	case FC_WHO:
		if (r->placements == 0)
			return "";
		who = view_person(v->app, r->filled_first, r->filled_last,
		    r->filled_key);
		if (v->app->meeting)
			snprintf(buf, len, "%s %s", who, r->filled_key);
		else
			snprintf(buf, len, "%s", who);
		free(who);
		if (r->placements > 1) {
			snprintf(d, sizeof(d), " +%d", r->placements - 1);
			strncat(buf, d, len - strlen(buf) - 1);
		}
		return buf;
	case FC_PARTNER:
		return r->filled_partner;
	case FC_INSTRUMENT:
		return vocab_words(VOCAB_INSTRUMENT, r->instruments, ", ", buf,
		    len);
	}
	return "";
}

static const char *
vacancy_cell(struct view *v, size_t row, int col, char *buf, size_t len)
{
	struct vacancy_view		*vv = v->priv;
	const struct vacancy_row	*r = listing_row(vv->list, row);

	if (r == NULL)
		return "";
	if (vv->tab == VACANCY_OPEN)
		return open_cell(v, r, col, buf, len);
	return filled_cell(v, r, col, buf, len);
}

static enum role
vacancy_row_role(struct view *v, size_t row)
{
	struct vacancy_view	*vv = v->priv;
	const struct vacancy_row *r = listing_row(vv->list, row);
	enum role		 role = view_hit_role(v, listing_id(vv->list, row));

	if (role == ROLE_DEFAULT && r != NULL && r->status != NULL &&
	    strcmp(r->status, "on_hold") == 0)
		return ROLE_DIM;
	return role;
}

static struct view_record
vacancy_record(struct view *v, size_t row)
{
	struct vacancy_view	*vv = v->priv;
	struct view_record	 r = { RECORD_VACANCY, 0 };

	r.id = listing_id(vv->list, row);
	return r;
}

static enum view_update	vacancy_argument(struct view *, const char *);

static enum view_update
vacancy_request(struct view *v, enum request req)
{
	struct vacancy_view	*vv = v->priv;
	enum view_update	 u;
	char			*typed;

	if (req == REQ_PERIOD) {
		if ((typed = view_ask(v->app, _("Period (days, or from to): "),
		    NULL)) == NULL)
			return UPDATE_VIEW;
		u = vacancy_argument(v, typed);
		free(typed);
		return u;
	}
	if (req != REQ_TAB)
		return records_request(v, REC_VACANCY, req);
	vv->sort[vv->tab] = v->sort;
	vv->desc[vv->tab] = v->desc;
	vv->tab = vv->tab == VACANCY_OPEN ? VACANCY_FILLED : VACANCY_OPEN;
	set_columns(v);
	v->sel = 0;
	v->sel_id = 0;
	return UPDATE_RELOAD | UPDATE_LAYOUT | UPDATE_FOLLOW;
}

/* A vacancy shown from elsewhere (the meeting's Enter): selected on the
 * tab that holds it, its period widened to its day when filled. */
static enum view_update
vacancy_select(struct view *v, const struct view_record *r)
{
	struct vacancy_view	*vv = v->priv;
	struct vacancy_row	*row;
	enum vacancy_tab	 tab = VACANCY_OPEN;

	if (r->kind != RECORD_VACANCY)
		return UPDATE_NONE;
	if ((row = vacancy_row_load(v->app->db, &v->app->user, r->id)) !=
	    NULL) {
		if (row->closed >= 0) {
			tab = VACANCY_FILLED;
			if (row->closed < vv->from)
				vv->from = row->closed;
			if (row->closed > vv->to)
				vv->to = row->closed;
		}
		vacancy_row_free(row);
	}
	if (tab != vv->tab) {
		vv->sort[vv->tab] = v->sort;
		vv->desc[vv->tab] = v->desc;
		vv->tab = tab;
		set_columns(v);
	}
	v->sel_id = r->id;
	return UPDATE_RELOAD | UPDATE_LAYOUT | UPDATE_FOLLOW;
}

/* "2026-10-01 2026-10-31", "2026-10-01" (until today) or "30" (days). */
static enum view_update
vacancy_argument(struct view *v, const char *typed)
{
	struct vacancy_view	*vv = v->priv;
	char			 a[32], b[32], *end;
	int			 from, to, n;
	long			 days;

	n = sscanf(typed, "%31s %31s", a, b);
	days = n == 1 ? strtol(a, &end, 10) : 0;
	if (n == 1 && *end == '\0' && days > 0 && days < 100000) {
		from = v->app->today - (int)days;
		to = v->app->today;
	} else if (n >= 1 && date_parse(a, &from) == WB_OK &&
	    (n == 1 || date_parse(b, &to) == WB_OK)) {
		if (n == 1)
			to = v->app->today;
	} else {
		view_message(v->app, 1, "%s", _("Type a number of days, or "
		    "two dates like 2026-10-01 2026-10-31."));
		return UPDATE_VIEW;
	}
	if (from > to) {
		n = from;
		from = to;
		to = n;
	}
	vv->from = from;
	vv->to = to;
	if (vv->tab != VACANCY_FILLED) {
		vv->tab = VACANCY_FILLED;
		set_columns(v);
		v->sel = 0;
	}
	return UPDATE_RELOAD | UPDATE_LAYOUT | UPDATE_FOLLOW;
}

static enum wb_status
vacancy_search_ids(struct view *v, const char *typed, long long **ids,
    size_t *n)
{
	return vacancy_search(v->app->db, typed, ids, n);
}

static void
vacancy_caption(struct view *v, char *buf, size_t len)
{
	struct vacancy_view	*vv = v->priv;
	char			 a[11], b[11];

	if (vv->tab == VACANCY_OPEN)
		snprintf(buf, len, _("Vacancies: open (%zu)"), v->nrows);
	else
		snprintf(buf, len, _("Vacancies: filled %s to %s (%zu)"),
		    date_format(vv->from, a), date_format(vv->to, b), v->nrows);
}

static void
vacancy_close(struct view *v)
{
	struct vacancy_view	*vv = v->priv;

	if (vv == NULL)
		return;
	listing_free(vv->list);
	free(vv);
	v->priv = NULL;
}

/* The projector's headings in whole words. */
static const char *
vacancy_heading(const struct view *v, int col)
{
	const struct vacancy_view	*vv = v->priv;

	if (!v->app->meeting || vv->tab != VACANCY_OPEN)
		return NULL;
	return col == OC_AGE ? NC_("projector", "Days") : col == OC_PROPOSED ?
	    NC_("projector", "Proposed") : NULL;
}

static const struct keybinding vacancy_keys[] = {
	{ 't',		REQ_TAB },	/* open / filled in a period */
	{ 'p',		REQ_PERIOD },
	{ 'e',		REQ_EDIT },	/* forms: tui-records.c */
	{ 'a',		REQ_NEW },
	{ 'H',		REQ_HOLD },
	{ 'R',		REQ_REOPEN },
	{ 'W',		REQ_WITHDRAW },
};

const struct view_ops vacancy_view_ops = {
	.title = N_("Vacancies"),
	.flags = VIEW_F_LIST,
	.keys = vacancy_keys,
	.nkeys = VIEW_NKEYS(vacancy_keys),
	.open = vacancy_open,
	.reload = vacancy_reload,
	.fetch = vacancy_fetch,
	.cell = vacancy_cell,
	.row_role = vacancy_row_role,
	.record = vacancy_record,
	.request = vacancy_request,
	.search = vacancy_search_ids,
	.caption = vacancy_caption,
	.close = vacancy_close,
	.fields = vacancy_fields,
	.nfields = &vacancy_nfields,
	.select = vacancy_select,
	.heading = vacancy_heading,
};
