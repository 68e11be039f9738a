/*
 * outflow.c: the reasons of outflow.h (their order for the report and
 * the word for none) and a candidate leaving the pool: the checks, the
 * candidate row, their running proposals ended and the audit rows, in
 * one transaction.
 */
#include "werkbank/outflow.h"

#include <stdio.h>
#include <string.h>

#include "werkbank/date.h"
#include "werkbank/i18n.h"
#include "werkbank/validate.h"

#define NOTE_MAX	2000

size_t
outflow_reasons(enum vocab_set set, const char **codes, size_t max)
{
	const struct vocab_entry	*e = NULL;
	size_t				 n = 0, i;

	e = vocab_entries(set, &n);
	for (i = 0; i < n && i + 1 < max; i++)
		codes[i] = e[i].code;
	if (i < max)
		codes[i++] = OUTFLOW_UNKNOWN;
	return i;
}

size_t
outflow_reason_index(enum vocab_set set, const char *code)
{
	const struct vocab_entry	*e;
	size_t				 n, i;

	e = vocab_entries(set, &n);
	for (i = 0; code != NULL && i < n; i++)
		if (strcmp(e[i].code, code) == 0)
			return i;
	return n;
}

const char *
outflow_reason_word(enum vocab_set set, const char *code)
{
	if (code == NULL || *code == '\0' || strcmp(code,
	    OUTFLOW_UNKNOWN) == 0)
		return _("unknown");
	return vocab_word(set, code);
}

const char *
outflow_leave_default(const char *status)
{
	return status != NULL && strcmp(status, "geplaatst") == 0 ?
	    "werk_via_team" : NULL;
}

enum wb_status
outflow_state_read(struct db *db, const struct user_ctx *u, long long id,
    struct outflow_state *out)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	int		 rc, seen = 0;

	memset(out, 0, sizeof(*out));
	if ((st = user_require(db, u, PERM_CANDIDATES)) != WB_OK)
		return st;
	if ((st = db_prepare(db, "SELECT p.code || '/' || c.ref, c.status, "
	    "c.registered_on, c.left_on, c.leave_reason, c.leave_note, "
	    "c.version, c.partner_id, c.consent, p.code FROM candidate c "
	    "JOIN partner p ON p.id = c.partner_id WHERE c.id = ?", &stmt)) !=
	    WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, id);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW &&
	    user_can_see_candidate(u, sqlite3_column_int64(stmt, 7),
	    sqlite3_column_int(stmt, 8))) {
		seen = 1;
		db_column_copy(out->key, sizeof(out->key), stmt, 0);
		db_column_copy(out->status, sizeof(out->status), stmt, 1);
		db_column_copy(out->registered, sizeof(out->registered), stmt,
		    2);
		db_column_copy(out->left, sizeof(out->left), stmt, 3);
		db_column_copy(out->reason, sizeof(out->reason), stmt, 4);
		db_column_copy(out->note, sizeof(out->note), stmt, 5);
		out->version = sqlite3_column_int64(stmt, 6);
		out->partner_id = sqlite3_column_int64(stmt, 7);
		db_column_copy(out->partner, sizeof(out->partner), stmt, 9);
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_fail(db, _("reading the candidate"));
	if (!seen)
		return db_set_error(db, WB_NOT_FOUND, _("no candidate with id "
		    "%lld"), id);
	if (!u->single && out->partner_id != u->partner_id)
		return db_set_error(db, WB_DENIED, _("%s is a candidate of "
		    "another partner: only %s edits them"), out->key,
		    out->partner);
	return WB_OK;
}

/* The candidate's reason for withdrawing that fits a leave reason. */
static const char *
withdraw_reason(const char *leave)
{
	if (strcmp(leave, "werk_via_team") == 0 ||
	    strcmp(leave, "werk_zelf") == 0)
		return "ander_werk";
	if (strcmp(leave, "ziek") == 0)
		return "ziek";
	return "overig";
}

struct cand {
	long long	 id, partner_id, version;
	int		 consent;
	char		 key[64], partner[9], status[16];
	char		 registered[11], left[11];
};

