/*
 * tui-pipeline.c: propose and advance from the matches pane
 * (tui-pipeline.h).  Everything the forms show is read before they
 * open; the change is made after, in one transaction of the workflow
 * core, carrying the proposal's version read when the form opened, so
 * that someone else's change in between is refused (WB_STALE) and shown
 * in a dialog instead of overwritten.
 */
#include "werkbank/tui-pipeline.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/date.h"
#include "werkbank/form.h"
#include "werkbank/i18n.h"
#include "werkbank/outflow.h"
#include "werkbank/tui-pick.h"
#include "werkbank/user.h"
#include "werkbank/validate.h"
#include "werkbank/vocab.h"

const char *
pipeline_step_label(enum wf_step s)
{
	return (unsigned)s < WF_NSTEPS ? vocab_word(VOCAB_STEP,
	    workflow_step_name(s)) : "";
}

/* "Proposed elsewhere this week": the list, and y/n. */
static int
confirm_recent(struct view_app *app, const struct view_pair *p,
    const struct wf_recent *r, size_t n)
{
	char		 title[160], buf[4][200], head[200];
	const char	*lines[6];
	size_t		 i, k = 0;

	snprintf(title, sizeof(title), _("Propose %s for %s"), p->candidate,
	    p->vacancy);
	snprintf(head, sizeof(head), _("%s was proposed elsewhere in the "
	    "last %d days:"), p->candidate, WF_RECENT_DAYS);
	lines[k++] = head;
	for (i = 0; i < n && i < 4; i++) {
		snprintf(buf[i], sizeof(buf[i]), _("  %s on %s by %s (%s)"),
		    r[i].vacancy, r[i].proposed_on, *r[i].by != '\0' ?
		    r[i].by : _("unknown"), pipeline_step_label(r[i].step));
		lines[k++] = buf[i];
	}
	lines[k++] = _("Propose for this vacancy too?");
	return dialog_run(title, lines, k, "yn", _("y: yes, propose   n: no"),
	    0, app->redraw, app->redraw_arg, app->stop) == 'y';
}

enum { PF_WHO, PF_DUE, PF_NOTE, PF_COUNT };

/* By when: not before today (the day it is proposed). */
static int
check_due(const char *value, char *err, size_t len, void *arg)
{
	char	today[11], day[11], e[VERR];

	(void)arg;
	date_format(date_today(), today);
	if (validate_date(value, day, e) == WB_OK && strcmp(day, today) < 0) {
		snprintf(err, len, _("%s is in the past"), day);
		return -1;
	}
	return 0;
}

/* The proposal's form: who proposes (a team member, the user offered),
 * by when, a note. */
static void
propose_form(struct view_app *app, const struct user_ctx *u,
    struct form *f, struct form_field *fl, struct pick *who)
{
	memset(fl, 0, sizeof(*fl) * PF_COUNT);
	fl[PF_WHO].label = _("Who proposes");
	fl[PF_WHO].required = 1;
	fl[PF_WHO].hint = _("a name or login; Down: the team");
	pick_init(who, PICK_TEAM, app->db, &fl[PF_WHO], VOCAB_NONE,
	    u->login);
	fl[PF_DUE].label = _("By when");
	fl[PF_DUE].kind = FORM_DATE;
	fl[PF_DUE].hint = _("a date; empty: none agreed");
	fl[PF_DUE].check = check_due;
	fl[PF_NOTE].label = _("Note");
	fl[PF_NOTE].kind = FORM_TEXT;
	fl[PF_NOTE].hint = _("optional: why this candidate");
	f->fields = fl;
	f->nfields = PF_COUNT;
	f->redraw = app->redraw;
	f->arg = app->redraw_arg;
	f->stop = app->stop;
}

/* A refusal about one field goes under it ("by: ...", "due: ..."): 1,
 * and the form opens again with everything as typed. */
static int
field_refusal(struct db *db, struct form_field *fl)
{
	const char	*m = db_error(db);
	char		 by[64], due[64];
	size_t		 n = 0;
	int		 at = -1;

	/* The core's words for the two fields (workflow.h). */
	snprintf(by, sizeof(by), _("by: %s"), "");
	snprintf(due, sizeof(due), _("due: %s"), "");
	if (strncmp(m, by, strlen(by)) == 0) {
		at = PF_WHO;
		n = strlen(by);
	} else if (strncmp(m, due, strlen(due)) == 0) {
		at = PF_DUE;
		n = strlen(due);
	}
	if (at < 0)
		return 0;
	snprintf(fl[at].err, sizeof(fl[at].err), "%s", m + n);
	return 1;
}

