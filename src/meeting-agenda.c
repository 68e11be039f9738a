/*
 * meeting-agenda.c: the Monday meeting's agenda from the data (new,
 * open and filled vacancies, follow-ups, open action items) and its
 * Markdown form, shared with the minutes (meeting.c).  Rules in
 * meeting.h.
 */
#include "werkbank/meeting.h"

#include <stdlib.h>
#include <string.h>

#include "werkbank/date.h"
#include "werkbank/i18n.h"
#include "werkbank/outflow.h"
#include "werkbank/text.h"
#include "werkbank/validate.h"
#include "werkbank/vacancy.h"
#include "werkbank/vocab.h"
#include "werkbank/workflow.h"
#include "werkbank/xmalloc.h"

#include "meeting-int.h"

static enum wb_status load_vacancies(struct db *, const char *, const char *,
		    int, struct meeting_vacancy **, size_t *);
static enum wb_status load_filled(struct db *, const struct user_ctx *,
		    const char *, struct meeting_fill **, size_t *);
static enum wb_status load_ended(struct db *, const struct user_ctx *,
		    const char *, struct meeting_ended **, size_t *);
static void	vacancies_free(struct meeting_vacancy *, size_t);
static void	md_vacancies(FILE *, const char *, const char *,
		    const struct meeting_vacancy *, size_t, int);

/* The day of the latest meeting held before `before`, or "". */
enum wb_status
meeting_last_before(struct db *db, const char *before, char *out)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	int		 rc;

	out[0] = '\0';
	if ((st = db_prepare(db, "SELECT max(held_on) FROM meeting WHERE "
	    "held_on < ?", &stmt)) != WB_OK)
		return st;
	sqlite3_bind_text(stmt, 1, before, -1, SQLITE_TRANSIENT);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
		db_column_copy(out, 11, stmt, 0);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW)
		return db_fail(db, _("reading the meetings"));
	return WB_OK;
}

/* Data into Markdown: inert (sanitized) and with its syntax escaped. */
void
meeting_md(FILE *fp, const char *s)
{
	char		*clean;
	const char	*p;

	if (s == NULL || *s == '\0') {
		fputs("–", fp);
		return;
	}
	clean = text_sanitize(s);
	for (p = clean; *p != '\0'; p++) {
		if (strchr("\\|*_`[]<>#~", *p) != NULL)
			fputc('\\', fp);
		fputc(*p, fp);
	}
	free(clean);
}

void
meeting_md_actions(FILE *fp, const char *heading, const struct meeting_action *a,
    size_t n)
{
	size_t	i;

	fprintf(fp, "\n## %s\n\n", heading);
	if (n == 0) {
		fprintf(fp, "%s\n", _("None."));
		return;
	}
	for (i = 0; i < n; i++) {
		fprintf(fp, "- [%c] ", a[i].done[0] ? 'x' : ' ');
		meeting_md(fp, a[i].what);
		fprintf(fp, " — %s ", _("who:"));
		if (a[i].owner_name[0] != '\0' &&
		    strcmp(a[i].owner_name, a[i].owner) != 0) {
			meeting_md(fp, a[i].owner_name);
			fputs(" (", fp);
			meeting_md(fp, a[i].owner);
			fputs(")", fp);
		} else
			meeting_md(fp, a[i].owner);
		fprintf(fp, ", %s %s", _("due:"), a[i].due[0] ? a[i].due : "–");
		if (a[i].vacancy[0] != '\0') {
			fputs(", ", fp);
			meeting_md(fp, a[i].vacancy);
		}
		if (a[i].candidate[0] != '\0') {
			fputs(", ", fp);
			meeting_md(fp, a[i].candidate);
		}
		if (a[i].done[0] != '\0')
			fprintf(fp, ", %s %s", _("done:"), a[i].done);
		fprintf(fp, " (#%lld)\n", a[i].id);
	}
}

