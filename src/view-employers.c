/*
 * view-employers.c: screen 9, the employers and the account managers'
 * week: each employer with its account manager, place, open and all
 * vacancies, placements, mean rating and the next contact agreed; d
 * keeps only those with a contact due, per account manager.  Enter shows
 * one employer, one line each: its contact persons (never in meeting
 * mode), vacancies (Enter opens one), placements (the target group,
 * whether they lasted, the instruments), the instruments used, ratings
 * with their comments and the contacts with what was said and agreed
 * (in meeting mode without persons, comments or the words); Esc goes back to
 * the list.  c logs a contact, r takes a rating, P adds a contact person
 * (tui-employer.c); e and a edit and add employers (tui-records.c).
 * The rows come from employer.h and contact.h; nothing here runs SQL.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "werkbank/date.h"
#include "werkbank/contact.h"
#include "werkbank/employer.h"
#include "werkbank/i18n.h"
#include "werkbank/num.h"
#include "werkbank/tui-employer.h"
#include "werkbank/tui-records.h"
#include "werkbank/user.h"
#include "werkbank/text.h"
#include "werkbank/view.h"
#include "werkbank/vocab.h"
#include "werkbank/xmalloc.h"

enum { EC_KEY, EC_NAME, EC_PLACE, EC_MANAGER, EC_NEXT, EC_OPEN,
    EC_VACANCIES, EC_PLACEMENTS, EC_RATING };

static const struct view_column employer_cols[] = {
	[EC_KEY] = { N_("Employer"), 14, 10, COL_LEFT, EC_KEY, 3, 1, 0 },
	[EC_NAME] = { N_("Name"), 30, 12, COL_LEFT, EC_NAME, 0, 1, 1 },
	[EC_PLACE] = { N_("Place"), 14, 8, COL_LEFT, EC_PLACE, 5, 1, 0 },
	[EC_MANAGER] = { N_("Account manager"), 16, 8, COL_LEFT, EC_MANAGER,
	    2, 1, 0 },
	[EC_NEXT] = { N_("Next contact"), 12, 10, COL_LEFT, EC_NEXT, 4, 1,
	    0 },
	[EC_OPEN] = { N_("Open"), 5, 4, COL_RIGHT, EC_OPEN, 1, 1, 0 },
	[EC_VACANCIES] = { N_("Vacancies"), 9, 5, COL_RIGHT, EC_VACANCIES, 6,
	    1, 0 },
	[EC_PLACEMENTS] = { N_("Placements"), 10, 5, COL_RIGHT, EC_PLACEMENTS,
	    7, 1, 0 },
	[EC_RATING] = { N_("Rating"), 6, 6, COL_RIGHT, EC_RATING, 8, 1, 0 },
};

/* One employer's lines: what, date, record, status, the rest. */
enum { ED_WHAT, ED_DATE, ED_RECORD, ED_STATUS, ED_DETAIL };

static const struct view_column detail_cols[] = {
	[ED_WHAT] = { N_("What"), 11, 8, COL_LEFT, -1, 0, 1, 0 },
	[ED_DATE] = { N_("Date"), 10, 10, COL_LEFT, -1, 0, 1, 0 },
	[ED_RECORD] = { N_("Record"), 16, 10, COL_LEFT, -1, 1, 1, 0 },
	[ED_STATUS] = { N_("Status"), 14, 8, COL_LEFT, -1, 2, 1, 0 },
	[ED_DETAIL] = { N_("Detail"), 30, 10, COL_LEFT, -1, 0, 1, 1 },
};

enum line_kind { L_PERSON, L_VACANCY, L_PLACEMENT, L_INSTRUMENT, L_RATING,
	L_CONTACT, L_NOTE, L_AGREED };

struct eline {
	enum line_kind	kind;
	size_t		i;		/* into the detail's array */
	size_t		off, len;	/* a note's line: its bytes */
	int		cont;		/* ... after its first line */
};

