/*
 * profile-pdf.c: profiles as an A4 PDF, each on a page of its own.
 *
 * Pango lays the text out (UTF-8 in, words wrapped, any script) and
 * cairo writes the PDF with the fonts embedded and a Unicode map for
 * every glyph, so the text in it is the text that was meant: a reader
 * can search it, pdftotext gets it back (the tests read every profile
 * back that way), and no character is lost to a font's encoding.  The
 * font asked for is DejaVu Sans (fontconfig picks the nearest when it is
 * missing).  The font map is Pango's default, made once per process.
 *
 * A page is laid out twice when it must be: once measured, and if it is
 * taller than the page, again smaller (down to 64%), so that a profile
 * is always one page.  Nothing here reads the database.  Fontconfig
 * reads its configuration and cache while the program acts as the
 * person (priv.h), never with the team server's group.
 */
#include <stdio.h>
#include <string.h>

#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "werkbank/i18n.h"
#include "werkbank/priv.h"
#include "profile-int.h"

#define PAGE_W		595.28		/* A4 in points */
#define PAGE_H		841.89
#define MARGIN_X	56.0
#define MARGIN_TOP	48.0
#define MARGIN_BOTTOM	44.0
#define LABEL_COL	150.0		/* the fields' labels */
#define FONT		"DejaVu Sans"

struct rgb {
	double	r, g, b;
};

static const struct rgb ink = { 0.13, 0.13, 0.15 };
static const struct rgb grey = { 0.38, 0.39, 0.42 };
static const struct rgb accent = { 0.06, 0.30, 0.45 };
static const struct rgb rule = { 0.78, 0.82, 0.86 };
static const struct rgb boxfill = { 0.93, 0.95, 0.97 };
static const struct rgb good = { 0.13, 0.47, 0.24 };
static const struct rgb open_ = { 0.66, 0.44, 0.02 };

struct pdf {
	cairo_t			*cr;
	PangoContext		*pc;
	PangoLayout		*lay;
	PangoFontDescription	*font;
	double			 scale;		/* 1, or less to fit */
	int			 draw;		/* 0: measure only */
};

/* Lay text out at (x, y) in width points; draw it when p->draw.
 * Returns its height. */
static double
text(struct pdf *p, double x, double y, double width, const char *s,
    double size, int bold, const struct rgb *c, int right)
{
	int	w, h;

	pango_font_description_set_weight(p->font, bold ? PANGO_WEIGHT_BOLD :
	    PANGO_WEIGHT_NORMAL);
	pango_font_description_set_absolute_size(p->font,
	    size * p->scale * PANGO_SCALE);
	pango_layout_set_font_description(p->lay, p->font);
	pango_layout_set_width(p->lay, (int)(width * PANGO_SCALE));
	pango_layout_set_wrap(p->lay, PANGO_WRAP_WORD_CHAR);
	pango_layout_set_alignment(p->lay, right ? PANGO_ALIGN_RIGHT :
	    PANGO_ALIGN_LEFT);
	pango_layout_set_text(p->lay, s, -1);
	pango_layout_get_size(p->lay, &w, &h);
	if (p->draw) {
		cairo_set_source_rgb(p->cr, c->r, c->g, c->b);
		cairo_move_to(p->cr, x, y);
		pango_cairo_show_layout(p->cr, p->lay);
	}
	return (double)h / PANGO_SCALE;
}

static void
hline(struct pdf *p, double x0, double x1, double y, double width,
    const struct rgb *c)
{
	if (!p->draw)
		return;
	cairo_set_source_rgb(p->cr, c->r, c->g, c->b);
	cairo_set_line_width(p->cr, width);
	cairo_move_to(p->cr, x0, y);
	cairo_line_to(p->cr, x1, y);
	cairo_stroke(p->cr);
}

static const struct rgb *
mark_colour(enum pdoc_mark m)
{
	return m == PD_GOOD ? &good : m == PD_OPEN ? &open_ :
	    m == PD_TALK ? &accent : &ink;
}

/* The sign before a point of the fit (a check mark, a question mark,
 * an arrow), or a bullet. */
static const char *
mark_sign(enum pdoc_mark m)
{
	return m == PD_GOOD ? "\xe2\x9c\x93" : m == PD_OPEN ? "?" :
	    m == PD_TALK ? "\xe2\x86\x92" : "\xe2\x80\xa2";
}

