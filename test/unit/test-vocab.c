/*
 * test-vocab.c: the closed sets (vocab.h): their codes are the schema's,
 * every spelling of a set stands for one code only, a word reads back
 * as its code, and the spellings issue 12 names are understood.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/validate.h"
#include "werkbank/vocab.h"

/* The sets that validate.h lists for the importer have its codes. */
static void
test_schema_codes(void **state)
{
	static const struct {
		const char *const	*schema;
		enum vocab_set		 set;
	} lists[] = {
		{ validate_target_groups, VOCAB_TARGET_GROUP },
		{ validate_candidate_statuses, VOCAB_CANDIDATE_STATUS },
		{ validate_vacancy_statuses, VOCAB_VACANCY_STATUS },
		{ validate_restrictions, VOCAB_RESTRICTION },
		{ validate_demands, VOCAB_DEMAND },
		{ validate_transport_modes, VOCAB_TRANSPORT },
		{ validate_instruments, VOCAB_INSTRUMENT },
		{ validate_contracts, VOCAB_CONTRACT },
		{ validate_partner_kinds, VOCAB_PARTNER_KIND },
	};
	const struct vocab_entry	*e;
	size_t				 i, j, n;

	(void)state;
	for (i = 0; i < sizeof(lists) / sizeof(lists[0]); i++) {
		assert_int_equal(vocab_set_of(lists[i].schema), lists[i].set);
		e = vocab_entries(lists[i].set, &n);
		for (j = 0; j < n; j++)
			assert_string_equal(e[j].code, lists[i].schema[j]);
		assert_null(lists[i].schema[n]);
	}
}

/* The education codes are the reference data's keys, and "geen". */
static void
test_education_keys(void **state)
{
	const struct vocab_entry	*e;
	const char			*root = getenv("WB_ROOT");
	char				 path[1024], line[512], *comma;
	size_t				 n, i, found = 0;
	FILE				*fp;

	(void)state;
	snprintf(path, sizeof(path), "%s/fixtures/reference/"
	    "education_levels.csv", root != NULL ? root : ".");
	if ((fp = fopen(path, "r")) == NULL)
		skip();
	e = vocab_entries(VOCAB_EDUCATION, &n);
	assert_string_equal(e[0].code, "geen");
	assert_non_null(fgets(line, sizeof(line), fp));	/* header */
	while (fgets(line, sizeof(line), fp) != NULL) {
		char	*key = strchr(line, ',') + 1;

		comma = strchr(key, ',');
		*comma = '\0';
		for (i = 0; i < n && strcmp(e[i].code, key) != 0; i++)
			;
		if (i == n)
			fail_msg("education key %s has no entry", key);
		found++;
	}
	fclose(fp);
	assert_int_equal(found + 1, n);
}

/* No spelling of a set stands for two of its codes. */
static void
test_unambiguous(void **state)
{
	const struct vocab_entry	*e;
	const char			*a, *bar, *code;
	char				 one[128];
	size_t				 n, i, len;
	int				 s;

	(void)state;
	for (s = VOCAB_NONE + 1; s < VOCAB_NSETS; s++) {
		e = vocab_entries((enum vocab_set)s, &n);
		assert_true(n > 0);
		for (i = 0; i < n; i++) {
			assert_string_equal(vocab_code((enum vocab_set)s,
			    e[i].code), e[i].code);
			for (a = e[i].aliases; a != NULL && *a != '\0';
			    a = bar ? bar + 1 : NULL) {
				bar = strchr(a, '|');
				len = bar ? (size_t)(bar - a) : strlen(a);
				snprintf(one, sizeof(one), "%.*s", (int)len, a);
				code = vocab_code((enum vocab_set)s, one);
				if (code == NULL || strcmp(code, e[i].code) != 0)
					fail_msg("%s: '%s' of %s reads as %s",
					    vocab_set_name((enum vocab_set)s),
					    one, e[i].code, code);
			}
			/* Its word reads back as its code. */
			assert_string_equal(vocab_code((enum vocab_set)s,
			    vocab_word((enum vocab_set)s, e[i].code)),
			    e[i].code);
		}
	}
}

static void
expect(enum vocab_set set, const char *typed, const char *code)
{
	const char	*got = vocab_code(set, typed);

	if (got == NULL || strcmp(got, code) != 0)
		fail_msg("%s: '%s' reads as %s, not %s", vocab_set_name(set),
		    typed, got != NULL ? got : "nothing", code);
}

