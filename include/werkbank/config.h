/*
 * config.h: where the database is (cli.md): --db, else $WERKBANK_DB,
 * else `db =` in $XDG_CONFIG_HOME/werkbank/config (or
 * ~/.config/werkbank/config), else SYSCONFDIR/werkbank.conf (/etc, fixed
 * when werkbank is built), else ./werkbank.db.
 */
#ifndef WERKBANK_CONFIG_H
#define WERKBANK_CONFIG_H

#include <stddef.h>

/*
 * The database path; `given` is --db or NULL.  Caller frees.  Running
 * set-group-id on a team server (priv.h) it is the database the system
 * configuration names; --db and $WERKBANK_DB are taken only for a file
 * in that database's directory and the user's configuration is not
 * read.  NULL then, with the reason in err, when there is none or the
 * one asked for is outside.
 */
char	*config_db_path(const char *given, char *err, size_t errlen);

/* The system configuration file: SYSCONFDIR "/werkbank.conf". */
const char *config_system_file(void);

/* The `db =` value of one config file, or NULL.  Caller frees. */
char	*config_read_db(const char *file);

/* The login of the person running werkbank (from getuid()). */
const char *config_login(void);

#endif
