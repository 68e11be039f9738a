/*
 * test-rank.c: the ranking of a vacancy (match-rank.c: occupation masks
 * first, bounds, blocks, threads and a merge) gives exactly what a
 * straightforward reference gives.  The reference explains every
 * candidate with match_explain(), works out the number the ranking sorts
 * on from the parts shown (the weighted parts added up in the order the
 * ranking adds them: education and Dutch, hours, travel, occupation,
 * skills; an unknown part counts a half), sorts by it, ties by key, and
 * keeps the best N of those who pass the rules and of those who do not
 * (by the score they would have had; those without consent last).  Every
 * field of every row must be the same bit for bit, and the counts, on
 * random pools and vacancies (split over 1 to 3 threads) and on the demo
 * region.
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "werkbank/date.h"
#include "werkbank/db.h"
#include "werkbank/demo.h"
#include "werkbank/geo.h"
#include "werkbank/match.h"
#include "werkbank/refdata.h"

#include "tmpdb.h"

/* A fixed xorshift generator: the same instances every run. */
static uint64_t	rng_state;

static unsigned
rnd(unsigned n)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return (unsigned)(rng_state >> 11) % n;
}

static void
sql(struct db *db, const char *fmt, ...)
{
	char	buf[4096];
	va_list	ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (db_exec(db, buf) != WB_OK)
		fail_msg("%s: %s", buf, db_error(db));
}

static long long
sql_int(struct db *db, const char *q)
{
	sqlite3_stmt	*stmt;
	long long	 v = -1;

	assert_int_equal(sqlite3_prepare_v2(db_sqlite(db), q, -1, &stmt,
	    NULL), SQLITE_OK);
	if (sqlite3_step(stmt) == SQLITE_ROW)
		v = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	return v;
}

/* ---- the reference ---- */

struct ref {
	struct match_result	*all;	/* every candidate, explained */
	double			*key;	/* what the ranking sorts on */
	size_t			*ranked, nranked;	/* sorted */
	size_t			*excl, nexcl;		/* sorted, visible */
	struct match_counts	 counts;
};

static double
val(double part)
{
	return part == MATCH_UNKNOWN ? 0.5 : part == MATCH_NA ? 0 : part;
}

static double
wt(const struct match_weights *w, const struct match_result *r, int i)
{
	return r->part[i] == MATCH_NA ? 0 : w->w[i];
}

/* The ranking's number for a row: the weighted parts, added in order. */
static double
ranking_key(const struct match_weights *w, const struct match_result *r)
{
	double	own, pool;

	if (r->excluded & MATCH_EX_CONSENT)
		return -1;
	own = wt(w, r, MATCH_EDUCATION) * val(r->part[MATCH_EDUCATION]) +
	    wt(w, r, MATCH_LANGUAGE) * val(r->part[MATCH_LANGUAGE]);
	own += wt(w, r, MATCH_HOURS) * val(r->part[MATCH_HOURS]);
	own += wt(w, r, MATCH_TRAVEL) * val(r->part[MATCH_TRAVEL]);
	pool = wt(w, r, MATCH_OCCUPATION) * val(r->part[MATCH_OCCUPATION]);
	if (r->part[MATCH_SKILLS] != MATCH_NA) {
		if (r->excluded == 0) {
			/* The ranking adds the pool parts one by one. */
			own += pool;
			return own + wt(w, r, MATCH_SKILLS) *
			    val(r->part[MATCH_SKILLS]);
		}
		pool += wt(w, r, MATCH_SKILLS) * val(r->part[MATCH_SKILLS]);
	}
	return own + pool;
}

static const struct match_index	*sort_idx;
static const double		*sort_key;

static int
by_key(const void *a, const void *b)
{
	size_t	i = *(const size_t *)a, j = *(const size_t *)b;

	if (sort_key[i] != sort_key[j])
		return sort_key[i] > sort_key[j] ? -1 : 1;
	return strcmp(match_index_key(sort_idx, i), match_index_key(sort_idx,
	    j));
}

