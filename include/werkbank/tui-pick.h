/*
 * tui-pick.h: pick lists for the fields of the forms (form.h): a team
 * member (by name, with the login), a word of a closed set (vocab.h:
 * one, or a list with | between), the skills already in use.  Each sets
 * up a FORM_LOOKUP field whose suggestions follow what is typed and
 * whose Down opens the whole list; what is typed may stand without a
 * pick when it says one thing (a login or a name, a word or its Dutch
 * spelling), else the field says what fits.  A field's own check (the
 * record's) runs after, as `then`.
 *
 * The field's value for saving is pick_value(): the login or the code
 * picked, else the text (a list of words, skills).
 */
#ifndef WERKBANK_TUI_PICK_H
#define WERKBANK_TUI_PICK_H

#include <stddef.h>

#include "werkbank/db.h"
#include "werkbank/form.h"
#include "werkbank/team.h"
#include "werkbank/vocab.h"

enum pick_kind {
	PICK_TEAM,
	PICK_WORD,		/* one word of a closed set */
	PICK_WORDS,		/* words of a closed set, | between */
	PICK_SKILLS,		/* free words, | between */
};

struct pick {
	enum pick_kind		 kind;
	struct db		*db;
	struct form_field	*fl;
	enum vocab_set		 set;
	struct team_member	*team;
	size_t			 nteam;
	/* The field's own check after the pick's, or NULL. */
	form_check_fn		 then;
	void			*then_arg;
};

/*
 * Make fl a pick list of kind (set for the words) showing now: a login,
 * a code, a list of codes or of skills as stored ("" none).  The field's
 * label, required and hint are the caller's; fl->check, lookup and arg
 * are set here (put a check of your own in p->then).
 */
void		 pick_init(struct pick *p, enum pick_kind kind, struct db *,
		    struct form_field *fl, enum vocab_set set,
		    const char *now);
void		 pick_clear(struct pick *);
/* What to save: the login or code picked, else the text. */
const char	*pick_value(const struct pick *);
/* As people read it: "Anna Wessels (anna)", the word; into buf. */
const char	*pick_label(const struct pick *, char *buf, size_t len);

#endif
