/*
 * test-outflow.c: monitoring toward outflow (issue 18).  Every new
 * figure of the report on a small history made by hand, with the
 * numbers worked out below, and the core actions behind them: leaving
 * the pool, the reasons a proposal ends, closing a filled vacancy's
 * other proposals, the jobcoach of a placement, and a purge that leaves
 * past reports as they were.  "Today" is 2026-11-23; the period 2026Q1.
 *
 * Partners AAA (1) and BBB (2); users ann (1, AAA) and bob (2, BBB),
 * recruiters.  PC4 1001 in Noorddorp (9901), 1002 in Zuiddorp (9902).
 * Employers: E1 Bakkerij (AAA/W1, horeca), E2 Zorg (no partner, zorg),
 * E3 Metaal (no sector).
 *
 * Vacancies: V1 E1 2025-06-01 banenafspraak, filled 2026-01-20;
 * V2 E2 2026-01-10 banenafspraak; V3 E3 2026-02-01.
 *
 * Placements (person, partner, target group, start, vacancy, hours,
 * consultant, instruments, jobcoach start):
 *   P1 100 AAA wajong   2026-01-05 V1 17 ann lks:40 jobcoach  01-15
 *   P2 100 AAA wajong   2026-02-01 V2 34 ann lks:60 no_risk   -
 *   P3 200 BBB bijstand 2026-03-01 V3 -  bob lks jobcoach,    never
 *                       contract proefplaatsing
 *   P4 300 BBB ww       2026-03-10 V2 -  -   jobcoach         03-30
 *   P5 400 AAA nug      2025-12-01 V1 20 ann (before the period)
 * 2026Q1: placements 4, people 3 (person 100 twice).  Banenafspraak:
 * P1 P2 P4 = 3; jobs 17 / 25.5 + 34 / 25.5 = 0.67 + 1.33 = 2, P4 has
 * no hours (counted as a placement, not in the jobs).  LKS: P1 P2 P3 =
 * 3, mean (40 + 60) / 2 = 50 (P3 without a percentage).  Instruments:
 * lks 3, jobcoach 3, proefplaatsing 1 (P3's contract), no_risk 1.
 * Jobcoach: P1 P3 P4 = 3; started P1 after 10 days, P4 after 20:
 * median 15; P3's coach never started.  All four durable by today.
 *
 * Candidates (partner, target group, PC4, consultant, left, reason):
 *   C1 AAA wajong   1001 ann 2026-01-05 werk_via_team
 *   C2 BBB bijstand 1002 bob 2026-03-01 werk_via_team
 *   C3 BBB ww       1002 bob 2026-02-15 werk_zelf
 *   C4 AAA nug      1001 ann 2026-01-20 (none: onbekend)
 *   C5 AAA bijstand 1001 ann 2026-03-31 verhuisd
 *   C6 AAA bijstand 1001 ann 2026-04-01 ziek (after the period)
 *   C7 BBB overig   1002 -   in the pool
 * and two purged people (BBB ww Zuiddorp bob) who left 2026-02-01 for
 * opleiding.  Outflow 7: werk_via_team 2, werk_zelf 1, verhuisd 1,
 * opleiding 2, onbekend 1; by consultant ann 3 (C1 C4 C5), bob 4.
 *
 * Proposals that ended (vacancy, candidate, reason, day):
 *   not chosen: V2 C1 ervaring 01-15, V2 C2 taal 01-16, V2 C3 uren
 *   01-17, V2 C4 reisafstand 01-18, V2 C5 profiel_past_niet 02-01,
 *   V2 C6 vacature_vervuld 02-02, V2 C7 vacature_ingetrokken 02-03,
 *   V3 C1 geen_reactie 02-04, V3 C2 overig 02-05, V3 C3 none 03-31,
 *   V3 C4 ervaring 04-01 (after), and a purged person's on V2 for taal
 *   on 02-10: one with each reason, taal twice, 11 in all.
 *   withdrawn: V3 C5 geen_interesse 03-01, V3 C6 ander_werk 03-02,
 *   V3 C7 none 03-03: 3.
 * By employer: E2 not chosen 8 (7 + the purged), E3 3 and withdrawn 3.
 * By consultant: ann 5 (C1 twice, C4 C5 C6), bob 5, unknown 1 (C7).
 *
 * Employers in 2026Q1: E1's first event was V1 (2025-06-01) and P1
 * came in the period: returning; E2 (V2, January) and E3 (V3,
 * February) are new: 2 new, 1 returning.
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

#include "werkbank/date.h"
#include "werkbank/db.h"
#include "werkbank/jobcoach.h"
#include "werkbank/outflow.h"
#include "werkbank/purge.h"
#include "werkbank/report.h"
#include "werkbank/user.h"
#include "werkbank/workflow.h"

#include "tmpdb.h"

struct fx {
	struct tmpdb	 tmp;
	struct db	*db;
	struct user_ctx	 ann, bob, cora;
};

static const char history[] =
    "INSERT INTO municipality (code, name) VALUES "
    "('9901', 'Noorddorp'), ('9902', 'Zuiddorp');"
    "INSERT INTO pc4 (code, place, municipality_code, lat, lon) VALUES "
    "('1001', 'Noorddorp', '9901', 52.7, 6.2),"
    "('1002', 'Zuiddorp', '9902', 52.6, 6.2);"
    "INSERT INTO isco_group (code, level, parent_code, title_en, title_nl) "
    "VALUES ('8', 1, NULL, 'x', 'x'), ('83', 2, '8', 'x', 'x'),"
    "('834', 3, '83', 'x', 'x'), ('8344', 4, '834', 'x', 'x');"
    "INSERT INTO partner (id, code, name, kind) VALUES "
    "(1, 'AAA', 'Partner A', 'gemeente'), (2, 'BBB', 'Partner B', 'uwv');"
    "INSERT INTO app_user (id, login, name, partner_id, role) VALUES "
    "(1, 'ann', 'Ann de Wit', 1, 'recruiter'),"
    "(2, 'bob', 'Bob Smit', 2, 'recruiter'),"
    "(3, 'cora', 'Cora', 2, 'coordinator');"
    "INSERT INTO employer (id, name, name_key, pc4, partner_id, ref, "
    "sector) VALUES (1, 'Bakkerij', 'bakkerij', '1001', 1, 'W1', 'horeca'),"
    "(2, 'Zorg', 'zorg', '1002', NULL, NULL, 'zorg'),"
    "(3, 'Metaal', 'metaal', '1001', NULL, NULL, NULL);"
    "INSERT INTO vacancy (id, partner_id, ref, employer_id, title, "
    "isco_code, pc4, positions, job_agreement, collected_on, status, "
    "closed_on) VALUES "
    "(1, 1, 'V1', 1, 'Inpak', '8344', '1001', 2, 1, '2025-06-01', "
    "'vervuld', '2026-01-20'),"
    "(2, 2, 'V2', 2, 'Zorg', '8344', '1002', 9, 1, '2026-01-10', 'open', "
    "NULL),"
    "(3, 1, 'V3', 3, 'Metaal', '8344', '1001', 9, 0, '2026-02-01', 'open', "
    "NULL);"
    "INSERT INTO placement (id, vacancy_id, person_no, partner_id, "
    "target_group, municipality_code, start_date, end_date, contract, "
    "hours, consultant_id) VALUES "
    "(1, 1, 100, 1, 'wajong', '9901', '2026-01-05', NULL, 'vast', 17, 1),"
    "(2, 2, 100, 1, 'wajong', '9901', '2026-02-01', NULL, 'vast', 34, 1),"
    "(3, 3, 200, 2, 'bijstand', '9902', '2026-03-01', NULL, "
    "'proefplaatsing', NULL, 2),"
    "(4, 2, 300, 2, 'ww', '9902', '2026-03-10', NULL, NULL, NULL, NULL),"
    "(5, 1, 400, 1, 'nug', '9901', '2025-12-01', NULL, 'vast', 20, 1);"
    "INSERT INTO placement_instrument (placement_id, instrument, "
    "percentage) VALUES (1, 'lks', 40), (1, 'jobcoach', NULL),"
    "(2, 'lks', 60), (2, 'no_risk', NULL), (3, 'lks', NULL),"
    "(3, 'jobcoach', NULL), (5, 'lks', 70);"
    "INSERT INTO placement_jobcoach (placement_id, coach, paid_by, "
    "start_date, hours) VALUES (1, 'Jobcoach Noord', 'gemeente', "
    "'2026-01-15', 4), (3, 'Werkfit', 'uwv', NULL, NULL),"
    "(4, 'Werkfit', NULL, '2026-03-30', 2);"
    "INSERT INTO candidate (id, partner_id, ref, first_name, last_name, "
    "pc4, target_group, consent, consultant_id, status, registered_on, "
    "left_on, leave_reason) VALUES "
    "(1, 1, 'C1', 'a', 'b', '1001', 'wajong', 1, 1, 'geplaatst', "
    "'2025-01-01', '2026-01-05', 'werk_via_team'),"
    "(2, 2, 'C2', 'a', 'b', '1002', 'bijstand', 1, 2, 'geplaatst', "
    "'2025-01-01', '2026-03-01', 'werk_via_team'),"
    "(3, 2, 'C3', 'a', 'b', '1002', 'ww', 1, 2, 'inactief', '2025-05-01', "
    "'2026-02-15', 'werk_zelf'),"
    "(4, 1, 'C4', 'a', 'b', '1001', 'nug', 1, 1, 'inactief', '2025-05-01', "
    "'2026-01-20', NULL),"
    "(5, 1, 'C5', 'a', 'b', '1001', 'bijstand', 1, 1, 'inactief', "
    "'2025-05-01', '2026-03-31', 'verhuisd'),"
    "(6, 1, 'C6', 'a', 'b', '1001', 'bijstand', 1, 1, 'inactief', "
    "'2025-05-01', '2026-04-01', 'ziek'),"
    "(7, 2, 'C7', 'a', 'b', '1002', 'overig', 1, NULL, 'beschikbaar', "
    "'2026-01-02', NULL, NULL);"
    "INSERT INTO candidate_purged (partner_id, target_group, "
    "municipality_code, registered_on, left_on, leave_reason, "
    "consultant_id, n) VALUES (2, 'ww', '9902', '2025-01-01', "
    "'2026-02-01', 'opleiding', 2, 2);"
    "INSERT INTO proposal (id, vacancy_id, candidate_id, step, proposed_on) "
    "VALUES (1, 2, 1, 'not_chosen', '2026-01-11'),"
    "(2, 2, 2, 'not_chosen', '2026-01-11'),"
    "(3, 2, 3, 'not_chosen', '2026-01-11'),"
    "(4, 2, 4, 'not_chosen', '2026-01-11'),"
    "(5, 2, 5, 'not_chosen', '2026-01-11'),"
    "(6, 2, 6, 'not_chosen', '2026-01-11'),"
    "(7, 2, 7, 'not_chosen', '2026-01-11'),"
    "(8, 3, 1, 'not_chosen', '2026-02-02'),"
    "(9, 3, 2, 'not_chosen', '2026-02-02'),"
    "(10, 3, 3, 'not_chosen', '2026-02-02'),"
    "(11, 3, 4, 'not_chosen', '2026-02-02'),"
    "(12, 3, 5, 'withdrawn', '2026-02-02'),"
    "(13, 3, 6, 'withdrawn', '2026-02-02'),"
    "(14, 3, 7, 'withdrawn', '2026-02-02');"
    "INSERT INTO proposal_step (proposal_id, step, on_date, reason) "
    "VALUES (1, 'not_chosen', '2026-01-15', 'ervaring'),"
    "(2, 'not_chosen', '2026-01-16', 'taal'),"
    "(3, 'not_chosen', '2026-01-17', 'uren'),"
    "(4, 'not_chosen', '2026-01-18', 'reisafstand'),"
    "(5, 'not_chosen', '2026-02-01', 'profiel_past_niet'),"
    "(6, 'not_chosen', '2026-02-02', 'vacature_vervuld'),"
    "(7, 'not_chosen', '2026-02-03', 'vacature_ingetrokken'),"
    "(8, 'not_chosen', '2026-02-04', 'geen_reactie'),"
    "(9, 'not_chosen', '2026-02-05', 'overig'),"
    "(10, 'not_chosen', '2026-03-31', NULL),"
    "(11, 'not_chosen', '2026-04-01', 'ervaring'),"
    "(12, 'withdrawn', '2026-03-01', 'geen_interesse'),"
    "(13, 'withdrawn', '2026-03-02', 'ander_werk'),"
    "(14, 'withdrawn', '2026-03-03', NULL);"
    "INSERT INTO proposal_end_purged (on_date, step, reason, vacancy_id, "
    "partner_id, target_group, municipality_code, consultant_id, n) "
    "VALUES ('2026-02-10', 'not_chosen', 'taal', 2, 2, 'ww', '9902', 2, 1);";

static void
sql(struct db *db, const char *s)
{
	if (db_exec(db, s) != WB_OK)
		fail_msg("%s: %s", s, db_error(db));
}

static long long
num(struct db *db, const char *s)
{
	long long	v;

	if (db_query_int(db, s, &v) != WB_OK)
		fail_msg("%s: %s", s, db_error(db));
	return v;
}

static int
day(const char *s)
{
	int	d;

	assert_int_equal(date_parse(s, &d), WB_OK);
	return d;
}

static int
setup(void **state)
{
	struct fx	*f = calloc(1, sizeof(*f));

	setenv("WERKBANK_TODAY", "2026-11-23", 1);
	if (tmpdb_open(&f->tmp, &f->db, "test-outflow", history) != 0 ||
	    tmpdb_users(f->db, "ann", &f->ann, "bob", &f->bob, "cora",
	    &f->cora, (char *)NULL) != 0)
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
compute(struct fx *f)
{
	struct report_options	 o;
	struct report		*r;

	o.from = day("2026-01-01");
	o.to = day("2026-03-31");
	o.today = day("2026-11-23");
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

/* A figure by its CSV column. */
static double
col(const struct report_figures *f, const char *name)
{
	int	c = report_column(name);

	if (c < 0)
		fail_msg("no column %s", name);
	return report_figure(f, c);
}

