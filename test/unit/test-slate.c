/*
 * test-slate.c: the Monday slate (slate.h) on the demo region with many
 * vacancies reopened, so that the vacancies compete for the same people.
 *
 * - The plan from short lists has the total of the exact plan over every
 *   eligible pair (all of each vacancy's ranking, solved whole): the
 *   proof by duals in slate.c holds.
 * - It keeps K, N and the pipelines.
 * - It does not change when partners and municipalities are swapped:
 *   the codes of two partners, who owns which candidates and vacancies,
 *   and the names of two municipalities.
 * - Picks by hand stay, dropped ones go; accepting is one transaction
 *   with an audit row per proposal; a slate is kept as shown.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "werkbank/assign.h"
#include "werkbank/date.h"
#include "werkbank/db.h"
#include "werkbank/demo.h"
#include "werkbank/refdata.h"
#include "werkbank/slate.h"
#include "werkbank/user.h"

#include "tmpdb.h"

#define TODAY	"2026-11-23"

struct fixture {
	struct tmpdb	 t;
	struct db	*db;
	struct user_ctx	 u;
};

static long long
q1(struct db *db, const char *sql)
{
	long long	v = -1;

	if (db_query_int(db, sql, &v) != WB_OK)
		fail_msg("%s: %s", sql, db_error(db));
	return v;
}

static int
setup(void **state)
{
	struct fixture		*f = calloc(1, sizeof(*f));
	struct demo_options	 opt = { .scale = 1 };

	assert_non_null(f);
	*state = f;
	setenv("WERKBANK_TODAY", TODAY, 1);
	opt.today = date_today();
	if (tmpdb_open(&f->t, &f->db, "test-slate", NULL) != 0)
		return -1;
	assert_int_equal(db_begin(f->db), WB_OK);
	assert_int_equal(refdata_load(f->db, NULL), WB_OK);
	assert_int_equal(demo_generate(f->db, &opt, NULL), WB_OK);
	assert_int_equal(db_commit(f->db), WB_OK);
	/* 150 open vacancies, each with room: they compete. */
	assert_int_equal(db_exec(f->db, "UPDATE vacancy SET status = 'open', "
	    "closed_on = NULL, positions = min(999, positions + (SELECT "
	    "count(*) FROM placement p WHERE p.vacancy_id = vacancy.id)) "
	    "WHERE id IN (SELECT id FROM vacancy WHERE status <> 'open' ORDER "
	    "BY id LIMIT max(0, 150 - (SELECT count(*) FROM vacancy WHERE "
	    "status = 'open')))"), WB_OK);
	f->u.single = 1;
	snprintf(f->u.login, sizeof(f->u.login), "tester");
	return 0;
}

static int
teardown(void **state)
{
	struct fixture	*f = *state;

	if (f == NULL)
		return 0;
	db_close(f->db);
	tmpdb_unlink(f->t.path);
	rmdir(f->t.dir);
	free(f);
	return 0;
}

static int64_t
units(double score)
{
	return llround(score * 1000000);
}

/* The room of vacancy id as the rules say, from SQL. */
static int
vacancy_room(struct db *db, long long id, int per_vacancy)
{
	char		sql[512];
	long long	open, busy, n;

	snprintf(sql, sizeof(sql), "SELECT positions - (SELECT count(*) FROM "
	    "placement WHERE vacancy_id = %lld) FROM vacancy WHERE id = %lld",
	    id, id);
	open = q1(db, sql);
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM proposal WHERE "
	    "vacancy_id = %lld AND step IN ('proposed', 'interview')", id);
	busy = q1(db, sql);
	n = per_vacancy > 0 ? per_vacancy : open;
	return open > 0 && n > busy ? (int)(n - busy) : 0;
}

