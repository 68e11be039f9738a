/*
 * xmalloc.h: allocation that never returns NULL.  Running out of memory
 * ends the program through msg_fatal(), which first gives the terminal
 * back (curses) when the UI is running.
 */
#ifndef WERKBANK_XMALLOC_H
#define WERKBANK_XMALLOC_H

#include <stddef.h>

void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xreallocarray(void *, size_t, size_t);
char	*xstrdup(const char *);
char	*xstrndup(const char *, size_t);
/* printf into a new string; caller frees. */
char	*xasprintf(const char *, ...) __attribute__((format(printf, 1, 2)));

#endif