static void
expect(const struct report_figures *f, const char *name, double want)
{
	double	got = col(f, name);

	if (fabs(got - want) > 1e-9)
		fail_msg("%s: %g, expected %g", name, got, want);
}

/* The columns are cli.md's, in its order. */
static void
test_columns(void **state)
{
	const char	*codes[OUTFLOW_MAX_REASONS];
	char		 name[64];
	size_t		 n, i;

	(void)state;
	assert_int_equal(REPORT_NCSV, 35);
	assert_string_equal(report_csv_columns[9], "pool_end");
	n = outflow_reasons(VOCAB_LEAVE_REASON, codes, OUTFLOW_MAX_REASONS);
	assert_int_equal(n, REPORT_NLEAVE);
	for (i = 0; i < n; i++) {
		snprintf(name, sizeof(name), "outflow_%s", codes[i]);
		assert_string_equal(report_csv_columns[10 + i], name);
	}
	assert_string_equal(codes[n - 1], "onbekend");
	n = outflow_reasons(VOCAB_NOT_CHOSEN_REASON, codes,
	    OUTFLOW_MAX_REASONS);
	assert_int_equal(n, REPORT_NNOT_CHOSEN);
	for (i = 0; i < n; i++) {
		snprintf(name, sizeof(name), "not_chosen_%s", codes[i]);
		assert_string_equal(report_csv_columns[24 + i], name);
	}
	assert_int_equal(outflow_reasons(VOCAB_WITHDRAWN_REASON, codes,
	    OUTFLOW_MAX_REASONS), REPORT_NWITHDRAWN);
	assert_string_equal(report_csv_columns[18], "banenafspraak_placements");
	assert_string_equal(report_csv_columns[23], "jobcoach_median_days");
	assert_string_equal(report_csv_columns[34], "new_employers");
}

