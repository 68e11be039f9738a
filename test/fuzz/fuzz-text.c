/*
 * fuzz-text.c: libFuzzer target for what stands between data and the
 * terminal: the sanitizer and the width measure (text.c), the CLI's
 * aligned table and its JSON strings (table.c).  Beyond "no crash":
 * sanitized text is valid UTF-8 without C0/C1 controls, ESC, DEL, bidi
 * or zero-width characters, sanitizing it again changes nothing, no
 * character is narrower than 0 or wider than 2 columns; every line of a
 * printed table is equally wide (the columns stay aligned) and safe,
 * measured with the C library's wcwidth() under C.UTF-8 as the terminal
 * and the screens measure (issue 20); a JSON string is valid UTF-8 with
 * every unsafe character escaped.
 */
#define _GNU_SOURCE	/* open_memstream */
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "werkbank/table.h"
#include "werkbank/text.h"
#include "werkbank/xmalloc.h"

int	LLVMFuzzerInitialize(int *, char ***);
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	/* As i18n_init() does: widths follow the locale's LC_CTYPE. */
	if (setlocale(LC_CTYPE, "C.UTF-8") == NULL)
		abort();
	return 0;
}

/* Valid UTF-8 with nothing unsafe but (when lines) newlines; its width.
 * Text for the terminal (shown) has only characters wcwidth() knows. */
static size_t
check_safe(const char *s, size_t n, int lines, int shown)
{
	size_t		i = 0, len, cps = 0, w = 0;
	uint32_t	cp;
	int		cw;

	while (i < n) {
		if ((len = text_decode(s + i, n - i, &cp)) == 0)
			abort();	/* invalid UTF-8 */
		if (text_is_unsafe(cp) && !(lines && cp == '\n'))
			abort();
		if (cp == 0x1b || (cp >= 0x80 && cp < 0xa0))
			abort();
		/* The terminal's measure, not text.c's: they must agree. */
		cw = wcwidth((wchar_t)cp);
		if (!shown)
			cw = text_cp_width(cp);
		else if (cw < 0 || cw > 2 || cw != text_cp_width(cp))
			abort();
		w += (size_t)cw;
		cps++;
		i += len;
	}
	if (w > 2 * cps)
		abort();
	return w;
}

static void
sanitize(const char *s)
{
	char	*clean, *again;
	size_t	 n;

	clean = text_sanitize(s);
	n = strlen(clean);
	if (n > 3 * strlen(s))
		abort();
	if (check_safe(clean, n, 0, 1) != text_width(clean))
		abort();
	again = text_sanitize(clean);
	if (strcmp(again, clean) != 0)
		abort();	/* idempotent: sanitized text is inert */
	free(again);
	free(clean);
}

/* Cells separated by byte 0x01, two to a row, then a constant column:
 * every line of the human table must have the same width. */
static void
table(const uint8_t *data, size_t size)
{
	static const struct table_col	 cols[] = {
		{ "n", "n", 1 }, { "name", "name", 0 }, { "end", "|", 0 },
	};
	struct table	*t;
	const char	*row[3];
	char		*copy, *cell, *next, *buf = NULL, *line, *nl;
	size_t		 len = 0, width = (size_t)-1;
	FILE		*fp;
	int		 k = 0;

	copy = xmalloc(size + 1);
	memcpy(copy, data, size);
	copy[size] = '\0';
	t = table_new(cols, 3);
	row[2] = "|";
	for (cell = copy; cell != NULL; cell = next) {
		if ((next = strchr(cell, '\x01')) != NULL)
			*next++ = '\0';
		row[k++] = cell;
		if (k == 2) {
			table_add(t, row);
			k = 0;
		}
	}
	if (k == 1) {
		row[1] = NULL;
		table_add(t, row);
	}
	if ((fp = open_memstream(&buf, &len)) == NULL)
		abort();
	table_print(t, fp, TABLE_HUMAN);
	fclose(fp);
	for (line = buf; *line != '\0'; line = nl + 1) {
		if ((nl = strchr(line, '\n')) == NULL)
			abort();	/* every line ends */
		size_t w = check_safe(line, (size_t)(nl - line), 0, 1);
		if (width == (size_t)-1)
			width = w;
		else if (w != width)
			abort();	/* a column moved */
	}
	free(buf);

	/* The JSON writer on the whole input. */
	buf = NULL;
	if ((fp = open_memstream(&buf, &len)) == NULL)
		abort();
	table_json_string(fp, copy);
	fclose(fp);
	if (len < 2 || buf[0] != '"' || buf[len - 1] != '"')
		abort();
	/* Valid UTF-8 with every unsafe character escaped as \uXXXX. */
	(void)check_safe(buf, len, 0, 0);
	free(buf);
	table_free(t);
	free(copy);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	*s;

	s = xmalloc(size + 1);
	memcpy(s, data, size);
	s[size] = '\0';
	sanitize(s);
	free(s);
	table(data, size);
	return 0;
}
