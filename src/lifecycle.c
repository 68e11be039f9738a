/*
 * lifecycle.c: hold, reopen and withdraw a vacancy, and expire it at its
 * deadline (see lifecycle.h for the rules and when expiry runs).
 */
#include "werkbank/lifecycle.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/date.h"
#include "werkbank/i18n.h"
#include "werkbank/record.h"
#include "werkbank/validate.h"
#include "werkbank/vocab.h"
#include "werkbank/xmalloc.h"

#define NOTE_MAX	500

static const char *const action_names[LIFECYCLE_NACTIONS] = {
	[LIFECYCLE_HOLD] = "hold",
	[LIFECYCLE_REOPEN] = "reopen",
	[LIFECYCLE_WITHDRAW] = "withdraw",
};

/* The status each action leads to, and the ones it may start from. */
static const struct {
	const char	*to;
	const char	*from[3];
} actions[LIFECYCLE_NACTIONS] = {
	[LIFECYCLE_HOLD] = { "on_hold", { "open", NULL, NULL } },
	[LIFECYCLE_REOPEN] = { "open", { "on_hold", NULL, NULL } },
	[LIFECYCLE_WITHDRAW] = { "ingetrokken", { "open", "on_hold", NULL } },
};

const char *
lifecycle_action_name(enum lifecycle_action a)
{
	return (unsigned)a < LIFECYCLE_NACTIONS ? action_names[a] : "?";
}

enum wb_status
lifecycle_action_parse(const char *s, enum lifecycle_action *out)
{
	int	i;

	for (i = 0; i < LIFECYCLE_NACTIONS; i++)
		if (s != NULL && strcmp(s, action_names[i]) == 0) {
			*out = (enum lifecycle_action)i;
			return WB_OK;
		}
	return WB_INVALID;
}

static int
may(enum lifecycle_action a, const char *status)
{
	int	i;

	for (i = 0; i < 3 && actions[a].from[i] != NULL; i++)
		if (strcmp(actions[a].from[i], status) == 0)
			return 1;
	return 0;
}

char *
lifecycle_next(const char *status, char *buf, size_t len)
{
	size_t	n = 0;
	int	i;

	buf[0] = '\0';
	for (i = 0; i < LIFECYCLE_NACTIONS; i++)
		if (may((enum lifecycle_action)i, status) && n < len)
			n += (size_t)snprintf(buf + n, len - n, "%s%s",
			    n ? ", " : "", action_names[i]);
	if (n == 0)
		snprintf(buf, len, "%s", _("none: it is final"));
	return buf;
}

