/*
 * user.c: the users, their roles and rights, and which candidates each
 * may see (the rules are in user.h).
 */
#include "werkbank/user.h"

#include <stdio.h>
#include <string.h>

#include "werkbank/audit.h"
#include "werkbank/i18n.h"
#include "werkbank/query.h"
#include "werkbank/validate.h"
#include "werkbank/vocab.h"

#define ALL_PERMS	(PERM_PIPELINE | PERM_FOLLOWUP | PERM_MEETING | \
			 PERM_CANDIDATES | PERM_VACANCIES | PERM_IMPORT | \
			 PERM_USERS | PERM_AUDIT | PERM_SETTINGS | \
			 PERM_PURGE | PERM_CONTACTS)

static const struct {
	const char	*name;
	unsigned	 perms;
} user_roles[USER_NROLES] = {
	[USER_COORDINATOR] = { "coordinator", ALL_PERMS },
	[USER_RECRUITER] = { "recruiter", PERM_PIPELINE | PERM_FOLLOWUP |
	    PERM_MEETING | PERM_CANDIDATES | PERM_IMPORT | PERM_CONTACTS },
	[USER_ACCOUNTMANAGER] = { "accountmanager", PERM_PIPELINE |
	    PERM_FOLLOWUP | PERM_MEETING | PERM_VACANCIES | PERM_IMPORT |
	    PERM_CONTACTS },
	[USER_VIEWER] = { "viewer", 0 },
};

static const struct table_col user_cols[] = {
	{ "login",	N_("Login"),	0 },
	{ "name",	N_("Name"),	0 },
	{ "partner",	N_("Partner"),	0 },
	{ "role",	N_("Role"),	0 },
	{ "active",	N_("Active"),	1 },
	{ "phone",	N_("Phone"),	0 },
	{ "email",	N_("E-mail"),	0 },
};

static enum wb_status count_users(struct db *, const char *, long long *);

/* A work phone and e-mail as given (NULL or "": none), checked as a
 * candidate's are. */
static enum wb_status
check_contact(struct db *db, const char *phone, const char *email)
{
	char	err[VERR];

	if (phone != NULL && *phone != '\0' && validate_phone(phone, err) !=
	    WB_OK)
		return db_set_error(db, WB_INVALID, "--phone: %s", err);
	if (email != NULL && *email != '\0' && validate_email(email, err) !=
	    WB_OK)
		return db_set_error(db, WB_INVALID, "--email: %s", err);
	return WB_OK;
}

const char *
user_role_name(enum user_role r)
{
	if ((unsigned)r >= USER_NROLES)
		return "?";
	return user_roles[r].name;
}

enum wb_status
user_role_parse(const char *s, enum user_role *r)
{
	int	i;

	for (i = 0; i < USER_NROLES; i++)
		if (strcmp(s, user_roles[i].name) == 0) {
			*r = (enum user_role)i;
			return WB_OK;
		}
	return WB_INVALID;
}

static enum wb_status
count_users(struct db *db, const char *sql, long long *n)
{
	return db_query_int(db, sql, n);
}

enum wb_status
user_current(struct db *db, const char *login, struct user_ctx *u)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	long long	 n;
	int		 rc, active = 0;

	memset(u, 0, sizeof(*u));
	snprintf(u->login, sizeof(u->login), "%s", login != NULL ? login : "");
	u->role = USER_COORDINATOR;
	if ((st = count_users(db, "SELECT count(*) FROM app_user", &n)) !=
	    WB_OK)
		return st;
	if (n == 0) {
		u->single = 1;
		return WB_OK;
	}
	if ((st = db_prepare(db, "SELECT u.id, u.partner_id, p.code, u.role, "
	    "u.active FROM app_user u JOIN partner p ON p.id = u.partner_id "
	    "WHERE u.login = ?", &stmt)) != WB_OK)
		return st;
	sqlite3_bind_text(stmt, 1, u->login, -1, SQLITE_STATIC);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		u->id = sqlite3_column_int64(stmt, 0);
		u->partner_id = sqlite3_column_int64(stmt, 1);
		snprintf(u->partner, sizeof(u->partner), "%s",
		    (const char *)sqlite3_column_text(stmt, 2));
		if (user_role_parse((const char *)sqlite3_column_text(stmt, 3),
		    &u->role) != WB_OK)
			u->role = USER_VIEWER;
		active = sqlite3_column_int(stmt, 4);
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_fail(db, _("reading the users"));
	if (rc == SQLITE_DONE)
		return db_set_error(db, WB_DENIED, _("'%s' is not a werkbank "
		    "user of %s; ask the coordinator to add you"), u->login,
		    db_path(db));
	if (!active)
		return db_set_error(db, WB_DENIED, _("'%s' is no longer an "
		    "active werkbank user of %s; ask the coordinator to add "
		    "you again"), u->login, db_path(db));
	return WB_OK;
}