int
pipeline_proposer(struct view_app *app, const char *title, const char *line,
    char *by, char *due)
{
	struct user_ctx		 u;
	struct form_field	 fl[PF_COUNT];
	struct form		 f;
	struct pick		 who;
	const char		*lines[1];
	int			 ok;

	if (!view_may(app, PERM_PIPELINE, &u))
		return 0;
	lines[0] = line;
	memset(&f, 0, sizeof(f));
	f.title = title;
	f.lines = lines;
	f.nlines = 1;
	propose_form(app, &u, &f, fl, &who);
	f.nfields = PF_NOTE;	/* the slate writes its own note */
	if ((ok = form_run(&f) == FORM_SUBMITTED)) {
		snprintf(by, 64, "%s", pick_value(&who));
		snprintf(due, 11, "%s", form_value(&fl[PF_DUE]));
	}
	pick_clear(&who);
	return ok;
}

int
pipeline_propose(struct view_app *app, const struct view_pair *p)
{
	struct user_ctx			 u;
	struct wf_propose		 req;
	struct wf_propose_result	 res;
	struct wf_recent		 recent[4];
	struct form_field		 fl[PF_COUNT];
	struct form			 f;
	struct pick			 who;
	enum wb_status			 st;
	enum wf_step			 step;
	char				 title[160], l1[200], l2[200];
	char				 label[200];
	const char			*lines[2];
	size_t				 n = 0;

	if (!view_may(app, PERM_PIPELINE, &u))
		return 0;
	/* What cannot be done is refused before any question. */
	st = workflow_may_propose(app->db, &u, p->vacancy_id,
	    p->candidate_id);
	if (st == WB_EXISTS && workflow_step_of(app->db, p->vacancy_id,
	    p->candidate_id, &step, NULL) == WB_OK) {
		view_message(app, 1, _("%s is in the pipeline of %s already "
		    "(%s); a advances."), p->candidate, p->vacancy,
		    pipeline_step_label(step));
		return 0;
	}
	if (st != WB_OK) {
		view_message(app, 1, "%s", db_error(app->db));
		return 0;
	}
	/* Ask first, before anything is typed. */
	if (workflow_recent_elsewhere(app->db, p->vacancy_id, p->candidate_id,
	    recent, 4, &n) != WB_OK) {
		view_message(app, 1, "%s", db_error(app->db));
		return 0;
	}
	if (n > 0 && !confirm_recent(app, p, recent, n)) {
		view_message(app, 0, _("%s was not proposed."), p->candidate);
		return 0;
	}

	snprintf(title, sizeof(title), _("Propose %s for %s"), p->candidate,
	    p->vacancy);
	snprintf(l1, sizeof(l1), _("Candidate: %s  %s"), p->candidate, p->who);
	snprintf(l2, sizeof(l2), _("Vacancy:   %s  %s"), p->vacancy, p->title);
	lines[0] = l1;
	lines[1] = l2;
	memset(&f, 0, sizeof(f));
	f.title = title;
	f.lines = lines;
	f.nlines = 2;
	propose_form(app, &u, &f, fl, &who);
	memset(&req, 0, sizeof(req));
	req.vacancy_id = p->vacancy_id;
	req.candidate_id = p->candidate_id;
	req.confirmed = n > 0;
	do {
		if (form_run(&f) != FORM_SUBMITTED) {
			pick_clear(&who);
			view_message(app, 0, _("%s was not proposed."),
			    p->candidate);
			return 0;
		}
		req.by = pick_value(&who);
		req.due = form_value(&fl[PF_DUE]);
		req.note = form_value(&fl[PF_NOTE]);
		st = workflow_propose(app->db, &u, &req, &res);
		/* Proposed elsewhere while the form was open: ask again. */
		if (st == WB_EXISTS && res.confirm) {
			if (!confirm_recent(app, p, res.recent, res.nrecent)) {
				pick_clear(&who);
				view_message(app, 0, _("%s was not proposed."),
				    p->candidate);
				return 0;
			}
			req.confirmed = 1;
			st = workflow_propose(app->db, &u, &req, &res);
		}
	} while (st == WB_INVALID && field_refusal(app->db, fl));
	pick_label(&who, label, sizeof(label));
	pick_clear(&who);
	if (st != WB_OK) {
		view_message(app, 1, "%s", db_error(app->db));
		return st == WB_EXISTS;
	}
	if (*req.due != '\0')
		view_message(app, 0, _("Proposed %s for %s: %s proposes, by "
		    "%s."), p->candidate, p->vacancy, label, req.due);
	else
		view_message(app, 0, _("Proposed %s for %s: %s proposes."),
		    p->candidate, p->vacancy, label);
	return 1;
}