/* The columns every vacancy query of the agenda selects. */
#define VACANCY_COLS \
	"SELECT v.id, p.code || '/' || v.ref, v.title, e.name, p.code, " \
	"v.positions, v.collected_on, v.status, " \
	"CAST(julianday(?1) - julianday(v.collected_on) AS INTEGER), " \
	"(SELECT count(*) FROM proposal WHERE vacancy_id = v.id AND " \
	" step = 'proposed'), " \
	"(SELECT count(*) FROM proposal WHERE vacancy_id = v.id AND " \
	" step = 'interview'), " \
	"(SELECT count(*) FROM placement WHERE vacancy_id = v.id), " \
	"coalesce(v.closed_on, '') FROM vacancy v " \
	"JOIN partner p ON p.id = v.partner_id " \
	"JOIN employer e ON e.id = v.employer_id "

static enum wb_status
load_vacancies(struct db *db, const char *where, const char *since,
    int today, struct meeting_vacancy **out, size_t *n)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	size_t		 cap = 0;
	char		*sql, day[11];
	int		 rc;

	*out = NULL;
	*n = 0;
	sql = xasprintf("%s%s", VACANCY_COLS, where);
	st = db_prepare(db, sql, &stmt);
	free(sql);
	if (st != WB_OK)
		return st;
	sqlite3_bind_text(stmt, 1, date_format(today, day), -1,
	    SQLITE_TRANSIENT);
	if (since != NULL)
		sqlite3_bind_text(stmt, 2, since, -1, SQLITE_TRANSIENT);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		struct meeting_vacancy	*v;

		if (*n == cap) {
			cap = cap ? cap * 2 : 16;
			*out = xreallocarray(*out, cap, sizeof(**out));
		}
		v = &(*out)[(*n)++];
		memset(v, 0, sizeof(*v));
		v->id = sqlite3_column_int64(stmt, 0);
		db_column_copy(v->key, sizeof(v->key), stmt, 1);
		v->title = db_column_dup(stmt, 2);
		v->employer = db_column_dup(stmt, 3);
		db_column_copy(v->partner, sizeof(v->partner), stmt, 4);
		v->positions = sqlite3_column_int(stmt, 5);
		db_column_copy(v->collected_on, sizeof(v->collected_on), stmt,
		    6);
		db_column_copy(v->status, sizeof(v->status), stmt, 7);
		v->age_days = sqlite3_column_int(stmt, 8);
		v->proposed = sqlite3_column_int(stmt, 9);
		v->interviews = sqlite3_column_int(stmt, 10);
		v->placed = sqlite3_column_int(stmt, 11);
		db_column_copy(v->closed_on, sizeof(v->closed_on), stmt, 12);
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return db_fail(db, _("reading the vacancies"));
	return WB_OK;
}

