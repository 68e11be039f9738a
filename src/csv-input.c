/*
 * csv-input.c: a partner's file into memory as UTF-8, before the reader
 * (csv.c) sees it.  It says what a file is when it is not CSV at all (a
 * workbook, a web page or a PDF renamed to .csv, the most common mistake
 * of an Excel user), detects the encoding (UTF-8, UTF-16 with a
 * byte-order mark, Windows-1252) and refuses a UTF-8 file holding a few
 * bytes that are not UTF-8 instead of reading all of it as Windows-1252
 * (which turns every é into Ã©).  Every message names the line.
 */
#include "werkbank/csv.h"

#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "werkbank/i18n.h"
#include "werkbank/priv.h"
#include "werkbank/text.h"
#include "werkbank/xmalloc.h"

char
csv_detect_delimiter(const char *data, size_t len)
{
	static const char	 cands[] = { ',', ';', '\t' };
	size_t			 counts[3] = { 0, 0, 0 }, i, best = 0;
	int			 quoted = 0;

	for (i = 0; i < len; i++) {
		char	c = data[i];

		if (c == '"')
			quoted = !quoted;
		else if (!quoted && (c == '\n' || c == '\r'))
			break;
		else if (!quoted)
			for (size_t k = 0; k < 3; k++)
				counts[k] += c == cands[k];
	}
	for (i = 1; i < 3; i++)
		if (counts[i] > counts[best])
			best = i;
	return counts[best] > 0 ? cands[best] : ',';
}

/* csv_blank_len() within n bytes. */
static size_t
blank_at(const char *s, size_t n)
{
	const unsigned char	*u = (const unsigned char *)s;

	if (n >= 1 && (*u == ' ' || *u == '\t'))
		return 1;
	if (n >= 2 && u[0] == 0xc2 && u[1] == 0xa0)	/* U+00A0 */
		return 2;
	if (n >= 3 && u[0] == 0xe2 && u[1] == 0x80 &&
	    (u[2] == 0xaf || u[2] == 0x87))		/* U+202F, U+2007 */
		return 3;
	return 0;
}

size_t
csv_blank_len(const char *s)
{
	return blank_at(s, strnlen(s, 3));
}

/* 1 when every field of the row is blanks (the importer skips it). */
static int
row_blank(const struct csv_row *row)
{
	size_t		 i, b;
	const char	*f;

	for (i = 0; i < row->nfields; i++)
		for (f = row->fields[i]; *f != '\0'; f += b)
			if ((b = csv_blank_len(f)) == 0)
				return 0;
	return 1;
}

/*
 * The count is in two steps.  First an upper bound that costs no more
 * than finding the line ends: a record takes at least one physical line
 * of its own and the header takes the first, so the lines that hold
 * anything, less one, are at least the rows.  Only a file whose bound
 * passes max is read by the reader itself (the importer's own parser,
 * with its rules for quotes), to count exactly and name the line where
 * row max + 1 starts.  Following the quotes here instead would be a
 * second CSV parser that disagrees with libcsv on malformed quoting.
 */
long
csv_count_rows(const char *data, size_t len, char delim, long max,
    long *line)
{
	const char		*p = data, *end = data + len, *nl;
	struct csv_reader	*r;
	struct csv_row		*row;
	long			 bound = -1, rows = -1;

	*line = 0;
	while (p < end) {
		const char *cr;

		nl = memchr(p, '\n', (size_t)(end - p));
		if (nl == NULL)
			nl = end;
		/* A lone CR ends a line too (old Mac Excel). */
		while ((cr = memchr(p, '\r', (size_t)(nl - p))) != NULL &&
		    cr + 1 < nl) {
			if (cr > p)
				bound++;
			p = cr + 1;
		}
		if (nl > p && !(nl - p == 1 && *p == '\r'))
			bound++;
		p = nl + 1;
	}
	if (bound <= max)
		return bound < 0 ? 0 : bound;
	r = csv_reader_new(data, len, delim);
	while (csv_reader_next(r, &row) == WB_OK)
		if ((rows < 0 || !row_blank(row)) && ++rows > max) {
			*line = row->line;
			break;
		}
	csv_reader_free(r);
	return rows < 0 ? 0 : rows;
}

/* ---- what the file is ---- */

static int
starts(const char *s, size_t n, const char *magic)
{
	size_t	m = strlen(magic);

	return n >= m && memcmp(s, magic, m) == 0;
}

