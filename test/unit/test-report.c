/*
 * test-report.c: every monitoring figure (report.h) on a small history
 * made by hand, with the expected numbers worked out below.  "Today" is
 * 2026-11-23 unless a test says otherwise; the main period is 2026Q1
 * (2026-01-01..2026-03-31).
 *
 * Places: PC4 1001 lies in Noorddorp (9901), 1002 in Zuiddorp (9902),
 * 1003 in no known municipality ("unknown").  Partners AAA (id 1) and
 * BBB (id 2).
 *
 * Vacancies (partner, PC4, collected, status, closed):
 *   V1 AAA 1001 2026-01-10 vervuld 2026-02-09   30 days
 *   V2 AAA 1002 2025-12-31 vervuld 2026-01-20   20 days (collected before)
 *   V3 BBB 1001 2026-03-31 open                 (last day: collected)
 *   V4 BBB 1002 2026-04-01 open                 (a day after: not)
 *   V5 BBB 1001 2026-02-01 vervuld 2026-04-01   (filled after the period)
 *   V6 AAA 1003 2026-02-15 ingetrokken 03-01    (withdrawn: not filled)
 *   V7 BBB 1002 2026-01-01 vervuld 2026-03-31   89 days (31 + 28 + 30)
 *   V8 BBB 1001 2024-02-01 vervuld 2024-03-01   29 days (leap year)
 * 2026Q1: collected V1 V3 V5 V6 V7 = 5; filled V1 V2 V7 = 3, days
 * 20 30 89, median 30.  AAA: collected 2 (V1 V6), filled 2 (V1 V2),
 * median (20 + 30) / 2 = 25; BBB: collected 3, filled 1 (V7), 89.
 * Noorddorp: collected 3 (V1 V3 V5), filled 1 (V1, 30); Zuiddorp:
 * collected 1 (V7), filled 2 (V2 V7), median (20 + 89) / 2 = 54.5;
 * unknown: collected 1 (V6), filled 0.  Months (collected / filled by
 * the day closed): 01: 2 / 1 (V2, 20); 02: 2 / 1 (V1, 30); 03: 1 / 1.
 *
 * Placements (person, partner, target group, municipality, start, end):
 *   P1 100 AAA bijstand 9901 2026-01-01 2026-01-31 \  one person placed
 *   P2 100 AAA bijstand 9901 2026-02-01 2026-02-28  > three times in short
 *   P3 100 AAA bijstand 9901 2026-03-01 2026-03-31 /  jobs: 3, 1, 0 durable
 *   P4 200 BBB ww       9902 2026-02-15 -          durable (6 m: 08-15)
 *   P5 300 BBB ww       -    2026-03-31 2026-09-30 durable: 03-31 + 6 m
 *                          clamps to 09-30, and it ended on that day
 *   P6 400 AAA statush. 9902 2026-01-15 2026-07-14 one day short of 07-15
 *   P7 500 AAA nug      9901 2025-12-31 -          before the period
 *   P8 500 AAA nug      9901 2026-04-01 -          after the period
 *   P9 600 BBB wajong   9901 2026-03-15 -          durable (09-15)
 * 2026Q1: placements P1-P6, P9 = 7; people 100 200 300 400 600 = 5; all
 * seven have had their 6 months by today (due 7); durable P4 P5 P9 = 3,
 * three people; none has had 12 months (due 0).
 *
 * Candidates (partner, target group, PC4, registered, left):
 *   C1 AAA bijstand     1001 2025-06-01 -           in the pool
 *   C2 AAA ww           1002 2026-01-01 -           inflow (first day)
 *   C3 BBB ww           1001 2026-03-31 2026-03-31  in and out on the
 *                                                   last day: not in pool
 *   C4 BBB nug          1003 2025-01-01 2026-02-10  outflow
 *   C5 AAA wajong       1001 2026-04-01 -           after: nothing
 *   C6 BBB statushouder 1002 2026-02-28 2026-04-01  inflow, in the pool
 *   C7 AAA bijstand     1001 2024-01-01 2025-12-31  left before
 * 2026Q1: inflow C2 C3 C6 = 3, outflow C3 C4 = 2, pool C1 C2 C6 = 3.
 *
 * Ratings in 2026Q1 (employer: scores in date order): E1: 6, 9; E2: 8
 * (and a 0 on 2025-12-31, outside); E3: 9, 7.  Answers 5.  Employers 3,
 * latest rating 8+: E1 (9) and E2 (8), not E3 (7): 2 of 3.  The NPS
 * question is answered apart (migration 007): E1 9, 5; E2 10 (3
 * outside); E3 not asked, 8.  NPS answers 4: promoters 2 (9 10), passives
 * 1 (8), detractors 1 (5): NPS 100 * (2 - 1) / 4 = 25 (from the scores
 * it would be 20).
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "werkbank/chart.h"
#include "werkbank/date.h"
#include "werkbank/db.h"
#include "werkbank/refdata.h"
#include "werkbank/report.h"

#include "tmpdb.h"

struct fx {
	struct tmpdb	 tmp;
	struct db	*db;
};

static void
sql(struct db *db, const char *s)
{
	if (db_exec(db, s) != WB_OK)
		fail_msg("%s: %s", s, db_error(db));
}

static int
day(const char *s)
{
	int	d;

	assert_int_equal(date_parse(s, &d), WB_OK);
	return d;
}

static const char history[] =
    "INSERT INTO municipality (code, name) VALUES "
    "('9901', 'Noorddorp'), ('9902', 'Zuiddorp');"
    "INSERT INTO pc4 (code, place, municipality_code, lat, lon) VALUES "
    "('1001', 'Noorddorp', '9901', 52.7, 6.2),"
    "('1002', 'Zuiddorp', '9902', 52.6, 6.2),"
    "('1003', 'Nergens', NULL, 52.5, 6.2);"
    "INSERT INTO partner (id, code, name, kind) VALUES "
    "(1, 'AAA', 'Partner A', 'gemeente'), (2, 'BBB', 'Partner B', 'uwv');"
    "INSERT INTO employer (id, name, name_key, pc4) VALUES "
    "(1, 'E1', 'e1', '1001'), (2, 'E2', 'e2', '1002'),"
    "(3, 'E3', 'e3', '1001');"
    "INSERT INTO vacancy (id, partner_id, ref, employer_id, title, "
    "isco_code, pc4, collected_on, status, closed_on) VALUES "
    "(1, 1, 'V1', 1, 'T', '8344', '1001', '2026-01-10', 'vervuld', "
    "'2026-02-09'),"
    "(2, 1, 'V2', 1, 'T', '8344', '1002', '2025-12-31', 'vervuld', "
    "'2026-01-20'),"
    "(3, 2, 'V3', 2, 'T', '8344', '1001', '2026-03-31', 'open', NULL),"
    "(4, 2, 'V4', 2, 'T', '8344', '1002', '2026-04-01', 'open', NULL),"
    "(5, 2, 'V5', 2, 'T', '8344', '1001', '2026-02-01', 'vervuld', "
    "'2026-04-01'),"
    "(6, 1, 'V6', 3, 'T', '8344', '1003', '2026-02-15', 'ingetrokken', "
    "'2026-03-01'),"
    "(7, 2, 'V7', 3, 'T', '8344', '1002', '2026-01-01', 'vervuld', "
    "'2026-03-31'),"
    "(8, 2, 'V8', 3, 'T', '8344', '1001', '2024-02-01', 'vervuld', "
    "'2024-03-01');"
    "INSERT INTO placement (id, person_no, partner_id, target_group, "
    "municipality_code, start_date, end_date) VALUES "
    "(1, 100, 1, 'bijstand', '9901', '2026-01-01', '2026-01-31'),"
    "(2, 100, 1, 'bijstand', '9901', '2026-02-01', '2026-02-28'),"
    "(3, 100, 1, 'bijstand', '9901', '2026-03-01', '2026-03-31'),"
    "(4, 200, 2, 'ww', '9902', '2026-02-15', NULL),"
    "(5, 300, 2, 'ww', NULL, '2026-03-31', '2026-09-30'),"
    "(6, 400, 1, 'statushouder', '9902', '2026-01-15', '2026-07-14'),"
    "(7, 500, 1, 'nug', '9901', '2025-12-31', NULL),"
    "(8, 500, 1, 'nug', '9901', '2026-04-01', NULL),"
    "(9, 600, 2, 'wajong', '9901', '2026-03-15', NULL);"
    "INSERT INTO candidate (id, partner_id, ref, first_name, last_name, "
    "pc4, target_group, consent, registered_on, left_on) VALUES "
    "(1, 1, 'C1', 'a', 'b', '1001', 'bijstand', 1, '2025-06-01', NULL),"
    "(2, 1, 'C2', 'a', 'b', '1002', 'ww', 1, '2026-01-01', NULL),"
    "(3, 2, 'C3', 'a', 'b', '1001', 'ww', 1, '2026-03-31', '2026-03-31'),"
    "(4, 2, 'C4', 'a', 'b', '1003', 'nug', 1, '2025-01-01', '2026-02-10'),"
    "(5, 1, 'C5', 'a', 'b', '1001', 'wajong', 1, '2026-04-01', NULL),"
    "(6, 2, 'C6', 'a', 'b', '1002', 'statushouder', 1, '2026-02-28', "
    "'2026-04-01'),"
    "(7, 1, 'C7', 'a', 'b', '1001', 'bijstand', 1, '2024-01-01', "
    "'2025-12-31');"
    "INSERT INTO employer_rating (id, employer_id, rated_on, score, nps) "
    "VALUES (1, 1, '2026-01-10', 6, 9), (2, 1, '2026-03-01', 9, 5),"
    "(3, 2, '2026-02-01', 8, 10), (4, 2, '2025-12-31', 0, 3),"
    "(5, 3, '2026-02-02', 9, NULL), (6, 3, '2026-03-15', 7, 8);";

static int
setup(void **state)
{
	struct fx	*f = calloc(1, sizeof(*f));

	if (tmpdb_open(&f->tmp, &f->db, "test-report", NULL) != 0)
		return -1;
	if (db_begin(f->db) != WB_OK || refdata_load(f->db, NULL) != WB_OK) {
		fprintf(stderr, "setup: %s\n", db_error(f->db));
		return -1;
	}
	sql(f->db, history);
	if (db_commit(f->db) != WB_OK)
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

static struct report *
compute(struct fx *f, const char *from, const char *to, const char *today)
{
	struct report_options	 o;
	struct report		*r;

	o.from = day(from);
	o.to = day(to);
	o.today = day(today);
	if (report_compute(f->db, &o, &r) != WB_OK)
		fail_msg("report_compute: %s", db_error(f->db));
	return r;
}

static const struct report_group *
group(const struct report *r, enum report_by by, const char *key)
{
	size_t	i;

	for (i = 0; i < r->by[by].ngroups; i++)
		if (strcmp(r->by[by].groups[i].key, key) == 0)
			return &r->by[by].groups[i];
	fail_msg("no group %s", key);
	return NULL;
}

/* Compare the first ten CSV figures of a row (-1: does not apply);
 * test-outflow.c checks the rest. */
