/*
 * report.c: compute the monitoring figures (report.h) in a few passes,
 * each one indexed range query or one scan, aggregated in C so that
 * every breakdown comes out of the same pass:
 *
 *   vacancies collected   vacancy_status (status IN all, collected_on)
 *   vacancies filled      vacancy_closed (closed_on), status 'vervuld'
 *   placements            placement_start (start_date), from the first
 *                         month of the trend to the period's end
 *   inflow, outflow, pool one scan of candidate (5 columns)
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
#include "werkbank/xmalloc.h"

const char *const report_by_names[REPORT_NBY] = {
	[REPORT_BY_PARTNER] = "partner",
	[REPORT_BY_TARGET_GROUP] = "target_group",
	[REPORT_BY_MUNICIPALITY] = "municipality",
	[REPORT_BY_MONTH] = "month",
};

static const char *const target_groups[] = {
	"bijstand", "nug", "ww", "wajong", "wsw", "beschut", "statushouder",
	"pro_vso", "overig",
};
#define NTARGET_GROUPS	(sizeof(target_groups) / sizeof(target_groups[0]))

#define NPC4		10000

struct ivec {
	int		*v;
	size_t		 n, cap;
};

struct lvec {
	long long	*v;
	size_t		 n, cap;
};

/* The figures of one row while they are being counted. */
struct acc {
	struct report_figures	 f;
	struct ivec		 fill;		/* days to fill */
	struct lvec		 persons, dpersons;
};

struct dim {
	struct report_group	*g;
	struct acc		*a;
	size_t			 n, cap;
};

struct pmap {
	long long	 id;
	int		 group;
};

struct ctx {
	struct db	*db;
	int		 light;		/* totals only (a target's period) */
	int		 from, to, today, dm, dlm;
	char		 from_s[11], to_s[11];
	struct acc	 total;
	struct dim	 dim[REPORT_NBY];
	struct report_ratings ratings;

	struct pmap	*pmap;		/* partner id -> group, by id */
	size_t		 npmap;
	short		*pc4_muni;	/* [NPC4] municipality index, -1 */
	short		*code_muni;	/* [NPC4] municipality code -> index */
	char		(*muni_name)[128];
	int		*muni_group;	/* municipality index -> group */
	size_t		 nmuni;
	int		 unknown_group;

	int		 axis0;		/* y*12+m-1 of the trend's month 0 */
	size_t		 naxis;
	int		 period0;	/* axis index of the period's month */
	struct report_trend *trend;
	long long	*pool_diff;
};

static void
ivec_push(struct ivec *v, int x)
{
	if (v->n == v->cap) {
		v->cap = v->cap ? v->cap * 2 : 16;
		v->v = xreallocarray(v->v, v->cap, sizeof(*v->v));
	}
	v->v[v->n++] = x;
}

static void
lvec_push(struct lvec *v, long long x)
{
	if (v->n == v->cap) {
		v->cap = v->cap ? v->cap * 2 : 16;
		v->v = xreallocarray(v->v, v->cap, sizeof(*v->v));
	}
	v->v[v->n++] = x;
}

static int
int_cmp(const void *a, const void *b)
{
	int	x = *(const int *)a, y = *(const int *)b;

	return x < y ? -1 : x > y;
}

static int
ll_cmp(const void *a, const void *b)
{
	long long	x = *(const long long *)a, y = *(const long long *)b;

	return x < y ? -1 : x > y;
}

static long long
distinct(struct lvec *v)
{
	long long	n = 0;
	size_t		i;

	if (v->n == 0)
		return 0;
	qsort(v->v, v->n, sizeof(*v->v), ll_cmp);
	for (i = 0; i < v->n; i++)
		if (i == 0 || v->v[i] != v->v[i - 1])
			n++;
	return n;
}

static void
acc_init(struct acc *a, int vacancies)
{
	memset(a, 0, sizeof(*a));
	a->f.median_days_to_fill = -1;
	if (!vacancies)
		a->f.vacancies_collected = a->f.vacancies_filled = -1;
}

