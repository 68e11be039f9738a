/*
 * report.c: compute the monitoring figures (report.h) in a few passes,
 * each one indexed range query or one scan, aggregated in C so that
 * every breakdown comes out of the same pass, and the progress on the
 * targets.  The groups a row counts in and their accumulators are in
 * report-load.c.  The passes:
 *
 *   vacancies collected   vacancy_status (status IN all, collected_on)
 *   vacancies filled      vacancy_closed (closed_on), status 'vervuld'
 *   placements            placement_start (start_date), from the first
 *                         month of the trend to the period's end
 *   inflow, outflow, pool one scan of candidate (5 columns) and of
 *                         candidate_purged (the purged, anonymous)
 *   ratings               employer_rating_date (rated_on)
 *
 * The counting rules (also in man/werkbank.1, COUNTING RULES):
 *
 * - A vacancy is collected in the period when its collected_on lies in
 *   it; filled when its status is 'vervuld' and closed_on lies in it.
 *   Days to fill = closed_on - collected_on; the median of the filled
 *   ones (the mean of the middle two for an even count).
 * - A placement counts in the period of its start_date.  People placed =
 *   distinct person_no among those placements.
 * - A placement is durable when start + N calendar months (N = setting
 *   durable_months, 6; a day past the end of the month clamps to its
 *   last day) is on or before today, and the end_date is empty or on or
 *   after that day.  durable_due counts the placements whose N months
 *   have passed (the denominator of the durable share); durable_12m
 *   likewise with durable_long_months (12).
 * - Inflow: candidates whose registered_on is in the period; outflow:
 *   whose left_on is; pool at the end: registered_on <= end and left_on
 *   empty or after the end.
 * - Breakdowns: placements by the placement's snapshot (partner that
 *   brought the job seeker, target group, municipality of residence);
 *   candidates by their partner, target group and the municipality of
 *   their PC4; vacancies by the partner that collected them and the
 *   municipality of the workplace (a vacancy has no target group: those
 *   cells are -1, "does not apply"); by month, each event in the month
 *   it happened, the pool at the month's end.
 * - Satisfaction: ratings with rated_on in the period.  NPS over all
 *   answers; the share rating 8 or higher over employers, each counted
 *   once with their latest rating in the period.
 */
#include "werkbank/report.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/date.h"
#include "werkbank/i18n.h"
#include "werkbank/vocab.h"
#include "werkbank/xmalloc.h"
#include "report-int.h"

const char *const report_by_names[REPORT_NBY] = {
	[REPORT_BY_PARTNER] = "partner",
	[REPORT_BY_TARGET_GROUP] = "target_group",
	[REPORT_BY_MUNICIPALITY] = "municipality",
	[REPORT_BY_MONTH] = "month",
};

static void
ivec_push(struct report_ivec *v, int x)
{
	if (v->n == v->cap) {
		v->cap = v->cap ? v->cap * 2 : 16;
		v->v = xreallocarray(v->v, v->cap, sizeof(*v->v));
	}
	v->v[v->n++] = x;
}

static void
lvec_push(struct report_lvec *v, long long x)
{
	if (v->n == v->cap) {
		v->cap = v->cap ? v->cap * 2 : 16;
		v->v = xreallocarray(v->v, v->cap, sizeof(*v->v));
	}
	v->v[v->n++] = x;
}

static int
day_of(const char *s)
{
	int	d;

	if (s == NULL || date_parse(s, &d) != WB_OK)
		return 0;
	return d;
}

