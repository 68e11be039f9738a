/*
 * test-purge.c: retention (purge.h): which candidates count as inactive
 * before a date, one case for each rule; what goes and what stays
 * (placements anonymous, pool counts, action items without text, kept
 * minutes without keys, a key inside a longer one untouched); the dry
 * run; the coordinator-only rule; the audit chain after a purge.
 * "Today" is 2026-11-23; DATE is 2025-01-01.
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
#include "werkbank/purge.h"
#include "werkbank/user.h"

#include "tmpdb.h"

struct fx {
	struct tmpdb	 tmp;
	struct db	*db;
	struct user_ctx	 cora;		/* coordinator */
	struct user_ctx	 rita;		/* recruiter */
};

/*
 * Candidates (all left 2024-01-01 as 'inactief' unless said):
 *   K1  nothing since                          -> purged
 *   K2  still in the pool (beschikbaar)        -> kept
 *   K3  left 2025-03-01, after DATE            -> kept
 *   K4  a proposal step on 2025-02-01          -> kept
 *   K5  proposal and step in 2023              -> purged
 *   K6  placed 2023-06-01, follow-up 2024-06   -> purged, placement kept
 *   K7  placed 2024-03-01, follow-up 2025-03   -> kept
 *   K8  placement ended 2025-02-01             -> kept
 *   K9  an open action item                    -> kept
 *   K10 geplaatst, left 2023-01-01             -> purged
 *   K12 (a key K1 is a prefix of) beschikbaar  -> kept
 */
static const char world[] =
    "INSERT INTO municipality (code, name) VALUES ('9901', 'Noorddorp');"
    "INSERT INTO pc4 (code, place, municipality_code, lat, lon) VALUES "
    "('1001', 'Noorddorp', '9901', 52.7, 6.2);"
    "INSERT INTO isco_group (code, level, parent_code, title_en, title_nl) "
    "VALUES ('8', 1, NULL, 'x', 'x'), ('83', 2, '8', 'x', 'x'),"
    "('834', 3, '83', 'x', 'x'), ('8344', 4, '834', 'x', 'x');"
    "INSERT INTO partner (id, code, name, kind) VALUES "
    "(1, 'AAA', 'Partner A', 'gemeente');"
    "INSERT INTO app_user (id, login, name, partner_id, role) VALUES "
    "(1, 'cora', 'Cora', 1, 'coordinator'), "
    "(2, 'rita', 'Rita', 1, 'recruiter');"
    "INSERT INTO employer (id, name, name_key, pc4) VALUES "
    "(1, 'E1', 'e1', '1001');"
    "INSERT INTO vacancy (id, partner_id, ref, employer_id, title, "
    "isco_code, pc4, positions, collected_on) VALUES "
    "(1, 1, 'V1', 1, 'Heftruck', '8344', '1001', 9, '2023-01-01');"
    "INSERT INTO candidate (id, partner_id, ref, first_name, last_name, "
    "pc4, target_group, consent, status, registered_on, left_on) VALUES "
    "(1, 1, 'K1', 'Een', 'Purgeling', '1001', 'ww', 1, 'inactief', "
    "'2022-01-01', '2024-01-01'),"
    "(2, 1, 'K2', 'Twee', 'Blijver', '1001', 'ww', 1, 'beschikbaar', "
    "'2022-01-01', NULL),"
    "(3, 1, 'K3', 'Drie', 'Laat', '1001', 'ww', 1, 'inactief', "
    "'2022-01-01', '2025-03-01'),"
    "(4, 1, 'K4', 'Vier', 'Stap', '1001', 'ww', 1, 'inactief', "
    "'2022-01-01', '2024-01-01'),"
    "(5, 1, 'K5', 'Vijf', 'Oudestap', '1001', 'ww', 1, 'inactief', "
    "'2022-01-01', '2024-01-01'),"
    "(6, 1, 'K6', 'Zes', 'Geplaatst', '1001', 'nug', 1, 'inactief', "
    "'2022-01-01', '2024-01-01'),"
    "(7, 1, 'K7', 'Zeven', 'Volgen', '1001', 'ww', 1, 'inactief', "
    "'2022-01-01', '2024-01-01'),"
    "(8, 1, 'K8', 'Acht', 'Einde', '1001', 'ww', 1, 'inactief', "
    "'2022-01-01', '2024-01-01'),"
    "(9, 1, 'K9', 'Negen', 'Actie', '1001', 'ww', 1, 'inactief', "
    "'2022-01-01', '2024-01-01'),"
    "(10, 1, 'K10', 'Tien', 'Weg', '1001', 'wajong', 1, 'geplaatst', "
    "'2021-01-01', '2023-01-01'),"
    "(12, 1, 'K12', 'Twaalf', 'Prefix', '1001', 'ww', 1, 'beschikbaar', "
    "'2022-01-01', NULL);"
    "INSERT INTO proposal (id, vacancy_id, candidate_id, step, "
    "proposed_on) VALUES (1, 1, 4, 'interview', '2023-06-01'), "
    "(2, 1, 5, 'not_chosen', '2023-06-01');"
    "INSERT INTO proposal_step (proposal_id, step, on_date, note) VALUES "
    "(1, 'proposed', '2023-06-01', NULL), "
    "(1, 'interview', '2025-02-01', NULL), "
    "(2, 'proposed', '2023-06-01', 'Oudestap belt'), "
    "(2, 'not_chosen', '2023-07-01', NULL);"
    "INSERT INTO placement (id, vacancy_id, candidate_id, person_no, "
    "partner_id, target_group, municipality_code, start_date, end_date) "
    "VALUES (1, 1, 6, 6, 1, 'nug', '9901', '2023-06-01', NULL), "
    "(2, 1, 7, 7, 1, 'ww', '9901', '2024-03-01', NULL), "
    "(3, 1, 8, 8, 1, 'ww', '9901', '2023-01-01', '2025-02-01');"
    "INSERT INTO meeting (id, held_on, minutes) VALUES (1, '2023-05-01', "
    "'AAA/K1, AAA/K12, AAA/K1|x; Bel Purgeling op; Bel Actie op');"
    "INSERT INTO action_item (id, meeting_id, what, candidate_id, done_on) "
    "VALUES (1, 1, 'Bel Purgeling op', 1, '2023-05-02'), "
    "(2, 1, 'Bel Actie op', 9, NULL);";

