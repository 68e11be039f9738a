/*
 * occupation-int.h: what occupation.c (the table of job titles and the
 * lookup) and occupation-words.c (a title's words) share.  Not a public
 * header: record.h has the API.
 */
#ifndef WERKBANK_OCCUPATION_INT_H
#define WERKBANK_OCCUPATION_INT_H

#include <stddef.h>

#define TOK_MAX		16	/* words of a typed title looked at */
#define TOK_LEN		40

struct tokens {
	int	n;
	char	t[TOK_MAX][TOK_LEN];
};

/* Lower-case ASCII without accents and apostrophes, optional word parts
 * (medewerk(st)er) dropped, other punctuation as spaces. */
void	occ_fold(const char *in, char *out, size_t len);
/* The words of a title, folded; runs of single letters joined (C/E: ce),
 * numbers and, unless keep_noise, noise words left out. */
void	occ_split_words(const char *in, struct tokens *, int keep_noise);
/* The words in their plain forms, compounds with a head word split; with
 * vocab, read through the table's words (occ_vocab_set). */
void	occ_canon(const struct tokens *in, struct tokens *out, int vocab);
/* Sort and drop repeats; the key is the words joined by spaces. */
void	occ_make_key(struct tokens *, char *key, size_t len);
/* split, canon and make_key in one. */
void	occ_title_key(const char *title, int vocab, struct tokens *,
	    char *key, size_t len);
/* The table's words, sorted, for occ_known; the caller keeps them. */
void	occ_vocab_set(char (*)[TOK_LEN], size_t);
int	occ_known(const char *);

#endif