static enum wb_status
prepare_span(struct report_ctx *c, const char *sql, const char *from,
    sqlite3_stmt **stmt)
{
	enum wb_status	st;

	if ((st = db_prepare(c->db, sql, stmt)) != WB_OK)
		return st;
	sqlite3_bind_text(*stmt, 1, from, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(*stmt, 2, c->to_s, -1, SQLITE_TRANSIENT);
	return WB_OK;
}

static enum wb_status
finish_stmt(struct report_ctx *c, sqlite3_stmt *stmt, int rc)
{
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return db_fail(c->db, _("reading the figures"));
	return WB_OK;
}

static enum wb_status
pass_collected(struct report_ctx *c)
{
	sqlite3_stmt	*stmt;
	struct report_acc *a[REPORT_NBY + 1];
	enum wb_status	 st;
	size_t		 i, n;
	int		 rc, g[REPORT_NBY];

	/* The IN list lets vacancy_status(status, collected_on) serve. */
	if ((st = prepare_span(c, "SELECT partner_id, pc4, collected_on "
	    "FROM vacancy WHERE status IN ('open', 'on_hold', 'vervuld', "
	    "'ingetrokken', 'verlopen') AND collected_on BETWEEN ?1 AND ?2",
	    c->from_s, &stmt)) != WB_OK)
		return st;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		g[REPORT_BY_PARTNER] = report_partner_group(c,
		    sqlite3_column_int64(stmt, 0));
		g[REPORT_BY_TARGET_GROUP] = -1;
		g[REPORT_BY_MUNICIPALITY] = c->light ? -1 :
		    report_pc4_group(c, report_col_text(stmt, 1));
		g[REPORT_BY_MONTH] = report_month_group(c,
		    report_col_text(stmt, 2));
		n = report_accs(c, g, a);
		for (i = 0; i < n; i++)
			a[i]->f.vacancies_collected++;
	}
	return finish_stmt(c, stmt, rc);
}

static enum wb_status
pass_filled(struct report_ctx *c)
{
	sqlite3_stmt	*stmt;
	struct report_acc *a[REPORT_NBY + 1];
	enum wb_status	 st;
	size_t		 i, n;
	int		 rc, g[REPORT_NBY], days;

	if ((st = prepare_span(c, "SELECT partner_id, pc4, collected_on, "
	    "closed_on FROM vacancy WHERE closed_on BETWEEN ?1 AND ?2 "
	    "AND status = 'vervuld'", c->from_s, &stmt)) != WB_OK)
		return st;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		days = day_of(report_col_text(stmt, 3)) -
		    day_of(report_col_text(stmt, 2));
		g[REPORT_BY_PARTNER] = report_partner_group(c,
		    sqlite3_column_int64(stmt, 0));
		g[REPORT_BY_TARGET_GROUP] = -1;
		g[REPORT_BY_MUNICIPALITY] = c->light ? -1 :
		    report_pc4_group(c, report_col_text(stmt, 1));
		g[REPORT_BY_MONTH] = report_month_group(c,
		    report_col_text(stmt, 3));
		n = report_accs(c, g, a);
		for (i = 0; i < n; i++) {
			a[i]->f.vacancies_filled++;
			ivec_push(&a[i]->fill, days);
		}
	}
	return finish_stmt(c, stmt, rc);
}

static void
trend_placement(struct report_ctx *c, int m, int pg, int due, int durable)
{
	struct report_trend	*t = c->trend;

	if (t == NULL || m < 0 || (size_t)m >= t->nmonths)
		return;
	t->total[m]++;
	if (pg >= 0 && (size_t)pg < t->npartners)
		t->placements[(size_t)pg * t->nmonths + m]++;
	t->durable_due[m] += due;
	t->durable[m] += durable;
}

static enum wb_status
pass_placements(struct report_ctx *c)
{
	sqlite3_stmt	*stmt;
	struct report_acc *a[REPORT_NBY + 1];
	enum wb_status	 st;
	size_t		 i, n;
	const char	*start, *end;
	char		 first[11];
	long long	 person;
	int		 rc, g[REPORT_NBY], s, e, d6, d12, due6, due12, dur6,
			 dur12;

	/* From the trend's first month: one pass feeds both. */
	if (c->light)
		memcpy(first, c->from_s, sizeof(first));
	else
		date_format(c->trend->month[0], first);
	if ((st = prepare_span(c, "SELECT person_no, partner_id, "
	    "target_group, municipality_code, start_date, end_date "
	    "FROM placement WHERE start_date BETWEEN ?1 AND ?2", first,
	    &stmt)) != WB_OK)
		return st;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		person = sqlite3_column_int64(stmt, 0);
		start = report_col_text(stmt, 4);
		end = report_col_text(stmt, 5);
		s = day_of(start);
		e = end != NULL ? day_of(end) : 0;
		d6 = date_add_months(s, c->dm);
		d12 = date_add_months(s, c->dlm);
		due6 = d6 <= c->today;
		due12 = d12 <= c->today;
		dur6 = due6 && (end == NULL || e >= d6);
		dur12 = due12 && (end == NULL || e >= d12);
		g[REPORT_BY_PARTNER] = report_partner_group(c,
		    sqlite3_column_int64(stmt, 1));
		if (!c->light)
			trend_placement(c, report_ym_of(start) - c->axis0,
			    g[REPORT_BY_PARTNER], due6, dur6);
		if (strcmp(start, c->from_s) < 0)
			continue;
		g[REPORT_BY_TARGET_GROUP] = report_tg_group(c,
		    report_col_text(stmt, 2));
		g[REPORT_BY_MUNICIPALITY] = c->light ? -1 :
		    report_muni_code_group(c, report_col_text(stmt, 3));
		g[REPORT_BY_MONTH] = report_month_group(c, start);
		n = report_accs(c, g, a);
		for (i = 0; i < n; i++) {
			a[i]->f.placements++;
			lvec_push(&a[i]->persons, person);
			a[i]->f.durable_due += due6;
			a[i]->f.durable_placements += dur6;
			a[i]->f.durable_12m_due += due12;
			a[i]->f.durable_12m += dur12;
			if (dur6)
				lvec_push(&a[i]->dpersons, person);
		}
	}
	return finish_stmt(c, stmt, rc);
}

