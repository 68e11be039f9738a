/*
 * request.c: the table of actions (request.h's X-macro), the generic
 * default keys, and the key tables of the screens (screens.h; each
 * screen's own keys are in its view_ops).  The help screen (view-help.c)
 * and the manual's key list (request_print_mdoc) read these tables, with
 * the bindings of the configuration file applied through keys.c.
 */
#include "werkbank/request.h"

#include <curses.h>
#include <string.h>

#include "werkbank/i18n.h"
#include "werkbank/keys.h"
#include "werkbank/view.h"

#define CTRL(c)	((c) & 0x1f)

static const struct {
	const char	*name;
	const char	*help;
} request_info[REQ_COUNT] = {
	[REQ_NONE] = { NULL, NULL },
#define REQ_TABLE(id, name, help) [REQ_##id] = { name, help },
#define REQ_VIEW_TABLE(id, ops, name, key, help) \
	[REQ_VIEW_##id] = { "view-" name, help },
	REQ_INFO(REQ_TABLE)
	VIEW_INFO(REQ_VIEW_TABLE)
	REQ_INFO_GLOBAL(REQ_TABLE)
#undef REQ_VIEW_TABLE
#undef REQ_TABLE
};

/* The screens, in the order of their keymaps (KEYMAP_ID - 1). */
static const struct {
	const char		*name;
	const struct view_ops	*ops;
} screens[] = {
#define SCREEN(id, ops, name, key, help) { name, &ops },
	VIEW_INFO(SCREEN)
#undef SCREEN
};

static const struct keybinding generic_keys[] = {
	{ KEY_UP,	REQ_MOVE_UP },
	{ 'k',		REQ_MOVE_UP },
	{ KEY_DOWN,	REQ_MOVE_DOWN },
	{ 'j',		REQ_MOVE_DOWN },
	{ KEY_PPAGE,	REQ_PAGE_UP },
	{ CTRL('B'),	REQ_PAGE_UP },
	{ KEY_NPAGE,	REQ_PAGE_DOWN },
	{ CTRL('F'),	REQ_PAGE_DOWN },
	{ ' ',		REQ_PAGE_DOWN },
	{ KEY_HOME,	REQ_FIRST },
	{ 'g',		REQ_FIRST },
	{ KEY_END,	REQ_LAST },
	{ 'G',		REQ_LAST },
	{ '\t',		REQ_NEXT_PANE },
	{ KEY_LEFT,	REQ_NEXT_PANE },
	{ KEY_RIGHT,	REQ_NEXT_PANE },
	{ '\n',		REQ_ENTER },
	{ KEY_ENTER,	REQ_ENTER },
	{ 27,		REQ_BACK },
	{ KEY_BACKSPACE, REQ_BACK },
	{ '/',		REQ_SEARCH },
	{ 'n',		REQ_SEARCH_NEXT },
	{ 'N',		REQ_SEARCH_PREV },
	{ 'f',		REQ_FILTER },
	{ 's',		REQ_SORT_NEXT },
	{ 'S',		REQ_SORT_REVERSE },
	{ 'm',		REQ_MATCHES },
	{ 'x',		REQ_EXCLUDED },
	/* Each screen's key (its digit): screens.h. */
#define SCREEN_KEY(id, ops, name, key, help) { key, REQ_VIEW_##id },
	VIEW_INFO(SCREEN_KEY)
#undef SCREEN_KEY
	{ 'r',		REQ_VIEW_REPORT },
	{ '?',		REQ_VIEW_HELP },
	{ KEY_F(1),	REQ_VIEW_HELP },
	{ 'M',		REQ_MEETING },
	{ CTRL('L'),	REQ_REDRAW },
	{ 'q',		REQ_QUIT },
};

const char *
request_name(enum request r)
{
	return r > REQ_NONE && r < REQ_COUNT ? request_info[r].name : NULL;
}

const char *
request_help(enum request r)
{
	return r > REQ_NONE && r < REQ_COUNT ? request_info[r].help : "";
}

enum request
request_by_name(const char *name)
{
	int	r;

	for (r = REQ_NONE + 1; r < REQ_COUNT; r++)
		if (strcmp(request_info[r].name, name) == 0)
			return (enum request)r;
	return REQ_NONE;
}

const char *
keymap_name(enum keymap k)
{
	if (k == KEYMAP_GENERIC)
		return "generic";
	return k < KEYMAP_COUNT ? screens[k - 1].name : "";
}

const char *
keymap_title(enum keymap k)
{
	if (k == KEYMAP_GENERIC)
		return N_("Everywhere");
	return k < KEYMAP_COUNT ? screens[k - 1].ops->title : "";
}

enum keymap
keymap_by_name(const char *name)
{
	int	k;

	for (k = 0; k < KEYMAP_COUNT; k++)
		if (strcmp(keymap_name((enum keymap)k), name) == 0)
			return (enum keymap)k;
	return KEYMAP_COUNT;
}

const struct keybinding *
request_defaults(enum keymap k, size_t *n)
{
	if (k == KEYMAP_GENERIC) {
		*n = sizeof(generic_keys) / sizeof(generic_keys[0]);
		return generic_keys;
	}
	if (k >= KEYMAP_COUNT) {
		*n = 0;
		return NULL;
	}
	*n = screens[k - 1].ops->nkeys;
	return screens[k - 1].ops->keys;
}

/* The action that shows each screen, in the order of screens.h. */
static const enum request view_requests[] = {
#define VIEW_REQ(id, ops, name, key, help) REQ_VIEW_##id,
	VIEW_INFO(VIEW_REQ)
#undef VIEW_REQ
};

int
request_view(enum request r)
{
	int	i;

	for (i = 0; i < VIEW_COUNT; i++)
		if (view_requests[i] == r)
			return i;
	return -1;
}

enum request
request_of_view(int view)
{
	return view >= 0 && view < VIEW_COUNT ? view_requests[view] : REQ_NONE;
}

/* "j, Down" -> "Ic j , Ic Down" */
static void
mdoc_keys(FILE *fp, const char *list)
{
	const char	*p = list, *comma;

	fputs(".It", fp);
	while (*p != '\0') {
		comma = strstr(p, ", ");
		fprintf(fp, " Ic %.*s", comma != NULL ? (int)(comma - p) :
		    (int)strlen(p), p);
		if (comma == NULL)
			break;
		fputs(" ,", fp);
		p = comma + 2;
	}
	fputc('\n', fp);
}

void
request_print_mdoc(FILE *fp)
{
	char	keys[128];
	int	k, r;

	for (k = 0; k < KEYMAP_COUNT; k++) {
		int	any = 0;

		for (r = REQ_NONE + 1; r < REQ_COUNT; r++) {
			if (!keys_for((enum keymap)k, (enum request)r, keys,
			    sizeof(keys)))
				continue;
			if (!any) {
				fprintf(fp, ".Ss %s\n.Bl -tag -width Ds\n",
				    keymap_title((enum keymap)k));
				any = 1;
			}
			mdoc_keys(fp, keys);
			fprintf(fp, "%s.\n", request_info[r].help);
		}
		if (any)
			fputs(".El\n", fp);
	}
}
