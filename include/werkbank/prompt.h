/*
 * prompt.h: a line of input on the bottom line of the screen (search,
 * filter, period) and yes/no questions.  The caller's redraw function
 * repaints the screen behind it after a resize.
 */
#ifndef WERKBANK_PROMPT_H
#define WERKBANK_PROMPT_H

#include <signal.h>
#include <stddef.h>
#include <wchar.h>

#define PROMPT_MAX	256	/* characters on a line */

/*
 * The line editor the input line and the forms (form.h) share: text kept
 * as UTF-8, typed at the end, erased a whole character at a time.  Text
 * offered beforehand (a filter, a date) may be selected: a character
 * typed then replaces it all, while Backspace, Delete and ^U edit it and
 * Right, Left, End and Home keep it to type after.
 */
struct prompt_line {
	char	buf[PROMPT_MAX * 4 + 1];
	size_t	len;
	int	selected;	/* the text is selected */
};

/* Start the line from text (NULL: empty), not selected. */
void	 prompt_line_set(struct prompt_line *, const char *text);
/*
 * One key as get_wch() gave it (rc, ch): a printable character is added
 * (or replaces a selected text), Backspace/Delete erase one character,
 * ^U erases the line; any key ends the selection.  Returns 1 when the
 * key was an editing key (the line may have changed), 0 when it is for
 * the caller (Enter, Esc, arrows, Tab, ...).
 */
int	 prompt_line_key(struct prompt_line *, int rc, wint_t ch);
/*
 * Draw text in width columns at (y, x), keeping its end in sight when it
 * is longer; returns the column after it (where the cursor goes).
 */
int	 prompt_draw_tail(int y, int x, int width, const char *text, int attr);

/*
 * Read a line after label, starting from initial (may be NULL; shown
 * selected, so that typing replaces it).  Returns the text (caller
 * frees), or NULL when cancelled with Esc or when *stop became set (a
 * signal).
 */
char	*prompt_read(const char *label, const char *initial,
	    void (*redraw)(void *), void *arg, volatile sig_atomic_t *stop);
/* Ask a yes/no question: 1 for y/j, 0 otherwise. */
int	 prompt_confirm(const char *question, void (*redraw)(void *),
	    void *arg, volatile sig_atomic_t *stop);

/* 1 when the terminal is gone (hang-up, closed input). */
int	 prompt_input_gone(void);

/*
 * The TUI's key loops draw, wait up to a second for a key (getch or
 * get_wch), then ask this what to do with what came (rc: ERR after the
 * timeout; resize: the key was KEY_RESIZE): PROMPT_GONE when *stop is
 * set or the terminal is gone (stop waiting); PROMPT_AGAIN after the
 * timeout or a resize, for which redraw(arg) has repainted the screen
 * behind (draw again, wait again); else PROMPT_KEY (handle the key).
 */
enum prompt_got {
	PROMPT_KEY,
	PROMPT_AGAIN,
	PROMPT_GONE,
};
enum prompt_got prompt_got_key(int rc, int resize, void (*redraw)(void *),
	    void *arg, volatile sig_atomic_t *stop);

#endif
