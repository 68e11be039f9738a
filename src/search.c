/*
 * search.c: keep the FTS5 indexes current.  With trusted_schema=OFF a
 * trigger may not write to a virtual table, so the triggers of
 * schema/002-search.sql queue changed ids in search_dirty and this module
 * applies them from top-level statements.
 */
#include "werkbank/search.h"

#include <stdio.h>

#include "werkbank/i18n.h"

/* Above this share of the table, rebuilding beats row-by-row updates. */
#define SEARCH_BULK_SHARE	4	/* 1/4 */

static const struct {
	const char	*kind;
	const char	*table;		/* the records */
	const char	*refill;	/* one record, ?1 = id */
	const char	*bulk;		/* all records */
} search_kinds[] = {
	{ "vacancy", "vacancy",
	  "INSERT INTO vacancy_fts (rowid, title, employer, description, "
	  "occupation) SELECT v.id, v.title, e.name, coalesce(v.description, "
	  "''), coalesce(g.title_nl, '') FROM vacancy v JOIN employer e ON "
	  "e.id = v.employer_id LEFT JOIN isco_group g ON g.code = v.isco_code "
	  "WHERE v.id = ?1",
	  "INSERT INTO vacancy_fts (rowid, title, employer, description, "
	  "occupation) SELECT v.id, v.title, e.name, coalesce(v.description, "
	  "''), coalesce(g.title_nl, '') FROM vacancy v JOIN employer e ON "
	  "e.id = v.employer_id LEFT JOIN isco_group g ON g.code = v.isco_code" },
	{ "candidate", "candidate",
	  "INSERT INTO candidate_fts (rowid, first_name, last_name, ref) "
	  "SELECT id, first_name, last_name, ref FROM candidate WHERE id = ?1",
	  "INSERT INTO candidate_fts (rowid, first_name, last_name, ref) "
	  "SELECT id, first_name, last_name, ref FROM candidate" },
};

static enum wb_status
step_id(struct db *db, sqlite3_stmt *stmt, long long id)
{
	int	rc;

	sqlite3_bind_int64(stmt, 1, id);
	rc = sqlite3_step(stmt);
	sqlite3_reset(stmt);
	return rc == SQLITE_DONE ? WB_OK : db_fail(db, _("updating the search "
	    "index"));
}

static enum wb_status
sync_kind(struct db *db, size_t k)
{
	sqlite3_stmt	*list = NULL, *del = NULL, *add = NULL;
	long long	 dirty, total;
	char		 sql[256];
	enum wb_status	 st;
	int		 rc;

	snprintf(sql, sizeof(sql), "SELECT count(*) FROM search_dirty WHERE "
	    "kind = '%s'", search_kinds[k].kind);
	if ((st = db_query_int(db, sql, &dirty)) != WB_OK || dirty == 0)
		return st;
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM %s",
	    search_kinds[k].table);
	if ((st = db_query_int(db, sql, &total)) != WB_OK)
		return st;
	if (dirty * SEARCH_BULK_SHARE > total) {
		snprintf(sql, sizeof(sql), "DELETE FROM %s_fts",
		    search_kinds[k].table);
		if ((st = db_exec(db, sql)) != WB_OK ||
		    (st = db_exec(db, search_kinds[k].bulk)) != WB_OK)
			return st;
	} else {
		snprintf(sql, sizeof(sql), "SELECT id FROM search_dirty WHERE "
		    "kind = '%s'", search_kinds[k].kind);
		if ((st = db_prepare(db, sql, &list)) != WB_OK)
			return st;
		snprintf(sql, sizeof(sql), "DELETE FROM %s_fts WHERE rowid = ?1",
		    search_kinds[k].table);
		if ((st = db_prepare(db, sql, &del)) != WB_OK ||
		    (st = db_prepare(db, search_kinds[k].refill, &add)) != WB_OK)
			goto out;
		while ((rc = sqlite3_step(list)) == SQLITE_ROW) {
			long long id = sqlite3_column_int64(list, 0);

			if ((st = step_id(db, del, id)) != WB_OK ||
			    (st = step_id(db, add, id)) != WB_OK)
				goto out;
		}
		if (rc != SQLITE_DONE) {
			st = db_fail(db, _("updating the search index"));
			goto out;
		}
	}
	snprintf(sql, sizeof(sql), "DELETE FROM search_dirty WHERE kind = '%s'",
	    search_kinds[k].kind);
	st = db_exec(db, sql);
out:
	sqlite3_finalize(list);
	sqlite3_finalize(del);
	sqlite3_finalize(add);
	return st;
}

enum wb_status
search_sync(struct db *db)
{
	long long	dirty;
	enum wb_status	st;
	size_t		k;
	int		own;

	if ((st = db_query_int(db, "SELECT EXISTS (SELECT 1 FROM "
	    "search_dirty)", &dirty)) != WB_OK || !dirty)
		return st;
	own = !db_in_transaction(db);
	if (own && (st = db_begin(db)) != WB_OK)
		return st;
	for (k = 0; k < sizeof(search_kinds) / sizeof(search_kinds[0]); k++)
		if ((st = sync_kind(db, k)) != WB_OK) {
			if (own)
				db_rollback(db);
			return st;
		}
	return own ? db_commit(db) : WB_OK;
}
