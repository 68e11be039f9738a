/*
 * match-index.c: read the pool from the database into struct
 * match_index (match-int.h): one pass over each candidate table in
 * candidate-id order, merged in C, skills interned to small integers,
 * PC4s and ISCO codes to table slots.  Also the lookups the ranking and
 * the command line need.
 */
#include "werkbank/match.h"

#include <sys/mman.h>

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/candidate.h"
#include "werkbank/i18n.h"
#include "werkbank/text.h"
#include "werkbank/xmalloc.h"
#include "match-int.h"

static const struct {
	const char	*demand;
	const char	*restriction;
} demand_map[] = {
	{ "zwaar_tillen",	"geen_zwaar_tillen" },
	{ "lang_staan",		"niet_lang_staan" },
	{ "nachtdienst",	"geen_nachtdienst" },
	{ "klantcontact",	"geen_klantcontact" },
	{ "druk",		"rustige_omgeving" },
};
#define NDEMANDS	(sizeof(demand_map) / sizeof(demand_map[0]))

static const char *const status_names[] = {
	"beschikbaar", "in_traject", "geplaatst", "inactief",
};

static const char *const transport_modes[] = {
	"auto", "brommer", "ov", "fiets", "none",
};
#define NMODES	(sizeof(transport_modes) / sizeof(transport_modes[0]))
#define MODE_AUTO	0
#define MODE_NONE	4

/* The schema's defaults, used when a setting row is missing. */
static const float default_km[NMODES] = { 40, 20, 25, 12, 8 };

const char *
match_demand_name(int bit)
{
	return bit >= 0 && (size_t)bit < NDEMANDS ? demand_map[bit].demand :
	    NULL;
}

const char *
match_restriction_name(int bit)
{
	return bit >= 0 && (size_t)bit < NDEMANDS ?
	    demand_map[bit].restriction : NULL;
}

int
match_demand_bit(const char *s, int restriction)
{
	size_t	i;

	for (i = 0; i < NDEMANDS; i++)
		if (strcmp(s, restriction ? demand_map[i].restriction :
		    demand_map[i].demand) == 0)
			return (int)i;
	return -1;
}

uint8_t
match_quarters(double hours)
{
	if (hours < 0 || isnan(hours))
		return MC_HOURS_UNKNOWN;
	if (hours > 48)
		hours = 48;
	return (uint8_t)lround(hours * 4);
}

/* p (of *cap elements of size sz) grown to hold at least need. */
static void *
grow(void *p, size_t *cap, size_t need, size_t sz)
{
	if (need <= *cap)
		return p;
	while (*cap < need)
		*cap = *cap ? *cap * 2 : 1024;
	return xreallocarray(p, *cap, sz);
}

