/*
 * record.c: entering and editing vacancies, candidates and employers
 * field by field through the importer's rules (see record.h).  The field
 * list names the import's columns; their types and limits come from the
 * import's column tables, and the values are checked and stored by
 * import_one(), so nothing here repeats a rule.
 */
#include "werkbank/record.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "import-internal.h"
#include "record-internal.h"
#include "werkbank/date.h"
#include "werkbank/i18n.h"
#include "werkbank/num.h"
#include "werkbank/vocab.h"
#include "werkbank/workflow.h"
#include "werkbank/xmalloc.h"


#define MAX_FIELDS	RECORD_MAX_FIELDS
/* The decimals a number is shown with (hours 24,25; km 12,5). */
#define RECORD_DECIMALS	2

/* ---- finding and reading ---- */

static enum wb_status
find_employer(struct db *db, const char *key, long long *id)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	const char	*at = strrchr(key, '@'), *slash = strchr(key, '/');
	char		 name[512], pc4[8];
	int		 rc;

	*id = 0;
	if (at != NULL && at > key) {
		snprintf(name, sizeof(name), "%.*s", (int)(at - key), key);
		import_name_key(name, name, sizeof(name));
		snprintf(pc4, sizeof(pc4), "%.4s", at + 1);
		st = db_prepare(db, "SELECT id FROM employer WHERE name_key = ?1 "
		    "AND pc4 = ?2", &stmt);
		if (st != WB_OK)
			return st;
		sqlite3_bind_text(stmt, 1, name, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(stmt, 2, pc4, -1, SQLITE_TRANSIENT);
	} else if (slash != NULL && slash > key && slash[1] != '\0') {
		st = db_prepare(db, "SELECT e.id FROM employer e JOIN partner p "
		    "ON p.id = e.partner_id WHERE p.code = ?1 AND e.ref = ?2",
		    &stmt);
		if (st != WB_OK)
			return st;
		sqlite3_bind_text(stmt, 1, key, (int)(slash - key),
		    SQLITE_TRANSIENT);
		sqlite3_bind_text(stmt, 2, slash + 1, -1, SQLITE_TRANSIENT);
	} else
		return db_set_error(db, WB_INVALID, _("'%s': name an employer "
		    "as PARTNER/REF or NAME@POSTCODE (e.g. 'Bakkerij De "
		    "Vries@7941')"), key);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW)
		*id = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	if (rc == SQLITE_ROW)
		return WB_OK;
	if (rc != SQLITE_DONE)
		return db_fail(db, _("finding the employer"));
	return db_set_error(db, WB_NOT_FOUND, _("no employer '%s'"), key);
}

enum wb_status
record_find(struct db *db, const struct user_ctx *u, enum rec_kind kind,
    const char *key, long long *id)
{
	switch (kind) {
	case REC_VACANCY:
		return workflow_vacancy_id(db, key, id);
	case REC_CANDIDATE:
		return workflow_candidate_id(db, u, key, id);
	case REC_EMPLOYER:
		return find_employer(db, key, id);
	default:
		return db_set_error(db, WB_INVALID, "%s", _("unknown kind"));
	}
}

void
record_values_free(char **v, enum rec_kind kind)
{
	const struct kind_info	*k = record_kind_info(kind);
	size_t			 i;

	if (v == NULL || k == NULL)
		return;
	for (i = 0; i < k->nfields; i++)
		free(v[i]);
	free(v);
}

/*
 * A number as the form shows it and takes it back: the user's decimal
 * mark, no ".0" (SQLite writes a REAL 32 as "32.0"); in a list of
 * occupations, the years after each ':'.
 */