/* The contract choices: unknown first, then the schema's. */
static const char *const *
contract_values(void)
{
	static const char	*v[16];
	size_t			 i;

	if (v[0] == NULL) {
		v[0] = "";
		for (i = 0; validate_contracts[i] != NULL && i + 2 < 16; i++)
			v[i + 1] = validate_contracts[i];
	}
	return v;
}

static const char *const *
contract_labels(void)
{
	static const char	*l[16];
	const char *const	*v = contract_values();
	size_t			 i;

	l[0] = _("unknown");
	for (i = 1; v[i] != NULL; i++)
		l[i] = vocab_word(VOCAB_CONTRACT, v[i]);
	return l;
}

static int
check_instruments(const char *value, char *err, size_t len, void *arg)
{
	struct wf_placement	pl;

	(void)arg;
	memset(&pl, 0, sizeof(pl));
	return workflow_instruments_parse(value, &pl, err, len) == WB_OK ? 0 :
	    -1;
}

enum { PL_START, PL_CONTRACT, PL_HOURS, PL_INSTRUMENTS, PL_COUNT };

/* The placement form; 0 and *pl filled, or -1 when cancelled. */
static int
placement_form(struct view_app *app, const struct view_pair *p,
    struct wf_placement *pl)
{
	struct form_field	 fl[PL_COUNT];
	struct form		 f;
	char			 title[160], today[11], err[FORM_ERR_MAX];
	const char		*lines[1];

	memset(fl, 0, sizeof(fl));
	fl[PL_START].label = _("Start date");
	fl[PL_START].kind = FORM_DATE;
	fl[PL_START].required = 1;
	date_format(date_today(), today);
	form_field_set(&fl[PL_START], today);
	fl[PL_START].offered = 1;	/* a date typed replaces it */
	fl[PL_CONTRACT].label = _("Contract");
	fl[PL_CONTRACT].kind = FORM_CHOICE;
	fl[PL_CONTRACT].choices = contract_values();
	fl[PL_CONTRACT].choice_labels = contract_labels();
	fl[PL_CONTRACT].hint = _("Left/Right or Space to choose");
	fl[PL_HOURS].label = _("Hours a week");
	fl[PL_HOURS].kind = FORM_NUMBER;
	fl[PL_HOURS].min = 0;
	fl[PL_HOURS].max = 48;
	fl[PL_HOURS].hint = _("0 to 48");
	fl[PL_INSTRUMENTS].label = _("Instruments");
	fl[PL_INSTRUMENTS].kind = FORM_TEXT;
	fl[PL_INSTRUMENTS].check = check_instruments;
	fl[PL_INSTRUMENTS].hint = _("e.g. lks:40|jobcoach");
	snprintf(title, sizeof(title), _("Placement of %s in %s"),
	    p->candidate, p->vacancy);
	lines[0] = p->title;
	memset(&f, 0, sizeof(f));
	f.title = title;
	f.lines = lines;
	f.nlines = 1;
	f.fields = fl;
	f.nfields = PL_COUNT;
	f.redraw = app->redraw;
	f.arg = app->redraw_arg;
	f.stop = app->stop;
	for (;;) {
		if (form_run(&f) != FORM_SUBMITTED)
			return -1;
		/* The whole, as the CLI checks it: same rules, same words. */
		if (workflow_placement_parse(form_value(&fl[PL_START]),
		    form_value(&fl[PL_CONTRACT]), form_value(&fl[PL_HOURS]),
		    form_value(&fl[PL_INSTRUMENTS]), pl, err, sizeof(err)) ==
		    WB_OK)
			return 0;
		snprintf(fl[PL_START].err, sizeof(fl[PL_START].err), "%s", err);
	}
}

