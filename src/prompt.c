/*
 * prompt.c: the input line.  Characters arrive as curses wide
 * characters (get_wch), are kept as UTF-8 and erased a whole character
 * at a time; what is typed is drawn through draw.c like everything else.
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

#define PROMPT_MAX	256

static void
show(const char *label, const char *buf)
{
	int	y = LINES - 1, w = draw_width(label), tw = draw_width(buf);
	int	x, room = COLS - w - 2;
	const char *p = buf;

	draw_text(y, 0, w, label, DRAW_LEFT, color_attr(ROLE_STATUS));
	/* Keep the end of a long line in sight. */
	while (tw > room && *p != '\0') {
		uint32_t	cp;
		size_t		len = text_decode(p, strlen(p), &cp);

		p += len > 0 ? len : 1;
		tw = draw_width(p);
	}
	x = w + draw_text(y, w, COLS - w, p, DRAW_LEFT, color_attr(ROLE_DEFAULT));
	move(y, x < COLS ? x : COLS - 1);
	refresh();
}

char *
prompt_read(const char *label, const char *initial, void (*redraw)(void *),
    void *arg, volatile sig_atomic_t *stop)
{
	char	buf[PROMPT_MAX * 4 + 1] = "", mb[MB_LEN_MAX + 1];
	size_t	len = 0;
	wint_t	ch;
	int	rc, n;

	if (initial != NULL) {
		snprintf(buf, sizeof(buf), "%s", initial);
		len = strlen(buf);
	}
	curs_set(1);
	timeout(1000);
	for (;;) {
		show(label, buf);
		rc = get_wch(&ch);
		if (*stop || (rc == ERR && prompt_input_gone()))
			break;
		if (rc == ERR)
			continue;
		if (rc == KEY_CODE_YES) {
			if (ch == KEY_RESIZE) {
				redraw(arg);
				continue;
			}
			if (ch == KEY_ENTER)
				goto done;
			if (ch == KEY_BACKSPACE || ch == KEY_DC)
				goto erase;
			continue;
		}
		if (ch == 27)
			break;
		if (ch == '\n' || ch == '\r')
			goto done;
		if (ch == 21) {		/* ^U */
			len = 0;
			buf[0] = '\0';
			continue;
		}
		if (ch == 127 || ch == 8) {
erase:
			while (len > 0) {
				len--;
				if (((unsigned char)buf[len] & 0xc0) != 0x80)
					break;
			}
			buf[len] = '\0';
			continue;
		}
		if (ch < 32)
			continue;
		n = wctomb(mb, (wchar_t)ch);
		if (n <= 0 || len + (size_t)n >= sizeof(buf) - 1)
			continue;
		memcpy(buf + len, mb, (size_t)n);
		len += (size_t)n;
		buf[len] = '\0';
	}
	curs_set(0);
	return NULL;
done:
	curs_set(0);
	return xstrdup(buf);
}

int
prompt_confirm(const char *question, void (*redraw)(void *), void *arg,
    volatile sig_atomic_t *stop)
{
	int	ch;

	timeout(1000);
	for (;;) {
		draw_text(LINES - 1, 0, COLS, question, DRAW_LEFT,
		    color_attr(ROLE_ERROR));
		refresh();
		ch = getch();
		if (*stop || (ch == ERR && prompt_input_gone()))
			return 0;
		if (ch == ERR)
			continue;
		if (ch == KEY_RESIZE) {
			redraw(arg);
			continue;
		}
		return ch == 'y' || ch == 'Y' || ch == 'j' || ch == 'J';
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
