/*
 * test-table.c: what the CLI prints (table.c).  A property test: for
 * random Unicode names (combining marks of Arabic, Hebrew, Thai and
 * Devanagari, emoji, CJK, controls, unassigned code points, invalid
 * bytes) every column of a printed table starts at the same display
 * column on every line, measured with the C library's wcwidth(), the
 * measure of the terminal and of the screens (issue 20).  And the one
 * JSON writer (json.c) that every --json output and audit detail uses.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "werkbank/json.h"
#include "werkbank/table.h"
#include "werkbank/text.h"
#include "werkbank/xmalloc.h"

/* A small deterministic generator (xorshift), so a failure repeats. */
static uint64_t	rng = 0x9e3779b97f4a7c15ULL;

static uint32_t
next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (uint32_t)(rng >> 16);
}

/* Where random characters come from: the scripts that found the bug and
 * everything else that is hard to measure. */
static const uint32_t ranges[][2] = {
	{ 'a', 'z' }, { ' ', '~' }, { 0xc0, 0xff },
	{ 0x0300, 0x036f },	/* combining diacritics */
	{ 0x0590, 0x05ff },	/* Hebrew, with points */
	{ 0x0600, 0x06ff },	/* Arabic, with harakat */
	{ 0x0900, 0x097f },	/* Devanagari */
	{ 0x0e00, 0x0e7f },	/* Thai */
	{ 0x1100, 0x11ff },	/* Hangul jamo (wide and zero-width) */
	{ 0x2700, 0x27bf },	/* dingbats: U+270B raised hand */
	{ 0x4e00, 0x4e40 },	/* CJK */
	{ 0xfe00, 0xfe0f },	/* variation selectors */
	{ 0xff00, 0xff60 },	/* fullwidth forms */
	{ 0x1f300, 0x1faff },	/* emoji, some newer than the library */
	{ 0x0370, 0x0380 },	/* Greek with unassigned holes */
	{ 0x00, 0x1f },		/* controls */
	{ 0x200b, 0x202e },	/* zero-width and bidi */
};

static size_t
put_utf8(char *out, uint32_t cp)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xc0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3f));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xe0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
		out[2] = (char)(0x80 | (cp & 0x3f));
		return 3;
	}
	out[0] = (char)(0xf0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
	out[3] = (char)(0x80 | (cp & 0x3f));
	return 4;
}

/* A random name of up to 12 characters, never holding '|'. */
static void
random_name(char *out)
{
	size_t		 o = 0, n = next() % 13, i, r;
	uint32_t	 cp;

	for (i = 0; i < n; i++) {
		if (next() % 40 == 0) {		/* an invalid byte */
			out[o++] = (char)(0x80 + next() % 0x40);
			continue;
		}
		r = next() % (sizeof(ranges) / sizeof(ranges[0]));
		cp = ranges[r][0] + next() % (ranges[r][1] - ranges[r][0] + 1);
		if (cp == '|' || cp == 0)
			cp = 'x';
		o += put_utf8(out + o, cp);
	}
	out[o] = '\0';
}

/*
 * The display columns at which '|' stands on one line, by wcwidth() of
 * each character before it (0 for a zero-width one).  The line must be
 * valid UTF-8 with no character the library cannot measure.
 */
static size_t
bars(const char *line, size_t len, int *col, size_t max)
{
	size_t		 i = 0, k, nb = 0;
	int		 x = 0, w;
	wchar_t		 wc;
	mbstate_t	 ps;

	memset(&ps, 0, sizeof(ps));
	while (i < len) {
		k = mbrtowc(&wc, line + i, len - i, &ps);
		assert_true(k != (size_t)-1 && k != (size_t)-2 && k != 0);
		if (wc == L'|') {
			assert_true(nb < max);
			col[nb++] = x;
		}
		w = wcwidth(wc);
		assert_true(w >= 0);	/* the terminal would have to guess */
		x += w;
		i += k;
	}
	return nb;
}