struct employer_view {
	struct employer_row	*rows;
	size_t			 n;
	size_t			*order;		/* sorted (and due) rows */
	size_t			 norder;
	int			 due_only;	/* the contacts due */
	size_t			 ndue;		/* of all employers */
	int			 showing;	/* one employer's lines */
	long long		 shown_id;
	size_t			 list_sel;	/* back to where we were */
	struct employer_detail	 d;
	struct contact_person	*p;		/* not in meeting mode */
	size_t			 np;
	struct eline		*lines;
	size_t			 nlines, caplines;
	int			 wrapped_w;	/* the notes' width */
};

#define EV(v)	((struct employer_view *)(v)->priv)

static const struct employer_row *
row_at(struct view *v, size_t i)
{
	struct employer_view	*ev = EV(v);

	return i < ev->norder ? &ev->rows[ev->order[i]] : NULL;
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

	/* The contacts due: per account manager, the oldest first. */
	if (ev->due_only) {
		c = strcasecmp(x->manager_name, y->manager_name);
		if (c == 0)
			c = strcmp(x->next, y->next);
		goto tie;
	}
	switch (sorting->sort) {
	case EC_KEY:
		c = strcasecmp(x->key, y->key);
		break;
	case EC_PLACE:
		c = strcasecmp(x->place, y->place);
		break;
	case EC_MANAGER:
		c = strcasecmp(x->manager_name, y->manager_name);
		break;
	case EC_NEXT:
		/* Those without a next contact last. */
		c = (*x->next == '\0') - (*y->next == '\0');
		if (c == 0)
			c = strcmp(x->next, y->next);
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
tie:
	if (c == 0)
		c = strcasecmp(x->name, y->name);
	if (c == 0)
		c = (x->id > y->id) - (x->id < y->id);
	return sorting->desc && !ev->due_only ? -c : c;
}

static void
add_line(struct employer_view *ev, enum line_kind kind, size_t i)
{
	if (ev->nlines == ev->caplines) {
		ev->caplines = ev->caplines ? ev->caplines * 2 : 64;
		ev->lines = xreallocarray(ev->lines, ev->caplines,
		    sizeof(*ev->lines));
	}
	ev->lines[ev->nlines].kind = kind;
	ev->lines[ev->nlines].off = ev->lines[ev->nlines].len = 0;
	ev->lines[ev->nlines].cont = 0;
	ev->lines[ev->nlines++].i = i;
}

/*
 * A contact's note or agreement, whole: in lines as wide as the detail
 * column is now (a long note was cut at its edge), the first after its
 * label, the others under the text.
 */
static void
add_words(struct view *v, struct employer_view *ev, enum line_kind kind,
    size_t i, const char *text)
{
	const char	*p;
	int		 cont = 0;
	size_t		 n, w = v->colw[ED_DETAIL] > 0 ? (size_t)v->colw[ED_DETAIL] :
			    60, label = text_width(kind == L_NOTE ? _("note:") :
			    _("agreed:")) + 1;

	w = w > label + 10 ? w - label : 10;
	for (p = text_break(text, w, &n); n > 0; p = text_break(p + n, w, &n)) {
		add_line(ev, kind, i);
		ev->lines[ev->nlines - 1].off = (size_t)(p - text);
		ev->lines[ev->nlines - 1].len = n;
		ev->lines[ev->nlines - 1].cont = cont;
		cont = 1;
	}
}

static void	build_lines(struct view *);

/* The team knows each other by name, not by login. */
static const char *
manager_shown(const struct employer_row *r)
{
	return *r->manager_name != '\0' ? r->manager_name : r->manager;
}

static void
detail_free(struct employer_view *ev)
{
	employer_detail_free(&ev->d);
	contact_persons_free(ev->p, ev->np);
	ev->p = NULL;
	ev->np = 0;
	ev->nlines = 0;
}

/*
 * The employer's lines; audit: its persons are about to be shown (the
 * detail was opened), so their view goes in the audit log.  In meeting
 * mode no person is read, and a contact's words are left out.
 */
static enum wb_status
load_detail(struct view *v, int audit)
{
	struct employer_view	*ev = EV(v);
	struct user_ctx		 u;
	enum wb_status		 st;

	detail_free(ev);
	if ((st = user_current(v->app->db, v->app->login, &u)) != WB_OK ||
	    (st = employer_detail(v->app->db, &u, ev->shown_id, &ev->d)) !=
	    WB_OK || (!v->app->meeting && (st = contact_persons(v->app->db,
	    &u, ev->shown_id, audit, &ev->p, &ev->np)) != WB_OK)) {
		view_message(v->app, 1, "%s", db_error(v->app->db));
		ev->showing = 0;
		list_mode(v);
		return st;
	}
	build_lines(v);
	return WB_OK;
}

/* The shown employer's lines, its notes wrapped to the detail column. */
static void
build_lines(struct view *v)
{
	struct employer_view	*ev = EV(v);
	size_t			 i;

	ev->nlines = 0;
	ev->wrapped_w = v->colw[ED_DETAIL];
	for (i = 0; i < ev->np; i++)
		add_line(ev, L_PERSON, i);
	for (i = 0; i < ev->d.nvac; i++)
		add_line(ev, L_VACANCY, i);
	for (i = 0; i < ev->d.npl; i++)
		add_line(ev, L_PLACEMENT, i);
	for (i = 0; i < ev->d.nins; i++)
		add_line(ev, L_INSTRUMENT, i);
	for (i = 0; i < ev->d.nrt; i++)
		add_line(ev, L_RATING, i);
	for (i = 0; i < ev->d.nct; i++) {
		add_line(ev, L_CONTACT, i);
		if (v->app->meeting)
			continue;
		add_words(v, ev, L_NOTE, i, ev->d.ct[i].note);
		add_words(v, ev, L_AGREED, i, ev->d.ct[i].agreed);
	}
	v->nrows = ev->nlines;
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
	ev->n = ev->norder = ev->ndue = 0;
	v->nrows = 0;
	if ((st = employer_list(v->app->db, &ev->rows, &ev->n)) != WB_OK) {
		view_message(v->app, 1, "%s", db_error(v->app->db));
		return st;
	}
	ev->order = xcalloc(ev->n + 1, sizeof(*ev->order));
	for (i = 0; i < ev->n; i++) {
		ev->ndue += ev->rows[i].due;
		if (!ev->due_only || ev->rows[i].due)
			ev->order[ev->norder++] = i;
	}
	sorting = v;
	qsort(ev->order, ev->norder, sizeof(*ev->order), row_cmp);
	sorting = NULL;
	if (ev->showing)
		return load_detail(v, 0);
	v->nrows = ev->norder;
	return WB_OK;
}

static void
employer_fetch(struct view *v, size_t first, size_t n)
{
	struct employer_view	*ev = EV(v);

	(void)first;
	(void)n;
	/* The detail column changed width (a resize): wrap the notes again,
	 * staying on the same line's record. */
	if (ev->showing && ev->nlines > 0 && v->colw[ED_DETAIL] !=
	    ev->wrapped_w) {
		build_lines(v);
		if (v->sel >= v->nrows)
			v->sel = v->nrows > 0 ? v->nrows - 1 : 0;
		if (v->top > v->sel)
			v->top = v->sel;
	}
}

static const char *
lasted_word(int lasted)
{
	return lasted > 0 ? _("lasted") : lasted == 0 ? _("ended early") :
	    _("running");
}

static const char *
placement_cell(const struct employer_placement *p, int col, char *buf,
    size_t len)
{
	char	ins[256], today[11];

	switch (col) {
	case ED_WHAT:
		return _("placement");
	case ED_DATE:
		return p->start;
	case ED_RECORD:
		return p->vacancy;
	case ED_STATUS:
		/* A start to come is not someone at work yet. */
		date_format(date_today(), today);
		if (*p->end == '\0' && strcmp(p->start, today) > 0)
			return _("to start");
		if (*p->end == '\0')
			return _("working");
		snprintf(buf, len, _("left %s"), p->end);
		return buf;
	case ED_DETAIL:
		snprintf(buf, len, "%s  %s, %s, %s%s%s", *p->candidate ?
		    p->candidate : "-", *p->contract ? vocab_word(
		    VOCAB_CONTRACT, p->contract) : "-",
		    vocab_word(VOCAB_TARGET_GROUP, p->target_group),
		    lasted_word(p->lasted), *p->instruments ? ", " : "",
		    *p->instruments ? vocab_words(VOCAB_INSTRUMENT,
		    p->instruments, ", ", ins, sizeof(ins)) : "");
		return buf;
	}
	return "";
}

static const char *
contact_cell(struct view *v, const struct contact_entry *c, int col,
    char *buf, size_t len)
{
	char	tags[256];
	size_t	o = 0;

	switch (col) {
	case ED_WHAT:
		return _("contact");
	case ED_DATE:
		return c->on;
	case ED_RECORD:
		return vocab_word(VOCAB_CONTACT_TYPE, c->type);
	case ED_STATUS:
		return *c->by ? c->by : "-";
	case ED_DETAIL:
		/* What is due first, then with whom, then the signals. */
		buf[0] = '\0';
		if (c->next[0])
			o += (size_t)snprintf(buf + o, len - o, c->due ?
			    _("due %s  ") : _("next %s  "), c->next);
		if (*c->with && !v->app->meeting && o < len)
			o += (size_t)snprintf(buf + o, len - o, _("with %s  "),
			    c->with);
		if (*c->tags && o < len)
			snprintf(buf + o, len - o, "[%s]", vocab_words(
			    VOCAB_CONTACT_TAG, c->tags, ", ", tags,
			    sizeof(tags)));
		return buf;
	}
	return "";
}

static const char *
detail_cell(struct view *v, size_t row, int col, char *buf, size_t len)
{
	struct employer_view		*ev = EV(v);
	const struct employer_detail	*d = &ev->d;
	const struct eline		*l;
	const char			*label, *text;
	char				 num[32];

	if (row >= ev->nlines)
		return "";
	l = &ev->lines[row];
	switch (l->kind) {
	case L_PERSON: {
		const struct contact_person *p = &ev->p[l->i];

		switch (col) {
		case ED_WHAT:
			return _("person");
		case ED_RECORD:
			return p->name;
		case ED_STATUS:
			snprintf(buf, len, "%s%s%s", p->primary ? "* " : "",
			    p->function, p->primary && !*p->function ?
			    _("primary") : "");
			return buf;
		case ED_DETAIL:
			snprintf(buf, len, "%s%s%s", p->phone, *p->phone &&
			    *p->email ? "  " : "", p->email);
			return buf;
		}
		return "";
	}
	case L_VACANCY: {
		const struct employer_vacancy *x = &d->vac[l->i];

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
	case L_PLACEMENT:
		return placement_cell(&d->pl[l->i], col, buf, len);
	case L_INSTRUMENT: {
		const struct employer_instrument *in = &d->ins[l->i];

		switch (col) {
		case ED_WHAT:
			return _("instrument");
		case ED_RECORD:
			return vocab_word(VOCAB_INSTRUMENT, in->code);
		case ED_STATUS:
			snprintf(buf, len, ngettext("%d placement",
			    "%d placements", (unsigned long)in->placements),
			    in->placements);
			return buf;
		case ED_DETAIL:
			if (in->mean_pct < 0)
				return "";
			snprintf(buf, len, _("mean %s%%"), num_format(
			    in->mean_pct, 0, num, sizeof(num)));
			return buf;
		}
		return "";
	}
	case L_RATING: {
		const struct employer_rating *r = &d->rt[l->i];

		switch (col) {
		case ED_WHAT:
			return _("rating");
		case ED_DATE:
			return r->on;
		case ED_RECORD:
			snprintf(buf, len, "%d", r->score);
			return buf;
		case ED_STATUS:
			if (r->nps < 0)
				return "";
			snprintf(buf, len, _("NPS %d"), r->nps);
			return buf;
		case ED_DETAIL:
			/* A comment may name people: not in meeting mode. */
			if (v->app->meeting)
				return r->by;
			snprintf(buf, len, "%s%s%s", r->comment, *r->comment &&
			    r->by[0] ? "  " : "", r->by[0] ? r->by : "");
			return buf;
		}
		return "";
	}
	case L_CONTACT:
		return contact_cell(v, &d->ct[l->i], col, buf, len);
	case L_NOTE:
	case L_AGREED:
		if (col != ED_DETAIL)
			return "";
		label = l->kind == L_NOTE ? _("note:") : _("agreed:");
		text = l->kind == L_NOTE ? d->ct[l->i].note :
		    d->ct[l->i].agreed;
		snprintf(buf, len, "%*s%s %.*s", l->cont ?
		    (int)text_width(label) : 0, "", l->cont ? "" : label,
		    (int)l->len, text + l->off);
		return buf;
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
		return *r->manager ? manager_shown(r) : "-";
	case EC_NEXT:
		return r->next;
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

static enum role
employer_row_role(struct view *v, size_t row)
{
	struct employer_view	*ev = EV(v);

	/* A contact's words are notes. */
	if (ev->showing && row < ev->nlines &&
	    (ev->lines[row].kind == L_NOTE || ev->lines[row].kind == L_AGREED))
		return ROLE_DIM;
	return ROLE_DEFAULT;
}

static struct view_record
employer_record(struct view *v, size_t row)
{
	struct employer_view		*ev = EV(v);
	const struct employer_row	*r;
	struct view_record		 rec = { RECORD_NONE, 0 };

	/* A vacancy line opens the vacancy; an employer's id keeps the
	 * selection over reloads. */
	if (ev->showing) {
		if (row < ev->nlines && ev->lines[row].kind == L_VACANCY) {
			rec.kind = RECORD_VACANCY;
			rec.id = ev->d.vac[ev->lines[row].i].id;
		}
	} else if ((r = row_at(v, row)) != NULL)
		rec.id = r->id;
	return rec;
}

static enum view_update
show_employer(struct view *v)
{
	struct employer_view		*ev = EV(v);
	const struct employer_row	*r;

	if ((r = row_at(v, v->sel)) == NULL)
		return UPDATE_VIEW;
	ev->shown_id = r->id;
	ev->list_sel = v->sel;
	ev->showing = 1;
	v->cols = detail_cols;
	v->ncols = (int)(sizeof(detail_cols) / sizeof(detail_cols[0]));
	/* The detail's columns now: the notes are wrapped to theirs. */
	view_place(v, v->y, v->x, v->height, v->width);
	if (load_detail(v, 1) != WB_OK) {
		v->nrows = ev->norder;
		return UPDATE_LAYOUT;
	}
	v->sel = v->top = 0;
	v->sel_id = 0;
	return UPDATE_LAYOUT | UPDATE_VIEW;
}

/* The employer the keys act on: the one shown, else the selection. */
static long long
current(struct view *v, const char **name)
{
	struct employer_view		*ev = EV(v);
	const struct employer_row	*r;

	if (ev->showing) {
		*name = ev->d.e.name;
		return ev->shown_id;
	}
	if ((r = row_at(v, v->sel)) == NULL) {
		view_message(v->app, 0, "%s", _("No employer selected."));
		return 0;
	}
	*name = r->name;
	return r->id;
}

static enum view_update
employer_request(struct view *v, enum request req)
{
	struct employer_view	*ev = EV(v);
	const char		*name = NULL;
	long long		 id;
	int			 changed = 0;

	switch (req) {
	case REQ_ENTER:
	case REQ_VIEW_DETAIL:
		if (!ev->showing)
			return show_employer(v);
		/* A vacancy line: the detail screen opens it (tui.c). */
		if (employer_record(v, v->sel).kind == RECORD_VACANCY)
			return UPDATE_NONE;
		return UPDATE_VIEW;
	case REQ_BACK:
		if (!ev->showing)
			return UPDATE_NONE;
		ev->showing = 0;
		detail_free(ev);
		list_mode(v);
		v->nrows = ev->norder;
		v->sel = ev->list_sel;
		v->top = 0;
		view_select(v, v->sel);
		return UPDATE_LAYOUT | UPDATE_VIEW;
	case REQ_SORT_NEXT:
	case REQ_SORT_REVERSE:
		/* One employer's lines and the contacts due keep their
		 * order. */
		return ev->showing || ev->due_only ? UPDATE_VIEW : UPDATE_NONE;
	case REQ_CONTACTS_DUE:
		if (ev->showing)
			return UPDATE_VIEW;
		ev->due_only = !ev->due_only;
		v->sel = v->top = 0;
		v->sel_id = 0;
		return UPDATE_RELOAD | UPDATE_VIEW;
	case REQ_CONTACT_ADD:
	case REQ_RATING_ADD:
	case REQ_PERSON_ADD:
		if ((id = current(v, &name)) == 0)
			return UPDATE_VIEW;
		if (req == REQ_CONTACT_ADD)
			changed = employer_contact_form(v->app, id, name);
		else if (req == REQ_RATING_ADD)
			changed = employer_rating_form(v->app, id, name);
		else
			changed = employer_person_form(v->app, id, name);
		return changed ? UPDATE_DATA : UPDATE_VIEW;
	default:
		return records_request(v, REC_EMPLOYER, req);
	}
}

static void
employer_caption(struct view *v, char *buf, size_t len)
{
	struct employer_view	*ev = EV(v);

	/* Its key when it has a partner's reference; a key of its name
	 * and postcode would say the name twice: its place then. */
	if (ev->showing)
		snprintf(buf, len, _("%s (%s), account manager %s: %zu "
		    "contacts, %zu vacancies"), ev->d.e.name,
		    strchr(ev->d.e.key, '@') != NULL ? ev->d.e.place :
		    ev->d.e.key, *ev->d.e.manager ? manager_shown(&ev->d.e) :
		    "-",
		    ev->d.nct, ev->d.nvac);
	else if (ev->due_only)
		snprintf(buf, len, _("Contacts due (%zu), per account manager: "
		    "d shows all employers"), v->nrows);
	else
		snprintf(buf, len, _("Employers (%zu), %zu with a contact due: "
		    "d shows them"), v->nrows, ev->ndue);
}

static void
employer_close(struct view *v)
{
	struct employer_view	*ev = EV(v);

	if (ev == NULL)
		return;
	employer_rows_free(ev->rows, ev->n);
	free(ev->order);
	detail_free(ev);
	free(ev->lines);
	free(ev);
	v->priv = NULL;
}

/* / searches the list: name, sector, place or account manager. */
static enum wb_status
employer_search_ids(struct view *v, const char *typed, long long **ids,
    size_t *n)
{
	return employer_search(v->app->db, typed, ids, n);
}

static const struct keybinding employer_keys[] = {
	{ 'e',		REQ_EDIT },	/* forms: tui-records.c */
	{ 'a',		REQ_NEW },
	{ 'c',		REQ_CONTACT_ADD },	/* forms: tui-employer.c */
	{ 'r',		REQ_RATING_ADD },
	{ 'P',		REQ_PERSON_ADD },
	{ 'd',		REQ_CONTACTS_DUE },
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
	.row_role = employer_row_role,
	.record = employer_record,
	.request = employer_request,
	.search = employer_search_ids,
	.caption = employer_caption,
	.close = employer_close,
};
