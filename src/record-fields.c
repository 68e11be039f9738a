/*
 * record-fields.c: the fields of vacancies, candidates and employers as
 * the forms and the CLI name them (see record.h): each field names an
 * import column, whose type, limits and word list it takes; a field is
 * found by its name, the import's (Dutch) column names or its label.
 * record.c reads and writes the records.
 */
#include "werkbank/record.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "import-internal.h"
#include "record-internal.h"
#include "werkbank/i18n.h"
#include "werkbank/vocab.h"

/* Name, label; the rest is filled from the import's column table. */
static struct record_field vacancy_fields_[] = {
	{ "ref", N_("Reference"), 0, 0, 1, 0, NULL, 0, 0, 0 },
	{ "partner", N_("Partner"), 0, 0, 1, 0, NULL, 0, 0, 0 },
	{ "employer", N_("Employer"), 0, 0, 0, 0, NULL, 0, 0, 0 },
	{ "title", N_("Job title"), 0, 0, 0, 0, NULL, 0, 0, 0 },
	{ "occupation", N_("Occupation"), 0, 0, 0, 0, NULL, 0, 0, 0 },
	{ "postcode", N_("Postcode"), 0, 0, 0, 0, NULL, 0, 0, 0 },
	{ "positions", N_("Positions"), 0, 0, 0, 0, NULL, 0, 0, 0 },
	{ "hours_min", N_("Hours from"), 0, 0, 0, 0, NULL, 0, 0, 0 },
	{ "hours_max", N_("Hours up to"), 0, 0, 0, 0, NULL, 0, 0, 0 },
	{ "education_min", N_("Education (minimum)"), 0, 0, 0, 0, NULL, 0, 0, 0 },
	{ "dutch_level_min", N_("Dutch (minimum)"), 0, 0, 0, 0, NULL, 0, 0, 0 },
	{ "driving_licence", N_("Driving licence"), 0, 0, 0, 0, NULL, 0, 0, 0 },
	{ "skills", N_("Skills"), 0, 0, 0, 0, NULL, 0, 0, 0 },
	{ "demands", N_("Demands"), 0, 0, 0, 0, NULL, 0, 0, 0 },
	{ "job_agreement", N_("Job agreement"), 0, 0, 0, 0, NULL, 0, 0, 0 },
	{ "sheltered", N_("Sheltered work"), 0, 0, 0, 0, NULL, 0, 0, 0 },
	{ "instruments", N_("Instruments"), 0, 0, 0, 0, NULL, 0, 0, 0 },
	{ "collected_on", N_("Collected on"), 0, 0, 0, 0, NULL, 0, 0, 0 },
	{ "deadline", N_("Deadline"), 0, 0, 0, 0, NULL, 0, 0, 0 },
	{ "start_date", N_("Start date"), 0, 0, 0, 0, NULL, 0, 0, 0 },
	{ "account_manager", N_("Account manager"), 0, 0, 0, 0, NULL, 0, 0, 0 },
	{ "status", N_("Status"), 0, 0, 0, 1, NULL, 0, 0, 0 },
	{ "description", N_("Description"), 0, 0, 0, 0, NULL, 0, 0, 0 },
};