/*
 * Columns: a name (left), a number-like column (right-aligned, its '|'
 * at the end), another name (left) and a last left column.  A left
 * column's '|' marks where it starts; the right-aligned one's where it
 * ends.  Every line must have its '|'s at the same display columns.
 */
static void
test_columns_line_up(void **state)
{
	static const struct table_col	cols[] = {
		{ "a", "|name", 0 }, { "n", "num|", 1 },
		{ "b", "|employer", 0 }, { "c", "|end", 0 },
	};
	char		 a[64], n[64], b[64], buf[3][80], *out, *line, *nl;
	const char	*cells[4];
	int		 want[8], got[8];
	size_t		 len, nwant, ngot, rows, r, round;
	struct table	*t;
	FILE		*fp;

	(void)state;
	for (round = 0; round < 400; round++) {
		t = table_new(cols, 4);
		rows = 1 + next() % 6;
		for (r = 0; r < rows; r++) {
			random_name(a);
			random_name(n);
			random_name(b);
			snprintf(buf[0], sizeof(buf[0]), "|%s", a);
			snprintf(buf[1], sizeof(buf[1]), "%s|", n);
			snprintf(buf[2], sizeof(buf[2]), "|%s", b);
			cells[0] = buf[0];
			cells[1] = buf[1];
			cells[2] = buf[2];
			cells[3] = "|";
			table_add(t, cells);
		}
		out = NULL;
		assert_non_null(fp = open_memstream(&out, &len));
		table_print(t, fp, TABLE_HUMAN);
		fclose(fp);
		nwant = 0;
		for (line = out; *line != '\0'; line = nl + 1) {
			assert_non_null(nl = strchr(line, '\n'));
			ngot = bars(line, (size_t)(nl - line), got, 8);
			if (line == out) {
				nwant = ngot;
				memcpy(want, got, sizeof(got));
				assert_int_equal(nwant, 4);
				continue;
			}
			assert_int_equal(ngot, nwant);
			for (r = 0; r < ngot; r++)
				if (got[r] != want[r]) {
					print_error("column %zu at %d, header "
					    "at %d: %.*s\n", r, got[r],
					    want[r], (int)(nl - line), line);
					fail();
				}
		}
		free(out);
		table_free(t);
	}
}

/* The names that showed the bug, in a real table. */
static void
test_columns_naughty_names(void **state)
{
	static const struct table_col	cols[] = {
		{ "name", "|name", 0 }, { "place", "|place", 0 },
	};
	static const char *const names[] = { "|مُحَمَّد عَلِي", "|กินข้าว Thai",
	    "|✋", "|שָׁלוֹם כֹּהֵן", "|प्रिया शर्मा", "|Bakkerij Jansen" };
	const char	*cells[2];
	char		*out = NULL, *line, *nl;
	int		 want[4], got[4];
	size_t		 len, i;
	struct table	*t = table_new(cols, 2);
	FILE		*fp;

	(void)state;
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		cells[0] = names[i];
		cells[1] = "|Meppel";
		table_add(t, cells);
	}
	assert_non_null(fp = open_memstream(&out, &len));
	table_print(t, fp, TABLE_HUMAN);
	fclose(fp);
	assert_int_equal(bars(out, (size_t)(strchr(out, '\n') - out), want, 4),
	    2);
	for (line = out; *line != '\0'; line = nl + 1) {
		nl = strchr(line, '\n');
		assert_int_equal(bars(line, (size_t)(nl - line), got, 4), 2);
		assert_int_equal(got[1], want[1]);
	}
	free(out);
	table_free(t);
}

/* What a JSON writer call printed. */
static char *
written(void (*fn)(FILE *, const void *), const void *arg)
{
	char	*out = NULL;
	size_t	 len;
	FILE	*fp;

	assert_non_null(fp = open_memstream(&out, &len));
	fn(fp, arg);
	fclose(fp);
	return out;
}

static void
put_string(FILE *fp, const void *s)
{
	json_string(fp, s);
}