/* One item at y; returns the y after it. */
static double
item(struct pdf *p, const struct pdoc_item *it, double y)
{
	double	s = p->scale, left = MARGIN_X, w = PAGE_W - 2 * MARGIN_X;
	double	h, lh;

	switch (it->kind) {
	case PD_SECTION:
		y += 13 * s;
		h = text(p, left, y, w, it->text, 11.5, 1, &accent, 0);
		y += h + 2 * s;
		hline(p, left, left + w, y, 0.6, &rule);
		return y + 5 * s;
	case PD_SUBHEAD:
		y += 3 * s;
		h = text(p, left, y, w, it->text, 10, 1, mark_colour(it->mark),
		    0);
		return y + h + 2 * s;
	case PD_FIELD:
		lh = text(p, left, y, LABEL_COL - 8, it->label, 9.5, 0, &grey,
		    0);
		h = text(p, left + LABEL_COL, y, w - LABEL_COL, it->text, 10,
		    0, &ink, 0);
		return y + (h > lh ? h : lh) + 3.5 * s;
	case PD_BULLET:
		text(p, left + 2, y, 12, mark_sign(it->mark), 10, 1,
		    mark_colour(it->mark), 0);
		h = text(p, left + 16, y, w - 16, it->text, 10, 0, &ink, 0);
		return y + h + 3 * s;
	case PD_PARA:
		y += 2 * s;
		h = text(p, left, y, w, it->text, 9.5, 0, &grey, 0);
		return y + h + 3 * s;
	case PD_FOOTER:
		return y;
	}
	return y;
}

/* The items from i to the end of a boxed section; returns the y after
 * them, drawing the box behind them first. */
static double
box(struct pdf *p, const struct pdoc *d, size_t *i, double y)
{
	size_t	start = *i, end;
	double	top, bottom;
	int	draw = p->draw;

	for (end = start + 1; end < d->n && d->items[end].kind != PD_SECTION &&
	    d->items[end].kind != PD_FOOTER; end++)
		;
	y += 12 * p->scale;
	top = y;
	p->draw = 0;
	y = top + 8 * p->scale;
	for (*i = start; *i < end; (*i)++)
		y = *i == start ? y + text(p, MARGIN_X + 10, y, 200,
		    d->items[*i].text, 11.5, 1, &accent, 0) + 4 * p->scale :
		    item(p, &d->items[*i], y);
	bottom = y + 5 * p->scale;
	p->draw = draw;
	if (draw) {
		cairo_set_source_rgb(p->cr, boxfill.r, boxfill.g, boxfill.b);
		cairo_rectangle(p->cr, MARGIN_X - 8, top, PAGE_W - 2 * MARGIN_X +
		    16, bottom - top);
		cairo_fill(p->cr);
		cairo_set_source_rgb(p->cr, accent.r, accent.g, accent.b);
		cairo_rectangle(p->cr, MARGIN_X - 8, top, 3, bottom - top);
		cairo_fill(p->cr);
	}
	y = top + 8 * p->scale;
	for (*i = start; *i < end; (*i)++)
		y = *i == start ? y + text(p, MARGIN_X, y, 200,
		    d->items[*i].text, 11.5, 1, &accent, 0) + 4 * p->scale :
		    item(p, &d->items[*i], y);
	(*i)--;
	return bottom;
}

/* The page: returns the height it takes (to the foot), drawn or not. */
static double
page(struct pdf *p, const struct pdoc *d)
{
	double	s = p->scale, w = PAGE_W - 2 * MARGIN_X, y, h, fh = 0;
	size_t	i;

	if (p->draw) {
		cairo_set_source_rgb(p->cr, accent.r, accent.g, accent.b);
		cairo_rectangle(p->cr, 0, 0, PAGE_W, 10);
		cairo_fill(p->cr);
	}
	y = MARGIN_TOP;
	text(p, MARGIN_X, y + 2 * s, w, d->number, 12, 1, &accent, 1);
	text(p, MARGIN_X, y + 19 * s, w, d->date, 9, 0, &grey, 1);
	h = text(p, MARGIN_X, y, w - 140, d->title, 22, 1, &accent, 0);
	y += h + 6 * s;
	if (d->name != NULL)
		y += text(p, MARGIN_X, y, w, d->name, 14, 1, &ink, 0) + 2 * s;
	if (d->headline != NULL)
		y += text(p, MARGIN_X, y, w, d->headline, 13, 0, &ink, 0) +
		    2 * s;
	if (d->for_line != NULL)
		y += text(p, MARGIN_X, y, w, d->for_line, 10, 0, &grey, 0) +
		    2 * s;
	y += 4 * s;
	hline(p, MARGIN_X, MARGIN_X + w, y, 1.2, &accent);
	y += 2 * s;
	for (i = 0; i < d->n; i++)
		y = d->items[i].kind == PD_SECTION && d->items[i].mark ==
		    PD_BOX ? box(p, d, &i, y) : item(p, &d->items[i], y);
	/* The foot: the small print at the bottom of the page. */
	for (i = 0; i < d->n; i++)
		if (d->items[i].kind == PD_FOOTER) {
			int	draw = p->draw;

			p->draw = 0;
			fh = text(p, MARGIN_X, 0, w, d->items[i].text, 8, 0,
			    &grey, 0);
			p->draw = draw;
			hline(p, MARGIN_X, MARGIN_X + w, PAGE_H - MARGIN_BOTTOM -
			    fh - 5, 0.6, &rule);
			text(p, MARGIN_X, PAGE_H - MARGIN_BOTTOM - fh, w,
			    d->items[i].text, 8, 0, &grey, 0);
			fh += 14;
		}
	return y + fh;
}

