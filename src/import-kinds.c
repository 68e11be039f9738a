/*
 * import-kinds.c: what each kind of file holds (its column table, as in
 * csv.md) and how a checked row is stored.  SQL binds the row's values by
 * name (:postcode, and :has_postcode = the file has that column), so an
 * update changes only what the file carries.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "import-internal.h"
#include "werkbank/i18n.h"
#include "werkbank/num.h"

#define REQ	COL_REQUIRED

/* Statement slots shared by the kinds. */
enum {
	S_FIND, S_INSERT, S_UPDATE, S_EXTRA1, S_EXTRA2, S_EXTRA3,
	S_CHILD_DEL0, S_CHILD_INS0,		/* pairs: 6+2i, 7+2i */
};

/* ---- helpers ---- */

static sqlite3_stmt *
stmt(struct importer *imp, int slot)
{
	return *import_stmt(imp, slot);
}

static enum wb_status
prep(struct importer *imp, int slot, const char *sql)
{
	return db_prepare(import_db(imp), sql, import_stmt(imp, slot));
}

/* Run a bound statement; SQLITE_ROW gives the first column in *id. */
static enum wb_status
run(struct importer *imp, sqlite3_stmt *s, long long *id)
{
	int	rc = sqlite3_step(s);

	if (id != NULL)
		*id = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
	sqlite3_reset(s);
	sqlite3_clear_bindings(s);
	if (rc == SQLITE_ROW || rc == SQLITE_DONE)
		return WB_OK;
	return db_fail(import_db(imp), _("storing the row"));
}

/* "Bakkerij  De Vries " -> "bakkerij de vries": employers are name + PC4. */
void
import_name_key(const char *s, char *out, size_t len)
{
	size_t	o = 0;
	int	space = 0;

	for (; *s != '\0' && o + 1 < len; s++) {
		if (isspace((unsigned char)*s)) {
			space = o > 0;
			continue;
		}
		if (space && o + 2 < len)
			out[o++] = ' ';
		space = 0;
		out[o++] = (char)tolower((unsigned char)*s);
	}
	out[o] = '\0';
}

static void
upper(char *s)
{
	for (; *s != '\0'; s++)
		*s = (char)toupper((unsigned char)*s);
}

static int
imp_kind_insert_first(struct importer *imp)
{
	return import_kind(imp)->insert_first;
}

static int
col(struct importer *imp, const char *name)
{
	return import_col(imp, name);
}

/*
 * Replace the children of one record: DELETE then one INSERT per item;
 * a record stored by the batch has its children in batch 1 + pair.
 */
static enum wb_status
store_children(struct importer *imp, int pair, long long id, int created,
    struct ival *v)
{
	sqlite3_stmt	*del = stmt(imp, S_CHILD_DEL0 + 2 * pair);
	sqlite3_stmt	*ins = stmt(imp, S_CHILD_INS0 + 2 * pair);
	struct db_rows	*rows = NULL;
	enum wb_status	 st;
	size_t		 i;

	if (!v->present)
		return WB_OK;
	if (!created) {
		sqlite3_bind_int64(del, 1, id);
		if ((st = run(imp, del, NULL)) != WB_OK)
			return st;
	}
	for (i = 0; i < v->nitems; i++) {
		if (imp->batch_sql[1 + pair] != NULL) {
			rows = import_batch_add(imp, 1 + pair);
			db_rows_int(rows, 1, id);
			db_rows_text(rows, 2, v->items[i]);
			if (v->item_num[i] >= 0)
				db_rows_double(rows, 3, v->item_num[i]);
			continue;
		}
		sqlite3_bind_int64(ins, 1, id);
		sqlite3_bind_text(ins, 2, v->items[i], -1, SQLITE_STATIC);
		if (sqlite3_bind_parameter_count(ins) >= 3) {
			if (v->item_num[i] >= 0)
				sqlite3_bind_double(ins, 3, v->item_num[i]);
			else
				sqlite3_bind_null(ins, 3);
		}
		if ((st = run(imp, ins, NULL)) != WB_OK)
			return st;
	}
	return WB_OK;
}

static enum wb_status
prep_children(struct importer *imp, int pair, const char *table,
    const char *fk, const char *cols)
{
	char		sql[256];
	enum wb_status	st;

	snprintf(sql, sizeof(sql), "DELETE FROM %s WHERE %s = ?1", table, fk);
	if ((st = prep(imp, S_CHILD_DEL0 + 2 * pair, sql)) != WB_OK)
		return st;
	snprintf(sql, sizeof(sql), "INSERT INTO %s (%s, %s) VALUES (?1, ?2%s)",
	    table, fk, cols, strchr(cols, ',') != NULL ? ", ?3" : "");
	return prep(imp, S_CHILD_INS0 + 2 * pair, sql);
}

/*
 * Store the row: update the record with its key, else insert it; *id
 * gets the record.  Kinds with a unique key try the INSERT first (ON
 * CONFLICT DO NOTHING): a new record then costs one statement, not two.
 */
