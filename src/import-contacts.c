/*
 * import-contacts.c: `werkbank import contacts FILE`, the contacts with
 * employers from partners' CRM exports (werkbank(5)): the columns, the
 * checks of contact.h (a contact that has happened; its next contact
 * not before it), and the store: the employer by name + PC4, the contact
 * person by name (a new one added, with the function, phone and e-mail
 * the file gives), the tags as contact.h reads them.  The same employer,
 * day, type and team member is one contact: importing a file again
 * updates it.
 */
#include <stdio.h>
#include <string.h>

#include "contact-int.h"
#include "import-internal.h"
#include "werkbank/i18n.h"
#include "werkbank/validate.h"

#define REQ	COL_REQUIRED

enum { C_EMPLOYER, C_POSTCODE, C_DATE, C_TYPE, C_BY, C_WITH, C_FUNCTION,
	C_PHONE, C_EMAIL, C_NOTE, C_AGREED, C_NEXT, C_TAGS };

const struct import_col import_contact_cols[IMPORT_CONTACT_NCOLS] = {
	[C_EMPLOYER] = { "employer", "werkgever|bedrijf|relatie|organisatienaam",
	    REQ, FT_TEXT, NULL, 0, 0 },
	[C_POSTCODE] = { "postcode", "postcode", REQ, FT_POSTCODE, NULL, 0, 0 },
	[C_DATE] = { "date", "datum|contactdatum", REQ, FT_DATE, NULL, 0, 0 },
	[C_TYPE] = { "type", "soort|contactvorm|contactsoort", REQ, FT_ENUM,
	    validate_contact_types, 0, 0 },
	[C_BY] = { "by", "medewerker|accountmanager|door", 0, FT_LOGIN, NULL, 0,
	    0 },
	[C_WITH] = { "with", "contactpersoon|gesproken_met", 0, FT_TEXT, NULL,
	    0, 0 },
	[C_FUNCTION] = { "with_function", "functie|functie_contactpersoon", 0,
	    FT_TEXT, NULL, 0, 0 },
	[C_PHONE] = { "with_phone", "telefoon|telefoon_contactpersoon", 0,
	    FT_PHONE, NULL, 0, 0 },
	[C_EMAIL] = { "with_email", "e-mail|email|e-mail_contactpersoon", 0,
	    FT_EMAIL, NULL, 0, 0 },
	[C_NOTE] = { "note", "notitie|verslag|omschrijving", 0, FT_MULTILINE,
	    NULL, 0, 0 },
	[C_AGREED] = { "agreed", "afspraken|gemaakte_afspraken|actie", 0,
	    FT_MULTILINE, NULL, 0, 0 },
	[C_NEXT] = { "next", "vervolgdatum|volgend_contact|vervolgafspraak", 0,
	    FT_DATE, NULL, 0, 0 },
	[C_TAGS] = { "tags", "signalen|onderwerpen|trefwoorden", 0, FT_TAGS,
	    NULL, 0, 0 },
};

/* Statement slots of this kind. */
enum { S_EMPLOYER, S_FIND, S_INSERT, S_UPDATE, S_TAG_DEL, S_TAG_INS,
	S_PERSON_UPD };

