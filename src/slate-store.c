/*
 * slate-store.c: a slate kept as it was shown (schema/009-slate.sql, for
 * exposure.h) and picks accepted as proposals, each in one transaction
 * with its audit rows (slate.h).
 */
#include "werkbank/slate.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/audit.h"
#include "werkbank/i18n.h"
#include "werkbank/workflow.h"

const struct user_ctx *
slate_proposer(const struct user_ctx *u)
{
	/* For now whoever accepts proposes; see slate.h. */
	return u;
}

enum wb_status
slate_store(struct db *db, const struct user_ctx *u, struct slate *s)
{
	sqlite3_stmt	*stmt = NULL;
	enum wb_status	 st;
	char		*json, detail[96];
	size_t		 i;
	long long	 id;

	json = match_weights_json(&s->weights);
	if ((st = db_begin(db)) != WB_OK) {
		free(json);
		return st;
	}
	if ((st = db_prepare(db, "INSERT INTO slate (made_at, by_user_id, "
	    "weights, per_candidate, per_vacancy, vacancies, picks, unfilled, "
	    "total) VALUES (datetime('now'), ?, ?, ?, ?, ?, ?, ?, ?)", &stmt)) !=
	    WB_OK)
		goto fail;
	if (u->id != 0)
		sqlite3_bind_int64(stmt, 1, u->id);
	sqlite3_bind_text(stmt, 2, json, -1, SQLITE_STATIC);
	sqlite3_bind_int(stmt, 3, s->per_candidate);
	if (s->per_vacancy > 0)
		sqlite3_bind_int(stmt, 4, s->per_vacancy);
	sqlite3_bind_int64(stmt, 5, (long long)s->nv);
	sqlite3_bind_int64(stmt, 6, (long long)s->npicks);
	sqlite3_bind_int64(stmt, 7, (long long)s->unfilled);
	sqlite3_bind_double(stmt, 8, s->total);
	if (sqlite3_step(stmt) != SQLITE_DONE) {
		st = db_fail(db, _("storing the slate"));
		goto fail;
	}
	sqlite3_finalize(stmt);
	id = sqlite3_last_insert_rowid(db_sqlite(db));

	/* Records deleted since the slate was made are skipped. */
	if ((st = db_prepare(db, "INSERT INTO slate_pick (slate_id, "
	    "vacancy_id, candidate_id, score, by_hand) SELECT ?1, ?2, ?3, ?4, "
	    "?5 WHERE EXISTS (SELECT 1 FROM candidate WHERE id = ?3) AND "
	    "EXISTS (SELECT 1 FROM vacancy WHERE id = ?2)", &stmt)) != WB_OK)
		goto fail;
	for (i = 0; i < s->npicks; i++) {
		const struct slate_pick *p = &s->picks[i];

		sqlite3_bind_int64(stmt, 1, id);
		sqlite3_bind_int64(stmt, 2, s->vs[p->vac].id);
		sqlite3_bind_int64(stmt, 3, p->candidate_id);
		sqlite3_bind_double(stmt, 4, p->r.score);
		sqlite3_bind_int(stmt, 5, p->by_hand);
		if (sqlite3_step(stmt) != SQLITE_DONE) {
			st = db_fail(db, _("storing the slate"));
			goto fail;
		}
		sqlite3_reset(stmt);
	}
	sqlite3_finalize(stmt);
	stmt = NULL;
	snprintf(detail, sizeof(detail), "slate: %zu vacancies, %zu picks",
	    s->nv, s->npicks);
	free(json);
	if ((st = audit_commit(db, u->login, "match_run", "slate", id,
	    detail)) == WB_OK)
		s->id = id;
	return st;
fail:
	sqlite3_finalize(stmt);
	db_rollback(db);
	free(json);
	return st;
}

enum wb_status
slate_accept(struct db *db, const struct user_ctx *u, const struct slate *s,
    const size_t *which, size_t n, const char *proposer, const char *due,
    size_t *done)
{
	const struct user_ctx	*by = slate_proposer(u);
	struct wf_propose	 req;
	struct wf_propose_result res;
	enum wb_status		 st;
	char			 note[64], why[512];
	size_t			 i;

	*done = 0;
	memset(&req, 0, sizeof(req));
	req.by = proposer;
	req.due = due;
	if ((st = user_require(db, by, PERM_PIPELINE)) != WB_OK)
		return st;
	if ((st = db_begin(db)) != WB_OK)
		return st;
	if (s->id > 0)
		snprintf(note, sizeof(note), _("from slate %lld"), s->id);
	else
		snprintf(note, sizeof(note), "%s", _("from the slate"));
	for (i = 0; i < n; i++) {
		const struct slate_pick *p;

		if (which[i] >= s->npicks) {
			st = db_set_error(db, WB_INVALID, "%s",
			    _("no such pick in the slate"));
			goto fail;
		}
		p = &s->picks[which[i]];
		req.vacancy_id = s->vs[p->vac].id;
		req.candidate_id = p->candidate_id;
		req.note = note;
		req.on_date = NULL;
		/* The slate already weighed the other proposals. */
		req.confirmed = 1;
		if ((st = workflow_propose_in(db, by, &req, &res)) != WB_OK) {
			snprintf(why, sizeof(why), "%s", db_error(db));
			st = db_set_error(db, st, _("%s for %s: %s; nothing was "
			    "proposed"), match_index_key(s->idx, p->cand),
			    s->vs[p->vac].key, why);
			goto fail;
		}
		(*done)++;
	}
	if ((st = db_commit(db)) != WB_OK)
		goto fail;
	return WB_OK;
fail:
	db_rollback(db);
	*done = 0;
	return st;
}
