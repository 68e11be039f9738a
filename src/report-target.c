/*
 * report-target.c: the periods of the monitoring (a year 2026, a
 * quarter 2026Q1, a month 2026-03) and the targets set for them (the
 * target table), written in one IMMEDIATE transaction with an audit row.
 */
#include "werkbank/report.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/audit.h"
#include "werkbank/date.h"
#include "werkbank/i18n.h"
#include "werkbank/json.h"
#include "werkbank/xmalloc.h"

const char *const report_target_figures[] = {
	"vacancies_collected", "vacancies_filled", "placements",
	"people_placed", "durable_placements", "durable_12m", "inflow",
	"employer_share_8plus", "nps", NULL,
};

void
report_quarter(int day, int *from, int *to)
{
	int	y, m, d, q;

	date_to_ymd(day, &y, &m, &d);
	q = (m - 1) / 3;
	if (date_from_ymd(y, q * 3 + 1, 1, from) != WB_OK)
		*from = day;
	*to = date_add_months(*from, 3) - 1;
}

static int
digits_n(const char *s, int n, int *out)
{
	int	i, v = 0;

	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 0;
}

enum wb_status
report_period_parse(const char *s, int *from, int *to)
{
	int	y, q, m;
	size_t	len = strlen(s);

	if (len < 4 || digits_n(s, 4, &y) != 0 || y < 1900 || y > 2999)
		return WB_INVALID;
	if (len == 4) {
		if (date_from_ymd(y, 1, 1, from) != WB_OK ||
		    date_from_ymd(y, 12, 31, to) != WB_OK)
			return WB_INVALID;
		return WB_OK;
	}
	if (len == 6 && s[4] == 'Q' && s[5] >= '1' && s[5] <= '4') {
		q = s[5] - '1';
		if (date_from_ymd(y, q * 3 + 1, 1, from) != WB_OK)
			return WB_INVALID;
		*to = date_add_months(*from, 3) - 1;
		return WB_OK;
	}
	if (len == 7 && s[4] == '-' && digits_n(s + 5, 2, &m) == 0 &&
	    m >= 1 && m <= 12) {
		if (date_from_ymd(y, m, 1, from) != WB_OK)
			return WB_INVALID;
		*to = date_add_months(*from, 1) - 1;
		return WB_OK;
	}
	return WB_INVALID;
}

char *
report_period_name(int from, int to, char *buf, size_t len)
{
	char	name[3][32], a[11], b[11];
	int	y, m, d, i, f, t;

	date_to_ymd(from, &y, &m, &d);
	snprintf(name[0], sizeof(name[0]), "%04d", y);
	snprintf(name[1], sizeof(name[1]), "%04dQ%d", y, (m - 1) / 3 + 1);
	snprintf(name[2], sizeof(name[2]), "%04d-%02d", y, m);
	for (i = 0; i < 3; i++)
		if (report_period_parse(name[i], &f, &t) == WB_OK &&
		    f == from && t == to) {
			snprintf(buf, len, "%s", name[i]);
			return buf;
		}
	snprintf(buf, len, "%s..%s", date_format(from, a), date_format(to, b));
	return buf;
}

static int
figure_known(const char *figure)
{
	size_t	i;

	for (i = 0; report_target_figures[i] != NULL; i++)
		if (strcmp(figure, report_target_figures[i]) == 0)
			return 1;
	return 0;
}

enum wb_status
report_target_set(struct db *db, const char *login, const char *period,
    const char *figure, double value)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	char		*detail;
	int		 from, to;
	double		 lo = 0, hi = 1e9;

	if (report_period_parse(period, &from, &to) != WB_OK)
		return db_set_error(db, WB_INVALID, _("'%s' is not a period "
		    "(2026, 2026Q1 or 2026-03)"), period);
	if (!figure_known(figure))
		return db_set_error(db, WB_INVALID, _("'%s' is not a figure "
		    "a target can be set for"), figure);
	if (strcmp(figure, "employer_share_8plus") == 0)
		hi = 100;
	else if (strcmp(figure, "nps") == 0) {
		lo = -100;
		hi = 100;
	}
	if (!isfinite(value) || value < lo || value > hi)
		return db_set_error(db, WB_INVALID, _("a target for %s must "
		    "be a number from %g to %g"), figure, lo, hi);
	if ((st = db_begin(db)) != WB_OK)
		return st;
	if ((st = db_prepare(db, "INSERT INTO target (period, figure, value) "
	    "VALUES (?1, ?2, ?3) ON CONFLICT (period, figure) DO UPDATE SET "
	    "value = excluded.value, version = version + 1", &stmt)) !=
	    WB_OK) {
		db_rollback(db);
		return st;
	}
	sqlite3_bind_text(stmt, 1, period, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 2, figure, -1, SQLITE_STATIC);
	sqlite3_bind_double(stmt, 3, value);
	if (sqlite3_step(stmt) != SQLITE_DONE)
		st = db_fail(db, _("storing the target"));
	sqlite3_finalize(stmt);
	if (st == WB_OK) {
		struct json_obj *o = json_obj_new();

		json_obj_str(o, "period", period);
		json_obj_str(o, "figure", figure);
		json_obj_num(o, "value", value);
		detail = json_obj_end(o);
		st = audit_append(db, login, "update", "target", 0, detail);
		free(detail);
	}
	if (st == WB_OK)
		st = db_commit(db);
	if (st != WB_OK)
		db_rollback(db);
	return st;
}

enum wb_status
report_target_list(struct db *db, struct report_target_row **rows,
    size_t *n)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	size_t		 cap = 0;
	int		 rc;

	*rows = NULL;
	*n = 0;
	/* Years before their quarters before their months. */
	if ((st = db_prepare(db, "SELECT period, figure, value FROM target "
	    "ORDER BY substr(period, 1, 4), length(period), period, CASE "
	    "figure WHEN 'vacancies_collected' THEN 1 "
	    "WHEN 'vacancies_filled' THEN 2 WHEN 'placements' THEN 3 "
	    "WHEN 'people_placed' THEN 4 WHEN 'durable_placements' THEN 5 "
	    "WHEN 'durable_12m' THEN 6 WHEN 'inflow' THEN 7 "
	    "WHEN 'employer_share_8plus' THEN 8 ELSE 9 END", &stmt)) != WB_OK)
		return st;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 16;
			*rows = xreallocarray(*rows, cap, sizeof(**rows));
		}
		snprintf((*rows)[*n].period, sizeof((*rows)[*n].period), "%s",
		    (const char *)sqlite3_column_text(stmt, 0));
		snprintf((*rows)[*n].figure, sizeof((*rows)[*n].figure), "%s",
		    (const char *)sqlite3_column_text(stmt, 1));
		(*rows)[*n].value = sqlite3_column_double(stmt, 2);
		(*n)++;
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE) {
		free(*rows);
		*rows = NULL;
		*n = 0;
		return db_fail(db, _("reading the targets"));
	}
	return WB_OK;
}
