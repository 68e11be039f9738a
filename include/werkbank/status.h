/*
 * status.h: the one table of status codes every core function returns.
 * Each code has a short English message (translated through gettext when
 * shown) and the exit status the CLI maps it to (cli.md: 0 ok, 1 failure,
 * 2 usage, 4 partial).
 */
#ifndef WERKBANK_STATUS_H
#define WERKBANK_STATUS_H

#define WB_STATUS_CODES(_) \
	_(OK,		0, "success") \
	_(ERROR,	1, "failed") \
	_(USAGE,	2, "usage error") \
	_(PARTIAL,	4, "some rows were rejected") \
	_(NOT_FOUND,	1, "not found") \
	_(EXISTS,	1, "already exists") \
	_(INVALID,	1, "invalid value") \
	_(DB,		1, "database error") \
	_(IO,		1, "input/output error") \
	_(BUSY,		1, "the database is busy") \
	_(STALE,	1, "changed by someone else") \
	_(DENIED,	1, "permission denied") \
	_(NO_DB,	1, "no database") \
	_(TOO_NEW,	1, "database made by a newer werkbank") \
	_(NETWORK_FS,	1, "database on a network file system")

enum wb_status {
#define WB_STATUS_ENUM(name, exit, msg) WB_##name,
	WB_STATUS_CODES(WB_STATUS_ENUM)
#undef WB_STATUS_ENUM
};

/* The untranslated message of a status (pass it through _() to show). */
const char	*wb_status_message(enum wb_status);

/* The process exit status for a status (cli.md). */
int		 wb_status_exit(enum wb_status);

#endif
