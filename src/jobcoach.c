/*
 * jobcoach.c: a placement's jobcoach (jobcoach.h): read, checked and
 * saved field by field with every problem named at once, taken away,
 * and the list of placements whose agreed jobcoaching has not started.
 */
#include "werkbank/jobcoach.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/audit.h"
#include "werkbank/date.h"
#include "werkbank/i18n.h"
#include "werkbank/validate.h"
#include "werkbank/vocab.h"
#include "werkbank/xmalloc.h"

#define NOTE_MAX	500
#define WAIT_DAYS	14

static enum wb_status
read_row(struct db *db, long long placement_id, struct jobcoach *j,
    int *has_coach)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	int		 rc;

	memset(j, 0, sizeof(*j));
	j->placement_id = placement_id;
	j->hours = -1;
	*has_coach = 0;
	if ((st = db_prepare(db, "SELECT pl.start_date, coalesce(p.code || "
	    "'/' || v.ref, ''), j.placement_id, j.coach, j.paid_by, "
	    "j.start_date, j.hours, j.end_date, j.note, j.version FROM "
	    "placement pl LEFT JOIN vacancy v ON v.id = pl.vacancy_id "
	    "LEFT JOIN partner p ON p.id = v.partner_id LEFT JOIN "
	    "placement_jobcoach j ON j.placement_id = pl.id WHERE pl.id = ?",
	    &stmt)) != WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, placement_id);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		db_column_copy(j->placement_start, sizeof(j->placement_start),
		    stmt, 0);
		db_column_copy(j->vacancy, sizeof(j->vacancy), stmt, 1);
		if (sqlite3_column_type(stmt, 2) != SQLITE_NULL) {
			*has_coach = 1;
			db_column_copy(j->coach, sizeof(j->coach), stmt, 3);
			db_column_copy(j->paid_by, sizeof(j->paid_by), stmt, 4);
			db_column_copy(j->start, sizeof(j->start), stmt, 5);
			if (sqlite3_column_type(stmt, 6) != SQLITE_NULL)
				j->hours = sqlite3_column_double(stmt, 6);
			db_column_copy(j->end, sizeof(j->end), stmt, 7);
			db_column_copy(j->note, sizeof(j->note), stmt, 8);
			j->version = sqlite3_column_int64(stmt, 9);
		}
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_fail(db, _("reading the placement"));
	if (rc == SQLITE_DONE)
		return db_set_error(db, WB_NOT_FOUND, _("no placement %lld"),
		    placement_id);
	return WB_OK;
}

enum wb_status
jobcoach_get(struct db *db, long long placement_id, struct jobcoach *j)
{
	enum wb_status	st;
	int		has;

	if ((st = read_row(db, placement_id, j, &has)) != WB_OK)
		return st;
	if (!has)
		return db_set_error(db, WB_NOT_FOUND, _("placement %lld has no "
		    "jobcoach"), placement_id);
	return WB_OK;
}

/* Problems found, "field: reason; field: reason". */
struct problems {
	char	text[1024];
	size_t	len;
};

