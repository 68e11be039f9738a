/*
 * setup.c: build a new database under a temporary name, then link(2) it
 * into place: link fails when PATH exists, so nothing is overwritten, and
 * PATH appears only complete, followed by its audit key (PATH.key).
 */
#include "werkbank/setup.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "werkbank/audit.h"
#include "werkbank/auditkey.h"
#include "werkbank/i18n.h"
#include "werkbank/search.h"
#include "werkbank/xmalloc.h"

/*
 * The demo has users, so only known logins may use it: the person who
 * made it joins as a coordinator at UWV (unless the demo has the login).
 */
static enum wb_status
add_creator(struct db *db, const char *login)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;

	if ((st = db_prepare(db, "INSERT OR IGNORE INTO app_user (login, name, "
	    "partner_id, role) SELECT ?1, ?1, id, 'coordinator' FROM partner "
	    "WHERE code = 'UWV'", &stmt)) != WB_OK)
		return st;
	sqlite3_bind_text(stmt, 1, login, -1, SQLITE_STATIC);
	if (sqlite3_step(stmt) != SQLITE_DONE)
		st = db_fail(db, _("adding you as a user"));
	sqlite3_finalize(stmt);
	return st;
}

static enum wb_status
fill(struct db *db, const char *login, const struct demo_options *demo,
    struct setup_result *res)
{
	enum wb_status	st;
	char		detail[64];

	if ((st = db_begin(db)) != WB_OK)
		return st;
	if ((st = refdata_load(db, &res->ref)) != WB_OK)
		goto fail;
	if (demo != NULL) {
		/* The search index in bulk, so the first search is quick. */
		if ((st = demo_generate(db, demo, &res->demo)) != WB_OK ||
		    (st = search_sync(db)) != WB_OK ||
		    (st = add_creator(db, login)) != WB_OK)
			goto fail;
		snprintf(detail, sizeof(detail), "scale=%d", demo->scale);
	}
	return audit_commit(db, login, demo != NULL ? "demo" : "init", NULL,
	    0, demo != NULL ? detail : NULL);
fail:
	db_rollback(db);
	return st;
}

enum wb_status
setup_create(const char *path, const char *login,
    const struct demo_options *demo, struct setup_result *res)
{
	struct stat	 sb;
	struct db	*db;
	enum wb_status	 st;
	char		*tmp, *tmpkey, *key;

	memset(res, 0, sizeof(*res));
	if (lstat(path, &sb) == 0) {
		snprintf(res->error, sizeof(res->error),
		    _("%s already exists; werkbank will not overwrite it"),
		    path);
		return WB_EXISTS;
	}
	tmp = xasprintf("%s.new-%ld", path, (long)getpid());
	unlink(tmp);
	st = db_open(&db, tmp, DB_OPEN_CREATE);
	if (st == WB_OK)
		st = fill(db, login, demo, res);
	if (st != WB_OK) {
		const char	*e = db_error(db);
		size_t		 n = strlen(tmp);

		/* Name the file the user asked for, not the temporary one. */
		if (strncmp(e, tmp, n) == 0)
			snprintf(res->error, sizeof(res->error), "%s%s", path,
			    e + n);
		else
			snprintf(res->error, sizeof(res->error), "%s", e);
	}
	db_close(db);
	tmpkey = audit_key_path(tmp);
	key = audit_key_path(path);
	if (st == WB_OK && link(tmp, path) != 0) {
		snprintf(res->error, sizeof(res->error), errno == EEXIST ?
		    _("%s already exists; werkbank will not overwrite it") :
		    _("cannot create %s"), path);
		st = errno == EEXIST ? WB_EXISTS : WB_IO;
	}
	/*
	 * The key follows the database that now has the name (one left by
	 * a database removed before is replaced).
	 */
	if (st == WB_OK && rename(tmpkey, key) != 0) {
		snprintf(res->error, sizeof(res->error), _("cannot write the "
		    "audit key %s: %s"), key, strerror(errno));
		unlink(path);
		st = WB_IO;
	}
	unlink(tmpkey);
	unlink(tmp);
	free(tmpkey);
	free(key);
	free(tmp);
	return st;
}
