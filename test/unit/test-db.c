/*
 * test-db.c: the connection: opening and creating files, pragmas, the
 * journal policy, network file systems, transactions, change detection,
 * and the rules the schema itself enforces.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "werkbank/db.h"

#include "tmpdb.h"

static char	dir[1024];

/* A path in this run's temporary directory. */
static const char *
path(const char *name)
{
	static char	buf[4][1400];
	static int	i;

	i = (i + 1) % 4;
	snprintf(buf[i], sizeof(buf[i]), "%s/%s", dir, name);
	return buf[i];
}

static int
setup_dir(void **state)
{
	(void)state;
	return tmpdb_mkdir(dir, sizeof(dir), "test-db");
}

/* Remove what a failed test left behind, then the directory. */
static int
teardown_dir(void **state)
{
	DIR		*d;
	struct dirent	*e;

	(void)state;
	if ((d = opendir(dir)) != NULL) {
		while ((e = readdir(d)) != NULL)
			if (strcmp(e->d_name, ".") != 0 &&
			    strcmp(e->d_name, "..") != 0)
				unlink(path(e->d_name));
		closedir(d);
	}
	return rmdir(dir);
}

/* A new database at name, open; fails the test otherwise. */
static struct db *
create(const char *name)
{
	struct db	*db = NULL;
	enum wb_status	 st;

	tmpdb_unlink(path(name));
	st = db_open(&db, path(name), DB_OPEN_CREATE);
	if (st != WB_OK)
		fail_msg("db_open(%s, CREATE): %d %s", name, (int)st,
		    db_error(db));
	return db;
}

static long long
query(struct db *db, const char *sql)
{
	long long	v = -1;

	if (db_query_int(db, sql, &v) != WB_OK)
		fail_msg("%s: %s", sql, db_error(db));
	return v;
}

static void
test_open_missing(void **state)
{
	struct db	*db = NULL;
	struct stat	 sb;

	(void)state;
	assert_int_equal(db_open(&db, path("missing.db"), DB_OPEN_EXISTING),
	    WB_NO_DB);
	assert_non_null(db);
	assert_non_null(strstr(db_error(db), "missing.db"));
	db_close(db);
	assert_int_equal(stat(path("missing.db"), &sb), -1);
	assert_int_equal(stat(path("missing.db-journal"), &sb), -1);
	db_close(NULL);
}

static void
test_open_directory(void **state)
{
	struct db	*db = NULL;

	(void)state;
	assert_int_equal(mkdir(path("adir"), 0700), 0);
	assert_int_not_equal(db_open(&db, path("adir"), DB_OPEN_EXISTING),
	    WB_OK);
	db_close(db);
	assert_int_equal(rmdir(path("adir")), 0);
}

static void
create_with_umask(mode_t mask)
{
	struct db	*db;
	struct stat	 sb;
	mode_t		 old = umask(mask);

	db = create("mode.db");
	umask(old);
	assert_int_equal(stat(path("mode.db"), &sb), 0);
	assert_int_equal(sb.st_mode & 07777, 0660);
	assert_int_equal(db_file_mode(db), 0660);
	db_close(db);
	tmpdb_unlink(path("mode.db"));
}

static void
test_create_mode(void **state)
{
	(void)state;
	create_with_umask(022);
	create_with_umask(077);
	create_with_umask(0);
	create_with_umask(027);
}

static void
test_create_refuses_existing(void **state)
{
	struct db	*db = NULL;
	struct stat	 sb;
	int		 fd;

	(void)state;
	fd = open(path("taken"), O_WRONLY | O_CREAT | O_TRUNC, 0600);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, "not yours", 9), 9);
	close(fd);
	assert_int_equal(db_open(&db, path("taken"), DB_OPEN_CREATE), WB_EXISTS);
	db_close(db);
	assert_int_equal(stat(path("taken"), &sb), 0);
	assert_int_equal(sb.st_size, 9);
	assert_int_equal(sb.st_mode & 07777, 0600);
	unlink(path("taken"));
}