static void
problem(struct problems *p, const char *field, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void
problem(struct problems *p, const char *field, const char *fmt, ...)
{
	va_list	ap;

	if (p->len + 2 >= sizeof(p->text))
		return;
	p->len += (size_t)snprintf(p->text + p->len, sizeof(p->text) - p->len,
	    "%s%s: ", p->len > 0 ? "; " : "", field);
	if (p->len >= sizeof(p->text))
		return;
	va_start(ap, fmt);
	p->len += (size_t)vsnprintf(p->text + p->len, sizeof(p->text) - p->len,
	    fmt, ap);
	va_end(ap);
	if (p->len >= sizeof(p->text))
		p->len = sizeof(p->text) - 1;
}

/* A date field: "" clears; checked against the placement and today. */
static void
check_day(struct problems *p, const char *field, const char *typed,
    char *out, const char *today)
{
	char	err[VERR];

	if (typed == NULL)
		return;
	out[0] = '\0';
	if (*typed == '\0')
		return;
	if (validate_date(typed, out, err) != WB_OK) {
		problem(p, field, "%s", err);
		out[0] = '\0';
	} else if (strcmp(out, today) > 0)
		problem(p, field, _("%s is in the future; record it when it "
		    "has happened"), out);
}

/* The stored values with the typed ones applied and checked. */
static void
merge(struct jobcoach *j, const struct jobcoach_input *in, struct problems *p)
{
	char		 err[VERR], today[11];
	const char	*code;
	double		 h;

	date_format(date_today(), today);
	if (in->coach != NULL && validate_text(in->coach, 0,
	    sizeof(j->coach) - 1, err) != WB_OK)
		problem(p, _("coach"), "%s", err);
	else {
		if (in->coach != NULL)
			snprintf(j->coach, sizeof(j->coach), "%s", in->coach);
		if (j->coach[0] == '\0')
			problem(p, _("coach"), "%s", _("say who coaches: a "
			    "person or an organisation"));
	}
	if (in->paid_by != NULL) {
		j->paid_by[0] = '\0';
		if (*in->paid_by != '\0') {
			if (vocab_parse(VOCAB_JOBCOACH_PAYER, in->paid_by,
			    &code, err, sizeof(err)) != WB_OK)
				problem(p, _("paid by"), "%s", err);
			else
				snprintf(j->paid_by, sizeof(j->paid_by), "%s",
				    code);
		}
	}
	check_day(p, _("start"), in->start, j->start, today);
	if (in->start != NULL && j->start[0] != '\0' &&
	    strcmp(j->start, j->placement_start) < 0)
		problem(p, _("start"), _("%s is before the placement started "
		    "(%s)"), j->start, j->placement_start);
	if (in->hours != NULL) {
		j->hours = -1;
		if (*in->hours != '\0') {
			if (validate_number_unit(in->hours, NUM_UNIT_HOURS, 0,
			    48, &h, err) != WB_OK)
				problem(p, _("hours"), "%s", err);
			else if (h <= 0)
				problem(p, _("hours"), "%s", _("give the hours a "
				    "week, more than 0"));
			else
				j->hours = h;
		}
	}
	check_day(p, _("end"), in->end, j->end, today);
	if (j->end[0] != '\0' && j->start[0] == '\0')
		problem(p, _("end"), "%s", _("an end needs a start"));
	else if (j->end[0] != '\0' && strcmp(j->end, j->start) < 0)
		problem(p, _("end"), _("%s is before the start (%s)"), j->end,
		    j->start);
	if (in->note != NULL) {
		if (validate_text(in->note, 1, NOTE_MAX, err) != WB_OK)
			problem(p, _("note"), "%s", err);
		else
			snprintf(j->note, sizeof(j->note), "%s", in->note);
	}
}

static void
bind_text_or_null(sqlite3_stmt *stmt, int i, const char *s)
{
	if (s != NULL && *s != '\0')
		sqlite3_bind_text(stmt, i, s, -1, SQLITE_STATIC);
}

enum wb_status
jobcoach_save(struct db *db, const struct user_ctx *u,
    const struct jobcoach_input *in, int *created)
{
	struct jobcoach		 j;
	struct problems		 p;
	sqlite3_stmt		*stmt;
	enum wb_status		 st;
	char			 detail[64];
	int			 rc, has;

	*created = 0;
	if ((st = user_require(db, u, PERM_PIPELINE)) != WB_OK)
		return st;
	if ((st = db_begin(db)) != WB_OK)
		return st;
	if ((st = read_row(db, in->placement_id, &j, &has)) != WB_OK)
		goto fail;
	if (has && in->version != 0 && in->version != j.version) {
		st = db_set_error(db, WB_STALE, _("the jobcoach of placement "
		    "%lld was changed by someone else since you read it"),
		    in->placement_id);
		goto fail;
	}
	memset(&p, 0, sizeof(p));
	merge(&j, in, &p);
	if (p.len > 0) {
		st = db_set_error(db, WB_INVALID, "%s", p.text);
		goto fail;
	}
	if ((st = db_prepare(db, "INSERT INTO placement_jobcoach "
	    "(placement_id, coach, paid_by, start_date, hours, end_date, note) "
	    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (placement_id) "
	    "DO UPDATE SET coach = ?2, paid_by = ?3, start_date = ?4, "
	    "hours = ?5, end_date = ?6, note = ?7, version = version + 1, "
	    "updated_at = datetime('now')", &stmt)) != WB_OK)
		goto fail;
	sqlite3_bind_int64(stmt, 1, in->placement_id);
	sqlite3_bind_text(stmt, 2, j.coach, -1, SQLITE_STATIC);
	bind_text_or_null(stmt, 3, j.paid_by);
	bind_text_or_null(stmt, 4, j.start);
	if (j.hours > 0)
		sqlite3_bind_double(stmt, 5, j.hours);
	bind_text_or_null(stmt, 6, j.end);
	bind_text_or_null(stmt, 7, j.note);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE) {
		st = db_fail(db, _("recording the jobcoach"));
		goto fail;
	}
	if ((st = db_prepare(db, "INSERT OR IGNORE INTO placement_instrument "
	    "(placement_id, instrument) VALUES (?, 'jobcoach')", &stmt)) !=
	    WB_OK)
		goto fail;
	sqlite3_bind_int64(stmt, 1, in->placement_id);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE) {
		st = db_fail(db, _("recording the instruments"));
		goto fail;
	}
	*created = !has;
	snprintf(detail, sizeof(detail), "jobcoach %s%s", has ? "changed" :
	    "added", j.start[0] != '\0' ? " started" : "");
	return audit_commit(db, u->login, "update", "placement",
	    in->placement_id, detail);
fail:
	db_rollback(db);
	return st;
}

