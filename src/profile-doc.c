/*
 * profile-doc.c: the profile as a document (profile-int.h) and the
 * words it is written in: dates, hours, the Dutch level for an employer
 * and job titles, in the user's language.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/date.h"
#include "werkbank/i18n.h"
#include "werkbank/num.h"
#include "werkbank/record.h"
#include "werkbank/text.h"
#include "werkbank/xmalloc.h"
#include "profile-int.h"

struct pdoc *
pdoc_new(void)
{
	return xcalloc(1, sizeof(struct pdoc));
}

void
pdoc_free(struct pdoc *d)
{
	size_t	i;

	if (d == NULL)
		return;
	for (i = 0; i < d->n; i++) {
		free(d->items[i].label);
		free(d->items[i].text);
	}
	free(d->items);
	free(d->title);
	free(d->number);
	free(d->date);
	free(d->name);
	free(d->headline);
	free(d->for_line);
	free(d);
}

char *
pdoc_clean(const char *s)
{
	size_t		 n, len, o = 0, k;
	uint32_t	 cp;
	char		*out;

	if (s == NULL)
		return xstrdup("");
	n = strlen(s);
	out = xmalloc(n * 3 + 1);	/* a byte becomes at most U+FFFD */
	while (n > 0) {
		len = text_decode(s, n, &cp);
		if (cp == '\t' || cp == '\r' || cp == '\n') {
			out[o++] = ' ';
		} else if (len == 0 || text_is_unsafe(cp)) {
			memcpy(out + o, "\xef\xbf\xbd", 3);
			o += 3;
		} else {
			for (k = 0; k < len; k++)
				out[o++] = s[k];
		}
		if (len == 0)
			len = 1;
		s += len;
		n -= len;
	}
	out[o] = '\0';
	return out;
}

struct pdoc_item *
pdoc_add(struct pdoc *d, enum pdoc_kind kind, enum pdoc_mark mark,
    const char *label, const char *text)
{
	struct pdoc_item	*it;

	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 32;
		d->items = xreallocarray(d->items, d->cap, sizeof(*d->items));
	}
	it = &d->items[d->n++];
	it->kind = kind;
	it->mark = mark;
	it->label = label != NULL ? pdoc_clean(label) : NULL;
	it->text = pdoc_clean(text);
	return it;
}

void
pdoc_addf(struct pdoc *d, enum pdoc_kind kind, enum pdoc_mark mark,
    const char *label, const char *fmt, ...)
{
	va_list	 ap;
	char	 buf[1024];

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	pdoc_add(d, kind, mark, label, buf);
}

int
profile_dutch(void)
{
	/* TRANSLATORS: the language of this catalogue, as its two-letter
	 * code (ISO 639-1): the candidate profile picks its job titles and
	 * education names by it.  Dutch: nl. */
	return strcmp(_("en"), "nl") == 0;
}

static const char *const months[] = {
	N_("January"), N_("February"), N_("March"), N_("April"), N_("May"),
	N_("June"), N_("July"), N_("August"), N_("September"),
	N_("October"), N_("November"), N_("December"),
};

char *
profile_date_words(int days, char *buf, size_t len)
{
	int	y, m, d;

	date_to_ymd(days, &y, &m, &d);
	/* TRANSLATORS: a date in words: day, month, year ("23 November
	 * 2026"; Dutch months without a capital: "23 november 2026"). */
	snprintf(buf, len, _("%d %s %d"), d, _(months[m - 1]), y);
	return buf;
}

char *
profile_hours_words(double min, double max, char *buf, size_t len)
{
	char	a[32], b[32];

	if (min < 0 && max < 0)
		return NULL;
	if (min >= 0)
		num_format(min, 1, a, sizeof(a));
	if (max >= 0)
		num_format(max, 1, b, sizeof(b));
	if (min >= 0 && max >= 0 && min == max)
		snprintf(buf, len, _("%s hours a week"), a);
	else if (min >= 0 && max >= 0)
		snprintf(buf, len, _("%s to %s hours a week"), a, b);
	else if (min >= 0)
		snprintf(buf, len, _("at least %s hours a week"), a);
	else
		snprintf(buf, len, _("at most %s hours a week"), b);
	return buf;
}

/* What each CEFR level means at work, for an employer. */
static const struct {
	const char	*code;
	const char	*words;
} cefr_words[] = {
	{ "A0", N_("does not speak Dutch yet (A0)") },
	{ "A1", N_("understands and uses simple Dutch phrases (A1)") },
	{ "A2", N_("manages simple conversations in Dutch about work and "
	    "daily things (A2)") },
	{ "B1", N_("speaks and understands Dutch in most situations at "
	    "work (B1)") },
	{ "B2", N_("speaks Dutch fluently, also about less familiar "
	    "subjects (B2)") },
	{ "C1", N_("speaks and writes Dutch fluently and precisely (C1)") },
	{ "C2", N_("Dutch at the level of a native speaker (C2)") },
};

const char *
profile_dutch_words(const char *cefr)
{
	size_t	i;

	for (i = 0; i < sizeof(cefr_words) / sizeof(cefr_words[0]); i++)
		if (cefr != NULL && strcmp(cefr, cefr_words[i].code) == 0)
			return _(cefr_words[i].words);
	return NULL;
}

/* The first letter in upper case (ASCII; titles start with one). */
static void
capitalise(char *s)
{
	if (*s >= 'a' && *s <= 'z')
		*s = (char)(*s - 'a' + 'A');
}

char *
profile_occupation_title(struct db *db, const char *isco, char *buf,
    size_t len)
{
	sqlite3_stmt	*stmt;
	const char	*t;
	int		 nl = profile_dutch();

	buf[0] = '\0';
	if (nl && (t = record_occupation_title(isco)) != NULL) {
		snprintf(buf, len, "%s", t);
		capitalise(buf);
		return buf;
	}
	if (db_prepare(db, nl ? "SELECT title_nl FROM isco_group WHERE "
	    "code = ?" : "SELECT title_en FROM isco_group WHERE code = ?",
	    &stmt) == WB_OK) {
		sqlite3_bind_text(stmt, 1, isco, -1, SQLITE_STATIC);
		if (sqlite3_step(stmt) == SQLITE_ROW)
			db_column_copy(buf, len, stmt, 0);
		sqlite3_finalize(stmt);
	}
	if (buf[0] == '\0')
		snprintf(buf, len, "%s", isco);
	capitalise(buf);
	return buf;
}
