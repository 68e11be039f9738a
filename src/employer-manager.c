/*
 * employer-manager.c: one account manager per employer (employer.h):
 * whose employer it is, the employer a vacancy's values name, and
 * handing an employer over.
 */
#include "werkbank/employer.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "import-internal.h"
#include "werkbank/audit.h"
#include "werkbank/date.h"
#include "werkbank/i18n.h"
#include "werkbank/record.h"
#include "werkbank/vocab.h"

enum wb_status
employer_manager(struct db *db, const struct user_ctx *u,
    long long employer_id, struct employer_manager *m)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	long long	 am = 0;
	int		 rc;

	memset(m, 0, sizeof(*m));
	m->employer_id = employer_id;
	if ((st = db_prepare(db, "SELECT e.name, coalesce(u.login, ''), "
	    "coalesce(u.name, ''), coalesce(u.id, 0) FROM employer e "
	    "LEFT JOIN app_user u ON u.id = e.account_manager_id "
	    "WHERE e.id = ?1", &stmt)) != WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, employer_id);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		db_column_copy(m->employer, sizeof(m->employer), stmt, 0);
		db_column_copy(m->login, sizeof(m->login), stmt, 1);
		db_column_copy(m->name, sizeof(m->name), stmt, 2);
		am = sqlite3_column_int64(stmt, 3);
	}
	sqlite3_finalize(stmt);
	if (rc == SQLITE_DONE)
		return db_set_error(db, WB_NOT_FOUND, _("no employer with id "
		    "%lld"), employer_id);
	if (rc != SQLITE_ROW)
		return db_fail(db, _("reading the employer"));
	m->other = !u->single && am != 0 && am != u->id;
	return WB_OK;
}

/* The PC4 of a typed postcode ("7941 AB" -> "7941"), or "". */
static void
pc4_of(const char *s, char out[5])
{
	size_t	n = 0;

	out[0] = '\0';
	while (*s == ' ')
		s++;
	for (; n < 4 && isdigit((unsigned char)s[n]); n++)
		out[n] = s[n];
	out[n == 4 ? 4 : 0] = '\0';
}

enum wb_status
employer_of_vacancy(struct db *db, long long vacancy_id,
    const struct record_value *v, size_t n, long long *id)
{
	const struct record_field	*f;
	sqlite3_stmt			*stmt;
	enum wb_status			 st;
	const char			*name = NULL, *postcode = NULL;
	char				 key[512], pc4[5];
	size_t				 i;
	int				 rc;

	*id = 0;
	for (i = 0; i < n; i++) {
		if ((f = record_field(REC_VACANCY, v[i].field)) == NULL)
			continue;
		if (strcmp(f->name, "employer") == 0)
			name = v[i].value;
		else if (strcmp(f->name, "postcode") == 0)
			postcode = v[i].value;
	}
	/* An edit that leaves the employer as it is asks nothing: the
	 * vacancy is that employer's already (walk-through: changing the
	 * hours asked "enter the vacancy anyway?"). */
	if (vacancy_id != 0 && name == NULL && postcode == NULL)
		return WB_OK;
	if (vacancy_id != 0 && (name == NULL || postcode == NULL)) {
		/* What the change leaves as it is comes from the vacancy. */
		if ((st = db_prepare(db, "SELECT e.name, v.pc4, e.id FROM "
		    "vacancy v JOIN employer e ON e.id = v.employer_id WHERE "
		    "v.id = ?1", &stmt)) != WB_OK)
			return st;
		sqlite3_bind_int64(stmt, 1, vacancy_id);
		if ((rc = sqlite3_step(stmt)) == SQLITE_ROW && name == NULL &&
		    postcode == NULL)
			*id = sqlite3_column_int64(stmt, 2);
		else if (rc == SQLITE_ROW) {
			import_name_key(name != NULL ? name :
			    (const char *)sqlite3_column_text(stmt, 0), key,
			    sizeof(key));
			pc4_of(postcode != NULL ? postcode :
			    (const char *)sqlite3_column_text(stmt, 1), pc4);
		}
		sqlite3_finalize(stmt);
		if (rc != SQLITE_ROW && rc != SQLITE_DONE)
			return db_fail(db, _("reading the vacancy"));
		if (rc != SQLITE_ROW || *id != 0)
			return WB_OK;
	} else if (name != NULL) {
		import_name_key(name, key, sizeof(key));
		pc4_of(postcode != NULL ? postcode : "", pc4);
	} else
		return WB_OK;
	/* As the import finds it: name + PC4, else the only one of that
	 * name. */
	if ((st = db_prepare(db, "SELECT id FROM employer WHERE name_key = ?1 "
	    "AND pc4 = ?2 UNION ALL SELECT max(id) FROM employer WHERE "
	    "name_key = ?1 AND NOT EXISTS (SELECT 1 FROM employer WHERE "
	    "name_key = ?1 AND pc4 = ?2) HAVING count(*) = 1", &stmt)) !=
	    WB_OK)
		return st;
	sqlite3_bind_text(stmt, 1, key, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(stmt, 2, pc4, -1, SQLITE_TRANSIENT);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
		*id = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_fail(db, _("reading the employers"));
	return WB_OK;
}

static enum wb_status
stale(struct db *db, long long id)
{
	struct audit_entry	a;
	char			when[32];

	if (audit_last(db, "employer", id, &a) == WB_OK)
		return db_set_error(db, WB_STALE, _("the employer was changed "
		    "by %s at %s since you read it; read it again and redo "
		    "your change"), a.login, date_time_local(a.at, when,
		    sizeof(when)));
	return db_set_error(db, WB_STALE, "%s", _("the employer was changed "
	    "by someone else since you read it; read it again and redo your "
	    "change"));
}

/* The new account manager: an active user with that role. */
static enum wb_status
new_manager(struct db *db, const char *login, long long *id)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	char		 role[32];
	int		 rc, active = 0;

	role[0] = '\0';
	if ((st = db_prepare(db, "SELECT id, role, active FROM app_user "
	    "WHERE login = ?1", &stmt)) != WB_OK)
		return st;
	sqlite3_bind_text(stmt, 1, login, -1, SQLITE_TRANSIENT);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		*id = sqlite3_column_int64(stmt, 0);
		db_column_copy(role, sizeof(role), stmt, 1);
		active = sqlite3_column_int(stmt, 2);
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_fail(db, _("reading the users"));
	if (rc == SQLITE_DONE || !active)
		return db_set_error(db, WB_INVALID, _("account_manager: '%s' "
		    "is not a werkbank user; ask the coordinator"), login);
	if (strcmp(role, "accountmanager") != 0)
		return db_set_error(db, WB_INVALID, _("account_manager: %s is "
		    "a %s, not an account manager"), login,
		    vocab_word(VOCAB_ROLE, role));
	return WB_OK;
}