/* Skills: FNV-1a into an open-addressing table of ids + 1. */
static uint32_t
hash_str(const char *s)
{
	uint32_t	h = 2166136261u;

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

uint32_t
match_skill_find(const struct match_index *idx, const char *name)
{
	size_t	mask = idx->skill_hash_size - 1, i;

	if (idx->skill_hash_size == 0)
		return UINT32_MAX;
	for (i = hash_str(name) & mask; idx->skill_hash[i] != 0;
	    i = (i + 1) & mask)
		if (strcmp(idx->skill_name[idx->skill_hash[i] - 1], name) == 0)
			return idx->skill_hash[i] - 1;
	return UINT32_MAX;
}

static uint32_t
skill_intern(struct match_index *idx, const char *name, size_t *cap)
{
	size_t		mask, i;
	uint32_t	id;

	if ((idx->nskill_names + 1) * 2 > idx->skill_hash_size) {
		size_t	 j, size = idx->skill_hash_size ? idx->skill_hash_size *
		    2 : 1024;

		free(idx->skill_hash);
		idx->skill_hash = xcalloc(size, sizeof(uint32_t));
		idx->skill_hash_size = size;
		for (j = 0; j < idx->nskill_names; j++) {
			for (i = hash_str(idx->skill_name[j]) & (size - 1);
			    idx->skill_hash[i] != 0; i = (i + 1) & (size - 1))
				;
			idx->skill_hash[i] = (uint32_t)j + 1;
		}
	}
	mask = idx->skill_hash_size - 1;
	for (i = hash_str(name) & mask; idx->skill_hash[i] != 0;
	    i = (i + 1) & mask)
		if (strcmp(idx->skill_name[idx->skill_hash[i] - 1], name) == 0)
			return idx->skill_hash[i] - 1;
	idx->skill_name = grow(idx->skill_name, cap, idx->nskill_names + 1,
	    sizeof(char *));
	id = (uint32_t)idx->nskill_names++;
	idx->skill_name[id] = xstrdup(name);
	idx->skill_hash[i] = id + 1;
	return id;
}

int
match_isco_find(const struct match_index *idx, const char *code)
{
	int	c = text_digits4(code);

	return c < 0 || idx->isco_slot[c] == 0 ? -1 : idx->isco_slot[c] - 1;
}

static enum wb_status
load_settings(struct db *db, float km[NMODES])
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	size_t		 i;
	int		 rc;

	memcpy(km, default_km, sizeof(default_km));
	if ((st = db_prepare(db, "SELECT key, value FROM setting WHERE key "
	    "GLOB 'travel_km_*'", &stmt)) != WB_OK)
		return st;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		const char	*k = db_column_text(stmt, 0) + strlen("travel_km_");
		double		 v = sqlite3_column_double(stmt, 1);

		for (i = 0; i < NMODES; i++)
			if (strcmp(k, transport_modes[i]) == 0 && v > 0)
				km[i] = (float)v;
	}
	sqlite3_finalize(stmt);
	return rc == SQLITE_DONE ? WB_OK : db_fail(db, _("reading the settings"));
}

static enum wb_status
load_reference(struct db *db, struct match_index *idx)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	size_t		 cap = 0, mcap = 0, i;
	int		 rc, c;

	idx->place_slot = xcalloc(10000, sizeof(uint16_t));
	idx->isco_slot = xcalloc(10000, sizeof(uint16_t));

	/* Municipality names are interned: the rows come sorted by them. */
	if ((st = db_prepare(db, "SELECT p.code, p.lat, p.lon, m.name FROM "
	    "pc4 p LEFT JOIN municipality m ON m.code = p.municipality_code "
	    "ORDER BY m.name, p.code", &stmt)) != WB_OK)
		return st;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		struct mplace	*p;
		const char	*m = db_column_text(stmt, 3);

		if ((c = text_digits4(db_column_text(stmt, 0))) < 0 || idx->nplace >= 65535)
			continue;
		if (idx->nmuni == 0 || strcmp(idx->muni[idx->nmuni - 1], m) !=
		    0) {
			idx->muni = grow(idx->muni, &mcap, idx->nmuni + 1,
			    sizeof(char *));
			idx->muni[idx->nmuni++] = xstrdup(m);
		}
		idx->place = grow(idx->place, &cap, idx->nplace + 1,
		    sizeof(*idx->place));
		p = &idx->place[idx->nplace];
		memcpy(p->pc4, db_column_text(stmt, 0), 5);
		p->lat = sqlite3_column_double(stmt, 1);
		p->lon = sqlite3_column_double(stmt, 2);
		p->municipality = idx->muni[idx->nmuni - 1];
		idx->place_slot[c] = (uint16_t)++idx->nplace;
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return db_fail(db, _("reading the postcodes"));

	cap = 0;
	if ((st = db_prepare(db, "SELECT code FROM isco_group WHERE level = 4 "
	    "ORDER BY code", &stmt)) != WB_OK)
		return st;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if ((c = text_digits4(db_column_text(stmt, 0))) < 0 || idx->nisco >= 65535)
			continue;
		idx->isco = grow(idx->isco, &cap, idx->nisco + 1,
		    sizeof(*idx->isco));
		memcpy(idx->isco[idx->nisco], db_column_text(stmt, 0), 5);
		idx->isco_slot[c] = (uint16_t)++idx->nisco;
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return db_fail(db, _("reading the occupations"));

	cap = 0;
	if ((st = db_prepare(db, "SELECT id, code FROM partner ORDER BY id",
	    &stmt)) != WB_OK)
		return st;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW &&
	    idx->npartner < 65535) {
		i = idx->npartner++;
		idx->partner_id = grow(idx->partner_id, &cap, idx->npartner,
		    sizeof(long long));
		idx->partner_code = xreallocarray(idx->partner_code, cap,
		    sizeof(char *));
		idx->partner_id[i] = sqlite3_column_int64(stmt, 0);
		idx->partner_code[i] = xstrdup(db_column_text(stmt, 1));
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return db_fail(db, _("reading the partners"));
	return WB_OK;
}

