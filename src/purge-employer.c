/*
 * purge-employer.c: the personal data of an employer's staff, purged
 * with the employer or on request (purge.h).  Contact persons are
 * deleted (contacts that named them keep their row, person_id NULL by
 * the schema); the words people wrote about them are cleared or have
 * the name replaced; purge_scrub() then leaves no trace in the file.
 */
#include "werkbank/purge.h"

#include <stdlib.h>
#include <string.h>

#include "werkbank/audit.h"
#include "werkbank/contact.h"
#include "werkbank/i18n.h"
#include "werkbank/text.h"
#include "werkbank/xmalloc.h"

/* The employer: clear every text of its contacts and ratings. */
static const char *const clear_sql[] = {
	"UPDATE employer_contact SET note = NULL, agreed = NULL, version = "
	"version + 1, updated_at = datetime('now') WHERE employer_id = ?1 AND "
	"(note IS NOT NULL OR agreed IS NOT NULL)",
	"UPDATE employer_rating SET comment = NULL WHERE employer_id = ?1 AND "
	"comment IS NOT NULL",
	"DELETE FROM contact_person WHERE employer_id = ?1",
	NULL,
};

static enum wb_status
count(struct db *db, const char *sql, long long id, long long *n)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	int		 rc;

	if ((st = db_prepare(db, sql, &stmt)) != WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, id);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
		*n = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW)
		return db_fail(db, _("reading the employer"));
	return WB_OK;
}

static enum wb_status
run(struct db *db, const char *sql, long long id)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	int		 rc;

	if ((st = db_prepare(db, sql, &stmt)) != WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, id);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return db_fail(db, _("purging the employer's personal data"));
	return WB_OK;
}

/*
 * One text column of the employer's rows (table, column, key column)
 * with the needles replaced; *changed counts the rows changed (a dry
 * run only counts).
 */
static enum wb_status
replace_in(struct db *db, const char *table, const char *col,
    long long employer, char *const *needles, size_t n, int dry_run,
    long long *changed)
{
	sqlite3_stmt	*stmt, *upd = NULL;
	enum wb_status	 st;
	char		*sql;
	int		 rc;

	sql = xasprintf("SELECT id, %s FROM %s WHERE employer_id = ?1 AND "
	    "%s IS NOT NULL", col, table, col);
	st = db_prepare(db, sql, &stmt);
	free(sql);
	if (st != WB_OK)
		return st;
	sql = xasprintf("UPDATE %s SET %s = ?2 WHERE id = ?1", table, col);
	st = db_prepare(db, sql, &upd);
	free(sql);
	if (st != WB_OK) {
		sqlite3_finalize(stmt);
		return st;
	}
	sqlite3_bind_int64(stmt, 1, employer);
	while (st == WB_OK && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		char	*clean = text_replace_words((const char *)
		    sqlite3_column_text(stmt, 1), needles, n, "-");

		if (clean == NULL)
			continue;
		(*changed)++;
		if (!dry_run) {
			sqlite3_bind_int64(upd, 1, sqlite3_column_int64(stmt,
			    0));
			sqlite3_bind_text(upd, 2, clean, -1, SQLITE_TRANSIENT);
			if (sqlite3_step(upd) != SQLITE_DONE)
				st = db_fail(db, _("purging the contact "
				    "person"));
			sqlite3_reset(upd);
		}
		free(clean);
	}
	if (st == WB_OK && rc != SQLITE_DONE)
		st = db_fail(db, _("purging the contact person"));
	sqlite3_finalize(stmt);
	sqlite3_finalize(upd);
	return st;
}

/* One person: their name (whole, and each word of 2 or more letters
 * that starts with a capital, as "de Vries" has "Vries"). */
static enum wb_status
purge_person(struct db *db, long long employer, long long person,
    int dry_run, struct purge_employer_result *res)
{
	static const char *const cols[][2] = {
		{ "employer_contact", "note" },
		{ "employer_contact", "agreed" },
		{ "employer_rating", "comment" },
	};
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	char		*name = NULL, *needles[16];
	const char	*p, *end;
	size_t		 n = 0, i;
	int		 rc;

	if ((st = db_prepare(db, "SELECT name FROM contact_person WHERE "
	    "id = ?1", &stmt)) != WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, person);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
		name = db_column_dup(stmt, 0);
	sqlite3_finalize(stmt);
	if (name == NULL)
		return db_fail(db, _("reading the contact person"));
	needles[n++] = xstrdup(name);
	for (p = name; *p != '\0' && n < 16; p = *end ? end + 1 : end) {
		end = p + strcspn(p, " ");
		if (end - p >= 2 && *p >= 'A' && *p <= 'Z')
			needles[n++] = xasprintf("%.*s", (int)(end - p), p);
	}
	free(name);
	res->persons = 1;
	for (i = 0; i < sizeof(cols) / sizeof(cols[0]) && st == WB_OK; i++)
		st = replace_in(db, cols[i][0], cols[i][1], employer, needles,
		    n, dry_run, &res->texts);
	for (i = 0; i < n; i++)
		free(needles[i]);
	if (st == WB_OK && !dry_run)
		st = run(db, "DELETE FROM contact_person WHERE id = ?1",
		    person);
	return st;
}

enum wb_status
purge_employer(struct db *db, const struct user_ctx *u, long long employer,
    const char *person, int dry_run, struct purge_employer_result *res)
{
	enum wb_status	st;
	long long	pid = 0, texts = 0;
	char		detail[96];
	size_t		i;

	memset(res, 0, sizeof(*res));
	if ((st = user_require(db, u, PERM_PURGE)) != WB_OK)
		return st;
	if ((st = db_begin(db)) != WB_OK)
		return st;
	if (person != NULL && (st = contact_person_find(db, employer, person,
	    &pid)) != WB_OK)
		goto fail;
	if (person != NULL)
		st = purge_person(db, employer, pid, dry_run, res);
	else if ((st = count(db, "SELECT count(*) FROM contact_person WHERE "
	    "employer_id = ?1", employer, &res->persons)) == WB_OK &&
	    (st = count(db, "SELECT (SELECT count(*) FROM employer_contact "
	    "WHERE employer_id = ?1 AND (note IS NOT NULL OR agreed IS NOT "
	    "NULL)) + (SELECT count(*) FROM employer_rating WHERE "
	    "employer_id = ?1 AND comment IS NOT NULL)", employer, &texts)) ==
	    WB_OK) {
		res->texts = texts;
		for (i = 0; !dry_run && clear_sql[i] != NULL && st == WB_OK;
		    i++)
			st = run(db, clear_sql[i], employer);
	}
	if (st != WB_OK || dry_run)
		goto fail;
	if (person != NULL)
		snprintf(detail, sizeof(detail), "contact_person=%lld texts=%lld",
		    pid, res->texts);
	else
		snprintf(detail, sizeof(detail), "contact_persons=%lld "
		    "texts=%lld", res->persons, res->texts);
	if ((st = audit_commit(db, u->login, "purge", "employer", employer,
	    detail)) != WB_OK)
		return st;
	if ((st = purge_scrub(db, &res->log_busy)) != WB_OK) {
		char	why[512];

		snprintf(why, sizeof(why), "%s", db_error(db));
		return db_set_error(db, st, _("the personal data were purged, "
		    "but cleaning the file afterwards failed (%s); run "
		    "'werkbank purge' again to retry"), why);
	}
	return WB_OK;
fail:
	/* A dry run changed nothing: its transaction only read. */
	db_rollback(db);
	return st;
}