static void
expect_row(const struct report_figures *f, const double want[9])
{
	int	c;

	for (c = 1; c < REPORT_NCSV_BASE; c++)
		if (fabs(report_figure(f, c) - want[c - 1]) > 1e-9)
			fail_msg("%s: %g, expected %g", report_csv_columns[c],
			    report_figure(f, c), want[c - 1]);
}

static void
test_totals(void **state)
{
	struct report	*r = compute(*state, "2026-01-01", "2026-03-31",
			    "2026-11-23");
	/* collected filled median placements people durable 12m in pool */
	static const double want[9] = { 5, 3, 30, 7, 5, 3, 0, 3, 3 };

	expect_row(&r->total, want);
	assert_int_equal(r->total.durable_due, 7);
	assert_int_equal(r->total.durable_people, 3);
	assert_int_equal(r->total.durable_12m_due, 0);
	assert_int_equal(r->total.outflow, 2);
	assert_int_equal(r->durable_months, 6);
	assert_int_equal(r->durable_long_months, 12);
	report_free(r);
}

static void
test_by_partner(void **state)
{
	struct report	*r = compute(*state, "2026-01-01", "2026-03-31",
			    "2026-11-23");
	/*
	 * AAA: V1 V6 collected, V1 V2 filled (25); P1 P2 P3 P6: 4, people
	 * 100 400, none durable; inflow C2; pool C1 C2.
	 * BBB: V3 V5 V7, V7 filled (89); P4 P5 P9 all durable; inflow C3
	 * C6; pool C6; outflow C3 C4.
	 */
	static const double aaa[9] = { 2, 2, 25, 4, 2, 0, 0, 1, 2 };
	static const double bbb[9] = { 3, 1, 89, 3, 3, 3, 0, 2, 1 };

	assert_int_equal(r->by[REPORT_BY_PARTNER].ngroups, 2);
	assert_string_equal(r->by[REPORT_BY_PARTNER].groups[0].key, "AAA");
	assert_string_equal(r->by[REPORT_BY_PARTNER].groups[0].name,
	    "Partner A");
	expect_row(&group(r, REPORT_BY_PARTNER, "AAA")->f, aaa);
	expect_row(&group(r, REPORT_BY_PARTNER, "BBB")->f, bbb);
	assert_int_equal(group(r, REPORT_BY_PARTNER, "BBB")->f.outflow, 2);
	report_free(r);
}

