/*
 * report-employer.c: the employer services part of the monitoring
 * (report.h): employers contacted, new and returning employers, rating
 * coverage, employers per account manager and the vacancies whose
 * account manager is not their employer's; and their part of the human,
 * Markdown and JSON reports.  The counting rules are in man/werkbank.1
 * (COUNTING RULES):
 *
 * - Contacted: employers with a contact logged in the period.
 * - New: an employer whose first vacancy (collected_on) or placement
 *   (start_date) ever falls in the period; returning: one that had a
 *   vacancy or placement before the period and has one in it.
 * - Coverage: of the employers served in the period (rating.h: a
 *   vacancy open in it, a placement started in it, a contact in it),
 *   those with a rating in it.
 * - Per account manager, as things are now: their employers and those
 *   employers' open and on-hold vacancies and contacts due (contact.h);
 *   in the period: their employers contacted and the contacts they
 *   logged.
 * - A mismatch: a vacancy collected in the period or open now whose
 *   account manager is set and differs from its employer's.
 */
#include "werkbank/report.h"

#include <stdlib.h>
#include <string.h>

#include "werkbank/contact.h"
#include "werkbank/date.h"
#include "werkbank/i18n.h"
#include "werkbank/rating.h"
#include "werkbank/table.h"
#include "werkbank/text.h"
#include "werkbank/vocab.h"
#include "werkbank/xmalloc.h"

static enum wb_status
prepare(struct db *db, const char *sql, const char *from, const char *to,
    sqlite3_stmt **stmt)
{
	char		today[11], limit[11];
	enum wb_status	st;

	if ((st = db_prepare(db, sql, stmt)) != WB_OK)
		return st;
	sqlite3_bind_text(*stmt, 1, from, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(*stmt, 2, to, -1, SQLITE_TRANSIENT);
	if (sqlite3_bind_parameter_count(*stmt) >= 4) {
		sqlite3_bind_text(*stmt, 3, date_format(date_today(), today), -1,
		    SQLITE_TRANSIENT);
		sqlite3_bind_text(*stmt, 4, date_format(date_today() +
		    CONTACT_DUE_DAYS, limit), -1, SQLITE_TRANSIENT);
	}
	return WB_OK;
}

static enum wb_status
done(struct db *db, sqlite3_stmt *stmt, int rc)
{
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return db_fail(db, _("reading the employer figures"));
	return WB_OK;
}

static enum wb_status
totals(struct db *db, struct report_employers *e, const char *from,
    const char *to)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	char		*sql;
	int		 rc;

	sql = xasprintf("SELECT "
	    "(SELECT count(*) FROM employer_contact WHERE contact_on BETWEEN "
	    "?1 AND ?2), "
	    "(SELECT count(DISTINCT employer_id) FROM employer_contact WHERE "
	    "contact_on BETWEEN ?1 AND ?2), "
	    "(SELECT count(*) FROM (%s)), "
	    "(SELECT count(*) FROM (%s) s WHERE EXISTS (SELECT 1 FROM "
	    "employer_rating r WHERE r.employer_id = s.id AND r.rated_on "
	    "BETWEEN ?1 AND ?2)), "
	    /* first and last vacancy or placement of each employer */
	    "(SELECT count(*) FROM (SELECT employer_id, min(d) AS first, "
	    " max(d BETWEEN ?1 AND ?2) AS now FROM (SELECT employer_id, "
	    " collected_on AS d FROM vacancy UNION ALL SELECT v.employer_id, "
	    " pl.start_date FROM placement pl JOIN vacancy v ON v.id = "
	    " pl.vacancy_id) GROUP BY employer_id) WHERE first BETWEEN ?1 AND "
	    " ?2), "
	    "(SELECT count(*) FROM (SELECT employer_id, min(d) AS first, "
	    " max(d BETWEEN ?1 AND ?2) AS now FROM (SELECT employer_id, "
	    " collected_on AS d FROM vacancy UNION ALL SELECT v.employer_id, "
	    " pl.start_date FROM placement pl JOIN vacancy v ON v.id = "
	    " pl.vacancy_id) GROUP BY employer_id) WHERE first < ?1 AND now)",
	    rating_served_sql, rating_served_sql);
	st = prepare(db, sql, from, to, &stmt);
	free(sql);
	if (st != WB_OK)
		return st;
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		e->contacts = sqlite3_column_int64(stmt, 0);
		e->contacted = sqlite3_column_int64(stmt, 1);
		e->served = sqlite3_column_int64(stmt, 2);
		e->served_rated = sqlite3_column_int64(stmt, 3);
		e->new_employers = sqlite3_column_int64(stmt, 4);
		e->returning = sqlite3_column_int64(stmt, 5);
	}
	e->coverage = e->served > 0 ? 100.0 * (double)e->served_rated /
	    (double)e->served : -1;
	return done(db, stmt, rc);
}

