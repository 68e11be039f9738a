/*
 * meeting.c: the Monday meeting itself: starting and ending it (the
 * minutes are kept with it), action items, and the minutes in Markdown
 * (the agenda part comes from meeting-agenda.c).  Rules in meeting.h.
 */
#include "werkbank/meeting.h"

#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>

#include "werkbank/audit.h"
#include "werkbank/date.h"
#include "werkbank/i18n.h"
#include "werkbank/outflow.h"
#include "werkbank/priv.h"
#include "werkbank/team.h"
#include "werkbank/validate.h"
#include "werkbank/vocab.h"
#include "werkbank/workflow.h"
#include "werkbank/xmalloc.h"

#include "meeting-int.h"

#define WHAT_MAX	500

static enum wb_status write_minutes(struct db *, const struct user_ctx *,
		    long long, FILE *);

enum wb_status
meeting_current(struct db *db, long long *id, long long *version)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	int		 rc;

	*id = 0;
	*version = 0;
	if ((st = db_prepare(db, "SELECT id, version FROM meeting WHERE "
	    "started_at IS NOT NULL AND ended_at IS NULL ORDER BY held_on "
	    "DESC, id DESC LIMIT 1", &stmt)) != WB_OK)
		return st;
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		*id = sqlite3_column_int64(stmt, 0);
		*version = sqlite3_column_int64(stmt, 1);
	}
	sqlite3_finalize(stmt);
	if (rc == SQLITE_ROW)
		return WB_OK;
	if (rc == SQLITE_DONE)
		return WB_NOT_FOUND;
	return db_fail(db, _("reading the meetings"));
}

enum wb_status
meeting_start(struct db *db, const struct user_ctx *u, long long *id,
    int *resumed)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	char		 today[11], detail[32];
	int		 rc;

	*id = 0;
	*resumed = 0;
	if ((st = user_require(db, u, PERM_MEETING)) != WB_OK)
		return st;
	date_format(date_today(), today);
	if ((st = db_begin(db)) != WB_OK)
		return st;
	if ((st = db_prepare(db, "SELECT id FROM meeting WHERE held_on = ? "
	    "AND ended_at IS NULL ORDER BY id DESC LIMIT 1", &stmt)) != WB_OK)
		goto fail;
	sqlite3_bind_text(stmt, 1, today, -1, SQLITE_STATIC);
	if (sqlite3_step(stmt) == SQLITE_ROW)
		*id = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	if (*id != 0) {
		*resumed = 1;
		db_rollback(db);
		return WB_OK;
	}
	if ((st = db_prepare(db, "INSERT INTO meeting (held_on, chair_user_id, "
	    "started_at) VALUES (?, ?, datetime('now'))", &stmt)) != WB_OK)
		goto fail;
	sqlite3_bind_text(stmt, 1, today, -1, SQLITE_STATIC);
	if (u->id != 0)
		sqlite3_bind_int64(stmt, 2, u->id);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE) {
		st = db_fail(db, _("starting the meeting"));
		goto fail;
	}
	*id = sqlite3_last_insert_rowid(db_sqlite(db));
	snprintf(detail, sizeof(detail), "start %s", today);
	return audit_commit(db, u->login, "meeting", "meeting", *id,
	    detail);
fail:
	db_rollback(db);
	return st;
}