static char *
value_text(const struct record_field *f, sqlite3_stmt *stmt, int c,
    const char *text)
{
	char		 out[2048], num[32], *item;
	const char	*p, *bar, *colon;
	size_t		 o = 0, len;
	double		 d;

	if (f->type == RV_REAL && sqlite3_column_type(stmt, c) != SQLITE_TEXT)
		return xstrdup(num_format(sqlite3_column_double(stmt, c),
		    RECORD_DECIMALS, num, sizeof(num)));
	if (f->type != RV_OCCUPATIONS || strchr(text, ':') == NULL ||
	    strlen(text) >= sizeof(out))
		return xstrdup(text);
	for (p = text; p != NULL && o < sizeof(out); p = bar ? bar + 1 : NULL) {
		bar = strchr(p, '|');
		len = bar ? (size_t)(bar - p) : strlen(p);
		item = xstrndup(p, len);
		colon = strchr(item, ':');
		if (colon != NULL && num_parse(colon + 1, &d) == NUM_OK)
			o += (size_t)snprintf(out + o, sizeof(out) - o,
			    "%s%.*s:%s", o ? "|" : "", (int)(colon - item),
			    item, num_format(d, RECORD_DECIMALS, num,
			    sizeof(num)));
		else
			o += (size_t)snprintf(out + o, sizeof(out) - o, "%s%s",
			    o ? "|" : "", item);
		free(item);
	}
	return o < sizeof(out) ? xstrdup(out) : xstrdup(text);
}

char *
record_value_shown(const struct record_field *f, const char *value,
    char *buf, size_t len)
{
	if (f->vocab == VOCAB_NONE || value == NULL)
		snprintf(buf, len, "%s", value != NULL ? value : "");
	else if (f->type == RV_ENUMS || f->type == RV_INSTRUMENTS)
		vocab_words(f->vocab, value, "|", buf, len);
	else
		snprintf(buf, len, "%s", vocab_word(f->vocab, value));
	return buf;
}

/* Read the values; *partner and *consent for the candidate rules. */
static enum wb_status
read_values(struct db *db, const struct kind_info *k, long long id,
    char ***out, long long *version, long long *partner, int *consent)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	char		**v;
	int		 rc, ncol, c;
	size_t		 i;

	*out = NULL;
	if ((st = db_prepare(db, k->read_sql, &stmt)) != WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, id);
	if ((rc = sqlite3_step(stmt)) != SQLITE_ROW) {
		sqlite3_finalize(stmt);
		if (rc != SQLITE_DONE)
			return db_fail(db, _("reading the record"));
		return db_set_error(db, WB_NOT_FOUND, _("no %s with id %lld"),
		    k->name, id);
	}
	v = xcalloc(k->nfields + 1, sizeof(char *));
	ncol = sqlite3_column_count(stmt);
	for (i = 0; i < k->nfields; i++)
		v[i] = xstrdup("");
	for (c = 0; c < ncol; c++) {
		const char	*name = sqlite3_column_name(stmt, c);
		const char	*text = (const char *)sqlite3_column_text(stmt,
				    c);

		if (strcmp(name, "version") == 0)
			*version = sqlite3_column_int64(stmt, c);
		else if (strcmp(name, "partner_id") == 0)
			*partner = sqlite3_column_int64(stmt, c);
		else if (strcmp(name, "vis_consent") == 0)
			*consent = sqlite3_column_int(stmt, c);
		else
			for (i = 0; i < k->nfields; i++)
				if (strcmp(k->fields[i].name, name) == 0 &&
				    text != NULL) {
					free(v[i]);
					v[i] = value_text(&k->fields[i], stmt, c,
					    text);
				}
	}
	sqlite3_finalize(stmt);
	*out = v;
	return WB_OK;
}

enum wb_status
record_read(struct db *db, const struct user_ctx *u, enum rec_kind kind,
    long long id, char ***values, long long *version)
{
	const struct kind_info	*k = record_kind_info(kind);
	enum wb_status		 st;
	long long		 partner = 0;
	int			 consent = 1;

	*values = NULL;
	if (k == NULL)
		return db_set_error(db, WB_INVALID, "%s", _("unknown kind"));
	if ((st = read_values(db, k, id, values, version, &partner,
	    &consent)) != WB_OK)
		return st;
	if (kind == REC_CANDIDATE && !user_can_see_candidate(u, partner,
	    consent)) {
		record_values_free(*values, kind);
		*values = NULL;
		return db_set_error(db, WB_NOT_FOUND, _("no candidate with id "
		    "%lld"), id);
	}
	return WB_OK;
}

/* ---- writing ---- */

