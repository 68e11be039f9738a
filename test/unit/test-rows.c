/*
 * test-rows.c: wb_rows(?) (rows.h), the rows made in C that a big import
 * stores by the batch, and that a big import into an empty table does take
 * that way (cli/import compares what it stores with the row-by-row way).
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

#include "werkbank/db.h"
#include "werkbank/import.h"
#include "werkbank/rows.h"

#include "tmpdb.h"

static struct tmpdb	 tmp;
static struct db	*db;

static int
setup(void **state)
{
	(void)state;
	return tmpdb_open(&tmp, &db, "test-rows", "CREATE TABLE t (a INTEGER, "
	    "b REAL, c TEXT, d TEXT) STRICT;"
	    "INSERT INTO municipality (code, name) VALUES ('0119', 'Meppel');"
	    "INSERT INTO pc4 (code, place, municipality_code, lat, lon) VALUES "
	    "('7941', 'Meppel', '0119', 52.7, 6.2);"
	    "INSERT INTO isco_group (code, level, parent_code, title_en, "
	    "title_nl) VALUES ('9', 1, NULL, 'x', 'x'), ('93', 2, '9', 'x', "
	    "'x'), ('932', 3, '93', 'x', 'x'), ('9329', 4, '932', 'x', 'x');");
}

static int
teardown(void **state)
{
	char	p[400];

	(void)state;
	snprintf(p, sizeof(p), "%s/big.csv", tmp.dir);
	unlink(p);
	snprintf(p, sizeof(p), "%s/partners.csv", tmp.dir);
	unlink(p);
	tmpdb_close(&tmp, db);
	return 0;
}

static long long
count(const char *sql)
{
	long long	n = -1;

	if (db_query_int(db, sql, &n) != WB_OK)
		fail_msg("%s: %s", sql, db_error(db));
	return n;
}

/* Every kind of cell, twice over a cleared batch; a text is a copy. */
static void
test_insert_select(void **state)
{
	struct db_rows	*r = db_rows_new(4);
	sqlite3_stmt	*s;
	char		 text[32];
	int		 round, i;

	(void)state;
	if (db_prepare(db, "INSERT INTO t (a, b, c, d) SELECT c1, c2, c3, "
	    "coalesce(c4, 'none') FROM wb_rows(?)", &s) != WB_OK)
		fail_msg("%s", db_error(db));
	for (round = 0; round < 2; round++) {
		for (i = 0; i < 1000; i++) {
			db_rows_add(r);
			db_rows_int(r, 1, round * 1000 + i);
			db_rows_double(r, 2, i / 4.0);
			snprintf(text, sizeof(text), "it's %d", i);
			db_rows_text(r, 3, text);
			memset(text, 'x', sizeof(text) - 1);
			if (i % 2)
				db_rows_null(r, 4);
			db_rows_int(r, 9, 1);	/* no such column: ignored */
		}
		assert_int_equal(db_rows_count(r), 1000);
		assert_int_equal(db_rows_bind(s, 1, r), SQLITE_OK);
		assert_int_equal(sqlite3_step(s), SQLITE_DONE);
		sqlite3_reset(s);
		db_rows_clear(r);
		assert_int_equal(db_rows_count(r), 0);
	}
	sqlite3_finalize(s);
	db_rows_free(r);
	db_rows_free(NULL);
	assert_int_equal(count("SELECT count(*) FROM t"), 2000);
	assert_int_equal(count("SELECT count(*) FROM t WHERE a = 1999 AND "
	    "b = 249.75 AND c = 'it''s 999' AND d = 'none'"), 1);
	assert_int_equal(count("SELECT count(*) FROM t WHERE d = 'none'"), 2000);
}

/* Without its rows wb_rows is not read at all. */
static void
test_needs_rows(void **state)
{
	sqlite3_stmt	*s = NULL;

	(void)state;
	assert_int_not_equal(sqlite3_prepare_v2(db_sqlite(db),
	    "SELECT * FROM wb_rows", -1, &s, NULL), SQLITE_OK);
	sqlite3_finalize(s);
	/* A pointer given as a plain value reads as no rows. */
	assert_int_equal(count("SELECT count(*) FROM wb_rows(1)"), 0);
}

static int
traced(unsigned what, void *arg, void *p, void *x)
{
	const char	*sql = sqlite3_sql(p);

	(void)what;
	(void)x;
	if (sql != NULL && strstr(sql, "FROM wb_rows(?)") != NULL)
		(*(int *)arg)++;
	return 0;
}

/* 25,000 new candidates into an empty table: stored by the batch. */
static void
test_import_by_batch(void **state)
{
	struct import_options	 o;
	struct import_result	 res;
	char			 path[400], parts[400];
	FILE			*fp;
	int			 i, batches = 0;

	(void)state;
	snprintf(parts, sizeof(parts), "%s/partners.csv", tmp.dir);
	if ((fp = fopen(parts, "w")) == NULL)
		fail_msg("cannot write %s", parts);
	fputs("code,name,kind\nMEP,Gemeente Meppel,gemeente\n", fp);
	fclose(fp);
	snprintf(path, sizeof(path), "%s/big.csv", tmp.dir);
	if ((fp = fopen(path, "w")) == NULL)
		fail_msg("cannot write %s", path);
	fputs("ref,partner,first_name,last_name,postcode,target_group,"
	    "consent,occupations,skills\n", fp);
	for (i = 0; i < 25000; i++)
		fprintf(fp, "R%d,MEP,Naam,Achter,7941,bijstand,ja,9329:2,"
		    "heftruck\n", i);
	fclose(fp);
	memset(&o, 0, sizeof(o));
	o.kind = "partners";
	o.path = parts;
	o.login = "test";
	assert_int_equal(import_run(db, &o, &res), WB_OK);
	sqlite3_trace_v2(db_sqlite(db), SQLITE_TRACE_STMT, traced, &batches);
	o.kind = "candidates";
	o.path = path;
	if ((i = import_run(db, &o, &res)) != WB_OK)
		fail_msg("%d: %s (%ld rejected)", i, res.error, res.rejected);
	sqlite3_trace_v2(db_sqlite(db), 0, NULL, NULL);
	assert_int_equal(res.created, 25000);
	if (batches <= 25000 / 1000)
		fail_msg("%d statements by the batch", batches);
	assert_int_equal(count("SELECT count(*) FROM candidate"), 25000);
	assert_int_equal(count("SELECT count(*) FROM candidate_occupation "
	    "WHERE isco_code = '9329' AND years = 2"), 25000);
	assert_int_equal(count("SELECT count(*) FROM candidate_skill"), 25000);
	assert_int_equal(count("SELECT max(id) - min(id) FROM candidate"),
	    24999);
}

int
main(void)
{
	const struct CMUnitTest	tests[] = {
		cmocka_unit_test(test_insert_select),
		cmocka_unit_test(test_needs_rows),
		cmocka_unit_test(test_import_by_batch),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