static struct record_field candidate_fields_[] = {
	{ "ref", N_("Reference"), 0, 0, 1, 0, NULL, 0, 0, 0 },
	{ "partner", N_("Partner"), 0, 0, 1, 0, NULL, 0, 0, 0 },
	{ "first_name", N_("First name"), 0, 0, 0, 0, NULL, 0, 0, 0 },
	{ "last_name", N_("Last name"), 0, 0, 0, 0, NULL, 0, 0, 0 },
	{ "postcode", N_("Postcode"), 0, 0, 0, 0, NULL, 0, 0, 0 },
	{ "target_group", N_("Target group"), 0, 0, 0, 0, NULL, 0, 0, 0 },
	{ "job_agreement", N_("Job agreement"), 0, 0, 0, 0, NULL, 0, 0, 0 },
	{ "occupations", N_("Occupations"), 0, 0, 0, 0, NULL, 0, 0, 0 },
	{ "skills", N_("Skills"), 0, 0, 0, 0, NULL, 0, 0, 0 },
	{ "education", N_("Education"), 0, 0, 0, 0, NULL, 0, 0, 0 },
	{ "dutch_level", N_("Dutch"), 0, 0, 0, 0, NULL, 0, 0, 0 },
	{ "hours_min", N_("Hours from"), 0, 0, 0, 0, NULL, 0, 0, 0 },
	{ "hours_max", N_("Hours up to"), 0, 0, 0, 0, NULL, 0, 0, 0 },
	{ "available_from", N_("Available from"), 0, 0, 0, 0, NULL, 0, 0, 0 },
	{ "driving_licence", N_("Driving licence"), 0, 0, 0, 0, NULL, 0, 0, 0 },
	{ "transport", N_("Transport"), 0, 0, 0, 0, NULL, 0, 0, 0 },
	{ "max_travel_km", N_("Maximum travel (km)"), 0, 0, 0, 0, NULL, 0, 0, 0 },
	{ "restrictions", N_("Restrictions"), 0, 0, 0, 0, NULL, 0, 0, 0 },
	{ "consent", N_("Consent to share"), 0, 0, 0, 0, NULL, 0, 0, 0 },
	{ "consultant", N_("Consultant"), 0, 0, 0, 0, NULL, 0, 0, 0 },
	{ "status", N_("Status"), 0, 0, 0, 0, NULL, 0, 0, 0 },
	{ "phone", N_("Phone"), 0, 0, 0, 0, NULL, 0, 0, 0 },
	{ "email", N_("E-mail"), 0, 0, 0, 0, NULL, 0, 0, 0 },
};

static struct record_field employer_fields_[] = {
	{ "name", N_("Name"), 0, 0, 0, 0, NULL, 0, 0, 0 },
	{ "postcode", N_("Postcode"), 0, 0, 0, 0, NULL, 0, 0, 0 },
	{ "ref", N_("Reference"), 0, 0, 0, 0, NULL, 0, 0, 0 },
	{ "partner", N_("Partner"), 0, 0, 0, 0, NULL, 0, 0, 0 },
	{ "account_manager", N_("Account manager"), 0, 0, 0, 0, NULL, 0, 0, 0 },
	{ "sector", N_("Sector"), 0, 0, 0, 0, NULL, 0, 0, 0 },
};

#define N(a)	(sizeof(a) / sizeof(a[0]))