/* ?3 today, ?4 today + CONTACT_DUE_DAYS: contact.h's due rule. */
#define DUE_SQL \
	"(SELECT count(*) FROM employer_contact c JOIN employer e2 ON " \
	"e2.id = c.employer_id WHERE e2.account_manager_id IS u.id AND " \
	"c.next_on IS NOT NULL AND c.next_on <= ?4 AND NOT EXISTS (SELECT 1 " \
	"FROM employer_contact l WHERE l.employer_id = c.employer_id AND " \
	"(l.contact_on > c.contact_on OR (l.contact_on = c.contact_on AND " \
	"l.id > c.id))))"

static enum wb_status
managers(struct db *db, struct report_employers *e, const char *from,
    const char *to)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	size_t		 cap = 0;
	int		 rc;

	/* Account managers with employers or contacts, and "none". */
	if ((st = prepare(db, "SELECT coalesce(u.login, ''), "
	    "coalesce(u.name, ''), "
	    "(SELECT count(*) FROM employer e WHERE e.account_manager_id IS "
	    " u.id), "
	    "(SELECT count(*) FROM vacancy v JOIN employer e ON e.id = "
	    " v.employer_id WHERE e.account_manager_id IS u.id AND (v.status "
	    " = 'open' OR v.status = 'on_hold')), "
	    "(SELECT count(DISTINCT c.employer_id) FROM employer_contact c "
	    " JOIN employer e ON e.id = c.employer_id WHERE "
	    " e.account_manager_id IS u.id AND c.contact_on BETWEEN ?1 AND "
	    " ?2), "
	    "(SELECT count(*) FROM employer_contact c WHERE u.id IS NOT NULL "
	    " AND c.by_user_id = u.id AND c.contact_on BETWEEN ?1 AND ?2), "
	    DUE_SQL " FROM (SELECT id, login, name FROM app_user WHERE id IN (SELECT "
	    "account_manager_id FROM employer) OR role = 'accountmanager' "
	    "UNION ALL SELECT NULL, NULL, NULL WHERE EXISTS (SELECT 1 FROM "
	    "employer WHERE account_manager_id IS NULL)) u "
	    "ORDER BY u.login IS NULL, u.login", from, to, &stmt)) != WB_OK)
		return st;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		struct report_manager	*m;

		if (e->nmanagers == cap) {
			cap = cap ? cap * 2 : 16;
			e->managers = xreallocarray(e->managers, cap,
			    sizeof(*e->managers));
		}
		m = &e->managers[e->nmanagers++];
		memset(m, 0, sizeof(*m));
		db_column_copy(m->login, sizeof(m->login), stmt, 0);
		db_column_copy(m->name, sizeof(m->name), stmt, 1);
		m->employers = sqlite3_column_int64(stmt, 2);
		m->open_vacancies = sqlite3_column_int64(stmt, 3);
		m->contacted = sqlite3_column_int64(stmt, 4);
		m->contacts = sqlite3_column_int64(stmt, 5);
		m->due = sqlite3_column_int64(stmt, 6);
	}
	return done(db, stmt, rc);
}

static enum wb_status
mismatches(struct db *db, struct report_employers *e, const char *from,
    const char *to)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	size_t		 cap = 0;
	int		 rc;

	if ((st = prepare(db, "SELECT p.code || '/' || v.ref, e.name, "
	    "v.status, vu.login, eu.login, coalesce(nullif(vu.name, ''), "
	    "vu.login), coalesce(nullif(eu.name, ''), eu.login) FROM vacancy v "
	    "JOIN partner p ON p.id = v.partner_id "
	    "JOIN employer e ON e.id = v.employer_id "
	    "JOIN app_user vu ON vu.id = v.account_manager_id "
	    "JOIN app_user eu ON eu.id = e.account_manager_id "
	    "WHERE v.account_manager_id <> e.account_manager_id AND "
	    "(v.collected_on BETWEEN ?1 AND ?2 OR v.status = 'open' OR "
	    "v.status = 'on_hold') ORDER BY p.code, v.ref", from, to, &stmt)) !=
	    WB_OK)
		return st;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		struct report_mismatch	*m;

		if (e->nmismatch == cap) {
			cap = cap ? cap * 2 : 16;
			e->mismatch = xreallocarray(e->mismatch, cap,
			    sizeof(*e->mismatch));
		}
		m = &e->mismatch[e->nmismatch++];
		db_column_copy(m->vacancy, sizeof(m->vacancy), stmt, 0);
		db_column_copy(m->employer, sizeof(m->employer), stmt, 1);
		db_column_copy(m->status, sizeof(m->status), stmt, 2);
		db_column_copy(m->vacancy_manager, sizeof(m->vacancy_manager), stmt, 3);
		db_column_copy(m->employer_manager, sizeof(m->employer_manager), stmt, 4);
		snprintf(m->vacancy_manager_name,
		    sizeof(m->vacancy_manager_name), "%s", db_column_text(stmt, 5));
		snprintf(m->employer_manager_name,
		    sizeof(m->employer_manager_name), "%s", db_column_text(stmt, 6));
	}
	return done(db, stmt, rc);
}

