/*
 * test-match.c: the matching rules on small hand-made databases.  Every
 * expected part, score and order below is worked out by hand from the
 * rules in match.h, with the default weights occupation 3, skills 2,
 * education 1, language 1, hours 1, travel 2 (10 in all).
 *
 * The places are made up (PC4 1001-1005, municipalities 9901/9902) so
 * that distances are simple: 1001 and 1002 share their coordinates but
 * lie in different municipalities; 1003 is 0.09 degrees north of them
 * (10.0 km), 1004 0.18 (20.0 km), 1005 0.45 (50.0 km).
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "werkbank/db.h"
#include "werkbank/geo.h"
#include "werkbank/match.h"
#include "werkbank/refdata.h"

/* Ranges are kept as float inverses: travel parts are good to 1e-7. */
#define EPS	1e-6

struct fx {
	char		 dir[512];
	char		 path[600];
	struct db	*db;
};

/* The reference data once, then a copy per test. */
static char	template_path[320];
static char	template_dir[256];

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

static int
group_setup(void **state)
{
	const char	*tmp = getenv("TMPDIR");
	struct db	*db;

	(void)state;
	snprintf(template_dir, sizeof(template_dir), "%s/test-match.XXXXXX",
	    tmp != NULL && *tmp != '\0' ? tmp : "/tmp");
	if (mkdtemp(template_dir) == NULL)
		return -1;
	snprintf(template_path, sizeof(template_path), "%s/template.db",
	    template_dir);
	if (db_open(&db, template_path, DB_OPEN_CREATE) != WB_OK ||
	    db_begin(db) != WB_OK || refdata_load(db, NULL) != WB_OK) {
		fprintf(stderr, "setup: %s\n", db_error(db));
		db_close(db);
		return -1;
	}
	sql(db, "INSERT INTO municipality (code, name) VALUES "
	    "('9901', 'Noorddorp'), ('9902', 'Zuiddorp');"
	    "INSERT INTO pc4 (code, place, municipality_code, lat, lon) VALUES "
	    "('1001', 'Noorddorp', '9901', 52.70, 6.20),"
	    "('1002', 'Zuiddorp', '9902', 52.70, 6.20),"
	    "('1003', 'Hoogte', '9901', 52.79, 6.20),"
	    "('1004', 'Verder', '9902', 52.88, 6.20),"
	    "('1005', 'Ver weg', '9902', 53.15, 6.20);"
	    "INSERT INTO partner (id, code, name, kind) VALUES "
	    "(1, 'AAA', 'Partner A', 'gemeente'), "
	    "(2, 'BBB', 'Partner B', 'gemeente');"
	    "INSERT INTO employer (id, name, name_key, pc4) VALUES "
	    "(1, 'Bedrijf', 'bedrijf', '1001');");
	if (db_commit(db) != WB_OK)
		return -1;
	db_close(db);
	return 0;
}

static int
group_teardown(void **state)
{
	(void)state;
	unlink(template_path);
	rmdir(template_dir);
	return 0;
}

static int
setup(void **state)
{
	struct fx	*f = calloc(1, sizeof(*f));
	char		 cmd[2048];

	snprintf(f->dir, sizeof(f->dir), "%s/t.XXXXXX", template_dir);
	if (mkdtemp(f->dir) == NULL)
		return -1;
	snprintf(f->path, sizeof(f->path), "%s/m.db", f->dir);
	snprintf(cmd, sizeof(cmd), "cp '%s' '%s'", template_path, f->path);
	if (system(cmd) != 0)
		return -1;
	if (db_open(&f->db, f->path, DB_OPEN_EXISTING) != WB_OK) {
		fprintf(stderr, "open: %s\n", db_error(f->db));
		return -1;
	}
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fx	*f = *state;

	db_close(f->db);
	unlink(f->path);
	rmdir(f->dir);
	free(f);
	return 0;
}

/*
 * A candidate with a full profile that fits the default vacancy
 * exactly: forklift driver 5 years, both skills, mbo2, Dutch B1, 32-38
 * hours, range 20 km, living at 1001 (0 km).  set: SQL assignments that
 * change it (or NULL).
 */
static void
full(struct db *db, const char *partner, const char *ref, const char *set)
{
	sql(db, "INSERT INTO candidate (partner_id, ref, first_name, last_name,"
	    " pc4, target_group, education_key, dutch_level, hours_min, "
	    " hours_max, max_travel_km, consent, registered_on) SELECT id, "
	    " '%s', 'Voor', 'Naam', '1001', 'ww', 'mbo2', 'B1', 32, 38, 20, 1,"
	    " '2026-01-01' FROM partner WHERE code = '%s'", ref, partner);
	sql(db, "INSERT INTO candidate_occupation SELECT id, '8344', 5 FROM "
	    "candidate WHERE ref = '%s'", ref);
	sql(db, "INSERT INTO candidate_skill SELECT id, 'heftruck' FROM "
	    "candidate WHERE ref = '%s'", ref);
	sql(db, "INSERT INTO candidate_skill SELECT id, 'veiligheid' FROM "
	    "candidate WHERE ref = '%s'", ref);
	if (set != NULL)
		sql(db, "UPDATE candidate SET %s WHERE ref = '%s'", set, ref);
}

/* A candidate with only a home and a range: everything else unknown. */
static void
bare(struct db *db, const char *partner, const char *ref, const char *set)
{
	sql(db, "INSERT INTO candidate (partner_id, ref, first_name, last_name,"
	    " pc4, target_group, max_travel_km, consent, registered_on) "
	    " SELECT id, '%s', 'Voor', 'Naam', '1001', 'ww', 20, 1, "
	    " '2026-01-01' FROM partner WHERE code = '%s'", ref, partner);
	if (set != NULL)
		sql(db, "UPDATE candidate SET %s WHERE ref = '%s'", set, ref);
}

/* Replace a candidate's rows in one of the list tables. */
static void
occupations(struct db *db, const char *ref, const char *values)
{
	sql(db, "DELETE FROM candidate_occupation WHERE candidate_id = "
	    "(SELECT id FROM candidate WHERE ref = '%s')", ref);
	if (values != NULL)
		sql(db, "INSERT INTO candidate_occupation SELECT c.id, v.column1,"
		    " v.column2 FROM candidate c, (VALUES %s) v WHERE c.ref = "
		    "'%s'", values, ref);
}

