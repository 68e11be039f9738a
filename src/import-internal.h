/*
 * import-internal.h: what import.c (reading, checking, rejects) and
 * import-kinds.c (the column table and the store function of each kind)
 * share.  Not a public header: nothing outside the importer uses it.
 */
#ifndef WERKBANK_IMPORT_INTERNAL_H
#define WERKBANK_IMPORT_INTERNAL_H

#include <stddef.h>

#include "werkbank/db.h"
#include "werkbank/rows.h"
#include "werkbank/validate.h"

enum ftype {
	FT_TEXT,	/* one line of text */
	FT_MULTILINE,	/* free text that may hold newlines and TABs */
	FT_KEY,		/* a record's reference */
	FT_ENUM,	/* one of col->values */
	FT_ENUMS,	/* |-separated values of col->values */
	FT_TAGS,	/* |-separated free tags, lower-cased */
	FT_BOOL,
	FT_INT,
	FT_REAL,
	FT_DATE,
	FT_POSTCODE,	/* -> PC4 */
	FT_ISCO,
	FT_OCCUPATIONS,	/* 8344:3|9333 */
	FT_INSTRUMENTS,	/* lks:40|jobcoach */
	FT_EDUCATION,
	FT_CEFR,
	FT_PARTNER,	/* code -> id */
	FT_LOGIN,	/* login -> user id, unknown logins warned about */
	FT_MUNICIPALITY,
	FT_EMAIL,
	FT_PHONE,
	FT_LICENCE,	/* a boolean: yes/no, or B, rijbewijs B, geen ... */
};

#define COL_REQUIRED	0x01

struct import_col {
	const char		 *name;		/* English header */
	const char		 *aliases;	/* Dutch headers, |-separated */
	unsigned		  flags;
	enum ftype		  type;
	const char *const	 *values;	/* FT_ENUM, FT_ENUMS */
	double			  min, max;	/* FT_INT, FT_REAL */
};

/* One parsed value of the current row. */
struct ival {
	int		 present;	/* the file has this column */
	int		 known;		/* ... and the row a value in it */
	const char	*text;		/* normalized text */
	double		 num;		/* FT_REAL, FT_INT */
	long long	 id;		/* FT_BOOL, FT_PARTNER, FT_LOGIN */
	char		 buf[16];
	char		*items[64];	/* list types: the items */
	double		 item_num[64];	/* years / percentage; < 0: none */
	size_t		 nitems;
};

struct importer;

struct import_kind {
	const char		 *name;
	const struct import_col	 *cols;
	size_t			  ncols;
	/* Cross-field checks and the key; append errors with import_error. */
	void			(*check)(struct importer *, struct ival *);
	/* The key that must be unique in the file (NULL: none). */
	void			(*key)(struct importer *, struct ival *,
				    char *buf, size_t len);
	enum wb_status		(*prepare)(struct importer *);
	/*
	 * Store one valid row; *created tells new from updated.  Return
	 * WB_INVALID (with import_error) only when nothing was written yet:
	 * any other failure makes the importer start over with a savepoint
	 * around every row.
	 */
	enum wb_status		(*store)(struct importer *, struct ival *,
				    int *created);
	void			(*finish)(struct importer *);
	/* The INSERT ends ON CONFLICT DO NOTHING: try it before the find. */
	int			  insert_first;
	/* Tables whose secondary indexes a big import rebuilds at the end. */
	const char *const	 *bulk_tables;
	/*
	 * The search_dirty kind of the records (their table), whose search
	 * triggers on bulk_tables a big import drops: it notes the records
	 * it stored at the end instead, as the triggers would have.
	 */
	const char		 *search;
};

extern const struct import_kind import_kinds[];

/*
 * The employer a row names, as vacancies and ratings find it: ?1 the
 * name folded (import_name_key), ?2 the PC4; name + PC4, else the only
 * employer of that name.
 */
extern const char import_find_employer_sql[];

/* import-contacts.c: the contacts of partners' CRM exports. */
#define IMPORT_CONTACT_NCOLS	13
extern const struct import_col import_contact_cols[IMPORT_CONTACT_NCOLS];
void		 import_contact_check(struct importer *, struct ival *);
void		 import_contact_key(struct importer *, struct ival *,
		    char *buf, size_t len);
enum wb_status	 import_contact_prepare(struct importer *);
enum wb_status	 import_contact_store(struct importer *, struct ival *,
		    int *created);

/* Add "FIELD: reason" to the current row's errors. */
void		 import_error(struct importer *, const char *field,
		    const char *fmt, ...) __attribute__((format(printf, 3, 4)));
struct db	*import_db(struct importer *);
const struct import_kind *import_kind(struct importer *);
const struct validate_ctx *import_vctx(struct importer *);
/* Statement slots for the kind's prepared statements (finalized by the
 * importer).  N is 0..IMPORT_MAXSTMT-1. */
