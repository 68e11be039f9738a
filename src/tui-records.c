/*
 * tui-records.c: entering and editing vacancies, candidates and
 * employers in forms, and a vacancy's hold / reopen / withdraw
 * (tui-records.h).  The form is built from record_fields(); the values
 * are read (record_read, with the version) before it opens and written
 * (record_set, lifecycle_change) after it closes.  Every closed set is
 * a pick list of its words, the account manager and the consultant one
 * of the team by name, the skills suggest those in use (tui-pick.h);
 * the occupation takes a job title typed that says one occupation.
 */
#include "werkbank/tui-records.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "werkbank/audit.h"
#include "werkbank/date.h"
#include "werkbank/employer.h"
#include "werkbank/form.h"
#include "werkbank/i18n.h"
#include "werkbank/keys.h"
#include "werkbank/lifecycle.h"
#include "werkbank/num.h"
#include "werkbank/record.h"
#include "werkbank/request.h"
#include "werkbank/tui-employer.h"
#include "werkbank/tui-pick.h"
#include "werkbank/user.h"
#include "werkbank/validate.h"
#include "werkbank/xmalloc.h"

#define MAX_FIELDS	32
#define MAX_LINES	4

/* One form field and the record field it stands for. */
struct rfield {
	const struct record_field	*rec;
	struct form_field		*fl;
	struct db			*db;
	enum rec_kind			 kind;
	const char			**choices;	/* FORM_CHOICE */
	const char			**labels;
	struct pick			 pick;		/* a pick list */
	int				 picked;	/* pick in use */
	char				 hint[160];
	/* The value as the form first held it: changed when it differs. */
	char				 initial[FORM_VALUE_MAX];
};

static const char *const kind_labels[REC_NKINDS] = {
	[REC_VACANCY] = N_("vacancy"),
	[REC_CANDIDATE] = N_("candidate"),
	[REC_EMPLOYER] = N_("employer"),
};

static const char *
kind_label(enum rec_kind k)
{
	return (unsigned)k < REC_NKINDS ? _(kind_labels[k]) : "";
}

/* What the form sends for a field: the chosen key of a lookup. */
static const char *
field_value(const struct rfield *rf)
{
	if (rf->picked)
		return pick_value(&rf->pick);
	if (rf->fl->kind == FORM_LOOKUP && rf->fl->key[0] != '\0')
		return rf->fl->key;
	return form_value(rf->fl);
}

/* A message under its own field needs no "Label: " before it. */
static void
unlabel(char *err, const char *label)
{
	size_t	n = strlen(label);

	if (strncmp(err, label, n) == 0 && err[n] == ':' && err[n + 1] == ' ')
		memmove(err, err + n + 2, strlen(err + n + 2) + 1);
}

/* The check as the user leaves a field: record_set's, one field. */
static int
check_field(const char *value, char *err, size_t len, void *arg)
{
	const struct rfield	*rf = arg;
	enum wb_status		 st;

	if (rf->picked)
		value = pick_value(&rf->pick);
	else if (rf->fl->kind == FORM_LOOKUP && rf->fl->key[0] != '\0')
		value = rf->fl->key;
	st = record_check(rf->db, rf->kind, _(rf->rec->label), value, err,
	    len);
	if (st == WB_OK)
		return 0;
	if (st != WB_INVALID)
		snprintf(err, len, "%s", db_error(rf->db));
	else
		unlabel(err, _(rf->rec->label));
	return -1;
}

/* The occupations a typed job title may be. */
static size_t
lookup_occupation(const char *typed, struct form_suggestion *out, size_t max,
    void *arg)
{
	const struct rfield		*rf = arg;
	struct occupation_suggestion	 s[FORM_SUGGEST];
	size_t				 n = 0, i;

	if (max > FORM_SUGGEST)
		max = FORM_SUGGEST;
	if (record_occupation_suggest(rf->db, typed, s, max, &n) != WB_OK)
		return 0;
	for (i = 0; i < n; i++) {
		snprintf(out[i].label, sizeof(out[i].label), "%s (%s)",
		    s[i].label, s[i].isco);
		snprintf(out[i].key, sizeof(out[i].key), "%s", s[i].isco);
	}
	return n;
}

