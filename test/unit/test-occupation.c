/*
 * test-occupation.c: a Dutch job title -> its ISCO-08 unit group
 * (src/occupation.c) on the real reference data: every title of the
 * table fixtures/reference/job_titles_nl.csv comes back as its own group
 * (so no two spellings that read the same point at different groups, and
 * every code is a unit group), the table is as large as promised, the
 * spellings staff and employers use read as the plain title, and a title
 * that fits several groups is never picked.
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

#include "werkbank/csv.h"
#include "werkbank/db.h"
#include "werkbank/embed.h"
#include "werkbank/record.h"
#include "werkbank/refdata.h"
#include "tmpdb.h"

struct fx {
	struct tmpdb	 t;
	struct db	*db;
};

static int
setup(void **state)
{
	struct fx	*f = calloc(1, sizeof(*f));

	assert_non_null(f);
	*state = f;
	if (tmpdb_open(&f->t, &f->db, "test-occupation", NULL) != 0)
		return -1;
	assert_int_equal(db_begin(f->db), WB_OK);
	if (refdata_load(f->db, NULL) != WB_OK)
		fail_msg("refdata_load: %s", db_error(f->db));
	assert_int_equal(db_commit(f->db), WB_OK);
	return 0;
}

static int
teardown(void **state)
{
	struct fx	*f = *state;

	if (f == NULL)
		return 0;
	db_close(f->db);
	tmpdb_unlink(f->t.path);
	rmdir(f->t.dir);
	free(f);
	return 0;
}

/* The first suggestion's group, "" when none; *amb its ambiguous flag. */
static const char *
first(struct db *db, const char *typed, int *amb)
{
	static struct occupation_suggestion	s[24];
	size_t					n;

	assert_int_equal(record_occupation_suggest(db, typed, s, 24, &n),
	    WB_OK);
	if (amb != NULL)
		*amb = n > 0 && s[0].ambiguous;
	return n > 0 ? s[0].isco : "";
}

/* Every row of the table: its title gives its group(s) first. */
static void
test_table(void **state)
{
	struct fx			*f = *state;
	const struct embedded_file	*e = embed_find("job_titles_nl.csv");
	struct occupation_suggestion	 s[24];
	struct csv_reader		*r;
	struct csv_row			*row;
	size_t				 rows = 0, n, i;
	int				 ct, cc, bad = 0;

	assert_non_null(e);
	r = csv_reader_new(e->data, e->len, ',');
	assert_int_equal(csv_reader_next(r, &row), WB_OK);
	assert_true((ct = csv_row_find(row, "title")) >= 0);
	assert_true((cc = csv_row_find(row, "isco08")) >= 0);
	assert_true(csv_row_find(row, "source") >= 0);
	while (csv_reader_next(r, &row) == WB_OK) {
		const char	*title = row->fields[ct];
		const char	*codes = row->fields[cc];
		size_t		 ncodes = (strlen(codes) + 1) / 5;

		rows++;
		assert_int_equal(record_occupation_suggest(f->db, title, s, 24,
		    &n), WB_OK);
		if (n < ncodes) {
			print_error("%s: %zu suggestions\n", title, n);
			bad++;
			continue;
		}
		for (i = 0; i < ncodes; i++)
			if (strstr(codes, s[i].isco) == NULL ||
			    s[i].ambiguous != (ncodes > 1)) {
				print_error("%s (%s): suggestion %zu is %s%s\n",
				    title, codes, i + 1, s[i].isco,
				    s[i].ambiguous ? " (ambiguous)" : "");
				bad++;
				break;
			}
	}
	csv_reader_free(r);
	assert_int_equal(bad, 0);
	assert_true(rows >= 500);
}

