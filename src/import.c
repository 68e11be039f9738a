/*
 * import.c: read a partner's CSV file, check every row against the
 * kind's column table, store the good rows and list the bad ones in a
 * rejects file, all in one transaction (csv.md).  The kinds themselves
 * (columns, keys, how a row is stored) are in import-kinds.c.
 */
#include "werkbank/import.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "import-internal.h"
#include "werkbank/audit.h"
#include "werkbank/csv.h"
#include "werkbank/date.h"
#include "werkbank/i18n.h"
#include "werkbank/json.h"
#include "werkbank/msg.h"
#include "werkbank/priv.h"
#include "werkbank/table.h"
#include "werkbank/text.h"
#include "werkbank/xmalloc.h"

const char *const import_kind_names[] = { "partners", "employers",
    "candidates", "vacancies", "placements", "ratings", "contacts", NULL };

#define FIELD_LEN_MAX	CSV_FIELD_MAX

/* ---- small helpers the kinds use ---- */

void
import_error(struct importer *imp, const char *field, const char *fmt, ...)
{
	va_list	ap;
	size_t	room = sizeof(imp->errors) - imp->errlen;
	int	n;

	if (room < 8)
		return;
	/* A file's column as its header names it; import_one's callers
	 * (record.c) name the fields themselves. */
	n = snprintf(imp->errors + imp->errlen, room, "%s%s: ",
	    imp->errlen ? "; " : "", imp->one ? field :
	    import_col_shown(imp, field));
	if (n < 0 || (size_t)n >= room) {
		imp->errlen = sizeof(imp->errors) - 1;
		return;
	}
	imp->errlen += (size_t)n;
	room -= (size_t)n;
	va_start(ap, fmt);
	n = vsnprintf(imp->errors + imp->errlen, room, fmt, ap);
	va_end(ap);
	imp->errlen += n < 0 ? 0 : (size_t)n >= room ? room - 1 : (size_t)n;
}

struct db *
import_db(struct importer *imp)
{
	return imp->db;
}

const struct import_kind *
import_kind(struct importer *imp)
{
	return imp->kind;
}

const struct validate_ctx *
import_vctx(struct importer *imp)
{
	return imp->vctx;
}

sqlite3_stmt **
import_stmt(struct importer *imp, int n)
{
	return &imp->stmts[n];
}

const char *
import_today(struct importer *imp)
{
	return imp->today;
}

int
import_col(struct importer *imp, const char *name)
{
	struct col_cache	*c;
	size_t			 i;

	/* The kinds ask by the same literal row after row: remembered by
	 * where the name is. */
	c = &imp->col_cache[((uintptr_t)name >> 2) % IMPORT_COL_CACHE];
	if (c->name == name)
		return c->col;
	for (i = 0; i < imp->kind->ncols; i++)
		if (strcmp(imp->kind->cols[i].name, name) == 0)
			break;
	c->name = name;
	c->col = i < imp->kind->ncols ? (int)i : -1;
	return c->col;
}

const char *
import_col_shown(struct importer *imp, const char *name)
{
	int	j = import_col(imp, name);
	size_t	i;

	for (i = 0; j >= 0 && imp->colmap != NULL && i < imp->nheader; i++)
		if (imp->colmap[i] == j) {
			if (!imp->one)
				return imp->header[i];
			return imp->shown != NULL && imp->shown[i] != NULL ?
			    imp->shown[i] : name;
		}
	return name;
}

static size_t
key_hash(const char *s)
{
	size_t	h = 1469598103934665603ULL & (size_t)-1;

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * (1099511628211ULL & (size_t)-1);
	return h;
}

long
import_keyset_add(struct keyset *k, const char *key, long line)
{
	size_t	i;

	if (k->n * 2 >= k->cap) {
		struct keyset	old = *k;

		k->cap = k->cap ? k->cap * 2 : 1024;
		k->keys = xcalloc(k->cap, sizeof(char *));
		k->lines = xcalloc(k->cap, sizeof(long));
		k->n = 0;
		for (i = 0; i < old.cap; i++)
			if (old.keys[i] != NULL) {
				size_t j = key_hash(old.keys[i]) & (k->cap - 1);

				while (k->keys[j] != NULL)
					j = (j + 1) & (k->cap - 1);
				k->keys[j] = old.keys[i];
				k->lines[j] = old.lines[i];
				k->n++;
			}
		free(old.keys);
		free(old.lines);
	}
	i = key_hash(key) & (k->cap - 1);
	while (k->keys[i] != NULL) {
		if (strcmp(k->keys[i], key) == 0)
			return k->lines[i];
		i = (i + 1) & (k->cap - 1);
	}
	k->keys[i] = xstrdup(key);
	k->lines[i] = line;
	k->n++;
	return 0;
}