static void
test_by_target_group(void **state)
{
	struct report	*r = compute(*state, "2026-01-01", "2026-03-31",
			    "2026-11-23");
	/* A vacancy has no target group: -1 (does not apply). */
	static const double bijstand[9] = { -1, -1, -1, 3, 1, 0, 0, 0, 1 };
	static const double ww[9] = { -1, -1, -1, 2, 2, 2, 0, 2, 1 };
	static const double status[9] = { -1, -1, -1, 1, 1, 0, 0, 1, 1 };
	static const double wajong[9] = { -1, -1, -1, 1, 1, 1, 0, 0, 0 };
	static const double nug[9] = { -1, -1, -1, 0, 0, 0, 0, 0, 0 };

	/* All nine target groups, in the schema's order. */
	assert_int_equal(r->by[REPORT_BY_TARGET_GROUP].ngroups, 9);
	assert_string_equal(r->by[REPORT_BY_TARGET_GROUP].groups[0].key,
	    "bijstand");
	expect_row(&group(r, REPORT_BY_TARGET_GROUP, "bijstand")->f, bijstand);
	expect_row(&group(r, REPORT_BY_TARGET_GROUP, "ww")->f, ww);
	expect_row(&group(r, REPORT_BY_TARGET_GROUP, "statushouder")->f,
	    status);
	expect_row(&group(r, REPORT_BY_TARGET_GROUP, "wajong")->f, wajong);
	/* C4 (nug) left in February. */
	expect_row(&group(r, REPORT_BY_TARGET_GROUP, "nug")->f, nug);
	assert_int_equal(group(r, REPORT_BY_TARGET_GROUP, "nug")->f.outflow,
	    1);
	report_free(r);
}

