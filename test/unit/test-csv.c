/*
 * test-csv.c: the CSV reader: records, quoting, line numbers of records
 * that span lines, strictness and limits.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/csv.h"

/* Read all of s; return the reader positioned after the first n rows. */
static struct csv_reader *
reader(const char *s, char delim)
{
	return csv_reader_new(s, strlen(s), delim);
}

static struct csv_row *
next_ok(struct csv_reader *r)
{
	struct csv_row	*row = NULL;
	enum wb_status	 st = csv_reader_next(r, &row);

	if (st != WB_OK)
		fail_msg("csv_reader_next: status %d, error '%s'", (int)st,
		    csv_reader_error(r));
	assert_non_null(row);
	return row;
}

static void
expect_end(struct csv_reader *r)
{
	struct csv_row	*row;

	assert_int_equal(csv_reader_next(r, &row), WB_NOT_FOUND);
	/* ...and stays at the end. */
	assert_int_equal(csv_reader_next(r, &row), WB_NOT_FOUND);
}

/* The next call fails with WB_INVALID naming "line N". */
static void
expect_error(struct csv_reader *r, long line)
{
	struct csv_row	*row;
	char		 want[32];

	assert_int_equal(csv_reader_next(r, &row), WB_INVALID);
	snprintf(want, sizeof(want), "line %ld:", line);
	if (strstr(csv_reader_error(r), want) == NULL)
		fail_msg("error '%s' does not name %s", csv_reader_error(r),
		    want);
	/* An error is final. */
	assert_int_equal(csv_reader_next(r, &row), WB_INVALID);
}

static void
expect_row(struct csv_reader *r, long line, size_t n, ...)
{
	struct csv_row	*row = next_ok(r);
	va_list		 ap;
	size_t		 i;

	assert_int_equal(row->line, line);
	assert_int_equal(row->nfields, n);
	va_start(ap, n);
	for (i = 0; i < n; i++)
		assert_string_equal(row->fields[i], va_arg(ap, const char *));
	va_end(ap);
}

static void
test_simple(void **state)
{
	struct csv_reader	*r = reader("code,name\nMEP,Meppel\nUWV,UWV Drenthe\n", ',');

	(void)state;
	expect_row(r, 1, 2, "code", "name");
	expect_row(r, 2, 2, "MEP", "Meppel");
	expect_row(r, 3, 2, "UWV", "UWV Drenthe");
	expect_end(r);
	csv_reader_free(r);
}

static void
test_empty_input(void **state)
{
	struct csv_reader	*r = reader("", ',');

	(void)state;
	expect_end(r);
	csv_reader_free(r);
	csv_reader_free(NULL);
}

static void
test_no_final_newline(void **state)
{
	struct csv_reader	*r = reader("a,b\n1,2", ',');

	(void)state;
	expect_row(r, 1, 2, "a", "b");
	expect_row(r, 2, 2, "1", "2");
	expect_end(r);
	csv_reader_free(r);
}

static void
test_crlf(void **state)
{
	struct csv_reader	*r = reader("a,b\r\n1,2\r\n\"x\r\ny\",3\r\n4,5\r\n", ',');

	(void)state;
	expect_row(r, 1, 2, "a", "b");
	expect_row(r, 2, 2, "1", "2");
	expect_row(r, 3, 2, "x\r\ny", "3");
	expect_row(r, 5, 2, "4", "5");
	expect_end(r);
	csv_reader_free(r);
}

/* A record with quoted newlines reports the line it starts on. */
static void
test_quoted_newlines(void **state)
{
	struct csv_reader	*r = reader(
	    "ref,note\n"
	    "K1,\"two\nlines\"\n"
	    "K2,plain\n"
	    "K3,\"three\nlong\nlines\"\n"
	    "\"K\n4\",x\n"
	    "K5,end\n", ',');

	(void)state;
	expect_row(r, 1, 2, "ref", "note");
	expect_row(r, 2, 2, "K1", "two\nlines");
	expect_row(r, 4, 2, "K2", "plain");
	expect_row(r, 5, 2, "K3", "three\nlong\nlines");
	expect_row(r, 8, 2, "K\n4", "x");
	expect_row(r, 10, 2, "K5", "end");
	expect_end(r);
	csv_reader_free(r);
}