/*
 * One scan of the candidates: inflow and outflow in the period and per
 * month of the trend, the pool at the end (per group) and at each
 * month's end (a difference array over the months).
 */
static enum wb_status
pass_pool(struct report_ctx *c)
{
	struct report_trend *t = c->trend;
	sqlite3_stmt	*stmt;
	struct report_acc *a[REPORT_NBY + 1];
	enum wb_status	 st;
	const char	*reg, *left;
	size_t		 i, n;
	long long	 run, w;
	int		 rc, g[REPORT_NBY], rm, lm, left_in, start, stop;

	/*
	 * No WHERE: a scan of the table, or of a covering index when the
	 * schema has one, beats 700,000 lookups through
	 * candidate_registered.  The people purged (retention, purge.h)
	 * count on through their anonymous rows, n people each, grouped
	 * by municipality instead of PC4.
	 */
	if ((st = db_prepare(c->db, "SELECT partner_id, target_group, pc4, "
	    "registered_on, left_on, 1, NULL FROM candidate UNION ALL "
	    "SELECT partner_id, target_group, NULL, registered_on, left_on, n, "
	    "municipality_code FROM candidate_purged", &stmt)) != WB_OK)
		return st;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		w = sqlite3_column_int64(stmt, 5);
		reg = report_col_text(stmt, 3);
		if (reg == NULL || memcmp(reg, c->to_s, 10) > 0)
			continue;
		left = report_col_text(stmt, 4);
		left_in = left != NULL && memcmp(left, c->to_s, 10) <= 0;
		rm = report_ym_of(reg) - c->axis0;
		lm = left_in ? report_ym_of(left) - c->axis0 : (int)c->naxis;
		if (rm >= 0)
			t->inflow[rm] += w;
		if (left_in && lm >= 0)
			t->outflow[lm] += w;
		start = rm < 0 ? 0 : rm;
		stop = lm > (int)c->naxis ? (int)c->naxis : lm;
		if (stop > start) {
			c->pool_diff[start] += w;
			c->pool_diff[stop] -= w;
		}
		g[REPORT_BY_PARTNER] = report_partner_group(c,
		    sqlite3_column_int64(stmt, 0));
		g[REPORT_BY_TARGET_GROUP] = report_tg_group(c,
		    report_col_text(stmt, 1));
		g[REPORT_BY_MUNICIPALITY] = sqlite3_column_type(stmt, 2) ==
		    SQLITE_NULL ? report_muni_code_group(c,
		    report_col_text(stmt, 6)) : report_pc4_group(c,
		    report_col_text(stmt, 2));
		g[REPORT_BY_MONTH] = -1;
		n = report_accs(c, g, a);
		for (i = 0; i < n; i++)
			a[i]->f.pool_end += left_in ? 0 : w;
		if (memcmp(reg, c->from_s, 10) >= 0) {
			g[REPORT_BY_MONTH] = rm - c->period0;
			n = report_accs(c, g, a);
			for (i = 0; i < n; i++)
				a[i]->f.inflow += w;
		}
		if (left_in && memcmp(left, c->from_s, 10) >= 0) {
			g[REPORT_BY_MONTH] = lm - c->period0;
			n = report_accs(c, g, a);
			for (i = 0; i < n; i++)
				a[i]->f.outflow += w;
		}
	}
	if ((st = finish_stmt(c, stmt, rc)) != WB_OK)
		return st;
	run = 0;
	for (i = 0; i < c->naxis; i++) {
		run += c->pool_diff[i];
		t->pool_end[i] = run;
		if ((int)i >= c->period0 &&
		    i - c->period0 < c->dim[REPORT_BY_MONTH].n)
			c->dim[REPORT_BY_MONTH].a[i - c->period0].f.pool_end =
			    run;
	}
	return WB_OK;
}

