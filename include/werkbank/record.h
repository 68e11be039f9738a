/*
 * record.h: entering and editing a vacancy, a candidate or an employer
 * field by field, for the CLI's add/edit commands and the UI's forms.
 *
 * One rule set: the fields are the import's columns (csv.md; the
 * tables in src/import-kinds.c) and every value goes through the
 * importer's parsing and checks (src/import-parse.c, src/validate.c),
 * so a form, a command and a file give the same messages ("hours_max:
 * 60 is outside 0 to 48").  record.c adds only what a person typing
 * needs and a file does not: the occupation picked by a Dutch job title
 * (record_occupation_suggest), a login that must be a werkbank user
 * (an account manager one with role accountmanager), and the record's
 * key fixed once it exists.
 *
 * Writing: record_set is one BEGIN IMMEDIATE transaction with its audit
 * row ("create"/"update", the fields changed).  Optimistic locking: the
 * caller passes the version it read (record_read); when the row has
 * moved on since, the change is refused with WB_STALE, db_error() names
 * the other change (who, when, which fields) and result->stale holds it
 * for a dialog.  Version 0 means "as it is now" (one-shot CLI calls).
 *
 * Rights: PERM_CANDIDATES for candidates (of the user's own partner),
 * PERM_VACANCIES for vacancies and employers; a candidate the user may
 * not see is "not found".  Nothing here prints or waits for input.
 */
#ifndef WERKBANK_RECORD_H
#define WERKBANK_RECORD_H

#include <stddef.h>

#include "werkbank/audit.h"
#include "werkbank/db.h"
#include "werkbank/user.h"
#include "werkbank/vocab.h"

/* (rec_kind: view.h has an enum record_kind of its own.) */
enum rec_kind {
	REC_VACANCY,
	REC_CANDIDATE,
	REC_EMPLOYER,
	REC_NKINDS
};

/* What kind of value a field holds (a form picks its input by it). */
enum record_vtype {
	RV_TEXT,		/* one line */
	RV_MULTILINE,		/* free text with newlines */
	RV_KEY,			/* a reference (ref) */
	RV_ENUM,		/* one of values */
	RV_ENUMS,		/* |-separated values */
	RV_TAGS,		/* |-separated free tags */
	RV_BOOL,		/* ja/nee */
	RV_INT,			/* whole number in [min, max] */
	RV_REAL,		/* number in [min, max] */
	RV_DATE,
	RV_POSTCODE,
	RV_OCCUPATION,		/* ISCO code or a Dutch job title */
	RV_OCCUPATIONS,		/* 5120:3|9412 (code or title, years) */
	RV_INSTRUMENTS,
	RV_EDUCATION,
	RV_LANGUAGE,		/* CEFR A0..C2 */
	RV_PARTNER,		/* partner code */
	RV_LOGIN,		/* a werkbank user's login */
	RV_MUNICIPALITY,
	RV_EMAIL,
	RV_PHONE,
};

struct record_field {
	const char		*name;		/* the import's column name */
	const char		*label;		/* N_(): translate to show */
	enum record_vtype	 type;
	int			 required;	/* needed to create */
	int			 key;		/* given at creation, fixed after */
	int			 readonly;	/* changed elsewhere (status) */
	const char *const	*values;	/* RV_ENUM, RV_ENUMS */
	double			 min, max;	/* RV_INT, RV_REAL */
	enum vocab_set		 vocab;		/* its closed set, or none */
};

/* "vacancy", "candidate", "employer"; and back (WB_INVALID). */
const char	*record_kind_name(enum rec_kind);
enum wb_status	 record_kind_parse(const char *, enum rec_kind *);

/* The fields of a kind, in the import's column order. */
const struct record_field *record_fields(enum rec_kind, size_t *n);
/*
 * A field by its name, one of its Dutch column names or its label (in
 * English or the user's language); NULL if none.
 */
const struct record_field *record_field(enum rec_kind, const char *name);
/* A field's label in the user's language (record_field's names); NULL
 * if there is no such field.  For messages naming the field as the
 * user sees it. */
const char	*record_field_label(enum rec_kind, const char *name);
/*
 * What an audit row of a record says, for people: "changed: Uren
 * vanaf, Functie" (the labels, or with labels 0 the fields' names),
 * "status aangehouden: note", "entered".  Returns buf.
 */
char		*record_change_shown(enum rec_kind, const struct audit_entry *,
		    int labels, char *buf, size_t len);

/*
 * A record named on the command line -> its id: PARTNER/REF (vacancies,
 * candidates, employers with a ref) or NAME@PC4 (employers, csv.md's
 * key).  WB_NOT_FOUND (also for a candidate the user may not see),
 * WB_INVALID for a malformed key; message in db_error().
 */
enum wb_status	 record_find(struct db *, const struct user_ctx *,
		    enum rec_kind, const char *key, long long *id);

/*
 * The record's current values as text, one per field in record_fields
 * order ("" when empty), in the form the field takes them, and its
 * version.  Caller frees with record_values_free.  Reads personal data
 * of a candidate: the caller audits the view where it shows it.
 */
enum wb_status	 record_read(struct db *, const struct user_ctx *,
		    enum rec_kind, long long id, char ***values,
		    long long *version);
void		 record_values_free(char **, enum rec_kind);
/*
 * A value of record_read's as people read it, and may type it back: a
 * closed set's codes as its words in the user's language ("geen zwaar
 * tillen|niet lang staan", "aangehouden", "mbo 2"), 1/0 as ja/nee; any
 * other value as it is.  Returns buf.
 */
