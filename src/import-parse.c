/*
 * import-parse.c: the importer's reading of a row: the header mapped to
 * the kind's columns (English names and Dutch aliases, without regard to
 * case, spaces, underscores, hyphens or dots), then every field trimmed,
 * checked (no BSN, no control characters) and parsed by its column's
 * type with the shared validators.  Errors go to the row's error list.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "import-internal.h"
#include "werkbank/i18n.h"
#include "werkbank/record.h"
#include "werkbank/text.h"
#include "werkbank/xmalloc.h"

char *
import_row_strdup(struct importer *imp, const char *s, size_t n)
{
	if (imp->nrow_alloc == imp->caprow_alloc) {
		imp->caprow_alloc = imp->caprow_alloc ? imp->caprow_alloc * 2 :
		    64;
		imp->row_alloc = xreallocarray(imp->row_alloc,
		    imp->caprow_alloc, sizeof(char *));
	}
	return imp->row_alloc[imp->nrow_alloc++] = xstrndup(s, n);
}

/* ---- header ---- */

/* Lower-cased, without spaces, underscores, hyphens and dots. */
static void
normalize_name(const char *s, char *out, size_t len)
{
	size_t	o = 0;

	for (; *s != '\0' && o + 1 < len; s++)
		if (strchr(" _-.", *s) == NULL)
			out[o++] = (char)tolower((unsigned char)*s);
	out[o] = '\0';
}

static int
name_matches(const struct import_col *c, const char *norm)
{
	char		 buf[64], alias[64];
	const char	*a, *bar;
	size_t		 n;

	normalize_name(c->name, buf, sizeof(buf));
	if (strcmp(buf, norm) == 0)
		return 1;
	for (a = c->aliases; a != NULL && *a != '\0'; a = bar ? bar + 1 : NULL) {
		bar = strchr(a, '|');
		n = bar ? (size_t)(bar - a) : strlen(a);
		if (n >= sizeof(alias))
			n = sizeof(alias) - 1;
		memcpy(alias, a, n);
		alias[n] = '\0';
		normalize_name(alias, buf, sizeof(buf));
		if (strcmp(buf, norm) == 0)
			return 1;
	}
	return 0;
}

/*
 * Spaces, TABs and no-break spaces (which Excel leaves around values) in
 * any order, at both ends: csv_blank_len() says what is blank.
 */
char *
import_trim(char *s)
{
	char	*e;
	size_t	 n, k;

	while ((n = csv_blank_len(s)) > 0)
		s += n;
	e = s + strlen(s);
	while (e > s) {
		/* The longest blank that ends just before e. */
		for (k = 3; k > 0; k--)
			if ((size_t)(e - s) >= k && csv_blank_len(e - k) == k)
				break;
		if (k == 0)
			break;
		e -= k;
	}
	*e = '\0';
	return s;
}

/* The columns a rejects file adds (import.c), in English or in the
 * user's language: a corrected rejects file imports without a warning
 * about them. */
static int
rejects_column(const char *name)
{
	return strcasecmp(name, "line") == 0 ||
	    strcasecmp(name, "error") == 0 ||
	    strcasecmp(name, _("line")) == 0 ||
	    strcasecmp(name, _("error")) == 0;
}

