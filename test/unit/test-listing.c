/*
 * test-listing.c: the lists' filter language (listing.c) as the
 * candidate and vacancy models run it.  Regression (issue 20, the
 * naughty strings "%" and "_"): name:% and name:_ matched everyone,
 * because the value went into LIKE unescaped.  Issue 12: a closed set
 * by its word, a number with a decimal comma, and hours>30 compared as
 * a number (bound as text, it was above every number and matched none).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/candidate.h"
#include "werkbank/db.h"
#include "werkbank/listing.h"
#include "werkbank/user.h"
#include "werkbank/vacancy.h"

#include "tmpdb.h"

struct fx {
	struct tmpdb	 tmp;
	struct db	*db;
	struct user_ctx	 solo;
};

static const char world[] =
    "INSERT INTO municipality (code, name) VALUES ('9901', 'Noorddorp');"
    "INSERT INTO pc4 (code, place, municipality_code, lat, lon) VALUES "
    "('1001', 'Noorddorp', '9901', 52.7, 6.2);"
    "INSERT INTO isco_group (code, level, parent_code, title_en, title_nl) "
    "VALUES ('8', 1, NULL, 'x', 'x'), ('83', 2, '8', 'x', 'x'),"
    "('834', 3, '83', 'x', 'x'), ('8344', 4, '834', 'x', 'x'),"
    "('9', 1, NULL, 'x', 'x'), ('91', 2, '9', 'x', 'x'),"
    "('911', 3, '91', 'x', 'x'), ('9112', 4, '911', 'x', 'x');"
    "INSERT INTO partner (id, code, name, kind) VALUES "
    "(1, 'AAA', 'Partner A', 'gemeente');"
    "INSERT INTO employer (id, name, name_key, pc4) VALUES "
    "(1, 'Bakkerij Jansen', 'bakkerij jansen', '1001'),"
    "(2, 'Schoon 100% BV', 'schoon 100% bv', '1001'),"
    "(3, 'Back\\slash', 'back\\slash', '1001');"
    "INSERT INTO vacancy (id, partner_id, ref, employer_id, title, "
    "isco_code, pc4, positions, collected_on, status) VALUES "
    "(1, 1, 'V1', 1, 'Inpakker', '8344', '1001', 1, '2026-11-18', 'open'),"
    "(2, 1, 'V2', 2, 'Schoonmaker', '9112', '1001', 1, '2026-11-18', "
    "'open'),"
    "(3, 1, 'V3', 3, 'Chauffeur', '8344', '1001', 1, '2026-11-18', "
    "'open');"
    "INSERT INTO candidate (id, partner_id, ref, first_name, last_name, "
    "pc4, target_group, consent, registered_on) VALUES "
    "(1, 1, 'C1', 'Ada', 'Jansen', '1001', 'ww', 1, '2026-01-01'),"
    "(2, 1, 'C2', 'Bob', 'de Vries', '1001', 'ww', 1, '2026-01-01'),"
    "(3, 1, 'C3', 'Cas', '100%', '1001', 'nug', 1, '2026-01-01'),"
    "(4, 1, 'C4', 'Dee', 'Under_score', '1001', 'ww', 1, '2026-01-01');"
    "INSERT INTO candidate (id, partner_id, ref, first_name, last_name, "
    "pc4, target_group, consent, registered_on, status) VALUES "
    "(5, 1, 'C5', 'Eva', 'Zee', '1001', 'bijstand', 1, '2026-01-01', "
    "'in_traject');"
    "UPDATE vacancy SET hours_max = 32 WHERE id = 1;"
    "UPDATE vacancy SET hours_max = 24.5 WHERE id = 2;"
    "INSERT INTO candidate_occupation (candidate_id, isco_code) VALUES "
    "(1, '8344'), (4, '9112');";

static int
setup(void **state)
{
	struct fx	*f = calloc(1, sizeof(*f));

	if (tmpdb_open(&f->tmp, &f->db, "test-listing", world) != 0)
		return -1;
	f->solo.single = 1;
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

/* The ids a filter leaves, as "1,3"; kind 'c' candidates, 'v' vacancies. */
static void
expect_ids(struct fx *f, int kind, const char *filter, const char *want)
{
	struct listing_filter	 lf;
	struct listing		*l;
	char			 err[256], got[256] = "";
	size_t			 i, o = 0;

	memset(&lf, 0, sizeof(lf));
	if (kind == 'c') {
		struct candidate_query	q = { .filter = &lf, .user = &f->solo,
		    .sort = CANDIDATE_SORT_KEY };

		assert_int_equal(listing_filter_parse(filter, candidate_fields,
		    candidate_nfields, 0, &lf, err, sizeof(err)), WB_OK);
		l = candidate_listing_new(f->db, &f->solo);
		assert_int_equal(candidate_listing_query(l, f->db, &q), WB_OK);
	} else {
		struct vacancy_query	q = { .filter = &lf,
		    .tab = VACANCY_OPEN, .sort = VACANCY_SORT_KEY };

		assert_int_equal(listing_filter_parse(filter, vacancy_fields,
		    vacancy_nfields, 0, &lf, err, sizeof(err)), WB_OK);
		l = vacancy_listing_new(f->db, &f->solo);
		assert_int_equal(vacancy_listing_query(l, f->db, &q), WB_OK);
	}
	for (i = 0; i < listing_count(l); i++)
		o += (size_t)snprintf(got + o, sizeof(got) - o, "%s%lld",
		    i ? "," : "", listing_id(l, i));
	if (strcmp(got, want) != 0) {
		print_error("%s: got '%s', want '%s'\n", filter, got, want);
		fail();
	}
	listing_free(l);
	listing_filter_clear(&lf);
}

