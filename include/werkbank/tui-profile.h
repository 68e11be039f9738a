/*
 * tui-profile.h: the profile key of the terminal UI (P, on a ranked pair
 * of the matches pane and in a candidate's detail): asks for the file,
 * and for the name only outside meeting mode and only of a candidate who
 * consented, then writes the profile (profile.h) and says where in the
 * status line.  A candidate's detail writes it without a vacancy.
 */
#ifndef WERKBANK_TUI_PROFILE_H
#define WERKBANK_TUI_PROFILE_H

#include "werkbank/view.h"

/*
 * Write the profile of candidate (key: PARTNER/REF, for the questions)
 * for vacancy (0 and NULL: none).  1 when one was written (the data
 * changed: the view returns UPDATE_DATA), else 0; what happened is in
 * the status line.  Refused before any question to those who may not.
 */
int	profile_ui_write(struct view_app *, long long candidate,
	    const char *key, long long vacancy, const char *vkey);

#endif
