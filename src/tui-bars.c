/*
 * tui-bars.c: the title line with a tab for every screen, the status
 * line, the key bar, and the "too small" screen (tui-bars.h).  Text is
 * measured in columns and cut by draw.c.
 */
#include "werkbank/tui-bars.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/color.h"
#include "werkbank/draw.h"
#include "werkbank/i18n.h"
#include "werkbank/keys.h"

/*
 * The title of a tab when the bar is squeezed to level lv: 0 the title
 * and its count, 1 the title, 2 titles cut to TAB_SHORT columns, 3 the
 * digit alone (the active tab keeps its title).  Sets *tw, its columns.
 */
#define TAB_SHORT	5
static void
tab_title(const struct tui_tab *tab, int lv, char *buf, size_t len, int *tw)
{
	if (lv == 0 && tab->count)
		snprintf(buf, len, "%s %zu", tab->title, tab->n);
	else if (lv < 3 || tab->active)
		snprintf(buf, len, "%s", tab->title);
	else
		buf[0] = '\0';
	*tw = draw_width(buf);
	if (lv >= 2 && !tab->active && *tw > TAB_SHORT)
		*tw = TAB_SHORT;
}

/* Columns of a tab with a title of tw columns: " 1 Title", the active
 * one with a space after. */
static int
tab_width(const struct tui_tab *tab, int tw)
{
	return 2 + (tw > 0 ? 1 + tw : 0) + (tab->active != 0);
}

void
tui_draw_title(const struct tui_tab *tabs, int n, int meeting, int *tab_x)
{
	char		 buf[128], digit[8];
	int		 i, x, lv, tw, need, attr = color_attr(ROLE_TITLE);
	int		 rest, brand, a;
	const char	*badge = _("MEETING");

	draw_fill(0, 0, COLS, attr);
	rest = meeting ? draw_width(badge) + 3 : 0;
	brand = COLS >= 100 ? 11 : 0;
	for (lv = 0; lv < 4; lv++) {
		need = 0;
		for (i = 0; i < n; i++) {
			tab_title(&tabs[i], lv, buf, sizeof(buf), &tw);
			need += tab_width(&tabs[i], tw);
		}
		if (need + brand <= COLS - rest)
			break;
		brand = 0;
	}
	x = 0;
	if (brand > 0)
		x = draw_text(0, 0, 10, " werkbank", DRAW_LEFT, attr | A_BOLD) + 1;
	for (i = 0; i < n; i++) {
		tab_title(&tabs[i], lv, buf, sizeof(buf), &tw);
		tab_x[i] = x;
		if (x + tab_width(&tabs[i], tw) > COLS - rest)
			break;
		a = tabs[i].active ? color_attr(ROLE_TAB_ACTIVE) : attr;
		snprintf(digit, sizeof(digit), " %c%s", tabs[i].key,
		    tw > 0 ? " " : "");
		x += draw_text(0, x, draw_width(digit), digit, DRAW_LEFT, a);
		if (tw > 0)
			x += draw_text(0, x, tw, buf, DRAW_LEFT, a);
		if (tabs[i].active)
			x += draw_text(0, x, 1, " ", DRAW_LEFT, a);
	}
	for (; i <= n; i++)
		tab_x[i] = x;
	if (meeting) {
		snprintf(buf, sizeof(buf), " %s ", badge);
		draw_text(0, COLS - draw_width(buf), draw_width(buf), buf,
		    DRAW_LEFT, color_attr(ROLE_MEETING));
	}
}

void
tui_draw_status(struct view_app *app, struct view *v)
{
	char		 left[512], right[256], *f;
	const char	*base = strrchr(app->db_path, '/');
	int		 rw, attr = color_attr(ROLE_STATUS);

	base = base != NULL ? base + 1 : app->db_path;
	snprintf(right, sizeof(right), " %s@%s ", app->login, base);
	if (app->message[0] != '\0') {
		snprintf(left, sizeof(left), " %s", app->message);
		if (app->message_error)
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
		if (app->idx == NULL && !app->idx_failed)
			snprintf(left + strlen(left), sizeof(left) - strlen(left),
			    "  %s", _("[building the match index]"));
	}
	rw = draw_width(right);
	if (rw > COLS / 3)
		rw = COLS / 3;
	draw_text(LINES - 2, 0, COLS - rw, left, DRAW_LEFT, attr);
	draw_text(LINES - 2, COLS - rw, rw, right, DRAW_RIGHT,
	    color_attr(ROLE_STATUS));
}

