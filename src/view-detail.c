/*
 * view-detail.c: screen 4, one record in full: a vacancy with its
 * demands, description and proposals, or a candidate with the profile
 * the matching uses and, outside meeting mode only, the contact details,
 * target group and restrictions.  Every opening of a candidate's detail
 * is written to the audit log first; if that fails, nothing is shown.
 * Proposal lines lead on (Enter) to the record they name; under each
 * of a vacancy's, its latest step: when, by whom and its note (who and
 * the note not in meeting mode).  Both show the profiles written for
 * employers (profile.h; who wrote them not in meeting mode), and P
 * writes one: of the candidate shown, or for the vacancy shown of the
 * candidate on the selected line.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/audit.h"
#include "werkbank/candidate.h"
#include "werkbank/i18n.h"
#include "werkbank/num.h"
#include "werkbank/outflow.h"
#include "werkbank/profile.h"
#include "werkbank/text.h"
#include "werkbank/tui-pipeline.h"
#include "werkbank/tui-profile.h"
#include "werkbank/user.h"
#include "werkbank/vacancy.h"
#include "werkbank/view.h"
#include "werkbank/vocab.h"
#include "werkbank/xmalloc.h"

struct detail_line {
	char			*label, *value;
	enum role		 role;
	struct view_record	 link;
};

struct detail_view {
	struct view_record	 rec;
	enum record_kind	 loaded;	/* what vd or cd holds */
	int			 built_width, built_meeting;
	struct vacancy_detail	 vd;
	struct candidate_detail	 cd;
	struct wf_entry		*pipe;		/* the vacancy's pipeline */
	size_t			 npipe;
	struct profile_share	*shares;	/* the profiles written */
	size_t			 nshares;
	struct detail_line	*lines;
	size_t			 nlines, cap;
};

enum { DC_LABEL, DC_VALUE };

static const struct view_column detail_cols[] = {
	[DC_LABEL] = { "", 20, 12, COL_LEFT, -1, 1, 1, 0 },
	[DC_VALUE] = { "", 40, 20, COL_LEFT, -1, 0, 1, 1 },
};

static void
free_lines(struct detail_view *dv)
{
	size_t	i;

	for (i = 0; i < dv->nlines; i++) {
		free(dv->lines[i].label);
		free(dv->lines[i].value);
	}
	dv->nlines = 0;
}

static void
add_line(struct detail_view *dv, const char *label, const char *value,
    enum role role, struct view_record link)
{
	struct detail_line	*l;

	if (dv->nlines == dv->cap) {
		dv->cap = dv->cap ? dv->cap * 2 : 64;
		dv->lines = xreallocarray(dv->lines, dv->cap, sizeof(*l));
	}
	l = &dv->lines[dv->nlines++];
	l->label = xstrdup(label);
	l->value = xstrdup(value);
	l->role = role;
	l->link = link;
}

/* A labelled value, word-wrapped to width columns. */
static void
add(struct detail_view *dv, const char *label, const char *value,
    int width)
{
	struct view_record	 none = { RECORD_NONE, 0 };
	char			*s = text_sanitize(value != NULL ? value : "");
	char			*line = xstrdup(""), *t;
	const char		*p = s, *w;
	size_t			 n;
	int			 first = 1;

	if (*s == '\0') {
		free(s);
		free(line);
		return;
	}
	while (*p != '\0') {
		while (*p == ' ')
			p++;
		w = p;
		while (*p != '\0' && *p != ' ')
			p++;
		n = (size_t)(p - w);
		if (n == 0)
			break;
		t = xasprintf("%s%s%.*s", line, *line ? " " : "", (int)n, w);
		if (*line != '\0' && width > 0 && (int)text_width(t) > width) {
			add_line(dv, first ? label : "", line, ROLE_DEFAULT,
			    none);
			first = 0;
			free(t);
			t = xasprintf("%.*s", (int)n, w);
		}
		free(line);
		line = t;
	}
	if (*line != '\0')
		add_line(dv, first ? label : "", line, ROLE_DEFAULT, none);
	free(line);
	free(s);
}