static void
keyset_free(struct keyset *k)
{
	size_t	i;

	for (i = 0; i < k->cap; i++)
		free(k->keys[i]);
	free(k->keys);
	free(k->lines);
}

void
import_warn_once(struct importer *imp, const char *fmt, const char *value)
{
	char	*clean, msg[512];

	if (import_keyset_add(&imp->warned, value, 1) != 0 || imp->opt->warn == NULL)
		return;
	clean = text_sanitize(value);
	snprintf(msg, sizeof(msg), fmt, clean);
	free(clean);
	if (imp->pipe != NULL)
		import_pipe_warn(imp, msg);	/* told with its row */
	else
		imp->opt->warn(imp->opt->arg, msg);
}

/* Where each column's :NAME and :has_NAME sit in a statement, worked
 * out once per statement (names are looked up by a linear search). */
static struct param_map *
param_map(struct importer *imp, sqlite3_stmt *stmt)
{
	const struct import_kind	*k = imp->kind;
	struct param_map		*m;
	char				 name[64];
	size_t				 i;

	for (i = 0; i < IMPORT_MAXSTMT; i++)
		if (imp->stmts[i] == stmt)
			break;
	if (i == IMPORT_MAXSTMT)
		msg_fatal("import_bind: statement not in a slot");
	m = &imp->maps[i];
	if (m->stmt == stmt)
		return m;
	free(m->value);
	free(m->has);
	m->stmt = stmt;
	m->value = xcalloc(k->ncols, sizeof(int));
	m->has = xcalloc(k->ncols, sizeof(int));
	for (i = 0; i < k->ncols; i++) {
		snprintf(name, sizeof(name), ":has_%s", k->cols[i].name);
		m->has[i] = sqlite3_bind_parameter_index(stmt, name);
		snprintf(name, sizeof(name), ":%s", k->cols[i].name);
		m->value[i] = sqlite3_bind_parameter_index(stmt, name);
	}
	m->today = sqlite3_bind_parameter_index(stmt, ":today");
	return m;
}

/*
 * Where a row's values go: the parameters of STMT, or, with ROWS, the
 * cells of ROWS's last row, numbered as STMT's parameters are.
 */
static void
put_int(sqlite3_stmt *stmt, struct db_rows *rows, int p, long long v)
{
	if (rows != NULL)
		db_rows_int(rows, p, v);
	else
		sqlite3_bind_int64(stmt, p, v);
}

static void
put_null(sqlite3_stmt *stmt, struct db_rows *rows, int p)
{
	if (rows != NULL)
		db_rows_null(rows, p);
	else
		sqlite3_bind_null(stmt, p);
}

void
import_put(struct importer *imp, sqlite3_stmt *stmt, struct db_rows *rows,
    struct ival *v)
{
	const struct import_kind	*k = imp->kind;
	struct param_map		*m = param_map(imp, stmt);
	size_t				 i;
	int				 p;

	for (i = 0; i < k->ncols; i++) {
		const struct import_col	*c = &k->cols[i];

		if (m->has[i] > 0)
			put_int(stmt, rows, m->has[i], v[i].present);
		if ((p = m->value[i]) == 0)
			continue;
		if (!v[i].known) {
			put_null(stmt, rows, p);
			continue;
		}
		switch (c->type) {
		case FT_BOOL:
		case FT_LICENCE:
		case FT_PARTNER:
			put_int(stmt, rows, p, v[i].id);
			break;
		case FT_LOGIN:
			if (v[i].id != 0)
				put_int(stmt, rows, p, v[i].id);
			else
				put_null(stmt, rows, p);
			break;
		case FT_INT:
		case FT_REAL:
			if (rows != NULL)
				db_rows_double(rows, p, v[i].num);
			else
				sqlite3_bind_double(stmt, p, v[i].num);
			break;
		default:
			if (rows != NULL)
				db_rows_text(rows, p, v[i].text);
			else
				sqlite3_bind_text(stmt, p, v[i].text, -1,
				    SQLITE_STATIC);
			break;
		}
	}
	if (m->today <= 0)
		return;
	if (rows != NULL)
		db_rows_text(rows, m->today, imp->today);
	else
		sqlite3_bind_text(stmt, m->today, imp->today, -1,
		    SQLITE_STATIC);
}

void
import_bind(struct importer *imp, sqlite3_stmt *stmt, struct ival *v)
{
	import_put(imp, stmt, NULL, v);
}

/* ---- rejects ---- */

