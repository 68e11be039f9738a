/*
 * test-demo.c: the demo region (demo.c) is believable and deterministic:
 * two databases made with the same options hold the same rows, and the
 * rows keep every constraint of the schema and the invariants of the
 * workflow (placed candidates are in work, dates follow each other ...).
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

#include "werkbank/date.h"
#include "werkbank/db.h"
#include "werkbank/demo.h"
#include "werkbank/refdata.h"

#include "tmpdb.h"

#define TODAY_Y	2026
#define TODAY_M	11
#define TODAY_D	23

struct fixture {
	char			 dir[256];
	char			 a[300], b[300];
	struct db		*db;		/* a, with b attached */
	struct demo_counts	 counts;
	long			 progress_calls;
};

static void
progress(void *arg, const char *what, long done, long total)
{
	struct fixture	*f = arg;

	assert_non_null(what);
	assert_true(done >= 0 && done <= total);
	f->progress_calls++;
}

static void
make_db(struct fixture *f, const char *path, struct demo_counts *counts)
{
	struct demo_options	 opt = { .scale = 1 };
	struct db		*db;

	assert_int_equal(date_from_ymd(TODAY_Y, TODAY_M, TODAY_D, &opt.today),
	    WB_OK);
	opt.progress = progress;
	opt.progress_arg = f;
	if (db_open(&db, path, DB_OPEN_CREATE) != WB_OK)
		fail_msg("db_open: %s", db_error(db));
	assert_int_equal(db_begin(db), WB_OK);
	if (refdata_load(db, NULL) != WB_OK)
		fail_msg("refdata_load: %s", db_error(db));
	if (demo_generate(db, &opt, counts) != WB_OK)
		fail_msg("demo_generate: %s", db_error(db));
	assert_int_equal(db_commit(db), WB_OK);
	db_close(db);
}

static int
setup(void **state)
{
	struct fixture		*f = calloc(1, sizeof(*f));
	struct demo_counts	 other;
	char			 sql[400];

	assert_non_null(f);
	*state = f;		/* so that teardown cleans up after a failure */
	assert_int_equal(tmpdb_mkdir(f->dir, sizeof(f->dir), "test-demo"), 0);
	snprintf(f->a, sizeof(f->a), "%s/a.db", f->dir);
	snprintf(f->b, sizeof(f->b), "%s/b.db", f->dir);
	make_db(f, f->a, &f->counts);
	make_db(f, f->b, &other);
	assert_memory_equal(&f->counts, &other, sizeof(other));
	assert_int_equal(db_open(&f->db, f->a, DB_OPEN_EXISTING), WB_OK);
	snprintf(sql, sizeof(sql), "ATTACH DATABASE '%s' AS b", f->b);
	assert_int_equal(db_exec(f->db, sql), WB_OK);
	return 0;
}

static int
teardown(void **state)
{
	struct fixture	*f = *state;

	if (f == NULL)
		return 0;
	db_close(f->db);
	tmpdb_unlink(f->a);
	tmpdb_unlink(f->b);
	rmdir(f->dir);
	free(f);
	return 0;
}

static long long
q(struct fixture *f, const char *sql)
{
	long long	v;

	if (db_query_int(f->db, sql, &v) != WB_OK)
		fail_msg("%s: %s", sql, db_error(f->db));
	return v;
}

#define assert_between(v, lo, hi) do {					\
	long long _v = (v);						\
	if (_v < (lo) || _v > (hi))					\
		fail_msg("%s = %lld, not in %lld .. %lld", #v, _v,	\
		    (long long)(lo), (long long)(hi));			\
} while (0)

