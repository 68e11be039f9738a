/*
 * text.h: UTF-8 text as the terminal will show it.  Everything that comes
 * from data passes text_sanitize() before it is printed or drawn, so no
 * value can move the cursor, change colours or reorder a line; widths
 * are screen columns, never bytes.
 */
#ifndef WERKBANK_TEXT_H
#define WERKBANK_TEXT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/*
 * Decode one UTF-8 character at s (n bytes available): returns its length
 * and sets *cp, or returns 0 for an invalid sequence (then *cp = 0xFFFD
 * and the caller skips one byte).
 */
size_t	 text_decode(const char *s, size_t n, uint32_t *cp);

/*
 * 1 for a character that must never reach a terminal as itself: C0 and
 * C1 controls, DEL, bidi embeddings/overrides/isolates and marks,
 * zero-width characters and the BOM.
 */
int	 text_is_unsafe(uint32_t cp);

/*
 * A copy with every unsafe character, invalid byte and character the
 * locale cannot show replaced by U+FFFD (TAB, CR and LF by a space), so
 * that it displays inert.  Caller frees.
 */
char	*text_sanitize(const char *);

/*
 * For a terminal whose character set is not UTF-8 (LANG=C, a Latin-1
 * locale): text_sanitize() then gives ASCII only, '?' for the rest, so
 * nothing shows as garbage.  i18n_init() sets it from the locale.
 */
void	 text_set_ascii(int);

/* The value of exactly four ASCII digits ("7941", "0110"), else -1. */
int	 text_digits4(const char *);

/*
 * text with every whole-word occurrence of the needles (not inside a
 * longer word or record key) replaced by with; NULL when none occurs.
 * The longest needle wins where several start.  Caller frees.
 */
char	*text_replace_words(const char *text, char *const *needles, size_t n,
	    const char *with);

/*
 * Columns a character / a sanitized string takes on the screen: the C
 * library's wcwidth() under the current locale (as ncursesw measures),
 * 1 for a character it cannot show (sanitized to U+FFFD).  Needs a UTF-8
 * LC_CTYPE for anything past ASCII: i18n_init() sets it.
 */
int	 text_cp_width(uint32_t cp);
size_t	 text_width(const char *);

/*
 * The next line of s of at most width screen columns: returns where it
 * starts (spaces skipped) and *len its bytes, ending at the last space
 * that keeps it within width (at width when one word is longer; never
 * inside a character).  *len is 0 at the end.  The lines of s:
 *   for (p = text_break(s, w, &n); n > 0; p = text_break(p + n, w, &n))
 */
const char *text_break(const char *s, size_t width, size_t *len);

/*
 * Print s sanitized, then spaces up to width screen columns (none when
 * it is wider): printf's "%-16s" for text that is not ASCII.
 */
void	 text_print_padded(FILE *, const char *s, size_t width);

#endif
