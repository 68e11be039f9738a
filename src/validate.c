/*
 * validate.c: the rules for every value, shared by the importer and the
 * forms.  Lookups (PC4, ISCO, levels, partners, users) are read once into
 * sorted arrays, so validating a million rows runs no SQL per value.
 */
#include "werkbank/validate.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "werkbank/date.h"
#include "werkbank/i18n.h"
#include "werkbank/num.h"
#include "werkbank/text.h"
#include "werkbank/vocab.h"
#include "werkbank/xmalloc.h"

const char *const validate_target_groups[] = { "bijstand", "nug", "ww",
    "wajong", "wsw", "beschut", "statushouder", "pro_vso", "overig", NULL };
const char *const validate_candidate_statuses[] = { "beschikbaar",
    "in_traject", "geplaatst", "inactief", NULL };
const char *const validate_vacancy_statuses[] = { "open", "on_hold",
    "vervuld", "ingetrokken", "verlopen", NULL };
const char *const validate_restrictions[] = { "geen_zwaar_tillen",
    "niet_lang_staan", "geen_nachtdienst", "geen_klantcontact",
    "rustige_omgeving", NULL };
const char *const validate_demands[] = { "zwaar_tillen", "lang_staan",
    "nachtdienst", "klantcontact", "druk", NULL };
const char *const validate_transport_modes[] = { "auto", "fiets", "ov",
    "brommer", NULL };
const char *const validate_instruments[] = { "lks", "jobcoach",
    "proefplaatsing", "werkervaring", "no_risk", "beschut",
    "leerwerktraject", NULL };
const char *const validate_contracts[] = { "vast", "tijdelijk", "uitzend",
    "detachering", "proefplaatsing", "werkervaring", "beschut", NULL };
const char *const validate_partner_kinds[] = { "gemeente", "uwv",
    "sw_bedrijf", "overig", NULL };
const char *const validate_leave_reasons[] = { "werk_via_team", "werk_zelf",
    "uitkering_beeindigd", "verhuisd", "opleiding", "ziek", "overig", NULL };
const char *const validate_contact_types[] = { "bezoek", "telefoon", "mail",
    "overleg", NULL };

/* A sorted list of (key, id, value) for bsearch. */
struct lookup_entry {
	char		*key;
	long long	 id;
	char		*value;
};

struct lookup {
	struct lookup_entry	*v;
	size_t			 n;
};

struct validate_ctx {
	struct lookup	pc4, isco, education, partners, users, municipalities;
};

static int
entry_cmp(const void *a, const void *b)
{
	return strcasecmp(((const struct lookup_entry *)a)->key,
	    ((const struct lookup_entry *)b)->key);
}

static void
lookup_clear(struct lookup *l)
{
	size_t	i;

	for (i = 0; i < l->n; i++) {
		free(l->v[i].key);
		free(l->v[i].value);
	}
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

/* Fill from SQL returning (key, id, value). */
static enum wb_status
lookup_load(struct db *db, struct lookup *l, const char *sql)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	size_t		 cap = 0;
	int		 rc;

	lookup_clear(l);
	if ((st = db_prepare(db, sql, &stmt)) != WB_OK)
		return st;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		const char *v = (const char *)sqlite3_column_text(stmt, 2);

		if (l->n == cap) {
			cap = cap ? cap * 2 : 64;
			l->v = xreallocarray(l->v, cap, sizeof(*l->v));
		}
		l->v[l->n].key = xstrdup((const char *)
		    sqlite3_column_text(stmt, 0));
		l->v[l->n].id = sqlite3_column_int64(stmt, 1);
		l->v[l->n].value = v != NULL ? xstrdup(v) : NULL;
		l->n++;
	}
	if (rc != SQLITE_DONE)
		st = db_fail(db, _("reading the reference data"));
	sqlite3_finalize(stmt);
	if (l->n > 0)
		qsort(l->v, l->n, sizeof(*l->v), entry_cmp);
	return st;
}

static const struct lookup_entry *
lookup_find(const struct lookup *l, const char *key)
{
	struct lookup_entry	k = { (char *)key, 0, NULL };

	if (l->n == 0)
		return NULL;
	return bsearch(&k, l->v, l->n, sizeof(*l->v), entry_cmp);
}

enum wb_status
validate_ctx_reload_partners(struct validate_ctx *c, struct db *db)
{
	return lookup_load(db, &c->partners,
	    "SELECT code, id, NULL FROM partner");
}