int
user_can(const struct user_ctx *u, unsigned perms)
{
	if (u->single)
		return 1;
	if ((unsigned)u->role >= USER_NROLES)
		return 0;
	return (user_roles[u->role].perms & perms) == perms;
}

enum wb_status
user_require(struct db *db, const struct user_ctx *u, unsigned perms)
{
	char	roles[128] = "";
	size_t	i, o = 0;

	if (user_can(u, perms))
		return WB_OK;
	if (u->role == USER_VIEWER)
		return db_set_error(db, WB_DENIED, _("%s is a viewer: viewers "
		    "change nothing"), u->login);
	/* Name the roles that may (no command to look them up). */
	for (i = 0; i < USER_NROLES; i++)
		if ((user_roles[i].perms & perms) == perms && o + 1 <
		    sizeof(roles))
			o += (size_t)snprintf(roles + o, sizeof(roles) - o,
			    "%s%s", o > 0 ? _(" or ") : "", vocab_word(
			    VOCAB_ROLE, user_roles[i].name));
	/* TRANSLATORS: login, their role, the roles that may ("a
	 * coordinator or account manager"). */
	return db_set_error(db, WB_DENIED, _("%s is a %s: that is for a %s; "
	    "ask one of them"), u->login, vocab_word(VOCAB_ROLE,
	    user_role_name(u->role)), roles);
}

int
user_can_see_candidate(const struct user_ctx *u, long long partner_id,
    int consent)
{
	return u->single || partner_id == u->partner_id || consent == 1;
}

char *
user_candidate_sql(const struct user_ctx *u, const char *partner_col,
    const char *consent_col, char *buf, size_t len)
{
	if (u == NULL)
		snprintf(buf, len, "0");
	else if (u->single)
		snprintf(buf, len, "1");
	else
		snprintf(buf, len, "(%s = %lld OR %s = 1)", partner_col,
		    u->partner_id, consent_col);
	return buf;
}

enum wb_status
user_validate_login(const char *s, char *err, size_t errlen)
{
	size_t	n = strlen(s), i;

	if (n < 1 || n > USER_LOGIN_MAX) {
		snprintf(err, errlen, _("a login has 1 to %d characters"),
		    USER_LOGIN_MAX);
		return WB_INVALID;
	}
	for (i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') ||
		    (s[i] >= '0' && s[i] <= '9') || s[i] == '.' ||
		    s[i] == '_' || s[i] == '-')) {
			snprintf(err, errlen, _("a login is made of a-z, 0-9, "
			    "'.', '_' and '-' only"));
			return WB_INVALID;
		}
	return WB_OK;
}

