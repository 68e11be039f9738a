/*
 * view-meeting.c: screen 8, the Monday meeting on the shared screen.
 * The agenda as meeting.h makes it from the data (new vacancies since
 * the last meeting, the open ones by age, those filled since and how,
 * the proposals that ended since and why, the placements due for their
 * follow-up and those whose jobcoaching has not started), each section
 * with its count,
 * then the action items: the open ones and those of this meeting, done
 * or not, and the contacts with employers due (employer, account
 * manager, when; never the person or the note); at the top the figures
 * the agenda gives (open vacancies, the pool).  The keys are
 * view-meeting-act.c's (what `werkbank meeting` does, and Enter on a
 * vacancy: its ranking); v shows the slate instead (view-slate.c).  The
 * agenda names records by their keys only, never a candidate's name, so
 * meeting mode shows it unchanged.  Each line is laid out to the pane's
 * width when it is drawn; a cell cut short ends in an ellipsis.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/contact.h"
#include "werkbank/draw.h"
#include "werkbank/i18n.h"
#include "werkbank/meeting.h"
#include "werkbank/text.h"
#include "werkbank/user.h"
#include "werkbank/view.h"
#include "werkbank/vocab.h"
#include "werkbank/xmalloc.h"

#include "view-meeting-int.h"
#include "view-slate-int.h"

enum line_kind {
	L_BLANK,
	L_INFO,		/* whether a meeting is open */
	L_FIGURES,	/* open vacancies, the pool */
	L_HEAD,		/* a section heading (arg: enum section) */
	L_COLS,		/* the column titles (arg: enum section) */
	L_NONE,		/* "None." */
	L_NEW,		/* arg: index in new_vacancies */
	L_OPEN,		/* arg: index in open_vacancies */
	L_FILL,		/* arg: index in filled */
	L_FOLLOW,	/* arg: index in followups */
	L_ENDED,	/* arg: index in ended */
	L_COACH,	/* arg: index in coach */
	L_ACTION,	/* arg: index in actions */
	L_CONTACT,	/* arg: index in contacts_due */
	L_SHEAD,	/* supply (arg 0) or the people (1): heading */
	L_SCOLS,	/* ... their column titles */
	L_GROUP,	/* arg: index in the supply's groups */
	L_PERSON,	/* arg: index in the people to work from */
};

enum section {
	S_NEW, S_OPEN, S_FILLED, S_ENDED, S_FOLLOW, S_COACH, S_ACTIONS,
	S_CONTACTS, S_COUNT
};

struct line {
	enum line_kind	 kind;
	size_t		 arg;
};

