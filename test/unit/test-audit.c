/*
 * test-audit.c: SHA-256 against the FIPS 180-4 / NIST example vectors,
 * and the audit log's hash chain: rows chain, verify passes, a row
 * changed, removed or inserted behind the triggers' back is caught at
 * the right id (and recomputing the chain without the key does not hide
 * it), rows from before the chain are sealed by the first hashed row,
 * and audit_last / audit_table read rows back.  The key itself, HMAC and
 * the sealing of an older log: test-auditkey.c.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "werkbank/audit.h"
#include "werkbank/auditkey.h"
#include "werkbank/db.h"
#include "werkbank/sha256.h"
#include "werkbank/table.h"

#include "tmpdb.h"

struct fx {
	struct tmpdb	 tmp;
	struct db	*db;
};

static void
hex_of(const char *msg, char out[65])
{
	sha256_hex(msg, strlen(msg), out);
}

static void
test_sha256_vectors(void **state)
{
	char	h[65];

	(void)state;
	hex_of("abc", h);
	assert_string_equal(h, "ba7816bf8f01cfea414140de5dae2223"
	    "b00361a396177a9cb410ff61f20015ad");
	hex_of("", h);
	assert_string_equal(h, "e3b0c44298fc1c149afbf4c8996fb924"
	    "27ae41e4649b934ca495991b7852b855");
	hex_of("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", h);
	assert_string_equal(h, "248d6a61d20638b8e5c026930c3e6039"
	    "a33ce45964ff2167f6ecedd419db06c1");
	hex_of("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmn"
	    "hijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu", h);
	assert_string_equal(h, "cf5b16a778af8380036ce59e7b049237"
	    "0b249b11e8f07a51afac45037afee9d1");
}

static void
test_sha256_million_a(void **state)
{
	struct sha256	s;
	uint8_t		d[SHA256_DIGEST_LEN];
	char		a[1000], h[65];
	int		i;

	(void)state;
	memset(a, 'a', sizeof(a));
	sha256_init(&s);
	for (i = 0; i < 1000; i++)
		sha256_update(&s, a, sizeof(a));
	sha256_final(&s, d);
	sha256_to_hex(d, h);
	assert_string_equal(h, "cdc76e5c9914fb9281a1c7e284d73e67"
	    "f1809a48a497200e046d39ccc7112cd0");
}

/* Any way of cutting the input gives the same digest (block edges). */
static void
test_sha256_incremental(void **state)
{
	const char	*msg = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomn"
			    "opnopqabcdbcdecdefdefgefghfghighijhijkijkljklmklmn"
			    "lmnomnopnopq";
	size_t		 len = strlen(msg), cut1, cut2;
	char		 want[65], h[65];
	uint8_t		 d[SHA256_DIGEST_LEN];
	struct sha256	 s;

	(void)state;
	sha256_hex(msg, len, want);
	for (cut1 = 0; cut1 <= len; cut1 += 7)
		for (cut2 = cut1; cut2 <= len; cut2 += 13) {
			sha256_init(&s);
			sha256_update(&s, msg, cut1);
			sha256_update(&s, msg + cut1, cut2 - cut1);
			sha256_update(&s, msg + cut2, len - cut2);
			sha256_final(&s, d);
			sha256_to_hex(d, h);
			assert_string_equal(h, want);
		}
	/* 55, 56 and 64 bytes: the padding edge cases (digests from
	 * Python's hashlib). */
	{
		char	buf[65];

		memset(buf, 'x', sizeof(buf));
		sha256_hex(buf, 55, h);
		assert_string_equal(h, "d5e285683cd4efc02d021a5c62014694"
		    "958901005d6f71e89e0989fac77e4072");
		sha256_hex(buf, 56, h);
		assert_string_equal(h, "04c26261370ee7541549d16dee320c72"
		    "3e3fd14671e66a099afe0a377c16888e");
		sha256_hex(buf, 64, h);
		assert_string_equal(h, "7ce100971f64e7001e8fe5a51973ecdf"
		    "e1ced42befe7ee8d5fd6219506b5393c");
	}
}

static void
sql(struct db *db, const char *s)
{
	if (db_exec(db, s) != WB_OK)
		fail_msg("%s: %s", s, db_error(db));
}

static int
setup(void **state)
{
	struct fx	*f = calloc(1, sizeof(*f));

	if (tmpdb_open(&f->tmp, &f->db, "test-audit", NULL) != 0)
		return -1;
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fx	*f = *state;

	tmpdb_close(&f->tmp, f->db);
	free(f);
	return 0;
}

static void
append_some(struct db *db, int n)
{
	char	detail[32];
	int	i;

	for (i = 0; i < n; i++) {
		snprintf(detail, sizeof(detail), "row %d", i);
		assert_int_equal(audit_append(db, "anna", i % 2 ? "view" :
		    "update", i % 3 ? "candidate" : NULL, i % 3 ? i : 0,
		    i % 4 ? detail : NULL), WB_OK);
	}
}