/*
 * Why the proposal ends (outflow.h): a choice from the step's list,
 * none chosen at first.  The code (static), or NULL when cancelled.
 */
static const char *
reason_form(struct view_app *app, const struct view_pair *p,
    enum wf_step step)
{
	enum vocab_set			 set = workflow_reason_set(step);
	const struct vocab_entry	*e;
	const char			*values[OUTFLOW_MAX_REASONS + 1];
	const char			*labels[OUTFLOW_MAX_REASONS + 1];
	const char			*lines[1];
	struct form_field		 fl;
	struct form			 f;
	char				 title[160];
	size_t				 n, i;

	e = vocab_entries(set, &n);
	values[0] = "";
	labels[0] = _("(choose)");
	for (i = 0; i < n && i + 2 < OUTFLOW_MAX_REASONS + 1; i++) {
		values[i + 1] = e[i].code;
		labels[i + 1] = vocab_entry_word(set, &e[i]);
	}
	values[i + 1] = labels[i + 1] = NULL;
	memset(&fl, 0, sizeof(fl));
	fl.label = _("Reason");
	fl.kind = FORM_CHOICE;
	fl.choices = values;
	fl.choice_labels = labels;
	fl.hint = _("Left/Right or Space to choose");
	snprintf(title, sizeof(title), _("%s: %s for %s"), pipeline_step_label(
	    step), p->candidate, p->vacancy);
	lines[0] = step == WF_NOT_CHOSEN ? _("Why did the employer not choose "
	    "them?") : _("Why did the candidate withdraw?");
	memset(&f, 0, sizeof(f));
	f.title = title;
	f.lines = lines;
	f.nlines = 1;
	f.fields = &fl;
	f.nfields = 1;
	f.redraw = app->redraw;
	f.arg = app->redraw_arg;
	f.stop = app->stop;
	for (;;) {
		if (form_run(&f) != FORM_SUBMITTED)
			return NULL;
		if (*form_value(&fl) != '\0')
			return form_value(&fl);
		snprintf(fl.err, sizeof(fl.err), "%s", _("choose the reason"));
	}
}

/*
 * The placement filled the vacancy and others are still in its
 * pipeline: offer to end them as not chosen, vacancy filled.
 */
static void
offer_close(struct view_app *app, const struct user_ctx *u,
    const struct view_pair *p, int others)
{
	char		 title[160], l1[200], l2[200];
	const char	*lines[2];
	int		 n;

	snprintf(title, sizeof(title), _("%s is filled"), p->vacancy);
	snprintf(l1, sizeof(l1), ngettext("%d other proposal for %s is still "
	    "open.", "%d other proposals for %s are still open.", others),
	    others, p->vacancy);
	snprintf(l2, sizeof(l2), "%s", ngettext("End it as not chosen, "
	    "reason: vacancy filled?", "End them as not chosen, reason: "
	    "vacancy filled?", others));
	lines[0] = l1;
	lines[1] = l2;
	app->redraw(app->redraw_arg);
	if (dialog_run(title, lines, 2, "yn", _("y: yes, end them   n: no, "
	    "later"), 0, app->redraw, app->redraw_arg, app->stop) != 'y') {
		view_message(app, 0, ngettext("%s placed in %s; the vacancy is "
		    "now filled, %d other proposal still open.", "%s placed in "
		    "%s; the vacancy is now filled, %d other proposals still "
		    "open.", others), p->candidate, p->vacancy, others);
		return;
	}
	if (workflow_close_filled(app->db, u, p->vacancy_id, NULL, &n) !=
	    WB_OK) {
		view_message(app, 1, "%s", db_error(app->db));
		return;
	}
	view_message(app, 0, ngettext("%s placed in %s; the vacancy is filled "
	    "and %d other proposal ended as not chosen.", "%s placed in %s; "
	    "the vacancy is filled and %d other proposals ended as not "
	    "chosen.", n), p->candidate, p->vacancy, n);
}

