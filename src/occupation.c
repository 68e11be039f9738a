/*
 * occupation.c: a Dutch job title -> its ISCO-08 unit group
 * (record_occupation_suggest and record_occupation_resolve, record.h).
 *
 * Three sources, in this order: werkbank's own table of everyday job
 * titles (fixtures/reference/job_titles_nl.csv, compiled in and read
 * once per process), then the same table by its words, then ESCO's
 * labels and the ISCO titles (the occupation_search index).
 *
 * A title and what is typed are compared by their key: the words folded
 * to lower-case ASCII, without what says nothing about the job (m/v,
 * parttime, 32 uur, junior, allround, leerling, 1e, ...), each word in
 * its base form (a trailing linking or plural s dropped, a feminine
 * form such as kapster or caissière read as kapper or caissier when the
 * table knows that word), a compound with a common head word split in
 * two (productiemedewerker = medewerker productie), and the words
 * sorted.  A word the table does not know that ends in one it does is
 * read as that word (nachtportier: portier).
 *
 *   1. the typed key is a title's key: that title's group(s);
 *   2. else the titles whose words are all among the typed ones, the
 *      ones with the most words (heftruckchauffeur 2-ploegendienst
 *      Meppel: heftruckchauffeur);
 *   3. else (as one types) the titles that go on from the last word;
 *   4. else ESCO's and ISCO's labels that start with the typed words.
 *
 * A title the table gives several groups (monteur, chauffeur), or a tie
 * in 2, is ambiguous: the suggestions say so and resolving refuses it
 * with the choices.
 */
#include "werkbank/record.h"

#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "werkbank/csv.h"
#include "werkbank/embed.h"
#include "werkbank/i18n.h"
#include "werkbank/xmalloc.h"

#define TITLES_FILE	"job_titles_nl.csv"
#define TOK_MAX		16	/* words of a typed title looked at */
#define TOK_LEN		40
#define ROW_TOK		8	/* words of a table title */
#define ROW_CODES	4
#define SUGGEST_MAX	24
#define CAND_MAX	64

struct tokens {
	int	n;
	char	t[TOK_MAX][TOK_LEN];
};

struct title {
	char	*title;
	char	 key[ROW_TOK * TOK_LEN];
	char	 tok[ROW_TOK][TOK_LEN];
	int	 ntok;
	char	 codes[ROW_CODES][5];
	int	 ncodes;
};

static struct {
	struct title	*rows;
	size_t		 n;
	char		(*vocab)[TOK_LEN];
	size_t		 nvocab;
} tt;
static pthread_once_t tt_once = PTHREAD_ONCE_INIT;

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

static int
known(const char *w)
{
	if (tt.vocab == NULL)
		return 0;
	return bsearch(w, tt.vocab, tt.nvocab, TOK_LEN,
	    (int (*)(const void *, const void *))strcmp) != NULL;
}

/*
 * Lower-case ASCII: Latin-1 letters lose their accents, apostrophes go
 * (pm'er: pmer), other punctuation and symbols become separators.
 */
