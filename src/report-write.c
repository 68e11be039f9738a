/*
 * report-write.c: a computed report (report.h) out as CSV (cli.md's
 * contract, also for `werkbank export report`), as one JSON array, and
 * as the quarterly Markdown report for the administrators.
 */
#include "werkbank/report.h"
#include "werkbank/table.h"

#include <math.h>
#include <string.h>

#include "werkbank/date.h"
#include "werkbank/i18n.h"
#include "werkbank/json.h"
#include "werkbank/num.h"

const char *const report_csv_columns[REPORT_NCSV] = {
	"group", "vacancies_collected", "vacancies_filled",
	"median_days_to_fill", "placements", "people_placed",
	"durable_placements", "durable_12m", "inflow", "pool_end",
};

/* People's words for the figures (targets, tables); N_() marked. */
static const struct {
	const char	*key, *label;
} figure_labels[] = {
	{ "group",		N_("Group") },
	{ "vacancies_collected", N_("Vacancies collected") },
	{ "vacancies_filled",	N_("Vacancies filled") },
	{ "median_days_to_fill", N_("Median days to fill") },
	{ "placements",		N_("Placements") },
	{ "people_placed",	N_("People placed") },
	{ "durable_placements",	N_("Durable placements") },
	{ "durable_12m",	N_("Durable after 12 months") },
	{ "inflow",		N_("Inflow") },
	{ "pool_end",		N_("Pool at the end") },
	{ "outflow",		N_("Outflow") },
	{ "employer_share_8plus", N_("Employers rating 8 or higher (%)") },
	{ "nps",		N_("Net Promoter Score") },
};

const char *
report_figure_label(const char *key)
{
	size_t	i;

	for (i = 0; i < sizeof(figure_labels) / sizeof(figure_labels[0]); i++)
		if (strcmp(key, figure_labels[i].key) == 0)
			return _(figure_labels[i].label);
	return key;
}

double
report_figure(const struct report_figures *f, int column)
{
	switch (column) {
	case 1:
		return (double)f->vacancies_collected;
	case 2:
		return (double)f->vacancies_filled;
	case 3:
		return f->median_days_to_fill;
	case 4:
		return (double)f->placements;
	case 5:
		return (double)f->people_placed;
	case 6:
		return (double)f->durable_placements;
	case 7:
		return (double)f->durable_12m;
	case 8:
		return (double)f->inflow;
	case 9:
		return (double)f->pool_end;
	}
	return -1;
}

/* A figure as text: "" when it does not apply, 23 or 23.5. */
static void
figure_text(const struct report_figures *f, int column, int comma, char *buf,
    size_t len)
{
	double	v = report_figure(f, column);
	char	*dot;

	if (v < 0) {
		buf[0] = '\0';
		return;
	}
	if (v == floor(v))
		snprintf(buf, len, "%.0f", v);
	else
		snprintf(buf, len, "%.1f", v);
	if (comma && (dot = strchr(buf, '.')) != NULL)
		*dot = ',';
}

static void
csv_field(FILE *fp, const char *s, char delim)
{
	if (strchr(s, delim) == NULL && strpbrk(s, "\"\r\n") == NULL &&
	    strchr("=+-@", *s) == NULL) {
		fputs(s, fp);
		return;
	}
	fputc('"', fp);
	if (*s != '\0' && strchr("=+-@", *s) != NULL)
		fputc('\'', fp);	/* never a spreadsheet formula */
	for (; *s != '\0'; s++) {
		if (*s == '"')
			fputc('"', fp);
		fputc(*s, fp);
	}
	fputc('"', fp);
}

static void
csv_row(FILE *fp, const char *group, const struct report_figures *f,
    int excel)
{
	char	buf[32];
	int	c;

	csv_field(fp, group, excel ? ';' : ',');
	for (c = 1; c < REPORT_NCSV; c++) {
		fputc(excel ? ';' : ',', fp);
		figure_text(f, c, excel, buf, sizeof(buf));
		fputs(buf, fp);
	}
	fputs(excel ? "\r\n" : "\n", fp);
}

