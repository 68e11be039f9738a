/*
 * test-migrate.c: the schema migrations: numbering, reaching the newest
 * version, refusing a newer file, and the conventions every table keeps
 * (STRICT, a version counter on rows people edit).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "werkbank/db.h"
#include "werkbank/embed.h"

#include "tmpdb.h"

static char	file[1024];
static char	dir[900];

static int
setup(void **state)
{
	(void)state;
	if (tmpdb_mkdir(dir, sizeof(dir), "test-migrate") != 0)
		return -1;
	snprintf(file, sizeof(file), "%s/m.db", dir);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	tmpdb_unlink(file);
	return rmdir(dir);
}

static struct db *
fresh(void)
{
	struct db	*db = NULL;
	enum wb_status	 st;

	unlink(file);
	st = db_open(&db, file, DB_OPEN_CREATE);
	if (st != WB_OK)
		fail_msg("db_open: %s", db_error(db));
	return db;
}

static void
test_numbering(void **state)
{
	int	i, n = db_schema_latest();
	char	want[16];

	(void)state;
	assert_true(n >= 1);
	for (i = 0; migrations[i].name != NULL; i++) {
		const char *name = migrations[i].name;

		snprintf(want, sizeof(want), "%03d-", i + 1);
		if (strncmp(name, want, 4) != 0)
			fail_msg("migration %d is '%s', expected '%s...'", i,
			    name, want);
		assert_true(strlen(name) > 8);
		assert_string_equal(name + strlen(name) - 4, ".sql");
		assert_non_null(migrations[i].data);
		assert_int_equal(strlen(migrations[i].data), migrations[i].len);
		assert_true(migrations[i].len > 0);
	}
	assert_int_equal(i, n);
}

/* migrate.c sets user_version and owns the transaction. */
static void
test_migration_text(void **state)
{
	int	i;

	(void)state;
	for (i = 0; migrations[i].name != NULL; i++) {
		const char *sql = migrations[i].data, *p;

		for (p = sql; *p != '\0'; p++) {
			if (p[0] == '-' && p[1] == '-') {	/* a comment */
				while (p[1] != '\0' && p[1] != '\n')
					p++;
				continue;
			}
			if (strncasecmp(p, "user_version", 12) == 0)
				fail_msg("%s sets user_version itself",
				    migrations[i].name);
			if (strncasecmp(p, "COMMIT", 6) == 0 &&
			    (p == sql || !isalnum((unsigned char)p[-1])) &&
			    !isalnum((unsigned char)p[6]) && p[6] != '_')
				fail_msg("%s commits by itself",
				    migrations[i].name);
		}
	}
}

static void
test_fresh_reaches_latest(void **state)
{
	struct db	*db = fresh();
	long long	 n;

	(void)state;
	assert_int_equal(db_schema_version(db), db_schema_latest());
	assert_int_equal(db_foreign_key_faults(db, &n), WB_OK);
	assert_int_equal(n, 0);
	/* The settings the migrations seed are there. */
	assert_int_equal(db_query_int(db, "SELECT count(*) FROM setting WHERE "
	    "key = 'durable_months'", &n), WB_OK);
	assert_int_equal(n, 1);
	db_close(db);

	/* Reopening changes nothing. */
	assert_int_equal(db_open(&db, file, DB_OPEN_EXISTING), WB_OK);
	assert_int_equal(db_schema_version(db), db_schema_latest());
	assert_int_equal(db_migrate(db), WB_OK);
	assert_int_equal(db_schema_version(db), db_schema_latest());
	db_close(db);
}

