/*
 * test-search.c: what a person types into a search (search.h, the
 * candidate and vacancy searches of candidate.c and vacancy.c), as the
 * screens and any other front end call them.  Named after the defects
 * they guard against (issues 13 and 20):
 *
 *   key_as_shown		"MEP/K-000015" finds exactly that record
 *   typographic_apostrophe	"O’Brien" is searched, no FTS error, no leak
 *   hostile_text		punctuation and FTS syntax are only text
 *   emoji_and_marks		a name of emoji, combining marks folded
 *   occupations_and_skills	candidates by occupation title and skill
 *   meeting_no_names		without names: occupations still found
 *   tokenizer_agrees		search.h and the schema split alike
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
#include "werkbank/search.h"
#include "werkbank/user.h"
#include "werkbank/vacancy.h"

#include "tmpdb.h"

struct fx {
	struct tmpdb	 tmp;
	struct db	*db;
	struct user_ctx	 anna;		/* recruiter, MEP */
};

static const char world[] =
    "INSERT INTO municipality (code, name) VALUES ('0119', 'Meppel');"
    "INSERT INTO pc4 (code, place, municipality_code, lat, lon) VALUES "
    "('7941', 'Meppel', '0119', 52.7, 6.2);"
    "INSERT INTO isco_group (code, level, parent_code, title_en, title_nl) "
    "VALUES ('8', 1, NULL, 'x', 'x'), ('83', 2, '8', 'x', 'x'),"
    "('834', 3, '83', 'x', 'x'), ('8344', 4, '834', 'Lift truck "
    "operators', 'Heftruckbestuurders');"
    "INSERT INTO partner (id, code, name, kind) VALUES "
    "(1, 'MEP', 'Meppel', 'gemeente'), (2, 'STW', 'Steenwijkerland', "
    "'gemeente');"
    "INSERT INTO app_user (id, login, name, partner_id, role) VALUES "
    "(1, 'anna', 'Anna', 1, 'recruiter');"
    "INSERT INTO employer (id, name, name_key, pc4) VALUES "
    "(1, 'Bakkerij O’Neill', 'bakkerij oneill', '7941');"
    "INSERT INTO vacancy (id, partner_id, ref, employer_id, title, "
    "isco_code, pc4, positions, collected_on, status) VALUES "
    "(1, 1, 'V2025-007', 1, 'Heftruckchauffeur', '8344', '7941', 1, "
    "'2026-11-01', 'open'), "
    "(2, 2, 'V2025-007', 1, 'Inpakker', '8344', '7941', 1, "
    "'2026-11-01', 'open');"
    "INSERT INTO candidate (id, partner_id, ref, first_name, last_name, "
    "pc4, target_group, consent, registered_on) VALUES "
    "(1, 1, 'K-000015', 'Anouk', 'Kiers', '7941', 'ww', 1, '2026-01-01'),"
    "(2, 2, 'K-000015', 'Bert', 'Kiers', '7941', 'ww', 1, '2026-01-01'),"
    "(3, 1, 'K-0000150', 'Cor', 'Smit', '7941', 'ww', 1, '2026-01-01'),"
    "(4, 1, 'K-000016', 'Siobhan', 'O’Brien', '7941', 'ww', 1, "
    "'2026-01-01'),"
    "(5, 1, 'K-000017', '🙂', '🌷🌷', '7941', 'ww', 1, '2026-01-01'),"
    "(6, 1, 'K-000018', 'Zoe' || char(776), 'Nguye' || char(770) || "
    "char(771) || 'n', '7941', 'ww', 1, '2026-01-01'),"
    "(7, 1, 'K-000019', 'Henk', 'Veldman', '7941', 'ww', 1, "
    "'2026-01-01');"
    "INSERT INTO candidate_occupation (candidate_id, isco_code) VALUES "
    "(7, '8344');"
    "INSERT INTO candidate_skill (candidate_id, skill) VALUES "
    "(1, 'reachtruck');";

