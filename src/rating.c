/*
 * rating.c: ratings taken where they happen and the half-yearly survey
 * (rating.h).  The sample is drawn by a Fisher-Yates shuffle of the
 * employers in id order with splitmix64 from the seed, so the same data,
 * half and seed give the same sample on any machine.
 */
#include "werkbank/rating.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "werkbank/audit.h"
#include "werkbank/date.h"
#include "werkbank/i18n.h"
#include "werkbank/validate.h"
#include "werkbank/xmalloc.h"

#include "contact-int.h"

#define COMMENT_MAX	4000

const char rating_served_sql[] =
    "SELECT id, max(v) AS v, max(p) AS p, max(c) AS c FROM ("
    "SELECT employer_id AS id, 1 AS v, 0 AS p, 0 AS c FROM vacancy "
    "WHERE collected_on <= ?2 AND (closed_on IS NULL OR closed_on >= ?1) "
    "UNION ALL SELECT v.employer_id, 0, 1, 0 FROM placement pl "
    "JOIN vacancy v ON v.id = pl.vacancy_id "
    "WHERE pl.start_date BETWEEN ?1 AND ?2 "
    "UNION ALL SELECT employer_id, 0, 0, 1 FROM employer_contact "
    "WHERE contact_on BETWEEN ?1 AND ?2) GROUP BY id";

/* The user a login names: its id, or 0 with the reason in err. */
static long long
user_of(struct db *db, const char *login, char *err, size_t errlen)
{
	sqlite3_stmt	*stmt;
	long long	 id = 0;

	if (db_prepare(db, "SELECT id FROM app_user WHERE login = ?1 AND "
	    "active", &stmt) != WB_OK) {
		contact_err(err, errlen, "by", "%s", db_error(db));
		return 0;
	}
	sqlite3_bind_text(stmt, 1, login, -1, SQLITE_TRANSIENT);
	if (sqlite3_step(stmt) == SQLITE_ROW)
		id = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	if (id == 0)
		contact_err(err, errlen, "by", _("'%s' is not a werkbank user; "
		    "ask the coordinator"), login);
	return id;
}

/* Parse what was typed; out: score, nps (-1), date, by's id. */
static enum wb_status
check(struct db *db, const struct rating_new *r, int *score, int *nps,
    char date[11], long long *by, char *err, size_t errlen)
{
	char	why[VERR];
	long	l;
	int	day;

	err[0] = '\0';
	*score = *nps = -1;
	*by = 0;
	if (r->score == NULL || *r->score == '\0')
		contact_err(err, errlen, "score", "%s", r->nps != NULL &&
		    *r->nps != '\0' ? _("required: an NPS answer is kept only "
		    "beside a rating (1 to 10)") : _("required (1 to 10)"));
	else if (validate_int(r->score, 1, 10, &l, why) != WB_OK)
		contact_err(err, errlen, "score", "%s", why);
	else
		*score = (int)l;
	if (r->nps != NULL && *r->nps != '\0') {
		if (validate_int(r->nps, 0, 10, &l, why) != WB_OK)
			contact_err(err, errlen, "nps", "%s", why);
		else
			*nps = (int)l;
	}
	if (r->comment != NULL && validate_text(r->comment, 1, COMMENT_MAX,
	    why) != WB_OK)
		contact_err(err, errlen, "comment", "%s", why);
	if (r->date == NULL || *r->date == '\0')
		date_format(date_today(), date);
	else if (validate_date(r->date, date, why) != WB_OK)
		contact_err(err, errlen, "date", "%s", why);
	else if (date_parse(date, &day) == WB_OK && day > date_today())
		contact_err(err, errlen, "date", _("%s is after today: a "
		    "rating is given on a day that has come"), date);
	if (db != NULL && r->by != NULL && *r->by != '\0')
		*by = user_of(db, r->by, err, errlen);
	return err[0] != '\0' ? WB_INVALID : WB_OK;
}

enum wb_status
rating_check(struct db *db, const struct rating_new *r, char *err,
    size_t errlen)
{
	int		score, nps;
	long long	by;
	char		date[11];

	return check(db, r, &score, &nps, date, &by, err, errlen);
}

