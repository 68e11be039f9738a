/*
 * test-pipeline.c: what the terminal UI's pipeline actions read from the
 * core: the marks of a ranking in one query (both directions) and the
 * instruments field checked on its own with the validators' messages.
 * (The occupation lookup the forms use is record_occupation_suggest,
 * tested in test-record.c.)
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
#include "werkbank/user.h"
#include "werkbank/workflow.h"

#include "tmpdb.h"

struct fx {
	struct tmpdb	 tmp;
	struct db	*db;
	struct user_ctx	 me;	/* single-user database */
};

static const char world[] =
    "INSERT INTO municipality (code, name) VALUES ('9901', 'Noorddorp');"
    "INSERT INTO pc4 (code, place, municipality_code, lat, lon) VALUES "
    "('1001', 'Noorddorp', '9901', 52.7, 6.2);"
    "INSERT INTO isco_group (code, level, parent_code, title_en, title_nl) "
    "VALUES ('8', 1, NULL, 'x', 'x'), ('83', 2, '8', 'x', 'x'),"
    "('834', 3, '83', 'x', 'x'), ('8344', 4, '834', 'x', 'x');"
    "INSERT INTO partner (id, code, name, kind) VALUES "
    "(1, 'AAA', 'Partner A', 'gemeente');"
    "INSERT INTO employer (id, name, name_key, pc4) VALUES "
    "(1, 'E1', 'e1', '1001');"
    "INSERT INTO vacancy (id, partner_id, ref, employer_id, title, "
    "isco_code, pc4, positions, collected_on, status) VALUES "
    "(1, 1, 'V1', 1, 'Heftruck', '8344', '1001', 2, '2026-11-01', 'open'),"
    "(2, 1, 'V2', 1, 'Magazijn', '8344', '1001', 1, '2026-11-01', 'open');"
    "INSERT INTO candidate (id, partner_id, ref, first_name, last_name, "
    "pc4, target_group, consent, registered_on) VALUES "
    "(1, 1, 'C1', 'a', 'b', '1001', 'ww', 1, '2026-01-01'),"
    "(2, 1, 'C2', 'a', 'b', '1001', 'ww', 1, '2026-01-01'),"
    "(3, 1, 'C3', 'a', 'b', '1001', 'ww', 1, '2026-01-01');";

static int
setup(void **state)
{
	struct fx	*f = calloc(1, sizeof(*f));

	setenv("WERKBANK_TODAY", "2026-11-23", 1);
	if (tmpdb_open(&f->tmp, &f->db, "test-pipeline", world) != 0 ||
	    tmpdb_users(f->db, "me", &f->me, (char *)NULL) != 0)
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
propose(struct fx *f, long long vac, long long cand)
{
	struct wf_propose		req;
	struct wf_propose_result	res;

	memset(&req, 0, sizeof(req));
	req.vacancy_id = vac;
	req.candidate_id = cand;
	req.confirmed = 1;
	assert_int_equal(workflow_propose(f->db, &f->me, &req, &res), WB_OK);
}

static void
test_marks(void **state)
{
	struct fx		*f = *state;
	struct wf_advance	 adv;
	struct wf_advance_result res;
	struct wf_mark		*m;
	const struct wf_mark	*k;
	size_t			 n;

	assert_int_equal(workflow_marks(f->db, 1, 0, &m, &n), WB_OK);
	assert_int_equal(n, 0);
	assert_null(workflow_mark_find(m, n, 1));
	free(m);

	propose(f, 1, 3);
	propose(f, 1, 1);
	propose(f, 2, 1);
	memset(&adv, 0, sizeof(adv));
	adv.vacancy_id = 1;
	adv.candidate_id = 3;
	adv.step = WF_INTERVIEW;
	assert_int_equal(workflow_advance(f->db, &f->me, &adv, &res), WB_OK);

	/* A vacancy's pipeline, by candidate. */
	assert_int_equal(workflow_marks(f->db, 1, 0, &m, &n), WB_OK);
	assert_int_equal(n, 2);
	assert_int_equal(m[0].id, 1);		/* sorted */
	k = workflow_mark_find(m, n, 3);
	assert_non_null(k);
	assert_int_equal(k->step, WF_INTERVIEW);
	k = workflow_mark_find(m, n, 1);
	assert_non_null(k);
	assert_int_equal(k->step, WF_PROPOSED);
	assert_null(workflow_mark_find(m, n, 2));
	free(m);

	/* A candidate's proposals, by vacancy. */
	assert_int_equal(workflow_marks(f->db, 0, 1, &m, &n), WB_OK);
	assert_int_equal(n, 2);
	assert_non_null(workflow_mark_find(m, n, 1));
	assert_non_null(workflow_mark_find(m, n, 2));
	free(m);
}

static void
test_instruments_field(void **state)
{
	struct wf_placement	pl;
	char			err[256];

	(void)state;
	memset(&pl, 0, sizeof(pl));
	assert_int_equal(workflow_instruments_parse("lks:40|jobcoach|lks",
	    &pl, err, sizeof(err)), WB_OK);
	assert_int_equal(pl.ninstruments, 2);
	assert_string_equal(pl.instruments[0].name, "lks");
	assert_true(pl.instruments[0].percentage > 39.9);
	assert_int_equal(workflow_instruments_parse("", &pl, err,
	    sizeof(err)), WB_OK);
	assert_int_equal(pl.ninstruments, 0);
	/* The field's message has no field name; the whole parse adds it. */
	assert_int_equal(workflow_instruments_parse("koffie", &pl, err,
	    sizeof(err)), WB_INVALID);
	assert_non_null(strstr(err, "'koffie' is not one of"));
	assert_null(strstr(err, "instruments:"));
	assert_int_equal(workflow_instruments_parse("jobcoach:20", &pl, err,
	    sizeof(err)), WB_INVALID);
	assert_string_equal(err, "only lks takes a percentage");
	assert_int_equal(workflow_placement_parse("2026-12-01", NULL, NULL,
	    "koffie", &pl, err, sizeof(err)), WB_INVALID);
	assert_non_null(strstr(err, "instruments: 'koffie' is not one of"));
	assert_int_equal(workflow_placement_parse("2026-12-01", NULL, "49",
	    NULL, &pl, err, sizeof(err)), WB_INVALID);
	assert_non_null(strstr(err, "hours: "));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_marks, setup, teardown),
		cmocka_unit_test(test_instruments_field),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
