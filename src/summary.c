/*
 * summary.c: counts of what the database holds.
 */
#include "werkbank/summary.h"

#include <stddef.h>

enum wb_status
summary_get(struct db *db, struct summary *s)
{
	static const struct {
		const char	*sql;
		size_t		 off;
	} q[] = {
#define Q(sql, f)	{ sql, offsetof(struct summary, f) }
		Q("SELECT count(*) FROM partner", partners),
		Q("SELECT count(*) FROM app_user WHERE active", users),
		Q("SELECT count(*) FROM employer", employers),
		Q("SELECT count(*) FROM candidate", candidates),
		Q("SELECT count(*) FROM candidate WHERE status IN "
		    "('beschikbaar','in_traject')", in_pool),
		Q("SELECT count(*) FROM vacancy", vacancies),
		Q("SELECT count(*) FROM vacancy WHERE status = 'open'",
		    open_vacancies),
		Q("SELECT count(*) FROM proposal", proposals),
		Q("SELECT count(*) FROM placement", placements),
		Q("SELECT count(*) FROM employer_rating", ratings),
		Q("SELECT count(*) FROM pc4", postcodes),
		Q("SELECT count(*) FROM esco_occupation", occupations),
#undef Q
	};
	enum wb_status	st;
	size_t		i;

	for (i = 0; i < sizeof(q) / sizeof(q[0]); i++)
		if ((st = db_query_int(db, q[i].sql,
		    (long long *)((char *)s + q[i].off))) != WB_OK)
			return st;
	return WB_OK;
}
