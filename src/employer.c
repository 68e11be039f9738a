/*
 * employer.c: the employer list and one employer's vacancies, placements
 * and ratings (see employer.h).
 */
#include "werkbank/employer.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/date.h"
#include "werkbank/i18n.h"
#include "werkbank/listing.h"
#include "werkbank/vacancy.h"
#include "werkbank/xmalloc.h"

#include "import-internal.h"

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
	"e.id), " \
	"(SELECT coalesce(c.next_on, '') FROM employer_contact c WHERE " \
	"c.employer_id = e.id ORDER BY c.contact_on DESC, c.id DESC LIMIT 1), " \
	"coalesce(nullif(u.name, ''), u.login, '') " \
	"FROM employer e LEFT JOIN partner p ON p.id = e.partner_id " \
	"LEFT JOIN pc4 pc ON pc.code = e.pc4 " \
	"LEFT JOIN app_user u ON u.id = e.account_manager_id "

static void
fill_row(sqlite3_stmt *stmt, struct employer_row *r)
{
	int	day;

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
	db_column_copy(r->next, sizeof(r->next), stmt, 12);
	r->manager_name = db_column_dup(stmt, 13);
	r->due = r->next[0] != '\0' && (date_parse(r->next, &day) != WB_OK ||
	    day <= date_today() + CONTACT_DUE_DAYS);
}

static void
row_free(struct employer_row *r)
{
	free(r->key);
	free(r->name);
	free(r->place);
	free(r->partner);
	free(r->manager);
	free(r->manager_name);
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

enum wb_status
employer_search(struct db *db, const char *typed, long long **ids, size_t *n)
{
	char	key[512];

	*ids = NULL;
	*n = 0;
	/* Folded as the employers' name_key is: lower case, one space. */
	import_name_key(typed != NULL ? typed : "", key, sizeof(key));
	if (key[0] == '\0')
		return WB_OK;
	return listing_id_set(db, "SELECT e.id FROM employer e "
	    "JOIN pc4 p ON p.code = e.pc4 "
	    "LEFT JOIN app_user u ON u.id = e.account_manager_id "
	    "WHERE instr(e.name_key || ' ' || lower(coalesce(e.sector, '') || "
	    "' ' || p.place || ' ' || coalesce(u.name, '') || ' ' || "
	    "coalesce(u.login, '')) || ' ' || e.pc4, ?1) > 0", key, ids, n);
}

enum wb_status
employer_like(struct db *db, const char *name, char *buf, size_t len)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	char		 key[512], *w, *best = NULL, *save = NULL;
	size_t		 o = 0;
	int		 rc;

	buf[0] = '\0';
	import_name_key(name != NULL ? name : "", key, sizeof(key));
	for (w = strtok_r(key, " ", &save); w != NULL;
	    w = strtok_r(NULL, " ", &save))
		if (strlen(w) >= 3 && (best == NULL || strlen(w) > strlen(best)))
			best = w;
	if (best == NULL)
		return WB_OK;
	if ((st = db_prepare(db, "SELECT e.name, p.place FROM employer e "
	    "JOIN pc4 p ON p.code = e.pc4 WHERE instr(e.name_key, ?1) > 0 "
	    "ORDER BY e.name_key, e.pc4 LIMIT 3", &stmt)) != WB_OK)
		return st;
	sqlite3_bind_text(stmt, 1, best, -1, SQLITE_TRANSIENT);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW && o + 1 < len)
		o += (size_t)snprintf(buf + o, len - o, "%s%s (%s)",
		    o > 0 ? ", " : "", (const char *)sqlite3_column_text(stmt,
		    0), (const char *)sqlite3_column_text(stmt, 1));
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
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
	char		 today[11];
	int		 rc;

	if ((st = db_prepare(db, sql, &stmt)) != WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, id);
	/* ?2, where a query has it, is today. */
	if (sqlite3_bind_parameter_count(stmt) >= 2)
		sqlite3_bind_text(stmt, 2, date_format(date_today(), today), -1,
		    SQLITE_TRANSIENT);
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
	v->id = sqlite3_column_int64(stmt, 6);
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
	pl->instruments = db_column_dup(stmt, 6);
}

/*
 * Still in the job `months` after the start (report.c's durable rule,
 * a day past a month's end clamped): 1, 0, or -1 while that day has
 * not come and the placement runs.
 */
static int
lasted(const char *start, const char *end, int months)
{
	int	s, e, due;

	if (date_parse(start, &s) != WB_OK)
		return -1;
	due = date_add_months(s, months);
	if (*end != '\0' && date_parse(end, &e) == WB_OK && e < due)
		return 0;
	return due <= date_today() ? 1 : -1;
}

