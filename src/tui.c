/*
 * tui.c: the terminal UI's one input loop.  On the terminal tui-term.c
 * starts, it lays out the panes (a list and its matches side by side
 * when wide, stacked when narrow, a "too small" screen below 60x16),
 * turns keys into requests and applies what went stale; tui-bars.c
 * draws the title and status lines.  Between keys it polls: PRAGMA
 * data_version about every second for other sessions' changes, the
 * index thread, and the deferred ranking of the matches pane.
 *
 * The flow of a key press (see also view.h):
 *
 *   getch() -> keys_lookup(keymap of the screen that has the focus)
 *   -> dispatch(): the focused view's own ops->request first (its
 *      actions: the matches pane proposes, the vacancy list edits ...);
 *      what it does not know goes to handle() here, which keeps only
 *      what is global (quit, screens, meeting mode, panes); the rest to
 *      view_request() (moving, sorting, search and filter prompts)
 *   -> apply(): the one place that acts on enum view_update: reloads the
 *      view, or on UPDATE_DATA every view that shows (the others when
 *      they show next) and the match index; makes the matches follow the
 *      list's selection; lays out again
 *   -> draw().
 *
 * The screens are screens.h's table (VIEW_INFO): the views, their tabs
 * and digits, their keymaps and the actions that show them come from
 * it.  A screen is a list (VIEW_F_LIST: shown with the matches pane
 * beside it), the matches pane (VIEW_F_PANE) or a whole screen; Esc
 * goes back to where it was called from.  Adding a screen is one file
 * and one line: see view.h.
 */
#include "werkbank/tui.h"

#include <curses.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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
#include "werkbank/tui-bars.h"
#include "werkbank/tui-term.h"
#include "werkbank/view.h"
#include "werkbank/xmalloc.h"

#define MIN_COLS	60
#define MIN_LINES	16
#define WIDE_COLS	140	/* side by side from here */
#define POLL_MS		1000	/* data_version */
#define FOLLOW_MS	40	/* rank after the keys stop */

/* The screens (screens.h), their keys, in the order of their tabs. */
static const struct view_ops *const screen_ops[VIEW_COUNT] = {
#define SCREEN_OPS(id, ops, name, key, help) &ops,
	VIEW_INFO(SCREEN_OPS)
#undef SCREEN_OPS
};
static const char screen_keys[VIEW_COUNT] = {
#define SCREEN_KEY(id, ops, name, key, help) key,
	VIEW_INFO(SCREEN_KEY)
#undef SCREEN_KEY
};

struct tui {
	struct view_app	 app;
	struct view	 views[VIEW_COUNT];
	int		 screen;	/* what shows: a list, or a screen */
	int		 list;		/* the list last shown */
	int		 back;		/* where Esc goes from a screen */
	int		 ret;		/* from the lists (UPDATE_SHOW), or -1 */
	int		 pane;		/* the matches pane (VIEW_F_PANE) */
	int		 show_matches;
	int		 focus;		/* on the lists: the list or the pane */
	int		 too_small;
	int		 follow;	/* matches must follow the list */
	struct indexer	*ix;
	int		 ix_again;	/* data changed during a build */
	double		 last_poll;
	int		 tab_x[VIEW_COUNT + 1];
	int		 quit;
};

static volatile sig_atomic_t	*got_signal;

static void	redraw(void *);
static void	apply(struct tui *, struct view *, enum view_update);

