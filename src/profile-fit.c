/*
 * profile-fit.c: how a candidate fits one vacancy, for the employer, in
 * plain words: what matches, what is not known yet, what to discuss.
 * The comparisons are the matcher's (match.h, werkbank(1) MATCHING
 * RULES), said rather than scored: the same unit group of ISCO-08 is
 * experience in the occupation, the same minor group related
 * experience; education and Dutch against the minimum asked; the hours'
 * ranges; the licence; the distance between the postcode areas against
 * the travel range; the start date; a job's demand against a work
 * arrangement (only when the candidate consented to share those); a
 * banenafspraak job.  The distance is rounded to 5 km, so that it tells
 * how far, not where.
 */
#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/date.h"
#include "werkbank/geo.h"
#include "werkbank/i18n.h"
#include "werkbank/match.h"
#include "werkbank/num.h"
#include "werkbank/vocab.h"
#include "werkbank/xmalloc.h"
#include "profile-int.h"

struct fit_vacancy {
	char		 title[256], employer[160], place[96], isco[5];
	double		 hours_min, hours_max, lat, lon;
	char		 education[160], cefr[3];
	int		 nlqf, dutch, licence, job_agreement, start;
	char		 skills[1024], demands[256];
};

/* One point of the fit, kept until all are known (they are shown by
 * kind). */
struct fit_points {
	enum pdoc_mark	 mark[32];
	char		 text[32][320];
	size_t		 n;
};

static void
point(struct fit_points *f, enum pdoc_mark mark, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void
point(struct fit_points *f, enum pdoc_mark mark, const char *fmt, ...)
{
	va_list	ap;

	if (f->n == sizeof(f->mark) / sizeof(f->mark[0]))
		return;
	va_start(ap, fmt);
	vsnprintf(f->text[f->n], sizeof(f->text[f->n]), fmt, ap);
	va_end(ap);
	f->mark[f->n++] = mark;
}

/* A child table's values, joined by sep. */
static enum wb_status
joined(struct db *db, const char *sql, long long id, const char *sep,
    char *buf, size_t len)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	size_t		 o = 0;
	int		 rc;

	buf[0] = '\0';
	if ((st = db_prepare(db, sql, &stmt)) != WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, id);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW && o + 1 < len)
		o += (size_t)snprintf(buf + o, len - o, "%s%s", o ? sep : "",
		    db_column_text(stmt, 0));
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_fail(db, _("reading the vacancy"));
	return WB_OK;
}

static enum wb_status
load(struct db *db, long long id, struct fit_vacancy *v, long long *employer)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	int		 rc, days;

	memset(v, 0, sizeof(*v));
	if ((st = db_prepare(db, "SELECT v.title, e.name, p4.place, "
	    "v.isco_code, v.hours_min, v.hours_max, el.label_nl, el.label_en, "
	    "el.nlqf, v.dutch_level_min, ll.rank, v.driving_licence, "
	    "v.job_agreement, v.start_date, p4.lat, p4.lon, v.employer_id "
	    "FROM vacancy v JOIN employer e ON e.id = v.employer_id "
	    "JOIN pc4 p4 ON p4.code = v.pc4 "
	    "LEFT JOIN education_level el ON el.key = v.education_min "
	    "LEFT JOIN language_level ll ON ll.code = v.dutch_level_min "
	    "WHERE v.id = ?", &stmt)) != WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, id);
	if ((rc = sqlite3_step(stmt)) != SQLITE_ROW) {
		sqlite3_finalize(stmt);
		if (rc != SQLITE_DONE)
			return db_fail(db, _("reading the vacancy"));
		return db_set_error(db, WB_NOT_FOUND, _("no such vacancy"));
	}
	db_column_copy(v->title, sizeof(v->title), stmt, 0);
	db_column_copy(v->employer, sizeof(v->employer), stmt, 1);
	db_column_copy(v->place, sizeof(v->place), stmt, 2);
	db_column_copy(v->isco, sizeof(v->isco), stmt, 3);
	v->hours_min = db_column_num(stmt, 4);
	v->hours_max = db_column_num(stmt, 5);
	snprintf(v->education, sizeof(v->education), "%s", db_column_text(stmt,
	    profile_dutch() ? 6 : 7));
	v->nlqf = db_column_int(stmt, 8);
	db_column_copy(v->cefr, sizeof(v->cefr), stmt, 9);
	v->dutch = db_column_int(stmt, 10);
	v->licence = db_column_int(stmt, 11) == 1;
	v->job_agreement = db_column_int(stmt, 12) == 1;
	v->start = date_parse(db_column_text(stmt, 13), &days) == WB_OK ? days :
	    0;
	v->lat = sqlite3_column_double(stmt, 14);
	v->lon = sqlite3_column_double(stmt, 15);
	*employer = sqlite3_column_int64(stmt, 16);
	sqlite3_finalize(stmt);
	if ((st = joined(db, "SELECT skill FROM vacancy_skill WHERE "
	    "vacancy_id = ? ORDER BY skill", id, "|", v->skills,
	    sizeof(v->skills))) != WB_OK)
		return st;
	return joined(db, "SELECT demand FROM vacancy_demand WHERE "
	    "vacancy_id = ? ORDER BY demand", id, "|", v->demands,
	    sizeof(v->demands));
}

