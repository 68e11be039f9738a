/*
 * import-batch.c: new records of a big import stored by the batch (see
 * import-internal.h).  A million candidates are some seven million rows;
 * a statement run per row cost about half of the import, one INSERT ...
 * SELECT per batch of thousands costs next to nothing.  What is written is
 * what the per-row INSERTs would write: the batch statement is made from
 * their SQL, each parameter read from the cell of the same number.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "import-internal.h"
#include "werkbank/i18n.h"

/*
 * "INSERT INTO t (cols) VALUES (exprs) [ON CONFLICT ...]" ->
 * "INSERT INTO t (cols) SELECT exprs FROM wb_rows(?)", each :name or ?N
 * of exprs read as the column c<its number>.  Without ON CONFLICT: the
 * table was empty and the file's keys are unique, so a conflict is a fault
 * to stop at (the import then starts over row by row).  -1 if the SQL is
 * not of that form or does not fit.
 */
static int
rows_sql(sqlite3_stmt *model, char *out, size_t len)
{
	const char	*sql = sqlite3_sql(model), *p, *q;
	char		 name[64];
	size_t		 o;
	int		 depth = 1, n;

	if (sql == NULL || (p = strstr(sql, " VALUES (")) == NULL ||
	    (size_t)(p - sql) + 8 >= len)
		return -1;
	o = (size_t)(p - sql);
	memcpy(out, sql, o);
	o += (size_t)snprintf(out + o, len - o, " SELECT ");
	for (p += 9; *p != '\0' && o + 16 < len; ) {
		if (*p == '\'') {
			/* A literal, '' inside it included. */
			q = p + 1;
			while (*q != '\0' && (*q != '\'' || q[1] == '\''))
				q += *q == '\'' ? 2 : 1;
			if (*q == '\0' || o + (size_t)(q - p) + 2 >= len)
				return -1;
			memcpy(out + o, p, (size_t)(q - p) + 1);
			o += (size_t)(q - p) + 1;
			p = q + 1;
			continue;
		}
		if (*p == ':' || *p == '?') {
			for (q = p + 1; isalnum((unsigned char)*q) || *q == '_';
			    q++)
				;
			if ((size_t)(q - p) >= sizeof(name))
				return -1;
			memcpy(name, p, (size_t)(q - p));
			name[q - p] = '\0';
			if ((n = sqlite3_bind_parameter_index(model, name)) <= 0 ||
			    n > DB_ROWS_MAXCOLS)
				return -1;
			o += (size_t)snprintf(out + o, len - o, "c%d", n);
			p = q;
			continue;
		}
		if (*p == '(')
			depth++;
		else if (*p == ')' && --depth == 0)
			break;
		out[o++] = *p++;
	}
	if (depth != 0 || o + 20 >= len)
		return -1;
	snprintf(out + o, len - o, " FROM wb_rows(?)");
	return 0;
}

enum wb_status
import_batch_prepare(struct importer *imp, int n, int slot)
{
	sqlite3_stmt	*model = *import_stmt(imp, slot);
	char		 sql[4096];

	if (n < 0 || n >= IMPORT_BATCHES || model == NULL ||
	    sqlite3_bind_parameter_count(model) > DB_ROWS_MAXCOLS ||
	    rows_sql(model, sql, sizeof(sql)) != 0)
		return db_set_error(import_db(imp), WB_ERROR, "%s",
		    _("storing the rows by the batch"));
	sqlite3_finalize(imp->batch_sql[n]);
	imp->batch_sql[n] = NULL;
	db_rows_free(imp->batch[n]);
	imp->batch[n] = db_rows_new(sqlite3_bind_parameter_count(model));
	return db_prepare(import_db(imp), sql, &imp->batch_sql[n]);
}

struct db_rows *
import_batch_add(struct importer *imp, int n)
{
	db_rows_add(imp->batch[n]);
	return imp->batch[n];
}

int
import_batch_full(struct importer *imp)
{
	return imp->batch[0] != NULL &&
	    db_rows_count(imp->batch[0]) >= IMPORT_BATCH_ROWS;
}

enum wb_status
import_batch_flush(struct importer *imp)
{
	sqlite3_stmt	*s;
	int		 n, rc;

	for (n = 0; n < IMPORT_BATCHES; n++) {
		if ((s = imp->batch_sql[n]) == NULL ||
		    db_rows_count(imp->batch[n]) == 0)
			continue;
		db_rows_bind(s, 1, imp->batch[n]);
		rc = sqlite3_step(s);
		sqlite3_reset(s);
		sqlite3_clear_bindings(s);
		db_rows_clear(imp->batch[n]);
		if (rc != SQLITE_DONE)
			return db_fail(import_db(imp), _("storing the row"));
	}
	return WB_OK;
}

void
import_batch_free(struct importer *imp)
{
	int	n;

	for (n = 0; n < IMPORT_BATCHES; n++) {
		sqlite3_finalize(imp->batch_sql[n]);
		db_rows_free(imp->batch[n]);
		imp->batch_sql[n] = NULL;
		imp->batch[n] = NULL;
	}
	imp->batching = 0;
}