enum wb_status
import_map_header(struct importer *imp, struct csv_row *row)
{
	static const char *const bsn_names[] = { "bsn", "burgerservicenummer",
	    "sofinummer", "bsnnummer", NULL };
	const struct import_kind	*k = imp->kind;
	char				 norm[128], *name;
	size_t				 i, j;
	int				 b;

	/* Empty names at the end of the header are Excel's, not columns. */
	imp->nheader = row->nfields;
	while (imp->nheader > 1 && *import_trim(row->fields[imp->nheader - 1]) == '\0')
		imp->nheader--;
	imp->header = xcalloc(row->nfields + 1, sizeof(char *));
	imp->colmap = xcalloc(row->nfields + 1, sizeof(int));
	for (i = 0; i < imp->nheader; i++) {
		name = import_trim(row->fields[i]);
		imp->header[i] = xstrdup(name);
		normalize_name(name, norm, sizeof(norm));
		for (b = 0; bsn_names[b] != NULL; b++)
			if (strcmp(norm, bsn_names[b]) == 0) {
				snprintf(imp->res->error,
				    sizeof(imp->res->error), _("column '%s' "
				    "holds citizen service numbers (BSN); "
				    "werkbank does not store them: remove the "
				    "column and import again"), name);
				return WB_INVALID;
			}
		imp->colmap[i] = -1;
		for (j = 0; j < k->ncols; j++)
			if (name_matches(&k->cols[j], norm))
				break;
		if (j == k->ncols) {
			if (*name != '\0' && !rejects_column(name) &&
			    imp->opt->warn != NULL) {
				char	msg[256], *clean = text_sanitize(name);

				snprintf(msg, sizeof(msg), _("unknown column "
				    "'%s' ignored"), clean);
				free(clean);
				imp->opt->warn(imp->opt->arg, msg);
			}
			continue;
		}
		if (imp->vals[j].present) {
			snprintf(imp->res->error, sizeof(imp->res->error),
			    _("two columns give '%s'; keep one"),
			    k->cols[j].name);
			return WB_INVALID;
		}
		imp->colmap[i] = (int)j;
		imp->vals[j].present = 1;
	}
	for (j = 0; j < k->ncols; j++)
		if ((k->cols[j].flags & COL_REQUIRED) && !imp->vals[j].present) {
			char	aliases[256], *bar;

			snprintf(aliases, sizeof(aliases), "%s",
			    k->cols[j].aliases);
			while ((bar = strchr(aliases, '|')) != NULL)
				*bar = '/';
			snprintf(imp->res->error, sizeof(imp->res->error),
			    *aliases ? _("required column '%s' is missing "
			    "(in Dutch: %s)") : _("required column '%s' is "
			    "missing"), k->cols[j].name, aliases);
			return WB_INVALID;
		}
	return WB_OK;
}

/* ---- the memo of closed-set values ---- */

static size_t
memo_slot(int col, const char *s)
{
	size_t	h = 2166136261u ^ (size_t)col;

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h & (2 * IMPORT_MEMO_MAX - 1);
}

static const struct memo_entry *
memo_find(struct importer *imp, int col, const char *s)
{
	size_t	i;

	if (imp->memo == NULL)
		return NULL;
	for (i = memo_slot(col, s); imp->memo[i].key != NULL;
	    i = (i + 1) & (2 * IMPORT_MEMO_MAX - 1))
		if (imp->memo[i].col == col && strcmp(imp->memo[i].key, s) == 0)
			return &imp->memo[i];
	return NULL;
}

/* Keep a value that parsed; a full memo keeps nothing more. */
static void
memo_add(struct importer *imp, int col, const char *s, const char *canon,
    int b, const char *buf)
{
	struct memo_entry	*e;
	size_t			 i;

	if (imp->nmemo >= IMPORT_MEMO_MAX || strlen(s) > 64)
		return;
	if (imp->memo == NULL)
		imp->memo = xcalloc(2 * IMPORT_MEMO_MAX, sizeof(*imp->memo));
	for (i = memo_slot(col, s); imp->memo[i].key != NULL;
	    i = (i + 1) & (2 * IMPORT_MEMO_MAX - 1))
		;
	e = &imp->memo[i];
	e->key = xstrdup(s);
	e->col = col;
	e->canon = canon;
	e->b = b;
	if (buf != NULL)
		snprintf(e->buf, sizeof(e->buf), "%s", buf);
	imp->nmemo++;
}

void
import_memo_free(struct importer *imp)
{
	size_t	i;

	for (i = 0; imp->memo != NULL && i < 2 * IMPORT_MEMO_MAX; i++)
		free(imp->memo[i].key);
	free(imp->memo);
	imp->memo = NULL;
	imp->nmemo = 0;
}

/* ---- values ---- */

