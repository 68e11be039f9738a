/*
 * test-date.c: day numbers, the date forms of csv.md, month arithmetic
 * and weekdays.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "werkbank/date.h"

static int
ymd(int y, int m, int d)
{
	int	days = 0;

	assert_int_equal(date_from_ymd(y, m, d, &days), WB_OK);
	return days;
}

static void
expect_date(const char *text, int y, int m, int d)
{
	int	days = -1;

	if (date_parse(text, &days) != WB_OK)
		fail_msg("date_parse(\"%s\") refused a valid date", text);
	assert_int_equal(days, ymd(y, m, d));
}

static void
expect_invalid(const char *text)
{
	int	days = 12345;

	if (date_parse(text, &days) != WB_INVALID)
		fail_msg("date_parse(\"%s\") accepted an invalid date", text);
}

static void
test_known_days(void **state)
{
	(void)state;
	assert_int_equal(ymd(1970, 1, 1), 0);
	assert_int_equal(ymd(1970, 1, 2), 1);
	assert_int_equal(ymd(1969, 12, 31), -1);
	assert_int_equal(ymd(2000, 3, 1), 11017);
	assert_int_equal(ymd(1800, 1, 1), -62091);
	assert_int_equal(ymd(2999, 12, 31), 376199);
	assert_int_equal(ymd(2026, 11, 23), 20780);
}

static void
test_from_ymd_rejects(void **state)
{
	int	days;

	(void)state;
	assert_int_equal(date_from_ymd(2025, 2, 29, &days), WB_INVALID);
	assert_int_equal(date_from_ymd(1900, 2, 29, &days), WB_INVALID);
	assert_int_equal(date_from_ymd(2026, 4, 31, &days), WB_INVALID);
	assert_int_equal(date_from_ymd(2026, 13, 1, &days), WB_INVALID);
	assert_int_equal(date_from_ymd(2026, 0, 1, &days), WB_INVALID);
	assert_int_equal(date_from_ymd(2026, 1, 0, &days), WB_INVALID);
	assert_int_equal(date_from_ymd(2026, 1, 32, &days), WB_INVALID);
	assert_int_equal(date_from_ymd(2024, 2, 29, &days), WB_OK);
	assert_int_equal(date_from_ymd(2000, 2, 29, &days), WB_OK);
}

/* Every day from 1800 to 2999 converts both ways, one day apart. */
static void
test_roundtrip(void **state)
{
	int	first = ymd(1800, 1, 1), last = ymd(2999, 12, 31), days;
	int	y, m, d, py = 1799, pm = 12, pd = 31, back;

	(void)state;
	for (days = first; days <= last; days++) {
		date_to_ymd(days, &y, &m, &d);
		assert_int_equal(date_from_ymd(y, m, d, &back), WB_OK);
		assert_int_equal(back, days);
		/* The next day of the previous one. */
		if (d == 1) {
			assert_true((m == pm + 1 && y == py) ||
			    (m == 1 && pm == 12 && y == py + 1));
		} else {
			assert_int_equal(d, pd + 1);
			assert_int_equal(m, pm);
			assert_int_equal(y, py);
		}
		py = y;
		pm = m;
		pd = d;
	}
}

static void
test_format(void **state)
{
	char	buf[11];

	(void)state;
	assert_string_equal(date_format(ymd(2026, 1, 5), buf), "2026-01-05");
	assert_string_equal(date_format(0, buf), "1970-01-01");
	assert_string_equal(date_format(ymd(1800, 12, 31), buf), "1800-12-31");
}

/* csv.md: YYYY-MM-DD, DD-MM-YYYY, D-M-YYYY, DD/MM/YYYY. */
static void
test_parse_forms(void **state)
{
	(void)state;
	expect_date("2026-11-23", 2026, 11, 23);
	expect_date("23-11-2026", 2026, 11, 23);
	expect_date("3-1-2026", 2026, 1, 3);
	expect_date("03-01-2026", 2026, 1, 3);
	expect_date("3-11-2026", 2026, 11, 3);
	expect_date("23/11/2026", 2026, 11, 23);
	expect_date("01/02/2026", 2026, 2, 1);	/* day first: 1 February */
	expect_date("2024-02-29", 2024, 2, 29);
	expect_date("29-02-2000", 2000, 2, 29);
	expect_date(" 2026-11-23 ", 2026, 11, 23);
	expect_date("\t23-11-2026", 2026, 11, 23);
}

static void
test_parse_impossible(void **state)
{
	(void)state;
	expect_invalid("2025-02-29");
	expect_invalid("29-02-2025");
	expect_invalid("31-04-2026");
	expect_invalid("2026-04-31");
	expect_invalid("29-02-1900");
	expect_invalid("2026-13-01");
	expect_invalid("2026-00-10");
	expect_invalid("00-01-2026");
	expect_invalid("32/01/2026");
}

