/*
 * audit.c: the audit log: append rows chained by SHA-256 (see audit.h
 * for the exact serialisation), verify the chain, read rows back.  The
 * table refuses UPDATE and DELETE through triggers (schema/001-init.sql).
 */
#include "werkbank/audit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/i18n.h"
#include "werkbank/user.h"
#include "werkbank/xmalloc.h"

#define AUDIT_TAG	"werkbank-audit-1"

static const char zero_hash[SHA256_HEX_LEN + 1] =
    "0000000000000000000000000000000000000000000000000000000000000000";

static void	put_text(struct sha256 *, const char *);
static void	put_int(struct sha256 *, int has, long long);
static void	row_hash(const char *, long long, const char *, const char *,
		    const char *, const char *, int, long long, const char *,
		    char *);
static void	copy_col(char *, size_t, sqlite3_stmt *, int);
static enum wb_status chain_head(struct db *, long long *, char *);
static enum wb_status append_row(struct db *, const char *, const char *,
		    const char *, long long, const char *);

static void
put_text(struct sha256 *s, const char *t)
{
	char	head[32];
	int	n;

	if (t == NULL) {
		sha256_update(s, "N;", 2);
		return;
	}
	n = snprintf(head, sizeof(head), "T%zu:", strlen(t));
	sha256_update(s, head, (size_t)n);
	sha256_update(s, t, strlen(t));
	sha256_update(s, ";", 1);
}

static void
put_int(struct sha256 *s, int has, long long v)
{
	char	buf[32];
	int	n;

	if (!has) {
		sha256_update(s, "N;", 2);
		return;
	}
	n = snprintf(buf, sizeof(buf), "I%lld;", v);
	sha256_update(s, buf, (size_t)n);
}

static void
row_hash(const char *prev, long long id, const char *at, const char *login,
    const char *action, const char *record_type, int has_record_id,
    long long record_id, const char *detail, char *out)
{
	struct sha256	s;
	uint8_t		d[SHA256_DIGEST_LEN];

	sha256_init(&s);
	sha256_update(&s, AUDIT_TAG, strlen(AUDIT_TAG));
	put_text(&s, prev != NULL ? prev : zero_hash);
	put_int(&s, 1, id);
	put_text(&s, at);
	put_text(&s, login);
	put_text(&s, action);
	put_text(&s, record_type);
	put_int(&s, has_record_id, record_id);
	put_text(&s, detail);
	sha256_final(&s, d);
	sha256_to_hex(d, out);
}

void
audit_row_hash(const char *prev, long long id, const char *at,
    const char *login, const char *action, const char *record_type,
    long long record_id, const char *detail, char out[SHA256_HEX_LEN + 1])
{
	row_hash(prev, id, at, login, action, record_type, record_id != 0,
	    record_id, detail, out);
}

/*
 * The last row's id and its chain hash.  When the log ends in rows
 * written before the chain existed, their hashes are computed (a walk
 * that happens once: the next row written carries the result).
 */
static enum wb_status
chain_head(struct db *db, long long *id, char *hash)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	int		 rc;

	*id = 0;
	memcpy(hash, zero_hash, sizeof(zero_hash));
	if ((st = db_prepare(db, "SELECT id, hash FROM audit_log ORDER BY id "
	    "DESC LIMIT 1", &stmt)) != WB_OK)
		return st;
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW) {
		*id = sqlite3_column_int64(stmt, 0);
		if (sqlite3_column_type(stmt, 1) == SQLITE_TEXT &&
		    sqlite3_column_bytes(stmt, 1) == SHA256_HEX_LEN) {
			memcpy(hash, sqlite3_column_text(stmt, 1),
			    SHA256_HEX_LEN + 1);
			sqlite3_finalize(stmt);
			return WB_OK;
		}
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_fail(db, _("reading the audit log"));
	if (rc == SQLITE_DONE)
		return WB_OK;

	/* Unhashed rows at the end: chain them in memory. */
	{
		struct audit_verify_result	r;

		st = audit_verify(db, &r);
		if (st != WB_OK && st != WB_INVALID)
			return st;
		if (st == WB_INVALID)
			return db_set_error(db, WB_INVALID, _("the audit log's "
			    "hash chain is broken at row %lld (%s); run "
			    "'werkbank audit verify'"), r.broken_id,
			    _(r.why));
		*id = r.head_id;
		memcpy(hash, r.head_hash, sizeof(r.head_hash));
	}
	return WB_OK;
}

