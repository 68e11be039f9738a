/*
 * config.c: find the database and the person running werkbank.  The
 * login comes from getuid(), never from the environment, so nobody can
 * act as someone else by setting a variable.
 */
#include "werkbank/config.h"

#include <ctype.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "werkbank/xmalloc.h"

static char *
trim(char *s)
{
	char	*e;

	while (isspace((unsigned char)*s))
		s++;
	e = s + strlen(s);
	while (e > s && isspace((unsigned char)e[-1]))
		*--e = '\0';
	return s;
}

char *
config_read_db(const char *file)
{
	FILE	*fp;
	char	 line[4096], *p, *eq, *key, *val, *out = NULL;

	if ((fp = fopen(file, "r")) == NULL)
		return NULL;
	while (out == NULL && fgets(line, sizeof(line), fp) != NULL) {
		if ((p = strchr(line, '#')) != NULL)
			*p = '\0';
		if ((eq = strchr(line, '=')) == NULL)
			continue;
		*eq = '\0';
		key = trim(line);
		val = trim(eq + 1);
		if (strcmp(key, "db") != 0 || *val == '\0')
			continue;
		if (val[0] == '~' && val[1] == '/' && getenv("HOME") != NULL)
			out = xasprintf("%s%s", getenv("HOME"), val + 1);
		else
			out = xstrdup(val);
	}
	fclose(fp);
	return out;
}

char *
config_db_path(const char *given)
{
	const char	*env, *xdg, *home;
	char		*file, *path;

	if (given != NULL)
		return xstrdup(given);
	if ((env = getenv("WERKBANK_DB")) != NULL && *env != '\0')
		return xstrdup(env);
	xdg = getenv("XDG_CONFIG_HOME");
	home = getenv("HOME");
	if (xdg != NULL && *xdg != '\0')
		file = xasprintf("%s/werkbank/config", xdg);
	else if (home != NULL && *home != '\0')
		file = xasprintf("%s/.config/werkbank/config", home);
	else
		file = NULL;
	if (file != NULL) {
		path = config_read_db(file);
		free(file);
		if (path != NULL)
			return path;
	}
	if ((path = config_read_db("/etc/werkbank.conf")) != NULL)
		return path;
	return xstrdup("werkbank.db");
}

const char *
config_login(void)
{
	static char	 login[64];
	struct passwd	*pw;

	if (login[0] == '\0') {
		if ((pw = getpwuid(getuid())) != NULL)
			snprintf(login, sizeof(login), "%s", pw->pw_name);
		else
			snprintf(login, sizeof(login), "uid%ld",
			    (long)getuid());
	}
	return login;
}