static void
test_pragmas(void **state)
{
	struct db	*db = create("pragmas.db");
	const char	*why = NULL, *mode, *policy, *pwhy = NULL;
	sqlite3_stmt	*stmt;

	(void)state;
	assert_int_equal(query(db, "PRAGMA foreign_keys"), 1);
	assert_int_equal(query(db, "PRAGMA synchronous"), 2);	/* FULL */
	assert_int_equal(query(db, "PRAGMA secure_delete"), 1);
	assert_int_equal(query(db, "PRAGMA trusted_schema"), 0);
	assert_int_equal(query(db, "PRAGMA application_id"), DB_APPLICATION_ID);

	policy = db_journal_policy(sqlite3_libversion_number(), &pwhy);
	mode = db_journal_mode(db, &why);
	assert_string_equal(mode, policy);
	assert_non_null(why);
	assert_ptr_equal(why, pwhy);
	assert_int_equal(db_prepare(db, "PRAGMA journal_mode", &stmt), WB_OK);
	assert_int_equal(sqlite3_step(stmt), SQLITE_ROW);
	assert_string_equal((const char *)sqlite3_column_text(stmt, 0), policy);
	sqlite3_finalize(stmt);
	assert_string_equal(db_path(db), path("pragmas.db"));
	db_close(db);

	/* Reopened, the same. */
	assert_int_equal(db_open(&db, path("pragmas.db"), DB_OPEN_EXISTING),
	    WB_OK);
	assert_int_equal(query(db, "PRAGMA foreign_keys"), 1);
	assert_int_equal(query(db, "PRAGMA synchronous"), 2);
	assert_int_equal(query(db, "PRAGMA secure_delete"), 1);
	assert_int_equal(query(db, "PRAGMA trusted_schema"), 0);
	db_close(db);
	tmpdb_unlink(path("pragmas.db"));
}

static void
test_journal_policy(void **state)
{
	static const struct {
		int		 version;
		const char	*mode;
	} cases[] = {
		{ 3040001, "delete" },
		{ 3044005, "delete" },
		{ 3044006, "wal" },
		{ 3044099, "wal" },
		{ 3045000, "delete" },
		{ 3046001, "delete" },
		{ 3050006, "delete" },
		{ 3050007, "wal" },
		{ 3051000, "delete" },
		{ 3051002, "delete" },
		{ 3051003, "wal" },
		{ 3052000, "wal" },
		{ 3999999, "wal" },
	};
	const char	*why;
	size_t		 i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		why = NULL;
		if (strcmp(db_journal_policy(cases[i].version, &why),
		    cases[i].mode) != 0)
			fail_msg("SQLite %d: expected %s", cases[i].version,
			    cases[i].mode);
		assert_non_null(why);
		assert_true(strlen(why) > 10);
	}
}

static void
test_network_fs(void **state)
{
	(void)state;
	assert_string_equal(db_network_fs_name(0x6969), "NFS");
	assert_string_equal(db_network_fs_name(0xff534d42), "CIFS");
	assert_string_equal(db_network_fs_name(0xfe534d42), "SMB2");
	assert_string_equal(db_network_fs_name(0x517b), "SMB");
	assert_string_equal(db_network_fs_name(0x65735546), "FUSE");
	/* f_type is a signed long: CIFS's magic sign-extended. */
	assert_string_equal(db_network_fs_name((unsigned long)(long)(int)0xff534d42),
	    "CIFS");
	assert_null(db_network_fs_name(0xef53));	/* ext4 */
	assert_null(db_network_fs_name(0x01021994));	/* tmpfs */
	assert_null(db_network_fs_name(0x9123683e));	/* btrfs */
	assert_null(db_network_fs_name(0x58465342));	/* xfs */
	assert_null(db_network_fs_name(0x794c7630));	/* overlayfs */
	assert_null(db_network_fs_name(0));
}

