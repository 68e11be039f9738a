/*
 * profile-text.c: a profile as plain text (72 columns, for the body of
 * an e-mail: headings underlined, the fields in two columns, long values
 * wrapped under themselves) or as Markdown (data escaped, so that a
 * skill or an employer's name cannot become markup).  Widths are screen
 * columns (text.h), not bytes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/text.h"
#include "profile-int.h"

#define WIDTH		72
#define LABEL_MAX	26

/* Words of s from its start, wrapped into lines of at most width
 * columns; the first line after `first` (already printed, taking col
 * columns), the others after indent spaces. */
static void
wrap(FILE *fp, const char *s, size_t col, size_t indent, size_t width)
{
	const char	*p = s, *end;
	char		 word[1024];
	size_t		 w, n;
	int		 any = 0;

	while (*p != '\0') {
		while (*p == ' ')
			p++;
		if (*p == '\0')
			break;
		end = strchr(p, ' ');
		n = end != NULL ? (size_t)(end - p) : strlen(p);
		snprintf(word, sizeof(word), "%.*s", (int)n, p);
		w = text_width(word);
		if (any && col + 1 + w > width) {
			fprintf(fp, "\n%*s", (int)indent, "");
			col = indent;
			any = 0;
		}
		fprintf(fp, "%s%s", any ? " " : "", word);
		col += w + (any ? 1 : 0);
		any = 1;
		p += n;
	}
	fputc('\n', fp);
}

static void
underline(FILE *fp, const char *s, int c)
{
	size_t	w = text_width(s), i;

	fprintf(fp, "%s\n", s);
	for (i = 0; i < w; i++)
		fputc(c, fp);
	fputc('\n', fp);
}

static size_t
label_width(const struct pdoc *d)
{
	size_t	i, w, max = 0;

	for (i = 0; i < d->n; i++)
		if (d->items[i].kind == PD_FIELD &&
		    (w = text_width(d->items[i].label)) > max)
			max = w;
	return max + 2 > LABEL_MAX ? LABEL_MAX : max + 2;
}

static void
text_one(const struct pdoc *d, FILE *fp)
{
	const struct pdoc_item	*it;
	size_t			 lw = label_width(d), i, w;

	w = text_width(d->title) + text_width(d->number);
	fprintf(fp, "%s%*s%s\n", d->title, w < WIDTH ? (int)(WIDTH - w) : 1,
	    "", d->number);
	if (d->name != NULL)
		fprintf(fp, "%s\n", d->name);
	if (d->headline != NULL)
		fprintf(fp, "%s\n", d->headline);
	if (d->for_line != NULL)
		wrap(fp, d->for_line, 0, 0, WIDTH);
	fprintf(fp, "%s\n", d->date);
	for (i = 0; i < d->n; i++) {
		it = &d->items[i];
		switch (it->kind) {
		case PD_SECTION:
			fputc('\n', fp);
			underline(fp, it->text, '-');
			break;
		case PD_SUBHEAD:
			fprintf(fp, "%s:\n", it->text);
			break;
		case PD_FIELD:
			/* A label longer than the column: the value after
			 * it, wrapped under the column. */
			w = text_width(it->label);
			fprintf(fp, "%s%*s", it->label, w + 1 > lw ? 2 :
			    (int)(lw - w), "");
			wrap(fp, it->text, w + 1 > lw ? w + 2 : lw, lw, WIDTH);
			break;
		case PD_BULLET:
			fputs("  - ", fp);
			wrap(fp, it->text, 4, 4, WIDTH);
			break;
		case PD_PARA:
			wrap(fp, it->text, 0, 0, WIDTH);
			break;
		case PD_FOOTER:
			fputc('\n', fp);
			wrap(fp, it->text, 0, 0, WIDTH);
			break;
		}
	}
}

/* Data as Markdown text: every character markup gives a meaning
 * escaped with a backslash. */
static void
md(FILE *fp, const char *s)
{
	for (; *s != '\0'; s++) {
		if (strchr("\\`*_[]<>#|~!{}", *s) != NULL)
			fputc('\\', fp);
		fputc(*s, fp);
	}
}

static void
markdown_one(const struct pdoc *d, FILE *fp)
{
	const struct pdoc_item	*it;
	size_t			 i;

	fputs("# ", fp);
	md(fp, d->title);
	fputs(" \xc2\xb7 ", fp);
	md(fp, d->number);
	fputs("\n\n", fp);
	if (d->name != NULL) {
		fputs("**", fp);
		md(fp, d->name);
		fputs("**  \n", fp);
	}
	if (d->headline != NULL) {
		fputs("**", fp);
		md(fp, d->headline);
		fputs("**  \n", fp);
	}
	if (d->for_line != NULL) {
		md(fp, d->for_line);
		fputs("  \n", fp);
	}
	md(fp, d->date);
	fputc('\n', fp);
	for (i = 0; i < d->n; i++) {
		it = &d->items[i];
		switch (it->kind) {
		case PD_SECTION:
			fputs("\n## ", fp);
			md(fp, it->text);
			fputs("\n\n", fp);
			break;
		case PD_SUBHEAD:
			/* Right after its section's heading: no second
			 * blank line. */
			fputs(i > 0 && d->items[i - 1].kind == PD_SECTION ?
			    "### " : "\n### ", fp);
			md(fp, it->text);
			fputs("\n\n", fp);
			break;
		case PD_FIELD:
			fputs("- **", fp);
			md(fp, it->label);
			fputs(":** ", fp);
			md(fp, it->text);
			fputc('\n', fp);
			break;
		case PD_BULLET:
			fputs("- ", fp);
			md(fp, it->text);
			fputc('\n', fp);
			break;
		case PD_PARA:
			fputc('\n', fp);
			md(fp, it->text);
			fputc('\n', fp);
			break;
		case PD_FOOTER:
			fputs("\n*", fp);
			md(fp, it->text);
			fputs("*\n", fp);
			break;
		}
	}
}

void
profile_render_text(struct pdoc *const *docs, size_t n, FILE *fp,
    int markdown)
{
	size_t	i, k;

	for (i = 0; i < n; i++) {
		if (i > 0) {
			if (markdown)
				fputs("\n---\n\n", fp);
			else {
				fputc('\n', fp);
				for (k = 0; k < WIDTH; k++)
					fputc('=', fp);
				fputs("\n\n", fp);
			}
		}
		if (markdown)
			markdown_one(docs[i], fp);
		else
			text_one(docs[i], fp);
	}
}