static void
skills(struct db *db, const char *ref, const char *values)
{
	sql(db, "DELETE FROM candidate_skill WHERE candidate_id = "
	    "(SELECT id FROM candidate WHERE ref = '%s')", ref);
	if (values != NULL)
		sql(db, "INSERT INTO candidate_skill SELECT c.id, v.column1 "
		    "FROM candidate c, (VALUES %s) v WHERE c.ref = '%s'", values,
		    ref);
}

static void
list(struct db *db, const char *table, const char *ref, const char *values)
{
	sql(db, "INSERT INTO candidate_%s SELECT c.id, v.column1 FROM "
	    "candidate c, (VALUES %s) v WHERE c.ref = '%s'", table, values, ref);
}

/*
 * The default vacancy AAA/V1: forklift driver (8344) at 1001, 32-38
 * hours, mbo2, Dutch A2, skills heftruck and veiligheid.
 */
static void
vacancy(struct db *db, const char *partner, const char *ref, const char *set)
{
	sql(db, "INSERT INTO vacancy (partner_id, ref, employer_id, title, "
	    " isco_code, pc4, hours_min, hours_max, education_min, "
	    " dutch_level_min, collected_on) SELECT id, '%s', 1, "
	    " 'Heftruckchauffeur', '8344', '1001', 32, 38, 'mbo2', 'A2', "
	    " '2026-11-01' FROM partner WHERE code = '%s'", ref, partner);
	sql(db, "INSERT INTO vacancy_skill SELECT id, 'heftruck' FROM vacancy "
	    "WHERE ref = '%s'", ref);
	sql(db, "INSERT INTO vacancy_skill SELECT id, 'veiligheid' FROM "
	    "vacancy WHERE ref = '%s'", ref);
	if (set != NULL)
		sql(db, "UPDATE vacancy SET %s WHERE ref = '%s'", set, ref);
}

/* One ranking, everything the checks need. */
struct ranking {
	struct match_index	*idx;
	struct match_vacancy	 v;
	struct match_result	*r;
	size_t			 n;
	struct match_counts	 counts;
};

static const struct match_weights default_weights = {
	{ 3, 2, 1, 1, 1, 2 }
};

static void
rank_w(struct db *db, const char *vkey, const struct match_weights *w,
    long long asking, size_t top, int excluded, struct ranking *k)
{
	memset(k, 0, sizeof(*k));
	assert_int_equal(match_index_build(db, &k->idx), WB_OK);
	assert_int_equal(match_vacancy_load(db, vkey, &k->v), WB_OK);
	match_rank_vacancy(k->idx, &k->v, w, asking, top, excluded, &k->r,
	    &k->n, &k->counts);
}

static void
rank(struct db *db, const char *vkey, long long asking, size_t top,
    int excluded, struct ranking *k)
{
	rank_w(db, vkey, &default_weights, asking, top, excluded, k);
}

static void
ranking_free(struct ranking *k)
{
	match_results_free(k->r, k->n);
	match_vacancy_clear(&k->v);
	match_index_free(k->idx);
}

/* The result row of a candidate key; fails the test when it is absent. */
static const struct match_result *
row(const struct ranking *k, const char *key)
{
	size_t	i;

	for (i = 0; i < k->n; i++)
		if (strcmp(match_index_key(k->idx, k->r[i].cand), key) == 0)
			return &k->r[i];
	fail_msg("%s is not in the results", key);
	return NULL;
}

static int
has_row(const struct ranking *k, const char *key)
{
	size_t	i;

	for (i = 0; i < k->n; i++)
		if (strcmp(match_index_key(k->idx, k->r[i].cand), key) == 0)
			return 1;
	return 0;
}

/* The ranked keys in order, comma-separated. */
static void
order(const struct ranking *k, char *buf, size_t len)
{
	size_t	i, off = 0;

	buf[0] = '\0';
	for (i = 0; i < k->n && k->r[i].rank > 0; i++)
		off += (size_t)snprintf(buf + off, len - off, "%s%s",
		    i ? "," : "", match_index_key(k->idx, k->r[i].cand));
}

static void
assert_order(const struct ranking *k, const char *want)
{
	char	got[2048];

	order(k, got, sizeof(got));
	assert_string_equal(got, want);
}

static void
assert_near(double got, double want)
{
	if (fabs(got - want) > EPS)
		fail_msg("got %.12f, expected %.12f", got, want);
}

static void
assert_notes(const struct match_result *r, const char *want)
{
	assert_non_null(r);
	if (strstr(r->notes, want) == NULL)
		fail_msg("notes '%s' do not say '%s'", r->notes, want);
}

/* A full profile scores 1; a bare one 0.75; a weak full one 0.1. */
static void
test_full_thin_weak(void **state)
{
	struct fx		*f = *state;
	struct ranking		 k;
	const struct match_result *r;
	int			 p;

	vacancy(f->db, "AAA", "V1", NULL);
	full(f->db, "AAA", "FULL", NULL);
	/*
	 * Occupation known (8344, 5 years), travel known (0 km): 3 + 2;
	 * skills, education, language, hours unknown: (2+1+1+1) * 0.5.
	 */
	bare(f->db, "AAA", "THIN", NULL);
	occupations(f->db, "THIN", "('8344', 5)");
	/*
	 * Occupation 9333 (0), no job skill (0), no education (0), A0 (0),
	 * 12-20 hours (12 below 32: 0), 10 km of a 20 km range (0.5).
	 */
	full(f->db, "AAA", "WEAK", "education_key = 'geen', dutch_level = "
	    "'A0', hours_min = 12, hours_max = 20, pc4 = '1003'");
	occupations(f->db, "WEAK", "('9333', 5)");
	skills(f->db, "WEAK", "('koken')");

	rank(f->db, "AAA/V1", 1, 0, 0, &k);
	assert_order(&k, "AAA/FULL,AAA/THIN,AAA/WEAK");
	r = row(&k, "AAA/FULL");
	assert_near(r->score, 1.0);
	assert_int_equal(r->rank, 1);
	assert_string_equal(r->notes, "");
	for (p = 0; p < MATCH_NPARTS; p++)
		assert_near(r->part[p], 1.0);

	r = row(&k, "AAA/THIN");
	assert_near(r->score, 0.75);
	assert_near(r->part[MATCH_OCCUPATION], 1);
	assert_near(r->part[MATCH_SKILLS], MATCH_UNKNOWN);
	assert_near(r->part[MATCH_EDUCATION], MATCH_UNKNOWN);
	assert_near(r->part[MATCH_LANGUAGE], MATCH_UNKNOWN);
	assert_near(r->part[MATCH_HOURS], MATCH_UNKNOWN);
	assert_near(r->part[MATCH_TRAVEL], 1);
	assert_notes(r, "skills unknown");
	assert_notes(r, "education unknown");
	assert_notes(r, "language unknown");
	assert_notes(r, "hours unknown");

	r = row(&k, "AAA/WEAK");
	assert_near(r->part[MATCH_TRAVEL], 1 - geo_distance_km(52.70, 6.20,
	    52.79, 6.20) / 20);
	assert_near(r->score, 2 * r->part[MATCH_TRAVEL] / 10);
	assert_true(fabs(r->score - 0.1) < 0.001);
	assert_int_equal(k.counts.considered, 3);
	assert_int_equal(k.counts.eligible, 3);
	ranking_free(&k);
}

