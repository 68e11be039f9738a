/*
 * tui-employer.c: the employer services' forms (tui-employer.h): a
 * contact (type, date, with whom, note, agreed, next contact, signals),
 * a rating (score, NPS answer, comment, date) and a contact person; the
 * account manager's question.  The fields are checked by the core's
 * rules when the form is submitted (contact_add, rating_add,
 * contact_person_add), each message put under its field.
 */
#include "werkbank/tui-employer.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "werkbank/contact.h"
#include "werkbank/date.h"
#include "werkbank/employer.h"
#include "werkbank/form.h"
#include "werkbank/i18n.h"
#include "werkbank/rating.h"
#include "werkbank/record.h"
#include "werkbank/text.h"
#include "werkbank/user.h"
#include "werkbank/vocab.h"

/* A name of the core's message (the command line's option) per field. */
struct named_field {
	const char		*name;
	struct form_field	*f;
};

/*
 * The core's "name: reason; name: reason" under the fields it names;
 * a part that names none goes under the first field.  1 when any did.
 */
static int
place_errors(const char *msg, const struct named_field *nf, size_t n)
{
	const char	*p = msg, *next;
	size_t		 len, i, skip;
	int		 any = 0;

	while (p != NULL && *p != '\0') {
		len = record_error_part(p, &next);
		for (i = 0; i < n; i++)
			if (record_error_of(p, nf[i].name))
				break;
		skip = i < n ? strlen(nf[i].name) + 2 : 0;
		if (skip > len)
			skip = len;
		if (i == n)
			i = 0;
		if (nf[i].f->err[0] == '\0')
			snprintf(nf[i].f->err, sizeof(nf[i].f->err), "%.*s",
			    (int)(len - skip), p + skip);
		any = 1;
		p = next;
	}
	return any;
}

static void
form_setup(struct form *f, struct view_app *app, const char *title,
    const char *const *lines, size_t nlines, struct form_field *fl, size_t n)
{
	memset(f, 0, sizeof(*f));
	f->title = title;
	f->lines = lines;
	f->nlines = nlines;
	f->fields = fl;
	f->nfields = n;
	f->redraw = app->redraw;
	f->arg = app->redraw_arg;
	f->stop = app->stop;
}

int
employer_ask(struct view_app *app, long long id, const char *title,
    const char *what)
{
	struct employer_manager	 m;
	struct user_ctx		 u;
	char			 l1[300], l2[200];
	const char		*lines[3];

	if (user_current(app->db, app->login, &u) != WB_OK ||
	    employer_manager(app->db, &u, id, &m) != WB_OK) {
		view_message(app, 1, "%s", db_error(app->db));
		return 0;
	}
	if (!m.other)
		return 1;
	snprintf(l1, sizeof(l1), _("%s is an employer of %s (account manager "
	    "%s)."), m.employer, m.name[0] ? m.name : m.login, m.login);
	snprintf(l2, sizeof(l2), "%s", _("An employer hears one voice from "
	    "the partnership: tell its account manager."));
	lines[0] = l1;
	lines[1] = l2;
	lines[2] = what;
	if (dialog_run(title, lines, 3, "yn", _("y: yes   n: no"), 0,
	    app->redraw, app->redraw_arg, app->stop) == 'y') {
		app->redraw(app->redraw_arg);	/* the form comes next */
		return 1;
	}
	view_message(app, 0, _("Nothing entered for %s; %s is its account "
	    "manager."), m.employer, m.login);
	return 0;
}

/* ---- a contact ---- */

enum { CF_TYPE, CF_DATE, CF_WITH, CF_NOTE, CF_AGREED, CF_NEXT, CF_TAGS,
	CF_COUNT };

struct persons {
	struct contact_person	*p;
	size_t			 n;
};

