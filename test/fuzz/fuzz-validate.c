/*
 * fuzz-validate.c: libFuzzer target for the validators a form and the
 * importer share (validate.c): numbers as hours (0 to 48) and as a
 * percentage (0 to 100), whole numbers, postcodes, municipality codes,
 * dates, CEFR levels.  Beyond "no crash": an accepted value is finite and
 * in range and validates again to the same value from its normalized
 * form; a postcode keeps its four digits; every error message is safe
 * text that fits its buffer.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "werkbank/date.h"
#include "werkbank/db.h"
#include "werkbank/num.h"
#include "werkbank/refdata.h"
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
	if ((fd = mkstemp(path)) == -1)
		abort();
	close(fd);
	unlink(path);
	if (db_open(&db, path, DB_OPEN_CREATE) != WB_OK ||
	    db_begin(db) != WB_OK || refdata_load(db, NULL) != WB_OK ||
	    db_commit(db) != WB_OK || validate_ctx_new(db, &vctx) != WB_OK)
		abort();
	db_close(db);
	unlink(path);
	return 0;
}

/* An error message: terminated inside VERR and safe to print. */
static void
check_err(const char *err)
{
	if (memchr(err, '\0', VERR) == NULL ||
	    validate_text(err, 0, VERR, (char[VERR]){ 0 }) != WB_OK)
		abort();
}

static void
number(const char *s, double min, double max)
{
	char	err[VERR], again[64];
	double	v, w;

	err[0] = '\0';
	if (validate_number(s, min, max, &v, err) != WB_OK) {
		check_err(err);
		return;
	}
	if (!isfinite(v) || v < min || v > max)
		abort();
	/* What werkbank writes back (CSV export, a form) reads in again. */
	num_format_c(v, 9, again, sizeof(again));
	if (validate_number(again, min, max, &w, err) != WB_OK ||
	    fabs(w - v) > (fabs(v) >= 9e6 ? 1 : 1e-9))
		abort();
	num_format(v, 2, again, sizeof(again));
	if (num_parse(again, &w) != NUM_OK)
		abort();
}

static void
whole(const char *s)
{
	char	err[VERR], again[32];
	long	v, w;

	err[0] = '\0';
	if (validate_int(s, -100, 100, &v, err) != WB_OK) {
		check_err(err);
		return;
	}
	if (v < -100 || v > 100)
		abort();
	snprintf(again, sizeof(again), "%ld", v);
	if (validate_int(again, -100, 100, &w, err) != WB_OK || w != v)
		abort();
}

static void
postcode(const char *s)
{
	char	err[VERR], out[5], again[5];
	size_t	n = strlen(s), i;

	err[0] = '\0';
	memset(out, 'x', sizeof(out));
	if (validate_postcode(vctx, s, out, err) != WB_OK) {
		check_err(err);
		return;
	}
	/* 7941, "7941 " (callers trim; harmless), 7941AB, 7941 AB. */
	if (n < 4 || n > 7 || (n == 5 && s[4] != ' '))
		abort();
	if (out[4] != '\0' || memcmp(out, s, 4) != 0 || out[0] == '0')
		abort();
	for (i = 0; i < 4; i++)
		if (out[i] < '0' || out[i] > '9')
			abort();
	if (validate_postcode(vctx, out, again, err) != WB_OK ||
	    strcmp(again, out) != 0)
		abort();
}

static void
others(const char *s)
{
	char		 err[VERR], out[11], again[11];
	const char	*canon;
	int		 days, b;

	err[0] = '\0';
	if (validate_date(s, out, err) == WB_OK) {
		if (date_parse(out, &days) != WB_OK ||
		    validate_date(out, again, err) != WB_OK ||
		    strcmp(again, out) != 0)
			abort();
	} else
		check_err(err);
	if (validate_municipality(vctx, s, out, err) == WB_OK) {
		if (strlen(out) != 4 || strspn(out, "0123456789") != 4 ||
		    validate_municipality(vctx, out, again, err) != WB_OK ||
		    strcmp(again, out) != 0)
			abort();
	} else
		check_err(err);
	if (validate_cefr(s, out, err) == WB_OK) {
		if (strlen(out) != 2 || validate_cefr(out, again, err) != WB_OK)
			abort();
	} else
		check_err(err);
	if (validate_bool(s, &b, err) == WB_OK) {
		if (b != 0 && b != 1)
			abort();
	} else
		check_err(err);
	if (validate_enum(s, validate_instruments, &canon, err) != WB_OK)
		check_err(err);
	if (validate_isco(vctx, s, err) != WB_OK)
		check_err(err);
	if (validate_email(s, err) != WB_OK)
		check_err(err);
	if (validate_phone(s, err) != WB_OK)
		check_err(err);
	(void)validate_looks_like_bsn(s);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	*s;

	s = xmalloc(size + 1);
	memcpy(s, data, size);
	s[size] = '\0';
	number(s, 0, 48);	/* hours a week */
	number(s, 0, 100);	/* a percentage (lks:NN) */
	number(s, -1e9, 1e9);
	whole(s);
	postcode(s);
	others(s);
	free(s);
	return 0;
}