static int
setup(void **state)
{
	struct fx	*f = calloc(1, sizeof(*f));

	if (tmpdb_open(&f->tmp, &f->db, "test-search", world) != 0 ||
	    tmpdb_users(f->db, "anna", &f->anna, (char *)NULL) != 0)
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

/* The ids a candidate search finds, as "1,2"; "!" when it failed. */
static const char *
cands(struct fx *f, const char *typed, int names)
{
	static char	 buf[128];
	long long	*ids = NULL;
	size_t		 n = 0, i, o = 0;

	buf[0] = '\0';
	if (candidate_search(f->db, &f->anna, typed, names, &ids, &n) !=
	    WB_OK) {
		free(ids);
		return "!";
	}
	for (i = 0; i < n; i++)
		o += (size_t)snprintf(buf + o, sizeof(buf) - o, "%s%lld",
		    i ? "," : "", ids[i]);
	free(ids);
	return buf;
}

static const char *
vacs(struct fx *f, const char *typed)
{
	static char	 buf[128];
	long long	*ids = NULL;
	size_t		 n = 0, i, o = 0;

	buf[0] = '\0';
	if (vacancy_search(f->db, typed, &ids, &n) != WB_OK) {
		free(ids);
		return "!";
	}
	for (i = 0; i < n; i++)
		o += (size_t)snprintf(buf + o, sizeof(buf) - o, "%s%lld",
		    i ? "," : "", ids[i]);
	free(ids);
	return buf;
}

static void
test_key_as_shown(void **state)
{
	struct fx	*f = *state;

	/* Exactly that record: not STW's K-000015, not K-0000150. */
	assert_string_equal(cands(f, "MEP/K-000015", 1), "1");
	assert_string_equal(cands(f, " stw/k-000015 ", 1), "2");
	assert_string_equal(cands(f, "MEP/K-000015", 0), "1");
	/* A key that is not there begins no others but its own. */
	assert_string_equal(cands(f, "MEP/K-00001", 1), "1,3,4,5,6,7");
	assert_string_equal(cands(f, "MEP/X-1", 1), "");
	assert_string_equal(vacs(f, "MEP/V2025-007"), "1");
	assert_string_equal(vacs(f, "STW/V2025-007"), "2");
	/* No partner of that code: words, as before. */
	assert_string_equal(cands(f, "XYZ/Kiers", 1), "");
	assert_string_equal(cands(f, "K-000015", 1), "1,2,3");
}

static void
test_typographic_apostrophe(void **state)
{
	struct fx	*f = *state;

	assert_string_equal(cands(f, "O’Brien", 1), "4");
	assert_string_equal(cands(f, "O'Brien", 1), "4");
	assert_string_equal(cands(f, "o‘brien", 1), "4");
	assert_string_equal(cands(f, "Brien", 1), "4");
	assert_string_equal(vacs(f, "O’Neill"), "1,2");
}

static void
test_hostile_text(void **state)
{
	static const char *const typed[] = {
		"\"", "\"\"", "*", "(", ")", "^", "-", "+", ":", "{", "}",
		"NEAR(a b)", "a OR", "AND", "NOT x", "Kiers\"*", "'; DROP",
		"\\", "%", "_", "Kiers AND", "\xe2\x80\x8b", "\t\n", "   ",
	};
	struct fx	*f = *state;
	size_t		 i;

	for (i = 0; i < sizeof(typed) / sizeof(typed[0]); i++) {
		assert_string_not_equal(cands(f, typed[i], 1), "!");
		assert_string_not_equal(cands(f, typed[i], 0), "!");
		assert_string_not_equal(vacs(f, typed[i]), "!");
	}
	/* Words in operators' clothes are words. */
	assert_string_equal(cands(f, "Kiers\"*", 1), "1,2");
	assert_string_equal(cands(f, "(Kiers)", 1), "1,2");
}

static void
test_emoji_and_marks(void **state)
{
	struct fx	*f = *state;

	assert_string_equal(cands(f, "🌷🌷", 1), "5");
	assert_string_equal(cands(f, "🙂", 1), "5");
	/* Typed precomposed or bare, the decomposed name is found. */
	assert_string_equal(cands(f, "Zoë", 1), "6");
	assert_string_equal(cands(f, "zoe", 1), "6");
	assert_string_equal(cands(f, "Nguyễn", 1), "6");
}

static void
test_occupations_and_skills(void **state)
{
	struct fx	*f = *state;

	assert_string_equal(cands(f, "heftruck", 1), "7");
	assert_string_equal(cands(f, "reach", 1), "1");
	assert_string_equal(vacs(f, "heftruckbestuurder"), "1,2");
}

static void
test_meeting_no_names(void **state)
{
	struct fx	*f = *state;

	assert_string_equal(cands(f, "Veldman", 0), "");
	assert_string_equal(cands(f, "heftruck", 0), "7");
	assert_string_equal(cands(f, "reachtruck", 0), "1");
	assert_string_equal(cands(f, "Veldman", 1), "7");
}

static void
test_tokenizer_agrees(void **state)
{
	struct fx	*f = *state;
	sqlite3_stmt	*s;
	const char	*tables[] = { "candidate_fts", "vacancy_fts" };
	char		 want[160];
	const char	*p;
	size_t		 i, o = 0;

	/* The schema writes SEARCH_TOKENIZE in an SQL string: ' doubled. */
	for (p = SEARCH_TOKENIZE; *p != '\0' && o + 2 < sizeof(want); p++) {
		if (*p == '\'')
			want[o++] = '\'';
		want[o++] = *p;
	}
	want[o] = '\0';
	for (i = 0; i < 2; i++) {
		assert_int_equal(db_prepare(f->db, "SELECT sql FROM "
		    "sqlite_schema WHERE name = ?", &s), WB_OK);
		sqlite3_bind_text(s, 1, tables[i], -1, SQLITE_STATIC);
		assert_int_equal(sqlite3_step(s), SQLITE_ROW);
		assert_non_null(strstr((const char *)sqlite3_column_text(s,
		    0), want));
		sqlite3_finalize(s);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_key_as_shown, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_typographic_apostrophe,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_hostile_text, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_emoji_and_marks, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_occupations_and_skills,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_meeting_no_names, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_tokenizer_agrees, setup,
		    teardown),
	};

	setenv("WERKBANK_TODAY", "2026-11-23", 1);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
