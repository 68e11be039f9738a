/*
 * view.c: what every list screen shares: placing a view and fitting its
 * columns to the width (dropping the least important first), drawing
 * the caption, the headings and the visible rows from the view's row
 * cache, moving the selection, sorting on a column, filters and search
 * hits.  A view keeps its selection by record id across reloads.
 */
#include "werkbank/view.h"

#include <curses.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "werkbank/candidate.h"
#include "werkbank/draw.h"
#include "werkbank/i18n.h"
#include "werkbank/prompt.h"
#include "werkbank/text.h"
#include "werkbank/xmalloc.h"

static void	fit_columns(struct view *);
static void	draw_row(struct view *, size_t, int);

enum wb_status
view_init(struct view *v, const struct view_ops *ops, struct view_app *app)
{
	memset(v, 0, sizeof(*v));
	v->ops = ops;
	v->app = app;
	return ops->open != NULL ? ops->open(v) : WB_OK;
}

void
view_close(struct view *v)
{
	if (v->ops == NULL)
		return;
	if (v->ops->close != NULL)
		v->ops->close(v);
	listing_filter_clear(&v->filter);
	free(v->search);
	free(v->hits);
	memset(v, 0, sizeof(*v));
}

void
view_message(struct view_app *app, int error, const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	vsnprintf(app->message, sizeof(app->message), fmt, ap);
	va_end(ap);
	app->message_error = error;
}

char *
view_ask(struct view_app *app, const char *label, const char *initial)
{
	return prompt_read(label, initial, app->redraw, app->redraw_arg,
	    app->stop);
}

int
view_may(struct view_app *app, unsigned perms, struct user_ctx *u)
{
	if (user_current(app->db, app->login, u) != WB_OK ||
	    user_require(app->db, u, perms) != WB_OK) {
		view_message(app, 1, "%s", db_error(app->db));
		return 0;
	}
	return 1;
}

int
view_step(const struct view *v)
{
	return v->app->meeting && !v->no_header ? 2 : 1;
}

int
view_rows(const struct view *v)
{
	int	n = v->height - (v->no_header ? 1 : 2);

	/* The last row needs no blank line after it. */
	n = (n + view_step(v) - 1) / view_step(v);
	return n > 0 ? n : 0;
}

static void
scroll_to_sel(struct view *v)
{
	size_t	rows = (size_t)(view_rows(v) > 0 ? view_rows(v) : 1);

	if (v->nrows == 0) {
		v->sel = v->top = 0;
		return;
	}
	if (v->sel >= v->nrows)
		v->sel = v->nrows - 1;
	if (v->sel < v->top)
		v->top = v->sel;
	else if (v->sel >= v->top + rows)
		v->top = v->sel - rows + 1;
	if (v->top + rows > v->nrows)
		v->top = v->nrows > rows ? v->nrows - rows : 0;
}

void
view_select(struct view *v, size_t i)
{
	struct view_record	r;

	v->sel = i;
	scroll_to_sel(v);
	r = view_selected(v);
	v->sel_id = r.id;
}

struct view_record
view_selected(struct view *v)
{
	struct view_record	none = { RECORD_NONE, 0 };

	if (v->nrows == 0 || v->ops->record == NULL)
		return none;
	return v->ops->record(v, v->sel);
}

enum wb_status
view_reload(struct view *v)
{
	enum wb_status	st;
	long long	keep = v->sel_id;
	size_t		i;

	v->stale = 0;
	v->loaded = 1;
	if (v->ops->reload == NULL)
		return WB_OK;
	st = v->ops->reload(v);
	if (keep != 0 && v->ops->record != NULL) {
		for (i = 0; i < v->nrows; i++) {
			if (v->ops->record(v, i).id == keep) {
				v->sel = i;
				break;
			}
		}
	}
	view_select(v, v->sel);
	return st;
}

