/*
 * test-record.c: editing records through the import's rules (record.c):
 * the field list taken from the import's columns, the import's messages,
 * optimistic locking naming the other change, rights and visibility;
 * the vacancy lifecycle and expiry at the deadline (lifecycle.c); the
 * occupation suggested and resolved from a Dutch title.  "Today" is
 * 2026-11-23.
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

#include "werkbank/audit.h"
#include "werkbank/db.h"
#include "werkbank/lifecycle.h"
#include "werkbank/record.h"
#include "werkbank/user.h"

#include "tmpdb.h"

struct fx {
	struct tmpdb	 tmp;
	struct db	*db;
	struct user_ctx	 anna;		/* recruiter, AAA */
	struct user_ctx	 alex;		/* accountmanager, AAA */
	struct user_ctx	 vera;		/* viewer, AAA */
	struct user_ctx	 cora;		/* coordinator, BBB */
};

static const char world[] =
    "INSERT INTO municipality (code, name) VALUES ('9901', 'Noorddorp');"
    "INSERT INTO pc4 (code, place, municipality_code, lat, lon) VALUES "
    "('1001', 'Noorddorp', '9901', 52.7, 6.2);"
    "INSERT INTO isco_group (code, level, parent_code, title_en, title_nl) "
    "VALUES ('8', 1, NULL, 'x', 'x'), ('83', 2, '8', 'x', 'x'),"
    "('834', 3, '83', 'x', 'x'), ('8344', 4, '834', 'x', "
    "'Heftruckbestuurders'), ('5', 1, NULL, 'x', 'x'), "
    "('51', 2, '5', 'x', 'x'), ('512', 3, '51', 'x', 'x'), "
    "('5120', 4, '512', 'x', 'Koks'), ('3', 1, NULL, 'x', 'x'), "
    "('34', 2, '3', 'x', 'x'), ('343', 3, '34', 'x', 'x'), "
    "('3434', 4, '343', 'x', 'Chef-koks');"
    "INSERT INTO occupation_search (label, isco_code, esco_code, kind) "
    "VALUES ('Koks', '5120', NULL, 'isco'), ('kok', '5120', 'e1', 'esco'),"
    "('chef-kok', '3434', 'e2', 'esco'), ('kokkin', '5120', 'e1', 'alt'),"
    "('heftruckchauffeur', '8344', 'e3', 'esco'),"
    "('medewerker', '8344', 'e3', 'alt'), ('medewerker keuken', '5120', "
    "'e1', 'alt');"
    "INSERT INTO partner (id, code, name, kind) VALUES "
    "(1, 'AAA', 'Partner A', 'gemeente'), (2, 'BBB', 'Partner B', 'uwv');"
    "INSERT INTO app_user (id, login, name, partner_id, role) VALUES "
    "(1, 'anna', 'Anna', 1, 'recruiter'), (2, 'alex', 'Alex', 1, "
    "'accountmanager'), (3, 'vera', 'Vera', 1, 'viewer'), "
    "(4, 'cora', 'Cora', 2, 'coordinator');"
    "INSERT INTO employer (id, name, name_key, pc4) VALUES "
    "(1, 'E1', 'e1', '1001');"
    "INSERT INTO vacancy (id, partner_id, ref, employer_id, title, "
    "isco_code, pc4, positions, hours_min, collected_on, deadline, status) "
    "VALUES (1, 1, 'V1', 1, 'Heftruck', '8344', '1001', 2, 20, "
    "'2026-11-18', NULL, 'open'),"
    "(2, 2, 'V2', 1, 'Magazijn', '8344', '1001', 1, NULL, '2026-09-01', "
    "'2026-11-20', 'on_hold'),"
    "(3, 2, 'V3', 1, 'Later', '8344', '1001', 1, NULL, '2026-09-01', "
    "'2026-11-23', 'open');"
    "INSERT INTO candidate (id, partner_id, ref, first_name, last_name, "
    "pc4, target_group, consent, registered_on) VALUES "
    "(1, 1, 'C1', 'a', 'b', '1001', 'ww', 0, '2026-01-01'),"
    "(3, 2, 'C3', 'a', 'b', '1001', 'nug', 1, '2026-01-01'),"
    "(4, 2, 'C4', 'a', 'b', '1001', 'bijstand', 0, '2026-01-01');";

