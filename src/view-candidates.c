/*
 * view-candidates.c: screen 2, the pooled candidates of all partners:
 * status, target group, occupations, place, partner, consultant and the
 * last change.  A million rows cost one id list (candidate.h); rows are
 * read for what is on screen.  In meeting mode names become initials
 * and the target group and consultant columns go.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/candidate.h"
#include "werkbank/i18n.h"
#include "werkbank/summary.h"
#include "werkbank/tui-records.h"
#include "werkbank/view.h"
#include "werkbank/vocab.h"
#include "werkbank/xmalloc.h"

struct candidate_view {
	struct listing		*list;
	struct summary_figures	 figures;	/* for the caption */
};

enum { CC_KEY, CC_NAME, CC_STATUS, CC_GROUP, CC_OCCUPATIONS, CC_PLACE,
    CC_PARTNER, CC_CONSULTANT, CC_CHANGED };

static const struct view_column candidate_cols[] = {
	[CC_KEY] = { N_("Candidate"), 12, 12, COL_LEFT, CANDIDATE_SORT_KEY,
	    1, 1, 0 },
	[CC_NAME] = { N_("Name"), 22, 6, COL_LEFT, CANDIDATE_SORT_NAME, 2, 1,
	    0 },
	[CC_STATUS] = { N_("Status"), 11, 6, COL_LEFT, CANDIDATE_SORT_STATUS,
	    3, 1, 0 },
	[CC_GROUP] = { N_("Target group"), 12, 6, COL_LEFT,
	    CANDIDATE_SORT_GROUP, 6, 0, 0 },
	[CC_OCCUPATIONS] = { N_("Occupations"), 28, 10, COL_LEFT,
	    CANDIDATE_SORT_OCCUPATION, 0, 1, 1 },
	[CC_PLACE] = { N_("Place"), 14, 8, COL_LEFT, CANDIDATE_SORT_PLACE, 4,
	    1, 0 },
	[CC_PARTNER] = { N_("Partner"), 7, 4, COL_LEFT, -1, 5, 1, 0 },
	[CC_CONSULTANT] = { N_("Consultant"), 16, 8, COL_LEFT,
	    CANDIDATE_SORT_CONSULTANT, 7, 0, 0 },
	[CC_CHANGED] = { N_("Changed"), 10, 10, COL_LEFT,
	    CANDIDATE_SORT_CHANGED, 8, 0, 0 },
};

static enum wb_status
candidate_open(struct view *v)
{
	struct candidate_view	*cv = xcalloc(1, sizeof(*cv));

	cv->list = candidate_listing_new(v->app->db, &v->app->user);
	v->priv = cv;
	v->cols = candidate_cols;
	v->ncols = (int)(sizeof(candidate_cols) / sizeof(candidate_cols[0]));
	v->sort = CC_KEY;
	return WB_OK;
}

static enum wb_status
candidate_reload(struct view *v)
{
	struct candidate_view	*cv = v->priv;
	struct candidate_query	 q;
	enum wb_status		 st;

	memset(&q, 0, sizeof(q));
	q.sort = (enum candidate_sort)v->cols[v->sort].sort;
	q.desc = v->desc;
	q.filter = &v->filter;
	q.user = &v->app->user;
	if ((st = candidate_listing_query(cv->list, v->app->db, &q)) != WB_OK)
		view_message(v->app, 1, "%s", db_error(v->app->db));
	else if ((st = summary_figures(v->app->db, &cv->figures)) != WB_OK)
		view_message(v->app, 1, "%s", db_error(v->app->db));
	v->nrows = listing_count(cv->list);
	return st;
}

static void
candidate_fetch(struct view *v, size_t first, size_t n)
{
	struct candidate_view	*cv = v->priv;

	listing_fetch(cv->list, first, n);
}

static const char *
candidate_cell(struct view *v, size_t row, int col, char *buf, size_t len)
{
	struct candidate_view		*cv = v->priv;
	const struct candidate_row	*r = listing_row(cv->list, row);
	char				*name;

	if (r == NULL)
		return "";
	switch (col) {
	case CC_KEY:
		return r->key;
	case CC_NAME:
		name = view_person(v->app, r->first, r->last, r->key);
		snprintf(buf, len, "%s", name);
		free(name);
		return buf;
	case CC_STATUS:
		return vocab_word(VOCAB_CANDIDATE_STATUS, r->status);
	case CC_GROUP:
		return v->app->meeting ? "" : vocab_word(VOCAB_TARGET_GROUP,
		    r->group);
	case CC_OCCUPATIONS:
		return r->occupations;
	case CC_PLACE:
		return r->place;
	case CC_PARTNER:
		return r->partner;
	case CC_CONSULTANT:
		return v->app->meeting ? r->consultant_login : r->consultant;
	case CC_CHANGED:
		return r->changed;
	}
	return "";
}

static enum role
candidate_row_role(struct view *v, size_t row)
{
	struct candidate_view	*cv = v->priv;

	return view_hit_role(v, listing_id(cv->list, row));
}

static struct view_record
candidate_record(struct view *v, size_t row)
{
	struct candidate_view	*cv = v->priv;
	struct view_record	 r = { RECORD_CANDIDATE, 0 };

	r.id = listing_id(cv->list, row);
	return r;
}

static enum view_update
candidate_request(struct view *v, enum request req)
{
	return records_request(v, REC_CANDIDATE, req);
}

static enum wb_status
candidate_search_ids(struct view *v, const char *typed, long long **ids,
    size_t *n)
{
	enum wb_status	st;

	/* In meeting mode names are not searched, as they are not shown. */
	st = candidate_search(v->app->db, &v->app->user, typed,
	    !v->app->meeting, ids, n);
	if (st == WB_OK && *n == 0 && v->app->meeting)
		view_message(v->app, 1, _("No hits for '%s': names are not "
		    "searched in meeting mode."), typed);
	return st;
}

static void
candidate_caption(struct view *v, char *buf, size_t len)
{
	struct candidate_view	*cv = v->priv;

	snprintf(buf, len, _("Candidates (%zu), %lld in the pool"), v->nrows,
	    cv->figures.pool);
}

static void
candidate_close(struct view *v)
{
	struct candidate_view	*cv = v->priv;

	if (cv == NULL)
		return;
	listing_free(cv->list);
	free(cv);
	v->priv = NULL;
}

static const struct keybinding candidate_keys[] = {
	{ 'e',		REQ_EDIT },	/* forms: tui-records.c */
	{ 'a',		REQ_NEW },
};

const struct view_ops candidate_view_ops = {
	.title = N_("Candidates"),
	/* A million rows: read while nobody types. */
	.flags = VIEW_F_LIST | VIEW_F_IDLE,
	.keys = candidate_keys,
	.nkeys = VIEW_NKEYS(candidate_keys),
	.open = candidate_open,
	.reload = candidate_reload,
	.fetch = candidate_fetch,
	.cell = candidate_cell,
	.row_role = candidate_row_role,
	.record = candidate_record,
	.request = candidate_request,
	.search = candidate_search_ids,
	.caption = candidate_caption,
	.close = candidate_close,
	.fields = candidate_fields,
	.nfields = &candidate_nfields,
};
