/*
 * workflow-close.c: a filled vacancy's other proposals ended as not
 * chosen, with the employer's reason vacature_vervuld (workflow.h,
 * workflow_close_filled): one transaction, a step and an audit row for
 * each proposal, their candidates back in the pool when nothing else of
 * theirs is running.
 */
#include "werkbank/workflow.h"

#include <stdio.h>
#include <string.h>

#include "werkbank/date.h"
#include "werkbank/i18n.h"
#include "werkbank/validate.h"

#define BATCH	64

enum wb_status
workflow_running(struct db *db, long long vacancy_id, long long *n)
{
	char	sql[160];

	snprintf(sql, sizeof(sql), "SELECT count(*) FROM proposal WHERE "
	    "vacancy_id = %lld AND (step = 'proposed' OR step = 'interview')",
	    vacancy_id);
	return db_query_int(db, sql, n);
}

static enum wb_status
run(struct db *db, const char *sql, long long a, const char *text,
    long long user)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	int		 rc;

	if ((st = db_prepare(db, sql, &stmt)) != WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, a);
	if (text != NULL)
		sqlite3_bind_text(stmt, 2, text, -1, SQLITE_STATIC);
	if (user != 0)
		sqlite3_bind_int64(stmt, 3, user);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return db_fail(db, _("writing the pipeline"));
	return WB_OK;
}

/* End one proposal (id, of candidate) as not chosen, vacancy filled. */
static enum wb_status
end_one(struct db *db, const struct user_ctx *u, long long vacancy,
    long long id, long long candidate, const char *on)
{
	enum wb_status	st;
	char		detail[160];

	if ((st = run(db, "UPDATE proposal SET step = 'not_chosen', version = "
	    "version + 1, updated_at = datetime('now') WHERE id = ?1", id,
	    NULL, 0)) != WB_OK ||
	    /* Not before the proposal's latest step. */
	    (st = run(db, "INSERT INTO proposal_step (proposal_id, step, "
	    "on_date, by_user_id, reason) SELECT ?1, 'not_chosen', max(?2, "
	    "coalesce(max(on_date), ?2)), ?3, 'vacature_vervuld' FROM "
	    "proposal_step WHERE proposal_id = ?1", id, on, u->id)) != WB_OK ||
	    (st = run(db, "UPDATE candidate SET status = 'beschikbaar', "
	    "version = version + 1, updated_at = datetime('now') WHERE id = ?1 "
	    "AND status = 'in_traject' AND NOT EXISTS (SELECT 1 FROM proposal "
	    "WHERE candidate_id = ?1 AND (step = 'proposed' OR "
	    "step = 'interview'))", candidate, NULL, 0)) != WB_OK)
		return st;
	snprintf(detail, sizeof(detail), "step=not_chosen vacancy=%lld "
	    "candidate=%lld reason=vacature_vervuld", vacancy, candidate);
	return audit_append(db, u->login, "advance", "proposal", id, detail);
}

enum wb_status
workflow_close_filled(struct db *db, const struct user_ctx *u,
    long long vacancy_id, const char *on_date, int *n)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	long long	 ids[BATCH], cands[BATCH];
	char		 on[11], key[64] = "", status[16] = "", err[VERR];
	int		 rc, k, i;

	*n = 0;
	if ((st = user_require(db, u, PERM_PIPELINE)) != WB_OK)
		return st;
	if (on_date == NULL || *on_date == '\0')
		date_format(date_today(), on);
	else if (validate_date(on_date, on, err) != WB_OK)
		return db_set_error(db, WB_INVALID, _("date: %s"), err);
	if ((st = db_begin(db)) != WB_OK)
		return st;
	if ((st = db_prepare(db, "SELECT p.code || '/' || v.ref, v.status "
	    "FROM vacancy v JOIN partner p ON p.id = v.partner_id WHERE "
	    "v.id = ?", &stmt)) != WB_OK)
		goto fail;
	sqlite3_bind_int64(stmt, 1, vacancy_id);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		db_column_copy(key, sizeof(key), stmt, 0);
		db_column_copy(status, sizeof(status), stmt, 1);
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW) {
		st = rc == SQLITE_DONE ? db_set_error(db, WB_NOT_FOUND,
		    _("no vacancy with id %lld"), vacancy_id) :
		    db_fail(db, _("reading the vacancy"));
		goto fail;
	}
	if (strcmp(status, "vervuld") != 0) {
		st = db_set_error(db, WB_INVALID, _("%s is not filled: its "
		    "proposals stay as they are"), key);
		goto fail;
	}
	do {
		if ((st = db_prepare(db, "SELECT id, candidate_id FROM proposal "
		    "WHERE vacancy_id = ? AND (step = 'proposed' OR "
		    "step = 'interview') ORDER BY id LIMIT 64", &stmt)) != WB_OK)
			goto fail;
		sqlite3_bind_int64(stmt, 1, vacancy_id);
		for (k = 0; (rc = sqlite3_step(stmt)) == SQLITE_ROW; k++) {
			ids[k] = sqlite3_column_int64(stmt, 0);
			cands[k] = sqlite3_column_int64(stmt, 1);
		}
		sqlite3_finalize(stmt);
		if (rc != SQLITE_DONE) {
			st = db_fail(db, _("reading the proposals"));
			goto fail;
		}
		for (i = 0; i < k; i++) {
			if ((st = end_one(db, u, vacancy_id, ids[i], cands[i],
			    on)) != WB_OK)
				goto fail;
			(*n)++;
		}
	} while (k == BATCH);
	return db_commit(db);
fail:
	*n = 0;
	db_rollback(db);
	return st;
}