/* The first letter in lower case, for a title inside a sentence. */
static char *
lower_first(char *s)
{
	if (*s >= 'A' && *s <= 'Z' && !(s[1] >= 'A' && s[1] <= 'Z'))
		*s = (char)tolower((unsigned char)*s);
	return s;
}

static void
occupation(struct db *db, const struct pfit_candidate *c,
    const struct fit_vacancy *v, struct fit_points *f)
{
	char	title[200], yw[96];
	size_t	i, related = c->nocc;

	for (i = 0; i < c->nocc; i++) {
		if (strcmp(c->isco[i], v->isco) == 0) {
			if (c->years[i] < 0)
				point(f, PD_GOOD, "%s", _("experience in this "
				    "occupation; how long is not known yet"));
			else {
				profile_years_words(c->years[i], yw,
				    sizeof(yw));
				point(f, PD_GOOD, _("%s in this occupation"),
				    yw);
			}
			return;
		}
		if (related == c->nocc && strncmp(c->isco[i], v->isco, 3) == 0)
			related = i;
	}
	if (related < c->nocc) {
		profile_occupation_title(db, c->isco[related], title,
		    sizeof(title));
		profile_years_words(c->years[related], yw, sizeof(yw));
		point(f, PD_GOOD, _("related experience as %s (%s)"),
		    lower_first(title), yw);
	} else if (c->nocc > 0) {
		profile_occupation_title(db, c->isco[0], title, sizeof(title));
		point(f, PD_TALK, _("no experience in this occupation yet; "
		    "experience as %s"), lower_first(title));
	} else
		point(f, PD_OPEN, "%s", _("work experience"));
}

static int
has_skill(const struct pfit_candidate *c, const char *s, size_t n)
{
	size_t	i;

	for (i = 0; i < c->nskills; i++)
		if (strlen(c->skills[i]) == n && strncmp(c->skills[i], s, n) ==
		    0)
			return 1;
	return 0;
}

static void
skills(const struct pfit_candidate *c, const struct fit_vacancy *v,
    struct fit_points *f)
{
	char		 has[512] = "", lacks[512] = "", all[512];
	const char	*p, *bar;
	size_t		 n, oh = 0, ol = 0;

	if (*v->skills == '\0')
		return;
	if (c->nskills == 0) {
		size_t	o = 0;

		for (p = v->skills; *p != '\0' && o + 3 < sizeof(all); p++) {
			if (*p == '|') {
				all[o++] = ',';
				all[o++] = ' ';
			} else
				all[o++] = *p;
		}
		all[o] = '\0';
		point(f, PD_OPEN, _("the skills you ask for (%s)"), all);
		return;
	}
	for (p = v->skills; p != NULL && *p != '\0'; p = bar ? bar + 1 : NULL) {
		bar = strchr(p, '|');
		n = bar ? (size_t)(bar - p) : strlen(p);
		if (has_skill(c, p, n))
			oh += (size_t)snprintf(has + oh, oh < sizeof(has) ?
			    sizeof(has) - oh : 0, "%s%.*s", oh ? ", " : "",
			    (int)n, p);
		else
			ol += (size_t)snprintf(lacks + ol, ol < sizeof(lacks) ?
			    sizeof(lacks) - ol : 0, "%s%.*s", ol ? ", " : "",
			    (int)n, p);
	}
	if (*has != '\0')
		point(f, PD_GOOD, _("skills you ask for: %s"), has);
	if (*lacks != '\0')
		point(f, PD_TALK, _("asked for, not recorded yet: %s"), lacks);
}

