/*
 * keys.c: key names and the bindings in force.  The defaults live in
 * request.c; a configuration file ($XDG_CONFIG_HOME/werkbank/keys) adds
 * "bind KEYMAP KEY ACTION" lines on top, which win over the defaults of
 * the same keymap.  Lookup looks in the view's keymap, then the generic.
 */
#include "werkbank/keys.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/i18n.h"
#include "werkbank/priv.h"
#include "werkbank/xmalloc.h"

#define KEYS_MAX_USER	256

static const struct {
	int		 key;
	const char	*name;
} key_names[] = {
	{ KEY_UP,	"Up" },
	{ KEY_DOWN,	"Down" },
	{ KEY_LEFT,	"Left" },
	{ KEY_RIGHT,	"Right" },
	{ KEY_PPAGE,	"PgUp" },
	{ KEY_NPAGE,	"PgDn" },
	{ KEY_HOME,	"Home" },
	{ KEY_END,	"End" },
	{ '\n',		"Enter" },
	{ KEY_ENTER,	"KeypadEnter" },
	{ '\t',		"Tab" },
	{ 27,		"Esc" },
	{ ' ',		"Space" },
	{ KEY_BACKSPACE, "Backspace" },
	{ KEY_DC,	"Delete" },
	{ KEY_IC,	"Insert" },
};

static struct {
	enum keymap	map;
	int		key;
	enum request	request;
} user[KEYS_MAX_USER];
static size_t	nuser;

const char *
keys_name(int key)
{
	static char	buf[16];
	size_t		i;

	for (i = 0; i < sizeof(key_names) / sizeof(key_names[0]); i++)
		if (key_names[i].key == key)
			return key_names[i].name;
	if (key >= KEY_F(1) && key <= KEY_F(12))
		snprintf(buf, sizeof(buf), "F%d", key - KEY_F0);
	else if (key >= 1 && key < 32)
		snprintf(buf, sizeof(buf), "^%c", key + '@');
	else if (key > 32 && key < 127)
		snprintf(buf, sizeof(buf), "%c", key);
	else
		snprintf(buf, sizeof(buf), "#%d", key);
	return buf;
}

int
keys_parse(const char *s)
{
	size_t	i;
	char	*end;
	long	n;

	for (i = 0; i < sizeof(key_names) / sizeof(key_names[0]); i++)
		if (strcasecmp(key_names[i].name, s) == 0)
			return key_names[i].key;
	if (s[0] != '\0' && s[1] == '\0' && (unsigned char)s[0] > 32 &&
	    (unsigned char)s[0] < 127)
		return s[0];
	if (s[0] == '^' && s[1] >= '@' && s[1] <= '_' && s[2] == '\0')
		return s[1] - '@';
	if (s[0] == '^' && s[1] >= 'a' && s[1] <= 'z' && s[2] == '\0')
		return s[1] - 'a' + 1;
	if ((s[0] == 'F' || s[0] == 'f') && s[1] != '\0') {
		n = strtol(s + 1, &end, 10);
		if (*end == '\0' && n >= 1 && n <= 12)
			return KEY_F((int)n);
	}
	return -1;
}

void
keys_reset(void)
{
	nuser = 0;
}

char *
keys_default_file(void)
{
	const char	*x = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");

	if (x != NULL && *x != '\0')
		return xasprintf("%s/werkbank/keys", x);
	if (home != NULL && *home != '\0')
		return xasprintf("%s/.config/werkbank/keys", home);
	return NULL;
}

int
keys_load(const char *file, char *err, size_t errlen)
{
	FILE		*fp;
	char		 line[256], w[4][64];
	int		 lineno = 0, n, key;
	enum keymap	 map;
	enum request	 req;

	if ((fp = priv_fopen(file, "r")) == NULL)
		return 0;
	while (fgets(line, sizeof(line), fp) != NULL) {
		lineno++;
		if (strchr(line, '#') != NULL)
			*strchr(line, '#') = '\0';
		n = sscanf(line, "%63s %63s %63s %63s", w[0], w[1], w[2], w[3]);
		if (n <= 0)
			continue;
		if (n != 4 || strcmp(w[0], "bind") != 0) {
			snprintf(err, errlen, _("%s:%d: expected 'bind KEYMAP "
			    "KEY ACTION'"), file, lineno);
			goto fail;
		}
		if ((map = keymap_by_name(w[1])) == KEYMAP_COUNT) {
			snprintf(err, errlen, _("%s:%d: unknown keymap '%s'"),
			    file, lineno, w[1]);
			goto fail;
		}
		if ((key = keys_parse(w[2])) < 0) {
			snprintf(err, errlen, _("%s:%d: unknown key '%s'"),
			    file, lineno, w[2]);
			goto fail;
		}
		req = strcmp(w[3], "none") == 0 ? REQ_NONE :
		    request_by_name(w[3]);
		if (req == REQ_NONE && strcmp(w[3], "none") != 0) {
			snprintf(err, errlen, _("%s:%d: unknown action '%s'"),
			    file, lineno, w[3]);
			goto fail;
		}
		if (nuser == KEYS_MAX_USER) {
			snprintf(err, errlen, _("%s:%d: too many bindings"),
			    file, lineno);
			goto fail;
		}
		user[nuser].map = map;
		user[nuser].key = key;
		user[nuser].request = req;
		nuser++;
	}
	fclose(fp);
	return 0;
fail:
	fclose(fp);
	return -1;
}

/* 1 and *req when keymap map binds key (file first, then defaults). */
static int
lookup_in(enum keymap map, int key, enum request *req)
{
	const struct keybinding	*kb;
	size_t			 i, n;

	for (i = nuser; i > 0; i--) {
		if (user[i - 1].map == map && user[i - 1].key == key) {
			*req = user[i - 1].request;
			return 1;
		}
	}
	kb = request_defaults(map, &n);
	for (i = 0; i < n; i++) {
		if (kb[i].key == key && kb[i].request != REQ_NONE) {
			*req = kb[i].request;
			return 1;
		}
	}
	return 0;
}

enum request
keys_lookup(enum keymap map, int key)
{
	enum request	req;

	if (map != KEYMAP_GENERIC && lookup_in(map, key, &req))
		return req;
	if (lookup_in(KEYMAP_GENERIC, key, &req))
		return req;
	return REQ_NONE;
}

static void
add_key(char *buf, size_t len, int key)
{
	size_t	o = strlen(buf);

	snprintf(buf + o, len - o, "%s%s", o > 0 ? ", " : "", keys_name(key));
}

int
keys_for(enum keymap map, enum request req, char *buf, size_t len)
{
	const struct keybinding	*kb;
	enum request		 now;
	size_t			 i, j, n;
	int			 seen;

	buf[0] = '\0';
	kb = request_defaults(map, &n);
	for (i = 0; i < n; i++)
		if (kb[i].request == req && lookup_in(map, kb[i].key, &now) &&
		    now == req)
			add_key(buf, len, kb[i].key);
	for (i = 0; i < nuser; i++) {
		if (user[i].map != map || user[i].request != req)
			continue;
		seen = 0;
		for (j = 0; j < n; j++)
			if (kb[j].key == user[i].key && kb[j].request == req)
				seen = 1;
		if (!seen && lookup_in(map, user[i].key, &now) && now == req)
			add_key(buf, len, user[i].key);
	}
	return buf[0] != '\0';
}
