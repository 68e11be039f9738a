/*
 * vocab-int.h: what vocab.c (the sets' words) and vocab-sets.c (the sets'
 * names) share.  Not a public header: nothing outside vocab*.c uses it.
 */
#ifndef WERKBANK_VOCAB_INT_H
#define WERKBANK_VOCAB_INT_H

#include <stddef.h>

/*
 * Typed text as vocab.c compares it: lower case, accents off, without
 * blanks, hyphens, underscores, dots, slashes or apostrophes.
 */
void	vocab_fold(const char *s, char *out, size_t len);
/*
 * The first spelling of a '|'-separated list, folded into out; returns
 * where the next one starts, or NULL after the last.
 */
const char *vocab_fold_next(const char *list, char *out, size_t len);

#endif
