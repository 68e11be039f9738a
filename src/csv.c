/*
 * csv.c: records out of libcsv.  The parser is fed one physical line at
 * a time, so when a record ends we know the line it started on; libcsv
 * runs in strict mode (a stray quote is an error, an unterminated quote
 * is reported at the end instead of swallowing the rest of the file) and
 * with a large block size (it grows its field buffer by that much, which
 * is quadratic on huge fields otherwise).
 */
#include "werkbank/csv.h"

#include <csv.h>
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "werkbank/i18n.h"
#include "werkbank/msg.h"
#include "werkbank/priv.h"
#include "werkbank/text.h"
#include "werkbank/xmalloc.h"

/* A record being read or queued: its fields live in one buffer that is
 * reused from record to record, so reading costs no malloc per field. */
struct pending {
	char	 *buf;
	size_t	  len, cap;
	size_t	 *offs;		/* start of each field in buf */
	char	**fields;	/* filled when the record is handed out */
	size_t	  nfields, capfields;
	long	  line;
};

struct csv_reader {
	struct csv_parser	 parser;
	const char		*data;
	size_t			 len, pos;
	long			 line;		/* lines fed so far */
	long			 row_line;	/* where the current record began */
	int			 in_row;
	int			 done;
	struct pending		 cur;		/* record being built */
	struct pending		*queue;
	size_t			 nqueue, head, capqueue;
	struct csv_row		 out;
	char			 error[256];
	long			 too_long;	/* line of the record, or 0 */
};

static void
pending_clear(struct pending *p)
{
	p->len = 0;
	p->nfields = 0;
}

static void
pending_free(struct pending *p)
{
	free(p->buf);
	free(p->offs);
	free(p->fields);
}

static void
on_field(void *s, size_t len, void *arg)
{
	struct csv_reader	*r = arg;
	struct pending		*p = &r->cur;

	if (!r->in_row) {
		r->in_row = 1;
		p->line = r->row_line;
	}
	if (len > CSV_FIELD_MAX && !r->too_long)
		r->too_long = p->line;
	if (s == NULL)
		len = 0;
	if (p->nfields == p->capfields) {
		p->capfields = p->capfields ? p->capfields * 2 : 16;
		p->offs = xreallocarray(p->offs, p->capfields, sizeof(size_t));
		p->fields = xreallocarray(p->fields, p->capfields,
		    sizeof(char *));
	}
	if (p->cap - p->len < len + 1) {
		p->cap = (p->len + len + 1) * 2;
		p->buf = xreallocarray(p->buf, p->cap, 1);
	}
	p->offs[p->nfields++] = p->len;
	if (len > 0)
		memcpy(p->buf + p->len, s, len);
	p->len += len;
	p->buf[p->len++] = '\0';
}

static void
on_record(int c, void *arg)
{
	struct csv_reader	*r = arg;
	struct pending		 tmp;

	(void)c;
	if (!r->in_row)
		r->cur.line = r->row_line;
	if (r->nqueue == r->capqueue) {
		r->capqueue = r->capqueue ? r->capqueue * 2 : 4;
		r->queue = xreallocarray(r->queue, r->capqueue,
		    sizeof(*r->queue));
		memset(r->queue + r->nqueue, 0, (r->capqueue - r->nqueue) *
		    sizeof(*r->queue));
	}
	/* Swap buffers: the queue slot takes the record, cur gets the
	 * slot's old (empty) buffers to reuse. */
	tmp = r->queue[r->nqueue];
	r->queue[r->nqueue++] = r->cur;
	r->cur = tmp;
	pending_clear(&r->cur);
	r->in_row = 0;
	r->row_line = r->line + 1;
}

struct csv_reader *
csv_reader_new(const char *data, size_t len, char delim)
{
	struct csv_reader	*r = xcalloc(1, sizeof(*r));

	if (csv_init(&r->parser, CSV_STRICT | CSV_STRICT_FINI |
	    CSV_APPEND_NULL | CSV_EMPTY_IS_NULL) != 0)
		msg_fatal(_("out of memory"));
	csv_set_delim(&r->parser, (unsigned char)delim);
	csv_set_blk_size(&r->parser, 256 * 1024);
	r->data = data;
	r->len = len;
	r->row_line = 1;
	return r;
}

void
csv_reader_free(struct csv_reader *r)
{
	size_t	i;

	if (r == NULL)
		return;
	csv_free(&r->parser);
	pending_free(&r->cur);
	for (i = 0; i < r->capqueue; i++)
		pending_free(&r->queue[i]);
	free(r->queue);
	free(r);
}

static enum wb_status
fail(struct csv_reader *r, long line, const char *what)
{
	snprintf(r->error, sizeof(r->error), _("line %ld: %s"), line, what);
	r->done = 1;
	r->head = r->nqueue;	/* hand out nothing after an error */
	return WB_INVALID;
}

/* Feed the next physical line (through its '\n') to the parser. */
static enum wb_status
feed_line(struct csv_reader *r)
{
	const char	*start = r->data + r->pos, *nl;
	size_t		 n;

	nl = memchr(start, '\n', r->len - r->pos);
	n = nl != NULL ? (size_t)(nl - start) + 1 : r->len - r->pos;
	r->line++;
	/* Not inside a record: the next one starts here at the earliest. */
	if (!r->in_row && !r->parser.quoted)
		r->row_line = r->line;
	if (csv_parse(&r->parser, start, n, on_field, on_record, r) != n)
		return fail(r, r->in_row || r->nqueue ? r->row_line : r->line,
		    _("malformed quoting (a quote inside an unquoted field, "
		    "or text after a closing quote)"));
	r->pos += n;
	if (r->too_long)
		return fail(r, r->too_long, _("a field is longer than 64 KiB"));
	return WB_OK;
}