static void
ref_make(struct ref *ref, const struct match_index *idx,
    const struct match_vacancy *v, const struct match_weights *w,
    long long asking)
{
	size_t	n = match_index_count(idx), i, hidden = 0;

	memset(ref, 0, sizeof(*ref));
	ref->all = calloc(n + 1, sizeof(*ref->all));
	ref->key = calloc(n + 1, sizeof(double));
	ref->ranked = calloc(n + 1, sizeof(size_t));
	ref->excl = calloc(n + 1, sizeof(size_t));
	assert_non_null(ref->all);
	assert_non_null(ref->key);
	assert_non_null(ref->ranked);
	assert_non_null(ref->excl);
	for (i = 0; i < n; i++) {
		match_explain(idx, i, v, w, asking, &ref->all[i]);
		ref->key[i] = ranking_key(w, &ref->all[i]);
		if (ref->all[i].excluded == 0)
			ref->ranked[ref->nranked++] = i;
		else if (asking != 0 &&
		    (ref->all[i].excluded & MATCH_EX_CONSENT))
			hidden++;	/* not the asker's to see */
		else
			ref->excl[ref->nexcl++] = i;
	}
	sort_idx = idx;
	sort_key = ref->key;
	qsort(ref->ranked, ref->nranked, sizeof(size_t), by_key);
	qsort(ref->excl, ref->nexcl, sizeof(size_t), by_key);
	ref->counts.considered = n - hidden;
	ref->counts.eligible = ref->nranked;
}

static void
ref_free(struct ref *ref, size_t n)
{
	match_results_free(ref->all, n);
	free(ref->key);
	free(ref->ranked);
	free(ref->excl);
}

static void
same_row(const struct match_result *got, const struct match_result *want,
    int rank, const char *what)
{
	if (got->cand != want->cand || got->rank != rank ||
	    got->excluded != want->excluded ||
	    memcmp(&got->score, &want->score, sizeof(double)) != 0 ||
	    memcmp(got->part, want->part, sizeof(got->part)) != 0 ||
	    memcmp(&got->distance_km, &want->distance_km,
	    sizeof(double)) != 0 || strcmp(got->notes, want->notes) != 0)
		fail_msg("%s: rank %d: candidate %zu score %.17g (%s), want "
		    "%zu score %.17g (%s)", what, rank, got->cand, got->score,
		    got->notes, want->cand, want->score, want->notes);
}

/* The ranking of v, split over threads (0: as match_rank_vacancy). */
static void
check(const struct match_index *idx, const struct match_vacancy *v,
    const struct match_weights *w, long long asking, const struct ref *ref,
    size_t top_n, int excluded, int threads, const char *what)
{
	struct match_result	*res;
	struct match_counts	 counts = { 99, 99 };
	size_t			 n, k, cap, nr, ne;
	char			 label[256];

	if (threads == 0)
		match_rank_vacancy(idx, v, w, asking, top_n, excluded, &res,
		    &n, &counts);
	else
		match_rank_vacancy_split(idx, v, w, asking, top_n, excluded,
		    &res, &n, threads % 2 ? &counts : NULL, threads);
	snprintf(label, sizeof(label), "%s %s asking %lld top %zu%s, %d "
	    "threads", what, v->key, asking, top_n, excluded ? " excluded" :
	    "", threads);
	cap = top_n == 0 || top_n > match_index_count(idx) ?
	    match_index_count(idx) : top_n;
	nr = ref->nranked < cap ? ref->nranked : cap;
	ne = !excluded ? 0 : ref->nexcl < cap ? ref->nexcl : cap;
	if (n != nr + ne)
		fail_msg("%s: %zu rows, want %zu", label, n, nr + ne);
	for (k = 0; k < nr; k++)
		same_row(&res[k], &ref->all[ref->ranked[k]], (int)k + 1, label);
	for (k = 0; k < ne; k++)
		same_row(&res[nr + k], &ref->all[ref->excl[k]], 0, label);
	if (threads == 0 || threads % 2) {
		if (counts.considered != ref->counts.considered ||
		    counts.eligible != ref->counts.eligible)
			fail_msg("%s: %zu of %zu pass, want %zu of %zu", label,
			    counts.eligible, counts.considered,
			    ref->counts.eligible, ref->counts.considered);
	}
	match_results_free(res, n);
}

/* ---- random instances ---- */

static const char *const iscos[] = {
	"8344", "8343", "8332", "8322", "8341", "8160", "9333", "9329",
	"5223", "5221", "2512", "7126",
};
#define NISCOS	(sizeof(iscos) / sizeof(iscos[0]))