enum wb_status
user_add(struct db *db, const struct user_ctx *by, const struct user_new *n)
{
	sqlite3_stmt	*stmt;
	enum user_role	 role;
	enum wb_status	 st;
	long long	 partner = 0, users, active = -1, id = 0;
	const char	*name = n->name != NULL ? n->name : n->login, *code;
	char		 err[VERR], detail[128];
	int		 rc;

	if ((st = user_require(db, by, PERM_USERS)) != WB_OK)
		return st;
	if (user_validate_login(n->login, err, sizeof(err)) != WB_OK)
		return db_set_error(db, WB_INVALID, "%s: %s", n->login, err);
	/* The code, or the role's word or a Dutch spelling (vocab.h). */
	if (user_role_parse(vocab_code(VOCAB_ROLE, n->role) != NULL ?
	    vocab_code(VOCAB_ROLE, n->role) : n->role, &role) != WB_OK) {
		vocab_parse(VOCAB_ROLE, n->role, &code, err, sizeof(err));
		return db_set_error(db, WB_INVALID, "--role: %s", err);
	}
	if (validate_text(name, 0, 100, err) != WB_OK || *name == '\0')
		return db_set_error(db, WB_INVALID, _("--name: %s"),
		    *name == '\0' ? _("empty") : err);
	if ((st = check_contact(db, n->phone, n->email)) != WB_OK)
		return st;

	if ((st = db_begin(db)) != WB_OK)
		return st;
	if ((st = db_prepare(db, "SELECT id FROM partner WHERE code = ?",
	    &stmt)) != WB_OK)
		goto fail;
	sqlite3_bind_text(stmt, 1, n->partner, -1, SQLITE_STATIC);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
		partner = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		st = db_fail(db, _("reading the partners"));
		goto fail;
	}
	if (partner == 0) {
		st = db_set_error(db, WB_INVALID, _("--partner: no partner "
		    "'%s' (see 'werkbank partners')"), n->partner);
		goto fail;
	}
	if ((st = count_users(db, "SELECT count(*) FROM app_user", &users)) !=
	    WB_OK)
		goto fail;
	if (users == 0 && (strcmp(n->login, by->login) != 0 ||
	    role != USER_COORDINATOR)) {
		st = db_set_error(db, WB_INVALID, _("the first user of a "
		    "database must be you, as a coordinator, or you would "
		    "lock yourself out: werkbank user add %s --partner %s "
		    "--role coordinator"), by->login[0] ? by->login : "LOGIN",
		    n->partner);
		goto fail;
	}
	if ((st = db_prepare(db, "SELECT active, id FROM app_user WHERE "
	    "login = ?", &stmt)) != WB_OK)
		goto fail;
	sqlite3_bind_text(stmt, 1, n->login, -1, SQLITE_STATIC);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		active = sqlite3_column_int64(stmt, 0);
		id = sqlite3_column_int64(stmt, 1);
	}
	sqlite3_finalize(stmt);
	if (active == 1) {
		st = db_set_error(db, WB_EXISTS, _("'%s' is already a user "
		    "(remove them first to change the partner or role)"),
		    n->login);
		goto fail;
	}
	if ((st = db_prepare(db, active == 0 ?
	    "UPDATE app_user SET name = coalesce(?5, name), partner_id = ?3, "
	    "role = ?4, phone = coalesce(?6, phone), "
	    "email = coalesce(?7, email), "
	    "active = 1, version = version + 1 WHERE login = ?1" :
	    "INSERT INTO app_user (login, name, partner_id, role, phone, "
	    "email) VALUES (?1, ?2, ?3, ?4, ?6, ?7)", &stmt)) != WB_OK)
		goto fail;
	sqlite3_bind_text(stmt, 1, n->login, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 2, name, -1, SQLITE_STATIC);
	sqlite3_bind_int64(stmt, 3, partner);
	sqlite3_bind_text(stmt, 4, user_role_name(role), -1, SQLITE_STATIC);
	if (active == 0 && n->name != NULL)
		sqlite3_bind_text(stmt, 5, n->name, -1, SQLITE_STATIC);
	if (n->phone != NULL && *n->phone != '\0')
		sqlite3_bind_text(stmt, 6, n->phone, -1, SQLITE_STATIC);
	if (n->email != NULL && *n->email != '\0')
		sqlite3_bind_text(stmt, 7, n->email, -1, SQLITE_STATIC);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE) {
		st = db_fail(db, _("adding the user"));
		goto fail;
	}
	snprintf(detail, sizeof(detail), "add %s partner=%s role=%s",
	    n->login, n->partner, user_role_name(role));
	return audit_commit(db, by->login, "user", "app_user",
	    active == 0 ? id : sqlite3_last_insert_rowid(db_sqlite(db)),
	    detail);
fail:
	db_rollback(db);
	return st;
}