static int
candidate_room(struct db *db, long long id, int k)
{
	char		sql[256];
	long long	iv, pr;

	snprintf(sql, sizeof(sql), "SELECT count(*) FROM proposal WHERE "
	    "candidate_id = %lld AND step = 'interview'", id);
	iv = q1(db, sql);
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM proposal WHERE "
	    "candidate_id = %lld AND step = 'proposed'", id);
	pr = q1(db, sql);
	return iv > 0 || pr >= k ? 0 : (int)(k - pr);
}

/*
 * The exact plan over every eligible pair, built here from the whole
 * of each ranking: its total in millionths.
 */
static int64_t
full_total(struct fixture *f, const struct slate *s, int k, int nper)
{
	const struct match_index *idx = s->idx;
	size_t			  n = match_index_count(idx), v, i, ne = 0;
	size_t			  cap = 1024, *first;
	int			 *lcap, *rcap;
	uint32_t		 *to;
	int64_t			 *w, total;
	struct assign_graph	  g;
	struct assign_plan	  p;
	char			  sql[256];

	first = calloc(s->nv + 1, sizeof(*first));
	lcap = calloc(s->nv + 1, sizeof(*lcap));
	rcap = calloc(n + 1, sizeof(*rcap));
	to = calloc(cap, sizeof(*to));
	w = calloc(cap, sizeof(*w));
	for (i = 0; i < n; i++)
		rcap[i] = candidate_room(f->db, match_index_id(idx, i), k);
	for (v = 0; v < s->nv; v++) {
		struct match_result	*r;
		size_t			 nr;

		first[v] = ne;
		lcap[v] = vacancy_room(f->db, s->vs[v].id, nper);
		match_rank_vacancy(idx, &s->vs[v], &s->weights, 0, 0, 0, &r,
		    &nr, NULL);
		for (i = 0; i < nr; i++) {
			snprintf(sql, sizeof(sql), "SELECT count(*) FROM "
			    "proposal WHERE vacancy_id = %lld AND "
			    "candidate_id = %lld", s->vs[v].id,
			    match_index_id(idx, r[i].cand));
			if (rcap[r[i].cand] == 0 || q1(f->db, sql) > 0)
				continue;
			if (ne == cap) {
				cap *= 2;
				to = realloc(to, cap * sizeof(*to));
				w = realloc(w, cap * sizeof(*w));
				assert_non_null(to);
				assert_non_null(w);
			}
			to[ne] = (uint32_t)r[i].cand;
			w[ne++] = units(r[i].score);
		}
		match_results_free(r, nr);
	}
	first[s->nv] = ne;
	g.nleft = s->nv;
	g.nright = n;
	g.left_cap = lcap;
	g.right_cap = rcap;
	g.first = first;
	g.right = to;
	g.weight = w;
	assert_int_equal(assign_solve(&g, &p), 0);
	total = p.total;
	assign_plan_clear(&p);
	free(first);
	free(lcap);
	free(rcap);
	free(to);
	free(w);
	return total;
}

static void
check_plan(struct fixture *f, int k, int nper)
{
	struct slate_opts	 o = { .per_candidate = k, .per_vacancy = nper };
	struct slate		*s;
	int64_t			 sum = 0;
	size_t			 i, j, same;

	if (slate_make(f->db, &f->u, &o, &s) != WB_OK)
		fail_msg("slate_make: %s", db_error(f->db));
	assert_true(s->npicks > 0);
	for (i = 0; i < s->npicks; i++) {
		const struct slate_pick *p = &s->picks[i];

		sum += units(p->r.score);
		assert_int_equal(p->r.excluded, 0);
		for (j = 0, same = 0; j < s->npicks; j++)
			same += s->picks[j].cand == p->cand;
		assert_true((int)same <= candidate_room(f->db,
		    p->candidate_id, k));
		assert_true(s->vinfo[p->vac].picks <= vacancy_room(f->db,
		    s->vs[p->vac].id, nper));
	}
	if (sum != full_total(f, s, k, nper))
		fail_msg("K=%d N=%d: slate %lld, the whole graph %lld (%d "
		    "rounds)", k, nper, (long long)sum,
		    (long long)full_total(f, s, k, nper), s->rounds);
	slate_free(s);
}