/* Medians and distinct counts; frees the samples. */
static void
acc_finish(struct acc *a)
{
	size_t	n = a->fill.n;

	if (n > 0) {
		qsort(a->fill.v, n, sizeof(int), int_cmp);
		a->f.median_days_to_fill = n % 2 ? a->fill.v[n / 2] :
		    (a->fill.v[n / 2 - 1] + a->fill.v[n / 2]) / 2.0;
	}
	a->f.people_placed = distinct(&a->persons);
	a->f.durable_people = distinct(&a->dpersons);
	free(a->fill.v);
	free(a->persons.v);
	free(a->dpersons.v);
	memset(&a->fill, 0, sizeof(a->fill));
	memset(&a->persons, 0, sizeof(a->persons));
	memset(&a->dpersons, 0, sizeof(a->dpersons));
}

static int
dim_add(struct dim *d, const char *key, const char *name, int vacancies)
{
	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 16;
		d->g = xreallocarray(d->g, d->cap, sizeof(*d->g));
		d->a = xreallocarray(d->a, d->cap, sizeof(*d->a));
	}
	memset(&d->g[d->n], 0, sizeof(d->g[d->n]));
	snprintf(d->g[d->n].key, sizeof(d->g[d->n].key), "%s", key);
	snprintf(d->g[d->n].name, sizeof(d->g[d->n].name), "%s", name);
	acc_init(&d->a[d->n], vacancies);
	return (int)d->n++;
}

