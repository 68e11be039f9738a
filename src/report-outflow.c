/*
 * report-outflow.c: the two passes of the monitoring figures that issue
 * 18 added beside report.c's: why proposals ended (the steps not_chosen
 * and withdrawn with their reasons, and the ends of purged people's
 * proposals, counted anonymously), and the employers new and returning
 * in the period.  The rules are at the top of report.c.
 */
#include "werkbank/report.h"

#include <string.h>

#include "werkbank/i18n.h"
#include "werkbank/outflow.h"
#include "report-int.h"

enum wb_status
report_pass_endings(struct report_ctx *c)
{
	sqlite3_stmt	*stmt;
	struct report_acc *a[REPORT_NBY + 1];
	struct report_emp *emp;
	enum wb_status	 st;
	const char	*step, *reason;
	size_t		 i, n, k;
	long long	 w;
	int		 rc, g[REPORT_NBY], nc;

	if ((st = report_prepare_span(c, "SELECT st.step, st.reason, "
	    "st.on_date, c.partner_id, c.target_group, c.pc4, NULL, "
	    "c.consultant_id, v.employer_id, 1 FROM proposal_step st "
	    "JOIN proposal pr ON pr.id = st.proposal_id "
	    "JOIN candidate c ON c.id = pr.candidate_id "
	    "LEFT JOIN vacancy v ON v.id = pr.vacancy_id "
	    "WHERE st.step IN ('not_chosen', 'withdrawn') AND "
	    "st.on_date BETWEEN ?1 AND ?2 UNION ALL "
	    "SELECT pe.step, pe.reason, pe.on_date, pe.partner_id, "
	    "pe.target_group, NULL, pe.municipality_code, pe.consultant_id, "
	    "v.employer_id, pe.n FROM proposal_end_purged pe "
	    "LEFT JOIN vacancy v ON v.id = pe.vacancy_id "
	    "WHERE pe.on_date BETWEEN ?1 AND ?2", c->from_s, &stmt)) != WB_OK)
		return st;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		step = report_col_text(stmt, 0);
		reason = report_col_text(stmt, 1);
		w = sqlite3_column_int64(stmt, 9);
		nc = step != NULL && strcmp(step, "not_chosen") == 0;
		k = outflow_reason_index(nc ? VOCAB_NOT_CHOSEN_REASON :
		    VOCAB_WITHDRAWN_REASON, reason);
		report_person_groups(c, g, sqlite3_column_int64(stmt, 3),
		    report_col_text(stmt, 4), report_col_text(stmt, 5),
		    report_col_text(stmt, 6), sqlite3_column_int64(stmt, 7),
		    report_col_text(stmt, 2), NULL);
		emp = sqlite3_column_type(stmt, 8) == SQLITE_NULL ? NULL :
		    report_emp_find(c, sqlite3_column_int64(stmt, 8));
		g[REPORT_BY_EMPLOYER] = report_emp_group(c, emp);
		g[REPORT_BY_SECTOR] = report_sector_group(c, emp);
		n = report_accs(c, g, a);
		for (i = 0; i < n; i++)
			if (nc) {
				a[i]->f.not_chosen += w;
				if (k < REPORT_NNOT_CHOSEN)
					a[i]->f.not_chosen_reason[k] += w;
			} else {
				a[i]->f.withdrawn += w;
				if (k < REPORT_NWITHDRAWN)
					a[i]->f.withdrawn_reason[k] += w;
			}
	}
	return report_finish(c, stmt, rc);
}

enum wb_status
report_pass_employers(struct report_ctx *c)
{
	sqlite3_stmt	*stmt;
	struct report_acc *a[REPORT_NBY + 1];
	struct report_emp *emp;
	enum wb_status	 st;
	const char	*first;
	size_t		 i, n;
	int		 rc, g[REPORT_NBY], fresh;

	/*
	 * Each employer's first vacancy or placement ever (f), and whether
	 * it had one in the period: new when the first lies in it,
	 * returning when it lies before and it came back in the period.
	 */
	if ((st = report_prepare_span(c, "SELECT f.employer_id, f.first, "
	    "f.first >= ?1 OR EXISTS (SELECT 1 FROM vacancy v WHERE "
	    "v.employer_id = f.employer_id AND v.collected_on BETWEEN ?1 AND "
	    "?2) OR EXISTS (SELECT 1 FROM placement pl JOIN vacancy v ON "
	    "v.id = pl.vacancy_id WHERE v.employer_id = f.employer_id AND "
	    "pl.start_date BETWEEN ?1 AND ?2) FROM (SELECT employer_id, "
	    "min(d) AS first FROM (SELECT employer_id, collected_on AS d FROM "
	    "vacancy UNION ALL SELECT v.employer_id, pl.start_date FROM "
	    "placement pl JOIN vacancy v ON v.id = pl.vacancy_id) GROUP BY "
	    "employer_id) f WHERE f.first <= ?2", c->from_s, &stmt)) != WB_OK)
		return st;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if (!sqlite3_column_int(stmt, 2))
			continue;
		first = report_col_text(stmt, 1);
		fresh = first != NULL && memcmp(first, c->from_s, 10) >= 0;
		emp = report_emp_find(c, sqlite3_column_int64(stmt, 0));
		g[REPORT_BY_PARTNER] = emp != NULL && emp->partner_id != 0 ?
		    report_partner_group(c, emp->partner_id) : -1;
		g[REPORT_BY_TARGET_GROUP] = -1;
		g[REPORT_BY_MUNICIPALITY] = emp != NULL ?
		    report_pc4_group(c, emp->pc4) : -1;
		g[REPORT_BY_MONTH] = fresh ? report_month_group(c, first) : -1;
		g[REPORT_BY_EMPLOYER] = report_emp_group(c, emp);
		g[REPORT_BY_SECTOR] = report_sector_group(c, emp);
		g[REPORT_BY_CONSULTANT] = -1;
		n = report_accs(c, g, a);
		for (i = 0; i < n; i++) {
			if (fresh)
				a[i]->f.new_employers++;
			else
				a[i]->f.returning_employers++;
		}
	}
	return report_finish(c, stmt, rc);
}