static enum wb_status
load_filled(struct db *db, const struct user_ctx *u, const char *since,
    struct meeting_fill **out, size_t *n)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	size_t		 cap = 0;
	int		 rc;

	*out = NULL;
	*n = 0;
	if ((st = db_prepare(db, "SELECT v.id, vp.code || '/' || v.ref, "
	    "v.title, v.closed_on, pl.id, coalesce(cp.code || '/' || c.ref, "
	    "''), pp.code, coalesce(u.login, ''), "
	    "coalesce((SELECT group_concat(instrument || CASE WHEN percentage "
	    " IS NULL THEN '' ELSE ':' || printf('%g', percentage) END, '|') "
	    " FROM (SELECT * FROM "
	    " placement_instrument WHERE placement_id = pl.id ORDER BY "
	    " instrument)), ''), pl.start_date, pl.partner_id, "
	    "coalesce(c.consent, 0) "
	    "FROM vacancy v JOIN partner vp ON vp.id = v.partner_id "
	    "JOIN placement pl ON pl.vacancy_id = v.id "
	    "JOIN partner pp ON pp.id = pl.partner_id "
	    "LEFT JOIN candidate c ON c.id = pl.candidate_id "
	    "LEFT JOIN partner cp ON cp.id = c.partner_id "
	    "LEFT JOIN proposal pr ON pr.id = pl.proposal_id "
	    "LEFT JOIN app_user u ON u.id = pr.proposed_by "
	    "WHERE v.status = 'vervuld' AND v.closed_on >= ? "
	    "ORDER BY v.closed_on, vp.code, v.ref, pl.id", &stmt)) != WB_OK)
		return st;
	sqlite3_bind_text(stmt, 1, since, -1, SQLITE_TRANSIENT);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		struct meeting_fill	*f;

		if (*n == cap) {
			cap = cap ? cap * 2 : 16;
			*out = xreallocarray(*out, cap, sizeof(**out));
		}
		f = &(*out)[(*n)++];
		memset(f, 0, sizeof(*f));
		f->vacancy_id = sqlite3_column_int64(stmt, 0);
		db_column_copy(f->vacancy, sizeof(f->vacancy), stmt, 1);
		f->title = db_column_dup(stmt, 2);
		db_column_copy(f->closed_on, sizeof(f->closed_on), stmt, 3);
		f->placement_id = sqlite3_column_int64(stmt, 4);
		if (user_can_see_candidate(u, sqlite3_column_int64(stmt, 10),
		    sqlite3_column_int(stmt, 11)))
			db_column_copy(f->candidate, sizeof(f->candidate), stmt,
			    5);
		db_column_copy(f->partner, sizeof(f->partner), stmt, 6);
		db_column_copy(f->by, sizeof(f->by), stmt, 7);
		db_column_copy(f->instruments, sizeof(f->instruments), stmt, 8);
		db_column_copy(f->start, sizeof(f->start), stmt, 9);
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return db_fail(db, _("reading the placements"));
	return WB_OK;
}

/* The proposals that ended since `since`, with the reason, oldest first. */
static enum wb_status
load_ended(struct db *db, const struct user_ctx *u, const char *since,
    struct meeting_ended **out, size_t *n)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	size_t		 cap = 0;
	int		 rc;

	*out = NULL;
	*n = 0;
	if ((st = db_prepare(db, "SELECT v.id, vp.code || '/' || v.ref, "
	    "cp.code || '/' || c.ref, cp.code, s.step, coalesce(s.reason, ''), "
	    "s.on_date, coalesce(u.login, ''), c.partner_id, c.consent "
	    "FROM proposal_step s JOIN proposal pr ON pr.id = s.proposal_id "
	    "JOIN vacancy v ON v.id = pr.vacancy_id "
	    "JOIN partner vp ON vp.id = v.partner_id "
	    "JOIN candidate c ON c.id = pr.candidate_id "
	    "JOIN partner cp ON cp.id = c.partner_id "
	    "LEFT JOIN app_user u ON u.id = s.by_user_id "
	    "WHERE s.step IN ('not_chosen', 'withdrawn') AND s.on_date >= ? "
	    "ORDER BY s.on_date, s.id", &stmt)) != WB_OK)
		return st;
	sqlite3_bind_text(stmt, 1, since, -1, SQLITE_TRANSIENT);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		struct meeting_ended	*e;

		if (*n == cap) {
			cap = cap ? cap * 2 : 16;
			*out = xreallocarray(*out, cap, sizeof(**out));
		}
		e = &(*out)[(*n)++];
		memset(e, 0, sizeof(*e));
		e->vacancy_id = sqlite3_column_int64(stmt, 0);
		db_column_copy(e->vacancy, sizeof(e->vacancy), stmt, 1);
		if (user_can_see_candidate(u, sqlite3_column_int64(stmt, 8),
		    sqlite3_column_int(stmt, 9)))
			db_column_copy(e->candidate, sizeof(e->candidate), stmt,
			    2);
		db_column_copy(e->partner, sizeof(e->partner), stmt, 3);
		db_column_copy(e->step, sizeof(e->step), stmt, 4);
		db_column_copy(e->reason, sizeof(e->reason), stmt, 5);
		db_column_copy(e->on, sizeof(e->on), stmt, 6);
		db_column_copy(e->by, sizeof(e->by), stmt, 7);
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return db_fail(db, _("reading the pipeline"));
	return WB_OK;
}