static void
test_chain_verifies(void **state)
{
	struct fx			*f = *state;
	struct audit_verify_result	 r;
	long long			 n;

	assert_int_equal(audit_verify(f->db, &r), WB_OK);
	assert_int_equal(r.rows, 0);
	append_some(f->db, 10);
	/* In the caller's transaction too. */
	assert_int_equal(db_begin(f->db), WB_OK);
	assert_int_equal(audit_append(f->db, "bert", "export", "report", 0,
	    "x"), WB_OK);
	assert_int_equal(audit_append(f->db, "bert", "export", "report", 0,
	    "y"), WB_OK);
	assert_int_equal(db_commit(f->db), WB_OK);
	assert_int_equal(audit_verify(f->db, &r), WB_OK);
	assert_int_equal(r.rows, 12);
	assert_int_equal(r.legacy, 0);
	assert_int_equal(r.head_id, 12);
	assert_int_equal(r.broken_id, 0);
	/* Each row's prev_hash is the hash of the row before. */
	assert_int_equal(db_query_int(f->db, "SELECT count(*) FROM audit_log "
	    "a JOIN audit_log b ON b.id = a.id - 1 WHERE a.prev_hash = b.hash",
	    &n), WB_OK);
	assert_int_equal(n, 11);
	/* The stored head is what verify computed. */
	assert_int_equal(db_query_int(f->db, "SELECT count(*) FROM audit_log "
	    "WHERE id = 12 AND length(hash) = 64", &n), WB_OK);
	assert_int_equal(n, 1);
}

static void
test_triggers_refuse(void **state)
{
	struct fx	*f = *state;

	append_some(f->db, 2);
	assert_int_not_equal(db_exec(f->db, "UPDATE audit_log SET detail = "
	    "'x' WHERE id = 1"), WB_OK);
	assert_int_not_equal(db_exec(f->db, "DELETE FROM audit_log WHERE "
	    "id = 1"), WB_OK);
}

/* Set row id's hash to h. */
static void
set_hash(struct db *db, long long id, const char *h)
{
	sqlite3_stmt	*st;

	assert_int_equal(db_prepare(db, "UPDATE audit_log SET hash = ? WHERE "
	    "id = ?", &st), WB_OK);
	sqlite3_bind_text(st, 1, h, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, id);
	assert_int_equal(sqlite3_step(st), SQLITE_DONE);
	sqlite3_finalize(st);
}

/* Row 5 recomputed after login became mallory: with key NULL by the
 * plain SHA-256 formula, else under the key. */