static void
put_number(FILE *fp, const void *v)
{
	json_number(fp, *(const double *)v);
}

static void
put_decimal(FILE *fp, const void *v)
{
	json_decimal(fp, *(const double *)v, 1);
}

static void
put_number_text(FILE *fp, const void *s)
{
	if (!json_number_text(fp, s))
		fputs("(no)", fp);
}

#define EXPECT(fn, arg, want) do {					\
	char *got_ = written(fn, arg);					\
	assert_string_equal(got_, want);				\
	free(got_);							\
} while (0)

static void
test_json_string(void **state)
{
	(void)state;
	EXPECT(put_string, "quote\"name.csv", "\"quote\\\"name.csv\"");
	EXPECT(put_string, "a\\b", "\"a\\\\b\"");
	EXPECT(put_string, "tab\there\n", "\"tab\\u0009here\\u000a\"");
	EXPECT(put_string, "\x1b[31m", "\"\\u001b[31m\"");
	EXPECT(put_string, "Jos\xe9", "\"Jos\\ufffd\"");	/* not UTF-8 */
	EXPECT(put_string, "één", "\"één\"");
	EXPECT(put_string, NULL, "null");
}

/*
 * Regression: under LANG=nl_NL.UTF-8 printf wrote "nps":40,0 into
 * report --json, which is not JSON.  Numbers have a '.' in any locale.
 */
static void
test_json_number_any_locale(void **state)
{
	double	v = 40.5, inf = INFINITY;

	(void)state;
	EXPECT(put_number, &v, "40.5");
	EXPECT(put_number, &inf, "null");
	EXPECT(put_decimal, &inf, "null");
	EXPECT(put_number_text, "12", "12");
	EXPECT(put_number_text, "-3.25e2", "-3.25e2");
	EXPECT(put_number_text, "007", "(no)");
	EXPECT(put_number_text, "1.", "(no)");
	EXPECT(put_number_text, "", "(no)");
	EXPECT(put_number_text, "NaN", "(no)");
	if (setlocale(LC_NUMERIC, "nl_NL.UTF-8") == NULL) {
		print_message("no nl_NL.UTF-8 locale: the Dutch half skipped\n");
		return;
	}
	EXPECT(put_number, &v, "40.5");
	EXPECT(put_decimal, &v, "40.5");
	EXPECT(put_number_text, "7,0", "7.0");	/* as printf wrote it */
	EXPECT(put_number_text, "7.0", "7.0");
	EXPECT(put_number_text, "1,000,0", "(no)");
	setlocale(LC_NUMERIC, "C");
	EXPECT(put_number_text, "7,0", "(no)");
}

static void
test_json_object(void **state)
{
	struct json_obj	*o = json_obj_new();
	char		*s;

	(void)state;
	json_obj_str(o, "kind", "candidates");
	json_obj_str(o, "file", "quote\"name.csv");
	json_obj_int(o, "rows", 3);
	json_obj_num(o, "share", 0.25);
	json_obj_str(o, "none", NULL);
	s = json_obj_end(o);
	assert_string_equal(s, "{\"kind\":\"candidates\",\"file\":"
	    "\"quote\\\"name.csv\",\"rows\":3,\"share\":0.25,\"none\":null}");
	free(s);
	s = json_obj_end(json_obj_new());
	assert_string_equal(s, "{}");
	free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_columns_line_up),
		cmocka_unit_test(test_columns_naughty_names),
		cmocka_unit_test(test_json_string),
		cmocka_unit_test(test_json_number_any_locale),
		cmocka_unit_test(test_json_object),
	};

	/* As i18n_init() does: widths follow the locale's LC_CTYPE. */
	if (setlocale(LC_CTYPE, "C.UTF-8") == NULL) {
		fprintf(stderr, "test-table: no C.UTF-8 locale\n");
		return 1;
	}
	return cmocka_run_group_tests(tests, NULL, NULL);
}
