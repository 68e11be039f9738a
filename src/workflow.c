/*
 * workflow.c: the pipeline of a vacancy (propose, advance, place) with
 * its transition table, optimistic locking and audit rows; see
 * workflow.h for the rules.
 */
#include "werkbank/workflow.h"

#include <stdio.h>
#include <string.h>

#include "werkbank/date.h"
#include "werkbank/i18n.h"
#include "werkbank/outflow.h"
#include "werkbank/team.h"
#include "werkbank/validate.h"
#include "werkbank/vocab.h"

#define NOTE_MAX	2000

static const char *const step_names[WF_NSTEPS] = {
	[WF_PROPOSED] = "proposed",
	[WF_INTERVIEW] = "interview",
	[WF_PLACED] = "placed",
	[WF_NOT_CHOSEN] = "not_chosen",
	[WF_WITHDRAWN] = "withdrawn",
};

/* follows[from] is the set of steps that may come next (bits). */
#define B(s)	(1u << (s))
static const unsigned follows[WF_NSTEPS] = {
	[WF_PROPOSED] = B(WF_INTERVIEW) | B(WF_NOT_CHOSEN) | B(WF_WITHDRAWN),
	[WF_INTERVIEW] = B(WF_PLACED) | B(WF_NOT_CHOSEN) | B(WF_WITHDRAWN),
	[WF_PLACED] = 0,
	[WF_NOT_CHOSEN] = 0,
	[WF_WITHDRAWN] = 0,
};
#undef B

/* A vacancy or candidate as the workflow needs it. */
struct wf_rec {
	long long	 id;
	long long	 partner_id;
	char		 key[WF_KEY_MAX];
	char		 status[16];
	int		 consent;	/* candidates */
	long long	 positions;	/* vacancies */
	long long	 version;
};

static enum wb_status	load_vacancy(struct db *, long long, struct wf_rec *);
static enum wb_status	load_candidate(struct db *, const struct user_ctx *,
			    long long, struct wf_rec *);
static enum wb_status	find_key(struct db *, const char *, const char *,
			    const char *, long long *, long long *, int *);
static enum wb_status	check_text(struct db *, const char *, const char *);
static enum wb_status	day(struct db *, const char *, char *);
static enum wb_status	step_insert(struct db *, const struct user_ctx *,
			    long long, enum wf_step, const char *, const char *,
			    const char *);
static enum wb_status	exec_ids(struct db *, const char *, long long,
			    long long);
static enum wb_status	record_placement(struct db *,
			    const struct user_ctx *, const struct wf_rec *,
			    const struct wf_rec *, long long,
			    const struct wf_placement *, const char *,
			    struct wf_advance_result *);
static enum wb_status	release_candidate(struct db *, long long);
static enum wb_status	check_reason(struct db *, const struct wf_advance *,
			    const char **);
static enum wb_status	propose(struct db *, const struct user_ctx *,
			    const struct wf_propose *, struct wf_propose_result *,
			    int);

const char *
workflow_step_name(enum wf_step s)
{
	if ((unsigned)s >= WF_NSTEPS)
		return "?";
	return step_names[s];
}

enum wb_status
workflow_step_parse(const char *s, enum wf_step *out)
{
	const char	*code;
	int		 i;

	/* The code, or its word or a Dutch spelling of it (vocab.h). */
	if (s != NULL && (code = vocab_code(VOCAB_STEP, s)) != NULL)
		s = code;
	for (i = 0; i < WF_NSTEPS; i++)
		if (s != NULL && strcmp(s, step_names[i]) == 0) {
			*out = (enum wf_step)i;
			return WB_OK;
		}
	return WB_INVALID;
}

int
workflow_can_follow(enum wf_step from, enum wf_step to)
{
	if ((unsigned)from >= WF_NSTEPS || (unsigned)to >= WF_NSTEPS)
		return 0;
	return (follows[from] & (1u << to)) != 0;
}

char *
workflow_next_steps(enum wf_step from, char *buf, size_t len)
{
	size_t	n = 0;
	int	i;

	buf[0] = '\0';
	for (i = 0; i < WF_NSTEPS; i++)
		if (workflow_can_follow(from, (enum wf_step)i) && n < len)
			n += (size_t)snprintf(buf + n, len - n, "%s%s",
			    n ? ", " : "", vocab_word(VOCAB_STEP,
			    step_names[i]));
	if (n == 0)
		snprintf(buf, len, "%s", _("none: it is final"));
	return buf;
}

