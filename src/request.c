/*
 * request.c: the table of actions (request.h's X-macro) and the default
 * keys of every view.  The help screen (view-help.c) and the manual's
 * key list (request_print_mdoc) read these tables, with the bindings of
 * the configuration file applied through keys.c.
 */
#include "werkbank/request.h"

#include <curses.h>
#include <string.h>

#include "werkbank/i18n.h"
#include "werkbank/keys.h"

#define CTRL(c)	((c) & 0x1f)

static const struct {
	const char	*name;
	const char	*help;
} request_info[REQ_COUNT] = {
	[REQ_NONE] = { NULL, NULL },
#define REQ_TABLE(id, name, help) [REQ_##id] = { name, help },
	REQ_INFO(REQ_TABLE)
#undef REQ_TABLE
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
	{ '1',		REQ_VIEW_VACANCIES },
	{ '2',		REQ_VIEW_CANDIDATES },
	{ '3',		REQ_VIEW_MATCHES },
	{ '4',		REQ_VIEW_DETAIL },
	{ '5',		REQ_VIEW_HELP },
	{ '6',		REQ_VIEW_REPORT },
	{ 'r',		REQ_VIEW_REPORT },
	{ '7',		REQ_VIEW_FOLLOWUP },
	{ '8',		REQ_VIEW_MEETING },
	{ '9',		REQ_VIEW_EMPLOYERS },
	{ '?',		REQ_VIEW_HELP },
	{ KEY_F(1),	REQ_VIEW_HELP },
	{ 'M',		REQ_MEETING },
	{ CTRL('L'),	REQ_REDRAW },
	{ 'q',		REQ_QUIT },
};

static const struct keybinding vacancy_keys[] = {
	{ 't',		REQ_TAB },	/* open / filled in a period */
	{ 'p',		REQ_PERIOD },
	{ 'e',		REQ_EDIT },	/* forms: tui-records.c */
	{ 'a',		REQ_NEW },
	{ 'H',		REQ_HOLD },
	{ 'R',		REQ_REOPEN },
	{ 'W',		REQ_WITHDRAW },
};

static const struct keybinding candidate_keys[] = {
	{ 'e',		REQ_EDIT },
	{ 'a',		REQ_NEW },
	{ 'L',		REQ_LEAVE },	/* tui-leave.c */
};

static const struct keybinding match_keys[] = {
	{ 'p',		REQ_PROPOSE },	/* the selected row's pair */
	{ 'a',		REQ_ADVANCE },
};

static const struct keybinding detail_keys[] = {
	{ 'q',		REQ_BACK },
};

static const struct keybinding help_keys[] = {
	{ 'q',		REQ_BACK },
};

static const struct keybinding report_keys[] = {
	{ 'b',		REQ_BREAKDOWN },
	{ '[',		REQ_PERIOD_PREV },
	{ '<',		REQ_PERIOD_PREV },
	{ ']',		REQ_PERIOD_NEXT },
	{ '>',		REQ_PERIOD_NEXT },
	{ 'p',		REQ_REPORT_PERIOD },
	{ 'q',		REQ_BACK },
};

static const struct keybinding followup_keys[] = {
	{ 'w',		REQ_STILL_WORKING },
	{ 'l',		REQ_LEFT_ON },
	{ 'q',		REQ_BACK },
};

static const struct keybinding meeting_keys[] = {
	{ 's',		REQ_MEETING_START },
	{ 'a',		REQ_ACTION_ADD },
	{ 'd',		REQ_ACTION_DONE },
	{ 'e',		REQ_MEETING_END },
	{ 'x',		REQ_MINUTES },
	{ 'p',		REQ_AGENDA_SINCE },
	{ 'q',		REQ_BACK },
};

static const struct keybinding employer_keys[] = {
	{ 'e',		REQ_EDIT },
	{ 'a',		REQ_NEW },
	{ 'q',		REQ_BACK },
};

static const struct {
	const char		 *name;
	const char		 *title;
	const struct keybinding	 *keys;
	size_t			  n;
} keymaps[KEYMAP_COUNT] = {
#define KM(id, name, title, t) \
	[id] = { name, title, t, sizeof(t) / sizeof(t[0]) }
	KM(KEYMAP_GENERIC, "generic", N_("Everywhere"), generic_keys),
	KM(KEYMAP_VACANCIES, "vacancies", N_("Vacancies"), vacancy_keys),
	KM(KEYMAP_CANDIDATES, "candidates", N_("Candidates"), candidate_keys),
	KM(KEYMAP_MATCHES, "matches", N_("Matches"), match_keys),
	KM(KEYMAP_DETAIL, "detail", N_("Detail"), detail_keys),
	KM(KEYMAP_HELP, "help", N_("Help"), help_keys),
	KM(KEYMAP_REPORT, "report", N_("Report"), report_keys),
	KM(KEYMAP_FOLLOWUP, "followup", N_("Follow-up"), followup_keys),
	KM(KEYMAP_MEETING, "meeting", N_("Meeting"), meeting_keys),
	KM(KEYMAP_EMPLOYERS, "employers", N_("Employers"), employer_keys),
#undef KM
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
	return k < KEYMAP_COUNT ? keymaps[k].name : "";
}

const char *
keymap_title(enum keymap k)
{
	return k < KEYMAP_COUNT ? keymaps[k].title : "";
}

enum keymap
keymap_by_name(const char *name)
{
	int	k;

	for (k = 0; k < KEYMAP_COUNT; k++)
		if (strcmp(keymaps[k].name, name) == 0)
			return (enum keymap)k;
	return KEYMAP_COUNT;
}

const struct keybinding *
request_defaults(enum keymap k, size_t *n)
{
	if (k >= KEYMAP_COUNT) {
		*n = 0;
		return NULL;
	}
	*n = keymaps[k].n;
	return keymaps[k].keys;
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
				    keymaps[k].title);
				any = 1;
			}
			mdoc_keys(fp, keys);
			fprintf(fp, "%s.\n", request_info[r].help);
		}
		if (any)
			fputs(".El\n", fp);
	}
}
