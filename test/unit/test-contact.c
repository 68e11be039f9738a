/*
 * test-contact.c: employer services (contact.h, rating.h, employer.h):
 * checking a contact (each bad field named, tags as codes from Dutch
 * spellings, free words in lower case, lists split), what is due (a
 * hand-made log, one case per rule), logging a contact with a new
 * person, the account manager's question, a transfer, ratings with
 * the NPS apart, half-years, the survey's sample (reproducible, only
 * among those that did not rate) and the replacement of names.
 * "Today" is 2026-11-23 (a Monday).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/contact.h"
#include "werkbank/date.h"
#include "werkbank/employer.h"
#include "werkbank/rating.h"
#include "werkbank/text.h"
#include "werkbank/user.h"

#include "tmpdb.h"

struct fx {
	struct tmpdb	 tmp;
	struct db	*db;
	struct user_ctx	 cora;		/* coordinator */
	struct user_ctx	 anna;		/* account manager of E1 */
	struct user_ctx	 vera;		/* viewer */
};

/*
 * Employers E1 (anna's), E2 (bob's), E3 (none), E4 (anna's).  Contacts:
 *   1 E1 2026-11-01 next 2026-11-20  settled by 2            -> not due
 *   2 E1 2026-11-10 next 2026-11-26  latest of E1            -> due
 *   3 E2 2026-10-01 next 2026-11-30  latest, today + 7       -> due
 *   4 E3 2026-10-01 next 2026-12-01  latest, today + 8       -> not due
 *   5 E4 2026-09-01 no next, the same day as 6               -> not due
 *   6 E4 2026-09-01 next 2026-10-01  latest (higher id), overdue -> due
 */
static const char world[] =
    "INSERT INTO municipality (code, name) VALUES ('9901', 'Noorddorp');"
    "INSERT INTO pc4 (code, place, municipality_code, lat, lon) VALUES "
    "('1001', 'Noorddorp', '9901', 52.7, 6.2);"
    "INSERT INTO partner (id, code, name, kind) VALUES "
    "(1, 'AAA', 'Partner A', 'gemeente');"
    "INSERT INTO app_user (id, login, name, partner_id, role) VALUES "
    "(1, 'cora', 'Cora Coördinator', 1, 'coordinator'), "
    "(2, 'anna', 'Anna Akkerman', 1, 'accountmanager'), "
    "(3, 'bob', 'Bob Bakker', 1, 'accountmanager'), "
    "(4, 'vera', 'Vera Viewer', 1, 'viewer');"
    "INSERT INTO employer (id, name, name_key, pc4, account_manager_id) "
    "VALUES (1, 'Eerste', 'eerste', '1001', 2), (2, 'Tweede', 'tweede', "
    "'1001', 3), (3, 'Derde', 'derde', '1001', NULL), (4, 'Vierde', "
    "'vierde', '1001', 2);"
    "INSERT INTO employer_contact (id, employer_id, contact_on, type, "
    "next_on) VALUES (1, 1, '2026-11-01', 'bezoek', '2026-11-20'), "
    "(2, 1, '2026-11-10', 'telefoon', '2026-11-26'), "
    "(3, 2, '2026-10-01', 'mail', '2026-11-30'), "
    "(4, 3, '2026-10-01', 'overleg', '2026-12-01'), "
    "(5, 4, '2026-09-01', 'mail', NULL), "
    "(6, 4, '2026-09-01', 'bezoek', '2026-10-01');";