static void
test_counts(void **state)
{
	struct fixture	*f = *state;

	assert_int_equal(q(f, "SELECT count(*) FROM partner"), 7);
	assert_int_equal(q(f, "SELECT count(*) FROM partner WHERE code IN "
	    "('MEP','STA','STW','WES','UWV','NWG','RST')"), 7);
	assert_between(q(f, "SELECT count(*) FROM candidate"), 2500, 3500);
	assert_between(q(f, "SELECT count(*) FROM vacancy"), 200, 300);
	assert_between(q(f, "SELECT count(*) FROM employer"), 100, 200);
	assert_between(q(f, "SELECT count(*) FROM app_user"), 5, 40);
	/* A team's open vacancies: a few dozen, a few of them on hold. */
	assert_between(q(f, "SELECT count(*) FROM vacancy WHERE status IN "
	    "('open', 'on_hold')"), 15, 60);
	assert_between(q(f, "SELECT count(*) FROM vacancy WHERE status = "
	    "'on_hold'"), 1, 8);
	assert_int_equal(q(f, "SELECT count(*) FROM candidate"),
	    f->counts.candidates);
	assert_int_equal(q(f, "SELECT count(*) FROM vacancy"),
	    f->counts.vacancies);
	assert_int_equal(q(f, "SELECT count(*) FROM employer"),
	    f->counts.employers);
	assert_int_equal(q(f, "SELECT count(*) FROM app_user"),
	    f->counts.users);
	assert_int_equal(q(f, "SELECT count(*) FROM partner"),
	    f->counts.partners);
	assert_int_equal(q(f, "SELECT count(*) FROM proposal"),
	    f->counts.proposals);
	assert_int_equal(q(f, "SELECT count(*) FROM placement"),
	    f->counts.placements);
	assert_int_equal(q(f, "SELECT count(*) FROM employer_rating"),
	    f->counts.ratings);
	assert_true(f->progress_calls > 0);
}

/* integrity_check also checks every CHECK and NOT NULL constraint. */
static void
test_constraints(void **state)
{
	struct fixture	*f = *state;
	sqlite3_stmt	*s;

	assert_int_equal(db_prepare(f->db, "PRAGMA main.integrity_check", &s),
	    WB_OK);
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	assert_string_equal((const char *)sqlite3_column_text(s, 0), "ok");
	sqlite3_finalize(s);
	assert_int_equal(db_prepare(f->db, "PRAGMA main.foreign_key_check",
	    &s), WB_OK);
	assert_int_equal(sqlite3_step(s), SQLITE_DONE);
	sqlite3_finalize(s);
	assert_int_equal(q(f, "PRAGMA ignore_check_constraints"), 0);
}

/* The indexes dropped for the bulk load are all back, as they were. */
static void
test_indexes(void **state)
{
	struct fixture	*f = *state;
	struct db	*fresh;
	char		 path[300], sql[400];

	snprintf(path, sizeof(path), "%s/c.db", f->dir);
	assert_int_equal(db_open(&fresh, path, DB_OPEN_CREATE), WB_OK);
	db_close(fresh);
	snprintf(sql, sizeof(sql), "ATTACH DATABASE '%s' AS c", path);
	assert_int_equal(db_exec(f->db, sql), WB_OK);
	assert_true(q(f, "SELECT count(*) FROM c.sqlite_master WHERE type = "
	    "'index'") > 20);
	assert_int_equal(q(f, "SELECT count(*) FROM (SELECT type, name, "
	    "tbl_name, sql FROM main.sqlite_master EXCEPT SELECT type, name, "
	    "tbl_name, sql FROM c.sqlite_master)"), 0);
	assert_int_equal(q(f, "SELECT count(*) FROM (SELECT type, name, "
	    "tbl_name, sql FROM c.sqlite_master EXCEPT SELECT type, name, "
	    "tbl_name, sql FROM main.sqlite_master)"), 0);
	assert_int_equal(db_exec(f->db, "DETACH DATABASE c"), WB_OK);
	unlink(path);
}