static const char *const vocab[] = {
	"heftruck", "veiligheid", "kassa", "klantvriendelijk", "plannen",
	"rijbewijs c", "excel", "schoonmaak",
};
#define NVOCAB	(sizeof(vocab) / sizeof(vocab[0]))

static const char *const educations[] = {
	"po_gr1_2", "pro", "vmbo_bb", "mbo1", "vmbo_kb", "mbo2", "mbo3",
	"mbo4_middenkader", "havo", "ad", "hbo_bachelor", "wo_master",
};
static const char *const dutch[] = { "A1", "A2", "B1", "B2", "C1", "C2" };
static const char *const restrictions[] = {
	"geen_zwaar_tillen", "niet_lang_staan", "geen_nachtdienst",
	"geen_klantcontact", "rustige_omgeving",
};
static const char *const modes[] = { "auto", "fiets", "ov", "brommer" };
static const char *const statuses[] = {
	"beschikbaar", "beschikbaar", "beschikbaar", "in_traject",
	"in_traject", "geplaatst", "inactief",
};
static const double hours[] = {
	0, 4, 8, 12, 16, 19.9, 20, 24, 28, 32, 36, 38, 40, 48,
};
#define NHOURS	(sizeof(hours) / sizeof(hours[0]))

#define PARTNERS	260	/* past 255: the index keeps those apart */
#define TODAY		"2026-11-23"

struct pool {
	struct tmpdb	 t;
	struct db	*db;
	char		 (*pc4)[5];
	double		*lat, *lon;
	size_t		 npc4;
};

/* Up to hi rows of a list table for candidate id from names. */
static void
some(struct db *db, const char *table, const char *col, long long id,
    const char *const *names, size_t nnames, unsigned hi)
{
	unsigned	k, n = rnd(hi + 1);

	for (k = 0; k < n; k++)
		sql(db, "INSERT OR IGNORE INTO candidate_%s (candidate_id, %s) "
		    "VALUES (%lld, '%s')", table, col, id,
		    names[rnd((unsigned)nnames)]);
}

/* 'v' into buf, or NULL when v is NULL. */
static const char *
quoted(char *buf, const char *v)
{
	if (v == NULL)
		return "NULL";
	sprintf(buf, "'%s'", v);
	return buf;
}