void
view_place(struct view *v, int y, int x, int height, int width)
{
	v->y = y;
	v->x = x;
	v->height = height;
	v->width = width;
	fit_columns(v);
	scroll_to_sel(v);
}

static int
column_shown(const struct view *v, int c)
{
	return !v->app->meeting || v->cols[c].meeting;
}

/*
 * Fit the columns: drop the most droppable (never a flexible one) until
 * the wanted widths fit; if even that is too wide, shrink towards the
 * narrowest widths, flexible columns first.  Room left over goes to the
 * flexible columns.  A column shown is thus rarely cut.
 */
/* A column's wanted width: room for its heading too, which is often
 * longer in Dutch ("Plaatsingen"). */
static int
wanted(const struct view *v, int c)
{
	const char	*t = v->cols[c].title;
	int		 w;

	/* (gettext("") is the catalogue's header, not a heading.) */
	if (t == NULL || *t == '\0' || v->cols[c].flex)
		return v->cols[c].width;
	if (v->ops->heading != NULL && v->ops->heading(v, c) != NULL)
		w = (int)text_width(i18n_ctx(v->ops->heading(v, c)));
	else
		w = (int)text_width(_(t));
	return w > v->cols[c].width ? w : v->cols[c].width;
}

static void
fit_columns(struct view *v)
{
	int	gap = v->app->meeting ? 2 : 1, need, c, worst, extra, nflex, n;
	int	shown[VIEW_MAX_COLS], room = v->width - 1, pass;

	for (c = 0; c < v->ncols; c++)
		shown[c] = column_shown(v, c);
	for (;;) {
		need = 0;
		n = 0;
		worst = -1;
		for (c = 0; c < v->ncols; c++) {
			if (!shown[c])
				continue;
			need += wanted(v, c) + (n > 0 ? gap : 0);
			n++;
			if (!v->cols[c].flex && (worst < 0 ||
			    v->cols[c].drop > v->cols[worst].drop))
				worst = c;
		}
		if (need <= room || worst < 0 || v->cols[worst].drop == 0)
			break;
		shown[worst] = 0;
	}
	for (c = 0; c < v->ncols; c++)
		v->colw[c] = shown[c] ? wanted(v, c) : 0;
	/* Too wide still: shrink, flexible columns first, then the rest. */
	for (pass = 0; pass < 2 && need > room; pass++) {
		for (c = 0; c < v->ncols && need > room; c++) {
			int	cut;

			if (!shown[c] || (pass == 0) != (v->cols[c].flex != 0))
				continue;
			cut = v->colw[c] - v->cols[c].min;
			if (cut > need - room)
				cut = need - room;
			if (cut > 0) {
				v->colw[c] -= cut;
				need -= cut;
			}
		}
	}
	/* Still too wide: hide from the right. */
	for (c = v->ncols - 1; c > 0 && need > room; c--) {
		if (v->colw[c] > 0) {
			need -= v->colw[c] + gap;
			v->colw[c] = 0;
		}
	}
	extra = room - need;
	for (nflex = 0, c = 0; c < v->ncols; c++)
		if (v->colw[c] > 0 && v->cols[c].flex)
			nflex++;
	for (c = 0; c < v->ncols && extra > 0 && nflex > 0; c++) {
		if (v->colw[c] > 0 && v->cols[c].flex) {
			int	add = extra / nflex;

			v->colw[c] += add;
			extra -= add;
			nflex--;
		}
	}
}

