/*
 * tui.c: the terminal UI's one input loop.  It starts curses with
 * newterm() (so a bad TERM gets our message), lays out the panes (the
 * list and its matches side by side when wide, stacked when narrow, a
 * "too small" screen below 60x16), turns keys into requests through the
 * key tables, hands them to the focused view and applies what went
 * stale.  Between keys it polls: PRAGMA data_version about every second
 * for other sessions' changes, the index thread, and the deferred
 * ranking of the matches pane.  Signals only set a flag.
 */
#include "werkbank/tui.h"

#include <curses.h>
#include <term.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <time.h>

#include "werkbank/color.h"
#include "werkbank/date.h"
#include "werkbank/draw.h"
#include "werkbank/i18n.h"
#include "werkbank/indexer.h"
#include "werkbank/keys.h"
#include "werkbank/match.h"
#include "werkbank/msg.h"
#include "werkbank/prompt.h"
#include "werkbank/tui-pipeline.h"
#include "werkbank/tui-records.h"
#include "werkbank/view.h"
#include "werkbank/xmalloc.h"

#define MIN_COLS	60
#define MIN_LINES	16
#define WIDE_COLS	140	/* side by side from here */
#define POLL_MS		1000	/* data_version */
#define FOLLOW_MS	40	/* rank after the keys stop */

enum { V_VACANCIES, V_CANDIDATES, V_MATCHES, V_DETAIL, V_HELP, V_REPORT,
    V_FOLLOWUP, V_MEETING, V_EMPLOYERS, V_COUNT };
enum tui_screen { SCREEN_LISTS, SCREEN_DETAIL, SCREEN_HELP, SCREEN_REPORT,
    SCREEN_FOLLOWUP, SCREEN_MEETING, SCREEN_EMPLOYERS };

/* The title line's tabs: their view, digit key and request. */
static const struct {
	int		 view;
	int		 digit;
	enum request	 req;
} tabs[V_COUNT] = {
	{ V_VACANCIES, 1, REQ_VIEW_VACANCIES },
	{ V_CANDIDATES, 2, REQ_VIEW_CANDIDATES },
	{ V_MATCHES, 3, REQ_VIEW_MATCHES },
	{ V_DETAIL, 4, REQ_VIEW_DETAIL },
	{ V_HELP, 5, REQ_VIEW_HELP },
	{ V_REPORT, 6, REQ_VIEW_REPORT },
	{ V_FOLLOWUP, 7, REQ_VIEW_FOLLOWUP },
	{ V_MEETING, 8, REQ_VIEW_MEETING },
	{ V_EMPLOYERS, 9, REQ_VIEW_EMPLOYERS },
};

struct tui {
	struct view_app	 app;
	struct view	 views[V_COUNT];
	int		 list;		/* V_VACANCIES or V_CANDIDATES */
	enum tui_screen	 screen, back;
	int		 show_matches;
	int		 focus;		/* the focused view */
	int		 too_small;
	int		 follow;	/* matches must follow the list */
	int		 cand_loaded;
	int		 report_loaded;	/* computed for the current data */
	struct indexer	*ix;
	int		 ix_again;	/* data changed during a build */
	double		 last_poll;
	int		 tab_x[V_COUNT + 1];
	int		 quit;
};

static volatile sig_atomic_t	got_signal;
static SCREEN			*term_screen;

static void	redraw(void *);

static void
on_signal(int sig)
{
	got_signal = sig;
}