/* PARTNER/REF in table -> id (and partner, consent when asked). */
static enum wb_status
find_key(struct db *db, const char *table, const char *what, const char *key,
    long long *id, long long *partner, int *consent)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	const char	*slash = strchr(key, '/');
	char		 sql[256];
	int		 rc;

	*id = 0;
	if (slash == NULL || slash == key || slash[1] == '\0')
		return db_set_error(db, WB_INVALID, _("'%s': name a %s as "
		    "PARTNER/REF (e.g. MEP/V2025-006)"), key, what);
	snprintf(sql, sizeof(sql), "SELECT t.id, t.partner_id, %s FROM %s t "
	    "JOIN partner p ON p.id = t.partner_id WHERE p.code = ? AND "
	    "t.ref = ?", strcmp(table, "candidate") == 0 ? "t.consent" : "1",
	    table);
	if ((st = db_prepare(db, sql, &stmt)) != WB_OK)
		return st;
	sqlite3_bind_text(stmt, 1, key, (int)(slash - key), SQLITE_STATIC);
	sqlite3_bind_text(stmt, 2, slash + 1, -1, SQLITE_STATIC);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		*id = sqlite3_column_int64(stmt, 0);
		if (partner != NULL)
			*partner = sqlite3_column_int64(stmt, 1);
		if (consent != NULL)
			*consent = sqlite3_column_int(stmt, 2);
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_fail(db, _("looking up a record"));
	if (rc == SQLITE_DONE)
		return db_set_error(db, WB_NOT_FOUND, _("no %s '%s'"), what,
		    key);
	return WB_OK;
}

enum wb_status
workflow_vacancy_id(struct db *db, const char *key, long long *id)
{
	return find_key(db, "vacancy", _("vacancy"), key, id, NULL, NULL);
}

enum wb_status
workflow_candidate_id(struct db *db, const struct user_ctx *u,
    const char *key, long long *id)
{
	enum wb_status	st;
	long long	partner;
	int		consent;

	if ((st = find_key(db, "candidate", _("candidate"), key, id, &partner,
	    &consent)) != WB_OK)
		return st;
	if (!user_can_see_candidate(u, partner, consent)) {
		*id = 0;
		return db_set_error(db, WB_NOT_FOUND, _("no %s '%s'"),
		    _("candidate"), key);
	}
	return WB_OK;
}

/*
 * A vacancy (vacancy = 1, with its positions) or a candidate (with its
 * consent) by id, with its key, status and version.  WB_NOT_FOUND
 * (message set) when there is none.
 */
static enum wb_status
load_rec(struct db *db, int vacancy, long long id, struct wf_rec *r)
{
	const char	*table = vacancy ? "vacancy" : "candidate";
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	char		 sql[256];
	int		 rc;

	memset(r, 0, sizeof(*r));
	snprintf(sql, sizeof(sql), "SELECT x.id, x.partner_id, p.code || "
	    "'/' || x.ref, x.status, x.%s, x.version FROM %s x JOIN partner "
	    "p ON p.id = x.partner_id WHERE x.id = ?", vacancy ? "positions" :
	    "consent", table);
	if ((st = db_prepare(db, sql, &stmt)) != WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, id);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		r->id = sqlite3_column_int64(stmt, 0);
		r->partner_id = sqlite3_column_int64(stmt, 1);
		db_column_copy(r->key, sizeof(r->key), stmt, 2);
		db_column_copy(r->status, sizeof(r->status), stmt, 3);
		if (vacancy)
			r->positions = sqlite3_column_int64(stmt, 4);
		else
			r->consent = sqlite3_column_int(stmt, 4);
		r->version = sqlite3_column_int64(stmt, 5);
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_fail(db, vacancy ? _("reading the vacancy") :
		    _("reading the candidate"));
	if (rc == SQLITE_DONE)
		return db_set_error(db, WB_NOT_FOUND, vacancy ?
		    _("no vacancy with id %lld") : _("no candidate with id "
		    "%lld"), id);
	return WB_OK;
}