enum wb_status
report_write_csv(const struct report *r, int by, FILE *fp, int excel,
    long *rows)
{
	const struct report_breakdown *b;
	size_t	i;
	int	c;

	if (excel)
		fputs("\xef\xbb\xbf", fp);
	for (c = 0; c < REPORT_NCSV; c++) {
		if (c)
			fputc(excel ? ';' : ',', fp);
		fputs(report_csv_columns[c], fp);
	}
	fputs(excel ? "\r\n" : "\n", fp);
	csv_row(fp, "total", &r->total, excel);
	if (rows != NULL)
		*rows = 1;
	if (by >= 0 && by < REPORT_NBY) {
		b = &r->by[by];
		for (i = 0; i < b->ngroups; i++)
			csv_row(fp, b->groups[i].key, &b->groups[i].f, excel);
		if (rows != NULL)
			*rows += (long)b->ngroups;
	}
	return ferror(fp) ? WB_IO : WB_OK;
}

static void
json_num(FILE *fp, double v)
{
	if (v < 0 || isnan(v))
		fputs("null", fp);
	else
		json_number(fp, v);
}

static void
json_ll_array(FILE *fp, const long long *v, size_t n)
{
	size_t	i;

	fputc('[', fp);
	for (i = 0; i < n; i++)
		fprintf(fp, "%s%lld", i ? "," : "", v[i]);
	fputc(']', fp);
}

static void
json_day(FILE *fp, int day)
{
	char	buf[11];

	table_json_string(fp, date_format(day, buf));
}

static void
json_figures(FILE *fp, const char *group, const char *name,
    const struct report_figures *f)
{
	int	c;

	fputs("{\"group\":", fp);
	table_json_string(fp, group);
	fputs(",\"name\":", fp);
	table_json_string(fp, name);
	for (c = 1; c < REPORT_NCSV; c++) {
		fprintf(fp, ",\"%s\":", report_csv_columns[c]);
		json_num(fp, report_figure(f, c));
	}
	fprintf(fp, ",\"durable_due\":%lld,\"durable_people\":%lld,"
	    "\"durable_12m_due\":%lld,\"outflow\":%lld", f->durable_due,
	    f->durable_people, f->durable_12m_due, f->outflow);
}

