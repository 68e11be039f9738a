/*
 * audit.c: the audit log: append rows chained by HMAC-SHA-256 under the
 * database's key (rows from before the key by plain SHA-256; see audit.h
 * for the exact serialisation), verify the chain, read rows back.  The
 * table refuses UPDATE and DELETE through triggers (schema/001-init.sql).
 */
#include "werkbank/audit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>

#include "werkbank/auditkey.h"
#include "werkbank/i18n.h"
#include "werkbank/user.h"
#include "werkbank/xmalloc.h"

#define AUDIT_TAG	"werkbank-audit-1"	/* SHA-256, before the key */
#define AUDIT_TAG_KEYED	"werkbank-audit-2"	/* HMAC-SHA-256 */

/* What a row's chain value is computed with: SHA-256, or the key. */
struct mac {
	const struct audit_key	*key;
	struct sha256		 plain;
	struct hmac_sha256	 keyed;
};

/* The audit_key row (schema/005-audit-key.sql). */
struct seal {
	int		 present;
	long long	 from;
	char		 key_id[AUDIT_KEY_ID_LEN + 1];
};

static const char zero_hash[SHA256_HEX_LEN + 1] =
    "0000000000000000000000000000000000000000000000000000000000000000";

static void	mac_update(struct mac *, const void *, size_t);
static void	put_text(struct mac *, const char *);
static void	put_int(struct mac *, int has, long long);
static void	row_hash(const struct audit_key *, const char *, long long,
		    const char *, const char *, const char *, const char *,
		    int, long long, const char *, char *);
static void	copy_col(char *, size_t, sqlite3_stmt *, int);
static enum wb_status seal_read(struct db *, struct seal *);
static enum wb_status chain_head(struct db *, long long *, char *);
static enum wb_status chain_prepare(struct db *, const char *,
		    struct audit_key *, long long *, char *);
static enum wb_status insert_row(struct db *, const struct audit_key *,
		    long long, const char *, const char *, const char *,
		    const char *, long long, const char *, char *);
static enum wb_status append_row(struct db *, const char *, const char *,
		    const char *, long long, const char *);
static enum wb_status verify_key(struct db *, struct audit_key *, int *,
		    long long *, struct audit_verify_result *);

static void
mac_update(struct mac *m, const void *p, size_t n)
{
	if (m->key != NULL)
		hmac_sha256_update(&m->keyed, p, n);
	else
		sha256_update(&m->plain, p, n);
}

static void
put_text(struct mac *s, const char *t)
{
	char	head[32];
	int	n;

	if (t == NULL) {
		mac_update(s, "N;", 2);
		return;
	}
	n = snprintf(head, sizeof(head), "T%zu:", strlen(t));
	mac_update(s, head, (size_t)n);
	mac_update(s, t, strlen(t));
	mac_update(s, ";", 1);
}

static void
put_int(struct mac *s, int has, long long v)
{
	char	buf[32];
	int	n;

	if (!has) {
		mac_update(s, "N;", 2);
		return;
	}
	n = snprintf(buf, sizeof(buf), "I%lld;", v);
	mac_update(s, buf, (size_t)n);
}

/* key NULL: the plain SHA-256 of the rows from before the key. */
static void
row_hash(const struct audit_key *key, const char *prev, long long id,
    const char *at, const char *login, const char *action,
    const char *record_type, int has_record_id, long long record_id,
    const char *detail, char *out)
{
	struct mac	s;
	uint8_t		d[SHA256_DIGEST_LEN];

	s.key = key;
	if (key != NULL) {
		hmac_sha256_init(&s.keyed, key->key, AUDIT_KEY_LEN);
		mac_update(&s, AUDIT_TAG_KEYED, strlen(AUDIT_TAG_KEYED));
	} else {
		sha256_init(&s.plain);
		mac_update(&s, AUDIT_TAG, strlen(AUDIT_TAG));
	}
	put_text(&s, prev != NULL ? prev : zero_hash);
	put_int(&s, 1, id);
	put_text(&s, at);
	put_text(&s, login);
	put_text(&s, action);
	put_text(&s, record_type);
	put_int(&s, has_record_id, record_id);
	put_text(&s, detail);
	if (key != NULL)
		hmac_sha256_final(&s.keyed, d);
	else
		sha256_final(&s.plain, d);
	sha256_to_hex(d, out);
}

