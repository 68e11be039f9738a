/*
 * summary.c: counts of what the database holds, and the two figures
 * every screen, the agenda and the overview share (summary.h).
 */
#include "werkbank/summary.h"

#include <stddef.h>

#include "werkbank/candidate.h"
#include "werkbank/vacancy.h"

enum wb_status
summary_figures(struct db *db, struct summary_figures *f)
{
	enum wb_status	st;

	if ((st = db_query_int(db, "SELECT count(*) FROM vacancy v WHERE "
	    VACANCY_IS_OPEN("v."), &f->open_vacancies)) != WB_OK ||
	    (st = db_query_int(db, "SELECT count(*) FROM vacancy v WHERE "
	    "v.status = 'on_hold'", &f->on_hold)) != WB_OK)
		return st;
	return db_query_int(db, "SELECT count(*) FROM candidate c WHERE "
	    CANDIDATE_IN_POOL("c."), &f->pool);
}

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
		Q("SELECT count(*) FROM vacancy", vacancies),
		Q("SELECT count(*) FROM proposal", proposals),
		Q("SELECT count(*) FROM placement", placements),
		Q("SELECT count(*) FROM employer_rating", ratings),
		Q("SELECT count(*) FROM pc4", postcodes),
		Q("SELECT count(*) FROM esco_occupation", occupations),
#undef Q
	};
	struct summary_figures	f;
	enum wb_status		st;
	size_t			i;

	for (i = 0; i < sizeof(q) / sizeof(q[0]); i++)
		if ((st = db_query_int(db, q[i].sql,
		    (long long *)((char *)s + q[i].off))) != WB_OK)
			return st;
	if ((st = summary_figures(db, &f)) != WB_OK)
		return st;
	s->in_pool = f.pool;
	s->open_vacancies = f.open_vacancies;
	s->on_hold = f.on_hold;
	return WB_OK;
}
