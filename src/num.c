/*
 * num.c: numbers typed, imported and shown, independent of LC_NUMERIC
 * (num.h).  Parsing splits the text into digit groups and hands strtod
 * only digits and an exponent ("245e-1"), which every locale reads the
 * same; formatting rounds to a scaled integer and prints its digits.
 */
#include "werkbank/num.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DIGITS	30
#define MAX_GROUPS	8

static char decimal_mark = '.';

void
num_set_decimal_mark(char c)
{
	decimal_mark = c == ',' ? ',' : '.';
}

char
num_decimal_mark(void)
{
	return decimal_mark;
}

static int
is_sep(int c)
{
	return c == '.' || c == ',' || c == ' ';
}

/*
 * Groups of digits and the separators between them: "1.000,5" ->
 * "1" '.' "000" ',' "5".  0 when anything else is in the text.
 */
static int
split(const char *s, const char **seg, size_t *seglen, char *sep,
    size_t *n)
{
	size_t	k = 0;

	seg[0] = s;
	seglen[0] = 0;
	for (; *s != '\0'; s++) {
		if (isdigit((unsigned char)*s))
			seglen[k]++;
		else if (is_sep(*s)) {
			if (k + 1 == MAX_GROUPS)
				return 0;
			sep[k++] = *s;
			seg[k] = s + 1;
			seglen[k] = 0;
		} else
			return 0;
	}
	*n = k + 1;
	return 1;
}

/* 1 when the groups read as thousands: 1-3 digits (not starting with
 * 0), then groups of three after one and the same separator, perhaps
 * followed by decimals after the other separator. */
static int
grouped(const char **seg, const size_t *seglen, const char *sep, size_t n)
{
	size_t	i, last = n;

	if (n < 2 || seglen[0] < 1 || seglen[0] > 3 || seg[0][0] == '0')
		return 0;
	if (n >= 3 && sep[n - 2] != sep[0] && sep[n - 2] != ' ') {
		if (seglen[n - 1] == 0)
			return 0;
		last = n - 1;		/* decimals after the other mark */
	}
	for (i = 1; i < last; i++)
		if (seglen[i] != 3 || sep[i - 1] != sep[0])
			return 0;
	return 1;
}

enum num_error
num_parse(const char *s, double *out)
{
	const char	*seg[MAX_GROUPS];
	size_t		 seglen[MAX_GROUPS], n, ndig;
	char		 sep[MAX_GROUPS], buf[MAX_DIGITS + 16], *end;
	int		 neg = 0;
	double		 v;

	if (*s == '-' || *s == '+')
		neg = *s++ == '-';
	if (!split(s, seg, seglen, sep, &n))
		return NUM_NOT_A_NUMBER;
	if (n == 1) {
		if (seglen[0] == 0)
			return NUM_NOT_A_NUMBER;
	} else if (n == 2 && sep[0] != ' ') {
		if (seglen[0] + seglen[1] == 0)
			return NUM_NOT_A_NUMBER;
		if (seglen[1] == 3 && grouped(seg, seglen, sep, n))
			return NUM_AMBIGUOUS;
	} else
		return grouped(seg, seglen, sep, n) ? NUM_AMBIGUOUS :
		    NUM_NOT_A_NUMBER;
	ndig = seglen[0] + (n == 2 ? seglen[1] : 0);
	if (ndig > MAX_DIGITS)
		return NUM_NOT_A_NUMBER;
	/* Only digits and an exponent: the same in every locale. */
	snprintf(buf, sizeof(buf), "%.*s%.*se-%zu", (int)seglen[0], seg[0],
	    n == 2 ? (int)seglen[1] : 0, n == 2 ? seg[1] : "",
	    n == 2 ? seglen[1] : (size_t)0);
	if (buf[0] == 'e')
		return NUM_NOT_A_NUMBER;
	v = strtod(buf, &end);
	if (*end != '\0' || !isfinite(v))
		return NUM_NOT_A_NUMBER;
	*out = neg ? -v : v;
	return NUM_OK;
}

/* Lower-cased, without blanks and dots, into out. */
static void
fold_unit(const char *s, char *out, size_t len)
{
	size_t	o = 0;

	for (; *s != '\0' && o + 1 < len; s++)
		if (*s != ' ' && *s != '.' && *s != '\t')
			out[o++] = (char)tolower((unsigned char)*s);
	out[o] = '\0';
}