static void
test_too_new(void **state)
{
	struct db	*db = fresh();
	char		 sql[64];
	long long	 v;

	(void)state;
	snprintf(sql, sizeof(sql), "PRAGMA user_version = %d",
	    db_schema_latest() + 1);
	assert_int_equal(db_exec(db, sql), WB_OK);
	db_close(db);

	db = NULL;
	assert_int_equal(db_open(&db, file, DB_OPEN_EXISTING), WB_TOO_NEW);
	assert_non_null(strstr(db_error(db), "newer"));
	db_close(db);

	/* The file keeps its version. */
	{
		sqlite3	*raw;

		assert_int_equal(sqlite3_open_v2(file, &raw,
		    SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
		assert_int_equal(sqlite3_exec(raw, "SELECT 1", NULL, NULL,
		    NULL), SQLITE_OK);
		{
			sqlite3_stmt *st;

			assert_int_equal(sqlite3_prepare_v2(raw,
			    "PRAGMA user_version", -1, &st, NULL), SQLITE_OK);
			assert_int_equal(sqlite3_step(st), SQLITE_ROW);
			v = sqlite3_column_int64(st, 0);
			sqlite3_finalize(st);
		}
		sqlite3_close(raw);
	}
	assert_int_equal(v, db_schema_latest() + 1);
}

/*
 * Regression (004-pool-left-on.sql): a wave-1 file has placed people with
 * an empty left_on, whom the report counted in the pool.  Migrating fills
 * in the day they left: the placed step, else the placement's start, else
 * the last change; people still in the pool keep an empty left_on.
 */
static void
test_placed_leave_the_pool(void **state)
{
	sqlite3		*raw;
	sqlite3_stmt	*st;
	struct db	*db = NULL;
	int		 i;
	static const char *const want[][2] = {
		{ "K1", "2025-03-01" },	/* the placed step */
		{ "K2", "2025-04-01" },	/* the placement only */
		{ "K3", "2025-05-05" },	/* neither: the last change */
		{ "K4", "" },		/* still in the pool */
		{ "K5", "2025-02-02" },	/* had one already */
	};

	(void)state;
	unlink(file);
	assert_int_equal(sqlite3_open(file, &raw), SQLITE_OK);
	for (i = 0; i < 3; i++)
		assert_int_equal(sqlite3_exec(raw, migrations[i].data, NULL,
		    NULL, NULL), SQLITE_OK);
	{
		char	sql[64];

		snprintf(sql, sizeof(sql), "PRAGMA application_id = %d",
		    DB_APPLICATION_ID);
		assert_int_equal(sqlite3_exec(raw, sql, NULL, NULL, NULL),
		    SQLITE_OK);
	}
	assert_int_equal(sqlite3_exec(raw, "PRAGMA user_version = 3;"
	    "INSERT INTO partner (id, code, name, kind) VALUES "
	    "    (1, 'MEP', 'Gemeente Meppel', 'gemeente');"
	    "INSERT INTO candidate (id, partner_id, ref, first_name, last_name,"
	    "    pc4, target_group, consent, status, registered_on, left_on,"
	    "    updated_at) VALUES"
	    " (1, 1, 'K1', 'A', 'B', '7941', 'ww', 1, 'geplaatst', '2025-01-10',"
	    "    NULL, '2025-06-01 10:00:00'),"
	    " (2, 1, 'K2', 'A', 'B', '7941', 'ww', 1, 'geplaatst', '2025-01-10',"
	    "    NULL, '2025-06-01 10:00:00'),"
	    " (3, 1, 'K3', 'A', 'B', '7941', 'ww', 1, 'geplaatst', '2025-01-10',"
	    "    NULL, '2025-05-05 09:00:00'),"
	    " (4, 1, 'K4', 'A', 'B', '7941', 'ww', 1, 'beschikbaar',"
	    "    '2025-01-10', NULL, '2025-05-05 09:00:00'),"
	    " (5, 1, 'K5', 'A', 'B', '7941', 'ww', 1, 'geplaatst', '2025-01-10',"
	    "    '2025-02-02', '2025-05-05 09:00:00');"
	    "INSERT INTO proposal (id, vacancy_id, candidate_id, step, proposed_on)"
	    " VALUES (1, 1, 1, 'placed', '2025-02-01');"
	    "INSERT INTO proposal_step (proposal_id, step, on_date) VALUES"
	    "    (1, 'proposed', '2025-02-01'), (1, 'placed', '2025-03-01');"
	    "INSERT INTO placement (candidate_id, person_no, partner_id,"
	    "    target_group, start_date) VALUES"
	    "    (1, 1, 1, 'ww', '2025-03-03'), (2, 2, 1, 'ww', '2025-04-01');",
	    NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(raw);
	assert_int_equal(chmod(file, 0600), 0);

	if (db_open(&db, file, DB_OPEN_EXISTING) != WB_OK)
		fail_msg("db_open: %s", db_error(db));
	db_close(db);

	assert_int_equal(sqlite3_open(file, &raw), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(raw, "SELECT ref, "
	    "coalesce(left_on, '') FROM candidate ORDER BY id", -1, &st, NULL),
	    SQLITE_OK);
	for (i = 0; i < 5; i++) {
		assert_int_equal(sqlite3_step(st), SQLITE_ROW);
		assert_string_equal(sqlite3_column_text(st, 0), want[i][0]);
		assert_string_equal(sqlite3_column_text(st, 1), want[i][1]);
	}
	sqlite3_finalize(st);
	sqlite3_close(raw);
}

/* Every real table is STRICT (FTS5 and its shadow tables cannot be). */
static void
test_strict(void **state)
{
	struct db	*db = fresh();
	sqlite3_stmt	*stmt;
	int		 tables = 0;

	(void)state;
	assert_int_equal(db_prepare(db, "SELECT name, strict FROM "
	    "pragma_table_list WHERE schema = 'main' AND type = 'table' AND "
	    "name NOT LIKE 'sqlite_%' ORDER BY name", &stmt), WB_OK);
	while (sqlite3_step(stmt) == SQLITE_ROW) {
		tables++;
		if (sqlite3_column_int(stmt, 1) != 1)
			fail_msg("table %s is not STRICT",
			    (const char *)sqlite3_column_text(stmt, 0));
	}
	sqlite3_finalize(stmt);
	assert_true(tables >= 20);
	db_close(db);
}

/* Rows people edit carry a version counter (optimistic locking). */
static void
test_version_columns(void **state)
{
	static const char *const editable[] = {
		"partner", "app_user", "employer", "candidate", "vacancy",
		"proposal", "placement", "meeting", "action_item", "target",
		"setting", "match_weight",
	};
	struct db	*db = fresh();
	char		 sql[256];
	long long	 n;
	size_t		 i;

	(void)state;
	for (i = 0; i < sizeof(editable) / sizeof(editable[0]); i++) {
		snprintf(sql, sizeof(sql), "SELECT count(*) FROM "
		    "pragma_table_info('%s') WHERE name = 'version' AND "
		    "type = 'INTEGER' AND \"notnull\" = 1 AND dflt_value = '1'",
		    editable[i]);
		assert_int_equal(db_query_int(db, sql, &n), WB_OK);
		if (n != 1)
			fail_msg("table %s has no 'version INTEGER NOT NULL "
			    "DEFAULT 1' column", editable[i]);
	}
	db_close(db);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_numbering),
		cmocka_unit_test(test_migration_text),
		cmocka_unit_test(test_fresh_reaches_latest),
		cmocka_unit_test(test_too_new),
		cmocka_unit_test(test_placed_leave_the_pool),
		cmocka_unit_test(test_strict),
		cmocka_unit_test(test_version_columns),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