static void
test_totals(void **state)
{
	struct report		*r = compute(*state);
	const struct report_figures *t = &r->total;

	expect(t, "placements", 4);
	expect(t, "people_placed", 3);
	expect(t, "durable_placements", 4);
	/* Why people left. */
	assert_int_equal(t->outflow, 7);
	expect(t, "outflow_werk_via_team", 2);
	expect(t, "outflow_werk_zelf", 1);
	expect(t, "outflow_uitkering_beeindigd", 0);
	expect(t, "outflow_verhuisd", 1);
	expect(t, "outflow_opleiding", 2);
	expect(t, "outflow_ziek", 0);
	expect(t, "outflow_overig", 0);
	expect(t, "outflow_onbekend", 1);
	/* Banenafspraak: 17 and 34 hours make two jobs of 25.5. */
	expect(t, "banenafspraak_placements", 3);
	expect(t, "banenafspraak_jobs", 2);
	assert_int_equal(t->banenafspraak_no_hours, 1);
	/* Instruments. */
	expect(t, "lks_placements", 3);
	expect(t, "lks_mean_pct", 50);
	assert_int_equal(t->instrument[0], 3);		/* lks */
	assert_int_equal(t->instrument[1], 3);		/* jobcoach */
	assert_int_equal(t->instrument[2], 1);		/* proefplaatsing */
	assert_int_equal(t->instrument[3], 0);		/* werkervaring */
	assert_int_equal(t->instrument[4], 1);		/* no_risk */
	assert_int_equal(t->instrument[5], 0);		/* beschut */
	/* Jobcoach: 10 and 20 days; P3's never started. */
	expect(t, "jobcoach_placements", 3);
	assert_int_equal(t->jobcoach_started, 2);
	expect(t, "jobcoach_median_days", 15);
	/* Not chosen: each reason, taal twice, one without. */
	assert_int_equal(t->not_chosen, 11);
	expect(t, "not_chosen_ervaring", 1);
	expect(t, "not_chosen_taal", 2);
	expect(t, "not_chosen_uren", 1);
	expect(t, "not_chosen_reisafstand", 1);
	expect(t, "not_chosen_profiel_past_niet", 1);
	expect(t, "not_chosen_vacature_vervuld", 1);
	expect(t, "not_chosen_vacature_ingetrokken", 1);
	expect(t, "not_chosen_geen_reactie", 1);
	expect(t, "not_chosen_overig", 1);
	expect(t, "not_chosen_onbekend", 1);
	assert_int_equal(t->withdrawn, 3);
	assert_int_equal(t->withdrawn_reason[0], 1);	/* geen_interesse */
	assert_int_equal(t->withdrawn_reason[1], 1);	/* ander_werk */
	assert_int_equal(t->withdrawn_reason[5], 1);	/* onbekend */
	/* Employers. */
	expect(t, "new_employers", 2);
	assert_int_equal(t->returning_employers, 1);
	/* Target groups placed: wajong 2 (person 100), bijstand, ww. */
	assert_int_equal(t->placements_tg[3], 2);
	assert_int_equal(t->placements_tg[0], 1);
	assert_int_equal(t->placements_tg[2], 1);
	assert_int_equal(t->durable_tg[3], 2);
	report_free(r);
}