/* The unit a number of this column may carry ("24 uur", "15 km"). */
static enum num_unit
unit_of(const struct import_col *c)
{
	size_t	n = strlen(c->name);

	if (strncmp(c->name, "hours", 5) == 0)
		return NUM_UNIT_HOURS;
	if (n > 3 && strcmp(c->name + n - 3, "_km") == 0)
		return NUM_UNIT_KM;
	return NUM_UNIT_NONE;
}

/*
 * An occupation given as a job title instead of a code: its ISCO code
 * into isco (record_occupation_resolve; an ambiguous or unknown title is
 * refused with the choices).  0, or -1 with the error added.
 */
static int
occupation_code(struct importer *imp, const struct import_col *c,
    const char *s, char isco[5])
{
	char	err[512];

	if (import_resolve_title(imp, s, isco, err, sizeof(err)) != WB_OK) {
		import_error(imp, c->name, "%s", err);
		return -1;
	}
	return 0;
}

static void
parse_list(struct importer *imp, const struct import_col *c, struct ival *v,
    const char *s)
{
	const struct validate_ctx	*vc = imp->vctx;
	char				 err[VERR], item[256], *colon;
	const char			*p = s, *bar;
	size_t				 n;
	int				 instr = vocab_set_of(c->values) ==
					    VOCAB_INSTRUMENT;
	int				 col = (int)(c - imp->kind->cols);

	v->nitems = 0;
	for (; p != NULL; p = bar ? bar + 1 : NULL) {
		bar = validate_item_end(p, c->type == FT_ENUMS ||
		    c->type == FT_INSTRUMENTS);
		n = bar ? (size_t)(bar - p) : strlen(p);
		if (n + 1 >= sizeof(item)) {
			import_error(imp, c->name, _("an item is too long"));
			return;
		}
		memcpy(item, p, n);
		item[n] = '\0';
		char *it = import_trim(item);
		if (*it == '\0')
			continue;
		if (v->nitems == sizeof(v->items) / sizeof(v->items[0])) {
			import_error(imp, c->name, _("more than %zu items"),
			    sizeof(v->items) / sizeof(v->items[0]));
			return;
		}
		v->item_num[v->nitems] = -1;
		if (instr && strchr(it, ':') == NULL)
			validate_percent_as_colon(it);
		colon = strchr(it, ':');
		if (colon != NULL && (c->type == FT_OCCUPATIONS || instr)) {
			double	num;

			*colon = '\0';
			if (validate_number_unit(import_trim(colon + 1),
			    c->type == FT_OCCUPATIONS ? NUM_UNIT_NONE :
			    NUM_UNIT_PERCENT, 0, c->type == FT_OCCUPATIONS ? 60 :
			    100, &num, err) != WB_OK) {
				import_error(imp, c->name, "%s", err);
				return;
			}
			v->item_num[v->nitems] = num;
			it = import_trim(it);
		}
		switch (c->type) {
		case FT_OCCUPATIONS:
			if (strspn(it, "0123456789") != strlen(it)) {
				char	isco[5];

				if (occupation_code(imp, c, it, isco) != 0)
					return;
				it = import_row_strdup(imp, isco, 4);
			}
			if (validate_isco(vc, it, err) != WB_OK) {
				import_error(imp, c->name, "%s", err);
				return;
			}
			break;
		case FT_INSTRUMENTS:
		case FT_ENUMS: {
			const struct memo_entry	*m;
			const char		*canon;

			if ((m = memo_find(imp, col, it)) != NULL)
				canon = m->canon;
			else if (validate_enum(it, c->values, &canon, err) !=
			    WB_OK) {
				import_error(imp, c->name, "%s", err);
				return;
			} else
				memo_add(imp, col, it, canon, 0, NULL);
			if (colon != NULL && strcmp(canon, "lks") != 0) {
				import_error(imp, c->name, _("only lks takes a "
				    "percentage"));
				return;
			}
			it = (char *)canon;
			break;
		}
		default:	/* FT_TAGS */
			for (char *q = it; *q != '\0'; q++)
				*q = (char)tolower((unsigned char)*q);
			if (strlen(it) > 80) {
				import_error(imp, c->name, _("a tag is longer "
				    "than 80 characters"));
				return;
			}
			break;
		}
		/* A repeated item counts once. */
		for (size_t i = 0; i < v->nitems; i++)
			if (strcmp(v->items[i], it) == 0)
				goto next;
		v->items[v->nitems++] = import_row_strdup(imp, it, strlen(it));
next:		;
	}
	v->known = v->nitems > 0;
}