/* 1 when what[0..wlen) occurs in s[0..n). */
static int
holds(const char *s, size_t n, const char *what, size_t wlen)
{
	const char	*p = s, *end = s + n;

	while (wlen > 0 && (size_t)(end - p) >= wlen &&
	    (p = memchr(p, what[0], (size_t)(end - p) - wlen + 1)) != NULL) {
		if (memcmp(p, what, wlen) == 0)
			return 1;
		p++;
	}
	return 0;
}

/*
 * A file that is not CSV at all, by its first bytes: what it is and
 * how to make a CSV file of it, into err; 1 when it is one of those.
 */
static int
not_csv(const char *raw, size_t len, char *err, size_t errlen)
{
	static const char	 ole2[] = "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1";
	static const char	 word16[] = "W\0o\0r\0d\0D\0o\0c";
	const char		*what = NULL, *how, *p = raw;
	const char		*excel = N_("open it in Excel and choose File > "
	    "Save As > \"CSV (Comma delimited) (*.csv)\", then import that "
	    "file");
	size_t			 n = len, head;

	how = excel;
	if (starts(raw, len, "PK\x03\x04") || starts(raw, len, "PK\x05\x06")) {
		head = len < 256 ? len : 256;
		if (holds(raw, head, "application/vnd.oasis.opendocument."
		    "spreadsheet", 46))
			what = N_("an OpenDocument spreadsheet (.ods)");
		else if (holds(raw, len, "xl/workbook", 11))
			what = N_("an Excel workbook (.xlsx)");
		else if (holds(raw, len, "word/", 5)) {
			what = N_("a Word document (.docx)");
			how = N_("copy the table into Excel and save it from "
			    "there with File > Save As > \"CSV (Comma "
			    "delimited) (*.csv)\"");
		} else {
			what = N_("a ZIP archive");
			how = N_("unpack it and import the CSV file in it");
		}
	} else if (starts(raw, len, ole2)) {
		if (holds(raw, len, word16, sizeof(word16) - 1)) {
			what = N_("a Word 97-2003 document (.doc)");
			how = N_("copy the table into Excel and save it from "
			    "there with File > Save As > \"CSV (Comma "
			    "delimited) (*.csv)\"");
		} else
			what = N_("an Excel 97-2003 workbook (.xls)");
	} else if (starts(raw, len, "%PDF-")) {
		what = N_("a PDF document");
		how = N_("werkbank cannot read a table from a PDF; ask whoever "
		    "sent it for the spreadsheet itself or a CSV export");
	} else if (starts(raw, len, "\x1f\x8b")) {
		what = N_("a compressed file (gzip)");
		how = N_("unpack it and import the CSV file in it");
	} else {
		if (starts(p, n, "\xef\xbb\xbf")) {
			p += 3;
			n -= 3;
		}
		while (n > 0 && strchr(" \t\r\n", *p) != NULL) {
			p++;
			n--;
		}
		head = n < 2048 ? n : 2048;
		if (n >= 5 && strncasecmp(p, "<?xml", 5) == 0 &&
		    holds(p, head, "urn:schemas-microsoft-com:office:"
		    "spreadsheet", 44))
			what = N_("an Excel XML spreadsheet");
		else if ((n >= 14 && strncasecmp(p, "<!doctype html", 14) ==
		    0) || (n >= 5 && strncasecmp(p, "<html", 5) == 0) ||
		    (n >= 6 && strncasecmp(p, "<table", 6) == 0) ||
		    (n >= 5 && strncasecmp(p, "<head", 5) == 0) ||
		    (n >= 5 && strncasecmp(p, "<body", 5) == 0) ||
		    (n >= 5 && strncasecmp(p, "<?xml", 5) == 0 &&
		    holds(p, head, "<html", 5)))
			what = N_("a web page (HTML)");
	}
	if (what == NULL)
		return 0;
	/* TRANSLATORS: "this is an Excel workbook (.xlsx), not a CSV file;
	 * open it in Excel and ..." */
	snprintf(err, errlen, _("this is %s, not a CSV file; %s"), _(what),
	    _(how));
	return 1;
}

/* ---- encodings ---- */

