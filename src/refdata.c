/*
 * refdata.c: load the reference tables from the CSV files compiled into
 * the binary.  Each table is one entry of ref_tables[]: the file, the
 * source columns in order and the INSERT that takes them as ?1, ?2, ...
 * (an empty field is bound as NULL).  What differs per table is said in
 * its SQL, so one loop serves them all.
 */
#include "werkbank/refdata.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "werkbank/csv.h"
#include "werkbank/embed.h"
#include "werkbank/i18n.h"

#define REF_MAXCOLS	8

struct ref_table {
	const char	*file;
	const char	*cols[REF_MAXCOLS + 1];
	const char	*sql;
};

static const struct ref_table ref_tables[] = {
	{ "pc4.csv", { "gemeentecode", "gemeente", "provincie", NULL },
	  "INSERT OR IGNORE INTO municipality (code, name, province) "
	  "SELECT ?1, ?2, ?3 WHERE ?1 IS NOT NULL AND ?2 IS NOT NULL" },
	/* One point per PC4: the row marked primary where GeoNames lists
	 * several places and orders them by name (7951 is Staphorst, not
	 * Rouveen), else the first row not flagged as a source artefact. */
	{ "pc4.csv", { "pc4", "woonplaats", "gemeentecode", "lat", "lon",
	    "note", NULL },
	  "INSERT OR IGNORE INTO pc4 (code, place, municipality_code, lat, lon) "
	  "SELECT ?1, ?2, ?3, CAST(?4 AS REAL), CAST(?5 AS REAL) "
	  "WHERE coalesce(?6, '') LIKE 'primary%'" },
	{ "pc4.csv", { "pc4", "woonplaats", "gemeentecode", "lat", "lon",
	    "note", NULL },
	  "INSERT OR IGNORE INTO pc4 (code, place, municipality_code, lat, lon) "
	  "SELECT ?1, ?2, ?3, CAST(?4 AS REAL), CAST(?5 AS REAL) "
	  "WHERE coalesce(?6, '') NOT LIKE 'suspect%'" },
	{ "pc4.csv", { "pc4", "woonplaats", "gemeentecode", "lat", "lon",
	    NULL },
	  "INSERT OR IGNORE INTO pc4 (code, place, municipality_code, lat, lon) "
	  "VALUES (?1, ?2, ?3, CAST(?4 AS REAL), CAST(?5 AS REAL))" },
	{ "isco08.csv", { "code", "level", "parent_code", "title_en",
	    "title_nl", NULL },
	  "INSERT INTO isco_group (code, level, parent_code, title_en, title_nl) "
	  "VALUES (?1, CAST(?2 AS INTEGER), ?3, ?4, ?5)" },
	{ "esco_occupations_nl.csv", { "esco_code", "esco_uri", "isco08",
	    "label_nl", "label_en", "regulated", NULL },
	  "INSERT INTO esco_occupation (code, uri, isco_code, label_nl, "
	  "label_en, regulated) VALUES (?1, ?2, ?3, ?4, ?5, "
	  "coalesce(CAST(?6 AS INTEGER), 0))" },
	{ "esco_occupation_altlabels_nl.csv", { "esco_code", "alt_label", NULL },
	  "INSERT OR IGNORE INTO esco_altlabel (esco_code, label) "
	  "VALUES (?1, ?2)" },
	{ "education_levels.csv", { "key", "rank", "label_nl", "label_en",
	    "nlqf", "isced2011_level", NULL },
	  "INSERT INTO education_level (key, rank, label_nl, label_en, nlqf, "
	  "isced) VALUES (?1, CAST(?2 AS INTEGER), ?3, ?4, "
	  "coalesce(CAST(rtrim(?5, '+') AS INTEGER), 0), CAST(?6 AS INTEGER))" },
	{ "cefr_levels.csv", { "cefr", "rank", "group_nl", "name_en", NULL },
	  "INSERT INTO language_level (code, rank, group_nl, name_en) "
	  "VALUES (?1, CAST(?2 AS INTEGER), ?3, ?4)" },
};

/*
 * What the CSV files do not hold: "no education" and "no Dutch" as
 * levels, the short forms of csv.md, and the occupation search index.
 */