static void
test_parse_garbage(void **state)
{
	(void)state;
	expect_invalid("");
	expect_invalid(" ");
	expect_invalid("garbage");
	expect_invalid("2026");
	expect_invalid("2026-11");
	expect_invalid("2026-1-1");	/* ISO form needs two-digit parts */
	expect_invalid("2026-11-3");
	expect_invalid("2026/11/23");	/* slashes only day first */
	expect_invalid("23-11-26");	/* two-digit year */
	expect_invalid("23.11.2026");
	expect_invalid("23-11/2026");	/* mixed separators */
	expect_invalid("123-11-2026");
	expect_invalid("23-11-20266");
	expect_invalid("2026-11-23x");
	expect_invalid("2026-11-23 12:00");
	expect_invalid("2026-11-23T00:00");
	expect_invalid("-2026-11-23");
	expect_invalid("+23-11-2026");
	expect_invalid("2026--11-23");
	expect_invalid("23-111-2026");
	expect_invalid("23 11 2026");
}

static void
test_add_months(void **state)
{
	(void)state;
	assert_int_equal(date_add_months(ymd(2026, 1, 31), 1), ymd(2026, 2, 28));
	assert_int_equal(date_add_months(ymd(2024, 1, 31), 1), ymd(2024, 2, 29));
	assert_int_equal(date_add_months(ymd(2026, 3, 31), 1), ymd(2026, 4, 30));
	assert_int_equal(date_add_months(ymd(2026, 3, 31), -1), ymd(2026, 2, 28));
	assert_int_equal(date_add_months(ymd(2026, 11, 23), 6), ymd(2027, 5, 23));
	assert_int_equal(date_add_months(ymd(2026, 11, 23), 12), ymd(2027, 11, 23));
	assert_int_equal(date_add_months(ymd(2026, 12, 15), 1), ymd(2027, 1, 15));
	assert_int_equal(date_add_months(ymd(2026, 1, 15), -1), ymd(2025, 12, 15));
	assert_int_equal(date_add_months(ymd(2026, 1, 15), -13), ymd(2024, 12, 15));
	assert_int_equal(date_add_months(ymd(2024, 2, 29), 12), ymd(2025, 2, 28));
	assert_int_equal(date_add_months(ymd(2024, 2, 29), 48), ymd(2028, 2, 29));
	assert_int_equal(date_add_months(ymd(2026, 5, 10), 0), ymd(2026, 5, 10));
}

static void
test_weekday(void **state)
{
	int	days, w, prev;

	(void)state;
	assert_int_equal(date_weekday(0), 4);			/* Thursday */
	assert_int_equal(date_weekday(ymd(2026, 11, 23)), 1);	/* Monday */
	assert_int_equal(date_weekday(ymd(2026, 11, 29)), 7);	/* Sunday */
	assert_int_equal(date_weekday(ymd(1969, 12, 29)), 1);	/* before 0 */
	assert_int_equal(date_weekday(ymd(1800, 1, 1)), 3);	/* Wednesday */
	prev = date_weekday(ymd(1899, 12, 31));
	for (days = ymd(1900, 1, 1); days < ymd(1910, 1, 1); days++) {
		w = date_weekday(days);
		assert_in_range(w, 1, 7);
		assert_int_equal(w, prev % 7 + 1);
		prev = w;
	}
}

static void
test_today_override(void **state)
{
	(void)state;
	assert_int_equal(setenv("WERKBANK_TODAY", "2026-11-23", 1), 0);
	assert_int_equal(date_today(), ymd(2026, 11, 23));
	assert_int_equal(setenv("WERKBANK_TODAY", "01-02-2025", 1), 0);
	assert_int_equal(date_today(), ymd(2025, 2, 1));
	/* Not a date: the real today, which is a valid day. */
	assert_int_equal(setenv("WERKBANK_TODAY", "soon", 1), 0);
	assert_in_range(date_today(), ymd(2020, 1, 1), ymd(2999, 12, 31));
	unsetenv("WERKBANK_TODAY");
}

/* Stored times are UTC; people read them in their zone (issue 12). */
static void
test_time_local(void **state)
{
	char	buf[32];

	(void)state;
	if (access("/usr/share/zoneinfo/Europe/Amsterdam", R_OK) != 0)
		skip();
	setenv("TZ", "Europe/Amsterdam", 1);
	tzset();
	/* Winter: UTC+1, summer: UTC+2, across the change of date. */
	assert_string_equal(date_time_local("2026-11-23 09:15:42.123", buf,
	    sizeof(buf)), "2026-11-23 10:15");
	assert_string_equal(date_time_local("2026-07-01 22:30", buf,
	    sizeof(buf)), "2026-07-02 00:30");
	assert_string_equal(date_time_local("2026-03-29T00:59:59Z", buf,
	    sizeof(buf)), "2026-03-29 01:59");
	assert_string_equal(date_time_local("2026-03-29 01:00:00", buf,
	    sizeof(buf)), "2026-03-29 03:00");
	/* What is no time stays as it is. */
	assert_string_equal(date_time_local("gisteren", buf, sizeof(buf)),
	    "gisteren");
	assert_string_equal(date_time_local("", buf, sizeof(buf)), "");
	setenv("TZ", "UTC", 1);
	tzset();
	assert_string_equal(date_time_local("2026-11-23 09:15", buf,
	    sizeof(buf)), "2026-11-23 09:15");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_known_days),
		cmocka_unit_test(test_from_ymd_rejects),
		cmocka_unit_test(test_roundtrip),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_parse_forms),
		cmocka_unit_test(test_parse_impossible),
		cmocka_unit_test(test_parse_garbage),
		cmocka_unit_test(test_add_months),
		cmocka_unit_test(test_weekday),
		cmocka_unit_test(test_today_override),
		cmocka_unit_test(test_time_local),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