static void
keep_reject(struct importer *imp, struct csv_row *row)
{
	struct reject	*r;

	if (imp->nrejects == imp->caprejects) {
		imp->caprejects = imp->caprejects ? imp->caprejects * 2 : 64;
		imp->rejects = xreallocarray(imp->rejects, imp->caprejects,
		    sizeof(*imp->rejects));
	}
	r = &imp->rejects[imp->nrejects++];
	r->line = row->line;
	r->nfields = row->nfields;
	r->raw = xstrndup(row->raw, row->rawlen);
	r->error = xstrdup(imp->errors);
}

static void
default_rejects_path(const char *path, char *out, size_t len)
{
	const char	*slash = strrchr(path, '/'), *dot;
	size_t		 stem;

	dot = strrchr(path, '.');
	if (dot == NULL || (slash != NULL && dot < slash) ||
	    (strcasecmp(dot, ".csv") != 0 && strcasecmp(dot, ".txt") != 0))
		stem = strlen(path);
	else
		stem = (size_t)(dot - path);
	snprintf(out, len, "%.*s.rejects.csv", (int)stem, path);
}

/* n delimiters: the empty fields that line a row up with the widest. */
static void
pad_fields(FILE *fp, char d, size_t n)
{
	while (n-- > 0)
		fputc(d, fp);
}

/*
 * The rejects in the input's delimiter and line ends: the header and each
 * rejected row exactly as they were in the input, padded with empty
 * fields to the widest of them (a header ending in Excel's ;; included),
 * then the line number and the errors under their headings, in the
 * user's language.  0600: it holds personal data.
 */
static enum wb_status
write_rejects(struct importer *imp)
{
	const char	*path = imp->res->rejects_path, *eol = imp->in.eol;
	char		 d = imp->in.delim;
	FILE		*fp;
	size_t		 i, width = imp->header_fields;
	int		 fd;

	fd = priv_open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd == -1 || (fp = fdopen(fd, "w")) == NULL) {
		snprintf(imp->res->error, sizeof(imp->res->error),
		    _("cannot write %s: %s"), path, strerror(errno));
		if (fd != -1)
			close(fd);
		return WB_IO;
	}
	if (imp->in.bom || strcmp(imp->in.encoding, "UTF-8") != 0)
		fputs("\xef\xbb\xbf", fp);
	for (i = 0; i < imp->nrejects; i++)
		if (imp->rejects[i].nfields > width)
			width = imp->rejects[i].nfields;
	fputs(imp->header_raw, fp);
	pad_fields(fp, d, width - imp->header_fields + 1);
	/* TRANSLATORS: the heading of the rejects file's column with the
	 * line number of each rejected row in the input. */
	csv_write_field(fp, _("line"), d, 0);
	fputc(d, fp);
	/* TRANSLATORS: the heading of the rejects file's column with the
	 * reasons a row was rejected. */
	csv_write_field(fp, _("error"), d, 0);
	fputs(eol, fp);
	for (i = 0; i < imp->nrejects; i++) {
		struct reject	*r = &imp->rejects[i];

		fputs(r->raw, fp);
		pad_fields(fp, d, width - r->nfields + 1);
		fprintf(fp, "%ld", r->line);
		fputc(d, fp);
		csv_write_field(fp, r->error, d, 0);
		fputs(eol, fp);
	}
	if (fclose(fp) != 0) {
		snprintf(imp->res->error, sizeof(imp->res->error),
		    _("cannot write %s: %s"), path, strerror(errno));
		return WB_IO;
	}
	imp->res->rejects_written = 1;
	return WB_OK;
}

/* ---- the run ---- */

static void
importer_free(struct importer *imp)
{
	size_t	i;

	for (i = 0; i < IMPORT_MAXSTMT; i++) {
		sqlite3_finalize(imp->stmts[i]);
		free(imp->maps[i].value);
		free(imp->maps[i].has);
	}
	for (i = 0; i < SP_COUNT; i++)
		sqlite3_finalize(imp->sp[i]);
	import_batch_free(imp);
	for (i = 0; i < imp->nheader; i++)
		free(imp->header[i]);
	free(imp->header);
	free(imp->header_raw);
	free(imp->colmap);
	free(imp->vals);
	for (i = 0; i < imp->nrow_alloc; i++)
		free(imp->row_alloc[i]);
	free(imp->row_alloc);
	for (i = 0; i < imp->nrejects; i++) {
		free(imp->rejects[i].raw);
		free(imp->rejects[i].error);
	}
	free(imp->rejects);
	keyset_free(&imp->keys);
	keyset_free(&imp->warned);
	import_memo_free(imp);
	free(imp->stored_ids);
	validate_ctx_free(imp->vctx);
	csv_input_free(&imp->in);
}