enum wb_status
lifecycle_change(struct db *db, const struct user_ctx *u, long long id,
    long long version, enum lifecycle_action a, const char *note,
    struct lifecycle_result *res)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	char		 key[80], deadline[11], today[11], next[96], err[VERR];
	char		 detail[NOTE_MAX + 64], at[32], what[320];
	long long	 cur;
	int		 rc;

	memset(res, 0, sizeof(*res));
	if ((unsigned)a >= LIFECYCLE_NACTIONS)
		return db_set_error(db, WB_INVALID, "%s", _("unknown action"));
	if ((st = user_require(db, u, PERM_VACANCIES)) != WB_OK)
		return st;
	if (note != NULL && *note != '\0' &&
	    validate_text(note, 0, NOTE_MAX, err) != WB_OK)
		return db_set_error(db, WB_INVALID, _("note: %s"), err);
	date_format(date_today(), today);

	if ((st = db_begin(db)) != WB_OK)
		return st;
	if ((st = db_prepare(db, "SELECT p.code || '/' || v.ref, v.status, "
	    "coalesce(v.deadline, ''), v.version FROM vacancy v JOIN partner p "
	    "ON p.id = v.partner_id WHERE v.id = ?1", &stmt)) != WB_OK)
		goto fail;
	sqlite3_bind_int64(stmt, 1, id);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		snprintf(key, sizeof(key), "%s", sqlite3_column_text(stmt, 0));
		snprintf(res->from, sizeof(res->from), "%s",
		    sqlite3_column_text(stmt, 1));
		snprintf(deadline, sizeof(deadline), "%s",
		    sqlite3_column_text(stmt, 2));
		cur = sqlite3_column_int64(stmt, 3);
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW) {
		st = rc == SQLITE_DONE ? db_set_error(db, WB_NOT_FOUND,
		    _("no vacancy with id %lld"), id) :
		    db_fail(db, _("reading the vacancy"));
		goto fail;
	}
	if (version != 0 && version != cur) {
		if (audit_last(db, "vacancy", id, &res->stale) == WB_OK)
			st = db_set_error(db, WB_STALE, _("%s was changed by "
			    "%s at %s (%s) since you read it; it is now %s"),
			    key, res->stale.login, date_time_local(
			    res->stale.at, at, sizeof(at)),
			    record_change_shown(REC_VACANCY, &res->stale, 0,
			    what, sizeof(what)), vocab_word(
			    VOCAB_VACANCY_STATUS, res->from));
		else
			st = db_set_error(db, WB_STALE, _("%s was changed by "
			    "someone else since you read it; it is now %s"),
			    key, vocab_word(VOCAB_VACANCY_STATUS, res->from));
		goto fail;
	}
	if (!may(a, res->from)) {
		st = db_set_error(db, WB_INVALID, _("%s is %s: it cannot %s "
		    "(what may follow: %s)"), key, vocab_word(
		    VOCAB_VACANCY_STATUS, res->from),
		    action_names[a], lifecycle_next(res->from, next,
		    sizeof(next)));
		goto fail;
	}
	if (a == LIFECYCLE_REOPEN && *deadline != '\0' &&
	    strcmp(deadline, today) < 0) {
		res->deadline_passed = 1;
		st = db_set_error(db, WB_INVALID, _("%s's deadline %s has "
		    "passed: give it a new deadline first"), key, deadline);
		goto fail;
	}
	snprintf(res->to, sizeof(res->to), "%s", actions[a].to);
	if ((st = db_prepare(db, "UPDATE vacancy SET status = ?2, closed_on = "
	    "iif(?2 = 'open' OR ?2 = 'on_hold', NULL, ?3), version = version "
	    "+ 1, updated_at = datetime('now') WHERE id = ?1 RETURNING "
	    "version", &stmt)) != WB_OK)
		goto fail;
	sqlite3_bind_int64(stmt, 1, id);
	sqlite3_bind_text(stmt, 2, res->to, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 3, today, -1, SQLITE_STATIC);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
		res->version = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW) {
		st = db_fail(db, _("writing the vacancy"));
		goto fail;
	}
	if (note != NULL && *note != '\0')
		snprintf(detail, sizeof(detail), "status=%s note=%s", res->to,
		    note);
	else
		snprintf(detail, sizeof(detail), "status=%s", res->to);
	return audit_commit(db, u->login, "update", "vacancy", id, detail);
fail:
	db_rollback(db);
	return st;
}

enum wb_status
lifecycle_expire_due(struct db *db, long long *n)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	char		 today[11], detail[64], (*dl)[11] = NULL;
	long long	 due = 0, done = 0, cap = 0, i, *ids = NULL;
	int		 rc;

	if (n != NULL)
		*n = 0;
	date_format(date_today(), today);
	/* The usual case, read only: nothing is due. */
	if ((st = db_prepare(db, "SELECT EXISTS (SELECT 1 FROM vacancy WHERE "
	    "(status = 'open' OR status = 'on_hold') AND deadline < ?1)",
	    &stmt)) != WB_OK)
		return st;
	sqlite3_bind_text(stmt, 1, today, -1, SQLITE_STATIC);
	if (sqlite3_step(stmt) == SQLITE_ROW)
		due = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	if (!due)
		return WB_OK;
	if ((st = db_begin(db)) != WB_OK)
		return st;
	if ((st = db_prepare(db, "UPDATE vacancy SET status = 'verlopen', "
	    "closed_on = deadline, version = version + 1, updated_at = "
	    "datetime('now') WHERE (status = 'open' OR status = 'on_hold') "
	    "AND deadline < ?1 RETURNING id, deadline", &stmt)) != WB_OK)
		goto fail;
	sqlite3_bind_text(stmt, 1, today, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if (done == cap) {
			cap = cap ? cap * 2 : 16;
			ids = xreallocarray(ids, (size_t)cap, sizeof(*ids));
			dl = xreallocarray(dl, (size_t)cap, sizeof(*dl));
		}
		ids[done] = sqlite3_column_int64(stmt, 0);
		snprintf(dl[done], sizeof(dl[done]), "%s",
		    sqlite3_column_text(stmt, 1));
		done++;
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE) {
		st = db_fail(db, _("expiring vacancies"));
		goto fail;
	}
	/* After the UPDATE has finished: an audit row per vacancy. */
	for (i = 0; i < done; i++) {
		snprintf(detail, sizeof(detail), "status=verlopen deadline=%s",
		    dl[i]);
		if ((st = audit_append(db, LIFECYCLE_SYSTEM_LOGIN, "update",
		    "vacancy", ids[i], detail)) != WB_OK)
			goto fail;
	}
	if ((st = db_commit(db)) != WB_OK)
		goto fail;
	if (n != NULL)
		*n = done;
	free(ids);
	free(dl);
	return WB_OK;
fail:
	db_rollback(db);
	free(ids);
	free(dl);
	return st;
}