static void
test_by_municipality(void **state)
{
	struct report	*r = compute(*state, "2026-01-01", "2026-03-31",
			    "2026-11-23");
	/*
	 * Noorddorp: V1 V3 V5 collected, V1 filled (30); P1 P2 P3 P9 (people
	 * 100 600, P9 durable); C3 in (and out), C1 in the pool.
	 * Zuiddorp: V7 collected; V2 V7 filled (54.5); P4 P6 (P4 durable);
	 * C2 C6 in, both in the pool.
	 * unknown: V6 collected; P5 (durable); C4 out.
	 */
	static const double noord[9] = { 3, 1, 30, 4, 2, 1, 0, 1, 1 };
	static const double zuid[9] = { 1, 2, 54.5, 2, 2, 1, 0, 2, 2 };
	static const double unknown[9] = { 1, 0, -1, 1, 1, 1, 0, 0, 0 };
	const struct report_breakdown *b = &r->by[REPORT_BY_MUNICIPALITY];

	/* By name, "unknown" last. */
	assert_int_equal(b->ngroups, 3);
	assert_string_equal(b->groups[0].key, "Noorddorp");
	assert_string_equal(b->groups[1].key, "Zuiddorp");
	assert_string_equal(b->groups[2].key, "unknown");
	expect_row(&b->groups[0].f, noord);
	expect_row(&b->groups[1].f, zuid);
	expect_row(&b->groups[2].f, unknown);
	assert_int_equal(b->groups[2].f.outflow, 1);
	report_free(r);
}

static void
test_by_month(void **state)
{
	struct report	*r = compute(*state, "2026-01-01", "2026-03-31",
			    "2026-11-23");
	/*
	 * January: V1 V7 collected, V2 filled (20); P1 P6; C2 in; pool at
	 * 01-31: C1 C2 C4.  February: V5 V6, V1 filled (30); P2 P4 (P4
	 * durable); C6 in, C4 out; pool C1 C2 C6.  March: V3, V7 filled
	 * (89); P3 P5 P9 (P5 P9 durable); C3 in and out; pool C1 C2 C6.
	 * Person 100 counts once in each month: months add up to 7 people,
	 * the quarter to 5.
	 */
	static const double jan[9] = { 2, 1, 20, 2, 2, 0, 0, 1, 3 };
	static const double feb[9] = { 2, 1, 30, 2, 2, 1, 0, 1, 3 };
	static const double mar[9] = { 1, 1, 89, 3, 3, 2, 0, 1, 3 };
	const struct report_breakdown *b = &r->by[REPORT_BY_MONTH];

	assert_int_equal(b->ngroups, 3);
	assert_string_equal(b->groups[0].key, "2026-01");
	assert_string_equal(b->groups[2].key, "2026-03");
	expect_row(&b->groups[0].f, jan);
	expect_row(&b->groups[1].f, feb);
	expect_row(&b->groups[2].f, mar);
	assert_int_equal(b->groups[1].f.outflow, 1);
	assert_int_equal(b->groups[2].f.outflow, 1);
	report_free(r);
}

/* The durable rule counts only once the 6 months have passed. */
static void
test_durable_waits(void **state)
{
	struct report	*r;

	/*
	 * Today 2026-07-10: only P1 (due 07-01) has had its 6 months, and
	 * it ended in January: due 1, durable 0.
	 */
	r = compute(*state, "2026-01-01", "2026-03-31", "2026-07-10");
	assert_int_equal(r->total.placements, 7);
	assert_int_equal(r->total.durable_due, 1);
	assert_int_equal(r->total.durable_placements, 0);
	report_free(r);
	/*
	 * Today 2026-08-15: P1 (07-01), P6 (07-15), P2 (08-01) and P4 (on
	 * this very day, 08-15) are due; P4 is still working: durable 1.
	 */
	r = compute(*state, "2026-01-01", "2026-03-31", "2026-08-15");
	assert_int_equal(r->total.durable_due, 4);
	assert_int_equal(r->total.durable_placements, 1);
	report_free(r);
	/* The day before, P4 is not due yet. */
	r = compute(*state, "2026-01-01", "2026-03-31", "2026-08-14");
	assert_int_equal(r->total.durable_due, 3);
	assert_int_equal(r->total.durable_placements, 0);
	report_free(r);
}