/* 17 hours are 0.67 of a job, 34 hours 1.33, one alone. */
static void
test_job_units(void **state)
{
	struct fx	*f = *state;
	struct report	*r;
	FILE		*fp;
	char		 buf[4096];
	size_t		 n;

	sql(f->db, "UPDATE vacancy SET job_agreement = 0 WHERE id = 2");
	r = compute(f);
	expect(&r->total, "banenafspraak_placements", 1);
	assert_true(fabs(r->total.banenafspraak_jobs - 17 / 25.5) < 1e-9);
	fp = tmpfile();
	assert_int_equal(report_write_csv(r, -1, fp, 0, NULL), WB_OK);
	rewind(fp);
	n = fread(buf, 1, sizeof(buf) - 1, fp);
	buf[n] = '\0';
	fclose(fp);
	/* banenafspraak_placements, then the jobs with two decimals. */
	assert_non_null(strstr(buf, ",1,0.67,"));
	report_free(r);
	sql(f->db, "UPDATE vacancy SET job_agreement = 1 WHERE id = 2; "
	    "UPDATE vacancy SET job_agreement = 0 WHERE id = 1; "
	    "UPDATE placement SET hours = 25.5 WHERE id = 4");
	r = compute(f);
	/* P2 (34) and P4 (25.5): 1.33 + 1. */
	assert_true(fabs(r->total.banenafspraak_jobs - (34 / 25.5 + 1)) <
	    1e-9);
	assert_int_equal(r->total.banenafspraak_no_hours, 0);
	report_free(r);
}

static void
test_by_employer_sector(void **state)
{
	struct report		*r = compute(*state);
	const struct report_breakdown *b = &r->by[REPORT_BY_EMPLOYER];
	const struct report_figures *e1, *e2, *e3;
	char			 buf[128];

	/* By name: Bakkerij, Metaal, Zorg. */
	assert_int_equal(b->ngroups, 3);
	assert_string_equal(b->groups[0].key, "AAA/W1");
	assert_string_equal(b->groups[1].key, "Metaal@1001");
	assert_string_equal(report_group_shown(REPORT_BY_EMPLOYER,
	    &b->groups[2]), "Zorg");
	e1 = &group(r, REPORT_BY_EMPLOYER, "AAA/W1")->f;
	e2 = &group(r, REPORT_BY_EMPLOYER, "Zorg@1002")->f;
	e3 = &group(r, REPORT_BY_EMPLOYER, "Metaal@1001")->f;
	expect(e1, "placements", 1);
	expect(e1, "vacancies_collected", 0);
	expect(e1, "new_employers", 0);
	assert_int_equal(e1->returning_employers, 1);
	expect(e2, "placements", 2);
	expect(e2, "people_placed", 2);
	expect(e2, "vacancies_collected", 1);
	expect(e2, "new_employers", 1);
	assert_int_equal(e2->not_chosen, 8);
	expect(e2, "not_chosen_taal", 2);
	expect(e2, "banenafspraak_placements", 2);
	assert_int_equal(e3->not_chosen, 3);
	assert_int_equal(e3->withdrawn, 3);
	expect(e3, "lks_placements", 1);
	/* The pool has no employer: does not apply. */
	expect(e1, "inflow", -1);
	expect(e1, "outflow_werk_via_team", -1);
	/* Target groups placed, most first. */
	assert_string_equal(report_tg_spread(e2, buf, sizeof(buf)),
	    "unemployment benefit (WW) 1, Wajong 1");
	/* Sectors: horeca, zorg, and unknown (E3) last. */
	b = &r->by[REPORT_BY_SECTOR];
	assert_int_equal(b->ngroups, 3);
	assert_string_equal(b->groups[0].key, "horeca");
	assert_string_equal(b->groups[2].key, "unknown");
	expect(&group(r, REPORT_BY_SECTOR, "zorg")->f, "placements", 2);
	expect(&group(r, REPORT_BY_SECTOR, "unknown")->f,
	    "not_chosen_onbekend", 1);
	report_free(r);
}