/* The spellings of vacancies and exports read as the plain title. */
static void
test_spellings(void **state)
{
	static const char *const cases[][2] = {
		{ "Medewerker Productie (m/v)", "9329" },
		{ "productiemedewerkster", "9329" },
		{ "PRODUCTIE MEDEWERKER", "9329" },
		{ "productiemedewerkers", "9329" },
		{ "Kapster", "5141" },
		{ "schoonmaakster (parttime)", "9112" },
		{ "Verkoopster m/v", "5223" },
		{ "1e kok", "5120" },
		{ "2e Kok (32 uur)", "5120" },
		{ "Leerling-kok", "5120" },
		{ "Allround Timmerman", "7115" },
		{ "all-round timmerman", "7115" },
		{ "Senior monteur elektra", "7411" },
		{ "Junior administratief medewerker", "4110" },
		{ "Chauffeur C/E (m/v/x)", "8332" },
		{ "Heftruckchauffeur (fulltime)", "8344" },
		{ "Heftruck chauffeur 2-ploegendienst Meppel", "8344" },
		{ "Medewerker bediening", "5131" },
		{ "bedieningsmedewerker", "5131" },
		{ "Afwasser", "9412" },
		{ "vaatwasser", "9412" },
		{ "Groenvoorziener", "6113" },
		{ "serveerster", "5131" },
		{ "Caissière", "5230" },
		{ "kokkin", "5120" },
		{ "receptioniste", "4226" },
		{ "Pedagogisch Medewerker Kinderopvang (24-32 uur)", "5311" },
		{ "PM'er BSO", "5311" },
		{ "PM’er", "5311" },
		{ "verzorgende IG", "5321" },
		{ "Verzorgende-IG niveau 3", "5321" },
		{ "nachtportier", "4224" },
		{ "tomatenplukker", "9211" },
		{ "kantoorschoonmaakster", "9112" },
		{ "Magazijnmedewerker / Orderpicker", "9333" },
		{ "logistiek medewerker (uitzendkracht)", "9333" },
		{ "8344", "8344" },
	};
	struct fx	*f = *state;
	size_t		 i;
	int		 amb;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const char	*got = first(f->db, cases[i][0], &amb);

		if (strcmp(got, cases[i][1]) != 0 || amb)
			fail_msg("'%s': %s%s, not %s", cases[i][0], got,
			    amb ? " (ambiguous)" : "", cases[i][1]);
	}
}

/* Several groups fit: resolving refuses and names them. */
static void
test_ambiguous(void **state)
{
	static const char *const titles[] = { "monteur", "Chauffeur",
	    "medewerker", "Medewerker (m/v)", "horecamedewerker", "operator",
	    "chauffeur Meppel", "medewerker inpak en assemblage" };
	struct fx	*f = *state;
	char		 isco[5], err[512];
	size_t		 i;
	int		 amb;

	for (i = 0; i < sizeof(titles) / sizeof(titles[0]); i++) {
		first(f->db, titles[i], &amb);
		if (!amb)
			fail_msg("'%s' is not marked ambiguous", titles[i]);
		if (record_occupation_resolve(f->db, titles[i], isco, err,
		    sizeof(err)) != WB_INVALID)
			fail_msg("'%s' was resolved to %s", titles[i], isco);
		if (strstr(err, "may mean several occupations") == NULL)
			fail_msg("'%s': %s", titles[i], err);
	}
	assert_int_equal(record_occupation_resolve(f->db, "monteur", isco,
	    err, sizeof(err)), WB_INVALID);
	assert_non_null(strstr(err, "7231 automonteur"));
	assert_non_null(strstr(err, "7411 elektromonteur"));
	/* A kind of monteur is not ambiguous. */
	assert_int_equal(record_occupation_resolve(f->db, "automonteur", isco,
	    err, sizeof(err)), WB_OK);
	assert_string_equal(isco, "7231");
	assert_int_equal(record_occupation_resolve(f->db, "xyzzyq", isco,
	    err, sizeof(err)), WB_INVALID);
	assert_non_null(strstr(err, "is not an occupation werkbank knows"));
}

/* As one types: what the title starts with; then ESCO's labels. */
static void
test_prefix_and_esco(void **state)
{
	struct fx	*f = *state;
	char		 isco[5], err[512];

	assert_string_equal(first(f->db, "afwa", NULL), "9412");
	assert_string_equal(first(f->db, "medewerker bedie", NULL), "5131");
	assert_string_equal(first(f->db, "heftruckchauf", NULL), "8344");
	/* Not in the table, an ESCO label. */
	assert_int_equal(record_occupation_resolve(f->db, "astronaut", isco,
	    err, sizeof(err)), WB_OK);
	assert_string_equal(isco, "3153");
	assert_string_equal(first(f->db, "", NULL), "");
	assert_string_equal(first(f->db, "\"*(", NULL), "");
	assert_string_equal(first(f->db, "(m/v) 32 uur", NULL), "");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_spellings),
		cmocka_unit_test(test_ambiguous),
		cmocka_unit_test(test_prefix_and_esco),
	};

	return cmocka_run_group_tests_name("occupation", tests, setup,
	    teardown);
}
