/*
 * tui-term.h: the terminal under the UI: curses started with newterm()
 * after asking the terminal database (so a bad TERM gets our message),
 * ended again (also before a fatal message), and the signals that end
 * the UI, which only set a flag.
 */
#ifndef WERKBANK_TUI_TERM_H
#define WERKBANK_TUI_TERM_H

#include <signal.h>

/*
 * Catch SIGHUP, SIGTERM and SIGINT (the flag returned becomes the
 * signal's number; no curses call in the handler) and ignore SIGPIPE.
 */
volatile sig_atomic_t	*tui_term_signals(void);
/* Start curses, colours and drawing: 0, or -1 with the message printed. */
int			 tui_term_start(void);
/* End curses (again: nothing). */
void			 tui_term_end(void);

#endif
