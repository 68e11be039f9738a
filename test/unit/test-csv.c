/*
 * test-csv.c: the CSV reader: records, quoting, line numbers of records
 * that span lines, strictness and limits; and the file before the reader
 * (csv-input.c): what a file that is not CSV is, encodings, the row
 * limit.  The regressions are named after the corpus case that found
 * them (issue 20 and issue 12's "Files from Excel").
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

/* Old Mac Excel ends lines in a lone CR: each is a line, as libcsv ends a
 * record there (before, the whole file was line 1). */
static void
test_cr_only_lines(void **state)
{
	struct csv_reader	*r = reader("a,b\r1,2\r\"x\ry\",3\r4,5", ',');

	(void)state;
	expect_row(r, 1, 2, "a", "b");
	expect_row(r, 2, 2, "1", "2");
	expect_row(r, 3, 2, "x\ry", "3");
	expect_row(r, 5, 2, "4", "5");
	expect_end(r);
	csv_reader_free(r);
}

/* LF, CRLF and a lone CR mixed in one file: one line each. */
static void
test_mixed_line_ends(void **state)
{
	struct csv_reader	*r = reader("a\r\nb\nc\rd\r\n\r\ne", ',');

	(void)state;
	expect_row(r, 1, 1, "a");
	expect_row(r, 2, 1, "b");
	expect_row(r, 3, 1, "c");
	expect_row(r, 4, 1, "d");
	expect_row(r, 6, 1, "e");
	expect_end(r);
	csv_reader_free(r);
	assert_int_equal(csv_line_of("a\r\nb\nc\rd", 10, 0), 1);
	assert_int_equal(csv_line_of("a\r\nb\nc\rd", 10, 2), 1);	/* the LF */
	assert_int_equal(csv_line_of("a\r\nb\nc\rd", 10, 3), 2);
	assert_int_equal(csv_line_of("a\r\nb\nc\rd", 10, 7), 4);
}

/* Each record as it was written, for the rejects file: quotes, spaces
 * and line breaks inside it kept, its own line end left off. */
static void
test_raw_record(void **state)
{
	const char		*s = "h1;h2;;\r\n  a ;\"b\"\"\r\nc\";;\r\n\r\nd;e";
	struct csv_reader	*r = reader(s, ';');
	struct csv_row		*row;

	(void)state;
	row = next_ok(r);
	assert_int_equal(row->nfields, 4);
	assert_int_equal(row->rawlen, 7);
	assert_memory_equal(row->raw, "h1;h2;;", 7);
	row = next_ok(r);
	assert_int_equal(row->line, 2);
	assert_int_equal(row->rawlen, strlen("  a ;\"b\"\"\r\nc\";;"));
	assert_memory_equal(row->raw, "  a ;\"b\"\"\r\nc\";;", row->rawlen);
	row = next_ok(r);
	assert_int_equal(row->line, 5);
	assert_int_equal(row->rawlen, 3);
	assert_memory_equal(row->raw, "d;e", 3);
	expect_end(r);
	csv_reader_free(r);
}

/* The quick count behind the row limit, with a small limit. */
static void
test_count_rows(void **state)
{
	long	line;

	(void)state;
	assert_int_equal(csv_count_rows("h\n1\n2\n3\n", 8, ',', 3, &line), 3);
	assert_int_equal(csv_count_rows("h\n1\n2\n3", 7, ',', 3, &line), 3);
	assert_int_equal(csv_count_rows("h\n1\n2\n3\n4\n", 10, ',', 3, &line),
	    4);
	assert_int_equal(line, 5);
	/* Blank lines, rows of delimiters and blanks, quoted line breaks
	 * and CR-only ends: the line is the physical line. */
	{
		static const char	 f[] = "h;h\r\n\r\n;;\r\n\" \xc2\xa0\";\t\n"
		    "1;\"a\nb\"\n2\r3\r\n4\n";

		assert_int_equal(csv_count_rows(f, sizeof(f) - 1, ';', 3,
		    &line), 4);
	}
	assert_int_equal(line, 9);
	/* Counted exactly once the bound passes max: a quoted quote is a
	 * value, an empty quoted field is not. */
	assert_int_equal(csv_count_rows("h\n\"\"\"\"\n\"\",\"\"\n", 13, ',', 1, &line),
	    1);
	assert_int_equal(line, 0);
	/* Under max, a bound that is never below the rows the reader
	 * gives (regression: quotes the quick count followed otherwise
	 * than libcsv made it count 1 where the reader gave 2). */
	{
		static const char	 q[] = "\n\"na<?xml\x1a\n)0\n\",\"\"\"\"\n"
		    "\",\",\"\"\n\"\xb9" "are=f,~name\n\x7f\"\"\"";

		assert_true(csv_count_rows(q, sizeof(q) - 1, ',', 100, &line) >=
		    2);
	}
	assert_int_equal(csv_count_rows("", 0, ',', 3, &line), 0);
	assert_int_equal(csv_count_rows("h\n", 2, ',', 0, &line), 0);
	assert_int_equal(csv_count_rows("h\nx", 3, ',', 0, &line), 1);
	assert_int_equal(line, 2);
}

static void
test_blank_len(void **state)
{
	(void)state;
	assert_int_equal(csv_blank_len(" x"), 1);
	assert_int_equal(csv_blank_len("\tx"), 1);
	assert_int_equal(csv_blank_len("\xc2\xa0x"), 2);	/* U+00A0 */
	assert_int_equal(csv_blank_len("\xe2\x80\xaf"), 3);	/* U+202F */
	assert_int_equal(csv_blank_len("\xe2\x80\x87"), 3);	/* U+2007 */
	assert_int_equal(csv_blank_len("\xc2"), 0);
	assert_int_equal(csv_blank_len("x"), 0);
	assert_int_equal(csv_blank_len(""), 0);
}

