/*
 * cmd-match-int.h: what cmd-match.c and cmd-match-slate.c share (not an
 * API): `werkbank match --slate`.
 */
#ifndef WERKBANK_CMD_MATCH_INT_H
#define WERKBANK_CMD_MATCH_INT_H

#include <stddef.h>

#include "werkbank/cmd.h"

#define SLATE_PAIRS_MAX	64	/* --fix and --drop, each */

struct slate_cli {
	enum table_format	 fmt;
	int			 per_candidate;	/* default 1 */
	int			 per_vacancy;	/* 0: open positions */
	const char		*fix[SLATE_PAIRS_MAX];	/* VACANCY=CANDIDATE */
	size_t			 nfix;
	const char		*drop[SLATE_PAIRS_MAX];
	size_t			 ndrop;
	int			 accept;
};

/* The slate, printed; stored as shown; with accept, proposed. */
enum wb_status	cmd_match_slate(struct cmd_ctx *, const struct slate_cli *);

#endif