static void
test_transactions(void **state)
{
	struct db	*db = create("tx.db");

	(void)state;
	assert_false(db_in_transaction(db));
	assert_int_equal(db_begin(db), WB_OK);
	assert_true(db_in_transaction(db));
	assert_int_not_equal(db_begin(db), WB_OK);	/* no nesting */
	assert_int_equal(db_exec(db, "INSERT INTO setting (key, value) "
	    "VALUES ('t1', 'a')"), WB_OK);
	db_rollback(db);
	assert_false(db_in_transaction(db));
	assert_int_equal(query(db, "SELECT count(*) FROM setting WHERE key = 't1'"), 0);

	assert_int_equal(db_begin(db), WB_OK);
	assert_int_equal(db_exec(db, "INSERT INTO setting (key, value) "
	    "VALUES ('t2', 'b')"), WB_OK);
	assert_int_equal(db_commit(db), WB_OK);
	assert_false(db_in_transaction(db));
	assert_int_equal(query(db, "SELECT count(*) FROM setting WHERE key = 't2'"), 1);

	/* A failed statement inside a transaction, then rollback. */
	assert_int_equal(db_begin(db), WB_OK);
	assert_int_equal(db_exec(db, "INSERT INTO setting (key, value) "
	    "VALUES ('t3', 'c')"), WB_OK);
	assert_int_not_equal(db_exec(db, "INSERT INTO setting (key, value) "
	    "VALUES ('t2', 'dup')"), WB_OK);
	db_rollback(db);
	assert_int_equal(query(db, "SELECT count(*) FROM setting WHERE key = 't3'"), 0);

	/* Closing with a transaction open rolls it back. */
	assert_int_equal(db_begin(db), WB_OK);
	assert_int_equal(db_exec(db, "INSERT INTO setting (key, value) "
	    "VALUES ('t4', 'd')"), WB_OK);
	db_close(db);
	assert_int_equal(db_open(&db, path("tx.db"), DB_OPEN_EXISTING), WB_OK);
	assert_int_equal(query(db, "SELECT count(*) FROM setting WHERE key = 't4'"), 0);
	db_close(db);
	tmpdb_unlink(path("tx.db"));
}

/* A second connection's commit shows in db_changed() once. */
static void
test_changed(void **state)
{
	struct db	*a = create("changed.db"), *b = NULL;

	(void)state;
	assert_int_equal(db_open(&b, path("changed.db"), DB_OPEN_EXISTING), WB_OK);
	assert_int_equal(db_changed(a), 0);
	assert_int_equal(db_changed(b), 0);

	assert_int_equal(db_begin(b), WB_OK);
	assert_int_equal(db_exec(b, "UPDATE setting SET value = '7' "
	    "WHERE key = 'durable_months'"), WB_OK);
	assert_int_equal(db_commit(b), WB_OK);
	assert_int_equal(db_changed(a), 1);
	assert_int_equal(db_changed(a), 0);
	assert_int_equal(db_changed(b), 0);	/* its own commit */

	/* A's own change does not count for A, but does for B. */
	assert_int_equal(db_exec(a, "UPDATE setting SET value = '6' "
	    "WHERE key = 'durable_months'"), WB_OK);
	assert_int_equal(db_changed(a), 0);
	assert_int_equal(db_changed(b), 1);
	assert_int_equal(db_changed(b), 0);

	/* A rolled-back change is no change. */
	assert_int_equal(db_begin(b), WB_OK);
	assert_int_equal(db_exec(b, "UPDATE setting SET value = '9' "
	    "WHERE key = 'durable_months'"), WB_OK);
	db_rollback(b);
	assert_int_equal(db_changed(a), 0);
	db_close(b);
	db_close(a);
	tmpdb_unlink(path("changed.db"));
}

static void
test_audit_append_only(void **state)
{
	struct db	*db = create("audit.db");

	(void)state;
	assert_int_equal(db_exec(db, "INSERT INTO audit_log (login, action) "
	    "VALUES ('tester', 'init')"), WB_OK);
	assert_int_not_equal(db_exec(db, "UPDATE audit_log SET login = 'x'"),
	    WB_OK);
	assert_non_null(strstr(db_error(db), "append-only"));
	assert_int_not_equal(db_exec(db, "DELETE FROM audit_log"), WB_OK);
	assert_non_null(strstr(db_error(db), "append-only"));
	assert_int_equal(query(db, "SELECT count(*) FROM audit_log WHERE "
	    "login = 'tester'"), 1);
	assert_int_not_equal(db_exec(db, "INSERT INTO audit_log (login, action) "
	    "VALUES ('tester', 'hack')"), WB_OK);
	db_close(db);
	tmpdb_unlink(path("audit.db"));
}

