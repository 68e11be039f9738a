/*
 * fuzz-date.c: libFuzzer target for the date forms of the CSV contract
 * (date.c).  Beyond "no crash": a date that parses formats back to a
 * YYYY-MM-DD that parses to the same day; an input already in that form
 * formats back to itself; day numbers and calendar dates round-trip; the
 * weekday and the month arithmetic stay in range.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/date.h"
#include "werkbank/xmalloc.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* Exactly YYYY-MM-DD, nothing around it. */
static int
canonical(const char *s)
{
	static const char	form[] = "dddd-dd-dd";
	size_t			i;

	if (strlen(s) != sizeof(form) - 1)
		return 0;
	for (i = 0; form[i] != '\0'; i++)
		if (form[i] == 'd' ? !(s[i] >= '0' && s[i] <= '9') :
		    s[i] != form[i])
			return 0;
	return 1;
}

static void
check_day(int days)
{
	char	buf[11], again[11];
	int	y, m, d, back, w, k, later;

	date_format(days, buf);
	if (!canonical(buf) || date_parse(buf, &back) != WB_OK ||
	    back != days || strcmp(date_format(back, again), buf) != 0)
		abort();
	date_to_ymd(days, &y, &m, &d);
	if (date_from_ymd(y, m, d, &back) != WB_OK || back != days)
		abort();
	w = date_weekday(days);
	if (w < 1 || w > 7 || date_weekday(days + 1) != w % 7 + 1)
		abort();
	for (k = -25; k <= 25; k += 5) {
		later = date_add_months(days, k);
		/* Either a real date of that month or, out of range, the day
		 * itself: never something in between. */
		date_format(later, buf);
		if (date_parse(buf, &back) != WB_OK || back != later)
			abort();
		if (k > 0 && later < days)
			abort();
		if (k < 0 && later > days)
			abort();
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	*s, out[11];
	int	 days, y, m, d;

	/* Any text as a date. */
	s = xmalloc(size + 1);
	memcpy(s, data, size);
	s[size] = '\0';
	if (date_parse(s, &days) == WB_OK) {
		check_day(days);
		date_format(days, out);
		if (canonical(s) && strcmp(out, s) != 0)
			abort();	/* YYYY-MM-DD formats back to itself */
	} else if (canonical(s) && date_parse(s, &days) == WB_OK)
		abort();		/* and parsing is deterministic */
	free(s);

	/* The first bytes as a calendar date. */
	if (size >= 4) {
		y = 1700 + (data[0] | data[1] << 8) % 1400;
		m = data[2] % 14;
		d = data[3] % 33;
		if (date_from_ymd(y, m, d, &days) == WB_OK) {
			int	yy, mm, dd;

			date_to_ymd(days, &yy, &mm, &dd);
			if (yy != y || mm != m || dd != d)
				abort();
			check_day(days);
		} else if (y >= 1800 && y <= 2999 && m >= 1 && m <= 12 &&
		    d >= 1 && d <= 28)
			abort();	/* a date every month has */
	}
	return 0;
}
