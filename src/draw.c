/*
 * draw.c: width-aware drawing.  Text is sanitized (text.h), decoded one
 * character at a time and measured with the C library's wcwidth(), the
 * measure curses itself uses, so that what we count is what the cursor
 * does; a character the library does not know is shown as U+FFFD.
 */
#include "werkbank/draw.h"

#include <curses.h>
#include <langinfo.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <wchar.h>

#include "werkbank/text.h"
#include "werkbank/xmalloc.h"

static int	unicode = 1;

void
draw_init(void)
{
	const char	*cs = nl_langinfo(CODESET);

	unicode = cs != NULL && (strcasecmp(cs, "UTF-8") == 0 ||
	    strcasecmp(cs, "utf8") == 0);
}

int
draw_unicode(void)
{
	return unicode;
}

/* Columns of one sanitized character, and its bytes to print. */
static int
char_cells(const char *s, size_t n, size_t *len, const char **out,
    size_t *outlen)
{
	uint32_t	cp;
	int		w;

	*len = text_decode(s, n, &cp);
	if (*len == 0)
		*len = 1;
	*out = s;
	*outlen = *len;
	if (!unicode) {
		if (cp >= 0x80) {
			*out = "?";
			*outlen = 1;
		}
		return 1;
	}
	w = wcwidth((wchar_t)cp);
	if (w < 0) {
		*out = "\xef\xbf\xbd";
		*outlen = 3;
		return 1;
	}
	return w;
}

int
draw_width(const char *raw)
{
	char		*s = text_sanitize(raw);
	const char	*o;
	size_t		 n = strlen(s), i = 0, len, olen;
	int		 w = 0;

	while (i < n) {
		w += char_cells(s + i, n - i, &len, &o, &olen);
		i += len;
	}
	free(s);
	return w;
}

void
draw_fill(int y, int x, int width, int attr)
{
	if (width <= 0)
		return;
	attrset(attr);
	mvhline(y, x, ' ', width);
}

int
draw_text(int y, int x, int width, const char *raw, enum draw_align align,
    int attr)
{
	char		*s, *buf;
	const char	*o, *marker = unicode ? "\xe2\x80\xa6" : "~";
	size_t		 n, i = 0, len, olen, b = 0, cut = 0;
	int		 w = 0, total, c, cutw = 0, pad;

	if (width <= 0)
		return 0;
	s = text_sanitize(raw != NULL ? raw : "");
	n = strlen(s);
	buf = xmalloc(n * 3 + 8);
	total = 0;
	/* Measure first: does it fit? */
	while (i < n) {
		total += char_cells(s + i, n - i, &len, &o, &olen);
		i += len;
	}
	i = 0;
	while (i < n) {
		c = char_cells(s + i, n - i, &len, &o, &olen);
		if (total > width && w + c > width - 1) {
			cut = 1;
			break;
		}
		if (w + c > width)
			break;
		memcpy(buf + b, o, olen);
		b += olen;
		w += c;
		i += len;
	}
	if (cut) {
		/* A wide character may leave a column before the marker. */
		while (w < width - 1) {
			buf[b++] = ' ';
			w++;
		}
		memcpy(buf + b, marker, strlen(marker));
		b += strlen(marker);
		w++;
	}
	buf[b] = '\0';
	cutw = w;
	pad = width - cutw;
	attrset(attr);
	if (align == DRAW_RIGHT && pad > 0) {
		mvhline(y, x, ' ', pad);
		mvaddnstr(y, x + pad, buf, (int)b);
	} else {
		mvaddnstr(y, x, buf, (int)b);
		if (pad > 0)
			mvhline(y, x + cutw, ' ', pad);
	}
	free(buf);
	free(s);
	return cutw;
}

void
draw_bar(int y, int x, int width, double v, int attr, int bar_attr)
{
	static const char *const eighths[] = {
		"", "\xe2\x96\x8f", "\xe2\x96\x8e", "\xe2\x96\x8d",
		"\xe2\x96\x8c", "\xe2\x96\x8b", "\xe2\x96\x8a", "\xe2\x96\x89",
	};
	int	units, full, part, i;

	if (width <= 0)
		return;
	if (v < 0)
		v = 0;
	if (v > 1)
		v = 1;
	units = (int)(v * width * 8 + 0.5);
	full = units / 8;
	part = units % 8;
	move(y, x);
	attrset(bar_attr);
	for (i = 0; i < full; i++)
		addstr(unicode ? "\xe2\x96\x88" : "#");
	if (full < width && part > 0) {
		addstr(unicode ? eighths[part] : (part >= 4 ? "+" : "."));
		i++;
	}
	attrset(attr);
	for (; i < width; i++)
		addstr(unicode ? " " : ".");
}

void
draw_vline(int y, int x, int height, int attr)
{
	int	i;

	attrset(attr);
	for (i = 0; i < height; i++)
		mvaddstr(y + i, x, unicode ? "\xe2\x94\x82" : "|");
}

const char *
draw_arrow(int desc)
{
	if (unicode)
		return desc ? "\xe2\x96\xbc" : "\xe2\x96\xb2";
	return desc ? "v" : "^";
}