/*
 * Fontconfig keeps its configuration and the patterns of the fonts it
 * found for the life of the process, part of it reachable only through
 * its memory-mapped cache files, which LeakSanitizer does not scan; so
 * the sanitizer build (which alone calls this) is told that what
 * fontconfig allocates is not a leak of ours.
 */
const char	*__lsan_default_suppressions(void);
const char	*__lsan_default_options(void);

const char *
__lsan_default_suppressions(void)
{
	return "leak:libfontconfig.so\n";
}

/* ... without a table of the suppressions used on every exit. */
const char *
__lsan_default_options(void)
{
	return "print_suppressions=0";
}

static cairo_status_t
write_fp(void *closure, const unsigned char *data, unsigned int len)
{
	return fwrite(data, 1, len, closure) == len ? CAIRO_STATUS_SUCCESS :
	    CAIRO_STATUS_WRITE_ERROR;
}

static void
render(cairo_surface_t *surface, struct pdoc *const *docs, size_t n)
{
	PangoFontMap	*fm;
	struct pdf	 p;
	size_t		 i;
	static const double scales[] = { 1, 0.93, 0.86, 0.79, 0.72, 0.64 };
	size_t		 k;

	memset(&p, 0, sizeof(p));
	p.cr = cairo_create(surface);
	fm = pango_cairo_font_map_get_default();	/* kept for next time */
	p.pc = pango_font_map_create_context(fm);
	pango_cairo_update_context(p.cr, p.pc);
	p.lay = pango_layout_new(p.pc);
	p.font = pango_font_description_from_string(FONT);
	for (i = 0; i < n; i++) {
		for (k = 0; k < sizeof(scales) / sizeof(scales[0]); k++) {
			p.scale = scales[k];
			p.draw = 0;
			if (page(&p, docs[i]) <= PAGE_H - MARGIN_BOTTOM)
				break;
		}
		if (k == sizeof(scales) / sizeof(scales[0]))
			p.scale = scales[k - 1];
		p.draw = 1;
		page(&p, docs[i]);
		cairo_show_page(p.cr);
	}
	pango_font_description_free(p.font);
	g_object_unref(p.lay);
	g_object_unref(p.pc);
	cairo_destroy(p.cr);
}

enum wb_status
profile_render_pdf(struct pdoc *const *docs, size_t n, FILE *fp, char *err,
    size_t errlen)
{
	cairo_surface_t	*surface;
	cairo_status_t	 cs;
	char		 title[256];

	if (priv_user_begin() != 0) {
		snprintf(err, errlen, "%s", _("cannot act as you to read the "
		    "fonts"));
		return WB_IO;
	}
	surface = cairo_pdf_surface_create_for_stream(write_fp, fp, PAGE_W,
	    PAGE_H);
	snprintf(title, sizeof(title), "%s", n > 0 ? docs[0]->title : "");
	cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE,
	    title);
	cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR,
	    "werkbank");
	render(surface, docs, n);
	cairo_surface_finish(surface);
	cs = cairo_surface_status(surface);
	cairo_surface_destroy(surface);
	priv_user_end();
	if (cs != CAIRO_STATUS_SUCCESS) {
		snprintf(err, errlen, _("cannot make the PDF: %s"),
		    cairo_status_to_string(cs));
		return WB_IO;
	}
	return WB_OK;
}
