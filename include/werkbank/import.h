/*
 * import.h: `werkbank import KIND FILE` as a core function, so the UI can
 * import too.  One transaction per import: an interrupted or failed
 * import leaves the database as it was (csv.md).
 */
#ifndef WERKBANK_IMPORT_H
#define WERKBANK_IMPORT_H

#include <stddef.h>

#include "werkbank/db.h"

struct import_options {
	const char	*kind;		/* partners, employers, candidates, ... */
	const char	*path;		/* the file; "-" for standard input */
	char		 delim;		/* 0: detect from the header line */
	int		 dry_run;	/* check everything, store nothing */
	int		 strict;	/* store nothing if any row is rejected */
	const char	*rejects;	/* NULL: FILE.rejects.csv beside FILE */
	const char	*login;		/* for the audit log */
	/* Now and then while reading; may be NULL. */
	void		(*progress)(void *arg, long rows, size_t done,
			    size_t total);
	/* Each warning (unknown column, unknown login ...); may be NULL. */
	void		(*warn)(void *arg, const char *msg);
	void		*arg;
};

struct import_result {
	long	rows, stored, created, updated, rejected;
	int	rejects_written;
	char	rejects_path[1024];
	char	error[1024];		/* why a fatal import stopped */
};

/*
 * Run an import.  WB_OK: every row stored; WB_PARTIAL: some rejected, the
 * rest stored; WB_USAGE: unknown kind; anything else: nothing stored
 * (result->error says why; with --strict, rows were rejected).
 */
enum wb_status		 import_run(struct db *, const struct import_options *,
			    struct import_result *);

/* The kinds, NULL-terminated. */
extern const char *const import_kind_names[];

#endif
