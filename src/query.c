/*
 * query.c: result rows into a struct table, for the listing commands.
 */
#include "werkbank/query.h"

#include "werkbank/i18n.h"

#define QUERY_MAXCOLS	32

enum wb_status
query_table(struct db *db, const char *sql, struct table *t)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	const char	*cells[QUERY_MAXCOLS];
	int		 rc, i, n;

	if ((st = db_prepare(db, sql, &stmt)) != WB_OK)
		return st;
	n = sqlite3_column_count(stmt);
	if (n > QUERY_MAXCOLS)
		n = QUERY_MAXCOLS;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		for (i = 0; i < n; i++)
			cells[i] = (const char *)sqlite3_column_text(stmt, i);
		table_add(t, cells);
	}
	if (rc != SQLITE_DONE)
		st = db_fail(db, _("database"));
	sqlite3_finalize(stmt);
	return st;
}
