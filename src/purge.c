/*
 * purge.c: retention (purge.h).  The candidates to purge are collected
 * once into a temporary table (in memory: temp_store = MEMORY), so the
 * dry run and the purge see the same set and every statement after it
 * joins on it.  The deletes rely on the schema's foreign keys: child
 * rows, proposals, their steps, match results and slate picks go with
 * ON DELETE CASCADE; placements and action items keep their rows with the
 * candidate link set to NULL (ON DELETE SET NULL).
 *
 * Traces.  secure_delete is on for every connection (db.c), so SQLite
 * overwrites deleted cells and freed pages with zeros.  FTS5 does not
 * delete a row's words from the index segments at once: it appends a
 * delete marker and drops the words when segments are merged, so after
 * deleting the rows the index is merged completely ('optimize').  The
 * minutes kept with ended meetings are text made from the agenda: the
 * purged candidates' keys, their action items' text and the notes of
 * their proposals' steps are replaced there.  The rollback journal holds the old pages while the
 * transaction is open and is deleted at the commit; in WAL mode the log
 * is checkpointed and truncated.  Finally VACUUM rebuilds the file, so
 * no free page or unused part of a page keeps anything of what was
 * there (test/cli/purge.sh finds no trace even without it; it costs
 * memory about the size of the file, since temp_store is MEMORY).
 */
#include "werkbank/purge.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/audit.h"
#include "werkbank/date.h"
#include "werkbank/i18n.h"
#include "werkbank/text.h"
#include "werkbank/xmalloc.h"

/* ?1 is DATE (YYYY-MM-DD). */
static const char select_sql[] =
    "INSERT INTO temp.purge_set (id) "
    "SELECT c.id FROM candidate c "
    "WHERE (c.status = 'inactief' OR c.status = 'geplaatst') "
    "AND c.left_on IS NOT NULL AND c.left_on < ?1 "
    "AND NOT EXISTS (SELECT 1 FROM proposal p WHERE p.candidate_id = c.id "
    "  AND (p.proposed_on >= ?1 OR EXISTS (SELECT 1 FROM proposal_step s "
    "  WHERE s.proposal_id = p.id AND s.on_date >= ?1))) "
    "AND NOT EXISTS (SELECT 1 FROM placement pl "
    "  WHERE pl.candidate_id = c.id AND (pl.start_date >= ?1 "
    "  OR pl.end_date >= ?1 OR (pl.end_date IS NULL "
    "  AND date(pl.start_date, '+12 months') >= ?1))) "
    "AND NOT EXISTS (SELECT 1 FROM action_item a "
    "  WHERE a.candidate_id = c.id AND (a.done_on IS NULL "
    "  OR a.done_on >= ?1)) "
    "AND NOT EXISTS (SELECT 1 FROM profile_share ps "
    "  WHERE ps.candidate_id = c.id AND ps.shared_on >= ?1)";

/* The purge itself, in this order, inside the transaction. */
static const char *const purge_sql[] = {
	/* the anonymous counts the reports go on using */
	"INSERT INTO candidate_purged (partner_id, target_group, "
	"municipality_code, registered_on, left_on, leave_reason, "
	"consultant_id, n) "
	"SELECT c.partner_id, c.target_group, p4.municipality_code, "
	"c.registered_on, c.left_on, c.leave_reason, c.consultant_id, "
	"count(*) FROM candidate c "
	"JOIN temp.purge_set s ON s.id = c.id "
	"LEFT JOIN pc4 p4 ON p4.code = c.pc4 "
	"GROUP BY 1, 2, 3, 4, 5, 6, 7",
	/* and of their proposals that ended, with the reasons (007) */
	"INSERT INTO proposal_end_purged (on_date, step, reason, vacancy_id, "
	"partner_id, target_group, municipality_code, consultant_id, n) "
	"SELECT st.on_date, st.step, st.reason, pr.vacancy_id, c.partner_id, "
	"c.target_group, p4.municipality_code, c.consultant_id, count(*) "
	"FROM proposal_step st JOIN proposal pr ON pr.id = st.proposal_id "
	"JOIN candidate c ON c.id = pr.candidate_id "
	"JOIN temp.purge_set s ON s.id = c.id "
	"LEFT JOIN pc4 p4 ON p4.code = c.pc4 "
	"WHERE st.step = 'not_chosen' OR st.step = 'withdrawn' "
	"GROUP BY 1, 2, 3, 4, 5, 6, 7, 8",
	/* free text about the person, in rows that stay */
	"UPDATE action_item SET what = '-', version = version + 1 "
	"WHERE candidate_id IN (SELECT id FROM temp.purge_set)",
	/* no new candidate may take a purged one's id (purge.h) */
	"INSERT INTO setting (key, value) SELECT 'candidate_id_floor', "
	"max(id) FROM temp.purge_set WHERE true ON CONFLICT (key) DO UPDATE "
	"SET value = max(CAST(value AS INTEGER), CAST(excluded.value AS "
	"INTEGER)), version = version + 1",
	"DELETE FROM candidate WHERE id IN (SELECT id FROM temp.purge_set)",
	"DELETE FROM candidate_fts WHERE rowid IN "
	"(SELECT id FROM temp.purge_set)",
	"DELETE FROM search_dirty WHERE kind = 'candidate' AND id IN "
	"(SELECT id FROM temp.purge_set)",
	"INSERT INTO candidate_fts (candidate_fts) VALUES ('optimize')",
	NULL,
};