enum wb_status
meeting_end(struct db *db, const struct user_ctx *u, long long id,
    long long version)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	long long	 cur = 0;
	char		*text = NULL, event[128];
	size_t		 len = 0;
	FILE		*fp;
	int		 rc, ended = 0;

	if ((st = user_require(db, u, PERM_MEETING)) != WB_OK)
		return st;
	if ((st = db_begin(db)) != WB_OK)
		return st;
	if ((st = db_prepare(db, "SELECT version, ended_at IS NOT NULL FROM "
	    "meeting WHERE id = ?", &stmt)) != WB_OK)
		goto fail;
	sqlite3_bind_int64(stmt, 1, id);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		cur = sqlite3_column_int64(stmt, 0);
		ended = sqlite3_column_int(stmt, 1);
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW) {
		st = db_set_error(db, WB_NOT_FOUND, _("no meeting %lld"), id);
		goto fail;
	}
	if (ended) {
		st = db_set_error(db, WB_INVALID, _("meeting %lld has already "
		    "ended"), id);
		goto fail;
	}
	if (version != 0 && version != cur) {
		st = db_set_error(db, WB_STALE, _("meeting %lld was changed by "
		    "someone else since you read it"), id);
		goto fail;
	}
	/* The minutes as they stand at the end, kept with the meeting. */
	if ((fp = open_memstream(&text, &len)) == NULL) {
		st = db_set_error(db, WB_IO, "%s", _("out of memory"));
		goto fail;
	}
	if ((st = db_prepare(db, "UPDATE meeting SET ended_at = "
	    "datetime('now') WHERE id = ?", &stmt)) != WB_OK) {
		fclose(fp);
		free(text);
		goto fail;
	}
	sqlite3_bind_int64(stmt, 1, id);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE) {
		fclose(fp);
		free(text);
		st = db_fail(db, _("ending the meeting"));
		goto fail;
	}
	st = write_minutes(db, u, id, fp);
	fclose(fp);
	if (st != WB_OK) {
		free(text);
		goto fail;
	}
	if ((st = db_prepare(db, "UPDATE meeting SET minutes = ?, version = "
	    "version + 1 WHERE id = ?", &stmt)) != WB_OK) {
		free(text);
		goto fail;
	}
	sqlite3_bind_text(stmt, 1, text, (int)len, SQLITE_STATIC);
	sqlite3_bind_int64(stmt, 2, id);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	free(text);
	if (rc != SQLITE_DONE) {
		st = db_fail(db, _("keeping the minutes"));
		goto fail;
	}
	if ((st = audit_commit(db, u->login, "meeting", "meeting", id,
	    "end")) == WB_OK) {
		/* Outside the file, where cutting the log is seen. */
		snprintf(event, sizeof(event), "meeting %lld ended by %s", id,
		    u->login);
		audit_syslog(db, LOG_NOTICE, event);
	}
	return st;
fail:
	db_rollback(db);
	return st;
}

enum wb_status
meeting_action_add(struct db *db, const struct user_ctx *u,
    const struct meeting_action_new *n, long long *id)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	long long	 owner = 0, meeting = n->meeting_id, version;
	char		 err[VERR], due[11], detail[64], login[TEAM_LOGIN_MAX];
	char		 terr[512];
	int		 rc;

	*id = 0;
	if ((st = user_require(db, u, PERM_MEETING)) != WB_OK)
		return st;
	if (n->what == NULL || *n->what == '\0')
		return db_set_error(db, WB_INVALID, "%s",
		    _("an action item needs its text (what)"));
	if (validate_text(n->what, 0, WHAT_MAX, err) != WB_OK)
		return db_set_error(db, WB_INVALID, _("what: %s"), err);
	if (n->due != NULL && *n->due != '\0' &&
	    validate_date(n->due, due, err) != WB_OK)
		return db_set_error(db, WB_INVALID, _("due: %s"), err);
	if ((st = db_begin(db)) != WB_OK)
		return st;
	if (n->owner != NULL && *n->owner != '\0') {
		/* A login, a name or the start of one (team.h). */
		if ((st = team_resolve(db, n->owner, login, terr,
		    sizeof(terr))) != WB_OK) {
			st = db_set_error(db, st, _("who: %s"), terr);
			goto fail;
		}
		if ((st = db_prepare(db, "SELECT id FROM app_user WHERE login = ? "
		    "AND active", &stmt)) != WB_OK)
			goto fail;
		sqlite3_bind_text(stmt, 1, login, -1, SQLITE_STATIC);
		if (sqlite3_step(stmt) == SQLITE_ROW)
			owner = sqlite3_column_int64(stmt, 0);
		sqlite3_finalize(stmt);
		if (owner == 0) {
			st = db_set_error(db, WB_INVALID, _("who: no active "
			    "user '%s'; ask the coordinator"), n->owner);
			goto fail;
		}
	}
	if (meeting == 0 && (st = meeting_current(db, &meeting, &version)) !=
	    WB_OK && st != WB_NOT_FOUND)
		goto fail;
	if ((st = db_prepare(db, "INSERT INTO action_item (meeting_id, what, "
	    "owner_user_id, due_on, vacancy_id, candidate_id) VALUES (?, ?, ?, "
	    "?, ?, ?)", &stmt)) != WB_OK)
		goto fail;
	if (meeting != 0)
		sqlite3_bind_int64(stmt, 1, meeting);
	sqlite3_bind_text(stmt, 2, n->what, -1, SQLITE_STATIC);
	if (owner != 0)
		sqlite3_bind_int64(stmt, 3, owner);
	if (n->due != NULL && *n->due != '\0')
		sqlite3_bind_text(stmt, 4, due, -1, SQLITE_STATIC);
	if (n->vacancy_id != 0)
		sqlite3_bind_int64(stmt, 5, n->vacancy_id);
	if (n->candidate_id != 0)
		sqlite3_bind_int64(stmt, 6, n->candidate_id);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE) {
		st = db_fail(db, _("adding the action item"));
		goto fail;
	}
	*id = sqlite3_last_insert_rowid(db_sqlite(db));
	snprintf(detail, sizeof(detail), "action add meeting=%lld", meeting);
	return audit_commit(db, u->login, "meeting", "action_item", *id,
	    detail);
