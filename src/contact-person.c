/*
 * contact-person.c: the employer's contact persons (contact.h): read
 * with an audit row, found by name, added, changed against the version
 * read and removed, one primary per employer.
 */
#include "werkbank/contact.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/audit.h"
#include "werkbank/date.h"
#include "werkbank/i18n.h"
#include "werkbank/validate.h"
#include "werkbank/xmalloc.h"

#include "contact-int.h"

void
contact_err(char *err, size_t len, const char *field, const char *fmt, ...)
{
	size_t	o = strlen(err);
	va_list	ap;

	if (o + 4 >= len)
		return;
	o += (size_t)snprintf(err + o, len - o, "%s%s: ", o ? "; " : "",
	    field);
	if (o >= len)
		return;
	va_start(ap, fmt);
	vsnprintf(err + o, len - o, fmt, ap);
	va_end(ap);
}

void
contact_fold_blanks(const char *s, char *out, size_t len)
{
	size_t	o = 0;
	int	blank = 0;

	for (; *s != '\0' && o + 1 < len; s++) {
		if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') {
			blank = o > 0;
			continue;
		}
		if (blank && o + 2 < len)
			out[o++] = ' ';
		blank = 0;
		out[o++] = *s;
	}
	out[o] = '\0';
}

enum wb_status
contact_employer_exists(struct db *db, long long employer_id)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	int		 rc;

	if ((st = db_prepare(db, "SELECT 1 FROM employer WHERE id = ?1",
	    &stmt)) != WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, employer_id);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	if (rc == SQLITE_ROW)
		return WB_OK;
	if (rc != SQLITE_DONE)
		return db_fail(db, _("reading the employer"));
	return db_set_error(db, WB_NOT_FOUND, _("employer: no employer with "
	    "id %lld"), employer_id);
}

/* Check the fields given; the message names each bad one. */
static int
check_person(const struct contact_person_set *s, int adding, char *err,
    size_t len)
{
	char	why[VERR];

	err[0] = '\0';
	if (s->name != NULL || adding) {
		const char *n = s->name != NULL ? s->name : "";

		while (*n == ' ')
			n++;
		if (*n == '\0')
			contact_err(err, len, "name", "%s", _("required"));
		else if (validate_text(n, 0, 120, why) != WB_OK)
			contact_err(err, len, "name", "%s", why);
	}
	if (s->function != NULL && validate_text(s->function, 0, 120, why) !=
	    WB_OK)
		contact_err(err, len, "function", "%s", why);
	if (s->phone != NULL && *s->phone != '\0' && (validate_text(s->phone,
	    0, 40, why) != WB_OK || validate_phone(s->phone, why) != WB_OK))
		contact_err(err, len, "phone", "%s", why);
	if (s->email != NULL && *s->email != '\0' && (validate_text(s->email,
	    0, 254, why) != WB_OK || validate_email(s->email, why) != WB_OK))
		contact_err(err, len, "email", "%s", why);
	return err[0] != '\0';
}

static enum wb_status
step_done(struct db *db, sqlite3_stmt *stmt, const char *what)
{
	int	rc = sqlite3_step(stmt);

	sqlite3_finalize(stmt);
	if (rc == SQLITE_DONE || rc == SQLITE_ROW)
		return WB_OK;
	if (rc == SQLITE_CONSTRAINT)
		return db_set_error(db, WB_EXISTS, "%s", what);
	return db_fail(db, what);
}

/* Make id the employer's primary person (the one before stops). */
static enum wb_status
make_primary(struct db *db, long long employer_id, long long id)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;

	if ((st = db_prepare(db, "UPDATE contact_person SET is_primary = 0, "
	    "version = version + 1, updated_at = datetime('now') WHERE "
	    "employer_id = ?1 AND is_primary = 1 AND id <> ?2", &stmt)) !=
	    WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, employer_id);
	sqlite3_bind_int64(stmt, 2, id);
	if ((st = step_done(db, stmt, _("storing the contact person"))) !=
	    WB_OK)
		return st;
	if ((st = db_prepare(db, "UPDATE contact_person SET is_primary = 1 "
	    "WHERE id = ?1 AND is_primary = 0", &stmt)) != WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, id);
	return step_done(db, stmt, _("storing the contact person"));
}