/* narrow: two places and no ranges, so that many tie. */
static void
pool_make(struct pool *pl, unsigned ncand, int narrow)
{
	sqlite3_stmt	*stmt;
	unsigned	 i, k, nocc;
	char		 hmin[16], hmax[16], range[16], from[16], edu[32];
	char		 lang[8];

	memset(pl, 0, sizeof(*pl));
	if (tmpdb_open(&pl->t, &pl->db, "test-rank", NULL) != 0)
		fail_msg("cannot make the database");
	assert_int_equal(db_begin(pl->db), WB_OK);
	if (refdata_load(pl->db, NULL) != WB_OK)
		fail_msg("refdata: %s", db_error(pl->db));
	for (i = 0; i < PARTNERS; i++)
		sql(pl->db, "INSERT INTO partner (id, code, name, kind) VALUES "
		    "(%u, 'P%03u', 'Partner %u', 'gemeente')", i + 1, i, i);
	/* Homes and work places: the region, and a few far away. */
	assert_int_equal(sqlite3_prepare_v2(db_sqlite(pl->db), "SELECT code, "
	    "lat, lon FROM pc4 WHERE code BETWEEN '7900' AND '8399' OR code "
	    "IN ('1011', '9711') ORDER BY code", -1, &stmt, NULL), SQLITE_OK);
	while (sqlite3_step(stmt) == SQLITE_ROW) {
		pl->pc4 = realloc(pl->pc4, (pl->npc4 + 1) * sizeof(*pl->pc4));
		pl->lat = realloc(pl->lat, (pl->npc4 + 1) * sizeof(double));
		pl->lon = realloc(pl->lon, (pl->npc4 + 1) * sizeof(double));
		assert_non_null(pl->pc4);
		snprintf(pl->pc4[pl->npc4], 5, "%s",
		    (const char *)sqlite3_column_text(stmt, 0));
		pl->lat[pl->npc4] = sqlite3_column_double(stmt, 1);
		pl->lon[pl->npc4++] = sqlite3_column_double(stmt, 2);
	}
	sqlite3_finalize(stmt);
	assert_true(pl->npc4 > 10);
	if (narrow)
		pl->npc4 = 2;

	for (i = 0; i < ncand; i++) {
		long long	id;
		unsigned	partner = rnd(10) ? rnd(3) : PARTNERS - 1 -
				    rnd(8);

		snprintf(hmin, sizeof(hmin), "%g", hours[rnd(NHOURS)]);
		snprintf(hmax, sizeof(hmax), "%g", atof(hmin) +
		    rnd(3) * 8.25);
		if (atof(hmax) > 48)
			snprintf(hmax, sizeof(hmax), "48");
		if (rnd(4) == 0)
			snprintf(rnd(2) ? hmin : hmax, 16, "NULL");
		if (rnd(6) == 0)
			snprintf(hmin, 16, "NULL"), snprintf(hmax, 16, "NULL");
		if (narrow || rnd(3) == 0)
			snprintf(range, sizeof(range), "NULL");
		else
			snprintf(range, sizeof(range), "%g", 1 + rnd(120) *
			    0.5);
		if (rnd(3) == 0)
			snprintf(from, sizeof(from), "NULL");
		else
			snprintf(from, sizeof(from), "'%s'", rnd(2) ? TODAY :
			    rnd(2) ? "2026-10-01" : "2027-01-15");
		/* Refs in another order than the ids: ties go by key. */
		sql(pl->db, "INSERT INTO candidate (partner_id, ref, first_name,"
		    " last_name, pc4, target_group, job_agreement, "
		    "education_key, dutch_level, hours_min, hours_max, "
		    "available_from, driving_licence, max_travel_km, consent, "
		    "status, registered_on) VALUES (%u, 'K%05u', 'V', 'N', '%s',"
		    " '%s', %s, %s, %s, %s, %s, %s, %s, %s, %d, '%s', "
		    "'2026-01-01')", partner + 1, (i * 7919u) % 100000u,
		    pl->pc4[rnd((unsigned)pl->npc4)],
		    rnd(8) ? "ww" : "beschut",
		    rnd(3) == 0 ? "NULL" : rnd(2) ? "1" : "0",
		    quoted(edu, rnd(4) ? educations[rnd(12)] : NULL),
		    quoted(lang, rnd(4) ? dutch[rnd(6)] : NULL),
		    hmin, hmax, from,
		    rnd(3) == 0 ? "NULL" : rnd(2) ? "1" : "0", range,
		    rnd(5) != 0, statuses[rnd(7)]);
		id = sqlite3_last_insert_rowid(db_sqlite(pl->db));
		nocc = rnd(4);
		for (k = 0; k < nocc; k++) {
			char	years[16];

			if (rnd(4) == 0)
				snprintf(years, sizeof(years), "NULL");
			else
				snprintf(years, sizeof(years), "%g",
				    rnd(90) * 0.1);
			sql(pl->db, "INSERT OR IGNORE INTO candidate_occupation "
			    "VALUES (%lld, '%s', %s)", id, iscos[rnd(NISCOS)],
			    years);
		}
		some(pl->db, "skill", "skill", id, vocab, NVOCAB, 4);
		some(pl->db, "restriction", "restriction", id, restrictions, 5,
		    rnd(4) == 0 ? 2 : 0);
		some(pl->db, "transport", "mode", id, modes, 4, 3);
	}
	assert_int_equal(db_commit(pl->db), WB_OK);
}

static void
pool_free(struct pool *pl)
{
	tmpdb_close(&pl->t, pl->db);
	free(pl->pc4);
	free(pl->lat);
	free(pl->lon);
}