static double
now(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void
end_curses(void)
{
	if (term_screen != NULL) {
		endwin();
		delscreen(term_screen);
		term_screen = NULL;
	}
}

static struct view *
list_view(struct tui *t)
{
	return &t->views[t->list];
}

static struct view *
focused(struct tui *t)
{
	return &t->views[t->focus];
}

/* The view of a full screen, or the focused one of the lists. */
static struct view *
screen_view(struct tui *t)
{
	switch (t->screen) {
	case SCREEN_DETAIL:
		return &t->views[V_DETAIL];
	case SCREEN_HELP:
		return &t->views[V_HELP];
	case SCREEN_REPORT:
		return &t->views[V_REPORT];
	case SCREEN_FOLLOWUP:
		return &t->views[V_FOLLOWUP];
	case SCREEN_MEETING:
		return &t->views[V_MEETING];
	case SCREEN_EMPLOYERS:
		return &t->views[V_EMPLOYERS];
	default:
		return focused(t);
	}
}

static void
set_focus(struct tui *t, int v)
{
	int	i;

	t->focus = v;
	for (i = 0; i < V_COUNT; i++)
		t->views[i].focused = i == v;
}

static void
load_candidates(struct tui *t)
{
	if (t->cand_loaded)
		return;
	t->cand_loaded = 1;
	view_reload(&t->views[V_CANDIDATES]);
}

static void
layout(struct tui *t)
{
	int	h = LINES - 2, w = COLS, lw, lh;

	t->too_small = COLS < MIN_COLS || LINES < MIN_LINES;
	erase();
	if (t->too_small)
		return;
	if (t->screen == SCREEN_DETAIL) {
		view_place(&t->views[V_DETAIL], 1, 0, h, w);
		return;
	}
	if (t->screen == SCREEN_HELP) {
		view_place(&t->views[V_HELP], 1, 0, h, w);
		return;
	}
	if (t->screen == SCREEN_REPORT) {
		view_place(&t->views[V_REPORT], 1, 0, h, w);
		return;
	}
	if (t->screen == SCREEN_FOLLOWUP || t->screen == SCREEN_MEETING ||
	    t->screen == SCREEN_EMPLOYERS) {
		view_place(screen_view(t), 1, 0, h, w);
		return;
	}
	if (!t->show_matches) {
		view_place(list_view(t), 1, 0, h, w);
		return;
	}
	if (w >= WIDE_COLS) {
		lw = (w - 1) * 2 / 5;
		view_place(list_view(t), 1, 0, h, lw);
		view_place(&t->views[V_MATCHES], 1, lw + 1, h, w - lw - 1);
	} else {
		lh = h / 2;
		view_place(list_view(t), 1, 0, lh, w);
		view_place(&t->views[V_MATCHES], 1 + lh, 0, h - lh, w);
	}
}

/* 1 when tab v stands for the screen showing. */
static int
tab_active(const struct tui *t, int v)
{
	return (t->screen == SCREEN_LISTS && v == t->focus) ||
	    (t->screen == SCREEN_DETAIL && v == V_DETAIL) ||
	    (t->screen == SCREEN_HELP && v == V_HELP) ||
	    (t->screen == SCREEN_REPORT && v == V_REPORT) ||
	    (t->screen == SCREEN_FOLLOWUP && v == V_FOLLOWUP) ||
	    (t->screen == SCREEN_MEETING && v == V_MEETING) ||
	    (t->screen == SCREEN_EMPLOYERS && v == V_EMPLOYERS);
}

/*
 * The title of tab i when the bar is squeezed to level lv: 0 the title
 * and its count, 1 the title, 2 titles cut to TAB_SHORT columns, 3 the
 * digit alone (the active tab keeps its title).  Sets *tw, its columns.
 */
#define TAB_SHORT	5
static void
tab_title(struct tui *t, int i, int lv, char *buf, size_t len, int *tw)
{
	int	v = tabs[i].view, active = tab_active(t, v);

	if (lv == 0 && (v == V_VACANCIES || (v == V_CANDIDATES &&
	    t->cand_loaded)))
		snprintf(buf, len, "%s %zu", _(t->views[v].ops->title),
		    t->views[v].nrows);
	else if (lv < 3 || active)
		snprintf(buf, len, "%s", _(t->views[v].ops->title));
	else
		buf[0] = '\0';
	*tw = draw_width(buf);
	if (lv >= 2 && !active && *tw > TAB_SHORT)
		*tw = TAB_SHORT;
}

/* Columns of tab i with a title of tw columns: " 1 Title", the active
 * one with a space after. */
static int
tab_width(const struct tui *t, int i, int tw)
{
	return 2 + (tw > 0 ? 1 + tw : 0) + tab_active(t, tabs[i].view);
}

/*
 * The title line: every tab, squeezed (counts, then long titles, then
 * all but the active title go) until all fit, so that each screen's
 * digit is always in sight.
 */
static void
draw_title(struct tui *t)
{
	char			 buf[128], digit[8];
	int			 i, x, lv, tw, need, attr = color_attr(ROLE_TITLE);
	int			 rest, brand, a, active;
	const char		*badge = _("MEETING");

	draw_fill(0, 0, COLS, attr);
	rest = t->app.meeting ? draw_width(badge) + 3 : 0;
	brand = COLS >= 100 ? 11 : 0;
	for (lv = 0; lv < 4; lv++) {
		need = 0;
		for (i = 0; i < V_COUNT; i++) {
			tab_title(t, i, lv, buf, sizeof(buf), &tw);
			need += tab_width(t, i, tw);
		}
		if (need + brand <= COLS - rest)
			break;
		brand = 0;
	}
	x = 0;
	if (brand > 0)
		x = draw_text(0, 0, 10, " werkbank", DRAW_LEFT, attr | A_BOLD) + 1;
	for (i = 0; i < V_COUNT; i++) {
		tab_title(t, i, lv, buf, sizeof(buf), &tw);
		t->tab_x[i] = x;
		if (x + tab_width(t, i, tw) > COLS - rest)
			break;
		active = tab_active(t, tabs[i].view);
		a = active ? color_attr(ROLE_TAB_ACTIVE) : attr;
		snprintf(digit, sizeof(digit), " %d%s", tabs[i].digit,
		    tw > 0 ? " " : "");
		x += draw_text(0, x, draw_width(digit), digit, DRAW_LEFT, a);
		if (tw > 0)
			x += draw_text(0, x, tw, buf, DRAW_LEFT, a);
		if (active)
			x += draw_text(0, x, 1, " ", DRAW_LEFT, a);
	}
	for (; i <= V_COUNT; i++)
		t->tab_x[i] = x;
	if (t->app.meeting) {
		snprintf(buf, sizeof(buf), " %s ", badge);
		draw_text(0, COLS - draw_width(buf), draw_width(buf), buf,
		    DRAW_LEFT, color_attr(ROLE_MEETING));
	}
}

static void
draw_status(struct tui *t)
{
	struct view	*v = screen_view(t);
	char		 left[512], right[256], *f;
	const char	*base = strrchr(t->app.db_path, '/');
	int		 rw, attr = color_attr(ROLE_STATUS);

	base = base != NULL ? base + 1 : t->app.db_path;
	snprintf(right, sizeof(right), " %s@%s ", t->app.login, base);
	if (t->app.message[0] != '\0') {
		snprintf(left, sizeof(left), " %s", t->app.message);
		if (t->app.message_error)
			attr = color_attr(ROLE_ERROR);
	} else {
		snprintf(left, sizeof(left), " %s %zu/%zu", _(v->ops->title),
		    v->nrows > 0 ? v->sel + 1 : 0, v->nrows);
		if (v->filter.n > 0 && v->ops->fields != NULL) {
			f = listing_filter_format(&v->filter, v->ops->fields);
			snprintf(left + strlen(left), sizeof(left) - strlen(left),
			    _("  filter: %s"), f);
			free(f);
		}
		if (v->search != NULL)
			snprintf(left + strlen(left), sizeof(left) - strlen(left),
			    _("  search: %s (%zu here)"), v->search, v->nlisted);
		if (t->app.idx == NULL && !t->app.idx_failed)
			snprintf(left + strlen(left), sizeof(left) - strlen(left),
			    "  %s", _("[building the match index]"));
		snprintf(left + strlen(left), sizeof(left) - strlen(left),
		    "  %s", _("? help"));
	}
	rw = draw_width(right);
	if (rw > COLS / 3)
		rw = COLS / 3;
	draw_text(LINES - 1, 0, COLS - rw, left, DRAW_LEFT, attr);
	draw_text(LINES - 1, COLS - rw, rw, right, DRAW_RIGHT,
	    color_attr(ROLE_STATUS));
}

static void
draw_too_small(void)
{
	char	buf[320], need[160];
	int	y = LINES / 2;

	erase();
	snprintf(buf, sizeof(buf), _("Terminal too small: %dx%d."), COLS,
	    LINES);
	snprintf(need, sizeof(need), _("werkbank needs at least %dx%d; q "
	    "quits."), MIN_COLS, MIN_LINES);
	if (LINES < 2) {
		/* One line: both on it, the size first. */
		strncat(buf, " ", sizeof(buf) - strlen(buf) - 1);
		strncat(buf, need, sizeof(buf) - strlen(buf) - 1);
		draw_text(0, 0, COLS, buf, DRAW_LEFT, color_attr(ROLE_ERROR));
		return;
	}
	draw_text(y - 1, 0, COLS, buf, DRAW_LEFT, color_attr(ROLE_ERROR));
	draw_text(y, 0, COLS, need, DRAW_LEFT, color_attr(ROLE_DEFAULT));
}

static void
draw(struct tui *t)
{
	if (t->too_small) {
		draw_too_small();
		refresh();
		return;
	}
	draw_title(t);
	switch (t->screen) {
	case SCREEN_DETAIL:
		view_draw(&t->views[V_DETAIL]);
		break;
	case SCREEN_HELP:
		view_draw(&t->views[V_HELP]);
		break;
	case SCREEN_REPORT:
		view_draw(&t->views[V_REPORT]);
		break;
	case SCREEN_FOLLOWUP:
	case SCREEN_MEETING:
	case SCREEN_EMPLOYERS:
		view_draw(screen_view(t));
		break;
	default:
		view_draw(list_view(t));
		if (t->show_matches) {
			view_draw(&t->views[V_MATCHES]);
			if (t->views[V_MATCHES].x > 0)
				draw_vline(1, t->views[V_MATCHES].x - 1,
				    LINES - 2, color_attr(ROLE_BORDER));
		}
		break;
	}
	draw_status(t);
	refresh();
}

static void
redraw(void *arg)
{
	struct tui	*t = arg;

	layout(t);
	draw(t);
}

/* The matches pane follows the list's selection. */
static void
follow(struct tui *t)
{
	struct view_record	r = view_selected(list_view(t));
	struct view		*m = &t->views[V_MATCHES];

	t->follow = 0;
	if (!t->show_matches || r.kind == RECORD_NONE)
		return;
	if (m->ops->show(m, &r) & UPDATE_RELOAD)
		view_reload(m);
	else if (m->nrows == 0)
		view_reload(m);
	layout(t);
}

static void
start_index(struct tui *t)
{
	if (t->ix != NULL) {
		t->ix_again = 1;
		return;
	}
	t->ix = indexer_start(t->app.db_path);
	if (t->ix == NULL) {
		t->app.idx_failed = 1;
		view_message(&t->app, 1, "%s", _("Cannot start building the "
		    "match index."));
	}
}

static void
poll_index(struct tui *t)
{
	struct match_index	*idx;
	char			 err[256];

	if (t->ix == NULL || !indexer_done(t->ix, &idx, err, sizeof(err)))
		return;
	indexer_free(t->ix);
	t->ix = NULL;
	if (idx == NULL) {
		t->app.idx_failed = t->app.idx == NULL;
		view_message(&t->app, 1, _("The match index failed: %s"), err);
	} else {
		match_index_free(t->app.idx);
		t->app.idx = idx;
		t->app.idx_failed = 0;
		view_reload(&t->views[V_MATCHES]);
	}
	if (t->ix_again) {
		t->ix_again = 0;
		start_index(t);
	}
}

/* Another session changed the database: read everything again. */
static void
refresh_data(struct tui *t)
{
	match_weights_load(t->app.db, &t->app.weights);
	match_vacancies_free(t->app.open, t->app.nopen);
	t->app.open = NULL;
	t->app.nopen = 0;
	t->app.open_loaded = 0;
	view_reload(&t->views[V_VACANCIES]);
	if (t->cand_loaded)
		view_reload(&t->views[V_CANDIDATES]);
	view_reload(&t->views[V_MATCHES]);
	if (t->screen == SCREEN_DETAIL)
		view_reload(&t->views[V_DETAIL]);
	/* The report again when it shows, else when it is shown next. */
	if (t->screen == SCREEN_REPORT)
		view_reload(&t->views[V_REPORT]);
	else
		t->report_loaded = 0;
	if (t->screen == SCREEN_FOLLOWUP || t->screen == SCREEN_MEETING ||
	    t->screen == SCREEN_EMPLOYERS)
		view_reload(screen_view(t));
	start_index(t);
}

static void
open_detail(struct tui *t, struct view *from)
{
	struct view_record	 r = view_selected(from);
	struct view		*d = &t->views[V_DETAIL];
	enum view_update	 u;

	if (r.kind == RECORD_NONE) {
		view_message(&t->app, 0, "%s", _("Nothing to open here."));
		return;
	}
	u = d->ops->show(d, &r);
	if (u & UPDATE_RELOAD)
		view_reload(d);
	if (d->nrows == 0)
		return;
	if (t->screen != SCREEN_DETAIL)
		t->back = t->screen;
	t->screen = SCREEN_DETAIL;
	layout(t);
}

static void
set_meeting(struct tui *t, int on)
{
	int	i;

	if (!on && !prompt_confirm(_("Leave meeting mode? Names and contact "
	    "details will show (y/n)"), redraw, t, &got_signal)) {
		view_message(&t->app, 0, "%s", _("Still in meeting mode."));
		return;
	}
	t->app.meeting = on;
	/* Filters on hidden fields go. */
	for (i = 0; i < V_COUNT; i++) {
		struct view *v = &t->views[i];

		if (v->ops->fields != NULL &&
		    listing_filter_sensitive(&v->filter, v->ops->fields))
			listing_filter_clear(&v->filter);
		/* The report holds no personal data: it stays. */
		if (i != V_DETAIL && i != V_HELP && i != V_REPORT &&
		    (i != V_CANDIDATES || t->cand_loaded))
			view_reload(v);
	}
	view_message(&t->app, 0, "%s", on ? _("Meeting mode: initials only, "
	    "no contact details.") : _("Meeting mode is off."));
	layout(t);
}

static void
ask(struct tui *t, enum request req)
{
	struct view	*v = focused(t);
	char		*typed, *cur = NULL;
	const char	*label;
	enum view_update u = UPDATE_NONE;

	if (t->screen == SCREEN_DETAIL || t->screen == SCREEN_HELP ||
	    t->screen == SCREEN_FOLLOWUP || t->screen == SCREEN_MEETING ||
	    (t->screen == SCREEN_REPORT) != (req == REQ_REPORT_PERIOD))
		return;
	if (req == REQ_PERIOD)
		v = &t->views[V_VACANCIES];
	if (req == REQ_REPORT_PERIOD)
		v = &t->views[V_REPORT];
	if (req == REQ_SEARCH && v->ops->search == NULL) {
		view_message(&t->app, 1, "%s", _("This pane cannot be "
		    "searched."));
		return;
	}
	if (req == REQ_FILTER && v->ops->fields == NULL) {
		view_message(&t->app, 1, "%s", _("This pane has no filter."));
		return;
	}
	if (req == REQ_PERIOD && t->list != V_VACANCIES) {
		view_message(&t->app, 1, "%s", _("The period is for the "
		    "vacancies (1)."));
		return;
	}
	label = req == REQ_SEARCH ? _("Search: ") : req == REQ_FILTER ?
	    _("Filter (field:value ...): ") : req == REQ_REPORT_PERIOD ?
	    _("Period (2026Q3, 2026-03, or from to): ") :
	    _("Period (days, or from to): ");
	if (req == REQ_FILTER)
		cur = listing_filter_format(&v->filter, v->ops->fields);
	typed = prompt_read(label, req == REQ_SEARCH ? v->search : cur, redraw,
	    t, &got_signal);
	free(cur);
	if (typed == NULL)
		return;
	if (req == REQ_SEARCH)
		u = view_search(v, typed);
	else if (req == REQ_FILTER) {
		if (view_filter(v, typed) == 0)
			u = UPDATE_RELOAD | UPDATE_FOLLOW;
	} else if (v->ops->argument != NULL)
		u = v->ops->argument(v, req, typed);
	free(typed);
	if (u & UPDATE_RELOAD)
		view_reload(v);
	if (u & UPDATE_LAYOUT)
		layout(t);
	if (u & UPDATE_FOLLOW)
		t->follow = 1;
}

/* p and a in the matches pane: a form over the screen, then the change. */
static void
pipeline_action(struct tui *t, enum request req)
{
	struct pipeline_ui	ui = { &t->app, redraw, t, &got_signal };
	struct view_pair	p;

	if (t->screen != SCREEN_LISTS || t->focus != V_MATCHES ||
	    match_view_pair(&t->views[V_MATCHES], &p) != 0) {
		view_message(&t->app, 1, "%s", _("Select a row of the matches "
		    "first (3, or Tab to the matches pane)."));
		return;
	}
	if (req == REQ_PROPOSE ? pipeline_propose(&ui, &p) :
	    pipeline_advance(&ui, &p))
		refresh_data(t);
	layout(t);
}

/* e, a, H, R, W: the record forms (tui-records.c), then the data again
 * with the saved record selected. */
static void
records_action(struct tui *t, enum request req)
{
	struct records_ui	 ui = { &t->app, redraw, t, &got_signal };
	struct view		*v = screen_view(t);
	long long		 id = 0;

	if (records_request(&ui, v, req, &id)) {
		if (id != 0)
			v->sel_id = id;
		refresh_data(t);
	}
	layout(t);
}

static void
switch_list(struct tui *t, int list)
{
	if (list == V_CANDIDATES)
		load_candidates(t);
	t->list = list;
	t->screen = SCREEN_LISTS;
	set_focus(t, list);
	t->follow = 1;
	layout(t);
}

/* A screen of its own (follow-up, meeting): its data as it is now. */
static void
show_screen(struct tui *t, enum tui_screen s)
{
	if (t->screen != s && t->screen != SCREEN_HELP)
		t->back = t->screen;
	t->screen = s;
	view_reload(screen_view(t));
	layout(t);
}

/* The requests of the whole UI; the rest go to the focused view. */
static void
handle(struct tui *t, enum request req)
{
	struct view		*v;
	enum view_update	 u = UPDATE_NONE;

	switch (req) {
	case REQ_QUIT:
		if (t->screen != SCREEN_LISTS) {
			t->screen = SCREEN_LISTS;
			layout(t);
		} else if (!t->app.meeting || prompt_confirm(_("Quit "
		    "werkbank? (y/n)"), redraw, t, &got_signal))
			t->quit = 1;
		return;
	case REQ_MEETING:
		set_meeting(t, !t->app.meeting);
		return;
	case REQ_REDRAW:
		clearok(curscr, TRUE);
		layout(t);
		return;
	case REQ_VIEW_VACANCIES:
		switch_list(t, V_VACANCIES);
		return;
	case REQ_VIEW_CANDIDATES:
		switch_list(t, V_CANDIDATES);
		return;
	case REQ_VIEW_MATCHES:
		t->screen = SCREEN_LISTS;
		t->show_matches = 1;
		set_focus(t, V_MATCHES);
		layout(t);
		follow(t);	/* asked for: no waiting */
		return;
	case REQ_MATCHES:
		if (t->screen != SCREEN_LISTS)
			return;
		t->show_matches = !t->show_matches;
		if (!t->show_matches && t->focus == V_MATCHES)
			set_focus(t, t->list);
		layout(t);
		if (t->show_matches)
			follow(t);
		return;
	case REQ_VIEW_HELP:
		if (t->screen != SCREEN_HELP)
			t->back = t->screen;
		t->screen = SCREEN_HELP;
		layout(t);
		return;
	case REQ_VIEW_REPORT:
		/* Computed on the key press that asks for it, not before. */
		if (!t->report_loaded) {
			view_reload(&t->views[V_REPORT]);
			t->report_loaded = 1;
		}
		if (t->screen != SCREEN_REPORT && t->screen != SCREEN_HELP)
			t->back = t->screen;
		t->screen = SCREEN_REPORT;
		layout(t);
		return;
	case REQ_VIEW_FOLLOWUP:
	case REQ_VIEW_MEETING:
	case REQ_VIEW_EMPLOYERS:
		show_screen(t, req == REQ_VIEW_FOLLOWUP ? SCREEN_FOLLOWUP :
		    req == REQ_VIEW_MEETING ? SCREEN_MEETING : SCREEN_EMPLOYERS);
		return;
	case REQ_VIEW_DETAIL:
	case REQ_ENTER:
		if (t->screen == SCREEN_EMPLOYERS)
			break;		/* the employer's own lines */
		if (t->screen == SCREEN_HELP || t->screen == SCREEN_REPORT ||
		    t->screen == SCREEN_MEETING)
			return;
		open_detail(t, t->screen == SCREEN_LISTS ? focused(t) :
		    screen_view(t));
		return;
	case REQ_BACK:
		/* From one employer's lines back to the employers. */
		if (t->screen == SCREEN_EMPLOYERS && (u = t->views[
		    V_EMPLOYERS].ops->request(&t->views[V_EMPLOYERS], req)) !=
		    UPDATE_NONE) {
			layout(t);
			return;
		}
		if (t->screen != SCREEN_LISTS) {
			t->screen = t->back == SCREEN_HELP ? SCREEN_LISTS :
			    t->back;
			t->back = SCREEN_LISTS;
		} else if (t->focus == V_MATCHES)
			set_focus(t, t->list);
		else if (focused(t)->search != NULL)
			view_search(focused(t), NULL);
		layout(t);
		return;
	case REQ_NEXT_PANE:
		if (t->screen == SCREEN_LISTS && t->show_matches)
			set_focus(t, t->focus == V_MATCHES ? t->list :
			    V_MATCHES);
		return;
	case REQ_SEARCH:
	case REQ_FILTER:
	case REQ_PERIOD:
	case REQ_REPORT_PERIOD:
		ask(t, req);
		return;
	case REQ_PROPOSE:
	case REQ_ADVANCE:
		pipeline_action(t, req);
		return;
	case REQ_EDIT:
	case REQ_NEW:
	case REQ_LEAVE:
	case REQ_HOLD:
	case REQ_REOPEN:
	case REQ_WITHDRAW:
		records_action(t, req);
		return;
	case REQ_EXCLUDED:
		/* From the list too: it is about the matches pane. */
		if (t->screen != SCREEN_LISTS)
			return;
		if (!t->show_matches) {
			t->show_matches = 1;
			layout(t);
			follow(t);
		}
		v = &t->views[V_MATCHES];
		if (v->ops->request(v, req) & UPDATE_RELOAD)
			view_reload(v);
		layout(t);
		return;
	default:
		break;
	}
	v = screen_view(t);
	if (v->ops->request != NULL)
		u = v->ops->request(v, req);
	if (u == UPDATE_NONE)
		u = view_request(v, req);
	if (u & UPDATE_RELOAD)
		view_reload(v);
	if (u & UPDATE_LAYOUT)
		layout(t);
	if ((u & UPDATE_FOLLOW) && v == list_view(t))
		t->follow = 1;
}

static void
mouse(struct tui *t)
{
	MEVENT		 ev;
	struct view	*v = NULL;
	int		 i, cand[2] = { t->list, V_MATCHES };
	long		 row;

	if (getmouse(&ev) != OK)
		return;
	if (ev.y == 0) {
		for (i = 0; i < V_COUNT; i++)
			if (ev.x >= t->tab_x[i] && ev.x < t->tab_x[i + 1])
				handle(t, tabs[i].req);
		return;
	}
	if (t->screen != SCREEN_LISTS)
		v = screen_view(t);
	else
		for (i = 0; i < (t->show_matches ? 2 : 1); i++) {
			struct view *c = &t->views[cand[i]];

			if (ev.y >= c->y && ev.y < c->y + c->height &&
			    ev.x >= c->x && ev.x < c->x + c->width)
				v = c;
		}
	if (v == NULL)
		return;
	if (ev.bstate & BUTTON4_PRESSED) {
		for (i = 0; i < 3; i++)
			view_request(v, REQ_MOVE_UP);
	} else if (ev.bstate & BUTTON5_PRESSED) {
		for (i = 0; i < 3; i++)
			view_request(v, REQ_MOVE_DOWN);
	} else if ((row = view_row_at(v, ev.y)) >= 0) {
		if (t->screen == SCREEN_LISTS)
			set_focus(t, (int)(v - t->views));
		view_select(v, (size_t)row);
	} else
		return;
	if (v == list_view(t))
		t->follow = 1;
}

/*
 * Ask the terminal database before newterm(): an unknown TERM, or one
 * that cannot move the cursor (TERM=dumb), gets our message instead of
 * a silent exit or garbage on the screen.
 */
static int
terminal_usable(const char *term)
{
	const char	*cup;
	int		 err, ok;

	if (setupterm(NULL, STDOUT_FILENO, &err) != OK) {
		msg_error(_("cannot use the terminal (TERM=%s); use a command, "
		    "see werkbank --help"), term != NULL ? term : "");
		return 0;
	}
	cup = tigetstr("cup");
	ok = cup != NULL && cup != (char *)-1;
	del_curterm(cur_term);
	if (!ok)
		msg_error(_("the terminal (TERM=%s) cannot move the cursor; use "
		    "a command, see werkbank --help"), term != NULL ? term : "");
	return ok;
}

static int
start_curses(void)
{
	const char	*term = getenv("TERM");

	if (!terminal_usable(term))
		return -1;
	if ((term_screen = newterm(NULL, stdout, stdin)) == NULL) {
		msg_error(_("cannot use the terminal (TERM=%s); use a command, "
		    "see werkbank --help"), term != NULL ? term : "");
		return -1;
	}
	set_term(term_screen);
	msg_set_fatal_hook(end_curses);
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	curs_set(0);
	set_escdelay(25);
	mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED |
	    BUTTON5_PRESSED, NULL);
	mouseinterval(0);
	color_init();
	draw_init();
	return 0;
}

