/*
 * test-dutch.c: in the team's locale (nl_NL.UTF-8, LC_NUMERIC too) every
 * vacancy, candidate and employer of the demo goes through the path its
 * edit form takes and is saved unchanged without a message (issue 12:
 * the form showed "32.0", refused it, and a ":3" in the years could
 * never be saved again).  For each record, every field the form lets
 * one change is given as the form shows it (record_value_shown: words
 * for codes, the decimal comma), named by its Dutch label; record_set
 * must take them all and find nothing changed.  For the first records
 * of each kind each field also passes the check the form runs as one
 * leaves it (record_check).  Skipped where the machine has no Dutch
 * locale.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <libintl.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/date.h"
#include "werkbank/db.h"
#include "werkbank/demo.h"
#include "werkbank/i18n.h"
#include "werkbank/num.h"
#include "werkbank/record.h"
#include "werkbank/refdata.h"
#include "werkbank/user.h"

#include "tmpdb.h"

/* Records of each kind whose fields are also checked one by one. */
#define CHECKED	40

struct fixture {
	char		 dir[256], path[300];
	struct db	*db;
};

static int
dutch(void)
{
	const char	*root = getenv("WB_ROOT");
	char		 dir[1024];
	struct lconv	*lc;

	if (setlocale(LC_ALL, "nl_NL.UTF-8") == NULL &&
	    setlocale(LC_ALL, "nl_NL.utf8") == NULL)
		return 0;
	snprintf(dir, sizeof(dir), "%s/build/locale", root != NULL ? root :
	    ".");
	bindtextdomain("werkbank", dir);
	bind_textdomain_codeset("werkbank", "UTF-8");
	textdomain("werkbank");
	/* As i18n_init, except that LC_NUMERIC stays Dutch: num.c must not
	 * depend on it. */
	lc = localeconv();
	num_set_decimal_mark(*lc->decimal_point);
	return 1;
}

static int
setup(void **state)
{
	struct fixture		*f = calloc(1, sizeof(*f));
	struct demo_options	 opt = { .scale = 1 };

	assert_non_null(f);
	*state = f;
	if (!dutch())
		return 0;
	assert_int_equal(date_from_ymd(2026, 11, 23, &opt.today), WB_OK);
	assert_int_equal(tmpdb_mkdir(f->dir, sizeof(f->dir), "test-dutch"),
	    0);
	snprintf(f->path, sizeof(f->path), "%s/demo.db", f->dir);
	if (db_open(&f->db, f->path, DB_OPEN_CREATE) != WB_OK)
		fail_msg("db_open: %s", db_error(f->db));
	assert_int_equal(db_begin(f->db), WB_OK);
	if (refdata_load(f->db, NULL) != WB_OK ||
	    demo_generate(f->db, &opt, NULL) != WB_OK)
		fail_msg("demo: %s", db_error(f->db));
	assert_int_equal(db_commit(f->db), WB_OK);
	return 0;
}

static int
teardown(void **state)
{
	struct fixture	*f = *state;

	db_close(f->db);
	if (f->path[0] != '\0') {
		tmpdb_unlink(f->path);
		rmdir(f->dir);
	}
	free(f);
	setlocale(LC_ALL, "C");
	return 0;
}

/* The ids of every record of a kind. */
static long long *
ids_of(struct db *db, enum rec_kind kind, size_t *n)
{
	static const char *const sql[REC_NKINDS] = {
		[REC_VACANCY] = "SELECT id FROM vacancy ORDER BY id",
		[REC_CANDIDATE] = "SELECT id FROM candidate ORDER BY id",
		[REC_EMPLOYER] = "SELECT id FROM employer ORDER BY id",
	};
	sqlite3_stmt	*stmt;
	long long	*ids = NULL;
	size_t		 cap = 0;

	*n = 0;
	assert_int_equal(db_prepare(db, sql[kind], &stmt), WB_OK);
	while (sqlite3_step(stmt) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 256;
			ids = realloc(ids, cap * sizeof(*ids));
			assert_non_null(ids);
		}
		ids[(*n)++] = sqlite3_column_int64(stmt, 0);
	}
	sqlite3_finalize(stmt);
	return ids;
}

/* One record as its form would save it unchanged; 0, or 1 with why. */
static int
save_unchanged(struct db *db, const struct user_ctx *u, enum rec_kind kind,
    long long id, int check, char *why, size_t len)
{
	const struct record_field	*f;
	struct record_value		 vals[RECORD_MAX_FIELDS];
	struct record_result		 res;
	char				**v, shown[RECORD_MAX_FIELDS][1200];
	char				 err[1024];
	long long			 version;
	size_t				 n, i, nv = 0;

	if (record_read(db, u, kind, id, &v, &version) != WB_OK) {
		snprintf(why, len, "read: %s", db_error(db));
		return 1;
	}
	f = record_fields(kind, &n);
	for (i = 0; i < n; i++) {
		/* What the form leaves out: the key, the status, empty
		 * fields (given empty they would be cleared), long text. */
		if (f[i].key || f[i].readonly || *v[i] == '\0' ||
		    (f[i].type == RV_MULTILINE && (strpbrk(v[i], "\n\t\r") !=
		    NULL || strlen(v[i]) >= 1000)))
			continue;
		record_value_shown(&f[i], v[i], shown[nv], sizeof(shown[nv]));
		if (check && record_check(db, kind, _(f[i].label), shown[nv],
		    err, sizeof(err)) != WB_OK) {
			snprintf(why, len, "%s '%s': %s", _(f[i].label),
			    shown[nv], err);
			record_values_free(v, kind);
			return 1;
		}
		vals[nv].field = _(f[i].label);
		vals[nv].value = shown[nv];
		nv++;
	}
	record_values_free(v, kind);
	if (record_set(db, u, kind, id, version, vals, nv, &res) != WB_OK) {
		snprintf(why, len, "save: %s", db_error(db));
		return 1;
	}
	if (res.changed[0] != '\0') {
		snprintf(why, len, "saving unchanged changed %s", res.changed);
		return 1;
	}
	return 0;
}

static void
test_forms_save_unchanged(void **state)
{
	struct fixture	*f = *state;
	struct user_ctx	 u;
	long long	*ids;
	char		 why[1400];
	size_t		 n, i, bad;
	int		 k;

	if (f->db == NULL)
		skip();
	/* One person with every right, who may see every candidate. */
	memset(&u, 0, sizeof(u));
	u.single = 1;
	u.role = USER_COORDINATOR;
	snprintf(u.login, sizeof(u.login), "test");
	for (k = 0; k < REC_NKINDS; k++) {
		ids = ids_of(f->db, (enum rec_kind)k, &n);
		assert_true(n > 0);
		for (i = bad = 0; i < n; i++)
			if (save_unchanged(f->db, &u, (enum rec_kind)k, ids[i],
			    i < CHECKED, why, sizeof(why)) != 0 && bad++ < 5)
				print_message("%s %lld: %s\n", record_kind_name(
				    (enum rec_kind)k), ids[i], why);
		free(ids);
		if (bad > 0)
			fail_msg("%zu of %zu %s records cannot be saved "
			    "unchanged in Dutch", bad, n, record_kind_name(
			    (enum rec_kind)k));
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_forms_save_unchanged,
		    setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