static enum wb_status
load_vacancy(struct db *db, long long id, struct wf_rec *r)
{
	return load_rec(db, 1, id, r);
}

/* A candidate the user may not see is not found. */
static enum wb_status
load_candidate(struct db *db, const struct user_ctx *u, long long id,
    struct wf_rec *r)
{
	enum wb_status	st;

	if ((st = load_rec(db, 0, id, r)) != WB_OK)
		return st;
	if (!user_can_see_candidate(u, r->partner_id, r->consent))
		return db_set_error(db, WB_NOT_FOUND, _("no candidate with id "
		    "%lld"), id);
	return WB_OK;
}

static enum wb_status
check_text(struct db *db, const char *field, const char *s)
{
	char	err[VERR];

	if (s != NULL && validate_text(s, 1, NOTE_MAX, err) != WB_OK)
		return db_set_error(db, WB_INVALID, "%s: %s", field, err);
	return WB_OK;
}

/* A given date (validated) or today, as YYYY-MM-DD. */
static enum wb_status
day(struct db *db, const char *given, char *out)
{
	char	err[VERR];

	if (given == NULL || *given == '\0') {
		date_format(date_today(), out);
		return WB_OK;
	}
	if (validate_date(given, out, err) != WB_OK)
		return db_set_error(db, WB_INVALID, _("date: %s"), err);
	return WB_OK;
}

static enum wb_status
exec_ids(struct db *db, const char *sql, long long a, long long b)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	int		 rc;

	if ((st = db_prepare(db, sql, &stmt)) != WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, a);
	if (sqlite3_bind_parameter_count(stmt) >= 2)
		sqlite3_bind_int64(stmt, 2, b);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return db_fail(db, _("writing the pipeline"));
	return WB_OK;
}

static enum wb_status
step_insert(struct db *db, const struct user_ctx *u, long long proposal,
    enum wf_step step, const char *on, const char *note, const char *reason)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	int		 rc;

	if ((st = db_prepare(db, "INSERT INTO proposal_step (proposal_id, "
	    "step, on_date, by_user_id, note, reason) VALUES (?, ?, ?, ?, ?, "
	    "?)", &stmt)) != WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, proposal);
	sqlite3_bind_text(stmt, 2, step_names[step], -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 3, on, -1, SQLITE_STATIC);
	if (u->id != 0)
		sqlite3_bind_int64(stmt, 4, u->id);
	if (note != NULL && *note != '\0')
		sqlite3_bind_text(stmt, 5, note, -1, SQLITE_STATIC);
	if (reason != NULL)
		sqlite3_bind_text(stmt, 6, reason, -1, SQLITE_STATIC);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return db_fail(db, _("recording the step"));
	return WB_OK;
}

enum wb_status
workflow_recent_elsewhere(struct db *db, long long vacancy_id,
    long long candidate_id, struct wf_recent *out, size_t max, size_t *n)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	char		 since[11];
	int		 rc;

	*n = 0;
	date_format(date_today() - WF_RECENT_DAYS, since);
	if ((st = db_prepare(db, "SELECT pr.id, p.code || '/' || v.ref, "
	    "pr.proposed_on, coalesce(u.login, ''), pr.step FROM proposal pr "
	    "JOIN vacancy v ON v.id = pr.vacancy_id "
	    "JOIN partner p ON p.id = v.partner_id "
	    "LEFT JOIN app_user u ON u.id = pr.proposed_by "
	    "WHERE pr.candidate_id = ? AND pr.vacancy_id <> ? AND "
	    "pr.proposed_on >= ? ORDER BY pr.proposed_on DESC, pr.id DESC",
	    &stmt)) != WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, candidate_id);
	sqlite3_bind_int64(stmt, 2, vacancy_id);
	sqlite3_bind_text(stmt, 3, since, -1, SQLITE_TRANSIENT);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW && *n < max) {
		struct wf_recent	*r = &out[(*n)++];

		r->proposal_id = sqlite3_column_int64(stmt, 0);
		db_column_copy(r->vacancy, sizeof(r->vacancy), stmt, 1);
		db_column_copy(r->proposed_on, sizeof(r->proposed_on), stmt, 2);
		db_column_copy(r->by, sizeof(r->by), stmt, 3);
		if (workflow_step_parse((const char *)sqlite3_column_text(stmt,
		    4), &r->step) != WB_OK)
			r->step = WF_PROPOSED;
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_fail(db, _("reading the proposals"));
	return WB_OK;
}