static void
json_extras(const struct report *r, FILE *fp)
{
	const struct report_ratings	*rt = &r->ratings;
	const struct report_trend	*t = &r->trend;
	const struct report_target	*tg;
	char				 name[32], buf[11];
	size_t				 i;

	fputs(",\"period\":", fp);
	table_json_string(fp, report_period_name(r->opt.from, r->opt.to, name,
	    sizeof(name)));
	fputs(",\"from\":", fp);
	json_day(fp, r->opt.from);
	fputs(",\"to\":", fp);
	json_day(fp, r->opt.to);
	fputs(",\"today\":", fp);
	json_day(fp, r->opt.today);
	fprintf(fp, ",\"durable_months\":%d,\"durable_long_months\":%d",
	    r->durable_months, r->durable_long_months);
	fprintf(fp, ",\"ratings\":{\"answers\":%lld,\"distribution\":",
	    rt->answers);
	json_ll_array(fp, rt->dist, 11);
	fprintf(fp, ",\"promoters\":%lld,\"passives\":%lld,\"detractors\":"
	    "%lld,\"nps\":", rt->promoters, rt->passives, rt->detractors);
	if (rt->answers > 0)
		json_decimal(fp, rt->nps, 1);
	else
		fputs("null", fp);
	fprintf(fp, ",\"employers\":%lld,\"employers_8plus\":%lld,"
	    "\"share_8plus\":", rt->employers, rt->employers_8plus);
	if (rt->share_8plus >= 0)
		json_decimal(fp, rt->share_8plus, 1);
	else
		fputs("null", fp);
	fputs(",\"share_target\":", fp);
	json_number(fp, rt->share_target);
	fprintf(fp, ",\"too_few_answers\":%s}", rt->few ? "true" : "false");
	fputs(",\"targets\":[", fp);
	for (i = 0; i < r->ntargets; i++) {
		tg = &r->targets[i];
		fputs(i ? ",{\"period\":" : "{\"period\":", fp);
		table_json_string(fp, tg->period);
		fputs(",\"figure\":", fp);
		table_json_string(fp, tg->figure);
		fputs(",\"through\":", fp);
		json_day(fp, tg->through);
		/* Numbers through json_number: '.' in any locale. */
		fputs(",\"target\":", fp);
		json_number(fp, tg->target);
		fputs(",\"value\":", fp);
		json_number(fp, tg->value);
		fputs(",\"percent\":", fp);
		if (tg->pct >= 0)
			json_decimal(fp, tg->pct, 1);
		else
			fputs("null", fp);
		fprintf(fp, ",\"partial\":%s}", tg->partial ? "true" : "false");
	}
	fputs("],\"trend\":{\"months\":[", fp);
	for (i = 0; i < t->nmonths; i++) {
		date_format(t->month[i], buf);
		buf[7] = '\0';
		fputs(i ? "," : "", fp);
		table_json_string(fp, buf);
	}
	fputs("],\"placements\":{", fp);
	for (i = 0; i < t->npartners; i++) {
		fputs(i ? "," : "", fp);
		table_json_string(fp, t->partner[i]);
		fputc(':', fp);
		json_ll_array(fp, t->placements + i * t->nmonths, t->nmonths);
	}
	fputs("},\"total\":", fp);
	json_ll_array(fp, t->total, t->nmonths);
	fputs(",\"durable\":", fp);
	json_ll_array(fp, t->durable, t->nmonths);
	fputs(",\"durable_due\":", fp);
	json_ll_array(fp, t->durable_due, t->nmonths);
	fputs(",\"inflow\":", fp);
	json_ll_array(fp, t->inflow, t->nmonths);
	fputs(",\"outflow\":", fp);
	json_ll_array(fp, t->outflow, t->nmonths);
	fputs(",\"pool_end\":", fp);
	json_ll_array(fp, t->pool_end, t->nmonths);
	fputs("}", fp);
}

enum wb_status
report_write_json(const struct report *r, int by, FILE *fp)
{
	const struct report_breakdown *b;
	size_t	i;

	fputs("[\n", fp);
	json_figures(fp, "total", "total", &r->total);
	json_extras(r, fp);
	fputs("}", fp);
	if (by >= 0 && by < REPORT_NBY) {
		b = &r->by[by];
		for (i = 0; i < b->ngroups; i++) {
			fputs(",\n", fp);
			json_figures(fp, b->groups[i].key, b->groups[i].name,
			    &b->groups[i].f);
			fputs("}", fp);
		}
	}
	fputs("\n]\n", fp);
	return ferror(fp) ? WB_IO : WB_OK;
}

/* Markdown. */

static void
md_text(FILE *fp, const char *s)
{
	/* Table cells: a | would end the cell. */
	for (; *s != '\0'; s++) {
		if (*s == '|' || *s == '\\' || *s == '*' || *s == '_')
			fputc('\\', fp);
		fputc(*s == '\n' ? ' ' : *s, fp);
	}
}

static void
md_pct(FILE *fp, long long part, long long whole)
{
	if (whole > 0)
		fprintf(fp, "%.0f%%", 100.0 * (double)part / (double)whole);
	else
		fputs("–", fp);
}

