/*
 * query.h: run a listing query and add each result row to a table (the
 * columns of the query in the order of the table's columns).
 */
#ifndef WERKBANK_QUERY_H
#define WERKBANK_QUERY_H

#include "werkbank/db.h"
#include "werkbank/table.h"

/* Bind nothing; run SQL; one table row per result row. */
enum wb_status	query_table(struct db *, const char *sql, struct table *);

#endif