static void
test_where_people_live(void **state)
{
	struct fixture	*f = *state;

	/* The four municipalities, Zwartewaterland and the neighbours. */
	assert_int_equal(q(f, "SELECT count(*) FROM candidate c JOIN pc4 "
	    "ON pc4.code = c.pc4 WHERE pc4.municipality_code NOT IN ('0119', "
	    "'0180', '1708', '1701', '1896', '0148', '1690', '0160', '0118', "
	    "'0166', '1731', '0171', '0175', '0085', '0098', '0193')"), 0);
	assert_between(q(f, "SELECT 100 * count(*) / (SELECT count(*) FROM "
	    "candidate) FROM candidate c JOIN pc4 ON pc4.code = c.pc4 WHERE "
	    "pc4.municipality_code IN ('0119', '0180', '1708', '1701')"),
	    75, 95);
	/* Meppel and Steenwijkerland are the largest. */
	assert_true(q(f, "SELECT count(*) FROM candidate c JOIN pc4 ON "
	    "pc4.code = c.pc4 WHERE pc4.municipality_code = '0119'") >
	    q(f, "SELECT count(*) FROM candidate c JOIN pc4 ON "
	    "pc4.code = c.pc4 WHERE pc4.municipality_code = '0180'"));
	assert_int_equal(q(f, "SELECT count(*) FROM partner p WHERE NOT "
	    "EXISTS (SELECT 1 FROM candidate c WHERE c.partner_id = p.id)"),
	    0);
	/* A municipality brings the people who live in it. */
	assert_int_equal(q(f, "SELECT count(*) FROM candidate c JOIN partner p "
	    "ON p.id = c.partner_id JOIN pc4 ON pc4.code = c.pc4 WHERE "
	    "p.kind = 'gemeente' AND p.municipality_code <> "
	    "pc4.municipality_code"), 0);
	assert_int_equal(q(f, "SELECT count(*) FROM candidate c JOIN app_user "
	    "u ON u.id = c.consultant_id WHERE u.role <> 'recruiter' OR "
	    "u.partner_id <> c.partner_id"), 0);
	assert_int_equal(q(f, "SELECT count(DISTINCT ref) - count(*) FROM "
	    "candidate WHERE partner_id = 1"), 0);
}

static void
test_candidates(void **state)
{
	struct fixture	*f = *state;

	assert_true(q(f, "SELECT count(*) FROM candidate WHERE target_group "
	    "= 'bijstand'") > q(f, "SELECT count(*) FROM candidate WHERE "
	    "target_group = 'ww'"));
	assert_int_equal(q(f, "SELECT count(DISTINCT target_group) FROM "
	    "candidate"), 9);
	assert_between(q(f, "SELECT 100 * avg(job_agreement) FROM candidate "
	    "WHERE target_group IN ('wajong', 'wsw', 'beschut')"), 60, 100);
	assert_true(q(f, "SELECT count(*) FROM candidate WHERE education_key "
	    "IS NULL") > 0);
	assert_true(q(f, "SELECT count(*) FROM candidate WHERE dutch_level "
	    "IS NULL") > 0);
	assert_true(q(f, "SELECT count(*) FROM candidate WHERE "
	    "driving_licence IS NULL") > 0);
	assert_true(q(f, "SELECT count(*) FROM candidate WHERE consent = 0") >
	    0);
	assert_int_equal(q(f, "SELECT count(*) FROM candidate c WHERE NOT "
	    "EXISTS (SELECT 1 FROM candidate_occupation o WHERE "
	    "o.candidate_id = c.id)"), 0);
	assert_int_equal(q(f, "SELECT count(*) FROM candidate_occupation o "
	    "LEFT JOIN isco_group g ON g.code = o.isco_code WHERE g.level IS "
	    "NOT 4"), 0);
	assert_between(q(f, "SELECT max(n) FROM (SELECT count(*) n FROM "
	    "candidate_occupation GROUP BY candidate_id)"), 2, 3);
	assert_true(q(f, "SELECT count(*) FROM candidate_restriction") > 0);
	assert_true(q(f, "SELECT count(DISTINCT mode) FROM "
	    "candidate_transport") == 4);
	/*
	 * Out of the pool (left_on) exactly when in work or inactive, as the
	 * workflow and the import have it; in work since the day placed;
	 * in traject exactly while a proposal runs.
	 */
	assert_int_equal(q(f, "SELECT count(*) FROM candidate WHERE "
	    "(status IN ('geplaatst', 'inactief')) <> (left_on IS NOT NULL)"),
	    0);
	assert_int_equal(q(f, "SELECT count(*) FROM candidate c WHERE "
	    "c.status = 'geplaatst' AND c.left_on IS NOT (SELECT max(s.on_date) "
	    "FROM proposal_step s JOIN placement p ON p.proposal_id = "
	    "s.proposal_id WHERE p.candidate_id = c.id AND s.step = 'placed' "
	    "AND p.end_date IS NULL)"), 0);
	assert_int_equal(q(f, "SELECT count(*) FROM candidate c WHERE "
	    "(c.status = 'in_traject') <> EXISTS (SELECT 1 FROM proposal p "
	    "WHERE p.candidate_id = c.id AND p.step IN ('proposed', "
	    "'interview'))"), 0);
	assert_int_equal(q(f, "SELECT count(*) FROM candidate c WHERE "
	    "(status = 'geplaatst') <> EXISTS (SELECT 1 FROM placement p WHERE "
	    "p.candidate_id = c.id AND p.end_date IS NULL)"), 0);
	assert_int_equal(q(f, "SELECT count(*) FROM candidate WHERE "
	    "registered_on > '2026-11-23' OR left_on > '2026-11-23' OR "
	    "left_on < registered_on OR registered_on < '2023-11-01'"), 0);
	assert_int_equal(q(f, "SELECT count(*) FROM candidate WHERE email "
	    "NOT LIKE '%@example.org' OR phone NOT LIKE '06-________'"), 0);
}

