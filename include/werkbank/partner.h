/*
 * partner.h: the partners of the partnership (municipalities, UWV,
 * SW-companies).  Partners are data, never hard-coded.
 */
#ifndef WERKBANK_PARTNER_H
#define WERKBANK_PARTNER_H

#include "werkbank/db.h"
#include "werkbank/table.h"

/*
 * A table of the partners with their people and open vacancies:
 * code, name, kind, municipality, candidates, open_vacancies, users.
 * Caller frees with table_free.
 */
enum wb_status	partner_table(struct db *, struct table **);

#endif
