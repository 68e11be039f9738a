/*
 * form.c: modal forms and dialogs (form.h).  A window centred over the
 * screen, drawn through draw.c; text fields edited with prompt.c's line
 * editor; values checked with the import's validators (validate.h).
 * Nothing here reads or writes the database.
 */
#include "werkbank/form.h"

#include <ctype.h>
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "werkbank/color.h"
#include "werkbank/draw.h"
#include "werkbank/i18n.h"
#include "werkbank/prompt.h"
#include "werkbank/validate.h"
#include "werkbank/xmalloc.h"

#define FORM_MIN_W	56
#define FORM_MAX_W	96
#define LABEL_MAX_W	22
#define TEXT_MAXLEN	1000	/* bytes of a free text field */

/* Where the window is, computed before each drawing. */
struct box {
	int	y, x, h, w;
};

struct form_state {
	struct form		*f;
	size_t			 cur;
	struct form_suggestion	 sugg[FORM_SUGGEST];
	size_t			 nsugg;
	int			 ssel;		/* -1: none selected */
	size_t			 stop;		/* first suggestion shown */
	int			 labw;
	size_t			 top;		/* first field shown */
	/* The values as the form opened, to ask before throwing away. */
	char			(*was)[FORM_VALUE_MAX];
	int			*was_choice;
};

static void
trim(char *s)
{
	size_t	n = strlen(s), i = 0;

	while (n > 0 && isspace((unsigned char)s[n - 1]))
		s[--n] = '\0';
	while (isspace((unsigned char)s[i]))
		i++;
	if (i > 0)
		memmove(s, s + i, n - i + 1);
}

void
form_field_set(struct form_field *fl, const char *text)
{
	struct prompt_line	line;

	prompt_line_set(&line, text);
	memcpy(fl->value, line.buf, line.len + 1);
	fl->key[0] = '\0';
	fl->err[0] = '\0';
}

const char *
form_value(const struct form_field *fl)
{
	if (fl->kind == FORM_CHOICE)
		return fl->choices != NULL && fl->choices[0] != NULL ?
		    fl->choices[fl->choice] : "";
	return fl->value;
}

static size_t
nchoices(const struct form_field *fl)
{
	size_t	n = 0;

	while (fl->choices != NULL && fl->choices[n] != NULL)
		n++;
	return n;
}

static const char *
choice_label(const struct form_field *fl, size_t i)
{
	if (fl->choice_labels != NULL)
		return fl->choice_labels[i];
	return fl->choices[i];
}

int
form_check(struct form_field *fl)
{
	char	e[VERR], date[11];
	double	d;
	int	rc;

	fl->err[0] = '\0';
	fl->remark[0] = '\0';
	e[0] = '\0';
	if (fl->kind != FORM_CHOICE)
		trim(fl->value);
	if (fl->kind == FORM_CHOICE) {
		if (nchoices(fl) == 0 || fl->choice < 0 ||
		    (size_t)fl->choice >= nchoices(fl)) {
			snprintf(fl->err, sizeof(fl->err), "%s",
			    _("nothing to choose from"));
			return -1;
		}
	} else if (fl->value[0] == '\0') {
		fl->key[0] = '\0';
		if (fl->required) {
			snprintf(fl->err, sizeof(fl->err), "%s",
			    _("a value is needed here"));
			return -1;
		}
		return 0;
	} else if (fl->kind == FORM_TEXT || fl->kind == FORM_LOOKUP) {
		if (validate_text(fl->value, 0, TEXT_MAXLEN, e) != WB_OK)
			goto bad;
		if (fl->kind == FORM_LOOKUP && fl->key[0] == '\0' &&
		    !fl->free && !fl->multi) {
			snprintf(fl->err, sizeof(fl->err), "%s", _("pick one of "
			    "the suggestions (Down, then Enter)"));
			return -1;
		}
	} else if (fl->kind == FORM_DATE) {
		if (validate_date(fl->value, date, e) != WB_OK)
			goto bad;
		/* Shown as it will be stored. */
		snprintf(fl->value, sizeof(fl->value), "%s", date);
	} else if (fl->kind == FORM_NUMBER) {
		if (validate_number(fl->value, fl->min, fl->max, &d, e) !=
		    WB_OK)
			goto bad;
	}
	if (fl->check != NULL && form_value(fl)[0] != '\0' &&
	    (rc = fl->check(form_value(fl), e, sizeof(e), fl->arg)) != 0) {
		if (rc < 0)
			goto bad;
		snprintf(fl->remark, sizeof(fl->remark), "%s", e);
	}
	return 0;
bad:
	snprintf(fl->err, sizeof(fl->err), "%s", e[0] != '\0' ? e :
	    _("not valid"));
	return -1;
}

