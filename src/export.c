/*
 * export.c: one query per kind whose result columns carry the import
 * contract's English names, written as CSV.  Lists come out
 * |-separated, booleans as ja/nee, numbers without trailing zeros.
 * Rows about a person are those the person exporting may see (user.h):
 * each query has a %s for the rule over its candidate c.
 */
#include "werkbank/export.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "werkbank/audit.h"
#include "werkbank/csv.h"
#include "werkbank/date.h"
#include "werkbank/priv.h"
#include "werkbank/report.h"
#include "werkbank/i18n.h"
#include "werkbank/num.h"
#include "werkbank/json.h"
#include "werkbank/text.h"
#include "werkbank/xmalloc.h"

const char *const export_kind_names[] = { "candidates", "vacancies",
    "placements", "matches", "report", NULL };

#define YESNO(x)	"CASE " x " WHEN 1 THEN 'ja' WHEN 0 THEN 'nee' END"

static const struct {
	const char	*kind;
	const char	*sql;
} export_queries[] = {
	{ "candidates",
	  "SELECT c.ref AS ref, p.code AS partner, c.first_name AS first_name, "
	  "c.last_name AS last_name, c.pc4 AS postcode, "
	  "c.target_group AS target_group, "
	  YESNO("c.job_agreement") " AS job_agreement, "
	  "(SELECT group_concat(x, '|') FROM (SELECT isco_code || "
	  "  coalesce(':' || years, '') AS x FROM candidate_occupation "
	  "  WHERE candidate_id = c.id ORDER BY isco_code)) AS occupations, "
	  "(SELECT group_concat(skill, '|') FROM (SELECT skill FROM "
	  "  candidate_skill WHERE candidate_id = c.id ORDER BY skill)) "
	  "  AS skills, "
	  "c.education_key AS education, c.dutch_level AS dutch_level, "
	  "c.hours_min AS hours_min, c.hours_max AS hours_max, "
	  "c.available_from AS available_from, "
	  YESNO("c.driving_licence") " AS driving_licence, "
	  "(SELECT group_concat(mode, '|') FROM (SELECT mode FROM "
	  "  candidate_transport WHERE candidate_id = c.id ORDER BY mode)) "
	  "  AS transport, "
	  "c.max_travel_km AS max_travel_km, "
	  "(SELECT group_concat(restriction, '|') FROM (SELECT restriction "
	  "  FROM candidate_restriction WHERE candidate_id = c.id "
	  "  ORDER BY restriction)) AS restrictions, "
	  YESNO("c.consent") " AS consent, u.login AS consultant, "
	  "c.status AS status, c.phone AS phone, c.email AS email "
	  "FROM candidate c JOIN partner p ON p.id = c.partner_id "
	  "LEFT JOIN app_user u ON u.id = c.consultant_id "
	  "WHERE %s ORDER BY p.code, c.ref" },
	{ "vacancies",
	  "SELECT v.ref AS ref, p.code AS partner, e.name AS employer, "
	  "v.title AS title, v.isco_code AS occupation, v.pc4 AS postcode, "
	  "v.positions AS positions, v.hours_min AS hours_min, "
	  "v.hours_max AS hours_max, v.education_min AS education_min, "
	  "v.dutch_level_min AS dutch_level_min, "
	  YESNO("v.driving_licence") " AS driving_licence, "
	  "(SELECT group_concat(skill, '|') FROM (SELECT skill FROM "
	  "  vacancy_skill WHERE vacancy_id = v.id ORDER BY skill)) AS skills, "
	  "(SELECT group_concat(demand, '|') FROM (SELECT demand FROM "
	  "  vacancy_demand WHERE vacancy_id = v.id ORDER BY demand)) "
	  "  AS demands, "
	  YESNO("v.job_agreement") " AS job_agreement, "
	  YESNO("v.sheltered") " AS sheltered, "
	  "(SELECT group_concat(instrument, '|') FROM (SELECT instrument FROM "
	  "  vacancy_instrument WHERE vacancy_id = v.id ORDER BY instrument)) "
	  "  AS instruments, "
	  "v.collected_on AS collected_on, v.deadline AS deadline, "
	  "v.start_date AS start_date, u.login AS account_manager, "
	  "v.status AS status, v.description AS description "
	  "FROM vacancy v JOIN partner p ON p.id = v.partner_id "
	  "JOIN employer e ON e.id = v.employer_id "
	  "LEFT JOIN app_user u ON u.id = v.account_manager_id "
	  "ORDER BY p.code, v.ref" },
	{ "placements",
	  "SELECT v.ref AS vacancy_ref, vp.code AS vacancy_partner, "
	  "c.ref AS candidate_ref, cp.code AS candidate_partner, "
	  "pl.start_date AS start_date, pl.end_date AS end_date, "
	  "pl.contract AS contract, pl.hours AS hours, "
	  "(SELECT group_concat(x, '|') FROM (SELECT instrument || "
	  "  coalesce(':' || percentage, '') AS x FROM placement_instrument "
	  "  WHERE placement_id = pl.id ORDER BY instrument)) AS instruments "
	  "FROM placement pl JOIN vacancy v ON v.id = pl.vacancy_id "
	  "JOIN partner vp ON vp.id = v.partner_id "
	  "JOIN candidate c ON c.id = pl.candidate_id "
	  "JOIN partner cp ON cp.id = c.partner_id "
	  "WHERE %s "
	  "ORDER BY vp.code, v.ref, pl.start_date, cp.code, c.ref" },
	/* A match run's results (?1 = run, NULL = the latest): keys only,
	 * never names. */
	{ "matches",
	  "SELECT r.run_id AS run, vp.code || '/' || v.ref AS vacancy, "
	  "r.rank AS rank, cp.code || '/' || c.ref AS candidate, "
	  "cp.code AS partner, m.name AS municipality, "
	  "round(r.score, 3) AS score, round(r.distance_km, 1) AS distance_km, "
	  "round(r.occupation, 2) AS occupation, round(r.skills, 2) AS skills, "
	  "round(r.education, 2) AS education, "
	  "round(r.language, 2) AS language, round(r.hours, 2) AS hours, "
	  "round(r.travel, 2) AS travel, "
	  "r.notes AS notes "
	  "FROM match_result r JOIN vacancy v ON v.id = r.vacancy_id "
	  "JOIN partner vp ON vp.id = v.partner_id "
	  "JOIN candidate c ON c.id = r.candidate_id "
	  "JOIN partner cp ON cp.id = c.partner_id "
	  "JOIN pc4 p4 ON p4.code = c.pc4 "
	  "LEFT JOIN municipality m ON m.code = p4.municipality_code "
	  "WHERE r.run_id = coalesce(?1, (SELECT max(id) FROM match_run)) "
	  "AND %s ORDER BY vp.code, v.ref, r.rank" },
};