static void
section(struct detail_view *dv, const char *title)
{
	struct view_record	none = { RECORD_NONE, 0 };

	if (dv->nlines > 0)
		add_line(dv, "", "", ROLE_DEFAULT, none);
	add_line(dv, title, "", ROLE_SECTION, none);
}

static const char *
yesno(int v)
{
	return v < 0 ? _("unknown") : v ? _("yes") : _("no");
}

static void
hours(char *buf, size_t len, double lo, double hi)
{
	char	a[32], b[32];

	if (lo < 0 && hi < 0)
		snprintf(buf, len, "%s", _("unknown"));
	else
		snprintf(buf, len, "%s-%s", num_format(lo < 0 ? hi : lo, 2, a,
		    sizeof(a)), num_format(hi < 0 ? lo : hi, 2, b, sizeof(b)));
}

/* A closed set's codes ("a, b") as words, or `none` when empty. */
static const char *
words(enum vocab_set set, const char *codes, const char *none, char *buf,
    size_t len)
{
	if (codes == NULL || *codes == '\0')
		return none;
	return vocab_words(set, codes, ", ", buf, len);
}

/* Who proposes and by when, and the latest step of a candidate's
 * proposal, under its line. */
static void
add_latest(struct view *v, struct detail_view *dv, long long candidate_id,
    int w)
{
	const struct wf_entry	*e = NULL;
	char			 buf[320], step[160];
	size_t			 i;

	for (i = 0; i < dv->npipe && e == NULL; i++)
		if (dv->pipe[i].candidate_id == candidate_id)
			e = &dv->pipe[i];
	if (e == NULL)
		return;
	if (*e->proposed_by != '\0' && *e->due != '\0')
		snprintf(buf, sizeof(buf), _("proposer: %s (%s), by %s"),
		    e->proposer, e->proposed_by, e->due);
	else if (*e->proposed_by != '\0')
		snprintf(buf, sizeof(buf), _("proposer: %s (%s)"), e->proposer,
		    e->proposed_by);
	else if (*e->due != '\0')
		snprintf(buf, sizeof(buf), _("to be proposed by %s"), e->due);
	if (*e->proposed_by != '\0' || *e->due != '\0')
		add(dv, "", buf, w);
	if (e->last_on[0] == '\0')
		return;
	/* An ending with its reason ("not chosen: language"). */
	if (workflow_reason_set(e->step) != VOCAB_NONE)
		snprintf(step, sizeof(step), "%s: %s", pipeline_step_label(
		    e->step), outflow_reason_word(workflow_reason_set(e->step),
		    e->last_reason));
	else
		snprintf(step, sizeof(step), "%s", pipeline_step_label(e->step));
	if (v->app->meeting || (*e->last_by == '\0' && e->last_note == NULL))
		snprintf(buf, sizeof(buf), _("latest: %s %s"), step,
		    e->last_on);
	else
		snprintf(buf, sizeof(buf), _("latest: %s %s by %s: %s"), step,
		    e->last_on, *e->last_by != '\0' ? e->last_by :
		    _("unknown"), e->last_note != NULL ? e->last_note :
		    _("no note"));
	add(dv, "", buf, w);
}

/* The profiles written: on a vacancy each line leads on to its
 * candidate; who wrote them not on the meeting's screen. */
static void
add_shares(struct view *v, struct detail_view *dv, int w)
{
	struct view_record	 link;
	char			 note[512], on[32];
	size_t			 i;

	/* TRANSLATORS: section titles of at most 20 columns. */
	section(dv, dv->loaded == RECORD_VACANCY ? _("Profiles (Enter, P)") :
	    _("Profiles (P)"));
	if (dv->nshares == 0)
		add(dv, "", _("none yet"), w);
	for (i = 0; i < dv->nshares; i++) {
		const struct profile_share *s = &dv->shares[i];

		profile_share_note(s, !v->app->meeting, note, sizeof(note));
		snprintf(on, sizeof(on), "%s", s->on);
		if (dv->loaded == RECORD_VACANCY) {
			link.kind = RECORD_CANDIDATE;
			link.id = s->candidate_id;
			add_line(dv, s->candidate, note, ROLE_DEFAULT, link);
		} else
			add(dv, on, note, w);
	}
}