/* An unknown part counts half: between a met part and a failed one. */
static void
test_unknown_is_neutral(void **state)
{
	struct fx	*f = *state;
	struct ranking	 k;

	vacancy(f->db, "AAA", "V1", NULL);
	full(f->db, "AAA", "MET", NULL);			/* 1.0 */
	full(f->db, "AAA", "UNKNOWN", "education_key = NULL");	/* 0.95 */
	full(f->db, "AAA", "FAILED", "education_key = 'geen'");	/* 0.90 */
	rank(f->db, "AAA/V1", 1, 0, 0, &k);
	assert_order(&k, "AAA/MET,AAA/UNKNOWN,AAA/FAILED");
	assert_near(row(&k, "AAA/UNKNOWN")->score, 0.95);
	assert_near(row(&k, "AAA/FAILED")->score, 0.90);
	assert_notes(row(&k, "AAA/UNKNOWN"), "education unknown");
	ranking_free(&k);
}

/* Occupation: g * (0.7 + 0.3 * min(years, 5) / 5), the best code. */
static void
test_occupation(void **state)
{
	static const struct {
		const char	*ref, *codes;
		double		 part;
	} c[] = {
		{ "O1", "('8344', 5)",			1.0 },
		{ "O2", "('8344', 0)",			0.7 },
		{ "O3", "('8344', NULL)",		0.85 },
		{ "O4", "('8343', 5)",			0.5 },
		{ "O5", "('8311', 5)",			0.3 },
		{ "O6", "('8211', 5)",			0.15 },
		{ "O7", "('9333', 5)",			0 },
		{ "O8", "('9333', 5), ('8344', 2)",	0.82 },
		{ "O9", "('8344', 12)",			1.0 },
		{ "OA", "('8343', 2.5)",		0.425 },
	};
	struct fx	*f = *state;
	struct ranking	 k;
	char		 key[16];
	size_t		 i;

	vacancy(f->db, "AAA", "V1", NULL);
	for (i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
		full(f->db, "AAA", c[i].ref, NULL);
		occupations(f->db, c[i].ref, c[i].codes);
	}
	full(f->db, "AAA", "OX", NULL);
	occupations(f->db, "OX", NULL);		/* unknown: counts 0.5 */
	rank(f->db, "AAA/V1", 1, 0, 0, &k);
	for (i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
		snprintf(key, sizeof(key), "AAA/%s", c[i].ref);
		assert_near(row(&k, key)->part[MATCH_OCCUPATION], c[i].part);
		assert_near(row(&k, key)->score, (3 * c[i].part + 7) / 10);
	}
	assert_near(row(&k, "AAA/OX")->part[MATCH_OCCUPATION], MATCH_UNKNOWN);
	assert_notes(row(&k, "AAA/OX"), "occupation unknown");
	/* O1 and O9 tie at 1.0: key order.  OX (0.5) sits between O4 and OA. */
	assert_order(&k, "AAA/O1,AAA/O9,AAA/O3,AAA/O8,AAA/O2,AAA/O4,AAA/OX,"
	    "AAA/OA,AAA/O5,AAA/O6,AAA/O7");
	ranking_free(&k);
}

/* Skills: the share of the job's skills; no job skills: not applicable. */
static void
test_skills(void **state)
{
	struct fx		*f = *state;
	struct ranking		 k;
	const struct match_result *r;

	vacancy(f->db, "AAA", "V1", NULL);
	vacancy(f->db, "AAA", "V2", NULL);
	sql(f->db, "DELETE FROM vacancy_skill WHERE vacancy_id = "
	    "(SELECT id FROM vacancy WHERE ref = 'V2')");
	full(f->db, "AAA", "S2", NULL);
	full(f->db, "AAA", "S1", NULL);
	skills(f->db, "S1", "('heftruck'), ('koken'), ('rijden')");
	full(f->db, "AAA", "S0", NULL);
	skills(f->db, "S0", "('koken')");
	full(f->db, "AAA", "SX", NULL);
	skills(f->db, "SX", NULL);

	rank(f->db, "AAA/V1", 1, 0, 0, &k);
	assert_order(&k, "AAA/S2,AAA/S1,AAA/SX,AAA/S0");
	assert_near(row(&k, "AAA/S2")->part[MATCH_SKILLS], 1);
	assert_near(row(&k, "AAA/S1")->part[MATCH_SKILLS], 0.5);
	assert_near(row(&k, "AAA/S1")->score, 0.9);
	assert_near(row(&k, "AAA/S0")->part[MATCH_SKILLS], 0);
	assert_near(row(&k, "AAA/SX")->part[MATCH_SKILLS], MATCH_UNKNOWN);
	assert_notes(row(&k, "AAA/SX"), "skills unknown");
	ranking_free(&k);

	/* V2 asks no skills: the part is left out, the rest weighs 8. */
	rank(f->db, "AAA/V2", 1, 0, 0, &k);
	r = row(&k, "AAA/S0");
	assert_near(r->part[MATCH_SKILLS], MATCH_NA);
	assert_near(r->score, 1.0);
	assert_string_equal(row(&k, "AAA/SX")->notes, "");
	assert_order(&k, "AAA/S0,AAA/S1,AAA/S2,AAA/SX");
	ranking_free(&k);
}

