/*
 * occupation-words.c: a job title's words in the form werkbank compares
 * them in (occupation-int.h; the rules are at the top of occupation.c):
 * folded to lower-case ASCII, noise words left out, each word in its
 * plain form and compounds with a head word split.
 */
#include "occupation-int.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The table's words, sorted (occ_vocab_set). */
static char	(*words)[TOK_LEN];
static size_t	  nwords;

/* Words that say nothing about the occupation. */
static const char *const noise[] = {
	"aan", "all", "allround", "allrounder", "als", "and",
	"avonddienst", "bbl", "bbler", "beginnend", "beginner", "bij",
	"bijbaan", "bijbaantje", "bol", "contract", "dagdienst", "de",
	"deeltijd", "derde", "die", "direct", "dringend", "een",
	"eerste", "en", "er", "ervaren", "ervaring", "flex",
	"flexkracht", "flexwerker", "freelance", "freelancer", "full",
	"fulltime", "fulltimer", "gezocht", "het", "in", "invalkracht",
	"invaller", "junior", "leerling", "m", "maand", "medior",
	"met", "mv", "mvd", "mvo", "mvx", "naar", "nachtdienst",
	"nieuw", "niveau", "of", "om", "op", "oproep", "oproepkracht",
	"part", "parttime", "parttimer", "per", "ploegendienst", "pw",
	"round", "senior", "stage", "stagiair", "stagiaire",
	"startend", "starter", "te", "the", "tijdelijk", "tijdelijke",
	"time", "tot", "uitzendkracht", "uren", "urgent", "uur", "v",
	"vacature", "vakantiekracht", "vakantiewerk", "van", "vast",
	"vaste", "vm", "vmx", "voltijd", "voor", "vrouw", "week",
	"weekend", "weekenden", "werkend", "x", "xvm", "zelfstandig",
	"zzp", "zzper",
};

/*
 * Head words of compounds, longest first within a suffix family: the
 * form typed and the word it stands for.
 */
static const struct {
	const char	*form, *word;
} heads[] = {
	{ "administrateur", "administrateur" },
	{ "schoonmaakster", "schoonmaker" },
	{ "medewerkster", "medewerker" },
	{ "begeleidster", "begeleider" },
	{ "verzorgende", "verzorgende" },
	{ "coordinator", "coordinator" },
	{ "instructeur", "instructeur" },
	{ "verkoopster", "verkoper" },
	{ "beheerster", "beheerder" },
	{ "bestuurder", "bestuurder" },
	{ "begeleider", "begeleider" },
	{ "inspecteur", "inspecteur" },
	{ "medewerker", "medewerker" },
	{ "schoonmaker", "schoonmaker" },
	{ "specialiste", "specialist" },
	{ "verzorgster", "verzorger" },
	{ "assistente", "assistent" },
	{ "controleur", "controleur" },
	{ "specialist", "specialist" },
	{ "beheerder", "beheerder" },
	{ "chauffeuse", "chauffeur" },
	{ "technicus", "technicus" },
	{ "assistent", "assistent" },
	{ "machinist", "machinist" },
	{ "verzorger", "verzorger" },
	{ "chauffeur", "chauffeur" },
	{ "consulent", "consulent" },
	{ "adviseur", "adviseur" },
	{ "operator", "operator" },
	{ "verkoper", "verkoper" },
	{ "bezorger", "bezorger" },
	{ "reiniger", "reiniger" },
	{ "leidster", "leider" },
	{ "monteur", "monteur" },
	{ "manager", "manager" },
	{ "planner", "planner" },
	{ "leider", "leider" },
	{ "kracht", "medewerker" },	/* montagekracht */
	{ "hulp", "hulp" },
};

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int
is_noise(const char *w)
{
	const char	*key = w;

	return bsearch(&key, noise, sizeof(noise) / sizeof(noise[0]),
	    sizeof(noise[0]), cmp_str) != NULL;
}