static void
draw_cells(struct view *v, size_t row, int y, int attr)
{
	int		 gap = v->app->meeting ? 2 : 1, c, x = v->x + 1;
	char		 buf[256];
	const char	*text;
	enum role	 bar;
	double		 val;

	for (c = 0; c < v->ncols; c++) {
		if (v->colw[c] == 0)
			continue;
		text = v->ops->cell(v, row, c, buf, sizeof(buf));
		if (v->cols[c].align == COL_BAR) {
			if (text == NULL || *text == '\0') {
				draw_fill(y, x, v->colw[c], attr);
			} else {
				val = strtod(text, NULL);
				bar = val >= 0.75 ? ROLE_BAR_HIGH : val >= 0.5 ?
				    ROLE_BAR_MID : ROLE_BAR_LOW;
				draw_bar(y, x, v->colw[c], val, attr,
				    attr == color_attr(ROLE_SELECTED) ? attr :
				    color_attr(bar));
			}
		} else
			draw_text(y, x, v->colw[c], text, v->cols[c].align ==
			    COL_RIGHT ? DRAW_RIGHT : DRAW_LEFT, attr);
		x += v->colw[c];
		if (x < v->x + v->width)
			draw_fill(y, x, gap, attr);
		x += gap;
	}
	if (x < v->x + v->width)
		draw_fill(y, x, v->x + v->width - x, attr);
}

static void
draw_row(struct view *v, size_t row, int y)
{
	int		attr;
	enum role	role = ROLE_DEFAULT;

	if (row == v->sel)
		attr = color_attr(v->focused ? ROLE_SELECTED :
		    ROLE_SELECTED_DIM);
	else {
		if (v->ops->row_role != NULL)
			role = v->ops->row_role(v, row);
		attr = color_attr(role);
	}
	draw_fill(y, v->x, 1, attr);
	draw_cells(v, row, y, attr);
}

/* A column's title, translated; gettext("") would be the catalogue
 * header.  The view's own heading first (meeting mode's whole words). */
static const char *
col_title(struct view *v, int col)
{
	const struct view_column	*c = &v->cols[col];

	if (v->ops->heading != NULL && v->ops->heading(v, col) != NULL)
		return i18n_ctx(v->ops->heading(v, col));
	return c->title[0] != '\0' ? _(c->title) : "";
}

/*
 * A caption that filled its buffer was cut at a byte: end it before the
 * last whole character and its combining marks (they may be what was
 * cut), with an ellipsis, so it never ends in half a character.
 */
static void
caption_fit(char *buf, size_t len)
{
	const char	*mark = draw_unicode() ? "\xe2\x80\xa6" : "~";
	size_t		 n = strlen(buf), at;
	uint32_t	 cp;

	if (n + 1 < len || len < 8)
		return;
	n = len - 1 - strlen(mark);
	while (n > 0 && ((unsigned char)buf[n] & 0xc0) == 0x80)
		n--;
	/* Back over the marks and the letter they belong to. */
	while (n > 0) {
		at = n - 1;
		while (at > 0 && ((unsigned char)buf[at] & 0xc0) == 0x80)
			at--;
		if (text_decode(buf + at, n - at, &cp) == 0)
			cp = 0xfffd;
		n = at;
		if (wcwidth((wchar_t)cp) != 0)
			break;
	}
	memcpy(buf + n, mark, strlen(mark) + 1);
}

void
view_draw(struct view *v)
{
	char	buf[512], title[128];
	int	rows = view_rows(v), i, c, x, y, attr, w;

	if (v->height <= 0 || v->width <= 0)
		return;
	if (v->ops->fetch != NULL && v->nrows > 0)
		v->ops->fetch(v, v->top, (size_t)rows);
	buf[0] = '\0';
	if (v->ops->caption != NULL) {
		v->ops->caption(v, buf, sizeof(buf));
		caption_fit(buf, sizeof(buf));
	}
	draw_text(v->y, v->x, v->width, buf, DRAW_LEFT,
	    color_attr(v->focused ? ROLE_SECTION : ROLE_LABEL));
	y = v->y + 1;
	if (!v->no_header) {
		attr = color_attr(ROLE_HEADER);
		draw_fill(y, v->x, v->width, attr);
		x = v->x + 1;
		for (c = 0; c < v->ncols; c++) {
			if (v->colw[c] == 0)
				continue;
			if (c == v->sort && v->cols[c].sort >= 0)
				snprintf(title, sizeof(title), "%s%s",
				    col_title(v, c), draw_arrow(v->desc));
			else
				snprintf(title, sizeof(title), "%s",
				    col_title(v, c));
			w = v->colw[c];
			draw_text(y, x, w, title, v->cols[c].align == COL_RIGHT ?
			    DRAW_RIGHT : DRAW_LEFT, attr);
			x += w + (v->app->meeting ? 2 : 1);
		}
		y++;
	}
	for (i = 0; y < v->y + v->height; i++, y++) {
		/* The projector's blank line after a row. */
		if (i % view_step(v) == 0 && v->top + (size_t)(i /
		    view_step(v)) < v->nrows)
			draw_row(v, v->top + (size_t)(i / view_step(v)), y);
		else
			draw_fill(y, v->x, v->width, color_attr(ROLE_DEFAULT));
	}
}

