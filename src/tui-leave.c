/*
 * tui-leave.c: L on the candidate list: the selected candidate leaves
 * the pool (outflow.h), in a form of three fields: the day, the reason
 * from its list and a note.  For someone placed the form proposes work
 * through the team; for someone who left already it shows what was
 * recorded, to correct.  The form names no person and shows no contact
 * detail, so it works in meeting mode too.  A message from the core
 * goes under the field it names and the form opens again; someone
 * else's change in between is refused and said.
 */
#include <stdio.h>
#include <string.h>

#include "werkbank/date.h"
#include "werkbank/form.h"
#include "werkbank/i18n.h"
#include "werkbank/outflow.h"
#include "werkbank/tui-records.h"
#include "werkbank/user.h"

enum { LF_DATE, LF_REASON, LF_NOTE, LF_COUNT };

/* The field a message of outflow_leave is about ("date: ..."), and
 * the message without the field's name in *rest. */
static int
field_of(const char *msg, const char **rest)
{
	static const struct {
		const char	*name;
		int		 field;
	} names[] = {
		{ N_("date"), LF_DATE },
		{ N_("reason"), LF_REASON },
		{ N_("note"), LF_NOTE },
	};
	size_t	i, n;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		n = strlen(_(names[i].name));
		if (strncmp(msg, _(names[i].name), n) == 0 && msg[n] == ':') {
			*rest = msg[n + 1] == ' ' ? msg + n + 2 : msg + n + 1;
			return names[i].field;
		}
	}
	*rest = msg;
	return LF_DATE;
}

int
records_leave(struct view_app *app, long long id)
{
	struct user_ctx			 u;
	struct outflow_state		 s;
	struct outflow_leave		 req;
	struct outflow_leave_result	 res;
	struct form_field		 fl[LF_COUNT];
	struct form			 f;
	const struct vocab_entry	*e;
	const char			*values[OUTFLOW_MAX_REASONS + 1];
	const char			*labels[OUTFLOW_MAX_REASONS + 1];
	const char			*lines[2], *want, *msg;
	char				 title[160], l1[200], l2[200];
	char				 today[11];
	enum wb_status			 st;
	size_t				 n, i;
	int				 k;

	if (!view_may(app, PERM_CANDIDATES, &u))
		return 0;
	if (outflow_state_read(app->db, &u, id, &s) != WB_OK) {
		view_message(app, 1, "%s", db_error(app->db));
		return 0;
	}
	e = vocab_entries(VOCAB_LEAVE_REASON, &n);
	values[0] = "";
	labels[0] = _("(choose)");
	for (i = 0; i < n && i + 2 < OUTFLOW_MAX_REASONS + 1; i++) {
		values[i + 1] = e[i].code;
		labels[i + 1] = vocab_entry_word(VOCAB_LEAVE_REASON, &e[i]);
	}
	values[i + 1] = labels[i + 1] = NULL;
	memset(fl, 0, sizeof(fl));
	fl[LF_DATE].label = _("Left on");
	fl[LF_DATE].kind = FORM_DATE;
	fl[LF_DATE].required = 1;
	date_format(date_today(), today);
	form_field_set(&fl[LF_DATE], s.left[0] != '\0' ? s.left : today);
	fl[LF_REASON].label = _("Reason");
	fl[LF_REASON].kind = FORM_CHOICE;
	fl[LF_REASON].choices = values;
	fl[LF_REASON].choice_labels = labels;
	fl[LF_REASON].hint = _("Left/Right or Space to choose");
	want = s.reason[0] != '\0' ? s.reason : outflow_leave_default(s.status);
	for (k = 0; want != NULL && values[k] != NULL; k++)
		if (strcmp(values[k], want) == 0)
			fl[LF_REASON].choice = k;
	fl[LF_NOTE].label = _("Note");
	fl[LF_NOTE].kind = FORM_TEXT;
	fl[LF_NOTE].hint = _("optional");
	form_field_set(&fl[LF_NOTE], s.note);
	snprintf(title, sizeof(title), _("%s leaves the pool"), s.key);
	snprintf(l1, sizeof(l1), _("Now: %s; in the pool since %s"),
	    vocab_word(VOCAB_CANDIDATE_STATUS, s.status), s.registered);
	if (s.left[0] != '\0')
		snprintf(l2, sizeof(l2), _("Left on %s: %s. Saving corrects "
		    "it."), s.left, outflow_reason_word(VOCAB_LEAVE_REASON,
		    s.reason));
	else
		snprintf(l2, sizeof(l2), "%s", _("Proposals still running end "
		    "as withdrawn."));
	lines[0] = l1;
	lines[1] = l2;
	memset(&f, 0, sizeof(f));
	f.title = title;
	f.lines = lines;
	f.nlines = 2;
	f.fields = fl;
	f.nfields = LF_COUNT;
	f.redraw = app->redraw;
	f.arg = app->redraw_arg;
	f.stop = app->stop;
	for (;;) {
		if (form_run(&f) != FORM_SUBMITTED) {
			view_message(app, 0, "%s", _("Nothing changed."));
			return 0;
		}
		if (*form_value(&fl[LF_REASON]) == '\0') {
			snprintf(fl[LF_REASON].err, sizeof(fl[LF_REASON].err),
			    "%s", _("choose the reason"));
			continue;
		}
		memset(&req, 0, sizeof(req));
		req.candidate_id = id;
		req.date = form_value(&fl[LF_DATE]);
		req.reason = form_value(&fl[LF_REASON]);
		req.note = form_value(&fl[LF_NOTE]);
		req.version = s.version;
		if ((st = outflow_leave(app->db, &u, &req, &res)) !=
		    WB_INVALID)
			break;
		/* Under the field it is about; the form again. */
		k = field_of(db_error(app->db), &msg);
		snprintf(fl[k].err, sizeof(fl[k].err), "%s", msg);
	}
	if (st == WB_STALE) {
		view_message(app, 1, _("Not saved: %s was changed by someone "
		    "else; read again."), s.key);
		return 1;
	}
	if (st != WB_OK) {
		view_message(app, 1, "%s", db_error(app->db));
		return 0;
	}
	if (res.withdrawn > 0)
		view_message(app, 0, ngettext("%s left the pool on %s: %s; %d "
		    "running proposal ended as withdrawn.", "%s left the pool "
		    "on %s: %s; %d running proposals ended as withdrawn.",
		    res.withdrawn), res.key, res.date, vocab_word(
		    VOCAB_LEAVE_REASON, res.reason), res.withdrawn);
	else
		view_message(app, 0, _("%s left the pool on %s: %s."), res.key,
		    res.date, vocab_word(VOCAB_LEAVE_REASON, res.reason));
	return 1;
}