/* csv_input_take of these bytes: the status, and err when it fails. */
static enum wb_status
take(const char *bytes, size_t len, struct csv_input *in, char *err,
    size_t errlen)
{
	char	*raw = malloc(len + 1);

	assert_non_null(raw);
	memcpy(raw, bytes, len);
	err[0] = '\0';
	return csv_input_take(raw, len, 0, in, err, errlen);
}

/* A string literal and its length without the final NUL. */
#define LIT(s)	s, sizeof(s) - 1

static void
expect_refused(const char *bytes, size_t len, const char *want)
{
	struct csv_input	in;
	char			err[1024];

	assert_int_equal(take(bytes, len, &in, err, sizeof(err)), WB_INVALID);
	if (strstr(err, want) == NULL)
		fail_msg("'%s' does not say '%s'", err, want);
}

/* A workbook renamed to .csv (messytables' horror files) was refused
 * with "line 1: byte 0x81 is neither UTF-8 nor WINDOWS-1252". */
static void
test_workbook_renamed(void **state)
{
	static const char	xlsx[] = "PK\x03\x04\x14\0\0\0\b\0[Content_Types]"
	    ".xml\x81\x82PK\x03\x04xl/workbook.xml";
	static const char	ods[] = "PK\x03\x04\x14\0\0\0\0\0mimetype"
	    "application/vnd.oasis.opendocument.spreadsheetPK";
	static const char	xls[] = "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x81\0";
	static const char	zip[] = "PK\x03\x04\x14\0data.csv";

	(void)state;
	expect_refused(xlsx, sizeof(xlsx) - 1,
	    "this is an Excel workbook (.xlsx), not a CSV file; open it in "
	    "Excel and choose File > Save As > \"CSV (Comma delimited)");
	expect_refused(ods, sizeof(ods) - 1, "OpenDocument spreadsheet (.ods)");
	expect_refused(xls, sizeof(xls) - 1, "Excel 97-2003 workbook (.xls)");
	expect_refused(zip, sizeof(zip) - 1, "a ZIP archive, not a CSV file");
	expect_refused(LIT("\xef\xbb\xbf\r\n <!DOCTYPE HTML>\n<html>"),
	    "a web page (HTML), not a CSV file");
	expect_refused(LIT("<table><tr><td>ref</td></tr></table>"),
	    "a web page (HTML)");
	expect_refused(LIT("<?xml version=\"1.0\"?>\n<Workbook xmlns=\"urn:schemas-"
	    "microsoft-com:office:spreadsheet\">"),
	    "an Excel XML spreadsheet");
	expect_refused(LIT("%PDF-1.7\n\xe2\xe3"), "a PDF document");
	expect_refused(LIT("\x1f\x8b\x08\0"), "a compressed file (gzip)");
}

/* A UTF-8 file with one stray Windows-1252 byte was read as
 * Windows-1252, turning every é into Ã©; now it stops on that line. */
static void
test_stray_windows1252_byte(void **state)
{
	static const char	s[] = "naam\nJos\xc3\xa9\nM\xc3\xbcller\r\n"
	    "Ren\xe9\nZo\xc3\xab\n\xe9\n";
	static const char	bom[] = "\xef\xbb\xbfnaam\nRen\xe9\n";
	struct csv_input	in;
	char			err[1024];

	(void)state;
	expect_refused(s, sizeof(s) - 1, "line 4: byte 0xE9 ('\xc3\xa9' in "
	    "Windows-1252) is not UTF-8, while the rest of the file is: the "
	    "file mixes two encodings (1 more line has such bytes)");
	expect_refused(bom, sizeof(bom) - 1, "line 2: byte 0xE9");
	/* A Windows-1252 file (Dutch Excel's CSV) is still read as one. */
	assert_int_equal(take(LIT("naam\r\nJos\xe9\r\nRen\xe9\r\n"), &in, err,
	    sizeof(err)), WB_OK);
	assert_string_equal(in.encoding, "Windows-1252");
	assert_string_equal(in.data, "naam\r\nJos\xc3\xa9\r\nRen\xc3\xa9\r\n");
	assert_string_equal(in.eol, "\r\n");
	csv_input_free(&in);
	assert_int_equal(take(LIT("a\nb"), &in, err, sizeof(err)), WB_OK);
	assert_string_equal(in.eol, "\n");
	csv_input_free(&in);
}

/* A UTF-16 decode error named a line counted in raw bytes, where every
 * byte 0x0a (in U+0A0A, or the high byte of many characters) counted. */
static void
test_utf16_error_line(void **state)
{
	/* "a\r\n\u0a0a\nb\n" then a lone surrogate, UTF-16LE with BOM. */
	static const char	s[] = "\xff\xfe" "a\0\r\0\n\0\x0a\x0a\n\0b\0\n\0"
	    "\x00\xd8x\0";

	(void)state;
	expect_refused(s, sizeof(s) - 1, "line 4: this is not valid UTF-16");
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
		cmocka_unit_test(test_cr_only_lines),
		cmocka_unit_test(test_mixed_line_ends),
		cmocka_unit_test(test_raw_record),
		cmocka_unit_test(test_count_rows),
		cmocka_unit_test(test_blank_len),
		cmocka_unit_test(test_workbook_renamed),
		cmocka_unit_test(test_stray_windows1252_byte),
		cmocka_unit_test(test_utf16_error_line),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