static double
now(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static unsigned
flags(const struct tui *t, int v)
{
	return t->views[v].ops->flags;
}

/* 1 when the lists (a list and the matches pane) show. */
static int
on_lists(const struct tui *t)
{
	return (flags(t, t->screen) & VIEW_F_LIST) != 0;
}

static struct view *
list_view(struct tui *t)
{
	return &t->views[t->list];
}

static struct view *
pane_view(struct tui *t)
{
	return &t->views[t->pane];
}

/* The view keys go to: the focused one of the lists, or the screen. */
static struct view *
screen_view(struct tui *t)
{
	return &t->views[on_lists(t) ? t->focus : t->screen];
}

/* 1 when view v is on the screen now. */
static int
shown(const struct tui *t, int v)
{
	if (!on_lists(t))
		return v == t->screen;
	return v == t->list || (v == t->pane && t->show_matches);
}

static void
set_focus(struct tui *t, int v)
{
	int	i;

	t->focus = v;
	for (i = 0; i < VIEW_COUNT; i++)
		t->views[i].focused = i == v;
}

static void
layout(struct tui *t)
{
	int	h = LINES - 3, w = COLS, lw, lh;

	t->too_small = COLS < MIN_COLS || LINES < MIN_LINES;
	erase();
	if (t->too_small)
		return;
	if (!on_lists(t)) {
		view_place(&t->views[t->screen], 1, 0, h, w);
		return;
	}
	if (!t->show_matches) {
		view_place(list_view(t), 1, 0, h, w);
		return;
	}
	if (w >= WIDE_COLS) {
		lw = (w - 1) * 2 / 5;
		view_place(list_view(t), 1, 0, h, lw);
		view_place(pane_view(t), 1, lw + 1, h, w - lw - 1);
	} else {
		lh = h / 2;
		view_place(list_view(t), 1, 0, lh, w);
		view_place(pane_view(t), 1 + lh, 0, h - lh, w);
	}
}

/* 1 when tab v stands for the screen showing. */
static int
tab_active(const struct tui *t, int v)
{
	return on_lists(t) ? v == t->focus : v == t->screen;
}

static void
draw(struct tui *t)
{
	struct view	*m = pane_view(t);
	struct tui_tab	 tabs[VIEW_COUNT];
	int		 i;

	if (t->too_small) {
		tui_draw_too_small(MIN_COLS, MIN_LINES);
		refresh();
		return;
	}
	for (i = 0; i < VIEW_COUNT; i++) {
		tabs[i].title = _(t->views[i].ops->title);
		tabs[i].key = screen_keys[i];
		/* A list tells its rows once read. */
		tabs[i].count = (flags(t, i) & VIEW_F_LIST) &&
		    t->views[i].loaded;
		tabs[i].n = t->views[i].nrows;
		tabs[i].active = tab_active(t, i);
	}
	tui_draw_title(tabs, VIEW_COUNT, t->app.meeting, t->tab_x);
	if (!on_lists(t))
		view_draw(&t->views[t->screen]);
	else {
		view_draw(list_view(t));
		if (t->show_matches) {
			view_draw(m);
			if (m->x > 0)
				draw_vline(1, m->x - 1, LINES - 3,
				    color_attr(ROLE_BORDER));
		}
	}
	tui_draw_status(&t->app, screen_view(t));
	tui_draw_keys(VIEW_KEYMAP(screen_view(t) - t->views), screen_view(t),
	    on_lists(t), screen_view(t)->ops->search != NULL);
	refresh();
}

static void
redraw(void *arg)
{
	struct tui	*t = arg;

	layout(t);
	draw(t);
}

/*
 * The matches pane follows the list's selection (none: an empty pane).
 * Not on show: it follows when the lists show again.
 */
static void
follow(struct tui *t)
{
	struct view_record	 r = view_selected(list_view(t));
	struct view		*m = pane_view(t);

	t->follow = 0;
	if (!on_lists(t) || !t->show_matches)
		return;
	if ((m->ops->show(m, &r) & UPDATE_RELOAD) || m->stale ||
	    m->nrows == 0)
		view_reload(m);
	layout(t);
}

/* What shows and is stale is read again (the pane: by follow()). */
static void
refresh_shown(struct tui *t)
{
	int	i;

	for (i = 0; i < VIEW_COUNT; i++)
		if (t->views[i].stale && shown(t, i) && i != t->pane)
			view_reload(&t->views[i]);
	if (pane_view(t)->stale && shown(t, t->pane))
		t->follow = 1;
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
		pane_view(t)->stale = 1;
		refresh_shown(t);
	}
	if (t->ix_again) {
		t->ix_again = 0;
		start_index(t);
	}
}

/* Every view is stale: what shows is read again, the rest when shown. */
static void
stale_all(struct tui *t)
{
	int	i;

	for (i = 0; i < VIEW_COUNT; i++)
		t->views[i].stale = 1;
	refresh_shown(t);
	follow(t);
}

/*
 * UPDATE_SHOW: app.show selected in the list that holds it (a filter or
 * search that hides it goes), its matches beside it and in focus; Esc
 * comes back to the screen it was asked from.
 */
static void
show_record(struct tui *t)
{
	struct view	*v;
	int		 i;

	for (i = 0; i < VIEW_COUNT; i++) {
		v = &t->views[i];
		if (!(flags(t, i) & VIEW_F_LIST) || v->ops->select == NULL ||
		    v->ops->select(v, &t->app.show) == UPDATE_NONE)
			continue;
		view_reload(v);
		if (view_selected(v).id != t->app.show.id) {
			listing_filter_clear(&v->filter);
			view_search(v, NULL);
			v->sel_id = t->app.show.id;
			view_reload(v);
		}
		t->ret = t->screen;
		t->list = t->screen = i;
		t->show_matches = 1;
		set_focus(t, t->pane);
		layout(t);
		follow(t);
		return;
	}
}

/*
 * What went stale, applied in one place (htop's Htop_Reaction): v is
 * the view that handled the request (NULL: none, the database changed
 * under us).
 */