static enum wb_status
load(struct db *db, long long id, struct cand *c)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	int		 rc;

	memset(c, 0, sizeof(*c));
	if ((st = db_prepare(db, "SELECT c.id, c.partner_id, c.consent, "
	    "p.code || '/' || c.ref, p.code, c.status, c.registered_on, "
	    "coalesce(c.left_on, ''), c.version FROM candidate c JOIN partner "
	    "p ON p.id = c.partner_id WHERE c.id = ?", &stmt)) != WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, id);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		c->id = sqlite3_column_int64(stmt, 0);
		c->partner_id = sqlite3_column_int64(stmt, 1);
		c->consent = sqlite3_column_int(stmt, 2);
		db_column_copy(c->key, sizeof(c->key), stmt, 3);
		db_column_copy(c->partner, sizeof(c->partner), stmt, 4);
		db_column_copy(c->status, sizeof(c->status), stmt, 5);
		db_column_copy(c->registered, sizeof(c->registered), stmt, 6);
		db_column_copy(c->left, sizeof(c->left), stmt, 7);
		c->version = sqlite3_column_int64(stmt, 8);
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_fail(db, _("reading the candidate"));
	if (rc == SQLITE_DONE)
		return db_set_error(db, WB_NOT_FOUND, _("no candidate with id "
		    "%lld"), id);
	return WB_OK;
}

char *
outflow_reason_list(enum vocab_set set, char *buf, size_t len)
{
	const struct vocab_entry	*e;
	size_t				 n, i, o = 0;

	e = vocab_entries(set, &n);
	buf[0] = '\0';
	for (i = 0; i < n && o < len; i++)
		o += (size_t)snprintf(buf + o, len - o, "%s%s", i == 0 ? "" :
		    i + 1 == n ? _(" or ") : ", ", vocab_entry_word(set,
		    &e[i]));
	return buf;
}

/* The checks that need no database: reason, note, the date's form. */
static enum wb_status
check_input(struct db *db, const struct outflow_leave *req, const char **code,
    char *date)
{
	char	err[VERR], list[400];

	if (req->reason == NULL || *req->reason == '\0')
		return db_set_error(db, WB_INVALID, _("%s: say why they leave: "
		    "%s"), _("reason"), outflow_reason_list(VOCAB_LEAVE_REASON,
		    list, sizeof(list)));
	if (vocab_parse(VOCAB_LEAVE_REASON, req->reason, code, err,
	    sizeof(err)) != WB_OK)
		return db_set_error(db, WB_INVALID, "%s: %s", _("reason"), err);
	if (req->note != NULL && validate_text(req->note, 1, NOTE_MAX, err) !=
	    WB_OK)
		return db_set_error(db, WB_INVALID, "%s: %s", _("note"), err);
	if (req->date == NULL || *req->date == '\0')
		date_format(date_today(), date);
	else if (validate_date(req->date, date, err) != WB_OK)
		return db_set_error(db, WB_INVALID, "%s: %s", _("date"), err);
	return WB_OK;
}

/* Their proposals still running end as withdrawn; *n how many. */
static enum wb_status
end_proposals(struct db *db, const struct user_ctx *u, const struct cand *c,
    const char *date, const char *reason, int *n)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st = WB_OK;
	long long	 ids[64], vac[64];
	char		 detail[160];
	int		 rc, k, i;

	*n = 0;
	do {
		if ((st = db_prepare(db, "SELECT id, vacancy_id FROM proposal "
		    "WHERE candidate_id = ? AND (step = 'proposed' OR "
		    "step = 'interview') ORDER BY id LIMIT 64", &stmt)) != WB_OK)
			return st;
		sqlite3_bind_int64(stmt, 1, c->id);
		for (k = 0; (rc = sqlite3_step(stmt)) == SQLITE_ROW; k++) {
			ids[k] = sqlite3_column_int64(stmt, 0);
			vac[k] = sqlite3_column_int64(stmt, 1);
		}
		sqlite3_finalize(stmt);
		if (rc != SQLITE_DONE)
			return db_fail(db, _("reading the proposals"));
		for (i = 0; i < k; i++) {
			if ((st = db_prepare(db, "UPDATE proposal SET step = "
			    "'withdrawn', version = version + 1, updated_at = "
			    "datetime('now') WHERE id = ?", &stmt)) != WB_OK)
				return st;
			sqlite3_bind_int64(stmt, 1, ids[i]);
			rc = sqlite3_step(stmt);
			sqlite3_finalize(stmt);
			if (rc != SQLITE_DONE)
				return db_fail(db, _("writing the pipeline"));
			/* Not before the proposal's latest step. */
			if ((st = db_prepare(db, "INSERT INTO proposal_step "
			    "(proposal_id, step, on_date, by_user_id, reason) "
			    "SELECT ?1, 'withdrawn', max(?2, coalesce(max(on_date), "
			    "?2)), ?3, ?4 FROM proposal_step WHERE proposal_id = "
			    "?1", &stmt)) != WB_OK)
				return st;
			sqlite3_bind_int64(stmt, 1, ids[i]);
			sqlite3_bind_text(stmt, 2, date, -1, SQLITE_STATIC);
			if (u->id != 0)
				sqlite3_bind_int64(stmt, 3, u->id);
			sqlite3_bind_text(stmt, 4, reason, -1, SQLITE_STATIC);
			rc = sqlite3_step(stmt);
			sqlite3_finalize(stmt);
			if (rc != SQLITE_DONE)
				return db_fail(db, _("recording the step"));
			snprintf(detail, sizeof(detail), "step=withdrawn "
			    "vacancy=%lld candidate=%lld reason=%s left",
			    vac[i], c->id, reason);
			if ((st = audit_append(db, u->login, "advance",
			    "proposal", ids[i], detail)) != WB_OK)
				return st;
			(*n)++;
		}
	} while (k == 64);
	return WB_OK;
}