static void
parse_value(struct importer *imp, const struct import_col *c, struct ival *v,
    char *s)
{
	const struct validate_ctx	*vc = imp->vctx;
	const struct memo_entry		*m = NULL;
	char				 err[VERR];
	const char			*canon;
	int				 b;
	int				 col = (int)(c - imp->kind->cols);
	long				 l;

	v->text = s;
	switch (c->type) {
	case FT_ENUM:
	case FT_BOOL:
	case FT_LICENCE:
	case FT_EDUCATION:
	case FT_CEFR:
		m = memo_find(imp, col, s);
		break;
	default:
		break;
	}
	switch (c->type) {
	case FT_TEXT:
	case FT_MULTILINE:
		if (strlen(s) > 1000) {
			import_error(imp, c->name, _("longer than %d characters"),
			    1000);
			return;
		}
		if (c->type == FT_MULTILINE && strlen(s) > 20000)
			import_error(imp, c->name, _("longer than %d "
			    "characters"), 20000);
		return;
	case FT_KEY:
		if (strlen(s) > 64)
			import_error(imp, c->name, _("longer than %d characters"),
			    64);
		return;
	case FT_ENUM:
		if (m != NULL)
			canon = m->canon;
		else if (validate_enum(s, c->values, &canon, err) != WB_OK)
			import_error(imp, c->name, "%s", err);
		else
			memo_add(imp, col, s, canon, 0, NULL);
		v->text = canon;
		return;
	case FT_ENUMS:
	case FT_TAGS:
	case FT_OCCUPATIONS:
	case FT_INSTRUMENTS:
		parse_list(imp, c, v, s);
		return;
	case FT_BOOL:
		if (m != NULL)
			b = m->b;
		else if (validate_bool(s, &b, err) != WB_OK)
			import_error(imp, c->name, "%s", err);
		else
			memo_add(imp, col, s, NULL, b, NULL);
		v->id = b;
		return;
	case FT_LICENCE:
		if (m != NULL)
			b = m->b;
		else if (validate_licence(s, &b, err) != WB_OK)
			import_error(imp, c->name, "%s", err);
		else
			memo_add(imp, col, s, NULL, b, NULL);
		v->id = b;
		return;
	case FT_INT:
		if (validate_int(s, (long)c->min, (long)c->max, &l, err) != WB_OK)
			import_error(imp, c->name, "%s", err);
		v->num = (double)l;
		return;
	case FT_REAL:
		if (validate_number_unit(s, unit_of(c), c->min, c->max, &v->num,
		    err) != WB_OK)
			import_error(imp, c->name, "%s", err);
		return;
	case FT_DATE:
		if (validate_date(s, v->buf, err) != WB_OK)
			import_error(imp, c->name, "%s", err);
		v->text = v->buf;
		return;
	case FT_POSTCODE:
		if (validate_postcode(vc, s, v->buf, err) != WB_OK)
			import_error(imp, c->name, "%s", err);
		v->text = v->buf;
		return;
	case FT_ISCO:
		if (strspn(s, "0123456789") != strlen(s)) {
			if (occupation_code(imp, c, s, v->buf) != 0)
				return;
			v->text = s = v->buf;
		}
		if (validate_isco(vc, s, err) != WB_OK)
			import_error(imp, c->name, "%s", err);
		return;
	case FT_EDUCATION:
		if (m != NULL)
			v->text = m->canon;
		else if (validate_education(vc, s, &canon, err) != WB_OK)
			import_error(imp, c->name, "%s", err);
		else {
			v->text = canon;
			memo_add(imp, col, s, canon, 0, NULL);
		}
		return;
	case FT_CEFR:
		if (m != NULL)
			memcpy(v->buf, m->buf, 3);
		else if (validate_cefr(s, v->buf, err) != WB_OK)
			import_error(imp, c->name, "%s", err);
		else
			memo_add(imp, col, s, NULL, 0, v->buf);
		v->text = v->buf;
		return;
	case FT_PARTNER:
		if (validate_partner(vc, s, &v->id, err) != WB_OK)
			import_error(imp, c->name, "%s", err);
		return;
	case FT_LOGIN:
		if ((v->id = validate_user(vc, s)) == 0)
			import_warn_once(imp, _("'%s' is not a werkbank user; "
			    "left empty (add the user, then import again)"), s);
		return;
	case FT_MUNICIPALITY:
		if (validate_municipality(vc, s, v->buf, err) != WB_OK)
			import_error(imp, c->name, "%s", err);
		v->text = v->buf;
		return;
	case FT_EMAIL:
		if (validate_email(s, err) != WB_OK)
			import_error(imp, c->name, "%s", err);
		return;
	case FT_PHONE:
		if (validate_phone(s, err) != WB_OK)
			import_error(imp, c->name, "%s", err);
		return;
	}
}