/* The reason of an ended proposal as people read it. */
const char *
meeting_ended_reason(const struct meeting_ended *e)
{
	return outflow_reason_word(workflow_reason_set(strcmp(e->step,
	    "withdrawn") == 0 ? WF_WITHDRAWN : WF_NOT_CHOSEN), e->reason);
}

enum wb_status
meeting_agenda_load(struct db *db, const struct user_ctx *u,
    const char *since, struct meeting_agenda *a)
{
	return meeting_agenda_load_weeks(db, u, since, MEETING_IDLE_WEEKS, a);
}

enum wb_status
meeting_agenda_load_weeks(struct db *db, const struct user_ctx *u,
    const char *since, int idle_weeks, struct meeting_agenda *a)
{
	struct contact_filter	due;
	enum wb_status	st;
	long long	version;
	int		today = date_today();
	char		err[VERR];

	memset(a, 0, sizeof(*a));
	if (idle_weeks < 1 || idle_weeks > 520)
		return db_set_error(db, WB_INVALID, "%s", _("the weeks without "
		    "a proposal are 1 to 520"));
	date_format(today, a->today);
	if (since != NULL && *since != '\0') {
		if (validate_date(since, a->since, err) != WB_OK)
			return db_set_error(db, WB_INVALID, "--since: %s", err);
	} else {
		if ((st = meeting_last_before(db, a->today, a->since)) != WB_OK)
			return st;
		if (a->since[0] == '\0')
			date_format(today - 7, a->since);
	}
	if ((st = meeting_current(db, &a->meeting_id, &version)) != WB_OK &&
	    st != WB_NOT_FOUND)
		return st;
	if ((st = summary_figures(db, &a->figures)) != WB_OK)
		return st;
	if ((st = load_vacancies(db, "WHERE v.collected_on >= ?2 ORDER BY "
	    "v.collected_on, p.code, v.ref", a->since, today,
	    &a->new_vacancies, &a->nnew)) != WB_OK ||
	    (st = load_vacancies(db, "WHERE " VACANCY_IS_OPEN("v.")
	    " ORDER BY v.collected_on, p.code, v.ref",
	    NULL, today, &a->open_vacancies, &a->nopen)) != WB_OK ||
	    (st = load_filled(db, u, a->since, &a->filled, &a->nfilled)) !=
	    WB_OK ||
	    (st = load_ended(db, u, a->since, &a->ended, &a->nended)) !=
	    WB_OK ||
	    (st = followup_due(db, u, -1, &a->followups, &a->nfollowups)) !=
	    WB_OK ||
	    (st = jobcoach_waiting_list(db, u, a->coach_days =
	    jobcoach_wait_days(db), &a->coach, &a->ncoach)) != WB_OK ||
	    (st = meeting_actions(db, u, 0, 0, &a->actions, &a->nactions)) !=
	    WB_OK)
		return st;
	a->idle_weeks = idle_weeks;
	if ((st = supply_load(db, u, 2, &a->supply)) != WB_OK ||
	    (st = supply_people_load(db, u, a->since, idle_weeks,
	    MEETING_PEOPLE, &a->people)) != WB_OK)
		return st;
	memset(&due, 0, sizeof(due));
	due.due = 1;
	return contact_list(db, u, &due, &a->contacts_due, &a->ncontacts_due);
}

static void
vacancies_free(struct meeting_vacancy *v, size_t n)
{
	size_t	i;

	if (v == NULL)
		return;
	for (i = 0; i < n; i++) {
		free(v[i].title);
		free(v[i].employer);
	}
	free(v);
}

void
meeting_agenda_clear(struct meeting_agenda *a)
{
	size_t	i;

	vacancies_free(a->new_vacancies, a->nnew);
	vacancies_free(a->open_vacancies, a->nopen);
	if (a->filled != NULL)
		for (i = 0; i < a->nfilled; i++)
			free(a->filled[i].title);
	free(a->filled);
	free(a->ended);
	free(a->followups);
	free(a->coach);
	meeting_actions_free(a->actions, a->nactions);
	contact_entries_free(a->contacts_due, a->ncontacts_due);
	supply_free(a->supply);
	supply_people_free(&a->people);
	memset(a, 0, sizeof(*a));
}

