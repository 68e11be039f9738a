/*
 * contact.c: the log of contacts with employers (contact.h): checking
 * and logging one, the tags, and the list with what is due.
 */
#include "werkbank/contact.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/audit.h"
#include "werkbank/date.h"
#include "werkbank/i18n.h"
#include "werkbank/validate.h"
#include "werkbank/vocab.h"
#include "werkbank/xmalloc.h"

#include "contact-int.h"

#define NOTE_MAX	4000

enum wb_status
contact_tag_parse(const char *typed, char out[CONTACT_TAG_LEN + 1],
    char *err)
{
	const char	*code;
	char		 t[256];
	size_t		 i;

	contact_fold_blanks(typed, t, sizeof(t));
	if (t[0] == '\0') {
		snprintf(err, VERR, "%s", _("an empty tag"));
		return WB_INVALID;
	}
	if ((code = vocab_code(VOCAB_CONTACT_TAG, t)) != NULL)
		t[0] = '\0';
	else if (validate_text(t, 0, CONTACT_TAG_LEN, err) != WB_OK)
		return WB_INVALID;
	for (i = 0; t[i] != '\0'; i++)
		t[i] = (char)tolower((unsigned char)t[i]);
	/* Both fit: a code is short, the word was checked above. */
	memcpy(out, code != NULL ? code : t, strlen(code != NULL ? code : t) +
	    1);
	return WB_OK;
}

/* The tags given, each maybe a list "krapte, scholing" or "a|b". */
static void
check_tags(const struct contact_new *c, char tags[][CONTACT_TAG_LEN + 1],
    size_t *ntags, char *err, size_t errlen)
{
	char		 one[CONTACT_TAG_LEN + 1], why[VERR], item[256];
	const char	*p, *end;
	size_t		 i, j, n;

	*ntags = 0;
	for (i = 0; i < c->ntags; i++) {
		for (p = c->tags[i]; p != NULL && *p != '\0';
		    p = *end != '\0' ? end + 1 : NULL) {
			end = p + strcspn(p, ",;|");
			n = (size_t)(end - p);
			snprintf(item, sizeof(item), "%.*s", (int)(n <
			    sizeof(item) ? n : sizeof(item) - 1), p);
			if (strspn(item, " \t") == strlen(item))
				continue;
			if (contact_tag_parse(item, one, why) != WB_OK) {
				contact_err(err, errlen, "tag", "%s", why);
				continue;
			}
			for (j = 0; j < *ntags; j++)
				if (strcmp(tags[j], one) == 0)
					break;
			if (j < *ntags)
				continue;
			if (*ntags == CONTACT_TAGS_MAX) {
				contact_err(err, errlen, "tag", _("more than "
				    "%d tags"), CONTACT_TAGS_MAX);
				return;
			}
			memcpy(tags[(*ntags)++], one, sizeof(one));
		}
	}
}

/* "visit, phone call, e-mail or meeting" in the user's language. */
static const char *
type_words(char *buf, size_t len)
{
	const struct vocab_entry	*e;
	size_t				 n, i, o = 0;

	e = vocab_entries(VOCAB_CONTACT_TYPE, &n);
	buf[0] = '\0';
	for (i = 0; i < n && o < len; i++)
		o += (size_t)snprintf(buf + o, len - o, "%s%s", i == 0 ? "" :
		    i + 1 == n ? _(" or ") : ", ",
		    vocab_entry_word(VOCAB_CONTACT_TYPE, &e[i]));
	return buf;
}

/* A date field: "" for none; its day in *day. */
static int
check_day(const char *field, const char *s, char out[11], int *day,
    char *err, size_t errlen)
{
	char	why[VERR];

	out[0] = '\0';
	*day = 0;
	if (s == NULL || *s == '\0')
		return 0;
	if (validate_date(s, out, why) != WB_OK) {
		contact_err(err, errlen, field, "%s", why);
		out[0] = '\0';
		return -1;
	}
	(void)date_parse(out, day);
	return 0;
}