/* "YYYY-MM-DD" (checked by the schema) to y * 12 + m - 1. */
static int
ym_of(const char *s)
{
	return ((s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 +
	    (s[3] - '0')) * 12 + (s[5] - '0') * 10 + (s[6] - '0') - 1;
}

static int
day_of(const char *s)
{
	int	d;

	if (s == NULL || date_parse(s, &d) != WB_OK)
		return 0;
	return d;
}

static int
ym_of_day(int day)
{
	int	y, m, d;

	date_to_ymd(day, &y, &m, &d);
	return y * 12 + m - 1;
}

static int
four_digits(const char *s)
{
	int	i, v = 0;

	if (s == NULL)
		return -1;
	for (i = 0; i < 4; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return s[4] == '\0' ? v : -1;
}

static const char *
col_text(sqlite3_stmt *stmt, int i)
{
	return (const char *)sqlite3_column_text(stmt, i);
}

static int
pmap_cmp(const void *a, const void *b)
{
	const struct pmap *x = a, *y = b;

	return x->id < y->id ? -1 : x->id > y->id;
}

static int
partner_group(const struct ctx *c, long long id)
{
	struct pmap	 key = { id, 0 }, *p;

	if (c->light || c->npmap == 0)
		return -1;
	p = bsearch(&key, c->pmap, c->npmap, sizeof(*p), pmap_cmp);
	return p != NULL ? p->group : -1;
}

static int
tg_group(const struct ctx *c, const char *tg)
{
	size_t	i;

	if (c->light || tg == NULL)
		return -1;
	for (i = 0; i < NTARGET_GROUPS; i++)
		if (strcmp(tg, target_groups[i]) == 0)
			return (int)i;
	return -1;
}

/* The group of municipality index mi (-1: unknown), made when first met. */
static int
muni_group(struct ctx *c, int mi)
{
	struct dim	*d = &c->dim[REPORT_BY_MUNICIPALITY];

	if (c->light)
		return -1;
	if (mi < 0) {
		if (c->unknown_group < 0)
			c->unknown_group = dim_add(d, "unknown", _("unknown"),
			    1);
		return c->unknown_group;
	}
	if (c->muni_group[mi] < 0)
		c->muni_group[mi] = dim_add(d, c->muni_name[mi],
		    c->muni_name[mi], 1);
	return c->muni_group[mi];
}

static int
pc4_group(struct ctx *c, const char *pc4)
{
	int	n = four_digits(pc4);

	return muni_group(c, n < 0 ? -1 : c->pc4_muni[n]);
}

/* The month group of a date inside the period. */
static int
month_group(const struct ctx *c, const char *s)
{
	if (c->light)
		return -1;
	return ym_of(s) - c->axis0 - c->period0;
}

/* The total and each group a row counts in. */
static size_t
accs(struct ctx *c, const int g[REPORT_NBY], struct acc **out)
{
	size_t	n = 0;
	int	d;

	out[n++] = &c->total;
	for (d = 0; d < REPORT_NBY; d++)
		if (g[d] >= 0 && (size_t)g[d] < c->dim[d].n)
			out[n++] = &c->dim[d].a[g[d]];
	return n;
}

static enum wb_status
prepare_span(struct ctx *c, const char *sql, const char *from,
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
finish_stmt(struct ctx *c, sqlite3_stmt *stmt, int rc)
{
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return db_fail(c->db, _("reading the figures"));
	return WB_OK;
}

static enum wb_status
pass_collected(struct ctx *c)
{
	sqlite3_stmt	*stmt;
	struct acc	*a[REPORT_NBY + 1];
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
		g[REPORT_BY_PARTNER] = partner_group(c,
		    sqlite3_column_int64(stmt, 0));
		g[REPORT_BY_TARGET_GROUP] = -1;
		g[REPORT_BY_MUNICIPALITY] = c->light ? -1 :
		    pc4_group(c, col_text(stmt, 1));
		g[REPORT_BY_MONTH] = month_group(c, col_text(stmt, 2));
		n = accs(c, g, a);
		for (i = 0; i < n; i++)
			a[i]->f.vacancies_collected++;
	}
	return finish_stmt(c, stmt, rc);
}

static enum wb_status
pass_filled(struct ctx *c)
{
	sqlite3_stmt	*stmt;
	struct acc	*a[REPORT_NBY + 1];
	enum wb_status	 st;
	size_t		 i, n;
	int		 rc, g[REPORT_NBY], days;

	if ((st = prepare_span(c, "SELECT partner_id, pc4, collected_on, "
	    "closed_on FROM vacancy WHERE closed_on BETWEEN ?1 AND ?2 "
	    "AND status = 'vervuld'", c->from_s, &stmt)) != WB_OK)
		return st;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		days = day_of(col_text(stmt, 3)) - day_of(col_text(stmt, 2));
		g[REPORT_BY_PARTNER] = partner_group(c,
		    sqlite3_column_int64(stmt, 0));
		g[REPORT_BY_TARGET_GROUP] = -1;
		g[REPORT_BY_MUNICIPALITY] = c->light ? -1 :
		    pc4_group(c, col_text(stmt, 1));
		g[REPORT_BY_MONTH] = month_group(c, col_text(stmt, 3));
		n = accs(c, g, a);
		for (i = 0; i < n; i++) {
			a[i]->f.vacancies_filled++;
			ivec_push(&a[i]->fill, days);
		}
	}
	return finish_stmt(c, stmt, rc);
}

static void
trend_placement(struct ctx *c, int m, int pg, int due, int durable)
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
pass_placements(struct ctx *c)
{
	sqlite3_stmt	*stmt;
	struct acc	*a[REPORT_NBY + 1];
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
		start = col_text(stmt, 4);
		end = col_text(stmt, 5);
		s = day_of(start);
		e = end != NULL ? day_of(end) : 0;
		d6 = date_add_months(s, c->dm);
		d12 = date_add_months(s, c->dlm);
		due6 = d6 <= c->today;
		due12 = d12 <= c->today;
		dur6 = due6 && (end == NULL || e >= d6);
		dur12 = due12 && (end == NULL || e >= d12);
		g[REPORT_BY_PARTNER] = partner_group(c,
		    sqlite3_column_int64(stmt, 1));
		if (!c->light)
			trend_placement(c, ym_of(start) - c->axis0,
			    g[REPORT_BY_PARTNER], due6, dur6);
		if (strcmp(start, c->from_s) < 0)
			continue;
		g[REPORT_BY_TARGET_GROUP] = tg_group(c, col_text(stmt, 2));
		if (c->light)
			g[REPORT_BY_MUNICIPALITY] = -1;
		else {
			int mc = four_digits(col_text(stmt, 3));

			g[REPORT_BY_MUNICIPALITY] = muni_group(c,
			    mc < 0 ? -1 : c->code_muni[mc]);
		}
		g[REPORT_BY_MONTH] = month_group(c, start);
		n = accs(c, g, a);
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
pass_pool(struct ctx *c)
{
	struct report_trend *t = c->trend;
	sqlite3_stmt	*stmt;
	struct acc	*a[REPORT_NBY + 1];
	enum wb_status	 st;
	const char	*reg, *left;
	size_t		 i, n;
	long long	 run;
	int		 rc, g[REPORT_NBY], rm, lm, left_in, start, stop;

	/*
	 * No WHERE: a scan of the table, or of a covering index when the
	 * schema has one, beats 700,000 lookups through
	 * candidate_registered.
	 */
	if ((st = db_prepare(c->db, "SELECT partner_id, target_group, pc4, "
	    "registered_on, left_on FROM candidate", &stmt)) != WB_OK)
		return st;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		reg = col_text(stmt, 3);
		if (reg == NULL || memcmp(reg, c->to_s, 10) > 0)
			continue;
		left = col_text(stmt, 4);
		left_in = left != NULL && memcmp(left, c->to_s, 10) <= 0;
		rm = ym_of(reg) - c->axis0;
		lm = left_in ? ym_of(left) - c->axis0 : (int)c->naxis;
		if (rm >= 0)
			t->inflow[rm]++;
		if (left_in && lm >= 0)
			t->outflow[lm]++;
		start = rm < 0 ? 0 : rm;
		stop = lm > (int)c->naxis ? (int)c->naxis : lm;
		if (stop > start) {
			c->pool_diff[start]++;
			c->pool_diff[stop]--;
		}
		g[REPORT_BY_PARTNER] = partner_group(c,
		    sqlite3_column_int64(stmt, 0));
		g[REPORT_BY_TARGET_GROUP] = tg_group(c, col_text(stmt, 1));
		g[REPORT_BY_MUNICIPALITY] = pc4_group(c, col_text(stmt, 2));
		g[REPORT_BY_MONTH] = -1;
		n = accs(c, g, a);
		for (i = 0; i < n; i++)
			a[i]->f.pool_end += !left_in;
		if (memcmp(reg, c->from_s, 10) >= 0) {
			g[REPORT_BY_MONTH] = rm - c->period0;
			n = accs(c, g, a);
			for (i = 0; i < n; i++)
				a[i]->f.inflow++;
		}
		if (left_in && memcmp(left, c->from_s, 10) >= 0) {
			g[REPORT_BY_MONTH] = lm - c->period0;
			n = accs(c, g, a);
			for (i = 0; i < n; i++)
				a[i]->f.outflow++;
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
pass_inflow_count(struct ctx *c)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	int		 rc;

	if ((st = prepare_span(c, "SELECT count(*) FROM candidate WHERE "
	    "registered_on BETWEEN ?1 AND ?2", c->from_s, &stmt)) != WB_OK)
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
pass_ratings(struct ctx *c)
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

static enum wb_status
load_setting(struct db *db, const char *key, int def, int *out)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	int		 rc, v;

	*out = def;
	if ((st = db_prepare(db, "SELECT CAST(value AS INTEGER) FROM setting "
	    "WHERE key = ?", &stmt)) != WB_OK)
		return st;
	sqlite3_bind_text(stmt, 1, key, -1, SQLITE_STATIC);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		v = sqlite3_column_int(stmt, 0);
		if (v >= 1 && v <= 120)
			*out = v;
		rc = sqlite3_step(stmt);
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return db_fail(db, _("reading the settings"));
	return WB_OK;
}

static enum wb_status
load_partners(struct ctx *c)
{
	struct dim	*d = &c->dim[REPORT_BY_PARTNER];
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	int		 rc, gi;

	if ((st = db_prepare(c->db, "SELECT id, code, name FROM partner "
	    "ORDER BY code", &stmt)) != WB_OK)
		return st;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		gi = dim_add(d, col_text(stmt, 1), col_text(stmt, 2), 1);
		c->pmap = xreallocarray(c->pmap, c->npmap + 1,
		    sizeof(*c->pmap));
		c->pmap[c->npmap].id = sqlite3_column_int64(stmt, 0);
		c->pmap[c->npmap++].group = gi;
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return db_fail(c->db, _("reading the partners"));
	if (c->npmap > 0)
		qsort(c->pmap, c->npmap, sizeof(*c->pmap), pmap_cmp);
	return WB_OK;
}

static enum wb_status
load_places(struct ctx *c)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	int		 rc, code, mc;
	size_t		 i;

	c->pc4_muni = xreallocarray(NULL, NPC4, sizeof(short));
	c->code_muni = xreallocarray(NULL, NPC4, sizeof(short));
	for (i = 0; i < NPC4; i++)
		c->pc4_muni[i] = c->code_muni[i] = -1;
	if ((st = db_prepare(c->db, "SELECT code, name FROM municipality "
	    "ORDER BY code", &stmt)) != WB_OK)
		return st;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if ((code = four_digits(col_text(stmt, 0))) < 0 ||
		    c->nmuni >= 30000)
			continue;
		c->muni_name = xreallocarray(c->muni_name, c->nmuni + 1,
		    sizeof(*c->muni_name));
		snprintf(c->muni_name[c->nmuni], sizeof(c->muni_name[0]),
		    "%s", col_text(stmt, 1));
		c->code_muni[code] = (short)c->nmuni++;
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return db_fail(c->db, _("reading the municipalities"));
	c->muni_group = xreallocarray(NULL, c->nmuni + 1, sizeof(int));
	for (i = 0; i < c->nmuni; i++)
		c->muni_group[i] = -1;
	if ((st = db_prepare(c->db, "SELECT code, municipality_code FROM pc4 "
	    "WHERE municipality_code IS NOT NULL", &stmt)) != WB_OK)
		return st;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
		if ((code = four_digits(col_text(stmt, 0))) >= 0 &&
		    (mc = four_digits(col_text(stmt, 1))) >= 0)
			c->pc4_muni[code] = c->code_muni[mc];
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return db_fail(c->db, _("reading the postcodes"));
	return WB_OK;
}

static void
trend_alloc(struct ctx *c, struct report_trend *t)
{
	const struct dim *d = &c->dim[REPORT_BY_PARTNER];
	size_t		 i, n = c->naxis;

	t->nmonths = n;
	t->month = xcalloc(n, sizeof(int));
	for (i = 0; i < n; i++) {
		int y = (c->axis0 + (int)i) / 12, m = (c->axis0 + (int)i) % 12;

		if (date_from_ymd(y, m + 1, 1, &t->month[i]) != WB_OK)
			t->month[i] = 0;
	}
	t->npartners = d->n;
	t->partner = xcalloc(d->n + 1, sizeof(*t->partner));
	for (i = 0; i < d->n; i++)
		memcpy(t->partner[i], d->g[i].key, sizeof(t->partner[i]) - 1);
	t->placements = xcalloc(d->n * n + 1, sizeof(long long));
	t->total = xcalloc(n, sizeof(long long));
	t->durable = xcalloc(n, sizeof(long long));
	t->durable_due = xcalloc(n, sizeof(long long));
	t->inflow = xcalloc(n, sizeof(long long));
	t->outflow = xcalloc(n, sizeof(long long));
	t->pool_end = xcalloc(n, sizeof(long long));
	c->pool_diff = xcalloc(n + 1, sizeof(long long));
}

static void
trend_free(struct report_trend *t)
{
	free(t->month);
	free(t->partner);
	free(t->placements);
	free(t->total);
	free(t->durable);
	free(t->durable_due);
	free(t->inflow);
	free(t->outflow);
	free(t->pool_end);
}

static int
group_name_cmp(const void *a, const void *b)
{
	const struct report_group *x = a, *y = b;
	int	ux = strcmp(x->key, "unknown") == 0;
	int	uy = strcmp(y->key, "unknown") == 0;

	if (ux != uy)
		return ux - uy;
	return strcmp(x->name, y->name);
}

static void
ctx_free(struct ctx *c)
{
	int	d;
	size_t	i;

	for (d = 0; d < REPORT_NBY; d++) {
		for (i = 0; i < c->dim[d].n; i++)
			acc_finish(&c->dim[d].a[i]);
		free(c->dim[d].a);
		free(c->dim[d].g);
	}
	acc_finish(&c->total);
	free(c->pmap);
	free(c->pc4_muni);
	free(c->code_muni);
	free(c->muni_name);
	free(c->muni_group);
	free(c->pool_diff);
}

static void
ctx_init(struct ctx *c, struct db *db, int from, int to, int today)
{
	memset(c, 0, sizeof(*c));
	c->db = db;
	c->from = from;
	c->to = to;
	c->today = today;
	c->unknown_group = -1;
	date_format(from, c->from_s);
	date_format(to, c->to_s);
	acc_init(&c->total, 1);
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
	struct ctx	c;
	enum wb_status	st;

	ctx_init(&c, db, from, to, r->opt.today);
	c.light = 1;
	c.dm = r->durable_months;
	c.dlm = r->durable_long_months;
	if ((st = pass_collected(&c)) == WB_OK &&
	    (st = pass_filled(&c)) == WB_OK &&
	    (st = pass_placements(&c)) == WB_OK &&
	    (st = pass_inflow_count(&c)) == WB_OK &&
	    (st = pass_ratings(&c)) == WB_OK) {
		acc_finish(&c.total);
		*f = c.total.f;
		*rt = c.ratings;
	}
	ctx_free(&c);
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
compute(struct ctx *c, struct report *r)
{
	enum wb_status	st;
	size_t		i;
	int		ym, last, first;
	char		key[16];

	if ((st = load_setting(c->db, "durable_months", 6, &c->dm)) !=
	    WB_OK || (st = load_setting(c->db, "durable_long_months", 12,
	    &c->dlm)) != WB_OK || (st = load_partners(c)) != WB_OK ||
	    (st = load_places(c)) != WB_OK)
		return st;
	r->durable_months = c->dm;
	r->durable_long_months = c->dlm;
	for (i = 0; i < NTARGET_GROUPS; i++)
		dim_add(&c->dim[REPORT_BY_TARGET_GROUP], target_groups[i],
		    target_groups[i], 0);
	first = ym_of_day(c->from);
	last = ym_of_day(c->to);
	c->axis0 = first < last - (REPORT_TREND_MONTHS - 1) ? first :
	    last - (REPORT_TREND_MONTHS - 1);
	c->naxis = (size_t)(last - c->axis0 + 1);
	c->period0 = first - c->axis0;
	for (ym = first; ym <= last; ym++) {
		snprintf(key, sizeof(key), "%04d-%02d", ym / 12, ym % 12 + 1);
		dim_add(&c->dim[REPORT_BY_MONTH], key, key, 1);
	}
	c->trend = &r->trend;
	trend_alloc(c, &r->trend);
	if ((st = pass_collected(c)) != WB_OK ||
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
	struct ctx	 c;
	enum wb_status	 st;
	size_t		 i;
	int		 d, own_tx;

	*out = NULL;
	if (opt->from > opt->to)
		return db_set_error(db, WB_INVALID,
		    _("the period ends before it starts"));
	r = xcalloc(1, sizeof(*r));
	r->opt = *opt;
	ctx_init(&c, db, opt->from, opt->to, opt->today);
	/* One read transaction: all figures describe one moment. */
	own_tx = sqlite3_get_autocommit(db_sqlite(db));
	if (own_tx && (st = db_exec(db, "BEGIN")) != WB_OK)
		goto out;
	st = compute(&c, r);
	for (d = 0; d < REPORT_NBY && st == WB_OK; d++) {
		r->by[d].ngroups = c.dim[d].n;
		r->by[d].groups = xcalloc(c.dim[d].n + 1,
		    sizeof(struct report_group));
		for (i = 0; i < c.dim[d].n; i++) {
			acc_finish(&c.dim[d].a[i]);
			r->by[d].groups[i] = c.dim[d].g[i];
			r->by[d].groups[i].f = c.dim[d].a[i].f;
		}
	}
	if (st == WB_OK) {
		qsort(r->by[REPORT_BY_MUNICIPALITY].groups,
		    r->by[REPORT_BY_MUNICIPALITY].ngroups,
		    sizeof(struct report_group), group_name_cmp);
		acc_finish(&c.total);
		r->total = c.total.f;
		r->ratings = c.ratings;
		st = load_targets(db, r);
	}
	if (own_tx)
		db_exec(db, st == WB_OK ? "COMMIT" : "ROLLBACK");
out:
	ctx_free(&c);
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
	trend_free(&r->trend);
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