static enum wb_status
append_row(struct db *db, const char *login, const char *action,
    const char *record_type, long long record_id, const char *detail)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	long long	 last;
	char		 prev[SHA256_HEX_LEN + 1], hash[SHA256_HEX_LEN + 1];
	char		 at[32] = "";

	if ((st = chain_head(db, &last, prev)) != WB_OK)
		return st;
	if ((st = db_prepare(db, "SELECT strftime('%Y-%m-%d %H:%M:%f', "
	    "'now')", &stmt)) != WB_OK)
		return st;
	if (sqlite3_step(stmt) == SQLITE_ROW)
		snprintf(at, sizeof(at), "%s",
		    (const char *)sqlite3_column_text(stmt, 0));
	sqlite3_finalize(stmt);
	if (login == NULL)
		login = "";
	row_hash(prev, last + 1, at, login, action, record_type,
	    record_id != 0, record_id, detail, hash);

	if ((st = db_prepare(db, "INSERT INTO audit_log (id, at, login, "
	    "action, record_type, record_id, detail, prev_hash, hash) "
	    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", &stmt)) != WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, last + 1);
	sqlite3_bind_text(stmt, 2, at, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 3, login, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 4, action, -1, SQLITE_STATIC);
	if (record_type != NULL)
		sqlite3_bind_text(stmt, 5, record_type, -1, SQLITE_STATIC);
	if (record_id != 0)
		sqlite3_bind_int64(stmt, 6, record_id);
	if (detail != NULL)
		sqlite3_bind_text(stmt, 7, detail, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 8, prev, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 9, hash, -1, SQLITE_STATIC);
	if (sqlite3_step(stmt) != SQLITE_DONE)
		st = db_fail(db, _("writing the audit log"));
	sqlite3_finalize(stmt);
	return st;
}

enum wb_status
audit_append(struct db *db, const char *login, const char *action,
    const char *record_type, long long record_id, const char *detail)
{
	enum wb_status	st;

	/* In a transaction already (db_begin, or a plain BEGIN: SQLite then
	 * refuses the write if another connection wrote since this one
	 * read, so the chain cannot fork). */
	if (db_in_transaction(db) || !sqlite3_get_autocommit(db_sqlite(db)))
		return append_row(db, login, action, record_type, record_id,
		    detail);
	if ((st = db_begin(db)) != WB_OK)
		return st;
	if ((st = append_row(db, login, action, record_type, record_id,
	    detail)) != WB_OK) {
		db_rollback(db);
		return st;
	}
	return db_commit(db);
}

static void
copy_col(char *dst, size_t len, sqlite3_stmt *stmt, int col)
{
	const char	*s = (const char *)sqlite3_column_text(stmt, col);
	size_t		 n;

	if (s == NULL) {
		dst[0] = '\0';
		return;
	}
	n = strlen(s);
	if (n >= len) {
		n = len - 1;
		/* Back up to the start of a UTF-8 character. */
		while (n > 0 && ((unsigned char)s[n] & 0xc0) == 0x80)
			n--;
	}
	memcpy(dst, s, n);
	dst[n] = '\0';
}

enum wb_status
audit_last(struct db *db, const char *record_type, long long record_id,
    struct audit_entry *e)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	int		 rc;

	memset(e, 0, sizeof(*e));
	if ((st = db_prepare(db, "SELECT id, at, login, action, record_type, "
	    "record_id, detail FROM audit_log WHERE record_type = ? AND "
	    "record_id = ? ORDER BY id DESC LIMIT 1", &stmt)) != WB_OK)
		return st;
	sqlite3_bind_text(stmt, 1, record_type, -1, SQLITE_STATIC);
	sqlite3_bind_int64(stmt, 2, record_id);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		e->id = sqlite3_column_int64(stmt, 0);
		copy_col(e->at, sizeof(e->at), stmt, 1);
		copy_col(e->login, sizeof(e->login), stmt, 2);
		copy_col(e->action, sizeof(e->action), stmt, 3);
		copy_col(e->record_type, sizeof(e->record_type), stmt, 4);
		e->record_id = sqlite3_column_int64(stmt, 5);
		copy_col(e->detail, sizeof(e->detail), stmt, 6);
	}
	sqlite3_finalize(stmt);
	if (rc == SQLITE_ROW)
		return WB_OK;
	if (rc == SQLITE_DONE)
		return WB_NOT_FOUND;
	return db_fail(db, _("reading the audit log"));
}