static struct kind_info kinds[REC_NKINDS] = {
	[REC_VACANCY] = { "vacancy", "vacancies", vacancy_fields_,
	    N(vacancy_fields_), PERM_VACANCIES,
	    "SELECT v.ref AS ref, p.code AS partner, e.name AS employer, "
	    "v.title AS title, v.isco_code AS occupation, v.pc4 AS postcode, "
	    "v.positions AS positions, v.hours_min AS hours_min, "
	    "v.hours_max AS hours_max, v.education_min AS education_min, "
	    "v.dutch_level_min AS dutch_level_min, "
	    "v.driving_licence AS driving_licence, "
	    "(SELECT group_concat(skill, '|') FROM (SELECT skill FROM "
	    "vacancy_skill WHERE vacancy_id = v.id ORDER BY skill)) AS skills, "
	    "(SELECT group_concat(demand, '|') FROM (SELECT demand FROM "
	    "vacancy_demand WHERE vacancy_id = v.id ORDER BY demand)) "
	    "AS demands, v.job_agreement AS job_agreement, "
	    "v.sheltered AS sheltered, "
	    "(SELECT group_concat(instrument, '|') FROM (SELECT instrument FROM "
	    "vacancy_instrument WHERE vacancy_id = v.id ORDER BY instrument)) "
	    "AS instruments, v.collected_on AS collected_on, "
	    "v.deadline AS deadline, v.start_date AS start_date, "
	    "u.login AS account_manager, v.status AS status, "
	    "v.description AS description, v.version AS version, "
	    "v.partner_id AS partner_id, 1 AS vis_consent "
	    "FROM vacancy v JOIN partner p ON p.id = v.partner_id "
	    "JOIN employer e ON e.id = v.employer_id "
	    "LEFT JOIN app_user u ON u.id = v.account_manager_id "
	    "WHERE v.id = ?1" },
	[REC_CANDIDATE] = { "candidate", "candidates", candidate_fields_,
	    N(candidate_fields_), PERM_CANDIDATES,
	    "SELECT c.ref AS ref, p.code AS partner, "
	    "c.first_name AS first_name, c.last_name AS last_name, "
	    "c.pc4 AS postcode, c.target_group AS target_group, "
	    "c.job_agreement AS job_agreement, "
	    "(SELECT group_concat(o, '|') FROM (SELECT isco_code || "
	    "coalesce(':' || years, '') AS o FROM candidate_occupation "
	    "WHERE candidate_id = c.id ORDER BY isco_code)) AS occupations, "
	    "(SELECT group_concat(skill, '|') FROM (SELECT skill FROM "
	    "candidate_skill WHERE candidate_id = c.id ORDER BY skill)) "
	    "AS skills, c.education_key AS education, "
	    "c.dutch_level AS dutch_level, c.hours_min AS hours_min, "
	    "c.hours_max AS hours_max, c.available_from AS available_from, "
	    "c.driving_licence AS driving_licence, "
	    "(SELECT group_concat(mode, '|') FROM (SELECT mode FROM "
	    "candidate_transport WHERE candidate_id = c.id ORDER BY mode)) "
	    "AS transport, c.max_travel_km AS max_travel_km, "
	    "(SELECT group_concat(restriction, '|') FROM (SELECT restriction "
	    "FROM candidate_restriction WHERE candidate_id = c.id ORDER BY "
	    "restriction)) AS restrictions, c.consent AS consent, "
	    "u.login AS consultant, c.status AS status, c.phone AS phone, "
	    "c.email AS email, c.version AS version, "
	    "c.partner_id AS partner_id, c.consent AS vis_consent "
	    "FROM candidate c JOIN partner p ON p.id = c.partner_id "
	    "LEFT JOIN app_user u ON u.id = c.consultant_id "
	    "WHERE c.id = ?1" },
	[REC_EMPLOYER] = { "employer", "employers", employer_fields_,
	    N(employer_fields_), PERM_VACANCIES,
	    "SELECT e.name AS name, e.pc4 AS postcode, e.ref AS ref, "
	    "p.code AS partner, u.login AS account_manager, "
	    "e.sector AS sector, e.version AS version, "
	    "0 AS partner_id, 1 AS vis_consent "
	    "FROM employer e LEFT JOIN partner p ON p.id = e.partner_id "
	    "LEFT JOIN app_user u ON u.id = e.account_manager_id "
	    "WHERE e.id = ?1" },
};

static const enum record_vtype vtype_of[] = {
	[FT_TEXT] = RV_TEXT, [FT_MULTILINE] = RV_MULTILINE, [FT_KEY] = RV_KEY,
	[FT_ENUM] = RV_ENUM, [FT_ENUMS] = RV_ENUMS, [FT_TAGS] = RV_TAGS,
	[FT_BOOL] = RV_BOOL, [FT_INT] = RV_INT, [FT_REAL] = RV_REAL,
	[FT_DATE] = RV_DATE, [FT_POSTCODE] = RV_POSTCODE,
	[FT_ISCO] = RV_OCCUPATION, [FT_OCCUPATIONS] = RV_OCCUPATIONS,
	[FT_INSTRUMENTS] = RV_INSTRUMENTS, [FT_EDUCATION] = RV_EDUCATION,
	[FT_CEFR] = RV_LANGUAGE, [FT_PARTNER] = RV_PARTNER,
	[FT_LOGIN] = RV_LOGIN, [FT_MUNICIPALITY] = RV_MUNICIPALITY,
	[FT_EMAIL] = RV_EMAIL, [FT_PHONE] = RV_PHONE, [FT_LICENCE] = RV_BOOL,
};

/* The import column of a field (every field is one). */
const struct import_col *
record_import_column(const struct kind_info *k, const char *name)
{
	const struct import_kind	*ik = import_kind_find(k->import);
	size_t				 i;

	for (i = 0; ik != NULL && i < ik->ncols; i++)
		if (strcmp(ik->cols[i].name, name) == 0)
			return &ik->cols[i];
	return NULL;
}