static void
bind_opt(sqlite3_stmt *stmt, int i, const char *s)
{
	char	buf[256];

	if (s == NULL || *s == '\0') {
		sqlite3_bind_null(stmt, i);
		return;
	}
	contact_fold_blanks(s, buf, sizeof(buf));
	if (buf[0] == '\0')
		sqlite3_bind_null(stmt, i);
	else
		sqlite3_bind_text(stmt, i, buf, -1, SQLITE_TRANSIENT);
}

enum wb_status
contact_person_insert(struct db *db, long long employer_id,
    const struct contact_person_set *s, long long *id)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	long long	 n = 0;
	char		 name[256];

	contact_fold_blanks(s->name, name, sizeof(name));
	if ((st = db_prepare(db, "INSERT INTO contact_person (employer_id, "
	    "name, function, phone, email, is_primary) VALUES (?1, ?2, ?3, "
	    "?4, ?5, 0)", &stmt)) != WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, employer_id);
	sqlite3_bind_text(stmt, 2, name, -1, SQLITE_TRANSIENT);
	bind_opt(stmt, 3, s->function);
	bind_opt(stmt, 4, s->phone);
	bind_opt(stmt, 5, s->email);
	if ((st = step_done(db, stmt, "")) != WB_OK) {
		if (st == WB_EXISTS)
			db_set_error(db, WB_EXISTS, _("name: %s is a contact "
			    "person of this employer already"), name);
		return st;
	}
	*id = sqlite3_last_insert_rowid(db_sqlite(db));
	if ((st = db_prepare(db, "SELECT count(*) FROM contact_person WHERE "
	    "employer_id = ?1 AND is_primary = 1", &stmt)) != WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, employer_id);
	if (sqlite3_step(stmt) == SQLITE_ROW)
		n = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	if (s->primary == 1 || n == 0)
		return make_primary(db, employer_id, *id);
	return WB_OK;
}

enum wb_status
contact_person_add(struct db *db, const struct user_ctx *u,
    long long employer_id, const struct contact_person_set *s, long long *id)
{
	enum wb_status	st;
	long long	got = 0;
	char		err[1024], detail[64];

	if ((st = user_require(db, u, PERM_CONTACTS)) != WB_OK)
		return st;
	if (check_person(s, 1, err, sizeof(err)))
		return db_set_error(db, WB_INVALID, "%s", err);
	if ((st = db_begin(db)) != WB_OK)
		return st;
	if ((st = contact_employer_exists(db, employer_id)) != WB_OK ||
	    (st = contact_person_insert(db, employer_id, s, &got)) != WB_OK) {
		db_rollback(db);
		return st;
	}
	snprintf(detail, sizeof(detail), "employer=%lld", employer_id);
	if ((st = audit_commit(db, u->login, "create", "contact_person", got,
	    detail)) != WB_OK)
		return st;
	if (id != NULL)
		*id = got;
	return WB_OK;
}

/* The person's employer, version and primary flag. */
static enum wb_status
read_person(struct db *db, long long id, long long *employer,
    long long *version, int *primary)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	int		 rc;

	if ((st = db_prepare(db, "SELECT employer_id, version, is_primary "
	    "FROM contact_person WHERE id = ?1", &stmt)) != WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, id);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		*employer = sqlite3_column_int64(stmt, 0);
		*version = sqlite3_column_int64(stmt, 1);
		*primary = sqlite3_column_int(stmt, 2);
	}
	sqlite3_finalize(stmt);
	if (rc == SQLITE_DONE)
		return db_set_error(db, WB_NOT_FOUND, _("no contact person with "
		    "id %lld"), id);
	if (rc != SQLITE_ROW)
		return db_fail(db, _("reading the contact person"));
	return WB_OK;
}

static enum wb_status
stale(struct db *db, long long id)
{
	struct audit_entry	a;
	char			when[32];

	if (audit_last(db, "contact_person", id, &a) == WB_OK)
		return db_set_error(db, WB_STALE, _("the contact person was "
		    "changed by %s at %s since you read them; read them again "
		    "and redo your change"), a.login, date_time_local(a.at,
		    when, sizeof(when)));
	return db_set_error(db, WB_STALE, "%s", _("the contact person was "
	    "changed by someone else since you read them; read them again "
	    "and redo your change"));
}

