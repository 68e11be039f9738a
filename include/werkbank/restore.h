/*
 * restore.h: put a backup back (`werkbank restore`).  The backup is
 * checked first as backup_check() checks a new one (a werkbank database,
 * sound, a schema this werkbank knows, its audit chain intact under its
 * key, FILE.key).  Where no database is, it is copied to a temporary
 * name and linked into place with its key; over a database (only when
 * asked, --force) the current one is first copied aside as
 * PATH.before-restore-YYYYMMDDTHHMMSSZ with its key, and the backup is
 * then copied into it with SQLite's backup API, so that sessions still
 * open see the restored data instead of writing to a file that was
 * replaced under them.  The restored database gets an audit row (action
 * import, record type backup) naming the file.
 */
#ifndef WERKBANK_RESTORE_H
#define WERKBANK_RESTORE_H

#include <stddef.h>

#include "werkbank/status.h"

struct restore_result {
	char		 kept[4096];	/* the current database, kept aside */
	long long	 audit_rows;	/* in the backup, verified */
	int		 schema;	/* the backup's schema version */
	char		 error[1024];
};

/*
 * Restore the backup file to the database at target.  WB_EXISTS when
 * target exists and force is 0; WB_TOO_NEW for a newer schema; WB_DB
 * for a file that is not a sound werkbank database; res->error says why.
 */
enum wb_status	restore_file(const char *file, const char *target, int force,
		    const char *login, struct restore_result *res);

#endif
