/*
 * migrate.c: bring a database to the newest schema.  The migrations are
 * schema/NNN-*.sql compiled into the binary (src/embed.sh); migration N
 * takes PRAGMA user_version from N-1 to N in one transaction, so a
 * failure leaves the file at the version it had.
 */
#include "werkbank/db.h"

#include <stdio.h>
#include <stdlib.h>

#include "werkbank/embed.h"
#include "werkbank/i18n.h"

int
db_schema_latest(void)
{
	int	n = 0;

	while (migrations[n].name != NULL)
		n++;
	return n;
}

enum wb_status
db_migrate(struct db *db)
{
	int		 have, latest = db_schema_latest(), v;
	char		 sql[64];
	enum wb_status	 st;

	if ((have = db_schema_version(db)) < 0)
		return db_fail(db, _("reading the schema version"));
	if (have > latest)
		return db_set_error(db, WB_TOO_NEW,
		    _("%s has schema version %d but this werkbank knows only "
		    "up to %d; use a newer werkbank"), db_path(db), have,
		    latest);
	for (v = have; v < latest; v++) {
		if ((st = db_begin(db)) != WB_OK)
			return st;
		if ((st = db_exec(db, migrations[v].data)) != WB_OK) {
			char	msg[512];

			snprintf(msg, sizeof(msg), "%s", db_error(db));
			db_rollback(db);
			return db_set_error(db, st, _("migration %s failed: %s"),
			    migrations[v].name, msg);
		}
		snprintf(sql, sizeof(sql), "PRAGMA user_version = %d", v + 1);
		if ((st = db_exec(db, sql)) != WB_OK) {
			db_rollback(db);
			return st;
		}
		if ((st = db_commit(db)) != WB_OK)
			return st;
	}
	return WB_OK;
}
