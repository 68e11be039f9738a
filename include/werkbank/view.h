/*
 * view.h: a screen of the terminal UI.  Each screen is a const struct
 * view_ops in its own src/view-*.c; scrolling, selection, sorting,
 * filtering, search and the drawing of columns live once in view.c.
 * Drawing reads rows the view fetched before (ops->fetch), never SQL.
 *
 * A screen owns its actions.  A key press goes (src/tui.c):
 *
 *   key -> keys_lookup(the focused screen's keymap, then the generic)
 *       -> request -> the focused view's ops->request
 *                  -> if not its own (UPDATE_NONE): tui.c's handle()
 *                     (quit, screens, meeting mode, panes)
 *                  -> else view_request() here (moving, sorting,
 *                     search and filter prompts)
 *       -> enum view_update: what went stale -> tui.c's apply(), the
 *          one place that reloads, lays out and makes the matches follow
 *       -> the screen is drawn.
 *
 * Handlers change state and return what went stale; they never draw and
 * never reload another view.  An action that writes (a form service:
 * tui-pipeline.h, tui-records.h) returns UPDATE_DATA, and apply()
 * reloads what shows, marks the rest stale, rebuilds the match index and
 * makes the matches pane follow the selection again.
 *
 * Adding a screen: write src/view-NAME.c with a const struct view_ops
 * (its keys in .keys, where it shows in .flags) and add its line to
 * VIEW_INFO in screens.h.  The view id, keymap, the action that shows
 * it, its digit and its tab come from that line.
 */
#ifndef WERKBANK_VIEW_H
#define WERKBANK_VIEW_H

#include <signal.h>
#include <stddef.h>

#include "werkbank/color.h"
#include "werkbank/db.h"
#include "werkbank/listing.h"
#include "werkbank/match.h"
#include "werkbank/request.h"
#include "werkbank/screens.h"
#include "werkbank/user.h"

/* What went stale: returned by every handler, applied by tui.c. */
enum view_update {
	/* Not this view's request: it goes on (to tui.c, then view.c). */
	UPDATE_NONE	= 0,
	/* Handled; nothing else went stale (the screen is drawn after
	 * every key). */
	UPDATE_VIEW	= 1 << 0,
	UPDATE_RELOAD	= 1 << 1,	/* ask the model again, then draw */
	UPDATE_LAYOUT	= 1 << 2,	/* recompute the panes and columns */
	UPDATE_FOLLOW	= 1 << 3,	/* the selection moved: matches follow */
	/*
	 * The database changed: every view and the match index are stale.
	 * What shows is read again at once (implies UPDATE_RELOAD), the rest
	 * when it is shown; the matches follow the selection.
	 */
	UPDATE_DATA	= 1 << 4,
	/*
	 * Show app->show in the list that holds it, with its matches (the
	 * meeting's Enter on a vacancy); Esc goes back to where it was.
	 */
	UPDATE_SHOW	= 1 << 5,
};

/* The screens, VIEW_VACANCIES ... (screens.h). */
enum view_id {
#define VIEW_ENUM(id, ops, name, key, help) VIEW_##id,
	VIEW_INFO(VIEW_ENUM)
#undef VIEW_ENUM
	VIEW_COUNT
};

/* A screen's keymap. */
#define VIEW_KEYMAP(id)	((enum keymap)(KEYMAP_GENERIC + 1 + (id)))

/* Where a screen shows (view_ops.flags); none of these: the whole screen. */
enum view_flag {
	/* A list, with the matches of its selection beside it; its tab
	 * shows how many rows it has. */
	VIEW_F_LIST	= 1 << 0,
	/* The pane beside the lists: shown the lists' selection (.show). */
	VIEW_F_PANE	= 1 << 1,
	/* Read while nobody types (a big list), not when first shown. */
	VIEW_F_IDLE	= 1 << 2,
	/* Looked at on the way (help): Esc never goes back to it. */
	VIEW_F_ASIDE	= 1 << 3,
};

enum record_kind {
	RECORD_NONE,
	RECORD_VACANCY,
	RECORD_CANDIDATE,
};

/* A record a row stands for. */
struct view_record {
	enum record_kind	kind;
	long long		id;
};

