/*
 * tui.h: the terminal UI, werkbank with no command on a terminal.  One
 * input loop; views (view.h) for the vacancies, candidates, matches,
 * detail and help; live refresh from other sessions; meeting mode for
 * the shared screen.
 */
#ifndef WERKBANK_TUI_H
#define WERKBANK_TUI_H

#include <stdio.h>

#include "werkbank/db.h"
#include "werkbank/status.h"

/*
 * Run the UI on the open database db (db_path: its file, for the status
 * line and the index thread) as login; meeting starts in meeting mode.
 * Returns when the user quits or the terminal goes (WB_OK), or WB_ERROR
 * when the terminal cannot be used (message printed).
 */
enum wb_status	tui_run(struct db *db, const char *db_path, const char *login,
		    int meeting);

/* The key list for werkbank(1) (mdoc), from the action tables. */
void		tui_print_keys_mdoc(FILE *);

#endif