/* A horizontal border: left, a run of mid, right, with a title. */
static void
hborder(int y, int x, int w, int top, const char *title)
{
	int	attr = color_attr(ROLE_BORDER), i, tw;
	const char *l, *m, *r;

	if (draw_unicode()) {
		l = top ? "\xe2\x94\x8c" : "\xe2\x94\x94";
		r = top ? "\xe2\x94\x90" : "\xe2\x94\x98";
		m = "\xe2\x94\x80";
	} else {
		l = r = "+";
		m = "-";
	}
	if (y < 0 || y >= LINES)
		return;		/* addstr would go on where the cursor is */
	attron(attr);
	mvaddstr(y, x, l);
	for (i = 1; i < w - 1; i++)
		addstr(m);
	addstr(r);
	attroff(attr);
	if (title != NULL && *title != '\0') {
		tw = draw_width(title) + 2;
		if (tw > w - 4)
			tw = w - 4;
		draw_text(y, x + 2, 1, " ", DRAW_LEFT, attr);
		draw_text(y, x + 3, tw - 2, title, DRAW_LEFT,
		    color_attr(ROLE_SECTION));
		draw_text(y, x + 1 + tw, 1, " ", DRAW_LEFT, attr);
	}
}

/* The sides and the inside of one row of the window. */
static void
row(const struct box *b, int y)
{
	draw_vline(y, b->x, 1, color_attr(ROLE_BORDER));
	draw_fill(y, b->x + 1, b->w - 2, color_attr(ROLE_DEFAULT));
	draw_vline(y, b->x + b->w - 1, 1, color_attr(ROLE_BORDER));
}

static void
place(struct box *b, int want_w, int h)
{
	b->w = want_w;
	if (b->w < FORM_MIN_W)
		b->w = FORM_MIN_W;
	if (b->w > FORM_MAX_W)
		b->w = FORM_MAX_W;
	if (b->w > COLS)
		b->w = COLS;
	b->h = h < LINES ? h : LINES;
	b->y = (LINES - b->h) / 2;
	b->x = (COLS - b->w) / 2;
}

static int
lines_width(const char *title, const char *const *lines, size_t n)
{
	int	w = draw_width(title) + 8, lw;
	size_t	i;

	for (i = 0; i < n; i++)
		if ((lw = draw_width(lines[i]) + 4) > w)
			w = lw;
	return w;
}