static void
set_signals(void)
{
	struct sigaction	sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0;	/* no SA_RESTART: a read returns at once */
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	sa.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &sa, NULL);
}

static void
setup(struct tui *t, struct db *db, const char *db_path, const char *login,
    int meeting)
{
	static const struct view_ops *const ops[V_COUNT] = {
		&vacancy_view_ops, &candidate_view_ops, &match_view_ops,
		&detail_view_ops, &help_view_ops, &report_view_ops,
		&followup_view_ops, &meeting_view_ops, &employer_view_ops,
	};
	char	 err[256], *file;
	int	 i;

	memset(t, 0, sizeof(*t));
	t->app.db = db;
	t->app.db_path = db_path;
	t->app.login = login;
	t->app.meeting = meeting;
	t->app.today = date_today();
	t->app.redraw = redraw;
	t->app.redraw_arg = t;
	t->app.stop = &got_signal;
	/* cmd_open let this login in; a failure here sees nobody. */
	if (user_current(db, login, &t->app.user) != WB_OK) {
		t->app.user.single = 0;
		t->app.user.partner_id = -1;
		view_message(&t->app, 1, "%s", db_error(db));
	}
	t->app.asking = t->app.user.single ? 0 : t->app.user.partner_id;
	if (match_weights_load(db, &t->app.weights) != WB_OK)
		view_message(&t->app, 1, "%s", db_error(db));
	if ((file = keys_default_file()) != NULL &&
	    keys_load(file, err, sizeof(err)) != 0)
		view_message(&t->app, 1, "%s", err);
	free(file);
	for (i = 0; i < V_COUNT; i++)
		view_init(&t->views[i], ops[i], &t->app);
	t->list = V_VACANCIES;
	t->show_matches = 1;
	set_focus(t, V_VACANCIES);
	db_changed(db);
	t->last_poll = now();
}

