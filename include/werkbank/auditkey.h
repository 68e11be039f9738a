/*
 * auditkey.h: the secret key of the audit log's chain (audit.h).  It is
 * made when the chain is first keyed (at `init`, or for an older
 * database at its first change, which seals the rows before it) and kept
 * in a file beside the database, PATH.key:
 *
 *   # comment lines
 *   key <64 hex digits: 32 random bytes>
 *   from <the id of the first row chained under the key>
 *
 * The file says from which row on the log must be keyed, so a log
 * rewritten without the key cannot pass for one that never had it.  It
 * is never writable: 0440 when the database is shared through a group
 * (set-group-id on a team server, a set-group-id directory, or a group
 * that is not the maker's own), else 0400.
 */
#ifndef WERKBANK_AUDITKEY_H
#define WERKBANK_AUDITKEY_H

#include <stddef.h>
#include <stdint.h>

#include "werkbank/status.h"

#define AUDIT_KEY_LEN		32
#define AUDIT_KEY_ID_LEN	32	/* hex digits, without the NUL */

struct audit_key {
	uint8_t		 key[AUDIT_KEY_LEN];
	long long	 from;		/* first row chained under it */
	char		 id[AUDIT_KEY_ID_LEN + 1];	/* audit_key_id() */
};

/* The key file of the database at db_path: "db_path.key".  Caller frees. */
char		*audit_key_path(const char *db_path);

/*
 * Read a key file into *k.  WB_NOT_FOUND when there is none; WB_DENIED
 * when it cannot be read, WB_INVALID when it is not a key file, with the
 * reason (naming the file) in err.
 */
enum wb_status	 audit_key_read(const char *file, struct audit_key *k,
		    char *err, size_t errlen);

/* A new random key (getrandom(2)) for a chain keyed from row `from`. */
enum wb_status	 audit_key_new(struct audit_key *k, long long from,
		    char *err, size_t errlen);

/*
 * Write *k to file (under a temporary name, then renamed over any file
 * there), with the mode the database at db_path calls for (above).
 */
enum wb_status	 audit_key_write(const char *file, const char *db_path,
		    const struct audit_key *k, char *err, size_t errlen);

/*
 * Which key it is, without giving it away: the first 16 bytes of
 * HMAC-SHA-256(key, "werkbank audit key id") in hex.  The database keeps
 * it, so that a key file of another database is told apart from a
 * broken chain.
 */
void		 audit_key_id(const uint8_t key[AUDIT_KEY_LEN],
		    char out[AUDIT_KEY_ID_LEN + 1]);

/* Copy the key file of db src to be that of db dst (backups). */
enum wb_status	 audit_key_copy(const char *src_db, const char *dst_db,
		    char *err, size_t errlen);

#endif
