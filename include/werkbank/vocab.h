/*
 * vocab.h: the closed sets of werkbank (statuses, pipeline steps, target
 * groups, restrictions, ...) as people read and type them.
 *
 * Each set is one table of entries: the code (what the database stores
 * and --csv, --json and CSV export write), the word people read (English
 * in the source, marked NC_(set, word) and translated in po/nl.po with
 * the set as its context) and the other spellings Dutch staff type
 * ("MBO 2", "mbo niveau 2", "mbo-2").  Typed text is matched without
 * regard to case, blanks, hyphens, underscores, dots, slashes and
 * accents, against the code, the English word, the translated word and
 * the aliases.  `werkbank words` and werkbank(5) list them.
 *
 * A new set is one line in VOCAB_SETS, one table in vocab.c and its
 * names in vocab-sets.c.
 */
#ifndef WERKBANK_VOCAB_H
#define WERKBANK_VOCAB_H

#include <stddef.h>

#include "werkbank/status.h"

/* X(ID, name): the name is the context of its words in the catalogue
 * and the SET of `werkbank words SET`. */
#define VOCAB_SETS(X)							\
	X(VACANCY_STATUS,	"vacancy_status")			\
	X(CANDIDATE_STATUS,	"candidate_status")			\
	X(STEP,			"step")					\
	X(TARGET_GROUP,		"target_group")				\
	X(RESTRICTION,		"restriction")				\
	X(DEMAND,		"demand")				\
	X(INSTRUMENT,		"instrument")				\
	X(EDUCATION,		"education")				\
	X(LANGUAGE,		"language")				\
	X(CONTRACT,		"contract")				\
	X(TRANSPORT,		"transport")				\
	X(ROLE,			"role")					\
	X(PARTNER_KIND,		"partner_kind")				\
	X(YESNO,		"yes_no")				\
	X(LICENCE,		"driving_licence")			\
	X(LEAVE_REASON,		"leave_reason")				\
	X(NOT_CHOSEN_REASON,	"not_chosen_reason")			\
	X(WITHDRAWN_REASON,	"withdrawn_reason")			\
	X(JOBCOACH_PAYER,	"jobcoach_payer")	\
	X(CONTACT_TYPE,		"contact_type")				\
	X(CONTACT_TAG,		"contact_tag")	\
	X(TENSION_BAND,		"tension_band")

enum vocab_set {
	VOCAB_NONE,		/* not a closed set */
#define VOCAB_ENUM_(id, name)	VOCAB_##id,
	VOCAB_SETS(VOCAB_ENUM_)
#undef VOCAB_ENUM_
	VOCAB_NSETS
};

struct vocab_entry {
	const char	*code;		/* stored; in --csv, --json, export */
	const char	*word;		/* NC_(set, "English word") */
	const char	*aliases;	/* Dutch spellings, |-separated */
};

/*
 * "target_group", ...; NULL for VOCAB_NONE.  And back (WB_INVALID): the
 * name, or as people call the set, folded as typed words are: its label
 * in English or the user's language, or a Dutch name ("doelgroep",
 * "reden uitstroom"), whatever the locale (src/vocab-sets.c).
 */
const char	*vocab_set_name(enum vocab_set);
enum wb_status	 vocab_set_parse(const char *, enum vocab_set *);
/* The set as people call it, in the user's language ("doelgroep"), or
 * with english 1 in English ("target group"); NULL for VOCAB_NONE. */
const char	*vocab_set_label(enum vocab_set, int english);
/* The entries of a set, in their order; NULL and *n 0 for none. */
const struct vocab_entry *vocab_entries(enum vocab_set, size_t *n);
/* The entry's word in the user's language. */
const char	*vocab_entry_word(enum vocab_set, const struct vocab_entry *);

/*
 * The word for a code in the user's language; a code the set does not
 * know comes back as it is ("" for NULL).  The pointer is static (the
 * catalogue's or the table's).
 */
const char	*vocab_word(enum vocab_set, const char *code);
/*
 * A list of codes (|- or ,-separated) as words joined by sep ("klantcontact|
 * nachtdienst" -> "klantcontact, nachtdienst"); an item "lks:40" of the
 * instruments keeps its percentage ("loonkostensubsidie 40%").  Returns
 * buf, cut at a character boundary when it is too small.
 */
char		*vocab_words(enum vocab_set, const char *list, const char *sep,
		    char *buf, size_t len);

/* The code typed text stands for (code, word, alias), or NULL. */
const char	*vocab_code(enum vocab_set, const char *typed);
/*
 * vocab_code with a message: WB_OK and *code, or WB_INVALID with err
 * saying so and naming the closest words ("'bijstnd' is not one of the
 * choices: did you mean bijstand?") or, when none is close, the words
 * allowed.  err does not name the field: the caller puts it in front.
 */
enum wb_status	 vocab_parse(enum vocab_set, const char *typed,
		    const char **code, char *err, size_t errlen);

/*
 * The set whose codes a NULL-terminated list of the schema holds
 * (validate.h's validate_target_groups, ...); VOCAB_NONE if none.
 */
enum vocab_set	 vocab_set_of(const char *const *codes);

#endif