static void
build_vacancy(struct view *v, struct detail_view *dv, int w)
{
	struct vacancy_detail	*d = &dv->vd;
	struct vacancy_row	*r = &d->row;
	struct view_record	 link;
	char			 buf[256], *who;
	size_t			 i;

	section(dv, _("Vacancy"));
	add(dv, _("Vacancy"), r->key, w);
	add(dv, _("Title"), r->title, w);
	add(dv, _("Status"), vocab_word(VOCAB_VACANCY_STATUS, r->status), w);
	add(dv, _("Employer"), r->employer, w);
	add(dv, _("Sector"), d->sector, w);
	snprintf(buf, sizeof(buf), "%s %s (%s)", d->pc4, r->place,
	    r->municipality);
	add(dv, _("Work place"), buf, w);
	snprintf(buf, sizeof(buf), "%s %s", r->isco, r->occupation);
	add(dv, _("Occupation"), buf, w);
	hours(buf, sizeof(buf), r->hours_min, r->hours_max);
	add(dv, _("Hours a week"), buf, w);
	snprintf(buf, sizeof(buf), "%d", r->positions);
	add(dv, _("Positions"), buf, w);
	add(dv, _("Collecting partner"), r->partner, w);
	add(dv, _("Account manager"), v->app->meeting ? r->manager_login :
	    r->manager, w);
	section(dv, _("Asks"));
	add(dv, _("Education"), words(VOCAB_EDUCATION, d->education, "", buf,
	    sizeof(buf)), w);
	add(dv, _("Dutch"), vocab_word(VOCAB_LANGUAGE, d->dutch), w);
	add(dv, _("Driving licence"), yesno(d->licence), w);
	add(dv, _("Banenafspraak"), yesno(d->job_agreement), w);
	add(dv, _("Beschut werk"), yesno(d->sheltered), w);
	add(dv, _("Skills"), d->skills, w);
	add(dv, _("Demands"), words(VOCAB_DEMAND, d->demands, "", buf,
	    sizeof(buf)), w);
	add(dv, _("Instruments"), words(VOCAB_INSTRUMENT, d->instruments, "",
	    buf, sizeof(buf)), w);
	section(dv, _("Dates"));
	add(dv, _("Collected"), d->collected_on, w);
	add(dv, _("Deadline"), d->deadline, w);
	add(dv, _("Start"), d->start, w);
	add(dv, _("Closed"), d->closed_on, w);
	if (*d->description != '\0') {
		section(dv, _("Description"));
		add(dv, "", d->description, w);
	}
	section(dv, _("Proposals (Enter)"));
	if (d->nproposals == 0)
		add(dv, "", _("none yet"), w);
	for (i = 0; i < d->nproposals; i++) {
		struct vacancy_proposal *p = &d->proposals[i];

		who = view_person(v->app, p->first, p->last, p->key);
		snprintf(buf, sizeof(buf), "%s  %s  %s%s%s", who,
		    vocab_word(VOCAB_STEP, p->step),
		    p->on, v->app->meeting || *p->by == '\0' ? "" : "  ",
		    v->app->meeting ? "" : p->by);
		free(who);
		link.kind = RECORD_CANDIDATE;
		link.id = p->candidate_id;
		add_line(dv, p->key, buf, ROLE_DEFAULT, link);
		add_latest(v, dv, p->candidate_id, w);
	}
	add_shares(v, dv, w);
}