/* Why c cannot be proposed for v as they are now: WB_OK when they can. */
static enum wb_status
propose_refusal(struct db *db, const struct wf_rec *v, const struct wf_rec *c)
{
	enum wb_status	st;
	enum wf_step	cur;

	if (strcmp(v->status, "open") != 0)
		return db_set_error(db, WB_INVALID, _("%s is %s, not open: it "
		    "takes no proposals"), v->key,
		    vocab_word(VOCAB_VACANCY_STATUS, v->status));
	if (strcmp(c->status, "geplaatst") == 0 ||
	    strcmp(c->status, "inactief") == 0)
		return db_set_error(db, WB_INVALID, _("%s is %s and cannot be "
		    "proposed"), c->key,
		    vocab_word(VOCAB_CANDIDATE_STATUS, c->status));
	if ((st = workflow_step_of(db, v->id, c->id, &cur, NULL)) == WB_OK)
		return db_set_error(db, WB_EXISTS, _("%s is already in the "
		    "pipeline of %s (step %s)"), c->key, v->key,
		    vocab_word(VOCAB_STEP, step_names[cur]));
	return st == WB_NOT_FOUND ? WB_OK : st;
}

enum wb_status
workflow_may_propose(struct db *db, const struct user_ctx *u,
    long long vacancy_id, long long candidate_id)
{
	struct wf_rec	v, c;
	enum wb_status	st;

	if ((st = user_require(db, u, PERM_PIPELINE)) != WB_OK ||
	    (st = load_vacancy(db, vacancy_id, &v)) != WB_OK ||
	    (st = load_candidate(db, u, candidate_id, &c)) != WB_OK)
		return st;
	return propose_refusal(db, &v, &c);
}

/*
 * Who proposes (req->by, a team member; none: u) into *by_id and
 * by_login, and by when (req->due, not before on) into due ("" none).
 */
static enum wb_status
proposer(struct db *db, const struct user_ctx *u,
    const struct wf_propose *req, const char *on, long long *by_id,
    char *by_login, char *due)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	char		 err[512];
	int		 rc;

	*by_id = u->id;
	snprintf(by_login, TEAM_LOGIN_MAX, "%s", u->login);
	due[0] = '\0';
	if (req->due != NULL && *req->due != '\0') {
		if (validate_date(req->due, due, err) != WB_OK)
			return db_set_error(db, WB_INVALID, _("due: %s"), err);
		if (strcmp(due, on) < 0)
			return db_set_error(db, WB_INVALID, _("due: %s is before "
			    "the proposal (%s)"), due, on);
	}
	if (req->by == NULL || *req->by == '\0')
		return WB_OK;
	if ((st = team_resolve(db, req->by, by_login, err, sizeof(err))) !=
	    WB_OK)
		return db_set_error(db, st, _("by: %s"), err);
	if ((st = db_prepare(db, "SELECT id FROM app_user WHERE login = ?",
	    &stmt)) != WB_OK)
		return st;
	sqlite3_bind_text(stmt, 1, by_login, -1, SQLITE_STATIC);
	rc = sqlite3_step(stmt);
	*by_id = rc == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : 0;
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_fail(db, _("reading the users"));
	return WB_OK;
}

enum wb_status
workflow_propose(struct db *db, const struct user_ctx *u,
    const struct wf_propose *req, struct wf_propose_result *res)
{
	return propose(db, u, req, res, 1);
}

enum wb_status
workflow_propose_in(struct db *db, const struct user_ctx *u,
    const struct wf_propose *req, struct wf_propose_result *res)
{
	if (!db_in_transaction(db))
		return db_set_error(db, WB_ERROR, "%s", _("proposing in a "
		    "transaction that was not begun"));
	return propose(db, u, req, res, 0);
}