static long long
num(struct db *db, const char *s)
{
	long long	v;

	if (db_query_int(db, s, &v) != WB_OK)
		fail_msg("%s: %s", s, db_error(db));
	return v;
}

static char *
text(struct db *db, const char *s)
{
	sqlite3_stmt	*stmt;
	char		*out = NULL;

	if (db_prepare(db, s, &stmt) != WB_OK)
		fail_msg("%s: %s", s, db_error(db));
	if (sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_text(stmt, 0))
		out = strdup((const char *)sqlite3_column_text(stmt, 0));
	sqlite3_finalize(stmt);
	return out;
}

static int
setup(void **state)
{
	struct fx	*f = calloc(1, sizeof(*f));

	setenv("WERKBANK_TODAY", "2026-11-23", 1);
	if (tmpdb_open(&f->tmp, &f->db, "test-purge", world) != 0 ||
	    tmpdb_users(f->db, "cora", &f->cora, "rita", &f->rita,
	    (char *)NULL) != 0)
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

static char *
keys(const struct purge_result *r)
{
	static char	buf[256];
	size_t		i;

	buf[0] = '\0';
	for (i = 0; i < r->nkeys; i++) {
		if (i > 0)
			strcat(buf, " ");
		strcat(buf, r->keys[i]);
	}
	return buf;
}

static void
test_dry_run_selects_by_the_rules(void **state)
{
	struct fx		*f = *state;
	struct purge_result	 r;
	long long		 audit = num(f->db, "SELECT count(*) FROM "
				    "audit_log");

	assert_int_equal(purge_inactive(f->db, &f->cora, "2025-01-01", 1, &r),
	    WB_OK);
	assert_int_equal(r.count, 4);
	assert_string_equal(keys(&r), "AAA/K1 AAA/K10 AAA/K5 AAA/K6");
	assert_int_equal(r.placements, 1);
	assert_string_equal(r.before, "2025-01-01");
	purge_result_free(&r);
	assert_int_equal(num(f->db, "SELECT count(*) FROM candidate"), 11);
	assert_int_equal(num(f->db, "SELECT count(*) FROM audit_log"), audit);
	/* any form date_parse takes */
	assert_int_equal(purge_inactive(f->db, &f->cora, "1-1-2025", 1, &r),
	    WB_OK);
	assert_int_equal(r.count, 4);
	purge_result_free(&r);
}

static void
test_purge_removes_and_keeps(void **state)
{
	struct fx			*f = *state;
	struct purge_result		 r;
	struct audit_verify_result	 v;
	char				*s;

	assert_int_equal(purge_inactive(f->db, &f->cora, "2025-01-01", 0, &r),
	    WB_OK);
	assert_int_equal(r.count, 4);
	purge_result_free(&r);
	assert_int_equal(num(f->db, "SELECT count(*) FROM candidate WHERE "
	    "id IN (1, 5, 6, 10)"), 0);
	assert_int_equal(num(f->db, "SELECT count(*) FROM candidate"), 7);
	/* K5's proposal and its note went with it; K4's stayed */
	assert_int_equal(num(f->db, "SELECT count(*) FROM proposal"), 1);
	assert_int_equal(num(f->db, "SELECT count(*) FROM proposal_step "
	    "WHERE note IS NOT NULL"), 0);
	/* K6's placement stays, anonymous, with its snapshot */
	assert_int_equal(num(f->db, "SELECT count(*) FROM placement WHERE "
	    "id = 1 AND candidate_id IS NULL AND person_no = 6 AND "
	    "target_group = 'nug'"), 1);
	assert_int_equal(num(f->db, "SELECT count(*) FROM placement"), 3);
	/* the pool counts: 4 people, K10 in a row of its own */
	assert_int_equal(num(f->db, "SELECT sum(n) FROM candidate_purged"), 4);
	assert_int_equal(num(f->db, "SELECT n FROM candidate_purged WHERE "
	    "target_group = 'wajong' AND registered_on = '2021-01-01' AND "
	    "left_on = '2023-01-01' AND municipality_code = '9901'"), 1);
	/* the action item about K1 lost its text, K9's kept it */
	s = text(f->db, "SELECT what || '|' || coalesce(candidate_id, '') "
	    "FROM action_item WHERE id = 1");
	assert_string_equal(s, "-|");
	free(s);
	s = text(f->db, "SELECT what FROM action_item WHERE id = 2");
	assert_string_equal(s, "Bel Actie op");
	free(s);
	/* minutes: K1's key and action text gone, K12 untouched */
	s = text(f->db, "SELECT minutes FROM meeting WHERE id = 1");
	assert_string_equal(s, "-, AAA/K12, -|x; -; Bel Actie op");
	free(s);
	/* no new candidate takes K10's id (the highest purged) */
	assert_int_equal(num(f->db, "SELECT CAST(value AS INTEGER) FROM "
	    "setting WHERE key = 'candidate_id_floor'"), 10);
	/* one audit row, and the chain holds */
	s = text(f->db, "SELECT action || ' ' || detail FROM audit_log "
	    "ORDER BY id DESC LIMIT 1");
	assert_string_equal(s, "purge before=2025-01-01 candidates=4 "
	    "placements_kept=1");
	free(s);
	assert_int_equal(audit_verify(f->db, &v), WB_OK);
	assert_int_equal(num(f->db, "PRAGMA freelist_count"), 0);

	/* again: nothing more to purge */
	assert_int_equal(purge_inactive(f->db, &f->cora, "2025-01-01", 0, &r),
	    WB_OK);
	assert_int_equal(r.count, 0);
	purge_result_free(&r);
}

static void
test_refusals(void **state)
{
	struct fx		*f = *state;
	struct purge_result	 r;

	assert_int_equal(purge_inactive(f->db, &f->rita, "2025-01-01", 1, &r),
	    WB_DENIED);
	assert_non_null(strstr(db_error(f->db), "rita is a recruiter"));
	purge_result_free(&r);
	assert_int_equal(purge_inactive(f->db, &f->cora, "2025-13-01", 0, &r),
	    WB_INVALID);
	purge_result_free(&r);
	assert_int_equal(purge_inactive(f->db, &f->cora, "2026-11-24", 0, &r),
	    WB_INVALID);
	purge_result_free(&r);
	assert_int_equal(num(f->db, "SELECT count(*) FROM candidate"), 11);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(
		    test_dry_run_selects_by_the_rules, setup, teardown),
		cmocka_unit_test_setup_teardown(test_purge_removes_and_keeps,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_refusals, setup,
		    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
