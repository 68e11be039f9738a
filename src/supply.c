/*
 * supply.c: open positions against the people who could take them, per
 * occupation group, now and at the end of each of the last four
 * quarters (supply.h).
 *
 * Who passes the hard rules for a vacancy does not depend on the day
 * (match_eligible, leaving out the status rule), so it is asked once per
 * vacancy; who was in the pool on each day is a bit per person.  The
 * vacancies are taken group by group, and a person counts once per
 * group and day, so the memory stays a few bytes per person.
 */
#include "werkbank/supply.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/candidate.h"
#include "werkbank/date.h"
#include "werkbank/i18n.h"
#include "werkbank/match.h"
#include "werkbank/xmalloc.h"

#define NPOINTS	(SUPPLY_QUARTERS + 1)	/* now, then the quarters */

struct idpos {
	long long	 id;
	size_t		 pos;
};

static int
idpos_cmp(const void *a, const void *b)
{
	const struct idpos	*x = a, *y = b;

	return (x->id > y->id) - (x->id < y->id);
}

const char *
supply_band(double t)
{
	if (t > 4)
		return "zeer_krap";
	if (t > 1.5)
		return "krap";
	if (t < 0.67)
		return "ruim";
	return "gemiddeld";
}

/* The last day of each of the four quarters before today's, oldest
 * first, into day[1..4]; day[0] is today. */
static void
points(int day[NPOINTS], char quarter[SUPPLY_QUARTERS][16])
{
	int	y, m, d, q0, j, yy, qq;

	day[0] = date_today();
	date_to_ymd(day[0], &y, &m, &d);
	q0 = (m - 1) / 3;		/* 0-3: this quarter */
	for (j = 0; j < SUPPLY_QUARTERS; j++) {
		yy = y;
		qq = q0 - (SUPPLY_QUARTERS - j);
		while (qq < 0) {
			qq += 4;
			yy--;
		}
		/* The day before the next quarter begins. */
		if (qq == 3)
			(void)date_from_ymd(yy + 1, 1, 1, &day[j + 1]);
		else
			(void)date_from_ymd(yy, 3 * (qq + 1) + 1, 1,
			    &day[j + 1]);
		day[j + 1]--;
		snprintf(quarter[j], 16, "%dQ%d", yy, qq + 1);
	}
}

/*
 * Who has an occupation in each group at the level: pairs of the group
 * as a number ("93": 93) and a candidate's position in the index,
 * sorted by group, then position.
 */
struct member {
	int		 group;
	uint32_t	 pos;
};

struct occupations {
	struct member	*m;
	size_t		 n;
};

static int
member_cmp(const void *a, const void *b)
{
	const struct member	*x = a, *y = b;

	if (x->group != y->group)
		return x->group < y->group ? -1 : 1;
	return (x->pos > y->pos) - (x->pos < y->pos);
}

/* The members of group g into among (the caller's); how many. */
static size_t
members(const struct occupations *o, int g, uint32_t *among)
{
	size_t	lo = 0, hi = o->n, n = 0;

	while (lo < hi) {
		size_t	mid = lo + (hi - lo) / 2;

		if (o->m[mid].group < g)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < o->n && o->m[lo].group == g; lo++)
		among[n++] = o->m[lo].pos;
	return n;
}

static enum wb_status
load_occupations(struct db *db, const struct idpos *ids, size_t n,
    int level, struct occupations *o)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	struct idpos	 key, *hit;
	size_t		 cap = 1024;
	int		 rc;

	o->n = 0;
	o->m = NULL;
	if ((st = db_prepare(db, "SELECT DISTINCT candidate_id, CAST(substr("
	    "isco_code, 1, ?) AS INTEGER) FROM candidate_occupation", &stmt)) !=
	    WB_OK)
		return st;
	sqlite3_bind_int(stmt, 1, level);
	o->m = xcalloc(cap, sizeof(*o->m));
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		key.id = sqlite3_column_int64(stmt, 0);
		if ((hit = bsearch(&key, ids, n, sizeof(*ids), idpos_cmp)) ==
		    NULL)
			continue;
		if (o->n == cap) {
			cap *= 2;
			o->m = xreallocarray(o->m, cap, sizeof(*o->m));
		}
		o->m[o->n].pos = (uint32_t)hit->pos;
		o->m[o->n++].group = sqlite3_column_int(stmt, 1);
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return db_fail(db, _("reading the occupations"));
	qsort(o->m, o->n, sizeof(*o->m), member_cmp);
	return WB_OK;
}

