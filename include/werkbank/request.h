/*
 * request.h: every action of the terminal UI, declared once.  The
 * X-macro gives each a name (used in the key configuration file) and a
 * help text; the actions that show a screen come from the screen table
 * (screens.h).  The default keys are tables of {key, request}: the
 * generic one in request.c, each screen's own in its view_ops (.keys).
 * The help screen and the key list of the manual page are generated from
 * these tables, so the three cannot disagree.
 */
#ifndef WERKBANK_REQUEST_H
#define WERKBANK_REQUEST_H

#include <stddef.h>
#include <stdio.h>

#include "werkbank/screens.h"

#define REQ_INFO(_) \
	_(MOVE_UP,	"move-up",	N_("Move the selection up")) \
	_(MOVE_DOWN,	"move-down",	N_("Move the selection down")) \
	_(PAGE_UP,	"page-up",	N_("One page up")) \
	_(PAGE_DOWN,	"page-down",	N_("One page down")) \
	_(FIRST,	"first",	N_("Go to the first line")) \
	_(LAST,		"last",		N_("Go to the last line")) \
	_(NEXT_PANE,	"next-pane",	N_("Move to the other pane")) \
	_(ENTER,	"enter",	N_("Open the detail of the selection")) \
	_(BACK,		"back",		N_("Close this screen, go back")) \
	_(SEARCH,	"search",	N_("Search the list")) \
	_(SEARCH_NEXT,	"search-next",	N_("Next search hit")) \
	_(SEARCH_PREV,	"search-prev",	N_("Previous search hit")) \
	_(FILTER,	"filter",	N_("Filter the list (field:value ...)")) \
	_(SORT_NEXT,	"sort-next",	N_("Sort on the next column")) \
	_(SORT_REVERSE,	"sort-reverse",	N_("Reverse the sort order")) \
	_(MATCHES,	"matches",	N_("Show or hide the matches pane")) \
	_(EXCLUDED,	"excluded",	N_("Switch between ranked and excluded")) \
	_(PROPOSE,	"propose",	N_("Propose the selected match (voordragen)")) \
	_(ADVANCE,	"advance",	N_("Next step of the selected match's proposal")) \
	_(PROFILE,	"profile",	N_("Write the candidate's profile for the employer (asks for the file)")) \
	_(TAB,		"tab",		N_("Switch open / filled vacancies")) \
	_(PERIOD,	"period",	N_("Choose the period of filled vacancies")) \
	_(BREAKDOWN,	"breakdown",	N_("Next breakdown: partner, group, place, month, employer, sector, consultant")) \
	_(PERIOD_PREV,	"period-prev",	N_("The quarter before")) \
	_(PERIOD_NEXT,	"period-next",	N_("The quarter after")) \
	_(REPORT_PERIOD, "report-period", N_("Type the period: FROM [TO]")) \
	_(STILL_WORKING, "still-working", N_("Answer: still working there")) \
	_(LEFT_ON,	"left-on",	N_("Answer: left on a date (asked)")) \
	_(MEETING_START, "meeting-start", N_("Start today's meeting or continue the open one")) \
	_(ACTION_ADD,	"action-add",	N_("Add an action item: what, who, by when")) \
	_(ACTION_DONE,	"action-done",	N_("Mark the selected action item done")) \
	_(MEETING_END,	"meeting-end",	N_("End the meeting, keep and export its minutes")) \
	_(MINUTES,	"minutes",	N_("Export the minutes as Markdown to a file")) \
	_(AGENDA_SINCE,	"agenda-since",	N_("The agenda since a date (empty: the last meeting)")) \
	_(EDIT,		"edit",		N_("Edit the selected record in a form")) \
	_(NEW,		"new",		N_("Enter a new record in a form")) \
	_(HOLD,		"hold",		N_("Put the selected vacancy on hold (asks for a note)")) \
	_(REOPEN,	"reopen",	N_("Reopen the selected vacancy (asks for a note)")) \
	_(WITHDRAW,	"withdraw",	N_("Withdraw the selected vacancy (asks for a note)")) \
	_(LEAVE,	"leave",	N_("The selected candidate leaves the pool: the day and why")) \
	_(CONTACT_ADD,	"contact-add",	N_("Log a contact with the employer: visit, call, mail, meeting")) \
	_(RATING_ADD,	"rating-add",	N_("Take the employer's rating of the service (and the NPS answer)")) \
	_(PERSON_ADD,	"person-add",	N_("Add a contact person at the employer")) \
	_(CONTACTS_DUE,	"contacts-due",	N_("Only the employers with a contact due, per account manager, or all")) \
	_(SLATE,	"slate",	N_("The slate: one proposal plan for all vacancies; again: the agenda")) \
	_(SLATE_MARK,	"slate-mark",	N_("Mark or unmark the selected pick")) \
	_(SLATE_MARK_ALL, "slate-mark-all", N_("Mark every pick, or none")) \
	_(SLATE_ACCEPT,	"slate-accept",	N_("Propose the marked picks (the selected one when none is marked)")) \
	_(SLATE_REPLACE, "slate-replace", N_("Replace the selected pick by hand, plan the rest again")) \
	_(SLATE_DROP,	"slate-drop",	N_("Take the selected pick out, plan the rest again")) \
	_(SLATE_PER,	"slate-per",	N_("Proposals per candidate and per vacancy (asked)")) \
	_(SLATE_RESET,	"slate-reset",	N_("Forget what was done by hand")) \
	_(UNDO,		"undo",		N_("Undo the action item just marked done (for a minute)")) \
	_(WHY,		"why",		N_("Why this rank: the parts, their weights, the one above"))

