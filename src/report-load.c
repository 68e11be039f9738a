/*
 * report-load.c: the groundwork of computing the monitoring figures
 * (report-int.h): the settings, the partners and the places (PC4 to
 * municipality) read once, the groups of each breakdown with their
 * accumulators, the group a row of data counts in, and at the end the
 * accumulators finished (medians, distinct people) and handed over to
 * the report.  The passes that count are in report.c.
 */
#include "werkbank/report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/date.h"
#include "werkbank/i18n.h"
#include "werkbank/text.h"
#include "werkbank/xmalloc.h"
#include "report-int.h"

static const char *const target_groups[] = {
	"bijstand", "nug", "ww", "wajong", "wsw", "beschut", "statushouder",
	"pro_vso", "overig",
};
#define NTARGET_GROUPS	(sizeof(target_groups) / sizeof(target_groups[0]))

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
distinct(struct report_lvec *v)
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

/* A new accumulator for a group of breakdown by (-1: the total), the
 * figures that do not apply there -1. */
static void
acc_init(struct report_acc *a, int by)
{
	size_t	i;

	memset(a, 0, sizeof(*a));
	a->f.median_days_to_fill = -1;
	a->f.lks_mean_pct = -1;
	a->f.jobcoach_median_days = -1;
	if (by < 0)
		return;
	if (!report_applies((enum report_by)by, "vacancies_collected"))
		a->f.vacancies_collected = a->f.vacancies_filled = -1;
	if (!report_applies((enum report_by)by, "inflow")) {
		a->f.inflow = a->f.outflow = a->f.pool_end = -1;
		for (i = 0; i < REPORT_NLEAVE; i++)
			a->f.outflow_reason[i] = -1;
	}
	if (!report_applies((enum report_by)by, "new_employers"))
		a->f.new_employers = -1;
	if (!report_applies((enum report_by)by, "returning_employers"))
		a->f.returning_employers = -1;
}

void
report_acc_finish(struct report_acc *a)
{
	size_t	n = a->fill.n;

	if (n > 0) {
		qsort(a->fill.v, n, sizeof(int), int_cmp);
		a->f.median_days_to_fill = n % 2 ? a->fill.v[n / 2] :
		    (a->fill.v[n / 2 - 1] + a->fill.v[n / 2]) / 2.0;
	}
	a->f.people_placed = distinct(&a->persons);
	a->f.durable_people = distinct(&a->dpersons);
	if ((n = a->coach.n) > 0) {
		qsort(a->coach.v, n, sizeof(int), int_cmp);
		a->f.jobcoach_median_days = n % 2 ? a->coach.v[n / 2] :
		    (a->coach.v[n / 2 - 1] + a->coach.v[n / 2]) / 2.0;
	}
	if (a->lks_n > 0)
		a->f.lks_mean_pct = a->lks_sum / (double)a->lks_n;
	free(a->fill.v);
	free(a->persons.v);
	free(a->dpersons.v);
	free(a->coach.v);
	memset(&a->fill, 0, sizeof(a->fill));
	memset(&a->persons, 0, sizeof(a->persons));
	memset(&a->dpersons, 0, sizeof(a->dpersons));
	memset(&a->coach, 0, sizeof(a->coach));
}

static int
dim_add(struct report_dim *d, const char *key, const char *name, int by)
{
	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 16;
		d->g = xreallocarray(d->g, d->cap, sizeof(*d->g));
		d->a = xreallocarray(d->a, d->cap, sizeof(*d->a));
	}
	memset(&d->g[d->n], 0, sizeof(d->g[d->n]));
	snprintf(d->g[d->n].key, sizeof(d->g[d->n].key), "%s", key);
	snprintf(d->g[d->n].name, sizeof(d->g[d->n].name), "%s", name);
	acc_init(&d->a[d->n], by);
	return (int)d->n++;
}