/* Inflow alone, through candidate_registered (a target's period). */
static enum wb_status
pass_inflow_count(struct report_ctx *c)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	int		 rc;

	if ((st = prepare_span(c, "SELECT (SELECT count(*) FROM candidate "
	    "WHERE registered_on BETWEEN ?1 AND ?2) + (SELECT "
	    "coalesce(sum(n), 0) FROM candidate_purged WHERE registered_on "
	    "BETWEEN ?1 AND ?2)", c->from_s, &stmt)) != WB_OK)
		return st;
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		c->total.f.inflow = sqlite3_column_int64(stmt, 0);
		rc = sqlite3_step(stmt);
	}
	return finish_stmt(c, stmt, rc);
}

static void
rating_employer(struct report_ratings *r, int last)
{
	if (last < 0)
		return;
	r->employers++;
	if (last >= 8)
		r->employers_8plus++;
}

static enum wb_status
pass_ratings(struct report_ctx *c)
{
	struct report_ratings *r = &c->ratings;
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	long long	 emp, prev = 0;
	int		 rc, score, last = -1;

	memset(r, 0, sizeof(*r));
	if ((st = prepare_span(c, "SELECT employer_id, score FROM "
	    "employer_rating WHERE rated_on BETWEEN ?1 AND ?2 "
	    "ORDER BY employer_id, rated_on, id", c->from_s, &stmt)) != WB_OK)
		return st;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		emp = sqlite3_column_int64(stmt, 0);
		score = sqlite3_column_int(stmt, 1);
		if (score < 0 || score > 10)
			continue;
		if (last >= 0 && emp != prev)
			rating_employer(r, last);
		prev = emp;
		last = score;
		r->answers++;
		r->dist[score]++;
		if (score >= 9)
			r->promoters++;
		else if (score >= 7)
			r->passives++;
		else
			r->detractors++;
	}
	rating_employer(r, last);
	r->nps = r->answers > 0 ? 100.0 * (double)(r->promoters -
	    r->detractors) / (double)r->answers : 0;
	r->share_8plus = r->employers > 0 ? 100.0 *
	    (double)r->employers_8plus / (double)r->employers : -1;
	r->share_target = REPORT_SHARE_TARGET;
	r->few = r->answers < REPORT_MIN_ANSWERS;
	return finish_stmt(c, stmt, rc);
}

/* The figure a target names, from a row of figures and the ratings. */
static double
target_value(const char *figure, const struct report_figures *f,
    const struct report_ratings *r)
{
	static const struct {
		const char	*name;
		size_t		 off;
	} counts[] = {
#define F(x)	{ #x, offsetof(struct report_figures, x) }
		F(vacancies_collected), F(vacancies_filled), F(placements),
		F(people_placed), F(durable_placements), F(durable_12m),
		F(inflow),
#undef F
	};
	size_t	i;

	for (i = 0; i < sizeof(counts) / sizeof(counts[0]); i++)
		if (strcmp(figure, counts[i].name) == 0)
			return (double)*(const long long *)(const void *)
			    ((const char *)f + counts[i].off);
	if (strcmp(figure, "employer_share_8plus") == 0)
		return r->share_8plus < 0 ? 0 : r->share_8plus;
	if (strcmp(figure, "nps") == 0)
		return r->nps;
	return 0;
}

/* The totals alone over from..to (for a target of another period). */
static enum wb_status
light_figures(struct db *db, const struct report *r, int from, int to,
    struct report_figures *f, struct report_ratings *rt)
{
	struct report_ctx c;
	enum wb_status	st;

	report_ctx_init(&c, db, from, to, r->opt.today);
	c.light = 1;
	c.dm = r->durable_months;
	c.dlm = r->durable_long_months;
	if ((st = pass_collected(&c)) == WB_OK &&
	    (st = pass_filled(&c)) == WB_OK &&
	    (st = pass_placements(&c)) == WB_OK &&
	    (st = pass_inflow_count(&c)) == WB_OK &&
	    (st = pass_ratings(&c)) == WB_OK) {
		report_acc_finish(&c.total);
		*f = c.total.f;
		*rt = c.ratings;
	}
	report_ctx_free(&c);
	return st;
}