/* The requests of the whole UI, after those that show a screen. */
#define REQ_INFO_GLOBAL(_) \
	_(MEETING,	"meeting",	N_("Meeting mode on or off")) \
	_(REDRAW,	"redraw",	N_("Redraw the screen")) \
	_(QUIT,		"quit",		N_("Quit werkbank"))

/*
 * The order: the actions above, REQ_VIEW_ID for every screen of
 * screens.h ("view-NAME"), in the order of the tabs, then the global
 * ones; the help screen lists them in this order.
 */
enum request {
	REQ_NONE,
#define REQ_ENUM(id, name, help) REQ_##id,
#define REQ_VIEW_ENUM(id, ops, name, key, help) REQ_VIEW_##id,
	REQ_INFO(REQ_ENUM)
	VIEW_INFO(REQ_VIEW_ENUM)
	REQ_INFO_GLOBAL(REQ_ENUM)
#undef REQ_VIEW_ENUM
#undef REQ_ENUM
	REQ_COUNT
};

/* The key tables: one that applies everywhere, and one for every screen. */
enum keymap {
	KEYMAP_GENERIC,
#define KEYMAP_ENUM(id, ops, name, key, help) KEYMAP_##id,
	VIEW_INFO(KEYMAP_ENUM)
#undef KEYMAP_ENUM
	KEYMAP_COUNT
};

struct keybinding {
	int		key;	/* a curses key code or a character */
	enum request	request;
};

/* "move-up"; NULL for REQ_NONE or out of range. */
const char	*request_name(enum request);
/* The untranslated help text (pass it through _()). */
const char	*request_help(enum request);
/* By name; REQ_NONE when unknown. */
enum request	 request_by_name(const char *);

/* "generic", "vacancies", ...; and the heading of the help section. */
const char	*keymap_name(enum keymap);
const char	*keymap_title(enum keymap);	/* untranslated */
enum keymap	 keymap_by_name(const char *);	/* KEYMAP_COUNT unknown */

/* The default bindings of a keymap, and how many (a screen's are in its
 * view_ops). */
const struct keybinding *request_defaults(enum keymap, size_t *n);

/* The screen (VIEW_ID of view.h) REQ_VIEW_ID shows, or -1; and back. */
int		 request_view(enum request);
enum request	 request_of_view(int view);

/*
 * The key list of werkbank(1): an mdoc .Bl list per keymap with the keys
 * in force (defaults and the configuration file).
 */
void		 request_print_mdoc(FILE *);

#endif