static void
set_hint(struct rfield *rf)
{
	const struct record_field	*f = rf->rec;
	size_t				 o = 0, i;
	char				 lo[32], hi[32];

	switch (f->type) {
	case RV_INT:
	case RV_REAL:
		/* TRANSLATORS: the range a number field takes: 0 to 48. */
		snprintf(rf->hint, sizeof(rf->hint), _("%s to %s"),
		    num_format(f->min, 2, lo, sizeof(lo)),
		    num_format(f->max, 2, hi, sizeof(hi)));
		break;
	case RV_DATE:
		snprintf(rf->hint, sizeof(rf->hint), "%s", _("a date: "
		    "YYYY-MM-DD or DD-MM-YYYY"));
		break;
	case RV_ENUMS:
	case RV_INSTRUMENTS:
		for (i = 0; f->values != NULL && f->values[i] != NULL &&
		    o < sizeof(rf->hint); i++)
			o += (size_t)snprintf(rf->hint + o, sizeof(rf->hint) -
			    o, "%s%s", i ? " | " : "", vocab_word(f->vocab,
			    f->values[i]));
		break;
	case RV_TAGS:
		snprintf(rf->hint, sizeof(rf->hint), "%s", _("words with | "
		    "between"));
		break;
	case RV_OCCUPATION:
		snprintf(rf->hint, sizeof(rf->hint), "%s", _("a Dutch job "
		    "title; Down and Enter pick a suggestion"));
		break;
	case RV_OCCUPATIONS:
		snprintf(rf->hint, sizeof(rf->hint), "%s", _("job titles or "
		    "ISCO codes with | between, :years (e.g. 8344:3)"));
		break;
	case RV_LOGIN:
		snprintf(rf->hint, sizeof(rf->hint), "%s", _("a name or login; "
		    "Down: the team"));
		break;
	case RV_LANGUAGE:
		snprintf(rf->hint, sizeof(rf->hint), "%s", _("A0, A1 ... C2"));
		break;
	case RV_POSTCODE:
		snprintf(rf->hint, sizeof(rf->hint), "%s", _("1234 AB or "
		    "1234"));
		break;
	default:
		rf->hint[0] = '\0';
		break;
	}
	rf->fl->hint = rf->hint[0] != '\0' ? rf->hint : NULL;
}

/* A choice among values ("" first, shown "-", unless required); 0, or
 * -1 when the value now is none of them (then the field stays text). */
static int
set_choices(struct rfield *rf, const char *const *values, const char
    *const *labels, const char *now)
{
	size_t	n = 0, i, k = 0;
	int	at = -1;

	while (values[n] != NULL)
		n++;
	rf->choices = xcalloc(n + 2, sizeof(char *));
	rf->labels = xcalloc(n + 2, sizeof(char *));
	if (!rf->rec->required || *now == '\0') {
		rf->choices[k] = "";
		rf->labels[k++] = "-";
	}
	for (i = 0; i < n; i++) {
		rf->choices[k] = values[i];
		rf->labels[k++] = labels != NULL ? labels[i] : values[i];
	}
	for (i = 0; i < k && at < 0; i++)
		if (strcasecmp(rf->choices[i], now) == 0)
			at = (int)i;
	if (at < 0) {
		free(rf->choices);
		free(rf->labels);
		rf->choices = rf->labels = NULL;
		return -1;
	}
	rf->fl->kind = FORM_CHOICE;
	rf->fl->choices = rf->choices;
	rf->fl->choice_labels = rf->labels;
	rf->fl->choice = at;
	return 0;
}

/* The field as a pick list (tui-pick.h), the record's check after. */
static void
use_pick(struct rfield *rf, enum pick_kind kind, const char *now)
{
	static const char *const hints[] = {
		[PICK_TEAM] = N_("a name or login; Down: the team"),
		[PICK_WORD] = N_("Down: the choices"),
		[PICK_WORDS] = N_("Down: the choices; | between"),
		[PICK_SKILLS] = N_("| between; the skills in use are "
		    "suggested"),
	};

	pick_init(&rf->pick, kind, rf->db, rf->fl, rf->rec->vocab, now);
	rf->fl->hint = _(hints[kind]);
	rf->pick.then = check_field;
	rf->pick.then_arg = rf;
	rf->picked = 1;
	snprintf(rf->initial, sizeof(rf->initial), "%s", field_value(rf));
}

