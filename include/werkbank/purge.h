/*
 * purge.h: retention.  `werkbank purge --inactive-before DATE` removes
 * the job seekers who left the pool before DATE and have had nothing
 * happen to them since, with everything personal about them.
 *
 * Inactive before DATE means all of:
 *   - status 'inactief' or 'geplaatst' and left_on (the day they left
 *     the pool) earlier than DATE;
 *   - no proposal made, and no step of a proposal taken, on or after
 *     DATE;
 *   - no placement that started or ended on or after DATE, nor one
 *     without an end whose 12-month follow-up falls on or after DATE;
 *   - no action item about them still open or done on or after DATE;
 *   - no profile of them written on or after DATE (profile.h).
 *
 * What goes: the candidate row and its child rows (occupations, skills,
 * restrictions, transport), their profile number and the record of the
 * profiles shared, their proposals with the steps and notes,
 * match results, the full-text index entries (the index is then merged
 * so no old segment keeps their words) and queued index work.  Action
 * items about them keep their meeting but lose their text.  What stays:
 * placements with their anonymous snapshot (person number, partner,
 * target group, municipality, consultant), per partner, target group,
 * municipality, pair of dates, leave reason and consultant the number
 * of people purged (candidate_purged, 003-purge.sql and 008), and per
 * day, vacancy, ending and reason the number of their proposals that
 * ended not chosen or withdrawn (proposal_end_purged, 008), so that past
 * reports give the same figures.  The audit log names records by id only; the purge adds one
 * row with the date and the count.  Ids are never given out again: the
 * highest purged id is kept (setting candidate_id_floor) and the import
 * numbers new candidates above it, since placements count people and the
 * audit log names records by id.
 */
#ifndef WERKBANK_PURGE_H
#define WERKBANK_PURGE_H

#include <stddef.h>

#include "werkbank/db.h"
#include "werkbank/user.h"

struct purge_result {
	long long	  count;	/* candidates (that would be) purged */
	char		**keys;		/* their PARTNER/REF, sorted */
	size_t		  nkeys;
	long long	  placements;	/* placements kept, now anonymous */
	char		  before[11];	/* DATE as YYYY-MM-DD */
	int		  log_busy;	/* WAL: another session kept the log */
};

/*
 * Find the candidates inactive before `before` (any form date_parse
 * takes; not later than today) and, unless dry_run, remove them in one
 * IMMEDIATE transaction with one audit row, then make sure no freed page
 * or journal holds their data (log_busy: in WAL mode another session
 * still reading kept the log from being emptied; run it again later).
 * Only a coordinator may (PERM_PURGE).
 * WB_INVALID for a bad date, WB_DENIED, WB_DB/WB_IO/WB_BUSY from SQLite
 * (nothing changed).  *res is filled on WB_OK; free it with
 * purge_result_free() in every case.
 */
enum wb_status	purge_inactive(struct db *, const struct user_ctx *,
		    const char *before, int dry_run, struct purge_result *res);
void		purge_result_free(struct purge_result *);

/*
 * The personal data of an employer's staff (purge-employer.c): with the
 * employer (`werkbank purge --employer E`) its contact persons go, and
 * the words of its contacts and ratings (notes, agreements, comments:
 * they may name people); the contacts stay as dates, types, team
 * members and tags, the ratings as scores, so the figures stay.  On
 * request (person given: `--contact-person NAME`) one contact person
 * goes and their name is replaced by "-" in the employer's notes,
 * agreements and comments.  Then the file is cleaned as after a purge
 * of candidates.  Only a coordinator may (PERM_PURGE); one transaction
 * with one audit row.  WB_NOT_FOUND for an unknown person (the message
 * names those there are).
 */
struct purge_employer_result {
	long long	persons;	/* contact persons (that would be)
					   removed */
	long long	texts;		/* contacts and ratings whose words
					   (would) go or change */
	int		log_busy;	/* as purge_result's */
};

enum wb_status	purge_employer(struct db *, const struct user_ctx *,
		    long long employer_id, const char *person, int dry_run,
		    struct purge_employer_result *);
/* After a purge's commit: empty the journal, VACUUM (purge.c). */
enum wb_status	purge_scrub(struct db *, int *log_busy);

#endif