/* State every view shares (owned by tui.c). */
struct view_app {
	struct db		*db;
	const char		*db_path;
	const char		*login;
	/* Who that is: what they may do and which candidates they see. */
	struct user_ctx		 user;
	int			 meeting;
	int			 today;
	/* The match index: NULL while it is built. */
	struct match_index	*idx;
	int			 idx_failed;
	struct match_weights	 weights;
	long long		 asking;
	/* The open vacancies, for the reverse ranking (loaded on demand). */
	struct match_vacancy	*open;
	size_t			 nopen;
	int			 open_loaded;
	/* Seconds the last ranking took (the UI waits longer when slow). */
	double			 rank_seconds;
	/* The record UPDATE_SHOW shows. */
	struct view_record	 show;
	/* A message for the status line (set with view_message). */
	char			 message[256];
	int			 message_error;
	/* For a view's own questions (prompt.h): tui.c's repaint, signals. */
	void			(*redraw)(void *);
	void			*redraw_arg;
	volatile sig_atomic_t	*stop;
};

enum view_align {
	COL_LEFT,
	COL_RIGHT,
	COL_BAR,	/* the cell is a number 0-1: drawn as a bar */
};

struct view_column {
	const char	*title;		/* N_() marked */
	int		 width;		/* wanted width */
	int		 min;		/* narrowest useful width */
	enum view_align	 align;
	int		 sort;		/* the model's sort key; -1 none */
	int		 drop;		/* dropped first when narrow: higher */
	int		 meeting;	/* shown in meeting mode */
	int		 flex;		/* takes the room left over */
};

#define VIEW_MAX_COLS	16

/* One key of a view's key bar: its request and the name shown (N_()
 * marked; NULL: the bar's usual short name for the request). */
struct view_bar_key {
	enum request	 req;
	const char	*name;
};

struct view;

struct view_ops {
	const char	 *title;	/* N_() marked; its tab and help */
	unsigned	  flags;	/* enum view_flag */
	/* Its own keys (the keymap of screens.h), on top of the generic. */
	const struct keybinding *keys;
	size_t		  nkeys;
	/* Open: set columns and defaults; the first reload follows. */
	enum wb_status	(*open)(struct view *);
	/* Query the model again (filter, sort); set v->nrows. */
	enum wb_status	(*reload)(struct view *);
	/* Make rows [first, first + n) ready for drawing. */
	void		(*fetch)(struct view *, size_t first, size_t n);
	/* The text of one cell (raw data; view.c sanitizes). */
	const char	*(*cell)(struct view *, size_t row, int col, char *buf,
			    size_t len);
	/* A role for a whole row (search hits, excluded), or ROLE_DEFAULT. */
	enum role	(*row_role)(struct view *, size_t row);
	/* The record a row stands for. */
	struct view_record (*record)(struct view *, size_t row);
	/*
	 * Show a record: the matches pane the lists' selection, the detail
	 * the selection of the screen it is called from.
	 */
	enum view_update (*show)(struct view *, const struct view_record *);
	/*
	 * The view's own requests, first: UPDATE_NONE when it does not
	 * know the request (tui.c and view.c then handle it).
	 */
	enum view_update (*request)(struct view *, enum request);
	/* Search: the ids FTS finds (sorted), for row_role and n/N. */
	enum wb_status	(*search)(struct view *, const char *typed,
			    long long **ids, size_t *n);
	/* The title line of the pane ("Vacancies: open (84)"); into buf. */
	void		(*caption)(struct view *, char *buf, size_t len);
	void		(*close)(struct view *);
	/* Filter fields, or NULL when the view has no filter. */
	const struct listing_field *fields;
	const size_t	 *nfields;
	/*
	 * A list: select the row of a record (UPDATE_SHOW), switching to
	 * the tab that holds it; UPDATE_NONE when it holds no such records.
	 */
	enum view_update (*select)(struct view *, const struct view_record *);
	/*
	 * A column's heading when it is not its title (untranslated, N_()
	 * or NC_(); NULL: the title): the whole words of meeting mode.
	 */
	const char	*(*heading)(const struct view *, int col);
	/*
	 * The key bar's own part now, most important first, ended by
	 * REQ_NONE (NULL: every key of its keymap that has a
	 * short name, in the order of request.h): a screen whose keys
	 * depend on what it shows (the meeting's agenda or slate).
	 */
	const struct view_bar_key *(*bar)(struct view *);
};