enum wb_status
validate_ctx_new(struct db *db, struct validate_ctx **out)
{
	struct validate_ctx	*c = xcalloc(1, sizeof(*c));
	enum wb_status		 st;

	*out = c;
	if ((st = lookup_load(db, &c->pc4, "SELECT code, 0, NULL FROM pc4")) !=
	    WB_OK ||
	    (st = lookup_load(db, &c->isco, "SELECT code, 0, NULL FROM "
	    "isco_group WHERE level = 4")) != WB_OK ||
	    (st = lookup_load(db, &c->education, "SELECT key, 0, key FROM "
	    "education_level UNION SELECT alias, 0, key FROM education_alias "
	    "WHERE alias NOT IN (SELECT key FROM education_level)")) != WB_OK ||
	    (st = lookup_load(db, &c->municipalities, "SELECT code, 0, NULL "
	    "FROM municipality")) != WB_OK ||
	    (st = lookup_load(db, &c->users, "SELECT login, id, NULL FROM "
	    "app_user WHERE active")) != WB_OK ||
	    (st = validate_ctx_reload_partners(c, db)) != WB_OK)
		return st;
	return WB_OK;
}

void
validate_ctx_free(struct validate_ctx *c)
{
	if (c == NULL)
		return;
	lookup_clear(&c->pc4);
	lookup_clear(&c->isco);
	lookup_clear(&c->education);
	lookup_clear(&c->partners);
	lookup_clear(&c->users);
	lookup_clear(&c->municipalities);
	free(c);
}

/* Quote a value for a message: sanitized and cut at 40 bytes, between
 * two characters (a cut inside one would print invalid UTF-8). */
static const char *
shown(const char *v, char *buf, size_t len)
{
	char		*s = text_sanitize(v);
	size_t		 n = strlen(s), cut = 0, step;
	uint32_t	 cp;

	if (n > 40) {
		while ((step = text_decode(s + cut, n - cut, &cp)) > 0 &&
		    cut + step <= 37)
			cut += step;
		snprintf(buf, len, "%.*s...", (int)cut, s);
	} else
		snprintf(buf, len, "%s", s);
	free(s);
	return buf;
}

enum wb_status
validate_text(const char *s, int multiline, size_t maxlen, char *err)
{
	size_t		n = strlen(s), i = 0, len;
	uint32_t	cp;

	if (n > maxlen) {
		snprintf(err, VERR, _("longer than %zu characters"), maxlen);
		return WB_INVALID;
	}
	while (i < n) {
		if ((len = text_decode(s + i, n - i, &cp)) == 0) {
			snprintf(err, VERR, _("invalid UTF-8"));
			return WB_INVALID;
		}
		if (text_is_unsafe(cp) && !(multiline && (cp == '\n' ||
		    cp == '\t' || cp == '\r'))) {
			snprintf(err, VERR, cp == 0x1b ?
			    _("contains an escape sequence (U+%04X)") :
			    cp >= 0x200b ? _("contains an invisible or "
			    "direction-changing character (U+%04X)") :
			    _("contains a control character (U+%04X)"),
			    (unsigned)cp);
			return WB_INVALID;
		}
		i += len;
	}
	return WB_OK;
}

int
validate_looks_like_bsn(const char *s)
{
	int	d[9], n = 0, sum = 0, i, nonzero = 0;

	for (; *s != '\0'; s++) {
		if (isdigit((unsigned char)*s)) {
			if (n == 9)
				return 0;
			d[n++] = *s - '0';
		} else if (!(n > 0 && (*s == '.' || *s == ' ' || *s == '-')))
			return 0;
	}
	if (n != 9)
		return 0;
	for (i = 0; i < 8; i++) {
		sum += (9 - i) * d[i];
		nonzero |= d[i];
	}
	sum -= d[8];
	return nonzero && sum % 11 == 0;
}

enum wb_status
validate_date(const char *s, char out[11], char *err)
{
	char	buf[48];
	int	days;

	if (date_parse(s, &days) != WB_OK) {
		snprintf(err, VERR, _("'%s' is not a date (YYYY-MM-DD or "
		    "DD-MM-YYYY)"), shown(s, buf, sizeof(buf)));
		return WB_INVALID;
	}
	date_format(days, out);
	return WB_OK;
}

/* Why a number did not parse, for err. */
static enum wb_status
number_error(enum num_error e, const char *s, char *err)
{
	char	buf[48];

	if (e == NUM_AMBIGUOUS)
		snprintf(err, VERR, _("'%s' is ambiguous: write 1000 for a "
		    "thousand, 1,5 for one and a half"), shown(s, buf,
		    sizeof(buf)));
	else
		snprintf(err, VERR, _("'%s' is not a number"), shown(s, buf,
		    sizeof(buf)));
	return WB_INVALID;
}