enum wb_status
csv_reader_next(struct csv_reader *r, struct csv_row **row)
{
	struct pending	*p;
	enum wb_status	 st;

	if (r->head > 0 && r->head == r->nqueue) {
		/* Everything handed out: recycle the queue slots. */
		size_t i;

		for (i = 0; i < r->nqueue; i++)
			pending_clear(&r->queue[i]);
		r->head = r->nqueue = 0;
	}
	while (r->head == r->nqueue) {
		if (r->done)
			return r->error[0] != '\0' ? WB_INVALID : WB_NOT_FOUND;
		if (r->pos < r->len) {
			if ((st = feed_line(r)) != WB_OK)
				return st;
			continue;
		}
		if (csv_fini(&r->parser, on_field, on_record, r) != 0)
			return fail(r, r->row_line, _("a quoted field is not "
			    "closed before the end of the file"));
		r->done = 1;
	}
	p = &r->queue[r->head++];
	for (size_t i = 0; i < p->nfields; i++)
		p->fields[i] = p->buf + p->offs[i];
	r->out.fields = p->fields;
	r->out.nfields = p->nfields;
	r->out.line = p->line;
	*row = &r->out;
	return WB_OK;
}

const char *
csv_reader_error(const struct csv_reader *r)
{
	return r->error;
}

int
csv_row_find(const struct csv_row *row, const char *name)
{
	size_t	i;

	for (i = 0; i < row->nfields; i++)
		if (strcasecmp(row->fields[i], name) == 0)
			return (int)i;
	return -1;
}

size_t
csv_reader_offset(const struct csv_reader *r)
{
	return r->pos;
}

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

static long
line_of(const char *data, size_t off)
{
	long	line = 1;
	size_t	i;

	for (i = 0; i < off; i++)
		line += data[i] == '\n';
	return line;
}

/* Convert with iconv; on failure say where. */
static enum wb_status
convert(struct csv_input *in, const char *from, const char *raw, size_t len,
    char *err, size_t errlen)
{
	iconv_t	 cd;
	char	*src = (char *)raw, *dst, *out;
	size_t	 left = len, room = len * 3 + 4, cap = room;

	if ((cd = iconv_open("UTF-8", from)) == (iconv_t)-1) {
		snprintf(err, errlen, _("cannot convert from %s: %s"), from,
		    strerror(errno));
		return WB_IO;
	}
	out = dst = xmalloc(cap);
	if (iconv(cd, &src, &left, &dst, &room) == (size_t)-1) {
		size_t	off = (size_t)(src - raw);

		snprintf(err, errlen, _("line %ld: byte 0x%02x is neither "
		    "UTF-8 nor %s"), line_of(raw, off),
		    (unsigned char)raw[off], from);
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

static int
valid_utf8(const char *s, size_t n, size_t *bad)
{
	size_t		i = 0, len;
	uint32_t	cp;

	while (i < n) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		if ((len = text_decode(s + i, n - i, &cp)) == 0) {
			*bad = i;
			return 0;
		}
		i += len;
	}
	return 1;
}

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
			snprintf(err, errlen, _("the file is larger than %ld "
			    "MiB, the most werkbank reads at once; split it"),
			    CSV_FILE_MAX / (1024 * 1024));
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
	char		*nul;
	size_t		 bad;
	enum wb_status	 st = WB_OK;

	memset(in, 0, sizeof(*in));
	raw[len] = '\0';
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
		if (!valid_utf8(in->data, in->len, &bad)) {
			snprintf(err, errlen, _("line %ld: invalid UTF-8 in a "
			    "file that says it is UTF-8"),
			    line_of(in->data, bad));
			st = WB_INVALID;
		}
	} else if (valid_utf8(raw, len, &bad)) {
		in->data = raw;
		in->len = len;
		in->encoding = "UTF-8";
	} else {
		st = convert(in, "WINDOWS-1252", raw, len, err, errlen);
		free(raw);
	}
	if (st != WB_OK) {
		csv_input_free(in);
		return st;
	}
	if ((nul = memchr(in->data, '\0', in->len)) != NULL) {
		snprintf(err, errlen, _("line %ld: a NUL byte; this is not a "
		    "text file"), line_of(in->data, (size_t)(nul - in->data)));
		csv_input_free(in);
		return WB_INVALID;
	}
	in->delim = delim != 0 ? delim : csv_detect_delimiter(in->data,
	    in->len);
	return WB_OK;
}

void
csv_input_free(struct csv_input *in)
{
	free(in->data);
	in->data = NULL;
	in->len = 0;
}

void
csv_write_field(FILE *fp, const char *s, char delim, int guard)
{
	if (s == NULL)
		return;
	guard = guard && *s != '\0' && strchr("=+-@\t\r\n", *s) != NULL;
	if (strchr(s, delim) == NULL && strpbrk(s, "\"\r\n") == NULL) {
		if (guard)
			fputc('\'', fp);
		fputs(s, fp);
		return;
	}
	fputc('"', fp);
	if (guard)
		fputc('\'', fp);
	for (; *s != '\0'; s++) {
		if (*s == '"')
			fputc('"', fp);
		fputc(*s, fp);
	}
	fputc('"', fp);
}