static int
setup(void **state)
{
	struct fx	*f = calloc(1, sizeof(*f));

	setenv("WERKBANK_TODAY", "2026-11-23", 1);
	*state = f;
	if (tmpdb_open(&f->tmp, &f->db, "test-contact", world) != 0 ||
	    tmpdb_users(f->db, "cora", &f->cora, "anna", &f->anna, "vera",
	    &f->vera, NULL) != 0)
		return -1;
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

static struct contact_new
contact(const char *type, const char *date, const char *next)
{
	struct contact_new	c;

	memset(&c, 0, sizeof(c));
	c.employer_id = 1;
	c.type = type;
	c.date = date;
	c.next = next;
	return c;
}

static void
test_check(void **state)
{
	const char		*tags[] = { "Tekort", "groei, Seizoenswerk",
				    "krapte|flexwerk" };
	struct contact_new	 c;
	char			 type[12], t[CONTACT_TAGS_MAX][CONTACT_TAG_LEN + 1];
	char			 err[2048];
	size_t			 n;

	(void)state;
	c = contact("bzoek", "2026-11-24", "2026-11-22");
	assert_int_equal(contact_check(&c, type, sizeof(type), t, &n, err,
	    sizeof(err)), WB_INVALID);
	assert_non_null(strstr(err, "type: 'bzoek' is not one of the "
	    "choices: did you mean visit?"));
	assert_non_null(strstr(err, "; date: 2026-11-24 is after today"));
	assert_non_null(strstr(err, "; next: 2026-11-22 is in the past"));
	c = contact("", "2026-11-10", "2026-11-09");
	assert_int_equal(contact_check(&c, type, sizeof(type), t, &n, err,
	    sizeof(err)), WB_INVALID);
	assert_non_null(strstr(err, "type: required: visit, phone call, "
	    "e-mail or meeting"));
	/* A next contact before the contact itself, even a past one. */
	c = contact("mail", "2026-11-10", "2026-11-09");
	assert_int_equal(contact_check(&c, type, sizeof(type), t, &n, err,
	    sizeof(err)), WB_INVALID);
	assert_non_null(strstr(err, "next: 2026-11-09 is in the past"));
	c = contact("Telefonisch", "23-11-2026", "2026-11-23");
	c.tags = tags;
	c.ntags = 3;
	assert_int_equal(contact_check(&c, type, sizeof(type), t, &n, err,
	    sizeof(err)), WB_OK);
	assert_string_equal(type, "telefoon");
	assert_int_equal(n, 4);
	assert_string_equal(t[0], "krapte");
	assert_string_equal(t[1], "uitbreiding");
	assert_string_equal(t[2], "seizoenswerk");
	assert_string_equal(t[3], "flexwerk");
	tags[0] = "een woord van veel meer dan veertig tekens lang, echt";
	c.ntags = 1;
	assert_int_equal(contact_check(&c, type, sizeof(type), t, &n, err,
	    sizeof(err)), WB_INVALID);
	assert_non_null(strstr(err, "tag: longer than 40 characters"));
}

static void
test_due(void **state)
{
	struct fx		*f = *state;
	struct contact_filter	 cf;
	struct contact_entry	*e;
	size_t			 n;

	memset(&cf, 0, sizeof(cf));
	cf.due = 1;
	assert_int_equal(contact_list(f->db, &f->cora, &cf, &e, &n), WB_OK);
	assert_int_equal(n, 3);
	/* Oldest next contact first. */
	assert_int_equal(e[0].id, 6);
	assert_int_equal(e[0].days, -53);
	assert_int_equal(e[1].id, 2);
	assert_int_equal(e[2].id, 3);
	assert_string_equal(e[1].manager, "anna");
	contact_entries_free(e, n);
	/* anna's: her employers' only. */
	cf.mine = 1;
	assert_int_equal(contact_list(f->db, &f->anna, &cf, &e, &n), WB_OK);
	assert_int_equal(n, 2);
	contact_entries_free(e, n);
	/* Without --due: every contact, newest first, due marked. */
	memset(&cf, 0, sizeof(cf));
	cf.employer_id = 1;
	assert_int_equal(contact_list(f->db, &f->vera, &cf, &e, &n), WB_OK);
	assert_int_equal(n, 2);
	assert_int_equal(e[0].id, 2);
	assert_true(e[0].due && !e[1].due);
	contact_entries_free(e, n);
}

static void
test_add(void **state)
{
	struct fx		*f = *state;
	struct contact_new	 c = contact("bezoek", NULL, "2026-11-30");
	struct contact_result	 res;
	struct employer_manager	 m;
	long long		 n;

	c.with = "Gerda  Wolters";
	c.note = "Gerda Wolters zoekt mensen";
	assert_int_equal(contact_add(f->db, &f->vera, &c, &res), WB_DENIED);
	assert_int_equal(contact_add(f->db, &f->anna, &c, &res), WB_OK);
	assert_true(res.person_added);
	assert_int_equal(db_query_int(f->db, "SELECT count(*) FROM "
	    "contact_person WHERE name = 'Gerda Wolters' AND is_primary", &n),
	    WB_OK);
	assert_int_equal(n, 1);
	/* The same person again, however typed: no second one. */
	c.with = "gerda wolters";
	assert_int_equal(contact_add(f->db, &f->anna, &c, &res), WB_OK);
	assert_false(res.person_added);
	assert_int_equal(db_query_int(f->db, "SELECT count(*) FROM "
	    "contact_person", &n), WB_OK);
	assert_int_equal(n, 1);
	/* Logging them settled contact 2, due before. */
	assert_int_equal(db_query_int(f->db, "SELECT count(*) FROM "
	    "employer_contact WHERE employer_id = 1 AND next_on = "
	    "'2026-11-30'", &n), WB_OK);
	assert_int_equal(n, 2);
	/* Whose employer: anna's for cora, not for anna herself. */
	assert_int_equal(employer_manager(f->db, &f->cora, 1, &m), WB_OK);
	assert_true(m.other);
	assert_string_equal(m.login, "anna");
	assert_string_equal(m.name, "Anna Akkerman");
	assert_int_equal(employer_manager(f->db, &f->anna, 1, &m), WB_OK);
	assert_false(m.other);
	assert_int_equal(employer_manager(f->db, &f->cora, 3, &m), WB_OK);
	assert_false(m.other);
}

static void
test_transfer(void **state)
{
	struct fx			*f = *state;
	struct employer_transfer_result	 r;
	long long			 n;

	assert_int_equal(db_exec(f->db, "INSERT INTO isco_group (code, level, "
	    "parent_code, title_en, title_nl) VALUES ('9', 1, NULL, 'x', 'x'), "
	    "('93', 2, '9', 'x', 'x'), ('932', 3, '93', 'x', 'x'), "
	    "('9329', 4, '932', 'x', 'x');"
	    "INSERT INTO vacancy (id, partner_id, ref, employer_id, title, "
	    "isco_code, pc4, collected_on, account_manager_id, status, "
	    "closed_on) VALUES (1, 1, 'V1', 1, 'a', '9329', '1001', "
	    "'2026-11-01', 2, 'open', NULL), (2, 1, 'V2', 1, 'b', '9329', "
	    "'1001', '2026-01-01', 2, 'vervuld', '2026-02-01'), (3, 1, 'V3', 1, "
	    "'c', '9329', '1001', '2026-11-01', 3, 'open', NULL);"), WB_OK);
	assert_int_equal(employer_transfer(f->db, &f->anna, 1, 0, "vera", &r),
	    WB_INVALID);
	assert_int_equal(employer_transfer(f->db, &f->anna, 1, 99, "bob", &r),
	    WB_STALE);
	assert_int_equal(employer_transfer(f->db, &f->anna, 1, 0, "bob", &r),
	    WB_OK);
	assert_string_equal(r.from, "anna");
	assert_int_equal(r.vacancies, 1);
	/* The open one of anna's went; the filled one and bob's stayed. */
	assert_int_equal(db_query_int(f->db, "SELECT (SELECT "
	    "account_manager_id FROM vacancy WHERE id = 1) * 100 + (SELECT "
	    "account_manager_id FROM vacancy WHERE id = 2) * 10 + (SELECT "
	    "account_manager_id FROM employer WHERE id = 1)", &n), WB_OK);
	assert_int_equal(n, 323);
	assert_int_equal(employer_transfer(f->db, &f->vera, 1, 0, "anna", &r),
	    WB_DENIED);
}

static void
test_rating(void **state)
{
	struct fx		*f = *state;
	struct rating_new	 r;
	char			 err[1024];
	long long		 id, n;

	memset(&r, 0, sizeof(r));
	r.employer_id = 2;
	r.nps = "9";
	assert_int_equal(rating_check(f->db, &r, err, sizeof(err)),
	    WB_INVALID);
	assert_non_null(strstr(err, "score: required"));
	r.score = "11";
	r.nps = "11";
	r.date = "2026-11-24";
	r.by = "niemand";
	assert_int_equal(rating_check(f->db, &r, err, sizeof(err)),
	    WB_INVALID);
	assert_non_null(strstr(err, "score: 11 is outside 1 to 10; nps: 11 is "
	    "outside 0 to 10; date: 2026-11-24 is after today"));
	assert_non_null(strstr(err, "; by: 'niemand' is not a werkbank user"));
	r.score = "8";
	r.nps = "3";
	r.date = NULL;
	r.by = "bob";
	r.comment = "Weinig gehoord";
	assert_int_equal(rating_add(f->db, &f->vera, &r, &id), WB_DENIED);
	assert_int_equal(rating_add(f->db, &f->anna, &r, &id), WB_OK);
	assert_int_equal(db_query_int(f->db, "SELECT score * 1000 + nps * 10 + "
	    "by_user_id FROM employer_rating WHERE rated_on = '2026-11-23' AND "
	    "comment = 'Weinig gehoord'", &n), WB_OK);
	assert_int_equal(n, 8033);
}

static void
test_half(void **state)
{
	int	from, to;
	char	name[8], a[11], b[11];

	(void)state;
	assert_int_equal(rating_half_parse("2026H2", &from, &to), WB_OK);
	assert_string_equal(date_format(from, a), "2026-07-01");
	assert_string_equal(date_format(to, b), "2026-12-31");
	assert_int_equal(rating_half_parse("2026h1", &from, &to), WB_OK);
	assert_string_equal(date_format(to, b), "2026-06-30");
	assert_int_equal(rating_half_parse("2026H3", &from, &to), WB_INVALID);
	assert_int_equal(rating_half_parse("26H1", &from, &to), WB_INVALID);
	assert_int_equal(rating_half_parse("2026H12", &from, &to), WB_INVALID);
	rating_half_of(date_today(), &from, &to, name);
	assert_string_equal(name, "2026H2");
}

static void
test_survey(void **state)
{
	struct fx	*f = *state;
	struct survey	 s, t;
	size_t		 i, same = 1;

	/* Served in 2026H2: E1-E4 by their contacts; E2 rated. */
	assert_int_equal(db_exec(f->db, "INSERT INTO employer_rating "
	    "(employer_id, rated_on, score, nps) VALUES (2, '2026-10-01', 9, "
	    "10), (2, '2026-03-01', 4, NULL), (3, '2025-12-31', 7, 7);"),
	    WB_OK);
	assert_int_equal(survey_compute(f->db, "2026H2", 2, 7, 1, &s), WB_OK);
	assert_string_equal(s.half, "2026H2");
	assert_int_equal(s.n, 4);
	assert_int_equal(s.rated, 1);
	assert_int_equal(s.sampled, 2);
	for (i = 0; i < s.n; i++) {
		if (s.e[i].id == 2) {
			assert_int_equal(s.e[i].score, 9);
			assert_int_equal(s.e[i].nps, 10);
			assert_false(s.e[i].sampled);
		}
		assert_true(s.e[i].contact);
	}
	/* The same seed, the same sample. */
	assert_int_equal(survey_compute(f->db, "2026H2", 2, 7, 1, &t), WB_OK);
	for (i = 0; i < s.n; i++)
		same &= s.e[i].sampled == t.e[i].sampled;
	assert_true(same);
	survey_free(&t);
	/* More than there are: all that did not rate. */
	assert_int_equal(survey_compute(f->db, "2026H2", 10, 0, 0, &t), WB_OK);
	assert_int_equal(t.sampled, 3);
	assert_int_equal(t.seed, 20262);
	survey_free(&t);
	survey_free(&s);
	assert_int_equal(survey_compute(f->db, "2026Q3", 0, 0, 0, &s),
	    WB_INVALID);
}

static void
test_replace_words(void **state)
{
	char	*needles[] = { "Gerda Wolters", "Gerda", "Wolters", "Bo" };
	char	*s;

	(void)state;
	s = text_replace_words("Gerda Wolters belt; Gerda wil Bo, Bosman en "
	    "Wolters-Bakker spreken", needles, 4, "[naam]");
	assert_string_equal(s, "[naam] belt; [naam] wil [naam], Bosman en "
	    "Wolters-Bakker spreken");
	free(s);
	assert_null(text_replace_words("Niemand hier", needles, 4, "-"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_check),
		cmocka_unit_test(test_half),
		cmocka_unit_test(test_replace_words),
		cmocka_unit_test_setup_teardown(test_due, setup, teardown),
		cmocka_unit_test_setup_teardown(test_add, setup, teardown),
		cmocka_unit_test_setup_teardown(test_transfer, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_rating, setup, teardown),
		cmocka_unit_test_setup_teardown(test_survey, setup, teardown),
	};

	setenv("WERKBANK_TODAY", "2026-11-23", 1);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