static void
test_quotes(void **state)
{
	struct csv_reader	*r = reader(
	    "\"he said \"\"hi\"\"\",x\n"
	    "\"a,b\",\"\"\n"
	    "\"\"\"\",\"semi;colon\"\n", ',');

	(void)state;
	expect_row(r, 1, 2, "he said \"hi\"", "x");
	expect_row(r, 2, 2, "a,b", "");
	expect_row(r, 3, 2, "\"", "semi;colon");
	expect_end(r);
	csv_reader_free(r);
}

static void
test_empty_fields(void **state)
{
	struct csv_reader	*r = reader("a,,c\n,,\n,x\n", ',');

	(void)state;
	expect_row(r, 1, 3, "a", "", "c");
	expect_row(r, 2, 3, "", "", "");
	expect_row(r, 3, 2, "", "x");
	expect_end(r);
	csv_reader_free(r);
}

/* A blank line is no record, but it is a line: numbers after it count it. */
static void
test_blank_lines(void **state)
{
	struct csv_reader	*r = reader("a,b\n\n1,2\n\r\n3,4\n", ',');

	(void)state;
	expect_row(r, 1, 2, "a", "b");
	expect_row(r, 3, 2, "1", "2");
	expect_row(r, 5, 2, "3", "4");
	expect_end(r);
	csv_reader_free(r);
}

static void
test_semicolon_and_tab(void **state)
{
	struct csv_reader	*r = reader("naam;uren\nJansen;2,5\n\"a;b\";x\n", ';');

	(void)state;
	expect_row(r, 1, 2, "naam", "uren");
	expect_row(r, 2, 2, "Jansen", "2,5");
	expect_row(r, 3, 2, "a;b", "x");
	expect_end(r);
	csv_reader_free(r);

	r = reader("a\tb,c\n1\t2\n", '\t');
	expect_row(r, 1, 2, "a", "b,c");
	expect_row(r, 2, 2, "1", "2");
	expect_end(r);
	csv_reader_free(r);
}

static void
test_unterminated_quote(void **state)
{
	struct csv_reader	*r = reader("a,b\n1,2\n\"open,3\n4,5\n6,7\n", ',');

	(void)state;
	expect_row(r, 1, 2, "a", "b");
	expect_row(r, 2, 2, "1", "2");
	expect_error(r, 3);
	csv_reader_free(r);

	r = reader("\"never closed", ',');
	expect_error(r, 1);
	csv_reader_free(r);
}

/* Strict: a quote inside an unquoted field, or text after a closing one. */
static void
test_stray_quotes(void **state)
{
	struct csv_reader	*r = reader("a,b\n1,2\nab\"c,3\n", ',');

	(void)state;
	expect_row(r, 1, 2, "a", "b");
	expect_row(r, 2, 2, "1", "2");
	expect_error(r, 3);
	csv_reader_free(r);

	r = reader("a,b\n\"x\"y,2\n", ',');
	expect_row(r, 1, 2, "a", "b");
	expect_error(r, 2);
	csv_reader_free(r);

	r = reader("a,5\"\n", ',');
	expect_error(r, 1);
	csv_reader_free(r);
}

/* The error names the line of the bad record, after a multi-line one. */
static void
test_error_line_after_multiline(void **state)
{
	struct csv_reader	*r = reader("h\n\"a\nb\nc\"\nx\"y\n", ',');

	(void)state;
	expect_row(r, 1, 1, "h");
	expect_row(r, 2, 1, "a\nb\nc");
	expect_error(r, 5);
	csv_reader_free(r);
}

/* Exactly CSV_FIELD_MAX bytes is accepted. */
static void
test_long_field_limit(void **state)
{
	char			*s = malloc(CSV_FIELD_MAX + 16);
	struct csv_reader	*r;
	struct csv_row		*row;

	(void)state;
	assert_non_null(s);
	strcpy(s, "a,");
	memset(s + 2, 'x', CSV_FIELD_MAX);
	strcpy(s + 2 + CSV_FIELD_MAX, "\nb,c\n");
	r = reader(s, ',');
	row = next_ok(r);
	assert_int_equal(row->line, 1);
	assert_int_equal(row->nfields, 2);
	assert_int_equal(strlen(row->fields[1]), CSV_FIELD_MAX);
	expect_row(r, 2, 2, "b", "c");
	expect_end(r);
	csv_reader_free(r);
	free(s);
}