/* "step=not_chosen vacancy=3 ..." -> the step's label, or NULL. */
static const char *
detail_step(const char *detail)
{
	const char	*p = strstr(detail, "step=");
	char		 word[32];
	size_t		 n;
	enum wf_step	 s;

	if (p == NULL)
		return NULL;
	p += 5;
	n = strcspn(p, " ");
	if (n >= sizeof(word))
		return NULL;
	memcpy(word, p, n);
	word[n] = '\0';
	return workflow_step_parse(word, &s) == WB_OK ?
	    pipeline_step_label(s) : NULL;
}

/*
 * Someone else moved the proposal: show their change (who, when, what)
 * and the state now, read afresh: the step, its date, who and the note
 * (who and the note not in meeting mode).
 */
static void
stale_dialog(struct view_app *app, const struct view_pair *p,
    const struct wf_advance_result *res)
{
	struct user_ctx		 u;
	struct wf_entry		*e = NULL;
	const struct wf_entry	*mine = NULL;
	char			 title[160], who[200], what[320], now[200];
	char			 last[400], at[32];
	const char		*lines[6], *step;
	size_t			 k = 0, n = 0, i;

	snprintf(title, sizeof(title), _("Changed meanwhile: %s for %s"),
	    p->candidate, p->vacancy);
	lines[k++] = _("Someone else changed this proposal after you opened "
	    "the form:");
	if (res->stale.id > 0) {
		snprintf(who, sizeof(who), _("  by %s at %s"),
		    res->stale.login, date_time_local(res->stale.at, at,
		    sizeof(at)));
		if ((step = detail_step(res->stale.detail)) != NULL)
			snprintf(what, sizeof(what), _("  what: moved on to "
			    "'%s'"), step);
		else
			snprintf(what, sizeof(what), _("  what: %s %s"),
			    res->stale.action, res->stale.detail);
		lines[k++] = who;
		lines[k++] = what;
	}
	snprintf(now, sizeof(now), _("Now %s is at '%s' for %s."),
	    p->candidate, pipeline_step_label(res->from), p->vacancy);
	lines[k++] = now;
	if (user_current(app->db, app->login, &u) == WB_OK &&
	    workflow_pipeline(app->db, &u, p->vacancy_id, &e, &n) == WB_OK)
		for (i = 0; i < n && mine == NULL; i++)
			if (e[i].candidate_id == p->candidate_id)
				mine = &e[i];
	if (mine != NULL && !app->meeting) {
		snprintf(last, sizeof(last), _("  latest: %s %s by %s: %s"),
		    pipeline_step_label(mine->step), mine->last_on,
		    *mine->last_by != '\0' ? mine->last_by : _("unknown"),
		    mine->last_note != NULL ? mine->last_note : _("no note"));
		lines[k++] = last;
	}
	lines[k++] = _("Your change was not saved; look again and decide.");
	dialog_run(title, lines, k, "\n", _("Enter: close and read again"), 1,
	    app->redraw, app->redraw_arg, app->stop);
	workflow_pipeline_free(e, n);
}