static void
test_by_consultant(void **state)
{
	struct report		*r = compute(*state);
	const struct report_figures *ann, *bob, *none;

	ann = &group(r, REPORT_BY_CONSULTANT, "ann")->f;
	bob = &group(r, REPORT_BY_CONSULTANT, "bob")->f;
	none = &group(r, REPORT_BY_CONSULTANT, "unknown")->f;
	/* By login, unknown last. */
	assert_string_equal(r->by[REPORT_BY_CONSULTANT].groups[0].key, "ann");
	assert_string_equal(r->by[REPORT_BY_CONSULTANT].groups[2].key,
	    "unknown");
	expect(ann, "placements", 2);
	expect(ann, "people_placed", 1);
	expect(bob, "placements", 1);
	expect(none, "placements", 1);
	assert_int_equal(ann->outflow, 3);
	expect(ann, "outflow_werk_via_team", 1);
	expect(ann, "outflow_onbekend", 1);
	expect(ann, "outflow_verhuisd", 1);
	assert_int_equal(bob->outflow, 4);
	expect(bob, "outflow_opleiding", 2);
	assert_int_equal(ann->not_chosen, 5);
	assert_int_equal(bob->not_chosen, 5);
	assert_int_equal(none->not_chosen, 1);
	/* Vacancies and employers have no consultant. */
	expect(ann, "vacancies_collected", -1);
	expect(ann, "new_employers", -1);
	/* The pool does: C7 is in it, with none. */
	expect(none, "pool_end", 1);
	report_free(r);
}

static void
test_by_partner_month_tg(void **state)
{
	struct report		*r = compute(*state);
	const struct report_figures *f;

	f = &group(r, REPORT_BY_PARTNER, "BBB")->f;
	expect(f, "outflow_opleiding", 2);
	expect(f, "outflow_werk_zelf", 1);
	expect(f, "jobcoach_placements", 2);
	expect(f, "jobcoach_median_days", 20);
	/* Employers by their partner: only E1 (returning) has one. */
	f = &group(r, REPORT_BY_PARTNER, "AAA")->f;
	expect(f, "new_employers", 0);
	assert_int_equal(f->returning_employers, 1);
	expect(f, "lks_mean_pct", 50);
	/* By month: new employers in the month of their first event. */
	expect(&group(r, REPORT_BY_MONTH, "2026-01")->f, "new_employers", 1);
	expect(&group(r, REPORT_BY_MONTH, "2026-02")->f, "new_employers", 1);
	expect(&group(r, REPORT_BY_MONTH, "2026-02")->f, "outflow_opleiding",
	    2);
	expect(&group(r, REPORT_BY_MONTH, "2026-03")->f,
	    "not_chosen_onbekend", 1);
	assert_int_equal(group(r, REPORT_BY_MONTH,
	    "2026-01")->f.returning_employers, -1);
	/* Target groups: not chosen with the person's. */
	f = &group(r, REPORT_BY_TARGET_GROUP, "bijstand")->f;
	assert_int_equal(f->not_chosen, 4);
	expect(f, "new_employers", -1);
	assert_int_equal(group(r, REPORT_BY_TARGET_GROUP, "ww")->f.not_chosen,
	    3);
	report_free(r);
}

/* The themes the human report, the screen and Markdown show. */
static void
test_items(void **state)
{
	struct report		*r = compute(*state);
	struct report_item	*it;
	size_t			 n, i;
	int			 seen[REPORT_NTHEMES] = { 0 }, found = 0;

	n = report_items(&r->total, &it);
	for (i = 0; i < n; i++) {
		seen[it[i].theme]++;
		if (strcmp(it[i].label, "Jobs of 25.5 hours a week") == 0) {
			assert_string_equal(it[i].value, "2");
			found++;
		}
		if (strcmp(it[i].label, "unknown") == 0 &&
		    it[i].theme == THEME_OUTFLOW) {
			assert_true(it[i].v == 1 && it[i].of == 7);
			found++;
		}
	}
	assert_int_equal(found, 2);
	assert_int_equal(seen[THEME_OUTFLOW], REPORT_NLEAVE);
	assert_int_equal(seen[THEME_NOT_CHOSEN], REPORT_NNOT_CHOSEN);
	assert_int_equal(seen[THEME_WITHDRAWN], REPORT_NWITHDRAWN);
	assert_int_equal(seen[THEME_INSTRUMENTS], REPORT_NINSTRUMENTS);
	assert_true(seen[THEME_BANENAFSPRAAK] == 3);	/* one without hours */
	assert_true(seen[THEME_JOBCOACH] == 4);
	assert_true(seen[THEME_EMPLOYERS] == 2);
	free(it);
	report_free(r);
}

static void
test_markdown(void **state)
{
	struct report	*r = compute(*state);
	FILE		*fp = tmpfile();
	char		*s;
	long		 len;

	assert_int_equal(report_write_markdown(r, fp), WB_OK);
	len = ftell(fp);
	rewind(fp);
	s = calloc(1, (size_t)len + 1);
	assert_int_equal(fread(s, 1, (size_t)len, fp), (size_t)len);
	fclose(fp);
	assert_non_null(strstr(s, "\n## Why people left the pool\n"));
	assert_non_null(strstr(s, "| work through the team | 2 | 29% |\n"));
	assert_non_null(strstr(s, "\n## Not chosen: the employer's reasons\n"));
	assert_non_null(strstr(s, "| language | 2 | 18% |\n"));
	assert_non_null(strstr(s, "\n## Banenafspraak\n"));
	assert_non_null(strstr(s, "| Jobs of 25.5 hours a week | 2 |"));
	assert_non_null(strstr(s, "\n## Jobcoaching\n"));
	assert_non_null(strstr(s, "\n## By employer\n"));
	assert_non_null(strstr(s, "| Zorg | 1 | 2 | 2 | 2 | 100% | 8 | "));
	assert_non_null(strstr(s, "\n## By consultant\n"));
	free(s);
	report_free(r);
}

