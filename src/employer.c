/*
 * employer.c: the employer list and one employer's vacancies, placements
 * and ratings (see employer.h).
 */
#include "werkbank/employer.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/i18n.h"
#include "werkbank/vacancy.h"
#include "werkbank/xmalloc.h"

#define ROW_SQL \
	"SELECT e.id, coalesce(p.code || '/' || e.ref, e.name || '@' || " \
	"e.pc4), e.name, coalesce(pc.place, ''), coalesce(p.code, ''), " \
	"coalesce(u.login, ''), coalesce(e.sector, ''), " \
	"(SELECT count(*) FROM vacancy v WHERE v.employer_id = e.id AND " \
	VACANCY_IS_OPEN("v.") "), " \
	"(SELECT count(*) FROM vacancy v WHERE v.employer_id = e.id), " \
	"(SELECT count(*) FROM placement pl JOIN vacancy v ON v.id = " \
	"pl.vacancy_id WHERE v.employer_id = e.id), " \
	"(SELECT count(*) FROM employer_rating r WHERE r.employer_id = e.id), " \
	"(SELECT avg(score) FROM employer_rating r WHERE r.employer_id = " \
	"e.id) " \
	"FROM employer e LEFT JOIN partner p ON p.id = e.partner_id " \
	"LEFT JOIN pc4 pc ON pc.code = e.pc4 " \
	"LEFT JOIN app_user u ON u.id = e.account_manager_id "

static void
fill_row(sqlite3_stmt *stmt, struct employer_row *r)
{
	r->id = sqlite3_column_int64(stmt, 0);
	r->key = db_column_dup(stmt, 1);
	r->name = db_column_dup(stmt, 2);
	r->place = db_column_dup(stmt, 3);
	r->partner = db_column_dup(stmt, 4);
	r->manager = db_column_dup(stmt, 5);
	r->sector = db_column_dup(stmt, 6);
	r->open = sqlite3_column_int(stmt, 7);
	r->vacancies = sqlite3_column_int(stmt, 8);
	r->placements = sqlite3_column_int(stmt, 9);
	r->ratings = sqlite3_column_int(stmt, 10);
	r->rating = sqlite3_column_type(stmt, 11) == SQLITE_NULL ? -1 :
	    sqlite3_column_double(stmt, 11);
}

static void
row_free(struct employer_row *r)
{
	free(r->key);
	free(r->name);
	free(r->place);
	free(r->partner);
	free(r->manager);
	free(r->sector);
}

enum wb_status
employer_list(struct db *db, struct employer_row **out, size_t *n)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	size_t		 cap = 0;
	int		 rc;

	*out = NULL;
	*n = 0;
	if ((st = db_prepare(db, ROW_SQL "ORDER BY e.name_key, e.pc4",
	    &stmt)) != WB_OK)
		return st;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 64;
			*out = xreallocarray(*out, cap, sizeof(**out));
		}
		fill_row(stmt, &(*out)[(*n)++]);
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return db_fail(db, _("reading the employers"));
	return WB_OK;
}

void
employer_rows_free(struct employer_row *r, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++)
		row_free(&r[i]);
	free(r);
}

/* Step through a query, calling add for each row; grows *v. */
static enum wb_status
collect(struct db *db, const char *sql, long long id, void **v, size_t *n,
    size_t size, void (*add)(sqlite3_stmt *, void *))
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	size_t		 cap = 0;
	int		 rc;

	if ((st = db_prepare(db, sql, &stmt)) != WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, id);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 16;
			*v = xreallocarray(*v, cap, size);
		}
		add(stmt, (char *)*v + size * (*n)++);
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return db_fail(db, _("reading the employer"));
	return WB_OK;
}

static void
add_vacancy(sqlite3_stmt *stmt, void *p)
{
	struct employer_vacancy	*v = p;

	v->key = db_column_dup(stmt, 0);
	v->title = db_column_dup(stmt, 1);
	v->status = db_column_dup(stmt, 2);
	v->collected = db_column_dup(stmt, 3);
	v->positions = sqlite3_column_int(stmt, 4);
	v->placed = sqlite3_column_int(stmt, 5);
}

