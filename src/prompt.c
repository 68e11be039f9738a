/*
 * prompt.c: the input line, and the line editor it shares with the
 * forms (form.c).  Characters arrive as curses wide characters
 * (get_wch), are kept as UTF-8 and erased a whole character at a time;
 * what is typed is drawn through draw.c like everything else.
 */
#include "werkbank/prompt.h"

#include <curses.h>
#include <limits.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "werkbank/color.h"
#include "werkbank/draw.h"
#include "werkbank/i18n.h"
#include "werkbank/text.h"
#include "werkbank/xmalloc.h"

static void
erase_char(struct prompt_line *l)
{
	while (l->len > 0) {
		l->len--;
		if (((unsigned char)l->buf[l->len] & 0xc0) != 0x80)
			break;
	}
	l->buf[l->len] = '\0';
}

void
prompt_line_set(struct prompt_line *l, const char *text)
{
	if (text == NULL)
		text = "";
	snprintf(l->buf, sizeof(l->buf), "%s", text);
	l->len = strlen(l->buf);
	l->selected = 0;
	/* Cut short: never keep half a character at the end. */
	if (l->len < strlen(text))
		erase_char(l);
}

int
prompt_line_key(struct prompt_line *l, int rc, wint_t ch)
{
	char	mb[MB_LEN_MAX + 1];
	int	n;

	/* A selected text: typing replaces it, the rest edits it. */
	if (l->selected) {
		l->selected = 0;
		if (rc == KEY_CODE_YES && (ch == KEY_RIGHT || ch == KEY_LEFT ||
		    ch == KEY_END || ch == KEY_HOME))
			return 1;
		if (rc == OK && ch >= 32 && ch != 127) {
			l->len = 0;
			l->buf[0] = '\0';
		}
	}
	if (rc == KEY_CODE_YES) {
		if (ch == KEY_BACKSPACE || ch == KEY_DC) {
			erase_char(l);
			return 1;
		}
		return 0;
	}
	if (rc != OK)
		return 0;
	if (ch == 21) {		/* ^U */
		l->len = 0;
		l->buf[0] = '\0';
		return 1;
	}
	if (ch == 127 || ch == 8) {
		erase_char(l);
		return 1;
	}
	if (ch < 32)
		return 0;
	n = wctomb(mb, (wchar_t)ch);
	if (n <= 0 || l->len + (size_t)n >= sizeof(l->buf) - 1)
		return 1;	/* not kept, but typed: nothing else to do */
	memcpy(l->buf + l->len, mb, (size_t)n);
	l->len += (size_t)n;
	l->buf[l->len] = '\0';
	return 1;
}

int
prompt_draw_tail(int y, int x, int width, const char *text, int attr)
{
	const char	*p = text;
	int		 tw = draw_width(text);

	/* Keep the end of a long line in sight. */
	while (tw > width - 1 && *p != '\0') {
		uint32_t	cp;
		size_t		len = text_decode(p, strlen(p), &cp);

		p += len > 0 ? len : 1;
		tw = draw_width(p);
	}
	return x + draw_text(y, x, width, p, DRAW_LEFT, attr);
}

static void
show(const char *label, const struct prompt_line *l)
{
	int	y = LINES - 1, w = draw_width(label), x;

	draw_text(y, 0, w, label, DRAW_LEFT, color_attr(ROLE_STATUS));
	x = prompt_draw_tail(y, w, COLS - w, l->buf, color_attr(l->selected ?
	    ROLE_SELECTED : ROLE_DEFAULT));
	if (l->selected && x < COLS)
		draw_fill(y, x, COLS - x, color_attr(ROLE_DEFAULT));
	move(y, x < COLS ? x : COLS - 1);
	refresh();
}

char *
prompt_read(const char *label, const char *initial, void (*redraw)(void *),
    void *arg, volatile sig_atomic_t *stop)
{
	struct prompt_line	 line;
	enum prompt_got		 got;
	wint_t			 ch;
	int			 rc;

	prompt_line_set(&line, initial);
	line.selected = line.len > 0;	/* offered: typing replaces it */
	curs_set(1);
	timeout(1000);
	for (;;) {
		show(label, &line);
		rc = get_wch(&ch);
		if ((got = prompt_got_key(rc, rc == KEY_CODE_YES &&
		    ch == KEY_RESIZE, redraw, arg, stop)) == PROMPT_GONE)
			break;
		if (got == PROMPT_AGAIN || prompt_line_key(&line, rc, ch))
			continue;
		if (rc == KEY_CODE_YES) {
			if (ch == KEY_ENTER)
				goto done;
			continue;
		}
		if (ch == 27)
			break;
		if (ch == '\n' || ch == '\r')
			goto done;
	}
	curs_set(0);
	return NULL;
done:
	curs_set(0);
	return xstrdup(line.buf);
}

int
prompt_confirm(const char *question, void (*redraw)(void *), void *arg,
    volatile sig_atomic_t *stop)
{
	enum prompt_got	got;
	int		ch;

	timeout(1000);
	for (;;) {
		draw_text(LINES - 1, 0, COLS, question, DRAW_LEFT,
		    color_attr(ROLE_ERROR));
		refresh();
		ch = getch();
		if ((got = prompt_got_key(ch, ch == KEY_RESIZE, redraw, arg,
		    stop)) == PROMPT_GONE)
			return 0;
		if (got == PROMPT_KEY)
			return ch == 'y' || ch == 'Y' || ch == 'j' ||
			    ch == 'J';
	}
}

int
prompt_input_gone(void)
{
	struct pollfd	pfd;

	pfd.fd = fileno(stdin);
	pfd.events = POLLIN;
	pfd.revents = 0;
	if (poll(&pfd, 1, 0) < 0)
		return 0;
	return (pfd.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
}

enum prompt_got
prompt_got_key(int rc, int resize, void (*redraw)(void *), void *arg,
    volatile sig_atomic_t *stop)
{
	if (*stop || (rc == ERR && prompt_input_gone()))
		return PROMPT_GONE;
	if (rc == ERR)
		return PROMPT_AGAIN;
	if (resize) {
		redraw(arg);
		return PROMPT_AGAIN;
	}
	return PROMPT_KEY;
}