/* The threshold is the setting durable_months. */
static void
test_durable_setting(void **state)
{
	struct fx	*f = *state;
	struct report	*r;

	/*
	 * With 2 months: P1 ends 01-31 < 03-01, P2 02-28 < 04-01 and P3
	 * 03-31 < 05-01 are not durable; P4 P5 P6 P9 are.
	 */
	sql(f->db, "UPDATE setting SET value = '2' WHERE key = "
	    "'durable_months'");
	r = compute(f, "2026-01-01", "2026-03-31", "2026-11-23");
	assert_int_equal(r->durable_months, 2);
	assert_int_equal(r->total.durable_due, 7);
	assert_int_equal(r->total.durable_placements, 4);
	report_free(r);
}

static void
test_durable_12m(void **state)
{
	struct fx	*f = *state;
	struct report	*r;

	/*
	 * 2025Q1: P10 (800) 2025-01-31..2026-01-30: 12 months end on
	 * 2026-01-31, one day later: durable at 6, not at 12 months.  P11
	 * (900) from 2025-02-28, still working: both.
	 */
	sql(f->db, "INSERT INTO placement (id, person_no, partner_id, "
	    "target_group, municipality_code, start_date, end_date) VALUES "
	    "(10, 800, 1, 'overig', '9901', '2025-01-31', '2026-01-30'),"
	    "(11, 900, 2, 'overig', '9902', '2025-02-28', NULL)");
	r = compute(f, "2025-01-01", "2025-03-31", "2026-11-23");
	assert_int_equal(r->total.placements, 2);
	assert_int_equal(r->total.durable_due, 2);
	assert_int_equal(r->total.durable_placements, 2);
	assert_int_equal(r->total.durable_12m_due, 2);
	assert_int_equal(r->total.durable_12m, 1);
	report_free(r);
	/* Today 2026-02-27: P10 is due (01-31), P11 (02-28) not yet. */
	r = compute(f, "2025-01-01", "2025-03-31", "2026-02-27");
	assert_int_equal(r->total.durable_12m_due, 1);
	assert_int_equal(r->total.durable_12m, 0);
	report_free(r);
}

static void
test_leap_years(void **state)
{
	struct fx	*f = *state;
	struct report	*r;

	/*
	 * 2023-08-31 + 6 months = 2024-02-29 (a leap year): P12 ending on
	 * that day is durable.  2024-08-31 + 6 = 2025-02-28: P13 ending on
	 * the 28th is durable; P14 from 08-30 (due 2025-02-28) ending on
	 * the 27th is not.
	 */
	sql(f->db, "INSERT INTO placement (id, person_no, partner_id, "
	    "target_group, municipality_code, start_date, end_date) VALUES "
	    "(12, 1000, 1, 'overig', '9901', '2023-08-31', '2024-02-29'),"
	    "(13, 1001, 1, 'overig', '9901', '2024-08-31', '2025-02-28'),"
	    "(14, 1002, 1, 'overig', '9901', '2024-08-30', '2025-02-27')");
	r = compute(f, "2023-07-01", "2023-09-30", "2026-11-23");
	assert_int_equal(r->total.placements, 1);
	assert_int_equal(r->total.durable_placements, 1);
	report_free(r);
	r = compute(f, "2024-07-01", "2024-09-30", "2026-11-23");
	assert_int_equal(r->total.placements, 2);
	assert_int_equal(r->total.durable_placements, 1);
	report_free(r);
	/* V8: 2024-02-01 to 2024-03-01 over the 29th of February: 29 days. */
	r = compute(f, "2024-01-01", "2024-03-31", "2026-11-23");
	assert_int_equal(r->total.vacancies_collected, 1);
	assert_int_equal(r->total.vacancies_filled, 1);
	assert_true(r->total.median_days_to_fill == 29);
	/* 2024 is a leap year: February has 29 days, the quarter 91. */
	assert_int_equal(r->by[REPORT_BY_MONTH].ngroups, 3);
	report_free(r);
}

static void
test_ratings(void **state)
{
	struct report	*r = compute(*state, "2026-01-01", "2026-03-31",
			    "2026-11-23");
	const struct report_ratings *rt = &r->ratings;

	assert_int_equal(rt->answers, 5);
	assert_int_equal(rt->dist[6], 1);
	assert_int_equal(rt->dist[7], 1);
	assert_int_equal(rt->dist[8], 1);
	assert_int_equal(rt->dist[9], 2);
	assert_int_equal(rt->dist[0], 0);	/* 2025-12-31: outside */
	assert_int_equal(rt->nps_answers, 4);
	assert_int_equal(rt->promoters, 2);
	assert_int_equal(rt->passives, 1);
	assert_int_equal(rt->detractors, 1);
	assert_true(fabs(rt->nps - 25) < 1e-9);
	assert_int_equal(rt->employers, 3);
	assert_int_equal(rt->employers_8plus, 2);
	assert_true(fabs(rt->share_8plus - 200.0 / 3) < 1e-9);
	assert_true(rt->share_target == 85);
	assert_true(rt->few);		/* 5 < 30 answers */
	report_free(r);
	/* No ratings at all: no share, NPS 0 of 0 answers. */
	r = compute(*state, "2023-01-01", "2023-03-31", "2026-11-23");
	assert_int_equal(r->ratings.answers, 0);
	assert_true(r->ratings.share_8plus < 0);
	report_free(r);
}