static const struct meeting_field fields[S_COUNT][MEETING_FIELDS] = {
	/* At 80 columns the employer stays, narrowed (min). */
	[S_NEW] = {
		{ N_("Vacancy"), 14, 0, 0 }, { N_("Title"), 0, 0, 0 },
		{ .title = N_("Employer"), .width = 22, .drop = 2, .min = 14 },
		{ N_("Collected"), 10, 0, 3 }, { N_("Positions"), 9, 1, 4 },
		{ .title = N_("Prop/int/placed"), .width = 15, .drop = 1,
		    .min = 14 },
		{ N_("Status"), 9, 0, 5 },
	},
	[S_OPEN] = {
		{ N_("Vacancy"), 14, 0, 0 }, { N_("Title"), 0, 0, 0 },
		{ .title = N_("Employer"), .width = 22, .drop = 3, .min = 14 },
		{ N_("Collected"), 10, 0, 4 },
		{ .title = N_("Days"), .width = 9, .right = 1, .drop = 1,
		    .min = 5 },
		{ .title = N_("Prop/int/placed"), .width = 15, .drop = 2,
		    .min = 14 },
		{ N_("Status"), 9, 0, 5 },
	},
	[S_FILLED] = {
		{ N_("Vacancy"), 14, 0, 0 }, { N_("Title"), 0, 0, 0 },
		{ N_("Filled"), 10, 0, 3 }, { N_("Candidate"), 12, 0, 1 },
		{ N_("Partner"), 7, 0, 4 }, { N_("Proposed by"), 12, 0, 2 },
		{ N_("Instruments"), 18, 0, 5 },
	},
	[S_ENDED] = {
		{ N_("Vacancy"), 14, 0, 0 }, { N_("Candidate"), 12, 0, 1 },
		{ N_("Ended"), 14, 0, 0 }, { N_("Reason"), 0, 0, 0 },
		{ N_("On"), 10, 0, 2 }, { N_("By"), 12, 0, 3 },
		{ N_("Partner"), 7, 0, 4 },
	},
	[S_COACH] = {
		{ N_("Placement"), 9, 1, 4 }, { N_("Vacancy"), 14, 0, 1 },
		{ N_("Candidate"), 12, 0, 2 }, { N_("Partner"), 7, 0, 5 },
		{ N_("Start"), 10, 0, 3 }, { N_("Days"), 5, 1, 0 },
		{ N_("Job coach"), 0, 0, 0 },
	},
	[S_FOLLOW] = {
		{ N_("Placement"), 9, 1, 4 }, { N_("Vacancy"), 14, 0, 1 },
		{ N_("Candidate"), 12, 0, 2 }, { N_("Partner"), 7, 0, 5 },
		{ N_("Start"), 10, 0, 3 }, { N_("Check due"), 0, 0, 0 },
		{ N_("When"), 17, 0, 0 },
	},
	[S_ACTIONS] = {
		{ N_("#"), 5, 1, 5 }, { N_("What"), 0, 0, 0 },
		{ N_("Who"), 18, 0, 1 }, { N_("By when"), 10, 0, 2 },
		{ N_("Done"), 17, 0, 0 }, { N_("Vacancy"), 14, 0, 4 },
		{ N_("Candidate"), 12, 0, 3 },
	},
	/* No contact person, no note: the room may be watching. */
	[S_CONTACTS] = {
		{ N_("Employer"), 0, 0, 0 }, { N_("Account manager"), 15, 0, 1 },
		{ N_("Next contact"), 15, 0, 0 }, { N_("When"), 15, 0, 2 },
		{ N_("Last contact"), 15, 0, 3 }, { N_("Type"), 10, 0, 4 },
		{ N_("Sector"), 14, 0, 5 },
	},
};

struct meeting_view {
	struct meeting_agenda	 a;
	int			 loaded;
	struct meeting_action	*actions;	/* open, and this meeting's */
	size_t			 nactions, nopen;
	struct meeting_state	 st;		/* view-meeting-act.c's */
	struct line		*lines;
	size_t			 nlines;
	char			 text[2048];	/* the cell being drawn */
	struct slate_panel	*slate;		/* the slate, kept all along */
	int			 slate_on;	/* it shows, not the agenda */
};

static const struct view_column meeting_cols[] = {
	{ "", 100, 20, COL_LEFT, -1, 0, 1, 1 },
};

static void
add_line(struct meeting_view *mv, enum line_kind kind, size_t arg)
{
	mv->lines = xreallocarray(mv->lines, mv->nlines + 1,
	    sizeof(*mv->lines));
	mv->lines[mv->nlines].kind = kind;
	mv->lines[mv->nlines].arg = arg;
	mv->nlines++;
}

static void
clear_data(struct meeting_view *mv)
{
	if (mv->loaded)
		meeting_agenda_clear(&mv->a);
	mv->loaded = 0;
	meeting_actions_free(mv->actions, mv->nactions);
	mv->actions = NULL;
	mv->nactions = mv->nopen = 0;
	free(mv->lines);
	mv->lines = NULL;
	mv->nlines = 0;
}

static enum wb_status
meeting_view_open(struct view *v)
{
	v->priv = xcalloc(1, sizeof(struct meeting_view));
	v->cols = meeting_cols;
	v->ncols = 1;
	v->sort = -1;
	v->no_header = 1;
	return WB_OK;
}

/* The meeting whose items stay on show when done. */
static long long
this_meeting(const struct meeting_view *mv)
{
	return mv->a.meeting_id != 0 ? mv->a.meeting_id : mv->st.last_id;
}

/* The open items, and those of this meeting that are done. */
static void
keep_actions(struct meeting_view *mv, struct meeting_action *all, size_t n)
{
	size_t	i, k = 0;

	for (i = 0; i < n; i++) {
		if (all[i].done[0] == '\0' || (this_meeting(mv) != 0 &&
		    all[i].meeting_id == this_meeting(mv))) {
			if (all[i].done[0] == '\0')
				mv->nopen++;
			all[k++] = all[i];
		} else
			free(all[i].what);
	}
	mv->actions = all;
	mv->nactions = k;
}