/* The spellings issue 12 names, and some more staff type. */
static void
test_issue_spellings(void **state)
{
	(void)state;
	expect(VOCAB_EDUCATION, "MBO 2", "mbo2");
	expect(VOCAB_EDUCATION, "mbo niveau 2", "mbo2");
	expect(VOCAB_EDUCATION, "mbo-2", "mbo2");
	expect(VOCAB_EDUCATION, "VMBO-BB", "vmbo_bb");
	expect(VOCAB_EDUCATION, "vmbo basis", "vmbo_bb");
	expect(VOCAB_EDUCATION, "Mavo", "vmbo_gt");
	expect(VOCAB_RESTRICTION, "zwaar tillen", "geen_zwaar_tillen");
	expect(VOCAB_RESTRICTION, "Geen zwaar tillen", "geen_zwaar_tillen");
	expect(VOCAB_DEMAND, "zwaar tillen", "zwaar_tillen");
	expect(VOCAB_INSTRUMENT, "loonkostensubsidie", "lks");
	expect(VOCAB_INSTRUMENT, "no-risk", "no_risk");
	expect(VOCAB_INSTRUMENT, "no riskpolis", "no_risk");
	expect(VOCAB_LICENCE, "rijbewijs B", "1");
	expect(VOCAB_LICENCE, "B", "1");
	expect(VOCAB_LICENCE, "geen", "0");
	expect(VOCAB_YESNO, "ja", "1");
	expect(VOCAB_YESNO, "NEE", "0");
	expect(VOCAB_YESNO, "j", "1");
	expect(VOCAB_YESNO, "n", "0");
	expect(VOCAB_YESNO, "x", "1");
	expect(VOCAB_YESNO, "1", "1");
	expect(VOCAB_YESNO, "0", "0");
	expect(VOCAB_LANGUAGE, "B1", "B1");
	expect(VOCAB_LANGUAGE, "niveau B1", "B1");
	expect(VOCAB_LANGUAGE, "b1-niveau", "B1");
	expect(VOCAB_VACANCY_STATUS, "on hold", "on_hold");
	expect(VOCAB_VACANCY_STATUS, "aangehouden", "on_hold");
	expect(VOCAB_CANDIDATE_STATUS, "In traject", "in_traject");
	expect(VOCAB_STEP, "niet gekozen", "not_chosen");
	expect(VOCAB_TARGET_GROUP, "Participatiewet", "bijstand");
	expect(VOCAB_TRANSPORT, "openbaar vervoer", "ov");
	expect(VOCAB_PARTNER_KIND, "SW-bedrijf", "sw_bedrijf");
	expect(VOCAB_ROLE, "coördinator", "coordinator");
	assert_null(vocab_code(VOCAB_EDUCATION, "astronaut"));
	assert_null(vocab_code(VOCAB_YESNO, ""));
}

/* An unknown value names the closest words, or the words allowed. */
static void
test_did_you_mean(void **state)
{
	const char	*code;
	char		 err[256];

	(void)state;
	assert_int_equal(vocab_parse(VOCAB_TARGET_GROUP, "bijstnd", &code,
	    err, sizeof(err)), WB_INVALID);
	assert_non_null(strstr(err, "did you mean social assistance?"));
	assert_int_equal(vocab_parse(VOCAB_TRANSPORT, "helikopter", &code,
	    err, sizeof(err)), WB_INVALID);
	assert_non_null(strstr(err, "car, bicycle, public transport or "
	    "moped"));
	/* Control characters in the typed text stay inert. */
	assert_int_equal(vocab_parse(VOCAB_ROLE, "\x1b[2J", &code, err,
	    sizeof(err)), WB_INVALID);
	assert_null(strchr(err, '\x1b'));
}

static void
test_words(void **state)
{
	char	buf[128];

	(void)state;
	assert_string_equal(vocab_word(VOCAB_STEP, "not_chosen"),
	    "not chosen");
	assert_string_equal(vocab_word(VOCAB_STEP, "nonsense"), "nonsense");
	assert_string_equal(vocab_word(VOCAB_STEP, NULL), "");
	assert_string_equal(vocab_words(VOCAB_INSTRUMENT, "lks:40|jobcoach",
	    ", ", buf, sizeof(buf)), "wage cost subsidy 40%, job coach");
	assert_string_equal(vocab_words(VOCAB_TRANSPORT, "auto, fiets", "|",
	    buf, sizeof(buf)), "car|bicycle");
	/* Cut between characters when the buffer is small. */
	vocab_words(VOCAB_INSTRUMENT, "lks|jobcoach", ", ", buf, 10);
	assert_true(strlen(buf) < 10);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_schema_codes),
		cmocka_unit_test(test_education_keys),
		cmocka_unit_test(test_unambiguous),
		cmocka_unit_test(test_issue_spellings),
		cmocka_unit_test(test_did_you_mean),
		cmocka_unit_test(test_words),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