int
match_index_partner_slot(const struct match_index *idx, long long id)
{
	size_t	lo = 0, hi = idx->npartner;

	while (lo < hi) {
		size_t	mid = lo + (hi - lo) / 2;

		if (idx->partner_id[mid] < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < idx->npartner && idx->partner_id[lo] == id ? (int)lo : -1;
}

/*
 * The pool is read a chunk at a time, each chunk a statement of its own,
 * so that no read holds the file long enough to keep another session's
 * write waiting near the busy timeout (a rollback journal lets nobody
 * write while anyone reads).  Rows inserted or deleted between chunks
 * are simply found or missed: the index is rebuilt on the next change.
 */
#define INDEX_CHUNK	50000

/* Keyset pages of "... WHERE id > ?1 ORDER BY id LIMIT ?2". */
struct chunks {
	long long	 last;		/* the last id read */
	long long	 got;		/* rows in this chunk */
	int		 open;
};

static int
chunk_rows(sqlite3_stmt *stmt, struct chunks *ch)
{
	int	rc;

	for (;;) {
		if (ch->open && (rc = sqlite3_step(stmt)) != SQLITE_DONE) {
			if (rc == SQLITE_ROW) {
				ch->got++;
				ch->last = sqlite3_column_int64(stmt, 0);
			}
			return rc;
		}
		if (ch->open && ch->got < INDEX_CHUNK)
			return SQLITE_DONE;
		sqlite3_reset(stmt);
		sqlite3_bind_int64(stmt, 1, ch->last);
		sqlite3_bind_int64(stmt, 2, INDEX_CHUNK);
		ch->got = 0;
		ch->open = 1;
	}
}

/* A candidate table's rows for the candidates [*j, *j + INDEX_CHUNK). */
#define CHUNK_WHERE	"WHERE candidate_id > ?1 AND candidate_id <= ?2 "

/*
 * The next row of a query with CHUNK_WHERE, the candidates read (in id
 * order) a chunk at a time; *j starts at 0.
 */
static int
chunk_step(const struct match_index *idx, sqlite3_stmt *stmt, size_t *j)
{
	size_t	hi;
	int	rc;

	for (;;) {
		if (*j > 0 && (rc = sqlite3_step(stmt)) != SQLITE_DONE)
			return rc;
		if (*j >= idx->n)
			return SQLITE_DONE;
		hi = *j + INDEX_CHUNK < idx->n ? *j + INDEX_CHUNK : idx->n;
		sqlite3_reset(stmt);
		sqlite3_bind_int64(stmt, 1, *j == 0 ? LLONG_MIN :
		    idx->id[*j - 1]);
		sqlite3_bind_int64(stmt, 2, idx->id[hi - 1]);
		*j = hi;
	}
}

/* Room for one more candidate in every per-candidate array. */
static void
grow_candidates(struct match_index *idx, size_t *cap, float **range)
{
	size_t	c;

	if (idx->n < *cap)
		return;
	c = *cap ? *cap * 2 : 1024;
	idx->inv_range = xreallocarray(idx->inv_range, c, sizeof(float));
	idx->home = xreallocarray(idx->home, c, sizeof(uint16_t));
	idx->avail = xreallocarray(idx->avail, c, sizeof(uint16_t));
	idx->flags = xreallocarray(idx->flags, c, 1);
	idx->restr = xreallocarray(idx->restr, c, 1);
	idx->partner = xreallocarray(idx->partner, c, 1);
	idx->c = xreallocarray(idx->c, c, sizeof(*idx->c));
	idx->id = xreallocarray(idx->id, c, sizeof(long long));
	idx->key_off = xreallocarray(idx->key_off, c, sizeof(uint32_t));
	*range = xreallocarray(*range, c, sizeof(float));
	*cap = c;
}

static enum wb_status
load_candidates(struct db *db, struct match_index *idx, float **range)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	size_t		 cap = 0, kcap = 0, i;
	struct chunks	 ch = { LLONG_MIN, 0, 0 };
	int		 rc;

	if ((st = db_prepare(db, "SELECT c.id, c.partner_id, c.ref, c.pc4, "
	    " c.target_group, c.job_agreement, e.nlqf, l.rank, c.hours_min, "
	    " c.hours_max, CAST(julianday(c.available_from) - 2440587.5 AS "
	    " INTEGER), c.driving_licence, c.max_travel_km, c.consent, "
	    " c.status, " CANDIDATE_IN_POOL("c.") " FROM candidate c "
	    "LEFT JOIN education_level e ON e.key = c.education_key "
	    "LEFT JOIN language_level l ON l.code = c.dutch_level "
	    "WHERE c.id > ?1 ORDER BY c.id LIMIT ?2", &stmt)) != WB_OK)
		return st;
	while ((rc = chunk_rows(stmt, &ch)) == SQLITE_ROW) {
		const char	*ref = db_column_text(stmt, 2), *code;
		int		 partner, pc, s;
		size_t		 len;
		uint8_t		 f = 0;

		/* Counted as everywhere, even if not matched (below). */
		idx->pool += sqlite3_column_int(stmt, 15) != 0;
		partner = match_index_partner_slot(idx,
		    sqlite3_column_int64(stmt, 1));
		pc = text_digits4(db_column_text(stmt, 3));
		if (partner < 0 || pc < 0 || idx->place_slot[pc] == 0 ||
		    idx->n >= UINT32_MAX - 1)
			continue;	/* the foreign keys make this rare */
		grow_candidates(idx, &cap, range);
		i = idx->n++;
		memset(&idx->c[i], 0, sizeof(idx->c[i]));
		idx->restr[i] = 0;
		idx->avail[i] = 0;
		idx->id[i] = sqlite3_column_int64(stmt, 0);

		code = idx->partner_code[partner];
		len = strlen(code) + 1 + strlen(ref) + 1;
		idx->keys = grow(idx->keys, &kcap, idx->keys_len + len, 1);
		idx->key_off[i] = (uint32_t)idx->keys_len;
		snprintf(idx->keys + idx->keys_len, len, "%s/%s", code, ref);
		idx->keys_len += len;

		idx->c[i].partner = (uint16_t)partner;
		idx->partner[i] = partner < MC_PARTNER_FAR ? (uint8_t)partner :
		    MC_PARTNER_FAR;
		idx->home[i] = (uint16_t)(idx->place_slot[pc] - 1);
		if (strcmp(db_column_text(stmt, 4), "beschut") == 0)
			f |= MC_BESCHUT;
		if (sqlite3_column_type(stmt, 5) != SQLITE_NULL) {
			f |= MC_JA_KNOWN;
			if (sqlite3_column_int(stmt, 5))
				f |= MC_JOB_AGREE;
		}
		idx->c[i].levels = (uint8_t)((sqlite3_column_type(stmt, 6) ==
		    SQLITE_NULL ? MC_LEVEL_UNKNOWN : sqlite3_column_int(stmt, 6) &
		    15) | (sqlite3_column_type(stmt, 7) == SQLITE_NULL ?
		    MC_LEVEL_UNKNOWN : sqlite3_column_int(stmt, 7) & 7) << 4);
		idx->c[i].hmin = sqlite3_column_type(stmt, 8) == SQLITE_NULL ?
		    MC_HOURS_UNKNOWN : match_quarters(
		    sqlite3_column_double(stmt, 8));
		idx->c[i].hmax = sqlite3_column_type(stmt, 9) == SQLITE_NULL ?
		    MC_HOURS_UNKNOWN : match_quarters(
		    sqlite3_column_double(stmt, 9));
		if (sqlite3_column_type(stmt, 10) != SQLITE_NULL) {
			long long day = sqlite3_column_int64(stmt, 10);

			idx->avail[i] = day < 1 ? 1 : day > UINT16_MAX ?
			    UINT16_MAX : (uint16_t)day;
		}
		if (sqlite3_column_type(stmt, 11) != SQLITE_NULL) {
			f |= MC_LIC_KNOWN;
			if (sqlite3_column_int(stmt, 11))
				f |= MC_LICENCE;
		}
		(*range)[i] = sqlite3_column_type(stmt, 12) == SQLITE_NULL ?
		    -1 : (float)sqlite3_column_double(stmt, 12);
		if (sqlite3_column_int(stmt, 13))
			f |= MC_CONSENT;
		for (s = 0; s < 4; s++)
			if (strcmp(db_column_text(stmt, 14), status_names[s]) == 0)
				f |= (uint8_t)(s << MC_STATUS_SHIFT);
		idx->flags[i] = f;
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return db_fail(db, _("reading the candidates"));
	return WB_OK;
}

/* The candidate with this id at or after *k (rows come in id order). */
static struct mc *
merge_find(struct match_index *idx, size_t *k, long long id)
{
	while (*k < idx->n && idx->id[*k] < id)
		(*k)++;
	return *k < idx->n && idx->id[*k] == id ? &idx->c[*k] : NULL;
}

static enum wb_status
load_lists(struct db *db, struct match_index *idx, const float km[NMODES],
    float *range)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	struct mc	*l;
	size_t		 k, cap, scap = 0, i, j;
	uint8_t		*modes;
	int		 rc, b;

	/* Occupations, in (candidate_id, isco_code) order: the key. */
	if ((st = db_prepare(db, "SELECT candidate_id, isco_code, years FROM "
	    "candidate_occupation " CHUNK_WHERE "ORDER BY candidate_id, "
	    "isco_code", &stmt)) != WB_OK)
		return st;
	k = cap = j = 0;
	while ((rc = chunk_step(idx, stmt, &j)) == SQLITE_ROW) {
		struct mocc	*o;
		int		 slot;

		if ((l = merge_find(idx, &k, sqlite3_column_int64(stmt, 0))) ==
		    NULL || l->nocc == UINT8_MAX ||
		    (slot = match_isco_find(idx, db_column_text(stmt, 1))) < 0)
			continue;
		if (l->nocc == 0)
			l->occ = (uint32_t)idx->nocc;
		idx->occ = grow(idx->occ, &cap, idx->nocc + 1,
		    sizeof(*idx->occ));
		o = &idx->occ[idx->nocc++];
		o->isco = (uint16_t)slot;
		o->unused = 0;
		if (sqlite3_column_type(stmt, 2) == SQLITE_NULL)
			o->years = MC_YEARS_UNKNOWN;
		else {
			double y = sqlite3_column_double(stmt, 2);

			o->years = (uint8_t)lround((y > 5 ? 5 : y < 0 ? 0 : y) *
			    10);
		}
		l->nocc++;
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return db_fail(db, _("reading the candidates' occupations"));

	if ((st = db_prepare(db, "SELECT candidate_id, skill FROM "
	    "candidate_skill " CHUNK_WHERE "ORDER BY candidate_id, skill",
	    &stmt)) != WB_OK)
		return st;
	k = cap = j = 0;
	while ((rc = chunk_step(idx, stmt, &j)) == SQLITE_ROW) {
		if ((l = merge_find(idx, &k, sqlite3_column_int64(stmt, 0))) ==
		    NULL || l->nskill == UINT8_MAX)
			continue;
		if (l->nskill == 0)
			l->skill = (uint32_t)idx->nskill;
		idx->skill = grow(idx->skill, &cap, idx->nskill + 1,
		    sizeof(uint32_t));
		idx->skill[idx->nskill++] = skill_intern(idx,
		    db_column_text(stmt, 1), &scap);
		l->nskill++;
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return db_fail(db, _("reading the candidates' skills"));

	if ((st = db_prepare(db, "SELECT candidate_id, restriction FROM "
	    "candidate_restriction " CHUNK_WHERE "ORDER BY candidate_id, "
	    "restriction",
	    &stmt)) != WB_OK)
		return st;
	k = j = 0;
	while ((rc = chunk_step(idx, stmt, &j)) == SQLITE_ROW)
		if (merge_find(idx, &k, sqlite3_column_int64(stmt, 0)) !=
		    NULL && (b = match_demand_bit(db_column_text(stmt, 1), 1)) >= 0)
			idx->restr[k] |= (uint8_t)(1u << b);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return db_fail(db, _("reading the candidates' restrictions"));

	/*
	 * The travel range: max_travel_km, else the widest range among the
	 * transport modes recorded (a car only with a driving licence not
	 * known to be missing; a car alone without one: the "none" range),
	 * else unknown.
	 */
	modes = xcalloc(idx->n > 0 ? idx->n : 1, 1);
	if ((st = db_prepare(db, "SELECT candidate_id, mode FROM "
	    "candidate_transport " CHUNK_WHERE "ORDER BY candidate_id, mode",
	    &stmt)) != WB_OK) {
		free(modes);
		return st;
	}
	k = j = 0;
	while ((rc = chunk_step(idx, stmt, &j)) == SQLITE_ROW) {
		if (merge_find(idx, &k, sqlite3_column_int64(stmt, 0)) == NULL)
			continue;
		for (i = 0; i < NMODES; i++)
			if (strcmp(db_column_text(stmt, 1), transport_modes[i]) == 0)
				modes[k] |= (uint8_t)(1u << i);
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE) {
		free(modes);
		return db_fail(db, _("reading the candidates' transport"));
	}
	idx->widest_km = 0;
	for (i = 0; i < NMODES; i++)
		if (km[i] > idx->widest_km)
			idx->widest_km = km[i];
	for (k = 0; k < idx->n; k++) {
		float	r = range[k];

		if (r <= 0 && modes[k] != 0) {
			if ((idx->flags[k] & (MC_LIC_KNOWN | MC_LICENCE)) ==
			    MC_LIC_KNOWN)
				modes[k] &= (uint8_t)~(1u << MODE_AUTO);
			for (i = 0; i < NMODES; i++)
				if ((modes[k] & (1u << i)) && km[i] > r)
					r = km[i];
			if (r <= 0)
				r = km[MODE_NONE];
		}
		/* The ranking multiplies by the inverse: no division. */
		if (r <= 0) {
			idx->restr[k] |= MC_RANGE_UNKNOWN;
			r = idx->widest_km;
		}
		idx->inv_range[k] = 1 / r;
	}
	free(modes);
	return WB_OK;
}

/*
 * The index being sorted, for key_cmp (qsort has no context argument):
 * one per thread, as the workbench's indexer builds while a screen may
 * build its own (the slate).
 */
static _Thread_local const char *sort_keys;

static int
key_cmp(const void *a, const void *b)
{
	const struct match_index *idx = (const void *)sort_keys;
	uint32_t	i = *(const uint32_t *)a, j = *(const uint32_t *)b;

	return strcmp(idx->keys + idx->key_off[i], idx->keys + idx->key_off[j]);
}

static void
order_keys(struct match_index *idx)
{
	size_t	i;

	idx->by_key = xcalloc(idx->n > 0 ? idx->n : 1, sizeof(uint32_t));
	for (i = 0; i < idx->n; i++)
		idx->by_key[i] = (uint32_t)i;
	sort_keys = (const char *)idx;
	qsort(idx->by_key, idx->n, sizeof(uint32_t), key_cmp);
	sort_keys = NULL;
	for (i = 0; i < idx->n; i++)
		idx->c[idx->by_key[i]].key_rank = (uint32_t)i;
}

/*
 * Huge pages for a big array of the index: a ranking reads the records
 * of the few who could reach the top here and there across tens of
 * megabytes, and with 4 KiB pages nearly every one of them missed the
 * TLB as well as the cache (in a virtual machine a miss walks two sets
 * of page tables).  The array p (of size bytes) is copied into memory
 * aligned to 2 MiB and marked for huge pages where the system has them
 * (MADV_HUGEPAGE); the copy is returned and p freed.  Elsewhere, or for
 * a small array, p itself is returned.  Either is freed with free().
 */
#define HUGE_PAGE	((size_t)2 << 20)

static void *
huge_pages(void *p, size_t size)
{
#ifdef MADV_HUGEPAGE
	size_t	 round = (size + HUGE_PAGE - 1) / HUGE_PAGE * HUGE_PAGE;
	void	*q;

	if (p == NULL || size < 2 * HUGE_PAGE ||
	    posix_memalign(&q, HUGE_PAGE, round) != 0)
		return p;
	(void)madvise(q, round, MADV_HUGEPAGE);	/* a hint: errors do not matter */
	memcpy(q, p, size);
	free(p);
	return q;
#else
	(void)size;
	return p;
#endif
}

/* The hard rules' columns into the records (struct mc), once they are final. */
static void
fill_records(struct match_index *idx)
{
	size_t	i;

	for (i = 0; i < idx->n; i++) {
		idx->c[i].inv_range = idx->inv_range[i];
		idx->c[i].home = idx->home[i];
		idx->c[i].avail = idx->avail[i];
		idx->c[i].flags = idx->flags[i];
		idx->c[i].restr = idx->restr[i];
	}
}

/* Who has each occupation (match_index.occ_who), by a counting sort. */
static void
occupation_lists(struct match_index *idx)
{
	uint32_t	*at, *pos;
	size_t		 i, k, s;

	at = idx->occ_who_at = xcalloc(idx->nisco + 1, sizeof(uint32_t));
	idx->occ_who = xcalloc(idx->nocc > 0 ? idx->nocc : 1,
	    sizeof(uint32_t));
	for (k = 0; k < idx->nocc; k++)
		at[idx->occ[k].isco + 1]++;
	for (s = 0; s < idx->nisco; s++)
		at[s + 1] += at[s];
	pos = xcalloc(idx->nisco + 1, sizeof(uint32_t));
	memcpy(pos, at, (idx->nisco + 1) * sizeof(uint32_t));
	for (i = 0; i < idx->n; i++)
		for (k = idx->c[i].occ; k < (size_t)idx->c[i].occ +
		    idx->c[i].nocc; k++) {
			s = idx->occ[k].isco;
			/* A code twice is one candidate once. */
			if (pos[s] > at[s] && idx->occ_who[pos[s] - 1] == i)
				continue;
			idx->occ_who[pos[s]++] = (uint32_t)i;
		}
	free(pos);
}

/* The places someone lives: a ranking measures distances to these only. */
static void
used_places(struct match_index *idx)
{
	uint8_t	*used = xcalloc(idx->nplace > 0 ? idx->nplace : 1, 1);
	size_t	 i;

	for (i = 0; i < idx->n; i++)
		used[idx->home[i]] = 1;
	idx->used_place = xcalloc(idx->nplace > 0 ? idx->nplace : 1,
	    sizeof(uint16_t));
	for (i = 0; i < idx->nplace; i++)
		if (used[i])
			idx->used_place[idx->nused++] = (uint16_t)i;
	free(used);
}

enum wb_status
match_index_build(struct db *db, struct match_index **out)
{
	struct match_index	*idx = xcalloc(1, sizeof(*idx));
	float			 km[NMODES], *range = NULL;
	enum wb_status		 st;

	*out = NULL;
	if ((st = load_settings(db, km)) != WB_OK ||
	    (st = load_reference(db, idx)) != WB_OK ||
	    (st = load_candidates(db, idx, &range)) != WB_OK ||
	    (st = load_lists(db, idx, km, range)) != WB_OK) {
		free(range);
		match_index_free(idx);
		return st;
	}
	free(range);
	fill_records(idx);
	order_keys(idx);
	occupation_lists(idx);
	used_places(idx);
	idx->c = huge_pages(idx->c, idx->n * sizeof(*idx->c));
	idx->inv_range = huge_pages(idx->inv_range, idx->n * sizeof(float));
	idx->home = huge_pages(idx->home, idx->n * sizeof(uint16_t));
	idx->avail = huge_pages(idx->avail, idx->n * sizeof(uint16_t));
	idx->flags = huge_pages(idx->flags, idx->n);
	idx->restr = huge_pages(idx->restr, idx->n);
	idx->partner = huge_pages(idx->partner, idx->n);
	idx->occ = huge_pages(idx->occ, idx->nocc * sizeof(*idx->occ));
	idx->skill = huge_pages(idx->skill, idx->nskill * sizeof(uint32_t));
	idx->occ_who = huge_pages(idx->occ_who, idx->nocc * sizeof(uint32_t));
	*out = idx;
	return WB_OK;
}

void
match_index_free(struct match_index *idx)
{
	size_t	i;

	if (idx == NULL)
		return;
	free(idx->inv_range);
	free(idx->home);
	free(idx->avail);
	free(idx->flags);
	free(idx->restr);
	free(idx->partner);
	free(idx->c);
	free(idx->occ_who);
	free(idx->occ_who_at);
	free(idx->id);
	free(idx->key_off);
	free(idx->keys);
	free(idx->by_key);
	free(idx->occ);
	free(idx->skill);
	for (i = 0; i < idx->nskill_names; i++)
		free(idx->skill_name[i]);
	free(idx->skill_name);
	free(idx->skill_hash);
	free(idx->isco);
	free(idx->isco_slot);
	free(idx->place);
	free(idx->place_slot);
	free(idx->used_place);
	for (i = 0; i < idx->nmuni; i++)
		free(idx->muni[i]);
	free(idx->muni);
	for (i = 0; i < idx->npartner; i++)
		free(idx->partner_code[i]);
	free(idx->partner_code);
	free(idx->partner_id);
	free(idx);
}

size_t
match_index_memory(const struct match_index *idx)
{
	size_t	m = sizeof(*idx), i;

	m += idx->n * (sizeof(float) + 2 * sizeof(uint16_t) + 3 +
	    sizeof(struct mc) +
	    sizeof(long long) +
	    2 * sizeof(uint32_t));
	m += idx->keys_len + idx->nocc * (sizeof(struct mocc) +
	    sizeof(uint32_t)) + (idx->nisco + 1) * sizeof(uint32_t) +
	    idx->nskill * sizeof(uint32_t);
	for (i = 0; i < idx->nskill_names; i++)
		m += sizeof(char *) + strlen(idx->skill_name[i]) + 1;
	m += idx->skill_hash_size * sizeof(uint32_t);
	m += idx->nisco * 5 + 2 * 10000 * sizeof(uint16_t);
	m += idx->nplace * (sizeof(struct mplace) + sizeof(uint16_t));
	for (i = 0; i < idx->nmuni; i++)
		m += sizeof(char *) + strlen(idx->muni[i]) + 1;
	for (i = 0; i < idx->npartner; i++)
		m += sizeof(long long) + sizeof(char *) +
		    strlen(idx->partner_code[i]) + 1;
	return m;
}

size_t
match_index_count(const struct match_index *idx)
{
	return idx->n;
}

size_t
match_index_pool(const struct match_index *idx)
{
	return idx->pool;
}

int
match_index_find(const struct match_index *idx, const char *key, size_t *i)
{
	size_t	lo = 0, hi = idx->n;

	while (lo < hi) {
		size_t	mid = lo + (hi - lo) / 2;
		int	c = strcmp(idx->keys + idx->key_off[idx->by_key[mid]],
			    key);

		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < idx->n && strcmp(idx->keys +
	    idx->key_off[idx->by_key[lo]], key) == 0) {
		*i = idx->by_key[lo];
		return 0;
	}
	return -1;
}

const char *
match_index_key(const struct match_index *idx, size_t i)
{
	return idx->keys + idx->key_off[i];
}

long long
match_index_id(const struct match_index *idx, size_t i)
{
	return idx->id[i];
}

const char *
match_index_partner(const struct match_index *idx, size_t i)
{
	return idx->partner_code[idx->c[i].partner];
}

const char *
match_index_municipality(const struct match_index *idx, size_t i)
{
	return idx->place[idx->home[i]].municipality;
}

enum wb_status
match_asking_partner(struct db *db, const char *login, long long *partner)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	int		 rc;

	*partner = 0;
	if ((st = db_prepare(db, "SELECT partner_id FROM app_user WHERE "
	    "login = ? AND active", &stmt)) != WB_OK)
		return st;
	sqlite3_bind_text(stmt, 1, login != NULL ? login : "", -1,
	    SQLITE_STATIC);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
		*partner = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_fail(db, _("reading the users"));
	return WB_OK;
}