enum wb_status
rating_add(struct db *db, const struct user_ctx *u, const struct rating_new *r,
    long long *id)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	long long	 by, got;
	char		 date[11], err[1024], detail[96];
	int		 score, nps, rc;

	if ((st = user_require(db, u, PERM_CONTACTS)) != WB_OK)
		return st;
	if (check(db, r, &score, &nps, date, &by, err, sizeof(err)) != WB_OK)
		return db_set_error(db, WB_INVALID, "%s", err);
	if (by == 0)
		by = u->id;
	if ((st = db_begin(db)) != WB_OK)
		return st;
	if ((st = contact_employer_exists(db, r->employer_id)) != WB_OK)
		goto fail;
	if ((st = db_prepare(db, "INSERT INTO employer_rating (employer_id, "
	    "rated_on, score, nps, comment, by_user_id) VALUES (?1, ?2, ?3, "
	    "?4, ?5, ?6)", &stmt)) != WB_OK)
		goto fail;
	sqlite3_bind_int64(stmt, 1, r->employer_id);
	sqlite3_bind_text(stmt, 2, date, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(stmt, 3, score);
	if (nps >= 0)
		sqlite3_bind_int(stmt, 4, nps);
	if (r->comment != NULL && strspn(r->comment, " \t\r\n") !=
	    strlen(r->comment))
		sqlite3_bind_text(stmt, 5, r->comment, -1, SQLITE_TRANSIENT);
	if (by != 0)
		sqlite3_bind_int64(stmt, 6, by);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE) {
		st = db_fail(db, _("storing the rating"));
		goto fail;
	}
	got = sqlite3_last_insert_rowid(db_sqlite(db));
	snprintf(detail, sizeof(detail), "employer=%lld score=%d nps=%d",
	    r->employer_id, score, nps);
	if ((st = audit_commit(db, u->login, "create", "rating", got,
	    detail)) != WB_OK)
		return st;
	if (id != NULL)
		*id = got;
	return WB_OK;
fail:
	db_rollback(db);
	return st;
}

enum wb_status
rating_half_parse(const char *s, int *from, int *to)
{
	int	y, h;
	char	c;

	if (s == NULL || strlen(s) != 6 || sscanf(s, "%4d%c%1d", &y, &c, &h) !=
	    3 || (c != 'H' && c != 'h') || (h != 1 && h != 2) ||
	    !isdigit((unsigned char)s[0]) || y < 1900 || y > 9999)
		return WB_INVALID;
	if (date_from_ymd(y, h == 1 ? 1 : 7, 1, from) != WB_OK ||
	    date_from_ymd(y, h == 1 ? 6 : 12, h == 1 ? 30 : 31, to) != WB_OK)
		return WB_INVALID;
	return WB_OK;
}

void
rating_half_of(int day, int *from, int *to, char *name)
{
	int	y, m, d;

	date_to_ymd(day, &y, &m, &d);
	snprintf(name, 8, "%04dH%d", y % 10000, m <= 6 ? 1 : 2);
	(void)rating_half_parse(name, from, to);
}