/* Reference rows a candidate and a vacancy need. */
static const char fixture[] =
    "INSERT INTO municipality (code, name) VALUES ('0119', 'Meppel');"
    "INSERT INTO pc4 (code, place, municipality_code, lat, lon) "
    "  VALUES ('7941', 'Meppel', '0119', 52.69, 6.19);"
    "INSERT INTO isco_group (code, level, title_en, title_nl) "
    "  VALUES ('9', 1, 'Elementary', 'Elementair');"
    "INSERT INTO isco_group (code, level, parent_code, title_en, title_nl) "
    "  VALUES ('93', 2, '9', 'Labourers', 'Hulpkrachten');"
    "INSERT INTO isco_group (code, level, parent_code, title_en, title_nl) "
    "  VALUES ('933', 3, '93', 'Transport', 'Transport');"
    "INSERT INTO isco_group (code, level, parent_code, title_en, title_nl) "
    "  VALUES ('9333', 4, '933', 'Freight handlers', 'Vrachtbehandelaars');"
    "INSERT INTO partner (id, code, name, kind, municipality_code) "
    "  VALUES (1, 'MEP', 'Gemeente Meppel', 'gemeente', '0119');"
    "INSERT INTO employer (id, name, name_key, pc4) "
    "  VALUES (1, 'Bakkerij', 'bakkerij', '7941');";

#define CANDIDATE(status, reg) \
    "INSERT INTO candidate (partner_id, ref, first_name, last_name, pc4, " \
    "target_group, consent, status, registered_on) VALUES (1, 'K' || " \
    "(SELECT count(*) FROM candidate), 'A', 'B', '7941', 'nug', 1, " \
    status ", " reg ")"

#define VACANCY(status, closed) \
    "INSERT INTO vacancy (partner_id, ref, employer_id, title, isco_code, " \
    "pc4, collected_on, status, closed_on) VALUES (1, 'V' || " \
    "(SELECT count(*) FROM vacancy), 1, 'Magazijn', '9333', '7941', " \
    "'2026-01-05', " status ", " closed ")"

static void
refuse(struct db *db, const char *sql)
{
	if (db_exec(db, sql) == WB_OK)
		fail_msg("the schema accepted: %s", sql);
}

static void
accept(struct db *db, const char *sql)
{
	if (db_exec(db, sql) != WB_OK)
		fail_msg("the schema refused: %s: %s", sql, db_error(db));
}

static void
test_schema_checks(void **state)
{
	struct db	*db = create("checks.db");

	(void)state;
	accept(db, fixture);
	accept(db, CANDIDATE("'beschikbaar'", "'2026-01-05'"));
	refuse(db, CANDIDATE("'foo'", "'2026-01-05'"));
	refuse(db, CANDIDATE("'beschikbaar'", "'05-01-2026'"));
	refuse(db, CANDIDATE("'beschikbaar'", "'2026-1-5'"));
	refuse(db, CANDIDATE("'beschikbaar'", "NULL"));
	/* A foreign key to nothing. */
	refuse(db, "INSERT INTO candidate (partner_id, ref, first_name, "
	    "last_name, pc4, target_group, consent, registered_on) VALUES "
	    "(99, 'X1', 'A', 'B', '7941', 'nug', 1, '2026-01-05')");
	refuse(db, "INSERT INTO candidate (partner_id, ref, first_name, "
	    "last_name, pc4, target_group, consent, registered_on) VALUES "
	    "(1, 'X2', 'A', 'B', '9999', 'nug', 1, '2026-01-05')");
	/* STRICT: no text in an integer column. */
	refuse(db, "UPDATE partner SET version = 'two' WHERE id = 1");
	refuse(db, "INSERT INTO partner (code, name, kind) VALUES "
	    "('BAD', 'Bad', 'bedrijf')");

	/* vacancy: closed_on is set exactly when it is no longer open. */
	accept(db, VACANCY("'open'", "NULL"));
	accept(db, VACANCY("'on_hold'", "NULL"));
	accept(db, VACANCY("'vervuld'", "'2026-03-01'"));
	accept(db, VACANCY("'ingetrokken'", "'2026-03-01'"));
	refuse(db, VACANCY("'vervuld'", "NULL"));
	refuse(db, VACANCY("'verlopen'", "NULL"));
	refuse(db, VACANCY("'open'", "'2026-03-01'"));
	refuse(db, VACANCY("'on_hold'", "'2026-03-01'"));
	refuse(db, VACANCY("'gesloten'", "'2026-03-01'"));
	refuse(db, VACANCY("'vervuld'", "'2026-13-01'"));
	db_close(db);
	tmpdb_unlink(path("checks.db"));
}