static void
teardown(struct tui *t)
{
	int	i;

	indexer_free(t->ix);
	for (i = 0; i < V_COUNT; i++)
		view_close(&t->views[i]);
	match_index_free(t->app.idx);
	match_vacancies_free(t->app.open, t->app.nopen);
}

enum wb_status
tui_run(struct db *db, const char *db_path, const char *login, int meeting)
{
	struct tui	 t;
	enum request	 req;
	struct view	*v;
	int		 ch, quick = 0, wait;
	double		 t0;

	set_signals();
	if (start_curses() != 0)
		return WB_ERROR;
	setup(&t, db, db_path, login, meeting);
	view_reload(&t.views[V_VACANCIES]);
	layout(&t);
	t.follow = 1;
	draw(&t);
	start_index(&t);
	while (!t.quit && !got_signal) {
		/* A slow ranking waits for the keys to stop for longer. */
		wait = t.follow ? (t.app.rank_seconds > 0.1 ?
		    (int)(t.app.rank_seconds * 1000) + FOLLOW_MS : FOLLOW_MS) :
		    !t.cand_loaded ? 10 :
		    t.ix != NULL ? 100 : POLL_MS;
		timeout(wait);
		t0 = now();
		ch = getch();
		if (got_signal)
			break;
		if (ch == ERR) {
			/* A read that fails at once, again and again: gone. */
			if (now() - t0 < wait / 4000.0)
				quick++;
			else
				quick = 0;
			if (quick > 20 || prompt_input_gone())
				break;
			if (t.follow && !t.too_small)
				follow(&t);
			else if (!t.cand_loaded)
				load_candidates(&t);
			poll_index(&t);
			if (now() - t.last_poll >= POLL_MS / 1000.0) {
				t.last_poll = now();
				if (db_changed(db))
					refresh_data(&t);
			}
			draw(&t);
			continue;
		}
		quick = 0;
		t.app.message[0] = '\0';
		if (ch == KEY_RESIZE) {
			layout(&t);
		} else if (t.too_small) {
			if (ch == 'q')
				t.quit = 1;
		} else if (ch == KEY_MOUSE) {
			mouse(&t);
		} else {
			if (ch == '\r')
				ch = '\n';
			v = screen_view(&t);
			req = keys_lookup(v->ops->keymap, ch);
			if (req != REQ_NONE)
				handle(&t, req);
			else
				view_message(&t.app, 0, _("Key %s does nothing "
				    "here; ? shows the keys."), keys_name(ch));
		}
		poll_index(&t);
		draw(&t);
	}
	end_curses();
	teardown(&t);
	msg_set_fatal_hook(NULL);
	return WB_OK;
}

void
tui_print_keys_mdoc(FILE *fp)
{
	/* The manual lists the defaults, not this user's file. */
	keys_reset();
	request_print_mdoc(fp);
}