/* Who is in the pool on each day: a bit per day (bit 0: now); and
 * their occupations. */
static enum wb_status
pool_bits(struct db *db, const struct match_index *idx, const int *day,
    int level, unsigned char *bits, struct occupations *occ)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	struct idpos	*ids, key, *hit;
	size_t		 n = match_index_count(idx), i;
	int		 rc, reg, left, k;
	const char	*t;

	ids = xcalloc(n + 1, sizeof(*ids));
	for (i = 0; i < n; i++) {
		ids[i].id = match_index_id(idx, i);
		ids[i].pos = i;
	}
	qsort(ids, n, sizeof(*ids), idpos_cmp);
	if ((st = load_occupations(db, ids, n, level, occ)) != WB_OK) {
		free(ids);
		return st;
	}
	if ((st = db_prepare(db, "SELECT c.id, " CANDIDATE_IN_POOL("c.") ", "
	    "c.registered_on, c.left_on FROM candidate c", &stmt)) != WB_OK) {
		free(ids);
		return st;
	}
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		key.id = sqlite3_column_int64(stmt, 0);
		if ((hit = bsearch(&key, ids, n, sizeof(*ids), idpos_cmp)) ==
		    NULL)
			continue;
		bits[hit->pos] = sqlite3_column_int(stmt, 1) ? 1 : 0;
		t = (const char *)sqlite3_column_text(stmt, 2);
		if (t == NULL || date_parse(t, &reg) != WB_OK)
			continue;
		t = (const char *)sqlite3_column_text(stmt, 3);
		if (t == NULL || date_parse(t, &left) != WB_OK)
			left = INT32_MAX;
		for (k = 1; k < NPOINTS; k++)
			if (reg <= day[k] && left > day[k])
				bits[hit->pos] |= (unsigned char)(1u << k);
	}
	sqlite3_finalize(stmt);
	free(ids);
	return rc == SQLITE_DONE ? WB_OK : db_fail(db,
	    _("reading the candidates"));
}

struct group {
	char		 code[5];
	long long	 positions[NPOINTS];
	long long	 candidates[NPOINTS];
};

static double
tension(long long positions, long long candidates)
{
	if (positions <= 0)
		return NAN;
	return candidates > 0 ? (double)positions / (double)candidates :
	    HUGE_VAL;
}

static int
row_cmp(const void *a, const void *b)
{
	const struct supply_row	*x = a, *y = b;

	if (x->tension != y->tension)
		return x->tension > y->tension ? -1 : 1;
	return strcmp(x->group, y->group);
}

static enum wb_status
labels(struct db *db, struct supply *s)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	size_t		 i;

	if ((st = db_prepare(db, "SELECT title_nl FROM isco_group WHERE code "
	    "= ?", &stmt)) != WB_OK)
		return st;
	for (i = 0; i < s->n; i++) {
		sqlite3_bind_text(stmt, 1, s->rows[i].group, -1, SQLITE_STATIC);
		s->rows[i].label = sqlite3_step(stmt) == SQLITE_ROW ?
		    db_column_dup(stmt, 0) : xstrdup("");
		sqlite3_reset(stmt);
	}
	sqlite3_finalize(stmt);
	return WB_OK;
}

/*
 * Count the groups: every vacancy open now or at a quarter's end, group
 * by group; a person once per group and day.
 */
