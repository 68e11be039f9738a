/*
 * skills.c: the skills already in use (skills.h).
 */
#include "werkbank/skills.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "werkbank/i18n.h"

/* Every skill in use with its count, the most used first. */
#define IN_USE \
	"SELECT skill, count(*) AS n FROM (SELECT skill FROM " \
	"candidate_skill UNION ALL SELECT skill FROM vacancy_skill) " \
	"GROUP BY skill"

static void
lower(const char *s, char *out, size_t len)
{
	size_t	o = 0;

	while (*s == ' ')
		s++;
	for (; *s != '\0' && o + 1 < len; s++)
		out[o++] = (char)tolower((unsigned char)*s);
	while (o > 0 && out[o - 1] == ' ')
		o--;
	out[o] = '\0';
}

enum wb_status
skills_suggest(struct db *db, const char *typed, struct skill_use *out,
    size_t max, size_t *n)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	char		 t[84];
	int		 rc;

	*n = 0;
	lower(typed, t, sizeof(t));
	/* instr() rather than LIKE: what is typed is never a pattern. */
	if ((st = db_prepare(db, "SELECT skill, n FROM (" IN_USE ") WHERE "
	    "instr(skill, ?1) > 0 ORDER BY instr(skill, ?1) <> 1, n DESC, "
	    "skill LIMIT ?2", &stmt)) != WB_OK)
		return st;
	sqlite3_bind_text(stmt, 1, t, -1, SQLITE_STATIC);
	sqlite3_bind_int64(stmt, 2, (long long)max);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW && *n < max) {
		db_column_copy(out[*n].name, sizeof(out[*n].name), stmt, 0);
		out[*n].n = sqlite3_column_int64(stmt, 1);
		(*n)++;
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_fail(db, _("reading the skills"));
	return WB_OK;
}

/* 1 when a and b differ by at most one letter changed, added or left
 * out, or two letters swapped. */
static int
close_to(const char *a, const char *b)
{
	size_t	la = strlen(a), lb = strlen(b), i = 0;

	if (la < 4 || lb < 4 || (la > lb ? la - lb : lb - la) > 1)
		return 0;
	while (i < la && i < lb && a[i] == b[i])
		i++;
	if (la == lb)
		return strcmp(a + i + 1, b + i + 1) == 0 || (i + 1 < la &&
		    a[i] == b[i + 1] && a[i + 1] == b[i] &&
		    strcmp(a + i + 2, b + i + 2) == 0);
	return la > lb ? strcmp(a + i + 1, b + i) == 0 :
	    strcmp(a + i, b + i + 1) == 0;
}

enum wb_status
skills_near(struct db *db, const char *skill, long long *used,
    struct skill_use *out, size_t max, size_t *n)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	char		 t[84];
	const char	*s;
	int		 rc;

	*n = 0;
	*used = 0;
	lower(skill, t, sizeof(t));
	if (*t == '\0')
		return WB_OK;
	if ((st = db_prepare(db, IN_USE " ORDER BY n DESC, skill", &stmt)) !=
	    WB_OK)
		return st;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		s = (const char *)sqlite3_column_text(stmt, 0);
		if (s == NULL)
			continue;
		if (strcmp(s, t) == 0) {
			*used = sqlite3_column_int64(stmt, 1);
			continue;
		}
		if (*n < max && strlen(s) >= 3 && (strstr(t, s) != NULL ||
		    (strlen(t) >= 3 && strstr(s, t) != NULL) ||
		    close_to(s, t))) {
			snprintf(out[*n].name, sizeof(out[*n].name), "%s", s);
			out[*n].n = sqlite3_column_int64(stmt, 1);
			(*n)++;
		}
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return db_fail(db, _("reading the skills"));
	if (*used > 0)
		*n = 0;
	return WB_OK;
}