static void
md_breakdown(const struct report *r, FILE *fp, enum report_by by,
    const char *title)
{
	const struct report_breakdown *b = &r->by[by];
	char	buf[32];
	size_t	i;
	int	c;

	fprintf(fp, "\n## %s\n\n|", title);
	for (c = 0; c < REPORT_NCSV; c++) {
		fputc(' ', fp);
		md_text(fp, report_figure_label(report_csv_columns[c]));
		fputs(" |", fp);
	}
	fputs("\n|:---|", fp);
	for (c = 1; c < REPORT_NCSV; c++)
		fputs("---:|", fp);
	fputc('\n', fp);
	for (i = 0; i < b->ngroups; i++) {
		fputs("| ", fp);
		md_text(fp, by == REPORT_BY_PARTNER ? b->groups[i].name :
		    report_group_shown(by, &b->groups[i]));
		fputs(" |", fp);
		for (c = 1; c < REPORT_NCSV; c++) {
			figure_text(&b->groups[i].f, c, num_decimal_mark() == ',',
			    buf, sizeof(buf));
			fprintf(fp, " %s |", *buf ? buf : "–");
		}
		fputc('\n', fp);
	}
}

static void
md_rules(const struct report *r, FILE *fp)
{
	fprintf(fp, "\n## %s\n\n", _("Appendix: counting rules"));
	fprintf(fp, "- %s\n", _("A vacancy is collected in the period when "
	    "it was collected on a day in the period; it is filled when its "
	    "status is filled and it was closed in the period. Days to fill "
	    "run from collecting to closing; the median is the middle "
	    "value."));
	fprintf(fp, "- %s\n", _("A placement counts in the period in which "
	    "it starts. Every placement counts: a person placed three times "
	    "counts three placements. People placed counts each person "
	    "once."));
	fprintf(fp, "- ");
	fprintf(fp, _("A placement is durable when the person is still in "
	    "that job %d calendar months after the start (no end date, or "
	    "an end date on or after that day) and that day has passed. "
	    "Placements whose %d months have not yet passed are not "
	    "durable yet; the durable share is taken over the placements "
	    "whose %d months have passed. The same holds for %d months."),
	    r->durable_months, r->durable_months, r->durable_months,
	    r->durable_long_months);
	fputc('\n', fp);
	fprintf(fp, "- %s\n", _("Inflow: job seekers registered in the pool "
	    "in the period. Outflow: those who left it in the period. Pool "
	    "at the end: registered on or before the last day and not left "
	    "on or before it."));
	fprintf(fp, "- %s\n", _("Placements are counted by the partner that "
	    "brought the job seeker, their target group and their "
	    "municipality of residence when placed; vacancies by the "
	    "partner that collected them and the municipality of the "
	    "workplace (a vacancy has no target group: shown as –)."));
	fprintf(fp, "- ");
	fprintf(fp, _("Employer satisfaction: the ratings given in the "
	    "period. The share rating 8 or higher counts each employer "
	    "once, with their latest rating in the period. NPS is the "
	    "percentage of answers 9-10 minus the percentage 0-6, over all "
	    "answers. Fewer than %d answers mean little."),
	    REPORT_MIN_ANSWERS);
	fputc('\n', fp);
}

