/*
 * user.h: the people who use werkbank (login, name, partner, role), what
 * each role may do and which candidates each person may see.
 *
 * Who runs werkbank comes from getuid() (config_login()), never from the
 * environment.  An empty users table means a single-user database: the
 * one person may do and see everything.  Once a user exists, only active
 * users may open the database.
 *
 * Roles: a coordinator may do everything, including managing users and
 * reading the audit log; a recruiter works the pipeline and the
 * candidates; an account manager the pipeline, the employers and the
 * vacancies; recruiters and account managers log contacts with
 * employers and take their ratings; a viewer reads and changes nothing.
 * The table of rights is user_role_perms in src/user.c.
 *
 * Visibility, the same for every role (a coordinator too: consent is
 * what allows sharing a person across partners, and no role changes
 * that): full details of the own partner's candidates and of consenting
 * candidates of other partners; nothing of the non-consenting
 * candidates of other partners (they are left out of lists, matches,
 * exports and agendas, and looking one up says "no candidate").
 */
#ifndef WERKBANK_USER_H
#define WERKBANK_USER_H

#include <stddef.h>

#include "werkbank/db.h"
#include "werkbank/table.h"

enum user_role {
	USER_COORDINATOR,
	USER_RECRUITER,
	USER_ACCOUNTMANAGER,
	USER_VIEWER,
	USER_NROLES
};

/* What a person may do (a bit each). */
enum user_perm {
	PERM_PIPELINE		= 1 << 0,	/* propose, advance, place */
	PERM_FOLLOWUP		= 1 << 1,	/* answer follow-ups */
	PERM_MEETING		= 1 << 2,	/* start/end, action items */
	PERM_CANDIDATES		= 1 << 3,	/* enter and edit candidates */
	PERM_VACANCIES		= 1 << 4,	/* vacancies and employers */
	PERM_IMPORT		= 1 << 5,
	PERM_USERS		= 1 << 6,	/* user add / remove */
	PERM_AUDIT		= 1 << 7,	/* read the audit log */
	PERM_SETTINGS		= 1 << 8,	/* weights, targets, settings */
	PERM_PURGE		= 1 << 9,	/* retention: purge candidates */
	PERM_CONTACTS		= 1 << 10,	/* log contacts with employers,
						   take their ratings */
};

#define USER_LOGIN_MAX	32

/* Who is running werkbank, as user_current() found them. */
struct user_ctx {
	int		 single;	/* single-user database: all rights */
	long long	 id;		/* app_user.id; 0 when single */
	long long	 partner_id;	/* 0 when single */
	char		 partner[9];	/* partner code; "" when single */
	enum user_role	 role;		/* USER_COORDINATOR when single */
	char		 login[65];
};

/* "coordinator", ...; and back (WB_INVALID for anything else). */
const char	*user_role_name(enum user_role);
enum wb_status	 user_role_parse(const char *, enum user_role *);

/*
 * Who login is: fills *u.  An empty users table gives a single-user
 * context.  An unknown or inactive login, once users exist, gives
 * WB_DENIED with the reason and the way out in db_error().
 */
enum wb_status	 user_current(struct db *, const char *login,
		    struct user_ctx *u);

/* 1 when u may do everything in perms (a mask of enum user_perm). */
int		 user_can(const struct user_ctx *u, unsigned perms);
/*
 * WB_OK when u may; else WB_DENIED with the reason in db_error()
 * ("anna is a viewer: viewers change nothing").
 */
enum wb_status	 user_require(struct db *, const struct user_ctx *u,
		    unsigned perms);

/* 1 when u may see the candidate (its partner and consent). */
int		 user_can_see_candidate(const struct user_ctx *u,
		    long long partner_id, int consent);
/*
 * The same rule as an SQL boolean expression over the given column
 * expressions (e.g. "c.partner_id", "c.consent"), written into buf:
 * "1" for a single-user database, "0" (nobody's) for a NULL user (the
 * caller does not know who is looking), else
 * "(c.partner_id = 3 OR c.consent = 1)".  Only numbers are interpolated.
 * Returns buf.
 */
char		*user_candidate_sql(const struct user_ctx *u,
		    const char *partner_col, const char *consent_col,
		    char *buf, size_t len);

/* A login: 1-32 of a-z 0-9 . _ - .  WB_OK or WB_INVALID with err set. */
enum wb_status	 user_validate_login(const char *, char *err, size_t errlen);

/* What user_add needs. */
struct user_new {
	const char	*login;
	const char	*partner;	/* partner code */
	const char	*role;		/* role name */
	const char	*name;		/* NULL: the login */
	const char	*phone;		/* work phone; NULL: none */
	const char	*email;		/* work e-mail; NULL: none */
};

/*
 * Add (or make active again) a user, in one transaction with its audit
 * row.  Only a coordinator may (or anyone on a single-user database; its
 * first user must then be the person adding, as a coordinator, so that
 * nobody locks themselves out).  WB_EXISTS when the login is an active
 * user, WB_INVALID for a bad login/partner/role/name, WB_DENIED.
 */
enum wb_status	 user_add(struct db *, const struct user_ctx *by,
		    const struct user_new *);
/* What user_edit changes: NULL leaves a field as it is; "" empties the
 * phone or the e-mail. */
struct user_change {
	const char	*name;
	const char	*phone;
	const char	*email;
};

/*
 * Change an active user's name, work phone or work e-mail (the team's
 * contact on the profiles they write: profile.h), in one transaction
 * with its audit row.  A coordinator may change anyone; everyone else
 * only themselves.  WB_NOT_FOUND, WB_DENIED, WB_INVALID (the message
 * names the option: "--phone: 'x' is not a telephone number").
 */
enum wb_status	 user_edit(struct db *, const struct user_ctx *by,
		    const char *login, const struct user_change *);

/*
 * Make a user inactive (the row stays: proposals and steps keep naming
 * who did them).  Refuses the last active coordinator.  WB_NOT_FOUND,
 * WB_DENIED, WB_INVALID.
 */
enum wb_status	 user_remove(struct db *, const struct user_ctx *by,
		    const char *login);

/*
 * A table of the users: login, name, partner, role, active, phone,
 * email.  Caller
 * frees with table_free.
 */
enum wb_status	 user_table(struct db *, struct table **);

#endif
