/*
 * search.c: keep the FTS5 indexes current, and turn what is typed into
 * a query.  With trusted_schema=OFF a trigger may not write to a virtual
 * table, so the triggers of schema/002-search.sql and 006-search.sql
 * queue changed ids in search_dirty and this module applies them from
 * top-level statements.  Typed text is split into words by a private
 * FTS5 table in temp with the indexes' tokenizer and its vocabulary
 * (fts5vocab), so a query word is always one token of the index: never
 * a phrase (which detail=none refuses), never an FTS syntax error.
 */
#include "werkbank/search.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/i18n.h"
#include "werkbank/xmalloc.h"

/* Above this share of the table, rebuilding beats row-by-row updates. */
#define SEARCH_BULK_SHARE	4	/* 1/4 */

/* What each index holds of a record (schema/006-search.sql). */
#define VACANCY_FTS_ROW \
	"INSERT INTO vacancy_fts (rowid, title, employer, description, " \
	"occupation, skills) SELECT v.id, v.title, e.name, " \
	"coalesce(v.description, ''), coalesce(g.title_nl, ''), " \
	"coalesce((SELECT group_concat(skill, ' ') FROM vacancy_skill s " \
	"WHERE s.vacancy_id = v.id), '') FROM vacancy v JOIN employer e ON " \
	"e.id = v.employer_id LEFT JOIN isco_group g ON g.code = v.isco_code"
#define CANDIDATE_FTS_ROW \
	"INSERT INTO candidate_fts (rowid, first_name, last_name, ref, " \
	"occupations, skills) SELECT c.id, c.first_name, c.last_name, c.ref, " \
	"coalesce((SELECT group_concat(g.title_nl, ' ') FROM " \
	"candidate_occupation o JOIN isco_group g ON g.code = o.isco_code " \
	"WHERE o.candidate_id = c.id), ''), coalesce((SELECT " \
	"group_concat(skill, ' ') FROM candidate_skill s WHERE " \
	"s.candidate_id = c.id), '') FROM candidate c"

