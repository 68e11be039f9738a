/*
 * demo.c: the synthetic demo region of the Meppel subregion (cli.md
 * `demo`).  The partners are those of the partnership; candidates live
 * where people live (places_region.csv, by population), employers and
 * vacancies are where businesses are, and two years of history before
 * opt->today (proposals, placements, ratings) are simulated in memory in
 * the order the vacancies came in, so that nobody is placed twice at once
 * and nobody is proposed after leaving the pool.  Everything is written
 * through prepared multi-row INSERTs reused batch after batch; no row is
 * read back.  demo-people.c makes the users, the candidates and the
 * history; this file the region, the vacancies and the batches.
 */
#include "werkbank/demo.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/csv.h"
#include "werkbank/date.h"
#include "werkbank/embed.h"
#include "werkbank/geo.h"
#include "werkbank/i18n.h"
#include "werkbank/xmalloc.h"

#include "demo-internal.h"

static const struct {
	const char	*code, *name, *kind, *muni;
} partners[P_COUNT] = {
	{ "MEP", "Gemeente Meppel", "gemeente", "0119" },
	{ "STA", "Gemeente Staphorst", "gemeente", "0180" },
	{ "STW", "Gemeente Steenwijkerland", "gemeente", "1708" },
	{ "WES", "Gemeente Westerveld", "gemeente", "1701" },
	{ "UWV", "UWV", "uwv", NULL },
	{ "NWG", "NoordWestGroep", "sw_bedrijf", "1708" },
	{ "RST", "Reestmond", "sw_bedrijf", "0119" },
};

/* Where the businesses are, and how many. */
static const struct {
	const char	*place;
	int		 weight;
} business[] = {
	{ "Meppel", 30 }, { "Steenwijk", 18 }, { "Staphorst", 10 },
	{ "Havelte", 4 }, { "Dwingeloo", 4 }, { "Diever", 3 },
	{ "Vollenhove", 4 }, { "Nijeveen", 3 }, { "Rouveen", 4 },
	{ "Giethoorn", 2 }, { "Oldemarkt", 2 }, { "Vledder", 2 },
	{ "IJhorst", 1 }, { "Uffelte", 1 }, { "Wanneperveen", 1 },
	{ "Zwolle", 6 }, { "Hoogeveen", 5 },
};

/*
 * The tables written, parents first: rows are buffered and written many
 * to one INSERT.  Rows of a table with a parent here wait until their
 * parent rows are written (demo_row), so every foreign key finds its row;
 * the other parents are written whole before (flush_all).
 */
static const struct {
	const char	*table, *cols;
	int		 parent;
} batch_def[ST_COUNT] = {
	[ST_PARTNER] = { "partner", "id, code, name, kind, municipality_code, "
	    "created_at, updated_at", -1 },
	[ST_USER] = { "app_user", "id, login, name, partner_id, role, "
	    "created_at", -1 },
	[ST_EMPLOYER] = { "employer", "id, name, name_key, pc4, partner_id, "
	    "ref, account_manager_id, sector, created_at, updated_at", -1 },
	[ST_CAND] = { "candidate", "id, partner_id, ref, first_name, "
	    "last_name, pc4, target_group, job_agreement, education_key, "
	    "dutch_level, hours_min, hours_max, available_from, "
	    "driving_licence, max_travel_km, consent, consultant_id, status, "
	    "phone, email, registered_on, left_on, created_at, updated_at",
	    -1 },
	[ST_CAND_OCC] = { "candidate_occupation", "candidate_id, isco_code, "
	    "years", ST_CAND },
	[ST_CAND_SKILL] = { "candidate_skill", "candidate_id, skill",
	    ST_CAND },
	[ST_CAND_RESTR] = { "candidate_restriction", "candidate_id, "
	    "restriction", ST_CAND },
	[ST_CAND_TRANSPORT] = { "candidate_transport", "candidate_id, mode",
	    ST_CAND },
	[ST_VAC] = { "vacancy", "id, partner_id, ref, employer_id, title, "
	    "isco_code, pc4, positions, hours_min, hours_max, education_min, "
	    "dutch_level_min, driving_licence, job_agreement, sheltered, "
	    "collected_on, deadline, start_date, account_manager_id, status, "
	    "closed_on, description, created_at, updated_at", -1 },
	[ST_VAC_SKILL] = { "vacancy_skill", "vacancy_id, skill", ST_VAC },
	[ST_VAC_DEMAND] = { "vacancy_demand", "vacancy_id, demand", ST_VAC },
	[ST_VAC_INSTR] = { "vacancy_instrument", "vacancy_id, instrument",
	    ST_VAC },
	[ST_PROP] = { "proposal", "id, vacancy_id, candidate_id, step, "
	    "proposed_on, proposed_by, updated_at", -1 },
	[ST_STEP] = { "proposal_step", "proposal_id, step, on_date, "
	    "by_user_id, note, created_at", ST_PROP },
	[ST_PLC] = { "placement", "id, vacancy_id, candidate_id, proposal_id, "
	    "person_no, partner_id, target_group, municipality_code, "
	    "start_date, end_date, contract, hours, checked_6m_on, "
	    "checked_12m_on, created_at, updated_at", -1 },
	[ST_PLC_INSTR] = { "placement_instrument", "placement_id, instrument, "
	    "percentage", ST_PLC },
	[ST_RATING] = { "employer_rating", "employer_id, rated_on, score, "
	    "created_at", -1 },
};

static const char *const vac_status_names[] = {
	"open", "on_hold", "vervuld", "ingetrokken", "verlopen",
};
const char *const demo_instrument_names[7] = {
	"lks", "jobcoach", "proefplaatsing", "werkervaring", "no_risk",
	"beschut", "leerwerktraject",
};
static const char *const demand_names[] = {
	"zwaar_tillen", "lang_staan", "nachtdienst", "klantcontact", "druk",
};

int
demo_rng_pick(struct demo_rng *r, const int *w, int n)
{
	int	i, total = 0, u;

	for (i = 0; i < n; i++)
		total += w[i];
	if (total <= 0)
		return 0;
	u = demo_rng_below(r, total);
	for (i = 0; i < n - 1 && u >= w[i]; i++)
		u -= w[i];
	return i;
}

void
demo_spread_days(int from, int to, long n, double growth, int *out)
{
	double	 total = 0, acc = 0, w;
	long	 k = 0, upto;
	int	 d;

	for (d = from; d <= to; d++)
		total += (1 + growth * (d - from) / (double)(to - from + 1)) *
		    (date_weekday(d) >= 6 ? 0.05 : 1);
	for (d = from; d <= to; d++) {
		w = (1 + growth * (d - from) / (double)(to - from + 1)) *
		    (date_weekday(d) >= 6 ? 0.05 : 1);
		acc += w;
		upto = d == to ? n : (long)floor(n * acc / total + 0.5);
		while (k < upto)
			out[k++] = d;
	}
}