static void
test_vacancies(void **state)
{
	struct fixture	*f = *state;

	assert_int_equal(q(f, "SELECT count(*) FROM vacancy v LEFT JOIN "
	    "isco_group g ON g.code = v.isco_code WHERE g.level IS NOT 4"), 0);
	assert_int_equal(q(f, "SELECT count(*) FROM vacancy WHERE "
	    "collected_on > '2026-11-23' OR closed_on > '2026-11-23' OR "
	    "closed_on < collected_on"), 0);
	assert_int_equal(q(f, "SELECT count(*) FROM vacancy WHERE status IN "
	    "('open', 'on_hold') AND deadline < '2026-11-23'"), 0);
	assert_int_equal(q(f, "SELECT count(DISTINCT status) FROM vacancy"),
	    5);
	assert_between(q(f, "SELECT count(*) FROM vacancy WHERE sheltered = "
	    "1"), 1, 30);
	assert_int_equal(q(f, "SELECT count(*) FROM (SELECT name_key, pc4 "
	    "FROM employer GROUP BY 1, 2 HAVING count(*) > 1)"), 0);
	assert_int_equal(q(f, "SELECT count(*) FROM employer WHERE name_key "
	    "<> lower(name) OR name_key LIKE '%  %' OR name_key LIKE ' %' OR "
	    "name_key LIKE '% '"), 0);
	assert_int_equal(q(f, "SELECT count(*) FROM employer e JOIN app_user u "
	    "ON u.id = e.account_manager_id WHERE u.role <> "
	    "'accountmanager'"), 0);
	assert_true(q(f, "SELECT count(*) FROM vacancy_skill") > 0);
	assert_true(q(f, "SELECT count(*) FROM vacancy_demand") > 0);
	assert_true(q(f, "SELECT count(*) FROM vacancy_instrument") > 0);
}

/*
 * The open vacancies are days to a few months old; the ones closed
 * filled, withdrawn or expired on their deadline, as vacancies go.
 */
static void
test_vacancy_ages(void **state)
{
	struct fixture	*f = *state;

	assert_between(q(f, "SELECT max(julianday('2026-11-23') - "
	    "julianday(collected_on)) FROM vacancy WHERE status IN ('open', "
	    "'on_hold')"), 30, 200);
	assert_between(q(f, "SELECT avg(julianday('2026-11-23') - "
	    "julianday(collected_on)) FROM vacancy WHERE status IN ('open', "
	    "'on_hold')"), 14, 90);
	assert_int_equal(q(f, "SELECT count(*) FROM vacancy WHERE status = "
	    "'verlopen' AND closed_on IS NOT deadline"), 0);
	assert_int_equal(q(f, "SELECT count(*) FROM vacancy WHERE status IN "
	    "('vervuld', 'ingetrokken') AND closed_on > deadline"), 0);
	assert_between(q(f, "SELECT 100 * avg(status = 'vervuld') FROM "
	    "vacancy WHERE closed_on IS NOT NULL"), 45, 75);
	assert_between(q(f, "SELECT max(julianday(closed_on) - "
	    "julianday(collected_on)) FROM vacancy"), 60, 200);
}

/*
 * Vacancies fit their employer: care at care employers, childcare jobs
 * at a childcare centre only (and no home care there), no production
 * work in hospitality, a hotel asks for hotel work.
 */