static void
test_exact(void **state)
{
	struct fixture	*f = *state;

	check_plan(f, 1, 0);
	check_plan(f, 1, 3);
	check_plan(f, 2, 2);
	check_plan(f, 1, 12);
}

/* The plan as pairs of ids, sorted, into a string. */
static char *
plan_text(struct fixture *f)
{
	struct slate_opts	 o = { .per_candidate = 1, .per_vacancy = 2 };
	struct slate		*s;
	char			*buf;
	size_t			 i, len, n = 0;
	long long		*pairs;

	if (slate_make(f->db, &f->u, &o, &s) != WB_OK)
		fail_msg("slate_make: %s", db_error(f->db));
	pairs = calloc(2 * s->npicks + 2, sizeof(*pairs));
	for (i = 0; i < s->npicks; i++) {
		pairs[2 * i] = s->vs[s->picks[i].vac].id;
		pairs[2 * i + 1] = s->picks[i].candidate_id;
	}
	/* Sorted by vacancy id, then candidate id (a small insertion). */
	for (i = 1; i < s->npicks; i++) {
		long long	a = pairs[2 * i], b = pairs[2 * i + 1];
		size_t		j = i;

		for (; j > 0 && (pairs[2 * j - 2] > a || (pairs[2 * j - 2] ==
		    a && pairs[2 * j - 1] > b)); j--) {
			pairs[2 * j] = pairs[2 * j - 2];
			pairs[2 * j + 1] = pairs[2 * j - 1];
		}
		pairs[2 * j] = a;
		pairs[2 * j + 1] = b;
	}
	len = 64 * s->npicks + 1;
	buf = calloc(len, 1);
	for (i = 0; i < s->npicks; i++)
		n += (size_t)snprintf(buf + n, len - n, "%lld:%lld ",
		    pairs[2 * i], pairs[2 * i + 1]);
	free(pairs);
	slate_free(s);
	return buf;
}