/* The INSERT of n rows into batch b's table. */
static char *
batch_sql(int which, int ncol, int n)
{
	char	*sql, *p;
	size_t	 size;
	int	 i, j;

	size = strlen(batch_def[which].table) + strlen(batch_def[which].cols) +
	    64 + (size_t)n * (ncol * 2 + 4);
	sql = p = xmalloc(size);
	p += snprintf(p, size, "INSERT INTO %s (%s) VALUES ",
	    batch_def[which].table, batch_def[which].cols);
	for (i = 0; i < n; i++) {
		*p++ = i > 0 ? ',' : ' ';
		*p++ = '(';
		for (j = 0; j < ncol; j++) {
			if (j > 0)
				*p++ = ',';
			*p++ = '?';
		}
		*p++ = ')';
	}
	*p = '\0';
	return sql;
}

static enum wb_status
batch_init(struct demo_ctx *ctx, int which)
{
	struct demo_batch	*b = &ctx->batch[which];
	const char		*c;
	enum wb_status		 st;
	char			*sql;
	int			 limit;

	b->which = which;
	b->ncol = 1;
	for (c = batch_def[which].cols; *c != '\0'; c++)
		b->ncol += *c == ',';
	limit = sqlite3_limit(db_sqlite(ctx->db), SQLITE_LIMIT_VARIABLE_NUMBER,
	    -1);
	b->max = limit / b->ncol < 128 ? limit / b->ncol : 128;
	if (b->max < 1)
		b->max = 1;
	b->cap = (b->max + 1) * b->ncol;
	b->val = xcalloc(b->cap, sizeof(*b->val));
	sql = batch_sql(which, b->ncol, b->max);
	st = db_prepare(ctx->db, sql, &b->full);
	free(sql);
	return st;
}

static struct demo_val *
put(struct demo_batch *b, int type)
{
	struct demo_val	*v;

	if (b->n == b->cap) {
		b->cap *= 2;
		b->val = xreallocarray(b->val, b->cap, sizeof(*b->val));
	}
	v = &b->val[b->n++];
	v->type = type;
	return v;
}

void
demo_put_text(struct demo_batch *b, const char *s)
{
	struct demo_val	*v;
	size_t		 len;

	if (s == NULL) {
		put(b, SQLITE_NULL);
		return;
	}
	len = strlen(s);
	if (b->textlen + len + 1 > b->textsize) {
		b->textsize = (b->textlen + len + 1) * 2;
		b->text = xreallocarray(b->text, b->textsize, 1);
	}
	v = put(b, SQLITE_TEXT);
	v->off = b->textlen;
	v->len = (int)len;
	memcpy(b->text + b->textlen, s, len + 1);
	b->textlen += len + 1;
}

/* YYYY-MM-DD into buf[10]; snprintf costs too much a million times. */
static void
format_day(int day, char *buf)
{
	int	y, m, d;

	date_to_ymd(day, &y, &m, &d);
	buf[0] = '0' + y / 1000 % 10;
	buf[1] = '0' + y / 100 % 10;
	buf[2] = '0' + y / 10 % 10;
	buf[3] = '0' + y % 10;
	buf[4] = '-';
	buf[5] = '0' + m / 10;
	buf[6] = '0' + m % 10;
	buf[7] = '-';
	buf[8] = '0' + d / 10;
	buf[9] = '0' + d % 10;
}

void
demo_put_date(struct demo_batch *b, int day)
{
	char	buf[11];

	if (day <= 0) {
		demo_put_text(b, NULL);
		return;
	}
	format_day(day, buf);
	buf[10] = '\0';
	demo_put_text(b, buf);
}

void
demo_put_stamp(struct demo_batch *b, int day, int secs)
{
	char	buf[20];
	int	h, m;

	secs %= 86400;
	h = secs / 3600;
	m = secs / 60 % 60;
	secs %= 60;
	format_day(day, buf);
	buf[10] = ' ';
	buf[11] = '0' + h / 10;
	buf[12] = '0' + h % 10;
	buf[13] = ':';
	buf[14] = '0' + m / 10;
	buf[15] = '0' + m % 10;
	buf[16] = ':';
	buf[17] = '0' + secs / 10;
	buf[18] = '0' + secs % 10;
	buf[19] = '\0';
	demo_put_text(b, buf);
}

void
demo_put_int(struct demo_batch *b, long i)
{
	if (i < 0)
		put(b, SQLITE_NULL);
	else
		put(b, SQLITE_INTEGER)->i = i;
}

void
demo_put_real(struct demo_batch *b, double d)
{
	if (d < 0)
		put(b, SQLITE_NULL);
	else
		put(b, SQLITE_FLOAT)->d = d;
}

/* Write the first `rows' rows buffered for a table, keep the others. */
static enum wb_status
flush_rows(struct demo_ctx *ctx, int which, int rows)
{
	struct demo_batch	*b = &ctx->batch[which];
	struct demo_val		*v;
	sqlite3_stmt		*s = b->full;
	enum wb_status		 st = WB_OK;
	char			*sql, what[64];
	size_t			 base;
	int			 i, n = rows * b->ncol;

	if (rows < b->max) {
		sql = batch_sql(which, b->ncol, rows);
		st = db_prepare(ctx->db, sql, &s);
		free(sql);
		if (st != WB_OK)
			return st;
	}
	for (i = 0; i < n; i++) {
		v = &b->val[i];
		if (v->type == SQLITE_INTEGER)
			sqlite3_bind_int64(s, i + 1, v->i);
		else if (v->type == SQLITE_FLOAT)
			sqlite3_bind_double(s, i + 1, v->d);
		else if (v->type == SQLITE_TEXT)
			sqlite3_bind_text(s, i + 1, b->text + v->off, v->len,
			    SQLITE_STATIC);
		else
			sqlite3_bind_null(s, i + 1);
	}
	if (sqlite3_step(s) != SQLITE_DONE) {
		snprintf(what, sizeof(what), "%s: %s", _("demo"),
		    batch_def[which].table);
		st = db_fail(ctx->db, what);
	}
	if (s == b->full)
		sqlite3_reset(s);
	else
		sqlite3_finalize(s);
	/* Move what is left to the front. */
	for (i = n, base = b->textlen; i < b->n; i++)
		if (b->val[i].type == SQLITE_TEXT) {
			base = b->val[i].off;
			break;
		}
	for (i = n; i < b->n; i++)
		if (b->val[i].type == SQLITE_TEXT)
			b->val[i].off -= base;
	memmove(b->text, b->text + base, b->textlen - base);
	b->textlen -= base;
	memmove(b->val, b->val + n, (b->n - n) * sizeof(*b->val));
	b->n -= n;
	return st;
}