static enum wb_status
leave(struct fx *f, const struct user_ctx *u, long long id, const char *date,
    const char *reason, struct outflow_leave_result *res)
{
	struct outflow_leave	req;

	memset(&req, 0, sizeof(req));
	req.candidate_id = id;
	req.date = date;
	req.reason = reason;
	return outflow_leave(f->db, u, &req, res);
}

/* Bad input: a clear message naming the field, and nothing stored. */
static void
test_leave_refused(void **state)
{
	struct fx			*f = *state;
	struct outflow_leave_result	 res;
	long long			 audit = num(f->db, "SELECT count(*) "
					    "FROM audit_log");

	assert_int_equal(leave(f, &f->bob, 7, "2026-11-01", "verhuist", &res),
	    WB_INVALID);
	assert_non_null(strstr(db_error(f->db), "reason: 'verhuist' is not "
	    "one of the choices: did you mean moved away"));
	assert_int_equal(leave(f, &f->bob, 7, "2026-11-01", NULL, &res),
	    WB_INVALID);
	assert_non_null(strstr(db_error(f->db), "reason: say why"));
	assert_int_equal(leave(f, &f->bob, 7, "2025-12-31", "ziek", &res),
	    WB_INVALID);
	assert_non_null(strstr(db_error(f->db), "date: 2025-12-31 is before "
	    "they entered the pool (2026-01-02)"));
	assert_int_equal(leave(f, &f->bob, 7, "2026-11-24", "ziek", &res),
	    WB_INVALID);
	assert_non_null(strstr(db_error(f->db), "in the future"));
	assert_int_equal(leave(f, &f->bob, 7, "31-02-2026", "ziek", &res),
	    WB_INVALID);
	assert_non_null(strstr(db_error(f->db), "date: "));
	/* Not ann's partner's candidate. */
	assert_int_equal(leave(f, &f->ann, 7, "2026-11-01", "ziek", &res),
	    WB_DENIED);
	assert_int_equal(num(f->db, "SELECT count(*) FROM candidate WHERE "
	    "id = 7 AND left_on IS NULL AND leave_reason IS NULL AND status = "
	    "'beschikbaar'"), 1);
	assert_int_equal(num(f->db, "SELECT count(*) FROM audit_log"), audit);
}

static void
test_leave(void **state)
{
	struct fx			*f = *state;
	struct outflow_leave_result	 res;

	/* C7 has two running proposals; they end withdrawn, "ander werk". */
	sql(f->db, "UPDATE proposal SET step = 'interview' WHERE id = 14;"
	    "INSERT INTO proposal (id, vacancy_id, candidate_id, step, "
	    "proposed_on) VALUES (20, 1, 7, 'proposed', '2026-11-01')");
	assert_int_equal(leave(f, &f->bob, 7, "20-11-2026", "zelf werk "
	    "gevonden", &res), WB_OK);
	assert_string_equal(res.key, "BBB/C7");
	assert_string_equal(res.date, "2026-11-20");
	assert_string_equal(res.reason, "werk_zelf");
	assert_string_equal(res.status, "inactief");
	assert_int_equal(res.withdrawn, 2);
	assert_false(res.corrected);
	assert_int_equal(num(f->db, "SELECT count(*) FROM candidate WHERE "
	    "id = 7 AND left_on = '2026-11-20' AND leave_reason = 'werk_zelf' "
	    "AND status = 'inactief'"), 1);
	assert_int_equal(num(f->db, "SELECT count(*) FROM proposal_step WHERE "
	    "proposal_id IN (14, 20) AND step = 'withdrawn' AND reason = "
	    "'ander_werk' AND on_date = '2026-11-20'"), 2);
	assert_int_equal(num(f->db, "SELECT count(*) FROM audit_log WHERE "
	    "action = 'advance' AND detail LIKE '%reason=ander_werk left'"), 2);
	assert_int_equal(num(f->db, "SELECT count(*) FROM audit_log WHERE "
	    "record_type = 'candidate' AND record_id = 7 AND detail = "
	    "'status=inactief left_on=2026-11-20 leave_reason=werk_zelf'"), 1);
	/* Corrected: work through the team makes them geplaatst. */
	assert_int_equal(leave(f, &f->bob, 7, "2026-11-21", "werk_via_team",
	    &res), WB_OK);
	assert_true(res.corrected);
	assert_string_equal(res.status, "geplaatst");
	assert_int_equal(res.withdrawn, 0);
	/* The proposal for a placed person: werk_via_team. */
	assert_string_equal(outflow_leave_default("geplaatst"),
	    "werk_via_team");
	assert_null(outflow_leave_default("inactief"));
	assert_string_equal(outflow_reason_word(VOCAB_LEAVE_REASON, NULL),
	    "unknown");
}

static enum wb_status
end(struct fx *f, long long v, long long c, enum wf_step step,
    const char *reason, struct wf_advance_result *res)
{
	struct wf_advance	req;

	memset(&req, 0, sizeof(req));
	req.vacancy_id = v;
	req.candidate_id = c;
	req.step = step;
	req.reason = reason;
	return workflow_advance(f->db, &f->bob, &req, res);
}