enum wb_status
contact_person_edit(struct db *db, const struct user_ctx *u, long long id,
    long long version, const struct contact_person_set *s)
{
	static const char *const cols[] = { "name", "function", "phone",
	    "email" };
	const char	*vals[4] = { s->name, s->function, s->phone, s->email };
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	long long	 employer, cur;
	char		 err[1024], detail[160];
	size_t		 i, od;
	int		 primary;

	if ((st = user_require(db, u, PERM_CONTACTS)) != WB_OK)
		return st;
	if (check_person(s, 0, err, sizeof(err)))
		return db_set_error(db, WB_INVALID, "%s", err);
	if ((st = db_begin(db)) != WB_OK)
		return st;
	if ((st = read_person(db, id, &employer, &cur, &primary)) != WB_OK)
		goto fail;
	if (version != 0 && version != cur) {
		st = stale(db, id);
		goto fail;
	}
	if ((st = db_prepare(db, "UPDATE contact_person SET "
	    "name = iif(?2, ?3, name), function = iif(?4, ?5, function), "
	    "phone = iif(?6, ?7, phone), email = iif(?8, ?9, email), "
	    "version = version + 1, updated_at = datetime('now') "
	    "WHERE id = ?1", &stmt)) != WB_OK)
		goto fail;
	sqlite3_bind_int64(stmt, 1, id);
	od = (size_t)snprintf(detail, sizeof(detail), "fields=");
	for (i = 0; i < 4; i++) {
		sqlite3_bind_int(stmt, 2 + 2 * (int)i, vals[i] != NULL);
		bind_opt(stmt, 3 + 2 * (int)i, vals[i]);
		if (vals[i] != NULL)
			od += (size_t)snprintf(detail + od, sizeof(detail) -
			    od, "%s%s", od > 7 ? "," : "", cols[i]);
	}
	if ((st = step_done(db, stmt, "")) != WB_OK) {
		if (st == WB_EXISTS)
			db_set_error(db, st, _("name: %s is a contact person "
			    "of this employer already"), s->name);
		goto fail;
	}
	if (s->primary == 1 && !primary) {
		if ((st = make_primary(db, employer, id)) != WB_OK)
			goto fail;
	} else if (s->primary == 0 && primary) {
		if ((st = db_prepare(db, "UPDATE contact_person SET "
		    "is_primary = 0 WHERE id = ?1", &stmt)) != WB_OK)
			goto fail;
		sqlite3_bind_int64(stmt, 1, id);
		if ((st = step_done(db, stmt, _("storing the contact "
		    "person"))) != WB_OK)
			goto fail;
	}
	if (s->primary >= 0 && s->primary != primary)
		snprintf(detail + od, sizeof(detail) - od, "%sprimary",
		    od > 7 ? "," : "");
	return audit_commit(db, u->login, "update", "contact_person", id,
	    detail);
fail:
	db_rollback(db);
	return st;
}

enum wb_status
contact_person_remove(struct db *db, const struct user_ctx *u, long long id,
    long long version)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	long long	 employer, cur, next = 0;
	char		 detail[64];
	int		 primary;

	if ((st = user_require(db, u, PERM_CONTACTS)) != WB_OK)
		return st;
	if ((st = db_begin(db)) != WB_OK)
		return st;
	if ((st = read_person(db, id, &employer, &cur, &primary)) != WB_OK)
		goto fail;
	if (version != 0 && version != cur) {
		st = stale(db, id);
		goto fail;
	}
	if ((st = db_prepare(db, "DELETE FROM contact_person WHERE id = ?1",
	    &stmt)) != WB_OK)
		goto fail;
	sqlite3_bind_int64(stmt, 1, id);
	if ((st = step_done(db, stmt, _("removing the contact person"))) !=
	    WB_OK)
		goto fail;
	/* The primary one gone: the one known longest takes over. */
	if (primary) {
		if ((st = db_prepare(db, "SELECT min(id) FROM contact_person "
		    "WHERE employer_id = ?1", &stmt)) != WB_OK)
			goto fail;
		sqlite3_bind_int64(stmt, 1, employer);
		if (sqlite3_step(stmt) == SQLITE_ROW)
			next = sqlite3_column_int64(stmt, 0);
		sqlite3_finalize(stmt);
		if (next != 0 && (st = make_primary(db, employer, next)) !=
		    WB_OK)
			goto fail;
	}
	snprintf(detail, sizeof(detail), "employer=%lld", employer);
	return audit_commit(db, u->login, "delete", "contact_person", id,
	    detail);