enum wb_status
employer_transfer(struct db *db, const struct user_ctx *u,
    long long employer_id, long long version, const char *login,
    struct employer_transfer_result *res)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	long long	 to = 0, from = 0, cur = 0, vid;
	char		 detail[200];
	int		 rc;

	memset(res, 0, sizeof(*res));
	if ((st = user_require(db, u, PERM_VACANCIES)) != WB_OK)
		return st;
	if ((st = db_begin(db)) != WB_OK)
		return st;
	if ((st = new_manager(db, login, &to)) != WB_OK)
		goto fail;
	snprintf(res->to, sizeof(res->to), "%s", login);
	if ((st = db_prepare(db, "SELECT e.version, coalesce(e.account_"
	    "manager_id, 0), coalesce(u.login, '') FROM employer e LEFT JOIN "
	    "app_user u ON u.id = e.account_manager_id WHERE e.id = ?1",
	    &stmt)) != WB_OK)
		goto fail;
	sqlite3_bind_int64(stmt, 1, employer_id);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		cur = sqlite3_column_int64(stmt, 0);
		from = sqlite3_column_int64(stmt, 1);
		db_column_copy(res->from, sizeof(res->from), stmt, 2);
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW) {
		st = rc == SQLITE_DONE ? db_set_error(db, WB_NOT_FOUND,
		    _("no employer with id %lld"), employer_id) :
		    db_fail(db, _("reading the employer"));
		goto fail;
	}
	if (version != 0 && version != cur) {
		st = stale(db, employer_id);
		goto fail;
	}
	if (from == to) {
		st = db_set_error(db, WB_INVALID, _("account_manager: %s is "
		    "its account manager already"), login);
		goto fail;
	}
	if ((st = db_prepare(db, "UPDATE employer SET account_manager_id = "
	    "?2, version = version + 1, updated_at = datetime('now') WHERE "
	    "id = ?1", &stmt)) != WB_OK)
		goto fail;
	sqlite3_bind_int64(stmt, 1, employer_id);
	sqlite3_bind_int64(stmt, 2, to);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE) {
		st = db_fail(db, _("storing the employer"));
		goto fail;
	}
	snprintf(detail, sizeof(detail), "fields=account_manager from=%s "
	    "to=%s", res->from[0] ? res->from : "-", res->to);
	if ((st = audit_append(db, u->login, "update", "employer",
	    employer_id, detail)) != WB_OK)
		goto fail;
	/* Its open vacancies that were the old account manager's. */
	if ((st = db_prepare(db, "UPDATE vacancy SET account_manager_id = ?2, "
	    "version = version + 1, updated_at = datetime('now') WHERE "
	    "employer_id = ?1 AND (status = 'open' OR status = 'on_hold') "
	    "AND (account_manager_id IS NULL OR account_manager_id = ?3) "
	    "RETURNING id", &stmt)) != WB_OK)
		goto fail;
	sqlite3_bind_int64(stmt, 1, employer_id);
	sqlite3_bind_int64(stmt, 2, to);
	sqlite3_bind_int64(stmt, 3, from);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		vid = sqlite3_column_int64(stmt, 0);
		res->vacancies++;
		if ((st = audit_append(db, u->login, "update", "vacancy", vid,
		    detail)) != WB_OK) {
			sqlite3_finalize(stmt);
			goto fail;
		}
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE) {
		st = db_fail(db, _("storing the vacancies"));
		goto fail;
	}
	return db_commit(db);
fail:
	db_rollback(db);
	return st;
}
