/*
 * match.c: the weights of the parts (table match_weight); vacancies as
 * the matcher sees them (struct match_vacancy, with their skills and
 * demands, in one query); and match runs: rank every open vacancy (on
 * two threads, each taking every other vacancy) and store the top N of
 * each, with the run's time, user and weights, in one transaction.
 */
#include "werkbank/match.h"

#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "werkbank/audit.h"
#include "werkbank/i18n.h"
#include "werkbank/json.h"
#include "werkbank/xmalloc.h"
#include "match-int.h"

#define RUN_THREADS	2

/* The schema's defaults. */
static const double default_weight[MATCH_NPARTS] = { 3, 2, 1, 1, 1, 2 };

static int
part_find(const char *name, size_t len)
{
	int	i;

	for (i = 0; i < MATCH_NPARTS; i++)
		if (strlen(match_part_name(i)) == len &&
		    strncmp(match_part_name(i), name, len) == 0)
			return i;
	return -1;
}

enum wb_status
match_weights_load(struct db *db, struct match_weights *w)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	const char	*name;
	int		 rc, i;

	memcpy(w->w, default_weight, sizeof(w->w));
	if ((st = db_prepare(db, "SELECT component, weight FROM match_weight",
	    &stmt)) != WB_OK)
		return st;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		name = (const char *)sqlite3_column_text(stmt, 0);
		if (name != NULL && (i = part_find(name, strlen(name))) >= 0)
			w->w[i] = sqlite3_column_double(stmt, 1);
	}
	sqlite3_finalize(stmt);
	return rc == SQLITE_DONE ? WB_OK : db_fail(db,
	    _("reading the match weights"));
}

enum wb_status
match_weights_save(struct db *db, const struct match_weights *w)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	int		 i;

	if ((st = db_prepare(db, "INSERT INTO match_weight (component, "
	    "weight) VALUES (?, ?) ON CONFLICT (component) DO UPDATE SET "
	    "weight = excluded.weight, version = version + 1 "
	    "WHERE weight IS NOT excluded.weight", &stmt)) != WB_OK)
		return st;
	for (i = 0; i < MATCH_NPARTS && st == WB_OK; i++) {
		sqlite3_bind_text(stmt, 1, match_part_name(i), -1,
		    SQLITE_STATIC);
		sqlite3_bind_double(stmt, 2, w->w[i]);
		if (sqlite3_step(stmt) != SQLITE_DONE)
			st = db_fail(db, _("storing the match weights"));
		sqlite3_reset(stmt);
	}
	sqlite3_finalize(stmt);
	return st;
}

enum wb_status
match_weights_parse(const char *spec, struct match_weights *w, char *err,
    size_t errlen)
{
	struct match_weights	 t = *w;
	const char		*p = spec, *eq, *end;
	char			 num[64], *e;
	double			 v, sum = 0;
	int			 i;

	for (;;) {
		end = p + strcspn(p, ",");
		if ((eq = memchr(p, '=', (size_t)(end - p))) == NULL) {
			snprintf(err, errlen, _("'%.*s' is not PART=WEIGHT"),
			    (int)(end - p), p);
			return WB_INVALID;
		}
		if ((i = part_find(p, (size_t)(eq - p))) < 0) {
			snprintf(err, errlen, _("unknown part '%.*s' (the "
			    "parts are occupation, skills, education, "
			    "language, hours, travel)"), (int)(eq - p), p);
			return WB_INVALID;
		}
		snprintf(num, sizeof(num), "%.*s", (int)(end - eq - 1), eq + 1);
		v = strtod(num, &e);
		if (num[0] == '\0' || *e != '\0' || !isfinite(v) || v < 0 ||
		    v > 100) {
			snprintf(err, errlen, _("%s: '%s' is not a number from "
			    "0 to 100"), match_part_name(i), num);
			return WB_INVALID;
		}
		t.w[i] = v;
		if (*end == '\0')
			break;
		p = end + 1;
	}
	for (i = 0; i < MATCH_NPARTS; i++)
		sum += t.w[i];
	if (sum <= 0) {
		snprintf(err, errlen, "%s", _("at least one weight must be "
		    "more than 0"));
		return WB_INVALID;
	}
	*w = t;
	return WB_OK;
}

char *
match_weights_json(const struct match_weights *w)
{
	struct json_obj	*o = json_obj_new();
	int		 i;

	for (i = 0; i < MATCH_NPARTS; i++)
		json_obj_num(o, match_part_name(i), w->w[i]);
	return json_obj_end(o);
}

