/*
 * followup.c: which placements are due for their durable check, and
 * recording the answer (rules in followup.h).
 */
#include "werkbank/followup.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/date.h"
#include "werkbank/i18n.h"
#include "werkbank/validate.h"
#include "werkbank/xmalloc.h"

static enum wb_status	setting_int(struct db *, const char *, int, int *);
static int		cmp_item(const void *, const void *);
static int		day_of(const char *);

static enum wb_status
setting_int(struct db *db, const char *key, int dflt, int *out)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	int		 rc;

	*out = dflt;
	if ((st = db_prepare(db, "SELECT value FROM setting WHERE key = ?",
	    &stmt)) != WB_OK)
		return st;
	sqlite3_bind_text(stmt, 1, key, -1, SQLITE_STATIC);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		const char	*v = (const char *)sqlite3_column_text(stmt, 0);
		char		*end;
		long		 l;

		l = v != NULL ? strtol(v, &end, 10) : 0;
		if (v != NULL && *v != '\0' && *end == '\0' && l >= 0 &&
		    l <= 1200)
			*out = (int)l;
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_fail(db, _("reading the settings"));
	return WB_OK;
}

enum wb_status
followup_settings(struct db *db, int *months, int *long_months,
    int *days_ahead)
{
	enum wb_status	st;

	if ((st = setting_int(db, "durable_months", 6, months)) != WB_OK ||
	    (st = setting_int(db, "durable_long_months", 12, long_months)) !=
	    WB_OK ||
	    (st = setting_int(db, "followup_days_ahead", 14, days_ahead)) !=
	    WB_OK)
		return st;
	if (*months < 1)
		*months = 6;
	if (*long_months <= *months)
		*long_months = 2 * *months;
	return WB_OK;
}

static int
day_of(const char *s)
{
	int	d;

	if (s == NULL || date_parse(s, &d) != WB_OK)
		return -1;
	return d;
}

static int
cmp_item(const void *a, const void *b)
{
	const struct followup_item	*x = a, *y = b;

	if (x->days != y->days)
		return x->days < y->days ? -1 : 1;
	return x->placement_id < y->placement_id ? -1 :
	    x->placement_id > y->placement_id;
}

enum wb_status
followup_due(struct db *db, const struct user_ctx *u, int days_ahead,
    struct followup_item **items, size_t *n)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	size_t		 cap = 0;
	int		 m6, m12, ahead, today = date_today(), horizon, rc;
	char		 vis[128], bound[11], *sql;

	*items = NULL;
	*n = 0;
	if ((st = followup_settings(db, &m6, &m12, &ahead)) != WB_OK)
		return st;
	if (days_ahead >= 0)
		ahead = days_ahead;
	horizon = today + ahead;
	/* A start after this cannot be due (a few days' slack for the
	 * clamping of month ends). */
	date_format(date_add_months(horizon, -m6) + 4, bound);
	sql = xasprintf("SELECT pl.id, pl.version, "
	    "coalesce(vp.code || '/' || v.ref, ''), "
	    "coalesce(cp.code || '/' || c.ref, ''), pp.code, pl.start_date, "
	    "pl.checked_6m_on, pl.checked_12m_on, coalesce(c.id, 0), "
	    "coalesce(e.name, '') FROM placement pl "
	    "JOIN partner pp ON pp.id = pl.partner_id "
	    "LEFT JOIN vacancy v ON v.id = pl.vacancy_id "
	    "LEFT JOIN partner vp ON vp.id = v.partner_id "
	    "LEFT JOIN employer e ON e.id = v.employer_id "
	    "LEFT JOIN candidate c ON c.id = pl.candidate_id "
	    "LEFT JOIN partner cp ON cp.id = c.partner_id "
	    "WHERE pl.end_date IS NULL AND (pl.checked_6m_on IS NULL OR "
	    "pl.checked_12m_on IS NULL) AND pl.start_date <= ? AND %s",
	    user_candidate_sql(u, "pl.partner_id", "coalesce(c.consent, 0)",
	    vis, sizeof(vis)));
	st = db_prepare(db, sql, &stmt);
	free(sql);
	if (st != WB_OK)
		return st;
	sqlite3_bind_text(stmt, 1, bound, -1, SQLITE_TRANSIENT);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		struct followup_item	 it;
		int			 start, due6, due12, due;

		memset(&it, 0, sizeof(it));
		if ((start = day_of((const char *)sqlite3_column_text(stmt,
		    5))) < 0)
			continue;
		due6 = date_add_months(start, m6);
		due12 = date_add_months(start, m12);
		if (sqlite3_column_type(stmt, 7) == SQLITE_NULL &&
		    due12 <= horizon) {
			it.months = m12;
			due = due12;
		} else if (sqlite3_column_type(stmt, 6) == SQLITE_NULL &&
		    due6 <= horizon) {
			it.months = m6;
			due = due6;
		} else
			continue;
		it.placement_id = sqlite3_column_int64(stmt, 0);
		it.version = sqlite3_column_int64(stmt, 1);
		snprintf(it.vacancy, sizeof(it.vacancy), "%s",
		    (const char *)sqlite3_column_text(stmt, 2));
		snprintf(it.candidate, sizeof(it.candidate), "%s",
		    (const char *)sqlite3_column_text(stmt, 3));
		snprintf(it.partner, sizeof(it.partner), "%s",
		    (const char *)sqlite3_column_text(stmt, 4));
		it.candidate_id = sqlite3_column_int64(stmt, 8);
		snprintf(it.employer, sizeof(it.employer), "%s",
		    (const char *)sqlite3_column_text(stmt, 9));
		date_format(start, it.start);
		date_format(due, it.due);
		it.days = due - today;
		if (*n == cap) {
			cap = cap ? cap * 2 : 16;
			*items = xreallocarray(*items, cap, sizeof(**items));
		}
		(*items)[(*n)++] = it;
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE) {
		free(*items);
		*items = NULL;
		*n = 0;
		return db_fail(db, _("reading the placements"));
	}
	if (*n > 1)
		qsort(*items, *n, sizeof(**items), cmp_item);
	return WB_OK;
}

