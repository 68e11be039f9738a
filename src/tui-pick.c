/*
 * tui-pick.c: pick lists for the forms' fields (tui-pick.h).  The
 * suggestions come from the core (team.h, vocab.h, skills.h), read
 * while the form waits for keys but never in a transaction.
 */
#include "werkbank/tui-pick.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "werkbank/i18n.h"
#include "werkbank/skills.h"

/* src into dst of len bytes, cut to fit. */
static void
copy(char *dst, size_t len, const char *src)
{
	size_t	n = strlen(src);

	if (n >= len)
		n = len - 1;
	memcpy(dst, src, n);
	dst[n] = '\0';
}

/* 1 when word holds typed (case aside); 2 when it starts with it. */
static int
holds(const char *word, const char *typed)
{
	size_t	n = strlen(typed), i;

	if (n == 0)
		return 1;
	for (i = 0; word[i] != '\0'; i++)
		if (strncasecmp(word + i, typed, n) == 0)
			return i == 0 || word[i - 1] == ' ' ? 2 : 1;
	return 0;
}

static size_t
lookup_team(const struct pick *p, const char *typed,
    struct form_suggestion *out, size_t max)
{
	size_t	at[FORM_SUGGEST], n, i;

	n = team_match(p->team, p->nteam, typed, at, max < FORM_SUGGEST ?
	    max : FORM_SUGGEST);
	for (i = 0; i < n; i++) {
		team_label(&p->team[at[i]], out[i].label,
		    sizeof(out[i].label));
		copy(out[i].key, sizeof(out[i].key), p->team[at[i]].login);
	}
	return n;
}

static size_t
lookup_words(const struct pick *p, const char *typed,
    struct form_suggestion *out, size_t max)
{
	const struct vocab_entry	*e;
	size_t				 n, i, k = 0;
	int				 level;

	e = vocab_entries(p->set, &n);
	/* Those whose word starts with it (or a word of it), then the
	 * others that hold it. */
	for (level = 2; level >= 1; level--)
		for (i = 0; i < n && k < max; i++) {
			const char *w = vocab_entry_word(p->set, &e[i]);

			if (holds(w, typed) == level || (*typed == '\0' &&
			    level == 2)) {
				snprintf(out[k].label, sizeof(out[k].label),
				    "%s", w);
				snprintf(out[k].key, sizeof(out[k].key), "%s",
				    e[i].code);
				k++;
			}
		}
	return k;
}

static size_t
lookup_skills(const struct pick *p, const char *typed,
    struct form_suggestion *out, size_t max)
{
	struct skill_use	s[FORM_SUGGEST];
	size_t			n = 0, i;

	if (skills_suggest(p->db, typed, s,
	    max < FORM_SUGGEST ? max : FORM_SUGGEST, &n) != WB_OK)
		return 0;
	for (i = 0; i < n; i++) {
		copy(out[i].label, sizeof(out[i].label), s[i].name);
		snprintf(out[i].key, sizeof(out[i].key), "%lld", s[i].n);
	}
	return n;
}

static size_t
lookup(const char *typed, struct form_suggestion *out, size_t max,
    void *arg)
{
	const struct pick	*p = arg;

	switch (p->kind) {
	case PICK_TEAM:
		return lookup_team(p, typed, out, max);
	case PICK_WORD:
	case PICK_WORDS:
		return lookup_words(p, typed, out, max);
	case PICK_SKILLS:
		return lookup_skills(p, typed, out, max);
	}
	return 0;
}

/* Each item of a list: the words known, the skills looked at. */
static int
check_items(struct pick *p, const char *value, char *err, size_t len)
{
	char		 item[FORM_VALUE_MAX], e[512], *it, *end;
	const char	*code, *bar;
	struct skill_use near[3];
	size_t		 n, i, o = 0;
	long long	 used;

	for (; value != NULL; value = bar != NULL ? bar + 1 : NULL) {
		/* Words of a closed set: '|' as in the file, or a comma as
		 * people type a list ("zwaar tillen, nachtdienst"). */
		bar = p->kind == PICK_WORDS ? strpbrk(value, "|,") :
		    strchr(value, '|');
		snprintf(item, sizeof(item), "%.*s", bar != NULL ?
		    (int)(bar - value) : (int)strlen(value), value);
		for (it = item; isspace((unsigned char)*it); it++)
			;
		for (end = it + strlen(it); end > it &&
		    isspace((unsigned char)end[-1]); end--)
			*end = '\0';
		*end = '\0';
		if (*it == '\0')
			continue;
		if (p->kind == PICK_WORDS) {
			/* lks:40, lks 40%: the word before the figure. */
			if ((end = strpbrk(it, ":0123456789")) != NULL &&
			    end > it)
				*end = '\0';
			for (end = it + strlen(it); end > it &&
			    isspace((unsigned char)end[-1]); end--)
				*end = '\0';
			if (vocab_parse(p->set, it, &code, e, sizeof(e)) !=
			    WB_OK) {
				snprintf(err, len, "%s", e);
				return -1;
			}
			continue;
		}
		if (skills_near(p->db, it, &used, near, 3, &n) != WB_OK ||
		    used > 0 || n == 0 || o > 0)
			continue;
		/* TRANSLATORS: a skill typed that no one has yet, and the
		 * ones in use it looks like. */
		o = (size_t)snprintf(err, len, _("'%s' is new; in use: "), it);
		for (i = 0; i < n && o < len; i++)
			o += (size_t)snprintf(err + o, len - o, "%s%s (%lld)",
			    i > 0 ? ", " : "", near[i].name, near[i].n);
	}
	return o > 0 ? 1 : 0;
}