/* Types, limits and required from the import's table, once. */
const struct kind_info *
record_kind_info(enum rec_kind kind)
{
	static int	 filled;
	size_t		 i, j;

	if (!filled) {
		for (i = 0; i < REC_NKINDS; i++)
			for (j = 0; j < kinds[i].nfields; j++) {
				struct record_field	*f = &kinds[i].fields[j];
				const struct import_col	*c;

				if ((c = record_import_column(&kinds[i], f->name)) ==
				    NULL)
					continue;
				f->type = vtype_of[c->type];
				f->required = (c->flags & COL_REQUIRED) != 0;
				f->values = c->values;
				f->min = c->min;
				f->max = c->max;
				f->vocab = c->type == FT_EDUCATION ?
				    VOCAB_EDUCATION : c->type == FT_CEFR ?
				    VOCAB_LANGUAGE : c->type == FT_BOOL ?
				    VOCAB_YESNO : c->type == FT_LICENCE ?
				    VOCAB_LICENCE : vocab_set_of(c->values);
			}
		filled = 1;
	}
	return (unsigned)kind < REC_NKINDS ? &kinds[kind] : NULL;
}

const char *
record_kind_name(enum rec_kind kind)
{
	return (unsigned)kind < REC_NKINDS ? kinds[kind].name : "?";
}

enum wb_status
record_kind_parse(const char *s, enum rec_kind *out)
{
	int	i;

	for (i = 0; i < REC_NKINDS; i++)
		if (s != NULL && strcmp(s, kinds[i].name) == 0) {
			*out = (enum rec_kind)i;
			return WB_OK;
		}
	return WB_INVALID;
}

const struct record_field *
record_fields(enum rec_kind kind, size_t *n)
{
	const struct kind_info	*k = record_kind_info(kind);

	*n = k != NULL ? k->nfields : 0;
	return k != NULL ? k->fields : NULL;
}

/* Lower-cased without spaces, underscores, hyphens: as the header. */
int
record_same_name(const char *a, const char *b, size_t blen)
{
	for (;;) {
		while (*a != '\0' && strchr(" _-.", *a) != NULL)
			a++;
		while (blen > 0 && strchr(" _-.", *b) != NULL) {
			b++;
			blen--;
		}
		if (*a == '\0' || blen == 0)
			return *a == '\0' && blen == 0;
		if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
			return 0;
		a++;
		b++;
		blen--;
	}
}

/* A field by its name or one of the import's (Dutch) column names. */
int
record_field_index_named(const struct kind_info *k, const char *name)
{
	const struct import_col	*c;
	const char		*a, *bar;
	size_t			 i;

	for (i = 0; i < k->nfields; i++)
		if (record_same_name(name, k->fields[i].name,
		    strlen(k->fields[i].name)))
			return (int)i;
	for (i = 0; i < k->nfields; i++) {
		if ((c = record_import_column(k, k->fields[i].name)) == NULL)
			continue;
		for (a = c->aliases; a != NULL && *a != '\0';
		    a = bar ? bar + 1 : NULL) {
			bar = strchr(a, '|');
			if (record_same_name(name, a, bar ? (size_t)(bar - a) :
			    strlen(a)))
				return (int)i;
		}
	}
	return -1;
}

/* ... or by the form's label, in English or in the user's language. */
int
record_field_index(const struct kind_info *k, const char *name)
{
	size_t	i;
	int	fi;

	if ((fi = record_field_index_named(k, name)) >= 0)
		return fi;
	for (i = 0; i < k->nfields; i++) {
		const char *l = k->fields[i].label, *tl = _(l);

		if (record_same_name(name, l, strlen(l)) ||
		    record_same_name(name, tl, strlen(tl)))
			return (int)i;
	}
	return -1;
}

const struct record_field *
record_field(enum rec_kind kind, const char *name)
{
	const struct kind_info	*k = record_kind_info(kind);
	int			 i;

	if (k == NULL || (i = record_field_index(k, name)) < 0)
		return NULL;
	return &k->fields[i];
}

const char *
record_field_label(enum rec_kind kind, const char *name)
{
	const struct record_field	*f = record_field(kind, name);

	return f != NULL ? _(f->label) : NULL;
}