/* Education by NLQF and Dutch by CEFR rank: meets 1, one below 0.5. */
static void
test_levels(void **state)
{
	static const struct {
		const char	*ref, *set;
		int		 part;
		double		 value;
	} c[] = {
		{ "E1", "education_key = 'mbo3'",	MATCH_EDUCATION, 1 },
		{ "E2", "education_key = 'vmbo_kb'",	MATCH_EDUCATION, 1 },
		{ "E3", "education_key = 'mbo1'",	MATCH_EDUCATION, 0.5 },
		{ "E4", "education_key = 'geen'",	MATCH_EDUCATION, 0 },
		{ "E5", "education_key = 'pro'",	MATCH_EDUCATION, 0 },
		{ "L1", "dutch_level = 'C2'",		MATCH_LANGUAGE, 1 },
		{ "L2", "dutch_level = 'A2'",		MATCH_LANGUAGE, 1 },
		{ "L3", "dutch_level = 'A1'",		MATCH_LANGUAGE, 0.5 },
		{ "L4", "dutch_level = 'A0'",		MATCH_LANGUAGE, 0 },
		{ "L5", "dutch_level = NULL",		MATCH_LANGUAGE,
		    MATCH_UNKNOWN },
	};
	struct fx		*f = *state;
	struct ranking		 k;
	const struct match_result *r;
	char			 key[16];
	size_t			 i;

	vacancy(f->db, "AAA", "V1", NULL);
	vacancy(f->db, "AAA", "V2", "education_min = NULL, "
	    "dutch_level_min = NULL");
	for (i = 0; i < sizeof(c) / sizeof(c[0]); i++)
		full(f->db, "AAA", c[i].ref, c[i].set);
	rank(f->db, "AAA/V1", 1, 0, 0, &k);
	for (i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
		snprintf(key, sizeof(key), "AAA/%s", c[i].ref);
		r = row(&k, key);
		assert_near(r->part[c[i].part], c[i].value);
		assert_near(r->score, (9 + (c[i].value < 0 ? 0.5 :
		    c[i].value)) / 10);
	}
	assert_notes(row(&k, "AAA/E3"), "education one level below");
	assert_notes(row(&k, "AAA/L3"), "language one level below");
	ranking_free(&k);

	/* Asked nothing: both parts left out, everyone scores 1. */
	rank(f->db, "AAA/V2", 1, 0, 0, &k);
	r = row(&k, "AAA/E4");
	assert_near(r->part[MATCH_EDUCATION], MATCH_NA);
	assert_near(r->part[MATCH_LANGUAGE], MATCH_NA);
	assert_near(r->score, 1);
	assert_near(row(&k, "AAA/L5")->score, 1);
	ranking_free(&k);
}

/* Hours: 1 when the ranges share a figure, else 1 - gap / 8. */
static void
test_hours(void **state)
{
	static const struct {
		const char	*ref, *set;
		double		 part;
	} c[] = {
		{ "H1", "hours_min = 24, hours_max = 32",	1 },
		{ "H2", "hours_min = 36, hours_max = 40",	1 },
		{ "H3", "hours_min = 20, hours_max = 28",	0.5 },
		{ "H4", "hours_min = 12, hours_max = 20",	0 },
		{ "H5", "hours_min = NULL, hours_max = 30",	0.75 },
		{ "H6", "hours_min = 40, hours_max = NULL",	0.75 },
		{ "H7", "hours_min = NULL, hours_max = NULL",	MATCH_UNKNOWN },
		{ "H8", "hours_min = 34, hours_max = 34",	1 },
	};
	struct fx	*f = *state;
	struct ranking	 k;
	char		 key[16];
	size_t		 i;

	vacancy(f->db, "AAA", "V1", NULL);
	/* Only a maximum: up to 20 hours, so 24-32 is 4 hours off. */
	vacancy(f->db, "AAA", "V2", "hours_min = NULL, hours_max = 20");
	vacancy(f->db, "AAA", "V3", "hours_min = NULL, hours_max = NULL");
	for (i = 0; i < sizeof(c) / sizeof(c[0]); i++)
		full(f->db, "AAA", c[i].ref, c[i].set);
	rank(f->db, "AAA/V1", 1, 0, 0, &k);
	for (i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
		snprintf(key, sizeof(key), "AAA/%s", c[i].ref);
		assert_near(row(&k, key)->part[MATCH_HOURS], c[i].part);
	}
	assert_notes(row(&k, "AAA/H3"), "hours do not overlap");
	ranking_free(&k);

	rank(f->db, "AAA/V2", 1, 0, 0, &k);
	assert_near(row(&k, "AAA/H1")->part[MATCH_HOURS], 0.5);
	assert_near(row(&k, "AAA/H4")->part[MATCH_HOURS], 1);
	assert_near(row(&k, "AAA/H5")->part[MATCH_HOURS], 1);
	assert_near(row(&k, "AAA/H6")->part[MATCH_HOURS], 0);
	ranking_free(&k);

	rank(f->db, "AAA/V3", 1, 0, 0, &k);
	assert_near(row(&k, "AAA/H4")->part[MATCH_HOURS], MATCH_NA);
	assert_near(row(&k, "AAA/H4")->score, 1);
	ranking_free(&k);
}

