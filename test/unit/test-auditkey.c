/*
 * test-auditkey.c: the keyed audit chain.  HMAC-SHA-256 against the
 * RFC 4231 vectors; the key file (written, read back, its mode, a file
 * that is not one); a new log keyed from its first row; an older log
 * (plain SHA-256, as werkbank 0.1 wrote it) sealed by the first keyed
 * row; and what someone who can write the database but not read the key
 * cannot hide: a row changed and the chain recomputed by the documented
 * formula, the record of the key removed, rows cut off before the keyed
 * part.  A missing or foreign key changes nothing.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "werkbank/audit.h"
#include "werkbank/auditkey.h"
#include "werkbank/db.h"
#include "werkbank/sha256.h"

#include "tmpdb.h"

struct fx {
	struct tmpdb	 tmp;
	struct db	*db;
	char		 key[320];	/* the database's key file */
};

static void
sql(struct db *db, const char *s)
{
	if (db_exec(db, s) != WB_OK)
		fail_msg("%s: %s", s, db_error(db));
}

static long long
count(struct db *db, const char *q)
{
	long long	n;

	assert_int_equal(db_query_int(db, q, &n), WB_OK);
	return n;
}

static int
setup(void **state)
{
	struct fx	*f = calloc(1, sizeof(*f));

	if (tmpdb_open(&f->tmp, &f->db, "test-auditkey", NULL) != 0)
		return -1;
	snprintf(f->key, sizeof(f->key), "%s.key", f->tmp.path);
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fx	*f = *state;
	char		 p[400];

	snprintf(p, sizeof(p), "%s/other.key", f->tmp.dir);
	unlink(p);
	tmpdb_close(&f->tmp, f->db);
	free(f);
	return 0;
}

static void
hmac_hex(const void *key, size_t klen, const void *msg, size_t mlen,
    char out[65])
{
	struct hmac_sha256	h;
	uint8_t			d[SHA256_DIGEST_LEN];

	hmac_sha256_init(&h, key, klen);
	hmac_sha256_update(&h, msg, mlen);
	hmac_sha256_final(&h, d);
	sha256_to_hex(d, out);
}

static void
test_hmac_rfc4231(void **state)
{
	uint8_t		 k[131], m[50];
	const char	*big = "This is a test using a larger than block-size "
			    "key and a larger than block-size data. The key "
			    "needs to be hashed before being used by the HMAC "
			    "algorithm.";
	char		 h[65];
	int		 i;

	(void)state;
	memset(k, 0x0b, 20);	/* test case 1 */
	hmac_hex(k, 20, "Hi There", 8, h);
	assert_string_equal(h, "b0344c61d8db38535ca8afceaf0bf12b"
	    "881dc200c9833da726e9376c2e32cff7");
	hmac_hex("Jefe", 4, "what do ya want for nothing?", 28, h);
	assert_string_equal(h, "5bdcc146bf60754e6a042426089575c7"
	    "5a003f089d2739839dec58b964ec3843");
	memset(k, 0xaa, 20);	/* 3 */
	memset(m, 0xdd, 50);
	hmac_hex(k, 20, m, 50, h);
	assert_string_equal(h, "773ea91e36800e46854db8ebd09181a7"
	    "2959098b3ef8c122d9635514ced565fe");
	for (i = 0; i < 25; i++)	/* 4 */
		k[i] = (uint8_t)(i + 1);
	memset(m, 0xcd, 50);
	hmac_hex(k, 25, m, 50, h);
	assert_string_equal(h, "82558a389a443c0ea4cc819899f2083a"
	    "85f0faa3e578f8077a2e3ff46729665b");
	memset(k, 0xaa, 131);	/* 6 and 7: a key longer than a block */
	hmac_hex(k, 131, "Test Using Larger Than Block-Size Key - Hash Key "
	    "First", 54, h);
	assert_string_equal(h, "60e431591ee0b67f0d8a26aacbf5b77f"
	    "8e0bc6213728c5140546040f0ee37f54");
	hmac_hex(k, 131, big, strlen(big), h);
	assert_string_equal(h, "9b09ffa71b942fcb27635fbcd5b0e944"
	    "bfdc63644f0713938a7f51535c3a35e2");
}