static void
test_like_wildcards_are_literal(void **state)
{
	struct fx	*f = *state;

	expect_ids(f, 'c', "name:%", "3");
	expect_ids(f, 'c', "naam:_", "4");
	expect_ids(f, 'c', "name:\\", "");
	expect_ids(f, 'c', "name:jan", "1");		/* still a substring */
	expect_ids(f, 'c', "name:a_s", "");		/* '_' is not any one */
	expect_ids(f, 'c', "isco:_", "");
	expect_ids(f, 'c', "isco:83", "1");		/* still a prefix */
	expect_ids(f, 'v', "employer:%", "2");
	expect_ids(f, 'v', "werkgever:\\", "3");
	expect_ids(f, 'v', "employer:_", "");
	expect_ids(f, 'v', "isco:%", "");
	expect_ids(f, 'v', "isco:834", "1,3");
}

/* Issue 12: a closed set is filtered by the word on the screen, an
 * alias or the code; a number takes a decimal comma. */
static void
test_words_and_numbers(void **state)
{
	struct fx		*f = *state;
	struct listing_filter	 lf;
	char			 err[512];

	expect_ids(f, 'c', "status:in_traject", "5");
	expect_ids(f, 'c', "status:intraject", "5");
	expect_ids(f, 'c', "status:Beschikbaar", "1,2,3,4");
	expect_ids(f, 'c', "doelgroep:participatiewet", "5");
	expect_ids(f, 'c', "group:WW", "1,2,4");
	expect_ids(f, 'c', "group:nug status:available", "3");
	expect_ids(f, 'v', "hours>24,5", "1");
	expect_ids(f, 'v', "uren<24,6", "2");
	expect_ids(f, 'v', "hours:24.5", "2");
	memset(&lf, 0, sizeof(lf));
	/* A word it does not know: named as typed, with the closest. */
	assert_int_equal(listing_filter_parse("doelgroep:bijstnd",
	    candidate_fields, candidate_nfields, 0, &lf, err, sizeof(err)),
	    WB_INVALID);
	assert_non_null(strstr(err, "doelgroep: 'bijstnd'"));
	assert_non_null(strstr(err, vocab_word(VOCAB_TARGET_GROUP,
	    "bijstand")));
	/* The filter is shown again as it was typed. */
	assert_int_equal(listing_filter_parse("status:intraject hours>24,5",
	    vacancy_fields, vacancy_nfields, 0, &lf, err, sizeof(err)),
	    WB_INVALID);
	assert_int_equal(listing_filter_parse("status:intraject dagen>7,5",
	    candidate_fields, candidate_nfields, 0, &lf, err, sizeof(err)),
	    WB_OK);
	{
		char	*shown = listing_filter_format(&lf, candidate_fields);

		/* ... the field too, by the name typed (walk/filter-dutch). */
		assert_string_equal(shown, "status:intraject dagen>7,5");
		free(shown);
	}
	assert_int_equal(listing_filter_parse("uren>1.000", vacancy_fields,
	    vacancy_nfields, 0, &lf, err, sizeof(err)), WB_INVALID);
	listing_filter_clear(&lf);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_like_wildcards_are_literal,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_words_and_numbers,
		    setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