/* Travel: 1 - distance / range; the range from transport; beyond: out. */
static void
test_travel(void **state)
{
	struct fx		*f = *state;
	struct ranking		 k;
	const struct match_result *r;
	double			 d10 = geo_distance_km(52.70, 6.20, 52.79, 6.20);
	double			 d50 = geo_distance_km(52.70, 6.20, 53.15, 6.20);

	assert_true(fabs(d10 - 10.0) < 0.01);
	vacancy(f->db, "AAA", "V1", NULL);
	full(f->db, "AAA", "T0", NULL);				/* 0 km */
	full(f->db, "AAA", "T10", "pc4 = '1003'");		/* 10 of 20 */
	full(f->db, "AAA", "T20", "pc4 = '1004'");		/* 20.01 > 20 */
	full(f->db, "AAA", "BIKE", "pc4 = '1003', max_travel_km = NULL");
	list(f->db, "transport", "BIKE", "('fiets')");		/* 12 km */
	full(f->db, "AAA", "CAR", "pc4 = '1005', max_travel_km = NULL, "
	    "driving_licence = 1");
	list(f->db, "transport", "CAR", "('auto')");		/* 40 km */
	full(f->db, "AAA", "NOCAR", "pc4 = '1003', max_travel_km = NULL, "
	    "driving_licence = 0");
	list(f->db, "transport", "NOCAR", "('auto'), ('fiets')"); /* 12 */
	full(f->db, "AAA", "OV", "pc4 = '1004', max_travel_km = NULL");
	list(f->db, "transport", "OV", "('ov'), ('fiets')");	/* 25 */
	full(f->db, "AAA", "UNK", "pc4 = '1003', max_travel_km = NULL");
	full(f->db, "AAA", "UNKFAR", "pc4 = '1005', max_travel_km = NULL");

	rank(f->db, "AAA/V1", 1, 0, 1, &k);
	assert_near(row(&k, "AAA/T0")->part[MATCH_TRAVEL], 1);
	r = row(&k, "AAA/T10");
	assert_near(r->part[MATCH_TRAVEL], 1 - d10 / 20);
	assert_near(r->distance_km, d10);
	assert_int_equal(row(&k, "AAA/T20")->excluded, MATCH_EX_DISTANCE);
	assert_string_equal(row(&k, "AAA/T20")->notes,
	    "too far: 20.0 km > 20 km");
	assert_near(row(&k, "AAA/BIKE")->part[MATCH_TRAVEL], 1 - d10 / 12);
	assert_near(row(&k, "AAA/NOCAR")->part[MATCH_TRAVEL], 1 - d10 / 12);
	assert_int_equal(row(&k, "AAA/CAR")->excluded, MATCH_EX_DISTANCE);
	assert_string_equal(row(&k, "AAA/CAR")->notes,
	    "too far: 50.0 km > 40 km");
	assert_true(d50 > 40);
	assert_near(row(&k, "AAA/OV")->part[MATCH_TRAVEL],
	    1 - geo_distance_km(52.70, 6.20, 52.88, 6.20) / 25);
	/* No range known: not excluded nearby, the part unknown. */
	r = row(&k, "AAA/UNK");
	assert_int_equal(r->excluded, 0);
	assert_near(r->part[MATCH_TRAVEL], MATCH_UNKNOWN);
	assert_near(r->score, 0.9);
	assert_notes(r, "travel range unknown");
	/* ... but not past the widest default range (auto, 40 km). */
	assert_int_equal(row(&k, "AAA/UNKFAR")->excluded, MATCH_EX_DISTANCE);
	assert_int_equal(k.counts.eligible, 6);
	/*
	 * Closer is better.  UNK's unknown part counts 0.5, just above
	 * T10's 1 - 10.008 / 20; BIKE and NOCAR tie (12 km range): by key.
	 */
	assert_order(&k, "AAA/T0,AAA/UNK,AAA/T10,AAA/OV,AAA/BIKE,AAA/NOCAR");
	ranking_free(&k);

	/* Another range in the settings moves the default. */
	sql(f->db, "UPDATE setting SET value = '9' WHERE key = "
	    "'travel_km_fiets'");
	rank(f->db, "AAA/V1", 1, 0, 1, &k);
	assert_int_equal(row(&k, "AAA/BIKE")->excluded, MATCH_EX_DISTANCE);
	assert_string_equal(row(&k, "AAA/BIKE")->notes,
	    "too far: 10.0 km > 9 km");
	ranking_free(&k);
}

/* Every hard rule, with its reason; unknown never excludes. */
static void
test_hard_rules(void **state)
{
	static const struct {
		const char	*ref, *set, *list, *values;
		unsigned	 excluded;
		const char	*notes;
	} c[] = {
		{ "LIC0", "driving_licence = 0", NULL, NULL,
		    MATCH_EX_LICENCE, "no driving licence" },
		{ "LIC1", "driving_licence = 1", NULL, NULL, 0, "" },
		{ "LICN", "driving_licence = NULL", NULL, NULL, 0,
		    "driving licence unknown" },
		{ "TIL", NULL, "restriction", "('geen_zwaar_tillen')",
		    MATCH_EX_RESTRICTION,
		    "restriction: geen_zwaar_tillen vs zwaar_tillen" },
		{ "STA", NULL, "restriction", "('niet_lang_staan')", 0, "" },
		{ "LATE", "available_from = '2027-01-04'", NULL, NULL,
		    MATCH_EX_AVAILABLE, "not available until 2027-01-04" },
		{ "SOON", "available_from = '2026-12-01'", NULL, NULL, 0, "" },
		{ "ONTIME", "available_from = '2027-01-01'", NULL, NULL, 0,
		    "" },
		{ "DGR0", "job_agreement = 0", NULL, NULL,
		    MATCH_EX_JOB_AGREEMENT, "not in the doelgroepregister" },
		{ "DGRN", "job_agreement = NULL", NULL, NULL, 0,
		    "doelgroepregister unknown" },
		{ "WW", "target_group = 'ww'", NULL, NULL, MATCH_EX_SHELTERED,
		    "no beschut-werk indication" },
		{ "PLACED", "status = 'geplaatst'", NULL, NULL,
		    MATCH_EX_STATUS, "status geplaatst" },
		{ "GONE", "status = 'inactief'", NULL, NULL, MATCH_EX_STATUS,
		    "status inactief" },
		{ "TRAJ", "status = 'in_traject'", NULL, NULL, 0,
		    "in traject" },
		{ "MANY", "driving_licence = 0, status = 'geplaatst'",
		    "restriction", "('geen_zwaar_tillen'), ('rustige_omgeving')",
		    MATCH_EX_STATUS | MATCH_EX_LICENCE | MATCH_EX_RESTRICTION,
		    "status geplaatst; no driving licence; restriction: "
		    "geen_zwaar_tillen vs zwaar_tillen; restriction: "
		    "rustige_omgeving vs druk" },
	};
	struct fx		*f = *state;
	struct ranking		 k;
	const struct match_result *r;
	char			 key[16];
	size_t			 i;

	/* A banenafspraak beschut-werk place that needs a licence. */
	vacancy(f->db, "AAA", "V1", "driving_licence = 1, job_agreement = 1, "
	    "sheltered = 1, start_date = '2027-01-01'");
	sql(f->db, "INSERT INTO vacancy_demand SELECT id, 'zwaar_tillen' FROM "
	    "vacancy UNION ALL SELECT id, 'druk' FROM vacancy");
	for (i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
		full(f->db, "AAA", c[i].ref, "target_group = 'beschut', "
		    "job_agreement = 1, driving_licence = 1");
		if (c[i].set != NULL)
			sql(f->db, "UPDATE candidate SET %s WHERE ref = '%s'",
			    c[i].set, c[i].ref);
		if (c[i].list != NULL)
			list(f->db, c[i].list, c[i].ref, c[i].values);
	}
	rank(f->db, "AAA/V1", 1, 0, 1, &k);
	for (i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
		snprintf(key, sizeof(key), "AAA/%s", c[i].ref);
		r = row(&k, key);
		if (r->excluded != c[i].excluded)
			fail_msg("%s: excluded %#x, expected %#x (%s)", key,
			    r->excluded, c[i].excluded, r->notes);
		assert_string_equal(r->notes, c[i].notes);
		assert_int_equal(r->rank == 0, c[i].excluded != 0);
	}
	assert_int_equal(k.counts.eligible, 7);
	ranking_free(&k);

	/* Without --excluded the excluded are not listed at all. */
	rank(f->db, "AAA/V1", 1, 0, 0, &k);
	assert_int_equal(k.n, 7);
	assert_false(has_row(&k, "AAA/PLACED"));
	ranking_free(&k);
}