static void
test_swap_invariant(void **state)
{
	struct fixture	*f = *state;
	char		*before, *after;

	/*
	 * Twins: every candidate of MEP again at STW, the same in all but
	 * the key, so that many pairs score the same and ties decide.
	 */
	assert_int_equal(db_exec(f->db,
	    "CREATE TEMP TABLE twin AS SELECT (SELECT id FROM partner WHERE "
	    "code = 'MEP') AS a, (SELECT id FROM partner WHERE code = 'STW') "
	    "AS b;"
	    "INSERT INTO candidate (partner_id, ref, first_name, last_name, "
	    "pc4, target_group, job_agreement, education_key, dutch_level, "
	    "hours_min, hours_max, available_from, driving_licence, "
	    "max_travel_km, consent, status, registered_on) SELECT "
	    "(SELECT b FROM twin), ref || 'T', first_name, last_name, pc4, "
	    "target_group, job_agreement, education_key, dutch_level, "
	    "hours_min, hours_max, available_from, driving_licence, "
	    "max_travel_km, consent, status, registered_on FROM candidate "
	    "WHERE partner_id = (SELECT a FROM twin);"
	    "CREATE TEMP TABLE twins AS SELECT c.id AS c, t.id AS t FROM "
	    "candidate c JOIN candidate t ON t.ref = c.ref || 'T' AND "
	    "t.partner_id = (SELECT b FROM twin) WHERE c.partner_id = "
	    "(SELECT a FROM twin);"
	    "INSERT INTO candidate_occupation SELECT x.t, o.isco_code, o.years "
	    "FROM candidate_occupation o JOIN twins x ON x.c = o.candidate_id;"
	    "INSERT INTO candidate_skill SELECT x.t, o.skill FROM "
	    "candidate_skill o JOIN twins x ON x.c = o.candidate_id;"
	    "INSERT INTO candidate_restriction SELECT x.t, o.restriction FROM "
	    "candidate_restriction o JOIN twins x ON x.c = o.candidate_id;"
	    "INSERT INTO candidate_transport SELECT x.t, o.mode FROM "
	    "candidate_transport o JOIN twins x ON x.c = o.candidate_id;"),
	    WB_OK);
	before = plan_text(f);
	/* MEP and STW trade their candidates and their vacancies (so
	 * MEP/K-000123 is STW/K-000123 now); Meppel and Westerveld their
	 * names. */
	assert_int_equal(db_exec(f->db,
	    "INSERT INTO partner (id, code, name, kind) VALUES (999, 'TMP', "
	    "'tmp', 'overig');"
	    "CREATE TEMP TABLE ab AS SELECT (SELECT id FROM partner WHERE "
	    "code = 'MEP') AS a, (SELECT id FROM partner WHERE code = 'STW') "
	    "AS b;"
	    "UPDATE candidate SET partner_id = 999 WHERE partner_id = "
	    "(SELECT a FROM ab);"
	    "UPDATE candidate SET partner_id = (SELECT a FROM ab) WHERE "
	    "partner_id = (SELECT b FROM ab);"
	    "UPDATE candidate SET partner_id = (SELECT b FROM ab) WHERE "
	    "partner_id = 999;"
	    "UPDATE vacancy SET partner_id = 999 WHERE partner_id = "
	    "(SELECT a FROM ab);"
	    "UPDATE vacancy SET partner_id = (SELECT a FROM ab) WHERE "
	    "partner_id = (SELECT b FROM ab);"
	    "UPDATE vacancy SET partner_id = (SELECT b FROM ab) WHERE "
	    "partner_id = 999;"
	    "DELETE FROM partner WHERE id = 999;"
	    "UPDATE municipality SET name = 'x' WHERE name = 'Meppel';"
	    "UPDATE municipality SET name = 'Meppel' WHERE name = "
	    "'Westerveld';"
	    "UPDATE municipality SET name = 'Westerveld' WHERE name = 'x';"),
	    WB_OK);
	after = plan_text(f);
	assert_true(strlen(before) > 100);
	assert_string_equal(before, after);
	free(before);
	free(after);
}

static void
test_fix_drop(void **state)
{
	struct fixture		*f = *state;
	struct slate_opts	 o = { .per_candidate = 1 };
	struct slate		*s, *t;
	struct slate_pair	 fix, drop;
	size_t			 i;

	assert_int_equal(slate_make(f->db, &f->u, &o, &s), WB_OK);
	assert_true(s->npicks > 2);
	/* Drop the first pick; fix its alternative there. */
	drop.vacancy_id = s->vs[s->picks[0].vac].id;
	drop.candidate_id = s->picks[0].candidate_id;
	assert_true(s->picks[0].has_alt);
	fix.vacancy_id = drop.vacancy_id;
	fix.candidate_id = match_index_id(s->idx, s->picks[0].alt_cand);
	o.dropped = &drop;
	o.ndropped = 1;
	o.fixed = &fix;
	o.nfixed = 1;
	assert_int_equal(slate_make(f->db, &f->u, &o, &t), WB_OK);
	for (i = 0; i < t->npicks; i++) {
		const struct slate_pick *p = &t->picks[i];
		long long		 vid = t->vs[p->vac].id;

		assert_false(vid == drop.vacancy_id && p->candidate_id ==
		    drop.candidate_id);
		if (vid == fix.vacancy_id && p->candidate_id ==
		    fix.candidate_id)
			break;
	}
	assert_true(i < t->npicks);
	assert_true(t->picks[i].by_hand);
	assert_true(t->total <= s->total + 1e-9);
	slate_free(t);

	/* A pair that breaks a hard rule is refused by hand too. */
	fix.candidate_id = q1(f->db, "SELECT id FROM candidate WHERE status "
	    "= 'geplaatst' LIMIT 1");
	assert_int_equal(slate_make(f->db, &f->u, &o, &t), WB_INVALID);
	assert_null(t);
	slate_free(s);
}