static enum wb_status
count(struct db *db, const struct user_ctx *u, struct supply *s,
    const int *day, struct group **groups, size_t *ngroups)
{
	struct match_index	*idx = NULL;
	struct match_vacancy	 mv;
	struct occupations	 occ = { NULL, 0 };
	sqlite3_stmt		*stmt = NULL;
	enum wb_status		 st;
	unsigned char		*pool = NULL, *seen = NULL, *once = NULL;
	uint32_t		*gtag = NULL, *elig = NULL, *among = NULL;
	size_t			 n, i, ne, cap = 0, namong = 0;
	long long		 asking = u->single ? 0 : u->partner_id;
	char			 cur[5] = "";
	int			 rc, k, open;
	const char		*t;

	*groups = NULL;
	*ngroups = 0;
	if ((st = match_index_build(db, &idx)) != WB_OK)
		return st;
	n = match_index_count(idx);
	pool = xcalloc(n + 1, 1);
	seen = xcalloc(n + 1, 1);
	once = xcalloc(n + 1, 1);
	gtag = xcalloc(n + 1, sizeof(*gtag));
	elig = xcalloc(n + 1, sizeof(*elig));
	among = xcalloc(n + 1, sizeof(*among));
	if ((st = pool_bits(db, idx, day, s->level, pool, &occ)) != WB_OK)
		goto out;
	if ((st = db_prepare(db, "SELECT p.code || '/' || v.ref, "
	    "substr(v.isco_code, 1, ?1), v.positions, v.status IN ('open', "
	    "'on_hold'), v.collected_on, v.closed_on, "
	    "(SELECT count(*) FROM placement pl WHERE pl.vacancy_id = v.id), "
	    "(SELECT count(*) FROM placement pl WHERE pl.vacancy_id = v.id "
	    "AND pl.start_date <= ?2), "
	    "(SELECT count(*) FROM placement pl WHERE pl.vacancy_id = v.id "
	    "AND pl.start_date <= ?3), "
	    "(SELECT count(*) FROM placement pl WHERE pl.vacancy_id = v.id "
	    "AND pl.start_date <= ?4), "
	    "(SELECT count(*) FROM placement pl WHERE pl.vacancy_id = v.id "
	    "AND pl.start_date <= ?5) "
	    "FROM vacancy v JOIN partner p ON p.id = v.partner_id "
	    "WHERE v.status IN ('open', 'on_hold') OR (v.collected_on <= ?5 "
	    "AND (v.closed_on IS NULL OR v.closed_on > ?2)) "
	    "ORDER BY 2, v.id", &stmt)) != WB_OK)
		goto out;
	sqlite3_bind_int(stmt, 1, s->level);
	for (k = 1; k < NPOINTS; k++) {
		char	d[11];

		sqlite3_bind_text(stmt, 1 + k, date_format(day[k], d), -1,
		    SQLITE_TRANSIENT);
	}
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		struct group	*g;
		unsigned	 vbits = 0;
		int		 collected, closed;
		long long	 positions = sqlite3_column_int64(stmt, 2);

		if (strcmp(cur, (const char *)sqlite3_column_text(stmt, 1)) !=
		    0) {
			if (*ngroups == cap) {
				cap = cap ? 2 * cap : 64;
				*groups = xreallocarray(*groups, cap,
				    sizeof(**groups));
			}
			g = &(*groups)[(*ngroups)++];
			memset(g, 0, sizeof(*g));
			db_column_copy(g->code, sizeof(g->code), stmt, 1);
			snprintf(cur, sizeof(cur), "%s", g->code);
			namong = members(&occ, atoi(g->code), among);
		}
		g = &(*groups)[*ngroups - 1];
		open = sqlite3_column_int(stmt, 3);
		t = (const char *)sqlite3_column_text(stmt, 4);
		if (t == NULL || date_parse(t, &collected) != WB_OK)
			continue;
		t = (const char *)sqlite3_column_text(stmt, 5);
		if (t == NULL || date_parse(t, &closed) != WB_OK)
			closed = INT32_MAX;
		if (open && positions > sqlite3_column_int64(stmt, 6)) {
			vbits |= 1;
			g->positions[0] += positions - sqlite3_column_int64(
			    stmt, 6);
		}
		for (k = 1; k < NPOINTS; k++)
			if (collected <= day[k] && closed > day[k] &&
			    positions > sqlite3_column_int64(stmt, 6 + k)) {
				vbits |= 1u << k;
				g->positions[k] += positions -
				    sqlite3_column_int64(stmt, 6 + k);
			}
		if (vbits == 0 || namong == 0)
			continue;
		if ((st = match_vacancy_load(db, (const char *)
		    sqlite3_column_text(stmt, 0), &mv)) != WB_OK)
			goto out;
		ne = match_eligible(idx, &mv, asking, MATCH_EX_STATUS, among,
		    namong, elig);
		match_vacancy_clear(&mv);
		for (i = 0; i < ne; i++) {
			uint32_t	c = elig[i];
			unsigned	b;

			if (gtag[c] != *ngroups) {
				gtag[c] = (uint32_t)*ngroups;
				seen[c] = 0;
			}
			b = pool[c] & vbits & ~seen[c];
			seen[c] |= (unsigned char)b;
			for (k = 0; k < NPOINTS; k++)
				if (b & (1u << k))
					g->candidates[k]++;
			if ((b & 1) && !once[c]) {
				once[c] = 1;
				s->candidates++;
			}
		}
	}
	if (rc != SQLITE_DONE)
		st = db_fail(db, _("reading the vacancies"));
