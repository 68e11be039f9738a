/*
 * prompt.h: a line of input on the bottom line of the screen (search,
 * filter, period) and yes/no questions.  The caller's redraw function
 * repaints the screen behind it after a resize.
 */
#ifndef WERKBANK_PROMPT_H
#define WERKBANK_PROMPT_H

#include <signal.h>

/*
 * Read a line after label, starting from initial (may be NULL).  Returns
 * the text (caller frees), or NULL when cancelled with Esc or when *stop
 * became set (a signal).
 */
char	*prompt_read(const char *label, const char *initial,
	    void (*redraw)(void *), void *arg, volatile sig_atomic_t *stop);
/* Ask a yes/no question: 1 for y/j, 0 otherwise. */
int	 prompt_confirm(const char *question, void (*redraw)(void *),
	    void *arg, volatile sig_atomic_t *stop);

/* 1 when the terminal is gone (hang-up, closed input). */
int	 prompt_input_gone(void);

#endif