fail:
	db_rollback(db);
	return st;
}

/*
 * Action item id as it is now, inside the caller's transaction: when it
 * was done ("" open) into done[11]; WB_NOT_FOUND, or WB_STALE naming who
 * changed it when version (0: any) is no longer its own.
 */
static enum wb_status
action_read(struct db *db, long long id, long long version, char *done)
{
	struct audit_entry	 e;
	sqlite3_stmt		*stmt;
	enum wb_status		 st;
	long long		 cur = 0;
	char			 at[32];
	int			 rc;

	done[0] = '\0';
	if ((st = db_prepare(db, "SELECT version, done_on FROM action_item "
	    "WHERE id = ?", &stmt)) != WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, id);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		cur = sqlite3_column_int64(stmt, 0);
		db_column_copy(done, 11, stmt, 1);
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW)
		return db_set_error(db, WB_NOT_FOUND, _("no action item %lld"),
		    id);
	if (version == 0 || version == cur)
		return WB_OK;
	if (audit_last(db, "action_item", id, &e) == WB_OK)
		return db_set_error(db, WB_STALE, _("action item %lld was "
		    "changed by %s at %s (%s) since you read it"), id, e.login,
		    date_time_local(e.at, at, sizeof(at)), e.detail);
	return db_set_error(db, WB_STALE, _("action item %lld was changed by "
	    "someone else since you read it"), id);
}

enum wb_status
meeting_action_done(struct db *db, const struct user_ctx *u, long long id,
    long long version, const char *date)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	char		 on[11], err[VERR], done[11] = "";
	int		 rc;

	if ((st = user_require(db, u, PERM_MEETING)) != WB_OK)
		return st;
	if (date != NULL && *date != '\0') {
		if (validate_date(date, on, err) != WB_OK)
			return db_set_error(db, WB_INVALID, _("date: %s"), err);
	} else
		date_format(date_today(), on);
	if ((st = db_begin(db)) != WB_OK)
		return st;
	if ((st = action_read(db, id, version, done)) != WB_OK)
		goto fail;
	if (done[0] != '\0') {
		st = db_set_error(db, WB_INVALID, _("action item %lld was "
		    "already done on %s"), id, done);
		goto fail;
	}
	if ((st = db_prepare(db, "UPDATE action_item SET done_on = ?, version "
	    "= version + 1 WHERE id = ?", &stmt)) != WB_OK)
		goto fail;
	sqlite3_bind_text(stmt, 1, on, -1, SQLITE_STATIC);
	sqlite3_bind_int64(stmt, 2, id);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE) {
		st = db_fail(db, _("updating the action item"));
		goto fail;
	}
	return audit_commit(db, u->login, "meeting", "action_item", id,
	    "action done");
fail:
	db_rollback(db);
	return st;
}