/* Put forward in a transaction of its own (own) or in the caller's. */
static enum wb_status
propose(struct db *db, const struct user_ctx *u, const struct wf_propose *req,
    struct wf_propose_result *res, int own)
{
	struct wf_rec	 v, c;
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	char		 on[11], detail[192], list[512], due[11];
	char		 by[TEAM_LOGIN_MAX];
	long long	 by_id;
	size_t		 i, n;
	int		 rc;

	memset(res, 0, sizeof(*res));
	if ((st = user_require(db, u, PERM_PIPELINE)) != WB_OK ||
	    (st = check_text(db, _("note"), req->note)) != WB_OK ||
	    (st = day(db, req->on_date, on)) != WB_OK ||
	    (st = proposer(db, u, req, on, &by_id, by, due)) != WB_OK)
		return st;
	if (own && (st = db_begin(db)) != WB_OK)
		return st;
	if ((st = load_vacancy(db, req->vacancy_id, &v)) != WB_OK ||
	    (st = load_candidate(db, u, req->candidate_id, &c)) != WB_OK ||
	    (st = propose_refusal(db, &v, &c)) != WB_OK)
		goto fail;

	if ((st = workflow_recent_elsewhere(db, v.id, c.id, res->recent,
	    sizeof(res->recent) / sizeof(res->recent[0]), &res->nrecent)) !=
	    WB_OK)
		goto fail;
	if (res->nrecent > 0 && !req->confirmed) {
		for (i = 0, n = 0, list[0] = '\0'; i < res->nrecent &&
		    n < sizeof(list); i++)
			n += (size_t)snprintf(list + n, sizeof(list) - n,
			    "%s%s (%s%s%s, %s)", i ? "; " : "",
			    res->recent[i].vacancy, res->recent[i].proposed_on,
			    res->recent[i].by[0] ? _(" by ") : "",
			    res->recent[i].by, vocab_word(VOCAB_STEP,
			    step_names[res->recent[i].step]));
		res->confirm = 1;
		st = db_set_error(db, WB_EXISTS, _("%s was proposed elsewhere "
		    "in the last %d days: %s"), c.key, WF_RECENT_DAYS, list);
		goto fail;
	}

	if ((st = db_prepare(db, "INSERT INTO proposal (vacancy_id, "
	    "candidate_id, step, proposed_on, proposed_by, due_on) VALUES "
	    "(?, ?, 'proposed', ?, ?, ?)", &stmt)) != WB_OK)
		goto fail;
	sqlite3_bind_int64(stmt, 1, v.id);
	sqlite3_bind_int64(stmt, 2, c.id);
	sqlite3_bind_text(stmt, 3, on, -1, SQLITE_STATIC);
	if (by_id != 0)
		sqlite3_bind_int64(stmt, 4, by_id);
	if (due[0] != '\0')
		sqlite3_bind_text(stmt, 5, due, -1, SQLITE_STATIC);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE) {
		st = db_fail(db, _("recording the proposal"));
		goto fail;
	}
	res->proposal_id = sqlite3_last_insert_rowid(db_sqlite(db));
	if ((st = step_insert(db, u, res->proposal_id, WF_PROPOSED, on,
	    req->note, NULL)) != WB_OK ||
	    (st = exec_ids(db, "UPDATE candidate SET status = 'in_traject', "
	    "version = version + 1, updated_at = datetime('now') WHERE id = ? "
	    "AND status = 'beschikbaar'", c.id, 0)) != WB_OK)
		goto fail;
	snprintf(detail, sizeof(detail), "vacancy=%lld candidate=%lld%s%s%s"
	    "%s%s", v.id, c.id, res->nrecent > 0 ? " confirmed" : "",
	    by_id != u->id ? " by=" : "", by_id != u->id ? by : "",
	    due[0] != '\0' ? " due=" : "", due);
	if (!own)
		return audit_append(db, u->login, "propose", "proposal",
		    res->proposal_id, detail);
	return audit_commit(db, u->login, "propose", "proposal",
	    res->proposal_id, detail);
fail:
	if (own)
		db_rollback(db);
	return st;
}

