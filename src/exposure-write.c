/*
 * exposure-write.c: who gets seen (exposure.h) for people: a table in
 * their language for the terminal (werkbank exposure, werkbank report)
 * and a Markdown section for the report's file.
 */
#include "werkbank/exposure.h"

#include <math.h>
#include <stdio.h>

#include "werkbank/date.h"
#include "werkbank/i18n.h"
#include "werkbank/num.h"
#include "werkbank/table.h"
#include "werkbank/vocab.h"

#define NCOLS	12

static const struct table_col people_cols[NCOLS] = {
	{ "group",		N_("Group"),		0 },
	{ "pool",		N_("Pool"),		1 },
	{ "pool_pct",		N_("%"),		1 },
	{ "shown",		N_("Shown"),		1 },
	{ "shown_pct",		N_("%"),		1 },
	{ "shown_r",		N_("vs pool"),		1 },
	{ "proposed",		N_("Proposed"),		1 },
	{ "proposed_pct",	N_("%"),		1 },
	{ "proposed_r",		N_("vs pool"),		1 },
	{ "placed",		N_("Placed"),		1 },
	{ "placed_pct",		N_("%"),		1 },
	{ "placed_r",		N_("vs pool"),		1 },
};

/* A share for people: "24%". */
static const char *
pct(double v, char *buf, size_t len)
{
	char	n[32];

	if (isnan(v))
		return "";
	snprintf(buf, len, "%s%%", num_format(100 * v, 0, n, sizeof(n)));
	return buf;
}

/* A share against the pool's share: "0,85" (1,00 is even). */
static const char *
ratio(double share, double pool_share, char *buf, size_t len)
{
	if (isnan(share) || isnan(pool_share) || pool_share == 0)
		return "";
	return num_format_fixed(share / pool_share, 2, buf, len);
}

static const char *
group_name(const struct exposure *e, size_t i)
{
	const char	*g = e->rows[i].group;

	if (i == 0)
		return _("total");
	if (*g == '\0')
		return _("(unknown)");
	return e->by == EXPOSURE_TARGET_GROUP ? vocab_word(VOCAB_TARGET_GROUP,
	    g) : g;
}

/* Row i's cells (into b, NCOLS of 32 bytes). */
static void
cells_of(const struct exposure *e, size_t i, char b[NCOLS][32],
    const char **cells)
{
	const struct exposure_row *tot = &e->rows[0], *r = &e->rows[i];
	const long long	 v[4] = { r->pool, r->shown, r->proposed, r->placed };
	const long long	 all[4] = { tot->pool, tot->shown, tot->proposed,
			    tot->placed };
	double		 pool_share = exposure_share(r->pool, tot->pool);
	size_t		 c = 1;
	int		 j;

	cells[0] = group_name(e, i);
	for (j = 0; j < 4; j++) {
		double	share = exposure_share(v[j], all[j]);

		snprintf(b[c], 32, "%lld", v[j]);
		cells[c] = b[c];
		c++;
		cells[c] = pct(share, b[c], 32);
		c++;
		if (j > 0) {
			cells[c] = ratio(share, pool_share, b[c], 32);
			c++;
		}
	}
}

static const char *
by_words(enum exposure_by by)
{
	return by == EXPOSURE_PARTNER ? _("partner") :
	    by == EXPOSURE_MUNICIPALITY ? _("municipality") :
	    _("target group");
}

static const char *
explanation(void)
{
	return _("Pool: in the pool and fitting a vacancy open in the period. "
	    "Shown: in a match run or a slate. \"vs pool\": the group's "
	    "share against its share of the pool (above 1: more than its "
	    "share; below 1: less).");
}

void
exposure_print(const struct exposure *e, FILE *fp, size_t max)
{
	struct table	*t = table_new(people_cols, NCOLS);
	char		 b[NCOLS][32], from[11], to[11];
	const char	*cells[NCOLS];
	size_t		 i;

	for (i = 0; i < e->n; i++) {
		cells_of(e, i, b, cells);
		table_add(t, cells);
	}
	fprintf(fp, _("Who gets seen, %s to %s, by %s.\n"), date_format(
	    e->from, from), date_format(e->to, to), by_words(e->by));
	fprintf(fp, "%s\n\n", explanation());
	table_print(t, fp, TABLE_HUMAN);
	table_free(t);
	fputc('\n', fp);
	fprintf(fp, ngettext("%zu candidate fits a vacancy and was never "
	    "shown", "%zu candidates fit a vacancy and were never shown",
	    e->nnever), e->nnever);
	for (i = 0; i < e->nnever && i < max; i++)
		fprintf(fp, "%s%s", i ? ", " : ": ", e->never[i]);
	if (max > 0 && e->nnever > max)
		fprintf(fp, _(" and %zu more (werkbank exposure --never lists "
		    "them)"), e->nnever - max);
	fprintf(fp, ".\n");
}

static void
md_cell(FILE *fp, const char *s)
{
	for (; *s != '\0'; s++) {
		if (*s == '|' || *s == '\\' || *s == '*' || *s == '_')
			fputc('\\', fp);
		fputc(*s, fp);
	}
}

void
exposure_markdown(const struct exposure *e, FILE *fp)
{
	char		 b[NCOLS][32];
	const char	*cells[NCOLS];
	size_t		 i, c;

	fprintf(fp, "\n## %s\n\n", _("Who gets seen"));
	fprintf(fp, _("By %s. %s"), by_words(e->by), explanation());
	fputs("\n\n|", fp);
	for (c = 0; c < NCOLS; c++) {
		fputc(' ', fp);
		md_cell(fp, _(people_cols[c].label));
		fputs(" |", fp);
	}
	fputs("\n|:---|", fp);
	for (c = 1; c < NCOLS; c++)
		fputs("---:|", fp);
	fputc('\n', fp);
	for (i = 0; i < e->n; i++) {
		cells_of(e, i, b, cells);
		fputc('|', fp);
		for (c = 0; c < NCOLS; c++) {
			fputc(' ', fp);
			md_cell(fp, *cells[c] ? cells[c] : "–");
			fputs(" |", fp);
		}
		fputc('\n', fp);
	}
	fputc('\n', fp);
	fprintf(fp, ngettext("%zu candidate fits a vacancy and was never "
	    "shown in the period.", "%zu candidates fit a vacancy and were "
	    "never shown in the period.", e->nnever), e->nnever);
	fputc('\n', fp);
}