static enum wb_status
upsert(struct importer *imp, struct ival *v, long long *id, int *created)
{
	sqlite3		*sql = db_sqlite(import_db(imp));
	sqlite3_stmt	*s;
	enum wb_status	 st;

	if (imp->one && imp->one_id != 0) {
		/* import_one on a record read by id: update just that one. */
		*id = imp->one_id;
		*created = 0;
		s = stmt(imp, S_UPDATE);
		import_bind(imp, s, v);
		sqlite3_bind_int64(s, sqlite3_bind_parameter_index(s, ":id"),
		    *id);
		imp->one_stored = *id;
		return run(imp, s, NULL);
	}
	if (imp_kind_insert_first(imp)) {
		s = stmt(imp, S_INSERT);
		import_bind(imp, s, v);
		if ((st = run(imp, s, NULL)) != WB_OK)
			return st;
		if (sqlite3_changes(sql) > 0) {
			*created = 1;
			*id = sqlite3_last_insert_rowid(sql);
			imp->one_stored = *id;
			return WB_OK;
		}
		if (imp->one) {
			/* import_one creating: the key belongs to a record. */
			imp->one_exists = 1;
			import_error(imp, import_kind(imp)->cols[0].name,
			    _("a record with this key exists already; edit "
			    "it instead"));
			return WB_INVALID;
		}
	}
	import_bind(imp, stmt(imp, S_FIND), v);
	if ((st = run(imp, stmt(imp, S_FIND), id)) != WB_OK)
		return st;
	*created = *id == 0;
	if (*created && imp_kind_insert_first(imp))
		return db_set_error(import_db(imp), WB_DB, "%s",
		    _("the record's key is taken by another record"));
	s = stmt(imp, *created ? S_INSERT : S_UPDATE);
	import_bind(imp, s, v);
	if (!*created)
		sqlite3_bind_int64(s, sqlite3_bind_parameter_index(s, ":id"),
		    *id);
	if ((st = run(imp, s, NULL)) != WB_OK)
		return st;
	if (*created)
		*id = sqlite3_last_insert_rowid(sql);
	imp->one_stored = *id;
	return WB_OK;
}

static void
check_hours(struct importer *imp, struct ival *v, const char *lo,
    const char *hi)
{
	int	a = col(imp, lo), b = col(imp, hi);
	char	na[32], nb[32];

	if (v[a].known && v[b].known && v[a].num > v[b].num)
		import_error(imp, hi, _("%s is less than %s %s"),
		    num_format(v[b].num, 2, nb, sizeof(nb)),
		    import_col_shown(imp, lo), num_format(v[a].num, 2, na,
		    sizeof(na)));
}

/*
 * The employer a vacancy or rating names: name + PC4, else the only
 * employer of that name.  0 when there is none.
 */