static enum wb_status
load_targets(struct db *db, struct report *r)
{
	struct report_target_row *rows;
	struct report_target	*t;
	struct report_figures	 f;
	struct report_ratings	 rt;
	enum wb_status		 st;
	size_t			 n, i;
	int			 from, to;

	if ((st = report_target_list(db, &rows, &n)) != WB_OK)
		return st;
	r->targets = xcalloc(n + 1, sizeof(*r->targets));
	for (i = 0; i < n && st == WB_OK; i++) {
		if (report_period_parse(rows[i].period, &from, &to) != WB_OK ||
		    from > r->opt.to || to < r->opt.from)
			continue;
		t = &r->targets[r->ntargets++];
		memcpy(t->period, rows[i].period, sizeof(t->period));
		memcpy(t->figure, rows[i].figure, sizeof(t->figure));
		t->from = from;
		t->to = to;
		t->through = to < r->opt.to ? to : r->opt.to;
		t->partial = t->through < to || r->opt.today < to;
		t->target = rows[i].value;
		if (from == r->opt.from && t->through == r->opt.to)
			t->value = target_value(t->figure, &r->total,
			    &r->ratings);
		else if ((st = light_figures(db, r, from, t->through, &f,
		    &rt)) == WB_OK)
			t->value = target_value(t->figure, &f, &rt);
		t->pct = t->target > 0 ? 100.0 * t->value / t->target : -1;
		if (strcmp(t->figure, "employer_share_8plus") == 0 &&
		    from == r->opt.from && t->through == r->opt.to)
			r->ratings.share_target = t->target;
	}
	free(rows);
	return st;
}

static enum wb_status
compute(struct report_ctx *c, struct report *r)
{
	enum wb_status	st;

	if ((st = report_ctx_load(c, r)) != WB_OK ||
	    (st = pass_collected(c)) != WB_OK ||
	    (st = pass_filled(c)) != WB_OK ||
	    (st = pass_placements(c)) != WB_OK ||
	    (st = pass_pool(c)) != WB_OK || (st = pass_ratings(c)) != WB_OK)
		return st;
	return WB_OK;
}

enum wb_status
report_compute(struct db *db, const struct report_options *opt,
    struct report **out)
{
	struct report	*r;
	struct report_ctx c;
	enum wb_status	 st;
	int		 own_tx;

	*out = NULL;
	if (opt->from > opt->to)
		return db_set_error(db, WB_INVALID,
		    _("the period ends before it starts"));
	r = xcalloc(1, sizeof(*r));
	r->opt = *opt;
	report_ctx_init(&c, db, opt->from, opt->to, opt->today);
	/* One read transaction: all figures describe one moment. */
	own_tx = sqlite3_get_autocommit(db_sqlite(db));
	if (own_tx && (st = db_exec(db, "BEGIN")) != WB_OK)
		goto out;
	if ((st = compute(&c, r)) == WB_OK) {
		report_ctx_collect(&c, r);
		st = load_targets(db, r);
	}
	if (own_tx)
		db_exec(db, st == WB_OK ? "COMMIT" : "ROLLBACK");
out:
	report_ctx_free(&c);
	if (st != WB_OK) {
		report_free(r);
		return st;
	}
	*out = r;
	return WB_OK;
}

void
report_free(struct report *r)
{
	int	d;

	if (r == NULL)
		return;
	for (d = 0; d < REPORT_NBY; d++)
		free(r->by[d].groups);
	free(r->targets);
	report_trend_free(&r->trend);
	free(r);
}

int
report_by_parse(const char *name, enum report_by *by)
{
	int	d;

	for (d = 0; d < REPORT_NBY; d++)
		if (strcmp(name, report_by_names[d]) == 0) {
			*by = (enum report_by)d;
			return 0;
		}
	return -1;
}
const char *
report_group_shown(enum report_by by, const struct report_group *g)
{
	if (strcmp(g->key, "unknown") == 0)
		return _("unknown");
	if (by == REPORT_BY_TARGET_GROUP)
		return vocab_word(VOCAB_TARGET_GROUP, g->key);
	return g->key;
}