static void
build_candidate(struct view *v, struct detail_view *dv, int w)
{
	struct candidate_detail	*d = &dv->cd;
	struct candidate_row	*r = &d->row;
	struct view_record	 link;
	enum wf_step		 step;
	char			 buf[256], *who;
	int			 meeting = v->app->meeting;
	size_t			 i;

	section(dv, _("Candidate"));
	add(dv, _("Candidate"), r->key, w);
	who = view_person(v->app, r->first, r->last, r->key);
	add(dv, meeting ? _("Initials") : _("Name"), who, w);
	free(who);
	add(dv, _("Partner"), r->partner, w);
	add(dv, _("Status"), vocab_word(VOCAB_CANDIDATE_STATUS, r->status), w);
	if (!meeting)
		add(dv, _("Target group"), vocab_word(VOCAB_TARGET_GROUP,
		    r->group), w);
	add(dv, _("Consultant"), meeting ? r->consultant_login :
	    r->consultant, w);
	if (meeting)
		snprintf(buf, sizeof(buf), "%s (%s)", r->place,
		    r->municipality);
	else
		snprintf(buf, sizeof(buf), "%s %s (%s)", d->pc4, r->place,
		    r->municipality);
	add(dv, _("Lives in"), buf, w);
	if (!meeting) {
		section(dv, _("Contact"));
		add(dv, _("Phone"), *d->phone ? d->phone : _("unknown"), w);
		add(dv, _("E-mail"), *d->email ? d->email : _("unknown"), w);
	}
	section(dv, _("Profile"));
	add(dv, _("Occupations"), *d->occupations ? num_localize_text(
	    d->occupations, buf, sizeof(buf)) : _("unknown"), w);
	add(dv, _("Skills"), *d->skills ? d->skills : _("unknown"), w);
	add(dv, _("Education"), words(VOCAB_EDUCATION, d->education,
	    _("unknown"), buf, sizeof(buf)), w);
	add(dv, _("Dutch"), *d->dutch ? vocab_word(VOCAB_LANGUAGE, d->dutch) :
	    _("unknown"), w);
	hours(buf, sizeof(buf), d->hours_min, d->hours_max);
	add(dv, _("Hours a week"), buf, w);
	add(dv, _("Available from"), *d->available ? d->available :
	    _("now"), w);
	add(dv, _("Driving licence"), yesno(d->licence), w);
	add(dv, _("Transport"), words(VOCAB_TRANSPORT, d->transport,
	    _("unknown"), buf, sizeof(buf)), w);
	if (d->max_travel > 0) {
		char	km[32];

		snprintf(buf, sizeof(buf), "%s km", num_format(d->max_travel, 2,
		    km, sizeof(km)));
		add(dv, _("Travels at most"), buf, w);
	}
	if (!meeting) {
		add(dv, _("Doelgroepregister"), yesno(d->job_agreement), w);
		add(dv, _("Restrictions"), words(VOCAB_RESTRICTION,
		    d->restrictions, _("none"), buf, sizeof(buf)), w);
		add(dv, _("Consent to share"), yesno(d->consent), w);
	}
	add(dv, _("In the pool since"), d->registered, w);
	add(dv, _("Left the pool"), d->left, w);
	if (*d->left != '\0') {
		/* Why, "unknown" when they left before werkbank asked. */
		add(dv, _("Why they left"), outflow_reason_word(
		    VOCAB_LEAVE_REASON, d->leave_reason), w);
		if (!meeting)
			add(dv, _("Leave note"), d->leave_note, w);
	}
	section(dv, _("Proposals (Enter)"));
	if (d->nproposals == 0)
		add(dv, "", _("none yet"), w);
	for (i = 0; i < d->nproposals; i++) {
		struct candidate_proposal *p = &d->proposals[i];

		if (workflow_step_parse(p->step, &step) == WB_OK &&
		    workflow_reason_set(step) != VOCAB_NONE)
			/* An ending: its reason and day. */
			snprintf(buf, sizeof(buf), "%s  %s: %s  %s", p->title,
			    vocab_word(VOCAB_STEP, p->step),
			    outflow_reason_word(workflow_reason_set(step),
			    p->reason), p->last_on);
		else
			snprintf(buf, sizeof(buf), "%s  %s  %s", p->title,
			    vocab_word(VOCAB_STEP, p->step), p->on);
		link.kind = RECORD_VACANCY;
		link.id = p->vacancy_id;
		add_line(dv, p->key, buf, ROLE_DEFAULT, link);
	}
	add_shares(v, dv, w);
}

