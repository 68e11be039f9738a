/*
 * num.h: numbers as people type and read them, the same under every
 * locale.  werkbank keeps LC_NUMERIC at "C" (i18n_init) and parses and
 * formats numbers here without the C library's locale-dependent
 * functions, so a Dutch LANG changes neither what a file or a form may
 * hold nor what --csv and --json write.
 *
 * Typed and imported numbers take a decimal comma or point (2,5 and
 * 2.5).  A thousands separator is refused rather than guessed: 1.000 is
 * a thousand to a Dutch reader and one to an English one, so a single
 * separator followed by exactly three digits (after 1 to 3 digits that
 * do not start with 0), or more than one separator, is NUM_AMBIGUOUS.
 * Numbers shown to people use the decimal mark of their locale (a comma
 * in Dutch), without trailing zeros, and always parse back.
 */
#ifndef WERKBANK_NUM_H
#define WERKBANK_NUM_H

#include <stddef.h>

enum num_error {
	NUM_OK,
	NUM_NOT_A_NUMBER,
	NUM_AMBIGUOUS,		/* a thousands separator, or could be one */
};

/* What may follow a number as its unit ("24 uur", "15 km", "40%"). */
enum num_unit {
	NUM_UNIT_NONE,
	NUM_UNIT_HOURS,		/* uur, uren, u, h, hours, per week ... */
	NUM_UNIT_KM,		/* km, kilometer */
	NUM_UNIT_PERCENT,	/* % */
};

/*
 * Parse a number: an optional sign, digits, at most one decimal comma
 * or point; no exponent, no blanks inside (the caller trims).
 */
enum num_error	 num_parse(const char *, double *out);
/* The same with a unit word allowed after the number (any case). */
enum num_error	 num_parse_unit(const char *, enum num_unit, double *out);

/*
 * The decimal mark numbers are shown with: i18n_init sets it from the
 * user's LC_NUMERIC before it puts LC_NUMERIC back to "C".  '.' until
 * then.
 */
void		 num_set_decimal_mark(char);
char		 num_decimal_mark(void);

/*
 * v for people, with the decimal mark: at most `decimals` decimals,
 * rounded, trailing zeros dropped (32, 24,5).  A result that would read
 * as a thousands separator (1,250) keeps one more zero (1,2500), so
 * that it parses back.  Returns buf.
 */
char		*num_format(double v, int decimals, char *buf, size_t len);
/* Exactly `decimals` decimals (a column of scores: 0,91). */
char		*num_format_fixed(double v, int decimals, char *buf,
		    size_t len);
/* As num_format with a decimal point, for files and programs. */
char		*num_format_c(double v, int decimals, char *buf, size_t len);

/*
 * A decimal number in text written by a program ("24.5", as SQLite or a
 * --csv cell has it) with the user's decimal mark instead; anything
 * that is not such a number is copied unchanged.  Returns buf.
 */
char		*num_localize(const char *, char *buf, size_t len);
/* The same for every such number inside a text ("9122 Autowassers
 * (4.5)"): a point between two digits becomes the mark.  Only for
 * text werkbank made, whose other points are not between digits. */
char		*num_localize_text(const char *, char *buf, size_t len);

#endif
