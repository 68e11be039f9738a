/*
 * config.h: where the database is (cli.md): --db, else $WERKBANK_DB,
 * else `db =` in $XDG_CONFIG_HOME/werkbank/config (or
 * ~/.config/werkbank/config), else /etc/werkbank.conf, else ./werkbank.db.
 */
#ifndef WERKBANK_CONFIG_H
#define WERKBANK_CONFIG_H

/* The database path; `given` is --db or NULL.  Caller frees. */
char	*config_db_path(const char *given);

/* The `db =` value of one config file, or NULL.  Caller frees. */
char	*config_read_db(const char *file);

/* The login of the person running werkbank (from getuid()). */
const char *config_login(void);

#endif