enum wb_status
workflow_step_of(struct db *db, long long vacancy_id, long long candidate_id,
    enum wf_step *step, long long *version)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	int		 rc;

	if ((st = db_prepare(db, "SELECT step, version FROM proposal WHERE "
	    "vacancy_id = ? AND candidate_id = ?", &stmt)) != WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, vacancy_id);
	sqlite3_bind_int64(stmt, 2, candidate_id);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if (workflow_step_parse((const char *)sqlite3_column_text(stmt,
		    0), step) != WB_OK)
			*step = WF_PROPOSED;
		if (version != NULL)
			*version = sqlite3_column_int64(stmt, 1);
	}
	sqlite3_finalize(stmt);
	if (rc == SQLITE_ROW)
		return WB_OK;
	if (rc == SQLITE_DONE)
		return WB_NOT_FOUND;
	return db_fail(db, _("reading the proposals"));
}

/* Why v takes no placement now: WB_OK (and *placed so far) when it does. */
static enum wb_status
place_refusal(struct db *db, const struct wf_rec *v, long long *placed)
{
	enum wb_status	st;
	char		sql[128];

	if (strcmp(v->status, "open") != 0 && strcmp(v->status, "on_hold") !=
	    0)
		return db_set_error(db, WB_INVALID, _("%s is %s: no position "
		    "is open"), v->key,
		    vocab_word(VOCAB_VACANCY_STATUS, v->status));
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM placement WHERE "
	    "vacancy_id = %lld", v->id);
	if ((st = db_query_int(db, sql, placed)) != WB_OK)
		return st;
	if (*placed >= v->positions)
		return db_set_error(db, WB_INVALID, _("all %lld positions of %s "
		    "are placed"), v->positions, v->key);
	return WB_OK;
}

enum wb_status
workflow_may_place(struct db *db, long long vacancy_id)
{
	struct wf_rec	v;
	enum wb_status	st;
	long long	placed;

	if ((st = load_vacancy(db, vacancy_id, &v)) != WB_OK)
		return st;
	return place_refusal(db, &v, &placed);
}

static enum wb_status
record_placement(struct db *db, const struct user_ctx *u,
    const struct wf_rec *v, const struct wf_rec *c, long long proposal,
    const struct wf_placement *pl, const char *on,
    struct wf_advance_result *res)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	long long	 placed;
	size_t		 i;
	char		 detail[96];
	int		 rc;

	if ((st = place_refusal(db, v, &placed)) != WB_OK)
		return st;

	if ((st = db_prepare(db, "INSERT INTO placement (vacancy_id, "
	    "candidate_id, proposal_id, person_no, partner_id, target_group, "
	    "municipality_code, start_date, contract, hours, consultant_id) "
	    "SELECT ?1, c.id, ?2, c.id, c.partner_id, c.target_group, "
	    "p4.municipality_code, ?3, ?4, ?5, c.consultant_id FROM candidate c "
	    "LEFT JOIN pc4 p4 ON p4.code = c.pc4 WHERE c.id = ?6", &stmt)) !=
	    WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, v->id);
	sqlite3_bind_int64(stmt, 2, proposal);
	sqlite3_bind_text(stmt, 3, pl->start, -1, SQLITE_STATIC);
	if (pl->contract != NULL)
		sqlite3_bind_text(stmt, 4, pl->contract, -1, SQLITE_STATIC);
	if (pl->hours >= 0)
		sqlite3_bind_double(stmt, 5, pl->hours);
	sqlite3_bind_int64(stmt, 6, c->id);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return db_fail(db, _("recording the placement"));
	res->placement_id = sqlite3_last_insert_rowid(db_sqlite(db));

	for (i = 0; i < pl->ninstruments; i++) {
		if ((st = db_prepare(db, "INSERT INTO placement_instrument "
		    "(placement_id, instrument, percentage) VALUES (?, ?, ?)",
		    &stmt)) != WB_OK)
			return st;
		sqlite3_bind_int64(stmt, 1, res->placement_id);
		sqlite3_bind_text(stmt, 2, pl->instruments[i].name, -1,
		    SQLITE_STATIC);
		if (pl->instruments[i].percentage >= 0)
			sqlite3_bind_double(stmt, 3,
			    pl->instruments[i].percentage);
		rc = sqlite3_step(stmt);
		sqlite3_finalize(stmt);
		if (rc != SQLITE_DONE)
			return db_fail(db, _("recording the instruments"));
	}
	/*
	 * In work: out of the pool from the day placed (candidate.h), for
	 * the reason placing proposes (outflow.h); outflow_leave changes it.
	 */
	if ((st = db_prepare(db, "UPDATE candidate SET status = 'geplaatst', "
	    "left_on = max(?2, registered_on), leave_reason = "
	    "'werk_via_team', leave_note = NULL, version = version + 1, "
	    "updated_at = datetime('now') WHERE id = ?1", &stmt)) != WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, c->id);
	sqlite3_bind_text(stmt, 2, on, -1, SQLITE_STATIC);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return db_fail(db, _("writing the pipeline"));
	snprintf(detail, sizeof(detail), "vacancy=%lld candidate=%lld "
	    "proposal=%lld", v->id, c->id, proposal);
	if ((st = audit_append(db, u->login, "place", "placement",
	    res->placement_id, detail)) != WB_OK)
		return st;

	placed++;
	res->positions_left = (int)(v->positions - placed);
	if (placed < v->positions)
		return WB_OK;
	if ((st = db_prepare(db, "UPDATE vacancy SET status = 'vervuld', "
	    "closed_on = ?, version = version + 1, updated_at = "
	    "datetime('now') WHERE id = ?", &stmt)) != WB_OK)
		return st;
	sqlite3_bind_text(stmt, 1, on, -1, SQLITE_STATIC);
	sqlite3_bind_int64(stmt, 2, v->id);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return db_fail(db, _("closing the vacancy"));
	res->vacancy_filled = 1;
	if ((st = workflow_running(db, v->id, &placed)) != WB_OK)
		return st;
	res->others_open = (int)placed;
	return audit_append(db, u->login, "update", "vacancy", v->id,
	    "status=vervuld");
}