void
tui_draw_too_small(int min_cols, int min_lines)
{
	char	buf[320], need[160];
	int	y = LINES / 2;

	erase();
	snprintf(buf, sizeof(buf), _("Terminal too small: %dx%d."), COLS,
	    LINES);
	snprintf(need, sizeof(need), _("werkbank needs at least %dx%d; q "
	    "quits."), min_cols, min_lines);
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

/* The short names of the actions the key bar shows; those without one
 * are left out of it (moving, sorting: the help has them). */
static const char *const short_names[REQ_COUNT] = {
	[REQ_ENTER] = N_("Open"),
	[REQ_SEARCH] = N_("Search"),
	[REQ_FILTER] = N_("Filter"),
	[REQ_MATCHES] = N_("Matches"),
	[REQ_EXCLUDED] = N_("Excluded"),
	[REQ_PROPOSE] = N_("Propose"),
	[REQ_ADVANCE] = N_("Next step"),
	[REQ_WHY] = N_("Why"),
	[REQ_PROFILE] = N_("Profile"),
	[REQ_LEAVE] = N_("Leaves pool"),
	[REQ_CONTACT_ADD] = N_("Contact"),
	[REQ_RATING_ADD] = N_("Rating"),
	[REQ_PERSON_ADD] = N_("Contact person"),
	[REQ_CONTACTS_DUE] = N_("Contacts due"),
	[REQ_SLATE] = N_("Slate"),
	[REQ_SLATE_MARK] = N_("Mark"),
	[REQ_SLATE_MARK_ALL] = N_("All"),
	[REQ_SLATE_ACCEPT] = N_("Propose"),
	[REQ_SLATE_REPLACE] = N_("Replace"),
	[REQ_SLATE_DROP] = N_("Take out"),
	[REQ_SLATE_PER] = N_("How many"),
	[REQ_SLATE_RESET] = N_("Clear"),
	[REQ_TAB] = N_("Open/filled"),
	[REQ_PERIOD] = N_("Period"),
	[REQ_BREAKDOWN] = N_("Breakdown"),
	[REQ_PERIOD_PREV] = N_("Earlier"),
	[REQ_PERIOD_NEXT] = N_("Later"),
	[REQ_REPORT_PERIOD] = N_("Period"),
	[REQ_STILL_WORKING] = N_("Still working"),
	[REQ_LEFT_ON] = N_("Left the job"),
	[REQ_MEETING_START] = N_("Start"),
	[REQ_ACTION_ADD] = N_("Action item"),
	[REQ_ACTION_DONE] = N_("Done"),
	[REQ_UNDO] = N_("Undo"),
	[REQ_MEETING_END] = N_("End"),
	[REQ_MINUTES] = N_("Minutes"),
	[REQ_AGENDA_SINCE] = N_("Since"),
	[REQ_EDIT] = N_("Edit"),
	[REQ_NEW] = N_("New"),
	[REQ_HOLD] = N_("Hold"),
	[REQ_REOPEN] = N_("Reopen"),
	[REQ_WITHDRAW] = N_("Withdraw"),
	[REQ_BACK] = N_("Back"),
	[REQ_VIEW_HELP] = N_("Help"),
	[REQ_MEETING] = N_("Meeting mode"),
	[REQ_QUIT] = N_("Quit"),
};

/* After the screen's own: what works everywhere, in this order. */
static const enum request generic_bar[] = {
	REQ_ENTER, REQ_SEARCH, REQ_FILTER, REQ_MATCHES, REQ_MEETING,
	REQ_BACK, REQ_QUIT,
};

/* The first key bound to req in map that works there, into buf. */
static int
first_key(enum keymap map, enum keymap from, enum request req, char *buf,
    size_t len)
{
	char	*comma;

	/* The help's own key rather than its tab's digit. */
	if (req == REQ_VIEW_HELP && keys_lookup(map, '?') == req) {
		snprintf(buf, len, "?");
		return 1;
	}
	if (!keys_for(from, req, buf, len))
		return 0;
	if ((comma = strstr(buf, ", ")) != NULL)
		*comma = '\0';
	return keys_lookup(map, keys_parse(buf)) == req;
}

/* 1 when req is one of the bar's generic ones (shown after). */
static int
generic(enum request req)
{
	size_t	i;

	for (i = 0; i < sizeof(generic_bar) / sizeof(generic_bar[0]); i++)
		if (generic_bar[i] == req)
			return 1;
	return req == REQ_VIEW_HELP;
}

/* One "key Name" of the bar at x, if it fits before end; the new x. */
static int
bar_item(int x, int end, const char *key, const char *name)
{
	int	kw = draw_width(key), nw = draw_width(name);

	if (x + kw + 1 + nw > end)
		return -1;
	x += draw_text(LINES - 1, x, kw, key, DRAW_LEFT,
	    color_attr(ROLE_TAB_ACTIVE) | A_BOLD);
	x += draw_text(LINES - 1, x, 1, " ", DRAW_LEFT,
	    color_attr(ROLE_STATUS));
	x += draw_text(LINES - 1, x, nw, name, DRAW_LEFT,
	    color_attr(ROLE_STATUS));
	return x + 2;
}

void
tui_draw_keys(enum keymap map, struct view *v, int lists, int searchable)
{
	const struct view_bar_key *own = NULL, *k;
	char	key[64];
	int	x = 1, r, end, hx, i, nx, help;

	draw_fill(LINES - 1, 0, COLS, color_attr(ROLE_STATUS));
	/* Help always fits, at the end. */
	help = first_key(map, KEYMAP_GENERIC, REQ_VIEW_HELP, key,
	    sizeof(key));
	/* Where the help goes, and two columns before it the others end. */
	hx = COLS - (help ? draw_width(key) + 2 +
	    draw_width(_(short_names[REQ_VIEW_HELP])) + 1 : 0);
	end = hx - 2;
	if (v != NULL && v->ops->bar != NULL)
		own = v->ops->bar(v);
	for (k = own; k != NULL && k->req != REQ_NONE; k++) {
		if (generic(k->req) || (k->name == NULL &&
		    short_names[k->req] == NULL) || !first_key(map, map,
		    k->req, key, sizeof(key)) || (nx = bar_item(x, end, key,
		    _(k->name != NULL ? k->name : short_names[k->req]))) < 0)
			continue;
		x = nx;
	}
	for (r = REQ_NONE + 1; own == NULL && r < REQ_COUNT; r++) {
		if (short_names[r] == NULL || generic((enum request)r) ||
		    !first_key(map, map,
		    (enum request)r, key, sizeof(key)) ||
		    (nx = bar_item(x, end, key, _(short_names[r]))) < 0)
			continue;
		x = nx;
	}
	for (i = 0; i < (int)(sizeof(generic_bar) / sizeof(generic_bar[0]));
	    i++) {
		r = generic_bar[i];
		if ((r == REQ_MATCHES && !lists) || ((r == REQ_SEARCH ||
		    r == REQ_FILTER) && !searchable) || !first_key(map,
		    KEYMAP_GENERIC, (enum request)r, key, sizeof(key)))
			continue;
		if ((nx = bar_item(x, end, key, _(short_names[r]))) >= 0)
			x = nx;
	}
	if (help) {
		first_key(map, KEYMAP_GENERIC, REQ_VIEW_HELP, key, sizeof(key));
		bar_item(hx > x ? hx : x, COLS + 1, key,
		    _(short_names[REQ_VIEW_HELP]));
	}
}
