/*
 * csv.h: one CSV reader for every kind of file, over libcsv in strict
 * mode.  It reads from a buffer in memory (the importer reads the file
 * and converts its encoding first, csv-input.c) and yields one record at
 * a time with the physical line number where the record starts, so that
 * quoted newlines do not shift the line numbers in error messages.  A
 * line ends in LF, CRLF or a lone CR (old Mac Excel), everywhere.
 */
#ifndef WERKBANK_CSV_H
#define WERKBANK_CSV_H

#include <stddef.h>
#include <stdio.h>

#include "werkbank/status.h"

struct csv_reader;

struct csv_row {
	char		**fields;	/* NUL-terminated, owned by the reader */
	size_t		  nfields;
	long		  line;		/* physical line the record starts on */
	const char	 *raw;		/* the record as written in the data, */
	size_t		  rawlen;	/*   without its line end (not NUL-ended) */
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

/* Bytes of the buffer consumed so far (for progress). */
size_t			 csv_reader_offset(const struct csv_reader *);

/* The length of the line at s (n bytes) up to its end: LF, CRLF or a
 * lone CR, whose length goes to *eol (0 at the end of the data). */
size_t			 csv_line_len(const char *s, size_t n, size_t *eol);
/* The line (from 1) the byte at off of data[0..len) is on. */
long			 csv_line_of(const char *data, size_t len, size_t off);

/*
 * A CSV file read into memory as UTF-8: the encoding detected (UTF-8 with
 * or without a byte-order mark, UTF-16 with one, else Windows-1252
 * converted through iconv) and the delimiter detected from the header
 * line (`,` `;` or TAB) unless one is forced.  A workbook, a web page or
 * a PDF saved under a .csv name is refused saying what it is; so is a
 * UTF-8 file with a few bytes that are not (two encodings mixed).
 */
struct csv_input {
	char		*data;		/* UTF-8, without BOM; owned */
	size_t		 len;
	char		 delim;
	const char	*encoding;	/* "UTF-8", "UTF-16LE", "Windows-1252" */
	int		 bom;		/* the file began with a byte-order mark */
	const char	*eol;		/* its first line end: "\r\n" or "\n" */
};

/* The largest file werkbank reads, and the most records it takes. */
#define CSV_FILE_MAX	(1024L * 1024 * 1024)
#define CSV_ROWS_MAX	5000000L

/*
 * The rows after the header of data[0..len), never fewer than the reader
 * gives: when that many may pass max, they are counted exactly by the
 * reader (a row of blanks and delimiters not counted) up to max + 1, and
 * *line is set to the line where row max + 1 starts; otherwise the
 * result is a quick upper bound (the lines that hold anything, less the
 * header) and *line is 0.
 */
long			 csv_count_rows(const char *data, size_t len,
			    char delim, long max, long *line);

/* The length of the blank at s: a space, TAB, no-break space (U+00A0,
 * U+202F narrow, U+2007 figure) or 0.  What the importer trims. */
size_t			 csv_blank_len(const char *s);

/*
 * Read PATH ("-" is standard input).  delim 0 detects it.  On failure
 * err says why (with the line for an encoding error).
 */
enum wb_status		 csv_input_read(const char *path, char delim,
			    struct csv_input *, char *err, size_t errlen);
/*
 * The same for a buffer in memory: raw (len bytes, malloc'd, with room
 * for one more byte) is taken over and freed.
 */
enum wb_status		 csv_input_take(char *raw, size_t len, char delim,
			    struct csv_input *, char *err, size_t errlen);
void			 csv_input_free(struct csv_input *);
/* The delimiter of a header line: the most frequent of , ; TAB outside
 * quotes (`,` when none occurs). */
char			 csv_detect_delimiter(const char *data, size_t len);

/*
 * Write one CSV field: quoted (RFC 4180) when it holds the delimiter, a
 * quote or a line break.  With guard, a value a spreadsheet would run as
 * a formula (starting with = + - @ TAB CR LF) gets a leading apostrophe.
 * NULL writes nothing.
 */
void			 csv_write_field(FILE *, const char *, char delim,
			    int guard);

/* Index of the column with this name (case-insensitive), or -1. */
int			 csv_row_find(const struct csv_row *, const char *name);

#endif
