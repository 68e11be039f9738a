/*
 * test-text.c: UTF-8 decoding, the sanitizer that keeps data from
 * steering the terminal, and widths in screen columns.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/text.h"

#define REPL	"\xef\xbf\xbd"	/* U+FFFD */

static void
expect_decode(const char *s, size_t n, size_t len, uint32_t cp)
{
	uint32_t	got = 0;

	assert_int_equal(text_decode(s, n, &got), len);
	assert_int_equal(got, cp);
}

static void
expect_invalid(const char *s, size_t n)
{
	uint32_t	got = 0;

	assert_int_equal(text_decode(s, n, &got), 0);
	assert_int_equal(got, 0xfffd);
}

static void
test_decode_valid(void **state)
{
	(void)state;
	expect_decode("A", 1, 1, 'A');
	expect_decode("\x7f", 1, 1, 0x7f);
	expect_decode("\xc2\x80", 2, 2, 0x80);
	expect_decode("\xc3\xa9", 2, 2, 0xe9);			/* é */
	expect_decode("\xdf\xbf", 2, 2, 0x7ff);
	expect_decode("\xe0\xa0\x80", 3, 3, 0x800);
	expect_decode("\xe2\x82\xac", 3, 3, 0x20ac);		/* € */
	expect_decode("\xed\x9f\xbf", 3, 3, 0xd7ff);
	expect_decode("\xee\x80\x80", 3, 3, 0xe000);
	expect_decode("\xef\xbf\xbf", 3, 3, 0xffff);
	expect_decode("\xf0\x90\x80\x80", 4, 4, 0x10000);
	expect_decode("\xf0\x9f\x98\x80", 4, 4, 0x1f600);	/* emoji */
	expect_decode("\xf4\x8f\xbf\xbf", 4, 4, 0x10ffff);
	/* Only the first character is decoded. */
	expect_decode("\xc3\xa9xyz", 5, 2, 0xe9);
}

static void
test_decode_invalid(void **state)
{
	uint32_t	cp = 7;

	(void)state;
	assert_int_equal(text_decode("A", 0, &cp), 0);		/* nothing */
	expect_invalid("\x80", 1);			/* lone continuation */
	expect_invalid("\xbf", 1);
	expect_invalid("\xc0\x80", 2);			/* overlong NUL */
	expect_invalid("\xc1\xbf", 2);			/* overlong 0x7f */
	expect_invalid("\xe0\x80\x80", 3);		/* overlong */
	expect_invalid("\xe0\x9f\xbf", 3);		/* overlong 0x7ff */
	expect_invalid("\xf0\x80\x80\x80", 4);		/* overlong */
	expect_invalid("\xf0\x8f\xbf\xbf", 4);		/* overlong 0xffff */
	expect_invalid("\xed\xa0\x80", 3);		/* surrogate D800 */
	expect_invalid("\xed\xbf\xbf", 3);		/* surrogate DFFF */
	expect_invalid("\xf4\x90\x80\x80", 4);		/* > U+10FFFF */
	expect_invalid("\xf5\x80\x80\x80", 4);
	expect_invalid("\xfe", 1);
	expect_invalid("\xff", 1);
	expect_invalid("\xc3", 1);			/* truncated */
	expect_invalid("\xe2\x82", 2);
	expect_invalid("\xf0\x9f\x98", 3);
	expect_invalid("\xc3\xa9", 1);			/* n too small */
	expect_invalid("\xc3(", 2);			/* bad continuation */
	expect_invalid("\xe2\x28\xa1", 3);
	expect_invalid("\xf0\x9f\x28\x80", 4);
}

static void
test_unsafe(void **state)
{
	static const uint32_t unsafe[] = {
		0x00, 0x07, 0x08, 0x09, 0x0a, 0x0d, 0x1b, 0x1f, 0x7f, 0x80,
		0x85, 0x9b, 0x9d, 0x9f, 0x061c, 0x200b, 0x200c, 0x200d,
		0x200e, 0x200f, 0x2028, 0x2029, 0x202a, 0x202b, 0x202c,
		0x202d, 0x202e, 0x2060, 0x2066, 0x2067, 0x2068, 0x2069,
		0xfeff,
	};
	static const uint32_t safe[] = {
		' ', 'a', '~', 0xa0, 0xe9, 0xeb, 0xe2, 0x0627, 0x05d0,
		0x20ac, 0x4e2d, 0x1f600, 0x0301,
	};
	size_t	i;

	(void)state;
	for (i = 0; i < sizeof(unsafe) / sizeof(unsafe[0]); i++)
		if (!text_is_unsafe(unsafe[i]))
			fail_msg("U+%04X should be unsafe", (unsigned)unsafe[i]);
	for (i = 0; i < sizeof(safe) / sizeof(safe[0]); i++)
		if (text_is_unsafe(safe[i]))
			fail_msg("U+%04X should be safe", (unsigned)safe[i]);
}