/* Set up one form field for record field f with its value now. */
static void
make_field(struct rfield *rf, const char *now)
{
	static const char *const bools[] = { "ja", "nee", NULL };
	const char			*bool_labels[2];
	struct occupation_suggestion	 s;
	struct form_field		*fl = rf->fl;
	char				 shown[FORM_VALUE_MAX];
	size_t				 n = 0;
	int				 b;

	fl->label = _(rf->rec->label);
	fl->required = rf->rec->required;
	fl->check = check_field;
	fl->arg = rf;
	fl->kind = FORM_TEXT;
	set_hint(rf);
	switch (rf->rec->type) {
	case RV_BOOL: {
		char	err[VERR];

		bool_labels[0] = _("yes");
		bool_labels[1] = _("no");
		if (*now != '\0' && validate_bool(now, &b, err) == WB_OK)
			now = b ? "ja" : "nee";
		if (set_choices(rf, bools, NULL, now) == 0) {
			/* The labels are translated; the values stay Dutch. */
			rf->labels[rf->choices[0][0] == '\0' ? 1 : 0] =
			    bool_labels[0];
			rf->labels[rf->choices[0][0] == '\0' ? 2 : 1] =
			    bool_labels[1];
		}
		break;
	}
	case RV_ENUM:
	case RV_EDUCATION:
	case RV_LANGUAGE:
		if (rf->rec->vocab != VOCAB_NONE) {
			use_pick(rf, PICK_WORD, now);
			return;
		}
		if (rf->rec->values != NULL &&
		    set_choices(rf, rf->rec->values, NULL, now) == 0)
			for (n = 0; rf->choices[n] != NULL; n++)
				if (*rf->choices[n] != '\0')
					rf->labels[n] = vocab_word(
					    rf->rec->vocab, rf->choices[n]);
		break;
	case RV_ENUMS:
	case RV_INSTRUMENTS:
		if (rf->rec->vocab != VOCAB_NONE) {
			use_pick(rf, PICK_WORDS, now);
			return;
		}
		break;
	case RV_TAGS:
		use_pick(rf, PICK_SKILLS, now);
		return;
	case RV_LOGIN:
		use_pick(rf, PICK_TEAM, now);
		return;
	case RV_OCCUPATIONS:
		if (*now != '\0') {
			char	occ[FORM_VALUE_MAX];

			record_occupations_shown(rf->db, now, occ, sizeof(occ));
			form_field_set(fl, occ);
			snprintf(rf->initial, sizeof(rf->initial), "%s",
			    field_value(rf));
			return;
		}
		break;
	case RV_OCCUPATION:
		fl->kind = FORM_LOOKUP;
		fl->free = 1;	/* a title that says one occupation stands */
		fl->lookup = lookup_occupation;
		if (*now == '\0')
			break;
		if (record_occupation_suggest(rf->db, now, &s, 1, &n) ==
		    WB_OK && n == 1) {
			char	label[FORM_VALUE_MAX];

			snprintf(label, sizeof(label), "%s (%s)", s.group,
			    s.isco);
			form_field_set(fl, label);
		} else
			form_field_set(fl, now);
		snprintf(fl->key, sizeof(fl->key), "%s", now);
		break;
	default:
		break;
	}
	if (fl->kind != FORM_CHOICE && fl->kind != FORM_LOOKUP)
		form_field_set(fl, record_value_shown(rf->rec, now, shown,
		    sizeof(shown)));
	/* A lookup keeps its key; the others their text. */
	snprintf(rf->initial, sizeof(rf->initial), "%s", field_value(rf));
}

/* record_set's reasons under each field; the others (a field not in
 * the form, or no one field) under the first. */
static void
place_errors(struct rfield *rf, size_t n, const struct record_result *res,
    const struct record_field *all, size_t nall, const char *msg)
{
	size_t	i, j, o = 0;
	char	rest[sizeof(rf[0].fl->err)];

	rest[0] = '\0';
	for (i = 0; i < n; i++)
		rf[i].fl->err[0] = '\0';
	for (j = 0; j < nall && j < RECORD_MAX_FIELDS; j++) {
		if (res->reason[j][0] == '\0')
			continue;
		for (i = 0; i < n && rf[i].rec != &all[j]; i++)
			;
		if (i < n)
			snprintf(rf[i].fl->err, sizeof(rf[i].fl->err), "%s",
			    res->reason[j]);
		else if (o < sizeof(rest))
			o += (size_t)snprintf(rest + o, sizeof(rest) - o,
			    "%s%s: %s", o ? "; " : "", _(all[j].label),
			    res->reason[j]);
	}
	if (res->other[0] != '\0' && o < sizeof(rest))
		o += (size_t)snprintf(rest + o, sizeof(rest) - o, "%s%s",
		    o ? "; " : "", res->other);
	/* WB_EXISTS and the like: the message itself. */
	if (o == 0 && msg != NULL)
		for (i = 0; i < n && rf[i].fl->err[0] == '\0'; i++)
			;
	if (o == 0 && msg != NULL && i == n)
		snprintf(rest, sizeof(rest), "%s", msg);
	if (rest[0] != '\0' && n > 0 && rf[0].fl->err[0] == '\0')
		snprintf(rf[0].fl->err, sizeof(rf[0].fl->err), "%s", rest);
}