#define VACANCY_SELECT \
	"SELECT v.id, p.code || '/' || v.ref, p.code, v.title, m.name, " \
	" v.isco_code, v.pc4, z.lat, z.lon, coalesce(v.hours_min, -1), " \
	" coalesce(v.hours_max, -1), coalesce(e.nlqf, -1), " \
	" coalesce(l.rank, -1), coalesce(v.driving_licence, 0), " \
	" coalesce(v.job_agreement, 0), coalesce(v.sheltered, 0), " \
	" CAST(julianday(v.start_date) - 2440587.5 AS INTEGER), " \
	" v.status = 'open', " \
	" (SELECT group_concat(demand, '|') FROM vacancy_demand d " \
	"   WHERE d.vacancy_id = v.id), " \
	" (SELECT group_concat(skill, '|') FROM (SELECT skill FROM " \
	"   vacancy_skill s WHERE s.vacancy_id = v.id ORDER BY skill)) " \
	"FROM vacancy v JOIN partner p ON p.id = v.partner_id " \
	"JOIN pc4 z ON z.code = v.pc4 " \
	"LEFT JOIN municipality m ON m.code = z.municipality_code " \
	"LEFT JOIN education_level e ON e.key = v.education_min " \
	"LEFT JOIN language_level l ON l.code = v.dutch_level_min "

static void
vacancy_row(sqlite3_stmt *stmt, struct match_vacancy *v)
{
	const char	*s;
	char		*list, *tok, *save;
	int		 b;

	memset(v, 0, sizeof(*v));
	v->id = sqlite3_column_int64(stmt, 0);
	v->key = xstrdup(db_column_text(stmt, 1));
	v->partner = xstrdup(db_column_text(stmt, 2));
	v->title = xstrdup(db_column_text(stmt, 3));
	v->municipality = xstrdup(db_column_text(stmt, 4));
	db_column_copy(v->isco, sizeof(v->isco), stmt, 5);
	db_column_copy(v->pc4, sizeof(v->pc4), stmt, 6);
	v->lat = sqlite3_column_double(stmt, 7);
	v->lon = sqlite3_column_double(stmt, 8);
	v->hours_min = sqlite3_column_double(stmt, 9);
	v->hours_max = sqlite3_column_double(stmt, 10);
	v->education = sqlite3_column_int(stmt, 11);
	v->dutch = sqlite3_column_int(stmt, 12);
	v->licence = sqlite3_column_int(stmt, 13);
	v->job_agreement = sqlite3_column_int(stmt, 14);
	v->sheltered = sqlite3_column_int(stmt, 15);
	v->start = sqlite3_column_type(stmt, 16) == SQLITE_NULL ?
	    MATCH_NO_DATE : sqlite3_column_int(stmt, 16);
	v->open = sqlite3_column_int(stmt, 17);
	list = xstrdup(db_column_text(stmt, 18));
	for (tok = strtok_r(list, "|", &save); tok != NULL;
	    tok = strtok_r(NULL, "|", &save))
		if ((b = match_demand_bit(tok, 0)) >= 0)
			v->demands |= 1u << b;
	free(list);
	if (*(s = db_column_text(stmt, 19)) != '\0') {
		list = xstrdup(s);
		for (tok = strtok_r(list, "|", &save); tok != NULL;
		    tok = strtok_r(NULL, "|", &save)) {
			v->skills = xreallocarray(v->skills, v->nskills + 1,
			    sizeof(char *));
			v->skills[v->nskills++] = xstrdup(tok);
		}
		free(list);
	}
}

enum wb_status
match_vacancy_load(struct db *db, const char *key, struct match_vacancy *v)
{
	const char	*slash;
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	int		 rc;

	memset(v, 0, sizeof(*v));
	if ((slash = strchr(key, '/')) == NULL)
		return db_set_error(db, WB_NOT_FOUND, _("no vacancy '%s' (a "
		    "vacancy is named PARTNER/REF)"), key);
	if ((st = db_prepare(db, VACANCY_SELECT "WHERE p.code = ? AND "
	    "v.ref = ?", &stmt)) != WB_OK)
		return st;
	sqlite3_bind_text(stmt, 1, key, (int)(slash - key), SQLITE_STATIC);
	sqlite3_bind_text(stmt, 2, slash + 1, -1, SQLITE_STATIC);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW)
		vacancy_row(stmt, v);
	else if (rc == SQLITE_DONE)
		st = db_set_error(db, WB_NOT_FOUND, _("no vacancy '%s'"), key);
	else
		st = db_fail(db, _("reading the vacancy"));
	sqlite3_finalize(stmt);
	return st;
}