static uint64_t
splitmix(uint64_t *s)
{
	uint64_t	z = (*s += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static int
by_id(const void *a, const void *b)
{
	const struct survey_employer	*x = a, *y = b;

	return x->id < y->id ? -1 : x->id > y->id;
}

static int
by_name(const void *a, const void *b)
{
	const struct survey_employer	*x = a, *y = b;
	int				 c = strcasecmp(x->name, y->name);

	return c != 0 ? c : by_id(a, b);
}

/* Mark `want` of the employers that did not rate, drawn from seed. */
static void
draw(struct survey *s, long want)
{
	size_t	*pool, n = 0, i, j, tmp;
	uint64_t state = s->seed;

	qsort(s->e, s->n, sizeof(*s->e), by_id);
	pool = xreallocarray(NULL, s->n ? s->n : 1, sizeof(*pool));
	for (i = 0; i < s->n; i++)
		if (s->e[i].score < 0)
			pool[n++] = i;
	for (i = 0; i < n && (long)i < want; i++) {
		j = i + (size_t)(splitmix(&state) % (uint64_t)(n - i));
		tmp = pool[i];
		pool[i] = pool[j];
		pool[j] = tmp;
		s->e[pool[i]].sampled = 1;
		s->sampled++;
	}
	free(pool);
}

enum wb_status
survey_compute(struct db *db, const char *half, long sample,
    unsigned long long seed, int seed_given, struct survey *s)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	size_t		 cap = 0;
	char		 from[11], to[11], *sql;
	int		 rc;

	memset(s, 0, sizeof(*s));
	if (half == NULL || *half == '\0')
		rating_half_of(date_today(), &s->from, &s->to, s->half);
	else if (rating_half_parse(half, &s->from, &s->to) != WB_OK)
		return db_set_error(db, WB_INVALID, _("--half: '%s' is not a "
		    "half-year (2026H1 or 2026H2)"), half);
	else
		snprintf(s->half, sizeof(s->half), "%.4sH%c", half, half[5]);
	date_format(s->from, from);
	date_format(s->to, to);
	sql = xasprintf("WITH s AS (%s), r AS (SELECT employer_id, score, "
	    "nps, rated_on, row_number() OVER (PARTITION BY employer_id "
	    "ORDER BY rated_on DESC, id DESC) AS k FROM employer_rating "
	    "WHERE rated_on BETWEEN ?1 AND ?2) "
	    "SELECT e.id, coalesce(p.code || '/' || e.ref, e.name || '@' || "
	    "e.pc4), e.name, coalesce(u.login, ''), s.v, s.p, s.c, "
	    "coalesce(r.score, -1), coalesce(r.nps, -1), "
	    "coalesce(r.rated_on, '') FROM s JOIN employer e ON e.id = s.id "
	    "LEFT JOIN partner p ON p.id = e.partner_id "
	    "LEFT JOIN app_user u ON u.id = e.account_manager_id "
	    "LEFT JOIN r ON r.employer_id = e.id AND r.k = 1 ORDER BY e.id",
	    rating_served_sql);
	st = db_prepare(db, sql, &stmt);
	free(sql);
	if (st != WB_OK)
		return st;
	sqlite3_bind_text(stmt, 1, from, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(stmt, 2, to, -1, SQLITE_TRANSIENT);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		struct survey_employer	*e;

		if (s->n == cap) {
			cap = cap ? cap * 2 : 64;
			s->e = xreallocarray(s->e, cap, sizeof(*s->e));
		}
		e = &s->e[s->n++];
		memset(e, 0, sizeof(*e));
		e->id = sqlite3_column_int64(stmt, 0);
		e->key = db_column_dup(stmt, 1);
		e->name = db_column_dup(stmt, 2);
		db_column_copy(e->manager, sizeof(e->manager), stmt, 3);
		e->vacancy = sqlite3_column_int(stmt, 4);
		e->placement = sqlite3_column_int(stmt, 5);
		e->contact = sqlite3_column_int(stmt, 6);
		e->score = sqlite3_column_int(stmt, 7);
		e->nps = sqlite3_column_int(stmt, 8);
		db_column_copy(e->rated_on, sizeof(e->rated_on), stmt, 9);
		if (e->score >= 0)
			s->rated++;
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE) {
		survey_free(s);
		return db_fail(db, _("reading the employers served"));
	}
	sql = xasprintf("SELECT count(DISTINCT employer_id) FROM "
	    "employer_rating WHERE rated_on BETWEEN ?1 AND ?2 AND employer_id "
	    "NOT IN (SELECT id FROM (%s))", rating_served_sql);
	st = db_prepare(db, sql, &stmt);
	free(sql);
	if (st != WB_OK) {
		survey_free(s);
		return st;
	}
	sqlite3_bind_text(stmt, 1, from, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(stmt, 2, to, -1, SQLITE_TRANSIENT);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
		s->rated_unserved = (size_t)sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW) {
		survey_free(s);
		return db_fail(db, _("reading the ratings"));
	}
	s->seed = seed_given ? seed : (unsigned long long)(atoi(s->half) *
	    10 + (s->half[5] - '0'));
	if (sample > 0)
		draw(s, sample);
	qsort(s->e, s->n, sizeof(*s->e), by_name);
	return WB_OK;
}

void
survey_free(struct survey *s)
{
	size_t	i;

	for (i = 0; s->e != NULL && i < s->n; i++) {
		free(s->e[i].key);
		free(s->e[i].name);
	}
	free(s->e);
	s->e = NULL;
	s->n = 0;
}