int
occ_known(const char *w)
{
	if (words == NULL)
		return 0;
	return bsearch(w, words, nwords, TOK_LEN,
	    (int (*)(const void *, const void *))strcmp) != NULL;
}

void
occ_vocab_set(char (*v)[TOK_LEN], size_t n)
{
	words = v;
	nwords = n;
}

/*
 * Lower-case ASCII: Latin-1 letters lose their accents, apostrophes go
 * (pm'er: pmer), other punctuation and symbols become separators.
 */
void
occ_fold(const char *in, char *out, size_t len)
{
	static const char latin1[] = "aaaaaaaceeeeiiiidnooooo ouuuuyts"
	    "aaaaaaaceeeeiiiidnooooo ouuuuyty";
	const unsigned char	*p = (const unsigned char *)in;
	size_t			 o = 0;

	while (*p != '\0' && o + 1 < len) {
		/* An optional part inside a word: schoonma(a)k(st)er,
		 * medewerk(st)er, dietist(e). */
		if (*p == '(' && o > 0 && isalpha((unsigned char)out[o - 1])) {
			size_t	n = 1;

			while (isalpha(p[n]) && n < 7)
				n++;
			if (p[n] == ')' && n > 1) {
				p += n + 1;
				continue;
			}
		}
		if (*p < 0x80) {
			if (*p != '\'' && *p != '`')
				out[o++] = isalnum(*p) ? (char)tolower(*p) :
				    ' ';
			p++;
		} else if (p[0] == 0xc3 && p[1] >= 0x80 && p[1] <= 0xbf) {
			out[o++] = latin1[p[1] - 0x80];
			p += 2;
		} else if (p[0] == 0xe2 && p[1] == 0x80 && (p[2] == 0x98 ||
		    p[2] == 0x99)) {
			p += 3;		/* curly apostrophes */
		} else if (p[0] == 0xc2 && p[1] == 0xb4) {
			p += 2;		/* acute accent as apostrophe */
		} else {
			/* Other characters separate words. */
			out[o++] = ' ';
			p++;
			while ((*p & 0xc0) == 0x80)
				p++;
		}
	}
	out[o] = '\0';
}

/*
 * The words of a title, folded, with runs of single letters joined by
 * '/', '+', '&' or '-' made one word (C/E: ce, m/v/x: mvx), numbers and
 * noise words left out.
 */
void
occ_split_words(const char *in, struct tokens *t, int keep_noise)
{
	char	 buf[512], raw[512];
	char	*w[TOK_MAX * 2];
	int	 tight[TOK_MAX * 2];
	int	 n = 0, i;

	/* The joiners between single letters, before occ_fold() drops them. */
	snprintf(raw, sizeof(raw), "%s", in);
	occ_fold(raw, buf, sizeof(buf));
	t->n = 0;
	for (char *p = buf; *p != '\0' && n < TOK_MAX * 2; ) {
		while (*p == ' ')
			p++;
		if (*p == '\0')
			break;
		w[n] = p;
		while (*p != '\0' && *p != ' ')
			p++;
		if (*p != '\0')
			*p++ = '\0';
		tight[n] = 0;
		n++;
	}
	/* Single letters that follow each other directly (no space in the
	 * original between them) make one word. */
	{
		const char	*s = raw;

		for (i = 0; i + 1 < n; i++) {
			const char	*at;

			if (strlen(w[i]) != 1 || strlen(w[i + 1]) != 1)
				continue;
			/* Find "X<joiner>Y" in the original, case-blind. */
			for (at = s; *at != '\0'; at++)
				if (tolower((unsigned char)at[0]) == w[i][0] &&
				    strchr("/+&-", at[1]) != NULL &&
				    at[1] != '\0' &&
				    tolower((unsigned char)at[2]) ==
				    w[i + 1][0])
					break;
			if (*at != '\0') {
				tight[i] = 1;
				s = at + 2;
			}
		}
	}
	for (i = 0; i < n && t->n < TOK_MAX; i++) {
		char	word[TOK_LEN];
		size_t	len;

		snprintf(word, sizeof(word), "%s", w[i]);
		while (tight[i] && i + 1 < n && (len = strlen(word)) + 1 <
		    sizeof(word)) {
			word[len] = w[i + 1][0];
			word[len + 1] = '\0';
			i++;
		}
		if (isdigit((unsigned char)word[0]))
			continue;
		if (!keep_noise && is_noise(word))
			continue;
		snprintf(t->t[t->n++], TOK_LEN, "%s", word);
	}
}

