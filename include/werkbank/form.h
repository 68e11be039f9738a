/*
 * form.h: modal forms and dialogs of the terminal UI, drawn in a window
 * centred over the screen.
 *
 * A form is a title, optional lines of text, and labelled fields:
 *
 *   FORM_TEXT     free text (validate_text: no control characters)
 *   FORM_DATE     a date; validate_date's rules and messages
 *   FORM_NUMBER   a number within [min, max]; validate_number's
 *   FORM_CHOICE   one of a fixed list, cycled with Left/Right or Space
 *   FORM_LOOKUP   free text whose suggestions come from a callback as
 *                 the user types; Down/Up move through them, Enter takes
 *                 one (its key into field->key, its label into the text).
 *                 Down on a field with no suggestions showing opens the
 *                 whole list (the callback with "" typed): a pick list.
 *                 With `free` the text typed may stand without a pick
 *                 (the check callback decides: a job title, a name);
 *                 with `multi` the text is a list with | between, the
 *                 suggestions are for the item being typed and a pick
 *                 replaces that item.
 *
 * Keys: Tab, Down and Up move between the fields (Shift-Tab back);
 * typing edits the field with prompt.c's line editor (UTF-8, Backspace,
 * ^U): the text of a field just entered is selected, so that typing
 * replaces it and Backspace, Right or End edit it, as in the forms of
 * other programs; Enter on the last field or F2 anywhere submits; Esc
 * cancels.
 * Each field is checked as the user leaves it and again on submit: first
 * the kind's own rule, then required, then the field's check callback,
 * whose message (the import's validators' wording: validate.h) is shown
 * under the field; a check may instead pass with a remark (a new skill
 * beside one in use), shown there without stopping the form.  The form
 * is submitted only when every field is valid.  Esc on a form whose
 * values changed asks first whether to throw the changes away; nothing
 * typed is lost by a message.  A resize redraws the screen behind (the
 * caller's redraw) and
 * the form over it; a signal (*stop set) or a terminal that is gone
 * (prompt_input_gone) cancels at once.
 *
 * Forms never touch the database themselves: callers read what they
 * need before form_run and write afterwards, so no transaction is open
 * while a form waits for keys.  All text is drawn through draw.c, so
 * data can never reach the terminal as control sequences.
 *
 * A dialog (dialog_run) is a title, lines of text and a choice of keys:
 * y/n for a confirmation, or any list ("123").
 */
#ifndef WERKBANK_FORM_H
#define WERKBANK_FORM_H

#include <signal.h>
#include <stddef.h>

#define FORM_VALUE_MAX	(256 * 4 + 1)	/* as prompt.h's line */
#define FORM_ERR_MAX	256
#define FORM_KEY_MAX	64
#define FORM_SUGGEST	32		/* suggestions kept at most */
#define FORM_SUGGEST_SHOWN 8		/* of them on the screen at once */

enum form_kind {
	FORM_TEXT,
	FORM_DATE,
	FORM_NUMBER,
	FORM_CHOICE,
	FORM_LOOKUP,
};

/* One suggestion of a lookup field: what is shown, and what it stands
 * for (an ISCO code, a record key). */
struct form_suggestion {
	char	label[128];
	char	key[FORM_KEY_MAX];
};

/*
 * A field's own check of its (trimmed) value: 0 when valid, else -1 with
 * the message in err; 1 when valid with a remark in err (shown, not
 * stopping the form).  Called only for a non-empty value.
 */
typedef int	(*form_check_fn)(const char *value, char *err, size_t len,
		    void *arg);
/* The suggestions for what is typed: fills at most max, returns how many. */
typedef size_t	(*form_lookup_fn)(const char *typed,
		    struct form_suggestion *out, size_t max, void *arg);

struct form_field {
	/* Set by the caller. */
	const char		*label;		/* translated */
	enum form_kind		 kind;
	int			 required;
	const char		*hint;		/* dim text after the value, or NULL */
	const char *const	*choices;	/* FORM_CHOICE: values, NULL-ended */
	const char *const	*choice_labels;	/* shown instead, or NULL */
	double			 min, max;	/* FORM_NUMBER */
	form_check_fn		 check;		/* or NULL */
	form_lookup_fn		 lookup;	/* FORM_LOOKUP */
	int			 free;		/* FORM_LOOKUP: text may stand */
	int			 multi;		/* FORM_LOOKUP: | between items */
	void			*arg;		/* for check and lookup */
	/* The value: set an initial one with form_field_set, read after. */
	char			 value[FORM_VALUE_MAX];
	/* The value is selected: typing replaces it, Backspace edits it
	 * (prompt.h); the first key ends that.  The form sets it as a field
	 * with text is entered; a caller may for a value it offers. */
	int			 offered;
	int			 choice;	/* FORM_CHOICE: index */
	char			 key[FORM_KEY_MAX]; /* FORM_LOOKUP: chosen */
	/* What form_check found ("" when valid). */
	char			 err[FORM_ERR_MAX];
	/* A check's remark on a valid value ("" none). */
	char			 remark[FORM_ERR_MAX];
};

struct form {
	const char		*title;		/* translated */
	const char *const	*lines;		/* text above the fields */
	size_t			 nlines;
	struct form_field	*fields;
	size_t			 nfields;
	/* Repaint the screen behind the form (after a resize); required. */
	void			(*redraw)(void *);
	void			*arg;
	/* Set by a signal handler: the form ends at once; required. */
	volatile sig_atomic_t	*stop;
};

enum form_result {
	FORM_SUBMITTED,
	FORM_CANCELLED,		/* Esc, a signal, the terminal gone */
};

/* Give a field its initial text (NULL: empty). */
void		 form_field_set(struct form_field *, const char *);
/* The value of a field: the text trimmed, or the chosen value. */
const char	*form_value(const struct form_field *);
/*
 * Check one field as form_run does; 0 when valid, else -1 with the
 * message in field->err.
 */
int		 form_check(struct form_field *);
/* Run the form until it is submitted (all fields valid) or cancelled. */
enum form_result form_run(struct form *);
/*
 * Run a form of one optional free-text field, "Note" with hint, under
 * title and lines; the text is form_value(note) after FORM_SUBMITTED.
 */
enum form_result form_note(struct form_field *note, const char *hint,
		    const char *title, const char *const *lines, size_t nlines,
		    void (*redraw)(void *), void *arg,
		    volatile sig_atomic_t *stop);

/*
 * Show a dialog: title, n lines of text and a line saying which keys
 * answer; wait for one of the characters in keys.  Returns that
 * character, or 0 for Esc, a signal or a terminal gone.  For a yes/no
 * dialog pass "yn": 'j' (ja) answers 'y' too, Enter answers keys[0]
 * only when enter_default is set; Up and Down answer 'k' and 'j' when
 * those are among keys.
 */
int		 dialog_run(const char *title, const char *const *lines,
		    size_t n, const char *keys, const char *answer,
		    int enter_default, void (*redraw)(void *), void *arg,
		    volatile sig_atomic_t *stop);

#endif