void
audit_row_hash(const char *prev, long long id, const char *at,
    const char *login, const char *action, const char *record_type,
    long long record_id, const char *detail, char out[SHA256_HEX_LEN + 1])
{
	row_hash(NULL, prev, id, at, login, action, record_type,
	    record_id != 0, record_id, detail, out);
}

void
audit_row_mac(const uint8_t key[AUDIT_KEY_LEN], const char *prev,
    long long id, const char *at, const char *login, const char *action,
    const char *record_type, long long record_id, const char *detail,
    char out[SHA256_HEX_LEN + 1])
{
	struct audit_key	k;

	memset(&k, 0, sizeof(k));
	memcpy(k.key, key, AUDIT_KEY_LEN);
	row_hash(&k, prev, id, at, login, action, record_type,
	    record_id != 0, record_id, detail, out);
	explicit_bzero(&k, sizeof(k));
}

/* The audit_key row; none (present 0) before migration 005 too. */
static enum wb_status
seal_read(struct db *db, struct seal *s)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	long long	 have;
	int		 rc;

	memset(s, 0, sizeof(*s));
	if ((st = db_query_int(db, "SELECT count(*) FROM sqlite_schema WHERE "
	    "type = 'table' AND name = 'audit_key'", &have)) != WB_OK ||
	    have == 0)
		return st;
	if ((st = db_prepare(db, "SELECT from_id, key_id FROM audit_key "
	    "WHERE id = 1", &stmt)) != WB_OK)
		return st;
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		s->present = 1;
		s->from = sqlite3_column_int64(stmt, 0);
		db_column_copy(s->key_id, sizeof(s->key_id), stmt, 1);
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_fail(db, _("reading the audit log"));
	return WB_OK;
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
			    "hash chain is broken at row %lld (%s); tell the "
			    "coordinator"), r.broken_id,
			    _(r.why));
		*id = r.head_id;
		memcpy(hash, r.head_hash, sizeof(r.head_hash));
	}
	return WB_OK;
}

/*
 * In the caller's write transaction: the key the next row is chained
 * under, and the chain's head.  The first time (a new database, or one
 * from before the key) the key is made, or a key file left by a first
 * time that did not commit is taken up, and when the log has rows a row
 * sealing them is appended before the caller's.
 */