/* Someone else changed the record after the form opened. */
static void
stale_dialog(struct view_app *app, enum rec_kind kind, const char *key,
    const struct audit_entry *a, const char *fresh)
{
	char		 title[160], head[200], who[200], what[400], at[32];
	char		 change[380];
	const char	*lines[6];
	size_t		 k = 0;

	snprintf(title, sizeof(title), _("Changed meanwhile: %s"), key);
	snprintf(head, sizeof(head), _("Someone else changed %s after you "
	    "opened the form:"), key);
	lines[k++] = head;
	if (a->id > 0) {
		snprintf(who, sizeof(who), _("  by %s at %s"), a->login,
		    date_time_local(a->at, at, sizeof(at)));
		snprintf(what, sizeof(what), "  %s", record_change_shown(kind,
		    a, 1, change, sizeof(change)));
		lines[k++] = who;
		lines[k++] = what;
	}
	if (fresh != NULL && *fresh != '\0')
		lines[k++] = fresh;
	lines[k++] = _("Your change was not saved; look again and decide.");
	app->redraw(app->redraw_arg);	/* the form goes first */
	dialog_run(title, lines, k, "\n", _("Enter: close and read again"), 1,
	    app->redraw, app->redraw_arg, app->stop);
}

/* The fields the other change named, as they are now, read afresh:
 * "  now: positions 3, title Heftruckchauffeur". */
static void
fresh_values(struct db *db, const struct user_ctx *u, enum rec_kind kind,
    long long id, const struct audit_entry *a, char *out, size_t len)
{
	const struct record_field	*f;
	char				**v = NULL;
	long long			 version;
	const char			*p, *comma;
	char				 shown[200];
	size_t				 n, i, o, nl;

	out[0] = '\0';
	if (strncmp(a->detail, "fields=", 7) != 0 || record_read(db, u, kind,
	    id, &v, &version) != WB_OK)
		return;
	f = record_fields(kind, &n);
	o = (size_t)snprintf(out, len, "%s", _("  now:"));
	for (p = a->detail + 7; *p != '\0' && o < len; p = comma ? comma + 1 :
	    p + strlen(p)) {
		comma = strchr(p, ',');
		nl = comma ? (size_t)(comma - p) : strlen(p);
		for (i = 0; i < n; i++)
			if (strlen(f[i].name) == nl &&
			    strncmp(f[i].name, p, nl) == 0)
				o += (size_t)snprintf(out + o, len - o,
				    "%s %s %s", o > strlen(_("  now:")) ? "," :
				    "", _(f[i].label), *v[i] ?
				    record_value_shown(&f[i], v[i], shown,
				    sizeof(shown)) : "-");
	}
	if (o >= len)
		out[len - 1] = '\0';
	record_values_free(v, kind);
}

static void
free_fields(struct rfield *rf, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++) {
		free(rf[i].choices);
		free(rf[i].labels);
		if (rf[i].picked)
			pick_clear(&rf[i].pick);
	}
}

/* The record's key as the commands take it: PARTNER/REF, NAME@PC4. */
static void
key_of(enum rec_kind kind, const struct record_field *f, size_t n,
    char **v, char *out, size_t len)
{
	const char	*ref = "", *partner = "", *name = "", *pc = "";
	size_t		 i;

	for (i = 0; i < n; i++)
		if (strcmp(f[i].name, "ref") == 0)
			ref = v[i];
		else if (strcmp(f[i].name, "partner") == 0)
			partner = v[i];
		else if (strcmp(f[i].name, "name") == 0)
			name = v[i];
		else if (strcmp(f[i].name, "postcode") == 0)
			pc = v[i];
	if (kind == REC_EMPLOYER)
		snprintf(out, len, "%s@%s", name, pc);
	else
		snprintf(out, len, "%s/%s", partner, ref);
}