static void
draw_form(struct form_state *s)
{
	struct form		*f = s->f;
	struct box		 b;
	struct form_field	*fl;
	char			 buf[FORM_VALUE_MAX + 16];
	int			 y, vx, vw, cx = -1, cy = -1, attr;
	size_t			 i, k, fit;

	s->labw = 0;
	for (i = 0; i < f->nfields; i++)
		if (draw_width(f->fields[i].label) + 3 > s->labw)
			s->labw = draw_width(f->fields[i].label) + 3;
	if (s->labw > LABEL_MAX_W)
		s->labw = LABEL_MAX_W;
	place(&b, lines_width(f->title, f->lines, f->nlines) > s->labw + 64 ?
	    lines_width(f->title, f->lines, f->nlines) : s->labw + 64,
	    (int)(f->nlines + (f->nlines > 0) + 2 * f->nfields + 4));
	vx = b.x + 2 + s->labw;
	vw = b.w - 3 - s->labw;
	if (vw < 4)
		vw = 4;
	hborder(b.y, b.x, b.w, 1, f->title);
	y = b.y + 1;
	for (i = 0; i < f->nlines && y < b.y + b.h - 1; i++, y++) {
		row(&b, y);
		draw_text(y, b.x + 2, b.w - 4, f->lines[i], DRAW_LEFT,
		    color_attr(ROLE_DEFAULT));
	}
	if (f->nlines > 0 && y < b.y + b.h - 1)
		row(&b, y++);
	/* More fields than the screen holds: scroll to the current one. */
	fit = b.y + b.h - 2 > y + 1 ? (size_t)(b.y + b.h - 2 - y) / 2 : 1;
	if (fit == 0)
		fit = 1;
	if (s->cur < s->top)
		s->top = s->cur;
	if (s->cur >= s->top + fit)
		s->top = s->cur - fit + 1;
	if (s->top + fit > f->nfields)
		s->top = f->nfields > fit ? f->nfields - fit : 0;
	/* Each field two rows, above the footer and the bottom border (a
	 * form taller than the screen drew its footer on the border row and
	 * the border past the box, over the key bar). */
	for (i = s->top; i < f->nfields && y + 1 < b.y + b.h - 2; i++,
	    y += 2) {
		fl = &f->fields[i];
		row(&b, y);
		row(&b, y + 1);
		snprintf(buf, sizeof(buf), "%s%s", fl->label,
		    fl->required ? "*" : "");
		draw_text(y, b.x + 2, s->labw - 1, buf, DRAW_LEFT,
		    color_attr(i == s->cur ? ROLE_SELECTED : ROLE_LABEL));
		attr = color_attr(ROLE_DEFAULT) | A_UNDERLINE;
		if (fl->kind == FORM_CHOICE) {
			snprintf(buf, sizeof(buf), "< %s >", nchoices(fl) > 0 ?
			    choice_label(fl, (size_t)fl->choice) : "");
			draw_text(y, vx, vw, buf, DRAW_LEFT,
			    i == s->cur ? color_attr(ROLE_SELECTED_DIM) :
			    color_attr(ROLE_DEFAULT));
		} else {
			draw_fill(y, vx, vw, attr);
			/* The field being typed in shows its end, where the
			 * cursor is; the others their start (a list of
			 * occupations showed only the end of its last title). */
			if (i != s->cur)
				draw_text(y, vx, vw, fl->value, DRAW_LEFT, attr);
			k = i != s->cur ? (size_t)vx :
			    (size_t)prompt_draw_tail(y, vx, vw, fl->value,
			    fl->offered ? color_attr(ROLE_SELECTED) : attr);
			if (fl->offered && i == s->cur && (int)k < vx + vw)
				draw_fill(y, (int)k, vx + vw - (int)k, attr);
			if (i == s->cur) {
				cy = y;
				cx = (int)k < vx + vw ? (int)k : vx + vw - 1;
			}
		}
		if (fl->err[0] != '\0')
			draw_text(y + 1, vx, vw, fl->err, DRAW_LEFT,
			    color_attr(ROLE_ERROR));
		else if (fl->remark[0] != '\0')
			draw_text(y + 1, vx, vw, fl->remark, DRAW_LEFT,
			    color_attr(ROLE_LABEL) | A_BOLD);
		else if (fl->hint != NULL)
			draw_text(y + 1, vx, vw, fl->hint, DRAW_LEFT,
			    color_attr(ROLE_DIM));
	}
	row(&b, y);
	if (fit < f->nfields)
		snprintf(buf, sizeof(buf), _("Tab/Down: next  Enter/F2: save  "
		    "Esc: cancel  (%zu/%zu)"), s->cur + 1,
		    f->nfields);
	else
		snprintf(buf, sizeof(buf), "%s", _("Tab/Down: next field  "
		    "Enter/F2: save  Esc: cancel"));
	draw_text(y, b.x + 2, b.w - 4, buf, DRAW_LEFT, color_attr(ROLE_DIM));
	hborder(y + 1, b.x, b.w, 0, NULL);
	/* The suggestions of a lookup field, inside the window: over the
	 * rows below the field down to above the footer, or above it when
	 * there is more room there (a short form on a small terminal); a
	 * window of them around the one selected, with a mark when there
	 * are more above or below. */
	fl = &f->fields[s->cur];
	if (fl->kind == FORM_LOOKUP && s->nsugg > 0 && cy >= 0) {
		size_t	shown = FORM_SUGGEST_SHOWN;
		int	below = y - cy - 1, above = cy - b.y - 1;
		int	ly = cy + 1;

		if (shown > s->nsugg)
			shown = s->nsugg;
		if (below < (int)shown && above > below) {
			if (above < (int)shown)
				shown = (size_t)above;
			ly = cy - (int)shown;
		} else if (below < (int)shown)
			shown = below > 1 ? (size_t)below : 1;
		if (s->ssel >= 0 && (size_t)s->ssel < s->stop)
			s->stop = (size_t)s->ssel;
		if (s->ssel >= 0 && (size_t)s->ssel >= s->stop + shown)
			s->stop = (size_t)s->ssel - shown + 1;
		for (k = 0; k < shown && s->stop + k < s->nsugg; k++) {
			snprintf(buf, sizeof(buf), "%s%s", s->sugg[s->stop +
			    k].label, (k == 0 && s->stop > 0) ||
			    (k + 1 == shown && s->stop + k + 1 < s->nsugg) ?
			    (draw_unicode() ? " \xe2\x80\xa6" : " ...") : "");
			draw_text(ly + (int)k, vx, vw, buf, DRAW_LEFT,
			    color_attr((int)(s->stop + k) == s->ssel ?
			    ROLE_SELECTED : ROLE_SELECTED_DIM));
		}
	}
	if (cx >= 0 && cy >= 0) {
		curs_set(1);
		move(cy, cx);
	} else
		curs_set(0);
	refresh();
}