/*
 * A big import (at least BULK_ROWS rows, and at least half as many as the
 * table holds) drops the secondary indexes of the kind's tables and
 * makes them again at the end, inside the same transaction.
 */
#define BULK_ROWS	20000

static enum wb_status
bulk_begin(struct importer *imp)
{
	char		 sql[128];
	long long	 have;
	long		 lines = imp->nrows;
	enum wb_status	 st;

	imp->indexes = NULL;
	if (imp->kind->bulk_tables == NULL || imp->opt->dry_run)
		return WB_OK;
	if (lines < BULK_ROWS)
		return WB_OK;
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM %s",
	    imp->kind->bulk_tables[0]);
	if ((st = db_query_int(imp->db, sql, &have)) != WB_OK)
		return st;
	if (lines * 2 < have)
		return WB_OK;
	/* Nothing to update or to clash with: new records by the batch. */
	imp->batching = have == 0 && !imp->careful;
	if ((st = db_indexes_suspend(imp->db, imp->kind->bulk_tables,
	    &imp->indexes)) != WB_OK || imp->kind->search == NULL)
		return st;
	return db_triggers_suspend(imp->db, imp->kind->bulk_tables,
	    "%search%", &imp->triggers);
}

static int
id_cmp(const void *a, const void *b)
{
	long long	x = *(const long long *)a, y = *(const long long *)b;

	return x < y ? -1 : x > y;
}

/*
 * The end of a big import: note the records stored in search_dirty, as
 * the search triggers would have row by row (one statement per run of
 * consecutive ids), then make the triggers and indexes again.
 */
static enum wb_status
bulk_end(struct importer *imp, enum wb_status st)
{
	sqlite3_stmt	*s = NULL;
	char		 sql[160];
	size_t		 i, j;
	int		 rc;

	if (st == WB_OK && imp->triggers != NULL && imp->nstored_ids > 0) {
		qsort(imp->stored_ids, imp->nstored_ids, sizeof(long long),
		    id_cmp);
		snprintf(sql, sizeof(sql), "INSERT OR IGNORE INTO search_dirty "
		    "SELECT ?1, id FROM %s WHERE id BETWEEN ?2 AND ?3",
		    imp->kind->search);
		st = db_prepare(imp->db, sql, &s);
		for (i = 0; st == WB_OK && i < imp->nstored_ids; i = j) {
			for (j = i + 1; j < imp->nstored_ids &&
			    imp->stored_ids[j] <= imp->stored_ids[j - 1] + 1;
			    j++)
				;
			sqlite3_bind_text(s, 1, imp->kind->search, -1,
			    SQLITE_STATIC);
			sqlite3_bind_int64(s, 2, imp->stored_ids[i]);
			sqlite3_bind_int64(s, 3, imp->stored_ids[j - 1]);
			rc = sqlite3_step(s);
			sqlite3_reset(s);
			if (rc != SQLITE_DONE)
				st = db_fail(imp->db, _("updating the search "
				    "index"));
		}
		sqlite3_finalize(s);
	}
	/*
	 * Sorting for the indexes runs twice as long with the big page cache
	 * of the connection (db.c): its sort runs are that big.  Only speed
	 * depends on putting it back: best effort.
	 */
	if (st == WB_OK && imp->indexes != NULL &&
	    (st = db_exec(imp->db, "PRAGMA cache_size = -2000")) == WB_OK) {
		st = db_indexes_resume(imp->db, imp->triggers);
		imp->triggers = NULL;
		if (st == WB_OK) {
			st = db_indexes_resume(imp->db, imp->indexes);
			imp->indexes = NULL;
		}
		(void)db_exec(imp->db, "PRAGMA cache_size = " DB_CACHE_SIZE);
	}
	/* Not made again after a failure: the rollback brings them back. */
	db_indexes_free(imp->triggers);
	db_indexes_free(imp->indexes);
	imp->triggers = imp->indexes = NULL;
	return st;
}