/*
 * The employer typed is none werkbank knows (name and PC4): a new one
 * is made with the vacancy, so say so and name those that look like it
 * ("Restaurant" for one of five restaurants made a sixth, unnoticed).
 * Once per form (*asked -1); WB_NOT_FOUND back to the form.
 */
static enum wb_status
new_employer_question(struct view_app *app, const struct user_ctx *u,
    long long id, long long version, const struct record_value *vals,
    size_t nv, struct record_result *res, long long *asked)
{
	const struct record_field	*f;
	const char			*name = NULL, *lines[3];
	char				 title[160], l1[300], l2[600], like[512];
	enum wb_status			 st;
	size_t				 i, nl = 0;

	for (i = 0; i < nv; i++)
		if ((f = record_field(REC_VACANCY, vals[i].field)) != NULL &&
		    strcmp(f->name, "employer") == 0)
			name = vals[i].value;
	if (name == NULL || *name == '\0' || *asked == -1)
		return WB_OK;
	if ((st = record_try(app->db, u, REC_VACANCY, id, version, vals, nv,
	    res)) != WB_OK)
		return st;
	if (employer_like(app->db, name, like, sizeof(like)) != WB_OK)
		like[0] = '\0';
	snprintf(title, sizeof(title), "%s", _("A new employer"));
	snprintf(l1, sizeof(l1), _("'%s' at this postcode is not an employer "
	    "in werkbank yet: saving adds it."), name);
	lines[nl++] = l1;
	if (like[0] != '\0') {
		snprintf(l2, sizeof(l2), _("Known, and alike: %s."), like);
		lines[nl++] = l2;
	}
	lines[nl++] = _("Add the new employer?");
	if (dialog_run(title, lines, nl, "yn", _("y: yes, add it   n: no, "
	    "back to the form"), 0, app->redraw, app->redraw_arg,
	    app->stop) != 'y') {
		app->redraw(app->redraw_arg);
		return WB_NOT_FOUND;	/* said under the field */
	}
	app->redraw(app->redraw_arg);
	*asked = -1;
	return WB_OK;
}

/*
 * A vacancy for another account manager's employer (once per employer
 * the form is saved for; *asked remembers it): the change is tried
 * first, so bad input is told before the question.  WB_OK to save;
 * WB_INVALID/WB_EXISTS with the fields' messages in db_error(); else
 * (said no, or could not tell) back to the form.
 */
static enum wb_status
vacancy_question(struct view_app *app, const struct user_ctx *u,
    long long id, long long version, const struct record_value *vals,
    size_t nv, struct record_result *res, long long *asked)
{
	struct employer_manager	m;
	enum wb_status		st;
	long long		emp;
	char			title[160];

	if (employer_of_vacancy(app->db, id, vals, nv, &emp) != WB_OK)
		return WB_OK;
	if (emp == 0)
		return new_employer_question(app, u, id, version, vals, nv, res,
		    asked);
	if (emp == *asked ||
	    employer_manager(app->db, u, emp, &m) != WB_OK || !m.other)
		return WB_OK;
	if ((st = record_try(app->db, u, REC_VACANCY, id, version, vals, nv,
	    res)) != WB_OK)
		return st;
	snprintf(title, sizeof(title), _("A vacancy for %s"), m.employer);
	if (!employer_ask(app, emp, title, _("Enter the vacancy anyway?")))
		return WB_DENIED;
	*asked = emp;
	return WB_OK;
}