static const char ref_extra_sql[] =
    "INSERT INTO education_level (key, rank, label_nl, label_en, nlqf, isced)"
    "  VALUES ('geen', 0, 'Geen opleiding', 'No education', 0, NULL);"
    "INSERT INTO language_level (code, rank, group_nl, name_en)"
    "  VALUES ('A0', 0, 'geen', 'None');"
    "INSERT INTO education_alias (alias, key) VALUES"
    "  ('geen', 'geen'), ('basis', 'po_gr3_8'), ('pro', 'pro'),"
    "  ('vmbo', 'vmbo_bb'), ('mbo1', 'mbo1'), ('mbo2', 'mbo2'),"
    "  ('mbo3', 'mbo3'), ('mbo4', 'mbo4_middenkader'), ('havo', 'havo'),"
    "  ('vwo', 'vwo'), ('hbo', 'hbo_bachelor'), ('wo', 'wo_bachelor');"
    "INSERT INTO occupation_search (label, isco_code, esco_code, kind)"
    "  SELECT title_nl, code, NULL, 'isco' FROM isco_group WHERE level = 4;"
    "INSERT INTO occupation_search (label, isco_code, esco_code, kind)"
    "  SELECT label_nl, isco_code, code, 'esco' FROM esco_occupation;"
    "INSERT INTO occupation_search (label, isco_code, esco_code, kind)"
    "  SELECT a.label, o.isco_code, o.code, 'alt'"
    "  FROM esco_altlabel a JOIN esco_occupation o ON o.code = a.esco_code;";

const struct embedded_file *
embed_find(const char *name)
{
	const struct embedded_file	*f;

	for (f = embedded_files; f->name != NULL; f++)
		if (strcmp(f->name, name) == 0)
			return f;
	return NULL;
}

static enum wb_status
load_table(struct db *db, const struct ref_table *t)
{
	const struct embedded_file	*f;
	struct csv_reader		*r;
	struct csv_row			*row;
	sqlite3_stmt			*stmt;
	int				 idx[REF_MAXCOLS], ncols, i;
	enum wb_status			 st;

	if ((f = embed_find(t->file)) == NULL)
		return db_set_error(db, WB_NOT_FOUND,
		    _("reference file %s is missing from this build"), t->file);
	if ((st = db_prepare(db, t->sql, &stmt)) != WB_OK)
		return st;
	r = csv_reader_new(f->data, f->len, ',');
	if ((st = csv_reader_next(r, &row)) != WB_OK) {
		st = db_set_error(db, WB_INVALID, "%s: %s", t->file,
		    _("no header line"));
		goto out;
	}
	for (ncols = 0; t->cols[ncols] != NULL; ncols++)
		if ((idx[ncols] = csv_row_find(row, t->cols[ncols])) < 0) {
			st = db_set_error(db, WB_INVALID,
			    _("%s: column %s is missing"), t->file,
			    t->cols[ncols]);
			goto out;
		}
	while ((st = csv_reader_next(r, &row)) == WB_OK) {
		for (i = 0; i < ncols; i++) {
			const char *v = (size_t)idx[i] < row->nfields ?
			    row->fields[idx[i]] : "";

			if (*v == '\0')
				sqlite3_bind_null(stmt, i + 1);
			else
				sqlite3_bind_text(stmt, i + 1, v, -1,
				    SQLITE_STATIC);
		}
		if (sqlite3_step(stmt) != SQLITE_DONE) {
			char	what[128];

			snprintf(what, sizeof(what), "%s:%ld", t->file,
			    row->line);
			st = db_fail(db, what);
			goto out;
		}
		sqlite3_reset(stmt);
	}
	if (st == WB_NOT_FOUND)
		st = WB_OK;
	else
		st = db_set_error(db, st, "%s: %s", t->file,
		    csv_reader_error(r));
out:
	csv_reader_free(r);
	sqlite3_finalize(stmt);
	return st;
}

enum wb_status
refdata_load(struct db *db, struct refdata_counts *c)
{
	static const struct {
		const char	*sql;
		size_t		 off;
	} counts[] = {
#define COUNT(table, field) \
	{ "SELECT count(*) FROM " table, offsetof(struct refdata_counts, field) }
		COUNT("pc4", pc4),
		COUNT("municipality", municipalities),
		COUNT("isco_group", isco),
		COUNT("esco_occupation", esco),
		COUNT("esco_altlabel", altlabels),
		COUNT("education_level", education),
		COUNT("language_level", languages),
#undef COUNT
	};
	enum wb_status	st;
	size_t		i;
	long long	n;

	/* ISCO rows may name a parent that comes later in the file. */
	if ((st = db_exec(db, "PRAGMA defer_foreign_keys = ON")) != WB_OK)
		return st;
	for (i = 0; i < sizeof(ref_tables) / sizeof(ref_tables[0]); i++)
		if ((st = load_table(db, &ref_tables[i])) != WB_OK)
			return st;
	if ((st = db_exec(db, ref_extra_sql)) != WB_OK)
		return st;
	if (c == NULL)
		return WB_OK;
	for (i = 0; i < sizeof(counts) / sizeof(counts[0]); i++) {
		if ((st = db_query_int(db, counts[i].sql, &n)) != WB_OK)
			return st;
		*(long *)((char *)c + counts[i].off) = (long)n;
	}
	return WB_OK;
}