/* Convert with iconv; on failure say on which line. */
static enum wb_status
convert(struct csv_input *in, const char *from, const char *raw, size_t len,
    char *err, size_t errlen)
{
	iconv_t	 cd;
	char	*src = (char *)raw, *dst, *out;
	size_t	 left = len, room = len * 3 + 4, cap = room;
	int	 utf16 = strncmp(from, "UTF-16", 6) == 0;

	if ((cd = iconv_open("UTF-8", from)) == (iconv_t)-1) {
		snprintf(err, errlen, _("cannot convert from %s: %s"), from,
		    strerror(errno));
		return WB_IO;
	}
	out = dst = xmalloc(cap);
	if (iconv(cd, &src, &left, &dst, &room) == (size_t)-1) {
		size_t	off = (size_t)(src - raw);
		/* Lines counted in what was converted: a UTF-16 byte 0x0a
		 * is not a line end. */
		long	line = csv_line_of(out, (size_t)(dst - out),
		    (size_t)(dst - out));

		if (utf16)
			snprintf(err, errlen, _("line %ld: this is not valid "
			    "UTF-16, although the file begins with a UTF-16 "
			    "byte-order mark"), line);
		else
			snprintf(err, errlen, _("line %ld: byte 0x%02X is "
			    "neither UTF-8 nor Windows-1252; is this a text "
			    "file?"), line, (unsigned char)raw[off]);
		iconv_close(cd);
		free(out);
		return WB_INVALID;
	}
	iconv_close(cd);
	in->len = cap - room;
	out[in->len] = '\0';
	in->data = out;
	in->encoding = strcmp(from, "UTF-16LE") == 0 ? "UTF-16LE" :
	    strcmp(from, "UTF-16BE") == 0 ? "UTF-16BE" : "Windows-1252";
	return WB_OK;
}

/* What a scan of the bytes found: is it UTF-8, or mostly? */
struct utf8_scan {
	size_t	bad;		/* bytes that are not part of UTF-8 */
	size_t	first_bad;	/* the offset of the first */
	size_t	multi;		/* valid UTF-8 characters past ASCII */
	long	bad_lines;	/* lines holding bad bytes */
};

static void
scan_utf8(const char *s, size_t n, struct utf8_scan *u)
{
	size_t		i = 0, len;
	uint32_t	cp;
	long		line = 1, last = 0;

	memset(u, 0, sizeof(*u));
	while (i < n) {
		unsigned char	c = (unsigned char)s[i];

		if (c < 0x80) {
			if (c == '\n' || (c == '\r' && (i + 1 == n ||
			    s[i + 1] != '\n')))
				line++;
			i++;
		} else if ((len = text_decode(s + i, n - i, &cp)) == 0) {
			if (u->bad++ == 0)
				u->first_bad = i;
			if (last != line) {
				u->bad_lines++;
				last = line;
			}
			i++;
		} else {
			u->multi++;
			i += len;
		}
	}
}

/*
 * A UTF-8 file with bytes that are not: which line, which byte (and the
 * character it is in Windows-1252, the usual culprit), and what to do.
 */
static void
mixed(const char *data, size_t len, const struct utf8_scan *u, int bom,
    char *err, size_t errlen)
{
	unsigned char	 byte = (unsigned char)data[u->first_bad];
	char		 as1252[64] = "", ch[8], *in = (char *)&byte, *out = ch;
	char		 more[128] = "";
	size_t		 left = 1, room = sizeof(ch) - 1;
	iconv_t		 cd;

	if ((cd = iconv_open("UTF-8", "WINDOWS-1252")) != (iconv_t)-1) {
		if (iconv(cd, &in, &left, &out, &room) != (size_t)-1) {
			*out = '\0';
			/* TRANSLATORS: after "byte 0xE9": the character
			 * that byte is in Windows-1252. */
			snprintf(as1252, sizeof(as1252), _(" ('%s' in "
			    "Windows-1252)"), ch);
		}
		iconv_close(cd);
	}
	if (u->bad_lines > 1)
		snprintf(more, sizeof(more), ngettext(" (%ld more line has "
		    "such bytes)", " (%ld more lines have such bytes)",
		    u->bad_lines - 1), u->bad_lines - 1);
	snprintf(err, errlen, bom ? _("line %ld: byte 0x%02X%s is not UTF-8, "
	    "although the file says it is UTF-8%s; werkbank does not guess. "
	    "Correct that character, or save the whole file again as "
	    "\"CSV UTF-8 (Comma delimited)\"") : _("line %ld: byte "
	    "0x%02X%s is not UTF-8, while the rest of the file is: the file "
	    "mixes two encodings%s, and werkbank does not guess. Correct that "
	    "character, or save the whole file again as \"CSV UTF-8 (Comma "
	    "delimited)\""), csv_line_of(data, len, u->first_bad),
	    (unsigned)byte, as1252, more);
}

/* The most raw bytes a file may mix in before it counts as Windows-1252
 * instead of UTF-8 with strays: this many per UTF-8 character. */
#define STRAYS_PER_CHAR	8