static int
str_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A random vacancy (plain data: the strings are static or owned here). */
static void
vacancy_make(const struct pool *pl, struct match_vacancy *v, int i)
{
	static char	 keys[64][24];
	size_t		 p = rnd((unsigned)pl->npc4), k;

	memset(v, 0, sizeof(*v));
	snprintf(keys[i % 64], sizeof(keys[0]), "P000/V%02d", i);
	v->id = i + 1;
	v->key = keys[i % 64];
	v->partner = "P000";
	v->title = "Werk";
	v->municipality = "";
	snprintf(v->isco, sizeof(v->isco), "%s", rnd(8) ? iscos[rnd(NISCOS)] :
	    "3411");
	snprintf(v->pc4, sizeof(v->pc4), "%s", pl->pc4[p]);
	v->lat = pl->lat[p];
	v->lon = pl->lon[p];
	v->hours_min = rnd(3) ? hours[rnd(NHOURS)] : -1;
	v->hours_max = rnd(3) ? v->hours_min + rnd(3) * 6 : -1;
	if (v->hours_max > 48)
		v->hours_max = 48;
	v->education = rnd(2) ? (int)rnd(8) : -1;
	v->dutch = rnd(2) ? (int)rnd(7) : -1;
	v->licence = rnd(6) == 0;
	v->job_agreement = rnd(6) == 0;
	v->sheltered = rnd(10) == 0;
	if (rnd(2))
		assert_int_equal(date_parse(rnd(2) ? TODAY : "2026-12-01",
		    &v->start), WB_OK);
	else
		v->start = MATCH_NO_DATE;
	v->demands = rnd(4) == 0 ? rnd(32) : 0;
	v->nskills = rnd(5);
	v->skills = calloc(v->nskills + 1, sizeof(char *));
	assert_non_null(v->skills);
	for (k = 0; k < v->nskills; k++)
		v->skills[k] = (char *)(rnd(10) ? vocab[rnd(NVOCAB)] :
		    "lassen");
	/* As match_vacancy_load gives them: sorted (a repeat counts once). */
	qsort(v->skills, v->nskills, sizeof(char *), str_cmp);
	v->open = 1;
}

static void
weights_make(struct match_weights *w, int i)
{
	int	k, sum = 0;

	for (k = 0; k < MATCH_NPARTS; k++) {
		w->w[k] = i == 0 ? (double[]){ 3, 2, 1, 1, 1, 2 }[k] :
		    rnd(4) == 0 ? 0 : rnd(2) ? rnd(6) : rnd(1000) / 10.0;
		sum += w->w[k] > 0;
	}
	if (sum == 0)
		w->w[MATCH_TRAVEL] = 1;
}

static void
random_pools(unsigned ncand, int narrow, int nvac, uint64_t seed)
{
	static const size_t	 tops[] = { 20, 1, 3, 0 };
	static const long long	 asking[] = { 0, 1, PARTNERS - 2, -1 };
	struct match_index	*idx;
	struct match_vacancy	 v;
	struct match_weights	 w;
	struct pool		 pl;
	struct ref		 ref;
	size_t			 a, t, n;
	int			 i, x, th;

	rng_state = seed;
	pool_make(&pl, ncand, narrow);
	if (match_index_build(pl.db, &idx) != WB_OK)
		fail_msg("index: %s", db_error(pl.db));
	n = match_index_count(idx);
	for (i = 0; i < nvac; i++) {
		vacancy_make(&pl, &v, i);
		weights_make(&w, i);
		for (a = 0; a < sizeof(asking) / sizeof(asking[0]); a++) {
			ref_make(&ref, idx, &v, &w, asking[a]);
			check(idx, &v, &w, asking[a], &ref, 20, 1, 0, "random");
			for (t = 0; t < sizeof(tops) / sizeof(tops[0]); t++)
				for (x = 0; x < 2; x++)
					for (th = 1; th <= 3; th++)
						check(idx, &v, &w, asking[a],
						    &ref, tops[t], x, th,
						    "random");
			ref_free(&ref, n);
		}
		free(v.skills);
	}
	match_index_free(idx);
	pool_free(&pl);
}

/* Many blocks, and ties: the same few values for thousands of people. */
static void
test_random_pool(void **state)
{
	(void)state;
	random_pools(2500, 0, 12, 0x9e3779b97f4a7c15ull);
}

/* Parts smaller than a block, a last block cut short. */
static void
test_small_pools(void **state)
{
	(void)state;
	random_pools(130, 0, 6, 42);
	random_pools(7, 0, 4, 7);
}

static void
test_empty_pool(void **state)
{
	(void)state;
	random_pools(0, 0, 2, 1);
}

/* Whole groups with the same score: their order is the keys'. */
static void
test_ties(void **state)
{
	(void)state;
	random_pools(700, 1, 6, 1234567);
}

/*
 * The edge of the travel range: ranges a float step apart around the
 * distance itself, so that distance / range lands on 1 and on either
 * side of it, for a block and more of candidates at one place.
 */