static void
test_vacancies_fit(void **state)
{
	struct fixture	*f = *state;

	assert_int_equal(q(f, "SELECT count(*) FROM vacancy v JOIN employer e "
	    "ON e.id = v.employer_id WHERE v.isco_code IN ('5321', '5322', "
	    "'5329') AND e.sector <> 'zorg'"), 0);
	assert_int_equal(q(f, "SELECT count(*) FROM vacancy v JOIN employer e "
	    "ON e.id = v.employer_id WHERE v.isco_code = '5311' AND e.name NOT "
	    "LIKE '%Kinderopvang%'"), 0);
	assert_int_equal(q(f, "SELECT count(*) FROM vacancy v JOIN employer e "
	    "ON e.id = v.employer_id WHERE e.name LIKE '%Kinderopvang%' AND "
	    "v.isco_code IN ('5321', '5322', '5329')"), 0);
	assert_int_equal(q(f, "SELECT count(*) FROM vacancy v JOIN employer e "
	    "ON e.id = v.employer_id WHERE e.sector = 'horeca' AND "
	    "(v.isco_code LIKE '7%' OR v.isco_code LIKE '8%' OR v.isco_code "
	    "IN ('9329', '9321', '9333'))"), 0);
	assert_int_equal(q(f, "SELECT count(*) FROM vacancy v JOIN employer e "
	    "ON e.id = v.employer_id WHERE e.name LIKE 'Hotel %' AND "
	    "v.isco_code NOT IN ('5131', '9112', '4224', '9412', '5120')"), 0);
	assert_int_equal(q(f, "SELECT count(*) FROM vacancy v JOIN employer e "
	    "ON e.id = v.employer_id WHERE e.name LIKE '%Meubel%' AND "
	    "v.isco_code IN ('8142', '8160', '7511', '7512')"), 0);
	/* Titles in plain Dutch, every one a job of its ISCO group. */
	assert_int_equal(q(f, "SELECT count(*) FROM vacancy WHERE title "
	    "GLOB '*[^ -~áéëïóöü]*' OR title = '' OR title LIKE '% ' OR "
	    "title LIKE ' %'"), 0);
	assert_true(q(f, "SELECT count(DISTINCT title) FROM vacancy") > 60);
	assert_true(q(f, "SELECT count(DISTINCT sector) FROM employer") >= 9);
}

static void
test_history(void **state)
{
	struct fixture	*f = *state;

	/* Durable: still in the job six months after the start. */
	assert_true(q(f, "SELECT count(*) FROM placement WHERE start_date <= "
	    "date('2026-11-23', '-6 months') AND (end_date IS NULL OR "
	    "end_date >= date(start_date, '+6 months'))") > 10);
	assert_true(q(f, "SELECT count(*) FROM placement WHERE start_date <= "
	    "date('2026-11-23', '-6 months') AND end_date < "
	    "date(start_date, '+6 months')") > 5);
	assert_true(q(f, "SELECT count(*) FROM placement_instrument WHERE "
	    "instrument = 'lks' AND percentage BETWEEN 20 AND 70") > 0);
	assert_int_equal(q(f, "SELECT count(*) FROM placement WHERE "
	    "start_date > '2026-11-23' OR start_date < '2024-11-01'"), 0);
	/* The snapshot is the candidate's. */
	assert_int_equal(q(f, "SELECT count(*) FROM placement p JOIN "
	    "candidate c ON c.id = p.candidate_id JOIN pc4 ON pc4.code = c.pc4 "
	    "WHERE p.person_no <> c.id OR p.partner_id <> c.partner_id OR "
	    "p.target_group <> c.target_group OR p.municipality_code <> "
	    "pc4.municipality_code"), 0);
	/* Nobody works two placed jobs at once. */
	assert_int_equal(q(f, "SELECT count(*) FROM placement a JOIN "
	    "placement b ON a.candidate_id = b.candidate_id AND a.id < b.id "
	    "WHERE a.start_date <= coalesce(b.end_date, '9999') AND "
	    "b.start_date <= coalesce(a.end_date, '9999')"), 0);
	/* Every placement comes from a proposal that was placed. */
	assert_int_equal(q(f, "SELECT count(*) FROM placement p JOIN proposal "
	    "r ON r.id = p.proposal_id WHERE r.step <> 'placed' OR "
	    "r.vacancy_id <> p.vacancy_id OR r.candidate_id <> "
	    "p.candidate_id OR p.start_date < r.proposed_on"), 0);
	assert_int_equal(q(f, "SELECT count(*) FROM placement WHERE "
	    "proposal_id IS NULL"), 0);
	/* Steps in order; the proposal is at its last step. */
	assert_int_equal(q(f, "SELECT count(*) FROM proposal_step s JOIN "
	    "proposal p ON p.id = s.proposal_id WHERE s.on_date < "
	    "p.proposed_on OR s.on_date > '2026-11-23'"), 0);
	assert_int_equal(q(f, "SELECT count(*) FROM proposal p WHERE p.step "
	    "<> (SELECT s.step FROM proposal_step s WHERE s.proposal_id = "
	    "p.id ORDER BY s.on_date DESC, s.id DESC LIMIT 1)"), 0);
	assert_int_equal(q(f, "SELECT count(*) FROM proposal p JOIN vacancy v "
	    "ON v.id = p.vacancy_id WHERE p.proposed_on < v.collected_on OR "
	    "p.proposed_on > coalesce(v.closed_on, '2026-11-23')"), 0);
	assert_int_equal(q(f, "SELECT count(*) FROM proposal p JOIN "
	    "candidate c ON c.id = p.candidate_id WHERE c.consent = 0 OR "
	    "p.proposed_on < c.registered_on"), 0);
	assert_true(q(f, "SELECT count(*) FROM vacancy v WHERE status = "
	    "'vervuld' AND EXISTS (SELECT 1 FROM placement p WHERE "
	    "p.vacancy_id = v.id)") > 50);
	/* Ratings: 0-10, mostly 7-9. */
	assert_true(q(f, "SELECT count(*) FROM employer_rating") > 10);
	assert_int_equal(q(f, "SELECT count(*) FROM employer_rating WHERE "
	    "score NOT BETWEEN 0 AND 10 OR rated_on > '2026-11-23'"), 0);
	assert_between(q(f, "SELECT 100 * avg(score >= 7) FROM "
	    "employer_rating"), 60, 100);
}