enum vocab_set
workflow_reason_set(enum wf_step s)
{
	return s == WF_NOT_CHOSEN ? VOCAB_NOT_CHOSEN_REASON :
	    s == WF_WITHDRAWN ? VOCAB_WITHDRAWN_REASON : VOCAB_NONE;
}

/* The ending's reason from its list, required; none for other steps. */
static enum wb_status
check_reason(struct db *db, const struct wf_advance *req, const char **code)
{
	enum vocab_set	 set = workflow_reason_set(req->step);
	char		 err[VERR], list[400];

	*code = NULL;
	if (set == VOCAB_NONE) {
		if (req->reason != NULL && *req->reason != '\0')
			return db_set_error(db, WB_INVALID, _("%s: only not "
			    "chosen and withdrawn take a reason"), _("reason"));
		return WB_OK;
	}
	if (req->reason != NULL && *req->reason != '\0') {
		if (vocab_parse(set, req->reason, code, err, sizeof(err)) !=
		    WB_OK)
			return db_set_error(db, WB_INVALID, "%s: %s",
			    _("reason"), err);
		return WB_OK;
	}
	outflow_reason_list(set, list, sizeof(list));
	return db_set_error(db, WB_INVALID, req->step == WF_NOT_CHOSEN ?
	    _("%s: say why the employer did not choose them: %s") :
	    _("%s: say why the candidate withdrew: %s"), _("reason"), list);
}

/* An in_traject candidate with no proposal still running is available. */
static enum wb_status
release_candidate(struct db *db, long long candidate)
{
	return exec_ids(db, "UPDATE candidate SET status = 'beschikbaar', "
	    "version = version + 1, updated_at = datetime('now') WHERE id = ?1 "
	    "AND status = 'in_traject' AND NOT EXISTS (SELECT 1 FROM proposal "
	    "WHERE candidate_id = ?1 AND (step = 'proposed' OR "
	    "step = 'interview'))", candidate, 0);
}