void
import_contact_check(struct importer *imp, struct ival *v)
{
	char	tag[CONTACT_TAG_LEN + 1], err[VERR];
	size_t	i;

	if (v[C_DATE].known && strcmp(v[C_DATE].text, import_today(imp)) > 0)
		import_error(imp, "date", _("%s is after today: log a contact "
		    "once it has happened, and the one agreed as its next "
		    "contact"), v[C_DATE].text);
	if (v[C_DATE].known && v[C_NEXT].known &&
	    strcmp(v[C_NEXT].text, v[C_DATE].text) < 0)
		import_error(imp, "next", _("%s is before the contact itself"),
		    v[C_NEXT].text);
	if (!v[C_WITH].known && (v[C_FUNCTION].known || v[C_PHONE].known ||
	    v[C_EMAIL].known))
		import_error(imp, "with", "%s", _("required with the contact "
		    "person's function, phone or e-mail"));
	if (v[C_WITH].known && validate_text(v[C_WITH].text, 0, 120, err) !=
	    WB_OK)
		import_error(imp, "with", "%s", err);
	for (i = 0; i < v[C_TAGS].nitems; i++) {
		if (contact_tag_parse(v[C_TAGS].items[i], tag, err) != WB_OK) {
			import_error(imp, "tags", "%s", err);
			continue;
		}
		/* The code of a word of the set ("tekort" is krapte). */
		v[C_TAGS].items[i] = import_row_strdup(imp, tag, strlen(tag));
	}
}

void
import_contact_key(struct importer *imp, struct ival *v, char *buf,
    size_t len)
{
	char	key[400];

	(void)imp;
	import_name_key(v[C_EMPLOYER].text, key, sizeof(key));
	snprintf(buf, len, "%s@%s %s %s %lld", key, v[C_POSTCODE].text,
	    v[C_DATE].text, v[C_TYPE].text, v[C_BY].known ? v[C_BY].id : 0);
}

static enum wb_status
prep(struct importer *imp, int slot, const char *sql)
{
	return db_prepare(import_db(imp), sql, import_stmt(imp, slot));
}

enum wb_status
import_contact_prepare(struct importer *imp)
{
	enum wb_status	st;

	if ((st = prep(imp, S_EMPLOYER, import_find_employer_sql)) != WB_OK ||
	    (st = prep(imp, S_FIND, "SELECT id FROM employer_contact WHERE "
	    "employer_id = :employer_id AND contact_on = :date AND type = "
	    ":type AND by_user_id IS :by ORDER BY id LIMIT 1")) != WB_OK ||
	    (st = prep(imp, S_INSERT, "INSERT INTO employer_contact "
	    "(employer_id, contact_on, type, by_user_id, person_id, note, "
	    "agreed, next_on) VALUES (:employer_id, :date, :type, :by, "
	    ":person_id, :note, :agreed, :next)")) != WB_OK ||
	    (st = prep(imp, S_UPDATE, "UPDATE employer_contact SET "
	    "person_id = iif(:has_with, :person_id, person_id), "
	    "note = iif(:has_note, :note, note), "
	    "agreed = iif(:has_agreed, :agreed, agreed), "
	    "next_on = iif(:has_next, :next, next_on), "
	    "version = version + 1, updated_at = datetime('now') "
	    "WHERE id = :id")) != WB_OK ||
	    (st = prep(imp, S_TAG_DEL, "DELETE FROM contact_tag WHERE "
	    "contact_id = ?1")) != WB_OK ||
	    (st = prep(imp, S_TAG_INS, "INSERT OR IGNORE INTO contact_tag "
	    "(contact_id, tag) VALUES (?1, ?2)")) != WB_OK)
		return st;
	return prep(imp, S_PERSON_UPD, "UPDATE contact_person SET "
	    "function = coalesce(:with_function, function), "
	    "phone = coalesce(:with_phone, phone), "
	    "email = coalesce(:with_email, email), "
	    "version = version + 1, updated_at = datetime('now') "
	    "WHERE id = :id AND (:with_function IS NOT NULL OR :with_phone IS "
	    "NOT NULL OR :with_email IS NOT NULL)");
}

/* Step a bound statement and reset it; the first column into *id. */
static enum wb_status
step(struct importer *imp, int slot, long long *id)
{
	sqlite3_stmt	*s = *import_stmt(imp, slot);
	int		 rc = sqlite3_step(s);

	if (id != NULL)
		*id = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
	sqlite3_reset(s);
	sqlite3_clear_bindings(s);
	if (rc == SQLITE_ROW || rc == SQLITE_DONE)
		return WB_OK;
	return db_fail(import_db(imp), _("storing the row"));
}