/* Same options, same rows: compare every table the demo fills. */
static void
test_deterministic(void **state)
{
	static const char *const tables[] = {
		"partner", "app_user", "employer", "candidate",
		"candidate_occupation", "candidate_skill",
		"candidate_restriction", "candidate_transport", "vacancy",
		"vacancy_skill", "vacancy_demand", "vacancy_instrument",
		"proposal", "proposal_step", "placement",
		"placement_instrument", "employer_rating",
	};
	struct fixture	*f = *state;
	char		 sql[256];
	size_t		 i;

	for (i = 0; i < sizeof(tables) / sizeof(tables[0]); i++) {
		snprintf(sql, sizeof(sql), "SELECT (SELECT count(*) FROM "
		    "main.%s) - (SELECT count(*) FROM b.%s)", tables[i],
		    tables[i]);
		assert_int_equal(q(f, sql), 0);
		snprintf(sql, sizeof(sql), "SELECT count(*) FROM (SELECT * "
		    "FROM main.%s EXCEPT SELECT * FROM b.%s)", tables[i],
		    tables[i]);
		if (q(f, sql) != 0)
			fail_msg("%s differs between two runs", tables[i]);
	}
}

/* A bad scale is taken as 1; a second run on the same data fails. */
static void
test_twice_fails(void **state)
{
	struct fixture		*f = *state;
	struct demo_options	 opt = { .scale = 0 };

	assert_int_equal(date_from_ymd(TODAY_Y, TODAY_M, TODAY_D, &opt.today),
	    WB_OK);
	assert_int_equal(db_begin(f->db), WB_OK);
	assert_int_not_equal(demo_generate(f->db, &opt, NULL), WB_OK);
	assert_true(strlen(db_error(f->db)) > 0);
	db_rollback(f->db);
	assert_int_equal(q(f, "PRAGMA ignore_check_constraints"), 0);
	assert_int_equal(q(f, "SELECT count(*) FROM partner"), 7);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_counts),
		cmocka_unit_test(test_constraints),
		cmocka_unit_test(test_indexes),
		cmocka_unit_test(test_where_people_live),
		cmocka_unit_test(test_candidates),
		cmocka_unit_test(test_vacancies),
		cmocka_unit_test(test_vacancy_ages),
		cmocka_unit_test(test_vacancies_fit),
		cmocka_unit_test(test_history),
		cmocka_unit_test(test_deterministic),
		cmocka_unit_test(test_twice_fails),
	};

	return cmocka_run_group_tests_name("demo", tests, setup, teardown);
}
