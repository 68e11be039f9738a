/*
 * validate.h: one rule set for every value a person or a file gives
 * werkbank.  The importer and the UI's forms call the same functions and
 * show the same messages.  Each validator takes the raw text (trimmed by
 * the caller), writes the normalized value and returns WB_OK, or returns
 * WB_INVALID with the reason in err (without the field name, which the
 * caller puts in front: "postcode: unknown PC4 '9999'").
 */
#ifndef WERKBANK_VALIDATE_H
#define WERKBANK_VALIDATE_H

#include <stddef.h>

#include "werkbank/db.h"
#include "werkbank/num.h"
#include "werkbank/vocab.h"

struct validate_ctx;

/* The lookups the validators need (PC4, ISCO, levels, partners, users),
 * read once into memory.  Caller frees. */
enum wb_status	validate_ctx_new(struct db *, struct validate_ctx **);
void		validate_ctx_free(struct validate_ctx *);
/* Reload the partners (after a partners import added some). */
enum wb_status	validate_ctx_reload_partners(struct validate_ctx *, struct db *);

#define VERR	256	/* room for an error message */

/* The check every text passes: no control characters, escape sequences,
 * bidi overrides or zero-width characters (newline and TAB only when
 * multiline), valid UTF-8, at most maxlen bytes. */
enum wb_status validate_text(const char *, int multiline, size_t maxlen, char *err);

/* A citizen service number: nine digits (dots, spaces, dashes between
 * them allowed) that pass the 11-test. */
int	validate_looks_like_bsn(const char *);

enum wb_status validate_date(const char *, char out[11], char *err);
/*
 * A number with a decimal comma or point within [min, max] (num.h: no
 * thousands separator); _unit also takes a unit after it ("24 uur").
 */
enum wb_status validate_number(const char *, double min, double max, double *out,
	    char *err);
enum wb_status validate_number_unit(const char *, enum num_unit, double min,
	    double max, double *out, char *err);
/* A whole number (3, or 3,0 as a spreadsheet shows it) in [min, max]. */
enum wb_status validate_int(const char *, long min, long max, long *out, char *err);
/* ja/nee, yes/no, j/n, y/n, 1/0, x, true/false, waar/onwaar (vocab.h). */
enum wb_status validate_bool(const char *, int *out, char *err);
/* A driving licence B: a yes or no, or B, rijbewijs B, geen ... */
enum wb_status validate_licence(const char *, int *out, char *err);
/*
 * One of the values (case-insensitive); out gets the canonical one.  For
 * a list below that is a closed set of vocab.h, its words and Dutch
 * spellings too, and a message naming the closest words.
 */
enum wb_status validate_enum(const char *, const char *const *values, const char **out,
	    char *err);
/* A closed set's code for typed text (vocab_parse, err of VERR). */
enum wb_status validate_vocab(enum vocab_set, const char *, const char **code,
	    char *err);
/*
 * The end of one item of a typed list: the next '|', and in a list of a
 * closed set (set != 0) also ';' and a ',' not before a digit ("zwaar
 * tillen, nachtdiensten"; "lks:40,5" keeps its comma); NULL at the last.
 */
const char	*validate_item_end(const char *, int set);
/* An instrument with its percentage after it, "LKS 40%" or "lks40",
 * rewritten in place as "LKS:40%" (nothing else changes). */
void		 validate_percent_as_colon(char *);
/* 7941 AB, 7941AB or 7941: a PC4 that werkbank knows. */
enum wb_status validate_postcode(const struct validate_ctx *, const char *,
	    char out[5], char *err);
/* A 4-digit ISCO-08 unit group. */
enum wb_status validate_isco(const struct validate_ctx *, const char *, char *err);
/* An education key, word, Dutch spelling or short form -> the
 * education_level key. */
enum wb_status validate_education(const struct validate_ctx *, const char *,
	    const char **key, char *err);
enum wb_status validate_cefr(const char *, char out[3], char *err);
enum wb_status validate_municipality(const struct validate_ctx *, const char *,
	    char out[5], char *err);
/* A partner code -> its id. */
enum wb_status validate_partner(const struct validate_ctx *, const char *, long long *id,
	    char *err);
/* A login -> the user's id, or 0 when it is not a werkbank user. */
long long validate_user(const struct validate_ctx *, const char *);
enum wb_status validate_email(const char *, char *err);
enum wb_status validate_phone(const char *, char *err);

/* Enumerations of the schema, NULL-terminated. */
extern const char *const validate_target_groups[];
extern const char *const validate_candidate_statuses[];
extern const char *const validate_vacancy_statuses[];
extern const char *const validate_restrictions[];
extern const char *const validate_demands[];
extern const char *const validate_transport_modes[];
extern const char *const validate_instruments[];
extern const char *const validate_contracts[];
extern const char *const validate_partner_kinds[];

#endif