/* Forget one pass over the file, to read it again in careful mode. */
static void
importer_reset(struct importer *imp)
{
	size_t	i;

	for (i = 0; i < IMPORT_MAXSTMT; i++) {
		sqlite3_finalize(imp->stmts[i]);
		imp->stmts[i] = NULL;
		free(imp->maps[i].value);
		free(imp->maps[i].has);
		memset(&imp->maps[i], 0, sizeof(imp->maps[i]));
	}
	for (i = 0; i < SP_COUNT; i++) {
		sqlite3_finalize(imp->sp[i]);
		imp->sp[i] = NULL;
	}
	import_batch_free(imp);
	for (i = 0; i < imp->nheader; i++)
		free(imp->header[i]);
	free(imp->header);
	free(imp->header_raw);
	free(imp->colmap);
	imp->header = NULL;
	imp->header_raw = NULL;
	imp->colmap = NULL;
	imp->nheader = 0;
	memset(imp->vals, 0, imp->kind->ncols * sizeof(*imp->vals));
	for (i = 0; i < imp->nrejects; i++) {
		free(imp->rejects[i].raw);
		free(imp->rejects[i].error);
	}
	imp->nrejects = 0;
	keyset_free(&imp->keys);
	memset(&imp->keys, 0, sizeof(imp->keys));
	imp->res->rows = imp->res->stored = imp->res->created = 0;
	imp->res->updated = imp->res->rejected = 0;
	imp->res->error[0] = '\0';
	imp->nstored_ids = 0;
	/* The header's names are new strings now. */
	memset(imp->col_cache, 0, sizeof(imp->col_cache));
	imp->restart = 0;
}

int
import_row_empty(struct csv_row *row)
{
	size_t	i;

	for (i = 0; i < row->nfields; i++)
		if (*import_trim(row->fields[i]) != '\0')
			return 0;
	return 1;
}

static enum wb_status
step_once(struct importer *imp, sqlite3_stmt *stmt)
{
	int	rc = sqlite3_step(stmt);

	sqlite3_reset(stmt);
	return rc == SQLITE_DONE ? WB_OK : db_fail(imp->db, _("savepoint"));
}

void
import_row_check(struct importer *imp, struct csv_row *row)
{
	char		key[512];
	long		first;

	imp->errlen = 0;
	imp->errors[0] = '\0';
	import_parse_row(imp, row);
	if (imp->kind->check != NULL)
		imp->kind->check(imp, imp->vals);
	if (imp->errlen == 0 && imp->kind->key != NULL) {
		imp->kind->key(imp, imp->vals, key, sizeof(key));
		if ((first = import_keyset_add(&imp->keys, key, row->line)) != 0)
			import_error(imp, imp->kind->cols[0].name,
			    _("duplicate of line %ld"), first);
	}
}

enum wb_status
import_row_store(struct importer *imp, struct csv_row *row)
{
	int		created = 0;
	enum wb_status	st;

	if (imp->errlen == 0) {
		/*
		 * Fast path: no savepoint.  A store that fails after writing
		 * something sends the whole import back to start over in
		 * careful mode, with a savepoint around every row.
		 */
		if (imp->careful &&
		    (st = step_once(imp, imp->sp[SP_BEGIN])) != WB_OK)
			return st;
		st = imp->kind->store(imp, imp->vals, &created);
		if (st == WB_OK && imp->errlen == 0) {
			if (imp->careful &&
			    (st = step_once(imp, imp->sp[SP_RELEASE])) != WB_OK)
				return st;
			imp->res->stored++;
			if (imp->triggers != NULL) {
				if (imp->nstored_ids == imp->capstored_ids) {
					imp->capstored_ids = imp->capstored_ids ?
					    imp->capstored_ids * 2 : 1024;
					imp->stored_ids = xreallocarray(
					    imp->stored_ids, imp->capstored_ids,
					    sizeof(long long));
				}
				imp->stored_ids[imp->nstored_ids++] =
				    imp->one_stored;
			}
			if (created)
				imp->res->created++;
			else
				imp->res->updated++;
		} else if (imp->careful) {
			step_once(imp, imp->sp[SP_UNDO]);
			step_once(imp, imp->sp[SP_RELEASE]);
			if (st == WB_IO || st == WB_BUSY || st == WB_DENIED)
				return st;	/* the disk, not the row */
			if (imp->errlen == 0)
				import_error(imp, _("row"), "%s",
				    db_error(imp->db));
		} else if (st != WB_INVALID) {
			if (st == WB_IO || st == WB_BUSY || st == WB_DENIED)
				return st;
			imp->restart = 1;
			return WB_ERROR;
		}
	}
	if (imp->errlen > 0) {
		imp->res->rejected++;
		keep_reject(imp, row);
	}
	return WB_OK;
}

/* One row: parse, check, store inside a savepoint. */
static enum wb_status
import_row(struct importer *imp, struct csv_row *row)
{
	import_row_check(imp, row);
	return import_row_store(imp, row);
}