/* "Gerda Wolters, Harm Bosman or a new name": the hint of "With". */
static void
persons_hint(const struct persons *ps, char *buf, size_t len)
{
	size_t	i, o = 0;

	buf[0] = '\0';
	for (i = 0; i < ps->n && i < 4 && o < len; i++)
		o += (size_t)snprintf(buf + o, len - o, "%s%s", i ? ", " : "",
		    ps->p[i].name);
	if (o < len)
		snprintf(buf + o, len - o, "%s", ps->n > 0 ? _(" or a new name") :
		    _("a name: added as a contact person"));
}

static int
check_past(const char *value, char *err, size_t len, void *arg)
{
	int	day;

	(void)arg;
	if (date_parse(value, &day) == WB_OK && day > date_today()) {
		snprintf(err, len, "%s", _("after today: a contact is logged "
		    "once it has happened"));
		return -1;
	}
	return 0;
}

static int
check_next(const char *value, char *err, size_t len, void *arg)
{
	int	day;

	(void)arg;
	if (date_parse(value, &day) == WB_OK && day < date_today()) {
		snprintf(err, len, "%s", _("in the past: the next contact is "
		    "today or later"));
		return -1;
	}
	return 0;
}

/* The types as people read them, for the choice. */
static void
type_choices(const char **values, const char **labels)
{
	const struct vocab_entry	*e;
	size_t				 n, i;

	e = vocab_entries(VOCAB_CONTACT_TYPE, &n);
	for (i = 0; i < n && i < 4; i++) {
		values[i] = e[i].code;
		labels[i] = vocab_entry_word(VOCAB_CONTACT_TYPE, &e[i]);
	}
	values[i] = labels[i] = NULL;
}

int
employer_contact_form(struct view_app *app, long long id, const char *name)
{
	struct form_field	 fl[CF_COUNT];
	struct named_field	 nf[] = { { "type", &fl[CF_TYPE] },
				    { "date", &fl[CF_DATE] },
				    { "with", &fl[CF_WITH] },
				    { "note", &fl[CF_NOTE] },
				    { "agreed", &fl[CF_AGREED] },
				    { "next", &fl[CF_NEXT] },
				    { "tag", &fl[CF_TAGS] } };
	struct persons		 ps;
	struct contact_new	 c;
	struct contact_result	 res;
	struct user_ctx		 u;
	struct form		 f;
	enum wb_status		 st;
	const char		*values[5], *labels[5], *tags[1];
	char			 title[200], today[11], hint[300];
	int			 ret = 0;

	if (app->meeting) {
		view_message(app, 1, "%s", _("Not in meeting mode: a contact "
		    "names the employer's people (M leaves it)."));
		return 0;
	}
	if (!view_may(app, PERM_CONTACTS, &u))
		return 0;
	snprintf(title, sizeof(title), _("Contact with %s"), name);
	if (!employer_ask(app, id, title, _("Log a contact anyway?")))
		return 0;
	memset(&ps, 0, sizeof(ps));
	if (contact_persons(app->db, &u, id, 0, &ps.p, &ps.n) != WB_OK) {
		view_message(app, 1, "%s", db_error(app->db));
		return 0;
	}
	memset(fl, 0, sizeof(fl));
	type_choices(values, labels);
	fl[CF_TYPE].label = _("Type");
	fl[CF_TYPE].kind = FORM_CHOICE;
	fl[CF_TYPE].choices = values;
	fl[CF_TYPE].choice_labels = labels;
	fl[CF_TYPE].hint = _("Left/Right or Space to choose");
	fl[CF_DATE].label = _("Date");
	fl[CF_DATE].kind = FORM_DATE;
	fl[CF_DATE].required = 1;
	fl[CF_DATE].check = check_past;
	form_field_set(&fl[CF_DATE], date_format(date_today(), today));
	fl[CF_DATE].offered = 1;
	fl[CF_WITH].label = _("With");
	fl[CF_WITH].kind = FORM_TEXT;
	persons_hint(&ps, hint, sizeof(hint));
	fl[CF_WITH].hint = hint;
	fl[CF_NOTE].label = _("Note");
	fl[CF_NOTE].kind = FORM_TEXT;
	fl[CF_NOTE].hint = _("what was said");
	fl[CF_AGREED].label = _("Agreed");
	fl[CF_AGREED].kind = FORM_TEXT;
	fl[CF_NEXT].label = _("Next contact");
	fl[CF_NEXT].kind = FORM_DATE;
	fl[CF_NEXT].check = check_next;
	fl[CF_TAGS].label = _("Signals");
	fl[CF_TAGS].kind = FORM_TEXT;
	fl[CF_TAGS].hint = _("krapte, uitbreiding, krimp, scholing, inclusief "
	    "or your own words");
	form_setup(&f, app, title, NULL, 0, fl, CF_COUNT);
	for (;;) {
		if (form_run(&f) != FORM_SUBMITTED) {
			view_message(app, 0, "%s", _("Nothing logged."));
			break;
		}
		memset(&c, 0, sizeof(c));
		c.employer_id = id;
		c.type = form_value(&fl[CF_TYPE]);
		c.date = form_value(&fl[CF_DATE]);
		c.with = form_value(&fl[CF_WITH]);
		c.note = form_value(&fl[CF_NOTE]);
		c.agreed = form_value(&fl[CF_AGREED]);
		c.next = form_value(&fl[CF_NEXT]);
		tags[0] = form_value(&fl[CF_TAGS]);
		c.tags = tags;
		c.ntags = 1;
		st = contact_add(app->db, &u, &c, &res);
		if (st == WB_INVALID && place_errors(db_error(app->db), nf,
		    sizeof(nf) / sizeof(nf[0])))
			continue;
		if (st != WB_OK) {
			view_message(app, 1, "%s", db_error(app->db));
			break;
		}
		if (res.person_added)
			view_message(app, 0, _("Contact logged; %s is added "
			    "as a contact person."), c.with);
		else
			view_message(app, 0, _("Contact with %s logged."), name);
		ret = 1;
		break;
	}
	contact_persons_free(ps.p, ps.n);
	return ret;
}