/*
 * How the caller names the fields, for its messages: as it gave them
 * (the form its labels, a command line what was typed); a field it did
 * not give by its label when it names fields by their labels, else by
 * its name.
 */
struct naming {
	const struct kind_info	*k;
	const char		*as[MAX_FIELDS];
	int			 labels;
};

static const char *
shown_name(const struct naming *nm, size_t i)
{
	if (nm->as[i] != NULL)
		return nm->as[i];
	return nm->labels ? _(nm->k->fields[i].label) : nm->k->fields[i].name;
}

/* The caller named field fi as given: remember how. */
static void
named_as(struct naming *nm, int fi, const char *given)
{
	const struct record_field	*f = &nm->k->fields[fi];

	nm->as[fi] = given;
	if (record_field_index_named(nm->k, given) != fi &&
	    (record_same_name(given, f->label, strlen(f->label)) ||
	    record_same_name(given, _(f->label), strlen(_(f->label)))))
		nm->labels = 1;
}

/* A reason for field fi (-1: not one field; then name says which). */
static void
add_reason(struct record_result *res, int fi, const char *name,
    const char *msg)
{
	char	*r = fi >= 0 ? res->reason[fi] : res->other;
	size_t	 len = fi >= 0 ? sizeof(res->reason[fi]) : sizeof(res->other);
	size_t	 n = strlen(r);

	if (fi >= RECORD_MAX_FIELDS || n + 4 >= len)
		return;
	if (fi < 0)
		snprintf(r + n, len - n, "%s%s: %s", n ? "; " : "", name, msg);
	else
		snprintf(r + n, len - n, "%s%s", n ? "; " : "", msg);
}

static int
has_reasons(const struct kind_info *k, const struct record_result *res)
{
	size_t	i;

	for (i = 0; i < k->nfields; i++)
		if (res->reason[i][0] != '\0')
			return 1;
	return res->other[0] != '\0';
}

/* Every reason as one message, "name: reason; name: reason". */
static enum wb_status
invalid(struct db *db, const struct naming *nm,
    const struct record_result *res)
{
	char	msg[2048];
	size_t	i, o = 0;

	msg[0] = '\0';
	for (i = 0; i < nm->k->nfields && o < sizeof(msg); i++)
		if (res->reason[i][0] != '\0')
			o += (size_t)snprintf(msg + o, sizeof(msg) - o,
			    "%s%s: %s", o ? "; " : "", shown_name(nm, i),
			    res->reason[i]);
	if (res->other[0] != '\0' && o < sizeof(msg))
		snprintf(msg + o, sizeof(msg) - o, "%s%s", o ? "; " : "",
		    res->other);
	return db_set_error(db, WB_INVALID, "%s", msg);
}

/* A login typed into a field: an active user (account managers: one
 * with that role).  "" is fine: it empties the field.  1 and msg when
 * it is not. */
static int
check_login(struct db *db, const char *field, const char *login, char *msg,
    size_t len)
{
	sqlite3_stmt	*stmt;
	const char	*role = NULL;
	int		 rc;

	msg[0] = '\0';
	if (*login == '\0' || db_prepare(db, "SELECT role FROM app_user "
	    "WHERE login = ?1 AND active", &stmt) != WB_OK)
		return 0;
	sqlite3_bind_text(stmt, 1, login, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW)
		role = (const char *)sqlite3_column_text(stmt, 0);
	if (role == NULL)
		snprintf(msg, len, _("'%s' is not a werkbank user; "
		    "ask the coordinator"), login);
	else if (strcmp(field, "account_manager") == 0 &&
	    strcmp(role, "accountmanager") != 0)
		snprintf(msg, len, _("%s is a %s, not an account manager"),
		    login, vocab_word(VOCAB_ROLE, role));
	sqlite3_finalize(stmt);
	return msg[0] != '\0';
}

/* Job titles in an occupation field -> ISCO codes; NULL and msg when
 * one is not clear. */
