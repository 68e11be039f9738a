/*
 * import-pipe.c: a big import on two cores.  A second thread reads the
 * rows (libcsv) and parses and checks them (import_row_check) into a
 * ring of slots; this thread stores them in the file's order
 * (import_row_store), so what is stored, the rejects and the messages
 * are those of one pass over the file.  SQLite stays on this thread: a
 * job title to resolve (that reads the database) is asked of it, and the
 * reading thread waits for the answer.  A warning goes with its row and
 * is told when that row is stored.  The reading thread has its own
 * importer (a copy): the keys seen, the memo and the warnings given are
 * its alone until it is done, and handed back then.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "import-internal.h"
#include "werkbank/i18n.h"
#include "werkbank/record.h"
#include "werkbank/xmalloc.h"

#define PIPE_SLOTS	256

enum slot_what { SLOT_ROW, SLOT_END, SLOT_FAIL };

struct slot {
	enum slot_what	 what;
	enum wb_status	 st;		/* SLOT_FAIL, errors says why */
	struct ival	*vals;
	char		 errors[2048];
	size_t		 errlen;
	char		**alloc;	/* the row's import_row_strdup copies */
	size_t		 nalloc, capalloc;
	char		*buf;		/* the fields' bytes */
	size_t		 cap;
	char		**fields;
	size_t		 capfields;
	struct csv_row	 row;
	char		**msgs;		/* warnings */
	size_t		 nmsgs, capmsgs;
	size_t		 offset;	/* of the reader after the row */
};

struct import_pipe {
	pthread_mutex_t		 mu;
	pthread_cond_t		 to_main, to_reader;
	struct slot		 slots[PIPE_SLOTS];
	size_t			 head, tail;	/* next to store, to fill */
	int			 stop;		/* the storing side is done */
	/* Who sleeps on its condition: woken only then (a wake-up per row
	 * costs more than a row). */
	int			 main_waits, reader_waits;
	/* A job title for the storing thread to resolve. */
	int			 asked, answered;
	const char		*title;
	char			*isco, *err;
	size_t			 errlen;
	enum wb_status		 title_st;
	struct importer		 rd;		/* the reading thread's */
	struct csv_reader	*r;
	struct slot		*cur;		/* being filled */
};

enum wb_status
import_resolve_title(struct importer *imp, const char *typed, char isco[5],
    char *err, size_t errlen)
{
	struct import_pipe	*p = imp->pipe;
	enum wb_status		 st;

	if (p == NULL)
		return record_occupation_resolve(import_db(imp), typed, isco,
		    err, errlen);
	pthread_mutex_lock(&p->mu);
	p->title = typed;
	p->isco = isco;
	p->err = err;
	p->errlen = errlen;
	p->answered = 0;
	p->asked = 1;
	if (p->main_waits)
		pthread_cond_signal(&p->to_main);
	while (!p->answered && !p->stop) {
		p->reader_waits = 1;
		pthread_cond_wait(&p->to_reader, &p->mu);
		p->reader_waits = 0;
	}
	if (p->answered)
		st = p->title_st;
	else {
		/* The storing side gave up: this row is not stored. */
		if (errlen > 0)
			err[0] = '\0';
		st = WB_ERROR;
	}
	p->asked = 0;
	pthread_mutex_unlock(&p->mu);
	return st;
}

void
import_pipe_warn(struct importer *imp, const char *msg)
{
	struct slot	*s = imp->pipe->cur;

	if (s->nmsgs == s->capmsgs) {
		s->capmsgs = s->capmsgs ? s->capmsgs * 2 : 4;
		s->msgs = xreallocarray(s->msgs, s->capmsgs, sizeof(char *));
	}
	s->msgs[s->nmsgs++] = xstrdup(msg);
}