static enum wb_status
read_all(const char *path, char **out, size_t *outlen, char *err,
    size_t errlen)
{
	FILE	*fp;
	char	*buf = NULL;
	size_t	 len = 0, cap = 0, n;

	fp = strcmp(path, "-") == 0 ? stdin : priv_fopen(path, "rb");
	if (fp == NULL) {
		snprintf(err, errlen, "%s", strerror(errno));
		return WB_IO;
	}
	for (;;) {
		if (cap - len < 65536) {
			cap = cap ? cap * 2 : 1 << 20;
			buf = xreallocarray(buf, cap + 1, 1);
		}
		n = fread(buf + len, 1, cap - len, fp);
		len += n;
		if (len > (size_t)CSV_FILE_MAX) {
			snprintf(err, errlen, _("line %ld: the file is larger "
			    "than %ld MiB, the most werkbank reads at once; "
			    "split it"), csv_line_of(buf, len,
			    (size_t)CSV_FILE_MAX), CSV_FILE_MAX / (1024 * 1024));
			goto fail;
		}
		if (n == 0)
			break;
	}
	if (ferror(fp)) {
		snprintf(err, errlen, "%s", strerror(errno));
		goto fail;
	}
	if (fp != stdin)
		fclose(fp);
	buf[len] = '\0';
	*out = buf;
	*outlen = len;
	return WB_OK;
fail:
	if (fp != stdin)
		fclose(fp);
	free(buf);
	return WB_IO;
}

enum wb_status
csv_input_read(const char *path, char delim, struct csv_input *in, char *err,
    size_t errlen)
{
	char		*raw;
	size_t		 len;
	enum wb_status	 st;

	memset(in, 0, sizeof(*in));
	if ((st = read_all(path, &raw, &len, err, errlen)) != WB_OK)
		return st;
	return csv_input_take(raw, len, delim, in, err, errlen);
}

enum wb_status
csv_input_take(char *raw, size_t len, char delim, struct csv_input *in,
    char *err, size_t errlen)
{
	struct utf8_scan	 u;
	char			*nul;
	size_t			 eol;
	enum wb_status		 st = WB_OK;

	memset(in, 0, sizeof(*in));
	raw[len] = '\0';
	if (not_csv(raw, len, err, errlen)) {
		free(raw);
		return WB_INVALID;
	}
	if (len >= 2 && (unsigned char)raw[0] == 0xff &&
	    (unsigned char)raw[1] == 0xfe) {
		in->bom = 1;
		st = convert(in, "UTF-16LE", raw + 2, len - 2, err, errlen);
		free(raw);
	} else if (len >= 2 && (unsigned char)raw[0] == 0xfe &&
	    (unsigned char)raw[1] == 0xff) {
		in->bom = 1;
		st = convert(in, "UTF-16BE", raw + 2, len - 2, err, errlen);
		free(raw);
	} else if (len >= 3 && memcmp(raw, "\xef\xbb\xbf", 3) == 0) {
		in->bom = 1;
		memmove(raw, raw + 3, len - 3 + 1);
		in->data = raw;
		in->len = len - 3;
		in->encoding = "UTF-8";
		scan_utf8(in->data, in->len, &u);
		if (u.bad > 0) {
			mixed(in->data, in->len, &u, 1, err, errlen);
			st = WB_INVALID;
		}
	} else {
		scan_utf8(raw, len, &u);
		if (u.bad == 0) {
			in->data = raw;
			in->len = len;
			in->encoding = "UTF-8";
		} else if (u.multi > 0 && u.bad <= STRAYS_PER_CHAR * u.multi) {
			/* UTF-8 with a few strays: two encodings mixed. */
			mixed(raw, len, &u, 0, err, errlen);
			free(raw);
			return WB_INVALID;
		} else {
			st = convert(in, "WINDOWS-1252", raw, len, err, errlen);
			free(raw);
		}
	}
	if (st != WB_OK) {
		csv_input_free(in);
		return st;
	}
	if ((nul = memchr(in->data, '\0', in->len)) != NULL) {
		snprintf(err, errlen, _("line %ld: a NUL byte; this is not a "
		    "text file"), csv_line_of(in->data, in->len,
		    (size_t)(nul - in->data)));
		csv_input_free(in);
		return WB_INVALID;
	}
	in->delim = delim != 0 ? delim : csv_detect_delimiter(in->data,
	    in->len);
	(void)csv_line_len(in->data, in->len, &eol);
	in->eol = eol == 2 ? "\r\n" : "\n";
	return WB_OK;
}

void
csv_input_free(struct csv_input *in)
{
	free(in->data);
	in->data = NULL;
	in->len = 0;
}
