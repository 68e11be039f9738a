/*
 * msg.h: messages to the user on stderr, prefixed "werkbank: ".  The UI
 * installs a hook that ends curses before a fatal message is printed.
 */
#ifndef WERKBANK_MSG_H
#define WERKBANK_MSG_H

#define WB_PRINTF(a, b) __attribute__((format(printf, a, b)))

void	msg_error(const char *, ...) WB_PRINTF(1, 2);
void	msg_warn(const char *, ...) WB_PRINTF(1, 2);
void	msg_info(const char *, ...) WB_PRINTF(1, 2);
/* Print the message and exit(1); calls the fatal hook first. */
void	msg_fatal(const char *, ...) WB_PRINTF(1, 2) __attribute__((noreturn));
/* Called once before a fatal message, e.g. to end curses.  NULL: none. */
void	msg_set_fatal_hook(void (*)(void));
/* Silence msg_info (e.g. --quiet); errors and warnings still show. */
void	msg_set_quiet(int);

#endif