enum wb_status
outflow_leave(struct db *db, const struct user_ctx *u,
    const struct outflow_leave *req, struct outflow_leave_result *res)
{
	struct cand	 c;
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	const char	*code;
	char		 date[11], today[11], detail[200], at[32];
	int		 rc;

	memset(res, 0, sizeof(*res));
	if ((st = user_require(db, u, PERM_CANDIDATES)) != WB_OK ||
	    (st = check_input(db, req, &code, date)) != WB_OK)
		return st;
	date_format(date_today(), today);
	if (strcmp(date, today) > 0)
		return db_set_error(db, WB_INVALID, _("%s: %s is in the future; "
		    "record leaving on the day it happened, or later"),
		    _("date"), date);
	if ((st = db_begin(db)) != WB_OK)
		return st;
	if ((st = load(db, req->candidate_id, &c)) != WB_OK)
		goto fail;
	snprintf(res->key, sizeof(res->key), "%s", c.key);
	if (!user_can_see_candidate(u, c.partner_id, c.consent)) {
		st = db_set_error(db, WB_NOT_FOUND, _("no candidate with id "
		    "%lld"), req->candidate_id);
		goto fail;
	}
	if (!u->single && c.partner_id != u->partner_id) {
		st = db_set_error(db, WB_DENIED, _("%s is a candidate of "
		    "another partner: only %s edits them"), c.key, c.partner);
		goto fail;
	}
	if (req->version != 0 && req->version != c.version) {
		if (audit_last(db, "candidate", c.id, &res->stale) == WB_OK)
			st = db_set_error(db, WB_STALE, _("%s was changed by %s "
			    "at %s since you read it"), c.key, res->stale.login,
			    date_time_local(res->stale.at, at, sizeof(at)));
		else
			st = db_set_error(db, WB_STALE, _("%s was changed by "
			    "someone else since you read it"), c.key);
		goto fail;
	}
	if (strcmp(date, c.registered) < 0) {
		st = db_set_error(db, WB_INVALID, _("%s: %s is before they "
		    "entered the pool (%s)"), _("date"), date, c.registered);
		goto fail;
	}
	res->corrected = c.left[0] != '\0';
	snprintf(res->status, sizeof(res->status), "%s", strcmp(code,
	    "werk_via_team") == 0 ? "geplaatst" : "inactief");
	if ((st = db_prepare(db, "UPDATE candidate SET status = ?2, "
	    "left_on = ?3, leave_reason = ?4, leave_note = ?5, version = "
	    "version + 1, updated_at = datetime('now') WHERE id = ?1", &stmt))
	    != WB_OK)
		goto fail;
	sqlite3_bind_int64(stmt, 1, c.id);
	sqlite3_bind_text(stmt, 2, res->status, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 3, date, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 4, code, -1, SQLITE_STATIC);
	if (req->note != NULL && *req->note != '\0')
		sqlite3_bind_text(stmt, 5, req->note, -1, SQLITE_STATIC);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE) {
		st = db_fail(db, _("recording the leave"));
		goto fail;
	}
	if ((st = end_proposals(db, u, &c, date, withdraw_reason(code),
	    &res->withdrawn)) != WB_OK)
		goto fail;
	snprintf(res->date, sizeof(res->date), "%s", date);
	res->reason = code;
	snprintf(detail, sizeof(detail), "status=%s left_on=%s "
	    "leave_reason=%s%s", res->status, date, code, res->corrected ?
	    " corrected" : "");
	return audit_commit(db, u->login, "update", "candidate", c.id, detail);
fail:
	db_rollback(db);
	return st;
}