static void
md_vacancies(FILE *fp, const char *heading, const char *none,
    const struct meeting_vacancy *v, size_t n, int with_age)
{
	size_t	i;

	fprintf(fp, "\n## %s\n\n", heading);
	if (n == 0) {
		fprintf(fp, "%s\n", none);
		return;
	}
	fprintf(fp, "| %s | %s | %s | %s | %s | %s | %s |\n|---|---|---|---|"
	    "---:|---:|---|\n", _("Vacancy"), _("Title"), _("Employer"),
	    _("Collected"), with_age ? _("Days") : _("Positions"),
	    _("Proposed/interview/placed"), _("Status"));
	for (i = 0; i < n; i++) {
		fputs("| ", fp);
		meeting_md(fp, v[i].key);
		fputs(" | ", fp);
		meeting_md(fp, v[i].title);
		fputs(" | ", fp);
		meeting_md(fp, v[i].employer);
		fprintf(fp, " | %s | %d | ", v[i].collected_on, with_age ?
		    v[i].age_days : v[i].positions);
		/* TRANSLATORS: proposed/interviews/placed of positions. */
		fprintf(fp, _("%d/%d/%d of %d"), v[i].proposed,
		    v[i].interviews, v[i].placed, v[i].positions);
		fprintf(fp, " | %s |\n", vocab_word(VOCAB_VACANCY_STATUS,
		    v[i].status));
	}
}

static void
md_ended(const struct meeting_agenda *a, FILE *fp)
{
	size_t	i;

	fprintf(fp, "\n## ");
	fprintf(fp, _("Proposals ended since %s, and why"), a->since);
	fprintf(fp, "\n\n");
	if (a->nended == 0) {
		fprintf(fp, "%s\n", _("None."));
		return;
	}
	fprintf(fp, "| %s | %s | %s | %s | %s | %s |\n|---|---|---|---|---|---|\n",
	    _("Vacancy"), _("Candidate"), _("Ended"), _("Reason"), _("On"),
	    _("By"));
	for (i = 0; i < a->nended; i++) {
		const struct meeting_ended *e = &a->ended[i];

		fputs("| ", fp);
		meeting_md(fp, e->vacancy);
		fputs(" | ", fp);
		meeting_md(fp, e->candidate);
		fprintf(fp, " | %s | ", vocab_word(VOCAB_STEP, e->step));
		meeting_md(fp, meeting_ended_reason(e));
		fprintf(fp, " | %s | ", e->on);
		meeting_md(fp, e->by);
		fputs(" |\n", fp);
	}
}

static void
md_coach(const struct meeting_agenda *a, FILE *fp)
{
	size_t	i;

	fprintf(fp, "\n## ");
	fprintf(fp, _("Jobcoaching agreed, not started after %d days"),
	    a->coach_days);
	fprintf(fp, "\n\n");
	if (a->ncoach == 0) {
		fprintf(fp, "%s\n", _("None."));
		return;
	}
	fprintf(fp, "| %s | %s | %s | %s | %s | %s | %s |\n"
	    "|---:|---|---|---|---|---:|---|\n", _("Placement"), _("Vacancy"),
	    _("Candidate"), _("Partner"), _("Start"), _("Days"),
	    _("Job coach"));
	for (i = 0; i < a->ncoach; i++) {
		const struct jobcoach_waiting *w = &a->coach[i];

		fprintf(fp, "| %lld | ", w->placement_id);
		meeting_md(fp, w->vacancy);
		fputs(" | ", fp);
		meeting_md(fp, w->candidate);
		fputs(" | ", fp);
		meeting_md(fp, w->partner);
		fprintf(fp, " | %s | %d | ", w->start, w->days);
		meeting_md(fp, w->coach);
		fputs(" |\n", fp);
	}
}