static int
vowel(char c)
{
	return strchr("aeiouy", c) != NULL && c != '\0';
}

/* A trailing linking or plural s: bedrijfs, medewerkers. */
static void
strip_s(char *w)
{
	size_t	len = strlen(w);

	if (len >= 4 && w[len - 1] == 's' && !vowel(w[len - 2]) &&
	    w[len - 2] != 's')
		w[len - 1] = '\0';
}

/* A feminine or inflected form read as the word the table knows:
 * kapster, verkoopster, serveerster, kokkin, caissiere, assistente. */
static int
masculine(const char *w, char *out)
{
	char	 c[6][TOK_LEN];
	size_t	 len = strlen(w), n = 0, i;

	if (len < 4)
		return 0;
	if (len > 5 && strcmp(w + len - 4, "ster") == 0) {
		char	stem[TOK_LEN - 4];
		size_t	sl = len - 4;

		snprintf(stem, sizeof(stem), "%.*s", (int)sl, w);
		snprintf(c[n++], TOK_LEN, "%ser", stem);
		snprintf(c[n++], TOK_LEN, "%sder", stem);
		snprintf(c[n++], TOK_LEN, "%s%cer", stem, stem[sl - 1]);
		/* verkoop+er: verkoper */
		if (sl >= 3 && stem[sl - 2] == stem[sl - 3] &&
		    vowel(stem[sl - 2]) && !vowel(stem[sl - 1]))
			snprintf(c[n++], TOK_LEN, "%.*s%cer", (int)sl - 2,
			    stem, stem[sl - 1]);
	}
	if (len > 5 && strcmp(w + len - 4, "euse") == 0)
		snprintf(c[n++], TOK_LEN, "%.*seur", (int)len - 4, w);
	if (len > 5 && strcmp(w + len - 4, "iere") == 0)
		snprintf(c[n++], TOK_LEN, "%.*sier", (int)len - 4, w);
	if (len > 6 && strcmp(w + len - 5, "trice") == 0)
		snprintf(c[n++], TOK_LEN, "%.*steur", (int)len - 5, w);
	if (len > 5 && strcmp(w + len - 4, "esse") == 0)
		snprintf(c[n++], TOK_LEN, "%.*sis", (int)len - 4, w);
	if (len > 4 && strcmp(w + len - 2, "in") == 0)
		snprintf(c[n++], TOK_LEN, "%.*s", (int)len - (w[len - 3] ==
		    w[len - 4] ? 3 : 2), w);
	if (w[len - 1] == 'e' && n < 6)
		snprintf(c[n++], TOK_LEN, "%.*s", (int)len - 1, w);
	for (i = 0; i < n; i++)
		if (strcmp(c[i], w) != 0 && occ_known(c[i])) {
			memcpy(out, c[i], TOK_LEN);
			return 1;
		}
	/* A plural: receptionistes. */
	if (w[len - 1] == 's' && !occ_known(w)) {
		char	sing[TOK_LEN];

		snprintf(sing, sizeof(sing), "%.*s", (int)len - 1, w);
		if (masculine(sing, out))
			return 1;
		if (occ_known(sing)) {
			memcpy(out, sing, TOK_LEN);
			return 1;
		}
	}
	return 0;
}

static void
push(struct tokens *t, const char *w)
{
	if (t->n < TOK_MAX && *w != '\0')
		snprintf(t->t[t->n++], TOK_LEN, "%s", w);
}