enum wb_status
report_employers_compute(struct db *db, struct report *r)
{
	struct report_employers	*e = &r->employers;
	enum wb_status		 st;
	char			 from[11], to[11];

	report_employers_free(e);
	date_format(r->opt.from, from);
	date_format(r->opt.to, to);
	if ((st = totals(db, e, from, to)) != WB_OK ||
	    (st = managers(db, e, from, to)) != WB_OK ||
	    (st = mismatches(db, e, from, to)) != WB_OK)
		report_employers_free(e);
	return st;
}

void
report_employers_free(struct report_employers *e)
{
	free(e->managers);
	free(e->mismatch);
	memset(e, 0, sizeof(*e));
	e->coverage = -1;
}

/* ---- output ---- */

static void
pct(FILE *fp, long long part, long long whole)
{
	if (whole > 0)
		fprintf(fp, "%.0f%%", 100.0 * (double)part / (double)whole);
	else
		fputs("–", fp);
}

void
report_employers_coverage(const struct report *r, FILE *fp)
{
	const struct report_employers	*e = &r->employers;

	fprintf(fp, _("  rating coverage: %lld of the %lld employers served "
	    "rated, "), e->served_rated, e->served);
	pct(fp, e->served_rated, e->served);
	fputc('\n', fp);
}

/* People read the team member's name (the login in --json). */
static const char *
manager_shown(const struct report_manager *m)
{
	return m->name[0] ? m->name : m->login[0] ? m->login :
	    _("(no account manager)");
}

/* Data for people: sanitized, padded to w screen columns. */
static void
cell(FILE *fp, const char *s, size_t w)
{
	char	*clean = text_sanitize(s);
	size_t	 n = text_width(clean);

	fputs(clean, fp);
	for (; n < w; n++)
		fputc(' ', fp);
	free(clean);
}

void
report_employers_text(const struct report *r, FILE *fp)
{
	const struct report_employers	*e = &r->employers;
	size_t				 i, w = 0;
	char				*line;

	fprintf(fp, "%s\n", _("Employer services"));
	fprintf(fp, _("  %lld contacts with %lld employers\n"), e->contacts,
	    e->contacted);
	fprintf(fp, _("  %lld new employers, %lld returning\n"),
	    e->new_employers, e->returning);
	fprintf(fp, "%s\n", _("  per account manager: employers, open "
	    "vacancies, employers contacted, contacts logged, contacts due"));
	for (i = 0; i < e->nmanagers; i++)
		if (text_width(manager_shown(&e->managers[i])) > w)
			w = text_width(manager_shown(&e->managers[i]));
	for (i = 0; i < e->nmanagers; i++) {
		const struct report_manager *m = &e->managers[i];

		fputs("    ", fp);
		cell(fp, manager_shown(m), w);
		fprintf(fp, " %5lld %5lld %5lld %5lld %5lld\n", m->employers,
		    m->open_vacancies, m->contacted, m->contacts, m->due);
	}
	if (e->nmismatch == 0)
		fprintf(fp, "%s\n", _("  every vacancy has its employer's "
		    "account manager"));
	else
		fprintf(fp, ngettext("  %zu vacancy with another account "
		    "manager than its employer's:\n", "  %zu vacancies with "
		    "another account manager than their employer's:\n",
		    (unsigned long)e->nmismatch), e->nmismatch);
	for (i = 0; i < e->nmismatch; i++) {
		const struct report_mismatch *m = &e->mismatch[i];

		fprintf(fp, "    %-16s ", m->vacancy);
		fprintf(fp, "%-11s ", vocab_word(VOCAB_VACANCY_STATUS,
		    m->status));
		line = xasprintf(_("%s, employer's: %s  "),
		    m->vacancy_manager_name, m->employer_manager_name);
		cell(fp, line, 0);
		free(line);
		cell(fp, m->employer, 0);
		fputc('\n', fp);
	}
	fputc('\n', fp);
}

static void
md(FILE *fp, const char *s)
{
	char		*clean = text_sanitize(s);
	const char	*p;

	if (*clean == '\0')
		fputs("–", fp);
	for (p = clean; *p != '\0'; p++) {
		if (strchr("\\|*_`[]<>#~", *p) != NULL)
			fputc('\\', fp);
		fputc(*p, fp);
	}
	free(clean);
}

