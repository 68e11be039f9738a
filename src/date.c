/*
 * date.c: day numbers and the date forms of the CSV contract.  The
 * civil-from-days arithmetic is the well-known era/day-of-era method,
 * exact for every Gregorian date.
 */
#include "werkbank/date.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int
days_in_month(int y, int m)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };

	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return mdays[m - 1];
}

enum wb_status
date_from_ymd(int y, int m, int d, int *days)
{
	int	era, yoe, doy, doe, mp;

	if (y < 1800 || y > 2999 || m < 1 || m > 12 || d < 1 ||
	    d > days_in_month(y, m))
		return WB_INVALID;
	y -= m <= 2;
	era = y / 400;
	yoe = y - era * 400;
	mp = (m + 9) % 12;
	doy = (153 * mp + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	*days = era * 146097 + doe - 719468;
	return WB_OK;
}

void
date_to_ymd(int days, int *y, int *m, int *d)
{
	int	z, era, doe, yoe, doy, mp;

	z = days + 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = yoe + era * 400 + (*m <= 2);
}

/* Read 1..max digits; returns the number of digits read. */
static int
digits(const char **sp, int max, int *out)
{
	const char	*s = *sp;
	int		 n = 0, v = 0;

	while (n < max && isdigit((unsigned char)*s)) {
		v = v * 10 + (*s - '0');
		s++;
		n++;
	}
	*sp = s;
	*out = v;
	return n;
}

enum wb_status
date_parse(const char *s, int *days)
{
	int	a, b, c, na, nb, nc;
	char	sep;

	while (*s == ' ' || *s == '\t')
		s++;
	na = digits(&s, 4, &a);
	if (na == 0 || (*s != '-' && *s != '/'))
		return WB_INVALID;
	sep = *s++;
	nb = digits(&s, 2, &b);
	if (nb == 0 || *s++ != sep)
		return WB_INVALID;
	nc = digits(&s, 4, &c);
	while (*s == ' ' || *s == '\t')
		s++;
	if (*s != '\0')
		return WB_INVALID;
	if (na == 4 && sep == '-' && nb == 2 && nc == 2)
		return date_from_ymd(a, b, c, days);	/* YYYY-MM-DD */
	if (na <= 2 && nc == 4)
		return date_from_ymd(c, b, a, days);	/* D-M-YYYY, DD/MM/YYYY */
	return WB_INVALID;
}

char *
date_format(int days, char *buf)
{
	int	y, m, d;

	date_to_ymd(days, &y, &m, &d);
	snprintf(buf, 11, "%04d-%02d-%02d", y, m, d);
	return buf;
}

int
date_today(void)
{
	const char	*env = getenv("WERKBANK_TODAY");
	struct tm	 tm;
	time_t		 now;
	int		 days;

	if (env != NULL && *env != '\0' && date_parse(env, &days) == WB_OK)
		return days;
	now = time(NULL);
	localtime_r(&now, &tm);
	if (date_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
	    &days) != WB_OK)
		return 0;
	return days;
}

int
date_add_months(int days, int months)
{
	int	y, m, d, total, out;

	date_to_ymd(days, &y, &m, &d);
	total = y * 12 + (m - 1) + months;
	y = total / 12;
	m = total % 12 + 1;
	if (d > days_in_month(y, m))
		d = days_in_month(y, m);
	if (date_from_ymd(y, m, d, &out) != WB_OK)
		return days;
	return out;
}

int
date_weekday(int days)
{
	/* 1970-01-01 was a Thursday (4). */
	int	w = (days % 7 + 7 + 3) % 7;

	return w + 1;
}

char *
date_time_local(const char *utc, char *buf, size_t len)
{
	struct tm	 tm;
	time_t		 t;
	int		 y, mo, d, h, mi, sec = 0, n = 0;

	if (len == 0)
		return buf;
	memset(&tm, 0, sizeof(tm));
	if (utc == NULL || sscanf(utc, "%4d-%2d-%2d%*1[ T]%2d:%2d%n", &y, &mo,
	    &d, &h, &mi, &n) != 5 || n != 16) {
		snprintf(buf, len, "%s", utc != NULL ? utc : "");
		return buf;
	}
	if (utc[16] == ':' && sscanf(utc + 17, "%2d", &sec) != 1)
		sec = 0;
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_sec = sec;
	if ((t = timegm(&tm)) == (time_t)-1 || localtime_r(&t, &tm) == NULL) {
		snprintf(buf, len, "%.16s", utc);
		return buf;
	}
	snprintf(buf, len, "%04d-%02d-%02d %02d:%02d", tm.tm_year + 1900,
	    tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min);
	return buf;
}
