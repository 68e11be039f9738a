/*
 * view-meeting.c: screen 8, the Monday meeting on the shared screen.
 * The agenda as meeting.h makes it from the data (new vacancies since
 * the last meeting, the open ones by age, those filled since and how,
 * the placements due for their follow-up), each section with its count,
 * then the action items: the open ones and those of this meeting, done
 * or not; at the top the figures the agenda gives (open vacancies, the
 * pool).  The keys are view-meeting-act.c's (what `werkbank meeting`
 * does, and Enter on a vacancy: its ranking).  The agenda names records
 * by their keys only, never a candidate's name, so meeting mode shows it
 * unchanged.  Each line is laid out to the pane's width when it is
 * drawn; a cell cut short ends in an ellipsis.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/draw.h"
#include "werkbank/i18n.h"
#include "werkbank/meeting.h"
#include "werkbank/text.h"
#include "werkbank/user.h"
#include "werkbank/view.h"
#include "werkbank/vocab.h"
#include "werkbank/xmalloc.h"
#include "view-meeting-int.h"

#define GAP		2

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
	L_ACTION,	/* arg: index in actions */
};

enum section { S_NEW, S_OPEN, S_FILLED, S_FOLLOW, S_ACTIONS, S_COUNT };

struct line {
	enum line_kind	 kind;
	size_t		 arg;
};

/*
 * A column of a section's table; width 0 takes the room left over.  When
 * the pane is narrow the columns with the highest drop go first (0:
 * never).
 */
struct field {
	const char	*title;		/* N_() */
	int		 width;
	int		 right;
	int		 drop;
};

#define NFIELDS		7
#define FLEX_MIN	26
#define FLEX_MAX	64	/* a calm line on a wide screen */