static enum wb_status
chain_prepare(struct db *db, const char *login, struct audit_key *k,
    long long *last, char *prev)
{
	struct seal	 s;
	enum wb_status	 st, kst;
	sqlite3_stmt	*stmt;
	char		*file, err[512], head[96], detail[256];

	if ((st = seal_read(db, &s)) != WB_OK)
		return st;
	file = audit_key_path(db_path(db));
	kst = audit_key_read(file, k, err, sizeof(err));
	if (s.present) {
		if (kst == WB_NOT_FOUND)
			st = db_set_error(db, WB_DENIED, _("the audit key %s "
			    "is missing, and without it werkbank cannot add "
			    "to the audit log, so it changes nothing: put the "
			    "key back (a copy of a database needs the .key "
			    "file beside it; a backup has its own)"), file);
		else if (kst != WB_OK)
			st = db_set_error(db, kst, "%s", err);
		else if (strcmp(k->id, s.key_id) != 0)
			st = db_set_error(db, WB_DENIED, _("%s is not the "
			    "audit key of this database (it is key %s; the "
			    "database was keyed with %s)"), file, k->id,
			    s.key_id);
		else if (k->from != s.from)
			st = db_set_error(db, WB_INVALID, _("the audit key %s "
			    "says the log is keyed from row %lld, the database "
			    "from row %lld: one of them was changed; tell the "
			    "coordinator"), file, k->from, s.from);
		free(file);
		return st != WB_OK ? st : chain_head(db, last, prev);
	}

	/* Not keyed yet: the head of the plain chain, then the key. */
	if ((st = chain_head(db, last, prev)) != WB_OK)
		goto done;
	if (kst == WB_OK && k->from != *last + 1) {
		st = db_set_error(db, WB_INVALID, _("the audit key %s says the "
		    "log is keyed from row %lld on, but the log has %lld rows "
		    "and no record of the key: it was changed or cut behind "
		    "werkbank's back; tell the coordinator"), file,
		    k->from, *last);
		goto done;
	}
	if (kst == WB_NOT_FOUND) {
		if ((st = audit_key_new(k, *last + 1, err, sizeof(err))) !=
		    WB_OK || (st = audit_key_write(file, db_path(db), k, err,
		    sizeof(err))) != WB_OK) {
			st = db_set_error(db, st, "%s", err);
			goto done;
		}
	} else if (kst != WB_OK) {
		st = db_set_error(db, kst, "%s", err);
		goto done;
	}
	snprintf(head, sizeof(head), "%lld:%s", *last, prev);
	if ((st = db_prepare(db, "INSERT INTO audit_key (id, from_id, key_id, "
	    "sealed_head) VALUES (1, ?, ?, ?)", &stmt)) != WB_OK)
		goto done;
	sqlite3_bind_int64(stmt, 1, k->from);
	sqlite3_bind_text(stmt, 2, k->id, -1, SQLITE_STATIC);
	if (*last > 0)
		sqlite3_bind_text(stmt, 3, head, -1, SQLITE_STATIC);
	if (sqlite3_step(stmt) != SQLITE_DONE)
		st = db_fail(db, _("writing the audit log"));
	sqlite3_finalize(stmt);
	if (st != WB_OK || *last == 0)
		goto done;
	/* The seal: the first keyed row, naming what it seals. */
	snprintf(detail, sizeof(detail), "{\"key\":\"%s\",\"sealed_rows\":"
	    "%lld,\"sealed_head\":\"%s\"}", k->id, *last, head);
	if ((st = insert_row(db, k, *last + 1, prev, login, "init",
	    "audit_key", 0, detail, prev)) == WB_OK)
		(*last)++;
done:
	free(file);
	return st;
}