static void
test_targets(void **state)
{
	struct fx	*f = *state;
	struct report	*r;
	long long	 n;

	assert_int_equal(report_target_set(f->db, "tester", "2026Q1",
	    "placements", 10), WB_OK);
	assert_int_equal(report_target_set(f->db, "tester", "2026",
	    "durable_placements", 6), WB_OK);
	assert_int_equal(report_target_set(f->db, "tester", "2026-02",
	    "people_placed", 4), WB_OK);
	assert_int_equal(report_target_set(f->db, "tester", "2026Q1",
	    "employer_share_8plus", 80), WB_OK);
	assert_int_equal(report_target_set(f->db, "tester", "2026Q1", "nps",
	    25), WB_OK);
	assert_int_equal(report_target_set(f->db, "tester", "2025Q4",
	    "placements", 5), WB_OK);
	/* Setting again replaces. */
	assert_int_equal(report_target_set(f->db, "tester", "2026Q1",
	    "placements", 14), WB_OK);
	assert_int_equal(db_query_int(f->db, "SELECT count(*) FROM target",
	    &n), WB_OK);
	assert_int_equal(n, 6);
	assert_int_equal(db_query_int(f->db, "SELECT count(*) FROM audit_log "
	    "WHERE record_type = 'target' AND login = 'tester'", &n), WB_OK);
	assert_int_equal(n, 7);
	/* Refused, and nothing stored. */
	assert_int_equal(report_target_set(f->db, "t", "2026Q5", "placements",
	    1), WB_INVALID);
	assert_int_equal(report_target_set(f->db, "t", "26", "placements", 1),
	    WB_INVALID);
	assert_int_equal(report_target_set(f->db, "t", "2026-13",
	    "placements", 1), WB_INVALID);
	assert_int_equal(report_target_set(f->db, "t", "2026", "pool_end", 1),
	    WB_INVALID);
	assert_int_equal(report_target_set(f->db, "t", "2026",
	    "employer_share_8plus", 101), WB_INVALID);
	assert_int_equal(report_target_set(f->db, "t", "2026", "nps", -101),
	    WB_INVALID);
	assert_int_equal(report_target_set(f->db, "t", "2026", "placements",
	    -1), WB_INVALID);
	assert_int_equal(report_target_set(f->db, "t", "2026", "placements",
	    NAN), WB_INVALID);
	assert_int_equal(db_query_int(f->db, "SELECT count(*) FROM target",
	    &n), WB_OK);
	assert_int_equal(n, 6);

	/*
	 * The 2026Q1 report shows the five targets whose period overlaps
	 * it (not 2025Q4): years first, then quarters, then months.
	 * 2026 durable_placements: counted 2026-01-01..03-31 (so far): 3
	 * of 6, 50%.  2026Q1 placements 7 of 14 = 50%; share 66.7 of 80;
	 * NPS 20 of 25 = 80%.  2026-02 people placed: P2 P4, 2 of 4.
	 */
	r = compute(f, "2026-01-01", "2026-03-31", "2026-11-23");
	assert_int_equal(r->ntargets, 5);
	assert_string_equal(r->targets[0].period, "2026");
	assert_string_equal(r->targets[0].figure, "durable_placements");
	assert_true(r->targets[0].value == 3);
	assert_true(r->targets[0].pct == 50);
	assert_true(r->targets[0].partial);
	assert_int_equal(r->targets[0].through, day("2026-03-31"));
	assert_string_equal(r->targets[1].figure, "placements");
	assert_true(r->targets[1].value == 7 && r->targets[1].pct == 50);
	assert_false(r->targets[1].partial);
	assert_string_equal(r->targets[2].figure, "employer_share_8plus");
	assert_true(fabs(r->targets[2].value - 200.0 / 3) < 1e-9);
	assert_true(r->ratings.share_target == 80);
	assert_string_equal(r->targets[3].figure, "nps");
	assert_true(fabs(r->targets[3].pct - 100) < 1e-9);
	assert_string_equal(r->targets[4].period, "2026-02");
	assert_true(r->targets[4].value == 2 && r->targets[4].pct == 50);
	report_free(r);
}

static void
test_trend(void **state)
{
	struct report	*r = compute(*state, "2026-01-01", "2026-03-31",
			    "2026-11-23");
	const struct report_trend *t = &r->trend;

	/*
	 * Twelve months, 2025-04..2026-03.  Placements: P7 in 2025-12 (8),
	 * 2 in January, 2 in February, 3 in March; AAA (partner 0): P7,
	 * then P1 P6, P2, P3.  Pool at the end of April 2025: C4 and C7 (2);
	 * June: C1 too (3); December: C7 left on the 31st (2); then 3 3 3.
	 */
	assert_int_equal(t->nmonths, 12);
	assert_int_equal(t->month[0], day("2025-04-01"));
	assert_int_equal(t->total[8], 1);
	assert_int_equal(t->total[9], 2);
	assert_int_equal(t->total[10], 2);
	assert_int_equal(t->total[11], 3);
	assert_int_equal(t->placements[0 * 12 + 9], 2);
	assert_int_equal(t->placements[1 * 12 + 11], 2);
	assert_int_equal(t->pool_end[0], 2);
	assert_int_equal(t->pool_end[2], 3);
	assert_int_equal(t->pool_end[8], 2);
	assert_int_equal(t->pool_end[9], 3);
	assert_int_equal(t->pool_end[11], 3);
	assert_int_equal(t->inflow[2], 1);	/* C1 */
	assert_int_equal(t->outflow[8], 1);	/* C7 */
	assert_int_equal(t->outflow[10], 1);	/* C4 */
	report_free(r);
}