static void
test_far_edge(void **state)
{
	struct match_index	*idx;
	struct match_vacancy	 v;
	struct match_weights	 w;
	struct pool		 pl;
	struct ref		 ref;
	double			 d;
	float			 r;
	int			 k, home, work;

	(void)state;
	rng_state = 99;
	weights_make(&w, 0);
	for (home = 3; home < 8; home++) {
		work = home + 20;
		pool_make(&pl, 0, 0);
		d = geo_distance_km(pl.lat[work], pl.lon[work], pl.lat[home],
		    pl.lon[home]);
		assert_true(d > 1 && d < 250);
		assert_int_equal(db_begin(pl.db), WB_OK);
		r = (float)d;
		for (k = 0; k < 100; k++)
			r = nextafterf(r, 0);
		for (k = 0; k < 200; k++) {
			sql(pl.db, "INSERT INTO candidate (partner_id, ref, "
			    "first_name, last_name, pc4, target_group, "
			    "max_travel_km, consent, registered_on) VALUES (1, "
			    "'E%03d', 'V', 'N', '%s', 'ww', %.9g, 1, "
			    "'2026-01-01')", k, pl.pc4[home], (double)r);
			r = nextafterf(r, INFINITY);
		}
		assert_int_equal(db_commit(pl.db), WB_OK);
		assert_int_equal(match_index_build(pl.db, &idx), WB_OK);
		vacancy_make(&pl, &v, 0);
		v.lat = pl.lat[work];
		v.lon = pl.lon[work];
		v.licence = v.job_agreement = v.sheltered = 0;
		v.start = MATCH_NO_DATE;
		v.demands = 0;
		ref_make(&ref, idx, &v, &w, 0);
		/* Some in reach, some just beyond it. */
		assert_true(ref.nranked > 0 && ref.nexcl > 0);
		check(idx, &v, &w, 0, &ref, 0, 1, 1, "edge");
		check(idx, &v, &w, 0, &ref, 5, 1, 3, "edge");
		ref_free(&ref, match_index_count(idx));
		free(v.skills);
		match_index_free(idx);
		pool_free(&pl);
	}
}

/* ---- the demo region ---- */

static void
test_demo(void **state)
{
	struct demo_options	 opt = { .scale = 1 };
	struct match_index	*idx;
	struct match_vacancy	*vs;
	struct match_weights	 w;
	struct tmpdb		 t;
	struct db		*db;
	struct ref		 ref;
	long long		 asking[2];
	size_t			 nv, i, a, n;

	(void)state;
	assert_int_equal(date_parse(TODAY, &opt.today), WB_OK);
	if (tmpdb_open(&t, &db, "test-rank-demo", NULL) != 0)
		fail_msg("cannot make the database");
	assert_int_equal(db_begin(db), WB_OK);
	if (refdata_load(db, NULL) != WB_OK ||
	    demo_generate(db, &opt, NULL) != WB_OK)
		fail_msg("demo: %s", db_error(db));
	assert_int_equal(db_commit(db), WB_OK);
	assert_int_equal(match_weights_load(db, &w), WB_OK);
	assert_int_equal(match_index_build(db, &idx), WB_OK);
	assert_int_equal(match_vacancies_load_open(db, &vs, &nv), WB_OK);
	n = match_index_count(idx);
	assert_true(n > 1000);
	assert_true(nv > 10);
	asking[0] = 0;
	asking[1] = sql_int(db, "SELECT partner_id FROM app_user WHERE "
	    "partner_id IS NOT NULL ORDER BY id LIMIT 1");
	assert_true(asking[1] > 0);
	/* Every fifth open vacancy: enough kinds of job, in a few seconds. */
	for (i = 0; i < nv; i += 5)
		for (a = 0; a < 2; a++) {
			ref_make(&ref, idx, &vs[i], &w, asking[a]);
			check(idx, &vs[i], &w, asking[a], &ref, 20, 0, 0,
			    "demo");
			check(idx, &vs[i], &w, asking[a], &ref, 20, 1, 1,
			    "demo");
			check(idx, &vs[i], &w, asking[a], &ref, 100, 1, 2,
			    "demo");
			ref_free(&ref, n);
		}
	match_vacancies_free(vs, nv);
	match_index_free(idx);
	tmpdb_close(&t, db);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_random_pool),
		cmocka_unit_test(test_small_pools),
		cmocka_unit_test(test_empty_pool),
		cmocka_unit_test(test_ties),
		cmocka_unit_test(test_far_edge),
		cmocka_unit_test(test_demo),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