/* Consent: without it, only the candidate's own partner sees them. */
static void
test_consent(void **state)
{
	struct fx		*f = *state;
	struct ranking		 k;
	const struct match_result *r;
	int			 p;

	vacancy(f->db, "AAA", "V1", NULL);
	full(f->db, "AAA", "MINE", "consent = 0");
	full(f->db, "BBB", "THEIRS", "consent = 0");
	full(f->db, "BBB", "SHARED", NULL);

	/*
	 * Asked by a partner: another partner's candidate without consent
	 * is not theirs to see (user.h), so not even among the excluded.
	 */
	rank(f->db, "AAA/V1", 1, 0, 1, &k);		/* asked by AAA */
	assert_order(&k, "AAA/MINE,BBB/SHARED");
	assert_false(has_row(&k, "BBB/THEIRS"));
	assert_int_equal(k.counts.considered, 2);
	ranking_free(&k);

	rank(f->db, "AAA/V1", 2, 0, 1, &k);		/* asked by BBB */
	assert_order(&k, "BBB/SHARED,BBB/THEIRS");
	assert_false(has_row(&k, "AAA/MINE"));
	ranking_free(&k);

	/* A single-user database (nobody asking) sees everyone: those
	 * without consent are excluded with the reason. */
	rank(f->db, "AAA/V1", 0, 0, 1, &k);
	assert_order(&k, "BBB/SHARED");
	r = row(&k, "BBB/THEIRS");
	assert_int_equal(r->excluded, MATCH_EX_CONSENT);
	assert_string_equal(r->notes, "no consent to share");
	/* Nothing else about them: no distance, no parts. */
	assert_true(r->distance_km < 0);
	for (p = 0; p < MATCH_NPARTS; p++)
		assert_near(r->part[p], MATCH_UNKNOWN);
	assert_int_equal(row(&k, "AAA/MINE")->excluded, MATCH_EX_CONSENT);
	ranking_free(&k);
}

/* The asking partner comes from the login's user row. */
static void
test_asking_partner(void **state)
{
	struct fx	*f = *state;
	long long	 p;

	assert_int_equal(match_asking_partner(f->db, "anna", &p), WB_OK);
	assert_int_equal(p, 0);
	sql(f->db, "INSERT INTO app_user (login, name, partner_id, role) "
	    "VALUES ('anna', 'Anna', 2, 'recruiter')");
	assert_int_equal(match_asking_partner(f->db, "anna", &p), WB_OK);
	assert_int_equal(p, 2);
	assert_int_equal(match_asking_partner(f->db, "bert", &p), WB_OK);
	assert_int_equal(p, 0);
}

/*
 * Nothing about partner or municipality counts: two candidates equal
 * but for those (1001 and 1002 share coordinates) score the same, and
 * swapping them, or the vacancy's partner, changes no score.
 */
static void
test_no_favour(void **state)
{
	struct fx	*f = *state;
	struct ranking	 k;
	double		 score;

	vacancy(f->db, "AAA", "V1", "pc4 = '1001'");
	full(f->db, "AAA", "K1", "pc4 = '1001', hours_min = 24, hours_max = 30");
	full(f->db, "BBB", "K2", "pc4 = '1002', hours_min = 24, hours_max = 30");
	rank(f->db, "AAA/V1", 1, 0, 0, &k);
	score = row(&k, "AAA/K1")->score;
	assert_true(score < 1);
	assert_true(row(&k, "AAA/K1")->score == row(&k, "BBB/K2")->score);
	assert_string_equal(match_index_municipality(k.idx,
	    row(&k, "BBB/K2")->cand), "Zuiddorp");
	assert_order(&k, "AAA/K1,BBB/K2");		/* tie: by key */
	ranking_free(&k);

	sql(f->db, "UPDATE candidate SET partner_id = 3 - partner_id, pc4 = "
	    "CASE pc4 WHEN '1001' THEN '1002' ELSE '1001' END");
	sql(f->db, "UPDATE vacancy SET partner_id = 2");
	rank(f->db, "BBB/V1", 2, 0, 0, &k);
	assert_true(row(&k, "BBB/K1")->score == score);
	assert_true(row(&k, "AAA/K2")->score == score);
	assert_string_equal(match_index_municipality(k.idx,
	    row(&k, "BBB/K1")->cand), "Zuiddorp");
	assert_order(&k, "AAA/K2,BBB/K1");
	ranking_free(&k);
}

/* The same database gives the same ranking; ties go by key (bytes). */
static void
test_determinism(void **state)
{
	static const char *const refs[] = { "K9", "K10", "K1", "K2", "k0" };
	struct fx	*f = *state;
	struct ranking	 a, b;
	size_t		 i;

	vacancy(f->db, "AAA", "V1", NULL);
	for (i = 0; i < sizeof(refs) / sizeof(refs[0]); i++)
		full(f->db, "BBB", refs[i], NULL);
	full(f->db, "AAA", "Z", "pc4 = '1003'");	/* lower: travel */
	rank(f->db, "AAA/V1", 1, 0, 0, &a);
	assert_order(&a, "BBB/K1,BBB/K10,BBB/K2,BBB/K9,BBB/k0,AAA/Z");
	rank(f->db, "AAA/V1", 1, 0, 0, &b);
	assert_int_equal(a.n, b.n);
	for (i = 0; i < a.n; i++) {
		assert_int_equal(a.r[i].cand, b.r[i].cand);
		assert_true(a.r[i].score == b.r[i].score);
		assert_string_equal(a.r[i].notes, b.r[i].notes);
	}
	ranking_free(&b);
	/* The top 3 are the first 3 of the whole order. */
	match_results_free(a.r, a.n);
	match_rank_vacancy(a.idx, &a.v, &default_weights, 1, 3, 0, &a.r,
	    &a.n, NULL);
	assert_order(&a, "BBB/K1,BBB/K10,BBB/K2");
	ranking_free(&a);
}

