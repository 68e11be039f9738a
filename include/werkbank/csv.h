/*
 * csv.h: one CSV reader for every kind of file, over libcsv in strict
 * mode.  It reads from a buffer in memory (the importer reads the file
 * and converts its encoding first) and yields one record at a time with
 * the physical line number where the record starts, so that quoted
 * newlines do not shift the line numbers in error messages.
 */
#ifndef WERKBANK_CSV_H
#define WERKBANK_CSV_H

#include <stddef.h>

#include "werkbank/status.h"

struct csv_reader;

struct csv_row {
	char		**fields;	/* NUL-terminated, owned by the reader */
	size_t		  nfields;
	long		  line;		/* physical line the record starts on */
};

/* The largest field the reader accepts (bytes). */
#define CSV_FIELD_MAX	(64 * 1024)

/*
 * A reader over data[0..len) with this delimiter.  The buffer must stay
 * alive while the reader is used.  Caller frees with csv_reader_free.
 */
struct csv_reader	*csv_reader_new(const char *data, size_t len, char delim);
void			 csv_reader_free(struct csv_reader *);

/*
 * The next record: WB_OK with *row set (valid until the next call),
 * WB_NOT_FOUND at the end, WB_INVALID on malformed input (see
 * csv_reader_error for the message and line).
 */
enum wb_status		 csv_reader_next(struct csv_reader *, struct csv_row **);
const char		*csv_reader_error(const struct csv_reader *);

/* Index of the column with this name (case-insensitive), or -1. */
int			 csv_row_find(const struct csv_row *, const char *name);

#endif