char		*record_value_shown(const struct record_field *,
		    const char *value, char *buf, size_t len);

/* One field=value change; value "" empties the field. */
struct record_value {
	const char	*field;
	const char	*value;
};

#define RECORD_MAX_FIELDS	32

struct record_result {
	long long		 id;
	long long		 version;	/* after the change */
	int			 created;
	char			 key[96];	/* PARTNER/REF or NAME@PC4 */
	char			 changed[512];	/* "title, hours_max", as named */
	struct audit_entry	 stale;		/* with WB_STALE */
	/*
	 * With WB_INVALID: why, per field in record_fields order ("" when
	 * it is fine; without the field's name), and what is about no one
	 * field ("name: why").
	 */
	char			 reason[RECORD_MAX_FIELDS][320];
	char			 other[512];
};

/*
 * Create (id 0: the key fields and every required field given) or
 * change (id, version read or 0) a record.  WB_OK with *res filled;
 * WB_INVALID with every bad field in db_error() ("postcode: unknown PC4
 * '9999'; hours_max: ..."), and in res->reason; WB_EXISTS when creating
 * a key that exists; WB_STALE; WB_DENIED; WB_NOT_FOUND.
 *
 * Messages (and res->changed) name a field as the values name it: the
 * form by its label ("Uren vanaf: ..."), a command line as it was
 * typed (hours_min, uren_min); a field not given by its label when the
 * values use labels, else by its name.
 */
enum wb_status	 record_set(struct db *, const struct user_ctx *,
		    enum rec_kind, long long id, long long version,
		    const struct record_value *, size_t n,
		    struct record_result *);
/*
 * record_set without the commit: every check it makes, then nothing
 * written (WB_OK when record_set would store the change).  For a front
 * end that asks a question first (the employer's account manager,
 * employer.h) only about a change that is otherwise fine.
 */
enum wb_status	 record_try(struct db *, const struct user_ctx *,
		    enum rec_kind, long long id, long long version,
		    const struct record_value *, size_t n,
		    struct record_result *);
/*
 * One part of a message of record_set's (and the import's) form,
 * "name: reason; name: reason", where a reason may itself hold "; ":
 * the length of the part at msg; *next is set to the part after it, or
 * NULL after the last.
 */
size_t		 record_error_part(const char *msg, const char **next);
/* 1 when such a part is about field name (it starts with "name:"). */
int		 record_error_of(const char *part, const char *name);

/*
 * One field's value checked as record_set checks it (the import's
 * parsing and validators, a login, a job title), without the checks
 * between fields and without writing: WB_OK, or WB_INVALID with the
 * same message ("hours_max: 60 is outside 0 to 48", the field named as
 * given) in err.  For a form's field check as the user leaves the field.
 */
enum wb_status	 record_check(struct db *, enum rec_kind, const char *field,
		    const char *value, char *err, size_t errlen);

/* One way to read a typed job title (record_occupation_suggest). */
struct occupation_suggestion {
	char	isco[5];	/* the ISCO-08 unit group */
	char	label[160];	/* the title or label that matched (Dutch) */
	char	group[160];	/* the ISCO group's Dutch title */
	char	kind[8];	/* "title" (werkbank's job titles), "esco",
				 * "alt" (ESCO alternative label), "isco" */
	int	ambiguous;	/* one of several groups the title fits
				 * equally well: ask, do not pick */
};

/*
 * A list of occupations as stored ("5223:5,5|9334") as people read it:
 * "Verkopers (5223):5,5 | Vakkenvullers (9334)", each group's Dutch title
 * with its code and years, into out; record_set takes the code in
 * brackets back.  Too long for out: the codes as given.
 */
void	record_occupations_shown(struct db *, const char *codes, char *out,
	    size_t len);


/*
 * The ISCO-08 unit groups a typed Dutch job title may mean, best first,
 * each group once (src/occupation.c has the rules): werkbank's table of
 * everyday job titles (fixtures/reference/job_titles_nl.csv) by the
 * whole title, then by its words, then as far as it is typed, then
 * ESCO's preferred and alternative labels and the ISCO titles that
 * start with the typed words.  Case, diacritics, word order
 * (medewerker productie = productiemedewerker), feminine forms
 * (kapster), and words that say nothing of the job (m/v, parttime,
 * 32 uur, junior, allround, leerling, 1e) do not matter.  When the
 * title fits several groups equally (monteur, chauffeur), those come
 * first with ambiguous set.  A typed 4-digit code gives that ISCO
 * group.  At most max; *n found.
 */
enum wb_status	 record_occupation_suggest(struct db *, const char *typed,
		    struct occupation_suggestion *out, size_t max, size_t *n);
/*
 * The ISCO code for a typed title (record_occupation_suggest's first
 * suggestion): WB_OK when it is not ambiguous; else WB_INVALID with err
 * naming the choices ("'monteur' may mean several occupations: 7231
 * automonteur, ...") or saying that no occupation fits.  The import,
 * the forms and the add/edit commands use it for a title given instead
 * of a code.
 */
enum wb_status	 record_occupation_resolve(struct db *, const char *typed,
		    char isco[5], char *err, size_t errlen);
/*
 * The everyday Dutch job title of an ISCO-08 unit group: the first title
 * werkbank's table lists for that group alone (the common one: 9329
 * productiemedewerker, 8332 vrachtwagenchauffeur), in lower case; NULL
 * when the table has none.  The string is the table's.
 */
const char	*record_occupation_title(const char *isco);

#endif
