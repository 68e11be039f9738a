/*
 * team.h: the team's members as people pick them: who proposes a
 * candidate, who takes an action item, an account manager, a
 * consultant.  A member is an active werkbank user (user.h); people see
 * them by name with the login beside it ("Anna de Vries (anna)") and
 * may type either.
 *
 * team_resolve() is the one rule for what was typed, for the command
 * line (--by, --who), the forms and the meeting screen: the login, the
 * name, "Name (login)" as a pick list shows it, or the start of the name
 * or of one of its words, ignoring case and accents, when that fits one
 * member only.  Several that fit are named in the message, so the user
 * can type more; nothing is ever picked silently.
 */
#ifndef WERKBANK_TEAM_H
#define WERKBANK_TEAM_H

#include <stddef.h>

#include "werkbank/db.h"

#define TEAM_LOGIN_MAX	65

struct team_member {
	long long	 id;			/* app_user.id */
	char		 login[TEAM_LOGIN_MAX];
	char		*name;
	char		 role[16];		/* coordinator, recruiter, ... */
	char		 partner[9];		/* the partner's code */
};

/*
 * The active users by name (then login).  Caller frees with
 * team_members_free; an empty table (a single-user database) gives none.
 */
enum wb_status	 team_members(struct db *, struct team_member **, size_t *n);
void		 team_members_free(struct team_member *, size_t n);

/* "Anna de Vries (anna)" into buf; the login alone when the name is it. */
char		*team_label(const struct team_member *, char *buf, size_t len);

/*
 * The members that what is typed may mean, best first: the login or the
 * whole name, then the name or a word of it starting with it, then the
 * login starting with it.  Their indexes into m go to out (at most
 * max); returns how many.  Empty typed: all of them, in order.
 */
size_t		 team_match(const struct team_member *m, size_t n,
		    const char *typed, size_t *out, size_t max);

/*
 * The member typed text means (team_match, one only): WB_OK with the
 * login in login (TEAM_LOGIN_MAX bytes).  WB_INVALID with err saying
 * what fits ("'jan' may be Jan de Boer (jan) or Jannie Smit (jsmit):
 * type more") or that nobody does ("'xyz' is no one of the team (see
 * werkbank users)").  err does not name the field.
 */
enum wb_status	 team_resolve(struct db *, const char *typed, char *login,
		    char *err, size_t errlen);

#endif
