/*
 * view-meeting-act.c: what the keys of the meeting screen do (screen 8,
 * view-meeting.c draws it), as `werkbank meeting` does it: s starts
 * today's meeting (or continues the open one); Enter on a vacancy opens
 * it in the list with its ranking beside it (Esc comes back here); a
 * adds an action item in a form (what, who from the team, by when; on
 * the line of a vacancy or a follow-up it is about that record), where a
 * bad entry is said under its field and nothing typed is lost; d marks
 * the selected one done and u undoes that for a minute; e ends the
 * meeting and writes its minutes; x writes the minutes to a Markdown
 * file (0600, as the exports) and p shows the agenda since another day.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "werkbank/date.h"
#include "werkbank/form.h"
#include "werkbank/i18n.h"
#include "werkbank/prompt.h"
#include "werkbank/tui-pick.h"
#include "werkbank/user.h"
#include "werkbank/validate.h"
#include "view-meeting-int.h"

#define WHAT_MAX	500
#define UNDO_SECONDS	60

static enum view_update
start(struct view *v)
{
	struct user_ctx	u;
	long long	id;
	int		resumed;

	if (!view_may(v->app, PERM_MEETING, &u))
		return UPDATE_VIEW;
	if (meeting_start(v->app->db, &u, &id, &resumed) != WB_OK) {
		view_message(v->app, 1, "%s", db_error(v->app->db));
		return UPDATE_VIEW;
	}
	meeting_view_state(v)->last_id = id;
	view_message(v->app, 0, resumed ? _("Meeting %lld of today "
	    "continues.") : _("Meeting %lld started."), id);
	return UPDATE_DATA;
}

/* Enter: the vacancy of the line in its list, with its ranking. */
static enum view_update
open_vacancy(struct view *v)
{
	struct meeting_sel	s;

	meeting_view_selected(v, &s);
	if (s.vacancy_id == 0) {
		view_message(v->app, 0, "%s", _("Enter opens a vacancy with "
		    "its ranking; this line names none."));
		return UPDATE_VIEW;
	}
	v->app->show.kind = RECORD_VACANCY;
	v->app->show.id = s.vacancy_id;
	return UPDATE_SHOW;
}

enum { AF_WHAT, AF_WHO, AF_DUE, AF_COUNT };

static int
check_what(const char *value, char *err, size_t len, void *arg)
{
	char	e[VERR];

	(void)arg;
	if (validate_text(value, 0, WHAT_MAX, e) != WB_OK) {
		snprintf(err, len, "%s", e);
		return -1;
	}
	return 0;
}

/* By when: today or later. */
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

/* The core's refusal of one field ("who: ..."), under it: 1. */
static int
field_refusal(struct db *db, struct form_field *fl)
{
	static const char *const fmt[AF_COUNT] = {
		N_("what: %s"), N_("who: %s"), N_("due: %s"),
	};
	const char	*m = db_error(db);
	char		 prefix[64];
	int		 i;

	for (i = 0; i < AF_COUNT; i++) {
		snprintf(prefix, sizeof(prefix), _(fmt[i]), "");
		if (strncmp(m, prefix, strlen(prefix)) == 0) {
			snprintf(fl[i].err, sizeof(fl[i].err), "%s",
			    m + strlen(prefix));
			return 1;
		}
	}
	return 0;
}

/*
 * a: what, who and by when in a form; on a line of a vacancy or a
 * follow-up the item is about that record.
 */
