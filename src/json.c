/*
 * json.c: the one JSON writer (json.h).  Strings are escaped in one
 * place; numbers are printed in the C locale's form by hand, because
 * printf follows LC_NUMERIC and a Dutch locale would write "40,5", which
 * is not JSON.  Objects for the audit log are written to a memory
 * stream with the same functions.
 */
#include "werkbank/json.h"

#include <locale.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/i18n.h"
#include "werkbank/msg.h"
#include "werkbank/text.h"
#include "werkbank/xmalloc.h"

struct json_obj {
	FILE	*fp;
	char	*buf;
	size_t	 len;
	int	 n;
};

void
json_string(FILE *fp, const char *s)
{
	size_t		n, i = 0, len;
	uint32_t	cp;

	if (s == NULL) {
		fputs("null", fp);
		return;
	}
	n = strlen(s);
	fputc('"', fp);
	while (i < n) {
		if ((len = text_decode(s + i, n - i, &cp)) == 0) {
			fputs("\\ufffd", fp);
			i++;
			continue;
		}
		if (cp == '"' || cp == '\\')
			fprintf(fp, "\\%c", (char)cp);
		else if (text_is_unsafe(cp))
			fprintf(fp, "\\u%04x", (unsigned)cp);
		else
			fwrite(s + i, 1, len, fp);
		i += len;
	}
	fputc('"', fp);
}

/* Replace the locale's decimal point in buf by '.'. */
static void
c_point(char *buf)
{
	const char	*dp = localeconv()->decimal_point;
	size_t		 dl = dp != NULL ? strlen(dp) : 0;
	char		*p;

	if (dl == 0 || strcmp(dp, ".") == 0 || (p = strstr(buf, dp)) == NULL)
		return;
	*p = '.';
	memmove(p + 1, p + dl, strlen(p + dl) + 1);
}

void
json_number(FILE *fp, double v)
{
	char	buf[64];

	if (!isfinite(v)) {
		fputs("null", fp);
		return;
	}
	snprintf(buf, sizeof(buf), "%.10g", v);
	c_point(buf);
	fputs(buf, fp);
}

void
json_decimal(FILE *fp, double v, int places)
{
	char	buf[64];

	if (!isfinite(v)) {
		fputs("null", fp);
		return;
	}
	snprintf(buf, sizeof(buf), "%.*f", places, v);
	c_point(buf);
	fputs(buf, fp);
}

/* The length of a JSON number at s (RFC 8259 section 6) with point as
 * its decimal point, or 0. */
static size_t
number_len(const char *s, char point)
{
	const char	*p = s;

	if (*p == '-')
		p++;
	if (*p == '0')
		p++;
	else if (*p >= '1' && *p <= '9')
		while (*p >= '0' && *p <= '9')
			p++;
	else
		return 0;
	if (*p == point) {
		if (p[1] < '0' || p[1] > '9')
			return 0;
		for (p++; *p >= '0' && *p <= '9'; p++)
			;
	}
	if (*p == 'e' || *p == 'E') {
		p++;
		if (*p == '+' || *p == '-')
			p++;
		if (*p < '0' || *p > '9')
			return 0;
		while (*p >= '0' && *p <= '9')
			p++;
	}
	return (size_t)(p - s);
}

int
json_number_text(FILE *fp, const char *s)
{
	const char	*dp = localeconv()->decimal_point;
	char		 point = dp != NULL && strlen(dp) == 1 ? *dp : '.';
	size_t		 n = strlen(s);
	char		*c;

	if (n > 0 && number_len(s, '.') == n) {
		fputs(s, fp);
		return 1;
	}
	if (point == '.' || n == 0 || number_len(s, point) != n)
		return 0;
	c = xstrdup(s);
	*strchr(c, point) = '.';
	fputs(c, fp);
	free(c);
	return 1;
}

struct json_obj *
json_obj_new(void)
{
	struct json_obj	*o = xcalloc(1, sizeof(*o));

	if ((o->fp = open_memstream(&o->buf, &o->len)) == NULL)
		msg_fatal("%s", _("out of memory"));
	fputc('{', o->fp);
	return o;
}

static void
key(struct json_obj *o, const char *k)
{
	if (o->n++ > 0)
		fputc(',', o->fp);
	json_string(o->fp, k);
	fputc(':', o->fp);
}

void
json_obj_str(struct json_obj *o, const char *k, const char *value)
{
	key(o, k);
	json_string(o->fp, value);
}

void
json_obj_int(struct json_obj *o, const char *k, long long v)
{
	key(o, k);
	fprintf(o->fp, "%lld", v);
}

void
json_obj_num(struct json_obj *o, const char *k, double v)
{
	key(o, k);
	json_number(o->fp, v);
}

char *
json_obj_end(struct json_obj *o)
{
	char	*s;

	fputc('}', o->fp);
	if (fclose(o->fp) != 0 || o->buf == NULL)
		msg_fatal("%s", _("out of memory"));
	s = o->buf;
	free(o);
	return s;
}