enum wb_status
jobcoach_remove(struct db *db, const struct user_ctx *u, long long placement_id)
{
	struct jobcoach	 j;
	enum wb_status	 st;
	char		 sql[160];
	long long	 had;
	int		 has;

	if ((st = user_require(db, u, PERM_PIPELINE)) != WB_OK)
		return st;
	if ((st = db_begin(db)) != WB_OK)
		return st;
	if ((st = read_row(db, placement_id, &j, &has)) != WB_OK)
		goto fail;
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM placement_instrument "
	    "WHERE placement_id = %lld AND instrument = 'jobcoach'",
	    placement_id);
	if ((st = db_query_int(db, sql, &had)) != WB_OK)
		goto fail;
	if (!has && had == 0) {
		st = db_set_error(db, WB_NOT_FOUND, _("placement %lld has no "
		    "jobcoach"), placement_id);
		goto fail;
	}
	snprintf(sql, sizeof(sql), "DELETE FROM placement_jobcoach WHERE "
	    "placement_id = %lld", placement_id);
	if ((st = db_exec(db, sql)) != WB_OK)
		goto fail;
	snprintf(sql, sizeof(sql), "DELETE FROM placement_instrument WHERE "
	    "placement_id = %lld AND instrument = 'jobcoach'", placement_id);
	if ((st = db_exec(db, sql)) != WB_OK)
		goto fail;
	return audit_commit(db, u->login, "update", "placement", placement_id,
	    "jobcoach removed");
fail:
	db_rollback(db);
	return st;
}

int
jobcoach_wait_days(struct db *db)
{
	long long	v;

	if (db_query_int(db, "SELECT coalesce((SELECT CAST(value AS INTEGER) "
	    "FROM setting WHERE key = 'jobcoach_wait_days'), 14)", &v) !=
	    WB_OK || v < 0 || v > 365)
		return WAIT_DAYS;
	return (int)v;
}

enum wb_status
jobcoach_waiting_list(struct db *db, const struct user_ctx *u, int days,
    struct jobcoach_waiting **out, size_t *n)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	size_t		 cap = 0;
	char		 today[11], until[11];
	int		 rc, t = date_today();

	*out = NULL;
	*n = 0;
	if (days < 0)
		days = jobcoach_wait_days(db);
	date_format(t, today);
	date_format(t - days, until);
	if ((st = db_prepare(db, "SELECT pl.id, coalesce(vp.code || '/' || "
	    "v.ref, ''), coalesce(cp.code || '/' || c.ref, ''), pp.code, "
	    "pl.start_date, CAST(julianday(?1) - julianday(pl.start_date) AS "
	    "INTEGER), coalesce(j.coach, ''), pl.partner_id, "
	    "coalesce(c.consent, 0) FROM placement pl "
	    "JOIN partner pp ON pp.id = pl.partner_id "
	    "LEFT JOIN placement_jobcoach j ON j.placement_id = pl.id "
	    "LEFT JOIN vacancy v ON v.id = pl.vacancy_id "
	    "LEFT JOIN partner vp ON vp.id = v.partner_id "
	    "LEFT JOIN candidate c ON c.id = pl.candidate_id "
	    "LEFT JOIN partner cp ON cp.id = c.partner_id "
	    "WHERE pl.start_date <= ?2 AND (pl.end_date IS NULL OR "
	    "pl.end_date > ?1) AND j.start_date IS NULL AND (j.placement_id "
	    "IS NOT NULL OR EXISTS (SELECT 1 FROM placement_instrument i WHERE "
	    "i.placement_id = pl.id AND i.instrument = 'jobcoach')) "
	    "ORDER BY pl.start_date, pl.id", &stmt)) != WB_OK)
		return st;
	sqlite3_bind_text(stmt, 1, today, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(stmt, 2, until, -1, SQLITE_TRANSIENT);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		struct jobcoach_waiting	*w;

		if (*n == cap) {
			cap = cap ? cap * 2 : 16;
			*out = xreallocarray(*out, cap, sizeof(**out));
		}
		w = &(*out)[(*n)++];
		memset(w, 0, sizeof(*w));
		w->placement_id = sqlite3_column_int64(stmt, 0);
		db_column_copy(w->vacancy, sizeof(w->vacancy), stmt, 1);
		if (user_can_see_candidate(u, sqlite3_column_int64(stmt, 7),
		    sqlite3_column_int(stmt, 8)))
			db_column_copy(w->candidate, sizeof(w->candidate),
			    stmt, 2);
		db_column_copy(w->partner, sizeof(w->partner), stmt, 3);
		db_column_copy(w->start, sizeof(w->start), stmt, 4);
		w->days = sqlite3_column_int(stmt, 5);
		db_column_copy(w->coach, sizeof(w->coach), stmt, 6);
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE) {
		free(*out);
		*out = NULL;
		*n = 0;
		return db_fail(db, _("reading the placements"));
	}
	return WB_OK;
}