static void
test_accept_store(void **state)
{
	struct fixture		*f = *state;
	struct slate_opts	 o = { .per_candidate = 1 };
	struct slate		*s;
	size_t			 which[2] = { 0, 1 }, done;
	long long		 props, audits;

	assert_int_equal(slate_make(f->db, &f->u, &o, &s), WB_OK);
	assert_int_equal(slate_store(f->db, &f->u, s), WB_OK);
	assert_true(s->id > 0);
	assert_int_equal(q1(f->db, "SELECT count(*) FROM slate_pick WHERE "
	    "slate_id = (SELECT max(id) FROM slate)"), (long long)s->npicks);

	props = q1(f->db, "SELECT count(*) FROM proposal");
	audits = q1(f->db, "SELECT count(*) FROM audit_log WHERE action = "
	    "'propose'");
	/* walk/slate-proposer: the picks carry who proposes and by when,
	 * as a proposal made with p does (they were the chair's, undated). */
	assert_int_equal(slate_accept(f->db, &f->u, s, which, 2, NULL,
	    "2030-01-01", &done), WB_OK);
	assert_int_equal(done, 2);
	assert_int_equal(q1(f->db, "SELECT count(*) FROM proposal WHERE "
	    "due_on = '2030-01-01'"), 2);
	assert_int_equal(q1(f->db, "SELECT count(*) FROM proposal"),
	    props + 2);
	assert_int_equal(q1(f->db, "SELECT count(*) FROM audit_log WHERE "
	    "action = 'propose'"), audits + 2);
	/* Again: the first is in the pipeline now, so nothing happens,
	 * not even the picks before the refused one. */
	which[0] = 2;
	which[1] = 0;
	assert_int_equal(slate_accept(f->db, &f->u, s, which, 2, NULL, NULL,
	    &done), WB_EXISTS);
	assert_int_equal(done, 0);
	assert_int_equal(q1(f->db, "SELECT count(*) FROM proposal"),
	    props + 2);
	slate_free(s);
}

/*
 * Regression: the slate builds its own match index while the workbench's
 * indexer thread builds one (a reload after a change); the build sorted
 * the keys through one static pointer, so two builds at once crashed or
 * ordered one index by the other's keys.  Two threads, each with its
 * own connection, build indexes at the same time: every one has its
 * keys in order.
 */
struct builder {
	const char	*path;
	int		 bad;
};

static void *
build_many(void *arg)
{
	struct builder		*b = arg;
	struct db		*db;
	struct match_index	*idx;
	size_t			 i, k;

	if (db_open(&db, b->path, DB_OPEN_EXISTING) != WB_OK) {
		b->bad = -1;
		db_close(db);
		return NULL;
	}
	for (k = 0; k < 12; k++) {
		if (match_index_build(db, &idx) != WB_OK) {
			b->bad = -1;
			break;
		}
		/* Every key is found where the order says it is. */
		for (i = 0; i < match_index_count(idx); i++) {
			size_t	at;

			if (match_index_find(idx, match_index_key(idx, i),
			    &at) != 0 || at != i)
				b->bad++;
		}
		match_index_free(idx);
	}
	db_close(db);
	return NULL;
}

static void
test_index_threads(void **state)
{
	struct fixture	*f = *state;
	struct builder	 b[2] = { { f->t.path, 0 }, { f->t.path, 0 } };
	pthread_t	 t;

	assert_int_equal(pthread_create(&t, NULL, build_many, &b[1]), 0);
	build_many(&b[0]);
	pthread_join(t, NULL);
	assert_int_equal(b[0].bad, 0);
	assert_int_equal(b[1].bad, 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_exact, setup, teardown),
		cmocka_unit_test_setup_teardown(test_swap_invariant, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_fix_drop, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_accept_store, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_index_threads, setup,
		    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
