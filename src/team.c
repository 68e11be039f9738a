/*
 * team.c: the team's members as people pick them (team.h).
 */
#include "werkbank/team.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/i18n.h"
#include "werkbank/xmalloc.h"

#define FOLD_MAX	256

enum wb_status
team_members(struct db *db, struct team_member **out, size_t *n)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	size_t		 cap = 0;
	int		 rc;

	*out = NULL;
	*n = 0;
	if ((st = db_prepare(db, "SELECT u.id, u.login, u.name, u.role, "
	    "p.code FROM app_user u JOIN partner p ON p.id = u.partner_id "
	    "WHERE u.active ORDER BY u.name COLLATE NOCASE, u.login",
	    &stmt)) != WB_OK)
		return st;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		struct team_member	*m;

		if (*n == cap) {
			cap = cap ? cap * 2 : 16;
			*out = xreallocarray(*out, cap, sizeof(**out));
		}
		m = &(*out)[(*n)++];
		memset(m, 0, sizeof(*m));
		m->id = sqlite3_column_int64(stmt, 0);
		db_column_copy(m->login, sizeof(m->login), stmt, 1);
		m->name = db_column_dup(stmt, 2);
		db_column_copy(m->role, sizeof(m->role), stmt, 3);
		db_column_copy(m->partner, sizeof(m->partner), stmt, 4);
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE) {
		team_members_free(*out, *n);
		*out = NULL;
		*n = 0;
		return db_fail(db, _("reading the users"));
	}
	return WB_OK;
}

void
team_members_free(struct team_member *m, size_t n)
{
	size_t	i;

	if (m == NULL)
		return;
	for (i = 0; i < n; i++)
		free(m[i].name);
	free(m);
}

char *
team_label(const struct team_member *m, char *buf, size_t len)
{
	if (m->name == NULL || *m->name == '\0' ||
	    strcmp(m->name, m->login) == 0)
		snprintf(buf, len, "%s", m->login);
	else
		snprintf(buf, len, "%s (%s)", m->name, m->login);
	return buf;
}

/*
 * Text as it is compared: lower case, the accents of Latin-1 letters
 * off (é -> e), runs of blanks one space, no blanks at the ends.
 */
static void
fold(const char *s, char *out, size_t len)
{
	static const char latin1[] = "aaaaaaaceeeeiiiidnooooo/ouuuuyty";
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 o = 0;
	int			 space = 0;

	for (; *p != '\0' && o + 2 < len; p++) {
		if (isspace(*p) || (*p == 0xc2 && p[1] == 0xa0)) {
			if (*p == 0xc2)
				p++;
			space = o > 0;
			continue;
		}
		if (space)
			out[o++] = ' ';
		space = 0;
		if (*p == 0xc3 && p[1] >= 0x80 && p[1] <= 0xbf) {
			out[o++] = latin1[(p[1] - 0x80) & 0x1f];
			p++;
		} else
			out[o++] = (char)tolower(*p);
	}
	out[o] = '\0';
}

/* 1 when a word of name (folded) starts with t (folded). */
static int
word_starts(const char *name, const char *t)
{
	const char	*w;
	size_t		 n = strlen(t);

	for (w = name; w != NULL; w = strchr(w, ' ')) {
		if (*w == ' ')
			w++;
		if (strncmp(w, t, n) == 0)
			return 1;
	}
	return 0;
}

/* How well member m fits folded t: 3 whole, 2 the name's start, 1 a
 * word's or the login's start, 0 not. */
static int
fit(const struct team_member *m, const char *t)
{
	char	name[FOLD_MAX], login[FOLD_MAX], label[FOLD_MAX * 2];

	fold(m->name != NULL ? m->name : "", name, sizeof(name));
	fold(m->login, login, sizeof(login));
	fold(team_label(m, label, sizeof(label)), label, sizeof(label));
	if (*t == '\0')
		return 1;
	if (strcmp(t, login) == 0 || strcmp(t, name) == 0 ||
	    strcmp(t, label) == 0)
		return 3;
	if (strncmp(name, t, strlen(t)) == 0)
		return 2;
	if (word_starts(name, t) || strncmp(login, t, strlen(t)) == 0)
		return 1;
	return 0;
}

size_t
team_match(const struct team_member *m, size_t n, const char *typed,
    size_t *out, size_t max)
{
	char	t[FOLD_MAX];
	size_t	i, k = 0;
	int	level;

	fold(typed != NULL ? typed : "", t, sizeof(t));
	for (level = 3; level >= 1; level--)
		for (i = 0; i < n && k < max; i++)
			if (fit(&m[i], t) == level)
				out[k++] = i;
	return k;
}

enum wb_status
team_resolve(struct db *db, const char *typed, char *login, char *err,
    size_t errlen)
{
	struct team_member	*m;
	enum wb_status		 st;
	size_t			 n, k, i, at[4], o;
	char			 t[FOLD_MAX], label[160];

	login[0] = '\0';
	err[0] = '\0';
	if ((st = team_members(db, &m, &n)) != WB_OK) {
		snprintf(err, errlen, "%s", db_error(db));
		return st;
	}
	fold(typed, t, sizeof(t));
	k = *t != '\0' ? team_match(m, n, typed, at, 4) : 0;
	/* A whole login or name is that one, whoever else starts so. */
	if (k > 1 && fit(&m[at[0]], t) == 3 && fit(&m[at[1]], t) < 3)
		k = 1;
	if (k == 1) {
		snprintf(login, TEAM_LOGIN_MAX, "%s", m[at[0]].login);
		team_members_free(m, n);
		return WB_OK;
	}
	if (k == 0)
		snprintf(err, errlen, _("'%s' is no one of the team; "
		    "ask the coordinator"), typed);
	else {
		/* TRANSLATORS: followed by the team members who fit. */
		o = (size_t)snprintf(err, errlen, _("'%s' may be "), typed);
		for (i = 0; i < k && i < 3 && o < errlen; i++)
			o += (size_t)snprintf(err + o, errlen - o, "%s%s",
			    i == 0 ? "" : i + 1 == k && k <= 3 ? _(" or ") :
			    ", ", team_label(&m[at[i]], label, sizeof(label)));
		if (o < errlen)
			snprintf(err + o, errlen - o, "%s", k > 3 ?
			    _(" or others: type more") : _(": type more"));
	}
	team_members_free(m, n);
	return WB_INVALID;
}