void
report_employers_markdown(const struct report *r, FILE *fp)
{
	const struct report_employers	*e = &r->employers;
	size_t				 i;

	fprintf(fp, "\n## %s\n\n", _("Employer services"));
	fprintf(fp, "| | %s |\n|:---|---:|\n", _("Number"));
	fprintf(fp, "| %s | %lld |\n", _("Contacts with employers"),
	    e->contacts);
	fprintf(fp, "| %s | %lld |\n", _("Employers contacted"), e->contacted);
	fprintf(fp, "| %s | %lld |\n", _("New employers"), e->new_employers);
	fprintf(fp, "| %s | %lld |\n", _("Returning employers"), e->returning);
	fprintf(fp, "| %s | %lld |\n", _("Employers served"), e->served);
	fprintf(fp, "| %s | %lld (", _("Employers served that rated"),
	    e->served_rated);
	pct(fp, e->served_rated, e->served);
	fputs(") |\n", fp);
	fprintf(fp, "\n### %s\n\n| %s | %s | %s | %s | %s | %s |\n"
	    "|:---|---:|---:|---:|---:|---:|\n", _("Per account manager"),
	    _("Account manager"), _("Employers"), _("Open vacancies"),
	    _("Employers contacted"), _("Contacts logged"), _("Contacts due"));
	for (i = 0; i < e->nmanagers; i++) {
		const struct report_manager *m = &e->managers[i];

		fputs("| ", fp);
		md(fp, manager_shown(m));
		fprintf(fp, " | %lld | %lld | %lld | %lld | %lld |\n",
		    m->employers, m->open_vacancies, m->contacted, m->contacts,
		    m->due);
	}
	fprintf(fp, "\n### %s\n\n", _("Vacancies with another account "
	    "manager than their employer's"));
	if (e->nmismatch == 0) {
		fprintf(fp, "%s\n", _("None."));
		return;
	}
	fprintf(fp, "| %s | %s | %s | %s | %s |\n|:---|:---|:---|:---|:---|\n",
	    _("Vacancy"), _("Employer"), _("Status"), _("Account manager"),
	    _("Employer's account manager"));
	for (i = 0; i < e->nmismatch; i++) {
		const struct report_mismatch *m = &e->mismatch[i];

		fputs("| ", fp);
		md(fp, m->vacancy);
		fputs(" | ", fp);
		md(fp, m->employer);
		fprintf(fp, " | %s | ", vocab_word(VOCAB_VACANCY_STATUS,
		    m->status));
		md(fp, m->vacancy_manager_name);
		fputs(" | ", fp);
		md(fp, m->employer_manager_name);
		fputs(" |\n", fp);
	}
}

void
report_employers_json(const struct report *r, FILE *fp)
{
	const struct report_employers	*e = &r->employers;
	size_t				 i;

	fprintf(fp, ",\"employers\":{\"contacts\":%lld,\"contacted\":%lld,"
	    "\"new\":%lld,\"returning\":%lld,\"served\":%lld,"
	    "\"served_rated\":%lld,\"coverage\":", e->contacts, e->contacted,
	    e->new_employers, e->returning, e->served, e->served_rated);
	if (e->coverage >= 0)
		fprintf(fp, "%.1f", e->coverage);
	else
		fputs("null", fp);
	fputs(",\"account_managers\":[", fp);
	for (i = 0; i < e->nmanagers; i++) {
		const struct report_manager *m = &e->managers[i];

		fputs(i ? ",{\"login\":" : "{\"login\":", fp);
		if (m->login[0])
			table_json_string(fp, m->login);
		else
			fputs("null", fp);
		fprintf(fp, ",\"employers\":%lld,\"open_vacancies\":%lld,"
		    "\"contacted\":%lld,\"contacts\":%lld,\"due\":%lld}",
		    m->employers, m->open_vacancies, m->contacted, m->contacts,
		    m->due);
	}
	fputs("],\"other_account_manager\":[", fp);
	for (i = 0; i < e->nmismatch; i++) {
		const struct report_mismatch *m = &e->mismatch[i];

		fputs(i ? ",{\"vacancy\":" : "{\"vacancy\":", fp);
		table_json_string(fp, m->vacancy);
		fputs(",\"status\":", fp);
		table_json_string(fp, m->status);
		fputs(",\"account_manager\":", fp);
		table_json_string(fp, m->vacancy_manager);
		fputs(",\"employer_account_manager\":", fp);
		table_json_string(fp, m->employer_manager);
		fputc('}', fp);
	}
	fputs("]}", fp);
}
