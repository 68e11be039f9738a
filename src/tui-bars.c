/*
 * tui-bars.c: the title line with a tab for every screen, the status
 * line, and the "too small" screen (tui-bars.h).  Text is measured in
 * columns and cut by draw.c.
 */
#include "werkbank/tui-bars.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/color.h"
#include "werkbank/draw.h"
#include "werkbank/i18n.h"

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