fail:
	db_rollback(db);
	return st;
}

enum wb_status
contact_person_lookup(struct db *db, long long employer_id, const char *name,
    long long *id)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	char		 folded[256];
	int		 rc;

	*id = 0;
	contact_fold_blanks(name, folded, sizeof(folded));
	/*
	 * The whole name, else a first name that is one person's only
	 * ("Bart" is Bart Zandbergen; a walk-through added a second "Bart"
	 * beside him).  Two with that first name: neither.
	 */
	if ((st = db_prepare(db, "SELECT id FROM contact_person WHERE "
	    "employer_id = ?1 AND lower(name) = lower(?2) UNION ALL "
	    "SELECT CASE count(*) WHEN 1 THEN max(id) ELSE 0 END FROM "
	    "contact_person WHERE employer_id = ?1 AND instr(?2, ' ') = 0 AND "
	    "lower(substr(name, 1, length(?2) + 1)) = lower(?2) || ' '",
	    &stmt)) != WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, employer_id);
	sqlite3_bind_text(stmt, 2, folded, -1, SQLITE_TRANSIENT);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW && *id == 0)
		*id = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_fail(db, _("reading the contact persons"));
	return WB_OK;
}

enum wb_status
contact_person_find(struct db *db, long long employer_id, const char *name,
    long long *id)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	char		 list[512];
	size_t		 o = 0;
	int		 rc;

	if ((st = contact_person_lookup(db, employer_id, name, id)) != WB_OK ||
	    *id != 0)
		return st;
	list[0] = '\0';
	if ((st = db_prepare(db, "SELECT name FROM contact_person WHERE "
	    "employer_id = ?1 ORDER BY is_primary DESC, lower(name)", &stmt))
	    != WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, employer_id);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW && o < sizeof(list))
		o += (size_t)snprintf(list + o, sizeof(list) - o, "%s%s",
		    o ? ", " : "", (const char *)sqlite3_column_text(stmt, 0));
	sqlite3_finalize(stmt);
	if (list[0] == '\0')
		return db_set_error(db, WB_NOT_FOUND, _("'%s' is not a contact "
		    "person of this employer: it has none"), name);
	return db_set_error(db, WB_NOT_FOUND, _("'%s' is not a contact "
	    "person of this employer; its contact persons are %s"), name,
	    list);
}

enum wb_status
contact_persons(struct db *db, const struct user_ctx *u,
    long long employer_id, int audit, struct contact_person **out, size_t *n)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	size_t		 cap = 0;
	int		 rc;

	*out = NULL;
	*n = 0;
	if ((st = db_prepare(db, "SELECT id, version, employer_id, name, "
	    "function, phone, email, is_primary FROM contact_person WHERE "
	    "employer_id = ?1 ORDER BY is_primary DESC, lower(name), id",
	    &stmt)) != WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, employer_id);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		struct contact_person	*p;

		if (*n == cap) {
			cap = cap ? cap * 2 : 8;
			*out = xreallocarray(*out, cap, sizeof(**out));
		}
		p = &(*out)[(*n)++];
		p->id = sqlite3_column_int64(stmt, 0);
		p->version = sqlite3_column_int64(stmt, 1);
		p->employer_id = sqlite3_column_int64(stmt, 2);
		p->name = db_column_dup(stmt, 3);
		p->function = db_column_dup(stmt, 4);
		p->phone = db_column_dup(stmt, 5);
		p->email = db_column_dup(stmt, 6);
		p->primary = sqlite3_column_int(stmt, 7);
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE) {
		st = db_fail(db, _("reading the contact persons"));
		goto fail;
	}
	/* Their phone and e-mail are about to be shown: who saw them. */
	if (audit && *n > 0 && (st = audit_append(db, u->login, "view",
	    "employer", employer_id, "contact_persons")) != WB_OK)
		goto fail;
	return WB_OK;
fail:
	contact_persons_free(*out, *n);
	*out = NULL;
	*n = 0;
	return st;
}

void
contact_persons_free(struct contact_person *p, size_t n)
{
	size_t	i;

	for (i = 0; p != NULL && i < n; i++) {
		free(p[i].name);
		free(p[i].function);
		free(p[i].phone);
		free(p[i].email);
	}
	free(p);
}