static const struct field fields[S_COUNT][NFIELDS] = {
	[S_NEW] = {
		{ N_("Vacancy"), 14, 0, 0 }, { N_("Title"), 0, 0, 0 },
		{ N_("Employer"), 22, 0, 3 }, { N_("Collected"), 10, 0, 2 },
		{ N_("Positions"), 9, 1, 4 }, { N_("Prop/int/placed"), 15, 0, 1 },
		{ N_("Status"), 9, 0, 5 },
	},
	[S_OPEN] = {
		{ N_("Vacancy"), 14, 0, 0 }, { N_("Title"), 0, 0, 0 },
		{ N_("Employer"), 22, 0, 3 }, { N_("Collected"), 10, 0, 4 },
		{ N_("Days"), 9, 1, 1 }, { N_("Prop/int/placed"), 15, 0, 2 },
		{ N_("Status"), 9, 0, 5 },
	},
	[S_FILLED] = {
		{ N_("Vacancy"), 14, 0, 0 }, { N_("Title"), 0, 0, 0 },
		{ N_("Filled"), 10, 0, 3 }, { N_("Candidate"), 12, 0, 1 },
		{ N_("Partner"), 7, 0, 4 }, { N_("Proposed by"), 12, 0, 2 },
		{ N_("Instruments"), 18, 0, 5 },
	},
	[S_FOLLOW] = {
		{ N_("Placement"), 9, 1, 4 }, { N_("Vacancy"), 14, 0, 1 },
		{ N_("Candidate"), 12, 0, 2 }, { N_("Partner"), 7, 0, 5 },
		{ N_("Start"), 10, 0, 3 }, { N_("Check due"), 0, 0, 0 },
		{ N_("Days"), 5, 1, 0 },
	},
	[S_ACTIONS] = {
		{ N_("#"), 5, 1, 5 }, { N_("What"), 0, 0, 0 },
		{ N_("Who"), 18, 0, 1 }, { N_("By when"), 10, 0, 2 },
		{ N_("Done"), 17, 0, 0 }, { N_("Vacancy"), 14, 0, 4 },
		{ N_("Candidate"), 12, 0, 3 },
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

static enum wb_status
meeting_view_reload(struct view *v)
{
	struct meeting_view	*mv = v->priv;
	struct meeting_action	*all;
	struct user_ctx		 u;
	struct db		*db = v->app->db;
	size_t			 n;

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
	add_section(mv, S_FOLLOW, L_FOLLOW, mv->a.nfollowups);
	add_section(mv, S_ACTIONS, L_ACTION, mv->nactions);
	v->nrows = mv->nlines;
	return WB_OK;
fail:
	view_message(v->app, 1, "%s", db_error(db));
	clear_data(mv);
	return WB_DB;
}

/*
 * s into o, in exactly w columns (cut on a character, padded with
 * spaces left when right, else right); returns the bytes written.
 */
static size_t
put_cell(char *o, size_t room, const char *raw, int w, int right)
{
	char		*s = text_sanitize(raw != NULL ? raw : "");
	const char	*mark = draw_unicode() ? "\xe2\x80\xa6" : "~";
	size_t		 n = strlen(s), i = 0, len, used = 0, take = 0;
	uint32_t	 cp;
	int		 cols = 0, cw, pad, cut, budget = w;

	/* Cut short: one column less, for the ellipsis. */
	cut = (int)text_width(s) > w && w > 1;
	if (cut)
		budget = w - 1;
	while (i < n) {
		len = text_decode(s + i, n - i, &cp);
		if (len == 0)
			len = 1;
		cw = text_cp_width(cp);
		if (cols + cw > budget)
			break;
		cols += cw;
		i += len;
	}
	take = i;
	pad = budget - cols;
	if (right)
		while (pad > 0 && used + 1 < room) {
			o[used++] = ' ';
			pad--;
		}
	if (used + take < room) {
		memcpy(o + used, s, take);
		used += take;
	}
	if (cut && used + strlen(mark) < room) {
		memcpy(o + used, mark, strlen(mark));
		used += strlen(mark);
	}
	while (pad > 0 && used + 1 < room) {
		o[used++] = ' ';
		pad--;
	}
	o[used] = '\0';
	free(s);
	return used;
}

/* A row of section s's table, laid out to width columns. */
static const char *
compose(struct meeting_view *mv, enum section s, int width,
    const char *const *vals)
{
	const struct field	*f = fields[s];
	int			 shown[NFIELDS], fixed, flex = 0, c, worst;
	int			 first = 1;
	size_t			 o = 0;

	for (c = 0; c < NFIELDS; c++)
		shown[c] = 1;
	for (;;) {
		fixed = 0;
		worst = -1;
		for (c = 0; c < NFIELDS; c++) {
			if (!shown[c])
				continue;
			fixed += f[c].width + (fixed > 0 ? GAP : 0);
			if (f[c].drop > 0 && (worst < 0 ||
			    f[c].drop > f[worst].drop))
				worst = c;
		}
		flex = width - fixed - GAP;
		if (flex >= FLEX_MIN || worst < 0)
			break;
		shown[worst] = 0;
	}
	if (flex < FLEX_MIN)
		flex = FLEX_MIN;
	if (flex > FLEX_MAX)
		flex = FLEX_MAX;
	mv->text[0] = '\0';
	for (c = 0; c < NFIELDS; c++) {
		if (!shown[c])
			continue;
		if (!first)
			o += put_cell(mv->text + o, sizeof(mv->text) - o, "",
			    GAP, 0);
		first = 0;
		o += put_cell(mv->text + o, sizeof(mv->text) - o, vals[c],
		    f[c].width > 0 ? f[c].width : flex, f[c].right);
	}
	return mv->text;
}

static const char *
vacancy_line(struct meeting_view *mv, enum section s, int width,
    const struct meeting_vacancy *mvac)
{
	char		 n[16], pipe[48];
	const char	*vals[NFIELDS];

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
	case S_FOLLOW:
		snprintf(mv->text, sizeof(mv->text), _("Placements due for "
		    "their follow-up (%zu)"), a->nfollowups);
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
	const char		*vals[NFIELDS];
	int			 width = v->colw[0], c;
	char			 a[32], b[64], d[32], ins[160];

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
		for (c = 0; c < NFIELDS; c++)
			vals[c] = _(fields[l->arg][c].title);
		/* On the projector the days in a whole word. */
		for (c = 0; v->app->meeting && c < NFIELDS; c++)
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
	case L_FOLLOW: {
		const struct followup_item *f = &mv->a.followups[l->arg];

		snprintf(a, sizeof(a), "%lld", f->placement_id);
		snprintf(b, sizeof(b), _("%d months: %s"), f->months, f->due);
		snprintf(d, sizeof(d), "%d", f->days);
		vals[0] = a;
		vals[1] = f->vacancy;
		vals[2] = f->candidate;
		vals[3] = f->partner;
		vals[4] = f->start;
		vals[5] = b;
		vals[6] = d;
		return compose(mv, S_FOLLOW, width, vals);
	}
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
	}
	return "";
}

static enum role
meeting_view_row_role(struct view *v, size_t row)
{
	struct meeting_view	*mv = v->priv;

	if (row >= mv->nlines)
		return ROLE_DEFAULT;
	switch (mv->lines[row].kind) {
	case L_HEAD:
		return ROLE_SECTION;
	case L_COLS:
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
	case L_ACTION:
		id = mv->actions[l->arg].id;
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

static enum view_update
meeting_view_request(struct view *v, enum request req)
{
	return meeting_act(v, req);
}

static void
meeting_view_caption(struct view *v, char *buf, size_t len)
{
	struct meeting_view	*mv = v->priv;

	/* Whether a meeting is open shows wherever the list is scrolled. */
	if (mv->a.meeting_id != 0)
		snprintf(buf, len, _("Meeting %lld is open, %s: the agenda since "
		    "%s (a add item, d done, e end, x minutes, p since, Esc "
		    "back)"),
		    mv->a.meeting_id, mv->a.today, mv->a.since);
	else
		snprintf(buf, len, _("The Monday meeting, %s: no meeting is open, "
		    "the agenda since %s (s start, x minutes, p since, Esc "
		    "back)"),
		    mv->a.today, mv->a.since);
}

static void
meeting_view_close(struct view *v)
{
	struct meeting_view	*mv = v->priv;

	if (mv == NULL)
		return;
	clear_data(mv);
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
};
