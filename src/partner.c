/*
 * partner.c: queries about partners.
 */
#include "werkbank/partner.h"

#include "werkbank/i18n.h"
#include "werkbank/query.h"
#include "werkbank/vacancy.h"

static const struct table_col partner_cols[] = {
	{ "code",		N_("Code"),		0 },
	{ "name",		N_("Name"),		0 },
	{ "kind",		N_("Kind"),		0 },
	{ "municipality",	N_("Municipality"),	0 },
	{ "candidates",		N_("Candidates"),	1 },
	{ "open_vacancies",	N_("Open vacancies"),	1 },
	{ "users",		N_("Users"),		1 },
};

#define NCOLS	(sizeof(partner_cols) / sizeof(partner_cols[0]))

enum wb_status
partner_table(struct db *db, struct table **out)
{
	enum wb_status	st;

	*out = table_new(partner_cols, NCOLS);
	table_set_vocab(*out, 2, VOCAB_PARTNER_KIND);
	st = query_table(db,
	    "SELECT p.code, p.name, p.kind, m.name, "
	    " (SELECT count(*) FROM candidate c WHERE c.partner_id = p.id), "
	    " (SELECT count(*) FROM vacancy v WHERE v.partner_id = p.id "
	    "   AND " VACANCY_IS_OPEN("v.") "), "
	    " (SELECT count(*) FROM app_user u WHERE u.partner_id = p.id "
	    "   AND u.active) "
	    "FROM partner p LEFT JOIN municipality m "
	    " ON m.code = p.municipality_code ORDER BY p.code", *out);
	return st;
}