static void
add_section(struct meeting_view *mv, enum section s, enum line_kind kind,
    size_t n)
{
	size_t	i;

	add_line(mv, L_BLANK, 0);
	add_line(mv, L_HEAD, s);
	if (n == 0) {
		add_line(mv, L_NONE, 0);
		return;
	}
	add_line(mv, L_COLS, s);
	for (i = 0; i < n; i++)
		add_line(mv, kind, i);
}

/* Supply beside demand (people 0) or the people to work from (1). */
static void
add_supply(struct meeting_view *mv, int people)
{
	size_t	i, n = meeting_supply_rows(&mv->a, people);

	add_line(mv, L_BLANK, 0);
	add_line(mv, L_SHEAD, (size_t)people);
	if (n == 0) {
		add_line(mv, L_NONE, 0);
		return;
	}
	add_line(mv, L_SCOLS, (size_t)people);
	for (i = 0; i < n; i++)
		add_line(mv, people ? L_PERSON : L_GROUP, i);
}

static enum wb_status
meeting_view_reload(struct view *v)
{
	struct meeting_view	*mv = v->priv;
	struct meeting_action	*all;
	struct user_ctx		 u;
	struct db		*db = v->app->db;
	size_t			 n;

	if (mv->slate_on)
		return slate_panel_reload(v, mv->slate);

	clear_data(mv);
	v->nrows = 0;
	if (user_current(db, v->app->login, &u) != WB_OK)
		goto fail;
	mv->loaded = 1;
	if (meeting_agenda_load(db, &u, mv->st.since[0] != '\0' ? mv->st.since :
	    NULL, &mv->a) != WB_OK ||
	    meeting_actions(db, &u, 0, 1, &all, &n) != WB_OK)
		goto fail;
	keep_actions(mv, all, n);
	add_line(mv, L_INFO, 0);
	add_line(mv, L_FIGURES, 0);
	add_section(mv, S_NEW, L_NEW, mv->a.nnew);
	add_section(mv, S_OPEN, L_OPEN, mv->a.nopen);
	add_section(mv, S_FILLED, L_FILL, mv->a.nfilled);
	add_section(mv, S_ENDED, L_ENDED, mv->a.nended);
	add_section(mv, S_FOLLOW, L_FOLLOW, mv->a.nfollowups);
	add_section(mv, S_COACH, L_COACH, mv->a.ncoach);
	add_supply(mv, 0);
	add_supply(mv, 1);
	/* Last before the action items, where G nearly reaches them. */
	add_section(mv, S_CONTACTS, L_CONTACT, mv->a.ncontacts_due);
	add_section(mv, S_ACTIONS, L_ACTION, mv->nactions);
	v->nrows = mv->nlines;
	return WB_OK;
fail:
	view_message(v->app, 1, "%s", db_error(db));
	clear_data(mv);
	return WB_DB;
}

/* A row of section s's table, laid out to width columns. */
static const char *
compose(struct meeting_view *mv, enum section s, int width,
    const char *const *vals)
{
	return meeting_compose(fields[s], vals, width, mv->text,
	    sizeof(mv->text));
}

static const char *
vacancy_line(struct meeting_view *mv, enum section s, int width,
    const struct meeting_vacancy *mvac)
{
	char		 n[16], pipe[48];
	const char	*vals[MEETING_FIELDS];

	snprintf(n, sizeof(n), "%d", s == S_OPEN ? mvac->age_days :
	    mvac->positions);
	/* TRANSLATORS: proposed/interviews/placed of positions. */
	snprintf(pipe, sizeof(pipe), _("%d/%d/%d of %d"), mvac->proposed,
	    mvac->interviews, mvac->placed, mvac->positions);
	vals[0] = mvac->key;
	vals[1] = mvac->title;
	vals[2] = mvac->employer;
	vals[3] = mvac->collected_on;
	vals[4] = n;
	vals[5] = pipe;
	vals[6] = vocab_word(VOCAB_VACANCY_STATUS, mvac->status);
	return compose(mv, s, width, vals);
}