#define IMPORT_MAXSTMT	16
sqlite3_stmt	**import_stmt(struct importer *, int n);
/* Bind every :NAME and :has_NAME parameter of stmt from the row. */
void		 import_bind(struct importer *, sqlite3_stmt *, struct ival *);
/* The same values into the last row of ROWS instead (NULL: bind them),
 * each in the cell numbered as its parameter in stmt. */
void		 import_put(struct importer *, sqlite3_stmt *,
		    struct db_rows *, struct ival *);

/*
 * import-batch.c: a big import into an empty table stores its new records
 * by the batch.  Batch N (0..IMPORT_BATCHES-1) takes the rows the per-row
 * INSERT in statement slot SLOT would write, and writes them with one
 * INSERT ... SELECT ... FROM wb_rows(?) (the same SQL, its parameters read
 * from cells).  imp->batching says whether the kind's store may use them.
 */
#define IMPORT_BATCHES	6
#define IMPORT_BATCH_ROWS	128
enum wb_status	 import_batch_prepare(struct importer *, int n, int slot);
/* A new row of batch N to fill (db_rows_*, import_put). */
struct db_rows	*import_batch_add(struct importer *, int n);
/* Write every batch, in order, and empty them; a failure is the db's. */
enum wb_status	 import_batch_flush(struct importer *);
/* Whether batch 0 holds IMPORT_BATCH_ROWS rows. */
int		 import_batch_full(struct importer *);
/* Drop the batches and their statements (at the end, or to start over). */
void		 import_batch_free(struct importer *);
/* Today as YYYY-MM-DD. */
const char	*import_today(struct importer *);
/* Tell the user once per distinct value (e.g. an unknown login). */
void		 import_warn_once(struct importer *, const char *fmt,
		    const char *value);
/* Index of a column of the current kind by name. */
int		 import_col(struct importer *, const char *name);
/*
 * A column as the user knows it, for a message: the header the file
 * gave it (import_one: its shown name), else its name.
 */
const char	*import_col_shown(struct importer *, const char *name);
/* An employer's name folded for its key: lower-cased, spaces folded. */
void		 import_name_key(const char *, char *out, size_t len);
/* The kind of this name ("candidates", ...), or NULL. */
const struct import_kind *import_kind_find(const char *name);

/*
 * One record through the importer's parsing, checks and store, in the
 * caller's transaction (record.c's editing uses it, so a form and a file
 * meet the same rules and messages): names[i] = values[i] as if a
 * one-row file had the header names; a message about another field
 * than its own names that one as shown[i] has it (the form's label, or
 * what the user typed; shown may be NULL).  id != 0 updates that record (its
 * key columns stay as they are: the kinds' UPDATEs do not set them);
 * id == 0 creates one and gives WB_EXISTS when its key is taken.
 * WB_INVALID with "field: reason; field: reason" in err; WB_OK and *out
 * the record's id.
 */
enum wb_status	 import_one(struct db *, const char *kind,
		    const char *const *names, const char *const *shown,
		    const char *const *values, size_t n, long long id,
		    long long *out, char *err, size_t errlen);

/*
 * One value of one column through the importer's parsing and checks,
 * without the row's cross-field checks and without storing (a form
 * checks a field as the user leaves it): WB_OK, or WB_INVALID with the
 * import's "field: reason" in err.
 */
enum wb_status	 import_check_value(struct db *, const char *kind,
		    const char *name, const char *value, char *err,
		    size_t errlen);

/*
 * import-leave.c: the candidates' left_on and leave_reason (outflow.h).
 * _check is the row's own check (a day in the future, a day with a
 * status in the pool); _prepare makes the statements in slots `read`
 * and `write`; _before checks the row against the stored record before
 * anything is written (WB_INVALID with the errors added); _store puts
 * the leave on the record id after its upsert.
 */
void		 import_leave_check(struct importer *, struct ival *);
enum wb_status	 import_leave_prepare(struct importer *, int read, int write);
enum wb_status	 import_leave_before(struct importer *, struct ival *,
		    int read);
enum wb_status	 import_leave_store(struct importer *, struct ival *,
		    long long id, int write);

/* ---- shared by import.c and import-parse.c only ---- */

#include "werkbank/csv.h"
#include "werkbank/import.h"

#define FIELD_LEN_MAX	CSV_FIELD_MAX

/* A rejected row, kept until the end (it is written only if wanted). */
struct reject {
	long	  line;
	char	 *raw;		/* the record as it was in the input */
	size_t	  nfields;
	char	 *error;
};

/* Keys seen in this file -> the line they were on (open addressing). */
struct keyset {
	char	**keys;
	long	 *lines;
	size_t	  cap, n;
};

/*
 * Values of closed sets already parsed in this file (column, text ->
 * result): a million rows hold a handful of distinct words, and the
 * vocabulary's lookup folds every spelling of the set each time.  Only
 * values that parsed are kept; at most IMPORT_MEMO_MAX of them.
 */
