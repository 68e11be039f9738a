/*
 * rows.h: rows of values made in C and read by SQL, for writes by the set.
 *
 * A big import gathers its new records here and stores each batch with one
 * INSERT ... SELECT ... FROM wb_rows(?) per table, instead of one statement
 * per record: running a statement costs more than the row it writes.
 * Columns are numbered from 1 (c1, c2, ...), as a statement's parameters
 * are, so the cells of a row can be filled where its parameters would be
 * bound.
 *
 * Ownership: the rows own copies of their texts; db_rows_bind lends the
 * rows to a statement, which must be reset before the rows are cleared or
 * freed.  Not thread-safe: one thread fills and reads them.
 */
#ifndef WERKBANK_ROWS_H
#define WERKBANK_ROWS_H

#include <sqlite3.h>
#include <stddef.h>

#define DB_ROWS_MAXCOLS	48

struct db_rows;

/* NCOLS columns (1..DB_ROWS_MAXCOLS); aborts on no memory. */
struct db_rows	*db_rows_new(int ncols);
/* Accepts NULL. */
void		 db_rows_free(struct db_rows *);
/* No rows, memory kept for the next batch. */
void		 db_rows_clear(struct db_rows *);
size_t		 db_rows_count(const struct db_rows *);
/* A new last row, every cell NULL; the setters below fill it. */
void		 db_rows_add(struct db_rows *);
/* Cell COL (1..ncols) of the last row; a column out of range is ignored. */
void		 db_rows_int(struct db_rows *, int col, long long);
void		 db_rows_double(struct db_rows *, int col, double);
void		 db_rows_text(struct db_rows *, int col, const char *);
void		 db_rows_null(struct db_rows *, int col);

/* Make wb_rows(?) known to a connection; an SQLite result code. */
int		 db_rows_register(sqlite3 *);
/* Lend ROWS to the wb_rows(?) at parameter P; an SQLite result code. */
int		 db_rows_bind(sqlite3_stmt *, int p, struct db_rows *);

#endif