/* A modifier in front of a head word: heftruck-, bedienings-. */
static void
push_modifier(struct tokens *t, const char *w, size_t len)
{
	char	m[TOK_LEN];

	while (len > 0 && w[len - 1] == '-')
		len--;
	snprintf(m, sizeof(m), "%.*s", (int)len, w);
	strip_s(m);
	if (!occ_known(m)) {
		char	alt[TOK_LEN];

		if (masculine(m, alt))
			memcpy(m, alt, sizeof(m));
	}
	push(t, m);
}

/*
 * The words in their base forms, compounds with a head word split (see
 * the top of the file).  With vocab (the table loaded), feminine forms
 * and unknown compounds are read through the table's words.
 */
void
occ_canon(const struct tokens *in, struct tokens *out, int vocab)
{
	int	i;

	out->n = 0;
	for (i = 0; i < in->n; i++) {
		char		 w[TOK_LEN], alt[TOK_LEN];
		size_t		 len, best = 0, bl = 0, j, hl;
		const char	*head = NULL;

		memcpy(w, in->t[i], TOK_LEN);
		/* Two words the table knows as one: call center. */
		if (vocab && i + 1 < in->n && !occ_known(w)) {
			char	joined[TOK_LEN * 2];

			snprintf(joined, sizeof(joined), "%s%s", w,
			    in->t[i + 1]);
			if (strlen(joined) < TOK_LEN && occ_known(joined)) {
				memcpy(w, joined, TOK_LEN);
				i++;
			}
		}
		strip_s(w);
		len = strlen(w);
		for (j = 0; j < sizeof(heads) / sizeof(heads[0]); j++) {
			hl = strlen(heads[j].form);
			if (hl > len || strcmp(w + len - hl, heads[j].form) != 0)
				continue;
			if (hl < len && len - hl < 3)
				continue;
			if (hl > bl) {
				bl = hl;
				head = heads[j].word;
			}
		}
		if (head != NULL) {
			if (bl < len)
				push_modifier(out, w, len - bl);
			push(out, head);
			continue;
		}
		/* The plain form when the table knows it (kapster: kapper,
		 * huishoudelijke: huishoudelijk), even when it knows both. */
		if (vocab && masculine(w, alt)) {
			push(out, alt);
			continue;
		}
		if (!vocab || occ_known(w)) {
			push(out, w);
			continue;
		}
		/* An unknown compound of a known word: nachtportier. */
		for (j = 0; j < nwords; j++) {
			hl = strlen(words[j]);
			if (hl >= 4 && hl + 3 <= len && hl > best &&
			    strcmp(w + len - hl, words[j]) == 0)
				best = hl;
		}
		if (best > 0) {
			push_modifier(out, w, len - best);
			push(out, w + len - best);
		} else
			push(out, w);
	}
}

static int
cmp_tok(const void *a, const void *b)
{
	return strcmp(a, b);
}

/* Sort, drop repeats; the key is the words joined by spaces. */
void
occ_make_key(struct tokens *t, char *key, size_t len)
{
	int	i, j, o = 0;

	qsort(t->t, (size_t)t->n, TOK_LEN, cmp_tok);
	for (i = 0, j = 0; i < t->n; i++)
		if (j == 0 || strcmp(t->t[j - 1], t->t[i]) != 0) {
			if (j != i)
				memcpy(t->t[j], t->t[i], TOK_LEN);
			j++;
		}
	t->n = j;
	key[0] = '\0';
	for (i = 0; i < t->n; i++)
		o += snprintf(key + o, o < (int)len ? len - (size_t)o : 0,
		    "%s%s", i ? " " : "", t->t[i]);
}

void
occ_title_key(const char *title, int vocab, struct tokens *t, char *key,
    size_t len)
{
	struct tokens	raw;

	occ_split_words(title, &raw, 0);
	occ_canon(&raw, t, vocab);
	occ_make_key(t, key, len);
}