#define IMPORT_MEMO_MAX	2048
struct memo_entry {
	char		*key;
	int		 col;
	int		 b;		/* FT_BOOL, FT_LICENCE */
	const char	*canon;		/* FT_ENUM(S), FT_EDUCATION */
	char		 buf[4];	/* FT_CEFR */
};

/* import_col's answers, by the address of the name asked. */
#define IMPORT_COL_CACHE	64
struct col_cache {
	const char	*name;
	int		 col;
};

struct param_map {
	sqlite3_stmt	*stmt;
	int		*value, *has;	/* per column; 0: not in the SQL */
	int		 today;
};

/* Savepoint statements around each row. */
enum { SP_BEGIN, SP_RELEASE, SP_UNDO, SP_COUNT };

struct importer {
	struct db			*db;
	const struct import_options	*opt;
	const struct import_kind	*kind;
	struct import_result		*res;
	struct validate_ctx		*vctx;
	struct csv_input		 in;
	char				**header;
	size_t				 nheader;
	char				*header_raw;	/* as in the input */
	size_t				 header_fields;	/* with Excel's ;; */
	long				 nrows;		/* csv_count_rows */
	int				*colmap;	/* header idx -> col or -1 */
	struct ival			*vals;		/* per kind column */
	sqlite3_stmt			*stmts[IMPORT_MAXSTMT];
	struct param_map		 maps[IMPORT_MAXSTMT];
	sqlite3_stmt			*sp[SP_COUNT];
	char				 errors[2048];
	size_t				 errlen;
	char				**row_alloc;	/* freed after each row */
	size_t				 nrow_alloc, caprow_alloc;
	struct keyset			 keys;
	struct reject			*rejects;
	size_t				 nrejects, caprejects;
	struct keyset			 warned;
	struct import_pipe		*pipe;		/* checking thread's */
	struct col_cache		 col_cache[IMPORT_COL_CACHE];
	long long			 next_id;	/* a kind's next new id */
	int				 next_id_param;	/* ... its ?; 0: rowid's */
	struct memo_entry		*memo;		/* 2 * IMPORT_MEMO_MAX */
	size_t				 nmemo;
	char				 today[11];
	int				 careful;	/* a savepoint per row */
	struct db_indexes		*indexes;	/* dropped for a big import */
	struct db_indexes		*triggers;	/* ... and these */
	long long			*stored_ids;	/* ... so these are noted */
	size_t				 nstored_ids, capstored_ids;
	int				 restart;	/* store failed half way */
	int				 batching;	/* import-batch.c */
	struct db_rows			*batch[IMPORT_BATCHES];
	sqlite3_stmt			*batch_sql[IMPORT_BATCHES];
	/* import_one: update this record (0: create one) ... */
	long long			 one_id;
	int				 one;		/* 1 inside import_one */
	int				 one_exists;	/* create: the key is taken */
	long long			 one_stored;	/* the record stored */
	const char *const		*shown;		/* import_one's names */
};


/* Trim spaces, TABs and no-break spaces in place; returns the start. */
char		*import_trim(char *);
/* Map the header row to the kind's columns; fatal errors in res->error. */
enum wb_status	 import_map_header(struct importer *, struct csv_row *);
/* Parse one row into imp->vals, errors into imp->errors. */
void		 import_parse_row(struct importer *, struct csv_row *);
/* A copy freed after the current row. */
char		*import_row_strdup(struct importer *, const char *, size_t);
/*
 * A row in two halves (import.c): _check parses and checks it into
 * imp->vals and imp->errors (no SQL: import_resolve_title for that);
 * _store stores it if it has no errors, else keeps it for the rejects.
 */
void		 import_row_check(struct importer *, struct csv_row *);
enum wb_status	 import_row_store(struct importer *, struct csv_row *);
/* A row of nothing but blanks (skipped, not counted). */
int		 import_row_empty(struct csv_row *);
/*
 * import-pipe.c: read and check the rows of a big import on a second
 * thread while this one stores them (SQLite stays on this thread), from
 * the reader past the header.  0 when no thread could be started (nothing
 * read); else *st is WB_OK, or the import's fatal status with res->error
 * set.
 */
int		 import_pipe_run(struct importer *, struct csv_reader *,
		    enum wb_status *st);
/* A job title -> its ISCO code (record_occupation_resolve), on the
 * thread that owns the database. */
enum wb_status	 import_resolve_title(struct importer *, const char *typed,
		    char isco[5], char *err, size_t errlen);
/* A warning of the checking thread, told when its row is stored. */
void		 import_pipe_warn(struct importer *, const char *msg);
/* Forget the memo of parsed values (import-parse.c). */
void		 import_memo_free(struct importer *);
/* The line a key was first seen on, or 0 after adding it. */
long		 import_keyset_add(struct keyset *, const char *key, long line);

#endif