/* --excluded: the best N excluded by the score they would have had. */
static void
test_excluded_top(void **state)
{
	struct fx	*f = *state;
	struct ranking	 k;

	vacancy(f->db, "AAA", "V1", NULL);
	full(f->db, "AAA", "IN1", NULL);
	full(f->db, "AAA", "IN2", "pc4 = '1003'");
	full(f->db, "AAA", "IN3", "education_key = NULL");
	full(f->db, "AAA", "OUT1", "status = 'geplaatst'");		/* 1.0 */
	full(f->db, "AAA", "OUT2", "status = 'inactief', "
	    "education_key = 'geen'");					/* 0.9 */
	full(f->db, "AAA", "OUT3", "pc4 = '1005'");			/* 0.8 */
	rank(f->db, "AAA/V1", 1, 2, 1, &k);
	assert_int_equal(k.n, 4);
	assert_string_equal(match_index_key(k.idx, k.r[0].cand), "AAA/IN1");
	assert_string_equal(match_index_key(k.idx, k.r[1].cand), "AAA/IN3");
	assert_int_equal(k.r[1].rank, 2);
	assert_string_equal(match_index_key(k.idx, k.r[2].cand), "AAA/OUT1");
	assert_string_equal(match_index_key(k.idx, k.r[3].cand), "AAA/OUT2");
	assert_int_equal(k.r[2].rank, 0);
	assert_near(k.r[3].score, 0.9);
	assert_int_equal(k.counts.eligible, 3);
	assert_int_equal(k.counts.considered, 6);
	ranking_free(&k);
}

/* The reverse: vacancies for one candidate, same rules. */
static void
test_reverse(void **state)
{
	struct fx		*f = *state;
	struct match_index	*idx;
	struct match_vacancy	*vs;
	struct match_result	*r;
	struct match_counts	 counts;
	size_t			 nv, n, cand;

	vacancy(f->db, "AAA", "GOOD", NULL);			/* 1.0 */
	vacancy(f->db, "AAA", "NEAR", "isco_code = '8343'");	/* 0.85 */
	vacancy(f->db, "BBB", "FAR", "pc4 = '1003'");		/* travel .5 */
	vacancy(f->db, "AAA", "CAR", "driving_licence = 1");
	vacancy(f->db, "AAA", "SHUT", "status = 'vervuld', "
	    "closed_on = '2026-11-10'");
	full(f->db, "AAA", "K1", "driving_licence = 0");
	assert_int_equal(match_index_build(f->db, &idx), WB_OK);
	assert_int_equal(match_vacancies_load_open(f->db, &vs, &nv), WB_OK);
	assert_int_equal(nv, 4);
	assert_string_equal(vs[0].key, "AAA/CAR");	/* in key order */
	assert_int_equal(match_index_find(idx, "AAA/K1", &cand), 0);
	assert_int_equal(match_index_find(idx, "AAA/K2", &cand), -1);
	assert_int_equal(match_index_find(idx, "AAA/K1", &cand), 0);
	match_rank_candidate(idx, cand, vs, nv, &default_weights, 1, 0, 1,
	    &r, &n, &counts);
	assert_int_equal(n, 4);
	assert_int_equal(counts.eligible, 3);
	assert_string_equal(vs[r[0].vac].key, "AAA/GOOD");
	assert_near(r[0].score, 1);
	assert_string_equal(vs[r[1].vac].key, "BBB/FAR");
	assert_near(r[1].score, 0.8 + 0.2 * (1 - geo_distance_km(52.70, 6.20,
	    52.79, 6.20) / 20));
	assert_string_equal(vs[r[2].vac].key, "AAA/NEAR");
	assert_near(r[2].score, (3 * 0.5 + 7) / 10);
	assert_int_equal(r[2].rank, 3);
	assert_string_equal(vs[r[3].vac].key, "AAA/CAR");
	assert_int_equal(r[3].rank, 0);
	assert_string_equal(r[3].notes, "no driving licence");
	match_results_free(r, n);

	/* The same pair explained alone agrees with the ranking. */
	{
		struct match_result	e;

		match_explain(idx, cand, &vs[3], &default_weights, 1, &e);
		assert_string_equal(vs[3].key, "BBB/FAR");
		assert_near(e.score, 0.8 + 0.2 * (1 - geo_distance_km(52.70,
		    6.20, 52.79, 6.20) / 20));
		free(e.notes);
	}
	match_vacancies_free(vs, nv);
	match_index_free(idx);
}

/* Weights: parsed, validated, stored, and they change the order. */
static void
test_weights(void **state)
{
	struct fx		*f = *state;
	struct match_weights	 w, w2;
	struct ranking		 k;
	char			 err[256], *json;

	assert_int_equal(match_weights_load(f->db, &w), WB_OK);
	assert_memory_equal(&w, &default_weights, sizeof(w));
	json = match_weights_json(&w);
	assert_string_equal(json, "{\"occupation\":3,\"skills\":2,"
	    "\"education\":1,\"language\":1,\"hours\":1,\"travel\":2}");
	free(json);

	w2 = w;
	assert_int_equal(match_weights_parse("travel=10,occupation=0.5", &w2,
	    err, sizeof(err)), WB_OK);
	assert_near(w2.w[MATCH_TRAVEL], 10);
	assert_near(w2.w[MATCH_OCCUPATION], 0.5);
	assert_near(w2.w[MATCH_SKILLS], 2);
	assert_int_equal(match_weights_parse("colour=1", &w2, err,
	    sizeof(err)), WB_INVALID);
	assert_non_null(strstr(err, "colour"));
	assert_int_equal(match_weights_parse("travel=101", &w2, err,
	    sizeof(err)), WB_INVALID);
	assert_int_equal(match_weights_parse("travel=-1", &w2, err,
	    sizeof(err)), WB_INVALID);
	assert_int_equal(match_weights_parse("travel=x", &w2, err,
	    sizeof(err)), WB_INVALID);
	assert_int_equal(match_weights_parse("travel", &w2, err,
	    sizeof(err)), WB_INVALID);
	assert_int_equal(match_weights_parse("occupation=0,skills=0,"
	    "education=0,language=0,hours=0,travel=0", &w2, err, sizeof(err)),
	    WB_INVALID);
	assert_near(w2.w[MATCH_TRAVEL], 10);	/* untouched on error */

	/* OCC: right job, 10 km; NEAR: a related job (0.5), at home. */
	vacancy(f->db, "AAA", "V1", NULL);
	full(f->db, "AAA", "OCC", "pc4 = '1003'");
	full(f->db, "AAA", "NEAR", NULL);
	occupations(f->db, "NEAR", "('8343', 5)");
	/* Default: OCC 3 + 2(1 - d/20) + 5 = 9.0; NEAR 1.5 + 2 + 5 = 8.5. */
	rank(f->db, "AAA/V1", 1, 0, 0, &k);
	assert_order(&k, "AAA/OCC,AAA/NEAR");
	ranking_free(&k);
	assert_int_equal(match_weights_save(f->db, &w2), WB_OK);
	assert_int_equal(match_weights_load(f->db, &w), WB_OK);
	assert_memory_equal(&w, &w2, sizeof(w));
	/* travel 10, occupation 0.5: OCC 0.5 + 5 + 5; NEAR 0.25 + 10 + 5. */
	rank_w(f->db, "AAA/V1", &w, 1, 0, 0, &k);
	assert_order(&k, "AAA/NEAR,AAA/OCC");
	assert_near(row(&k, "AAA/NEAR")->score, 15.25 / 15.5);
	ranking_free(&k);
}