enum wb_status
validate_number_unit(const char *s, enum num_unit unit, double min,
    double max, double *out, char *err)
{
	enum num_error	e;
	char		buf[48], lo[32], hi[32];

	if ((e = num_parse_unit(s, unit, out)) != NUM_OK)
		return number_error(e, s, err);
	if (*out < min || *out > max) {
		snprintf(err, VERR, _("%s is outside %s to %s"), shown(s, buf,
		    sizeof(buf)), num_format(min, 2, lo, sizeof(lo)),
		    num_format(max, 2, hi, sizeof(hi)));
		return WB_INVALID;
	}
	return WB_OK;
}

enum wb_status
validate_number(const char *s, double min, double max, double *out, char *err)
{
	return validate_number_unit(s, NUM_UNIT_NONE, min, max, out, err);
}

enum wb_status
validate_int(const char *s, long min, long max, long *out, char *err)
{
	enum num_error	e;
	char		buf[48];
	double		d;

	if ((e = num_parse(s, &d)) == NUM_AMBIGUOUS)
		return number_error(e, s, err);
	/* 3, and 3,0 or 3.0 as a form or a spreadsheet may show it. */
	if (e != NUM_OK || d != floor(d)) {
		snprintf(err, VERR, _("'%s' is not a whole number"),
		    shown(s, buf, sizeof(buf)));
		return WB_INVALID;
	}
	if (d < (double)min || d > (double)max) {
		snprintf(err, VERR, _("%s is outside %ld to %ld"), shown(s, buf,
		    sizeof(buf)), min, max);
		return WB_INVALID;
	}
	*out = (long)d;
	return WB_OK;
}

enum wb_status
validate_vocab(enum vocab_set set, const char *s, const char **code, char *err)
{
	return vocab_parse(set, s, code, err, VERR);
}

enum wb_status
validate_bool(const char *s, int *out, char *err)
{
	const char	*code;

	if (vocab_parse(VOCAB_YESNO, s, &code, err, VERR) != WB_OK)
		return WB_INVALID;
	*out = strcmp(code, "1") == 0;
	return WB_OK;
}

enum wb_status
validate_licence(const char *s, int *out, char *err)
{
	const char	*code;

	if (vocab_parse(VOCAB_LICENCE, s, &code, err, VERR) != WB_OK)
		return WB_INVALID;
	*out = strcmp(code, "1") == 0;
	return WB_OK;
}

enum wb_status
validate_enum(const char *s, const char *const *values, const char **out,
    char *err)
{
	enum vocab_set	set = vocab_set_of(values);
	char		buf[48], list[160];
	size_t		len = 0;
	int		i;

	if (set != VOCAB_NONE)
		return vocab_parse(set, s, out, err, VERR);
	for (i = 0; values[i] != NULL; i++)
		if (strcasecmp(s, values[i]) == 0) {
			*out = values[i];
			return WB_OK;
		}
	list[0] = '\0';
	for (i = 0; values[i] != NULL && len < sizeof(list) - 32; i++)
		len += (size_t)snprintf(list + len, sizeof(list) - len, "%s%s",
		    i ? ", " : "", values[i]);
	snprintf(err, VERR, _("'%s' is not one of %s"), shown(s, buf,
	    sizeof(buf)), list);
	return WB_INVALID;
}

enum wb_status
validate_postcode(const struct validate_ctx *c, const char *s, char out[5],
    char *err)
{
	char	buf[48];
	size_t	n = strlen(s), i;

	/* 7941, 7941AB, 7941 AB, 7941 ab */
	if (n < 4 || !(s[0] >= '1' && s[0] <= '9'))
		goto bad;
	for (i = 0; i < 4; i++)
		if (!isdigit((unsigned char)s[i]))
			goto bad;
	i = 4;
	if (s[i] == ' ')
		i++;
	if (s[i] != '\0') {
		if (!isalpha((unsigned char)s[i]) ||
		    !isalpha((unsigned char)s[i + 1]) || s[i + 2] != '\0')
			goto bad;
	}
	memcpy(out, s, 4);
	out[4] = '\0';
	if (lookup_find(&c->pc4, out) == NULL) {
		snprintf(err, VERR, _("unknown PC4 '%s'"), out);
		return WB_INVALID;
	}
	return WB_OK;
bad:
	snprintf(err, VERR, _("'%s' is not a Dutch postcode (7941 AB or "
	    "7941)"), shown(s, buf, sizeof(buf)));
	return WB_INVALID;
}

enum wb_status
validate_isco(const struct validate_ctx *c, const char *s, char *err)
{
	char	buf[48];

	if (strlen(s) != 4 || strspn(s, "0123456789") != 4) {
		snprintf(err, VERR, _("'%s' is not a 4-digit ISCO-08 code"),
		    shown(s, buf, sizeof(buf)));
		return WB_INVALID;
	}
	if (lookup_find(&c->isco, s) == NULL) {
		snprintf(err, VERR, _("unknown ISCO-08 code '%s'"), s);
		return WB_INVALID;
	}
	return WB_OK;
}