/* 24.0 -> "24", 2.5 -> "2.5" (or "2,5" for Excel): num.h's form, which
 * reads back in, whatever the locale. */
static void
format_real(double v, int excel, char *buf, size_t len)
{
	char	*dot;

	num_format_c(v, 6, buf, len);
	if (excel && (dot = strchr(buf, '.')) != NULL)
		*dot = ',';
}

/* Turn a number inside a |-list ("8344:3.5") into Excel's form. */
static void
excel_commas(char *s)
{
	for (; *s != '\0'; s++)
		if (*s == '.' && s[1] >= '0' && s[1] <= '9')
			*s = ',';
}

static enum wb_status
write_rows(struct db *db, sqlite3_stmt *stmt, FILE *fp, int excel, long *rows)
{
	const char	*eol = excel ? "\r\n" : "\n";
	char		 delim = excel ? ';' : ',', num[64];
	int		 n = sqlite3_column_count(stmt), i, rc;
	/* The data as it is, except on a terminal: there no value may
	 * reach it as a control sequence (text.h). */
	int		 inert = isatty(fileno(fp));

	if (excel)
		fputs("\xef\xbb\xbf", fp);
	for (i = 0; i < n; i++) {
		if (i)
			fputc(delim, fp);
		fputs(sqlite3_column_name(stmt, i), fp);
	}
	fputs(eol, fp);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		for (i = 0; i < n; i++) {
			if (i)
				fputc(delim, fp);
			switch (sqlite3_column_type(stmt, i)) {
			case SQLITE_NULL:
				break;
			case SQLITE_FLOAT:
				format_real(sqlite3_column_double(stmt, i),
				    excel, num, sizeof(num));
				fputs(num, fp);
				break;
			default: {
				const char *t = (const char *)
				    sqlite3_column_text(stmt, i);
				char *clean = inert ? text_sanitize(t) : NULL;

				if (clean != NULL)
					t = clean;
				if (excel && strchr(t, ':') != NULL &&
				    strchr(t, '.') != NULL) {
					char *c = xstrdup(t);

					excel_commas(c);
					csv_write_field(fp, c, delim, 1);
					free(c);
				} else
					csv_write_field(fp, t, delim, 1);
				free(clean);
			}
			}
		}
		fputs(eol, fp);
		(*rows)++;
	}
	if (rc != SQLITE_DONE)
		return db_fail(db, _("reading the data"));
	return WB_OK;
}

