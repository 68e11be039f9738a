/*
 * audit.c: append rows to audit_log.  The table refuses UPDATE and
 * DELETE through triggers; the hash chain over the rows (`audit verify`)
 * comes with the workflow.
 */
#include "werkbank/audit.h"

#include "werkbank/i18n.h"

enum wb_status
audit_append(struct db *db, const char *login, const char *action,
    const char *record_type, long long record_id, const char *detail)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;

	if ((st = db_prepare(db, "INSERT INTO audit_log (login, action, "
	    "record_type, record_id, detail) VALUES (?, ?, ?, ?, ?)", &stmt)) !=
	    WB_OK)
		return st;
	sqlite3_bind_text(stmt, 1, login, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 2, action, -1, SQLITE_STATIC);
	if (record_type != NULL)
		sqlite3_bind_text(stmt, 3, record_type, -1, SQLITE_STATIC);
	if (record_id != 0)
		sqlite3_bind_int64(stmt, 4, record_id);
	if (detail != NULL)
		sqlite3_bind_text(stmt, 5, detail, -1, SQLITE_STATIC);
	if (sqlite3_step(stmt) != SQLITE_DONE)
		st = db_fail(db, _("writing the audit log"));
	sqlite3_finalize(stmt);
	return st;
}