static void
levels(const struct pfit_candidate *c, const struct fit_vacancy *v,
    struct fit_points *f)
{
	if (v->nlqf >= 0 && *v->education != '\0') {
		if (c->nlqf < 0)
			point(f, PD_OPEN, _("education (you ask for %s)"),
			    v->education);
		else if (c->nlqf >= v->nlqf)
			point(f, PD_GOOD, _("education: %s (you ask for %s)"),
			    c->education, v->education);
		else
			point(f, PD_TALK, _("education: %s; you ask for %s"),
			    c->education, v->education);
	}
	if (v->dutch >= 0) {
		if (c->dutch < 0)
			point(f, PD_OPEN, _("Dutch (you ask for level %s)"),
			    v->cefr);
		else if (c->dutch >= v->dutch)
			point(f, PD_GOOD, _("Dutch at level %s (you ask for "
			    "%s)"), c->cefr, v->cefr);
		else
			point(f, PD_TALK, _("Dutch at level %s; you ask for "
			    "%s"), c->cefr, v->cefr);
	}
}

/* Hours a week in common that make sought and offered hours fit. */
#define HOURS_FIT_MIN	4

static void
hours(const struct pfit_candidate *c, const struct fit_vacancy *v,
    struct fit_points *f)
{
	char	 ch[96], vh[96];
	double	 clo, chi, vlo, vhi;

	if (v->hours_min < 0 && v->hours_max < 0)
		return;
	if (c->hours_min < 0 && c->hours_max < 0) {
		point(f, PD_OPEN, "%s", _("how many hours a week the "
		    "candidate looks for"));
		return;
	}
	profile_hours_words(c->hours_min, c->hours_max, ch, sizeof(ch));
	profile_hours_words(v->hours_min, v->hours_max, vh, sizeof(vh));
	clo = c->hours_min >= 0 ? c->hours_min : 0;
	chi = c->hours_max >= 0 ? c->hours_max : 48;
	vlo = v->hours_min >= 0 ? v->hours_min : 0;
	vhi = v->hours_max >= 0 ? v->hours_max : 48;
	/*
	 * Fits: the one range inside the other, or four hours or more in
	 * common.  Meeting at an hour or two (16-24 sought, 24-38 offered)
	 * is a point to talk about, not a match to show an employer.
	 */
	if ((clo >= vlo && chi <= vhi) || (vlo >= clo && vhi <= chi) ||
	    (chi < vhi ? chi : vhi) - (clo > vlo ? clo : vlo) >= HOURS_FIT_MIN)
		point(f, PD_GOOD, _("the hours fit: the candidate looks for "
		    "%s, you offer %s"), ch, vh);
	else
		point(f, PD_TALK, _("hours: the candidate looks for %s, you "
		    "offer %s"), ch, vh);
}

static void
travel(const struct pfit_candidate *c, const struct fit_vacancy *v,
    struct fit_points *f)
{
	char	 far[64], num[32], range[32];
	double	 d = geo_distance_km(c->lat, c->lon, v->lat, v->lon);

	if (v->licence) {
		if (c->licence == 1)
			point(f, PD_GOOD, "%s", _("has a driving licence"));
		else if (c->licence < 0)
			point(f, PD_OPEN, "%s", _("whether the candidate has a "
			    "driving licence"));
		else
			point(f, PD_TALK, "%s", _("no driving licence; the job "
			    "asks for one"));
	}
	if (d < 5)
		snprintf(far, sizeof(far), "%s", _("less than 5 km"));
	else
		snprintf(far, sizeof(far), _("about %s km"), num_format(
		    5 * floor(d / 5 + 0.5), 0, num, sizeof(num)));
	if (c->range_km < 0)
		point(f, PD_OPEN, _("how far the candidate can travel (lives "
		    "%s from the workplace)"), far);
	else if (d <= c->range_km)
		point(f, PD_GOOD, _("lives %s from the workplace"), far);
	else if (c->range_usual)
		point(f, PD_TALK, _("lives %s from the workplace, farther than "
		    "is usual with the candidate's transport (about %s km)"),
		    far, num_format(c->range_km, 0, range, sizeof(range)));
	else
		point(f, PD_TALK, _("lives %s from the workplace, farther than "
		    "the candidate travels now (up to %s km)"), far,
		    num_format(c->range_km, 0, range, sizeof(range)));
}