enum wb_status
match_vacancies_load_open(struct db *db, struct match_vacancy **out,
    size_t *n)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	size_t		 cap = 0;
	int		 rc;

	*out = NULL;
	*n = 0;
	if ((st = db_prepare(db, VACANCY_SELECT "WHERE v.status = 'open' "
	    "ORDER BY p.code, v.ref", &stmt)) != WB_OK)
		return st;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 64;
			*out = xreallocarray(*out, cap, sizeof(**out));
		}
		vacancy_row(stmt, &(*out)[(*n)++]);
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE) {
		match_vacancies_free(*out, *n);
		*out = NULL;
		*n = 0;
		return db_fail(db, _("reading the vacancies"));
	}
	return WB_OK;
}

void
match_vacancy_clear(struct match_vacancy *v)
{
	size_t	i;

	if (v == NULL)
		return;
	free(v->key);
	free(v->partner);
	free(v->title);
	free(v->municipality);
	for (i = 0; i < v->nskills; i++)
		free(v->skills[i]);
	free(v->skills);
	memset(v, 0, sizeof(*v));
}

void
match_vacancies_free(struct match_vacancy *vs, size_t n)
{
	size_t	i;

	if (vs == NULL)
		return;
	for (i = 0; i < n; i++)
		match_vacancy_clear(&vs[i]);
	free(vs);
}

static double
seconds_since(const struct timespec *t0)
{
	struct timespec	t1;

	clock_gettime(CLOCK_MONOTONIC, &t1);
	return (double)(t1.tv_sec - t0->tv_sec) +
	    (t1.tv_nsec - t0->tv_nsec) / 1e9;
}

static void
bind_part(sqlite3_stmt *stmt, int col, double v)
{
	if (v >= 0)
		sqlite3_bind_double(stmt, col, v);
	else
		sqlite3_bind_null(stmt, col);
}

struct ranked {
	struct match_result	*r;
	size_t			 n;
};

/* Every step-th open vacancy from first, ranked on one thread. */
struct run_part {
	const struct match_index	*idx;
	const struct match_vacancy	*vs;
	const struct match_weights	*w;
	struct ranked			*ranked;
	long long			 asking;
	size_t				 nv, top_n, first, step;
};

static void *
run_part(void *arg)
{
	struct run_part	*r = arg;
	size_t		 i;

	for (i = r->first; i < r->nv; i += r->step)
		match_rank_vacancy_split(r->idx, &r->vs[i], r->w, r->asking,
		    r->top_n, 0, &r->ranked[i].r, &r->ranked[i].n, NULL, 1);
	return NULL;
}

static enum wb_status
store_run(struct db *db, const char *login, const char *started,
    const struct match_weights *w, size_t top_n,
    const struct match_index *idx, const struct match_vacancy *vs,
    const struct ranked *ranked, size_t nv, struct match_run_summary *sum)
{
	sqlite3_stmt	*stmt = NULL;
	enum wb_status	 st;
	char		*json = match_weights_json(w), detail[128];
	size_t		 i, k;
	int		 p;

	if ((st = db_begin(db)) != WB_OK) {
		free(json);
		return st;
	}
	if ((st = db_prepare(db, "INSERT INTO match_run (started_at, "
	    "finished_at, by_user_id, weights, top_n, vacancies, candidates) "
	    "VALUES (?, datetime('now'), (SELECT id FROM app_user WHERE "
	    "login = ?), ?, ?, ?, ?)", &stmt)) != WB_OK)
		goto fail;
	sqlite3_bind_text(stmt, 1, started, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 2, login != NULL ? login : "", -1,
	    SQLITE_STATIC);
	sqlite3_bind_text(stmt, 3, json, -1, SQLITE_STATIC);
	sqlite3_bind_int64(stmt, 4, (long long)top_n);
	sqlite3_bind_int64(stmt, 5, (long long)nv);
	sqlite3_bind_int64(stmt, 6, (long long)match_index_count(idx));
	if (sqlite3_step(stmt) != SQLITE_DONE) {
		st = db_fail(db, _("storing the match run"));
		goto fail;
	}
	sqlite3_finalize(stmt);
	sum->run_id = sqlite3_last_insert_rowid(db_sqlite(db));

	/* Records deleted since the ranking are skipped. */
	if ((st = db_prepare(db, "INSERT INTO match_result (run_id, "
	    "vacancy_id, rank, candidate_id, score, occupation, skills, "
	    "education, language, hours, travel, distance_km, notes) "
	    "SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13 "
	    "WHERE EXISTS (SELECT 1 FROM candidate WHERE id = ?4) "
	    "AND EXISTS (SELECT 1 FROM vacancy WHERE id = ?2)", &stmt)) !=
	    WB_OK)
		goto fail;
	for (i = 0; i < nv; i++)
		for (k = 0; k < ranked[i].n; k++) {
			const struct match_result *r = &ranked[i].r[k];

			if (r->rank == 0)
				continue;
			sqlite3_bind_int64(stmt, 1, sum->run_id);
			sqlite3_bind_int64(stmt, 2, vs[i].id);
			sqlite3_bind_int(stmt, 3, r->rank);
			sqlite3_bind_int64(stmt, 4, match_index_id(idx,
			    r->cand));
			sqlite3_bind_double(stmt, 5, r->score);
			for (p = 0; p < MATCH_NPARTS; p++)
				bind_part(stmt, 6 + p, r->part[p]);
			bind_part(stmt, 12, r->distance_km);
			if (*r->notes != '\0')
				sqlite3_bind_text(stmt, 13, r->notes, -1,
				    SQLITE_STATIC);
			else
				sqlite3_bind_null(stmt, 13);
			if (sqlite3_step(stmt) != SQLITE_DONE) {
				st = db_fail(db, _("storing the match results"));
				goto fail;
			}
			sum->results += (size_t)sqlite3_changes(db_sqlite(db));
			sqlite3_reset(stmt);
		}
	sqlite3_finalize(stmt);
	stmt = NULL;
	snprintf(detail, sizeof(detail), "%zu vacancies, %zu results",
	    nv, sum->results);
	if ((st = audit_append(db, login != NULL ? login : "", "match_run",
	    "match_run", sum->run_id, detail)) != WB_OK)
		goto fail;
	free(json);
	return db_commit(db);
fail:
	sqlite3_finalize(stmt);
	db_rollback(db);
	free(json);
	return st;
}

