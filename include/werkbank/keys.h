/*
 * keys.h: key names ("j", "Down", "PgDn", "^L", "Enter") and the key
 * bindings in force: a configuration file may bind keys per view on top
 * of the defaults of request.h.  Lookup: the view's bindings, then the
 * generic ones; a file binding beats a default.
 */
#ifndef WERKBANK_KEYS_H
#define WERKBANK_KEYS_H

#include <stddef.h>

#include "werkbank/request.h"

/* The name of a key, in a static buffer. */
const char	*keys_name(int key);
/* The key of a name, or -1. */
int		 keys_parse(const char *);

/*
 * Read "bind KEYMAP KEY ACTION" lines ('#' comments) from file: 0 when
 * the file is absent or read, -1 with "file:line: message" in err.
 * ACTION "none" unbinds.
 */
int		 keys_load(const char *file, char *err, size_t errlen);
/* The default file: $XDG_CONFIG_HOME/werkbank/keys or ~/.config/...; caller frees. */
char		*keys_default_file(void);
/* Forget the file's bindings. */
void		 keys_reset(void);

/* The request a key makes in a view's keymap (REQ_NONE when none). */
enum request	 keys_lookup(enum keymap, int key);
/*
 * The keys bound to req in keymap (only that keymap's own table and the
 * file), as "j, Down" into buf.  Returns 0 when none.
 */
int		 keys_for(enum keymap, enum request, char *buf, size_t len);

#endif