out:
	sqlite3_finalize(stmt);
	free(pool);
	free(seen);
	free(once);
	free(gtag);
	free(elig);
	free(among);
	free(occ.m);
	match_index_free(idx);
	return st;
}

enum wb_status
supply_load(struct db *db, const struct user_ctx *u, int level,
    struct supply **out)
{
	struct supply	*s;
	struct group	*groups;
	enum wb_status	 st;
	size_t		 ng, i;
	int		 day[NPOINTS], k;

	*out = NULL;
	if (level != 1 && level != 2 && level != 4)
		return db_set_error(db, WB_INVALID, "%s", _("the occupation "
		    "groups are isco1, isco2 or isco4"));
	s = xcalloc(1, sizeof(*s));
	s->level = level;
	points(day, s->quarter);
	if ((st = count(db, u, s, day, &groups, &ng)) != WB_OK) {
		free(groups);
		supply_free(s);
		return st;
	}
	s->rows = xcalloc(ng + 1, sizeof(*s->rows));
	for (i = 0; i < ng; i++) {
		struct supply_row	*r = &s->rows[s->n];

		if (groups[i].positions[0] == 0)
			continue;
		s->n++;
		snprintf(r->group, sizeof(r->group), "%s", groups[i].code);
		r->open_positions = groups[i].positions[0];
		r->candidates = groups[i].candidates[0];
		r->tension = tension(r->open_positions, r->candidates);
		r->band = supply_band(r->tension);
		for (k = 0; k < SUPPLY_QUARTERS; k++)
			r->trend[k] = tension(groups[i].positions[k + 1],
			    groups[i].candidates[k + 1]);
		s->positions += r->open_positions;
	}
	free(groups);
	qsort(s->rows, s->n, sizeof(*s->rows), row_cmp);
	if ((st = labels(db, s)) != WB_OK) {
		supply_free(s);
		return st;
	}
	*out = s;
	return WB_OK;
}

void
supply_free(struct supply *s)
{
	size_t	i;

	if (s == NULL)
		return;
	for (i = 0; i < s->n; i++)
		free(s->rows[i].label);
	free(s->rows);
	free(s);
}