enum wb_status
meeting_action_reopen(struct db *db, const struct user_ctx *u, long long id,
    long long version)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	char		 done[11] = "";
	int		 rc;

	if ((st = user_require(db, u, PERM_MEETING)) != WB_OK)
		return st;
	if ((st = db_begin(db)) != WB_OK)
		return st;
	if ((st = action_read(db, id, version, done)) != WB_OK)
		goto fail;
	if (done[0] == '\0') {
		st = db_set_error(db, WB_INVALID, _("action item %lld is open"),
		    id);
		goto fail;
	}
	if ((st = db_prepare(db, "UPDATE action_item SET done_on = NULL, "
	    "version = version + 1 WHERE id = ?", &stmt)) != WB_OK)
		goto fail;
	sqlite3_bind_int64(stmt, 1, id);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE) {
		st = db_fail(db, _("updating the action item"));
		goto fail;
	}
	return audit_commit(db, u->login, "meeting", "action_item", id,
	    "action reopened");
fail:
	db_rollback(db);
	return st;
}

enum wb_status
meeting_actions(struct db *db, const struct user_ctx *u, long long meeting,
    int all, struct meeting_action **out, size_t *n)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	size_t		 cap = 0;
	int		 rc;

	*out = NULL;
	*n = 0;
	if ((st = db_prepare(db, "SELECT a.id, a.version, "
	    "coalesce(a.meeting_id, 0), a.what, coalesce(u.login, ''), "
	    "coalesce(a.due_on, ''), coalesce(a.done_on, ''), "
	    "coalesce(vp.code || '/' || v.ref, ''), "
	    "coalesce(cp.code || '/' || c.ref, ''), c.partner_id, "
	    "coalesce(c.consent, 0), coalesce(u.name, ''), "
	    "coalesce(a.vacancy_id, 0) FROM action_item a "
	    "LEFT JOIN app_user u ON u.id = a.owner_user_id "
	    "LEFT JOIN vacancy v ON v.id = a.vacancy_id "
	    "LEFT JOIN partner vp ON vp.id = v.partner_id "
	    "LEFT JOIN candidate c ON c.id = a.candidate_id "
	    "LEFT JOIN partner cp ON cp.id = c.partner_id "
	    "WHERE (?1 = 0 OR a.meeting_id = ?1) AND (?2 OR a.done_on IS NULL) "
	    "ORDER BY a.due_on IS NULL, a.due_on, a.id", &stmt)) != WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, meeting);
	sqlite3_bind_int(stmt, 2, all != 0);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		struct meeting_action	*a;

		if (*n == cap) {
			cap = cap ? cap * 2 : 16;
			*out = xreallocarray(*out, cap, sizeof(**out));
		}
		a = &(*out)[(*n)++];
		memset(a, 0, sizeof(*a));
		a->id = sqlite3_column_int64(stmt, 0);
		a->version = sqlite3_column_int64(stmt, 1);
		a->meeting_id = sqlite3_column_int64(stmt, 2);
		a->what = db_column_dup(stmt, 3);
		db_column_copy(a->owner, sizeof(a->owner), stmt, 4);
		db_column_copy(a->due, sizeof(a->due), stmt, 5);
		db_column_copy(a->done, sizeof(a->done), stmt, 6);
		db_column_copy(a->vacancy, sizeof(a->vacancy), stmt, 7);
		db_column_copy(a->owner_name, sizeof(a->owner_name), stmt, 11);
		a->vacancy_id = sqlite3_column_int64(stmt, 12);
		if (sqlite3_column_type(stmt, 9) != SQLITE_NULL &&
		    user_can_see_candidate(u, sqlite3_column_int64(stmt, 9),
		    sqlite3_column_int(stmt, 10)))
			db_column_copy(a->candidate, sizeof(a->candidate), stmt,
			    8);
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE) {
		meeting_actions_free(*out, *n);
		*out = NULL;
		*n = 0;
		return db_fail(db, _("reading the action items"));
	}
	return WB_OK;
}

void
meeting_actions_free(struct meeting_action *a, size_t n)
{
	size_t	i;

	if (a == NULL)
		return;
	for (i = 0; i < n; i++)
		free(a[i].what);
	free(a);
}

/*
 * Under a decision: who proposes and by when (a proposal), and the
 * note, each on a line of its own (columns 5-8 of write_minutes' query).
 */
