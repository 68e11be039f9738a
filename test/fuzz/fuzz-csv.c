/*
 * fuzz-csv.c: libFuzzer target for what a partner's file goes through
 * before anything is stored: encoding detection and conversion, the
 * delimiter, the CSV reader, and every validator and the sanitizer on
 * every field.  Beyond "no crash": records come in line order, each
 * record's raw bytes lie in the data, one after another, without a line
 * end at their end, and the quick row count that enforces the row limit
 * never counts fewer rows than the reader gives.  Built by `make fuzz`
 * with clang's -fsanitize=fuzzer.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "werkbank/csv.h"
#include "werkbank/date.h"
#include "werkbank/db.h"
#include "werkbank/refdata.h"
#include "werkbank/text.h"
#include "werkbank/validate.h"
#include "werkbank/xmalloc.h"

int	LLVMFuzzerInitialize(int *, char ***);
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static struct validate_ctx	*vctx;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct db	*db;
	char		 path[] = "/tmp/werkbank-fuzz-XXXXXX";
	int		 fd;

	(void)argc;
	(void)argv;
	/* The validators' lookups come from a real database. */
	if ((fd = mkstemp(path)) == -1)
		abort();
	close(fd);
	unlink(path);
	if (db_open(&db, path, DB_OPEN_CREATE) != WB_OK ||
	    db_begin(db) != WB_OK || refdata_load(db, NULL) != WB_OK ||
	    db_exec(db, "INSERT INTO partner (code, name, kind) VALUES "
	    "('MEP', 'Gemeente Meppel', 'gemeente')") != WB_OK ||
	    db_commit(db) != WB_OK || validate_ctx_new(db, &vctx) != WB_OK)
		abort();
	db_close(db);
	unlink(path);
	return 0;
}

static void
field(const char *s)
{
	char		 err[VERR], out[16], *clean;
	const char	*canon;
	double		 d;
	long		 l;
	long long	 id;
	int		 b, days;

	clean = text_sanitize(s);
	/* Nothing unsafe survives the sanitizer. */
	if (validate_text(clean, 0, (size_t)-1, err) != WB_OK)
		abort();
	(void)text_width(clean);
	free(clean);
	(void)validate_text(s, 1, CSV_FIELD_MAX, err);
	(void)validate_looks_like_bsn(s);
	if (validate_date(s, out, err) == WB_OK &&
	    date_parse(out, &days) != WB_OK)
		abort();	/* a normalized date must parse again */
	if (validate_number(s, -1e9, 1e9, &d, err) == WB_OK && !isfinite(d))
		abort();
	(void)validate_int(s, -100, 100, &l, err);
	(void)validate_bool(s, &b, err);
	(void)validate_enum(s, validate_target_groups, &canon, err);
	(void)validate_postcode(vctx, s, out, err);
	(void)validate_isco(vctx, s, err);
	(void)validate_education(vctx, s, &canon, err);
	(void)validate_cefr(s, out, err);
	(void)validate_municipality(vctx, s, out, err);
	(void)validate_partner(vctx, s, &id, err);
	(void)validate_email(s, err);
	(void)validate_phone(s, err);
}

/* Nothing but what the importer trims. */
static int
blank(const char *s)
{
	size_t	n;

	while ((n = csv_blank_len(s)) > 0)
		s += n;
	return *s == '\0';
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct csv_input	 in;
	struct csv_reader	*r;
	struct csv_row		*row;
	char			 err[512], *raw;
	const char		*end = NULL;
	size_t			 i;
	long			 last = 0, rows = -1, counted, at;

	raw = xmalloc(size + 1);
	memcpy(raw, data, size);
	if (csv_input_take(raw, size, 0, &in, err, sizeof(err)) != WB_OK)
		return 0;
	r = csv_reader_new(in.data, in.len, in.delim);
	while (csv_reader_next(r, &row) == WB_OK) {
		/* Records come in order of their physical lines. */
		if (row->line < last)
			abort();
		last = row->line;
		if (row->raw < in.data || row->raw + row->rawlen >
		    in.data + in.len || (end != NULL && row->raw < end) ||
		    (row->rawlen > 0 && row->raw[row->rawlen - 1] == '\n'))
			abort();
		end = row->raw + row->rawlen;
		for (i = 0; i < row->nfields; i++)
			field(row->fields[i]);
		for (i = 0; i < row->nfields; i++)
			if (!blank(row->fields[i]))
				break;
		/* The rows after the header that are not all blank. */
		if (rows < 0 || i < row->nfields)
			rows++;
	}
	counted = csv_count_rows(in.data, in.len, in.delim, 1000000, &at);
	if (csv_reader_error(r)[0] == '\0' && counted < rows)
		abort();
	csv_reader_free(r);
	csv_input_free(&in);
	return 0;
}