/* Where the item being typed starts: after the last | of a list. */
static size_t
item_at(const struct form_field *fl)
{
	const char	*bar;

	if (!fl->multi || (bar = strrchr(fl->value, '|')) == NULL)
		return 0;
	return (size_t)(bar - fl->value) + 1;
}

/*
 * The suggestions for what is typed; with all, for nothing typed too
 * (the whole pick list), and the whole list for a value picked or
 * offered, with it selected.
 */
static void
suggest(struct form_state *s, int all)
{
	struct form_field	*fl = &s->f->fields[s->cur];
	char			 typed[FORM_VALUE_MAX];
	size_t			 i;

	s->nsugg = 0;
	s->ssel = -1;
	s->stop = 0;
	if (fl->kind != FORM_LOOKUP || fl->lookup == NULL)
		return;
	if (all && !fl->multi && (fl->key[0] != '\0' || fl->offered)) {
		s->nsugg = fl->lookup("", s->sugg, FORM_SUGGEST, fl->arg);
		for (i = 0; i < s->nsugg && s->ssel < 0; i++)
			if (strcmp(s->sugg[i].key, fl->key) == 0 ||
			    strcmp(s->sugg[i].label, fl->value) == 0)
				s->ssel = (int)i;
		return;
	}
	snprintf(typed, sizeof(typed), "%s", fl->value + item_at(fl));
	trim(typed);
	if (typed[0] != '\0' || all)
		s->nsugg = fl->lookup(typed, s->sugg, FORM_SUGGEST, fl->arg);
	if (s->nsugg > FORM_SUGGEST)
		s->nsugg = FORM_SUGGEST;
}

static void
go(struct form_state *s, size_t to)
{
	if (to == s->cur)
		return;
	form_check(&s->f->fields[s->cur]);
	s->cur = to;
	/* Entered: its text is selected, typing replaces it. */
	s->f->fields[to].offered = s->f->fields[to].value[0] != '\0';
	s->nsugg = 0;
	s->ssel = -1;
}

/* Check all; on trouble focus the first bad field.  0 when all valid. */
static int
check_all(struct form_state *s)
{
	size_t	i, bad = s->f->nfields;

	for (i = 0; i < s->f->nfields; i++)
		if (form_check(&s->f->fields[i]) != 0 && bad == s->f->nfields)
			bad = i;
	if (bad == s->f->nfields)
		return 0;
	s->cur = bad;
	s->nsugg = 0;
	return -1;
}

static void
pick(struct form_state *s)
{
	struct form_field	*fl = &s->f->fields[s->cur];
	struct form_suggestion	*sg = &s->sugg[s->ssel];
	char			 buf[FORM_VALUE_MAX];
	size_t			 at = item_at(fl);

	if (fl->multi) {
		/* The item being typed becomes the one picked. */
		snprintf(buf, sizeof(buf), "%.*s%s%s", (int)at, fl->value,
		    at > 0 ? " " : "", sg->label);
		form_field_set(fl, buf);
	} else {
		form_field_set(fl, sg->label);
		snprintf(fl->key, sizeof(fl->key), "%s", sg->key);
	}
	form_check(fl);
	s->nsugg = 0;
	s->ssel = -1;
}

