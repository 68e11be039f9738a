/*
 * view.h: a screen of the terminal UI.  Each screen is a const struct
 * view_ops in its own src/view-*.c; scrolling, selection, sorting,
 * filtering, search and the drawing of columns live once in view.c.
 * Handlers change state and return what went stale; they never draw.
 * Drawing reads rows the view fetched before (ops->fetch), never SQL.
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
#include "werkbank/user.h"

enum view_update {
	UPDATE_NONE	= 0,
	UPDATE_LINE	= 1 << 0,	/* redraw the selected row */
	UPDATE_VIEW	= 1 << 1,	/* redraw the whole view */
	UPDATE_RELOAD	= 1 << 2,	/* ask the model again, then redraw */
	UPDATE_LAYOUT	= 1 << 3,	/* recompute the panes */
	UPDATE_FOLLOW	= 1 << 4,	/* the selection moved: matches follow */
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

struct view;

struct view_ops {
	const char	 *name;		/* "vacancies" */
	const char	 *title;	/* N_() marked */
	enum keymap	  keymap;
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
	/* Show a record (matches: its ranking; detail: the record). */
	enum view_update (*show)(struct view *, const struct view_record *);
	/* The view's own requests; UPDATE_NONE when it does not know it. */
	enum view_update (*request)(struct view *, enum request);
	/* An answer typed for a request (the period), or NULL. */
	enum view_update (*argument)(struct view *, enum request,
			    const char *typed);
	/* Search: the ids FTS finds (sorted), for row_role and n/N. */
	enum wb_status	(*search)(struct view *, const char *typed,
			    long long **ids, size_t *n);
	/* The title line of the pane ("Vacancies: open (84)"); into buf. */
	void		(*caption)(struct view *, char *buf, size_t len);
	void		(*close)(struct view *);
	/* Filter fields, or NULL when the view has no filter. */
	const struct listing_field *fields;
	const size_t	 *nfields;
};

struct view {
	const struct view_ops		*ops;
	struct view_app			*app;
	/* Where it is drawn: a caption line, a header line, rows. */
	int				 y, x, height, width;
	int				 focused;
	size_t				 nrows, top, sel;
	long long			 sel_id;	/* kept over reloads */
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
	int				 opened;
	void				*priv;
};

/* The views (src/view-*.c). */
extern const struct view_ops vacancy_view_ops;
extern const struct view_ops candidate_view_ops;
extern const struct view_ops match_view_ops;
extern const struct view_ops detail_view_ops;
extern const struct view_ops help_view_ops;
extern const struct view_ops report_view_ops;
extern const struct view_ops followup_view_ops;
extern const struct view_ops meeting_view_ops;
extern const struct view_ops employer_view_ops;

/* Set up v for ops (calls ops->open); view_close undoes it. */
enum wb_status	 view_init(struct view *, const struct view_ops *,
		    struct view_app *);
void		 view_close(struct view *);
/* Reload through ops->reload, keeping the selection on the same id. */
enum wb_status	 view_reload(struct view *);
/* Place the view and compute its columns. */
void		 view_place(struct view *, int y, int x, int height, int width);
/* Rows of data that fit. */
int		 view_rows(const struct view *);
/* Fetch what is visible and draw it. */
void		 view_draw(struct view *);
/*
 * The generic requests (moving, sorting, search hits); returns what
 * went stale, or UPDATE_NONE when v does not handle req.
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