/* The keys of a view_ops: .keys = k, .nkeys = VIEW_NKEYS(k). */
#define VIEW_NKEYS(k)	(sizeof(k) / sizeof((k)[0]))

struct view {
	const struct view_ops		*ops;
	struct view_app			*app;
	/* Where it is drawn: a caption line, a header line, rows. */
	int				 y, x, height, width;
	int				 focused;
	size_t				 nrows, top, sel;
	long long			 sel_id;	/* kept over reloads */
	int				 stale;		/* read again when shown */
	int				 loaded;	/* read once at least */
	const struct view_column	*cols;
	int				 ncols;
	int				 colw[VIEW_MAX_COLS];	/* 0 hidden */
	int				 sort, desc;	/* index in cols */
	int				 no_header;
	struct listing_filter		 filter;
	char				*search;
	long long			*hits;
	size_t				 nhits;		/* FTS hits */
	size_t				 nlisted;	/* of them in the list */
	void				*priv;
};

/* The screens (src/view-*.c), from screens.h. */
#define VIEW_EXTERN(id, ops, name, key, help) extern const struct view_ops ops;
VIEW_INFO(VIEW_EXTERN)
#undef VIEW_EXTERN

/* Set up v for ops (calls ops->open); view_close undoes it. */
enum wb_status	 view_init(struct view *, const struct view_ops *,
		    struct view_app *);
void		 view_close(struct view *);
/* Reload through ops->reload, keeping the selection on the same id
 * (tui.c's apply() calls it; handlers return UPDATE_RELOAD). */
enum wb_status	 view_reload(struct view *);
/* Place the view and compute its columns. */
void		 view_place(struct view *, int y, int x, int height, int width);
/*
 * Rows of data that fit.  In meeting mode a list with headings is the
 * projector's: a blank line after every row (view_step), headings in
 * whole words, two spaces between the columns.
 */
int		 view_rows(const struct view *);
int		 view_step(const struct view *);
/* Fetch what is visible and draw it. */
void		 view_draw(struct view *);
/*
 * The generic requests (moving, sorting, the search and filter prompts,
 * search hits); returns what went stale, or UPDATE_NONE when v does not
 * handle req.
 */
enum view_update view_request(struct view *, enum request);
/* Select row i (clamped) and scroll to it. */
void		 view_select(struct view *, size_t i);
/* The record of the selected row ({RECORD_NONE, 0} when empty). */
struct view_record view_selected(struct view *);
/* Apply a search (NULL or "" clears); jumps to the first hit. */
enum view_update view_search(struct view *, const char *typed);
/* Move to the next (dir 1) or previous (-1) hit. */
enum view_update view_search_next(struct view *, int dir);
/* Apply a filter string; 0 or -1 with the message set. */
int		 view_filter(struct view *, const char *);
/*
 * Ask for a line of text on the bottom line, starting from initial (its
 * text selected: typing replaces it).  NULL when cancelled; caller frees.
 */
char		*view_ask(struct view_app *, const char *label,
		    const char *initial);
/* A message for the status line (printf-style). */
void		 view_message(struct view_app *, int error, const char *, ...)
		    __attribute__((format(printf, 3, 4)));
/*
 * The user as the database knows them now (a role may have changed
 * since the start) into *u, when they have perms (user_require); else 0
 * with the core's refusal in the status line.
 */
int		 view_may(struct view_app *, unsigned perms,
		    struct user_ctx *u);
/* The row under screen line y, or -1. */
long		 view_row_at(const struct view *, int y);

/* What the matches pane's selected row pairs: a vacancy, a candidate. */
struct view_pair {
	long long	 vacancy_id, candidate_id;
	char		 vacancy[64], candidate[64];	/* PARTNER/REF */
	char		 title[128];	/* the vacancy's */
	char		 who[128];	/* the candidate as the meeting may see */
};
/* The pair of the matches pane's selected row: 0, or -1 when none. */
int		 match_view_pair(struct view *, struct view_pair *);

/* For the views: the role of a hit row (search), else ROLE_DEFAULT. */
enum role	 view_hit_role(struct view *, long long id);
/* For the views: a candidate's name as the meeting may see it. */
char		*view_person(struct view_app *, const char *first,
		    const char *last, const char *key);

#endif
