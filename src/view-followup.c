/*
 * view-followup.c: screen 7, the placements due for their durable check
 * (6 and 12 months, followup.h), sorted by due date, overdue first: the
 * employer, the vacancy, the person (initials in meeting mode), the
 * start, the check and its due date, when in words ("9 days late",
 * "today", "in 6 days").  One key answers
 * "still working" (w), another "left on DATE" (l, the date asked on the
 * bottom line), asking first with what will be recorded; each answer is
 * one write with its audit row, made with
 * the version the row was read at, so an answer someone else gave in
 * between is refused with their change named.  The answered row leaves
 * the list.  Enter opens the person's detail (audited there).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/candidate.h"
#include "werkbank/contact.h"
#include "werkbank/date.h"
#include "werkbank/followup.h"
#include "werkbank/form.h"
#include "werkbank/i18n.h"
#include "werkbank/prompt.h"
#include "werkbank/user.h"
#include "werkbank/validate.h"
#include "werkbank/view.h"
#include "werkbank/xmalloc.h"

#define NAMES_AT_ONCE	256

struct followup_view {
	struct followup_item	*items;
	char			**names;	/* per item, as the mode shows */
	size_t			 n;
};

enum { FC_EMPLOYER, FC_VACANCY, FC_KEY, FC_PERSON, FC_START, FC_CHECK,
    FC_DUE, FC_OVERDUE, FC_COUNT };

static const struct view_column followup_cols[FC_COUNT] = {
	[FC_EMPLOYER] = { N_("Employer"), 18, 10, COL_LEFT, -1, 0, 1, 1 },
	[FC_VACANCY] = { N_("Vacancy"), 13, 10, COL_LEFT, -1, 4, 1, 0 },
	[FC_KEY] = { N_("Candidate"), 12, 10, COL_LEFT, -1, 1, 1, 0 },
	[FC_PERSON] = { N_("Person"), 18, 6, COL_LEFT, -1, 2, 1, 0 },
	[FC_START] = { N_("Start"), 10, 10, COL_LEFT, -1, 5, 1, 0 },
	[FC_CHECK] = { N_("Check"), 8, 6, COL_RIGHT, -1, 6, 1, 0 },
	[FC_DUE] = { N_("Due"), 10, 10, COL_LEFT, -1, 1, 1, 0 },
	[FC_OVERDUE] = { N_("When"), 17, 13, COL_LEFT, -1, 1, 1, 0 },
};

static void
clear_items(struct followup_view *fv)
{
	size_t	i;

	if (fv->names != NULL)
		for (i = 0; i < fv->n; i++)
			free(fv->names[i]);
	free(fv->names);
	free(fv->items);
	fv->names = NULL;
	fv->items = NULL;
	fv->n = 0;
}

static enum wb_status
followup_open(struct view *v)
{
	v->priv = xcalloc(1, sizeof(struct followup_view));
	v->cols = followup_cols;
	v->ncols = FC_COUNT;
	v->sort = -1;
	return WB_OK;
}

/* The names of the people on the list, as meeting mode may show them. */
static void
load_names(struct view *v)
{
	struct followup_view	*fv = v->priv;
	long long		 ids[NAMES_AT_ONCE];
	size_t			 at[NAMES_AT_ONCE], i, j, k;
	char			*f[NAMES_AT_ONCE], *l[NAMES_AT_ONCE];

	fv->names = xcalloc(fv->n > 0 ? fv->n : 1, sizeof(char *));
	for (i = 0; i < fv->n; ) {
		for (k = 0; i < fv->n && k < NAMES_AT_ONCE; i++) {
			if (fv->items[i].candidate_id == 0)
				continue;
			ids[k] = fv->items[i].candidate_id;
			at[k++] = i;
		}
		if (k == 0)
			continue;
		candidate_names(v->app->db, &v->app->user, ids, k, f, l);
		for (j = 0; j < k; j++) {
			fv->names[at[j]] = f[j][0] != '\0' || l[j][0] != '\0' ?
			    view_person(v->app, f[j], l[j], NULL) : NULL;
			free(f[j]);
			free(l[j]);
		}
	}
}

static enum wb_status
followup_reload(struct view *v)
{
	struct followup_view	*fv = v->priv;
	struct user_ctx		 u;
	enum wb_status		 st;

	clear_items(fv);
	v->nrows = 0;
	if ((st = user_current(v->app->db, v->app->login, &u)) != WB_OK ||
	    (st = followup_due(v->app->db, &u, -1, &fv->items, &fv->n)) !=
	    WB_OK) {
		view_message(v->app, 1, "%s", db_error(v->app->db));
		return st;
	}
	load_names(v);
	v->nrows = fv->n;
	return WB_OK;
}

static const char *
followup_cell(struct view *v, size_t row, int col, char *buf, size_t len)
{
	struct followup_view		*fv = v->priv;
	const struct followup_item	*it;

	if (row >= fv->n)
		return "";
	it = &fv->items[row];
	switch (col) {
	case FC_EMPLOYER:
		return it->employer;
	case FC_VACANCY:
		return it->vacancy;
	case FC_KEY:
		return it->candidate;
	case FC_PERSON:
		return fv->names[row] != NULL ? fv->names[row] : "";
	case FC_START:
		return it->start;
	case FC_CHECK:
		/* TRANSLATORS: the check due, in months: "6 mo". */
		snprintf(buf, len, _("%d mo"), it->months);
		return buf;
	case FC_DUE:
		return it->due;
	case FC_OVERDUE:
		/* As the contacts due say it: "9 days late", "in 6 days". */
		return contact_when(it->days, buf, len);
	}
	return "";
}

