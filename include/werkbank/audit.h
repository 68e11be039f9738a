/*
 * audit.h: the append-only audit log: who did or saw what, and when.
 * Rows name records by type and id, never by a person's name.
 *
 * The chain.  Every row's hash is, in lower-case hex, a MAC over the
 * hash of the row before it and the row's own fields:
 *
 *   hash(n) = HMAC-SHA-256(key, "werkbank-audit-2" prev id at login
 *             action record_type record_id detail)
 *
 * under the database's secret key (auditkey.h: PATH.key beside the
 * database), where prev is hash(n-1) (64 zeros before the first row)
 * and each field is written as "N;" for NULL, "I<decimal>;" for an
 * integer and "T<byte length>:<bytes>;" for text, so no two rows
 * serialise alike.  prev_hash holds prev.  Changing, inserting or
 * deleting a row (after dropping the triggers with sqlite3) breaks the
 * chain at that row or at the one after it, and without the key nobody
 * can compute a chain that verifies: audit_verify finds the first such
 * row.  Cutting rows off the end is not visible from inside the file:
 * the head (id and hash) goes to the system log when a meeting ends and
 * on `werkbank audit verify`, and `audit verify --head ID:HASH` checks
 * the log against a head noted elsewhere.
 *
 * Rows written before the key existed (werkbank 0.1) are chained by
 * plain SHA-256 in the same form with the tag "werkbank-audit-1"; the
 * first keyed row's prev_hash seals them, and a row of action "init",
 * record type "audit_key" says so when there were any.  The row the key
 * starts from is kept in the database (table audit_key, with the key's
 * id) and in the key file; a log whose rows from there on are not keyed
 * does not verify.  Rows from before the SHA-256 chain (hash NULL) are
 * accepted only as the log's first rows: they count with their computed
 * hash, and the first hashed row seals them.
 */
#ifndef WERKBANK_AUDIT_H
#define WERKBANK_AUDIT_H

#include "werkbank/db.h"
#include "werkbank/sha256.h"
#include "werkbank/table.h"

/*
 * Append one row (action: one of the values the schema allows, e.g.
 * "view", "import", "init").  record_type and detail may be NULL;
 * record_id 0 means none.  Runs in the caller's transaction, best begun
 * with db_begin() (IMMEDIATE: the chain needs the write lock while it
 * reads the last hash); without one it begins and commits its own.
 */
enum wb_status	audit_append(struct db *, const char *login, const char *action,
		    const char *record_type, long long record_id,
		    const char *detail);
/*
 * Key the chain now if it is not keyed yet (a database from before the
 * key): make the key file and append the row that seals the rows before
 * it, in a transaction of its own.  Nothing to do (WB_OK) when it is
 * keyed; the errors of audit_append otherwise (a read-only file: WB_DENIED).
 */
enum wb_status	audit_seal(struct db *, const char *login);
/*
 * The end of most writes: append the row, then commit the caller's open
 * transaction; if either fails the transaction is rolled back.
 */
enum wb_status	audit_commit(struct db *, const char *login, const char *action,
		    const char *record_type, long long record_id,
		    const char *detail);

/* One row of the log, for the stale-change dialog and listings. */
struct audit_entry {
	long long	 id;
	char		 at[24];	/* YYYY-MM-DD HH:MM:SS.SSS, UTC */
	char		 login[65];
	char		 action[16];
	char		 record_type[24];
	long long	 record_id;	/* 0: none */
	char		 detail[256];	/* cut at a character boundary */
};

/*
 * The newest row about one record (record_type, record_id): WB_OK and
 * *out filled, or WB_NOT_FOUND when there is none.
 */
enum wb_status	audit_last(struct db *, const char *record_type,
		    long long record_id, struct audit_entry *out);

struct user_ctx;

/* Filters for audit_table; NULL / 0 fields do not filter. */
struct audit_filter {
	const char	*login;
	const char	*record_type;	/* with record_id */
	long long	 record_id;
	const char	*since;		/* YYYY-MM-DD: rows at or after it */
	/* Two records may share a key (a candidate and a vacancy): OR'ed */
	const char	*record_type2;
	long long	 record_id2;
	/* Who reads: a candidate's key is shown only when they may see
	 * the candidate (user.h); NULL: no candidate's key. */
	const struct user_ctx *user;
};

/*
 * The rows matching the filter, oldest first: id, at, login, action,
 * record_type, record_id, record (PARTNER/REF for candidates and
 * vacancies still present), detail.  Caller frees with table_free.
 */
enum wb_status	audit_table(struct db *, const struct audit_filter *,
		    struct table **);

/* What audit_verify found. */
struct audit_verify_result {
	long long	 rows;		/* rows checked */
	long long	 legacy;	/* leading rows without a hash */
	long long	 keyed_from;	/* first keyed row; 0: not keyed yet */
	int		 unrecorded;	/* a key file, but no record of it */
	long long	 broken_id;	/* first broken row, 0 when intact */
	const char	*why;		/* untranslated reason (N_()) */
	long long	 head_id;	/* the last row and its hash */
	char		 head_hash[SHA256_HEX_LEN + 1];
};

/*
 * Walk the whole log in id order and recompute the chain, with the key
 * of PATH.key.  WB_OK when it is intact; WB_INVALID with broken_id and
 * why set at the first row whose prev_hash or hash does not match (the
 * row was changed, or one before it removed or inserted), or where the
 * keyed part should begin but does not; WB_DENIED (db_error() says why)
 * when the log is keyed and its key is missing, unreadable or another
 * database's; WB_DB on a read error.
 */
enum wb_status	audit_verify(struct db *, struct audit_verify_result *);

/*
 * Is the log keyed, and is its key there: WB_OK with *from the first
 * keyed row (0: not keyed yet); WB_DENIED when the key is missing,
 * unreadable or another database's, WB_INVALID when the key and the
 * database disagree, with the reason in db_error().  For check.
 */
enum wb_status	audit_keyed(struct db *, long long *from);
/*
 * The log's last row id and its stored hash (0 and 64 zeros when the
 * log is empty), as noted elsewhere to catch rows cut off the end.
 */
enum wb_status	audit_head(struct db *, long long *id,
		    char hash[SHA256_HEX_LEN + 1]);
/*
 * Send the head to the system log (syslog(3), facility authpriv, ident
 * "werkbank"): "audit head ID:HASH of PATH (EVENT)".  Quietly nothing
 * when there is no system log.
 */
void		audit_syslog(struct db *, int priority, const char *event);

/*
 * The plain SHA-256 hash of one row given the previous hash (NULL: the
 * start of the chain), as rows from before the key have it; and the
 * keyed one.  record_type/detail may be NULL, record_id 0 for NULL.
 * Exposed for the tests.
 */
void		audit_row_hash(const char *prev, long long id, const char *at,
		    const char *login, const char *action,
		    const char *record_type, long long record_id,
		    const char *detail, char out[SHA256_HEX_LEN + 1]);
void		audit_row_mac(const uint8_t key[32], const char *prev,
		    long long id, const char *at, const char *login,
		    const char *action, const char *record_type,
		    long long record_id, const char *detail,
		    char out[SHA256_HEX_LEN + 1]);

#endif