enum wb_status
validate_education(const struct validate_ctx *c, const char *s,
    const char **key, char *err)
{
	const struct lookup_entry	*e;

	/* The words and spellings of vocab.c, then the short forms the
	 * reference data adds. */
	if ((*key = vocab_code(VOCAB_EDUCATION, s)) != NULL &&
	    lookup_find(&c->education, *key) != NULL)
		return WB_OK;
	if ((e = lookup_find(&c->education, s)) != NULL) {
		*key = e->value;
		return WB_OK;
	}
	return vocab_parse(VOCAB_EDUCATION, s, key, err, VERR);
}

enum wb_status
validate_cefr(const char *s, char out[3], char *err)
{
	const char	*v;

	if (vocab_parse(VOCAB_LANGUAGE, s, &v, err, VERR) != WB_OK)
		return WB_INVALID;
	memcpy(out, v, 3);
	return WB_OK;
}

enum wb_status
validate_municipality(const struct validate_ctx *c, const char *s, char out[5],
    char *err)
{
	char	buf[48];
	size_t	n = strlen(s);

	if (n == 0 || n > 4 || strspn(s, "0123456789") != n) {
		snprintf(err, VERR, _("'%s' is not a CBS municipality code"),
		    shown(s, buf, sizeof(buf)));
		return WB_INVALID;
	}
	snprintf(out, 5, "%04d", atoi(s));
	if (lookup_find(&c->municipalities, out) == NULL) {
		snprintf(err, VERR, _("unknown municipality code '%s'"), out);
		return WB_INVALID;
	}
	return WB_OK;
}

enum wb_status
validate_partner(const struct validate_ctx *c, const char *s, long long *id,
    char *err)
{
	const struct lookup_entry	*e;
	char				 buf[48];

	char				 codes[160];
	size_t				 i, o = 0;

	if ((e = lookup_find(&c->partners, s)) == NULL) {
		/* The partners are few: name them, as a form and a file
		 * both need (no command to look them up). */
		codes[0] = '\0';
		for (i = 0; i < c->partners.n && o + 1 < sizeof(codes); i++)
			o += (size_t)snprintf(codes + o, sizeof(codes) - o,
			    "%s%s", i > 0 ? ", " : "", c->partners.v[i].key);
		snprintf(err, VERR, _("unknown partner '%s' (the partners: "
		    "%s)"), shown(s, buf, sizeof(buf)), codes);
		return WB_INVALID;
	}
	*id = e->id;
	return WB_OK;
}

long long
validate_user(const struct validate_ctx *c, const char *login)
{
	const struct lookup_entry	*e = lookup_find(&c->users, login);

	return e != NULL ? e->id : 0;
}

enum wb_status
validate_email(const char *s, char *err)
{
	const char	*at = strchr(s, '@');
	char		 buf[48];

	if (at == NULL || at == s || strchr(at + 1, '@') != NULL ||
	    strchr(at + 1, '.') == NULL || strpbrk(s, " ,;<>") != NULL) {
		snprintf(err, VERR, _("'%s' is not an e-mail address"),
		    shown(s, buf, sizeof(buf)));
		return WB_INVALID;
	}
	return WB_OK;
}

enum wb_status
validate_phone(const char *s, char *err)
{
	char	buf[48];
	int	digits = 0;

	for (const char *p = s; *p != '\0'; p++) {
		if (isdigit((unsigned char)*p))
			digits++;
		else if (strchr(" -+()./", *p) == NULL)
			digits = -100;
	}
	if (digits < 6 || digits > 15) {
		snprintf(err, VERR, _("'%s' is not a telephone number"),
		    shown(s, buf, sizeof(buf)));
		return WB_INVALID;
	}
	return WB_OK;
}

const char *
validate_item_end(const char *p, int set)
{
	for (; *p != '\0'; p++)
		if (*p == '|' || (set && (*p == ';' || (*p == ',' &&
		    !isdigit((unsigned char)p[1])))))
			return p;
	return NULL;
}

void
validate_percent_as_colon(char *it)
{
	char	*e = it + strlen(it), *num;

	if (e > it && e[-1] == '%')
		e--;
	while (e > it && e[-1] == ' ')
		e--;
	num = e;
	while (num > it && (isdigit((unsigned char)num[-1]) ||
	    num[-1] == ',' || num[-1] == '.'))
		num--;
	if (num == e || num == it || !isdigit((unsigned char)*num))
		return;
	/* The ':' takes the blank's place, or is put before the digits. */
	if (num[-1] == ' ')
		num[-1] = ':';
	else if (isalpha((unsigned char)num[-1])) {
		memmove(num + 1, num, strlen(num) + 1);
		*num = ':';
	}
}
