/*
 * embed.h: files compiled into the binary by src/embed.sh (the schema
 * migrations, the reference data and the demo word lists).
 */
#ifndef WERKBANK_EMBED_H
#define WERKBANK_EMBED_H

#include <stddef.h>

struct embedded_file {
	const char	*name;	/* base name, e.g. "001-init.sql" */
	const char	*data;	/* NUL-terminated contents */
	size_t		 len;	/* length without the NUL */
};

/* Both tables end with an entry whose name is NULL. */
extern const struct embedded_file migrations[];
extern const struct embedded_file embedded_files[];

/* The embedded file with this base name, or NULL. */
const struct embedded_file *embed_find(const char *name);

#endif