int
report_ym_of(const char *s)
{
	return ((s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 +
	    (s[3] - '0')) * 12 + (s[5] - '0') * 10 + (s[6] - '0') - 1;
}

static int
ym_of_day(int day)
{
	int	y, m, d;

	date_to_ymd(day, &y, &m, &d);
	return y * 12 + m - 1;
}

const char *
report_col_text(sqlite3_stmt *stmt, int i)
{
	return (const char *)sqlite3_column_text(stmt, i);
}

static int
pmap_cmp(const void *a, const void *b)
{
	const struct report_pmap *x = a, *y = b;

	return x->id < y->id ? -1 : x->id > y->id;
}

int
report_partner_group(const struct report_ctx *c, long long id)
{
	struct report_pmap key = { id, 0 }, *p;

	if (c->light || c->npmap == 0)
		return -1;
	p = bsearch(&key, c->pmap, c->npmap, sizeof(*p), pmap_cmp);
	return p != NULL ? p->group : -1;
}

int
report_tg_group(const struct report_ctx *c, const char *tg)
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
muni_group(struct report_ctx *c, int mi)
{
	struct report_dim *d = &c->dim[REPORT_BY_MUNICIPALITY];

	if (c->light)
		return -1;
	if (mi < 0) {
		if (c->unknown_group < 0)
			c->unknown_group = dim_add(d, "unknown", _("unknown"),
			    REPORT_BY_MUNICIPALITY);
		return c->unknown_group;
	}
	if (c->muni_group[mi] < 0)
		c->muni_group[mi] = dim_add(d, c->muni_name[mi],
		    c->muni_name[mi], REPORT_BY_MUNICIPALITY);
	return c->muni_group[mi];
}

int
report_pc4_group(struct report_ctx *c, const char *pc4)
{
	int	n = text_digits4(pc4);

	return muni_group(c, n < 0 ? -1 : c->pc4_muni[n]);
}

int
report_muni_code_group(struct report_ctx *c, const char *code)
{
	int	mc = text_digits4(code);

	return muni_group(c, mc < 0 ? -1 : c->code_muni[mc]);
}

int
report_month_group(const struct report_ctx *c, const char *s)
{
	if (c->light)
		return -1;
	return report_ym_of(s) - c->axis0 - c->period0;
}

size_t
report_accs(struct report_ctx *c, const int g[REPORT_NBY],
    struct report_acc **out)
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
load_partners(struct report_ctx *c)
{
	struct report_dim *d = &c->dim[REPORT_BY_PARTNER];
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	int		 rc, gi;

	if ((st = db_prepare(c->db, "SELECT id, code, name FROM partner "
	    "ORDER BY code", &stmt)) != WB_OK)
		return st;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		gi = dim_add(d, report_col_text(stmt, 1),
		    report_col_text(stmt, 2), REPORT_BY_PARTNER);
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
load_places(struct report_ctx *c)
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
		if ((code = text_digits4(report_col_text(stmt, 0))) < 0 ||
		    c->nmuni >= 30000)
			continue;
		c->muni_name = xreallocarray(c->muni_name, c->nmuni + 1,
		    sizeof(*c->muni_name));
		snprintf(c->muni_name[c->nmuni], sizeof(c->muni_name[0]),
		    "%s", report_col_text(stmt, 1));
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
		if ((code = text_digits4(report_col_text(stmt, 0))) >= 0 &&
		    (mc = text_digits4(report_col_text(stmt, 1))) >= 0)
			c->pc4_muni[code] = c->code_muni[mc];
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return db_fail(c->db, _("reading the postcodes"));
	return WB_OK;
}

static enum wb_status
load_employers(struct report_ctx *c)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	struct report_emp *e;
	size_t		 cap = 0;
	int		 rc;

	if ((st = db_prepare(c->db, "SELECT e.id, coalesce(e.partner_id, 0), "
	    "e.pc4, coalesce(p.code || '/' || e.ref, e.name || '@' || e.pc4), "
	    "e.name, e.sector FROM employer e LEFT JOIN partner p ON p.id = "
	    "e.partner_id ORDER BY e.id", &stmt)) != WB_OK)
		return st;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if (c->nemp == cap) {
			cap = cap ? cap * 2 : 64;
			c->emp = xreallocarray(c->emp, cap, sizeof(*c->emp));
		}
		e = &c->emp[c->nemp++];
		memset(e, 0, sizeof(*e));
		e->id = sqlite3_column_int64(stmt, 0);
		e->partner_id = sqlite3_column_int64(stmt, 1);
		db_column_copy(e->pc4, sizeof(e->pc4), stmt, 2);
		e->group = e->sector = -1;
		e->key = db_column_dup(stmt, 3);
		e->name = db_column_dup(stmt, 4);
		e->sector_name = sqlite3_column_type(stmt, 5) == SQLITE_NULL ?
		    NULL : db_column_dup(stmt, 5);
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return db_fail(c->db, _("reading the employers"));
	return WB_OK;
}

