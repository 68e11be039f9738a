/*
 * view-slate-int.h: the slate shown on the meeting screen (view-slate.c).
 * The meeting screen (view-meeting.c) keeps one panel for the session,
 * so that picks made by hand, taken out and the numbers per candidate
 * and vacancy stay while it switches between the agenda and the slate,
 * and hands it its operations while the slate shows.  Not an API.
 */
#ifndef WERKBANK_VIEW_SLATE_INT_H
#define WERKBANK_VIEW_SLATE_INT_H

#include "werkbank/view.h"

struct slate_panel;

/* A panel with nothing planned yet (K 1, N the open positions). */
struct slate_panel	*slate_panel_new(void);
/* Accepts NULL. */
void			 slate_panel_free(struct slate_panel *);
/* Give v the slate's columns (with their header). */
void			 slate_panel_columns(struct view *v);
/* The view_ops operations of the meeting screen, for the slate. */
enum wb_status		 slate_panel_reload(struct view *, struct slate_panel *);
const char		*slate_panel_cell(struct slate_panel *, size_t row,
			    int col, char *buf, size_t len);
enum role		 slate_panel_row_role(struct slate_panel *, size_t row);
struct view_record	 slate_panel_record(struct slate_panel *, size_t row);
/* The slate's requests; UPDATE_NONE for the others. */
enum view_update	 slate_panel_request(struct view *,
			    struct slate_panel *, enum request);
void			 slate_panel_caption(struct slate_panel *, char *buf,
			    size_t len);

#endif