static void
fold(const char *in, char *out, size_t len)
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
static void
split_words(const char *in, struct tokens *t, int keep_noise)
{
	char	 buf[512], raw[512];
	char	*w[TOK_MAX * 2];
	int	 tight[TOK_MAX * 2];
	int	 n = 0, i;

	/* The joiners between single letters, before fold() drops them. */
	snprintf(raw, sizeof(raw), "%s", in);
	fold(raw, buf, sizeof(buf));
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
		if (strcmp(c[i], w) != 0 && known(c[i])) {
			memcpy(out, c[i], TOK_LEN);
			return 1;
		}
	/* A plural: receptionistes. */
	if (w[len - 1] == 's' && !known(w)) {
		char	sing[TOK_LEN];

		snprintf(sing, sizeof(sing), "%.*s", (int)len - 1, w);
		if (masculine(sing, out))
			return 1;
		if (known(sing)) {
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
	if (!known(m)) {
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
static void
canon(const struct tokens *in, struct tokens *out, int vocab)
{
	int	i;

	out->n = 0;
	for (i = 0; i < in->n; i++) {
		char		 w[TOK_LEN], alt[TOK_LEN];
		size_t		 len, best = 0, bl = 0, j, hl;
		const char	*head = NULL;

		memcpy(w, in->t[i], TOK_LEN);
		/* Two words the table knows as one: call center. */
		if (vocab && i + 1 < in->n && !known(w)) {
			char	joined[TOK_LEN * 2];

			snprintf(joined, sizeof(joined), "%s%s", w,
			    in->t[i + 1]);
			if (strlen(joined) < TOK_LEN && known(joined)) {
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
		if (!vocab || known(w)) {
			push(out, w);
			continue;
		}
		/* An unknown compound of a known word: nachtportier. */
		for (j = 0; j < tt.nvocab; j++) {
			hl = strlen(tt.vocab[j]);
			if (hl >= 4 && hl + 3 <= len && hl > best &&
			    strcmp(w + len - hl, tt.vocab[j]) == 0)
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
static void
make_key(struct tokens *t, char *key, size_t len)
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

static void
title_key(const char *title, int vocab, struct tokens *t, char *key,
    size_t len)
{
	struct tokens	raw;

	split_words(title, &raw, 0);
	canon(&raw, t, vocab);
	make_key(t, key, len);
}

/* The table, once per process; nothing when it is missing or broken
 * (the unit tests check the table itself). */
static void
titles_load(void)
{
	const struct embedded_file	*f;
	struct csv_reader		*r;
	struct csv_row			*row;
	struct tokens			 t;
	size_t				 cap = 0, vcap = 0, i;
	int				 ct, cc, j;

	if ((f = embed_find(TITLES_FILE)) == NULL)
		return;
	r = csv_reader_new(f->data, f->len, ',');
	if (csv_reader_next(r, &row) != WB_OK ||
	    (ct = csv_row_find(row, "title")) < 0 ||
	    (cc = csv_row_find(row, "isco08")) < 0) {
		csv_reader_free(r);
		return;
	}
	while (csv_reader_next(r, &row) == WB_OK) {
		struct title	*tr;
		char		*codes, *c, *save;

		if ((size_t)ct >= row->nfields || (size_t)cc >= row->nfields)
			continue;
		if (tt.n == cap) {
			cap = cap ? cap * 2 : 1024;
			tt.rows = xreallocarray(tt.rows, cap, sizeof(*tt.rows));
		}
		tr = &tt.rows[tt.n];
		memset(tr, 0, sizeof(*tr));
		codes = xstrdup(row->fields[cc]);
		for (c = strtok_r(codes, "|", &save); c != NULL &&
		    tr->ncodes < ROW_CODES; c = strtok_r(NULL, "|", &save))
			if (strlen(c) == 4)
				memcpy(tr->codes[tr->ncodes++], c, 5);
		free(codes);
		if (tr->ncodes == 0)
			continue;
		tr->title = xstrdup(row->fields[ct]);
		tt.n++;
	}
	csv_reader_free(r);
	/* The words of the table, then every title's key through them. */
	for (i = 0; i < tt.n; i++) {
		title_key(tt.rows[i].title, 0, &t, tt.rows[i].key,
		    sizeof(tt.rows[i].key));
		for (j = 0; j < t.n; j++) {
			if (tt.nvocab == vcap) {
				vcap = vcap ? vcap * 2 : 1024;
				tt.vocab = xreallocarray(tt.vocab, vcap,
				    TOK_LEN);
			}
			memcpy(tt.vocab[tt.nvocab++], t.t[j], TOK_LEN);
		}
	}
	if (tt.nvocab > 0) {
		size_t	k = 0;

		qsort(tt.vocab, tt.nvocab, TOK_LEN, cmp_tok);
		for (i = 0; i < tt.nvocab; i++)
			if (k == 0 || strcmp(tt.vocab[k - 1], tt.vocab[i]))
				memmove(tt.vocab[k++], tt.vocab[i], TOK_LEN);
		tt.nvocab = k;
	}
	for (i = 0; i < tt.n; i++) {
		struct title	*tr = &tt.rows[i];

		title_key(tr->title, 1, &t, tr->key, sizeof(tr->key));
		tr->ntok = t.n < ROW_TOK ? t.n : ROW_TOK;
		for (j = 0; j < tr->ntok; j++)
			memcpy(tr->tok[j], t.t[j], TOK_LEN);
	}
}

static void
titles(void)
{
	pthread_once(&tt_once, titles_load);
}

/* ---- matching ---- */

struct cand {
	char		 isco[5];
	const char	*label;		/* points into the table or buf */
	char		 kind[8];
	int		 tier;
};

struct cands {
	struct cand	c[CAND_MAX];
	size_t		n;
	int		best;		/* groups of the deciding tier */
	int		tier;		/* which tier decided (0: none) */
};

static int
has_cand(const struct cands *cs, const char *isco)
{
	for (size_t i = 0; i < cs->n; i++)
		if (strcmp(cs->c[i].isco, isco) == 0)
			return 1;
	return 0;
}

/* The title of the table in group isco whose words hold those of row r
 * with the fewest others, the first one listed (the table lists the
 * common title of a group first): monteur in 7231 is automonteur; r's
 * own title if none. */
static const char *
specific_title(const struct title *r, const char *isco)
{
	const struct title	*best = NULL;
	size_t			 i;
	int			 j, k;

	for (i = 0; i < tt.n; i++) {
		const struct title	*o = &tt.rows[i];

		if (o->ncodes != 1 || strcmp(o->codes[0], isco) != 0)
			continue;
		for (j = 0; j < r->ntok; j++) {
			for (k = 0; k < o->ntok; k++)
				if (strcmp(r->tok[j], o->tok[k]) == 0)
					break;
			if (k == o->ntok)
				break;
		}
		if (j == r->ntok && (best == NULL || o->ntok < best->ntok))
			best = o;
	}
	return best != NULL ? best->title : r->title;
}

/* Add the groups of row r; returns how many were new. */
static int
add_row(struct cands *cs, const struct title *r, int tier)
{
	int	j, added = 0;

	for (j = 0; j < r->ncodes && cs->n < CAND_MAX; j++) {
		struct cand	*c;

		if (has_cand(cs, r->codes[j]))
			continue;
		c = &cs->c[cs->n++];
		memcpy(c->isco, r->codes[j], 5);
		c->label = r->ncodes > 1 ? specific_title(r, r->codes[j]) :
		    r->title;
		snprintf(c->kind, sizeof(c->kind), "title");
		c->tier = tier;
		added++;
	}
	return added;
}

static int
subset(const struct title *r, const struct tokens *q)
{
	int	j, k;

	for (j = 0; j < r->ntok; j++) {
		for (k = 0; k < q->n; k++)
			if (strcmp(r->tok[j], q->t[k]) == 0)
				break;
		if (k == q->n)
			return 0;
	}
	return 1;
}

/* Every word of t is one of row r's. */
static int
subset_of(const struct tokens *t, const struct title *r)
{
	int	j, k;

	for (j = 0; j < t->n; j++) {
		for (k = 0; k < r->ntok; k++)
			if (strcmp(t->t[j], r->tok[k]) == 0)
				break;
		if (k == r->ntok)
			return 0;
	}
	return 1;
}

static void
decide(struct cands *cs, int tier, int n)
{
	if (n > 0 && cs->tier == 0) {
		cs->tier = tier;
		cs->best = n;
	}
}

/* Where the first of row r's words stands in what was typed. */
static int
first_at(const struct title *r, const struct tokens *typed)
{
	int	j, k, at = TOK_MAX;

	for (j = 0; j < r->ntok; j++)
		for (k = 0; k < typed->n && k < at; k++)
			if (strcmp(r->tok[j], typed->t[k]) == 0)
				at = k;
	return at;
}

/*
 * Tier 2: the titles whose words are all typed, the most words first;
 * among those, the one typed first comes first (Kassa medewerker
 * supermarkt: kassamedewerker), but all of them are the choices.
 */
static void
match_words(const struct tokens *q, const struct tokens *typed,
    struct cands *cs)
{
	size_t	i;
	int	most = 0, n = 0, at;

	for (i = 0; i < tt.n; i++)
		if (tt.rows[i].ntok < q->n && tt.rows[i].ntok > most &&
		    subset(&tt.rows[i], q))
			most = tt.rows[i].ntok;
	for (at = 0; most > 0 && at <= TOK_MAX; at++)
		for (i = 0; i < tt.n; i++)
			if (tt.rows[i].ntok == most && subset(&tt.rows[i], q) &&
			    first_at(&tt.rows[i], typed) == at)
				n += add_row(cs, &tt.rows[i], 2);
	decide(cs, 2, n);
}

/*
 * Tier 3, as one types: the words before the last are the title's, and
 * the last one starts one of its words, or the title starts with what
 * was typed; the titles with the fewest other words first.
 */
static void
match_prefix(const char *typed, const struct tokens *raw, struct cands *cs)
{
	struct tokens	 head, lead;
	char		 ftyped[512], ftitle[512];
	const char	*last = raw->t[raw->n - 1];
	size_t		 i, lastlen = strlen(last);
	int		*hits, extra, found = 0, j;

	if (lastlen < 2)
		return;
	lead = *raw;
	lead.n--;
	canon(&lead, &head, 1);
	fold(typed, ftyped, sizeof(ftyped));
	hits = xcalloc(tt.n, sizeof(*hits));
	for (i = 0; i < tt.n; i++) {
		const struct title	*r = &tt.rows[i];
		int			 hit;

		fold(r->title, ftitle, sizeof(ftitle));
		hit = strncmp(ftitle, ftyped, strlen(ftyped)) == 0;
		for (j = 0; !hit && j < r->ntok; j++)
			hit = strncmp(r->tok[j], last, lastlen) == 0;
		hits[i] = hit && subset_of(&head, r);
	}
	for (extra = 0; extra <= ROW_TOK && found < 12; extra++)
		for (i = 0; i < tt.n; i++) {
			const struct title	*r = &tt.rows[i];
			size_t			 k;

			if (!hits[i] || r->ntok - head.n != extra)
				continue;
			/* A group under the first of its titles listed
			 * (heftruck: heftruckchauffeur, not heftrucker). */
			for (k = 0; k < i; k++)
				if (hits[k] && tt.rows[k].ncodes == 1 &&
				    r->ncodes == 1 && strcmp(tt.rows[k].codes[0],
				    r->codes[0]) == 0)
					break;
			found += add_row(cs, k < i ? &tt.rows[k] : r, 3);
		}
	free(hits);
	/* Several groups go on from what was typed: not one yet. */
	decide(cs, 3, found);
}

/*
 * Tiers 1 to 3 (the top of the file).  A last word the table does not
 * know is likely still being typed: then the titles it starts come
 * before those of the other words.
 */
static void
match_table(const char *typed, struct cands *cs)
{
	struct tokens	 q, raw, order;
	char		 key[TOK_MAX * TOK_LEN];
	size_t		 i;
	int		 n = 0, partial;

	titles();
	if (tt.n == 0)
		return;
	split_words(typed, &raw, 0);
	canon(&raw, &order, 1);
	title_key(typed, 1, &q, key, sizeof(key));
	if (q.n == 0)
		return;
	for (i = 0; i < tt.n; i++)
		if (strcmp(tt.rows[i].key, key) == 0)
			n += add_row(cs, &tt.rows[i], 1);
	decide(cs, 1, n);
	if (raw.n == 0)
		return;
	{
		struct tokens	lastw, lastc;

		lastw.n = 1;
		memcpy(lastw.t[0], raw.t[raw.n - 1], TOK_LEN);
		canon(&lastw, &lastc, 1);
		partial = lastc.n == 0 || !known(lastc.t[lastc.n - 1]);
	}
	if (partial)
		match_prefix(typed, &raw, cs);
	match_words(&q, &order, cs);
	if (!partial)
		match_prefix(typed, &raw, cs);
}

/* The typed words as an FTS5 prefix query: "kok"* "hulp"*. */
static int
match_expr(const char *typed, char *out, size_t len)
{
	struct tokens	t;
	size_t		o = 0;
	int		i;

	split_words(typed, &t, 0);
	out[0] = '\0';
	for (i = 0; i < t.n && o < len; i++)
		o += (size_t)snprintf(out + o, len - o, "%s\"%s\"*",
		    i ? " " : "", t.t[i]);
	return o < len ? t.n : 0;
}

/* Tier 4: ESCO's and ISCO's labels that start with the typed words. */
static enum wb_status
match_esco(struct db *db, const char *typed, struct cands *cs, char
    (*buf)[160], size_t nbuf)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	char		 expr[512], exact[5] = "";
	size_t		 used = 0, first = cs->n, i;
	int		 mixed = 0, n = 0;

	if (match_expr(typed, expr, sizeof(expr)) == 0)
		return WB_OK;
	if ((st = db_prepare(db, "SELECT s.isco_code, s.label, s.kind, "
	    "s.label = ?2 COLLATE NOCASE AND s.kind <> 'alt' "
	    "FROM occupation_search s WHERE occupation_search MATCH ?1 "
	    "ORDER BY s.label = ?2 COLLATE NOCASE DESC, s.rank, "
	    "length(s.label), s.label LIMIT 200", &stmt)) != WB_OK)
		return st;
	sqlite3_bind_text(stmt, 1, expr, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(stmt, 2, typed, -1, SQLITE_TRANSIENT);
	while (sqlite3_step(stmt) == SQLITE_ROW) {
		char	isco[5];

		db_column_copy(isco, sizeof(isco), stmt, 0);
		/* An ESCO or ISCO label typed in full decides; an
		 * alternative label alone is too loose. */
		if (sqlite3_column_int(stmt, 3)) {
			if (exact[0] != '\0' && strcmp(exact, isco) != 0)
				mixed = 1;
			memcpy(exact, isco, 5);
		}
		if (has_cand(cs, isco) || cs->n >= CAND_MAX || used >= nbuf)
			continue;
		db_column_copy(buf[used], sizeof(buf[used]), stmt, 1);
		memcpy(cs->c[cs->n].isco, isco, 5);
		cs->c[cs->n].label = buf[used++];
		db_column_copy(cs->c[cs->n].kind, sizeof(cs->c[cs->n].kind),
		    stmt, 2);
		cs->c[cs->n].tier = 4;
		cs->n++;
		n++;
	}
	sqlite3_finalize(stmt);
	if (cs->tier != 0 || n == 0)
		return WB_OK;
	cs->tier = 4;
	cs->best = n;
	if (exact[0] != '\0' && !mixed) {
		/* The group of the label typed in full first: it decides. */
		for (i = first; i < cs->n; i++)
			if (strcmp(cs->c[i].isco, exact) == 0)
				break;
		if (i < cs->n && i != first) {
			struct cand	tmp = cs->c[i];

			memmove(&cs->c[first + 1], &cs->c[first],
			    (i - first) * sizeof(cs->c[0]));
			cs->c[first] = tmp;
		}
		cs->best = 1;
	}
	return WB_OK;
}

static enum wb_status
lookup(struct db *db, const char *typed, struct cands *cs, char
    (*buf)[160], size_t nbuf)
{
	memset(cs, 0, sizeof(*cs));
	match_table(typed, cs);
	return match_esco(db, typed, cs, buf, nbuf);
}

static void
trim_copy(const char *typed, char *out, size_t len)
{
	size_t	n;

	while (isspace((unsigned char)*typed))
		typed++;
	n = strlen(typed);
	while (n > 0 && isspace((unsigned char)typed[n - 1]))
		n--;
	snprintf(out, len, "%.*s", (int)n, typed);
}

enum wb_status
record_occupation_suggest(struct db *db, const char *typed,
    struct occupation_suggestion *out, size_t max, size_t *n)
{
	struct cands	 cs;
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	char		 t[512], buf[SUGGEST_MAX][160];
	size_t		 i;

	*n = 0;
	trim_copy(typed, t, sizeof(t));
	if (max == 0 || t[0] == '\0')
		return WB_OK;
	if ((st = db_prepare(db, "SELECT title_nl FROM isco_group "
	    "WHERE code = ?1 AND level = 4", &stmt)) != WB_OK)
		return st;
	if (strlen(t) == 4 && strspn(t, "0123456789") == 4) {
		memset(&cs, 0, sizeof(cs));
		memcpy(cs.c[0].isco, t, 5);
		cs.c[0].label = NULL;
		snprintf(cs.c[0].kind, sizeof(cs.c[0].kind), "isco");
		cs.n = 1;
		cs.best = 1;
	} else if ((st = lookup(db, t, &cs, buf, SUGGEST_MAX)) != WB_OK) {
		sqlite3_finalize(stmt);
		return st;
	}
	for (i = 0; i < cs.n && *n < max; i++) {
		struct occupation_suggestion	*o = &out[*n];

		sqlite3_reset(stmt);
		sqlite3_bind_text(stmt, 1, cs.c[i].isco, -1,
		    SQLITE_TRANSIENT);
		if (sqlite3_step(stmt) != SQLITE_ROW)
			continue;
		memcpy(o->isco, cs.c[i].isco, 5);
		db_column_copy(o->group, sizeof(o->group), stmt, 0);
		snprintf(o->label, sizeof(o->label), "%s", cs.c[i].label ?
		    cs.c[i].label : o->group);
		snprintf(o->kind, sizeof(o->kind), "%s", cs.c[i].kind);
		o->ambiguous = cs.best > 1 && i < (size_t)cs.best;
		(*n)++;
	}
	sqlite3_finalize(stmt);
	return WB_OK;
}

enum wb_status
record_occupation_resolve(struct db *db, const char *typed, char isco[5],
    char *err, size_t errlen)
{
	struct occupation_suggestion	 s[SUGGEST_MAX];
	enum wb_status			 st;
	char				 list[512], t[512];
	size_t				 n, i, o = 0, best;

	trim_copy(typed, t, sizeof(t));
	if ((st = record_occupation_suggest(db, t, s, SUGGEST_MAX, &n)) !=
	    WB_OK)
		return st;
	if (n == 0) {
		snprintf(err, errlen, _("'%s' is not an occupation werkbank "
		    "knows: type a Dutch job title or a 4-digit ISCO-08 code"),
		    t);
		return WB_INVALID;
	}
	if (!s[0].ambiguous) {
		memcpy(isco, s[0].isco, 5);
		return WB_OK;
	}
	for (best = 0; best < n && s[best].ambiguous; best++)
		;
	list[0] = '\0';
	for (i = 0; i < best && i < 6 && o < sizeof(list) - 1; i++)
		o += (size_t)snprintf(list + o, sizeof(list) - o, "%s%s %s",
		    i ? ", " : "", s[i].isco, s[i].label);
	snprintf(err, errlen, _("'%s' may mean several occupations: %s; "
	    "give a more specific job title or the ISCO-08 code"), t, list);
	return WB_INVALID;
}