static void
recompute_row5(struct db *db, const uint8_t *key)
{
	char		 h[65], prev[65];
	sqlite3_stmt	*st;

	assert_int_equal(db_prepare(db, "SELECT prev_hash, at, action, "
	    "record_type, record_id, detail FROM audit_log WHERE id = 5",
	    &st), WB_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	snprintf(prev, sizeof(prev), "%s", sqlite3_column_text(st, 0));
	if (key == NULL)
		audit_row_hash(prev, 5, (const char *)sqlite3_column_text(st,
		    1), "mallory", (const char *)sqlite3_column_text(st, 2),
		    (const char *)sqlite3_column_text(st, 3),
		    sqlite3_column_int64(st, 4),
		    (const char *)sqlite3_column_text(st, 5), h);
	else
		audit_row_mac(key, prev, 5,
		    (const char *)sqlite3_column_text(st, 1), "mallory",
		    (const char *)sqlite3_column_text(st, 2),
		    (const char *)sqlite3_column_text(st, 3),
		    sqlite3_column_int64(st, 4),
		    (const char *)sqlite3_column_text(st, 5), h);
	sqlite3_finalize(st);
	set_hash(db, 5, h);
}

static void
test_changed_row_caught(void **state)
{
	struct fx			*f = *state;
	struct audit_verify_result	 r;
	struct audit_key		 k;
	char				*file, err[256];

	append_some(f->db, 8);
	sql(f->db, "DROP TRIGGER audit_log_no_update;"
	    "UPDATE audit_log SET login = 'mallory' WHERE id = 5");
	assert_int_equal(audit_verify(f->db, &r), WB_INVALID);
	assert_int_equal(r.broken_id, 5);
	assert_non_null(strstr(r.why, "contents"));
	/* The documented formula without the key does not help. */
	recompute_row5(f->db, NULL);
	assert_int_equal(audit_verify(f->db, &r), WB_INVALID);
	assert_int_equal(r.broken_id, 5);
	assert_non_null(strstr(r.why, "under the key"));
	/* With the key, that row verifies, and the next one breaks. */
	file = audit_key_path(f->tmp.path);
	assert_int_equal(audit_key_read(file, &k, err, sizeof(err)), WB_OK);
	free(file);
	recompute_row5(f->db, k.key);
	assert_int_equal(audit_verify(f->db, &r), WB_INVALID);
	assert_int_equal(r.broken_id, 6);
	assert_non_null(strstr(r.why, "prev_hash"));
}

static void
test_removed_row_caught(void **state)
{
	struct fx			*f = *state;
	struct audit_verify_result	 r;

	append_some(f->db, 6);
	sql(f->db, "DROP TRIGGER audit_log_no_delete;"
	    "DELETE FROM audit_log WHERE id = 3");
	assert_int_equal(audit_verify(f->db, &r), WB_INVALID);
	assert_int_equal(r.broken_id, 4);
}

static void
test_inserted_row_caught(void **state)
{
	struct fx			*f = *state;
	struct audit_verify_result	 r;

	append_some(f->db, 4);
	sql(f->db, "INSERT INTO audit_log (login, action) VALUES "
	    "('mallory', 'view')");
	assert_int_equal(audit_verify(f->db, &r), WB_INVALID);
	assert_int_equal(r.broken_id, 5);
	assert_non_null(strstr(r.why, "no hash"));
	/* And the log refuses to grow on a broken chain's unhashed tail. */
	assert_int_not_equal(audit_append(f->db, "anna", "view", NULL, 0,
	    NULL), WB_OK);
}

static void
test_null_versus_empty(void **state)
{
	struct fx			*f = *state;
	struct audit_verify_result	 r;

	assert_int_equal(audit_append(f->db, "anna", "view", NULL, 0, ""),
	    WB_OK);
	assert_int_equal(audit_append(f->db, "anna", "view", NULL, 0, NULL),
	    WB_OK);
	assert_int_equal(audit_verify(f->db, &r), WB_OK);
	sql(f->db, "DROP TRIGGER audit_log_no_update;"
	    "UPDATE audit_log SET detail = NULL WHERE id = 1");
	assert_int_equal(audit_verify(f->db, &r), WB_INVALID);
	assert_int_equal(r.broken_id, 1);
}

/* Rows from before the chain: a prefix, sealed by the first hashed row. */
static void
test_legacy_rows(void **state)
{
	struct fx			*f = *state;
	struct audit_verify_result	 r;

	sql(f->db, "INSERT INTO audit_log (login, action, detail) VALUES "
	    "('root', 'init', NULL), ('root', 'import', 'candidates')");
	assert_int_equal(audit_verify(f->db, &r), WB_OK);
	assert_int_equal(r.legacy, 2);
	append_some(f->db, 3);
	/* The first keyed row is the seal (3), then the three. */
	assert_int_equal(audit_verify(f->db, &r), WB_OK);
	assert_int_equal(r.rows, 6);
	assert_int_equal(r.legacy, 2);
	assert_int_equal(r.keyed_from, 3);
	assert_int_equal(r.head_id, 6);
	sql(f->db, "DROP TRIGGER audit_log_no_update;"
	    "UPDATE audit_log SET detail = 'vacancies' WHERE id = 2");
	assert_int_equal(audit_verify(f->db, &r), WB_INVALID);
	assert_int_equal(r.broken_id, 3);
}

static void
test_last_and_table(void **state)
{
	struct fx		*f = *state;
	struct audit_entry	 e;
	struct audit_filter	 flt;
	struct table		*t;

	assert_int_equal(audit_last(f->db, "proposal", 7, &e), WB_NOT_FOUND);
	assert_int_equal(audit_append(f->db, "anna", "propose", "proposal", 7,
	    "vacancy=1 candidate=2"), WB_OK);
	assert_int_equal(audit_append(f->db, "bert", "advance", "proposal", 7,
	    "step=interview"), WB_OK);
	assert_int_equal(audit_append(f->db, "bert", "view", "candidate", 2,
	    NULL), WB_OK);
	assert_int_equal(audit_last(f->db, "proposal", 7, &e), WB_OK);
	assert_string_equal(e.login, "bert");
	assert_string_equal(e.action, "advance");
	assert_string_equal(e.detail, "step=interview");
	assert_int_equal(e.id, 2);
	assert_int_equal(strlen(e.at), 23);

	memset(&flt, 0, sizeof(flt));
	flt.login = "bert";
	assert_int_equal(audit_table(f->db, &flt, &t), WB_OK);
	assert_int_equal(table_rows(t), 2);
	table_free(t);
	memset(&flt, 0, sizeof(flt));
	flt.record_type = "proposal";
	flt.record_id = 7;
	assert_int_equal(audit_table(f->db, &flt, &t), WB_OK);
	assert_int_equal(table_rows(t), 2);
	table_free(t);
	flt.since = "2999-01-01";
	assert_int_equal(audit_table(f->db, &flt, &t), WB_OK);
	assert_int_equal(table_rows(t), 0);
	table_free(t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sha256_vectors),
		cmocka_unit_test(test_sha256_million_a),
		cmocka_unit_test(test_sha256_incremental),
		cmocka_unit_test_setup_teardown(test_chain_verifies, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_triggers_refuse, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_changed_row_caught, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_removed_row_caught, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_inserted_row_caught, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_null_versus_empty, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_legacy_rows, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_last_and_table, setup,
		    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