static void
decision_details(FILE *fp, sqlite3_stmt *stmt)
{
	const char	*step = (const char *)sqlite3_column_text(stmt, 2);
	const char	*name = (const char *)sqlite3_column_text(stmt, 5);
	const char	*login = (const char *)sqlite3_column_text(stmt, 6);
	const char	*due = (const char *)sqlite3_column_text(stmt, 7);
	const char	*note = (const char *)sqlite3_column_text(stmt, 8);

	if (step != NULL && strcmp(step, "proposed") == 0 &&
	    (*login != '\0' || *due != '\0')) {
		fprintf(fp, "  - %s ", _("Proposer:"));
		if (*login != '\0') {
			meeting_md(fp, *name != '\0' ? name : login);
			if (*name != '\0' && strcmp(name, login) != 0) {
				fputs(" (", fp);
				meeting_md(fp, login);
				fputs(")", fp);
			}
		} else
			meeting_md(fp, "–");
		if (*due != '\0')
			fprintf(fp, _(", by %s"), due);
		fputs("\n", fp);
	}
	if (*note != '\0') {
		fprintf(fp, "  - %s ", _("Note:"));
		meeting_md(fp, note);
		fputs("\n", fp);
	}
}

/* Generate the minutes of meeting id now. */
static enum wb_status
write_minutes(struct db *db, const struct user_ctx *u, long long id, FILE *fp)
{
	struct meeting_agenda	 a;
	struct meeting_action	*items;
	sqlite3_stmt		*stmt;
	enum wb_status		 st;
	size_t			 n;
	char			 held[11] = "", since[11], chair[65] = "";
	char			 started[20] = "", ended[20] = "", vis[128];
	char			 t1[32], t2[32];
	char			*sql;
	const char		*step;
	enum wf_step		 ws;
	int			 rc;

	if ((st = db_prepare(db, "SELECT m.held_on, coalesce(u.login, ''), "
	    "coalesce(m.started_at, ''), coalesce(m.ended_at, '') FROM "
	    "meeting m LEFT JOIN app_user u ON u.id = m.chair_user_id WHERE "
	    "m.id = ?", &stmt)) != WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, id);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		db_column_copy(held, sizeof(held), stmt, 0);
		db_column_copy(chair, sizeof(chair), stmt, 1);
		db_column_copy(started, sizeof(started), stmt, 2);
		db_column_copy(ended, sizeof(ended), stmt, 3);
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW)
		return db_set_error(db, WB_NOT_FOUND, _("no meeting %lld"), id);
	if ((st = meeting_last_before(db, held, since)) != WB_OK)
		return st;
	if (since[0] == '\0') {
		int	d;

		if (date_parse(held, &d) != WB_OK)
			d = date_today();
		date_format(d - 7, since);
	}

	fprintf(fp, _("# Minutes of the match team meeting, %s\n\n"), held);
	/* The times in local time, as the team read them on the wall. */
	fprintf(fp, _("- Chair: %s\n- Started: %s\n- Ended: %s\n"),
	    chair[0] ? chair : "–", date_time_local(started, t1, sizeof(t1)),
	    ended[0] ? date_time_local(ended, t2, sizeof(t2)) : _("(open)"));

	if ((st = meeting_agenda_load(db, u, since, &a)) != WB_OK) {
		meeting_agenda_clear(&a);
		return st;
	}
	fputs("\n", fp);
	meeting_agenda_markdown(&a, fp);
	meeting_agenda_clear(&a);

	/* The pipeline steps recorded while the meeting ran. */
	fprintf(fp, "\n## %s\n\n", _("Decisions recorded during the meeting"));
	sql = xasprintf("SELECT vp.code || '/' || v.ref, cp.code || '/' || "
	    "c.ref, s.step, coalesce(u.login, ''), s.on_date, "
	    "coalesce(pu.name, ''), coalesce(pu.login, ''), "
	    "coalesce(pr.due_on, ''), coalesce(s.note, ''), s.reason FROM "
	    "proposal_step s JOIN proposal pr ON pr.id = s.proposal_id "
	    "JOIN vacancy v ON v.id = pr.vacancy_id "
	    "JOIN partner vp ON vp.id = v.partner_id "
	    "JOIN candidate c ON c.id = pr.candidate_id "
	    "JOIN partner cp ON cp.id = c.partner_id "
	    "LEFT JOIN app_user u ON u.id = s.by_user_id "
	    "LEFT JOIN app_user pu ON pu.id = pr.proposed_by "
	    "WHERE s.created_at >= ?1 AND (?2 = '' OR s.created_at <= ?2) "
	    "AND %s ORDER BY s.id", user_candidate_sql(u, "c.partner_id",
	    "c.consent", vis, sizeof(vis)));
	st = db_prepare(db, sql, &stmt);
	free(sql);
	if (st != WB_OK)
		return st;
	sqlite3_bind_text(stmt, 1, started, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 2, ended, -1, SQLITE_STATIC);
	n = 0;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		fputs("- ", fp);
		meeting_md(fp, (const char *)sqlite3_column_text(stmt, 0));
		fputs(": ", fp);
		meeting_md(fp, (const char *)sqlite3_column_text(stmt, 1));
		step = (const char *)sqlite3_column_text(stmt, 2);
		fprintf(fp, " → %s", vocab_word(VOCAB_STEP, step));
		/* An ending with its reason (outflow.h). */
		if (workflow_step_parse(step, &ws) == WB_OK &&
		    workflow_reason_set(ws) != VOCAB_NONE)
			fprintf(fp, ": %s", outflow_reason_word(
			    workflow_reason_set(ws), (const char *)
			    sqlite3_column_text(stmt, 9)));
		fputs(" (", fp);
		meeting_md(fp, (const char *)sqlite3_column_text(stmt, 3));
		fprintf(fp, ", %s)\n", (const char *)sqlite3_column_text(stmt,
		    4));
		decision_details(fp, stmt);
		n++;
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return db_fail(db, _("reading the pipeline"));
	if (n == 0)
		fprintf(fp, "%s\n", _("None."));

	if ((st = meeting_actions(db, u, id, 1, &items, &n)) != WB_OK)
		return st;
	meeting_md_actions(fp, _("Action items of this meeting"), items, n);
	meeting_actions_free(items, n);
	return WB_OK;
}