char *
record_change_shown(enum rec_kind kind, const struct audit_entry *a,
    int labels, char *buf, size_t len)
{
	const struct record_field	*f;
	const char			*p, *end, *note;
	char				 name[64], status[32];
	size_t				 o = 0, n;

	if (len == 0)
		return buf;
	buf[0] = '\0';
	if (strncmp(a->detail, "fields=", 7) == 0) {
		o = (size_t)snprintf(buf, len, "%s", _("changed: "));
		/* The names up to a blank (employer_transfer adds "from=
		 * to=" after it). */
		for (p = a->detail + 7; *p != '\0' && *p != ' ' && o < len;
		    p = end) {
			end = p + strcspn(p, ", ");
			n = (size_t)(end - p);
			snprintf(name, sizeof(name), "%.*s", (int)n, p);
			f = record_field(kind, name);
			o += (size_t)snprintf(buf + o, len - o, "%s%s",
			    p > a->detail + 7 ? ", " : "", f == NULL ? name :
			    labels ? _(f->label) : f->name);
			if (*end == ',')
				end++;
		}
	} else if (strncmp(a->detail, "status=", 7) == 0) {
		snprintf(status, sizeof(status), "%.*s",
		    (int)strcspn(a->detail + 7, " "), a->detail + 7);
		note = strstr(a->detail, " note=");
		snprintf(buf, len, note != NULL ? _("status %s: %s") :
		    _("status %s"), vocab_word(kind == REC_CANDIDATE ?
		    VOCAB_CANDIDATE_STATUS : VOCAB_VACANCY_STATUS, status),
		    note != NULL ? note + 6 : "");
	} else if (strcmp(a->action, "create") == 0)
		snprintf(buf, len, "%s", _("entered"));
	else
		snprintf(buf, len, "%s %s", a->action, a->detail);
	return buf;
}

int
record_check_ref(struct db *db, const char *ref, char *msg, size_t len)
{
	const char	*slash = strchr(ref, '/');
	sqlite3_stmt	*stmt;
	int		 found;

	msg[0] = '\0';
	if (slash == NULL || slash == ref || slash - ref > 8 ||
	    db_prepare(db, "SELECT 1 FROM partner WHERE code = upper(?1)",
	    &stmt) != WB_OK)
		return 0;
	sqlite3_bind_text(stmt, 1, ref, (int)(slash - ref), SQLITE_TRANSIENT);
	found = sqlite3_step(stmt) == SQLITE_ROW;
	sqlite3_finalize(stmt);
	if (!found)
		return 0;
	snprintf(msg, len, _("give the reference without the partner in front "
	    "(%s, not %s): the partner is a field of its own"), slash + 1, ref);
	return 1;
}

/*
 * A candidate's occupations as people read them: "Verkopers (5223):5,5
 * | Vakkenvullers (9334)", each group's Dutch title with its code and
 * years; record.c takes the code in brackets back (walk-through: the
 * form showed 5223:5,5|6113:4,5|9334).
 */
void
record_occupations_shown(struct db *db, const char *codes, char *out, size_t len)
{
	sqlite3_stmt	*stmt = NULL;
	const char	*p, *bar, *colon, *title;
	size_t		 o = 0, cl;

	out[0] = '\0';
	/* Each group's title straight from the ISCO table. */
	if (db_prepare(db, "SELECT title_nl FROM isco_group WHERE code = ?1",
	    &stmt) != WB_OK)
		stmt = NULL;
	for (p = codes; p != NULL && *p != '\0' && o < len;
	    p = bar != NULL ? bar + 1 : NULL) {
		bar = strchr(p, '|');
		colon = strchr(p, ':');
		if (colon != NULL && bar != NULL && colon > bar)
			colon = NULL;
		cl = (size_t)((colon != NULL ? colon : bar != NULL ? bar :
		    p + strlen(p)) - p);
		title = NULL;
		if (stmt != NULL) {
			sqlite3_reset(stmt);
			sqlite3_bind_text(stmt, 1, p, (int)cl, SQLITE_STATIC);
			if (sqlite3_step(stmt) == SQLITE_ROW)
				title = db_column_text(stmt, 0);
		}
		if (title != NULL && *title != '\0')
			o += (size_t)snprintf(out + o, len - o, "%s%s (%.*s)",
			    o > 0 ? " | " : "", title, (int)cl, p);
		else
			o += (size_t)snprintf(out + o, len - o, "%s%.*s",
			    o > 0 ? " | " : "", (int)cl, p);
		if (colon != NULL && o < len)
			o += (size_t)snprintf(out + o, len - o, "%.*s",
			    (int)((bar != NULL ? bar : colon + strlen(colon)) -
			    colon), colon);
	}
	sqlite3_finalize(stmt);
	if (o >= len)	/* too long to show so: the codes as stored */
		snprintf(out, len, "%s", codes);
}
