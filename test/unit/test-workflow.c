/*
 * test-workflow.c: the pipeline (transition table, propose, advance,
 * place, the vacancy filled at its last position, the candidate status),
 * the "proposed elsewhere this week" question, optimistic locking,
 * roles and visibility (user.c), the follow-up of placements and the
 * meeting (agenda, action items, minutes).  "Today" is 2026-11-23.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <sys/stat.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "werkbank/audit.h"
#include "werkbank/db.h"
#include "werkbank/followup.h"
#include "werkbank/meeting.h"
#include "werkbank/user.h"
#include "werkbank/workflow.h"

#include "tmpdb.h"

struct fx {
	struct tmpdb	 tmp;
	struct db	*db;
	struct user_ctx	 anna;		/* recruiter, partner AAA */
	struct user_ctx	 bert;		/* recruiter, partner BBB */
	struct user_ctx	 vera;		/* viewer, AAA */
	struct user_ctx	 cora;		/* coordinator, BBB */
};

/* Two partners; V1 (2 positions) and V2 open, V3 filled; candidates
 * C1, C2 of AAA, C3 of BBB with consent, C4 of BBB without. */
static const char world[] =
    "INSERT INTO municipality (code, name) VALUES ('9901', 'Noorddorp');"
    "INSERT INTO pc4 (code, place, municipality_code, lat, lon) VALUES "
    "('1001', 'Noorddorp', '9901', 52.7, 6.2);"
    "INSERT INTO isco_group (code, level, parent_code, title_en, title_nl) "
    "VALUES ('8', 1, NULL, 'x', 'x'), ('83', 2, '8', 'x', 'x'),"
    "('834', 3, '83', 'x', 'x'), ('8344', 4, '834', 'x', 'x');"
    "INSERT INTO partner (id, code, name, kind) VALUES "
    "(1, 'AAA', 'Partner A', 'gemeente'), (2, 'BBB', 'Partner B', 'uwv');"
    "INSERT INTO app_user (id, login, name, partner_id, role) VALUES "
    "(1, 'anna', 'Anna', 1, 'recruiter'), (2, 'bert', 'Bert', 2, "
    "'recruiter'), (3, 'vera', 'Vera', 1, 'viewer'), "
    "(4, 'cora', 'Cora', 2, 'coordinator');"
    "INSERT INTO employer (id, name, name_key, pc4) VALUES "
    "(1, 'E1', 'e1', '1001');"
    "INSERT INTO vacancy (id, partner_id, ref, employer_id, title, "
    "isco_code, pc4, positions, collected_on, status, closed_on) VALUES "
    "(1, 1, 'V1', 1, 'Heftruck', '8344', '1001', 2, '2026-11-18', 'open', "
    "NULL),"
    "(2, 2, 'V2', 1, 'Magazijn', '8344', '1001', 1, '2026-09-01', 'open', "
    "NULL),"
    "(3, 2, 'V3', 1, 'Klaar', '8344', '1001', 1, '2026-05-01', 'vervuld', "
    "'2026-11-20');"
    "INSERT INTO candidate (id, partner_id, ref, first_name, last_name, "
    "pc4, target_group, consent, registered_on) VALUES "
    "(1, 1, 'C1', 'a', 'b', '1001', 'ww', 0, '2026-01-01'),"
    "(2, 1, 'C2', 'a', 'b', '1001', 'ww', 1, '2026-01-01'),"
    "(3, 2, 'C3', 'a', 'b', '1001', 'nug', 1, '2026-01-01'),"
    "(4, 2, 'C4', 'a', 'b', '1001', 'bijstand', 0, '2026-01-01');";

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
setup(void **state)
{
	struct fx	*f = calloc(1, sizeof(*f));

	setenv("WERKBANK_TODAY", "2026-11-23", 1);
	if (tmpdb_open(&f->tmp, &f->db, "test-workflow", world) != 0 ||
	    tmpdb_users(f->db, "anna", &f->anna, "bert", &f->bert, "vera",
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
propose(struct fx *f, const struct user_ctx *u, long long v, long long c,
    int yes, struct wf_propose_result *res)
{
	struct wf_propose	req;

	memset(&req, 0, sizeof(req));
	req.vacancy_id = v;
	req.candidate_id = c;
	req.confirmed = yes;
	return workflow_propose(f->db, u, &req, res);
}

static enum wb_status
advance(struct fx *f, const struct user_ctx *u, long long v, long long c,
    enum wf_step step, long long version, struct wf_advance_result *res)
{
	struct wf_advance	req;
	struct wf_placement	pl;
	char			err[256];

	memset(&req, 0, sizeof(req));
	req.vacancy_id = v;
	req.candidate_id = c;
	req.step = step;
	req.version = version;
	req.note = "een notitie";
	if (step == WF_PLACED) {
		assert_int_equal(workflow_placement_parse("1-12-2026", "vast",
		    "32", "lks:40|jobcoach", &pl, err, sizeof(err)), WB_OK);
		req.placement = &pl;
	}
	/* Endings need their reason (outflow.h). */
	if (step == WF_NOT_CHOSEN)
		req.reason = "ervaring";
	else if (step == WF_WITHDRAWN)
		req.reason = "geen interesse";
	return workflow_advance(f->db, u, &req, res);
}

static void
test_transition_table(void **state)
{
	char	buf[96];

	(void)state;
	assert_true(workflow_can_follow(WF_PROPOSED, WF_INTERVIEW));
	assert_true(workflow_can_follow(WF_PROPOSED, WF_NOT_CHOSEN));
	assert_true(workflow_can_follow(WF_PROPOSED, WF_WITHDRAWN));
	assert_false(workflow_can_follow(WF_PROPOSED, WF_PLACED));
	assert_true(workflow_can_follow(WF_INTERVIEW, WF_PLACED));
	assert_true(workflow_can_follow(WF_INTERVIEW, WF_NOT_CHOSEN));
	assert_true(workflow_can_follow(WF_INTERVIEW, WF_WITHDRAWN));
	assert_false(workflow_can_follow(WF_INTERVIEW, WF_PROPOSED));
	assert_false(workflow_can_follow(WF_PLACED, WF_WITHDRAWN));
	assert_false(workflow_can_follow(WF_NOT_CHOSEN, WF_INTERVIEW));
	assert_false(workflow_can_follow(WF_WITHDRAWN, WF_PROPOSED));
	assert_string_equal(workflow_next_steps(WF_INTERVIEW, buf,
	    sizeof(buf)), "placed, not chosen, withdrawn");
}

static void
test_placement_parse(void **state)
{
	struct wf_placement	pl;
	char			err[256];

	(void)state;
	assert_int_equal(workflow_placement_parse("2026-12-01", "Tijdelijk",
	    "32,5", " lks : 40 | jobcoach|jobcoach", &pl, err, sizeof(err)),
	    WB_OK);
	assert_string_equal(pl.start, "2026-12-01");
	assert_string_equal(pl.contract, "tijdelijk");
	assert_true(pl.hours == 32.5);
	assert_int_equal(pl.ninstruments, 2);
	assert_string_equal(pl.instruments[0].name, "lks");
	assert_true(pl.instruments[0].percentage == 40);
	assert_true(pl.instruments[1].percentage < 0);
	/* Regression (issue 12): as staff type it, a percentage after a
	 * blank and a comma between the items; it was one unknown item. */
	assert_int_equal(workflow_placement_parse("2026-12-01", "vast contract",
	    "32,5 uur", "LKS 40%, no riskpolis", &pl, err, sizeof(err)),
	    WB_OK);
	assert_string_equal(pl.contract, "vast");
	assert_int_equal(pl.ninstruments, 2);
	assert_string_equal(pl.instruments[0].name, "lks");
	assert_true(pl.instruments[0].percentage == 40);
	assert_string_equal(pl.instruments[1].name, "no_risk");
	assert_int_equal(workflow_placement_parse("2026-12-01", NULL, NULL,
	    "lks 40,5%; jobcoach", &pl, err, sizeof(err)), WB_OK);
	assert_true(pl.instruments[0].percentage == 40.5);
	assert_int_equal(pl.ninstruments, 2);
	assert_int_equal(workflow_placement_parse(NULL, NULL, NULL, NULL, &pl,
	    err, sizeof(err)), WB_INVALID);
	assert_non_null(strstr(err, "start"));
	assert_int_equal(workflow_placement_parse("2026-13-01", NULL, NULL,
	    NULL, &pl, err, sizeof(err)), WB_INVALID);
	assert_int_equal(workflow_placement_parse("2026-12-01", "zzp", NULL,
	    NULL, &pl, err, sizeof(err)), WB_INVALID);
	assert_non_null(strstr(err, "contract"));
	assert_int_equal(workflow_placement_parse("2026-12-01", NULL, "60",
	    NULL, &pl, err, sizeof(err)), WB_INVALID);
	assert_int_equal(workflow_placement_parse("2026-12-01", NULL, NULL,
	    "jobcoach:20", &pl, err, sizeof(err)), WB_INVALID);
	assert_non_null(strstr(err, "only lks"));
	assert_int_equal(workflow_placement_parse("2026-12-01", NULL, NULL,
	    "lks:140", &pl, err, sizeof(err)), WB_INVALID);
	assert_int_equal(workflow_placement_parse("2026-12-01", NULL, NULL,
	    "koffie", &pl, err, sizeof(err)), WB_INVALID);
}

static void
test_pipeline_to_filled(void **state)
{
	struct fx			*f = *state;
	struct wf_propose_result	 pr;
	struct wf_advance_result	 ar;
	struct wf_entry			*e;
	size_t				 n;

	assert_int_equal(propose(f, &f->anna, 1, 2, 0, &pr), WB_OK);
	assert_int_equal(num(f->db, "SELECT count(*) FROM candidate WHERE "
	    "id = 2 AND status = 'in_traject'"), 1);
	assert_int_equal(propose(f, &f->anna, 1, 3, 0, &pr), WB_OK);
	/* Placing straight from proposed is refused and names the way. */
	assert_int_equal(advance(f, &f->anna, 1, 2, WF_PLACED, 0, &ar),
	    WB_INVALID);
	assert_non_null(strstr(db_error(f->db), "next: interview"));
	assert_int_equal(num(f->db, "SELECT count(*) FROM placement"), 0);

	assert_int_equal(advance(f, &f->anna, 1, 2, WF_INTERVIEW, 0, &ar),
	    WB_OK);
	assert_int_equal(ar.from, WF_PROPOSED);
	assert_int_equal(advance(f, &f->bert, 1, 2, WF_PLACED, 0, &ar), WB_OK);
	assert_int_not_equal(ar.placement_id, 0);
	assert_false(ar.vacancy_filled);
	assert_int_equal(ar.positions_left, 1);
	assert_int_equal(num(f->db, "SELECT count(*) FROM placement WHERE "
	    "vacancy_id = 1 AND candidate_id = 2 AND person_no = 2 AND "
	    "partner_id = 1 AND target_group = 'ww' AND municipality_code = "
	    "'9901' AND start_date = '2026-12-01' AND contract = 'vast' AND "
	    "hours = 32 AND proposal_id IS NOT NULL"), 1);
	assert_int_equal(num(f->db, "SELECT count(*) FROM placement_instrument "
	    "WHERE (instrument = 'lks' AND percentage = 40) OR (instrument = "
	    "'jobcoach' AND percentage IS NULL)"), 2);
	assert_int_equal(num(f->db, "SELECT count(*) FROM candidate WHERE "
	    "id = 2 AND status = 'geplaatst'"), 1);
	assert_int_equal(num(f->db, "SELECT count(*) FROM vacancy WHERE "
	    "id = 1 AND status = 'open'"), 1);
	/* Final: nothing follows placed. */
	assert_int_equal(advance(f, &f->anna, 1, 2, WF_WITHDRAWN, 0, &ar),
	    WB_INVALID);

	assert_int_equal(advance(f, &f->anna, 1, 3, WF_INTERVIEW, 0, &ar),
	    WB_OK);
	assert_int_equal(advance(f, &f->anna, 1, 3, WF_PLACED, 0, &ar), WB_OK);
	assert_true(ar.vacancy_filled);
	assert_int_equal(num(f->db, "SELECT count(*) FROM vacancy WHERE "
	    "id = 1 AND status = 'vervuld' AND closed_on = '2026-11-23'"), 1);

	/* Steps recorded with who, when, note. */
	assert_int_equal(num(f->db, "SELECT count(*) FROM proposal_step WHERE "
	    "on_date = '2026-11-23' AND by_user_id IS NOT NULL"), 6);
	assert_int_equal(num(f->db, "SELECT count(*) FROM proposal_step WHERE "
	    "note = 'een notitie' AND by_user_id = 2 AND step = 'placed'"), 1);
	assert_int_equal(workflow_pipeline(f->db, &f->anna, 1, &e, &n), WB_OK);
	assert_int_equal(n, 2);
	assert_string_equal(e[0].candidate, "AAA/C2");
	assert_int_equal(e[0].step, WF_PLACED);
	assert_string_equal(e[0].last_by, "bert");
	assert_string_equal(e[0].last_note, "een notitie");
	workflow_pipeline_free(e, n);
	/* A filled vacancy takes no proposals. */
	assert_int_equal(propose(f, &f->anna, 1, 1, 1, &pr), WB_INVALID);
	/* Every change is in the chained audit log. */
	{
		struct audit_verify_result	r;

		assert_int_equal(audit_verify(f->db, &r), WB_OK);
		assert_int_equal(num(f->db, "SELECT count(*) FROM audit_log "
		    "WHERE action = 'place'"), 2);
	}
}

/*
 * issue13/refuse-before-asking: what a form asks before it opens says
 * what workflow_propose and the placement would say, and changes nothing.
 */
static void
test_may_propose_and_place(void **state)
{
	struct fx			*f = *state;
	struct wf_propose_result	 pr;
	struct wf_advance_result	 ar;

	assert_int_equal(workflow_may_propose(f->db, &f->anna, 1, 2), WB_OK);
	/* A viewer, a vacancy on hold or filled, a placed candidate. */
	assert_int_equal(workflow_may_propose(f->db, &f->vera, 1, 2),
	    WB_DENIED);
	sql(f->db, "UPDATE vacancy SET status = 'on_hold' WHERE id = 2");
	assert_int_equal(workflow_may_propose(f->db, &f->anna, 2, 2),
	    WB_INVALID);
	assert_non_null(strstr(db_error(f->db), "not open"));
	assert_int_equal(workflow_may_propose(f->db, &f->anna, 3, 2),
	    WB_INVALID);
	sql(f->db, "UPDATE candidate SET status = 'geplaatst' WHERE id = 3");
	assert_int_equal(workflow_may_propose(f->db, &f->anna, 1, 3),
	    WB_INVALID);
	/* A candidate the user may not see is not found. */
	assert_int_equal(workflow_may_propose(f->db, &f->anna, 1, 4),
	    WB_NOT_FOUND);
	/* In the pipeline already. */
	assert_int_equal(propose(f, &f->anna, 1, 2, 0, &pr), WB_OK);
	assert_int_equal(workflow_may_propose(f->db, &f->anna, 1, 2),
	    WB_EXISTS);
	assert_int_equal(num(f->db, "SELECT count(*) FROM proposal"), 1);

	/* Placing: open or on hold with a position left. */
	assert_int_equal(workflow_may_place(f->db, 1), WB_OK);
	assert_int_equal(workflow_may_place(f->db, 2), WB_OK);
	assert_int_equal(workflow_may_place(f->db, 3), WB_INVALID);
	sql(f->db, "UPDATE vacancy SET positions = 1 WHERE id = 1");
	assert_int_equal(advance(f, &f->anna, 1, 2, WF_INTERVIEW, 0, &ar),
	    WB_OK);
	assert_int_equal(advance(f, &f->anna, 1, 2, WF_PLACED, 0, &ar), WB_OK);
	assert_int_equal(workflow_may_place(f->db, 1), WB_INVALID);
	assert_int_equal(workflow_may_place(f->db, 99), WB_NOT_FOUND);
}

static void
test_withdraw_releases(void **state)
{
	struct fx			*f = *state;
	struct wf_propose_result	 pr;
	struct wf_advance_result	 ar;

	assert_int_equal(propose(f, &f->anna, 1, 2, 0, &pr), WB_OK);
	assert_int_equal(propose(f, &f->anna, 2, 2, 1, &pr), WB_OK);
	assert_int_equal(advance(f, &f->anna, 1, 2, WF_NOT_CHOSEN, 0, &ar),
	    WB_OK);
	/* Still in the pipeline of V2. */
	assert_int_equal(num(f->db, "SELECT count(*) FROM candidate WHERE "
	    "id = 2 AND status = 'in_traject'"), 1);
	assert_int_equal(advance(f, &f->anna, 2, 2, WF_WITHDRAWN, 0, &ar),
	    WB_OK);
	assert_int_equal(num(f->db, "SELECT count(*) FROM candidate WHERE "
	    "id = 2 AND status = 'beschikbaar'"), 1);
	/* Not in the pipeline: not found; twice: exists. */
	assert_int_equal(advance(f, &f->anna, 2, 3, WF_INTERVIEW, 0, &ar),
	    WB_NOT_FOUND);
	assert_int_equal(propose(f, &f->anna, 2, 2, 1, &pr), WB_EXISTS);
	assert_false(pr.confirm);
}

static void
test_recent_elsewhere_asks(void **state)
{
	struct fx			*f = *state;
	struct wf_propose_result	 pr;

	sql(f->db, "INSERT INTO proposal (vacancy_id, candidate_id, "
	    "proposed_on, proposed_by) VALUES (3, 3, '2026-11-18', 2)");
	assert_int_equal(propose(f, &f->anna, 1, 3, 0, &pr), WB_EXISTS);
	assert_true(pr.confirm);
	assert_int_equal(pr.nrecent, 1);
	assert_string_equal(pr.recent[0].vacancy, "BBB/V3");
	assert_string_equal(pr.recent[0].by, "bert");
	assert_non_null(strstr(db_error(f->db), "BBB/V3"));
	assert_int_equal(num(f->db, "SELECT count(*) FROM proposal WHERE "
	    "vacancy_id = 1"), 0);
	assert_int_equal(propose(f, &f->anna, 1, 3, 1, &pr), WB_OK);
	/* Older than 7 days: no question. */
	sql(f->db, "INSERT INTO proposal (vacancy_id, candidate_id, "
	    "proposed_on) VALUES (3, 2, '2026-11-10')");
	assert_int_equal(propose(f, &f->anna, 2, 2, 0, &pr), WB_OK);
	assert_false(pr.confirm);
}

static void
test_stale_refused(void **state)
{
	struct fx			*f = *state;
	struct wf_propose_result	 pr;
	struct wf_advance_result	 ar;
	enum wf_step			 step;
	long long			 v0, v1;

	assert_int_equal(propose(f, &f->anna, 2, 3, 0, &pr), WB_OK);
	/* Anna and Bert both read the proposal at version v0. */
	assert_int_equal(workflow_step_of(f->db, 2, 3, &step, &v0), WB_OK);
	assert_int_equal(advance(f, &f->bert, 2, 3, WF_INTERVIEW, v0, &ar),
	    WB_OK);
	assert_int_equal(advance(f, &f->anna, 2, 3, WF_WITHDRAWN, v0, &ar),
	    WB_STALE);
	assert_string_equal(ar.stale.login, "bert");
	assert_string_equal(ar.stale.action, "advance");
	assert_non_null(strstr(db_error(f->db), "bert"));
	assert_non_null(strstr(db_error(f->db), "interview"));
	assert_int_equal(workflow_step_of(f->db, 2, 3, &step, &v1), WB_OK);
	assert_int_equal(step, WF_INTERVIEW);
	assert_int_equal(v1, v0 + 1);
	/* Read again, then it goes through. */
	assert_int_equal(advance(f, &f->anna, 2, 3, WF_WITHDRAWN, v1, &ar),
	    WB_OK);
}

static void
test_roles_and_visibility(void **state)
{
	struct fx			*f = *state;
	struct wf_propose_result	 pr;
	struct user_ctx			 u;
	long long			 id;
	char				 buf[128], pred[96];

	/* A viewer changes nothing. */
	assert_int_equal(propose(f, &f->vera, 1, 2, 0, &pr), WB_DENIED);
	assert_non_null(strstr(db_error(f->db), "viewer"));
	assert_false(user_can(&f->vera, PERM_FOLLOWUP));
	assert_false(user_can(&f->anna, PERM_USERS));
	assert_true(user_can(&f->cora, PERM_USERS | PERM_AUDIT));
	assert_true(user_can(&f->anna, PERM_PIPELINE | PERM_CANDIDATES));
	assert_false(user_can(&f->anna, PERM_VACANCIES));

	/* Own partner: all; other partner: only with consent. */
	assert_true(user_can_see_candidate(&f->anna, 1, 0));
	assert_true(user_can_see_candidate(&f->anna, 2, 1));
	assert_false(user_can_see_candidate(&f->anna, 2, 0));
	assert_false(user_can_see_candidate(&f->cora, 1, 0));
	assert_int_equal(workflow_candidate_id(f->db, &f->anna, "BBB/C4", &id),
	    WB_NOT_FOUND);
	assert_int_equal(workflow_candidate_id(f->db, &f->bert, "BBB/C4", &id),
	    WB_OK);
	assert_int_equal(workflow_candidate_id(f->db, &f->bert, "AAA/C1", &id),
	    WB_NOT_FOUND);
	assert_int_equal(propose(f, &f->anna, 1, 4, 0, &pr), WB_NOT_FOUND);
	snprintf(buf, sizeof(buf), "SELECT count(*) FROM candidate c WHERE %s",
	    user_candidate_sql(&f->anna, "c.partner_id", "c.consent", pred,
	    sizeof(pred)));
	assert_int_equal(num(f->db, buf), 3);

	/* Unknown and inactive logins. */
	assert_int_equal(user_current(f->db, "mallory", &u), WB_DENIED);
	/* Named, and who can help (no command line: the workbench shows
	 * it too). */
	assert_non_null(strstr(db_error(f->db), "'mallory'"));
	assert_null(strstr(db_error(f->db), "werkbank user add"));
	sql(f->db, "UPDATE app_user SET active = 0 WHERE login = 'bert'");
	assert_int_equal(user_current(f->db, "bert", &u), WB_DENIED);
	/* An empty users table: a single-user database. */
	sql(f->db, "DELETE FROM app_user");
	assert_int_equal(user_current(f->db, "mallory", &u), WB_OK);
	assert_true(u.single);
	assert_true(user_can_see_candidate(&u, 2, 0));
	assert_true(user_can(&u, PERM_USERS));
}

static void
test_user_add_remove(void **state)
{
	struct fx	*f = *state;
	struct user_new	 n = { .login = "dirk", .partner = "AAA",
	    .role = "accountmanager", .name = "Dirk" };
	struct user_ctx	 single;

	assert_int_equal(user_add(f->db, &f->anna, &n), WB_DENIED);
	assert_int_equal(user_add(f->db, &f->cora, &n), WB_OK);
	assert_int_equal(user_add(f->db, &f->cora, &n), WB_EXISTS);
	n.login = "Dirk!";
	assert_int_equal(user_add(f->db, &f->cora, &n), WB_INVALID);
	n.login = "a23456789012345678901234567890123";
	assert_int_equal(user_add(f->db, &f->cora, &n), WB_INVALID);
	n.login = "eva";
	n.partner = "ZZZ";
	assert_int_equal(user_add(f->db, &f->cora, &n), WB_INVALID);
	n.partner = "AAA";
	n.role = "admin";
	assert_int_equal(user_add(f->db, &f->cora, &n), WB_INVALID);
	/* The last coordinator stays. */
	assert_int_equal(user_remove(f->db, &f->cora, "cora"), WB_INVALID);
	assert_int_equal(user_remove(f->db, &f->cora, "dirk"), WB_OK);
	assert_int_equal(user_remove(f->db, &f->cora, "dirk"), WB_NOT_FOUND);
	assert_int_equal(num(f->db, "SELECT count(*) FROM app_user WHERE "
	    "login = 'dirk' AND active = 0"), 1);
	/* The first user of a single-user database is the one adding. */
	sql(f->db, "DELETE FROM app_user");
	assert_int_equal(user_current(f->db, "root", &single), WB_OK);
	n.login = "eva";
	n.role = "coordinator";
	assert_int_equal(user_add(f->db, &single, &n), WB_INVALID);
	n.login = "root";
	n.role = "recruiter";
	assert_int_equal(user_add(f->db, &single, &n), WB_INVALID);
	n.role = "coordinator";
	assert_int_equal(user_add(f->db, &single, &n), WB_OK);
}

/* A work phone and e-mail, given when adding and changed later; each
 * may change their own, a coordinator anyone's. */
static void
test_user_edit(void **state)
{
	struct fx		*f = *state;
	struct user_new		 n = { .login = "dirk", .partner = "AAA",
	    .role = "accountmanager", .name = "Dirk", .phone = "06-12345678",
	    .email = "dirk@team.example" };
	struct user_change	 c = { .phone = "0522 123 456" };

	assert_int_equal(user_add(f->db, &f->cora, &n), WB_OK);
	assert_int_equal(num(f->db, "SELECT count(*) FROM app_user WHERE "
	    "login = 'dirk' AND phone = '06-12345678' AND "
	    "email = 'dirk@team.example'"), 1);
	assert_int_equal(user_edit(f->db, &f->anna, "dirk", &c), WB_DENIED);
	assert_int_equal(user_edit(f->db, &f->anna, "anna", &c), WB_OK);
	assert_int_equal(user_edit(f->db, &f->cora, "dirk", &c), WB_OK);
	assert_int_equal(num(f->db, "SELECT count(*) FROM app_user WHERE "
	    "phone = '0522 123 456'"), 2);
	c.phone = "bel me";
	assert_int_equal(user_edit(f->db, &f->cora, "dirk", &c), WB_INVALID);
	c.phone = NULL;
	c.email = "geen adres";
	assert_int_equal(user_edit(f->db, &f->cora, "dirk", &c), WB_INVALID);
	c.email = "";
	assert_int_equal(user_edit(f->db, &f->cora, "dirk", &c), WB_OK);
	assert_int_equal(num(f->db, "SELECT count(*) FROM app_user WHERE "
	    "login = 'dirk' AND email IS NULL AND phone = '0522 123 456'"), 1);
	assert_int_equal(user_edit(f->db, &f->cora, "nobody", &c),
	    WB_NOT_FOUND);
	n.login = "eva";
	n.phone = "12";
	assert_int_equal(user_add(f->db, &f->cora, &n), WB_INVALID);
}

static void
test_followup(void **state)
{
	struct fx		*f = *state;
	struct followup_item	*it;
	struct followup_answer	 a;
	struct followup_result	 r;
	size_t			 n;

	/* 1: 6 months on 2026-11-30 (due within 14 days); 2: 12 months
	 * overdue, both checks open; 3: 6 months checked, 12 not yet due;
	 * 4: ended; 5: of a candidate anna may not see. */
	sql(f->db, "INSERT INTO placement (id, vacancy_id, candidate_id, "
	    "person_no, partner_id, target_group, start_date, end_date, "
	    "checked_6m_on) VALUES "
	    "(1, 3, 2, 2, 1, 'ww', '2026-05-30', NULL, NULL),"
	    "(2, 3, 3, 3, 2, 'nug', '2025-10-01', NULL, NULL),"
	    "(3, 3, 1, 1, 1, 'ww', '2026-04-01', NULL, '2026-10-02'),"
	    "(4, 3, 1, 1, 1, 'ww', '2025-01-01', '2025-03-01', NULL),"
	    "(5, 3, 4, 4, 2, 'bijstand', '2025-01-01', NULL, NULL);"
	    "UPDATE candidate SET status = 'geplaatst' WHERE id IN (2, 3)");
	assert_int_equal(followup_due(f->db, &f->anna, -1, &it, &n), WB_OK);
	assert_int_equal(n, 2);
	assert_int_equal(it[0].placement_id, 2);
	assert_int_equal(it[0].months, 12);
	assert_string_equal(it[0].due, "2026-10-01");
	assert_true(it[0].days < 0);
	assert_int_equal(it[1].placement_id, 1);
	assert_int_equal(it[1].months, 6);
	assert_int_equal(it[1].days, 7);
	/* What the follow-up screen shows beside the keys. */
	assert_string_equal(it[0].employer, "E1");
	assert_int_equal(it[0].candidate_id, 3);
	assert_int_equal(it[1].candidate_id, 2);
	free(it);
	assert_int_equal(followup_due(f->db, &f->bert, -1, &it, &n), WB_OK);
	assert_int_equal(n, 3);		/* 5 is bert's own */
	free(it);
	assert_int_equal(followup_due(f->db, &f->anna, 0, &it, &n), WB_OK);
	assert_int_equal(n, 1);
	free(it);

	memset(&a, 0, sizeof(a));
	a.placement_id = 2;
	a.kind = FOLLOWUP_STILL;
	assert_int_equal(followup_record(f->db, &f->vera, &a, &r), WB_DENIED);
	assert_int_equal(followup_record(f->db, &f->anna, &a, &r), WB_OK);
	assert_int_equal(r.checked, 18);
	assert_int_equal(num(f->db, "SELECT count(*) FROM placement WHERE "
	    "id = 2 AND checked_6m_on = '2026-11-23' AND checked_12m_on = "
	    "'2026-11-23' AND version = 2"), 1);
	assert_int_equal(followup_record(f->db, &f->anna, &a, &r), WB_INVALID);
	a.placement_id = 3;
	assert_int_equal(followup_record(f->db, &f->anna, &a, &r), WB_INVALID);
	assert_non_null(strstr(db_error(f->db), "not due"));
	a.placement_id = 5;
	assert_int_equal(followup_record(f->db, &f->anna, &a, &r),
	    WB_NOT_FOUND);

	/* Left: end date; the candidate is available again. */
	a.placement_id = 1;
	a.kind = FOLLOWUP_LEFT;
	a.date = "2026-11-01";
	a.version = 7;
	assert_int_equal(followup_record(f->db, &f->anna, &a, &r), WB_STALE);
	a.version = 1;
	assert_int_equal(followup_record(f->db, &f->anna, &a, &r), WB_OK);
	assert_true(r.released);
	assert_int_equal(num(f->db, "SELECT count(*) FROM candidate WHERE "
	    "id = 2 AND status = 'beschikbaar'"), 1);
	/* The version read before that answer is stale now. */
	assert_int_equal(followup_record(f->db, &f->anna, &a, &r), WB_STALE);
	a.version = 0;
	assert_int_equal(followup_record(f->db, &f->anna, &a, &r), WB_INVALID);
	assert_non_null(strstr(db_error(f->db), "already ended"));
	a.placement_id = 2;
	a.version = 0;
	a.date = "2025-09-01";
	assert_int_equal(followup_record(f->db, &f->anna, &a, &r), WB_INVALID);
	a.date = "2027-01-01";
	assert_int_equal(followup_record(f->db, &f->anna, &a, &r), WB_INVALID);
	a.date = NULL;
	assert_int_equal(followup_record(f->db, &f->anna, &a, &r), WB_INVALID);
}

static void
test_meeting(void **state)
{
	struct fx			*f = *state;
	struct meeting_agenda		 ag;
	struct meeting_action_new	 an;
	struct meeting_action		*items;
	struct wf_propose_result	 pr;
	long long			 id, id2, aid;
	size_t				 n;
	char				*text = NULL;
	size_t				 len = 0;
	FILE				*fp;
	struct stat			 sb;
	char				 path[400], line[128];
	int				 resumed;

	sql(f->db, "INSERT INTO meeting (held_on, started_at, ended_at) "
	    "VALUES ('2026-11-16', '2026-11-16 08:00:00', "
	    "'2026-11-16 09:00:00');"
	    "INSERT INTO placement (vacancy_id, candidate_id, person_no, "
	    "partner_id, target_group, start_date) VALUES "
	    "(3, 4, 4, 2, 'bijstand', '2026-12-01');");
	assert_int_equal(meeting_agenda_load(f->db, &f->anna, NULL, &ag),
	    WB_OK);
	assert_string_equal(ag.since, "2026-11-16");
	assert_int_equal(ag.nnew, 1);
	assert_string_equal(ag.new_vacancies[0].key, "AAA/V1");
	assert_int_equal(ag.nopen, 2);
	assert_string_equal(ag.open_vacancies[0].key, "BBB/V2");
	assert_int_equal(ag.open_vacancies[0].age_days, 83);
	assert_int_equal(ag.nfilled, 1);
	assert_string_equal(ag.filled[0].vacancy, "BBB/V3");
	assert_string_equal(ag.filled[0].candidate, "");	/* hidden */
	assert_string_equal(ag.filled[0].partner, "BBB");
	meeting_agenda_clear(&ag);

	assert_int_equal(meeting_start(f->db, &f->vera, &id, &resumed),
	    WB_DENIED);
	assert_int_equal(meeting_start(f->db, &f->cora, &id, &resumed), WB_OK);
	assert_false(resumed);
	assert_int_equal(meeting_start(f->db, &f->anna, &id2, &resumed),
	    WB_OK);
	assert_true(resumed);
	assert_int_equal(id2, id);

	memset(&an, 0, sizeof(an));
	an.what = "Bel werkgever | E1 over *V2*";
	an.owner = "anna";
	an.due = "30-11-2026";
	an.vacancy_id = 2;
	assert_int_equal(meeting_action_add(f->db, &f->cora, &an, &aid),
	    WB_OK);
	an.what = "Tweede actie";
	an.owner = "nobody";
	assert_int_equal(meeting_action_add(f->db, &f->cora, &an, &aid),
	    WB_INVALID);
	an.owner = NULL;
	an.due = NULL;
	an.vacancy_id = 0;
	assert_int_equal(meeting_action_add(f->db, &f->bert, &an, &aid),
	    WB_OK);
	assert_int_equal(meeting_action_done(f->db, &f->bert, aid, 0, NULL),
	    WB_OK);
	assert_int_equal(meeting_action_done(f->db, &f->bert, aid, 0, NULL),
	    WB_INVALID);
	assert_int_equal(meeting_actions(f->db, &f->anna, 0, 0, &items, &n),
	    WB_OK);
	assert_int_equal(n, 1);
	assert_string_equal(items[0].owner, "anna");
	assert_string_equal(items[0].due, "2026-11-30");
	assert_string_equal(items[0].vacancy, "BBB/V2");
	assert_int_equal(items[0].meeting_id, id);
	meeting_actions_free(items, n);

	/* A decision during the meeting. */
	assert_int_equal(propose(f, &f->anna, 2, 2, 0, &pr), WB_OK);
	assert_int_equal(meeting_end(f->db, &f->cora, id, 0), WB_OK);
	assert_int_equal(meeting_end(f->db, &f->cora, id, 0), WB_INVALID);
	fp = open_memstream(&text, &len);
	assert_int_equal(meeting_minutes(f->db, &f->anna, 0, fp), WB_OK);
	fclose(fp);
	assert_non_null(strstr(text, "# Minutes of the match team meeting, "
	    "2026-11-23"));
	assert_non_null(strstr(text, "Bel werkgever \\| E1 over \\*V2\\*"));
	assert_non_null(strstr(text, "- [x] Tweede actie"));
	assert_non_null(strstr(text, "AAA/C2 → proposed (anna"));
	assert_non_null(strstr(text, "## Filled vacancies and how"));
	free(text);
	assert_int_equal(num(f->db, "SELECT count(*) FROM meeting WHERE "
	    "minutes IS NOT NULL AND ended_at IS NOT NULL"), 1);

	/* The minutes into a file: 0600, whole, nothing else left. */
	snprintf(path, sizeof(path), "%s/minutes.md", f->tmp.dir);
	assert_int_equal(meeting_minutes_file(f->db, &f->anna, id, path),
	    WB_OK);
	assert_int_equal(stat(path, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0600);
	assert_non_null(fp = fopen(path, "r"));
	assert_non_null(fgets(line, sizeof(line), fp));
	fclose(fp);
	assert_string_equal(line, "# Minutes of the match team meeting, "
	    "2026-11-23\n");
	assert_int_equal(unlink(path), 0);
	snprintf(path, sizeof(path), "%s/no-dir/minutes.md", f->tmp.dir);
	assert_int_equal(meeting_minutes_file(f->db, &f->anna, id, path),
	    WB_IO);
	assert_non_null(strstr(db_error(f->db), "cannot write"));
	snprintf(path, sizeof(path), "%s/none.md", f->tmp.dir);
	assert_int_equal(meeting_minutes_file(f->db, &f->anna, 999, path),
	    WB_NOT_FOUND);
	assert_int_equal(access(path, F_OK), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_transition_table),
		cmocka_unit_test(test_placement_parse),
		cmocka_unit_test_setup_teardown(test_pipeline_to_filled, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_may_propose_and_place,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_withdraw_releases, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_recent_elsewhere_asks,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_stale_refused, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_roles_and_visibility,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_user_add_remove, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_user_edit, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_followup, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_meeting, setup, teardown),
	};

	setenv("WERKBANK_TODAY", "2026-11-23", 1);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