static const char *
heading(struct meeting_view *mv, enum section s)
{
	const struct meeting_agenda	*a = &mv->a;

	switch (s) {
	case S_NEW:
		snprintf(mv->text, sizeof(mv->text), _("New vacancies since "
		    "%s (%zu)"), a->since, a->nnew);
		break;
	case S_OPEN:
		snprintf(mv->text, sizeof(mv->text), _("Open vacancies, oldest "
		    "first (%zu)"), a->nopen);
		break;
	case S_FILLED:
		snprintf(mv->text, sizeof(mv->text), _("Filled since %s, and "
		    "how (%zu)"), a->since, a->nfilled);
		break;
	case S_ENDED:
		snprintf(mv->text, sizeof(mv->text), _("Proposals ended since "
		    "%s, and why (%zu)"), a->since, a->nended);
		break;
	case S_COACH:
		snprintf(mv->text, sizeof(mv->text), _("Jobcoaching agreed, not "
		    "started after %d days (%zu)"), a->coach_days, a->ncoach);
		break;
	case S_FOLLOW:
		snprintf(mv->text, sizeof(mv->text), _("Placements due for "
		    "their follow-up (%zu)"), a->nfollowups);
		break;
	case S_CONTACTS:
		snprintf(mv->text, sizeof(mv->text), _("Contacts with "
		    "employers due (%zu)"), a->ncontacts_due);
		break;
	default:
		snprintf(mv->text, sizeof(mv->text), _("Action items (%zu "
		    "open, %zu on the list)"), mv->nopen, mv->nactions);
		break;
	}
	return mv->text;
}