long
view_row_at(const struct view *v, int y)
{
	int	first = v->y + (v->no_header ? 1 : 2);
	size_t	row;

	if (y < first || y >= v->y + v->height)
		return -1;
	row = v->top + (size_t)((y - first) / view_step(v));
	return row < v->nrows ? (long)row : -1;
}

enum role
view_hit_role(struct view *v, long long id)
{
	return listing_id_in(v->hits, v->nhits, id) ? ROLE_HIT : ROLE_DEFAULT;
}

enum view_update
view_search_next(struct view *v, int dir)
{
	size_t	i, n;

	if (v->nhits == 0 || v->nrows == 0 || v->ops->record == NULL) {
		view_message(v->app, 1, "%s", v->search != NULL ?
		    _("No hits.") : _("No search yet: press / first."));
		return UPDATE_VIEW;
	}
	i = v->sel;
	for (n = 0; n < v->nrows; n++) {
		i = dir > 0 ? (i + 1) % v->nrows : (i + v->nrows - 1) % v->nrows;
		if (listing_id_in(v->hits, v->nhits, v->ops->record(v, i).id)) {
			view_select(v, i);
			return UPDATE_VIEW | UPDATE_FOLLOW;
		}
	}
	view_message(v->app, 1, _("No hits for '%s' in this list."), v->search);
	return UPDATE_VIEW;
}

enum view_update
view_search(struct view *v, const char *typed)
{
	long long	*ids = NULL;
	size_t		 n = 0, i, old = v->sel;
	enum view_update u;

	free(v->search);
	free(v->hits);
	v->search = NULL;
	v->hits = NULL;
	v->nhits = v->nlisted = 0;
	if (typed == NULL || *typed == '\0' || v->ops->search == NULL)
		return UPDATE_VIEW;
	v->app->message[0] = '\0';
	if (v->ops->search(v, typed, &ids, &n) != WB_OK) {
		free(ids);
		view_message(v->app, 1, "%s", db_error(v->app->db));
		return UPDATE_VIEW;
	}
	v->search = xstrdup(typed);
	v->hits = ids;
	v->nhits = n;
	v->nlisted = 0;
	for (i = 0; i < v->nrows && v->ops->record != NULL; i++)
		if (listing_id_in(ids, n, v->ops->record(v, i).id))
			v->nlisted++;
	/* Nothing found, and the view said why. */
	if (n == 0 && v->app->message[0] != '\0')
		return UPDATE_VIEW;
	/* From just above the selection, so the selected row counts. */
	if (v->nrows > 0)
		v->sel = (v->sel + v->nrows - 1) % v->nrows;
	u = view_search_next(v, 1);
	if (!(u & UPDATE_FOLLOW))
		v->sel = old;
	return u;
}

int
view_filter(struct view *v, const char *s)
{
	char	err[256];

	if (v->ops->fields == NULL) {
		view_message(v->app, 1, "%s", _("This view has no filter."));
		return -1;
	}
	if (listing_filter_parse(s, v->ops->fields, *v->ops->nfields,
	    v->app->meeting, &v->filter, err, sizeof(err)) != WB_OK) {
		view_message(v->app, 1, "%s", err);
		return -1;
	}
	return 0;
}

