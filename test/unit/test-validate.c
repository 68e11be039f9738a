/*
 * test-validate.c: the number validator behind hours and percentages
 * takes plain decimal numbers only (found by fuzz-validate: strtod alone
 * let "-nan" through as a number).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "werkbank/validate.h"

static void
test_numbers(void **state)
{
	char	err[VERR];
	double	d = 0;

	(void)state;
	assert_int_equal(validate_number("32,5", 0, 48, &d, err), WB_OK);
	assert_true(d == 32.5);
	assert_int_equal(validate_number("24.75", 0, 48, &d, err), WB_OK);
	assert_true(d == 24.75);
	assert_int_equal(validate_number("48.5", 0, 48, &d, err), WB_INVALID);
}

static void
test_not_numbers(void **state)
{
	static const char *const bad[] = { "-nan", "-NaN", "nan", "-inf",
	    "-infinity", "inf", "0x10", "-0x1p3", "1e999", "-1e999", "1,2,3",
	    "1e1",
	    "", "abc", "12 uur", NULL };
	char	err[VERR];
	double	d;
	int	i;

	(void)state;
	for (i = 0; bad[i] != NULL; i++) {
		d = 7;
		if (validate_number(bad[i], -1e9, 1e9, &d, err) != WB_INVALID)
			fail_msg("validate_number(\"%s\") accepted %g", bad[i],
			    d);
		assert_non_null(strstr(err, "not a number"));
	}
}

static void
test_message_cut(void **state)
{
	char	err[VERR];
	double	d;

	(void)state;
	/* 16 invalid bytes become 16 U+FFFD (48 bytes): the quote is cut
	 * between two of them, never inside one. */
	assert_int_equal(validate_number("\x8a\x8a\x8a\x8a\x8a\x8a\x8a\x8a"
	    "\x8a\x8a\x8a\x8a\x8a\x8a\x8a\x8a" "1", 0, 48, &d, err),
	    WB_INVALID);
	assert_int_equal(validate_text(err, 0, VERR, (char[VERR]){ 0 }), WB_OK);
	assert_non_null(strstr(err, "\xef\xbf\xbd..."));
}

int
main(void)
{
	const struct CMUnitTest	tests[] = {
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_not_numbers),
		cmocka_unit_test(test_message_cut),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
