/*
 * user.h: the people who use werkbank (login, name, partner, role).  An
 * empty users table means a single-user database.
 */
#ifndef WERKBANK_USER_H
#define WERKBANK_USER_H

#include "werkbank/db.h"
#include "werkbank/table.h"

/*
 * A table of the users: login, name, partner, role, active.  Caller
 * frees with table_free.
 */
enum wb_status	user_table(struct db *, struct table **);

#endif