static const char *
meeting_view_cell(struct view *v, size_t row, int col, char *buf,
    size_t len)
{
	struct meeting_view	*mv = v->priv;
	const struct line	*l;
	const char		*vals[MEETING_FIELDS];
	int			 width = v->colw[0], c;
	char			 a[32], b[64], d[64], ins[160];

	if (mv->slate_on)
		return slate_panel_cell(mv->slate, row, col, buf, len);
	(void)col;
	if (row >= mv->nlines)
		return "";
	l = &mv->lines[row];
	switch (l->kind) {
	case L_BLANK:
		return "";
	case L_INFO:
		if (mv->a.meeting_id != 0)
			snprintf(buf, len, _("Meeting %lld is open: a adds an "
			    "action item, d marks the selected one done, e "
			    "ends the meeting."), mv->a.meeting_id);
		else
			snprintf(buf, len, _("No meeting is open: s starts "
			    "today's; x writes the minutes of the last one."));
		return buf;
	case L_FIGURES:
		/* As the agenda and the overview count them. */
		snprintf(buf, len, _("Open vacancies: %lld (%lld on hold). "
		    "Candidates in the pool: %lld."),
		    mv->a.figures.open_vacancies, mv->a.figures.on_hold,
		    mv->a.figures.pool);
		return buf;
	case L_HEAD:
		return heading(mv, (enum section)l->arg);
	case L_COLS:
		for (c = 0; c < MEETING_FIELDS; c++)
			vals[c] = _(fields[l->arg][c].title);
		/* On the projector the days in a whole word. */
		for (c = 0; v->app->meeting && c < MEETING_FIELDS; c++)
			if (strcmp(fields[l->arg][c].title, "Days") == 0)
				vals[c] = i18n_ctx(NC_("projector", "Days"));
		return compose(mv, (enum section)l->arg, width, vals);
	case L_NONE:
		return _("None.");
	case L_NEW:
		return vacancy_line(mv, S_NEW, width,
		    &mv->a.new_vacancies[l->arg]);
	case L_OPEN:
		return vacancy_line(mv, S_OPEN, width,
		    &mv->a.open_vacancies[l->arg]);
	case L_FILL: {
		const struct meeting_fill *f = &mv->a.filled[l->arg];

		vals[0] = f->vacancy;
		vals[1] = f->title;
		vals[2] = f->closed_on;
		vals[3] = f->candidate;
		vals[4] = f->partner;
		vals[5] = f->by;
		vals[6] = vocab_words(VOCAB_INSTRUMENT, f->instruments, ", ",
		    ins, sizeof(ins));
		return compose(mv, S_FILLED, width, vals);
	}
	case L_ENDED: {
		const struct meeting_ended *e = &mv->a.ended[l->arg];

		vals[0] = e->vacancy;
		vals[1] = e->candidate;
		vals[2] = vocab_word(VOCAB_STEP, e->step);
		vals[3] = meeting_ended_reason(e);
		vals[4] = e->on;
		vals[5] = e->by;
		vals[6] = e->partner;
		return compose(mv, S_ENDED, width, vals);
	}
	case L_COACH: {
		const struct jobcoach_waiting *w = &mv->a.coach[l->arg];

		snprintf(a, sizeof(a), "%lld", w->placement_id);
		snprintf(d, sizeof(d), "%d", w->days);
		vals[0] = a;
		vals[1] = w->vacancy;
		vals[2] = w->candidate;
		vals[3] = w->partner;
		vals[4] = w->start;
		vals[5] = d;
		vals[6] = w->coach;
		return compose(mv, S_COACH, width, vals);
	}
	case L_FOLLOW: {
		const struct followup_item *f = &mv->a.followups[l->arg];

		snprintf(a, sizeof(a), "%lld", f->placement_id);
		snprintf(b, sizeof(b), _("%d months: %s"), f->months, f->due);
		/* In words, as the contacts due: "9 days late". */
		contact_when(f->days, d, sizeof(d));
		vals[0] = a;
		vals[1] = f->vacancy;
		vals[2] = f->candidate;
		vals[3] = f->partner;
		vals[4] = f->start;
		vals[5] = b;
		vals[6] = d;
		return compose(mv, S_FOLLOW, width, vals);
	}
	case L_SHEAD:
		return meeting_supply_heading(&mv->a, (int)l->arg, mv->text,
		    sizeof(mv->text));
	case L_SCOLS:
		return meeting_supply_line(&mv->a, (int)l->arg, -1, width,
		    mv->text, sizeof(mv->text));
	case L_GROUP:
	case L_PERSON:
		return meeting_supply_line(&mv->a, l->kind == L_PERSON,
		    (long)l->arg, width, mv->text, sizeof(mv->text));
	case L_ACTION: {
		const struct meeting_action *ac = &mv->actions[l->arg];

		snprintf(a, sizeof(a), "%lld", ac->id);
		if (ac->done[0] != '\0')
			snprintf(d, sizeof(d), _("done %s"), ac->done);
		else
			snprintf(d, sizeof(d), "%s", _("open"));
		vals[0] = a;
		vals[1] = ac->what;
		vals[2] = ac->owner_name[0] != '\0' ? ac->owner_name :
		    ac->owner;
		vals[3] = ac->due;
		vals[4] = d;
		vals[5] = ac->vacancy;
		vals[6] = ac->candidate;
		return compose(mv, S_ACTIONS, width, vals);
	}
	case L_CONTACT: {
		const struct contact_entry *ce = &mv->a.contacts_due[l->arg];

		vals[0] = ce->employer_name;
		vals[1] = ce->manager;
		vals[2] = ce->next;
		vals[3] = contact_when(ce->days, b, sizeof(b));
		vals[4] = ce->on;
		vals[5] = vocab_word(VOCAB_CONTACT_TYPE, ce->type);
		vals[6] = ce->sector;
		return compose(mv, S_CONTACTS, width, vals);
	}
	}
	return "";
}

static enum role
meeting_view_row_role(struct view *v, size_t row)
{
	struct meeting_view	*mv = v->priv;

	if (mv->slate_on)
		return slate_panel_row_role(mv->slate, row);
	if (row >= mv->nlines)
		return ROLE_DEFAULT;
	switch (mv->lines[row].kind) {
	case L_HEAD:
	case L_SHEAD:
		return ROLE_SECTION;
	case L_COLS:
	case L_SCOLS:
		return ROLE_HEADER;
	case L_INFO:
	case L_FIGURES:
		return ROLE_LABEL;
	case L_NONE:
		return ROLE_DIM;
	case L_ACTION:
		return mv->actions[mv->lines[row].arg].done[0] != '\0' ?
		    ROLE_DIM : ROLE_DEFAULT;
	default:
		return ROLE_DEFAULT;
	}
}