/* Write all buffered rows of a table. */
enum wb_status
demo_flush(struct demo_ctx *ctx, int which)
{
	struct demo_batch	*b = &ctx->batch[which];
	enum wb_status		 st;
	int			 rows;

	while ((rows = b->n / b->ncol) > 0)
		if ((st = flush_rows(ctx, which, rows < b->max ? rows :
		    b->max)) != WB_OK)
			return st;
	return WB_OK;
}

/*
 * End a row.  A full batch of a table is written, and then the full
 * batches of the tables that refer to it: their rows point to rows now
 * written.  Rows of those tables wait for that.
 */
enum wb_status
demo_row(struct demo_ctx *ctx, int which)
{
	struct demo_batch	*b = &ctx->batch[which];
	enum wb_status		 st;
	int			 c;

	if (b->n % b->ncol != 0) {
		b->n = 0;
		return db_set_error(ctx->db, WB_ERROR, "%s: %s", _("demo"),
		    batch_def[which].table);
	}
	if (batch_def[which].parent >= 0 || b->n / b->ncol < b->max)
		return WB_OK;
	if ((st = flush_rows(ctx, which, b->max)) != WB_OK)
		return st;
	for (c = 0; c < ST_COUNT; c++) {
		if (batch_def[c].parent != which)
			continue;
		while (ctx->batch[c].n / ctx->batch[c].ncol >=
		    ctx->batch[c].max)
			if ((st = flush_rows(ctx, c, ctx->batch[c].max)) !=
			    WB_OK)
				return st;
	}
	return WB_OK;
}

/* Every buffered row, parents first. */
static enum wb_status
flush_all(struct demo_ctx *ctx)
{
	enum wb_status	st;
	int		i;

	for (i = 0; i < ST_COUNT; i++)
		if ((st = demo_flush(ctx, i)) != WB_OK)
			return st;
	return WB_OK;
}

void
demo_progress(struct demo_ctx *ctx, const char *what, long done, long total)
{
	if (ctx->opt->progress != NULL)
		ctx->opt->progress(ctx->opt->progress_arg, what, done, total);
}

int
demo_is_core(const char *muni)
{
	return strcmp(muni, "0119") == 0 || strcmp(muni, "0180") == 0 ||
	    strcmp(muni, "1708") == 0 || strcmp(muni, "1701") == 0;
}

int
demo_pick_occ(struct demo_ctx *ctx, struct demo_rng *r, int sector)
{
	int	i, total = 0, u;

	for (i = 0; i < demo_nocc; i++)
		if (ctx->occ_ok[i] && (sector < 0 || demo_occs[i].sector ==
		    sector))
			total += demo_occs[i].weight;
	if (total == 0)
		return sector < 0 ? 0 : demo_pick_occ(ctx, r, -1);
	u = demo_rng_below(r, total);
	for (i = 0; i < demo_nocc; i++) {
		if (!ctx->occ_ok[i] || (sector >= 0 && demo_occs[i].sector !=
		    sector))
			continue;
		if (u < demo_occs[i].weight)
			return i;
		u -= demo_occs[i].weight;
	}
	return 0;
}

int
demo_home_pc4(struct demo_ctx *ctx, struct demo_rng *r)
{
	double	u = demo_rng_unit(r) * ctx->home_cum[ctx->nplace_pc4 - 1];
	int	lo = 0, hi = ctx->nplace_pc4 - 1, mid;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (ctx->home_cum[mid] > u)
			hi = mid;
		else
			lo = mid + 1;
	}
	return ctx->place_pc4[lo];
}