/* CRLF inside a quoted field becomes LF, and so does a lone CR (a line
 * break in a file from old Mac Excel). */
static void
drop_cr(char *s)
{
	char	*o = s;

	for (; *s != '\0'; s++)
		if (*s != '\r')
			*o++ = *s;
		else if (s[1] != '\n')
			*o++ = '\n';
	*o = '\0';
}

/* Parse the row into imp->vals; errors go to imp->errors. */
void
import_parse_row(struct importer *imp, struct csv_row *row)
{
	const struct import_kind	*k = imp->kind;
	char				 err[VERR];
	size_t				 i, before;

	for (i = 0; i < k->ncols; i++) {
		imp->vals[i].known = 0;
		imp->vals[i].text = NULL;
		imp->vals[i].nitems = 0;
		imp->vals[i].id = 0;
		imp->vals[i].num = 0;
	}
	if (row->nfields < imp->nheader) {
		import_error(imp, _("row"), _("%zu fields, the header has %zu"),
		    row->nfields, imp->nheader);
		return;
	}
	for (i = imp->nheader; i < row->nfields; i++)
		if (*import_trim(row->fields[i]) != '\0') {
			import_error(imp, _("row"), _("%zu fields, the header "
			    "has %zu"), row->nfields, imp->nheader);
			return;
		}
	for (i = 0; i < imp->nheader; i++) {
		int				 ci = imp->colmap[i];
		const struct import_col		*c;
		const char			*name;
		char				*s = import_trim(row->fields[i]);

		c = ci >= 0 ? &k->cols[ci] : NULL;
		name = c != NULL ? c->name : imp->header[i];
		/* The apostrophe an export puts before a formula-like value. */
		if (s[0] == '\'' && s[1] != '\0' && strchr("=+-@", s[1]) != NULL)
			s++;
		/* Every column, known or not: no BSN, no control codes. */
		if (validate_looks_like_bsn(s)) {
			import_error(imp, name, _("looks like a citizen service "
			    "number (BSN); werkbank does not store them"));
			continue;
		}
		/* A column werkbank ignores is not stored: only the BSN rule. */
		if (c == NULL)
			continue;
		if (c->type == FT_MULTILINE)
			drop_cr(s);
		if (validate_text(s, c->type == FT_MULTILINE, FIELD_LEN_MAX,
		    err) != WB_OK) {
			import_error(imp, name, "%s", err);
			continue;
		}
		if (*s == '\0') {
			if (c->flags & COL_REQUIRED)
				import_error(imp, c->name, _("required"));
			continue;
		}
		imp->vals[ci].known = 1;
		before = imp->errlen;
		parse_value(imp, c, &imp->vals[ci], s);
		/* A value that did not parse is unknown to the row checks. */
		if (imp->errlen != before)
			imp->vals[ci].known = 0;
	}
}