/* The row's fields into the slot: the reader reuses its buffer. */
static void
copy_row(struct slot *s, const struct csv_row *row)
{
	size_t	i, len = 0, n;
	char	*o;

	for (i = 0; i < row->nfields; i++)
		len += strlen(row->fields[i]) + 1;
	if (len > s->cap) {
		s->cap = len * 2;
		s->buf = xreallocarray(s->buf, s->cap, 1);
	}
	if (row->nfields + 1 > s->capfields) {
		s->capfields = (row->nfields + 1) * 2;
		s->fields = xreallocarray(s->fields, s->capfields,
		    sizeof(char *));
	}
	o = s->buf;
	for (i = 0; i < row->nfields; i++) {
		n = strlen(row->fields[i]) + 1;
		memcpy(o, row->fields[i], n);
		s->fields[i] = o;
		o += n;
	}
	s->fields[row->nfields] = NULL;
	s->row = *row;
	s->row.fields = s->fields;
}

/* Hand the slot over; 0 when the storing side is done with us. */
static int
publish(struct import_pipe *p)
{
	int	stop;

	pthread_mutex_lock(&p->mu);
	p->tail++;
	stop = p->stop;
	/* Woken when a quarter of the ring is full, or at the end, not per
	 * row: when storing is the faster side it would wait for every row. */
	if (p->main_waits && (p->tail - p->head >= PIPE_SLOTS / 4 ||
	    p->slots[(p->tail - 1) % PIPE_SLOTS].what != SLOT_ROW))
		pthread_cond_signal(&p->to_main);
	pthread_mutex_unlock(&p->mu);
	return !stop;
}

static void *
reader(void *arg)
{
	struct import_pipe	*p = arg;
	struct importer		*rd = &p->rd;
	struct csv_row		*row;
	struct slot		*s;
	enum wb_status		 st;
	long			 rows = 0;
	int			 stop;

	for (;;) {
		pthread_mutex_lock(&p->mu);
		while (!p->stop && p->tail - p->head == PIPE_SLOTS) {
			p->reader_waits = 1;
			pthread_cond_wait(&p->to_reader, &p->mu);
			p->reader_waits = 0;
		}
		stop = p->stop;
		pthread_mutex_unlock(&p->mu);
		if (stop)
			return NULL;
		s = &p->slots[p->tail % PIPE_SLOTS];
		while ((st = csv_reader_next(p->r, &row)) == WB_OK &&
		    import_row_empty(row))
			;
		if (st == WB_NOT_FOUND) {
			s->what = SLOT_END;
			publish(p);
			return NULL;
		}
		if (st != WB_OK) {
			s->what = SLOT_FAIL;
			s->st = WB_INVALID;
			snprintf(s->errors, sizeof(s->errors), "%s",
			    csv_reader_error(p->r));
			publish(p);
			return NULL;
		}
		if (++rows > CSV_ROWS_MAX) {
			s->what = SLOT_FAIL;
			s->st = WB_INVALID;
			snprintf(s->errors, sizeof(s->errors), _("line %ld: "
			    "more than %ld rows, the most werkbank reads at "
			    "once; split the file"), row->line, CSV_ROWS_MAX);
			publish(p);
			return NULL;
		}
		copy_row(s, row);
		p->cur = s;
		s->nmsgs = 0;
		rd->vals = s->vals;
		rd->row_alloc = s->alloc;
		rd->nrow_alloc = 0;
		rd->caprow_alloc = s->capalloc;
		import_row_check(rd, &s->row);
		s->alloc = rd->row_alloc;
		s->nalloc = rd->nrow_alloc;
		s->capalloc = rd->caprow_alloc;
		rd->row_alloc = NULL;
		rd->nrow_alloc = rd->caprow_alloc = 0;
		memcpy(s->errors, rd->errors, rd->errlen + 1);
		s->errlen = rd->errlen;
		s->offset = csv_reader_offset(p->r);
		s->what = SLOT_ROW;
		if (!publish(p))
			return NULL;
	}
}

static void
slot_free(struct slot *s)
{
	size_t	i;

	for (i = 0; i < s->nalloc; i++)
		free(s->alloc[i]);
	free(s->alloc);
	for (i = 0; i < s->nmsgs; i++)
		free(s->msgs[i]);
	free(s->msgs);
	free(s->vals);
	free(s->buf);
	free(s->fields);
}

