/*
 * table.c: print rows for people, for spreadsheets (CSV) or for programs
 * (JSON).  Cells are kept as given; sanitizing happens only in the human
 * form, where the terminal would otherwise interpret them, and so do the
 * words for codes, local times and the user's decimal mark.
 */
#include "werkbank/table.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "werkbank/csv.h"
#include "werkbank/date.h"
#include "werkbank/i18n.h"
#include "werkbank/json.h"
#include "werkbank/num.h"
#include "werkbank/text.h"
#include "werkbank/xmalloc.h"

#define TABLE_MAX_COLS	32

struct table {
	const struct table_col	 *cols;
	size_t			  ncols, nrows, cap;
	char			**cells;	/* nrows * ncols, NULL = none */
	/* For people only: a column's closed set, a column of times. */
	enum vocab_set		  vocab[TABLE_MAX_COLS];
	unsigned char		  utc[TABLE_MAX_COLS];
};

struct table *
table_new(const struct table_col *cols, size_t ncols)
{
	struct table	*t = xcalloc(1, sizeof(*t));

	t->cols = cols;
	t->ncols = ncols;
	return t;
}

void
table_free(struct table *t)
{
	size_t	i;

	if (t == NULL)
		return;
	for (i = 0; i < t->nrows * t->ncols; i++)
		free(t->cells[i]);
	free(t->cells);
	free(t);
}

void
table_add(struct table *t, const char *const *cells)
{
	size_t	i;

	if (t->nrows == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 32;
		t->cells = xreallocarray(t->cells, t->cap * t->ncols,
		    sizeof(char *));
	}
	for (i = 0; i < t->ncols; i++)
		t->cells[t->nrows * t->ncols + i] = cells[i] != NULL ?
		    xstrdup(cells[i]) : NULL;
	t->nrows++;
}

size_t
table_rows(const struct table *t)
{
	return t->nrows;
}

void
table_set_vocab(struct table *t, size_t col, enum vocab_set set)
{
	if (col < t->ncols && col < TABLE_MAX_COLS)
		t->vocab[col] = set;
}

void
table_set_utc(struct table *t, size_t col)
{
	if (col < t->ncols && col < TABLE_MAX_COLS)
		t->utc[col] = 1;
}

/* A cell as people read it: words for codes, local times, the decimal
 * mark of their language. */
static const char *
for_people(const struct table *t, size_t c, const char *v, char *buf,
    size_t len)
{
	if (v == NULL)
		return "";
	if (c < TABLE_MAX_COLS && t->vocab[c] != VOCAB_NONE && *v != '\0')
		return vocab_words(t->vocab[c], v, ", ", buf, len);
	if (c < TABLE_MAX_COLS && t->utc[c] && *v != '\0') {
		/* Zones differ by whole minutes: the seconds stay. */
		date_time_local(v, buf, len);
		if (strlen(v) >= 19 && v[16] == ':' && strlen(buf) == 16 &&
		    len > 19) {
			memcpy(buf + 16, v + 16, 3);
			buf[19] = '\0';
		}
		return buf;
	}
	if (t->cols[c].numeric)
		return num_localize(v, buf, len);
	return v;
}

/* The one JSON writer's (json.h). */
void
table_json_string(FILE *fp, const char *s)
{
	json_string(fp, s);
}

static void
print_json(const struct table *t, FILE *fp)
{
	size_t	r, c;

	fputc('[', fp);
	for (r = 0; r < t->nrows; r++) {
		fputs(r ? ",\n{" : "\n{", fp);
		for (c = 0; c < t->ncols; c++) {
			const char *v = t->cells[r * t->ncols + c];

			if (c)
				fputc(',', fp);
			json_string(fp, t->cols[c].key);
			fputc(':', fp);
			if (v == NULL || (*v == '\0' && t->cols[c].numeric))
				fputs("null", fp);
			else if (!t->cols[c].numeric || !json_number_text(fp, v))
				json_string(fp, v);
		}
		fputc('}', fp);
	}
	fputs("\n]\n", fp);
}

static void
print_csv(const struct table *t, FILE *fp)
{
	size_t	r, c;
	/* CSV keeps the data as it is, except on a terminal. */
	int	inert = isatty(fileno(fp));

	for (c = 0; c < t->ncols; c++) {
		if (c)
			fputc(',', fp);
		csv_write_field(fp, t->cols[c].key, ',', 0);
	}
	fputc('\n', fp);
	for (r = 0; r < t->nrows; r++) {
		for (c = 0; c < t->ncols; c++) {
			if (c)
				fputc(',', fp);
			const char *v = t->cells[r * t->ncols + c];
			char *clean = inert && v != NULL ? text_sanitize(v) :
			    NULL;

			csv_write_field(fp, clean != NULL ? clean : v, ',', 0);
			free(clean);
		}
		fputc('\n', fp);
	}
}

static void
pad(FILE *fp, size_t n)
{
	while (n-- > 0)
		fputc(' ', fp);
}

static void
print_cell(FILE *fp, const char *s, size_t width, int right, int last)
{
	size_t	w = text_width(s);

	if (right)
		pad(fp, width - w);
	fputs(s, fp);
	if (!right && !last)
		pad(fp, width - w);
}

static void
print_human(const struct table *t, FILE *fp)
{
	size_t	 r, c, n = t->nrows * t->ncols;
	size_t	*width = xcalloc(t->ncols, sizeof(size_t));
	char	**shown = xcalloc(n + 1, sizeof(char *)), buf[1024];

	for (c = 0; c < t->ncols; c++)
		width[c] = text_width(_(t->cols[c].label));
	for (r = 0; r < n; r++) {
		shown[r] = text_sanitize(for_people(t, r % t->ncols,
		    t->cells[r], buf, sizeof(buf)));
		if (text_width(shown[r]) > width[r % t->ncols])
			width[r % t->ncols] = text_width(shown[r]);
	}
	for (c = 0; c < t->ncols; c++) {
		print_cell(fp, _(t->cols[c].label), width[c],
		    t->cols[c].numeric, c + 1 == t->ncols);
		fputs(c + 1 == t->ncols ? "\n" : "  ", fp);
	}
	for (r = 0; r < t->nrows; r++)
		for (c = 0; c < t->ncols; c++) {
			print_cell(fp, shown[r * t->ncols + c], width[c],
			    t->cols[c].numeric, c + 1 == t->ncols);
			fputs(c + 1 == t->ncols ? "\n" : "  ", fp);
		}
	for (r = 0; r < n; r++)
		free(shown[r]);
	free(shown);
	free(width);
}

void
table_print(const struct table *t, FILE *fp, enum table_format fmt)
{
	switch (fmt) {
	case TABLE_CSV:
		print_csv(t, fp);
		break;
	case TABLE_JSON:
		print_json(t, fp);
		break;
	case TABLE_HUMAN:
		print_human(t, fp);
		break;
	}
}