/* Edit record id of kind (0: a new one). */
static int
record_form(struct view_app *app, enum rec_kind kind, long long id,
    long long *saved)
{
	struct db			*db = app->db;
	const struct record_field	*rf_all;
	struct user_ctx			 u;
	struct rfield			 rf[MAX_FIELDS];
	struct form_field		 fl[MAX_FIELDS];
	struct record_value		 vals[MAX_FIELDS];
	struct record_result		 res;
	struct form			 f;
	enum wb_status			 st;
	char				**now = NULL, title[160], key[96];
	char				 lbuf[MAX_LINES][200];
	const char			*lines[MAX_LINES];
	long long			 version = 0, asked = 0;
	size_t				 n, i, nf = 0, nl = 0, nv;
	int				 ret = 0;

	if (!view_may(app, kind == REC_CANDIDATE ? PERM_CANDIDATES :
	    PERM_VACANCIES, &u))
		return 0;
	if (kind == REC_CANDIDATE && app->meeting) {
		view_message(app, 1, "%s", _("Meeting mode: a candidate's form "
		    "shows personal details; leave meeting mode (M) first."));
		return 0;
	}
	rf_all = record_fields(kind, &n);
	if (n > MAX_FIELDS)
		n = MAX_FIELDS;
	key[0] = '\0';
	if (id != 0) {
		if (record_read(db, &u, kind, id, &now, &version) != WB_OK) {
			view_message(app, 1, "%s", db_error(db));
			return 0;
		}
		/* The form shows a person's details: audited first. */
		if (kind == REC_CANDIDATE && audit_append(db, u.login, "view",
		    "candidate", id, NULL) != WB_OK) {
			view_message(app, 1, _("Cannot write the audit log, so "
			    "the form stays closed: %s"), db_error(db));
			record_values_free(now, kind);
			return 0;
		}
		key_of(kind, rf_all, n, now, key, sizeof(key));
		if (kind == REC_CANDIDATE && !u.single) {
			for (i = 0; i < n; i++)
				if (strcmp(rf_all[i].name, "partner") == 0 &&
				    strcasecmp(now[i], u.partner) != 0) {
					view_message(app, 1, _("%s is a "
					    "candidate of %s: only %s edits "
					    "them."), key, now[i], now[i]);
					record_values_free(now, kind);
					return 0;
				}
		}
	}

	memset(rf, 0, sizeof(rf));
	memset(fl, 0, sizeof(fl));
	for (i = 0; i < n; i++) {
		const char	*v = now != NULL ? now[i] : "";

		/* Fixed once the record exists, or changed elsewhere: shown
		 * above the fields. */
		if ((id != 0 && rf_all[i].key) || rf_all[i].readonly) {
			if (id != 0 && nl < MAX_LINES) {
				char	shown[160];

				snprintf(lbuf[nl], sizeof(lbuf[nl]), "%-16s %s",
				    _(rf_all[i].label), *v ? record_value_shown(
				    &rf_all[i], v, shown, sizeof(shown)) : "-");
				lines[nl] = lbuf[nl];
				nl++;
			}
			continue;
		}
		/* Text of several lines, or longer than a form field takes:
		 * left as it is (the command line changes it). */
		if (rf_all[i].type == RV_MULTILINE && (strpbrk(v, "\n\t\r") !=
		    NULL || strlen(v) >= 1000)) {
			if (nl < MAX_LINES) {
				snprintf(lbuf[nl], sizeof(lbuf[nl]), _("%-16s "
				    "(several lines: ask the coordinator to "
				    "change it)"),
				    _(rf_all[i].label));
				lines[nl] = lbuf[nl];
				nl++;
			}
			continue;
		}
		if (id == 0 && strcmp(rf_all[i].name, "partner") == 0 &&
		    !u.single)
			v = u.partner;
		rf[nf].rec = &rf_all[i];
		rf[nf].fl = &fl[nf];
		rf[nf].db = db;
		rf[nf].kind = kind;
		make_field(&rf[nf], v);
		if (id == 0)
			rf[nf].initial[0] = '\0';	/* everything is new */
		nf++;
	}
	if (id != 0)
		snprintf(title, sizeof(title), _("Edit %s %s"), kind_label(kind),
		    key);
	else
		snprintf(title, sizeof(title), _("New %s"), kind_label(kind));
	memset(&f, 0, sizeof(f));
	f.title = title;
	f.lines = nl > 0 ? lines : NULL;
	f.nlines = nl;
	f.fields = fl;
	f.nfields = nf;
	f.redraw = app->redraw;
	f.arg = app->redraw_arg;
	f.stop = app->stop;

	for (;;) {
		if (form_run(&f) != FORM_SUBMITTED) {
			view_message(app, 0, "%s", _("Nothing saved."));
			break;
		}
		/* Only what changed: the audit row names those fields. */
		for (i = 0, nv = 0; i < nf; i++)
			if (strcmp(field_value(&rf[i]), rf[i].initial) != 0) {
				/* By its label: the messages name it so. */
				vals[nv].field = _(rf[i].rec->label);
				vals[nv++].value = field_value(&rf[i]);
			}
		if (nv == 0) {
			view_message(app, 0, "%s", _("Nothing changed."));
			break;
		}
		/* The user again: rights may have changed meanwhile. */
		if (!view_may(app, kind == REC_CANDIDATE ? PERM_CANDIDATES :
		    PERM_VACANCIES, &u))
			break;
		/* Another account manager's employer: bad input first, then
		 * whose employer it is, and the question (employer.h). */
		if (kind == REC_VACANCY && (st = vacancy_question(app, &u, id,
		    version, vals, nv, &res, &asked)) != WB_OK) {
			if (st == WB_INVALID || st == WB_EXISTS)
				place_errors(rf, nf, &res, rf_all, n,
				    db_error(db));
			for (i = 0; st == WB_NOT_FOUND && i < nf; i++)
				if (strcmp(rf[i].rec->name, "employer") == 0)
					snprintf(rf[i].fl->err,
					    sizeof(rf[i].fl->err), "%s",
					    _("new to werkbank: type it as "
					    "screen 9 has it, or save again to "
					    "add it"));
			continue;
		}
		st = record_set(db, &u, kind, id, version, vals, nv, &res);
		if (st == WB_OK) {
			if (id == 0)
				view_message(app, 0, _("New %s %s saved."),
				    kind_label(kind), res.key);
			else
				view_message(app, 0, _("%s saved: %s."),
				    res.key, res.changed);
			*saved = res.id;
			ret = 1;
			break;
		}
		if (st == WB_STALE) {
			char	fresh[400];

			fresh_values(db, &u, kind, id, &res.stale, fresh,
			    sizeof(fresh));
			stale_dialog(app, kind, key, &res.stale, fresh);
			view_message(app, 1, _("Not saved: %s was changed by "
			    "someone else; read again."), key);
			ret = 1;
			break;
		}
		if (st == WB_INVALID || st == WB_EXISTS) {
			place_errors(rf, nf, &res, rf_all, n, db_error(db));
			continue;
		}
		view_message(app, 1, "%s", db_error(db));
		break;
	}
	free_fields(rf, nf);
	record_values_free(now, kind);
	return ret;
}