static void
test_key_file(void **state)
{
	struct fx		*f = *state;
	struct audit_key	 a, b;
	struct stat		 sb;
	char			 err[256], other[400];
	FILE			*fp;

	assert_int_equal(audit_key_read(f->key, &a, err, sizeof(err)),
	    WB_NOT_FOUND);
	assert_int_equal(audit_key_new(&a, 7, err, sizeof(err)), WB_OK);
	assert_int_equal(strlen(a.id), AUDIT_KEY_ID_LEN);
	assert_int_equal(audit_key_write(f->key, f->tmp.path, &a, err,
	    sizeof(err)), WB_OK);
	assert_int_equal(audit_key_read(f->key, &b, err, sizeof(err)), WB_OK);
	assert_memory_equal(a.key, b.key, AUDIT_KEY_LEN);
	assert_int_equal(b.from, 7);
	assert_string_equal(a.id, b.id);
	/* Not shared through a group here: the owner reads it, nobody
	 * writes it. */
	assert_int_equal(stat(f->key, &sb), 0);
	assert_int_equal(sb.st_mode & 07777, 0400);
	/* Written again (over a read-only file) by rename. */
	assert_int_equal(audit_key_new(&b, 9, err, sizeof(err)), WB_OK);
	assert_int_equal(audit_key_write(f->key, f->tmp.path, &b, err,
	    sizeof(err)), WB_OK);
	assert_int_equal(audit_key_read(f->key, &a, err, sizeof(err)), WB_OK);
	assert_int_equal(a.from, 9);
	assert_string_not_equal(a.id, "");
	/* A file that is not a key is named as such. */
	snprintf(other, sizeof(other), "%s/other.key", f->tmp.dir);
	assert_non_null(fp = fopen(other, "w"));
	fputs("key abc\nfrom 1\n", fp);
	fclose(fp);
	assert_int_equal(audit_key_read(other, &a, err, sizeof(err)),
	    WB_INVALID);
	assert_non_null(strstr(err, "other.key"));
}

/* A new log is keyed from its first row. */
static void
test_new_log_keyed(void **state)
{
	struct fx			*f = *state;
	struct audit_verify_result	 r;
	struct audit_key		 k;
	char				 err[256];

	assert_int_equal(audit_append(f->db, "anna", "init", NULL, 0, NULL),
	    WB_OK);
	assert_int_equal(audit_append(f->db, "anna", "view", "candidate", 3,
	    NULL), WB_OK);
	assert_int_equal(audit_key_read(f->key, &k, err, sizeof(err)), WB_OK);
	assert_int_equal(k.from, 1);
	assert_int_equal(count(f->db, "SELECT from_id FROM audit_key"), 1);
	assert_int_equal(audit_verify(f->db, &r), WB_OK);
	assert_int_equal(r.keyed_from, 1);
	assert_int_equal(r.rows, 2);
	/* No seal row: there was nothing to seal. */
	assert_int_equal(count(f->db, "SELECT count(*) FROM audit_log WHERE "
	    "record_type = 'audit_key'"), 0);
}

/* n rows chained by plain SHA-256, as werkbank 0.1 wrote them. */
static void
plain_rows(struct db *db, int n)
{
	sqlite3_stmt	*st;
	char		 prev[65], h[65], at[32], detail[32];
	int		 i;

	memset(prev, '0', 64);
	prev[64] = '\0';
	for (i = 1; i <= n; i++) {
		snprintf(at, sizeof(at), "2026-01-0%d 10:00:00.000", i % 9 + 1);
		snprintf(detail, sizeof(detail), "row %d", i);
		audit_row_hash(prev, i, at, "root", "import", "candidates", 0,
		    detail, h);
		assert_int_equal(db_prepare(db, "INSERT INTO audit_log (id, "
		    "at, login, action, record_type, detail, prev_hash, "
		    "hash) VALUES (?, ?, 'root', 'import', 'candidates', ?, "
		    "?, ?)", &st), WB_OK);
		sqlite3_bind_int(st, 1, i);
		sqlite3_bind_text(st, 2, at, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, detail, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 4, prev, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 5, h, -1, SQLITE_STATIC);
		assert_int_equal(sqlite3_step(st), SQLITE_DONE);
		sqlite3_finalize(st);
		memcpy(prev, h, sizeof(h));
	}
}