enum wb_status
followup_record(struct db *db, const struct user_ctx *u,
    const struct followup_answer *a, struct followup_result *res)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	long long	 version = 0, candidate = 0;
	int		 m6, m12, ahead, today = date_today(), start = -1;
	int		 when, rc, has6 = 0, has12 = 0, ended = 0;
	char		 on[11], err[VERR], ended_on[11] = "", detail[96];
	char		 at[32];
	char		 vis[128], *sql;

	memset(res, 0, sizeof(*res));
	if ((st = user_require(db, u, PERM_FOLLOWUP)) != WB_OK)
		return st;
	if (a->date != NULL && *a->date != '\0') {
		if (validate_date(a->date, on, err) != WB_OK)
			return db_set_error(db, WB_INVALID, _("date: %s"), err);
	} else if (a->kind == FOLLOWUP_LEFT)
		return db_set_error(db, WB_INVALID, _("'left' needs the date "
		    "the person left"));
	else
		date_format(today, on);
	when = day_of(on);
	if (when > today)
		return db_set_error(db, WB_INVALID, _("%s is in the future"),
		    on);
	if ((st = followup_settings(db, &m6, &m12, &ahead)) != WB_OK)
		return st;

	if ((st = db_begin(db)) != WB_OK)
		return st;
	sql = xasprintf("SELECT pl.version, pl.candidate_id, "
	    "pl.start_date, pl.checked_6m_on IS NOT "
	    "NULL, pl.checked_12m_on IS NOT NULL, pl.end_date FROM placement "
	    "pl LEFT JOIN candidate c ON c.id = pl.candidate_id WHERE "
	    "pl.id = ? AND %s", user_candidate_sql(u, "pl.partner_id",
	    "coalesce(c.consent, 0)", vis, sizeof(vis)));
	st = db_prepare(db, sql, &stmt);
	free(sql);
	if (st != WB_OK)
		goto fail;
	sqlite3_bind_int64(stmt, 1, a->placement_id);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		version = sqlite3_column_int64(stmt, 0);
		candidate = sqlite3_column_int64(stmt, 1);
		start = day_of((const char *)sqlite3_column_text(stmt, 2));
		has6 = sqlite3_column_int(stmt, 3);
		has12 = sqlite3_column_int(stmt, 4);
		if ((ended = sqlite3_column_type(stmt, 5) != SQLITE_NULL))
			snprintf(ended_on, sizeof(ended_on), "%s",
			    (const char *)sqlite3_column_text(stmt, 5));
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		st = db_fail(db, _("reading the placement"));
		goto fail;
	}
	if (rc == SQLITE_DONE || start < 0) {
		st = db_set_error(db, WB_NOT_FOUND, _("no placement %lld"),
		    a->placement_id);
		goto fail;
	}
	if (a->version != 0 && a->version != version) {
		if (audit_last(db, "placement", a->placement_id, &res->stale) ==
		    WB_OK)
			st = db_set_error(db, WB_STALE, _("placement %lld was "
			    "changed by %s at %s (%s %s) since you read it"),
			    a->placement_id, res->stale.login,
			    date_time_local(res->stale.at, at, sizeof(at)),
			    res->stale.action, res->stale.detail);
		else
			st = db_set_error(db, WB_STALE, _("placement %lld was "
			    "changed by someone else since you read it"),
			    a->placement_id);
		goto fail;
	}
	if (ended) {
		st = db_set_error(db, WB_INVALID, _("placement %lld already "
		    "ended on %s"), a->placement_id, ended_on);
		goto fail;
	}
	if (when < start) {
		st = db_set_error(db, WB_INVALID, _("%s is before the start "
		    "of placement %lld (%s)"), on, a->placement_id,
		    date_format(start, err));
		goto fail;
	}

	if (a->kind == FOLLOWUP_STILL) {
		int	due6 = date_add_months(start, m6);
		int	due12 = date_add_months(start, m12);

		if (!has12 && due12 <= today + ahead)
			res->checked = has6 ? 12 : 18;
		else if (!has6 && due6 <= today + ahead)
			res->checked = 6;
		else {
			st = db_set_error(db, WB_INVALID, _("placement %lld is "
			    "not due for a follow-up (next check: %s)"),
			    a->placement_id, date_format(!has6 ? due6 : due12,
			    err));
			goto fail;
		}
		sql = xasprintf("UPDATE placement SET %s, version = version + "
		    "1, updated_at = datetime('now') WHERE id = ?2",
		    res->checked == 6 ? "checked_6m_on = ?1" :
		    res->checked == 12 ? "checked_12m_on = ?1" :
		    "checked_6m_on = ?1, checked_12m_on = ?1");
		snprintf(detail, sizeof(detail), "still %s", res->checked ==
		    6 ? "6m" : res->checked == 12 ? "12m" : "6m 12m");
	} else {
		sql = xstrdup("UPDATE placement SET end_date = ?1, version = "
		    "version + 1, updated_at = datetime('now') WHERE id = ?2");
		snprintf(detail, sizeof(detail), "left %s", on);
	}
	st = db_prepare(db, sql, &stmt);
	free(sql);
	if (st != WB_OK)
		goto fail;
	sqlite3_bind_text(stmt, 1, on, -1, SQLITE_STATIC);
	sqlite3_bind_int64(stmt, 2, a->placement_id);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE) {
		st = db_fail(db, _("recording the answer"));
		goto fail;
	}
	if (a->kind == FOLLOWUP_LEFT && candidate != 0) {
		/* Back in the pool (candidate.h). */
		if ((st = db_prepare(db, "UPDATE candidate SET status = "
		    "'beschikbaar', left_on = NULL, version = version + 1, "
		    "updated_at = datetime('now') WHERE id = ?1 AND status = "
		    "'geplaatst' AND NOT EXISTS (SELECT 1 FROM placement WHERE "
		    "candidate_id = ?1 AND end_date IS NULL)", &stmt)) != WB_OK)
			goto fail;
		sqlite3_bind_int64(stmt, 1, candidate);
		rc = sqlite3_step(stmt);
		sqlite3_finalize(stmt);
		if (rc != SQLITE_DONE) {
			st = db_fail(db, _("updating the candidate"));
			goto fail;
		}
		res->released = sqlite3_changes(db_sqlite(db)) > 0;
	}
	return audit_commit(db, u->login, "followup", "placement",
	    a->placement_id, detail);
fail:
	db_rollback(db);
	return st;
}