void
purge_result_free(struct purge_result *res)
{
	size_t	i;

	for (i = 0; i < res->nkeys; i++)
		free(res->keys[i]);
	free(res->keys);
	res->keys = NULL;
	res->nkeys = 0;
}

static enum wb_status
collect(struct db *db, struct purge_result *res)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	int		 rc;

	if ((st = db_exec(db, "DROP TABLE IF EXISTS temp.purge_set; "
	    "CREATE TEMP TABLE purge_set (id INTEGER PRIMARY KEY)")) != WB_OK)
		return st;
	if ((st = db_prepare(db, select_sql, &stmt)) != WB_OK)
		return st;
	sqlite3_bind_text(stmt, 1, res->before, -1, SQLITE_STATIC);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return db_fail(db, _("finding the inactive candidates"));

	if ((st = db_prepare(db, "SELECT p.code || '/' || c.ref FROM "
	    "temp.purge_set s JOIN candidate c ON c.id = s.id "
	    "JOIN partner p ON p.id = c.partner_id ORDER BY p.code, c.ref",
	    &stmt)) != WB_OK)
		return st;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		res->keys = xreallocarray(res->keys, res->nkeys + 1,
		    sizeof(char *));
		res->keys[res->nkeys++] = xstrdup((const char *)
		    sqlite3_column_text(stmt, 0));
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return db_fail(db, _("finding the inactive candidates"));
	res->count = (long long)res->nkeys;
	return db_query_int(db, "SELECT count(*) FROM placement WHERE "
	    "candidate_id IN (SELECT id FROM temp.purge_set)",
	    &res->placements);
}

/*
 * Kept minutes of ended meetings list the candidates' keys, the text
 * of action items and the notes of the steps of the meeting (which may
 * name the person): all are replaced.
 */
static enum wb_status
scrub_minutes(struct db *db, const struct purge_result *res)
{
	sqlite3_stmt	*stmt, *upd = NULL;
	enum wb_status	 st;
	char		**needles;
	size_t		 n = res->nkeys, i;
	int		 rc;

	needles = xreallocarray(NULL, n + 1, sizeof(char *));
	for (i = 0; i < res->nkeys; i++)
		needles[i] = xstrdup(res->keys[i]);
	if ((st = db_prepare(db, "SELECT what FROM action_item WHERE "
	    "candidate_id IN (SELECT id FROM temp.purge_set) UNION "
	    "SELECT s.note FROM proposal_step s JOIN proposal p ON p.id = "
	    "s.proposal_id WHERE s.note IS NOT NULL AND p.candidate_id IN "
	    "(SELECT id FROM temp.purge_set)", &stmt)) != WB_OK)
		goto done;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		needles = xreallocarray(needles, n + 1, sizeof(char *));
		needles[n++] = xstrdup((const char *)
		    sqlite3_column_text(stmt, 0));
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE) {
		st = db_fail(db, _("reading the action items"));
		goto done;
	}
	if ((st = db_prepare(db, "SELECT id, minutes FROM meeting WHERE "
	    "minutes IS NOT NULL", &stmt)) != WB_OK ||
	    (st = db_prepare(db, "UPDATE meeting SET minutes = ?2, "
	    "version = version + 1 WHERE id = ?1", &upd)) != WB_OK) {
		sqlite3_finalize(stmt);
		goto done;
	}
	while (st == WB_OK && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		char	*clean = text_replace_words((const char *)
		    sqlite3_column_text(stmt, 1), needles, n, "-");

		if (clean == NULL)
			continue;
		sqlite3_bind_int64(upd, 1, sqlite3_column_int64(stmt, 0));
		sqlite3_bind_text(upd, 2, clean, -1, SQLITE_TRANSIENT);
		if (sqlite3_step(upd) != SQLITE_DONE)
			st = db_fail(db, _("keeping the minutes"));
		sqlite3_reset(upd);
		free(clean);
	}
	if (st == WB_OK && rc != SQLITE_DONE)
		st = db_fail(db, _("keeping the minutes"));
	sqlite3_finalize(stmt);
	sqlite3_finalize(upd);