static int
unit_ok(enum num_unit u, const char *text)
{
	static const char *const hours[] = { "u", "uur", "uren", "h", "hr",
	    "hrs", "hour", "hours", "pw", "p/w", "perweek", "upw", "u/w",
	    "u/wk", "uurpw", "urenpw", "uurp/w", "urenp/w", "uurperweek",
	    "urenperweek", "uperweek", "uurinweek", "uurweek", "urenweek",
	    "hoursaweek", "hoursperweek", NULL };
	static const char *const km[] = { "km", "kilometer", "kilometers",
	    "kilometre", "kilometres", NULL };
	static const char *const pct[] = { "%", "procent", "percent", "pct",
	    NULL };
	const char *const *list = u == NUM_UNIT_HOURS ? hours :
	    u == NUM_UNIT_KM ? km : u == NUM_UNIT_PERCENT ? pct : NULL;
	char		 f[32];
	size_t		 i;

	if (strlen(text) >= sizeof(f))
		return 0;
	fold_unit(text, f, sizeof(f));
	if (f[0] == '\0')
		return 1;
	for (i = 0; list != NULL && list[i] != NULL; i++)
		if (strcmp(f, list[i]) == 0)
			return 1;
	return 0;
}

enum num_error
num_parse_unit(const char *s, enum num_unit u, double *out)
{
	char	buf[64];
	size_t	n;

	if (u == NUM_UNIT_NONE)
		return num_parse(s, out);
	/* The number is the part before the first letter, blank or '%'. */
	n = strspn(s, "+-0123456789.,");
	if (s[n] == '\0' || n == 0 || n >= sizeof(buf))
		return num_parse(s, out);
	if (!unit_ok(u, s + n))
		return NUM_NOT_A_NUMBER;
	memcpy(buf, s, n);
	buf[n] = '\0';
	return num_parse(buf, out);
}

/*
 * v with at most `decimals` decimals after `mark`; trim: drop trailing
 * zeros; guard: never exactly three decimals after 1-3 digits.
 */
static char *
format(double v, int decimals, int trim, int guard, char mark, char *buf,
    size_t len)
{
	unsigned long long	 n, scale = 1, ip, fp;
	char			 frac[16];
	double			 a;
	int			 i, nf, neg;

	if (len == 0)
		return buf;
	if (!isfinite(v)) {
		snprintf(buf, len, "?");
		return buf;
	}
	if (decimals < 0)
		decimals = 0;
	if (decimals > 9)
		decimals = 9;
	for (i = 0; i < decimals; i++)
		scale *= 10;
	neg = v < 0;
	a = fabs(v) * (double)scale;
	if (a >= 9e15) {
		/* No decimal mark in %.0f: the same in every locale. */
		snprintf(buf, len, "%.0f", v);
		return buf;
	}
	n = (unsigned long long)llround(a);
	ip = n / scale;
	fp = n % scale;
	nf = decimals;
	for (i = decimals - 1; i >= 0; i--) {
		frac[i] = (char)('0' + fp % 10);
		fp /= 10;
	}
	if (trim)
		while (nf > 0 && frac[nf - 1] == '0')
			nf--;
	if (guard && nf == 3 && ip >= 1 && ip <= 999)
		frac[nf++] = '0';
	frac[nf] = '\0';
	if (n == 0)
		neg = 0;
	if (nf > 0)
		snprintf(buf, len, "%s%llu%c%s", neg ? "-" : "", ip, mark, frac);
	else
		snprintf(buf, len, "%s%llu", neg ? "-" : "", ip);
	return buf;
}

char *
num_format(double v, int decimals, char *buf, size_t len)
{
	return format(v, decimals, 1, 1, decimal_mark, buf, len);
}

char *
num_format_fixed(double v, int decimals, char *buf, size_t len)
{
	return format(v, decimals, 0, 0, decimal_mark, buf, len);
}

char *
num_format_c(double v, int decimals, char *buf, size_t len)
{
	return format(v, decimals, 1, 1, '.', buf, len);
}

char *
num_localize(const char *s, char *buf, size_t len)
{
	const char	*p = s, *dot;
	size_t		 nint, nfrac;

	if (*p == '-')
		p++;
	nint = strspn(p, "0123456789");
	dot = p + nint;
	nfrac = *dot == '.' ? strspn(dot + 1, "0123456789") : 0;
	if (len > 0 && nint > 0 && *dot == '.' && nfrac > 0 &&
	    dot[1 + nfrac] == '\0' && decimal_mark != '.') {
		snprintf(buf, len, "%s", s);
		if ((size_t)(dot - s) < len)
			buf[dot - s] = decimal_mark;
	} else if (len > 0)
		snprintf(buf, len, "%s", s);
	return buf;
}

char *
num_localize_text(const char *s, char *buf, size_t len)
{
	size_t	i;

	if (len == 0)
		return buf;
	snprintf(buf, len, "%s", s);
	for (i = 1; buf[i] != '\0' && buf[i + 1] != '\0'; i++)
		if (buf[i] == '.' && isdigit((unsigned char)buf[i - 1]) &&
		    isdigit((unsigned char)buf[i + 1]))
			buf[i] = decimal_mark;
	return buf;
}
