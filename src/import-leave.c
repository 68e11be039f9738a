/*
 * import-leave.c: what a candidates file says about leaving the pool
 * (columns left_on and leave_reason; outflow.h, import-internal.h).  A
 * leave day is not in the future, not before the day the person entered
 * the pool (the import's day for someone new), and comes with a status
 * out of the pool or none; a reason is only for someone who left or
 * leaves in the row.  Someone in the pool who leaves becomes geplaatst
 * for work through the team and inactief for any other reason.
 */
#include <stdio.h>
#include <string.h>

#include "werkbank/i18n.h"
#include "werkbank/vocab.h"
#include "import-internal.h"

static int
in_pool(const char *status)
{
	return status != NULL && (strcmp(status, "beschikbaar") == 0 ||
	    strcmp(status, "in_traject") == 0);
}

static const struct ival *
value(struct importer *imp, struct ival *v, const char *name)
{
	return &v[import_col(imp, name)];
}

void
import_leave_check(struct importer *imp, struct ival *v)
{
	const struct ival *left = value(imp, v, "left_on");
	const struct ival *status = value(imp, v, "status");

	if (left->known && strcmp(left->text, import_today(imp)) > 0)
		import_error(imp, "left_on", _("%s is in the future"),
		    left->text);
	if (left->known && status->known && in_pool(status->text))
		import_error(imp, "left_on", _("someone who left the pool is "
		    "not %s"), vocab_word(VOCAB_CANDIDATE_STATUS,
		    status->text));
}

enum wb_status
import_leave_prepare(struct importer *imp, int read, int write)
{
	enum wb_status	st;

	if ((st = db_prepare(import_db(imp), "SELECT registered_on, status, "
	    "coalesce(left_on, '') FROM candidate WHERE id = :id OR "
	    "(partner_id = :partner AND ref = :ref)", import_stmt(imp,
	    read))) != WB_OK)
		return st;
	return db_prepare(import_db(imp), "UPDATE candidate SET "
	    "left_on = coalesce(:left_on, left_on, :today), "
	    "leave_reason = iif(:has_leave_reason, :leave_reason, leave_reason), "
	    "status = CASE WHEN status = 'beschikbaar' OR status = 'in_traject' "
	    "THEN iif(coalesce(iif(:has_leave_reason, :leave_reason, "
	    "leave_reason), '') = 'werk_via_team', 'geplaatst', 'inactief') "
	    "ELSE status END WHERE id = :id", import_stmt(imp, write));
}

enum wb_status
import_leave_before(struct importer *imp, struct ival *v, int read)
{
	const struct ival *left = value(imp, v, "left_on");
	const struct ival *reason = value(imp, v, "leave_reason");
	const struct ival *status = value(imp, v, "status");
	sqlite3_stmt	  *s = *import_stmt(imp, read);
	char		   reg[11], cur[16] = "", was_left[11] = "";
	int		   rc, out;

	if (!left->known && !reason->known)
		return WB_OK;
	snprintf(reg, sizeof(reg), "%s", import_today(imp));
	if (imp->one && imp->one_id != 0)
		sqlite3_bind_int64(s, sqlite3_bind_parameter_index(s, ":id"),
		    imp->one_id);
	else
		import_bind(imp, s, v);
	if ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		db_column_copy(reg, sizeof(reg), s, 0);
		db_column_copy(cur, sizeof(cur), s, 1);
		db_column_copy(was_left, sizeof(was_left), s, 2);
	}
	sqlite3_reset(s);
	sqlite3_clear_bindings(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_fail(import_db(imp), _("storing the row"));
	if (left->known && strcmp(left->text, reg) < 0)
		import_error(imp, "left_on", _("%s is before the day they "
		    "entered the pool (%s)"), left->text, reg);
	out = status->known ? !in_pool(status->text) : left->known ||
	    was_left[0] != '\0' || (cur[0] != '\0' && !in_pool(cur));
	if (reason->known && !out)
		import_error(imp, "leave_reason", _("only for someone who left "
		    "the pool: give %s, or the status inactief or geplaatst"),
		    import_col_shown(imp, "left_on"));
	return imp->errlen > 0 ? WB_INVALID : WB_OK;
}

enum wb_status
import_leave_store(struct importer *imp, struct ival *v, long long id,
    int write)
{
	sqlite3_stmt	*s = *import_stmt(imp, write);
	int		 rc;

	if (!value(imp, v, "left_on")->known &&
	    !value(imp, v, "leave_reason")->known)
		return WB_OK;
	import_bind(imp, s, v);
	sqlite3_bind_int64(s, sqlite3_bind_parameter_index(s, ":id"), id);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	sqlite3_clear_bindings(s);
	if (rc != SQLITE_DONE)
		return db_fail(import_db(imp), _("storing the row"));
	return WB_OK;
}
