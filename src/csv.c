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
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "werkbank/i18n.h"
#include "werkbank/msg.h"
#include "werkbank/xmalloc.h"

struct pending {
	char	**fields;
	size_t	  nfields, cap;
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
	int			 too_long;
};

static void
pending_clear(struct pending *p)
{
	size_t	i;

	for (i = 0; i < p->nfields; i++)
		free(p->fields[i]);
	p->nfields = 0;
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
		r->too_long = 1;
	if (p->nfields == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 16;
		p->fields = xreallocarray(p->fields, p->cap, sizeof(char *));
	}
	p->fields[p->nfields++] = xstrndup(s != NULL ? s : "", s != NULL ?
	    len : 0);
}

static void
on_record(int c, void *arg)
{
	struct csv_reader	*r = arg;
	struct pending		*q;

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
	q = &r->queue[r->nqueue++];
	/* Hand the fields over to the queue; cur starts empty. */
	{
		struct pending tmp = *q;

		*q = r->cur;
		r->cur = tmp;
		r->cur.nfields = 0;
	}
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
	pending_clear(&r->cur);
	free(r->cur.fields);
	for (i = 0; i < r->capqueue; i++) {
		pending_clear(&r->queue[i]);
		free(r->queue[i].fields);
	}
	free(r->queue);
	free(r);
}

static enum wb_status
fail(struct csv_reader *r, long line, const char *what)
{
	snprintf(r->error, sizeof(r->error), _("line %ld: %s"), line, what);
	r->done = 1;
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
	if (csv_parse(&r->parser, start, n, on_field, on_record, r) != n)
		return fail(r, r->in_row || r->nqueue ? r->row_line : r->line,
		    _("malformed quoting (a quote inside an unquoted field, "
		    "or text after a closing quote)"));
	r->pos += n;
	if (r->too_long)
		return fail(r, r->row_line, _("a field is longer than 64 KiB"));
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