void
meeting_agenda_markdown(const struct meeting_agenda *a, FILE *fp)
{
	char	ins[256];
	size_t	i;

	fprintf(fp, _("# Agenda of the match team, %s\n\nChanges since %s.\n"),
	    a->today, a->since);
	/* The figures as the overview and the screens give them. */
	fprintf(fp, _("\nOpen vacancies: %lld (%lld of them on hold). "
	    "Candidates in the pool: %lld.\n"), a->figures.open_vacancies,
	    a->figures.on_hold, a->figures.pool);
	md_vacancies(fp, _("New vacancies"), _("None."), a->new_vacancies,
	    a->nnew, 0);
	md_vacancies(fp, _("Open vacancies, oldest first"), _("None."),
	    a->open_vacancies, a->nopen, 1);
	fprintf(fp, "\n## %s\n\n", _("Filled vacancies and how"));
	if (a->nfilled == 0)
		fprintf(fp, "%s\n", _("None."));
	else
		fprintf(fp, "| %s | %s | %s | %s | %s | %s | %s | %s |\n"
		    "|---|---|---|---|---|---|---|---|\n", _("Vacancy"),
		    _("Title"), _("Filled"), _("Candidate"), _("Partner"),
		    _("Proposed by"), _("Instruments"), _("Start"));
	for (i = 0; i < a->nfilled; i++) {
		const struct meeting_fill *f = &a->filled[i];

		fputs("| ", fp);
		meeting_md(fp, f->vacancy);
		fputs(" | ", fp);
		meeting_md(fp, f->title);
		fprintf(fp, " | %s | ", f->closed_on);
		meeting_md(fp, f->candidate);
		fputs(" | ", fp);
		meeting_md(fp, f->partner);
		fputs(" | ", fp);
		meeting_md(fp, f->by);
		fputs(" | ", fp);
		meeting_md(fp, *f->instruments != '\0' ? vocab_words(
		    VOCAB_INSTRUMENT, f->instruments, ", ", ins, sizeof(ins)) :
		    "");
		fprintf(fp, " | %s |\n", f->start);
	}
	md_ended(a, fp);
	fprintf(fp, "\n## %s\n\n", _("Placements due for their follow-up"));
	if (a->nfollowups == 0)
		fprintf(fp, "%s\n", _("None."));
	else
		fprintf(fp, "| %s | %s | %s | %s | %s | %s |\n"
		    "|---:|---|---|---|---|---|\n", _("Placement"),
		    _("Vacancy"), _("Candidate"), _("Partner"), _("Start"),
		    _("Check due"));
	for (i = 0; i < a->nfollowups; i++) {
		const struct followup_item *f = &a->followups[i];

		fprintf(fp, "| %lld | ", f->placement_id);
		meeting_md(fp, f->vacancy);
		fputs(" | ", fp);
		meeting_md(fp, f->candidate);
		fputs(" | ", fp);
		meeting_md(fp, f->partner);
		fprintf(fp, _(" | %s | %d months: %s |\n"), f->start,
		    f->months, f->due);
	}
	md_coach(a, fp);
	meeting_md_supply(fp, a);
	meeting_md_contacts_due(fp, a);
	meeting_md_actions(fp, _("Open action items"), a->actions, a->nactions);
}

void
meeting_md_contacts_due(FILE *fp, const struct meeting_agenda *a)
{
	size_t	i;

	fprintf(fp, "\n## %s\n\n", _("Contacts with employers due"));
	if (a->ncontacts_due == 0) {
		fprintf(fp, "%s\n", _("None."));
		return;
	}
	fprintf(fp, "| %s | %s | %s | %s |\n|---|---|---|---|\n",
	    _("Employer"), _("Account manager"), _("Next contact"),
	    _("Last contact"));
	for (i = 0; i < a->ncontacts_due; i++) {
		const struct contact_entry *c = &a->contacts_due[i];

		fputs("| ", fp);
		meeting_md(fp, c->employer_name);
		fputs(" | ", fp);
		meeting_md(fp, c->manager);
		fprintf(fp, " | %s%s | %s, %s |\n", c->next, c->days < 0 ?
		    _(" (overdue)") : "", c->on, vocab_word(VOCAB_CONTACT_TYPE,
		    c->type));
	}
}