enum wb_status
user_edit(struct db *db, const struct user_ctx *by, const char *login,
    const struct user_change *c)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	long long	 id = 0;
	char		 err[VERR], detail[160];
	int		 rc;

	if (strcmp(login, by->login) != 0 &&
	    (st = user_require(db, by, PERM_USERS)) != WB_OK)
		return st;
	if (c->name != NULL && (validate_text(c->name, 0, 100, err) != WB_OK ||
	    *c->name == '\0'))
		return db_set_error(db, WB_INVALID, _("--name: %s"),
		    *c->name == '\0' ? _("empty") : err);
	if ((st = check_contact(db, c->phone, c->email)) != WB_OK)
		return st;
	if ((st = db_begin(db)) != WB_OK)
		return st;
	if ((st = db_prepare(db, "SELECT id FROM app_user WHERE login = ? AND "
	    "active", &stmt)) != WB_OK)
		goto fail;
	sqlite3_bind_text(stmt, 1, login, -1, SQLITE_STATIC);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
		id = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	if (id == 0) {
		st = db_set_error(db, WB_NOT_FOUND, _("no active user '%s'"),
		    login);
		goto fail;
	}
	/* ?2-?4 NULL: unchanged; "" empties the phone or e-mail. */
	if ((st = db_prepare(db, "UPDATE app_user SET name = coalesce(?2, "
	    "name), phone = CASE WHEN ?3 IS NULL THEN phone ELSE "
	    "nullif(?3, '') END, email = CASE WHEN ?4 IS NULL THEN email ELSE "
	    "nullif(?4, '') END, version = version + 1 WHERE id = ?1",
	    &stmt)) != WB_OK)
		goto fail;
	sqlite3_bind_int64(stmt, 1, id);
	if (c->name != NULL)
		sqlite3_bind_text(stmt, 2, c->name, -1, SQLITE_STATIC);
	if (c->phone != NULL)
		sqlite3_bind_text(stmt, 3, c->phone, -1, SQLITE_STATIC);
	if (c->email != NULL)
		sqlite3_bind_text(stmt, 4, c->email, -1, SQLITE_STATIC);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE) {
		st = db_fail(db, _("changing the user"));
		goto fail;
	}
	snprintf(detail, sizeof(detail), "edit %s%s%s%s", login,
	    c->name != NULL ? " name" : "", c->phone != NULL ? " phone" : "",
	    c->email != NULL ? " email" : "");
	return audit_commit(db, by->login, "user", "app_user", id, detail);
fail:
	db_rollback(db);
	return st;
}

enum wb_status
user_remove(struct db *db, const struct user_ctx *by, const char *login)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	long long	 id = 0, coordinators;
	char		 role[32] = "", detail[96];
	int		 rc, active = 0;

	if ((st = user_require(db, by, PERM_USERS)) != WB_OK)
		return st;
	if ((st = db_begin(db)) != WB_OK)
		return st;
	if ((st = db_prepare(db, "SELECT id, role, active FROM app_user "
	    "WHERE login = ?", &stmt)) != WB_OK)
		goto fail;
	sqlite3_bind_text(stmt, 1, login, -1, SQLITE_STATIC);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		id = sqlite3_column_int64(stmt, 0);
		snprintf(role, sizeof(role), "%s",
		    (const char *)sqlite3_column_text(stmt, 1));
		active = sqlite3_column_int(stmt, 2);
	}
	sqlite3_finalize(stmt);
	if (id == 0 || !active) {
		st = db_set_error(db, WB_NOT_FOUND, _("no active user '%s'"),
		    login);
		goto fail;
	}
	if (strcmp(role, "coordinator") == 0) {
		if ((st = count_users(db, "SELECT count(*) FROM app_user WHERE "
		    "role = 'coordinator' AND active", &coordinators)) !=
		    WB_OK)
			goto fail;
		if (coordinators <= 1) {
			st = db_set_error(db, WB_INVALID, _("'%s' is the last "
			    "coordinator; add another coordinator first"),
			    login);
			goto fail;
		}
	}
	if ((st = db_prepare(db, "UPDATE app_user SET active = 0, version = "
	    "version + 1 WHERE id = ?", &stmt)) != WB_OK)
		goto fail;
	sqlite3_bind_int64(stmt, 1, id);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE) {
		st = db_fail(db, _("removing the user"));
		goto fail;
	}
	snprintf(detail, sizeof(detail), "remove %s", login);
	return audit_commit(db, by->login, "user", "app_user", id,
	    detail);
fail:
	db_rollback(db);
	return st;
}

enum wb_status
user_table(struct db *db, struct table **out)
{
	*out = table_new(user_cols, sizeof(user_cols) / sizeof(user_cols[0]));
	table_set_vocab(*out, 3, VOCAB_ROLE);
	table_set_vocab(*out, 4, VOCAB_YESNO);
	return query_table(db,
	    "SELECT u.login, u.name, p.code, u.role, u.active, "
	    "coalesce(u.phone, ''), coalesce(u.email, '') "
	    "FROM app_user u JOIN partner p ON p.id = u.partner_id "
	    "ORDER BY u.login", *out);
}
