/*
 * test-num.c: numbers as people type and read them (num.h), the same
 * whatever LC_NUMERIC says.  Regressions of issue 12: under nl_NL a
 * form showed "32.0" and then refused it, and strtod misread "2.5".
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "werkbank/num.h"
#include "werkbank/validate.h"

static void
test_parse(void **state)
{
	static const struct {
		const char	*s;
		double		 v;
	} good[] = {
		{ "2,5", 2.5 }, { "2.5", 2.5 }, { "32", 32 }, { "-3", -3 },
		{ "+4", 4 }, { ",5", 0.5 }, { "5,", 5 }, { "1234.567", 1234.567 },
		{ "0,125", 0.125 }, { "0.500", 0.5 }, { "24,25", 24.25 },
		{ "1,1250", 1.125 }, { "007", 7 },
	};
	size_t	i;
	double	d;

	(void)state;
	for (i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
		d = -99;
		if (num_parse(good[i].s, &d) != NUM_OK || d != good[i].v)
			fail_msg("num_parse(\"%s\") gave %g", good[i].s, d);
	}
}

static void
test_thousands(void **state)
{
	static const char *const amb[] = { "1.000", "1,000", "12.345",
	    "999,999", "1.000.000", "1.000,50", "1,000.50", "1 000",
	    "-1.000", "10 000 000", NULL };
	static const char *const bad[] = { "", "-", ".", "1e1", "abc", "1..2",
	    "nan", "0x10", "1,5.3", "1.00.0", "2,5 5", "24 uur", NULL };
	char	err[VERR];
	double	d;
	long	l;
	int	i;

	(void)state;
	for (i = 0; amb[i] != NULL; i++)
		if (num_parse(amb[i], &d) != NUM_AMBIGUOUS)
			fail_msg("num_parse(\"%s\") is not ambiguous", amb[i]);
	for (i = 0; bad[i] != NULL; i++)
		if (num_parse(bad[i], &d) != NUM_NOT_A_NUMBER)
			fail_msg("num_parse(\"%s\") is a number", bad[i]);
	/* The validators say why, for a whole number too. */
	assert_int_equal(validate_number("1.000", 0, 5000, &d, err),
	    WB_INVALID);
	assert_non_null(strstr(err, "ambiguous"));
	assert_int_equal(validate_int("1.000", 0, 5000, &l, err), WB_INVALID);
	assert_non_null(strstr(err, "ambiguous"));
}

static void
test_units(void **state)
{
	double	d;

	(void)state;
	assert_int_equal(num_parse_unit("24 uur", NUM_UNIT_HOURS, &d), NUM_OK);
	assert_true(d == 24);
	assert_int_equal(num_parse_unit("24,5 uur per week", NUM_UNIT_HOURS,
	    &d), NUM_OK);
	assert_true(d == 24.5);
	assert_int_equal(num_parse_unit("32u", NUM_UNIT_HOURS, &d), NUM_OK);
	assert_true(d == 32);
	assert_int_equal(num_parse_unit("15 KM", NUM_UNIT_KM, &d), NUM_OK);
	assert_true(d == 15);
	assert_int_equal(num_parse_unit("40%", NUM_UNIT_PERCENT, &d), NUM_OK);
	assert_true(d == 40);
	assert_int_equal(num_parse_unit("24 km", NUM_UNIT_HOURS, &d),
	    NUM_NOT_A_NUMBER);
	assert_int_equal(num_parse_unit("uur", NUM_UNIT_HOURS, &d),
	    NUM_NOT_A_NUMBER);
	assert_int_equal(num_parse_unit("24 uur", NUM_UNIT_NONE, &d),
	    NUM_NOT_A_NUMBER);
}

static void
test_format(void **state)
{
	char	b[32];

	(void)state;
	num_set_decimal_mark(',');
	assert_string_equal(num_format(32, 2, b, sizeof(b)), "32");
	assert_string_equal(num_format(32.0, 0, b, sizeof(b)), "32");
	assert_string_equal(num_format(24.5, 2, b, sizeof(b)), "24,5");
	assert_string_equal(num_format(24.25, 2, b, sizeof(b)), "24,25");
	assert_string_equal(num_format(0.333333, 2, b, sizeof(b)), "0,33");
	assert_string_equal(num_format(-0.0001, 2, b, sizeof(b)), "0");
	/* Three decimals would read as a thousand: one more zero. */
	assert_string_equal(num_format(1.125, 4, b, sizeof(b)), "1,1250");
	assert_string_equal(num_format(0.125, 4, b, sizeof(b)), "0,125");
	assert_string_equal(num_format_fixed(0.9, 2, b, sizeof(b)), "0,90");
	assert_string_equal(num_format_c(24.5, 2, b, sizeof(b)), "24.5");
	assert_string_equal(num_localize("8.4", b, sizeof(b)), "8,4");
	assert_string_equal(num_localize("2026-11", b, sizeof(b)), "2026-11");
	assert_string_equal(num_localize("84", b, sizeof(b)), "84");
	num_set_decimal_mark('.');
	assert_string_equal(num_format(24.5, 2, b, sizeof(b)), "24.5");
	assert_string_equal(num_localize("8.4", b, sizeof(b)), "8.4");
}

/* Whatever is shown parses back to the value shown, in both marks. */
static void
test_round_trip(void **state)
{
	char	b[32];
	double	v, d, want;
	int	i, m;

	(void)state;
	for (m = 0; m < 2; m++) {
		num_set_decimal_mark(m ? ',' : '.');
		for (i = -5000; i <= 5000; i++) {
			v = i / 100.0 + (i % 7) / 10000.0;
			num_format(v, 4, b, sizeof(b));
			want = round(v * 10000) / 10000;
			if (num_parse(b, &d) != NUM_OK || fabs(d - want) > 1e-9)
				fail_msg("%.6f shown as \"%s\" reads %g", v, b,
				    d);
		}
	}
	num_set_decimal_mark('.');
}

/* A Dutch LC_NUMERIC changes nothing (skipped where it is missing). */
static void
test_dutch_numeric(void **state)
{
	char	b[32];
	double	d;

	(void)state;
	if (setlocale(LC_NUMERIC, "nl_NL.UTF-8") == NULL &&
	    setlocale(LC_NUMERIC, "nl_NL.utf8") == NULL)
		skip();
	assert_int_equal(num_parse("2.5", &d), NUM_OK);
	assert_true(d == 2.5);
	assert_int_equal(num_parse("2,5", &d), NUM_OK);
	assert_true(d == 2.5);
	assert_string_equal(num_format_c(2.5, 2, b, sizeof(b)), "2.5");
	setlocale(LC_NUMERIC, "C");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse),
		cmocka_unit_test(test_thousands),
		cmocka_unit_test(test_units),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_dutch_numeric),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