done:
	for (i = 0; i < n; i++)
		free(needles[i]);
	free(needles);
	return st;
}

static void
drop_set(struct db *db)
{
	sqlite3_exec(db_sqlite(db), "DROP TABLE IF EXISTS temp.purge_set",
	    NULL, NULL, NULL);
}

/*
 * WAL mode: copy the log into the file and cut it to nothing, so that no
 * frame written before the purge (an import with the names) stays in
 * it.  Another session still reading keeps the log from being cut:
 * *busy is then set.
 */
static enum wb_status
checkpoint(struct db *db, int *busy)
{
	sqlite3_stmt	*stmt;
	const char	*why;
	enum wb_status	 st;

	if (strcmp(db_journal_mode(db, &why), "wal") != 0)
		return WB_OK;
	if ((st = db_prepare(db, "PRAGMA wal_checkpoint(TRUNCATE)", &stmt)) !=
	    WB_OK)
		return st;
	if (sqlite3_step(stmt) != SQLITE_ROW) {
		st = db_fail(db, _("emptying the write-ahead log"));
		sqlite3_finalize(stmt);
		return st;
	}
	if (sqlite3_column_int(stmt, 0) != 0)
		*busy = 1;
	sqlite3_finalize(stmt);
	return WB_OK;
}

/* After the commit: no journal, no free page with the old contents. */
enum wb_status
purge_scrub(struct db *db, int *busy)
{
	enum wb_status	st;

	if ((st = checkpoint(db, busy)) != WB_OK ||
	    (st = db_exec(db, "VACUUM")) != WB_OK)
		return st;
	*busy = 0;
	return checkpoint(db, busy);
}

enum wb_status
purge_inactive(struct db *db, const struct user_ctx *u, const char *before,
    int dry_run, struct purge_result *res)
{
	enum wb_status	 st;
	char		 detail[96];
	long long	 free_pages = 0;
	size_t		 i;
	int		 day;

	memset(res, 0, sizeof(*res));
	if ((st = user_require(db, u, PERM_PURGE)) != WB_OK)
		return st;
	if (date_parse(before, &day) != WB_OK)
		return db_set_error(db, WB_INVALID, _("--inactive-before: '%s' "
		    "is not a date (YYYY-MM-DD)"), before);
	if (day > date_today())
		return db_set_error(db, WB_INVALID, _("--inactive-before: %s "
		    "is after today; a purge only looks back"), before);
	date_format(day, res->before);

	if (dry_run) {
		/* Reads only: no lock held, works on a read-only file. */
		st = collect(db, res);
		drop_set(db);
		return st;
	}
	if ((st = db_begin(db)) != WB_OK)
		return st;
	if ((st = collect(db, res)) != WB_OK)
		goto fail;
	if (res->count > 0 && (st = scrub_minutes(db, res)) != WB_OK)
		goto fail;
	if (res->count > 0)
		for (i = 0; purge_sql[i] != NULL; i++)
			if ((st = db_exec(db, purge_sql[i])) != WB_OK)
				goto fail;
	snprintf(detail, sizeof(detail), "before=%s candidates=%lld "
	    "placements_kept=%lld", res->before, res->count, res->placements);
	if ((st = audit_commit(db, u->login, "purge", "candidate", 0,
	    detail)) != WB_OK) {
		drop_set(db);
		return st;
	}
	drop_set(db);
	/* Again after a purge whose cleaning failed: free pages are left. */
	if (res->count == 0 && (st = db_query_int(db, "PRAGMA "
	    "freelist_count", &free_pages)) == WB_OK && free_pages == 0)
		return WB_OK;
	if (st != WB_OK || (st = purge_scrub(db, &res->log_busy)) != WB_OK) {
		char	why[512];

		snprintf(why, sizeof(why), "%s", db_error(db));
		return db_set_error(db, st, _("the candidates were purged, but "
		    "cleaning the file afterwards failed (%s); run 'werkbank "
		    "purge' again to retry"), why);
	}
	return WB_OK;
fail:
	db_rollback(db);
	drop_set(db);
	return st;
}