static long long
num(struct db *db, const char *s)
{
	long long	v;

	if (db_query_int(db, s, &v) != WB_OK)
		fail_msg("%s: %s", s, db_error(db));
	return v;
}

static int
setup(void **state)
{
	struct fx	*f = calloc(1, sizeof(*f));

	if (tmpdb_open(&f->tmp, &f->db, "test-record", world) != 0 ||
	    tmpdb_users(f->db, "anna", &f->anna, "alex", &f->alex, "vera",
	    &f->vera, "cora", &f->cora, (char *)NULL) != 0)
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

static enum wb_status
set1(struct fx *f, const struct user_ctx *u, enum rec_kind k, long long id,
    long long version, const char *field, const char *value,
    struct record_result *res)
{
	struct record_value	v = { field, value };

	return record_set(f->db, u, k, id, version, &v, 1, res);
}

static void
test_fields(void **state)
{
	const struct record_field	*f;
	size_t				 n;

	(void)state;
	f = record_fields(REC_VACANCY, &n);
	assert_true(n > 20);
	assert_string_equal(f[0].name, "ref");
	assert_true(f[0].key && f[0].required);
	f = record_field(REC_VACANCY, "occupation");
	assert_non_null(f);
	assert_int_equal(f->type, RV_OCCUPATION);
	assert_true(f->required);
	/* Limits come from the import's table; Dutch names find fields. */
	f = record_field(REC_VACANCY, "positions");
	assert_int_equal(f->type, RV_INT);
	assert_true(f->min == 1 && f->max == 999);
	assert_ptr_equal(record_field(REC_CANDIDATE, "achternaam"),
	    record_field(REC_CANDIDATE, "last_name"));
	assert_null(record_field(REC_EMPLOYER, "colour"));
	assert_int_equal(record_field(REC_EMPLOYER, "account_manager")->type,
	    RV_LOGIN);
}

static void
test_messages_and_stale(void **state)
{
	struct fx		*f = *state;
	struct record_result	 r, r2;

	/* The import's message, naming the field; nothing changed. */
	assert_int_equal(set1(f, &f->alex, REC_VACANCY, 1, 1, "hours_max",
	    "60", &r), WB_INVALID);
	assert_string_equal(db_error(f->db), "hours_max: 60 is outside 0 to "
	    "48");
	assert_int_equal(set1(f, &f->alex, REC_VACANCY, 1, 1, "hours_max",
	    "10", &r), WB_INVALID);
	assert_string_equal(db_error(f->db), "hours_max: 10 is less than "
	    "hours_min 20");
	assert_int_equal(num(f->db, "SELECT version FROM vacancy WHERE id = "
	    "1"), 1);

	assert_int_equal(set1(f, &f->alex, REC_VACANCY, 1, 1, "title",
	    "Heftruckchauffeur", &r), WB_OK);
	assert_int_equal(r.version, 2);
	assert_string_equal(r.changed, "title");
	assert_string_equal(r.key, "AAA/V1");
	/* Cora read version 1: refused, naming alex's change. */
	assert_int_equal(set1(f, &f->cora, REC_VACANCY, 1, 1, "positions",
	    "3", &r2), WB_STALE);
	assert_string_equal(r2.stale.login, "alex");
	assert_string_equal(r2.stale.action, "update");
	assert_string_equal(r2.stale.detail, "fields=title");
	assert_non_null(strstr(db_error(f->db), "changed by alex"));
	assert_int_equal(num(f->db, "SELECT positions FROM vacancy WHERE id "
	    "= 1"), 2);
	/* Read again: it passes. */
	assert_int_equal(set1(f, &f->cora, REC_VACANCY, 1, 2, "positions",
	    "3", &r2), WB_OK);
	assert_int_equal(num(f->db, "SELECT count(*) FROM audit_log WHERE "
	    "record_type = 'vacancy' AND action = 'update'"), 2);
}

/* One field checked as the user leaves it: the same words as record_set
 * and the import, nothing written. */
static void
test_check_one_field(void **state)
{
	struct fx	*f = *state;
	char		 err[256];

	assert_int_equal(record_check(f->db, REC_VACANCY, "hours_max", "60",
	    err, sizeof(err)), WB_INVALID);
	assert_string_equal(err, "hours_max: 60 is outside 0 to 48");
	assert_int_equal(record_check(f->db, REC_VACANCY, "hours_max", "32",
	    err, sizeof(err)), WB_OK);
	assert_string_equal(err, "");
	/* A Dutch alias names the field too. */
	assert_int_equal(record_check(f->db, REC_VACANCY, "uren_max", "32",
	    err, sizeof(err)), WB_OK);
	assert_int_equal(record_check(f->db, REC_VACANCY, "postcode", "9999",
	    err, sizeof(err)), WB_INVALID);
	assert_non_null(strstr(err, "postcode: "));
	assert_int_equal(record_check(f->db, REC_VACANCY, "deadline",
	    "31-02-2026", err, sizeof(err)), WB_INVALID);
	assert_non_null(strstr(err, "deadline: "));
	/* A job title resolves, an unknown one is named. */
	assert_int_equal(record_check(f->db, REC_VACANCY, "occupation",
	    "heftruckchauffeur", err, sizeof(err)), WB_OK);
	assert_int_equal(record_check(f->db, REC_VACANCY, "occupation",
	    "astronaut", err, sizeof(err)), WB_INVALID);
	assert_non_null(strstr(err, "occupation: 'astronaut' is not an "
	    "occupation"));
	assert_int_equal(record_check(f->db, REC_CANDIDATE, "occupations",
	    "kok:3|8344", err, sizeof(err)), WB_OK);
	/* Logins: a user, and an account manager with that role. */
	assert_int_equal(record_check(f->db, REC_EMPLOYER, "account_manager",
	    "anna", err, sizeof(err)), WB_INVALID);
	assert_string_equal(err, "account_manager: anna is a recruiter, not "
	    "an account manager");
	assert_int_equal(record_check(f->db, REC_EMPLOYER, "account_manager",
	    "alex", err, sizeof(err)), WB_OK);
	assert_int_equal(record_check(f->db, REC_CANDIDATE, "consultant",
	    "nobody", err, sizeof(err)), WB_INVALID);
	/* The BSN rule of every import column. */
	assert_int_equal(record_check(f->db, REC_CANDIDATE, "phone",
	    "111222333", err, sizeof(err)), WB_INVALID);
	assert_int_equal(record_check(f->db, REC_VACANCY, "nonsense", "x",
	    err, sizeof(err)), WB_INVALID);
	assert_int_equal(num(f->db, "SELECT count(*) FROM audit_log WHERE "
	    "action IN ('create', 'update')"), 0);
}

static void
test_rights(void **state)
{
	struct fx		*f = *state;
	struct record_result	 r;

	assert_int_equal(set1(f, &f->vera, REC_VACANCY, 1, 0, "title", "x",
	    &r), WB_DENIED);
	assert_int_equal(set1(f, &f->anna, REC_VACANCY, 1, 0, "title", "x",
	    &r), WB_DENIED);
	assert_int_equal(set1(f, &f->alex, REC_CANDIDATE, 1, 0, "phone",
	    "0612345678", &r), WB_DENIED);
	assert_int_equal(set1(f, &f->anna, REC_CANDIDATE, 1, 0, "phone",
	    "0612345678", &r), WB_OK);
	/* Another partner's: seen (consent) but not edited; hidden. */
	assert_int_equal(set1(f, &f->anna, REC_CANDIDATE, 3, 0, "phone",
	    "0612345678", &r), WB_DENIED);
	assert_int_equal(set1(f, &f->anna, REC_CANDIDATE, 4, 0, "phone",
	    "0612345678", &r), WB_NOT_FOUND);
	/* An account manager must have that role. */
	assert_int_equal(set1(f, &f->alex, REC_EMPLOYER, 1, 0,
	    "account_manager", "anna", &r), WB_INVALID);
	assert_int_equal(set1(f, &f->alex, REC_EMPLOYER, 1, 0,
	    "account_manager", "alex", &r), WB_OK);
	assert_int_equal(num(f->db, "SELECT account_manager_id FROM employer "
	    "WHERE id = 1"), 2);
}

static void
test_create(void **state)
{
	struct fx		*f = *state;
	struct record_result	 r;
	struct record_value	 v[] = { { "ref", "V9" },
	    { "employer", "Bakkerij Bol" }, { "title", "Kok" },
	    { "occupation", "kok" }, { "postcode", "1001 AB" } };

	assert_int_equal(record_set(f->db, &f->alex, REC_VACANCY, 0, 0, v, 5,
	    &r), WB_OK);
	assert_true(r.created);
	assert_string_equal(r.key, "AAA/V9");
	assert_int_equal(num(f->db, "SELECT count(*) FROM vacancy WHERE ref = "
	    "'V9' AND isco_code = '5120' AND status = 'open' AND "
	    "collected_on = '2026-11-23'"), 1);
	assert_int_equal(record_set(f->db, &f->alex, REC_VACANCY, 0, 0, v, 5,
	    &r), WB_EXISTS);
	assert_int_equal(record_set(f->db, &f->alex, REC_VACANCY, 0, 0, v, 3,
	    &r), WB_INVALID);
	assert_non_null(strstr(db_error(f->db), "postcode: required"));
}

static void
test_lifecycle(void **state)
{
	struct fx		*f = *state;
	struct lifecycle_result	 r;
	char			 buf[64];

	assert_string_equal(lifecycle_next("open", buf, sizeof(buf)),
	    "hold, withdraw");
	assert_int_equal(lifecycle_change(f->db, &f->alex, 1, 0,
	    LIFECYCLE_REOPEN, NULL, &r), WB_INVALID);
	assert_int_equal(lifecycle_change(f->db, &f->anna, 1, 0,
	    LIFECYCLE_HOLD, NULL, &r), WB_DENIED);
	assert_int_equal(lifecycle_change(f->db, &f->alex, 1, 1,
	    LIFECYCLE_HOLD, "vakantie", &r), WB_OK);
	assert_string_equal(r.from, "open");
	assert_string_equal(r.to, "on_hold");
	assert_int_equal(r.version, 2);
	assert_int_equal(lifecycle_change(f->db, &f->alex, 1, 1,
	    LIFECYCLE_REOPEN, NULL, &r), WB_STALE);
	assert_string_equal(r.stale.detail, "status=on_hold note=vakantie");
	assert_int_equal(lifecycle_change(f->db, &f->alex, 1, 2,
	    LIFECYCLE_REOPEN, NULL, &r), WB_OK);
	assert_int_equal(lifecycle_change(f->db, &f->alex, 1, 0,
	    LIFECYCLE_WITHDRAW, NULL, &r), WB_OK);
	assert_int_equal(num(f->db, "SELECT closed_on = '2026-11-23' AND "
	    "status = 'ingetrokken' FROM vacancy WHERE id = 1"), 1);
	assert_int_equal(lifecycle_change(f->db, &f->alex, 1, 0,
	    LIFECYCLE_REOPEN, NULL, &r), WB_INVALID);
	/* On hold past its deadline: no reopening before a new one. */
	assert_int_equal(lifecycle_change(f->db, &f->cora, 2, 0,
	    LIFECYCLE_REOPEN, NULL, &r), WB_INVALID);
	assert_non_null(strstr(db_error(f->db), "deadline"));
}

static void
test_expiry(void **state)
{
	struct fx	*f = *state;
	long long	 n;

	/* V2's deadline (11-20) passed; V3's is today: still open. */
	assert_int_equal(lifecycle_expire_due(f->db, &n), WB_OK);
	assert_int_equal(n, 1);
	assert_int_equal(num(f->db, "SELECT status = 'verlopen' AND "
	    "closed_on = '2026-11-20' FROM vacancy WHERE id = 2"), 1);
	assert_int_equal(num(f->db, "SELECT status = 'open' FROM vacancy "
	    "WHERE id = 3"), 1);
	assert_int_equal(num(f->db, "SELECT count(*) FROM audit_log WHERE "
	    "login = '(system)' AND record_id = 2 AND detail = "
	    "'status=verlopen deadline=2026-11-20'"), 1);
	assert_int_equal(lifecycle_expire_due(f->db, &n), WB_OK);
	assert_int_equal(n, 0);
	setenv("WERKBANK_TODAY", "2026-11-24", 1);
	assert_int_equal(lifecycle_expire_due(f->db, &n), WB_OK);
	setenv("WERKBANK_TODAY", "2026-11-23", 1);
	assert_int_equal(n, 1);
}

static void
test_occupation(void **state)
{
	struct fx			*f = *state;
	struct occupation_suggestion	 s[8];
	char				 isco[5], err[512];
	size_t				 n;

	assert_int_equal(record_occupation_suggest(f->db, "kok", s, 8, &n),
	    WB_OK);
	assert_true(n >= 2);		/* kok, chef-kok: each group once */
	assert_string_equal(s[0].isco, "5120");
	assert_string_equal(s[0].label, "kok");
	assert_string_equal(s[0].group, "Koks");
	assert_int_equal(record_occupation_suggest(f->db, "8344", s, 8, &n),
	    WB_OK);
	assert_int_equal(n, 1);
	assert_int_equal(record_occupation_resolve(f->db, "Kok", isco, err,
	    sizeof(err)), WB_OK);
	assert_string_equal(isco, "5120");
	assert_int_equal(record_occupation_resolve(f->db, "heftruckchauf",
	    isco, err, sizeof(err)), WB_OK);
	assert_string_equal(isco, "8344");
	/* (Ambiguous titles: test-occupation, on the real tables.) */
	assert_int_equal(record_occupation_resolve(f->db, "xyzzy", isco, err,
	    sizeof(err)), WB_INVALID);
	assert_int_equal(record_occupation_suggest(f->db, "\"*(", s, 8, &n),
	    WB_OK);
	assert_int_equal(n, 0);
}

/* A message split into its fields' parts: a reason may hold "; ". */
static void
test_error_parts(void **state)
{
	const char	*msg = "postcode: unknown PC4 '9999'; hours_max: 60 is "
	    "outside 0 to 48; say 40; skills: too long";
	const char	*p = msg, *next;
	size_t		 len;

	(void)state;
	len = record_error_part(p, &next);
	assert_int_equal(len, strlen("postcode: unknown PC4 '9999'"));
	assert_true(record_error_of(p, "postcode"));
	assert_false(record_error_of(p, "post"));
	p = next;
	len = record_error_part(p, &next);
	assert_int_equal(len, strlen("hours_max: 60 is outside 0 to 48; say "
	    "40"));
	assert_true(record_error_of(p, "hours_max"));
	assert_false(record_error_of(p, "hours"));
	p = next;
	len = record_error_part(p, &next);
	assert_string_equal(p, "skills: too long");
	assert_int_equal(len, strlen(p));
	assert_null(next);
	assert_int_equal(record_error_part("", &next), 0);
	assert_null(next);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fields),
		cmocka_unit_test(test_error_parts),
		cmocka_unit_test_setup_teardown(test_messages_and_stale, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_check_one_field, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_rights, setup, teardown),
		cmocka_unit_test_setup_teardown(test_create, setup, teardown),
		cmocka_unit_test_setup_teardown(test_lifecycle, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_expiry, setup, teardown),
		cmocka_unit_test_setup_teardown(test_occupation, setup,
		    teardown),
	};

	setenv("WERKBANK_TODAY", "2026-11-23", 1);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