enum wb_status
contact_check(const struct contact_new *c, char *type, size_t typelen,
    char tags[][CONTACT_TAG_LEN + 1], size_t *ntags, char *err,
    size_t errlen)
{
	const char	*code;
	char		 why[VERR], on[11], next[11], today_s[11];
	int		 day, next_day, today = date_today();

	err[0] = '\0';
	type[0] = '\0';
	if (c->type == NULL || *c->type == '\0')
		contact_err(err, errlen, "type", _("required: %s"),
		    type_words(why, sizeof(why)));
	else if (vocab_parse(VOCAB_CONTACT_TYPE, c->type, &code, why,
	    sizeof(why)) != WB_OK)
		contact_err(err, errlen, "type", "%s", why);
	else
		snprintf(type, typelen, "%s", code);
	date_format(today, today_s);
	if (check_day("date", c->date, on, &day, err, errlen) == 0 &&
	    on[0] != '\0' && day > today)
		contact_err(err, errlen, "date", _("%s is after today: log a "
		    "contact once it has happened, and the one agreed as its "
		    "next contact"), on);
	if (on[0] == '\0')
		day = today;
	if (check_day("next", c->next, next, &next_day, err, errlen) == 0 &&
	    next[0] != '\0') {
		if (next_day < today)
			contact_err(err, errlen, "next", _("%s is in the past: "
			    "the next contact is on or after today (%s)"), next,
			    today_s);
		else if (next_day < day)
			contact_err(err, errlen, "next", _("%s is before the "
			    "contact itself"), next);
	}
	if (c->with != NULL && *c->with != '\0' && validate_text(c->with, 0,
	    120, why) != WB_OK)
		contact_err(err, errlen, "with", "%s", why);
	if (c->note != NULL && validate_text(c->note, 1, NOTE_MAX, why) !=
	    WB_OK)
		contact_err(err, errlen, "note", "%s", why);
	if (c->agreed != NULL && validate_text(c->agreed, 1, NOTE_MAX, why) !=
	    WB_OK)
		contact_err(err, errlen, "agreed", "%s", why);
	check_tags(c, tags, ntags, err, errlen);
	return err[0] != '\0' ? WB_INVALID : WB_OK;
}

static void
bind_text_or_null(sqlite3_stmt *stmt, int i, const char *s)
{
	if (s == NULL || *s == '\0' || strspn(s, " \t\r\n") == strlen(s))
		sqlite3_bind_null(stmt, i);
	else
		sqlite3_bind_text(stmt, i, s, -1, SQLITE_TRANSIENT);
}