static enum wb_status
import_file(struct importer *imp)
{
	const struct import_options	*opt = imp->opt;
	struct csv_reader		*r;
	struct csv_row			*row;
	enum wb_status			 st;
	size_t				 i;

	r = csv_reader_new(imp->in.data, imp->in.len, imp->in.delim);
	if ((st = csv_reader_next(r, &row)) != WB_OK) {
		snprintf(imp->res->error, sizeof(imp->res->error), "%s",
		    st == WB_NOT_FOUND ? _("the file is empty") :
		    csv_reader_error(r));
		csv_reader_free(r);
		return WB_INVALID;
	}
	imp->header_raw = xstrndup(row->raw, row->rawlen);
	imp->header_fields = row->nfields;
	if ((st = db_prepare(imp->db, "SAVEPOINT import_row",
	    &imp->sp[SP_BEGIN])) != WB_OK ||
	    (st = db_prepare(imp->db, "RELEASE import_row",
	    &imp->sp[SP_RELEASE])) != WB_OK ||
	    (st = db_prepare(imp->db, "ROLLBACK TO import_row",
	    &imp->sp[SP_UNDO])) != WB_OK ||
	    (st = import_map_header(imp, row)) != WB_OK ||
	    (imp->kind->prepare != NULL &&
	    (st = imp->kind->prepare(imp)) != WB_OK)) {
		if (imp->res->error[0] == '\0')
			snprintf(imp->res->error, sizeof(imp->res->error),
			    "%s", db_error(imp->db));
		csv_reader_free(r);
		return st;
	}
	/* A big import reads and checks on a second core (import-pipe.c);
	 * careful mode, after a store failed half way, runs on one. */
	if (imp->indexes != NULL && !imp->careful &&
	    import_pipe_run(imp, r, &st)) {
		if (st != WB_OK) {
			csv_reader_free(r);
			return st;
		}
		st = WB_NOT_FOUND;
	} else
		st = csv_reader_next(r, &row);
	for (; st == WB_OK; st = csv_reader_next(r, &row)) {
		if (import_row_empty(row))
			continue;
		if (++imp->res->rows > CSV_ROWS_MAX) {
			snprintf(imp->res->error, sizeof(imp->res->error),
			    _("line %ld: more than %ld rows, the most werkbank "
			    "reads at once; split the file"), row->line,
			    CSV_ROWS_MAX);
			csv_reader_free(r);
			return WB_INVALID;
		}
		if ((st = import_row(imp, row)) != WB_OK) {
			snprintf(imp->res->error, sizeof(imp->res->error),
			    "%s", db_error(imp->db));
			csv_reader_free(r);
			return st;
		}
		for (i = 0; i < imp->nrow_alloc; i++)
			free(imp->row_alloc[i]);
		imp->nrow_alloc = 0;
		if (opt->progress != NULL && (imp->res->rows & 4095) == 0)
			opt->progress(opt->arg, imp->res->rows,
			    csv_reader_offset(r), imp->in.len);
	}
	if (st != WB_NOT_FOUND) {
		snprintf(imp->res->error, sizeof(imp->res->error), "%s",
		    csv_reader_error(r));
		csv_reader_free(r);
		return WB_INVALID;
	}
	if ((st = import_batch_flush(imp)) != WB_OK) {
		/* Written half: start over, row by row. */
		imp->restart = 1;
		csv_reader_free(r);
		return st;
	}
	if (opt->progress != NULL)
		opt->progress(opt->arg, imp->res->rows, imp->in.len,
		    imp->in.len);
	if (imp->kind->finish != NULL)
		imp->kind->finish(imp);
	csv_reader_free(r);
	return WB_OK;
}

static enum wb_status
audit(struct importer *imp)
{
	struct json_obj	*o = json_obj_new();
	char		*detail;
	const char	*slash = strrchr(imp->opt->path, '/');
	enum wb_status	 st;

	/* The file name is data: the JSON writer escapes it. */
	json_obj_str(o, "kind", imp->kind->name);
	json_obj_str(o, "file", slash ? slash + 1 : imp->opt->path);
	json_obj_int(o, "rows", imp->res->rows);
	json_obj_int(o, "stored", imp->res->stored);
	json_obj_int(o, "rejected", imp->res->rejected);
	detail = json_obj_end(o);
	st = audit_append(imp->db, imp->opt->login, "import",
	    imp->kind->name, 0, detail);
	free(detail);
	return st;
}

enum wb_status
import_run(struct db *db, const struct import_options *opt,
    struct import_result *res)
{
	struct importer	 imp;
	enum wb_status	 st;
	size_t		 i;
	long		 line;
	int		 days, bulk;