static void
timing(const struct pfit_candidate *c, const struct fit_vacancy *v,
    struct fit_points *f)
{
	char	a[64], s[64];

	if (c->available > 0)
		profile_date_words(c->available, a, sizeof(a));
	if (v->start > date_today()) {
		profile_date_words(v->start, s, sizeof(s));
		if (c->available > v->start)
			point(f, PD_TALK, _("available from %s; the job starts "
			    "on %s"), a, s);
		else
			point(f, PD_GOOD, _("available when the job starts "
			    "(%s)"), s);
	} else if (c->available > 0)
		point(f, PD_TALK, _("available from %s"), a);
}

static void
demands(const struct pfit_candidate *c, const struct fit_vacancy *v,
    struct fit_points *f)
{
	const char	*p, *bar;
	char		 code[64];
	size_t		 n;
	int		 bit;

	if (!c->consent)
		return;
	for (p = v->demands; p != NULL && *p != '\0'; p = bar ? bar + 1 :
	    NULL) {
		bar = strchr(p, '|');
		n = bar ? (size_t)(bar - p) : strlen(p);
		snprintf(code, sizeof(code), "%.*s", (int)n, p);
		for (bit = 0; match_demand_name(bit) != NULL; bit++)
			if (strcmp(match_demand_name(bit), code) == 0 &&
			    (c->restrictions & (1u << bit)))
				point(f, PD_TALK, _("the job asks for %s; the "
				    "candidate's arrangement: %s"),
				    vocab_word(VOCAB_DEMAND, code),
				    profile_arrangement(
				    match_restriction_name(bit)));
	}
}

enum wb_status
profile_fit(struct db *db, long long vacancy_id,
    const struct pfit_candidate *c, struct pdoc *d, long long *employer_id,
    char *employer, size_t elen)
{
	struct fit_vacancy	 v;
	struct fit_points	*f;
	enum wb_status		 st;
	static const struct {
		enum pdoc_mark	 mark;
		const char	*head;
	} groups[] = {
		/* TRANSLATORS: the heads of the fit to a vacancy in the
		 * profile for an employer: what matches, ... */
		{ PD_GOOD, NC_("profile", "Matches") },
		{ PD_OPEN, NC_("profile", "Not known yet") },
		{ PD_TALK, NC_("profile", "To discuss") },
	};
	size_t			 g, i, k;

	if ((st = load(db, vacancy_id, &v, employer_id)) != WB_OK)
		return st;
	snprintf(employer, elen, "%s", v.employer);
	free(d->for_line);
	{
		char	*t = pdoc_clean(v.title), *e = pdoc_clean(v.employer),
			*p = pdoc_clean(v.place);

		d->for_line = xasprintf(_("For the vacancy %s at %s in %s"), t,
		    e, p);
		free(t);
		free(e);
		free(p);
	}
	f = xcalloc(1, sizeof(*f));
	occupation(db, c, &v, f);
	skills(c, &v, f);
	levels(c, &v, f);
	hours(c, &v, f);
	travel(c, &v, f);
	timing(c, &v, f);
	demands(c, &v, f);
	if (v.job_agreement && c->job_agreement == 1)
		point(f, PD_GOOD, "%s", _("counts towards the banenafspraak"));
	pdoc_add(d, PD_SECTION, PD_PLAIN, NULL, _("How the candidate fits "
	    "your vacancy"));
	for (g = 0; g < sizeof(groups) / sizeof(groups[0]); g++) {
		for (i = k = 0; i < f->n; i++)
			if (f->mark[i] == groups[g].mark) {
				if (k++ == 0)
					pdoc_add(d, PD_SUBHEAD, groups[g].mark,
					    NULL, i18n_ctx(groups[g].head));
				pdoc_add(d, PD_BULLET, groups[g].mark, NULL,
				    f->text[i]);
			}
	}
	free(f);
	return WB_OK;
}