enum wb_status
meeting_minutes(struct db *db, const struct user_ctx *u, long long id,
    FILE *fp)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	int		 rc;

	if ((st = db_prepare(db, "SELECT id, minutes FROM meeting WHERE "
	    "?1 = 0 OR id = ?1 ORDER BY held_on DESC, id DESC LIMIT 1",
	    &stmt)) != WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, id);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		id = sqlite3_column_int64(stmt, 0);
		if (sqlite3_column_type(stmt, 1) != SQLITE_NULL) {
			fwrite(sqlite3_column_text(stmt, 1), 1,
			    (size_t)sqlite3_column_bytes(stmt, 1), fp);
			sqlite3_finalize(stmt);
			return WB_OK;
		}
	}
	sqlite3_finalize(stmt);
	if (rc == SQLITE_DONE)
		return db_set_error(db, WB_NOT_FOUND, "%s", id != 0 ?
		    _("no such meeting") : _("no meeting yet: 'werkbank "
		    "meeting start' begins one"));
	if (rc != SQLITE_ROW)
		return db_fail(db, _("reading the meetings"));
	return write_minutes(db, u, id, fp);
}

enum wb_status
meeting_minutes_file(struct db *db, const struct user_ctx *u, long long id,
    const char *path)
{
	enum wb_status	 st;
	FILE		*fp = NULL;
	char		*tmp;
	int		 fd, saved;

	tmp = xasprintf("%s.tmp-%ld", path, (long)getpid());
	fd = priv_open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd == -1 || fchmod(fd, 0600) != 0 ||
	    (fp = fdopen(fd, "w")) == NULL) {
		saved = errno;
		if (fd != -1) {
			close(fd);
			priv_unlink(tmp);
		}
		free(tmp);
		return db_set_error(db, WB_IO, _("%s: cannot write: %s"), path,
		    strerror(saved));
	}
	if ((st = meeting_minutes(db, u, id, fp)) != WB_OK) {
		fclose(fp);
		priv_unlink(tmp);
		free(tmp);
		return st;
	}
	if (fclose(fp) != 0 || priv_rename(tmp, path) != 0) {
		saved = errno;
		priv_unlink(tmp);
		free(tmp);
		return db_set_error(db, WB_IO, _("%s: cannot write: %s"), path,
		    strerror(saved));
	}
	free(tmp);
	return WB_OK;
}