static const char *const action_titles[LIFECYCLE_NACTIONS] = {
	[LIFECYCLE_HOLD] = N_("Put vacancy %s on hold"),
	[LIFECYCLE_REOPEN] = N_("Reopen vacancy %s"),
	[LIFECYCLE_WITHDRAW] = N_("Withdraw vacancy %s"),
};

static const char *const action_questions[LIFECYCLE_NACTIONS] = {
	[LIFECYCLE_HOLD] = N_("Put %s on hold?"),
	[LIFECYCLE_REOPEN] = N_("Reopen %s?"),
	[LIFECYCLE_WITHDRAW] = N_("Withdraw %s? That is final."),
};

/* Hold, reopen or withdraw a vacancy: a note, y/n, the change. */
static int
lifecycle_form(struct view_app *app, long long id,
    enum lifecycle_action a)
{
	struct db			*db = app->db;
	const struct record_field	*rf_all;
	struct user_ctx			 u;
	struct lifecycle_result		 res;
	struct form_field		 note;
	enum wb_status			 st;
	char				**now = NULL, key[96], status[32];
	char				 title[160], l1[200], l2[200], q[200];
	char				 next[96], what[160], keyname[64];
	const char			*lines[2], *qlines[1];
	long long			 version = 0;
	size_t				 n, i;
	int				 ret = 0;

	if (!view_may(app, PERM_VACANCIES, &u))
		return 0;
	if (record_read(db, &u, REC_VACANCY, id, &now, &version) != WB_OK) {
		view_message(app, 1, "%s", db_error(db));
		return 0;
	}
	rf_all = record_fields(REC_VACANCY, &n);
	key[0] = status[0] = what[0] = '\0';
	for (i = 0; i < n; i++)
		if (strcmp(rf_all[i].name, "status") == 0)
			snprintf(status, sizeof(status), "%s", now[i]);
		else if (strcmp(rf_all[i].name, "title") == 0)
			snprintf(what, sizeof(what), "%s", now[i]);
	key_of(REC_VACANCY, rf_all, n, now, key, sizeof(key));
	record_values_free(now, REC_VACANCY);
	/* Refused before anything is typed when it does not fit. */
	lifecycle_next(status, next, sizeof(next));
	if (strstr(next, lifecycle_action_name(a)) == NULL) {
		view_message(app, 1, _("%s is %s: it cannot be %s; what may "
		    "follow: %s."), key, vocab_word(VOCAB_VACANCY_STATUS,
		    status), a == LIFECYCLE_HOLD ?
		    _("put on hold") : a == LIFECYCLE_REOPEN ? _("reopened") :
		    _("withdrawn"), next);
		return 0;
	}