static void
add_instrument(sqlite3_stmt *stmt, void *p)
{
	struct employer_instrument	*i = p;

	db_column_copy(i->code, sizeof(i->code), stmt, 0);
	i->placements = sqlite3_column_int(stmt, 1);
	i->mean_pct = sqlite3_column_type(stmt, 2) == SQLITE_NULL ? -1 :
	    sqlite3_column_double(stmt, 2);
}

static void
add_rating(sqlite3_stmt *stmt, void *p)
{
	struct employer_rating	*r = p;

	snprintf(r->on, sizeof(r->on), "%s", sqlite3_column_text(stmt, 0));
	r->score = sqlite3_column_int(stmt, 1);
	r->nps = sqlite3_column_type(stmt, 2) == SQLITE_NULL ? -1 :
	    sqlite3_column_int(stmt, 2);
	r->comment = db_column_dup(stmt, 3);
	db_column_copy(r->by, sizeof(r->by), stmt, 4);
}

enum wb_status
employer_detail(struct db *db, const struct user_ctx *u, long long id,
    struct employer_detail *d)
{
	struct contact_filter	 cf;
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	char		 vis[128], sql[2048];
	long long	 months = 6;
	size_t		 i;
	int		 rc;

	memset(d, 0, sizeof(*d));
	if (db_query_int(db, "SELECT CAST(value AS INTEGER) FROM setting "
	    "WHERE key = 'durable_months'", &months) != WB_OK || months < 1)
		months = 6;
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
	    "placement pl WHERE pl.vacancy_id = v.id), v.id FROM vacancy v JOIN "
	    "partner p ON p.id = v.partner_id WHERE v.employer_id = ?1 "
	    "ORDER BY v.collected_on DESC, v.id DESC", id, (void **)&d->vac,
	    &d->nvac, sizeof(*d->vac), add_vacancy)) != WB_OK)
		goto fail;
	user_candidate_sql(u, "c.partner_id", "c.consent", vis, sizeof(vis));
	/* Lasted: below, as the report's durable rule (report.c). */
	snprintf(sql, sizeof(sql), "SELECT pl.start_date, pl.end_date, "
	    "vp.code || '/' || v.ref, iif(%s, cp.code || '/' || c.ref, ''), "
	    "pl.contract, pl.target_group, coalesce((SELECT "
	    "group_concat(instrument || CASE WHEN percentage IS NULL THEN '' "
	    "ELSE ':' || printf('%%g', percentage) END, '|') FROM (SELECT * "
	    "FROM placement_instrument "
	    "WHERE placement_id = pl.id ORDER BY instrument)), '') "
	    "FROM placement pl "
	    "JOIN vacancy v ON v.id = pl.vacancy_id "
	    "JOIN partner vp ON vp.id = v.partner_id "
	    "LEFT JOIN candidate c ON c.id = pl.candidate_id "
	    "LEFT JOIN partner cp ON cp.id = c.partner_id "
	    "WHERE v.employer_id = ?1 ORDER BY pl.start_date DESC, pl.id DESC",
	    vis);
	if ((st = collect(db, sql, id, (void **)&d->pl, &d->npl,
	    sizeof(*d->pl), add_placement)) != WB_OK)
		goto fail;
	for (i = 0; i < d->npl; i++)
		d->pl[i].lasted = lasted(d->pl[i].start, d->pl[i].end,
		    (int)months);
	if ((st = collect(db, "SELECT pi.instrument, count(*), "
	    "avg(pi.percentage) FROM placement_instrument pi JOIN placement "
	    "pl ON pl.id = pi.placement_id JOIN vacancy v ON v.id = "
	    "pl.vacancy_id WHERE v.employer_id = ?1 GROUP BY pi.instrument "
	    "ORDER BY count(*) DESC, pi.instrument", id, (void **)&d->ins,
	    &d->nins, sizeof(*d->ins), add_instrument)) != WB_OK)
		goto fail;
	if ((st = collect(db, "SELECT r.rated_on, r.score, r.nps, "
	    "coalesce(r.comment, ''), coalesce(u.login, '') FROM "
	    "employer_rating r LEFT JOIN app_user u ON u.id = r.by_user_id "
	    "WHERE r.employer_id = ?1 ORDER BY r.rated_on DESC, r.id DESC", id,
	    (void **)&d->rt, &d->nrt, sizeof(*d->rt), add_rating)) != WB_OK)
		goto fail;
	memset(&cf, 0, sizeof(cf));
	cf.employer_id = id;
	if ((st = contact_list(db, u, &cf, &d->ct, &d->nct)) != WB_OK)
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
		free(d->pl[i].instruments);
	}
	free(d->pl);
	for (i = 0; i < d->nrt; i++)
		free(d->rt[i].comment);
	free(d->rt);
	free(d->ins);
	contact_entries_free(d->ct, d->nct);
	memset(d, 0, sizeof(*d));
}