static int
pc4_find(const struct demo_ctx *ctx, const char *code)
{
	int	lo = 0, hi = ctx->npc4 - 1, mid, c;

	while (lo <= hi) {
		mid = (lo + hi) / 2;
		if ((c = strcmp(ctx->pc4[mid].code, code)) == 0)
			return mid;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return -1;
}

/* The reference data the demo relies on, read once. */
static enum wb_status
load_reference(struct demo_ctx *ctx)
{
	sqlite3_stmt	*s;
	enum wb_status	 st;
	const char	*v;
	int		 i, n = 0, ok = 0;

	if ((st = db_prepare(ctx->db, "SELECT code, coalesce(municipality_code,"
	    " ''), lat, lon FROM pc4 ORDER BY code", &s)) != WB_OK)
		return st;
	while (sqlite3_step(s) == SQLITE_ROW) {
		if (n % 1024 == 0)
			ctx->pc4 = xreallocarray(ctx->pc4, n + 1024,
			    sizeof(*ctx->pc4));
		snprintf(ctx->pc4[n].code, 5, "%s", sqlite3_column_text(s, 0));
		snprintf(ctx->pc4[n].muni, 5, "%s", sqlite3_column_text(s, 1));
		ctx->pc4[n].lat = sqlite3_column_double(s, 2);
		ctx->pc4[n].lon = sqlite3_column_double(s, 3);
		n++;
	}
	sqlite3_finalize(s);
	ctx->npc4 = n;

	ctx->occ_ok = xcalloc(demo_nocc, sizeof(int));
	if ((st = db_prepare(ctx->db, "SELECT count(*) FROM isco_group "
	    "WHERE code = ?1 AND level = 4", &s)) != WB_OK)
		return st;
	for (i = 0; i < demo_nocc; i++) {
		sqlite3_bind_text(s, 1, demo_occs[i].isco, -1, SQLITE_STATIC);
		if (sqlite3_step(s) == SQLITE_ROW)
			ok += ctx->occ_ok[i] = sqlite3_column_int(s, 0) > 0;
		sqlite3_reset(s);
	}
	sqlite3_finalize(s);

	if ((st = db_prepare(ctx->db, "SELECT key FROM education_level UNION "
	    "ALL SELECT code FROM language_level", &s)) != WB_OK)
		return st;
	while (sqlite3_step(s) == SQLITE_ROW) {
		v = (const char *)sqlite3_column_text(s, 0);
		for (i = 0; i < demo_nedu; i++)
			if (strcmp(v, demo_edu_keys[i]) == 0)
				ctx->edu_ok[i] = 1;
		for (i = 0; i < 7; i++)
			if (strcmp(v, demo_lang_codes[i]) == 0)
				ctx->lang_ok[i] = 1;
	}
	sqlite3_finalize(s);
	if (ctx->npc4 == 0 || ok == 0)
		return db_set_error(ctx->db, WB_INVALID,
		    _("the demo needs the reference data (PC4, ISCO) loaded"));
	return WB_OK;
}

static double
field_num(const struct csv_row *row, int i)
{
	return i >= 0 && (size_t)i < row->nfields ? atof(row->fields[i]) : 0;
}

static const char *
field(const struct csv_row *row, int i)
{
	return i >= 0 && (size_t)i < row->nfields ? row->fields[i] : "";
}

/*
 * places_region.csv: the places of the four municipalities and their
 * neighbours, each with its PC4s (those the pc4 table has, in the
 * region).  A population of 0 means unknown: a postal place then weighs
 * as a village.  Neighbours weigh less the farther they are from Meppel.
 */
static enum wb_status
load_places(struct demo_ctx *ctx)
{
	static const char *const cols[] = { "place", "gemeentecode",
		"region_role", "lat", "lon", "population_geonames",
		"is_postal_woonplaats", "pc4_list" };
	const struct embedded_file	*f;
	struct csv_reader		*r;
	struct csv_row			*row;
	struct demo_place		*p;
	char				 munis[64][5], *list, *tok, *save;
	const char			*role;
	double				 wcore = 0, wnb = 0, acc = 0;
	int				 col[8], nmuni = 0, i, j, k;

	if ((f = embed_find("places_region.csv")) == NULL)
		return db_set_error(ctx->db, WB_NOT_FOUND,
		    _("demo file %s is missing from this build"),
		    "places_region.csv");
	for (k = 0; k < 2; k++) {
		r = csv_reader_new(f->data, f->len, ',');
		if (csv_reader_next(r, &row) != WB_OK) {
			csv_reader_free(r);
			return db_set_error(ctx->db, WB_INVALID, "%s: %s",
			    "places_region.csv", _("no header line"));
		}
		for (i = 0; i < 8; i++)
			col[i] = csv_row_find(row, cols[i]);
		while (csv_reader_next(r, &row) == WB_OK) {
			role = field(row, col[2]);
			if (strcmp(role, "core") != 0 &&
			    strcmp(role, "core_former") != 0 &&
			    strcmp(role, "neighbour") != 0)
				continue;
			if (k == 0) {	/* first pass: the region's munis */
				for (j = 0; j < nmuni && strcmp(munis[j],
				    field(row, col[1])) != 0; j++)
					;
				if (j == nmuni && nmuni < 64)
					snprintf(munis[nmuni++], 5, "%s",
					    field(row, col[1]));
				continue;
			}
			ctx->place = xreallocarray(ctx->place, ctx->nplace + 1,
			    sizeof(*ctx->place));
			p = &ctx->place[ctx->nplace++];
			memset(p, 0, sizeof(*p));
			p->name = xstrdup(field(row, col[0]));
			snprintf(p->muni, sizeof(p->muni), "%s",
			    field(row, col[1]));
			p->core = strcmp(role, "core") == 0;
			p->lat = field_num(row, col[3]);
			p->lon = field_num(row, col[4]);
			p->weight = field_num(row, col[5]);
			if (p->weight <= 0)
				p->weight = atoi(field(row, col[6])) == 1 ?
				    800 : 0;
			if (!p->core)
				p->weight *= exp(-geo_distance_km(p->lat,
				    p->lon, 52.6958, 6.1944) / 15.0);
			p->first = ctx->nplace_pc4;
			list = xstrdup(field(row, col[7]));
			for (tok = strtok_r(list, " ;", &save); tok != NULL;
			    tok = strtok_r(NULL, " ;", &save)) {
				if ((i = pc4_find(ctx, tok)) < 0)
					continue;
				for (j = 0; j < nmuni && strcmp(munis[j],
				    ctx->pc4[i].muni) != 0; j++)
					;
				if (j == nmuni)
					continue;
				ctx->place_pc4 = xreallocarray(ctx->place_pc4,
				    ctx->nplace_pc4 + 1, sizeof(int));
				ctx->place_pc4[ctx->nplace_pc4++] = i;
				p->count++;
			}
			free(list);
			if (p->count == 0)
				p->weight = 0;
			if (p->core)
				wcore += p->weight;
			else
				wnb += p->weight;
		}
		csv_reader_free(r);
	}
	if (ctx->nplace_pc4 == 0 || wcore <= 0)
		return db_set_error(ctx->db, WB_INVALID,
		    _("the demo region has no PC4 in the pc4 table"));
	/* 85% of the candidates live in the four municipalities. */
	ctx->home_cum = xcalloc(ctx->nplace_pc4, sizeof(double));
	for (i = 0; i < ctx->nplace; i++) {
		p = &ctx->place[i];
		for (j = 0; j < p->count; j++) {
			acc += p->weight / p->count * (p->core ? 0.85 / wcore :
			    wnb > 0 ? 0.15 / wnb : 0);
			ctx->home_cum[p->first + j] = acc;
		}
	}
	return WB_OK;
}

static enum wb_status
write_partners(struct demo_ctx *ctx)
{
	struct demo_batch	*b = &ctx->batch[ST_PARTNER];
	enum wb_status	 st;
	int		 i;

	for (i = 0; i < P_COUNT; i++) {
		demo_put_int(b, i + 1);
		demo_put_text(b, partners[i].code);
		demo_put_text(b, partners[i].name);
		demo_put_text(b, partners[i].kind);
		demo_put_text(b, partners[i].muni);
		demo_put_stamp(b, ctx->today - 800, 8 * 3600);
		demo_put_stamp(b, ctx->today - 800, 8 * 3600);
		if ((st = demo_row(ctx, ST_PARTNER)) != WB_OK)
			return st;
	}
	return WB_OK;
}

static int
partner_of_muni(const char *muni)
{
	int	i;

	for (i = 0; i < P_UWV; i++)
		if (strcmp(muni, partners[i].muni) == 0)
			return i;
	return P_UWV;
}

/* An account manager of the partner, else one of UWV's. */
static int
am_of(const struct demo_ctx *ctx, struct demo_rng *r, int partner)
{
	int	p;

	if (ctx->nam[partner] > 0)
		return ctx->am[partner][demo_rng_below(r, ctx->nam[partner])];
	for (p = P_UWV; p < P_UWV + P_COUNT; p++)
		if (ctx->nam[p % P_COUNT] > 0)
			return ctx->am[p % P_COUNT][demo_rng_below(r,
			    ctx->nam[p % P_COUNT])];
	return -1;
}

/* "Bakkerij De Vries": a surname with its tussenvoegsel capitalised. */
static const char *
surname(const struct demo_ctx *ctx, struct demo_rng *r, char *buf,
    size_t size)
{
	const struct demo_list	*l = &ctx->last[demo_rng_pct(r, 92) ? 0 : 1];

	snprintf(buf, size, "%s", l->v[demo_rng_below(r, l->n)]);
	if (buf[0] >= 'a' && buf[0] <= 'z')
		buf[0] -= 'a' - 'A';
	return buf;
}

static void
employer_name(const struct demo_ctx *ctx, struct demo_rng *r,
    const struct demo_emp *e, char *buf, size_t size)
{
	static const int pattern[] = { 35, 20, 15, 15, 15 };
	const struct demo_list	*tl = &ctx->emp_type[e->sector];
	const struct demo_list	*bl = &ctx->emp_brand[e->sector];
	const char		*type = tl->v[demo_rng_below(r, tl->n)];
	const char		*brand = bl->v[demo_rng_below(r, bl->n)];
	const char		*suffix;
	char			 sur[64];
	size_t			 n;
	int			 k;

	switch ((k = demo_rng_pick(r, pattern, 5))) {
	case 0:
		snprintf(buf, size, "%s %s", type, surname(ctx, r, sur,
		    sizeof(sur)));
		break;
	case 1:
		snprintf(buf, size, "%s %s", type, ctx->place[e->place].name);
		break;
	case 2:
		snprintf(buf, size, "%s %s", type, brand);
		break;
	case 3:
		snprintf(buf, size, "%s %s", surname(ctx, r, sur, sizeof(sur)),
		    type);
		break;
	default:
		snprintf(buf, size, "%s %s", brand, type);
		break;
	}
	/* A suffix; not "Zorggroep Reestdal Groep" nor "Hotel Diever & Zn". */
	if (ctx->emp_suffix.n > 0 && demo_rng_pct(r, 30)) {
		suffix = ctx->emp_suffix.v[demo_rng_below(r,
		    ctx->emp_suffix.n)];
		n = strlen(buf);
		if (strstr(buf, "groep") == NULL && strstr(buf, "Groep") ==
		    NULL && (suffix[0] != '&' || k == 0))
			snprintf(buf + n, size - n, " %s", suffix);
	}
}

/* Lower case, blanks folded to one space, none at the ends. */
static void
name_key(const char *name, char *key, size_t size)
{
	size_t	n = 0;
	int	space = 0;

	for (; *name != '\0' && n + 2 < size; name++) {
		if (*name == ' ' || *name == '\t') {
			space = n > 0;
			continue;
		}
		if (space)
			key[n++] = ' ';
		space = 0;
		key[n++] = *name >= 'A' && *name <= 'Z' ? *name + ('a' - 'A') :
		    *name;
	}
	key[n] = '\0';
}

/* Adds the key to the set; 0 when it was there already. */
static int
key_add(uint64_t *set, size_t mask, const char *key, const char *pc4)
{
	uint64_t	h = 1469598103934665603ULL;
	const char	*p;
	size_t		 i;

	for (p = key; *p != '\0'; p++)
		h = (h ^ (unsigned char)*p) * 1099511628211ULL;
	for (p = pc4, h ^= '|'; *p != '\0'; p++)
		h = (h ^ (unsigned char)*p) * 1099511628211ULL;
	h += h == 0;
	for (i = h & mask; set[i] != 0; i = (i + 1) & mask)
		if (set[i] == h)
			return 0;
	set[i] = h;
	return 1;
}

static enum wb_status
gen_employers(struct demo_ctx *ctx)
{
	static const int sector_w[SEC_COUNT] = { 20, 14, 10, 12, 18, 14, 7,
		9 };
	static const int size_w[] = { 55, 25, 12, 6, 2 };
	struct demo_batch	*b = &ctx->batch[ST_EMPLOYER];
	struct demo_rng	 r;
	struct demo_emp	*e;
	enum wb_status	 st = WB_OK;
	uint64_t	*set;
	size_t		 mask;
	double		 cum = 0;
	char		 name[160], key[160], ref[16];
	int		 bplace[sizeof(business) / sizeof(business[0])];
	int		 bw[sizeof(business) / sizeof(business[0])];
	int		 i, j, k, nb = 0, tries, day, secs;
	int		 refno[P_COUNT] = { 0 };

	for (i = 0; i < (int)(sizeof(business) / sizeof(business[0])); i++)
		for (j = 0; j < ctx->nplace; j++)
			if (strcmp(ctx->place[j].name, business[i].place) ==
			    0 && ctx->place[j].count > 0) {
				bplace[nb] = j;
				bw[nb++] = business[i].weight;
				break;
			}
	if (nb == 0)
		return db_set_error(ctx->db, WB_INVALID,
		    _("the demo region has no PC4 in the pc4 table"));
	ctx->nemp = 150 * ctx->scale;
	ctx->emp = xcalloc(ctx->nemp, sizeof(*ctx->emp));
	for (mask = 1; mask < (size_t)ctx->nemp * 4; mask <<= 1)
		;
	set = xcalloc(mask--, sizeof(*set));
	for (i = 0; i < ctx->nemp && st == WB_OK; i++) {
		e = &ctx->emp[i];
		demo_rng_seed(&r, ctx->seed, 'E', i);
		k = demo_rng_pick(&r, bw, nb);
		e->place = bplace[k];
		e->pc4 = ctx->place_pc4[ctx->place[e->place].first +
		    demo_rng_below(&r, ctx->place[e->place].count)];
		e->sector = demo_rng_pick(&r, sector_w, SEC_COUNT);
		e->partner = partner_of_muni(ctx->pc4[e->pc4].muni);
		if (demo_rng_pct(&r, 12))
			e->partner = P_UWV;
		else if (demo_rng_pct(&r, 9))
			e->partner = e->partner == P_STW ? P_NWG : P_RST;
		e->am = am_of(ctx, &r, e->partner);
		cum += 1 << demo_rng_pick(&r, size_w, 5);
		e->cum = cum;
		for (tries = 0; ; tries++) {
			employer_name(ctx, &r, e, name, sizeof(name));
			if (tries >= 20)
				snprintf(name + strlen(name), sizeof(name) -
				    strlen(name), " %d", tries - 18);
			name_key(name, key, sizeof(key));
			if (key_add(set, mask, key, ctx->pc4[e->pc4].code))
				break;
		}
		snprintf(ref, sizeof(ref), "W%05d", ++refno[e->partner]);
		demo_put_int(b, i + 1);
		demo_put_text(b, name);
		demo_put_text(b, key);
		demo_put_text(b, ctx->pc4[e->pc4].code);
		demo_put_int(b, e->partner + 1);
		demo_put_text(b, demo_rng_pct(&r, 70) ? ref : NULL);
		demo_put_int(b, e->am + 1);
		demo_put_text(b, demo_sector_names[e->sector]);
		day = ctx->today - demo_rng_range(&r, 400, 1000);
		secs = 8 * 3600 + demo_rng_below(&r, 9 * 3600);
		demo_put_stamp(b, day, secs);
		demo_put_stamp(b, day, secs);
		st = demo_row(ctx, ST_EMPLOYER);
	}
	free(set);
	return st;
}

static int
tri(struct demo_rng *r, int yes, int no)
{
	int	u = demo_rng_below(r, 100);

	return u < yes ? 1 : u < yes + no ? 0 : -1;
}

static int
pick_employer(const struct demo_ctx *ctx, struct demo_rng *r)
{
	double	u = demo_rng_unit(r) * ctx->emp[ctx->nemp - 1].cum;
	int	lo = 0, hi = ctx->nemp - 1, mid;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (ctx->emp[mid].cum > u)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

/*
 * How a vacancy ends: filled, withdrawn, expired or, for some standing
 * vacancies, not for a long time; one that has not ended by today is open.
 */
static void
vacancy_fate(struct demo_ctx *ctx, struct demo_rng *r, struct demo_vac *v)
{
	int	u = demo_rng_below(r, 100), fate, dur, c = v->collected;

	if (u < 48) {
		fate = VS_VERVULD;
		dur = 14 + demo_rng_below(r, 60) + demo_rng_below(r, 90);
	} else if (u < 58) {
		fate = VS_INGETROKKEN;
		dur = demo_rng_range(r, 10, 200);
	} else if (u < 68) {
		fate = VS_VERLOPEN;
		dur = demo_rng_range(r, 28, 120);
	} else {
		fate = demo_rng_pct(r, 70) ? VS_VERVULD : VS_INGETROKKEN;
		dur = demo_rng_range(r, 150, 900);
	}
	if (c + dur > ctx->today) {
		v->status = demo_rng_pct(r, 92) ? VS_OPEN : VS_ON_HOLD;
		v->closed = 0;
	} else {
		v->status = fate;
		v->closed = c + dur;
	}
	if (v->status == VS_VERLOPEN) {
		v->deadline = v->closed - demo_rng_range(r, 0, 3);
	} else if (demo_rng_pct(r, 50)) {
		v->deadline = c + demo_rng_range(r, 28, 90);
		if (v->closed == 0 && v->deadline < ctx->today)
			v->deadline = 0;
	}
	if (demo_rng_pct(r, 45))
		v->start = c + demo_rng_range(r, 14, 60);
}

static void
gen_vacancies(struct demo_ctx *ctx)
{
	static const int pos_v[] = { 1, 2, 3, 4, 5, 8 };
	static const int pos_w[] = { 70, 15, 8, 4, 2, 1 };
	static const int edu_v[] = { 3, 4, 5, 8, 9 };
	static const int edu_w[] = { 10, 15, 5, 20, 5 };
	static const int dutch_w[7] = { 0, 0, 25, 28, 7, 0, 0 };
	static const int hours[][2] = { { 32, 40 }, { 24, 32 }, { 16, 24 },
		{ 36, 40 }, { 20, 28 }, { 38, 38 }, { 12, 20 } };
	static const int hours_w[] = { 30, 20, 15, 15, 8, 7, 5 };
	const struct demo_emp	*e;
	const struct demo_occ	*o;
	const struct demo_place	*pl;
	struct demo_vac		*v;
	struct demo_rng		 r;
	int			*days, i, k, y, m, d, y0;
	int			 refno[P_COUNT][8];

	memset(refno, 0, sizeof(refno));
	date_to_ymd(ctx->today - 740, &y0, &m, &d);
	ctx->nvac = 250 * ctx->scale;
	ctx->vac = xcalloc(ctx->nvac, sizeof(*ctx->vac));
	days = xreallocarray(NULL, ctx->nvac, sizeof(*days));
	demo_spread_days(ctx->today - 730, ctx->today, ctx->nvac, 2.5, days);
	for (i = 0; i < ctx->nvac; i++) {
		v = &ctx->vac[i];
		demo_rng_seed(&r, ctx->seed, 'V', i);
		v->collected = days[i];
		v->employer = pick_employer(ctx, &r);
		e = &ctx->emp[v->employer];
		v->occ = demo_pick_occ(ctx, &r, demo_rng_pct(&r, 88) ?
		    e->sector : -1);
		o = &demo_occs[v->occ];
		v->title = demo_rng_below(&r, 3);
		pl = &ctx->place[e->place];
		v->pc4 = demo_rng_pct(&r, 85) ? e->pc4 :
		    ctx->place_pc4[pl->first + demo_rng_below(&r, pl->count)];
		v->partner = demo_rng_pct(&r, 85) ? e->partner :
		    demo_rng_pct(&r, 60) ? P_UWV : demo_rng_below(&r, P_COUNT);
		v->am = v->partner == e->partner ? e->am :
		    am_of(ctx, &r, v->partner);
		v->positions = pos_v[demo_rng_pick(&r, pos_w, 6)];
		v->edu = demo_rng_pct(&r, 45) ? DEMO_NONE :
		    edu_v[demo_rng_pick(&r, edu_w, 5)];
		if (v->edu != DEMO_NONE && !ctx->edu_ok[v->edu])
			v->edu = DEMO_NONE;
		v->dutch = demo_rng_pct(&r, 40) ? DEMO_NONE :
		    demo_rng_pick(&r, dutch_w, 7);
		if (v->dutch != DEMO_NONE && !ctx->lang_ok[v->dutch])
			v->dutch = DEMO_NONE;
		if (strcmp(o->isco, "8332") == 0 ||
		    strcmp(o->isco, "8322") == 0)
			v->licence = 1;
		else if (strcmp(o->isco, "5322") == 0)
			v->licence = tri(&r, 50, 40);
		else if (o->sector == SEC_GROEN || o->sector == SEC_BOUW)
			v->licence = tri(&r, 25, 60);
		else
			v->licence = tri(&r, 5, 80);
		v->job_agreement = tri(&r, 12, 78);
		v->sheltered = tri(&r, 3, 77);
		if (demo_rng_pct(&r, 8))
			v->hmin = v->hmax = DEMO_NONE;
		else {
			k = demo_rng_pick(&r, hours_w, 7);
			v->hmin = hours[k][0];
			v->hmax = hours[k][1];
		}
		for (k = 0; k < 5; k++)
			if ((o->demands & (1 << k)) ? demo_rng_pct(&r, 80) :
			    demo_rng_pct(&r, 5))
				v->demands |= 1 << k;
		if (v->job_agreement == 1) {
			v->instruments |= demo_rng_pct(&r, 70) ? IN_LKS : 0;
			v->instruments |= demo_rng_pct(&r, 40) ? IN_JOBCOACH :
			    0;
			v->instruments |= demo_rng_pct(&r, 30) ? IN_NO_RISK : 0;
		} else
			v->instruments |= demo_rng_pct(&r, 5) ? IN_JOBCOACH : 0;
		v->instruments |= demo_rng_pct(&r, 10) ? IN_PROEF : 0;
		v->instruments |= demo_rng_pct(&r, 5) ? IN_WERKERVARING : 0;
		v->instruments |= demo_rng_pct(&r, 5) ? IN_LEERWERK : 0;
		v->instruments |= v->sheltered == 1 ? IN_BESCHUT : 0;
		vacancy_fate(ctx, &r, v);
		date_to_ymd(v->collected, &y, &m, &d);
		k = y - y0 < 0 ? 0 : y - y0 > 7 ? 7 : y - y0;
		v->ref = ++refno[v->partner][k];
	}
	free(days);
}

static enum wb_status
write_vacancy_rows(struct demo_ctx *ctx, int i, struct demo_rng *r)
{
	const struct demo_vac	*v = &ctx->vac[i];
	const struct demo_occ	*o = &demo_occs[v->occ];
	enum wb_status		 st;
	struct demo_batch		*b;
	int			 k, n, used = 0;

	for (n = demo_rng_range(r, 1, 3); n > 0; n--) {
		k = demo_rng_below(r, 4);
		if (used & (1 << k))
			continue;
		used |= 1 << k;
		b = &ctx->batch[ST_VAC_SKILL];
		demo_put_int(b, i + 1);
		demo_put_text(b, o->skill[k]);
		if ((st = demo_row(ctx, ST_VAC_SKILL)) != WB_OK)
			return st;
	}
	for (k = 0; k < 5; k++) {
		if ((v->demands & (1 << k)) == 0)
			continue;
		b = &ctx->batch[ST_VAC_DEMAND];
		demo_put_int(b, i + 1);
		demo_put_text(b, demand_names[k]);
		if ((st = demo_row(ctx, ST_VAC_DEMAND)) != WB_OK)
			return st;
	}
	for (k = 0; k < 7; k++) {
		if ((v->instruments & (1 << k)) == 0)
			continue;
		b = &ctx->batch[ST_VAC_INSTR];
		demo_put_int(b, i + 1);
		demo_put_text(b, demo_instrument_names[k]);
		if ((st = demo_row(ctx, ST_VAC_INSTR)) != WB_OK)
			return st;
	}
	return WB_OK;
}

static enum wb_status
write_vacancies(struct demo_ctx *ctx)
{
	struct demo_batch		*b = &ctx->batch[ST_VAC];
	const struct demo_vac	*v;
	const struct demo_occ	*o;
	struct demo_rng		 r;
	enum wb_status		 st;
	char			 ref[24], title[96], what[96], desc[320];
	int			 i, y, m, d, secs;

	for (i = 0; i < ctx->nvac; i++) {
		v = &ctx->vac[i];
		o = &demo_occs[v->occ];
		demo_rng_seed(&r, ctx->seed, 'W', i);
		date_to_ymd(v->collected, &y, &m, &d);
		snprintf(ref, sizeof(ref), "V%d-%03d", y, v->ref);
		snprintf(title, sizeof(title), "%s%s", o->title[v->title],
		    v->hmax != DEMO_NONE && v->hmax <= 24 &&
		    demo_rng_pct(&r, 40) ? " (parttime)" : "");
		snprintf(what, sizeof(what), "%s", o->title[v->title]);
		if (what[0] >= 'A' && what[0] <= 'Z' && what[1] >= 'a')
			what[0] += 'a' - 'A';
		if (v->hmin != DEMO_NONE)
			snprintf(desc, sizeof(desc), "Voor onze vestiging in "
			    "%s zoeken wij een %s voor %d tot %d uur per week.",
			    ctx->place[ctx->emp[v->employer].place].name, what,
			    v->hmin, v->hmax);
		else
			snprintf(desc, sizeof(desc), "Voor onze vestiging in "
			    "%s zoeken wij een %s.",
			    ctx->place[ctx->emp[v->employer].place].name, what);
		demo_put_int(b, i + 1);
		demo_put_int(b, v->partner + 1);
		demo_put_text(b, ref);
		demo_put_int(b, v->employer + 1);
		demo_put_text(b, title);
		demo_put_text(b, o->isco);
		demo_put_text(b, ctx->pc4[v->pc4].code);
		demo_put_int(b, v->positions);
		demo_put_int(b, v->hmin == DEMO_NONE ? -1 : v->hmin);
		demo_put_int(b, v->hmax == DEMO_NONE ? -1 : v->hmax);
		demo_put_text(b, v->edu == DEMO_NONE ? NULL :
		    demo_edu_keys[v->edu]);
		demo_put_text(b, v->dutch == DEMO_NONE ? NULL :
		    demo_lang_codes[v->dutch]);
		demo_put_int(b, v->licence);
		demo_put_int(b, v->job_agreement);
		demo_put_int(b, v->sheltered);
		demo_put_date(b, v->collected);
		demo_put_date(b, v->deadline);
		demo_put_date(b, v->start);
		demo_put_int(b, v->am + 1);
		demo_put_text(b, vac_status_names[v->status]);
		demo_put_date(b, v->closed);
		demo_put_text(b, demo_rng_pct(&r, 45) ? desc : NULL);
		secs = 8 * 3600 + demo_rng_below(&r, 9 * 3600);
		demo_put_stamp(b, v->collected, secs);
		demo_put_stamp(b, v->closed > 0 ? v->closed : v->collected,
		    secs);
		if ((st = demo_row(ctx, ST_VAC)) != WB_OK ||
		    (st = write_vacancy_rows(ctx, i, &r)) != WB_OK)
			return st;
		if ((i & 0xfff) == 0)
			demo_progress(ctx, _("vacancies"), i, ctx->nvac);
	}
	demo_progress(ctx, _("vacancies"), ctx->nvac, ctx->nvac);
	return WB_OK;
}

/*
 * The secondary indexes of the tables the demo fills are dropped while
 * the rows go in and made again at the end: sorting a million entries
 * once costs far less than putting them in one at a time.  The indexes
 * of UNIQUE constraints stay (they have no SQL of their own).
 */
static enum wb_status
indexes_drop(struct demo_ctx *ctx)
{
	sqlite3_stmt	*s;
	enum wb_status	 st;
	char		*sql;
	int		 i, n;

	if ((st = db_prepare(ctx->db, "SELECT name, sql FROM sqlite_master "
	    "WHERE type = 'index' AND sql IS NOT NULL AND tbl_name = ?1",
	    &s)) != WB_OK)
		return st;
	for (i = 0; i < ST_COUNT; i++) {
		sqlite3_bind_text(s, 1, batch_def[i].table, -1, SQLITE_STATIC);
		while (sqlite3_step(s) == SQLITE_ROW) {
			n = ctx->nindex++;
			ctx->index_name = xreallocarray(ctx->index_name, n + 1,
			    sizeof(char *));
			ctx->index_sql = xreallocarray(ctx->index_sql, n + 1,
			    sizeof(char *));
			ctx->index_name[n] = xstrdup((const char *)
			    sqlite3_column_text(s, 0));
			ctx->index_sql[n] = xstrdup((const char *)
			    sqlite3_column_text(s, 1));
		}
		sqlite3_reset(s);
	}
	sqlite3_finalize(s);
	for (i = 0; i < ctx->nindex; i++) {
		sql = sqlite3_mprintf("DROP INDEX \"%w\"", ctx->index_name[i]);
		st = db_exec(ctx->db, sql);
		sqlite3_free(sql);
		if (st != WB_OK)
			return st;
		ctx->ndropped = i + 1;
	}
	return WB_OK;
}

static enum wb_status
indexes_make(struct demo_ctx *ctx)
{
	enum wb_status	st = WB_OK, st1;
	int		i;

	for (i = 0; i < ctx->ndropped; i++)
		if ((st1 = db_exec(ctx->db, ctx->index_sql[i])) != WB_OK &&
		    st == WB_OK)
			st = st1;
	ctx->ndropped = 0;
	return st;
}

static void
free_list(struct demo_list *l)
{
	free(l->v);
}

static void
demo_free(struct demo_ctx *ctx)
{
	int	i;

	for (i = 0; i < ST_COUNT; i++) {
		sqlite3_finalize(ctx->batch[i].full);
		free(ctx->batch[i].val);
		free(ctx->batch[i].text);
	}
	for (i = 0; i < ctx->nplace; i++)
		free(ctx->place[i].name);
	for (i = 0; i < 3; i++) {
		free_list(&ctx->first[i]);
		free_list(&ctx->last[i]);
	}
	for (i = 0; i < SEC_COUNT; i++) {
		free_list(&ctx->emp_type[i]);
		free_list(&ctx->emp_brand[i]);
	}
	free_list(&ctx->emp_suffix);
	for (i = 0; i < ctx->nwords; i++)
		free(ctx->words[i]);
	for (i = 0; i < P_COUNT; i++) {
		free(ctx->rec[i]);
		free(ctx->am[i]);
	}
	free(ctx->pc4);
	free(ctx->place);
	free(ctx->place_pc4);
	free(ctx->home_cum);
	free(ctx->occ_ok);
	free(ctx->user);
	free(ctx->cand);
	free(ctx->bucket);
	free(ctx->bucket_at);
	free(ctx->emp);
	free(ctx->vac);
	free(ctx->prop);
	free(ctx->plc);
	free(ctx->rating);
	for (i = 0; i < ctx->nindex; i++) {
		free(ctx->index_name[i]);
		free(ctx->index_sql[i]);
	}
	free(ctx->index_name);
	free(ctx->index_sql);
}

enum wb_status
demo_generate(struct db *db, const struct demo_options *opt,
    struct demo_counts *counts)
{
	struct demo_ctx	ctx;
	enum wb_status	st = WB_OK;
	int		i;

	memset(&ctx, 0, sizeof(ctx));
	ctx.db = db;
	ctx.opt = opt;
	ctx.scale = opt->scale < 1 ? 1 : opt->scale;
	ctx.today = opt->today;
	/* "WERKBANK" and the scale: the same options, the same region. */
	ctx.seed = 0x5745524b42414e4bULL ^
	    ((uint64_t)ctx.scale * 0x9e3779b97f4a7c15ULL);
	if ((st = indexes_drop(&ctx)) != WB_OK)
		goto out;
	for (i = 0; i < ST_COUNT && st == WB_OK; i++)
		st = batch_init(&ctx, i);
	if (st != WB_OK ||
	    (st = load_reference(&ctx)) != WB_OK ||
	    (st = load_places(&ctx)) != WB_OK ||
	    (st = demo_words_load(&ctx)) != WB_OK)
		goto out;
	demo_progress(&ctx, _("partners and users"), 0, 1);
	if ((st = write_partners(&ctx)) != WB_OK ||
	    (st = demo_users_create(&ctx)) != WB_OK ||
	    (st = flush_all(&ctx)) != WB_OK)
		goto out;
	demo_progress(&ctx, _("employers"), 0, 1);
	if ((st = gen_employers(&ctx)) != WB_OK ||
	    (st = flush_all(&ctx)) != WB_OK)
		goto out;
	demo_candidates_generate(&ctx);
	gen_vacancies(&ctx);
	demo_progress(&ctx, _("history"), 0, 1);
	demo_history(&ctx);
	if ((st = demo_candidates_write(&ctx)) != WB_OK ||
	    (st = flush_all(&ctx)) != WB_OK ||
	    (st = write_vacancies(&ctx)) != WB_OK ||
	    (st = flush_all(&ctx)) != WB_OK ||
	    (st = demo_history_write(&ctx)) != WB_OK ||
	    (st = flush_all(&ctx)) != WB_OK)
		goto out;
	demo_progress(&ctx, _("indexes"), 0, 1);
	if ((st = indexes_make(&ctx)) != WB_OK)
		goto out;
	demo_progress(&ctx, _("indexes"), 1, 1);
	if (counts != NULL) {
		counts->partners = P_COUNT;
		counts->users = ctx.nuser;
		counts->employers = ctx.nemp;
		counts->candidates = ctx.ncand;
		counts->vacancies = ctx.nvac;
		counts->proposals = ctx.nprop;
		counts->placements = ctx.nplc;
		counts->ratings = ctx.nrating;
	}
out:
	/* Put back what was dropped even on failure (the caller rolls back). */
	for (i = 0; i < ST_COUNT; i++) {
		sqlite3_finalize(ctx.batch[i].full);
		ctx.batch[i].full = NULL;
	}
	(void)indexes_make(&ctx);
	demo_free(&ctx);
	return st;
}
