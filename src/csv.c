/*
 * csv.c: records out of libcsv.  The parser is fed one physical line at
 * a time, a line ending in LF, CRLF or a lone CR (old Mac Excel) as libcsv
 * itself ends records, so when a record ends we know the line it started
 * on and the bytes it was written in (for the rejects file); libcsv
 * runs in strict mode (a stray quote is an error, an unterminated quote
 * is reported at the end instead of swallowing the rest of the file) and
 * with a large block size (it grows its field buffer by that much, which
 * is quadratic on huge fields otherwise).
 */
#include "werkbank/csv.h"

#include <csv.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "werkbank/i18n.h"
#include "werkbank/msg.h"
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
	size_t	  start, end;	/* its bytes in the data, with the line end */
};

struct csv_reader {
	struct csv_parser	 parser;
	const char		*data;
	size_t			 len, pos;
	long			 line;		/* lines fed so far */
	long			 row_line;	/* where the current record began */
	size_t			 row_pos;	/* ... at this byte */
	size_t			 chunk_end;	/* the end of the line being fed */
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
		p->start = r->row_pos;
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
	if (!r->in_row) {
		r->cur.line = r->row_line;
		r->cur.start = r->row_pos;
	}
	r->cur.end = r->chunk_end;
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
	r->row_pos = r->chunk_end;
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

size_t
csv_line_len(const char *s, size_t n, size_t *eol)
{
	const char	*p = s, *end = s + n;

	while (p < end && *p != '\n' && *p != '\r')
		p++;
	*eol = p == end ? 0 : *p == '\r' && p + 1 < end && p[1] == '\n' ? 2 : 1;
	return (size_t)(p - s);
}

long
csv_line_of(const char *data, size_t len, size_t off)
{
	size_t	i;
	long	line = 1;

	for (i = 0; i < off && i < len; i++)
		if (data[i] == '\n' || (data[i] == '\r' && (i + 1 == len ||
		    data[i + 1] != '\n')))
			line++;
	return line;
}

/* Feed the next physical line (through its line end) to the parser. */
static enum wb_status
feed_line(struct csv_reader *r)
{
	const char	*start = r->data + r->pos;
	size_t		 n, eol;

	n = csv_line_len(start, r->len - r->pos, &eol) + eol;
	r->line++;
	r->chunk_end = r->pos + n;
	/* Not inside a record: the next one starts here at the earliest. */
	if (!r->in_row && !r->parser.quoted) {
		r->row_line = r->line;
		r->row_pos = r->pos;
	}
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
	/* The record's bytes without the line end that closed it. */
	r->out.raw = r->data + p->start;
	r->out.rawlen = p->end > p->start ? p->end - p->start : 0;
	if (r->out.rawlen > 0 && r->out.raw[r->out.rawlen - 1] == '\n')
		r->out.rawlen--;
	if (r->out.rawlen > 0 && r->out.raw[r->out.rawlen - 1] == '\r')
		r->out.rawlen--;
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