static enum wb_status
load_users(struct report_ctx *c)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	struct report_user *u;
	size_t		 cap = 0;
	int		 rc;

	if ((st = db_prepare(c->db, "SELECT id, login, name FROM app_user "
	    "ORDER BY id", &stmt)) != WB_OK)
		return st;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if (c->nusers == cap) {
			cap = cap ? cap * 2 : 16;
			c->users = xreallocarray(c->users, cap,
			    sizeof(*c->users));
		}
		u = &c->users[c->nusers++];
		u->id = sqlite3_column_int64(stmt, 0);
		u->group = -1;
		u->login = db_column_dup(stmt, 1);
		u->name = db_column_dup(stmt, 2);
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return db_fail(c->db, _("reading the users"));
	return WB_OK;
}

struct report_emp *
report_emp_find(const struct report_ctx *c, long long id)
{
	size_t	lo = 0, hi = c->nemp, mid;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (c->emp[mid].id == id)
			return &c->emp[mid];
		if (c->emp[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

int
report_emp_group(struct report_ctx *c, struct report_emp *e)
{
	struct report_dim *d = &c->dim[REPORT_BY_EMPLOYER];

	if (c->light)
		return -1;
	if (e == NULL) {
		if (c->unknown_emp < 0)
			c->unknown_emp = dim_add(d, "unknown", _("unknown"),
			    REPORT_BY_EMPLOYER);
		return c->unknown_emp;
	}
	if (e->group < 0)
		e->group = dim_add(d, e->key, e->name, REPORT_BY_EMPLOYER);
	return e->group;
}

int
report_sector_group(struct report_ctx *c, struct report_emp *e)
{
	struct report_dim *d = &c->dim[REPORT_BY_SECTOR];
	size_t	i;

	if (c->light)
		return -1;
	if (e == NULL || e->sector_name == NULL || *e->sector_name == '\0') {
		if (c->unknown_sector < 0)
			c->unknown_sector = dim_add(d, "unknown", _("unknown"),
			    REPORT_BY_SECTOR);
		return c->unknown_sector;
	}
	if (e->sector >= 0)
		return e->sector;
	for (i = 0; i < d->n; i++)
		if ((int)i != c->unknown_sector &&
		    strcmp(d->g[i].key, e->sector_name) == 0)
			return e->sector = (int)i;
	return e->sector = dim_add(d, e->sector_name, e->sector_name,
	    REPORT_BY_SECTOR);
}

int
report_consultant_group(struct report_ctx *c, long long id)
{
	struct report_dim *d = &c->dim[REPORT_BY_CONSULTANT];
	size_t	lo = 0, hi = c->nusers, mid;

	if (c->light)
		return -1;
	while (id > 0 && lo < hi) {
		mid = (lo + hi) / 2;
		if (c->users[mid].id == id) {
			if (c->users[mid].group < 0)
				c->users[mid].group = dim_add(d,
				    c->users[mid].login, c->users[mid].name,
				    REPORT_BY_CONSULTANT);
			return c->users[mid].group;
		}
		if (c->users[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (c->unknown_consultant < 0)
		c->unknown_consultant = dim_add(d, "unknown", _("unknown"),
		    REPORT_BY_CONSULTANT);
	return c->unknown_consultant;
}

void
report_person_groups(struct report_ctx *c, int g[REPORT_NBY], long long partner,
    const char *tg, const char *pc4, const char *muni, long long consultant,
    const char *day, struct report_emp *emp)
{
	int	pool = emp == NULL;

	g[REPORT_BY_PARTNER] = report_partner_group(c, partner);
	g[REPORT_BY_TARGET_GROUP] = report_tg_group(c, tg);
	if (c->light)
		g[REPORT_BY_MUNICIPALITY] = -1;
	else if (pc4 != NULL)
		g[REPORT_BY_MUNICIPALITY] = report_pc4_group(c, pc4);
	else
		g[REPORT_BY_MUNICIPALITY] = report_muni_code_group(c, muni);
	g[REPORT_BY_MONTH] = day != NULL ? report_month_group(c, day) : -1;
	g[REPORT_BY_CONSULTANT] = report_consultant_group(c, consultant);
	g[REPORT_BY_EMPLOYER] = g[REPORT_BY_SECTOR] = -1;
	(void)pool;
}

static void
trend_alloc(struct report_ctx *c, struct report_trend *t)
{
	const struct report_dim *d = &c->dim[REPORT_BY_PARTNER];
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

void
report_trend_free(struct report_trend *t)
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

/* By key, "unknown" last (consultants by login). */
static int
group_key_cmp(const void *a, const void *b)
{
	const struct report_group *x = a, *y = b;
	int	ux = strcmp(x->key, "unknown") == 0;
	int	uy = strcmp(y->key, "unknown") == 0;

	if (ux != uy)
		return ux - uy;
	return strcmp(x->key, y->key);
}

void
report_ctx_free(struct report_ctx *c)
{
	int	d;
	size_t	i;

	for (d = 0; d < REPORT_NBY; d++) {
		for (i = 0; i < c->dim[d].n; i++)
			report_acc_finish(&c->dim[d].a[i]);
		free(c->dim[d].a);
		free(c->dim[d].g);
	}
	report_acc_finish(&c->total);
	for (i = 0; i < c->nemp; i++) {
		free(c->emp[i].key);
		free(c->emp[i].name);
		free(c->emp[i].sector_name);
	}
	free(c->emp);
	for (i = 0; i < c->nusers; i++) {
		free(c->users[i].login);
		free(c->users[i].name);
	}
	free(c->users);
	free(c->pmap);
	free(c->pc4_muni);
	free(c->code_muni);
	free(c->muni_name);
	free(c->muni_group);
	free(c->pool_diff);
}

void
report_ctx_init(struct report_ctx *c, struct db *db, int from, int to,
    int today)
{
	memset(c, 0, sizeof(*c));
	c->db = db;
	c->from = from;
	c->to = to;
	c->today = today;
	c->unknown_group = -1;
	c->unknown_emp = c->unknown_sector = c->unknown_consultant = -1;
	date_format(from, c->from_s);
	date_format(to, c->to_s);
	acc_init(&c->total, -1);
}

enum wb_status
report_ctx_load(struct report_ctx *c, struct report *r)
{
	enum wb_status	st;
	size_t		i;
	int		ym, last, first;
	char		key[16];

	if ((st = load_setting(c->db, "durable_months", 6, &c->dm)) !=
	    WB_OK || (st = load_setting(c->db, "durable_long_months", 12,
	    &c->dlm)) != WB_OK || (st = load_partners(c)) != WB_OK ||
	    (st = load_places(c)) != WB_OK ||
	    (st = load_employers(c)) != WB_OK ||
	    (st = load_users(c)) != WB_OK)
		return st;
	r->durable_months = c->dm;
	r->durable_long_months = c->dlm;
	for (i = 0; i < NTARGET_GROUPS; i++)
		dim_add(&c->dim[REPORT_BY_TARGET_GROUP], target_groups[i],
		    target_groups[i], REPORT_BY_TARGET_GROUP);
	first = ym_of_day(c->from);
	last = ym_of_day(c->to);
	c->axis0 = first < last - (REPORT_TREND_MONTHS - 1) ? first :
	    last - (REPORT_TREND_MONTHS - 1);
	c->naxis = (size_t)(last - c->axis0 + 1);
	c->period0 = first - c->axis0;
	for (ym = first; ym <= last; ym++) {
		snprintf(key, sizeof(key), "%04d-%02d", ym / 12, ym % 12 + 1);
		dim_add(&c->dim[REPORT_BY_MONTH], key, key, REPORT_BY_MONTH);
	}
	c->trend = &r->trend;
	trend_alloc(c, &r->trend);
	return WB_OK;
}

void
report_ctx_collect(struct report_ctx *c, struct report *r)
{
	size_t	i;
	int	d;

	for (d = 0; d < REPORT_NBY; d++) {
		r->by[d].ngroups = c->dim[d].n;
		r->by[d].groups = xcalloc(c->dim[d].n + 1,
		    sizeof(struct report_group));
		for (i = 0; i < c->dim[d].n; i++) {
			report_acc_finish(&c->dim[d].a[i]);
			r->by[d].groups[i] = c->dim[d].g[i];
			r->by[d].groups[i].f = c->dim[d].a[i].f;
		}
	}
	qsort(r->by[REPORT_BY_MUNICIPALITY].groups,
	    r->by[REPORT_BY_MUNICIPALITY].ngroups,
	    sizeof(struct report_group), group_name_cmp);
	qsort(r->by[REPORT_BY_EMPLOYER].groups,
	    r->by[REPORT_BY_EMPLOYER].ngroups,
	    sizeof(struct report_group), group_name_cmp);
	qsort(r->by[REPORT_BY_SECTOR].groups,
	    r->by[REPORT_BY_SECTOR].ngroups,
	    sizeof(struct report_group), group_name_cmp);
	qsort(r->by[REPORT_BY_CONSULTANT].groups,
	    r->by[REPORT_BY_CONSULTANT].ngroups,
	    sizeof(struct report_group), group_key_cmp);
	report_acc_finish(&c->total);
	r->total = c->total.f;
	r->ratings = c->ratings;
}