	memset(res, 0, sizeof(*res));
	memset(&imp, 0, sizeof(imp));
	imp.db = db;
	imp.opt = opt;
	imp.res = res;
	for (i = 0; import_kinds[i].name != NULL; i++)
		if (strcmp(import_kinds[i].name, opt->kind) == 0)
			imp.kind = &import_kinds[i];
	if (imp.kind == NULL) {
		snprintf(res->error, sizeof(res->error),
		    _("unknown kind '%s'"), opt->kind);
		return WB_USAGE;
	}
	days = date_today();
	date_format(days, imp.today);
	if (opt->rejects != NULL)
		snprintf(res->rejects_path, sizeof(res->rejects_path), "%s",
		    opt->rejects);
	else
		default_rejects_path(strcmp(opt->path, "-") == 0 ?
		    "stdin.csv" : opt->path, res->rejects_path,
		    sizeof(res->rejects_path));
	if ((st = csv_input_read(opt->path, opt->delim, &imp.in, res->error,
	    sizeof(res->error))) != WB_OK) {
		return st == WB_IO ? WB_IO : WB_INVALID;
	}
	/* Past the limit: refused at once, naming the line, before any of
	 * the work of reading the rows. */
	imp.nrows = csv_count_rows(imp.in.data, imp.in.len, imp.in.delim,
	    CSV_ROWS_MAX, &line);
	if (imp.nrows > CSV_ROWS_MAX) {
		snprintf(res->error, sizeof(res->error), _("line %ld: more "
		    "than %ld rows, the most werkbank reads at once; split the "
		    "file"), line, CSV_ROWS_MAX);
		csv_input_free(&imp.in);
		return WB_INVALID;
	}
	imp.vals = xcalloc(imp.kind->ncols, sizeof(*imp.vals));
	/*
	 * A big import sorts its indexes again at the end (bulk_end), in
	 * temporary files: sorted in memory (the connection's temp_store)
	 * that takes half as long again.  Set outside the transaction, as
	 * SQLite wants; the connection's own setting after.
	 */
	bulk = imp.nrows >= BULK_ROWS && !opt->dry_run;
	if (bulk && (st = db_exec(db, "PRAGMA temp_store = FILE")) != WB_OK) {
		snprintf(res->error, sizeof(res->error), "%s", db_error(db));
		importer_free(&imp);
		return st;
	}
	if ((st = db_begin(db)) != WB_OK) {
		snprintf(res->error, sizeof(res->error), "%s", db_error(db));
		if (bulk)
			(void)db_exec(db, "PRAGMA temp_store = " DB_TEMP_STORE);
		importer_free(&imp);
		return st;
	}
	if ((st = validate_ctx_new(db, &imp.vctx)) == WB_OK &&
	    (st = bulk_begin(&imp)) == WB_OK)
		st = import_file(&imp);
	if (imp.restart) {
		db_rollback(db);
		db_indexes_free(imp.triggers);
		db_indexes_free(imp.indexes);
		imp.triggers = imp.indexes = NULL;
		importer_reset(&imp);
		imp.careful = 1;
		if ((st = db_begin(db)) == WB_OK &&
		    (st = bulk_begin(&imp)) == WB_OK)
			st = import_file(&imp);
	}
	st = bulk_end(&imp, st);
	if (st == WB_OK && opt->strict && res->rejected > 0) {
		snprintf(res->error, sizeof(res->error), ngettext("%ld row "
		    "rejected; --strict stores nothing",
		    "%ld rows rejected; --strict stores nothing",
		    res->rejected), res->rejected);
		st = WB_ERROR;
	}
	if (st == WB_OK && !opt->dry_run)
		st = audit(&imp);
	if (st != WB_OK && res->error[0] == '\0')
		snprintf(res->error, sizeof(res->error), "%s", db_error(db));
	if (st == WB_OK && !opt->dry_run) {
		if ((st = db_commit(db)) != WB_OK)
			snprintf(res->error, sizeof(res->error), "%s",
			    db_error(db));
	} else
		db_rollback(db);
	/* Only the speed of what follows depends on it: best effort. */
	if (bulk)
		(void)db_exec(db, "PRAGMA temp_store = " DB_TEMP_STORE);
	/* Rejects: written unless it is a dry run without --rejects. */
	if (res->rejected > 0 && (!opt->dry_run || opt->rejects != NULL) &&
	    (st == WB_OK || (opt->strict && st == WB_ERROR))) {
		enum wb_status wst = write_rejects(&imp);

		if (wst != WB_OK && st == WB_OK)
			st = wst;
	}
	importer_free(&imp);
	if (st != WB_OK) {
		res->stored = res->created = res->updated = 0;
		return st;
	}
	return res->rejected > 0 ? WB_PARTIAL : WB_OK;
}

/*
 * An importer of one record of kind, not a file (import_one,
 * import_check_value): dated today, with room for a row's values.
 * WB_USAGE for an unknown kind; else importer_free it after.
 */
