/*
 * contact.h: the account manager's week (issue 15): the employer's
 * contact persons and the log of contacts with employers.
 *
 * Contact persons (name, function, phone, e-mail) are the employer's
 * staff: personal data.  Several per employer, one of them primary (the
 * first one added is).  They are shown only where needed: in the
 * employer's detail, never in meeting mode; reading their phone and
 * e-mail writes a "view" row in the audit log.  They go when removed,
 * when their employer is purged or on request (purge.h).
 *
 * A contact is a visit, call, mail or meeting (vocab.h contact_type:
 * bezoek, telefoon, mail, overleg) on a day that has come, by a team
 * member, maybe with one contact person, with a note, what was agreed,
 * the next contact agreed (not in the past) and tags for what the
 * employer told us: krapte, uitbreiding, krimp, scholing, inclusief
 * (vocab.h contact_tag, typed as a word or a Dutch spelling) or free
 * words (lower case, at most 40 bytes).
 *
 * Due: a contact whose next contact falls on or before today + 7 days
 * (CONTACT_DUE_DAYS) and that is the employer's latest (no contact
 * with that employer logged after it: logging the next contact settles
 * it).
 *
 * Rights: reading is for everyone (a viewer too); writing needs
 * PERM_CONTACTS (recruiters, account managers, the coordinator).  Each
 * write is one IMMEDIATE transaction with its audit row; a person is
 * changed against the version read (0: as it is now), WB_STALE else.
 * Messages name the field as the command line does ("date: ...",
 * "next: ..."), several joined with "; " (record_error_part splits
 * them).  Nothing here prints or waits for input.
 */
#ifndef WERKBANK_CONTACT_H
#define WERKBANK_CONTACT_H

#include <stddef.h>

#include "werkbank/db.h"
#include "werkbank/user.h"

/* A next contact on or before today + this many days is due. */
#define CONTACT_DUE_DAYS	7
#define CONTACT_TAGS_MAX	16
#define CONTACT_TAG_LEN		40

struct contact_person {
	long long	 id, version, employer_id;
	char		*name, *function, *phone, *email;	/* "" none */
	int		 primary;
};

/*
 * What to set of a person: a NULL field stays as it is (edit) or
 * empty (add), "" empties it; primary 1 makes them the primary one
 * (the one before stops being it), 0 takes it away, -1 leaves it.
 */
struct contact_person_set {
	const char	*name, *function, *phone, *email;
	int		 primary;
};

/*
 * The employer's contact persons, the primary one first, then by name.
 * audit: write a "view" row (the caller shows phone and e-mail).  Free
 * with contact_persons_free.
 */
enum wb_status	 contact_persons(struct db *, const struct user_ctx *,
		    long long employer_id, int audit,
		    struct contact_person **, size_t *n);
void		 contact_persons_free(struct contact_person *, size_t n);
/* A person of the employer by name (case and blanks ignored): WB_OK and
 * *id, or WB_NOT_FOUND naming the employer's persons in db_error(). */
enum wb_status	 contact_person_find(struct db *, long long employer_id,
		    const char *name, long long *id);
/* Add one (name required); *id may be NULL.  WB_EXISTS for a name the
 * employer has already. */
enum wb_status	 contact_person_add(struct db *, const struct user_ctx *,
		    long long employer_id, const struct contact_person_set *,
		    long long *id);
enum wb_status	 contact_person_edit(struct db *, const struct user_ctx *,
		    long long id, long long version,
		    const struct contact_person_set *);
/* Remove one (someone who left the company); contacts with them stay,
 * without the person. */
enum wb_status	 contact_person_remove(struct db *, const struct user_ctx *,
		    long long id, long long version);

/* One contact of the log; strings are raw data (sanitize to show). */
struct contact_entry {
	long long	 id, employer_id;
	char		 on[11];		/* the day of the contact */
	char		 type[12];		/* code (contact_type) */
	char		*employer;		/* its key, PARTNER/REF or
						   NAME@PC4 */
	char		*employer_name;
	char		*sector;
	char		 by[65];		/* login; "" unknown */
	char		 manager[65];		/* the employer's account
						   manager; "" none */
	char		*with;			/* the person; "" none */
	char		*note, *agreed;		/* "" none */
	char		 next[11];		/* "" none */
	char		*tags;			/* "krapte|flexwerk" */
	int		 due;			/* see above */
	int		 days;			/* next - today, when next */
};

struct contact_filter {
	long long	 employer_id;	/* 0: every employer */
	int		 due;		/* only those due, the oldest next
					   contact first */
	int		 mine;		/* logged by the user, or with an
					   employer whose account manager
					   they are */
	long long	 manager_id;	/* > 0: of that account manager's
					   employers only */
	const char	*from, *to;	/* the day within (NULL: open) */
};

/* The log, newest first (due: by next contact); free with
 * contact_entries_free. */
enum wb_status	 contact_list(struct db *, const struct user_ctx *,
		    const struct contact_filter *, struct contact_entry **,
		    size_t *n);
void		 contact_entries_free(struct contact_entry *, size_t n);

/* When a next contact (or a placement's follow-up check) is due, for
 * people: "today", "in 3 days", "2 days late" (days: due - today).
 * Returns buf. */
const char	*contact_when(int days, char *buf, size_t len);

/* A contact to log; text as typed. */
struct contact_new {
	long long		 employer_id;
	const char		*type;		/* code, word or spelling */
	const char		*date;		/* NULL or "": today */
	const char		*with;		/* a person's name or NULL */
	const char		*note, *agreed;	/* NULL or "": none */
	const char		*next;		/* NULL or "": none */
	const char *const	*tags;		/* words, each maybe "a, b" */
	size_t			 ntags;
};

struct contact_result {
	long long	 id;
	long long	 person_id;		/* 0: none */
	int		 person_added;		/* `with` was new: added as
						   a contact person */
};

/*
 * Check a contact as contact_add does, without writing: WB_OK, or
 * WB_INVALID with every bad field in err ("type: ...; date: ...").
 * Tags come back normalised in tags (codes, lower case; CONTACT_TAGS_MAX
 * of CONTACT_TAG_LEN + 1), their number in *ntags; type in type.
 */
enum wb_status	 contact_check(const struct contact_new *, char *type,
		    size_t typelen, char tags[][CONTACT_TAG_LEN + 1],
		    size_t *ntags, char *err, size_t errlen);
/*
 * Log a contact by the user.  A `with` that names no contact person of
 * the employer adds one (name only).  WB_INVALID (contact_check's
 * message), WB_NOT_FOUND (employer), WB_DENIED.
 */
enum wb_status	 contact_add(struct db *, const struct user_ctx *,
		    const struct contact_new *, struct contact_result *);

#endif