int
pipeline_advance(struct view_app *app, const struct view_pair *p)
{
	struct user_ctx		 u;
	struct wf_advance	 req;
	struct wf_advance_result res;
	struct wf_placement	 pl;
	struct form_field	 fl[2];
	struct form		 f;
	enum wf_step		 from, s;
	enum wb_status		 st;
	const char		*values[WF_NSTEPS + 1], *labels[WF_NSTEPS + 1];
	const char		*lines[3];
	char			 title[160], l1[200], l2[200], why[320];
	long long		 version;
	size_t			 n = 0;

	if (!view_may(app, PERM_PIPELINE, &u))
		return 0;
	/* The version read now goes with the change. */
	st = workflow_step_of(app->db, p->vacancy_id, p->candidate_id, &from,
	    &version);
	if (st == WB_NOT_FOUND) {
		view_message(app, 1, _("%s is not in the pipeline of %s; p "
		    "proposes."), p->candidate, p->vacancy);
		return 0;
	} else if (st != WB_OK) {
		view_message(app, 1, "%s", db_error(app->db));
		return 0;
	}
	/* Placed is offered only when the vacancy can take it. */
	why[0] = '\0';
	if (workflow_can_follow(from, WF_PLACED) &&
	    workflow_may_place(app->db, p->vacancy_id) != WB_OK)
		snprintf(why, sizeof(why), _("Not placed now: %s."),
		    db_error(app->db));
	for (s = WF_INTERVIEW; s < WF_NSTEPS; s++)
		if (workflow_can_follow(from, s) && (s != WF_PLACED ||
		    why[0] == '\0')) {
			values[n] = workflow_step_name(s);
			labels[n++] = pipeline_step_label(s);
		}
	values[n] = labels[n] = NULL;
	if (n == 0) {
		view_message(app, 1, _("%s is %s for %s: that is final."),
		    p->candidate, pipeline_step_label(from), p->vacancy);
		return 0;
	}

	memset(fl, 0, sizeof(fl));
	fl[0].label = _("Next step");
	fl[0].kind = FORM_CHOICE;
	fl[0].choices = values;
	fl[0].choice_labels = labels;
	fl[0].hint = _("Left/Right or Space to choose");
	fl[1].label = _("Note");
	fl[1].kind = FORM_TEXT;
	fl[1].hint = _("optional");
	snprintf(title, sizeof(title), _("Next step: %s for %s"),
	    p->candidate, p->vacancy);
	snprintf(l1, sizeof(l1), _("Candidate: %s  %s"), p->candidate, p->who);
	snprintf(l2, sizeof(l2), _("Now: %s"), pipeline_step_label(from));
	lines[0] = l1;
	lines[1] = l2;
	lines[2] = why;
	memset(&f, 0, sizeof(f));
	f.title = title;
	f.lines = lines;
	f.nlines = why[0] != '\0' ? 3 : 2;
	f.fields = fl;
	f.nfields = 2;
	f.redraw = app->redraw;
	f.arg = app->redraw_arg;
	f.stop = app->stop;
	if (form_run(&f) != FORM_SUBMITTED) {
		view_message(app, 0, "%s", _("Nothing changed."));
		return 0;
	}
	memset(&req, 0, sizeof(req));
	if (workflow_step_parse(form_value(&fl[0]), &req.step) != WB_OK)
		return 0;
	if (req.step == WF_PLACED) {
		if (placement_form(app, p, &pl) != 0) {
			view_message(app, 0, "%s", _("Nothing changed."));
			return 0;
		}
		req.placement = &pl;
	}
	/* The step's form off the screen, then the reason's. */
	if (workflow_reason_set(req.step) != VOCAB_NONE &&
	    (app->redraw(app->redraw_arg), (req.reason = reason_form(app, p,
	    req.step)) == NULL)) {
		view_message(app, 0, "%s", _("Nothing changed."));
		return 0;
	}
	req.vacancy_id = p->vacancy_id;
	req.candidate_id = p->candidate_id;
	req.note = form_value(&fl[1]);
	req.version = version;
	st = workflow_advance(app->db, &u, &req, &res);
	if (st == WB_STALE) {
		stale_dialog(app, p, &res);
		view_message(app, 1, _("Not saved: %s for %s was changed by "
		    "someone else; read again."), p->candidate, p->vacancy);
		return 1;
	}
	if (st != WB_OK) {
		view_message(app, 1, "%s", db_error(app->db));
		return 0;
	}
	if (res.reason != NULL)
		view_message(app, 0, _("%s for %s: %s -> %s (%s)."),
		    p->candidate, p->vacancy, pipeline_step_label(res.from),
		    pipeline_step_label(req.step), vocab_word(
		    workflow_reason_set(req.step), res.reason));
	else if (req.step != WF_PLACED)
		view_message(app, 0, _("%s for %s: %s -> %s."), p->candidate,
		    p->vacancy, pipeline_step_label(res.from),
		    pipeline_step_label(req.step));
	else if (res.vacancy_filled && res.others_open > 0)
		offer_close(app, &u, p, res.others_open);
	else if (res.vacancy_filled)
		view_message(app, 0, _("%s placed in %s; the vacancy is now "
		    "filled."), p->candidate, p->vacancy);
	else
		view_message(app, 0, ngettext("%s placed in %s; %d position "
		    "left.", "%s placed in %s; %d positions left.",
		    res.positions_left), p->candidate, p->vacancy,
		    res.positions_left);
	return 1;
}