static int
next_sort(struct view *v)
{
	int	c, i;

	for (i = 1; i <= v->ncols; i++) {
		c = (v->sort + i) % v->ncols;
		if (v->colw[c] > 0 && v->cols[c].sort >= 0)
			return c;
	}
	return v->sort;
}

/* / : the search, its text offered again (typing replaces it). */
static enum view_update
ask_search(struct view *v)
{
	enum view_update u;
	char		*typed;

	if (v->ops->search == NULL) {
		view_message(v->app, 1, "%s", _("This pane cannot be "
		    "searched."));
		return UPDATE_VIEW;
	}
	if ((typed = view_ask(v->app, _("Search: "), v->search)) == NULL)
		return UPDATE_VIEW;
	u = view_search(v, typed);
	free(typed);
	return u;
}

/* f : the filter, as it is now offered for editing. */
static enum view_update
ask_filter(struct view *v)
{
	enum view_update u = UPDATE_VIEW;
	char		*typed, *cur;

	if (v->ops->fields == NULL) {
		view_message(v->app, 1, "%s", _("This pane has no filter."));
		return UPDATE_VIEW;
	}
	cur = listing_filter_format(&v->filter, v->ops->fields);
	typed = view_ask(v->app, _("Filter (field:value ...): "), cur);
	free(cur);
	if (typed == NULL)
		return UPDATE_VIEW;
	if (view_filter(v, typed) == 0)
		u = UPDATE_RELOAD | UPDATE_FOLLOW;
	free(typed);
	return u;
}

enum view_update
view_request(struct view *v, enum request req)
{
	size_t	page = (size_t)(view_rows(v) > 1 ? view_rows(v) - 1 : 1);
	size_t	old = v->sel;

	switch (req) {
	case REQ_MOVE_UP:
		if (v->sel > 0)
			view_select(v, v->sel - 1);
		break;
	case REQ_MOVE_DOWN:
		if (v->sel + 1 < v->nrows)
			view_select(v, v->sel + 1);
		break;
	case REQ_PAGE_UP:
		v->top = v->top > page ? v->top - page : 0;
		view_select(v, v->sel > page ? v->sel - page : 0);
		break;
	case REQ_PAGE_DOWN:
		if (v->nrows == 0)
			break;
		v->top += page;
		if (v->top + (size_t)view_rows(v) > v->nrows)
			v->top = v->nrows > (size_t)view_rows(v) ?
			    v->nrows - (size_t)view_rows(v) : 0;
		view_select(v, v->sel + page < v->nrows ? v->sel + page :
		    v->nrows - 1);
		break;
	case REQ_FIRST:
		view_select(v, 0);
		break;
	case REQ_LAST:
		if (v->nrows > 0)
			view_select(v, v->nrows - 1);
		break;
	case REQ_SORT_NEXT:
		if (v->ncols == 0 || v->ops->reload == NULL)
			return UPDATE_NONE;
		v->sort = next_sort(v);
		v->desc = 0;
		return UPDATE_RELOAD;
	case REQ_SORT_REVERSE:
		if (v->ncols == 0 || v->ops->reload == NULL)
			return UPDATE_NONE;
		v->desc = !v->desc;
		return UPDATE_RELOAD;
	case REQ_SEARCH:
		return ask_search(v);
	case REQ_FILTER:
		return ask_filter(v);
	case REQ_SEARCH_NEXT:
		return view_search_next(v, 1);
	case REQ_SEARCH_PREV:
		return view_search_next(v, -1);
	default:
		return UPDATE_NONE;
	}
	return v->sel != old ? UPDATE_VIEW | UPDATE_FOLLOW : UPDATE_VIEW;
}

char *
view_person(struct view_app *app, const char *first, const char *last,
    const char *key)
{
	(void)key;
	if (app->meeting)
		return candidate_initials(first, last);
	return xasprintf("%s %s", first, last);
}
