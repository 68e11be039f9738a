/*
 * contact-int.h: what contact.c (the log) and contact-person.c (the
 * persons) share, and the import of contacts (import-contacts.c) uses.
 * Not a public header.
 */
#ifndef WERKBANK_CONTACT_INT_H
#define WERKBANK_CONTACT_INT_H

#include <stddef.h>

#include "werkbank/contact.h"

/* Append "field: reason" to err (joined with "; "). */
void		contact_err(char *err, size_t len, const char *field,
		    const char *fmt, ...) __attribute__((format(printf, 4, 5)));
/* s trimmed, with runs of blanks as one space. */
void		contact_fold_blanks(const char *s, char *out, size_t len);
/* WB_OK, or WB_NOT_FOUND naming the field "employer". */
enum wb_status	contact_employer_exists(struct db *, long long employer_id);
/* The employer's person of that name (case and blanks ignored), else the
 * only one whose first name it is, or 0. */
enum wb_status	contact_person_lookup(struct db *, long long employer_id,
		    const char *name, long long *id);
/* Insert a checked person in the caller's transaction, primary when the
 * employer has none (or asked); WB_EXISTS for a name it has. */
enum wb_status	contact_person_insert(struct db *, long long employer_id,
		    const struct contact_person_set *, long long *id);
/*
 * One tag as typed -> its stored form: a contact_tag code for a word of
 * the set or a Dutch spelling, else the word in lower case.  WB_OK, or
 * WB_INVALID with the reason (no field name) in err (VERR).
 */
enum wb_status	contact_tag_parse(const char *typed,
		    char out[CONTACT_TAG_LEN + 1], char *err);

#endif