enum wb_status
workflow_advance(struct db *db, const struct user_ctx *u,
    const struct wf_advance *req, struct wf_advance_result *res)
{
	struct wf_rec	 v, c;
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	long long	 version;
	char		 on[11], detail[128], next[96], at[32];
	int		 rc;

	memset(res, 0, sizeof(*res));
	if ((st = user_require(db, u, PERM_PIPELINE)) != WB_OK ||
	    (st = check_text(db, _("note"), req->note)) != WB_OK ||
	    (st = day(db, req->on_date, on)) != WB_OK)
		return st;
	if ((unsigned)req->step >= WF_NSTEPS || req->step == WF_PROPOSED)
		return db_set_error(db, WB_INVALID, _("a step is one of "
		    "interview, placed, not_chosen, withdrawn (propose puts a "
		    "candidate forward)"));
	if (req->step == WF_PLACED && req->placement == NULL)
		return db_set_error(db, WB_INVALID, _("placed needs the "
		    "placement: its start date at least"));

	if ((st = db_begin(db)) != WB_OK)
		return st;
	if ((st = load_vacancy(db, req->vacancy_id, &v)) != WB_OK ||
	    (st = load_candidate(db, u, req->candidate_id, &c)) != WB_OK)
		goto fail;
	if ((st = workflow_step_of(db, v.id, c.id, &res->from, &version)) ==
	    WB_NOT_FOUND) {
		st = db_set_error(db, WB_NOT_FOUND, _("%s is not in the "
		    "pipeline of %s; propose them first"), c.key, v.key);
		goto fail;
	} else if (st != WB_OK)
		goto fail;
	if ((st = db_prepare(db, "SELECT id FROM proposal WHERE vacancy_id = ? "
	    "AND candidate_id = ?", &stmt)) != WB_OK)
		goto fail;
	sqlite3_bind_int64(stmt, 1, v.id);
	sqlite3_bind_int64(stmt, 2, c.id);
	if (sqlite3_step(stmt) == SQLITE_ROW)
		res->proposal_id = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);

	if (req->version != 0 && req->version != version) {
		if (audit_last(db, "proposal", res->proposal_id, &res->stale) ==
		    WB_OK)
			st = db_set_error(db, WB_STALE, _("%s for %s was "
			    "changed by %s at %s since you read it; it is now "
			    "at '%s'"), c.key, v.key, res->stale.login,
			    date_time_local(res->stale.at, at, sizeof(at)),
			    vocab_word(VOCAB_STEP, step_names[res->from]));
		else
			st = db_set_error(db, WB_STALE, _("%s for %s was "
			    "changed by someone else since you read it; it is "
			    "now at '%s'"), c.key, v.key,
			    vocab_word(VOCAB_STEP, step_names[res->from]));
		goto fail;
	}
	if (!workflow_can_follow(res->from, req->step)) {
		st = db_set_error(db, WB_INVALID, _("%s is at '%s' for %s; "
		    "'%s' cannot follow it (next: %s)"), c.key,
		    vocab_word(VOCAB_STEP, step_names[res->from]), v.key,
		    vocab_word(VOCAB_STEP, step_names[req->step]),
		    workflow_next_steps(res->from, next, sizeof(next)));
		goto fail;
	}
	if ((st = check_reason(db, req, &res->reason)) != WB_OK)
		goto fail;

	if ((st = db_prepare(db, "UPDATE proposal SET step = ?, version = "
	    "version + 1, updated_at = datetime('now') WHERE id = ?", &stmt))
	    != WB_OK)
		goto fail;
	sqlite3_bind_text(stmt, 1, step_names[req->step], -1, SQLITE_STATIC);
	sqlite3_bind_int64(stmt, 2, res->proposal_id);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE) {
		st = db_fail(db, _("writing the pipeline"));
		goto fail;
	}
	if ((st = step_insert(db, u, res->proposal_id, req->step, on,
	    req->note, res->reason)) != WB_OK)
		goto fail;
	snprintf(detail, sizeof(detail), "step=%s vacancy=%lld "
	    "candidate=%lld%s%s", step_names[req->step], v.id, c.id,
	    res->reason != NULL ? " reason=" : "", res->reason != NULL ?
	    res->reason : "");
	if ((st = audit_append(db, u->login, "advance", "proposal",
	    res->proposal_id, detail)) != WB_OK)
		goto fail;
	if (req->step == WF_PLACED)
		st = record_placement(db, u, &v, &c, res->proposal_id,
		    req->placement, on, res);
	else if (req->step == WF_NOT_CHOSEN || req->step == WF_WITHDRAWN)
		st = release_candidate(db, c.id);
	if (st != WB_OK)
		goto fail;
	return db_commit(db);
fail:
	db_rollback(db);
	return st;
}
