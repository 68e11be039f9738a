/*
 * tui-term.c: starting and ending curses, and the signals (tui-term.h).
 */
#include "werkbank/tui-term.h"

#include <curses.h>
#include <term.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "werkbank/color.h"
#include "werkbank/draw.h"
#include "werkbank/i18n.h"
#include "werkbank/msg.h"

static volatile sig_atomic_t	got_signal;
static SCREEN			*term_screen;

static void
on_signal(int sig)
{
	got_signal = sig;
}

void
tui_term_end(void)
{
	if (term_screen != NULL) {
		endwin();
		delscreen(term_screen);
		term_screen = NULL;
	}
}

/*
 * Ask the terminal database before newterm(): an unknown TERM, or one
 * that cannot move the cursor (TERM=dumb), gets our message instead of
 * a silent exit or garbage on the screen.
 */
static int
terminal_usable(const char *term)
{
	const char	*cup;
	int		 err, ok;

	if (setupterm(NULL, STDOUT_FILENO, &err) != OK) {
		msg_error(_("cannot use the terminal (TERM=%s); use a command, "
		    "see werkbank --help"), term != NULL ? term : "");
		return 0;
	}
	cup = tigetstr("cup");
	ok = cup != NULL && cup != (char *)-1;
	del_curterm(cur_term);
	if (!ok)
		msg_error(_("the terminal (TERM=%s) cannot move the cursor; use "
		    "a command, see werkbank --help"), term != NULL ? term : "");
	return ok;
}

int
tui_term_start(void)
{
	const char	*term = getenv("TERM");

	if (!terminal_usable(term))
		return -1;
	if ((term_screen = newterm(NULL, stdout, stdin)) == NULL) {
		msg_error(_("cannot use the terminal (TERM=%s); use a command, "
		    "see werkbank --help"), term != NULL ? term : "");
		return -1;
	}
	set_term(term_screen);
	msg_set_fatal_hook(tui_term_end);
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	curs_set(0);
	set_escdelay(25);
	mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED |
	    BUTTON5_PRESSED, NULL);
	mouseinterval(0);
	color_init();
	draw_init();
	return 0;
}

volatile sig_atomic_t *
tui_term_signals(void)
{
	struct sigaction	sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0;	/* no SA_RESTART: a read returns at once */
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	sa.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &sa, NULL);
	return &got_signal;
}