static enum view_update
add_action(struct view *v)
{
	struct meeting_action_new	 n;
	struct meeting_sel		 s;
	struct user_ctx			 u;
	struct form_field		 fl[AF_COUNT];
	struct form			 f;
	struct pick			 who;
	enum wb_status			 st;
	char				 title[128];
	long long			 id;

	if (!view_may(v->app, PERM_MEETING, &u))
		return UPDATE_VIEW;
	memset(&n, 0, sizeof(n));
	meeting_view_selected(v, &s);
	if (s.action == NULL) {
		n.vacancy_id = s.vacancy_id;
		n.candidate_id = s.candidate_id;
	}
	if (s.action == NULL && s.key != NULL)
		snprintf(title, sizeof(title), _("Action item on %s"), s.key);
	else
		snprintf(title, sizeof(title), "%s", _("New action item"));
	memset(fl, 0, sizeof(fl));
	fl[AF_WHAT].label = _("What");
	fl[AF_WHAT].kind = FORM_TEXT;
	fl[AF_WHAT].required = 1;
	fl[AF_WHAT].check = check_what;
	fl[AF_WHO].label = _("Who");
	fl[AF_WHO].hint = _("a name or login; Down: the team; empty: nobody");
	pick_init(&who, PICK_TEAM, v->app->db, &fl[AF_WHO], VOCAB_NONE,
	    u.single ? "" : u.login);
	fl[AF_DUE].label = _("By when");
	fl[AF_DUE].kind = FORM_DATE;
	fl[AF_DUE].hint = _("a date; empty: no date");
	fl[AF_DUE].check = check_due;
	memset(&f, 0, sizeof(f));
	f.title = title;
	f.fields = fl;
	f.nfields = AF_COUNT;
	f.redraw = v->app->redraw;
	f.arg = v->app->redraw_arg;
	f.stop = v->app->stop;
	do {
		if (form_run(&f) != FORM_SUBMITTED) {
			pick_clear(&who);
			view_message(v->app, 0, "%s", _("No action item "
			    "added."));
			return UPDATE_VIEW;
		}
		n.what = form_value(&fl[AF_WHAT]);
		n.owner = *form_value(&fl[AF_WHO]) != '\0' ?
		    pick_value(&who) : NULL;
		n.due = *form_value(&fl[AF_DUE]) != '\0' ?
		    form_value(&fl[AF_DUE]) : NULL;
		/* The user again: rights may have changed meanwhile. */
		if (!view_may(v->app, PERM_MEETING, &u)) {
			pick_clear(&who);
			return UPDATE_VIEW;
		}
		st = meeting_action_add(v->app->db, &u, &n, &id);
	} while (st == WB_INVALID && field_refusal(v->app->db, fl));
	pick_clear(&who);
	if (st != WB_OK) {
		view_message(v->app, 1, "%s", db_error(v->app->db));
		return UPDATE_VIEW;
	}
	view_message(v->app, 0, _("Action item %lld added."), id);
	meeting_view_select_action(v, id);
	return UPDATE_DATA;
}

/* d: done at once; u undoes it for a minute. */
static enum view_update
action_done(struct view *v)
{
	struct meeting_state	*ms = meeting_view_state(v);
	struct meeting_sel	 s;
	struct user_ctx		 u;

	meeting_view_selected(v, &s);
	if (s.action == NULL) {
		view_message(v->app, 1, "%s", _("Select an action item first "
		    "(the last list; G goes there)."));
		return UPDATE_VIEW;
	}
	if (s.action->done[0] != '\0') {
		view_message(v->app, 0, _("Action item %lld was done on %s."),
		    s.action->id, s.action->done);
		return UPDATE_VIEW;
	}
	if (!view_may(v->app, PERM_MEETING, &u))
		return UPDATE_VIEW;
	if (meeting_action_done(v->app->db, &u, s.action->id,
	    s.action->version, NULL) != WB_OK) {
		view_message(v->app, 1, "%s", db_error(v->app->db));
		return UPDATE_DATA;
	}
	ms->undo_id = s.action->id;
	ms->undo_version = s.action->version + 1;
	ms->undo_until = (double)time(NULL) + UNDO_SECONDS;
	view_message(v->app, 0, _("Action item %lld done; u undoes it."),
	    s.action->id);
	return UPDATE_DATA;
}

static enum view_update
undo(struct view *v)
{
	struct meeting_state	*ms = meeting_view_state(v);
	struct user_ctx		 u;
	long long		 id = ms->undo_id;

	if (id == 0 || (double)time(NULL) > ms->undo_until) {
		ms->undo_id = 0;
		view_message(v->app, 0, "%s", _("Nothing to undo: u undoes "
		    "an action item marked done, for a minute after."));
		return UPDATE_VIEW;
	}
	if (!view_may(v->app, PERM_MEETING, &u))
		return UPDATE_VIEW;
	ms->undo_id = 0;
	if (meeting_action_reopen(v->app->db, &u, id, ms->undo_version) !=
	    WB_OK)
		view_message(v->app, 1, "%s", db_error(v->app->db));
	else
		view_message(v->app, 0, _("Action item %lld is open again."),
		    id);
	meeting_view_select_action(v, id);
	return UPDATE_DATA;
}