/* An id for each line that survives a reload (the selection stays). */
static long long
line_id(const struct meeting_view *mv, size_t row)
{
	const struct line	*l = &mv->lines[row];
	long long		 id = (long long)l->arg + 1;

	switch (l->kind) {
	case L_NEW:
		id = mv->a.new_vacancies[l->arg].id;
		break;
	case L_OPEN:
		id = mv->a.open_vacancies[l->arg].id;
		break;
	case L_FILL:
		id = mv->a.filled[l->arg].placement_id;
		break;
	case L_FOLLOW:
		id = mv->a.followups[l->arg].placement_id;
		break;
	case L_COACH:
		id = mv->a.coach[l->arg].placement_id;
		break;
	case L_ACTION:
		id = mv->actions[l->arg].id;
		break;
	case L_PERSON:
		id = mv->a.people.p[l->arg].id;
		break;
	case L_BLANK:
		id = (long long)row + 1;
		break;
	default:
		break;
	}
	return ((long long)l->kind << 40) + id;
}

static struct view_record
meeting_view_record(struct view *v, size_t row)
{
	struct meeting_view	*mv = v->priv;
	struct view_record	 r = { RECORD_NONE, 0 };

	if (mv->slate_on)
		return slate_panel_record(mv->slate, row);
	if (row < mv->nlines)
		r.id = line_id(mv, row);
	return r;
}

/* The record the selected line is about: its vacancy (new, open,
 * filled, an action item's), the person due for a follow-up, or the
 * action item. */
void
meeting_view_selected(struct view *v, struct meeting_sel *s)
{
	struct meeting_view	*mv = v->priv;
	const struct line	*l;

	memset(s, 0, sizeof(*s));
	if (v->sel >= mv->nlines)
		return;
	l = &mv->lines[v->sel];
	switch (l->kind) {
	case L_NEW:
		s->vacancy_id = mv->a.new_vacancies[l->arg].id;
		s->key = mv->a.new_vacancies[l->arg].key;
		break;
	case L_OPEN:
		s->vacancy_id = mv->a.open_vacancies[l->arg].id;
		s->key = mv->a.open_vacancies[l->arg].key;
		break;
	case L_FILL:
		s->vacancy_id = mv->a.filled[l->arg].vacancy_id;
		s->key = mv->a.filled[l->arg].vacancy;
		break;
	case L_ENDED:
		s->vacancy_id = mv->a.ended[l->arg].vacancy_id;
		s->key = mv->a.ended[l->arg].vacancy;
		break;
	case L_FOLLOW:
		if ((s->candidate_id = mv->a.followups[l->arg].candidate_id) !=
		    0)
			s->key = mv->a.followups[l->arg].candidate;
		break;
	case L_ACTION:
		s->action = &mv->actions[l->arg];
		s->vacancy_id = mv->actions[l->arg].vacancy_id;
		break;
	default:
		break;
	}
}

struct meeting_state *
meeting_view_state(struct view *v)
{
	struct meeting_view	*mv = v->priv;

	return &mv->st;
}

long long
meeting_view_meeting(struct view *v)
{
	return this_meeting(v->priv);
}

void
meeting_view_select_action(struct view *v, long long id)
{
	v->sel_id = ((long long)L_ACTION << 40) + id;
}

/* The slate instead of the agenda, or the agenda again. */
static enum view_update
switch_slate(struct view *v, int on)
{
	struct meeting_view	*mv = v->priv;

	if (on && mv->slate == NULL)
		mv->slate = slate_panel_new();
	mv->slate_on = on;
	if (on)
		slate_panel_columns(v);
	else {
		v->cols = meeting_cols;
		v->ncols = 1;
		v->no_header = 1;
	}
	v->sel = v->top = 0;
	v->sel_id = 0;
	return UPDATE_RELOAD | UPDATE_LAYOUT;
}

static enum view_update
meeting_view_request(struct view *v, enum request req)
{
	struct meeting_view	*mv = v->priv;
	enum view_update	 up;

	if (req == REQ_SLATE || (req == REQ_BACK && mv->slate_on))
		return switch_slate(v, req == REQ_SLATE && !mv->slate_on);
	if (mv->slate_on && (up = slate_panel_request(v, mv->slate, req)) !=
	    UPDATE_NONE)
		return up;
	return meeting_act(v, req);
}

