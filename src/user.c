/*
 * user.c: queries about users.
 */
#include "werkbank/user.h"

#include "werkbank/i18n.h"
#include "werkbank/query.h"

static const struct table_col user_cols[] = {
	{ "login",	N_("Login"),	0 },
	{ "name",	N_("Name"),	0 },
	{ "partner",	N_("Partner"),	0 },
	{ "role",	N_("Role"),	0 },
	{ "active",	N_("Active"),	1 },
};

enum wb_status
user_table(struct db *db, struct table **out)
{
	*out = table_new(user_cols, sizeof(user_cols) / sizeof(user_cols[0]));
	return query_table(db,
	    "SELECT u.login, u.name, p.code, u.role, u.active "
	    "FROM app_user u JOIN partner p ON p.id = u.partner_id "
	    "ORDER BY u.login", *out);
}
