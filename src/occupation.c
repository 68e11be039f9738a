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
#include "occupation-int.h"

#define TITLES_FILE	"job_titles_nl.csv"
#define ROW_TOK		8	/* words of a table title */
#define ROW_CODES	4
#define SUGGEST_MAX	24
#define CAND_MAX	64

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
		occ_title_key(tt.rows[i].title, 0, &t, tt.rows[i].key,
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

		qsort(tt.vocab, tt.nvocab, TOK_LEN,
		    (int (*)(const void *, const void *))strcmp);
		for (i = 0; i < tt.nvocab; i++)
			if (k == 0 || strcmp(tt.vocab[k - 1], tt.vocab[i]))
				memmove(tt.vocab[k++], tt.vocab[i], TOK_LEN);
		tt.nvocab = k;
	}
	occ_vocab_set(tt.vocab, tt.nvocab);
	for (i = 0; i < tt.n; i++) {
		struct title	*tr = &tt.rows[i];

		occ_title_key(tr->title, 1, &t, tr->key, sizeof(tr->key));
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
	occ_canon(&lead, &head, 1);
	occ_fold(typed, ftyped, sizeof(ftyped));
	hits = xcalloc(tt.n, sizeof(*hits));
	for (i = 0; i < tt.n; i++) {
		const struct title	*r = &tt.rows[i];
		int			 hit;

		occ_fold(r->title, ftitle, sizeof(ftitle));
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
	occ_split_words(typed, &raw, 0);
	occ_canon(&raw, &order, 1);
	occ_title_key(typed, 1, &q, key, sizeof(key));
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
		occ_canon(&lastw, &lastc, 1);
		partial = lastc.n == 0 || !occ_known(lastc.t[lastc.n - 1]);
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

	occ_split_words(typed, &t, 0);
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

const char *
record_occupation_title(const char *isco)
{
	size_t	i;

	titles();
	for (i = 0; i < tt.n; i++)
		if (tt.rows[i].ncodes == 1 &&
		    strcmp(tt.rows[i].codes[0], isco) == 0)
			return tt.rows[i].title;
	return NULL;
}