static enum wb_status
importer_one(struct importer *imp, struct import_options *opt,
    struct import_result *res, struct db *db, const char *kind)
{
	memset(opt, 0, sizeof(*opt));
	memset(res, 0, sizeof(*res));
	memset(imp, 0, sizeof(*imp));
	opt->kind = kind;
	opt->path = "-";
	imp->db = db;
	imp->opt = opt;
	imp->res = res;
	imp->one = 1;
	if ((imp->kind = import_kind_find(kind)) == NULL)
		return db_set_error(db, WB_USAGE, _("unknown kind '%s'"), kind);
	date_format(date_today(), imp->today);
	imp->vals = xcalloc(imp->kind->ncols, sizeof(*imp->vals));
	return WB_OK;
}

enum wb_status
import_check_value(struct db *db, const char *kind, const char *name,
    const char *value, char *err, size_t errlen)
{
	struct import_options	 opt;
	struct import_result	 res;
	struct importer		 imp;
	struct csv_row		 row;
	enum wb_status		 st;
	size_t			 j;

	err[0] = '\0';
	if ((st = importer_one(&imp, &opt, &res, db, kind)) != WB_OK)
		return st;
	for (j = 0; j < imp.kind->ncols; j++)
		if (strcmp(imp.kind->cols[j].name, name) == 0)
			break;
	if (j == imp.kind->ncols) {
		importer_free(&imp);
		return db_set_error(db, WB_USAGE, _("unknown column '%s'"),
		    name);
	}
	/* A header of this one column, mapped by hand: the required
	 * columns a whole row needs are not asked for here. */
	imp.nheader = 1;
	imp.header = xcalloc(2, sizeof(char *));
	imp.header[0] = xstrdup(name);
	imp.colmap = xcalloc(2, sizeof(int));
	imp.colmap[0] = (int)j;
	imp.vals[j].present = 1;
	row.line = 1;
	row.nfields = 1;
	row.fields = xcalloc(2, sizeof(char *));
	row.fields[0] = xstrdup(value);
	if ((st = validate_ctx_new(db, &imp.vctx)) == WB_OK) {
		import_parse_row(&imp, &row);
		if (imp.errlen > 0) {
			snprintf(err, errlen, "%s", imp.errors);
			st = WB_INVALID;
		}
	}
	free(row.fields[0]);
	free(row.fields);
	importer_free(&imp);
	return st;
}

const struct import_kind *
import_kind_find(const char *name)
{
	size_t	i;

	for (i = 0; import_kinds[i].name != NULL; i++)
		if (strcmp(import_kinds[i].name, name) == 0)
			return &import_kinds[i];
	return NULL;
}

enum wb_status
import_one(struct db *db, const char *kind, const char *const *names,
    const char *const *shown, const char *const *values, size_t n,
    long long id, long long *out, char *err, size_t errlen)
{
	struct import_options	 opt;
	struct import_result	 res;
	struct importer		 imp;
	struct csv_row		 row;
	enum wb_status		 st;
	size_t			 i;
	int			 created = 0;

	*out = 0;
	err[0] = '\0';
	if ((st = importer_one(&imp, &opt, &res, db, kind)) != WB_OK)
		return st;
	imp.one_id = id;
	imp.shown = shown;
	row.line = 1;
	row.nfields = n;
	row.fields = xcalloc(n + 1, sizeof(char *));
	for (i = 0; i < n; i++)
		row.fields[i] = xstrdup(names[i]);
	if ((st = validate_ctx_new(db, &imp.vctx)) != WB_OK)
		goto done;
	if ((st = import_map_header(&imp, &row)) != WB_OK) {
		snprintf(err, errlen, "%s", res.error);
		goto done;
	}
	if (imp.kind->prepare != NULL &&
	    (st = imp.kind->prepare(&imp)) != WB_OK)
		goto done;
	for (i = 0; i < n; i++) {
		free(row.fields[i]);
		row.fields[i] = xstrdup(values[i]);
	}
	import_parse_row(&imp, &row);
	if (imp.kind->check != NULL)
		imp.kind->check(&imp, imp.vals);
	if (imp.errlen == 0) {
		st = imp.kind->store(&imp, imp.vals, &created);
		if (st == WB_INVALID && imp.errlen == 0)
			imp.errlen = (size_t)snprintf(imp.errors,
			    sizeof(imp.errors), "%s", db_error(db));
	}
	if (imp.errlen > 0) {
		snprintf(err, errlen, "%s", imp.errors);
		st = imp.one_exists ? WB_EXISTS : WB_INVALID;
		goto done;
	}
	if (st == WB_OK)
		*out = imp.one_stored;
done:
	for (i = 0; i < n; i++)
		free(row.fields[i]);
	free(row.fields);
	importer_free(&imp);
	return st;
}