static void
test_reasons(void **state)
{
	struct fx			*f = *state;
	struct wf_advance_result	 res;

	sql(f->db, "INSERT INTO candidate (id, partner_id, ref, first_name, "
	    "last_name, pc4, target_group, consent, status, registered_on) "
	    "VALUES (8, 2, 'C8', 'a', 'b', '1002', 'ww', 1, 'in_traject', "
	    "'2026-01-01');"
	    "INSERT INTO proposal (id, vacancy_id, candidate_id, step, "
	    "proposed_on) VALUES (30, 2, 8, 'proposed', '2026-11-01');"
	    "INSERT INTO proposal_step (proposal_id, step, on_date) VALUES "
	    "(30, 'proposed', '2026-11-01')");
	/* No reason, a candidate's reason for not chosen, nonsense. */
	assert_int_equal(end(f, 2, 8, WF_NOT_CHOSEN, NULL, &res), WB_INVALID);
	assert_non_null(strstr(db_error(f->db), "reason: say why the employer "
	    "did not choose them: experience, language, hours"));
	assert_int_equal(end(f, 2, 8, WF_NOT_CHOSEN, "geen interesse", &res),
	    WB_INVALID);
	assert_int_equal(end(f, 2, 8, WF_WITHDRAWN, "taalniveau", &res),
	    WB_INVALID);
	assert_non_null(strstr(db_error(f->db), "reason: "));
	assert_int_equal(end(f, 2, 8, WF_INTERVIEW, "taal", &res), WB_INVALID);
	assert_int_equal(num(f->db, "SELECT count(*) FROM proposal WHERE "
	    "id = 30 AND step = 'proposed'"), 1);
	assert_int_equal(num(f->db, "SELECT count(*) FROM proposal_step "
	    "WHERE proposal_id = 30"), 1);
	/* Dutch spelling in, code stored. */
	assert_int_equal(end(f, 2, 8, WF_NOT_CHOSEN, "Taalniveau", &res),
	    WB_OK);
	assert_string_equal(res.reason, "taal");
	assert_int_equal(num(f->db, "SELECT count(*) FROM proposal_step "
	    "WHERE proposal_id = 30 AND step = 'not_chosen' AND reason = "
	    "'taal'"), 1);
	assert_int_equal(num(f->db, "SELECT count(*) FROM audit_log WHERE "
	    "record_id = 30 AND detail LIKE '%reason=taal'"), 1);
	/* Back in the pool: nothing else of theirs runs. */
	assert_int_equal(num(f->db, "SELECT count(*) FROM candidate WHERE "
	    "id = 8 AND status = 'beschikbaar'"), 1);
}

/* Placing the last position: the others end on request. */
static void
test_close_filled(void **state)
{
	struct fx			*f = *state;
	struct wf_advance_result	 res;
	struct wf_advance		 req;
	struct wf_placement		 pl;
	char				 err[256];
	int				 n;

	sql(f->db, "UPDATE vacancy SET positions = 1 WHERE id = 3;"
	    "INSERT INTO candidate (id, partner_id, ref, first_name, "
	    "last_name, pc4, target_group, consent, status, consultant_id, "
	    "registered_on) VALUES "
	    "(8, 2, 'C8', 'a', 'b', '1002', 'ww', 1, 'in_traject', 2, "
	    "'2026-01-01'),"
	    "(9, 2, 'C9', 'a', 'b', '1002', 'ww', 1, 'in_traject', 2, "
	    "'2026-01-01'),"
	    "(10, 1, 'C10', 'a', 'b', '1001', 'ww', 0, 'in_traject', 1, "
	    "'2026-01-01');"
	    "DELETE FROM placement WHERE vacancy_id = 3;"
	    "INSERT INTO proposal (id, vacancy_id, candidate_id, step, "
	    "proposed_on) VALUES (30, 3, 8, 'interview', '2026-11-01'),"
	    "(31, 3, 9, 'proposed', '2026-11-01'),"
	    "(32, 3, 10, 'interview', '2026-11-01');"
	    "INSERT INTO proposal_step (proposal_id, step, on_date) VALUES "
	    "(30, 'interview', '2026-11-10'), (31, 'proposed', '2026-11-01'),"
	    "(32, 'interview', '2026-11-22')");
	/* Not filled yet: refused. */
	assert_int_equal(workflow_close_filled(f->db, &f->bob, 3, NULL, &n),
	    WB_INVALID);
	memset(&req, 0, sizeof(req));
	assert_int_equal(workflow_placement_parse("2026-12-01", "vast", "30",
	    NULL, &pl, err, sizeof(err)), WB_OK);
	req.vacancy_id = 3;
	req.candidate_id = 8;
	req.step = WF_PLACED;
	req.placement = &pl;
	req.on_date = "2026-11-21";
	assert_int_equal(workflow_advance(f->db, &f->bob, &req, &res), WB_OK);
	assert_true(res.vacancy_filled);
	assert_int_equal(res.others_open, 2);
	/* The placement proposed werk_via_team, kept the consultant. */
	assert_int_equal(num(f->db, "SELECT count(*) FROM candidate WHERE "
	    "id = 8 AND status = 'geplaatst' AND left_on = '2026-11-21' AND "
	    "leave_reason = 'werk_via_team'"), 1);
	assert_int_equal(num(f->db, "SELECT consultant_id FROM placement "
	    "WHERE id = (SELECT max(id) FROM placement)"), 2);
	/* bob may not see C10 (AAA, no consent): it ends all the same. */
	assert_int_equal(workflow_close_filled(f->db, &f->bob, 3,
	    "2026-11-21", &n), WB_OK);
	assert_int_equal(n, 2);
	assert_int_equal(num(f->db, "SELECT count(*) FROM proposal_step WHERE "
	    "proposal_id IN (31, 32) AND step = 'not_chosen' AND reason = "
	    "'vacature_vervuld'"), 2);
	/* Not before the proposal's latest step. */
	assert_int_equal(num(f->db, "SELECT count(*) FROM proposal_step WHERE "
	    "proposal_id = 32 AND step = 'not_chosen' AND on_date = "
	    "'2026-11-22'"), 1);
	assert_int_equal(num(f->db, "SELECT count(*) FROM proposal_step WHERE "
	    "proposal_id = 31 AND step = 'not_chosen' AND on_date = "
	    "'2026-11-21'"), 1);
	assert_int_equal(num(f->db, "SELECT count(*) FROM audit_log WHERE "
	    "action = 'advance' AND detail LIKE "
	    "'%reason=vacature_vervuld'"), 2);
	assert_int_equal(num(f->db, "SELECT count(*) FROM candidate WHERE "
	    "id IN (9, 10) AND status = 'beschikbaar'"), 2);
	/* Again: nothing left to close. */
	assert_int_equal(workflow_close_filled(f->db, &f->bob, 3, NULL, &n),
	    WB_OK);
	assert_int_equal(n, 0);
}