/* 1 when a field's value is no longer as the form opened. */
static int
changed(const struct form_state *s)
{
	size_t	i;

	for (i = 0; i < s->f->nfields; i++)
		if (strcmp(s->f->fields[i].value, s->was[i]) != 0 ||
		    s->f->fields[i].choice != s->was_choice[i])
			return 1;
	return 0;
}

/* Esc: 1 to leave the form; a changed one asks first. */
static int
leave(struct form_state *s)
{
	const char	*lines[1];

	if (!changed(s))
		return 1;
	lines[0] = _("What you typed in this form has not been saved.");
	s->f->redraw(s->f->arg);
	return dialog_run(s->f->title, lines, 1, "yn", _("y: throw it away   "
	    "n: back to the form"), 0, s->f->redraw, s->f->arg,
	    s->f->stop) != 'n';
}

enum form_result
form_run(struct form *f)
{
	struct form_state	 s;
	struct form_field	*fl;
	struct prompt_line	 line;
	enum prompt_got		 got;
	wint_t			 ch;
	int			 rc, listed = 0;
	size_t			 n;

	memset(&s, 0, sizeof(s));
	s.f = f;
	s.ssel = -1;
	if (f->nfields == 0)
		return FORM_CANCELLED;
	s.was = xcalloc(f->nfields, sizeof(*s.was));
	s.was_choice = xcalloc(f->nfields, sizeof(*s.was_choice));
	for (n = 0; n < f->nfields; n++) {
		memcpy(s.was[n], f->fields[n].value, sizeof(s.was[n]));
		s.was_choice[n] = f->fields[n].choice;
	}
	/* Back from a refused save: at the first field that says why (it
	 * may lie below the screen; walk-through: F2 seemed to do nothing). */
	for (n = 0; n < f->nfields; n++)
		if (f->fields[n].err[0] != '\0') {
			s.cur = n;
			break;
		}
	if (s.cur == 0 && f->fields[0].value[0] != '\0')
		f->fields[0].offered = 1;
	timeout(1000);
	for (;;) {
		/* A list that was open is drawn over the screen behind. */
		if (listed)
			f->redraw(f->arg);
		draw_form(&s);
		listed = s.nsugg > 0;
		rc = get_wch(&ch);
		if ((got = prompt_got_key(rc, rc == KEY_CODE_YES &&
		    ch == KEY_RESIZE, f->redraw, f->arg, f->stop)) ==
		    PROMPT_GONE)
			break;
		if (got == PROMPT_AGAIN)
			continue;
		fl = &f->fields[s.cur];
		if (rc == OK && ch == 27) {
			/* A list open closes first; then the form, asking
			 * when something was typed. */
			if (s.nsugg > 0) {
				s.nsugg = 0;
				s.ssel = -1;
				continue;
			}
			if (leave(&s))
				break;
			continue;
		}
		if ((rc == KEY_CODE_YES && (ch == KEY_ENTER ||
		    ch == KEY_F(2))) || (rc == OK && (ch == '\n' ||
		    ch == '\r'))) {
			if (fl->kind == FORM_LOOKUP && s.ssel >= 0) {
				pick(&s);
				continue;
			}
			if (check_all(&s) == 0) {
				curs_set(0);
				free(s.was);
				free(s.was_choice);
				return FORM_SUBMITTED;
			}
			continue;
		}
		/* Down on a lookup field with no list open: the whole list
		 * (for the item being typed: what fits it). */
		if (rc == KEY_CODE_YES && ch == KEY_DOWN && s.nsugg == 0 &&
		    fl->kind == FORM_LOOKUP && fl->lookup != NULL) {
			suggest(&s, 1);
			if (s.nsugg > 0) {
				if (s.ssel < 0)
					s.ssel = 0;
				fl->offered = 0;
				continue;
			}
		}
		if (rc == KEY_CODE_YES && ch == KEY_DOWN && s.nsugg > 0) {
			if (s.ssel + 1 < (int)s.nsugg)
				s.ssel++;
			continue;
		}
		if (rc == KEY_CODE_YES && ch == KEY_UP && s.ssel >= 0) {
			s.ssel--;
			continue;
		}
		if ((rc == OK && ch == '\t') ||
		    (rc == KEY_CODE_YES && ch == KEY_DOWN)) {
			go(&s, (s.cur + 1) % f->nfields);
			continue;
		}
		if (rc == KEY_CODE_YES && (ch == KEY_UP || ch == KEY_BTAB)) {
			go(&s, (s.cur + f->nfields - 1) % f->nfields);
			continue;
		}
		if (fl->kind == FORM_CHOICE) {
			n = nchoices(fl);
			if (n == 0)
				continue;
			if ((rc == KEY_CODE_YES && ch == KEY_RIGHT) ||
			    (rc == OK && ch == ' '))
				fl->choice = (int)(((size_t)fl->choice + 1) % n);
			else if (rc == KEY_CODE_YES && ch == KEY_LEFT)
				fl->choice = (int)(((size_t)fl->choice + n - 1) %
				    n);
			fl->err[0] = '\0';
			continue;
		}
		prompt_line_set(&line, fl->value);
		line.selected = fl->offered;
		fl->offered = 0;
		if (prompt_line_key(&line, rc, ch)) {
			memcpy(fl->value, line.buf, line.len + 1);
			fl->err[0] = '\0';
			fl->remark[0] = '\0';
			fl->key[0] = '\0';
			suggest(&s, 0);
		}
	}
	curs_set(0);
	free(s.was);
	free(s.was_choice);
	return FORM_CANCELLED;
}