static void
expect_sanitized(const char *in, const char *want)
{
	char	*got = text_sanitize(in);

	assert_string_equal(got, want);
	free(got);
}

/* No byte that a terminal acts on survives. */
static void
expect_inert(const char *in)
{
	char		*got = text_sanitize(in);
	const unsigned char *p;

	for (p = (const unsigned char *)got; *p != '\0'; p++)
		if (*p < 0x20 || *p == 0x7f)
			fail_msg("control byte 0x%02x left in \"%s\"", *p, got);
	assert_null(strstr(got, "\xc2\x9b"));		/* C1 CSI */
	assert_null(strstr(got, "\xe2\x80\xae"));	/* RLO */
	assert_null(strstr(got, "\xe2\x81\xa6"));	/* LRI */
	assert_null(strstr(got, "\xe2\x80\x8b"));	/* ZWSP */
	assert_null(strstr(got, "\xef\xbb\xbf"));	/* BOM */
	free(got);
}

static void
test_sanitize_removes(void **state)
{
	(void)state;
	/* ESC and CSI: the escape is replaced, the rest is plain text. */
	expect_sanitized("a\x1b[31mred", "a" REPL "[31mred");
	expect_inert("\x1b[2J\x1b[H\x1b[?1049h");
	/* OSC with BEL and with ST. */
	expect_sanitized("\x1b]0;owned\x07x", REPL "]0;owned" REPL "x");
	expect_inert("\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\");
	/* C1 CSI, as a character and as a raw byte. */
	expect_sanitized("a\xc2\x9b" "31m", "a" REPL "31m");
	expect_sanitized("a\x9b" "31m", "a" REPL "31m");
	/* DEL, BEL, backspace, NUL-adjacent controls. */
	expect_sanitized("a\x7f" "b\x07" "c\x08" "d", "a" REPL "b" REPL "c" REPL "d");
	/* Bidi override, isolate, zero-width space, BOM. */
	expect_sanitized("abc\xe2\x80\xae" "fdp.exe", "abc" REPL "fdp.exe");
	expect_sanitized("\xe2\x81\xa6x\xe2\x81\xa9", REPL "x" REPL);
	expect_sanitized("ad\xe2\x80\x8bmin", "ad" REPL "min");
	expect_sanitized("\xef\xbb\xbf" "code", REPL "code");
	/* Invalid UTF-8: one replacement per bad byte, nothing swallowed. */
	expect_sanitized("a\xff" "b", "a" REPL "b");
	expect_sanitized("\xc0\x80", REPL REPL);
	expect_sanitized("\xed\xa0\x80!", REPL REPL REPL "!");
	expect_sanitized("x\xe2\x82", "x" REPL REPL);
	expect_inert("\x01\x02\x03\x1b\x1c\x1d\x1e\x1f\x7f\xc2\x80\xc2\x9f");
}

static void
test_sanitize_keeps(void **state)
{
	(void)state;
	expect_sanitized("", "");
	expect_sanitized("Gemeente Meppel", "Gemeente Meppel");
	expect_sanitized("Fryslân", "Fryslân");
	expect_sanitized("café, één, ë, ü, ß, Œ", "café, één, ë, ü, ß, Œ");
	expect_sanitized("مرحبا بالعالم", "مرحبا بالعالم");	/* Arabic */
	expect_sanitized("שלום", "שלום");			/* Hebrew */
	expect_sanitized("日本語", "日本語");
	expect_sanitized("e\xcc\x81", "e\xcc\x81");		/* combining */
	expect_sanitized("\xf0\x9f\x98\x80", "\xf0\x9f\x98\x80");
	expect_sanitized("a\xc2\xa0" "b", "a\xc2\xa0" "b");	/* NBSP */
	/* TAB, CR and LF become one space each. */
	expect_sanitized("a\tb\r\nc", "a b  c");
}

static void
test_width(void **state)
{
	(void)state;
	assert_int_equal(text_width(""), 0);
	assert_int_equal(text_width("Meppel"), 6);
	assert_int_equal(text_width("Fryslân"), 7);
	assert_int_equal(text_width("één"), 3);
	assert_int_equal(text_width("日本"), 4);
	assert_int_equal(text_width("中文abc"), 7);
	assert_int_equal(text_width("한국"), 4);
	assert_int_equal(text_width("e\xcc\x81"), 1);		/* e + acute */
	assert_int_equal(text_width("\xf0\x9f\x98\x80"), 2);	/* emoji */
	assert_int_equal(text_width("ＡＢ"), 4);		/* fullwidth */
	assert_int_equal(text_width("مرحبا"), 5);
	assert_int_equal(text_cp_width('A'), 1);
	assert_int_equal(text_cp_width(0xe2), 1);
	assert_int_equal(text_cp_width(0x4e2d), 2);
	assert_int_equal(text_cp_width(0xac00), 2);
	assert_int_equal(text_cp_width(0x0301), 0);
	assert_int_equal(text_cp_width(0xfffd), 1);
}

/*
 * Regression (issue 20, the naughty-strings run): the CLI's own width
 * table gave combining marks of Arabic, Hebrew, Thai and Devanagari and
 * some emoji one column, so `werkbank employers` misaligned after these
 * names.  Widths are now the C library's, as on the screens.
 */
static void
test_width_combining_marks(void **state)
{
	(void)state;
	assert_int_equal(text_width("مُحَمَّد عَلِي"), 8);
	assert_int_equal(text_width("กินข้าว Thai"), 10);
	assert_int_equal(text_width("✋"), 2);
	assert_int_equal(text_width("שָׁלוֹם כֹּהֵן"), 8);
	assert_int_equal(text_width("प्रिया शर्मा"), 10);
	assert_int_equal(text_cp_width(0x064f), 0);	/* Arabic damma */
	assert_int_equal(text_cp_width(0x0651), 0);	/* Arabic shadda */
	assert_int_equal(text_cp_width(0x05b8), 0);	/* Hebrew qamats */
	assert_int_equal(text_cp_width(0x0e34), 0);	/* Thai sara i */
	assert_int_equal(text_cp_width(0x094d), 0);	/* Devanagari virama */
	assert_int_equal(text_cp_width(0x270b), 2);	/* raised hand */
}

/*
 * A character the C library cannot show (here an unassigned code point)
 * is sanitized to U+FFFD and measured as one column, as the screens
 * draw it, instead of leaving its width to the terminal.
 */
static void
test_sanitize_unknown_to_the_library(void **state)
{
	char	*s;

	(void)state;
	s = text_sanitize("a\xcd\xb8" "b");	/* U+0378, unassigned */
	assert_string_equal(s, "a" REPL "b");
	assert_int_equal(text_width(s), 3);
	free(s);
	assert_int_equal(text_cp_width(0x0378), 1);
}

/* A sanitized string measures the way it will be drawn. */
static void
test_width_of_sanitized(void **state)
{
	char	*s;

	(void)state;
	s = text_sanitize("a\x1b" "b\xe2\x80\xae" "c");
	assert_int_equal(text_width(s), 5);	/* a ? b ? c */
	free(s);
	s = text_sanitize("\xff\xfe");
	assert_int_equal(text_width(s), 2);
	free(s);
}

/* Lines of at most a width: at a space, a long word at the width, never
 * inside a character; spaces at the ends dropped (text_break). */
static void
test_break(void **state)
{
	static const struct {
		const char	*s;
		size_t		 w;
		const char	*lines;		/* joined by '|' */
	} t[] = {
		{ "een twee drie", 8, "een twee|drie" },
		{ "een twee drie", 13, "een twee drie" },
		{ "  een   twee  ", 4, "een|twee" },
		{ "heftruckchauffeur", 5, "heftr|uckch|auffe|ur" },
		{ "één twee", 4, "één|twee" }, { "één twee", 3, "één|twe|e" },
		{ "Ölçü Ölçü", 4, "Ölçü|Ölçü" },
		{ "", 5, "" },
		{ "   ", 5, "" },
	};
	char		 got[128];
	const char	*p;
	size_t		 i, n, o;

	(void)state;
	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		o = 0;
		got[0] = '\0';
		for (p = text_break(t[i].s, t[i].w, &n); n > 0;
		    p = text_break(p + n, t[i].w, &n))
			o += (size_t)snprintf(got + o, sizeof(got) - o, "%s%.*s",
			    o > 0 ? "|" : "", (int)n, p);
		if (strcmp(got, t[i].lines) != 0)
			fail_msg("text_break(\"%s\", %zu): \"%s\", not \"%s\"",
			    t[i].s, t[i].w, got, t[i].lines);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_decode_valid),
		cmocka_unit_test(test_decode_invalid),
		cmocka_unit_test(test_unsafe),
		cmocka_unit_test(test_sanitize_removes),
		cmocka_unit_test(test_sanitize_keeps),
		cmocka_unit_test(test_width),
		cmocka_unit_test(test_width_of_sanitized),
		cmocka_unit_test(test_width_combining_marks),
		cmocka_unit_test(test_sanitize_unknown_to_the_library),
		cmocka_unit_test(test_break),
	};

	/* As i18n_init() does: widths follow the locale's LC_CTYPE. */
	if (setlocale(LC_CTYPE, "C.UTF-8") == NULL) {
		fprintf(stderr, "test-text: no C.UTF-8 locale\n");
		return 1;
	}

	return cmocka_run_group_tests(tests, NULL, NULL);
}