/*
 * Dates are stored as real calendar days: `date(x) IS x` alone lets
 * 2026-02-30 through on SQLite before 3.42 (its date() does not
 * normalize without a modifier).
 */
static void
test_schema_dates(void **state)
{
	struct db	*db = create("dates.db");

	(void)state;
	accept(db, fixture);
	accept(db, CANDIDATE("'beschikbaar'", "'2024-02-29'"));
	refuse(db, CANDIDATE("'beschikbaar'", "'2026-02-30'"));
	refuse(db, CANDIDATE("'beschikbaar'", "'2025-02-29'"));
	refuse(db, CANDIDATE("'beschikbaar'", "'2026-04-31'"));
	refuse(db, VACANCY("'vervuld'", "'2026-06-31'"));
	db_close(db);
	tmpdb_unlink(path("dates.db"));
}

static void
test_integrity(void **state)
{
	struct db	*db = create("integrity.db");
	char		*report = (char *)"x";
	long long	 n = -1;

	(void)state;
	assert_int_equal(db_integrity(db, &report), WB_OK);
	assert_null(report);
	assert_int_equal(db_foreign_key_faults(db, &n), WB_OK);
	assert_int_equal(n, 0);
	accept(db, "PRAGMA foreign_keys = OFF");
	accept(db, "INSERT INTO partner (code, name, kind, municipality_code) "
	    "VALUES ('ZZ', 'Z', 'overig', '9999')");
	assert_int_equal(db_foreign_key_faults(db, &n), WB_OK);
	assert_int_equal(n, 1);
	db_close(db);
	tmpdb_unlink(path("integrity.db"));
}

/* Files that are not werkbank databases are refused. */
static void
test_not_werkbank(void **state)
{
	struct db	*db = NULL;
	sqlite3		*other;
	FILE		*fp;
	int		 i;

	(void)state;
	fp = fopen(path("random.db"), "w");
	assert_non_null(fp);
	for (i = 0; i < 4096; i++)
		fputc((i * 7919 + 13) & 0xff, fp);
	fclose(fp);
	assert_int_equal(db_open(&db, path("random.db"), DB_OPEN_EXISTING), WB_DB);
	assert_non_null(strstr(db_error(db), "not a werkbank database"));
	db_close(db);
	tmpdb_unlink(path("random.db"));

	assert_int_equal(sqlite3_open(path("other.db"), &other), SQLITE_OK);
	assert_int_equal(sqlite3_exec(other, "CREATE TABLE x(a)", NULL, NULL,
	    NULL), SQLITE_OK);
	sqlite3_close(other);
	assert_int_equal(db_open(&db, path("other.db"), DB_OPEN_EXISTING), WB_DB);
	assert_non_null(strstr(db_error(db), "not a werkbank database"));
	db_close(db);
	tmpdb_unlink(path("other.db"));
}

static void
test_set_error(void **state)
{
	struct db	*db = create("error.db");

	(void)state;
	assert_int_equal(db_set_error(db, WB_INVALID, "bad %s %d", "value", 7),
	    WB_INVALID);
	assert_string_equal(db_error(db), "bad value 7");
	assert_int_equal(db_exec(db, "SELECT * FROM no_such_table"), WB_DB);
	assert_non_null(strstr(db_error(db), "no_such_table"));
	db_close(db);
	tmpdb_unlink(path("error.db"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_open_missing),
		cmocka_unit_test(test_open_directory),
		cmocka_unit_test(test_create_mode),
		cmocka_unit_test(test_create_refuses_existing),
		cmocka_unit_test(test_pragmas),
		cmocka_unit_test(test_journal_policy),
		cmocka_unit_test(test_network_fs),
		cmocka_unit_test(test_transactions),
		cmocka_unit_test(test_changed),
		cmocka_unit_test(test_audit_append_only),
		cmocka_unit_test(test_schema_checks),
		cmocka_unit_test(test_schema_dates),
		cmocka_unit_test(test_integrity),
		cmocka_unit_test(test_not_werkbank),
		cmocka_unit_test(test_set_error),
	};

	return cmocka_run_group_tests(tests, setup_dir, teardown_dir);
}