/* The monitoring figures of this quarter: the subregion, then each
 * partner (report.h), in the same CSV form as `werkbank report --csv`. */
static enum wb_status
write_report(struct db *db, FILE *fp, int excel, long *rows)
{
	struct report_options	 o;
	struct report		*r;
	enum wb_status		 st;

	memset(&o, 0, sizeof(o));
	o.today = date_today();
	report_quarter(o.today, &o.from, &o.to);
	if ((st = report_compute(db, &o, &r)) != WB_OK)
		return st;
	st = report_write_csv(r, REPORT_BY_PARTNER, fp, excel, rows);
	report_free(r);
	return st;
}

enum wb_status
export_run(struct db *db, const struct export_options *opt, long *rows,
    char *err, size_t errlen)
{
	sqlite3_stmt	*stmt = NULL;
	enum wb_status	 st;
	FILE		*fp = stdout;
	struct json_obj	*o;
	char		*tmp = NULL, *detail, *sql, vis[96];
	size_t		 i;
	int		 fd, to_file = opt->path != NULL &&
			    strcmp(opt->path, "-") != 0;
	int		 report = strcmp(opt->kind, "report") == 0;

	*rows = 0;
	for (i = 0; i < sizeof(export_queries) / sizeof(export_queries[0]); i++)
		if (strcmp(export_queries[i].kind, opt->kind) == 0)
			break;
	if (i == sizeof(export_queries) / sizeof(export_queries[0]) &&
	    !report) {
		snprintf(err, errlen, _("unknown kind '%s'"), opt->kind);
		return WB_USAGE;
	}
	if (!report) {
		/* No user: nobody's rows (the caller forgot who exports). */
		sql = xasprintf(export_queries[i].sql,
		    user_candidate_sql(opt->user, "c.partner_id", "c.consent",
		    vis, sizeof(vis)));
		st = db_prepare(db, sql, &stmt);
		free(sql);
		if (st != WB_OK) {
			snprintf(err, errlen, "%s", db_error(db));
			return st;
		}
	}
	if (stmt != NULL && opt->run > 0 &&
	    sqlite3_bind_parameter_count(stmt) > 0)
		sqlite3_bind_int64(stmt, 1, opt->run);
	if (to_file) {
		tmp = xasprintf("%s.tmp-%ld", opt->path, (long)getpid());
		fd = priv_open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
		    0600);
		if (fd == -1 || fchmod(fd, 0600) != 0 ||
		    (fp = fdopen(fd, "w")) == NULL) {
			snprintf(err, errlen, _("cannot write %s: %s"),
			    opt->path, strerror(errno));
			if (fd != -1) {
				close(fd);
				priv_unlink(tmp);
			}
			free(tmp);
			sqlite3_finalize(stmt);
			return WB_IO;
		}
	}
	/* One read transaction: the export is one consistent moment. */
	db_exec(db, "BEGIN");
	st = report ? write_report(db, fp, opt->excel, rows) :
	    write_rows(db, stmt, fp, opt->excel, rows);
	sqlite3_finalize(stmt);
	db_exec(db, "COMMIT");
	if (st != WB_OK)
		snprintf(err, errlen, "%s", db_error(db));
	if (fflush(fp) != 0 || ferror(fp)) {
		if (st == WB_OK)
			snprintf(err, errlen, _("cannot write %s: %s"),
			    to_file ? opt->path : _("standard output"),
			    strerror(errno));
		st = WB_IO;
	}
	if (to_file) {
		if (fclose(fp) != 0 && st == WB_OK) {
			snprintf(err, errlen, _("cannot write %s: %s"),
			    opt->path, strerror(errno));
			st = WB_IO;
		}
		if (st == WB_OK && priv_rename(tmp, opt->path) != 0) {
			snprintf(err, errlen, _("cannot write %s: %s"),
			    opt->path, strerror(errno));
			st = WB_IO;
		}
		if (st != WB_OK)
			priv_unlink(tmp);
		free(tmp);
	}
	if (st != WB_OK)
		return st;
	o = json_obj_new();
	json_obj_str(o, "kind", opt->kind);
	json_obj_int(o, "rows", *rows);
	json_obj_int(o, "excel", opt->excel);
	detail = json_obj_end(o);
	if (audit_append(db, opt->login, "export", opt->kind, 0, detail) !=
	    WB_OK)
		snprintf(err, errlen, "%s", db_error(db));
	free(detail);
	return WB_OK;
}