/* ---- a rating ---- */

enum { RF_SCORE, RF_NPS, RF_COMMENT, RF_DATE, RF_COUNT };

int
employer_rating_form(struct view_app *app, long long id, const char *name)
{
	struct form_field	 fl[RF_COUNT];
	struct named_field	 nf[] = { { "score", &fl[RF_SCORE] },
				    { "nps", &fl[RF_NPS] },
				    { "comment", &fl[RF_COMMENT] },
				    { "date", &fl[RF_DATE] } };
	struct rating_new	 r;
	struct user_ctx		 u;
	struct form		 f;
	enum wb_status		 st;
	const char		*lines[2];
	char			 title[200], today[11];

	if (!view_may(app, PERM_CONTACTS, &u))
		return 0;
	memset(fl, 0, sizeof(fl));
	fl[RF_SCORE].label = _("Score");
	fl[RF_SCORE].kind = FORM_NUMBER;
	fl[RF_SCORE].required = 1;
	fl[RF_SCORE].min = 1;
	fl[RF_SCORE].max = 10;
	fl[RF_SCORE].hint = _("1 to 10: how the employer rates the service");
	fl[RF_NPS].label = _("NPS answer");
	fl[RF_NPS].kind = FORM_NUMBER;
	fl[RF_NPS].min = 0;
	fl[RF_NPS].max = 10;
	fl[RF_NPS].hint = _("0 to 10: would they recommend us? (optional)");
	fl[RF_COMMENT].label = _("Comment");
	fl[RF_COMMENT].kind = FORM_TEXT;
	fl[RF_DATE].label = _("Date");
	fl[RF_DATE].kind = FORM_DATE;
	fl[RF_DATE].required = 1;
	fl[RF_DATE].check = check_past;
	form_field_set(&fl[RF_DATE], date_format(date_today(), today));
	fl[RF_DATE].offered = 1;
	snprintf(title, sizeof(title), _("Rating by %s"), name);
	lines[0] = _("The score and the NPS question are asked apart.");
	form_setup(&f, app, title, lines, 1, fl, RF_COUNT);
	for (;;) {
		if (form_run(&f) != FORM_SUBMITTED) {
			view_message(app, 0, "%s", _("No rating taken."));
			return 0;
		}
		memset(&r, 0, sizeof(r));
		r.employer_id = id;
		r.score = form_value(&fl[RF_SCORE]);
		r.nps = form_value(&fl[RF_NPS]);
		r.comment = form_value(&fl[RF_COMMENT]);
		r.date = form_value(&fl[RF_DATE]);
		st = rating_add(app->db, &u, &r, NULL);
		if (st == WB_INVALID && place_errors(db_error(app->db), nf,
		    sizeof(nf) / sizeof(nf[0])))
			continue;
		if (st != WB_OK) {
			view_message(app, 1, "%s", db_error(app->db));
			return 0;
		}
		view_message(app, 0, _("Rating of %s taken: %s."), name,
		    r.score);
		return 1;
	}
}