static enum wb_status
find_employer(struct importer *imp, int slot, const char *name,
    const char *pc4, long long *id)
{
	sqlite3_stmt	*s = stmt(imp, slot);
	char		 key[512];

	import_name_key(name, key, sizeof(key));
	sqlite3_bind_text(s, 1, key, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(s, 2, pc4, -1, SQLITE_STATIC);
	return run(imp, s, id);
}

const char import_find_employer_sql[] =
    "SELECT id FROM employer WHERE name_key = ?1 AND pc4 = ?2 "
    "UNION ALL SELECT max(id) FROM employer WHERE name_key = ?1 "
    "  AND NOT EXISTS (SELECT 1 FROM employer WHERE name_key = ?1 "
    "  AND pc4 = ?2) HAVING count(*) = 1";

/*
 * The check functions run on every row, also one with errors; a value
 * that is missing or did not parse has known == 0.
 */

/* ---- partners ---- */

static const struct import_col partner_cols[] = {
	{ "code", "code", REQ, FT_KEY, NULL, 0, 0 },
	{ "name", "naam", REQ, FT_TEXT, NULL, 0, 0 },
	{ "kind", "soort", REQ, FT_ENUM, validate_partner_kinds, 0, 0 },
	{ "municipality", "gemeentecode|gemeente", 0, FT_MUNICIPALITY, NULL, 0,
	    0 },
};

static void
partner_check(struct importer *imp, struct ival *v)
{
	const char	*c = v[0].text;
	size_t		 n, i;

	if (!v[0].known)
		return;
	n = strlen(c);
	for (i = 0; i < n; i++)
		if (!isalnum((unsigned char)c[i]))
			break;
	if (n < 2 || n > 8 || i < n)
		import_error(imp, "code", _("'%s' is not 2 to 8 letters or "
		    "digits"), c);
	else
		upper((char *)c);
}

static void
partner_key(struct importer *imp, struct ival *v, char *buf, size_t len)
{
	(void)imp;
	snprintf(buf, len, "%s", v[0].text);
}

static enum wb_status
partner_prepare(struct importer *imp)
{
	enum wb_status	st;

	if ((st = prep(imp, S_FIND, "SELECT id FROM partner WHERE code = "
	    ":code")) != WB_OK ||
	    (st = prep(imp, S_INSERT, "INSERT INTO partner (code, name, kind, "
	    "municipality_code) VALUES (:code, :name, :kind, :municipality) "
	    "ON CONFLICT DO NOTHING")) !=
	    WB_OK)
		return st;
	return prep(imp, S_UPDATE, "UPDATE partner SET name = :name, kind = "
	    ":kind, municipality_code = iif(:has_municipality, :municipality, "
	    "municipality_code), version = version + 1, updated_at = "
	    "datetime('now') WHERE id = :id");
}

static enum wb_status
partner_store(struct importer *imp, struct ival *v, int *created)
{
	long long	id;

	return upsert(imp, v, &id, created);
}

/* ---- employers ---- */

static const struct import_col employer_cols[] = {
	{ "name", "naam|werkgever|bedrijf", REQ, FT_TEXT, NULL, 0, 0 },
	{ "postcode", "postcode", REQ, FT_POSTCODE, NULL, 0, 0 },
	{ "ref", "relatienummer", 0, FT_KEY, NULL, 0, 0 },
	{ "partner", "organisatie", 0, FT_PARTNER, NULL, 0, 0 },
	{ "account_manager", "accountmanager", 0, FT_LOGIN, NULL, 0, 0 },
	{ "sector", "sector|branche", 0, FT_TEXT, NULL, 0, 0 },
};

static void
employer_key(struct importer *imp, struct ival *v, char *buf, size_t len)
{
	char	key[400];

	(void)imp;
	import_name_key(v[0].text, key, sizeof(key));
	snprintf(buf, len, "%s@%s", key, v[1].text);
}

static enum wb_status
employer_prepare(struct importer *imp)
{
	enum wb_status	st;

	if ((st = prep(imp, S_FIND, "SELECT id FROM employer WHERE name_key = "
	    ":name_key AND pc4 = :postcode")) != WB_OK ||
	    (st = prep(imp, S_INSERT, "INSERT INTO employer (name, name_key, "
	    "pc4, ref, partner_id, account_manager_id, sector) VALUES (:name, "
	    ":name_key, :postcode, :ref, :partner, :account_manager, :sector) "
	    "ON CONFLICT DO NOTHING"))
	    != WB_OK ||
	    (st = prep(imp, S_EXTRA1, "SELECT id FROM employer WHERE "
	    "partner_id = ?1 AND ref = ?2 AND NOT (name_key = ?3 AND pc4 = "
	    "?4) AND id IS NOT ?5")) != WB_OK)
		return st;
	return prep(imp, S_UPDATE, "UPDATE employer SET name = :name, "
	    "name_key = :name_key, pc4 = :postcode, "
	    "ref = iif(:has_ref, :ref, ref), "
	    "partner_id = iif(:has_partner, :partner, partner_id), "
	    "account_manager_id = iif(:has_account_manager, :account_manager, "
	    "account_manager_id), sector = iif(:has_sector, :sector, sector), "
	    "version = version + 1, updated_at = datetime('now') WHERE id = :id");
}

static enum wb_status
employer_store(struct importer *imp, struct ival *v, int *created)
{
	sqlite3_stmt	*s;
	char		 key[512];
	long long	 id, other;
	enum wb_status	 st;

	import_name_key(v[0].text, key, sizeof(key));
	if (v[2].known && v[3].known) {
		s = stmt(imp, S_EXTRA1);
		sqlite3_bind_int64(s, 1, v[3].id);
		sqlite3_bind_text(s, 2, v[2].text, -1, SQLITE_STATIC);
		sqlite3_bind_text(s, 3, key, -1, SQLITE_STATIC);
		sqlite3_bind_text(s, 4, v[1].text, -1, SQLITE_STATIC);
		if (imp->one_id != 0)
			sqlite3_bind_int64(s, 5, imp->one_id);
		if ((st = run(imp, s, &other)) != WB_OK)
			return st;
		if (other != 0) {
			import_error(imp, "ref", _("'%s' belongs to another "
			    "employer of this partner"), v[2].text);
			return WB_INVALID;
		}
	}
	for (int i = S_FIND; i <= S_UPDATE; i++)
		sqlite3_bind_text(stmt(imp, i), sqlite3_bind_parameter_index(
		    stmt(imp, i), ":name_key"), key, -1, SQLITE_TRANSIENT);
	if (imp->one_id != 0) {
		/* Renamed or moved onto another employer's name + PC4? */
		import_bind(imp, stmt(imp, S_FIND), v);
		if ((st = run(imp, stmt(imp, S_FIND), &other)) != WB_OK)
			return st;
		if (other != 0 && other != imp->one_id) {
			import_error(imp, "name", _("another employer of this "
			    "name has postcode %s"), v[1].text);
			return WB_INVALID;
		}
		/* run() cleared the bindings: :name_key again. */
		sqlite3_bind_text(stmt(imp, S_FIND),
		    sqlite3_bind_parameter_index(stmt(imp, S_FIND),
		    ":name_key"), key, -1, SQLITE_TRANSIENT);
	}
	/* upsert() binds again; :name_key is not a column, so it survives. */
	return upsert(imp, v, &id, created);
}

/* ---- candidates ---- */

static const struct import_col candidate_cols[] = {
	{ "ref", "kandidaatnummer|klantnummer|nummer", REQ, FT_KEY, NULL, 0,
	    0 },
	{ "partner", "organisatie|partij", REQ, FT_PARTNER, NULL, 0, 0 },
	{ "first_name", "voornaam|voornamen|roepnaam", REQ, FT_TEXT, NULL, 0,
	    0 },
	{ "last_name", "achternaam", REQ, FT_TEXT, NULL, 0, 0 },
	{ "postcode", "postcode", REQ, FT_POSTCODE, NULL, 0, 0 },
	{ "target_group", "doelgroep", REQ, FT_ENUM, validate_target_groups, 0,
	    0 },
	{ "job_agreement", "banenafspraak|doelgroepregister", 0, FT_BOOL, NULL,
	    0, 0 },
	{ "occupations", "beroepen|beroep", 0, FT_OCCUPATIONS, NULL, 0, 0 },
	{ "skills", "vaardigheden|competenties", 0, FT_TAGS, NULL, 0, 0 },
	{ "education", "opleidingsniveau|opleiding", 0, FT_EDUCATION, NULL, 0,
	    0 },
	{ "dutch_level", "taalniveau|nederlands", 0, FT_CEFR, NULL, 0, 0 },
	{ "hours_min", "uren_min", 0, FT_REAL, NULL, 0, 48 },
	{ "hours_max", "uren_max|uren", 0, FT_REAL, NULL, 0, 48 },
	{ "available_from", "beschikbaar_vanaf|beschikbaar", 0, FT_DATE, NULL,
	    0, 0 },
	{ "driving_licence", "rijbewijs", 0, FT_LICENCE, NULL, 0, 0 },
	{ "transport", "vervoer", 0, FT_ENUMS, validate_transport_modes, 0, 0 },
	{ "max_travel_km", "max_reisafstand|reisafstand_km", 0, FT_REAL, NULL,
	    0.1, 300 },
	{ "restrictions", "beperkingen", 0, FT_ENUMS, validate_restrictions, 0,
	    0 },
	{ "consent", "toestemming|toestemming_delen", REQ, FT_BOOL, NULL, 0, 0 },
	{ "consultant", "consulent|contactpersoon", 0, FT_LOGIN, NULL, 0, 0 },
	{ "status", "status", 0, FT_ENUM, validate_candidate_statuses, 0, 0 },
	{ "phone", "telefoon|telefoonnummer|mobiel", 0, FT_PHONE, NULL, 0, 0 },
	{ "email", "e-mail|emailadres|e-mailadres", 0, FT_EMAIL, NULL, 0, 0 },
	{ "left_on", "uitstroomdatum|datum_uitstroom|uitgestroomd_op", 0,
	    FT_DATE, NULL, 0, 0 },
	{ "leave_reason", "uitstroomreden|reden_uitstroom", 0, FT_ENUM,
	    validate_leave_reasons, 0, 0 },
};

static void
candidate_check(struct importer *imp, struct ival *v)
{
	check_hours(imp, v, "hours_min", "hours_max");
	import_leave_check(imp, v);
}


/* PARTNER/REF: the key of candidates and vacancies. */
static void
partner_ref_key(struct importer *imp, struct ival *v, char *buf, size_t len)
{
	(void)imp;
	snprintf(buf, len, "%lld/%s", v[1].id, v[0].text);
}

/*
 * A new candidate's id: NULL (the next rowid) unless a purge removed the
 * highest ids; then above them, so that no new person takes a purged
 * one's id (placements count people by it; the audit log names records
 * by it).  See purge.h.
 */
#define CANDIDATE_NEXT_ID "(SELECT max(CAST(value AS INTEGER), " \
	"coalesce((SELECT max(id) FROM candidate), 0)) + 1 FROM setting " \
	"WHERE key = 'candidate_id_floor')"

static enum wb_status
candidate_prepare(struct importer *imp)
{
	enum wb_status	st;
	char		sql[2048];
	int		pair;
	/*
	 * A file in one pass (no savepoints: any failure starts over) works
	 * the id out once and counts on from it (candidate_store), instead
	 * of asking for the highest id row after row.
	 */
	int		counted = !imp->one && !imp->careful;

	imp->next_id_param = 0;
	if (counted && (st = db_query_int(import_db(imp), "SELECT coalesce("
	    CANDIDATE_NEXT_ID ", (SELECT coalesce(max(id), 0) + 1 FROM "
	    "candidate))", &imp->next_id)) != WB_OK)
		return st;
	snprintf(sql, sizeof(sql), "INSERT INTO candidate (id, partner_id, "
	    "ref, first_name, last_name, pc4, target_group, job_agreement, "
	    "education_key, dutch_level, hours_min, hours_max, available_from, "
	    "driving_licence, max_travel_km, consent, consultant_id, status, "
	    "phone, email, registered_on, left_on) VALUES (%s, :partner, :ref, "
	    ":first_name, :last_name, :postcode, :target_group, :job_agreement, "
	    ":education, :dutch_level, :hours_min, :hours_max, :available_from, "
	    ":driving_licence, :max_travel_km, :consent, :consultant, "
	    "coalesce(:status, 'beschikbaar'), :phone, :email, :today, "
	    "iif(:status = 'geplaatst' OR :status = 'inactief', :today, "
	    "NULL)) ON CONFLICT DO NOTHING", counted ? ":next_id" :
	    CANDIDATE_NEXT_ID);
	if ((st = prep(imp, S_FIND, "SELECT id FROM candidate WHERE "
	    "partner_id = :partner AND ref = :ref")) != WB_OK ||
	    (st = prep(imp, S_INSERT, sql)) != WB_OK)
		return st;
	if (counted && imp->next_id > 0)
		imp->next_id_param = sqlite3_bind_parameter_index(stmt(imp,
		    S_INSERT), ":next_id");
	if ((st = prep(imp, S_UPDATE, "UPDATE candidate SET "
	    "first_name = :first_name, last_name = :last_name, pc4 = :postcode, "
	    "target_group = :target_group, consent = :consent, "
	    "job_agreement = iif(:has_job_agreement, :job_agreement, "
	    "job_agreement), "
	    "education_key = iif(:has_education, :education, education_key), "
	    "dutch_level = iif(:has_dutch_level, :dutch_level, dutch_level), "
	    "hours_min = iif(:has_hours_min, :hours_min, hours_min), "
	    "hours_max = iif(:has_hours_max, :hours_max, hours_max), "
	    "available_from = iif(:has_available_from, :available_from, "
	    "available_from), "
	    "driving_licence = iif(:has_driving_licence, :driving_licence, "
	    "driving_licence), "
	    "max_travel_km = iif(:has_max_travel_km, :max_travel_km, "
	    "max_travel_km), "
	    "consultant_id = iif(:has_consultant, :consultant, consultant_id), "
	    "status = iif(:has_status, coalesce(:status, 'beschikbaar'), status), "
	    "left_on = CASE iif(:has_status, coalesce(:status, 'beschikbaar'), "
	    "status) WHEN 'geplaatst' THEN coalesce(left_on, :today) "
	    "WHEN 'inactief' THEN coalesce(left_on, :today) END, "
	    "leave_reason = CASE iif(:has_status, coalesce(:status, "
	    "'beschikbaar'), status) WHEN 'geplaatst' THEN leave_reason "
	    "WHEN 'inactief' THEN leave_reason END, "
	    "phone = iif(:has_phone, :phone, phone), "
	    "email = iif(:has_email, :email, email), "
	    "version = version + 1, updated_at = datetime('now') "
	    "WHERE id = :id")) != WB_OK ||
	    (st = import_leave_prepare(imp, S_EXTRA1, S_EXTRA2)) != WB_OK ||
	    (st = prep_children(imp, 0, "candidate_occupation", "candidate_id",
	    "isco_code, years")) != WB_OK ||
	    (st = prep_children(imp, 1, "candidate_skill", "candidate_id",
	    "skill")) != WB_OK ||
	    (st = prep_children(imp, 2, "candidate_transport", "candidate_id",
	    "mode")) != WB_OK)
		return st;
	if ((st = prep_children(imp, 3, "candidate_restriction", "candidate_id",
	    "restriction")) != WB_OK || !imp->batching ||
	    imp->next_id_param <= 0)
		return st;
	/* Into an empty table: the new records by the batch. */
	if ((st = import_batch_prepare(imp, 0, S_INSERT)) != WB_OK)
		return st;
	for (pair = 0; pair < 4; pair++)
		if ((st = import_batch_prepare(imp, 1 + pair,
		    S_CHILD_INS0 + 2 * pair)) != WB_OK)
			return st;
	return WB_OK;
}


static enum wb_status
candidate_store(struct importer *imp, struct ival *v, int *created)
{
	sqlite3_stmt	*ins = stmt(imp, S_INSERT);
	long long	 id;
	enum wb_status	 st;

	/* A new record without a leaving to check: by the batch. */
	if (imp->batch_sql[0] != NULL && !v[col(imp, "left_on")].known &&
	    !v[col(imp, "leave_reason")].known) {
		id = imp->next_id++;
		import_put(imp, ins, import_batch_add(imp, 0), v);
		db_rows_int(imp->batch[0], imp->next_id_param, id);
		*created = 1;
		imp->one_stored = id;
		if ((st = store_children(imp, 0, id, 1,
		    &v[col(imp, "occupations")])) != WB_OK ||
		    (st = store_children(imp, 1, id, 1, &v[col(imp, "skills")])) !=
		    WB_OK ||
		    (st = store_children(imp, 2, id, 1, &v[col(imp, "transport")])) !=
		    WB_OK ||
		    (st = store_children(imp, 3, id, 1,
		    &v[col(imp, "restrictions")])) != WB_OK)
			return st;
		return import_batch_full(imp) ? import_batch_flush(imp) : WB_OK;
	}
	/* Unbound (NULL): the next rowid. */
	if (imp->next_id_param > 0)
		sqlite3_bind_int64(ins, imp->next_id_param, imp->next_id);
	if ((st = import_leave_before(imp, v, S_EXTRA1)) != WB_OK ||
	    (st = upsert(imp, v, &id, created)) != WB_OK)
		return st;
	if (*created && imp->next_id_param > 0)
		imp->next_id = id + 1;
	if ((st = import_leave_store(imp, v, id, S_EXTRA2)) != WB_OK ||
	    (st = store_children(imp, 0, id, *created, &v[col(imp, "occupations")])) !=
	    WB_OK ||
	    (st = store_children(imp, 1, id, *created, &v[col(imp, "skills")])) != WB_OK ||
	    (st = store_children(imp, 2, id, *created, &v[col(imp, "transport")])) != WB_OK)
		return st;
	return store_children(imp, 3, id, *created, &v[col(imp, "restrictions")]);
}

/* ---- vacancies ---- */

static const struct import_col vacancy_cols[] = {
	{ "ref", "vacaturenummer|nummer", REQ, FT_KEY, NULL, 0, 0 },
	{ "partner", "organisatie|opgehaald_door", REQ, FT_PARTNER, NULL, 0, 0 },
	{ "employer", "werkgever|bedrijf", REQ, FT_TEXT, NULL, 0, 0 },
	{ "title", "functie|titel", REQ, FT_TEXT, NULL, 0, 0 },
	{ "occupation", "beroep|beroepscode", REQ, FT_ISCO, NULL, 0, 0 },
	{ "postcode", "postcode|werklocatie", REQ, FT_POSTCODE, NULL, 0, 0 },
	{ "positions", "aantal|plaatsen", 0, FT_INT, NULL, 1, 999 },
	{ "hours_min", "uren_min", 0, FT_REAL, NULL, 0, 48 },
	{ "hours_max", "uren_max", 0, FT_REAL, NULL, 0, 48 },
	{ "education_min", "opleidingsniveau", 0, FT_EDUCATION, NULL, 0, 0 },
	{ "dutch_level_min", "taalniveau", 0, FT_CEFR, NULL, 0, 0 },
	{ "driving_licence", "rijbewijs", 0, FT_LICENCE, NULL, 0, 0 },
	{ "skills", "vaardigheden", 0, FT_TAGS, NULL, 0, 0 },
	{ "demands", "belasting|eisen", 0, FT_ENUMS, validate_demands, 0, 0 },
	{ "job_agreement", "banenafspraak", 0, FT_BOOL, NULL, 0, 0 },
	{ "sheltered", "beschut", 0, FT_BOOL, NULL, 0, 0 },
	{ "instruments", "instrumenten", 0, FT_ENUMS, validate_instruments, 0,
	    0 },
	{ "collected_on", "opgehaald_op|datum", 0, FT_DATE, NULL, 0, 0 },
	{ "deadline", "sluitingsdatum", 0, FT_DATE, NULL, 0, 0 },
	{ "start_date", "startdatum|ingangsdatum", 0, FT_DATE, NULL, 0, 0 },
	{ "account_manager", "accountmanager", 0, FT_LOGIN, NULL, 0, 0 },
	{ "status", "status", 0, FT_ENUM, validate_vacancy_statuses, 0, 0 },
	{ "description", "omschrijving", 0, FT_MULTILINE, NULL, 0, 0 },
};

static void
vacancy_check(struct importer *imp, struct ival *v)
{
	check_hours(imp, v, "hours_min", "hours_max");
}

static enum wb_status
vacancy_prepare(struct importer *imp)
{
	enum wb_status	st;

	if ((st = prep(imp, S_FIND, "SELECT id FROM vacancy WHERE "
	    "partner_id = :partner AND ref = :ref")) != WB_OK ||
	    (st = prep(imp, S_EXTRA1, import_find_employer_sql)) != WB_OK ||
	    (st = prep(imp, S_EXTRA2, "INSERT INTO employer (name, name_key, "
	    "pc4, partner_id, account_manager_id) VALUES (?1, ?2, ?3, ?4, ?5)"))
	    != WB_OK ||
	    (st = prep(imp, S_INSERT, "INSERT INTO vacancy (partner_id, ref, "
	    "employer_id, title, isco_code, pc4, positions, hours_min, "
	    "hours_max, education_min, dutch_level_min, driving_licence, "
	    "job_agreement, sheltered, collected_on, deadline, start_date, "
	    "account_manager_id, status, closed_on, description) VALUES "
	    "(:partner, :ref, :employer_id, :title, :occupation, :postcode, "
	    "coalesce(:positions, 1), :hours_min, :hours_max, :education_min, "
	    ":dutch_level_min, :driving_licence, :job_agreement, :sheltered, "
	    "coalesce(:collected_on, :today), :deadline, :start_date, "
	    "coalesce(:account_manager, (SELECT account_manager_id FROM "
	    "employer WHERE id = :employer_id)), coalesce(:status, 'open'), "
	    "CASE coalesce(:status, 'open') WHEN 'open' THEN NULL "
	    "WHEN 'on_hold' THEN NULL ELSE :today END, :description) "
	    "ON CONFLICT DO NOTHING")) != WB_OK ||
	    (st = prep(imp, S_UPDATE, "UPDATE vacancy SET "
	    "employer_id = :employer_id, title = :title, "
	    "isco_code = :occupation, pc4 = :postcode, "
	    "positions = iif(:has_positions, coalesce(:positions, 1), positions), "
	    "hours_min = iif(:has_hours_min, :hours_min, hours_min), "
	    "hours_max = iif(:has_hours_max, :hours_max, hours_max), "
	    "education_min = iif(:has_education_min, :education_min, "
	    "education_min), "
	    "dutch_level_min = iif(:has_dutch_level_min, :dutch_level_min, "
	    "dutch_level_min), "
	    "driving_licence = iif(:has_driving_licence, :driving_licence, "
	    "driving_licence), "
	    "job_agreement = iif(:has_job_agreement, :job_agreement, "
	    "job_agreement), "
	    "sheltered = iif(:has_sheltered, :sheltered, sheltered), "
	    "collected_on = coalesce(iif(:has_collected_on, :collected_on, "
	    "NULL), collected_on), "
	    "deadline = iif(:has_deadline, :deadline, deadline), "
	    "start_date = iif(:has_start_date, :start_date, start_date), "
	    "account_manager_id = iif(:has_account_manager, :account_manager, "
	    "account_manager_id), "
	    "status = iif(:has_status, coalesce(:status, 'open'), status), "
	    "closed_on = CASE iif(:has_status, coalesce(:status, 'open'), "
	    "status) WHEN 'open' THEN NULL WHEN 'on_hold' THEN NULL "
	    "ELSE coalesce(closed_on, :today) END, "
	    "description = iif(:has_description, :description, description), "
	    "version = version + 1, updated_at = datetime('now') "
	    "WHERE id = :id")) != WB_OK ||
	    (st = prep_children(imp, 0, "vacancy_skill", "vacancy_id", "skill"))
	    != WB_OK ||
	    (st = prep_children(imp, 1, "vacancy_demand", "vacancy_id",
	    "demand")) != WB_OK)
		return st;
	return prep_children(imp, 2, "vacancy_instrument", "vacancy_id",
	    "instrument");
}

static enum wb_status
vacancy_store(struct importer *imp, struct ival *v, int *created)
{
	sqlite3_stmt	*s;
	long long	 employer, id;
	enum wb_status	 st;
	char		 key[512];
	int		 am = col(imp, "account_manager");

	if ((st = find_employer(imp, S_EXTRA1, v[2].text, v[5].text,
	    &employer)) != WB_OK)
		return st;
	if (employer == 0) {
		s = stmt(imp, S_EXTRA2);
		import_name_key(v[2].text, key, sizeof(key));
		sqlite3_bind_text(s, 1, v[2].text, -1, SQLITE_STATIC);
		sqlite3_bind_text(s, 2, key, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(s, 3, v[5].text, -1, SQLITE_STATIC);
		sqlite3_bind_int64(s, 4, v[1].id);
		if (v[am].known && v[am].id != 0)
			sqlite3_bind_int64(s, 5, v[am].id);
		if ((st = run(imp, s, NULL)) != WB_OK)
			return st;
		employer = sqlite3_last_insert_rowid(db_sqlite(import_db(imp)));
	}
	for (int i = S_INSERT; i <= S_UPDATE; i++)
		sqlite3_bind_int64(stmt(imp, i), sqlite3_bind_parameter_index(
		    stmt(imp, i), ":employer_id"), employer);
	if ((st = upsert(imp, v, &id, created)) != WB_OK ||
	    (st = store_children(imp, 0, id, *created, &v[col(imp, "skills")])) != WB_OK ||
	    (st = store_children(imp, 1, id, *created, &v[col(imp, "demands")])) != WB_OK)
		return st;
	return store_children(imp, 2, id, *created, &v[col(imp, "instruments")]);
}

/* ---- placements ---- */

static const struct import_col placement_cols[] = {
	{ "vacancy_ref", "vacaturenummer", REQ, FT_KEY, NULL, 0, 0 },
	{ "vacancy_partner", "vacature_partner", REQ, FT_PARTNER, NULL, 0, 0 },
	{ "candidate_ref", "kandidaatnummer", REQ, FT_KEY, NULL, 0, 0 },
	{ "candidate_partner", "kandidaat_partner", REQ, FT_PARTNER, NULL, 0,
	    0 },
	{ "start_date", "startdatum", REQ, FT_DATE, NULL, 0, 0 },
	{ "end_date", "einddatum", 0, FT_DATE, NULL, 0, 0 },
	{ "contract", "contract", 0, FT_ENUM, validate_contracts, 0, 0 },
	{ "hours", "uren", 0, FT_REAL, NULL, 0, 48 },
	{ "instruments", "instrumenten", 0, FT_INSTRUMENTS, validate_instruments,
	    0, 0 },
};

static void
placement_check(struct importer *imp, struct ival *v)
{
	if (v[4].known && v[5].known && strcmp(v[5].text, v[4].text) < 0)
		import_error(imp, "end_date", _("%s is before the start date "
		    "%s"), v[5].text, v[4].text);
}

static void
placement_key(struct importer *imp, struct ival *v, char *buf, size_t len)
{
	(void)imp;
	snprintf(buf, len, "%lld/%s %lld/%s %s", v[1].id, v[0].text, v[3].id,
	    v[2].text, v[4].text);
}

static enum wb_status
placement_prepare(struct importer *imp)
{
	enum wb_status	st;

	if ((st = prep(imp, S_EXTRA1, "SELECT id FROM vacancy WHERE "
	    "partner_id = :vacancy_partner AND ref = :vacancy_ref")) != WB_OK ||
	    (st = prep(imp, S_EXTRA2, "SELECT id FROM candidate WHERE "
	    "partner_id = :candidate_partner AND ref = :candidate_ref")) !=
	    WB_OK ||
	    (st = prep(imp, S_FIND, "SELECT p.id FROM placement p "
	    "JOIN vacancy v ON v.id = p.vacancy_id "
	    "JOIN candidate c ON c.id = p.candidate_id "
	    "WHERE v.partner_id = :vacancy_partner AND v.ref = :vacancy_ref "
	    "AND c.partner_id = :candidate_partner AND c.ref = :candidate_ref "
	    "AND p.start_date = :start_date")) != WB_OK ||
	    (st = prep(imp, S_INSERT, "INSERT INTO placement (vacancy_id, "
	    "candidate_id, person_no, partner_id, target_group, "
	    "municipality_code, start_date, end_date, contract, hours) "
	    "SELECT v.id, c.id, c.id, c.partner_id, c.target_group, "
	    "p4.municipality_code, :start_date, :end_date, :contract, :hours "
	    "FROM vacancy v, candidate c JOIN pc4 p4 ON p4.code = c.pc4 "
	    "WHERE v.partner_id = :vacancy_partner AND v.ref = :vacancy_ref "
	    "AND c.partner_id = :candidate_partner AND c.ref = :candidate_ref"))
	    != WB_OK ||
	    (st = prep(imp, S_UPDATE, "UPDATE placement SET "
	    "end_date = iif(:has_end_date, :end_date, end_date), "
	    "contract = iif(:has_contract, :contract, contract), "
	    "hours = iif(:has_hours, :hours, hours), "
	    "version = version + 1, updated_at = datetime('now') "
	    "WHERE id = :id")) != WB_OK)
		return st;
	return prep_children(imp, 0, "placement_instrument", "placement_id",
	    "instrument, percentage");
}

static enum wb_status
placement_store(struct importer *imp, struct ival *v, int *created)
{
	long long	vid, cid, id;
	enum wb_status	st;

	import_bind(imp, stmt(imp, S_EXTRA1), v);
	if ((st = run(imp, stmt(imp, S_EXTRA1), &vid)) != WB_OK)
		return st;
	import_bind(imp, stmt(imp, S_EXTRA2), v);
	if ((st = run(imp, stmt(imp, S_EXTRA2), &cid)) != WB_OK)
		return st;
	if (vid == 0)
		import_error(imp, "vacancy_ref", _("no vacancy '%s' of this "
		    "partner (import the vacancies first)"), v[0].text);
	if (cid == 0)
		import_error(imp, "candidate_ref", _("no candidate '%s' of this "
		    "partner (import the candidates first)"), v[2].text);
	if (vid == 0 || cid == 0)
		return WB_INVALID;
	if ((st = upsert(imp, v, &id, created)) != WB_OK)
		return st;
	return store_children(imp, 0, id, *created, &v[col(imp, "instruments")]);
}

/* ---- employer ratings ---- */

static const struct import_col rating_cols[] = {
	{ "employer", "werkgever|bedrijf", REQ, FT_TEXT, NULL, 0, 0 },
	{ "postcode", "postcode", REQ, FT_POSTCODE, NULL, 0, 0 },
	{ "date", "datum", REQ, FT_DATE, NULL, 0, 0 },
	{ "score", "cijfer|rapportcijfer", REQ, FT_INT, NULL, 0, 10 },
	{ "nps", "aanbeveling|aanbevelingscijfer|nps_score", 0, FT_INT, NULL,
	    0, 10 },
	{ "comment", "opmerking|toelichting|commentaar", 0, FT_MULTILINE, NULL,
	    0, 0 },
	{ "by", "afgenomen_door|medewerker", 0, FT_LOGIN, NULL, 0, 0 },
};

/* A rating is given on a day that has come (rating.h). */
static void
rating_check(struct importer *imp, struct ival *v)
{
	if (v[2].known && strcmp(v[2].text, import_today(imp)) > 0)
		import_error(imp, "date", _("%s is after today: a rating is "
		    "given on a day that has come"), v[2].text);
}

static void
rating_key(struct importer *imp, struct ival *v, char *buf, size_t len)
{
	char	key[400];

	(void)imp;
	import_name_key(v[0].text, key, sizeof(key));
	snprintf(buf, len, "%s@%s %s", key, v[1].text, v[2].text);
}

static enum wb_status
rating_prepare(struct importer *imp)
{
	enum wb_status	st;

	if ((st = prep(imp, S_EXTRA1, import_find_employer_sql)) != WB_OK ||
	    (st = prep(imp, S_FIND, "SELECT id FROM employer_rating WHERE "
	    "employer_id = :employer_id AND rated_on = :date")) != WB_OK ||
	    (st = prep(imp, S_INSERT, "INSERT INTO employer_rating "
	    "(employer_id, rated_on, score, nps, comment, by_user_id) VALUES "
	    "(:employer_id, :date, :score, :nps, :comment, :by)")) != WB_OK)
		return st;
	return prep(imp, S_UPDATE, "UPDATE employer_rating SET score = :score, "
	    "nps = iif(:has_nps, :nps, nps), "
	    "comment = iif(:has_comment, :comment, comment), "
	    "by_user_id = iif(:has_by, :by, by_user_id) WHERE id = :id");
}

static enum wb_status
rating_store(struct importer *imp, struct ival *v, int *created)
{
	long long	employer, id;
	enum wb_status	st;

	if ((st = find_employer(imp, S_EXTRA1, v[0].text, v[1].text,
	    &employer)) != WB_OK)
		return st;
	if (employer == 0) {
		import_error(imp, "employer", _("no employer '%s' at %s (import "
		    "the employers first)"), v[0].text, v[1].text);
		return WB_INVALID;
	}
	for (int i = S_FIND; i <= S_UPDATE; i++)
		sqlite3_bind_int64(stmt(imp, i), sqlite3_bind_parameter_index(
		    stmt(imp, i), ":employer_id"), employer);
	return upsert(imp, v, &id, created);
}

#define COLS(a)	.cols = a, .ncols = sizeof(a) / sizeof(a[0])

static const char *const candidate_tables[] = { "candidate",
    "candidate_occupation", "candidate_skill", "candidate_restriction",
    "candidate_transport", NULL };
static const char *const vacancy_tables[] = { "vacancy", "vacancy_skill",
    "vacancy_demand", "vacancy_instrument", NULL };

const struct import_kind import_kinds[] = {
	{ .name = "partners", COLS(partner_cols), .check = partner_check,
	  .key = partner_key, .prepare = partner_prepare,
	  .store = partner_store, .insert_first = 1 },
	{ .name = "employers", COLS(employer_cols), .key = employer_key,
	  .prepare = employer_prepare, .store = employer_store,
	  .insert_first = 1 },
	{ .name = "candidates", COLS(candidate_cols), .check = candidate_check,
	  .key = partner_ref_key, .prepare = candidate_prepare,
	  .store = candidate_store, .insert_first = 1,
	  .bulk_tables = candidate_tables, .search = "candidate" },
	{ .name = "vacancies", COLS(vacancy_cols), .check = vacancy_check,
	  .key = partner_ref_key, .prepare = vacancy_prepare,
	  .store = vacancy_store, .insert_first = 1,
	  .bulk_tables = vacancy_tables, .search = "vacancy" },
	{ .name = "placements", COLS(placement_cols), .check = placement_check,
	  .key = placement_key, .prepare = placement_prepare,
	  .store = placement_store },
	{ .name = "ratings", COLS(rating_cols), .check = rating_check,
	  .key = rating_key,
	  .prepare = rating_prepare, .store = rating_store },
	{ .name = "contacts", .cols = import_contact_cols,
	  .ncols = IMPORT_CONTACT_NCOLS, .check = import_contact_check,
	  .key = import_contact_key, .prepare = import_contact_prepare,
	  .store = import_contact_store },
	{ .name = NULL },
};