static void
build(struct view *v)
{
	struct detail_view	*dv = v->priv;
	int			 w = v->width - 24;

	free_lines(dv);
	dv->built_width = v->width;
	dv->built_meeting = v->app->meeting;
	if (dv->loaded == RECORD_VACANCY)
		build_vacancy(v, dv, w);
	else if (dv->loaded == RECORD_CANDIDATE)
		build_candidate(v, dv, w);
	v->nrows = dv->nlines;
}

static void
unload(struct detail_view *dv)
{
	workflow_pipeline_free(dv->pipe, dv->npipe);
	dv->pipe = NULL;
	dv->npipe = 0;
	free(dv->shares);
	dv->shares = NULL;
	dv->nshares = 0;
	if (dv->loaded == RECORD_VACANCY)
		vacancy_detail_free(&dv->vd);
	else if (dv->loaded == RECORD_CANDIDATE)
		candidate_detail_free(&dv->cd);
	dv->loaded = RECORD_NONE;
}

static enum wb_status
load(struct view *v)
{
	struct detail_view	*dv = v->priv;
	enum wb_status		 st = WB_OK;

	unload(dv);
	if (dv->rec.kind == RECORD_VACANCY) {
		st = vacancy_detail_load(v->app->db, &v->app->user, dv->rec.id,
		    &dv->vd);
		/* The latest steps, of the candidates this user may see. */
		if (st == WB_OK && workflow_pipeline(v->app->db,
		    &v->app->user, dv->rec.id, &dv->pipe, &dv->npipe) != WB_OK)
			view_message(v->app, 1, "%s", db_error(v->app->db));
	} else if (dv->rec.kind == RECORD_CANDIDATE)
		st = candidate_detail_load(v->app->db, &v->app->user, dv->rec.id,
		    &dv->cd);
	else
		return WB_OK;
	/* The profiles written for employers, of whom this user may see. */
	if (st == WB_OK && profile_shares(v->app->db, &v->app->user,
	    dv->rec.kind == RECORD_VACANCY ? dv->rec.id : 0,
	    dv->rec.kind == RECORD_CANDIDATE ? dv->rec.id : 0, &dv->shares,
	    &dv->nshares) != WB_OK)
		view_message(v->app, 1, "%s", db_error(v->app->db));
	if (st == WB_OK)
		dv->loaded = dv->rec.kind;
	else {
		if (dv->rec.kind == RECORD_VACANCY)
			vacancy_detail_free(&dv->vd);
		else
			candidate_detail_free(&dv->cd);
		view_message(v->app, 1, "%s", db_error(v->app->db));
	}
	return st;
}

static enum wb_status
detail_open(struct view *v)
{
	v->priv = xcalloc(1, sizeof(struct detail_view));
	v->cols = detail_cols;
	v->ncols = 2;
	v->sort = -1;
	v->no_header = 1;
	return WB_OK;
}

static enum wb_status
detail_reload(struct view *v)
{
	enum wb_status	st = load(v);

	build(v);
	return st;
}

static enum view_update
detail_show(struct view *v, const struct view_record *r)
{
	struct detail_view	*dv = v->priv;

	if (r->kind == RECORD_NONE)
		return UPDATE_NONE;
	/* The audit row comes first: no record is shown unlogged. */
	if (r->kind == RECORD_CANDIDATE && audit_append(v->app->db,
	    v->app->login, "view", "candidate", r->id, NULL) != WB_OK) {
		view_message(v->app, 1, _("Cannot write the audit log, so the "
		    "detail stays closed: %s"), db_error(v->app->db));
		unload(dv);
		dv->rec.kind = RECORD_NONE;
		build(v);
		return UPDATE_VIEW;
	}
	dv->rec = *r;
	v->sel = v->top = 0;
	v->sel_id = 0;
	return UPDATE_RELOAD;
}

static void
detail_fetch(struct view *v, size_t first, size_t n)
{
	struct detail_view	*dv = v->priv;

	(void)first;
	(void)n;
	if (dv->built_width != v->width || dv->built_meeting !=
	    v->app->meeting) {
		build(v);
		if (v->sel >= v->nrows)
			v->sel = v->nrows > 0 ? v->nrows - 1 : 0;
	}
}