static void
apply(struct tui *t, struct view *v, enum view_update u)
{
	if (u & UPDATE_DATA) {
		match_weights_load(t->app.db, &t->app.weights);
		match_vacancies_free(t->app.open, t->app.nopen);
		t->app.open = NULL;
		t->app.nopen = 0;
		t->app.open_loaded = 0;
		start_index(t);
		stale_all(t);
	} else if (v != NULL && (u & UPDATE_RELOAD))
		view_reload(v);
	if (v != NULL && v == list_view(t) && (u & UPDATE_FOLLOW))
		t->follow = 1;
	if (u & (UPDATE_LAYOUT | UPDATE_DATA))
		layout(t);
	if (u & UPDATE_SHOW)
		show_record(t);
}

/* Go to view id as it is (stale: read again). */
static void
enter(struct tui *t, int id)
{
	if (flags(t, id) & VIEW_F_LIST)
		t->list = id;
	t->screen = id;
	if (t->views[id].stale)
		view_reload(&t->views[id]);
	if (on_lists(t))
		t->follow = 1;
	layout(t);
}

/* Show view id: a list, the matches pane, or a whole screen. */
static void
show_view(struct tui *t, int id)
{
	struct view		*v = &t->views[id], *from = screen_view(t);
	struct view_record	 r;

	if (flags(t, id) & VIEW_F_PANE) {
		t->screen = t->list;
		t->show_matches = 1;
		set_focus(t, id);
		layout(t);
		follow(t);	/* asked for: no waiting */
		return;
	}
	/* A screen that shows a record: the selection where we are. */
	if (v->ops->show != NULL) {
		if ((r = view_selected(from)).kind == RECORD_NONE) {
			view_message(&t->app, 0, "%s", _("Nothing to open "
			    "here."));
			return;
		}
		if (v->ops->show(v, &r) & UPDATE_RELOAD)
			view_reload(v);
		if (v->nrows == 0)
			return;		/* refused: the message says why */
	}
	if (flags(t, id) & VIEW_F_LIST) {
		set_focus(t, id);
		t->ret = -1;
	} else if (t->screen != id && !(flags(t, t->screen) & VIEW_F_ASIDE))
		t->back = t->screen;
	enter(t, id);
}

static void
set_meeting(struct tui *t, int on)
{
	int	i;

	if (!on && !prompt_confirm(_("Leave meeting mode? Names and contact "
	    "details will show (y/n)"), redraw, t, got_signal)) {
		view_message(&t->app, 0, "%s", _("Still in meeting mode."));
		return;
	}
	t->app.meeting = on;
	/* Filters on hidden fields go. */
	for (i = 0; i < VIEW_COUNT; i++) {
		struct view *v = &t->views[i];

		if (v->ops->fields != NULL &&
		    listing_filter_sensitive(&v->filter, v->ops->fields))
			listing_filter_clear(&v->filter);
	}
	stale_all(t);
	view_message(&t->app, 0, "%s", on ? _("Meeting mode: initials only, "
	    "no contact details.") : _("Meeting mode is off."));
	layout(t);
}

/*
 * The requests of the whole UI: quit, the screens, meeting mode, the
 * panes.  Returns 0 for a request of the view's.
 */
static int
handle(struct tui *t, enum request req)
{
	struct view	*m = pane_view(t);
	int		 id;

	if (req == REQ_ENTER)
		req = REQ_VIEW_DETAIL;	/* Enter opens the selection */
	if ((id = request_view(req)) >= 0) {
		show_view(t, id);
		return 1;
	}
	switch (req) {
	case REQ_QUIT:
		if (!on_lists(t))
			enter(t, t->list);
		else if (!t->app.meeting || prompt_confirm(_("Quit "
		    "werkbank? (y/n)"), redraw, t, got_signal))
			t->quit = 1;
		return 1;
	case REQ_MEETING:
		set_meeting(t, !t->app.meeting);
		return 1;
	case REQ_REDRAW:
		clearok(curscr, TRUE);
		layout(t);
		return 1;
	case REQ_BACK:
		if (!on_lists(t)) {
			id = t->back;
			t->back = t->list;
			enter(t, id);
		} else if (t->ret >= 0) {
			/* Back to the meeting the record was shown from. */
			id = t->ret;
			t->ret = -1;
			set_focus(t, t->list);
			enter(t, id);
		} else if (t->focus == t->pane)
			set_focus(t, t->list);
		else if (list_view(t)->search != NULL)
			view_search(list_view(t), NULL);
		return 1;
	case REQ_MATCHES:
		if (!on_lists(t))
			return 1;
		t->show_matches = !t->show_matches;
		if (!t->show_matches && t->focus == t->pane)
			set_focus(t, t->list);
		layout(t);
		follow(t);
		return 1;
	case REQ_NEXT_PANE:
		if (on_lists(t) && t->show_matches)
			set_focus(t, t->focus == t->pane ? t->list : t->pane);
		return 1;
	case REQ_EXCLUDED:
		/* From the list too: it is about the matches pane. */
		if (!on_lists(t))
			return 1;
		if (!t->show_matches) {
			t->show_matches = 1;
			layout(t);
		}
		follow(t);
		apply(t, m, m->ops->request(m, req));
		return 1;
	default:
		return 0;
	}
}