static void
add_placement(sqlite3_stmt *stmt, void *p)
{
	struct employer_placement	*pl = p;

	pl->start = db_column_dup(stmt, 0);
	pl->end = db_column_dup(stmt, 1);
	pl->vacancy = db_column_dup(stmt, 2);
	pl->candidate = db_column_dup(stmt, 3);
	pl->contract = db_column_dup(stmt, 4);
	pl->target_group = db_column_dup(stmt, 5);
}

static void
add_rating(sqlite3_stmt *stmt, void *p)
{
	struct employer_rating	*r = p;

	snprintf(r->on, sizeof(r->on), "%s", sqlite3_column_text(stmt, 0));
	r->score = sqlite3_column_int(stmt, 1);
}

enum wb_status
employer_detail(struct db *db, const struct user_ctx *u, long long id,
    struct employer_detail *d)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	char		 vis[128], sql[1024];
	int		 rc;

	memset(d, 0, sizeof(*d));
	if ((st = db_prepare(db, ROW_SQL "WHERE e.id = ?1", &stmt)) != WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, id);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
		fill_row(stmt, &d->e);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW)
		return rc == SQLITE_DONE ? db_set_error(db, WB_NOT_FOUND,
		    _("no employer with id %lld"), id) :
		    db_fail(db, _("reading the employer"));
	if ((st = collect(db, "SELECT p.code || '/' || v.ref, v.title, "
	    "v.status, v.collected_on, v.positions, (SELECT count(*) FROM "
	    "placement pl WHERE pl.vacancy_id = v.id) FROM vacancy v JOIN "
	    "partner p ON p.id = v.partner_id WHERE v.employer_id = ?1 "
	    "ORDER BY v.collected_on DESC, v.id DESC", id, (void **)&d->vac,
	    &d->nvac, sizeof(*d->vac), add_vacancy)) != WB_OK)
		goto fail;
	user_candidate_sql(u, "c.partner_id", "c.consent", vis, sizeof(vis));
	snprintf(sql, sizeof(sql), "SELECT pl.start_date, pl.end_date, "
	    "vp.code || '/' || v.ref, iif(%s, cp.code || '/' || c.ref, ''), "
	    "pl.contract, pl.target_group FROM placement pl "
	    "JOIN vacancy v ON v.id = pl.vacancy_id "
	    "JOIN partner vp ON vp.id = v.partner_id "
	    "LEFT JOIN candidate c ON c.id = pl.candidate_id "
	    "LEFT JOIN partner cp ON cp.id = c.partner_id "
	    "WHERE v.employer_id = ?1 ORDER BY pl.start_date DESC, pl.id DESC",
	    vis);
	if ((st = collect(db, sql, id, (void **)&d->pl, &d->npl,
	    sizeof(*d->pl), add_placement)) != WB_OK)
		goto fail;
	if ((st = collect(db, "SELECT rated_on, score FROM employer_rating "
	    "WHERE employer_id = ?1 ORDER BY rated_on DESC, id DESC", id,
	    (void **)&d->rt, &d->nrt, sizeof(*d->rt), add_rating)) != WB_OK)
		goto fail;
	return WB_OK;
fail:
	employer_detail_free(d);
	return st;
}

void
employer_detail_free(struct employer_detail *d)
{
	size_t	i;

	row_free(&d->e);
	for (i = 0; i < d->nvac; i++) {
		free(d->vac[i].key);
		free(d->vac[i].title);
		free(d->vac[i].status);
		free(d->vac[i].collected);
	}
	free(d->vac);
	for (i = 0; i < d->npl; i++) {
		free(d->pl[i].start);
		free(d->pl[i].end);
		free(d->pl[i].vacancy);
		free(d->pl[i].candidate);
		free(d->pl[i].contract);
		free(d->pl[i].target_group);
	}
	free(d->pl);
	free(d->rt);
	memset(d, 0, sizeof(*d));
}