static const char *
detail_cell(struct view *v, size_t row, int col, char *buf, size_t len)
{
	struct detail_view	*dv = v->priv;

	(void)buf;
	(void)len;
	if (row >= dv->nlines)
		return "";
	return col == DC_LABEL ? dv->lines[row].label : dv->lines[row].value;
}

static enum role
detail_row_role(struct view *v, size_t row)
{
	struct detail_view	*dv = v->priv;

	return row < dv->nlines ? dv->lines[row].role : ROLE_DEFAULT;
}

static struct view_record
detail_record(struct view *v, size_t row)
{
	struct detail_view	*dv = v->priv;
	struct view_record	 none = { RECORD_NONE, 0 };

	if (row < dv->nlines && dv->lines[row].link.kind != RECORD_NONE)
		return dv->lines[row].link;
	/* The line number keeps the place over a reload. */
	none.id = (long long)row + 1;
	return none;
}

static void
detail_caption(struct view *v, char *buf, size_t len)
{
	struct detail_view	*dv = v->priv;

	if (dv->loaded == RECORD_NONE)
		snprintf(buf, len, "%s", _("Detail: select a row and press "
		    "Enter"));
	else if (dv->loaded == RECORD_VACANCY)
		snprintf(buf, len, _("Detail of vacancy %s (Esc: back)"),
		    dv->vd.row.key);
	else
		snprintf(buf, len, _("Detail of candidate %s (Esc: back)"),
		    dv->cd.row.key);
}

static void
detail_close(struct view *v)
{
	struct detail_view	*dv = v->priv;

	if (dv == NULL)
		return;
	unload(dv);
	free_lines(dv);
	free(dv->lines);
	free(dv);
	v->priv = NULL;
}

/* P: the candidate shown; on a vacancy, the candidate of the selected
 * line, for that vacancy. */
static enum view_update
detail_request(struct view *v, enum request req)
{
	struct detail_view	*dv = v->priv;
	const struct detail_line *l;
	char			 key[64];
	size_t			 i;

	if (req != REQ_PROFILE)
		return UPDATE_NONE;
	if (dv->loaded == RECORD_CANDIDATE)
		return profile_ui_write(v->app, dv->rec.id, dv->cd.row.key, 0,
		    NULL) ? UPDATE_DATA : UPDATE_VIEW;
	l = v->sel < dv->nlines ? &dv->lines[v->sel] : NULL;
	if (dv->loaded != RECORD_VACANCY || l == NULL ||
	    l->link.kind != RECORD_CANDIDATE) {
		view_message(v->app, 1, "%s", _("P writes a candidate's "
		    "profile: open a candidate, or select one of the "
		    "vacancy's proposals or profiles."));
		return UPDATE_VIEW;
	}
	/* The line's label is the candidate's key (proposals, profiles). */
	snprintf(key, sizeof(key), "%s", l->label);
	for (i = v->sel; *key == '\0' && i-- > 0; )
		if (dv->lines[i].link.id == l->link.id && *dv->lines[i].label)
			snprintf(key, sizeof(key), "%s", dv->lines[i].label);
	return profile_ui_write(v->app, l->link.id, key, dv->rec.id,
	    dv->vd.row.key) ? UPDATE_DATA : UPDATE_VIEW;
}

static const struct keybinding detail_keys[] = {
	{ 'q',		REQ_BACK },
	{ 'P',		REQ_PROFILE },	/* the candidate's profile */
};

const struct view_ops detail_view_ops = {
	.title = N_("Detail"),
	.keys = detail_keys,
	.nkeys = VIEW_NKEYS(detail_keys),
	.open = detail_open,
	.reload = detail_reload,
	.fetch = detail_fetch,
	.cell = detail_cell,
	.row_role = detail_row_role,
	.record = detail_record,
	.show = detail_show,
	.request = detail_request,
	.caption = detail_caption,
	.close = detail_close,
};