/* Write the minutes of meeting id (0: the latest) to a file asked for. */
static void
export_minutes(struct view *v, long long id, const char *done)
{
	struct user_ctx	 u;
	struct db	*db = v->app->db;
	char		 dflt[64], today[11], question[512], *path;

	date_format(date_today(), today);
	/* TRANSLATORS: the file name offered for the minutes; keep %s
	 * (the date) and .md, no '/' or spaces. */
	snprintf(dflt, sizeof(dflt), _("minutes-%s.md"), today);
	if ((path = view_ask(v->app, _("Minutes to the file: "), dflt)) ==
	    NULL) {
		view_message(v->app, 0, "%s%s", done, _("No minutes written."));
		return;
	}
	if (*path == '\0') {
		view_message(v->app, 1, "%s%s", done, _("No file named; no "
		    "minutes written."));
		free(path);
		return;
	}
	if (access(path, F_OK) == 0) {
		snprintf(question, sizeof(question), _("%s exists; replace it? "
		    "(y/n)"), path);
		if (!prompt_confirm(question, v->app->redraw,
		    v->app->redraw_arg, v->app->stop)) {
			view_message(v->app, 0, "%s%s", done, _("No minutes "
			    "written."));
			free(path);
			return;
		}
	}
	if (user_current(db, v->app->login, &u) != WB_OK ||
	    meeting_minutes_file(db, &u, id, path) != WB_OK)
		view_message(v->app, 1, "%s%s", done, db_error(db));
	else
		view_message(v->app, 0, _("%sMinutes written to %s."), done,
		    path);
	free(path);
}

static enum view_update
end(struct view *v)
{
	struct user_ctx	 u;
	struct db	*db = v->app->db;
	enum wb_status	 st;
	long long	 id, version;
	char		 question[160], done[128];

	if (!view_may(v->app, PERM_MEETING, &u))
		return UPDATE_VIEW;
	if ((st = meeting_current(db, &id, &version)) == WB_NOT_FOUND) {
		view_message(v->app, 1, "%s", _("No meeting is open: s starts "
		    "one."));
		return UPDATE_VIEW;
	}
	if (st != WB_OK) {
		view_message(v->app, 1, "%s", db_error(db));
		return UPDATE_VIEW;
	}
	snprintf(question, sizeof(question), _("End meeting %lld and keep its "
	    "minutes? (y/n)"), id);
	if (!prompt_confirm(question, v->app->redraw, v->app->redraw_arg,
	    v->app->stop)) {
		view_message(v->app, 0, "%s", _("The meeting goes on."));
		return UPDATE_VIEW;
	}
	if (meeting_end(db, &u, id, version) != WB_OK) {
		view_message(v->app, 1, "%s", db_error(db));
		return UPDATE_DATA;
	}
	meeting_view_state(v)->last_id = id;
	snprintf(done, sizeof(done), _("Meeting %lld ended. "), id);
	export_minutes(v, id, done);
	return UPDATE_DATA;
}

/* The agenda since a date asked for; empty: since the last meeting. */
static enum view_update
agenda_since(struct view *v)
{
	struct meeting_state	*ms = meeting_view_state(v);
	char			*typed, day[11], err[VERR];

	if ((typed = view_ask(v->app, _("The agenda since (YYYY-MM-DD; empty: "
	    "the last meeting): "), ms->since[0] != '\0' ? ms->since :
	    NULL)) == NULL)
		return UPDATE_VIEW;
	if (*typed == '\0')
		ms->since[0] = '\0';
	else if (validate_date(typed, day, err) != WB_OK) {
		view_message(v->app, 1, _("Since: %s; the agenda is as it "
		    "was."), err);
		free(typed);
		return UPDATE_VIEW;
	} else
		memcpy(ms->since, day, sizeof(ms->since));
	free(typed);
	v->sel = v->top = 0;
	v->sel_id = 0;
	return UPDATE_RELOAD;
}

enum view_update
meeting_act(struct view *v, enum request req)
{
	switch (req) {
	case REQ_ENTER:
		return open_vacancy(v);
	case REQ_MEETING_START:
		return start(v);
	case REQ_ACTION_ADD:
		return add_action(v);
	case REQ_ACTION_DONE:
		return action_done(v);
	case REQ_UNDO:
		return undo(v);
	case REQ_MEETING_END:
		return end(v);
	case REQ_MINUTES:
		export_minutes(v, meeting_view_meeting(v), "");
		return UPDATE_VIEW;
	case REQ_AGENDA_SINCE:
		return agenda_since(v);
	default:
		return UPDATE_NONE;
	}
}