/* A match run stores the top N of every open vacancy, in one go. */
static void
test_run_all(void **state)
{
	struct fx			*f = *state;
	struct match_run_summary	 s;
	long long			 v;

	vacancy(f->db, "AAA", "V1", NULL);
	vacancy(f->db, "AAA", "V2", "isco_code = '9333'");
	vacancy(f->db, "AAA", "V3", "status = 'ingetrokken', "
	    "closed_on = '2026-11-02'");
	full(f->db, "AAA", "K1", NULL);
	full(f->db, "AAA", "K2", NULL);
	full(f->db, "AAA", "K3", "status = 'geplaatst'");
	full(f->db, "BBB", "K4", "pc4 = '1003'");
	sql(f->db, "INSERT INTO app_user (id, login, name, partner_id, role) "
	    "VALUES (7, 'anna', 'Anna', 1, 'recruiter')");
	assert_int_equal(match_run_all(f->db, "anna", 2, &s), WB_OK);
	assert_int_equal(s.vacancies, 2);
	assert_int_equal(s.candidates, 4);
	assert_int_equal(s.results, 4);
	assert_int_equal(db_query_int(f->db, "SELECT count(*) FROM "
	    "match_result WHERE run_id = (SELECT max(id) FROM match_run)", &v),
	    WB_OK);
	assert_int_equal(v, 4);
	assert_int_equal(db_query_int(f->db, "SELECT by_user_id FROM "
	    "match_run", &v), WB_OK);
	assert_int_equal(v, 7);
	assert_int_equal(db_query_int(f->db, "SELECT count(*) FROM match_run "
	    "WHERE weights = '{\"occupation\":3,\"skills\":2,\"education\":1,"
	    "\"language\":1,\"hours\":1,\"travel\":2}' AND top_n = 2 AND "
	    "vacancies = 2 AND candidates = 4 AND finished_at IS NOT NULL",
	    &v), WB_OK);
	assert_int_equal(v, 1);
	/* V1: K1 and K2 (1.0, by key), not K4 (10 km) nor K3 (placed). */
	assert_int_equal(db_query_int(f->db, "SELECT group_concat(c.ref, ',') "
	    "= 'K1,K2' FROM (SELECT candidate_id FROM match_result r JOIN "
	    "vacancy v ON v.id = r.vacancy_id WHERE v.ref = 'V1' ORDER BY "
	    "rank) x JOIN candidate c ON c.id = x.candidate_id", &v), WB_OK);
	assert_int_equal(v, 1);
	assert_int_equal(db_query_int(f->db, "SELECT count(*) FROM match_result "
	    "WHERE score = 1 AND occupation = 1 AND travel = 1 AND notes IS "
	    "NULL", &v), WB_OK);
	assert_int_equal(v, 2);
	assert_int_equal(db_query_int(f->db, "SELECT count(*) FROM audit_log "
	    "WHERE action = 'match_run' AND login = 'anna'", &v), WB_OK);
	assert_int_equal(v, 1);
	assert_int_equal(db_in_transaction(f->db), 0);
}

/* The index knows its candidates and its size. */
static void
test_index(void **state)
{
	struct fx		*f = *state;
	struct match_index	*idx;
	struct match_vacancy	 v;
	size_t			 i;

	assert_int_equal(match_index_build(f->db, &idx), WB_OK);
	assert_int_equal(match_index_count(idx), 0);
	match_index_free(idx);
	match_index_free(NULL);

	full(f->db, "BBB", "K1", "pc4 = '1002'");
	assert_int_equal(match_index_build(f->db, &idx), WB_OK);
	assert_int_equal(match_index_count(idx), 1);
	assert_int_equal(match_index_find(idx, "BBB/K1", &i), 0);
	assert_string_equal(match_index_key(idx, i), "BBB/K1");
	assert_string_equal(match_index_partner(idx, i), "BBB");
	assert_string_equal(match_index_municipality(idx, i), "Zuiddorp");
	assert_true(match_index_id(idx, i) > 0);
	assert_true(match_index_memory(idx) > sizeof(void *));
	match_index_free(idx);

	assert_int_equal(match_vacancy_load(f->db, "AAA/NONE", &v),
	    WB_NOT_FOUND);
	assert_non_null(strstr(db_error(f->db), "AAA/NONE"));
	assert_int_equal(match_vacancy_load(f->db, "NOSLASH", &v),
	    WB_NOT_FOUND);
	match_vacancy_clear(&v);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_full_thin_weak, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_unknown_is_neutral, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_occupation, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_skills, setup, teardown),
		cmocka_unit_test_setup_teardown(test_levels, setup, teardown),
		cmocka_unit_test_setup_teardown(test_hours, setup, teardown),
		cmocka_unit_test_setup_teardown(test_travel, setup, teardown),
		cmocka_unit_test_setup_teardown(test_hard_rules, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_consent, setup, teardown),
		cmocka_unit_test_setup_teardown(test_asking_partner, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_no_favour, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_determinism, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_excluded_top, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_reverse, setup, teardown),
		cmocka_unit_test_setup_teardown(test_weights, setup, teardown),
		cmocka_unit_test_setup_teardown(test_run_all, setup, teardown),
		cmocka_unit_test_setup_teardown(test_index, setup, teardown),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
