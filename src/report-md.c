/*
 * report-md.c: the parts of the administrators' Markdown report that
 * issue 18 added (report-int.h): a section per theme of the outflow, the
 * breakdowns by employer, sector and consultant with the target groups
 * placed and the durable share, and the counting rules of those figures.
 */
#include "werkbank/report.h"

#include <stdlib.h>
#include <string.h>

#include "werkbank/i18n.h"
#include "werkbank/num.h"
#include "report-int.h"

/* Data or a label into a table cell: | and Markdown's marks escaped. */
static void
cell(FILE *fp, const char *s)
{
	for (; *s != '\0'; s++) {
		if (strchr("|\\*_`[]<>#", *s) != NULL)
			fputc('\\', fp);
		fputc(*s == '\n' ? ' ' : *s, fp);
	}
}

void
report_markdown_outflow(const struct report *r, FILE *fp)
{
	struct report_item	*it;
	size_t			 n, i;
	int			 theme = -1;

	n = report_items(&r->total, &it);
	for (i = 0; i < n; i++) {
		if ((int)it[i].theme != theme) {
			theme = (int)it[i].theme;
			fprintf(fp, "\n## %s\n\n| | %s | %s |\n|:---|---:|:---|\n",
			    report_theme_title(it[i].theme), _("Number"),
			    _("Share"));
		}
		fputs("| ", fp);
		cell(fp, it[i].label);
		fprintf(fp, " | %s | ", it[i].value);
		cell(fp, it[i].note);
		fputs(" |\n", fp);
	}
	free(it);
}

static void
count_cell(FILE *fp, long long v)
{
	if (v < 0)
		fputs(" – |", fp);
	else
		fprintf(fp, " %lld |", v);
}

void
report_markdown_placed(const struct report *r, FILE *fp, enum report_by by,
    const char *title)
{
	const struct report_breakdown *b = &r->by[by];
	const struct report_figures *f;
	char	spread[512];
	size_t	i;

	fprintf(fp, "\n## %s\n\n", title);
	if (b->ngroups == 0) {
		fprintf(fp, "%s\n", _("Nothing in this period."));
		return;
	}
	fprintf(fp, "| %s | %s | %s | %s | %s | %s | %s | %s |\n"
	    "|:---|---:|---:|---:|---:|---:|---:|:---|\n", _("Group"),
	    report_figure_label("vacancies_collected"),
	    report_figure_label("placements"),
	    report_figure_label("people_placed"),
	    report_figure_label("durable_placements"), _("Durable share"),
	    report_figure_label("not_chosen"), _("Target groups placed"));
	for (i = 0; i < b->ngroups; i++) {
		f = &b->groups[i].f;
		fputs("| ", fp);
		cell(fp, report_group_shown(by, &b->groups[i]));
		fputs(" |", fp);
		count_cell(fp, f->vacancies_collected);
		count_cell(fp, f->placements);
		count_cell(fp, f->people_placed);
		count_cell(fp, f->durable_placements);
		if (f->durable_due > 0)
			fprintf(fp, " %.0f%% |", 100.0 *
			    (double)f->durable_placements /
			    (double)f->durable_due);
		else
			fputs(" – |", fp);
		count_cell(fp, f->not_chosen);
		fputc(' ', fp);
		cell(fp, report_tg_spread(f, spread, sizeof(spread)));
		fputs(" |\n", fp);
	}
}

void
report_markdown_outflow_rules(const struct report *r, FILE *fp)
{
	fprintf(fp, "- %s\n", _("Why people left: each person who left the "
	    "pool in the period counts once, under the reason recorded when "
	    "they left. Placing someone records work through the team; those "
	    "who left before werkbank asked for a reason count as unknown."));
	fprintf(fp, "- %s\n", _("Why proposals ended: a proposal counts in "
	    "the period of the day it ended, not chosen (under the "
	    "employer's reason) or withdrawn (under the candidate's). "
	    "Endings recorded without a reason count as unknown."));
	fprintf(fp, "- ");
	fprintf(fp, _("Banenafspraak: the placements starting in the period "
	    "on a vacancy marked banenafspraak. Jobs count in the national "
	    "unit of %s hours a week: a placement's hours divided by %s (34 "
	    "hours count 1.33, 17 hours 0.67), added up; a placement without "
	    "hours counts as a placement but not in the jobs."), "25.5",
	    "25.5");
	fputc('\n', fp);
	fprintf(fp, "- %s\n", _("Instruments: a placement starting in the "
	    "period counts once for each instrument it uses, as recorded "
	    "with it, or as its contract (trial placement, work-experience "
	    "place, sheltered work). The mean wage cost subsidy is taken over "
	    "the placements whose percentage is known."));
	fprintf(fp, "- %s\n", _("Jobcoaching: a placement counts when a job "
	    "coach was agreed (the instrument, or a job coach recorded). The "
	    "days run from the placement's start to the job coach's; the "
	    "median is over those that started."));
	fprintf(fp, "- %s\n", _("Employers: new in the period when their "
	    "first vacancy or placement ever falls in it; returning when they "
	    "had one before and a vacancy collected or a placement started in "
	    "the period."));
	fprintf(fp, "- %s\n", _("By employer and by sector: vacancies, "
	    "placements and proposals that ended count with the vacancy's "
	    "employer. By consultant: placements with the consultant the "
	    "person had when placed, the pool and proposals that ended with "
	    "the person's consultant."));
	(void)r;
}
