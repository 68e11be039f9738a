/*
 * text.c: one UTF-8 module for decoding, sanitizing and measuring text.
 * Widths are the C library's wcwidth() under the user's locale, the
 * measure ncursesw draws the screens with, so a CLI table and a screen
 * agree on every column (combining marks, Thai, emoji alike).  A
 * character the library cannot show (wcwidth -1: unassigned, or newer
 * than its tables) is sanitized to U+FFFD, as the screens draw it, so no
 * terminal has to guess its width.  i18n_init() sets the locale first
 * (in a locale that is not UTF-8 it makes the sanitizer give ASCII).
 */
#include "werkbank/text.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "werkbank/xmalloc.h"

size_t
text_decode(const char *str, size_t n, uint32_t *cp)
{
	const unsigned char	*s = (const unsigned char *)str;
	size_t			 len, i;
	uint32_t		 c;

	*cp = 0xfffd;
	if (n == 0)
		return 0;
	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xc2 && s[0] <= 0xdf) {
		len = 2;
		c = s[0] & 0x1f;
	} else if (s[0] >= 0xe0 && s[0] <= 0xef) {
		len = 3;
		c = s[0] & 0x0f;
	} else if (s[0] >= 0xf0 && s[0] <= 0xf4) {
		len = 4;
		c = s[0] & 0x07;
	} else
		return 0;
	if (n < len)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3f);
	}
	/* Overlong forms, surrogates and values past U+10FFFF. */
	if ((len == 3 && c < 0x800) || (len == 4 && c < 0x10000) ||
	    (c >= 0xd800 && c <= 0xdfff) || c > 0x10ffff)
		return 0;
	*cp = c;
	return len;
}

int
text_is_unsafe(uint32_t cp)
{
	return cp < 0x20 || (cp >= 0x7f && cp < 0xa0) ||
	    cp == 0x061c ||			/* Arabic letter mark */
	    (cp >= 0x200b && cp <= 0x200f) ||	/* zero-width, LRM, RLM */
	    (cp >= 0x2028 && cp <= 0x202e) ||	/* separators, embeddings */
	    (cp >= 0x2060 && cp <= 0x206f) ||	/* word joiner, isolates */
	    cp == 0xfeff ||			/* BOM, zero-width no-break */
	    (cp >= 0xfff9 && cp <= 0xfffb);	/* interlinear annotation */
}

/* Set by text_set_ascii() when the terminal's character set is not
 * UTF-8: then every character past ASCII shows as '?'. */
static int	ascii_only;

void
text_set_ascii(int on)
{
	ascii_only = on;
}

char *
text_sanitize(const char *s)
{
	size_t		 n = strlen(s), i = 0, o = 0, len;
	char		*out = xmalloc(n * 3 + 1);
	uint32_t	 cp;

	while (i < n) {
		len = text_decode(s + i, n - i, &cp);
		if (len == 0) {
			len = 1;
			cp = 0xfffd;
		}
		if (cp == '\t' || cp == '\r' || cp == '\n')
			out[o++] = ' ';
		else if (ascii_only && (cp >= 0x80 || text_is_unsafe(cp)))
			out[o++] = '?';
		else if (cp == 0xfffd || text_is_unsafe(cp) ||
		    (cp >= 0x80 && MB_CUR_MAX > 1 &&
		    wcwidth((wchar_t)cp) < 0)) {
			memcpy(out + o, "\xef\xbf\xbd", 3);
			o += 3;
		} else {
			memcpy(out + o, s + i, len);
			o += len;
		}
		i += len;
	}
	out[o] = '\0';
	return out;
}

int
text_cp_width(uint32_t cp)
{
	int	w;

	if (cp == 0)
		return 0;
	/* What the screen shows for it: U+FFFD (text_sanitize). */
	if ((w = wcwidth((wchar_t)cp)) < 0)
		return 1;
	return w;
}

size_t
text_width(const char *s)
{
	size_t		n = strlen(s), i = 0, len, w = 0;
	uint32_t	cp;

	while (i < n) {
		if ((len = text_decode(s + i, n - i, &cp)) == 0)
			len = 1;
		w += (size_t)text_cp_width(cp);
		i += len;
	}
	return w;
}

const char *
text_break(const char *s, size_t width, size_t *len)
{
	size_t		n, i = 0, l, w = 0, brk = 0;
	uint32_t	cp;

	while (*s == ' ')
		s++;
	n = strlen(s);
	while (i < n) {
		if ((l = text_decode(s + i, n - i, &cp)) == 0)
			l = 1;
		if (w + (size_t)text_cp_width(cp) > width && i > 0)
			break;
		if (cp == ' ')
			brk = i;
		w += (size_t)text_cp_width(cp);
		i += l;
	}
	/* Cut inside a word: back to the space before it, if any. */
	if (i < n && s[i] != ' ' && brk > 0)
		i = brk;
	while (i > 0 && s[i - 1] == ' ')
		i--;
	*len = i;
	return s;
}

void
text_print_padded(FILE *fp, const char *s, size_t width)
{
	char	*clean = text_sanitize(s);
	size_t	 w = text_width(clean);

	fputs(clean, fp);
	for (; w < width; w++)
		fputc(' ', fp);
	free(clean);
}

int
text_digits4(const char *s)
{
	int	i, v = 0;

	if (s == NULL)
		return -1;
	for (i = 0; i < 4; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return s[4] == '\0' ? v : -1;
}

/*
 * Does needle occur in text at p as a whole word: not inside a longer
 * key ("MEP/K-1" in "MEP/K-10") or word?
 */
static int
whole_at(const char *text, const char *p, size_t n)
{
	unsigned char	before = p > text ? (unsigned char)p[-1] : ' ';
	unsigned char	after = (unsigned char)p[n];

	return !(isalnum(before) || before == '-' || before == '_' ||
	    before == '/') && !(isalnum(after) || after == '-' ||
	    after == '_');
}

char *
text_replace_words(const char *text, char *const *needles, size_t n,
    const char *with)
{
	const char	**hit = xreallocarray(NULL, n ? n : 1, sizeof(*hit));
	const char	 *p;
	char		 *out = NULL;
	size_t		  i, k, nh = 0, len = 0, cap, best;

	for (i = 0; i < n; i++)
		if (*needles[i] != '\0' && strstr(text, needles[i]) != NULL)
			hit[nh++] = needles[i];
	if (nh == 0) {
		free(hit);
		return NULL;
	}
	/* Each needle is at least one byte: room for with at every byte. */
	cap = strlen(text) * (strlen(with) + 1) + 1;
	out = xmalloc(cap);
	for (p = text; *p != '\0';) {
		/* the longest needle that starts here as a whole word */
		best = 0;
		for (k = 0; k < nh; k++) {
			size_t	m = strlen(hit[k]);

			if (m > best && strncmp(p, hit[k], m) == 0 &&
			    whole_at(text, p, m))
				best = m;
		}
		if (best > 0) {
			memcpy(out + len, with, strlen(with));
			len += strlen(with);
			p += best;
		} else
			out[len++] = *p++;
	}
	out[len] = '\0';
	free(hit);
	return out;
}