enum wb_status
report_write_markdown(const struct report *r, FILE *fp)
{
	const struct report_ratings *rt = &r->ratings;
	const struct report_target *t;
	char	name[32], a[11], b[11], buf[32];
	size_t	i;
	int	c;

	report_period_name(r->opt.from, r->opt.to, name, sizeof(name));
	fprintf(fp, "# %s %s\n\n", _("Monitoring"), name);
	fprintf(fp, _("Period %s to %s; figures as of %s."),
	    date_format(r->opt.from, a), date_format(r->opt.to, b),
	    date_format(r->opt.today, buf));
	fprintf(fp, "\n\n## %s\n\n| %s | %s |\n|:---|---:|\n",
	    _("The subregion"), _("Figure"), _("Value"));
	for (c = 1; c < REPORT_NCSV; c++) {
		figure_text(&r->total, c, num_decimal_mark() == ',', buf,
		    sizeof(buf));
		fputs("| ", fp);
		md_text(fp, report_figure_label(report_csv_columns[c]));
		fprintf(fp, " | %s |\n", *buf ? buf : "–");
	}
	fprintf(fp, "| %s | %lld |\n", report_figure_label("outflow"),
	    r->total.outflow);

	fprintf(fp, "\n## %s\n\n", _("The old count beside the new"));
	fprintf(fp, "| | %s |\n|:---|---:|\n", _("Number"));
	fprintf(fp, "| %s | %lld |\n", _("Placements as counted until now"),
	    r->total.placements);
	fprintf(fp, "| %s | %lld |\n", _("People placed"),
	    r->total.people_placed);
	fprintf(fp, "| %s | %lld |\n", _("Placements whose durable moment "
	    "has passed"), r->total.durable_due);
	fprintf(fp, "| %s | %lld |\n", _("Durable placements"),
	    r->total.durable_placements);
	fprintf(fp, "| %s | %lld |\n", _("People in durable work"),
	    r->total.durable_people);
	fprintf(fp, "| %s | ", _("Durable share"));
	md_pct(fp, r->total.durable_placements, r->total.durable_due);
	fputs(" |\n", fp);

	fprintf(fp, "\n## %s\n\n", _("Targets"));
	if (r->ntargets == 0)
		fprintf(fp, "%s\n", _("No targets set for this period."));
	else {
		fprintf(fp, "| %s | %s | %s | %s | %s |\n"
		    "|:---|:---|---:|---:|---:|\n", _("Period"), _("Figure"),
		    _("Result"), _("Target"), _("Progress"));
		for (i = 0; i < r->ntargets; i++) {
			t = &r->targets[i];
			fprintf(fp, "| %s%s | ", t->period, t->partial ?
			    _(" (so far)") : "");
			md_text(fp, report_figure_label(t->figure));
			fprintf(fp, " | %.10g | %.10g | ", round(t->value * 10) /
			    10, t->target);
			if (t->pct >= 0)
				fprintf(fp, "%.0f%%", t->pct);
			else
				fputs("–", fp);
			fputs(" |\n", fp);
		}
	}

	fprintf(fp, "\n## %s\n\n", _("Employer satisfaction"));
	fprintf(fp, "| | %s |\n|:---|---:|\n", _("Value"));
	fprintf(fp, "| %s | %lld |\n", _("Ratings received"), rt->answers);
	fprintf(fp, "| %s | %lld |\n", _("Employers that rated"),
	    rt->employers);
	fprintf(fp, "| %s | ", _("Employers rating 8 or higher"));
	md_pct(fp, rt->employers_8plus, rt->employers);
	fprintf(fp, " (%s %.0f%%) |\n", _("target"), rt->share_target);
	fprintf(fp, "| %s | ", _("Net Promoter Score"));
	if (rt->answers > 0)
		fprintf(fp, "%+.0f |\n", rt->nps);
	else
		fputs("– |\n", fp);
	if (rt->few) {
		fputs("\n> ", fp);
		fprintf(fp, _("Only %lld answers: fewer than %d, so these "
		    "figures mean little."), rt->answers, REPORT_MIN_ANSWERS);
		fputc('\n', fp);
	}
	fprintf(fp, "\n| %s |", _("Score"));
	for (c = 0; c <= 10; c++)
		fprintf(fp, " %d |", c);
	fputs("\n|:---|", fp);
	for (c = 0; c <= 10; c++)
		fputs("---:|", fp);
	fprintf(fp, "\n| %s |", _("Answers"));
	for (c = 0; c <= 10; c++)
		fprintf(fp, " %lld |", rt->dist[c]);
	fputc('\n', fp);

	md_breakdown(r, fp, REPORT_BY_PARTNER, _("By partner"));
	md_breakdown(r, fp, REPORT_BY_TARGET_GROUP, _("By target group"));
	md_breakdown(r, fp, REPORT_BY_MUNICIPALITY,
	    _("By municipality of residence"));
	md_breakdown(r, fp, REPORT_BY_MONTH, _("By month"));
	md_rules(r, fp);
	return ferror(fp) ? WB_IO : WB_OK;
}