enum form_result
form_note(struct form_field *note, const char *hint, const char *title,
    const char *const *lines, size_t nlines, void (*redraw)(void *),
    void *arg, volatile sig_atomic_t *stop)
{
	struct form	f;

	memset(note, 0, sizeof(*note));
	note->label = _("Note");
	note->kind = FORM_TEXT;
	note->hint = hint;
	memset(&f, 0, sizeof(f));
	f.title = title;
	f.lines = lines;
	f.nlines = nlines;
	f.fields = note;
	f.nfields = 1;
	f.redraw = redraw;
	f.arg = arg;
	f.stop = stop;
	return form_run(&f);
}

static void
draw_dialog(const char *title, const char *const *lines, size_t n,
    const char *answer)
{
	struct box	b;
	int		y;
	size_t		i;

	place(&b, lines_width(title, lines, n) > draw_width(answer) + 4 ?
	    lines_width(title, lines, n) : draw_width(answer) + 4,
	    (int)n + 4);
	hborder(b.y, b.x, b.w, 1, title);
	y = b.y + 1;
	for (i = 0; i < n && y < b.y + b.h - 3; i++, y++) {
		row(&b, y);
		draw_text(y, b.x + 2, b.w - 4, lines[i], DRAW_LEFT,
		    color_attr(ROLE_DEFAULT));
	}
	row(&b, y++);
	row(&b, y);
	draw_text(y, b.x + 2, b.w - 4, answer, DRAW_LEFT,
	    color_attr(ROLE_LABEL) | A_BOLD);
	hborder(y + 1, b.x, b.w, 0, NULL);
	curs_set(0);
	refresh();
}

int
dialog_run(const char *title, const char *const *lines, size_t n,
    const char *keys, const char *answer, int enter_default,
    void (*redraw)(void *), void *arg, volatile sig_atomic_t *stop)
{
	enum prompt_got	got;
	int		ch;

	timeout(1000);
	for (;;) {
		draw_dialog(title, lines, n, answer);
		ch = getch();
		if ((got = prompt_got_key(ch, ch == KEY_RESIZE, redraw, arg,
		    stop)) == PROMPT_GONE)
			return 0;
		if (got == PROMPT_AGAIN)
			continue;
		if (ch == 27)
			return 0;
		if ((ch == '\n' || ch == '\r' || ch == KEY_ENTER) &&
		    enter_default)
			return keys[0];
		/* Up and Down answer as k and j do, where they answer. */
		if ((ch == KEY_UP && strchr(keys, 'k') != NULL) ||
		    (ch == KEY_DOWN && strchr(keys, 'j') != NULL))
			ch = ch == KEY_UP ? 'k' : 'j';
		if (ch > 0 && ch < 128) {
			ch = tolower(ch);
			if (ch == 'j' && strchr(keys, 'j') == NULL)
				ch = 'y';
			if (strchr(keys, ch) != NULL && ch != '\0')
				return ch;
		}
	}
}
