/*
 * screens.h: the screens of the terminal UI, one line each, in the
 * order of their tabs on the title line (tig's VIEW_INFO).  Every list
 * of screens comes from this table, so that a new screen is one file
 * (src/view-NAME.c, its const struct view_ops with its keys) and one
 * line here:
 *
 *   ID		VIEW_ID (view.h), KEYMAP_ID and REQ_VIEW_ID (request.h)
 *   OPS	the screen's const struct view_ops (view.h)
 *   NAME	its key table in the key file, and "view-NAME", the action
 *		that shows it
 *   KEY	the key that shows it everywhere (its digit on the tab)
 *   HELP	the help text of that action
 *
 * Where a screen shows (a list with the matches beside it, the matches
 * pane, or the whole screen) is in its ops (.flags); how the input loop
 * uses all this is told at the top of src/tui.c.
 */
#ifndef WERKBANK_SCREENS_H
#define WERKBANK_SCREENS_H

#define VIEW_INFO(_) \
	_(VACANCIES,	vacancy_view_ops,	"vacancies",	'1', \
	    N_("Show the vacancies")) \
	_(CANDIDATES,	candidate_view_ops,	"candidates",	'2', \
	    N_("Show the candidates")) \
	_(MATCHES,	match_view_ops,		"matches",	'3', \
	    N_("Show the matches")) \
	_(DETAIL,	detail_view_ops,	"detail",	'4', \
	    N_("Show the detail")) \
	_(HELP,		help_view_ops,		"help",		'5', \
	    N_("Show this help")) \
	_(REPORT,	report_view_ops,	"report",	'6', \
	    N_("Show the report (monitoring)")) \
	_(FOLLOWUP,	followup_view_ops,	"followup",	'7', \
	    N_("Show the placements due for their follow-up")) \
	_(MEETING,	meeting_view_ops,	"meeting",	'8', \
	    N_("Show the Monday meeting")) \
	_(EMPLOYERS,	employer_view_ops,	"employers",	'9', \
	    N_("Show the employers"))

#endif