/* Recompute rows from..to by the plain formula after a change. */
static void
replain(struct db *db, long long from, long long to)
{
	sqlite3_stmt	*st, *up;
	char		 prev[65], h[65];
	long long	 id;

	assert_int_equal(db_prepare(db, "SELECT id, at, login, action, "
	    "record_type, record_id, detail, prev_hash FROM audit_log WHERE "
	    "id BETWEEN ? AND ? ORDER BY id", &st), WB_OK);
	assert_int_equal(db_prepare(db, "UPDATE audit_log SET prev_hash = ?, "
	    "hash = ? WHERE id = ?", &up), WB_OK);
	sqlite3_bind_int64(st, 1, from);
	sqlite3_bind_int64(st, 2, to);
	prev[0] = '\0';
	while (sqlite3_step(st) == SQLITE_ROW) {
		id = sqlite3_column_int64(st, 0);
		if (prev[0] == '\0')
			snprintf(prev, sizeof(prev), "%s",
			    sqlite3_column_text(st, 7));
		audit_row_hash(prev, id, (const char *)sqlite3_column_text(st,
		    1), (const char *)sqlite3_column_text(st, 2),
		    (const char *)sqlite3_column_text(st, 3),
		    (const char *)sqlite3_column_text(st, 4),
		    sqlite3_column_int64(st, 5),
		    (const char *)sqlite3_column_text(st, 6), h);
		sqlite3_bind_text(up, 1, prev, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(up, 2, h, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int64(up, 3, id);
		assert_int_equal(sqlite3_step(up), SQLITE_DONE);
		sqlite3_reset(up);
		memcpy(prev, h, sizeof(h));
	}
	sqlite3_finalize(st);
	sqlite3_finalize(up);
}

/* An older log: the first keyed row seals it. */
static void
test_older_log_sealed(void **state)
{
	struct fx			*f = *state;
	struct audit_verify_result	 r;
	struct audit_key		 k;
	char				 err[256];

	plain_rows(f->db, 4);
	assert_int_equal(audit_verify(f->db, &r), WB_OK);
	assert_int_equal(r.keyed_from, 0);
	assert_int_equal(audit_seal(f->db, "anna"), WB_OK);
	assert_int_equal(audit_key_read(f->key, &k, err, sizeof(err)), WB_OK);
	assert_int_equal(k.from, 5);
	assert_int_equal(count(f->db, "SELECT count(*) FROM audit_log WHERE "
	    "id = 5 AND action = 'init' AND record_type = 'audit_key' AND "
	    "login = 'anna' AND detail LIKE '%\"sealed_rows\":4%'"), 1);
	assert_int_equal(count(f->db, "SELECT count(*) FROM audit_key WHERE "
	    "from_id = 5 AND sealed_head LIKE '4:%'"), 1);
	/* Sealing again does nothing. */
	assert_int_equal(audit_seal(f->db, "bert"), WB_OK);
	assert_int_equal(audit_append(f->db, "anna", "view", "candidate", 1,
	    NULL), WB_OK);
	assert_int_equal(audit_verify(f->db, &r), WB_OK);
	assert_int_equal(r.rows, 6);
	assert_int_equal(r.keyed_from, 5);
	assert_int_equal(r.head_id, 6);
	/* A row before the seal changed and the plain chain recomputed up
	 * to it: the seal's link breaks. */
	sql(f->db, "DROP TRIGGER audit_log_no_update;"
	    "UPDATE audit_log SET detail = 'row X' WHERE id = 2");
	replain(f->db, 2, 4);
	assert_int_equal(audit_verify(f->db, &r), WB_INVALID);
	assert_int_equal(r.broken_id, 5);
	assert_non_null(strstr(r.why, "prev_hash"));
}

/*
 * Someone who can write the database but not read the key rewrites a
 * row and recomputes the whole chain by the documented formula (plain
 * SHA-256), even removing the record of the key: verify says so.
 */
static void
test_rewrite_without_key(void **state)
{
	struct fx			*f = *state;
	struct audit_verify_result	 r;
	long long			 rows;
	int				 i;

	for (i = 0; i < 6; i++)
		assert_int_equal(audit_append(f->db, "anna", "view",
		    "candidate", i + 1, NULL), WB_OK);
	sql(f->db, "DROP TRIGGER audit_log_no_update;"
	    "UPDATE audit_log SET login = 'mallory' WHERE id = 3");
	replain(f->db, 1, 6);
	assert_int_equal(audit_verify(f->db, &r), WB_INVALID);
	assert_int_equal(r.broken_id, 1);
	/* Pretending the log never had a key. */
	sql(f->db, "DROP TRIGGER audit_key_no_delete; DELETE FROM audit_key");
	assert_int_equal(audit_verify(f->db, &r), WB_INVALID);
	assert_int_equal(r.broken_id, 1);
	assert_non_null(strstr(r.why, "no record of the key"));
	/* And nothing more is written on top of it. */
	rows = count(f->db, "SELECT count(*) FROM audit_log");
	assert_int_equal(audit_append(f->db, "anna", "view", NULL, 0, NULL),
	    WB_INVALID);
	assert_int_equal(count(f->db, "SELECT count(*) FROM audit_log"), rows);
}

/* Rows cut off before the keyed part begins. */
static void
test_cut_before_keyed(void **state)
{
	struct fx			*f = *state;
	struct audit_verify_result	 r;

	plain_rows(f->db, 3);
	assert_int_equal(audit_seal(f->db, "anna"), WB_OK);
	assert_int_equal(audit_append(f->db, "anna", "view", NULL, 0, NULL),
	    WB_OK);
	sql(f->db, "DROP TRIGGER audit_log_no_delete;"
	    "DELETE FROM audit_log WHERE id >= 4");
	assert_int_equal(audit_verify(f->db, &r), WB_INVALID);
	assert_int_equal(r.broken_id, 4);
	assert_non_null(strstr(r.why, "cut off"));
}

/* A missing or foreign key: nothing written, nothing verified. */
static void
test_missing_or_foreign_key(void **state)
{
	struct fx			*f = *state;
	struct audit_verify_result	 r;
	struct audit_key		 k;
	char				 err[256];

	assert_int_equal(audit_append(f->db, "anna", "init", NULL, 0, NULL),
	    WB_OK);
	assert_int_equal(unlink(f->key), 0);
	assert_int_equal(audit_append(f->db, "anna", "view", NULL, 0, NULL),
	    WB_DENIED);
	assert_non_null(strstr(db_error(f->db), "missing"));
	assert_int_equal(audit_verify(f->db, &r), WB_DENIED);
	assert_int_equal(count(f->db, "SELECT count(*) FROM audit_log"), 1);
	/* Another database's key, even from the same row. */
	assert_int_equal(audit_key_new(&k, 1, err, sizeof(err)), WB_OK);
	assert_int_equal(audit_key_write(f->key, f->tmp.path, &k, err,
	    sizeof(err)), WB_OK);
	assert_int_equal(audit_append(f->db, "anna", "view", NULL, 0, NULL),
	    WB_DENIED);
	assert_non_null(strstr(db_error(f->db), "not the audit key"));
	assert_int_equal(audit_verify(f->db, &r), WB_DENIED);
	assert_int_equal(count(f->db, "SELECT count(*) FROM audit_log"), 1);
}

/* A key file made by a first keying that did not commit is taken up. */
static void
test_interrupted_seal(void **state)
{
	struct fx			*f = *state;
	struct audit_verify_result	 r;
	struct audit_key		 k;
	char				 err[256], id[AUDIT_KEY_ID_LEN + 1];

	plain_rows(f->db, 2);
	assert_int_equal(audit_key_new(&k, 3, err, sizeof(err)), WB_OK);
	assert_int_equal(audit_key_write(f->key, f->tmp.path, &k, err,
	    sizeof(err)), WB_OK);
	memcpy(id, k.id, sizeof(id));
	assert_int_equal(audit_verify(f->db, &r), WB_OK);
	assert_int_equal(audit_seal(f->db, "anna"), WB_OK);
	assert_int_equal(count(f->db, "SELECT count(*) FROM audit_key"), 1);
	{
		sqlite3_stmt	*st;

		assert_int_equal(db_prepare(f->db, "SELECT key_id FROM "
		    "audit_key", &st), WB_OK);
		assert_int_equal(sqlite3_step(st), SQLITE_ROW);
		assert_string_equal((const char *)sqlite3_column_text(st, 0),
		    id);
		sqlite3_finalize(st);
	}
	assert_int_equal(audit_verify(f->db, &r), WB_OK);
	assert_int_equal(r.keyed_from, 3);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hmac_rfc4231),
		cmocka_unit_test_setup_teardown(test_key_file, setup, teardown),
		cmocka_unit_test_setup_teardown(test_new_log_keyed, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_older_log_sealed, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_rewrite_without_key, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_cut_before_keyed, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_missing_or_foreign_key,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_interrupted_seal, setup,
		    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
