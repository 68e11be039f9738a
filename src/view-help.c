/*
 * view-help.c: screen 5, the keys.  Generated from the action table and
 * the key tables (request.h, keys.h), with the configuration file's
 * bindings applied, so it always tells the keys in force; the manual's
 * key list comes from the same tables (request_print_mdoc).  / searches
 * it: the lines whose keys or text hold what is typed (any case); n and
 * N go on.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "werkbank/i18n.h"
#include "werkbank/keys.h"
#include "werkbank/view.h"
#include "werkbank/xmalloc.h"

struct help_line {
	char		*keys;
	const char	*text;		/* untranslated */
	int		 heading;
};

struct help_view {
	struct help_line	*lines;
	size_t			 n;
};

static const struct view_column help_cols[] = {
	{ "", 22, 12, COL_LEFT, -1, 1, 1, 0 },
	{ "", 50, 20, COL_LEFT, -1, 0, 1, 1 },
};

static void
add(struct help_view *hv, const char *keys, const char *text, int heading)
{
	hv->lines = xreallocarray(hv->lines, hv->n + 1, sizeof(*hv->lines));
	hv->lines[hv->n].keys = xstrdup(keys);
	hv->lines[hv->n].text = text;
	hv->lines[hv->n].heading = heading;
	hv->n++;
}

static enum wb_status
help_open(struct view *v)
{
	struct help_view	*hv = xcalloc(1, sizeof(*hv));
	char			 keys[128];
	int			 k, r, any;

	for (k = 0; k < KEYMAP_COUNT; k++) {
		any = 0;
		for (r = REQ_NONE + 1; r < REQ_COUNT; r++) {
			if (!keys_for((enum keymap)k, (enum request)r, keys,
			    sizeof(keys)))
				continue;
			if (!any) {
				if (hv->n > 0)
					add(hv, "", "", 0);
				add(hv, keymap_title((enum keymap)k), "", 1);
				any = 1;
			}
			add(hv, keys, request_help((enum request)r), 0);
		}
	}
	add(hv, "", "", 0);
	add(hv, "", N_("Filters: status partner place municipality isco "
	    "employer manager age hours (vacancies); status partner place "
	    "municipality isco group consultant age name (candidates)."), 0);
	add(hv, "", N_("Example: partner:MEP age>30.  An empty filter shows "
	    "everything."), 0);
	v->priv = hv;
	v->cols = help_cols;
	v->ncols = 2;
	v->sort = -1;
	v->no_header = 1;
	v->nrows = hv->n;
	return WB_OK;
}

static const char *
help_cell(struct view *v, size_t row, int col, char *buf, size_t len)
{
	struct help_view	*hv = v->priv;

	(void)buf;
	(void)len;
	if (row >= hv->n)
		return "";
	if (col == 0)
		return hv->lines[row].heading ? _(hv->lines[row].keys) :
		    hv->lines[row].keys;
	return *hv->lines[row].text ? _(hv->lines[row].text) : "";
}

static enum role
help_row_role(struct view *v, size_t row)
{
	struct help_view	*hv = v->priv;

	if (row < hv->n && hv->lines[row].heading)
		return ROLE_SECTION;
	return view_hit_role(v, (long long)row + 1);
}

/* 1 when s holds t, any case (ASCII). */
static int
holds(const char *s, const char *t)
{
	size_t	n = strlen(t);

	for (; *s != '\0'; s++)
		if (strncasecmp(s, t, n) == 0)
			return 1;
	return 0;
}

/* The lines whose keys or text (as shown) hold what is typed. */
static enum wb_status
help_search(struct view *v, const char *typed, long long **ids, size_t *n)
{
	struct help_view	*hv = v->priv;
	size_t			 i;

	*ids = xcalloc(hv->n + 1, sizeof(**ids));
	*n = 0;
	for (i = 0; i < hv->n; i++)
		if (!hv->lines[i].heading && (holds(hv->lines[i].keys, typed) ||
		    (*hv->lines[i].text != '\0' &&
		    holds(_(hv->lines[i].text), typed))))
			(*ids)[(*n)++] = (long long)i + 1;
	if (*n == 0)
		view_message(v->app, 1, _("No key does '%s'."), typed);
	return WB_OK;
}

static struct view_record
help_record(struct view *v, size_t row)
{
	struct view_record	r = { RECORD_NONE, 0 };

	(void)v;
	r.id = (long long)row + 1;
	return r;
}

static void
help_caption(struct view *v, char *buf, size_t len)
{
	(void)v;
	snprintf(buf, len, "%s", _("Help: the keys (/ searches, Esc: back)"));
}

static void
help_close(struct view *v)
{
	struct help_view	*hv = v->priv;
	size_t			 i;

	if (hv == NULL)
		return;
	for (i = 0; i < hv->n; i++)
		free(hv->lines[i].keys);
	free(hv->lines);
	free(hv);
	v->priv = NULL;
}

static const struct keybinding help_keys[] = {
	{ 'q',		REQ_BACK },
};

const struct view_ops help_view_ops = {
	.title = N_("Help"),
	.flags = VIEW_F_ASIDE,
	.keys = help_keys,
	.nkeys = VIEW_NKEYS(help_keys),
	.open = help_open,
	.cell = help_cell,
	.row_role = help_row_role,
	.record = help_record,
	.search = help_search,
	.caption = help_caption,
	.close = help_close,
};