static char *
slurp(FILE *fp)
{
	long	 n;
	char	*s;

	fflush(fp);
	n = ftell(fp);
	rewind(fp);
	s = calloc(1, (size_t)n + 1);
	if (fread(s, 1, (size_t)n, fp) != (size_t)n)
		fail_msg("short read");
	return s;
}

static void
test_csv(void **state)
{
	struct report	*r = compute(*state, "2026-01-01", "2026-03-31",
			    "2026-11-23");
	FILE		*fp;
	char		*s;
	long		 rows;

	fp = tmpfile();
	assert_int_equal(report_write_csv(r, REPORT_BY_PARTNER, fp, 0, &rows),
	    WB_OK);
	s = slurp(fp);
	/*
	 * The columns of issue 18 follow (test-outflow.c): here C3 and C4
	 * left without a reason (onbekend), nothing else happened but E2's
	 * first vacancy (V5, February): one new employer, of no partner.
	 */
	assert_string_equal(s,
	    "group,vacancies_collected,vacancies_filled,median_days_to_fill,"
	    "placements,people_placed,durable_placements,durable_12m,inflow,"
	    "pool_end,outflow_werk_via_team,outflow_werk_zelf,"
	    "outflow_uitkering_beeindigd,outflow_verhuisd,outflow_opleiding,"
	    "outflow_ziek,outflow_overig,outflow_onbekend,"
	    "banenafspraak_placements,banenafspraak_jobs,lks_placements,"
	    "lks_mean_pct,jobcoach_placements,jobcoach_median_days,"
	    "not_chosen_ervaring,not_chosen_taal,not_chosen_uren,"
	    "not_chosen_reisafstand,not_chosen_profiel_past_niet,"
	    "not_chosen_vacature_vervuld,not_chosen_vacature_ingetrokken,"
	    "not_chosen_geen_reactie,not_chosen_overig,not_chosen_onbekend,"
	    "new_employers\n"
	    "total,5,3,30,7,5,3,0,3,3,0,0,0,0,0,0,0,2,0,0,0,,0,,"
	    "0,0,0,0,0,0,0,0,0,0,1\n"
	    "AAA,2,2,25,4,2,0,0,1,2,0,0,0,0,0,0,0,0,0,0,0,,0,,"
	    "0,0,0,0,0,0,0,0,0,0,0\n"
	    "BBB,3,1,89,3,3,3,0,2,1,0,0,0,0,0,0,0,2,0,0,0,,0,,"
	    "0,0,0,0,0,0,0,0,0,0,0\n");
	assert_int_equal(rows, 3);
	free(s);
	fclose(fp);

	/* Excel: BOM, ';', CRLF, decimal comma; empty where n/a. */
	fp = tmpfile();
	assert_int_equal(report_write_csv(r, REPORT_BY_MUNICIPALITY, fp, 1,
	    &rows), WB_OK);
	s = slurp(fp);
	assert_non_null(strstr(s, "\xef\xbb\xbfgroup;vacancies_collected;"));
	assert_non_null(strstr(s, "\r\nZuiddorp;1;2;54,5;2;2;1;0;2;2;"));
	assert_non_null(strstr(s, "\r\nunknown;1;0;;1;1;1;0;0;0;"));
	free(s);
	fclose(fp);

	fp = tmpfile();
	assert_int_equal(report_write_csv(r, REPORT_BY_TARGET_GROUP, fp, 0,
	    NULL), WB_OK);
	s = slurp(fp);
	assert_non_null(strstr(s, "\nbijstand,,,,3,1,0,0,0,1,"));
	free(s);
	fclose(fp);
	report_free(r);
}