enum wb_status
match_run_all(struct db *db, const char *login, size_t top_n,
    struct match_run_summary *sum)
{
	struct match_index	*idx = NULL;
	struct match_vacancy	*vs = NULL;
	struct match_weights	 w;
	struct ranked		*ranked = NULL;
	struct run_part		 part[RUN_THREADS];
	struct timespec		 t0;
	pthread_t		 tid;
	int			 two;
	sqlite3_stmt		*stmt;
	enum wb_status		 st;
	long long		 asking;
	size_t			 nv = 0, i;
	char			 started[32] = "";

	memset(sum, 0, sizeof(*sum));
	clock_gettime(CLOCK_MONOTONIC, &t0);
	if (top_n == 0)
		return db_set_error(db, WB_INVALID, "%s",
		    _("a match run needs a top N of at least 1"));
	if ((st = db_prepare(db, "SELECT datetime('now')", &stmt)) != WB_OK)
		return st;
	if (sqlite3_step(stmt) == SQLITE_ROW)
		snprintf(started, sizeof(started), "%s",
		    (const char *)sqlite3_column_text(stmt, 0));
	sqlite3_finalize(stmt);

	if ((st = match_weights_load(db, &w)) != WB_OK ||
	    (st = match_asking_partner(db, login, &asking)) != WB_OK ||
	    (st = match_index_build(db, &idx)) != WB_OK ||
	    (st = match_vacancies_load_open(db, &vs, &nv)) != WB_OK)
		goto out;
	ranked = xcalloc(nv > 0 ? nv : 1, sizeof(*ranked));
	/* Two threads, each ranking every other vacancy on its own. */
	for (i = 0; i < RUN_THREADS; i++) {
		part[i].idx = idx;
		part[i].vs = vs;
		part[i].w = &w;
		part[i].ranked = ranked;
		part[i].asking = asking;
		part[i].nv = nv;
		part[i].top_n = top_n;
		part[i].first = i;
		part[i].step = RUN_THREADS;
	}
	two = nv > 1 && pthread_create(&tid, NULL, run_part, &part[1]) == 0;
	if (!two)
		part[0].step = 1;	/* all of them on this thread */
	run_part(&part[0]);
	if (two)
		pthread_join(tid, NULL);
	sum->vacancies = nv;
	sum->candidates = match_index_count(idx);
	st = store_run(db, login, started, &w, top_n, idx, vs, ranked, nv,
	    sum);
out:
	if (ranked != NULL)
		for (i = 0; i < nv; i++)
			match_results_free(ranked[i].r, ranked[i].n);
	free(ranked);
	match_vacancies_free(vs, nv);
	match_index_free(idx);
	sum->seconds = seconds_since(&t0);
	return st;
}