/* One byte more is an error, reported on the line of that record. */
static void
test_long_field_error(void **state)
{
	char			*s = malloc(CSV_FIELD_MAX + 16);
	struct csv_reader	*r;

	(void)state;
	assert_non_null(s);
	strcpy(s, "h\n");
	memset(s + 2, 'x', CSV_FIELD_MAX + 1);
	strcpy(s + 3 + CSV_FIELD_MAX, "\nnext\n");
	r = reader(s, ',');
	expect_row(r, 1, 1, "h");
	expect_error(r, 2);
	csv_reader_free(r);
	free(s);
}

/* A quoted field over many lines that grows past the limit: the error
 * names the line where its record starts. */
static void
test_long_multiline_field_error(void **state)
{
	size_t			 n = CSV_FIELD_MAX + 10, i;
	char			*s = malloc(n + 16);
	struct csv_reader	*r;

	(void)state;
	assert_non_null(s);
	strcpy(s, "h\n\"");
	memset(s + 3, 'y', n - 4);
	for (i = 100; i < n - 4; i += 100)
		s[3 + i] = '\n';
	strcpy(s + n - 1, "\"\n");
	r = reader(s, ',');
	expect_row(r, 1, 1, "h");
	expect_error(r, 2);
	csv_reader_free(r);
	free(s);
}

/* Many records: the queue is recycled and lines stay right. */
static void
test_many_rows(void **state)
{
	const int		 n = 20000;
	size_t			 cap = (size_t)n * 40, len = 0;
	char			*s = malloc(cap), want[32];
	struct csv_reader	*r;
	struct csv_row		*row;
	long			 line = 1;
	int			 i;

	(void)state;
	assert_non_null(s);
	for (i = 0; i < n; i++)
		len += (size_t)snprintf(s + len, cap - len, i % 3 == 0 ?
		    "K%d,\"multi\nline\"\n" : "K%d,single\n", i);
	r = csv_reader_new(s, len, ',');
	for (i = 0; i < n; i++) {
		row = next_ok(r);
		snprintf(want, sizeof(want), "K%d", i);
		assert_string_equal(row->fields[0], want);
		assert_int_equal(row->line, line);
		line += i % 3 == 0 ? 2 : 1;
	}
	expect_end(r);
	csv_reader_free(r);
	free(s);
}

static void
test_row_find(void **state)
{
	struct csv_reader	*r = reader(" Code ,Naam,KIND\n", ',');
	struct csv_row		*row;

	(void)state;
	row = next_ok(r);
	assert_int_equal(csv_row_find(row, "naam"), 1);
	assert_int_equal(csv_row_find(row, "NAAM"), 1);
	assert_int_equal(csv_row_find(row, "kind"), 2);
	assert_int_equal(csv_row_find(row, "missing"), -1);
	csv_reader_free(r);
}

/* The buffer need not be NUL-terminated: only len bytes are read. */
static void
test_length_bound(void **state)
{
	const char		 data[] = "a,b\n1,2\nNOT,READ\n";
	struct csv_reader	*r = csv_reader_new(data, 8, ',');

	(void)state;
	expect_row(r, 1, 2, "a", "b");
	expect_row(r, 2, 2, "1", "2");
	expect_end(r);
	csv_reader_free(r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_simple),
		cmocka_unit_test(test_empty_input),
		cmocka_unit_test(test_no_final_newline),
		cmocka_unit_test(test_crlf),
		cmocka_unit_test(test_quoted_newlines),
		cmocka_unit_test(test_quotes),
		cmocka_unit_test(test_empty_fields),
		cmocka_unit_test(test_blank_lines),
		cmocka_unit_test(test_semicolon_and_tab),
		cmocka_unit_test(test_unterminated_quote),
		cmocka_unit_test(test_stray_quotes),
		cmocka_unit_test(test_error_line_after_multiline),
		cmocka_unit_test(test_long_field_limit),
		cmocka_unit_test(test_long_field_error),
		cmocka_unit_test(test_long_multiline_field_error),
		cmocka_unit_test(test_many_rows),
		cmocka_unit_test(test_row_find),
		cmocka_unit_test(test_length_bound),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