static enum wb_status
insert_contact(struct db *db, const struct user_ctx *u,
    const struct contact_new *c, const char *type, long long person,
    long long *id)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	char		 on[11], next[11], why[VERR];
	int		 rc;

	if (c->date == NULL || *c->date == '\0')
		date_format(date_today(), on);
	else
		(void)validate_date(c->date, on, why);
	next[0] = '\0';
	if (c->next != NULL && *c->next != '\0')
		(void)validate_date(c->next, next, why);
	if ((st = db_prepare(db, "INSERT INTO employer_contact (employer_id, "
	    "contact_on, type, by_user_id, person_id, note, agreed, next_on) "
	    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", &stmt)) != WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, c->employer_id);
	sqlite3_bind_text(stmt, 2, on, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(stmt, 3, type, -1, SQLITE_TRANSIENT);
	if (u->id != 0)
		sqlite3_bind_int64(stmt, 4, u->id);
	if (person != 0)
		sqlite3_bind_int64(stmt, 5, person);
	bind_text_or_null(stmt, 6, c->note);
	bind_text_or_null(stmt, 7, c->agreed);
	bind_text_or_null(stmt, 8, next);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return db_fail(db, _("storing the contact"));
	*id = sqlite3_last_insert_rowid(db_sqlite(db));
	return WB_OK;
}

enum wb_status
contact_add(struct db *db, const struct user_ctx *u,
    const struct contact_new *c, struct contact_result *res)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	char		 type[12], tags[CONTACT_TAGS_MAX][CONTACT_TAG_LEN + 1];
	char		 err[2048], detail[96];
	size_t		 ntags, i;

	memset(res, 0, sizeof(*res));
	if ((st = user_require(db, u, PERM_CONTACTS)) != WB_OK)
		return st;
	if (contact_check(c, type, sizeof(type), tags, &ntags, err,
	    sizeof(err)) != WB_OK)
		return db_set_error(db, WB_INVALID, "%s", err);
	if ((st = db_begin(db)) != WB_OK)
		return st;
	if ((st = contact_employer_exists(db, c->employer_id)) != WB_OK)
		goto fail;
	if (c->with != NULL && *c->with != '\0') {
		if ((st = contact_person_lookup(db, c->employer_id, c->with,
		    &res->person_id)) != WB_OK)
			goto fail;
		if (res->person_id == 0) {
			struct contact_person_set	p;

			memset(&p, 0, sizeof(p));
			p.name = c->with;
			p.primary = -1;
			if ((st = contact_person_insert(db, c->employer_id, &p,
			    &res->person_id)) != WB_OK)
				goto fail;
			snprintf(detail, sizeof(detail), "employer=%lld",
			    c->employer_id);
			if ((st = audit_append(db, u->login, "create",
			    "contact_person", res->person_id, detail)) !=
			    WB_OK)
				goto fail;
			res->person_added = 1;
		}
	}
	if ((st = insert_contact(db, u, c, type, res->person_id, &res->id)) !=
	    WB_OK)
		goto fail;
	if ((st = db_prepare(db, "INSERT INTO contact_tag (contact_id, tag) "
	    "VALUES (?1, ?2)", &stmt)) != WB_OK)
		goto fail;
	for (i = 0; i < ntags; i++) {
		sqlite3_bind_int64(stmt, 1, res->id);
		sqlite3_bind_text(stmt, 2, tags[i], -1, SQLITE_STATIC);
		if (sqlite3_step(stmt) != SQLITE_DONE) {
			sqlite3_finalize(stmt);
			st = db_fail(db, _("storing the contact"));
			goto fail;
		}
		sqlite3_reset(stmt);
	}
	sqlite3_finalize(stmt);
	snprintf(detail, sizeof(detail), "employer=%lld type=%s",
	    c->employer_id, type);
	return audit_commit(db, u->login, "create", "contact", res->id,
	    detail);
fail:
	db_rollback(db);
	return st;
}

const char *
contact_when(int days, char *buf, size_t len)
{
	if (days == 0)
		snprintf(buf, len, "%s", _("today"));
	else if (days > 0)
		snprintf(buf, len, ngettext("in %d day", "in %d days",
		    (unsigned long)days), days);
	else
		snprintf(buf, len, ngettext("%d day late", "%d days late",
		    (unsigned long)-days), -days);
	return buf;
}

/* A contact is settled once a later one with its employer is logged. */
#define LATEST_SQL \
	"NOT EXISTS (SELECT 1 FROM employer_contact l WHERE " \
	"l.employer_id = c.employer_id AND (l.contact_on > c.contact_on OR " \
	"(l.contact_on = c.contact_on AND l.id > c.id)))"
#define DUE_SQL \
	"(c.next_on IS NOT NULL AND c.next_on <= ?3 AND " LATEST_SQL ")"

enum wb_status
contact_list(struct db *db, const struct user_ctx *u,
    const struct contact_filter *f, struct contact_entry **out, size_t *n)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	size_t		 cap = 0;
	char		 today[11], limit[11];
	int		 rc;

	*out = NULL;
	*n = 0;
	date_format(date_today(), today);
	date_format(date_today() + CONTACT_DUE_DAYS, limit);
	if ((st = db_prepare(db, "SELECT c.id, c.employer_id, c.contact_on, "
	    "c.type, coalesce(p.code || '/' || e.ref, e.name || '@' || "
	    "e.pc4), e.name, coalesce(e.sector, ''), coalesce(ub.login, ''), "
	    "coalesce(um.login, ''), coalesce(cp.name, ''), "
	    "coalesce(c.note, ''), coalesce(c.agreed, ''), "
	    "coalesce(c.next_on, ''), coalesce((SELECT group_concat(tag, '|') "
	    "FROM (SELECT tag FROM contact_tag WHERE contact_id = c.id ORDER "
	    "BY tag)), ''), " DUE_SQL ", CAST(julianday(c.next_on) - "
	    "julianday(?2) AS INTEGER) "
	    "FROM employer_contact c JOIN employer e ON e.id = c.employer_id "
	    "LEFT JOIN partner p ON p.id = e.partner_id "
	    "LEFT JOIN app_user ub ON ub.id = c.by_user_id "
	    "LEFT JOIN app_user um ON um.id = e.account_manager_id "
	    "LEFT JOIN contact_person cp ON cp.id = c.person_id "
	    "WHERE (?1 = 0 OR c.employer_id = ?1) "
	    "AND (?4 = 0 OR ?5 = 0 OR c.by_user_id = ?5 OR "
	    "e.account_manager_id = ?5) "
	    "AND (?6 = 0 OR e.account_manager_id = ?6) "
	    "AND (?7 IS NULL OR c.contact_on >= ?7) "
	    "AND (?8 IS NULL OR c.contact_on <= ?8) "
	    "AND (?9 = 0 OR " DUE_SQL ") "
	    "ORDER BY CASE WHEN ?9 THEN c.next_on END, "
	    "CASE WHEN ?9 THEN e.name_key END, "
	    "c.contact_on DESC, c.id DESC", &stmt)) != WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, f->employer_id);
	sqlite3_bind_text(stmt, 2, today, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(stmt, 3, limit, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(stmt, 4, f->mine);
	sqlite3_bind_int64(stmt, 5, u->single ? 0 : u->id);
	sqlite3_bind_int64(stmt, 6, f->manager_id);
	if (f->from != NULL)
		sqlite3_bind_text(stmt, 7, f->from, -1, SQLITE_TRANSIENT);
	if (f->to != NULL)
		sqlite3_bind_text(stmt, 8, f->to, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(stmt, 9, f->due);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		struct contact_entry	*e;

		if (*n == cap) {
			cap = cap ? cap * 2 : 32;
			*out = xreallocarray(*out, cap, sizeof(**out));
		}
		e = &(*out)[(*n)++];
		memset(e, 0, sizeof(*e));
		e->id = sqlite3_column_int64(stmt, 0);
		e->employer_id = sqlite3_column_int64(stmt, 1);
		db_column_copy(e->on, sizeof(e->on), stmt, 2);
		db_column_copy(e->type, sizeof(e->type), stmt, 3);
		e->employer = db_column_dup(stmt, 4);
		e->employer_name = db_column_dup(stmt, 5);
		e->sector = db_column_dup(stmt, 6);
		db_column_copy(e->by, sizeof(e->by), stmt, 7);
		db_column_copy(e->manager, sizeof(e->manager), stmt, 8);
		e->with = db_column_dup(stmt, 9);
		e->note = db_column_dup(stmt, 10);
		e->agreed = db_column_dup(stmt, 11);
		db_column_copy(e->next, sizeof(e->next), stmt, 12);
		e->tags = db_column_dup(stmt, 13);
		e->due = sqlite3_column_int(stmt, 14);
		e->days = sqlite3_column_int(stmt, 15);
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE) {
		contact_entries_free(*out, *n);
		*out = NULL;
		*n = 0;
		return db_fail(db, _("reading the contacts"));
	}
	return WB_OK;
}

void
contact_entries_free(struct contact_entry *e, size_t n)
{
	size_t	i;

	for (i = 0; e != NULL && i < n; i++) {
		free(e[i].employer);
		free(e[i].employer_name);
		free(e[i].sector);
		free(e[i].with);
		free(e[i].note);
		free(e[i].agreed);
		free(e[i].tags);
	}
	free(e);
}
