/*
 * demo-data.c: what the demo region is made from: the fixed tables the
 * parts share (occupations, target groups, sectors, levels, instruments),
 * the reference data read from the database (PC4s, ISCO groups,
 * education and language levels), the places of places_region.csv with
 * their PC4s, and the embedded word lists for the names of people and
 * employers.  The occupations and the kinds of business are in
 * demo-market.c.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/csv.h"
#include "werkbank/embed.h"
#include "werkbank/geo.h"
#include "werkbank/i18n.h"
#include "werkbank/xmalloc.h"

#include "demo-internal.h"

const char *const demo_tg_names[TG_COUNT] = {
	"bijstand", "nug", "ww", "wajong", "wsw", "beschut", "statushouder",
	"pro_vso", "overig",
};

const char *const demo_sector_names[SEC_COUNT] = {
	"productie", "logistiek", "schoonmaak", "zorg", "detailhandel",
	"horeca", "groen", "bouw", "dienstverlening",
};

const char *const demo_edu_keys[] = {
	"geen", "po_gr3_8", "pro", "vmbo_bb", "mbo1", "vmbo_kb", "vmbo_gt",
	"havo_vwo_onderbouw", "mbo2", "mbo3", "mbo4_middenkader", "havo", "vwo",
	"hbo_bachelor", "wo_bachelor",
};
const int demo_nedu = sizeof(demo_edu_keys) / sizeof(demo_edu_keys[0]);

const char *const demo_lang_codes[7] = {
	"A0", "A1", "A2", "B1", "B2", "C1", "C2",
};

const char *const demo_instrument_names[7] = {
	"lks", "jobcoach", "proefplaatsing", "werkervaring", "no_risk",
	"beschut", "leerwerktraject",
};

/*
 * Split the embedded list NAME into ctx->words: lines of TAB-separated
 * fields, '#' comments.  Calls fn for each line's fields.
 */
static enum wb_status
load_list(struct demo_ctx *ctx, const char *name,
    void (*fn)(struct demo_ctx *, char **, int))
{
	const struct embedded_file	*f;
	char				*buf, *line, *next, *field[4];
	int				 n;

	if ((f = embed_find(name)) == NULL)
		return db_set_error(ctx->db, WB_NOT_FOUND,
		    _("demo word list %s is missing from this build"), name);
	buf = xstrdup(f->data);
	for (line = buf; line != NULL && *line != '\0'; line = next) {
		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		line[strcspn(line, "\r")] = '\0';
		if (*line == '#' || *line == '\0')
			continue;
		for (n = 0; n < 4 && line != NULL; n++) {
			field[n] = line;
			if ((line = strchr(line, '\t')) != NULL)
				*line++ = '\0';
		}
		fn(ctx, field, n);
	}
	/* The lists point into buf: demo.c frees it at the end. */
	ctx->words[ctx->nwords++] = buf;
	return WB_OK;
}

static void
list_add(struct demo_list *l, char *s)
{
	l->v = xreallocarray(l->v, l->n + 1, sizeof(*l->v));
	l->v[l->n++] = s;
}

static int
group_of(const char *g)
{
	if (strcmp(g, "mig") == 0)
		return 1;
	if (strcmp(g, "sh") == 0)
		return 2;
	return 0;
}

static void
add_first(struct demo_ctx *ctx, char **f, int n)
{
	if (n >= 2 && *f[1] != '\0')
		list_add(&ctx->first[group_of(f[0])], f[1]);
}

static void
add_last(struct demo_ctx *ctx, char **f, int n)
{
	if (n >= 2 && *f[1] != '\0')
		list_add(&ctx->last[group_of(f[0])], f[1]);
}

static void
add_employer_word(struct demo_ctx *ctx, char **f, int n)
{
	static const char *const when[] = { "any", "small", "family", "big" };
	int	sec, k;

	if (n < 3 || *f[2] == '\0')
		return;
	if (strcmp(f[1], "suffix") == 0) {
		for (k = 0; k < 4 && (n < 4 || strcmp(f[3], when[k]) != 0); k++)
			;
		list_add(&ctx->emp_suffix[k < 4 ? k : SUF_ANY], f[2]);
		return;
	}
	for (sec = 0; sec < SEC_COUNT; sec++)
		if (strcmp(f[0], demo_sector_names[sec]) == 0)
			break;
	if (sec < SEC_COUNT && strcmp(f[1], "brand") == 0)
		list_add(&ctx->emp_brand[sec], f[2]);
}

enum wb_status
demo_words_load(struct demo_ctx *ctx)
{
	enum wb_status	st;
	int		g;

	if ((st = load_list(ctx, "first_names.txt", add_first)) != WB_OK ||
	    (st = load_list(ctx, "last_names.txt", add_last)) != WB_OK ||
	    (st = load_list(ctx, "employer_words.txt", add_employer_word)) !=
	    WB_OK)
		return st;
	for (g = 0; g < 3; g++)
		if (ctx->first[g].n == 0 || ctx->last[g].n == 0)
			return db_set_error(ctx->db, WB_INVALID,
			    _("demo word lists: a group of names is empty"));
	for (g = 0; g < SEC_COUNT; g++)
		if (ctx->emp_brand[g].n == 0)
			return db_set_error(ctx->db, WB_INVALID,
			    _("demo word lists: no employer words for %s"),
			    demo_sector_names[g]);
	return WB_OK;
}

int
demo_pick_occ(struct demo_ctx *ctx, struct demo_rng *r, int sector)
{
	int	s = sector < 0 || sector >= SEC_COUNT ? SEC_COUNT : sector;
	int	i, o, u;

	if (ctx->sec_total[s] == 0)
		s = SEC_COUNT;
	if (ctx->sec_total[s] == 0)
		return 0;
	u = demo_rng_below(r, ctx->sec_total[s]);
	for (i = 0; i < ctx->sec_n[s]; i++) {
		o = ctx->sec_occ[s][i];
		if (u < demo_occs[o].weight)
			return o;
		u -= demo_occs[o].weight;
	}
	return 0;
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
enum wb_status
demo_reference_load(struct demo_ctx *ctx)
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
	ctx->job_occ = xcalloc(demo_nkind, sizeof(*ctx->job_occ));
	ctx->njob = xcalloc(demo_nkind, sizeof(*ctx->njob));
	return demo_market_check(ctx);
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
enum wb_status
demo_places_load(struct demo_ctx *ctx)
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