	snprintf(title, sizeof(title), _(action_titles[a]), key);
	snprintf(l1, sizeof(l1), "%s", what);
	snprintf(l2, sizeof(l2), _("Now: %s"), vocab_word(VOCAB_VACANCY_STATUS,
	    status));
	lines[0] = l1;
	lines[1] = l2;
	snprintf(q, sizeof(q), _(action_questions[a]), key);
	qlines[0] = q;
	/* The note form is the question (Esc: no); only a withdrawal, which
	 * is final, asks again (walk-through: hold and reopen asked twice). */
	if (form_note(&note, _("optional: why"), title, lines, 2, app->redraw,
	    app->redraw_arg, app->stop) != FORM_SUBMITTED ||
	    (a == LIFECYCLE_WITHDRAW && (app->redraw(app->redraw_arg),
	    dialog_run(title, qlines, 1, "yn", _("y: yes   n: no"), 0,
	    app->redraw, app->redraw_arg, app->stop)) != 'y')) {
		view_message(app, 0, _("%s stays %s."), key,
		    vocab_word(VOCAB_VACANCY_STATUS, status));
		return 0;
	}
	if (!view_may(app, PERM_VACANCIES, &u))
		return 0;
	st = lifecycle_change(db, &u, id, version, a, form_value(&note), &res);
	if (st == WB_OK) {
		view_message(app, 0, _("%s: %s -> %s."), key,
		    vocab_word(VOCAB_VACANCY_STATUS, res.from),
		    vocab_word(VOCAB_VACANCY_STATUS, res.to));
		ret = 1;
	} else if (st == WB_STALE) {
		stale_dialog(app, REC_VACANCY, key, &res.stale, NULL);
		view_message(app, 1, _("Not saved: %s was changed by someone "
		    "else; read again."), key);
		ret = 1;
	} else if (res.deadline_passed) {
		/* The form changes the deadline: say so, with its key. */
		if (!keys_for(KEYMAP_VACANCIES, REQ_EDIT, keyname,
		    sizeof(keyname)))
			snprintf(keyname, sizeof(keyname), "%s",
			    _(request_help(REQ_EDIT)));
		view_message(app, 1, _("%s: change it in the form (%s), then "
		    "reopen the vacancy."), db_error(db), keyname);
	} else
		view_message(app, 1, "%s", db_error(db));
	return ret;
}

enum view_update
records_request(struct view *v, enum rec_kind kind, enum request req)
{
	struct view_record	r = view_selected(v);
	long long		saved = 0;
	int			changed;

	switch (req) {
	case REQ_EDIT:
	case REQ_NEW:
	case REQ_HOLD:
	case REQ_REOPEN:
	case REQ_WITHDRAW:
	case REQ_LEAVE:
		break;
	default:
		return UPDATE_NONE;
	}
	if (req != REQ_NEW && r.id == 0) {
		view_message(v->app, 1, "%s", kind == REC_EMPLOYER ?
		    _("Select an employer in the list first.") :
		    _("Select a row first."));
		return UPDATE_VIEW;
	}
	if (req == REQ_EDIT || req == REQ_NEW)
		changed = record_form(v->app, kind, req == REQ_EDIT ? r.id : 0,
		    &saved);
	else if (req == REQ_LEAVE)
		changed = kind == REC_CANDIDATE && records_leave(v->app, r.id);
	else if (kind != REC_VACANCY)
		return UPDATE_NONE;
	else
		changed = lifecycle_form(v->app, r.id, req == REQ_HOLD ?
		    LIFECYCLE_HOLD : req == REQ_REOPEN ? LIFECYCLE_REOPEN :
		    LIFECYCLE_WITHDRAW);
	if (!changed)
		return UPDATE_VIEW;
	if (saved != 0)
		v->sel_id = saved;
	return UPDATE_DATA;
}