static void
bind_id(struct importer *imp, int slot, const char *name, long long id)
{
	sqlite3_stmt	*s = *import_stmt(imp, slot);
	int		 i = sqlite3_bind_parameter_index(s, name);

	if (i > 0 && id != 0)
		sqlite3_bind_int64(s, i, id);
	else if (i > 0)
		sqlite3_bind_null(s, i);
}

/* The row's contact person: found by name, or added. */
static enum wb_status
person(struct importer *imp, struct ival *v, long long employer,
    long long *id)
{
	struct contact_person_set	p;
	enum wb_status			st;

	*id = 0;
	if (!v[C_WITH].known)
		return WB_OK;
	if ((st = contact_person_lookup(import_db(imp), employer,
	    v[C_WITH].text, id)) != WB_OK)
		return st;
	if (*id != 0) {
		import_bind(imp, *import_stmt(imp, S_PERSON_UPD), v);
		bind_id(imp, S_PERSON_UPD, ":id", *id);
		return step(imp, S_PERSON_UPD, NULL);
	}
	memset(&p, 0, sizeof(p));
	p.name = v[C_WITH].text;
	p.function = v[C_FUNCTION].known ? v[C_FUNCTION].text : NULL;
	p.phone = v[C_PHONE].known ? v[C_PHONE].text : NULL;
	p.email = v[C_EMAIL].known ? v[C_EMAIL].text : NULL;
	p.primary = -1;
	return contact_person_insert(import_db(imp), employer, &p, id);
}

enum wb_status
import_contact_store(struct importer *imp, struct ival *v, int *created)
{
	sqlite3_stmt	*s = *import_stmt(imp, S_EMPLOYER);
	enum wb_status	 st;
	long long	 employer, who, id;
	char		 key[512];
	size_t		 i;

	import_name_key(v[C_EMPLOYER].text, key, sizeof(key));
	sqlite3_bind_text(s, 1, key, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(s, 2, v[C_POSTCODE].text, -1, SQLITE_STATIC);
	if ((st = step(imp, S_EMPLOYER, &employer)) != WB_OK)
		return st;
	if (employer == 0) {
		import_error(imp, "employer", _("no employer '%s' at %s (import "
		    "the employers first)"), v[C_EMPLOYER].text,
		    v[C_POSTCODE].text);
		return WB_INVALID;
	}
	if ((st = person(imp, v, employer, &who)) != WB_OK)
		return st;
	import_bind(imp, *import_stmt(imp, S_FIND), v);
	bind_id(imp, S_FIND, ":employer_id", employer);
	if ((st = step(imp, S_FIND, &id)) != WB_OK)
		return st;
	*created = id == 0;
	i = *created ? S_INSERT : S_UPDATE;
	import_bind(imp, *import_stmt(imp, (int)i), v);
	bind_id(imp, (int)i, ":employer_id", employer);
	bind_id(imp, (int)i, ":person_id", who);
	bind_id(imp, (int)i, ":id", id);
	if ((st = step(imp, (int)i, NULL)) != WB_OK)
		return st;
	if (*created)
		id = sqlite3_last_insert_rowid(db_sqlite(import_db(imp)));
	if (!v[C_TAGS].present)
		return WB_OK;
	s = *import_stmt(imp, S_TAG_DEL);
	sqlite3_bind_int64(s, 1, id);
	if ((st = step(imp, S_TAG_DEL, NULL)) != WB_OK)
		return st;
	for (i = 0; i < v[C_TAGS].nitems; i++) {
		s = *import_stmt(imp, S_TAG_INS);
		sqlite3_bind_int64(s, 1, id);
		sqlite3_bind_text(s, 2, v[C_TAGS].items[i], -1, SQLITE_STATIC);
		if ((st = step(imp, S_TAG_INS, NULL)) != WB_OK)
			return st;
	}
	return WB_OK;
}