enum wb_status
audit_verify(struct db *db, struct audit_verify_result *r)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	char		 prev[SHA256_HEX_LEN + 1], want[SHA256_HEX_LEN + 1];
	int		 rc, hashed = 0;

	memset(r, 0, sizeof(*r));
	memcpy(prev, zero_hash, sizeof(zero_hash));
	memcpy(r->head_hash, zero_hash, sizeof(zero_hash));
	if ((st = db_prepare(db, "SELECT id, at, login, action, record_type, "
	    "record_id, detail, prev_hash, hash FROM audit_log ORDER BY id",
	    &stmt)) != WB_OK)
		return st;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		long long	 id = sqlite3_column_int64(stmt, 0);
		const char	*ph = (const char *)sqlite3_column_text(stmt, 7);
		const char	*h = (const char *)sqlite3_column_text(stmt, 8);

		r->rows++;
		/* A row id is an integer: anything else was put there by hand. */
		row_hash(prev, id, (const char *)sqlite3_column_text(stmt, 1),
		    (const char *)sqlite3_column_text(stmt, 2),
		    (const char *)sqlite3_column_text(stmt, 3),
		    (const char *)sqlite3_column_text(stmt, 4),
		    sqlite3_column_type(stmt, 5) != SQLITE_NULL,
		    sqlite3_column_int64(stmt, 5),
		    (const char *)sqlite3_column_text(stmt, 6), want);
		if (h == NULL && ph == NULL && !hashed) {
			r->legacy++;		/* before the chain existed */
		} else if (h == NULL) {
			r->broken_id = id;
			r->why = N_("the row has no hash");
		} else if (ph == NULL || strcmp(ph, prev) != 0) {
			r->broken_id = id;
			r->why = N_("its prev_hash is not the hash of the row "
			    "before it (a row was changed, removed or "
			    "inserted)");
		} else if (strcmp(h, want) != 0) {
			r->broken_id = id;
			r->why = N_("its hash does not match its contents (the "
			    "row was changed)");
		} else
			hashed = 1;
		if (r->broken_id != 0)
			break;
		memcpy(prev, want, sizeof(want));
		r->head_id = id;
		memcpy(r->head_hash, want, sizeof(want));
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_fail(db, _("reading the audit log"));
	return r->broken_id != 0 ? WB_INVALID : WB_OK;
}

static const struct table_col audit_cols[] = {
	{ "id",			N_("Id"),	1 },
	{ "at",			N_("At"),	0 },
	{ "login",		N_("Login"),	0 },
	{ "action",		N_("Action"),	0 },
	{ "record_type",	N_("Type"),	0 },
	{ "record_id",		N_("Rec"),	1 },
	{ "record",		N_("Record"),	0 },
	{ "detail",		N_("Detail"),	0 },
};
#define NAUDIT_COLS	(sizeof(audit_cols) / sizeof(audit_cols[0]))

enum wb_status
audit_table(struct db *db, const struct audit_filter *f, struct table **out)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	const char	*cells[NAUDIT_COLS];
	char		 id[32], rid[32], vis[96], *sql;
	int		 rc, i;

	*out = table_new(audit_cols, NAUDIT_COLS);
	table_set_utc(*out, 1);
	sql = xasprintf("SELECT a.id, substr(a.at, 1, 19), a.login, "
	    "a.action, a.record_type, a.record_id, "
	    "CASE a.record_type "
	    " WHEN 'candidate' THEN (SELECT p.code || '/' || c.ref FROM "
	    "  candidate c JOIN partner p ON p.id = c.partner_id "
	    "  WHERE c.id = a.record_id AND %s) "
	    " WHEN 'vacancy' THEN (SELECT p.code || '/' || v.ref FROM "
	    "  vacancy v JOIN partner p ON p.id = v.partner_id "
	    "  WHERE v.id = a.record_id) END, a.detail "
	    "FROM audit_log a WHERE (?1 IS NULL OR a.login = ?1) "
	    "AND (?2 IS NULL OR (a.record_type = ?2 AND a.record_id = ?3) "
	    " OR (a.record_type = ?4 AND a.record_id = ?5)) "
	    "AND (?6 IS NULL OR a.at >= ?6) ORDER BY a.id",
	    user_candidate_sql(f->user, "c.partner_id", "c.consent", vis,
	    sizeof(vis)));
	st = db_prepare(db, sql, &stmt);
	free(sql);
	if (st != WB_OK)
		return st;
	if (f->login != NULL)
		sqlite3_bind_text(stmt, 1, f->login, -1, SQLITE_STATIC);
	if (f->record_type != NULL) {
		sqlite3_bind_text(stmt, 2, f->record_type, -1, SQLITE_STATIC);
		sqlite3_bind_int64(stmt, 3, f->record_id);
	}
	if (f->record_type2 != NULL) {
		sqlite3_bind_text(stmt, 4, f->record_type2, -1, SQLITE_STATIC);
		sqlite3_bind_int64(stmt, 5, f->record_id2);
	}
	if (f->since != NULL)
		sqlite3_bind_text(stmt, 6, f->since, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		snprintf(id, sizeof(id), "%lld", sqlite3_column_int64(stmt, 0));
		if (sqlite3_column_type(stmt, 5) == SQLITE_NULL)
			rid[0] = '\0';
		else
			snprintf(rid, sizeof(rid), "%lld",
			    sqlite3_column_int64(stmt, 5));
		cells[0] = id;
		for (i = 1; i < 5; i++)
			cells[i] = (const char *)sqlite3_column_text(stmt, i);
		cells[5] = rid;
		cells[6] = (const char *)sqlite3_column_text(stmt, 6);
		cells[7] = (const char *)sqlite3_column_text(stmt, 7);
		table_add(*out, cells);
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return db_fail(db, _("reading the audit log"));
	return WB_OK;
}

enum wb_status
audit_commit(struct db *db, const char *login, const char *action,
    const char *record_type, long long record_id, const char *detail)
{
	enum wb_status	st;

	if ((st = audit_append(db, login, action, record_type, record_id,
	    detail)) != WB_OK) {
		db_rollback(db);
		return st;
	}
	return db_commit(db);
}