static void
meeting_view_caption(struct view *v, char *buf, size_t len)
{
	struct meeting_view	*mv = v->priv;

	if (mv->slate_on) {
		slate_panel_caption(mv->slate, buf, len);
		return;
	}
	/* Whether a meeting is open shows wherever the list is scrolled. */
	if (mv->a.meeting_id != 0)
		snprintf(buf, len, _("Meeting %lld is open, %s: the agenda since "
		    "%s (a add item, d done, e end, x minutes, p since, v "
		    "slate, Esc back)"),
		    mv->a.meeting_id, mv->a.today, mv->a.since);
	else
		snprintf(buf, len, _("The Monday meeting, %s: no meeting is open, "
		    "the agenda since %s (s start, x minutes, p since, v slate, "
		    "Esc back)"),
		    mv->a.today, mv->a.since);
}

/* The key bar: the slate's keys while it shows, else the agenda's for
 * a meeting open or not; the most used first, for 80 columns. */
static const struct view_bar_key slate_bar[] = {
	{ REQ_SLATE_ACCEPT, NULL }, { REQ_SLATE_MARK, NULL },
	{ REQ_SLATE_REPLACE, NULL }, { REQ_SLATE_DROP, NULL },
	{ REQ_SLATE, N_("Agenda") }, { REQ_SLATE_MARK_ALL, NULL },
	{ REQ_SLATE_PER, NULL }, { REQ_SLATE_RESET, NULL },
	{ REQ_NONE, NULL },
};
static const struct view_bar_key closed_bar[] = {
	{ REQ_MEETING_START, NULL }, { REQ_SLATE, NULL },
	{ REQ_MINUTES, NULL }, { REQ_AGENDA_SINCE, NULL },
	{ REQ_NONE, NULL },
};
static const struct view_bar_key open_bar[] = {
	{ REQ_ACTION_ADD, NULL }, { REQ_ACTION_DONE, NULL },
	{ REQ_MEETING_END, NULL }, { REQ_SLATE, NULL },
	{ REQ_MINUTES, NULL }, { REQ_UNDO, NULL },
	{ REQ_AGENDA_SINCE, NULL },
	{ REQ_NONE, NULL },
};

static const struct view_bar_key *
meeting_view_bar(struct view *v)
{
	struct meeting_view	*mv = v->priv;

	if (mv == NULL)
		return closed_bar;
	if (mv->slate_on)
		return slate_bar;
	return mv->a.meeting_id != 0 ? open_bar : closed_bar;
}

static void
meeting_view_close(struct view *v)
{
	struct meeting_view	*mv = v->priv;

	if (mv == NULL)
		return;
	clear_data(mv);
	slate_panel_free(mv->slate);
	free(mv);
	v->priv = NULL;
}

static const struct keybinding meeting_keys[] = {
	{ 's',		REQ_MEETING_START },
	{ 'a',		REQ_ACTION_ADD },
	{ 'd',		REQ_ACTION_DONE },
	{ 'u',		REQ_UNDO },
	{ 'e',		REQ_MEETING_END },
	{ 'x',		REQ_MINUTES },
	{ 'p',		REQ_AGENDA_SINCE },
	{ 'v',		REQ_SLATE },
	{ '+',		REQ_SLATE_MARK },
	{ '*',		REQ_SLATE_MARK_ALL },
	{ 'P',		REQ_SLATE_ACCEPT },
	{ 'R',		REQ_SLATE_REPLACE },
	{ 'X',		REQ_SLATE_DROP },
	{ 'K',		REQ_SLATE_PER },
	{ 'C',		REQ_SLATE_RESET },
	{ 'q',		REQ_BACK },
};

const struct view_ops meeting_view_ops = {
	.title = N_("Meeting"),
	.keys = meeting_keys,
	.nkeys = VIEW_NKEYS(meeting_keys),
	.open = meeting_view_open,
	.reload = meeting_view_reload,
	.cell = meeting_view_cell,
	.row_role = meeting_view_row_role,
	.record = meeting_view_record,
	.request = meeting_view_request,
	.caption = meeting_view_caption,
	.close = meeting_view_close,
	.bar = meeting_view_bar,
};
