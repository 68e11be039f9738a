/*
 * record-internal.h: what record-fields.c (the fields and how they are
 * named) and record.c (reading and writing records) share.  Not a public
 * header: nothing outside record*.c uses it.
 */
#ifndef WERKBANK_RECORD_INTERNAL_H
#define WERKBANK_RECORD_INTERNAL_H

#include <stddef.h>

#include "werkbank/record.h"

struct import_col;

struct kind_info {
	const char		*name;		/* record_type in the audit log */
	const char		*import;	/* the import kind */
	struct record_field	*fields;
	size_t			 nfields;
	unsigned		 perm;
	/* The current values, one column per field named as the field. */
	const char		*read_sql;
};

/* A kind's fields, types and limits filled in; NULL for a bad kind. */
const struct kind_info	*record_kind_info(enum rec_kind);

/* The import column of a field (every field is one). */
const struct import_col	*record_import_column(const struct kind_info *,
			    const char *);

/* a equals b's first blen bytes, ignoring case, spaces, _ - and '.'. */
int	record_same_name(const char *a, const char *b, size_t blen);

/* A field's index by its name or an import column name; -1 if none. */
int	record_field_index_named(const struct kind_info *, const char *);

/* ... or by its label in English or the user's language; -1 if none. */
int	record_field_index(const struct kind_info *, const char *);

/*
 * A reference typed with its partner in front ("UWV/V2026-090", as the
 * screens show keys) would be stored as UWV/UWV/V2026-090: 1 and the
 * reason in msg.  A '/' of the partner's own numbering (2024/017) passes.
 */
int	record_check_ref(struct db *, const char *ref, char *msg, size_t len);

#endif