static char *
resolve_occupations(struct db *db, const struct record_field *f,
    const char *value, char *msg, size_t msglen)
{
	char	 out[2048], item[256], isco[5], *colon;
	const char *p, *bar;
	size_t	 o = 0, len;

	out[0] = '\0';
	for (p = value; p != NULL; p = bar ? bar + 1 : NULL) {
		bar = f->type == RV_OCCUPATIONS ? strchr(p, '|') : NULL;
		len = bar ? (size_t)(bar - p) : strlen(p);
		snprintf(item, sizeof(item), "%.*s", (int)len, p);
		colon = f->type == RV_OCCUPATIONS ? strchr(item, ':') : NULL;
		if (colon != NULL)
			*colon = '\0';
		char *t = import_trim(item);
		size_t tl = strlen(t);
		/* "Verkopers (5223)", as the form shows it: the code. */
		if (tl > 6 && t[tl - 1] == ')' && t[tl - 6] == '(' &&
		    strspn(t + tl - 5, "0123456789") == 4) {
			t[tl - 1] = '\0';
			t += tl - 5;
		} else if (*t != '\0' && strspn(t, "0123456789") != strlen(t)) {
			if (record_occupation_resolve(db, t, isco, msg,
			    msglen) != WB_OK)
				return NULL;
			t = isco;
		}
		o += (size_t)snprintf(out + o, o < sizeof(out) ?
		    sizeof(out) - o : 0, "%s%s%s%s", o ? "|" : "", t,
		    colon != NULL ? ":" : "", colon != NULL ? colon + 1 : "");
		if (o >= sizeof(out))
			return xstrdup(value);	/* too long: the import says */
	}
	return xstrdup(out);
}

/* msg with each "name: " of the import's replaced by the caller's. */
static void
rename_parts(const struct naming *nm, const char *msg, char *out,
    size_t len)
{
	const char	*p = msg, *next;
	size_t		 n, i, o = 0, skip;

	out[0] = '\0';
	while (p != NULL && *p != '\0' && o < len) {
		n = record_error_part(p, &next);
		for (i = 0; i < nm->k->nfields; i++)
			if (record_error_of(p, nm->k->fields[i].name))
				break;
		skip = i < nm->k->nfields ? strlen(nm->k->fields[i].name) + 1 :
		    0;
		o += (size_t)snprintf(out + o, len - o, "%s%s%s%.*s",
		    o ? "; " : "", skip ? shown_name(nm, i) : "",
		    skip ? ":" : "", (int)(n - skip), p + skip);
		p = next;
	}
}

enum wb_status
record_check(struct db *db, enum rec_kind kind, const char *field,
    const char *value, char *err, size_t errlen)
{
	const struct kind_info		*k = record_kind_info(kind);
	const struct record_field	*f;
	struct naming			 nm;
	enum wb_status			 st;
	char				*resolved = NULL, msg[512], ierr[2048];
	int				 fi;

	err[0] = '\0';
	if (k == NULL || (fi = record_field_index(k, field)) < 0)
		return db_set_error(db, WB_INVALID, "%s", _("unknown field"));
	f = &k->fields[fi];
	memset(&nm, 0, sizeof(nm));
	nm.k = k;
	named_as(&nm, fi, field);
	msg[0] = '\0';
	/* What only record.c checks first, as record_set does. */
	if (f->type == RV_OCCUPATION || f->type == RV_OCCUPATIONS)
		resolved = resolve_occupations(db, f, value, msg, sizeof(msg));
	else if (f->type == RV_LOGIN)
		check_login(db, f->name, value, msg, sizeof(msg));
	else if (strcmp(f->name, "ref") == 0)
		record_check_ref(db, value, msg, sizeof(msg));
	if (msg[0] != '\0') {
		free(resolved);
		snprintf(err, errlen, "%s: %s", field, msg);
		return WB_INVALID;
	}
	st = import_check_value(db, k->import, f->name, resolved != NULL ?
	    resolved : value, ierr, sizeof(ierr));
	free(resolved);
	if (st == WB_INVALID)
		rename_parts(&nm, ierr, err, errlen);
	return st;
}

static enum rec_kind
kind_of(const struct kind_info *k)
{
	int	i;

	for (i = 0; i < REC_NKINDS - 1; i++)
		if (record_kind_info((enum rec_kind)i) == k)
			break;
	return (enum rec_kind)i;
}