/* A request: the view's own, the UI's, or the generic list requests. */
static void
dispatch(struct tui *t, enum request req)
{
	struct view		*v = screen_view(t);
	enum view_update	 u = UPDATE_NONE;

	/* The pane acts on what the list has selected now. */
	if (t->follow && v == pane_view(t))
		follow(t);
	if (v->ops->request != NULL)
		u = v->ops->request(v, req);
	if (u == UPDATE_NONE && handle(t, req))
		return;
	if (u == UPDATE_NONE)
		u = view_request(v, req);
	apply(t, v, u);
}

/* A stale view read while nobody types (VIEW_F_IDLE), or -1. */
static int
idle_pending(struct tui *t)
{
	int	i;

	for (i = 0; i < VIEW_COUNT; i++)
		if ((flags(t, i) & VIEW_F_IDLE) && t->views[i].stale)
			return i;
	return -1;
}

static void
idle_load(struct tui *t)
{
	int	i;

	if ((i = idle_pending(t)) >= 0)
		view_reload(&t->views[i]);
}

static void
mouse(struct tui *t)
{
	MEVENT		 ev;
	struct view	*v = NULL;
	int		 i, cand[2] = { t->list, t->pane };
	long		 row;

	if (getmouse(&ev) != OK)
		return;
	if (ev.y == 0) {
		for (i = 0; i < VIEW_COUNT; i++)
			if (ev.x >= t->tab_x[i] && ev.x < t->tab_x[i + 1])
				dispatch(t, request_of_view(i));
		return;
	}
	if (!on_lists(t))
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
		if (on_lists(t))
			set_focus(t, (int)(v - t->views));
		view_select(v, (size_t)row);
	} else
		return;
	if (v == list_view(t))
		t->follow = 1;
}

static void
setup(struct tui *t, struct db *db, const char *db_path, const char *login,
    int meeting)
{
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
	t->app.stop = got_signal;
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
	/* The first list of the table shows first, with the pane beside. */
	t->list = t->pane = -1;
	for (i = 0; i < VIEW_COUNT; i++) {
		view_init(&t->views[i], screen_ops[i], &t->app);
		t->views[i].stale = 1;
		if (t->list < 0 && (screen_ops[i]->flags & VIEW_F_LIST))
			t->list = i;
		if (t->pane < 0 && (screen_ops[i]->flags & VIEW_F_PANE))
			t->pane = i;
	}
	if (t->list < 0 || t->pane < 0)
		msg_fatal("screens.h needs a list and the matches pane");
	t->screen = t->back = t->list;
	t->ret = -1;
	t->show_matches = 1;
	set_focus(t, t->list);
	db_changed(db);
	t->last_poll = now();
}

static void
teardown(struct tui *t)
{
	int	i;

	indexer_free(t->ix);
	for (i = 0; i < VIEW_COUNT; i++)
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

	got_signal = tui_term_signals();
	if (tui_term_start() != 0)
		return WB_ERROR;
	setup(&t, db, db_path, login, meeting);
	view_reload(list_view(&t));
	layout(&t);
	t.follow = 1;
	draw(&t);
	start_index(&t);
	while (!t.quit && !*got_signal) {
		/* A slow ranking waits for the keys to stop for longer. */
		wait = t.follow ? (t.app.rank_seconds > 0.1 ?
		    (int)(t.app.rank_seconds * 1000) + FOLLOW_MS : FOLLOW_MS) :
		    idle_pending(&t) >= 0 ? 10 :
		    t.ix != NULL ? 100 : POLL_MS;
		timeout(wait);
		t0 = now();
		ch = getch();
		if (*got_signal)
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
			else
				idle_load(&t);
			poll_index(&t);
			if (now() - t.last_poll >= POLL_MS / 1000.0) {
				t.last_poll = now();
				/* Another session changed the database. */
				if (db_changed(db))
					apply(&t, NULL, UPDATE_DATA);
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
			req = keys_lookup(VIEW_KEYMAP(v - t.views), ch);
			if (req != REQ_NONE)
				dispatch(&t, req);
			else
				view_message(&t.app, 0, _("Key %s does nothing "
				    "here; ? shows the keys."), keys_name(ch));
		}
		poll_index(&t);
		draw(&t);
	}
	tui_term_end();
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
