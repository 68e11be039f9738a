/*
 * audit.h: the append-only audit log: who did or saw what, and when.
 * Rows name records by type and id, never by a person's name.
 */
#ifndef WERKBANK_AUDIT_H
#define WERKBANK_AUDIT_H

#include "werkbank/db.h"

/*
 * Append one row (action: one of the values the schema allows, e.g.
 * "view", "import", "init").  record_type and detail may be NULL;
 * record_id 0 means none.  Runs in the caller's transaction, if any.
 */
enum wb_status	audit_append(struct db *, const char *login, const char *action,
		    const char *record_type, long long record_id,
		    const char *detail);

#endif