/* The key of a record for messages: PARTNER/REF or NAME@PC4. */
static void
key_of(const struct kind_info *k, char **v, char *out, size_t len)
{
	if (kind_of(k) == REC_EMPLOYER && *v[2] != '\0' && *v[3] != '\0')
		snprintf(out, len, "%s/%s", v[3], v[2]);
	else if (kind_of(k) == REC_EMPLOYER)
		snprintf(out, len, "%s@%s", v[0], v[1]);
	else
		snprintf(out, len, "%s/%s", v[1], v[0]);
}

static enum wb_status
stale(struct db *db, const struct naming *nm, long long id,
    const char *key, struct record_result *res)
{
	char	when[32], what[512];

	if (audit_last(db, nm->k->name, id, &res->stale) == WB_OK) {
		record_change_shown(kind_of(nm->k), &res->stale, nm->labels,
		    what, sizeof(what));
		return db_set_error(db, WB_STALE, _("%s was changed by %s at "
		    "%s (%s) since you read it; read it again and redo your "
		    "change"), key, res->stale.login,
		    date_time_local(res->stale.at, when, sizeof(when)), what);
	}
	return db_set_error(db, WB_STALE, _("%s was changed by someone else "
	    "since you read it; read it again and redo your change"), key);
}

size_t
record_error_part(const char *msg, const char **next)
{
	const char	*sep, *colon;

	/* The next "; name: " that starts another field's message. */
	for (sep = strstr(msg, "; "); sep != NULL;
	    sep = strstr(sep + 2, "; ")) {
		colon = sep + 2 + strspn(sep + 2,
		    "abcdefghijklmnopqrstuvwxyz_");
		if (colon > sep + 2 && colon[0] == ':' && colon[1] == ' ')
			break;
	}
	*next = sep != NULL ? sep + 2 : NULL;
	return sep != NULL ? (size_t)(sep - msg) : strlen(msg);
}

int
record_error_of(const char *part, const char *name)
{
	size_t	n = strlen(name);

	return strncmp(part, name, n) == 0 && part[n] == ':';
}

/*
 * The import's "field: reason; field: reason" (its fields by their
 * names) as reasons of the fields, without the fields record.c found
 * bad already (the import saw a stand-in there).
 */
static void
take_import_errors(const struct kind_info *k, struct record_result *res,
    const char *imp, const int *bad)
{
	const char	*p = imp, *next;
	char		 part[1024];
	size_t		 i, len, nl;

	while (p != NULL && *p != '\0') {
		len = record_error_part(p, &next);
		for (i = 0; i < k->nfields; i++)
			if (record_error_of(p, k->fields[i].name))
				break;
		if (i < k->nfields) {
			nl = strlen(k->fields[i].name) + 2;
			snprintf(part, sizeof(part), "%.*s", len > nl ?
			    (int)(len - nl) : 0, p + (len > nl ? nl : len));
			if (!bad[i])
				add_reason(res, (int)i, NULL, part);
		} else {
			snprintf(part, sizeof(part), "%.*s", (int)len, p);
			if (res->other[0] == '\0' || strlen(res->other) + len +
			    3 < sizeof(res->other))
				snprintf(res->other + strlen(res->other),
				    sizeof(res->other) - strlen(res->other),
				    "%s%s", res->other[0] ? "; " : "", part);
		}
		p = next;
	}
}

static enum wb_status	record_write(struct db *, const struct user_ctx *,
			    enum rec_kind, long long, long long,
			    const struct record_value *, size_t,
			    struct record_result *, int);

enum wb_status
record_set(struct db *db, const struct user_ctx *u, enum rec_kind kind,
    long long id, long long version, const struct record_value *vals,
    size_t n, struct record_result *res)
{
	return record_write(db, u, kind, id, version, vals, n, res, 0);
}

enum wb_status
record_try(struct db *db, const struct user_ctx *u, enum rec_kind kind,
    long long id, long long version, const struct record_value *vals,
    size_t n, struct record_result *res)
{
	return record_write(db, u, kind, id, version, vals, n, res, 1);
}