static int
check(const char *value, char *err, size_t len, void *arg)
{
	struct pick	*p = arg;
	const char	*code;
	char		 login[TEAM_LOGIN_MAX];
	int		 rc = 0;

	err[0] = '\0';
	switch (p->kind) {
	case PICK_TEAM:
		if (p->fl->key[0] == '\0') {
			if (team_resolve(p->db, value, login, err, len) !=
			    WB_OK)
				return -1;
			copy(p->fl->key, sizeof(p->fl->key), login);
		}
		break;
	case PICK_WORD:
		if (p->fl->key[0] == '\0') {
			if (vocab_parse(p->set, value, &code, err, len) !=
			    WB_OK)
				return -1;
			snprintf(p->fl->key, sizeof(p->fl->key), "%s", code);
		}
		break;
	case PICK_WORDS:
	case PICK_SKILLS:
		if ((rc = check_items(p, value, err, len)) < 0)
			return -1;
		break;
	}
	if (p->then != NULL) {
		char	e2[FORM_ERR_MAX];
		int	rc2 = p->then(value, e2, sizeof(e2), p->then_arg);

		if (rc2 != 0 && (rc2 < 0 || rc == 0)) {
			snprintf(err, len, "%s", e2);
			return rc2;
		}
	}
	return rc;
}

void
pick_init(struct pick *p, enum pick_kind kind, struct db *db,
    struct form_field *fl, enum vocab_set set, const char *now)
{
	char	buf[FORM_VALUE_MAX];
	size_t	i;

	memset(p, 0, sizeof(*p));
	p->kind = kind;
	p->db = db;
	p->fl = fl;
	p->set = set;
	fl->kind = FORM_LOOKUP;
	fl->lookup = lookup;
	fl->check = check;
	fl->arg = p;
	fl->free = 1;
	fl->multi = kind == PICK_WORDS || kind == PICK_SKILLS;
	if (now == NULL)
		now = "";
	switch (kind) {
	case PICK_TEAM:
		if (team_members(db, &p->team, &p->nteam) != WB_OK) {
			p->team = NULL;
			p->nteam = 0;
		}
		form_field_set(fl, now);
		for (i = 0; i < p->nteam; i++)
			if (strcmp(p->team[i].login, now) == 0)
				form_field_set(fl, team_label(&p->team[i], buf,
				    sizeof(buf)));
		copy(fl->key, sizeof(fl->key), now);
		break;
	case PICK_WORD:
		form_field_set(fl, *now != '\0' ? vocab_word(set, now) : "");
		snprintf(fl->key, sizeof(fl->key), "%s", now);
		break;
	case PICK_WORDS:
		form_field_set(fl, vocab_words(set, now, " | ", buf,
		    sizeof(buf)));
		break;
	case PICK_SKILLS:
		snprintf(buf, sizeof(buf), "%s", now);
		form_field_set(fl, buf);
		break;
	}
}

void
pick_clear(struct pick *p)
{
	if (p == NULL)
		return;
	team_members_free(p->team, p->nteam);
	p->team = NULL;
	p->nteam = 0;
}

const char *
pick_value(const struct pick *p)
{
	if ((p->kind == PICK_TEAM || p->kind == PICK_WORD) &&
	    p->fl->key[0] != '\0')
		return p->fl->key;
	return form_value(p->fl);
}

const char *
pick_label(const struct pick *p, char *buf, size_t len)
{
	size_t	i;

	if (p->kind == PICK_TEAM && p->fl->key[0] != '\0')
		for (i = 0; i < p->nteam; i++)
			if (strcmp(p->team[i].login, p->fl->key) == 0)
				return team_label(&p->team[i], buf, len);
	if (p->kind == PICK_WORD && p->fl->key[0] != '\0')
		copy(buf, len, vocab_word(p->set, p->fl->key));
	else
		copy(buf, len, form_value(p->fl));
	return buf;
}