/* Row id under key k after prev; its hash into out (may be prev). */
static enum wb_status
insert_row(struct db *db, const struct audit_key *k, long long id,
    const char *prev, const char *login, const char *action,
    const char *record_type, long long record_id, const char *detail,
    char *out)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	char		 hash[SHA256_HEX_LEN + 1], at[32] = "";

	if ((st = db_prepare(db, "SELECT strftime('%Y-%m-%d %H:%M:%f', "
	    "'now')", &stmt)) != WB_OK)
		return st;
	if (sqlite3_step(stmt) == SQLITE_ROW)
		snprintf(at, sizeof(at), "%s",
		    (const char *)sqlite3_column_text(stmt, 0));
	sqlite3_finalize(stmt);
	if (login == NULL)
		login = "";
	row_hash(k, prev, id, at, login, action, record_type, record_id != 0,
	    record_id, detail, hash);

	if ((st = db_prepare(db, "INSERT INTO audit_log (id, at, login, "
	    "action, record_type, record_id, detail, prev_hash, hash) "
	    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", &stmt)) != WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, id);
	sqlite3_bind_text(stmt, 2, at, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 3, login, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 4, action, -1, SQLITE_STATIC);
	if (record_type != NULL)
		sqlite3_bind_text(stmt, 5, record_type, -1, SQLITE_STATIC);
	if (record_id != 0)
		sqlite3_bind_int64(stmt, 6, record_id);
	if (detail != NULL)
		sqlite3_bind_text(stmt, 7, detail, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 8, prev, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(stmt, 9, hash, -1, SQLITE_STATIC);
	if (sqlite3_step(stmt) != SQLITE_DONE)
		st = db_fail(db, _("writing the audit log"));
	sqlite3_finalize(stmt);
	if (st == WB_OK)
		memcpy(out, hash, sizeof(hash));
	return st;
}

static enum wb_status
append_row(struct db *db, const char *login, const char *action,
    const char *record_type, long long record_id, const char *detail)
{
	struct audit_key	k;
	enum wb_status		st;
	long long		last;
	char			prev[SHA256_HEX_LEN + 1];

	if ((st = chain_prepare(db, login, &k, &last, prev)) == WB_OK)
		st = insert_row(db, &k, last + 1, prev, login, action,
		    record_type, record_id, detail, prev);
	explicit_bzero(&k, sizeof(k));
	return st;
}

enum wb_status
audit_seal(struct db *db, const char *login)
{
	struct audit_key	k;
	struct seal		s;
	enum wb_status		st;
	long long		last;
	char			prev[SHA256_HEX_LEN + 1];

	if ((st = seal_read(db, &s)) != WB_OK || s.present)
		return st;
	if ((st = db_begin(db)) != WB_OK)
		return st;
	st = chain_prepare(db, login, &k, &last, prev);
	explicit_bzero(&k, sizeof(k));
	if (st != WB_OK) {
		db_rollback(db);
		return st;
	}
	return db_commit(db);
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

/*
 * The key that verifies the log (*have 0: none), and from which row the
 * log must be keyed (*from 0: never keyed).  A missing or foreign key of
 * a keyed log cannot verify anything: WB_DENIED with the reason.
 */
static enum wb_status
verify_key(struct db *db, struct audit_key *k, int *have, long long *from,
    struct audit_verify_result *r)
{
	struct seal	 s;
	enum wb_status	 st, kst;
	char		*file, err[512];

	*have = 0;
	*from = 0;
	if ((st = seal_read(db, &s)) != WB_OK)
		return st;
	file = audit_key_path(db_path(db));
	kst = audit_key_read(file, k, err, sizeof(err));
	if (kst != WB_OK && kst != WB_NOT_FOUND)
		st = db_set_error(db, kst, "%s", err);
	else if (s.present && kst == WB_NOT_FOUND)
		st = db_set_error(db, WB_DENIED, _("the audit log is keyed "
		    "from row %lld on, and the key that verifies it, %s, is "
		    "missing (a copy of a database needs the .key file beside "
		    "it)"), s.from, file);
	else if (s.present && strcmp(k->id, s.key_id) != 0)
		st = db_set_error(db, WB_DENIED, _("%s is not the audit key of "
		    "this database (it is key %s; the database was keyed with "
		    "%s)"), file, k->id, s.key_id);
	else if (kst == WB_OK) {
		*have = 1;
		*from = s.present ? s.from : k->from;
		r->keyed_from = s.present ? s.from : 0;
		r->unrecorded = !s.present;
		if (s.present && k->from != s.from) {
			r->broken_id = k->from < s.from ? k->from : s.from;
			r->why = N_("the database and its key disagree on the "
			    "first keyed row (one of them was changed)");
		}
	}
	free(file);
	return st;
}

enum wb_status
audit_keyed(struct db *db, long long *from)
{
	struct audit_verify_result	r;
	struct audit_key		k;
	enum wb_status			st;
	int				have;
	long long			f;

	memset(&r, 0, sizeof(r));
	st = verify_key(db, &k, &have, &f, &r);
	explicit_bzero(&k, sizeof(k));
	*from = r.keyed_from;
	if (st == WB_OK && r.broken_id != 0)
		st = db_set_error(db, WB_INVALID, "%s", _(r.why));
	return st;
}

enum wb_status
audit_verify(struct db *db, struct audit_verify_result *r)
{
	struct audit_key k;
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	char		 prev[SHA256_HEX_LEN + 1], want[SHA256_HEX_LEN + 1];
	long long	 from;
	int		 rc = SQLITE_DONE, hashed = 0, have_key, keyed;

	memset(r, 0, sizeof(*r));
	memcpy(prev, zero_hash, sizeof(zero_hash));
	memcpy(r->head_hash, zero_hash, sizeof(zero_hash));
	if ((st = verify_key(db, &k, &have_key, &from, r)) != WB_OK ||
	    r->broken_id != 0)
		goto done;
	if ((st = db_prepare(db, "SELECT id, at, login, action, record_type, "
	    "record_id, detail, prev_hash, hash FROM audit_log ORDER BY id",
	    &stmt)) != WB_OK)
		goto done;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		long long	 id = sqlite3_column_int64(stmt, 0);
		const char	*ph = (const char *)sqlite3_column_text(stmt, 7);
		const char	*h = (const char *)sqlite3_column_text(stmt, 8);

		r->rows++;
		keyed = have_key && id >= from;
		/* A row id is an integer: anything else was put there by hand. */
		row_hash(keyed ? &k : NULL, prev, id,
		    (const char *)sqlite3_column_text(stmt, 1),
		    (const char *)sqlite3_column_text(stmt, 2),
		    (const char *)sqlite3_column_text(stmt, 3),
		    (const char *)sqlite3_column_text(stmt, 4),
		    sqlite3_column_type(stmt, 5) != SQLITE_NULL,
		    sqlite3_column_int64(stmt, 5),
		    (const char *)sqlite3_column_text(stmt, 6), want);
		if (keyed && r->unrecorded) {
			r->broken_id = id;
			r->why = N_("the key says the log is keyed from this "
			    "row on, but the database has no record of the key "
			    "(the log was rewritten without it)");
		} else if (!keyed && h == NULL && ph == NULL && !hashed) {
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
			r->why = keyed ? N_("its hash does not match its "
			    "contents under the key (the row was changed)") :
			    N_("its hash does not match its contents (the "
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
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		st = db_fail(db, _("reading the audit log"));
		goto done;
	}
	if (r->broken_id == 0 && r->keyed_from > 0 &&
	    r->head_id < r->keyed_from) {
		r->broken_id = r->keyed_from;
		r->why = N_("the log ends before its first keyed row (rows "
		    "were cut off the end)");
	}
done:
	explicit_bzero(&k, sizeof(k));
	if (st != WB_OK)
		return st;
	return r->broken_id != 0 ? WB_INVALID : WB_OK;
}

enum wb_status
audit_head(struct db *db, long long *id, char hash[SHA256_HEX_LEN + 1])
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	int		 rc;

	*id = 0;
	memcpy(hash, zero_hash, sizeof(zero_hash));
	if ((st = db_prepare(db, "SELECT id, hash FROM audit_log ORDER BY id "
	    "DESC LIMIT 1", &stmt)) != WB_OK)
		return st;
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		*id = sqlite3_column_int64(stmt, 0);
		db_column_copy(hash, SHA256_HEX_LEN + 1, stmt, 1);
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_fail(db, _("reading the audit log"));
	return WB_OK;
}

void
audit_syslog(struct db *db, int priority, const char *event)
{
	long long	 id;
	char		 hash[SHA256_HEX_LEN + 1], *path;

	if (audit_head(db, &id, hash) != WB_OK)
		return;
	path = realpath(db_path(db), NULL);
	/* English on purpose: the system log is the administrator's. */
	openlog("werkbank", LOG_PID, LOG_AUTHPRIV);
	syslog(priority, "audit head %lld:%s of %s (%s)", id, hash,
	    path != NULL ? path : db_path(db), event);
	closelog();
	free(path);
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