static void
test_json_markdown(void **state)
{
	struct report	*r = compute(*state, "2026-01-01", "2026-03-31",
			    "2026-11-23");
	FILE		*fp;
	char		*s;

	fp = tmpfile();
	assert_int_equal(report_write_json(r, REPORT_BY_MONTH, fp), WB_OK);
	s = slurp(fp);
	assert_true(s[0] == '[');
	assert_non_null(strstr(s, "{\"group\":\"total\",\"name\":\"total\","
	    "\"vacancies_collected\":5,"));
	assert_non_null(strstr(s, "\"period\":\"2026Q1\""));
	assert_non_null(strstr(s, "\"nps\":25.0"));
	assert_non_null(strstr(s, "{\"group\":\"2026-03\""));
	free(s);
	fclose(fp);

	fp = tmpfile();
	assert_int_equal(report_write_markdown(r, fp), WB_OK);
	s = slurp(fp);
	assert_non_null(strstr(s, "# Monitoring 2026Q1\n"));
	assert_non_null(strstr(s, "| Partner B | 3 | 1 | 89 | 3 | 3 | 3 | 0 "
	    "| 2 | 1 |\n"));
	assert_non_null(strstr(s, "| Zuiddorp | 1 | 2 | 54.5 |"));
	assert_non_null(strstr(s, "## Appendix: counting rules"));
	free(s);
	fclose(fp);
	report_free(r);
}

static void
test_periods(void **state)
{
	char	buf[32];
	int	from, to;

	(void)state;
	assert_int_equal(report_period_parse("2024Q1", &from, &to), WB_OK);
	assert_int_equal(from, day("2024-01-01"));
	assert_int_equal(to, day("2024-03-31"));
	assert_int_equal(report_period_parse("2024-02", &from, &to), WB_OK);
	assert_int_equal(to, day("2024-02-29"));
	assert_int_equal(report_period_parse("2026-02", &from, &to), WB_OK);
	assert_int_equal(to, day("2026-02-28"));
	assert_int_equal(report_period_parse("2026", &from, &to), WB_OK);
	assert_int_equal(to, day("2026-12-31"));
	assert_int_equal(report_period_parse("2026Q4", &from, &to), WB_OK);
	assert_int_equal(to, day("2026-12-31"));
	assert_int_equal(report_period_parse("2026Q0", &from, &to),
	    WB_INVALID);
	assert_int_equal(report_period_parse("2026-1", &from, &to),
	    WB_INVALID);
	assert_int_equal(report_period_parse("", &from, &to), WB_INVALID);
	report_quarter(day("2026-11-23"), &from, &to);
	assert_int_equal(from, day("2026-10-01"));
	assert_int_equal(to, day("2026-12-31"));
	report_quarter(day("2024-02-29"), &from, &to);
	assert_int_equal(from, day("2024-01-01"));
	assert_int_equal(to, day("2024-03-31"));
	assert_string_equal(report_period_name(day("2026-10-01"),
	    day("2026-12-31"), buf, sizeof(buf)), "2026Q4");
	assert_string_equal(report_period_name(day("2026-01-01"),
	    day("2026-12-31"), buf, sizeof(buf)), "2026");
	assert_string_equal(report_period_name(day("2024-02-01"),
	    day("2024-02-29"), buf, sizeof(buf)), "2024-02");
	assert_string_equal(report_period_name(day("2026-10-01"),
	    day("2026-11-15"), buf, sizeof(buf)), "2026-10-01..2026-11-15");
}

static void
test_charts(void **state)
{
	static const double	v[] = { 0, 1, 2, 7 };
	static const double	gap[] = { 1, NAN, 0 };
	char			*s;

	(void)state;
	s = chart_bar(50, 100, 10, 0, 0);
	assert_string_equal(s, "#####");
	free(s);
	s = chart_bar(50, 100, 10, 1, 0);
	assert_string_equal(s, "#####     ");
	free(s);
	/* 3/8 of 2 columns = 6 eighths: one partial cell, U+258A. */
	s = chart_bar(3, 8, 2, 0, 1);
	assert_string_equal(s, "\xe2\x96\x8a");
	free(s);
	s = chart_bar(200, 100, 3, 0, 1);	/* clipped to max */
	assert_string_equal(s, "\xe2\x96\x88\xe2\x96\x88\xe2\x96\x88");
	free(s);
	s = chart_bar(5, 0, 4, 1, 1);		/* no max: empty */
	assert_string_equal(s, "    ");
	free(s);
	s = chart_sparkline(v, 4, 0);
	assert_string_equal(s, "_.-@");
	free(s);
	s = chart_sparkline(v, 4, 1);
	assert_string_equal(s, "\xe2\x96\x81\xe2\x96\x82\xe2\x96\x83"
	    "\xe2\x96\x88");
	free(s);
	s = chart_sparkline(gap, 3, 0);
	assert_string_equal(s, "@ _");
	free(s);
	s = chart_sparkline(NULL, 0, 1);
	assert_string_equal(s, "");
	free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_totals, setup, teardown),
		cmocka_unit_test_setup_teardown(test_by_partner, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_by_target_group, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_by_municipality, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_by_month, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_durable_waits, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_durable_setting, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_durable_12m, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_leap_years, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_ratings, setup, teardown),
		cmocka_unit_test_setup_teardown(test_targets, setup, teardown),
		cmocka_unit_test_setup_teardown(test_trend, setup, teardown),
		cmocka_unit_test_setup_teardown(test_csv, setup, teardown),
		cmocka_unit_test_setup_teardown(test_json_markdown, setup,
		    teardown),
		cmocka_unit_test(test_periods),
		cmocka_unit_test(test_charts),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