static enum role
followup_row_role(struct view *v, size_t row)
{
	struct followup_view	*fv = v->priv;

	/* Not due yet: calmer. */
	return row < fv->n && fv->items[row].days > 0 ? ROLE_DIM :
	    ROLE_DEFAULT;
}

static struct view_record
followup_row_record(struct view *v, size_t row)
{
	struct followup_view	*fv = v->priv;
	struct view_record	 r = { RECORD_NONE, 0 };

	if (row >= fv->n || fv->items[row].candidate_id == 0)
		return r;
	r.kind = RECORD_CANDIDATE;
	r.id = fv->items[row].candidate_id;
	return r;
}

/* Ask the day the person left; NULL (with the message) to stop. */
static char *
ask_left_on(struct view *v, const struct followup_item *it)
{
	char	 label[160], today[11], out[11], err[VERR], *typed;

	snprintf(label, sizeof(label), _("Placement %lld: left on (YYYY-MM-DD): "),
	    it->placement_id);
	date_format(date_today(), today);
	typed = prompt_read(label, today, v->app->redraw, v->app->redraw_arg,
	    v->app->stop);
	if (typed == NULL) {
		view_message(v->app, 0, "%s", _("No answer recorded."));
		return NULL;
	}
	if (validate_date(typed, out, err) != WB_OK) {
		view_message(v->app, 1, _("Left on: %s; nothing recorded."),
		    err);
		free(typed);
		return NULL;
	}
	free(typed);
	return xstrdup(out);
}

/* What will be recorded, and y/n: 1 to go ahead. */
static int
confirm(struct view *v, const struct followup_item *it,
    enum followup_kind kind, const char *date)
{
	char		 title[128], l1[256], l2[256];
	const char	*lines[2];

	snprintf(title, sizeof(title), _("Follow-up of placement %lld"),
	    it->placement_id);
	snprintf(l1, sizeof(l1), _("%s at %s (%s), started %s"),
	    it->candidate, it->vacancy, it->employer, it->start);
	if (kind == FOLLOWUP_STILL)
		snprintf(l2, sizeof(l2), _("Record: still working there at %d "
		    "months?"), it->months);
	else
		snprintf(l2, sizeof(l2), _("Record: left on %s?"), date);
	lines[0] = l1;
	lines[1] = l2;
	return dialog_run(title, lines, 2, "yn", _("y: yes, record it   n: "
	    "no"), 0, v->app->redraw, v->app->redraw_arg, v->app->stop) == 'y';
}

static enum view_update
answer(struct view *v, enum followup_kind kind)
{
	struct followup_view	*fv = v->priv;
	struct followup_item	 it;
	struct followup_answer	 a;
	struct followup_result	 res;
	struct user_ctx		 u;
	char			*date = NULL;

	if (v->sel >= fv->n) {
		view_message(v->app, 0, "%s", _("No placement is due for its "
		    "follow-up."));
		return UPDATE_VIEW;
	}
	it = fv->items[v->sel];
	if (!view_may(v->app, PERM_FOLLOWUP, &u))
		return UPDATE_VIEW;
	if (kind == FOLLOWUP_LEFT && (date = ask_left_on(v, &it)) == NULL)
		return UPDATE_VIEW;
	/* Asked first: an answer cannot be taken back here. */
	if (!confirm(v, &it, kind, date)) {
		view_message(v->app, 0, "%s", _("No answer recorded."));
		free(date);
		return UPDATE_VIEW;
	}
	memset(&a, 0, sizeof(a));
	a.placement_id = it.placement_id;
	a.version = it.version;
	a.kind = kind;
	a.date = date;
	if (followup_record(v->app->db, &u, &a, &res) != WB_OK)
		view_message(v->app, 1, "%s", db_error(v->app->db));
	else if (kind == FOLLOWUP_STILL)
		view_message(v->app, 0, _("Placement %lld: still working (%s "
		    "checked)."), it.placement_id, res.checked == 6 ?
		    _("6 months") : res.checked == 12 ? _("12 months") :
		    _("6 and 12 months"));
	else
		view_message(v->app, 0, _("Placement %lld: left on %s%s."),
		    it.placement_id, date, res.released ? _("; the candidate "
		    "is available again") : "");
	free(date);
	/* Answered or not, the list as it is now. */
	return UPDATE_DATA;
}

static enum view_update
followup_request(struct view *v, enum request req)
{
	switch (req) {
	case REQ_STILL_WORKING:
		return answer(v, FOLLOWUP_STILL);
	case REQ_LEFT_ON:
		return answer(v, FOLLOWUP_LEFT);
	default:
		return UPDATE_NONE;
	}
}

static void
followup_caption(struct view *v, char *buf, size_t len)
{
	struct followup_view	*fv = v->priv;
	size_t			 i, late = 0;

	for (i = 0; i < fv->n; i++)
		if (fv->items[i].days < 0)
			late++;
	snprintf(buf, len, _("Follow-up: %zu placements due for their check, "
	    "%zu overdue (w: still working, l: left on DATE, Esc: back)"),
	    fv->n, late);
}

static void
followup_close(struct view *v)
{
	struct followup_view	*fv = v->priv;

	if (fv == NULL)
		return;
	clear_items(fv);
	free(fv);
	v->priv = NULL;
}

static const struct keybinding followup_keys[] = {
	{ 'w',		REQ_STILL_WORKING },
	{ 'l',		REQ_LEFT_ON },
	{ 'q',		REQ_BACK },
};

const struct view_ops followup_view_ops = {
	.title = N_("Follow-up"),
	.keys = followup_keys,
	.nkeys = VIEW_NKEYS(followup_keys),
	.open = followup_open,
	.reload = followup_reload,
	.cell = followup_cell,
	.row_role = followup_row_role,
	.record = followup_row_record,
	.request = followup_request,
	.caption = followup_caption,
	.close = followup_close,
};