static const struct {
	const char	*kind;
	const char	*table;		/* the records */
	const char	*refill;	/* one record, ?1 = id */
	const char	*bulk;		/* all records */
} search_kinds[] = {
	{ "vacancy", "vacancy", VACANCY_FTS_ROW " WHERE v.id = ?1",
	  VACANCY_FTS_ROW },
	{ "candidate", "candidate", CANDIDATE_FTS_ROW " WHERE c.id = ?1",
	  CANDIDATE_FTS_ROW },
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

/* The private table that splits typed text as the indexes do. */
static enum wb_status
words_table(struct db *db)
{
	return db_exec(db, "CREATE VIRTUAL TABLE IF NOT EXISTS "
	    "temp.search_words USING fts5(w, tokenize = \"" SEARCH_TOKENIZE
	    "\"); CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_words_v "
	    "USING fts5vocab(temp, search_words, instance)");
}

/* "term"* with any double quote doubled, after q. */
static char *
add_term(char *q, const char *term)
{
	size_t	n = strlen(q), i;
	char	*out = xmalloc(n + strlen(term) * 2 + 16), *o;

	memcpy(out, q, n);
	o = out + n;
	if (n > 0) {
		memcpy(o, " AND ", 5);
		o += 5;
	}
	*o++ = '"';
	for (i = 0; term[i] != '\0'; i++) {
		if (term[i] == '"')
			*o++ = '"';
		*o++ = term[i];
	}
	memcpy(o, "\"*", 3);
	free(q);
	return out;
}

enum wb_status
search_query(struct db *db, const char *typed, const char *columns,
    char **out)
{
	sqlite3_stmt	*stmt = NULL;
	enum wb_status	 st;
	char		*q = xstrdup(""), *t;
	int		 rc;

	*out = NULL;
	if ((st = words_table(db)) != WB_OK ||
	    (st = db_exec(db, "DELETE FROM temp.search_words")) != WB_OK ||
	    (st = db_prepare(db, "INSERT INTO temp.search_words (rowid, w) "
	    "VALUES (1, ?1)", &stmt)) != WB_OK)
		goto out;
	sqlite3_bind_text(stmt, 1, typed, -1, SQLITE_STATIC);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	stmt = NULL;
	if (rc != SQLITE_DONE) {
		st = db_fail(db, _("searching"));
		goto out;
	}
	if ((st = db_prepare(db, "SELECT term FROM temp.search_words_v ORDER "
	    "BY offset", &stmt)) != WB_OK)
		goto out;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
		q = add_term(q, (const char *)sqlite3_column_text(stmt, 0));
	if (rc != SQLITE_DONE)
		st = db_fail(db, _("searching"));
out:
	sqlite3_finalize(stmt);
	(void)db_exec(db, "DELETE FROM temp.search_words");
	if (st != WB_OK || *q == '\0') {
		free(q);
		return st;
	}
	if (columns != NULL) {
		t = xasprintf("%s : (%s)", columns, q);
		free(q);
		q = t;
	}
	*out = q;
	return WB_OK;
}

/* "MEP/K-000015" -> "MEP" and "K-000015": 1, else 0. */
static int
key_parts(const char *typed, char *partner, size_t plen, char *ref,
    size_t rlen)
{
	const char	*p = typed, *slash, *end;
	size_t		 n;

	while (isspace((unsigned char)*p))
		p++;
	end = p + strlen(p);
	while (end > p && isspace((unsigned char)end[-1]))
		end--;
	if ((slash = memchr(p, '/', (size_t)(end - p))) == NULL ||
	    slash == p || slash + 1 == end || (size_t)(slash - p) >= plen ||
	    (size_t)(end - slash - 1) >= rlen)
		return 0;
	for (n = 0; p + n < slash; n++)
		if (!isalnum((unsigned char)p[n]))
			return 0;
	memcpy(partner, p, n);
	partner[n] = '\0';
	n = (size_t)(end - slash - 1);
	memcpy(ref, slash + 1, n);
	ref[n] = '\0';
	return strpbrk(ref, " \t/") == NULL;
}

static int
id_cmp(const void *a, const void *b)
{
	long long	x = *(const long long *)a, y = *(const long long *)b;

	return x < y ? -1 : x > y;
}

enum wb_status
search_key_ids(struct db *db, const char *table, const char *vis,
    const char *typed, long long **ids, size_t *n)
{
	sqlite3_stmt	*stmt = NULL;
	enum wb_status	 st;
	char		 partner[16], ref[256], *sql;
	long long	 known;
	size_t		 cap = 16;
	int		 rc, pass;

	*ids = NULL;
	*n = 0;
	if (!key_parts(typed, partner, sizeof(partner), ref, sizeof(ref)))
		return WB_NOT_FOUND;
	sql = xasprintf("SELECT count(*) FROM partner WHERE code = '%s' "
	    "COLLATE NOCASE", partner);
	st = db_query_int(db, sql, &known);
	free(sql);
	if (st != WB_OK)
		return st;
	if (!known)
		return WB_NOT_FOUND;
	*ids = xreallocarray(NULL, cap, sizeof(**ids));
	/* The record itself (as typed, by the index; then in any case);
	 * else those whose reference begins so. */
	for (pass = 0; pass < 3 && *n == 0; pass++) {
		sql = xasprintf("SELECT x.id FROM %s x JOIN partner p ON p.id = "
		    "x.partner_id WHERE p.code = ?1 COLLATE NOCASE AND %s AND "
		    "%s", table, pass == 0 ? "x.ref = ?2" : pass == 1 ?
		    "x.ref = ?2 COLLATE NOCASE" :
		    "substr(lower(x.ref), 1, length(?2)) = lower(?2)", vis);
		st = db_prepare(db, sql, &stmt);
		free(sql);
		if (st != WB_OK)
			break;
		sqlite3_bind_text(stmt, 1, partner, -1, SQLITE_STATIC);
		sqlite3_bind_text(stmt, 2, ref, -1, SQLITE_STATIC);
		while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
			if (*n == cap) {
				cap *= 2;
				*ids = xreallocarray(*ids, cap, sizeof(**ids));
			}
			(*ids)[(*n)++] = sqlite3_column_int64(stmt, 0);
		}
		if (rc != SQLITE_DONE)
			st = db_fail(db, _("searching"));
		sqlite3_finalize(stmt);
		if (st != WB_OK)
			break;
	}
	if (st != WB_OK) {
		free(*ids);
		*ids = NULL;
		*n = 0;
		return st;
	}
	qsort(*ids, *n, sizeof(**ids), id_cmp);
	return WB_OK;
}