static enum wb_status
coach(struct fx *f, long long pl, const char *who, const char *start,
    const char *hours, int *created)
{
	struct jobcoach_input	in;

	memset(&in, 0, sizeof(in));
	in.placement_id = pl;
	in.coach = who;
	in.start = start;
	in.hours = hours;
	return jobcoach_save(f->db, &f->bob, &in, created);
}

static void
test_jobcoach(void **state)
{
	struct fx		*f = *state;
	struct jobcoach		 j;
	struct jobcoach_waiting	*w;
	size_t			 n;
	int			 created;

	/* P3's coach never started, 267 days after its start. */
	assert_int_equal(jobcoach_waiting_list(f->db, &f->bob, -1, &w, &n),
	    WB_OK);
	assert_int_equal(n, 1);
	assert_int_equal(w[0].placement_id, 3);
	assert_int_equal(w[0].days, day("2026-11-23") - day("2026-03-01"));
	assert_string_equal(w[0].coach, "Werkfit");
	free(w);
	/* Refused, naming the field, nothing stored. */
	assert_int_equal(coach(f, 3, NULL, "2026-02-28", NULL, &created),
	    WB_INVALID);
	assert_non_null(strstr(db_error(f->db), "start: 2026-02-28 is before "
	    "the placement started (2026-03-01)"));
	assert_int_equal(coach(f, 3, NULL, NULL, "50", &created), WB_INVALID);
	assert_non_null(strstr(db_error(f->db), "hours: "));
	assert_int_equal(coach(f, 3, NULL, "2026-12-01", NULL, &created),
	    WB_INVALID);
	assert_non_null(strstr(db_error(f->db), "in the future"));
	assert_int_equal(coach(f, 2, NULL, NULL, "4", &created), WB_INVALID);
	assert_non_null(strstr(db_error(f->db), "coach: say who coaches"));
	assert_int_equal(coach(f, 99, "X", NULL, NULL, &created),
	    WB_NOT_FOUND);
	assert_int_equal(num(f->db, "SELECT count(*) FROM placement_jobcoach "
	    "WHERE placement_id = 3 AND start_date IS NULL"), 1);
	/* Started: off the list; the instrument goes with a new coach. */
	assert_int_equal(coach(f, 3, NULL, "2026-03-11", "6 uur", &created),
	    WB_OK);
	assert_false(created);
	assert_int_equal(coach(f, 2, "Jobcoach Zuid", NULL, NULL, &created),
	    WB_OK);
	assert_true(created);
	assert_int_equal(num(f->db, "SELECT count(*) FROM placement_instrument "
	    "WHERE placement_id = 2 AND instrument = 'jobcoach'"), 1);
	assert_int_equal(jobcoach_get(f->db, 3, &j), WB_OK);
	assert_string_equal(j.start, "2026-03-11");
	assert_true(j.hours == 6);
	assert_int_equal(jobcoach_waiting_list(f->db, &f->bob, 14, &w, &n),
	    WB_OK);
	/* P2 now waits (agreed, no start) from 2026-02-01. */
	assert_int_equal(n, 1);
	assert_int_equal(w[0].placement_id, 2);
	free(w);
	assert_int_equal(jobcoach_remove(f->db, &f->bob, 2), WB_OK);
	assert_int_equal(jobcoach_get(f->db, 2, &j), WB_NOT_FOUND);
	assert_int_equal(num(f->db, "SELECT count(*) FROM placement_instrument "
	    "WHERE placement_id = 2 AND instrument = 'jobcoach'"), 0);
}

/* Every figure of every breakdown, as CSV. */
static char *
all_csv(struct fx *f)
{
	struct report	*r = compute(f);
	FILE		*fp = tmpfile();
	char		*s;
	long		 len;
	int		 by;

	for (by = -1; by < REPORT_NBY; by++)
		assert_int_equal(report_write_csv(r, by, fp, 0, NULL), WB_OK);
	assert_int_equal(report_write_json(r, REPORT_BY_CONSULTANT, fp),
	    WB_OK);
	len = ftell(fp);
	rewind(fp);
	s = calloc(1, (size_t)len + 1);
	assert_int_equal(fread(s, 1, (size_t)len, fp), (size_t)len);
	fclose(fp);
	report_free(r);
	return s;
}

/* A purge leaves the reasons in the past period's figures. */
static void
test_purge_keeps_reasons(void **state)
{
	struct fx		*f = *state;
	struct purge_result	 res;
	char			*before, *after;

	before = all_csv(f);
	memset(&res, 0, sizeof(res));
	assert_int_equal(purge_inactive(f->db, &f->cora, "2026-11-01", 0,
	    &res), WB_OK);
	/* C1-C6 left the pool before it and had nothing since. */
	assert_int_equal(res.count, 6);
	purge_result_free(&res);
	assert_int_equal(num(f->db, "SELECT count(*) FROM candidate"), 1);
	/* C7's two proposals stay. */
	assert_int_equal(num(f->db, "SELECT count(*) FROM proposal_step"), 2);
	after = all_csv(f);
	assert_string_equal(after, before);
	free(before);
	free(after);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_columns),
		cmocka_unit_test_setup_teardown(test_totals, setup, teardown),
		cmocka_unit_test_setup_teardown(test_job_units, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_by_employer_sector, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_by_consultant, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_by_partner_month_tg, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_items, setup, teardown),
		cmocka_unit_test_setup_teardown(test_markdown, setup, teardown),
		cmocka_unit_test_setup_teardown(test_leave_refused, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_leave, setup, teardown),
		cmocka_unit_test_setup_teardown(test_reasons, setup, teardown),
		cmocka_unit_test_setup_teardown(test_close_filled, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_jobcoach, setup, teardown),
		cmocka_unit_test_setup_teardown(test_purge_keeps_reasons, setup,
		    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