/* The next slot, answering the reader's questions while waiting. */
static struct slot *
next_slot(struct importer *imp, struct import_pipe *p)
{
	pthread_mutex_lock(&p->mu);
	for (;;) {
		if (p->asked && !p->answered) {
			pthread_mutex_unlock(&p->mu);
			p->title_st = record_occupation_resolve(import_db(imp),
			    p->title, p->isco, p->err, p->errlen);
			pthread_mutex_lock(&p->mu);
			p->answered = 1;
			pthread_cond_signal(&p->to_reader);
			continue;
		}
		if (p->head != p->tail)
			break;
		p->main_waits = 1;
		pthread_cond_wait(&p->to_main, &p->mu);
		p->main_waits = 0;
	}
	pthread_mutex_unlock(&p->mu);
	return &p->slots[p->head % PIPE_SLOTS];
}

static enum wb_status
store_all(struct importer *imp, struct import_pipe *p)
{
	const struct import_options	*opt = imp->opt;
	struct slot			*s;
	enum wb_status			 st;
	size_t				 i;

	for (;;) {
		s = next_slot(imp, p);
		if (s->what == SLOT_END)
			return WB_OK;
		if (s->what == SLOT_FAIL) {
			snprintf(imp->res->error, sizeof(imp->res->error),
			    "%s", s->errors);
			return s->st;
		}
		imp->res->rows++;
		for (i = 0; i < s->nmsgs; i++) {
			if (opt->warn != NULL)
				opt->warn(opt->arg, s->msgs[i]);
			free(s->msgs[i]);
		}
		s->nmsgs = 0;
		imp->vals = s->vals;
		memcpy(imp->errors, s->errors, s->errlen + 1);
		imp->errlen = s->errlen;
		st = import_row_store(imp, &s->row);
		for (i = 0; i < s->nalloc; i++)
			free(s->alloc[i]);
		s->nalloc = 0;
		if (st != WB_OK) {
			snprintf(imp->res->error, sizeof(imp->res->error),
			    "%s", db_error(import_db(imp)));
			return st;
		}
		if (opt->progress != NULL && (imp->res->rows & 4095) == 0)
			opt->progress(opt->arg, imp->res->rows, s->offset,
			    imp->in.len);
		pthread_mutex_lock(&p->mu);
		p->head++;
		/* Woken when half the ring is free again, not per row. */
		if (p->reader_waits && !p->asked &&
		    p->tail - p->head <= PIPE_SLOTS / 2)
			pthread_cond_signal(&p->to_reader);
		pthread_mutex_unlock(&p->mu);
	}
}

int
import_pipe_run(struct importer *imp, struct csv_reader *r,
    enum wb_status *st)
{
	struct import_pipe	*p = xcalloc(1, sizeof(*p));
	struct ival		*vals = imp->vals;
	size_t			 i, n = imp->kind->ncols;
	pthread_t		 t;
	int			 ran = 1;

	pthread_mutex_init(&p->mu, NULL);
	pthread_cond_init(&p->to_main, NULL);
	pthread_cond_init(&p->to_reader, NULL);
	for (i = 0; i < PIPE_SLOTS; i++) {
		/* Which columns the file has (import_map_header). */
		p->slots[i].vals = xcalloc(n, sizeof(*vals));
		memcpy(p->slots[i].vals, vals, n * sizeof(*vals));
	}
	p->r = r;
	p->rd = *imp;
	p->rd.pipe = p;
	p->rd.row_alloc = NULL;
	p->rd.nrow_alloc = p->rd.caprow_alloc = 0;
	if (pthread_create(&t, NULL, reader, p) != 0) {
		/* No second thread: the caller does it all on this one. */
		ran = 0;
	} else {
		*st = store_all(imp, p);
		pthread_mutex_lock(&p->mu);
		p->stop = 1;
		pthread_cond_signal(&p->to_reader);
		pthread_mutex_unlock(&p->mu);
		pthread_join(t, NULL);
		/* What the reader learnt is the importer's again. */
		imp->keys = p->rd.keys;
		imp->warned = p->rd.warned;
		imp->memo = p->rd.memo;
		imp->nmemo = p->rd.nmemo;
	}
	imp->vals = vals;
	for (i = 0; i < PIPE_SLOTS; i++)
		slot_free(&p->slots[i]);
	pthread_cond_destroy(&p->to_reader);
	pthread_cond_destroy(&p->to_main);
	pthread_mutex_destroy(&p->mu);
	free(p);
	return ran;
}