/* record_set, or with dry set everything but the commit. */
static enum wb_status
record_write(struct db *db, const struct user_ctx *u, enum rec_kind kind,
    long long id, long long version, const struct record_value *vals,
    size_t n, struct record_result *res, int dry)
{
	const struct kind_info	*k = record_kind_info(kind);
	struct naming		 nm;
	enum wb_status		 st;
	const char		*names[MAX_FIELDS], *values[MAX_FIELDS];
	const char		*shown[MAX_FIELDS];
	char			*given[MAX_FIELDS], **before = NULL;
	int			 bad[MAX_FIELDS] = { 0 }, nbad = 0;
	char			**after = NULL, detail[640], err[2048], msg[512];
	long long		 cur_version = 0, partner = 0, got;
	size_t			 i, nn = 0, o = 0, od;
	int			 fi, consent = 1;

	memset(res, 0, sizeof(*res));
	memset(given, 0, sizeof(given));
	memset(&nm, 0, sizeof(nm));
	if (k == NULL)
		return db_set_error(db, WB_INVALID, "%s", _("unknown kind"));
	nm.k = k;
	if ((st = user_require(db, u, k->perm)) != WB_OK)
		return st;
	if (n == 0)
		return db_set_error(db, WB_INVALID, "%s", _("no field=value "
		    "given"));

	/* The fields asked for: known, not fixed, given once. */
	for (i = 0; i < n; i++) {
		const struct record_field	*f;

		if ((fi = record_field_index(k, vals[i].field)) < 0) {
			add_reason(res, -1, vals[i].field, _("not a field (the "
			    "fields are those show lists)"));
			continue;
		}
		f = &k->fields[fi];
		if (nm.as[fi] == NULL)
			named_as(&nm, fi, vals[i].field);
		if (given[fi] != NULL)
			add_reason(res, fi, NULL, _("given twice"));
		else if (id != 0 && f->key)
			add_reason(res, fi, NULL, _("part of the record's key: "
			    "it cannot be changed"));
		else if (f->readonly)
			add_reason(res, fi, NULL, kind == REC_VACANCY ?
			    _("changes with werkbank vacancy hold, reopen or "
			    "withdraw, and the pipeline") :
			    _("cannot be changed here"));
		else {
			msg[0] = '\0';
			if (f->type == RV_OCCUPATION ||
			    f->type == RV_OCCUPATIONS)
				given[fi] = resolve_occupations(db, f,
				    vals[i].value, msg, sizeof(msg));
			else if (f->type == RV_LOGIN)
				check_login(db, f->name, vals[i].value, msg,
				    sizeof(msg));
			else if (strcmp(f->name, "ref") == 0)
				record_check_ref(db, vals[i].value, msg,
				    sizeof(msg));
			if (given[fi] == NULL)
				given[fi] = xstrdup(vals[i].value);
			/* A value only record.c checks was bad: the import
			 * checks the others and the messages are joined. */
			if (msg[0] != '\0') {
				add_reason(res, fi, NULL, msg);
				bad[fi] = 1;
				nbad++;
			}
		}
	}
	/* A new vacancy is the collecting user's partner's. */
	fi = record_field_index(k, "partner");
	if (id == 0 && kind == REC_VACANCY && given[fi] == NULL &&
	    !u->single)
		given[fi] = xstrdup(u->partner);
	if (id == 0)
		for (i = 0; i < k->nfields; i++)
			if (k->fields[i].required && (given[i] == NULL ||
			    *given[i] == '\0'))
				add_reason(res, (int)i, NULL, _("required"));
	if (has_reasons(k, res) && nbad == 0) {
		st = invalid(db, &nm, res);
		goto out;
	}
	for (i = 0; i < k->nfields && id == 0; i++)
		if (k->fields[i].required && given[i] == NULL) {
			/* Missing: the import cannot run without it. */
			st = invalid(db, &nm, res);
			goto out;
		}
	for (i = 0; i < k->nfields; i++)
		if (bad[i]) {
			free(given[i]);
			given[i] = id == 0 ? xstrdup("") : NULL;
		}

	if ((st = db_begin(db)) != WB_OK)
		goto out;
	if (id != 0) {
		if ((st = read_values(db, k, id, &before, &cur_version,
		    &partner, &consent)) != WB_OK)
			goto fail;
		key_of(k, before, res->key, sizeof(res->key));
		if (kind == REC_CANDIDATE) {
			if (!user_can_see_candidate(u, partner, consent)) {
				st = db_set_error(db, WB_NOT_FOUND, _("no "
				    "candidate with id %lld"), id);
				goto fail;
			}
			if (!u->single && partner != u->partner_id) {
				st = db_set_error(db, WB_DENIED, _("%s is a "
				    "candidate of another partner: only %s "
				    "edits them"), res->key, before[1]);
				goto fail;
			}
		}
		if (version != 0 && version != cur_version) {
			st = stale(db, &nm, id, res->key, res);
			goto fail;
		}
		/*
		 * The importer's UPDATE sets the key and required columns and
		 * the others a file carries: pass those, the fields given and
		 * the other half of an hours range (checked as a pair).
		 */
		for (i = 0; i < k->nfields; i++) {
			const char *fn = k->fields[i].name;
			int pair = strncmp(fn, "hours_", 6) == 0 &&
			    (given[record_field_index(k, "hours_min")] != NULL ||
			    given[record_field_index(k, "hours_max")] != NULL);

			if (given[i] == NULL && !k->fields[i].key &&
			    !k->fields[i].required && !pair)
				continue;
			names[nn] = fn;
			shown[nn] = shown_name(&nm, i);
			values[nn++] = given[i] != NULL ? given[i] : before[i];
		}
	} else {
		fi = record_field_index(k, "partner");
		if (kind == REC_CANDIDATE && !u->single &&
		    strcasecmp(given[fi], u->partner) != 0) {
			st = db_set_error(db, WB_DENIED, _("%s enters "
			    "candidates of %s only"), u->login, u->partner);
			goto fail;
		}
		for (i = 0; i < k->nfields; i++)
			if (given[i] != NULL) {
				names[nn] = k->fields[i].name;
				shown[nn] = shown_name(&nm, i);
				values[nn++] = given[i];
			}
	}

	st = import_one(db, k->import, names, shown, values, nn, id, &got, err,
	    sizeof(err));
	if (st == WB_INVALID || (st == WB_OK && nbad > 0)) {
		take_import_errors(k, res, err, bad);
		st = invalid(db, &nm, res);
		goto fail;
	}
	if (st == WB_EXISTS) {
		rename_parts(&nm, err, msg, sizeof(msg));
		db_set_error(db, st, "%s", msg);
		goto fail;
	}
	if (st != WB_OK)
		goto fail;
	res->id = got;
	res->created = id == 0;
	if ((st = read_values(db, k, got, &after, &res->version, &partner,
	    &consent)) != WB_OK)
		goto fail;
	key_of(k, after, res->key, sizeof(res->key));
	/* What changed: for the audit log by name, for people as named. */
	od = (size_t)snprintf(detail, sizeof(detail), "fields=");
	for (i = 0; i < k->nfields; i++)
		if (before == NULL ? given[i] != NULL :
		    strcmp(before[i], after[i]) != 0) {
			o += (size_t)snprintf(res->changed + o, o <
			    sizeof(res->changed) ? sizeof(res->changed) - o :
			    0, "%s%s", o ? ", " : "", shown_name(&nm, i));
			od += (size_t)snprintf(detail + od, od <
			    sizeof(detail) ? sizeof(detail) - od : 0, "%s%s",
			    od > 7 ? "," : "", k->fields[i].name);
		}
	if (o >= sizeof(res->changed))
		res->changed[sizeof(res->changed) - 1] = '\0';
	if (id != 0 && o == 0) {
		/* Nothing changed: keep the version as it was. */
		db_rollback(db);
		res->version = cur_version;
		st = WB_OK;
		goto out;
	}
	if (dry) {
		db_rollback(db);
		st = WB_OK;
		goto out;
	}
	st = audit_commit(db, u->login, id == 0 ? "create" : "update",
	    k->name, got, detail);
	goto out;
fail:
	db_rollback(db);
out:
	for (i = 0; i < MAX_FIELDS; i++)
		free(given[i]);
	record_values_free(before, kind);
	record_values_free(after, kind);
	return st;
}