/* ---- a contact person ---- */

enum { PF_NAME, PF_FUNCTION, PF_PHONE, PF_EMAIL, PF_PRIMARY, PF_COUNT };

int
employer_person_form(struct view_app *app, long long id, const char *name)
{
	static const char *const yesno[] = { "0", "1", NULL };
	struct form_field	 fl[PF_COUNT];
	struct named_field	 nf[] = { { "name", &fl[PF_NAME] },
				    { "function", &fl[PF_FUNCTION] },
				    { "phone", &fl[PF_PHONE] },
				    { "email", &fl[PF_EMAIL] } };
	struct contact_person_set s;
	struct user_ctx		 u;
	struct form		 f;
	enum wb_status		 st;
	const char		*labels[3];
	char			 title[200];

	if (app->meeting) {
		view_message(app, 1, "%s", _("Not in meeting mode: contact "
		    "persons are personal data (M leaves it)."));
		return 0;
	}
	if (!view_may(app, PERM_CONTACTS, &u))
		return 0;
	memset(fl, 0, sizeof(fl));
	labels[0] = vocab_word(VOCAB_YESNO, "0");
	labels[1] = vocab_word(VOCAB_YESNO, "1");
	labels[2] = NULL;
	fl[PF_NAME].label = _("Name");
	fl[PF_NAME].kind = FORM_TEXT;
	fl[PF_NAME].required = 1;
	fl[PF_FUNCTION].label = _("Function");
	fl[PF_FUNCTION].kind = FORM_TEXT;
	fl[PF_PHONE].label = _("Phone");
	fl[PF_PHONE].kind = FORM_TEXT;
	fl[PF_EMAIL].label = _("E-mail");
	fl[PF_EMAIL].kind = FORM_TEXT;
	fl[PF_PRIMARY].label = _("Primary contact person");
	fl[PF_PRIMARY].kind = FORM_CHOICE;
	fl[PF_PRIMARY].choices = yesno;
	fl[PF_PRIMARY].choice_labels = labels;
	snprintf(title, sizeof(title), _("Contact person at %s"), name);
	form_setup(&f, app, title, NULL, 0, fl, PF_COUNT);
	for (;;) {
		if (form_run(&f) != FORM_SUBMITTED) {
			view_message(app, 0, "%s", _("No contact person added."));
			return 0;
		}
		memset(&s, 0, sizeof(s));
		s.name = form_value(&fl[PF_NAME]);
		s.function = form_value(&fl[PF_FUNCTION]);
		s.phone = form_value(&fl[PF_PHONE]);
		s.email = form_value(&fl[PF_EMAIL]);
		s.primary = strcmp(form_value(&fl[PF_PRIMARY]), "1") == 0;
		st = contact_person_add(app->db, &u, id, &s, NULL);
		if ((st == WB_INVALID || st == WB_EXISTS) && place_errors(
		    db_error(app->db), nf, sizeof(nf) / sizeof(nf[0])))
			continue;
		if (st != WB_OK) {
			view_message(app, 1, "%s", db_error(app->db));
			return 0;
		}
		view_message(app, 0, _("%s added as a contact person of %s."),
		    s.name, name);
		return 1;
	}
}
