/*
 * profile-build.c: one candidate read into a profile (profile-int.h):
 * what the employer reads, in the user's language, and nothing that
 * could tell who the person is (profile.h lists what is left out).
 *
 * The instruments an employer may get follow from the candidate's
 * target group and the doelgroepregister (the table below,
 * werkbank(1) CANDIDATE PROFILE); they are phrased as what the employer
 * gets, never as what the person "has", and never name the group or a
 * benefit.  A restriction appears only as a work arrangement, and only
 * when the candidate consented to share.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/date.h"
#include "werkbank/i18n.h"
#include "werkbank/match.h"
#include "werkbank/num.h"
#include "werkbank/vocab.h"
#include "werkbank/xmalloc.h"
#include "profile-int.h"

enum {
	INS_LKS		= 1 << 0,
	INS_JOBCOACH	= 1 << 1,
	INS_PROEF	= 1 << 2,
	INS_NORISK	= 1 << 3,
};

/* Which instruments may apply, by target group (werkbank(1)). */
static const struct {
	const char	*group;
	unsigned	 ins;
} group_instruments[] = {
	{ "bijstand",		INS_LKS | INS_JOBCOACH | INS_PROEF },
	{ "nug",		INS_LKS | INS_JOBCOACH },
	{ "ww",			INS_PROEF },
	{ "wajong",		INS_JOBCOACH | INS_PROEF | INS_NORISK },
	{ "wsw",		INS_JOBCOACH | INS_NORISK },
	{ "beschut",		INS_LKS | INS_JOBCOACH | INS_NORISK },
	{ "statushouder",	INS_PROEF },
	{ "pro_vso",		INS_LKS | INS_JOBCOACH | INS_NORISK },
	{ "overig",		0 },
};
/* In the doelgroepregister, whatever the group. */
#define INS_REGISTER	(INS_LKS | INS_JOBCOACH | INS_NORISK)

/* What the employer gets, in the order shown. */
static const struct {
	unsigned	 ins;
	const char	*words;
} instrument_words[] = {
	{ INS_LKS, N_("Wage cost subsidy (loonkostensubsidie): you pay the "
	    "usual wage and are paid back the part the employee cannot earn "
	    "yet, as a wage value assessment (loonwaardemeting) sets it.") },
	{ INS_JOBCOACH, N_("Job coaching: a job coach supports the employee "
	    "at work and helps you and your team with the induction, at no "
	    "cost to you.") },
	{ INS_PROEF, N_("Trial placement (proefplaatsing): the candidate "
	    "first works with you on trial for a while, without wage costs, "
	    "so that you both can see whether the job fits.") },
	{ INS_NORISK, N_("No-risk policy (no-riskpolis): if the employee "
	    "falls ill, the wage during illness is paid back to you, so you "
	    "run no extra risk.") },
};

/* A restriction as a neutral work arrangement. */
static const struct {
	const char	*code;
	const char	*words;
} arrangement_words[] = {
	{ "geen_zwaar_tillen",	N_("work without heavy lifting") },
	{ "niet_lang_staan",	N_("work that alternates standing with "
	    "sitting") },
	{ "geen_nachtdienst",	N_("no night shifts") },
	{ "geen_klantcontact",	N_("work without direct contact with "
	    "customers") },
	{ "rustige_omgeving",	N_("a quiet workplace") },
};

const char *
profile_arrangement(const char *code)
{
	size_t	i;

	for (i = 0; i < sizeof(arrangement_words) /
	    sizeof(arrangement_words[0]); i++)
		if (strcmp(code, arrangement_words[i].code) == 0)
			return _(arrangement_words[i].words);
	return NULL;
}

/* The codes of one child table of the candidate, "|"-joined. */
static enum wb_status
codes(struct db *db, const char *sql, long long id, char *buf, size_t len)
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
		o += (size_t)snprintf(buf + o, len - o, "%s%s", o ? "|" : "",
		    db_column_text(stmt, 0));
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_fail(db, _("reading the candidate"));
	return WB_OK;
}

/* The travel range as the matcher takes it (match.h): max_travel_km,
 * else the widest of the transport modes' ranges (a car only with a
 * licence not known to be missing), else unknown (-1). */
static double
travel_range(struct db *db, double max_km, const char *modes, int licence)
{
	sqlite3_stmt	*stmt;
	double		 r = -1, km;
	char		 key[64];
	const char	*p, *bar;
	size_t		 n;

	if (max_km > 0)
		return max_km;
	if (*modes == '\0')
		return -1;
	if (db_prepare(db, "SELECT CAST(value AS REAL) FROM setting WHERE "
	    "key = ?", &stmt) != WB_OK)
		return -1;
	for (p = modes; p != NULL && *p != '\0'; p = bar ? bar + 1 : NULL) {
		bar = strchr(p, '|');
		n = bar ? (size_t)(bar - p) : strlen(p);
		if (n == 4 && strncmp(p, "auto", 4) == 0 && licence == 0)
			continue;
		snprintf(key, sizeof(key), "travel_km_%.*s", (int)n, p);
		sqlite3_reset(stmt);
		sqlite3_bind_text(stmt, 1, key, -1, SQLITE_TRANSIENT);
		if (sqlite3_step(stmt) == SQLITE_ROW &&
		    (km = sqlite3_column_double(stmt, 0)) > r)
			r = km;
	}
	if (r <= 0) {
		sqlite3_reset(stmt);
		sqlite3_bind_text(stmt, 1, "travel_km_none", -1,
		    SQLITE_STATIC);
		if (sqlite3_step(stmt) == SQLITE_ROW)
			r = sqlite3_column_double(stmt, 0);
	}
	sqlite3_finalize(stmt);
	return r > 0 ? r : -1;
}

void
profile_years_words(double y, char *buf, size_t len)
{
	char	n[32];

	if (y < 0)
		snprintf(buf, len, "%s", _("experience, how long not known "
		    "yet"));
	else if (y < 1)
		snprintf(buf, len, "%s", _("less than a year's experience"));
	else
		snprintf(buf, len, ngettext("%s year's experience",
		    "%s years' experience", (unsigned long)(y == 1 ? 1 : 2)),
		    num_format(y, 1, n, sizeof(n)));
}

static enum wb_status
occupations(struct db *db, struct pfit_candidate *fc, struct pdoc *d)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	char		 title[200], yw[96];
	int		 rc;

	pdoc_add(d, PD_SECTION, PD_PLAIN, NULL, _("Work experience"));
	if ((st = db_prepare(db, "SELECT isco_code, years FROM "
	    "candidate_occupation WHERE candidate_id = ? ORDER BY "
	    "coalesce(years, -1) DESC, isco_code", &stmt)) != WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, fc->id);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		double	y = db_column_num(stmt, 1);

		profile_occupation_title(db, db_column_text(stmt, 0), title,
		    sizeof(title));
		profile_years_words(y, yw, sizeof(yw));
		pdoc_addf(d, PD_FIELD, PD_PLAIN, title, "%s", yw);
		if (fc->nocc == 0) {
			free(d->headline);
			d->headline = xasprintf("%s \xc2\xb7 %s", title, yw);
		}
		if (fc->nocc < sizeof(fc->isco) / sizeof(fc->isco[0])) {
			db_column_copy(fc->isco[fc->nocc], 5, stmt, 0);
			fc->years[fc->nocc++] = y;
		}
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return db_fail(db, _("reading the candidate's occupations"));
	if (fc->nocc == 0)
		pdoc_add(d, PD_PARA, PD_PLAIN, NULL, _("Not recorded yet."));
	return WB_OK;
}

static void
skills(struct pfit_candidate *fc, const char *list)
{
	const char	*p, *bar;
	size_t		 n;

	for (p = list; p != NULL && *p != '\0'; p = bar ? bar + 1 : NULL) {
		bar = strchr(p, '|');
		n = bar ? (size_t)(bar - p) : strlen(p);
		fc->skills = xreallocarray(fc->skills, fc->nskills + 1,
		    sizeof(*fc->skills));
		fc->skills[fc->nskills++] = xstrndup(p, n);
	}
}

static void
instruments(struct pdoc *d, const char *group, int job_agreement)
{
	unsigned	ins = 0;
	size_t		i;

	for (i = 0; i < sizeof(group_instruments) /
	    sizeof(group_instruments[0]); i++)
		if (strcmp(group, group_instruments[i].group) == 0)
			ins = group_instruments[i].ins;
	if (job_agreement == 1)
		ins |= INS_REGISTER;
	if (ins == 0)
		return;
	pdoc_add(d, PD_SECTION, PD_PLAIN, NULL, _("What you can get as an "
	    "employer"));
	for (i = 0; i < sizeof(instrument_words) /
	    sizeof(instrument_words[0]); i++)
		if (ins & instrument_words[i].ins)
			pdoc_add(d, PD_BULLET, PD_PLAIN, NULL,
			    _(instrument_words[i].words));
	pdoc_add(d, PD_PARA, PD_PLAIN, NULL, _("What applies exactly, we "
	    "are glad to discuss with you."));
}

static void
arrangements(struct pdoc *d, struct pfit_candidate *fc, const char *list)
{
	const char	*p, *bar, *w;
	char		 code[64];
	size_t		 n;
	int		 bit, first = 1;

	for (p = list; p != NULL && *p != '\0'; p = bar ? bar + 1 : NULL) {
		bar = strchr(p, '|');
		n = bar ? (size_t)(bar - p) : strlen(p);
		snprintf(code, sizeof(code), "%.*s", (int)n, p);
		for (bit = 0; match_restriction_name(bit) != NULL; bit++)
			if (strcmp(match_restriction_name(bit), code) == 0)
				fc->restrictions |= 1u << bit;
		if ((w = profile_arrangement(code)) == NULL)
			continue;
		if (first)
			pdoc_add(d, PD_SECTION, PD_PLAIN, NULL,
			    _("Work arrangements"));
		first = 0;
		pdoc_add(d, PD_BULLET, PD_PLAIN, NULL, w);
	}
}

/* The overview's value, or "not known yet". */
static const char *
known(const char *s)
{
	return s != NULL && *s != '\0' ? s : _("not known yet");
}

enum wb_status
profile_build(struct db *db, const char *vis, long long id,
    const struct profile_build_opts *o, struct pdoc **out,
    struct pfit_candidate *fc, struct profile_who *who)
{
	sqlite3_stmt	*stmt;
	struct pdoc	*d;
	enum wb_status	 st;
	char		*sql, buf[1024], list[1024], modes[128], num[32];
	char		 group[32], cefr[3] = "", edu_label[160] = "";
	double		 max_km;
	int		 rc, days, licence, ja;

	*out = NULL;
	memset(fc, 0, sizeof(*fc));
	memset(who, 0, sizeof(*who));
	fc->id = id;
	sql = xasprintf("SELECT p.code || '/' || c.ref, c.first_name, "
	    "c.last_name, c.consent, c.target_group, c.job_agreement, "
	    "e.label_nl, e.label_en, e.nlqf, c.dutch_level, l.rank, "
	    "c.hours_min, c.hours_max, c.available_from, c.driving_licence, "
	    "c.max_travel_km, p4.lat, p4.lon FROM candidate c "
	    "JOIN partner p ON p.id = c.partner_id "
	    "JOIN pc4 p4 ON p4.code = c.pc4 "
	    "LEFT JOIN education_level e ON e.key = c.education_key "
	    "LEFT JOIN language_level l ON l.code = c.dutch_level "
	    "WHERE c.id = ? AND %s", vis);
	st = db_prepare(db, sql, &stmt);
	free(sql);
	if (st != WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, id);
	if ((rc = sqlite3_step(stmt)) != SQLITE_ROW) {
		sqlite3_finalize(stmt);
		if (rc != SQLITE_DONE)
			return db_fail(db, _("reading the candidate"));
		return db_set_error(db, WB_NOT_FOUND, _("no such candidate"));
	}
	db_column_copy(who->key, sizeof(who->key), stmt, 0);
	snprintf(who->name, sizeof(who->name), "%s %s", db_column_text(stmt, 1),
	    db_column_text(stmt, 2));
	fc->consent = who->consent = sqlite3_column_int(stmt, 3);
	db_column_copy(group, sizeof(group), stmt, 4);
	fc->job_agreement = ja = db_column_int(stmt, 5);
	snprintf(edu_label, sizeof(edu_label), "%s", db_column_text(stmt,
	    profile_dutch() ? 6 : 7));
	fc->nlqf = sqlite3_column_type(stmt, 8) == SQLITE_NULL ? -1 :
	    sqlite3_column_int(stmt, 8);
	snprintf(fc->education, sizeof(fc->education), "%s", edu_label);
	db_column_copy(cefr, sizeof(cefr), stmt, 9);
	snprintf(fc->cefr, sizeof(fc->cefr), "%s", cefr);
	fc->dutch = sqlite3_column_type(stmt, 10) == SQLITE_NULL ? -1 :
	    sqlite3_column_int(stmt, 10);
	fc->hours_min = db_column_num(stmt, 11);
	fc->hours_max = db_column_num(stmt, 12);
	fc->available = date_parse(db_column_text(stmt, 13), &days) == WB_OK &&
	    days > date_today() ? days : 0;
	fc->licence = licence = db_column_int(stmt, 14);
	max_km = db_column_num(stmt, 15);
	fc->lat = sqlite3_column_double(stmt, 16);
	fc->lon = sqlite3_column_double(stmt, 17);
	sqlite3_finalize(stmt);

	if (o->named && !who->consent)
		return db_set_error(db, WB_DENIED, _("%s has not consented to "
		    "share their details: a profile of them can only be "
		    "anonymous"), who->key);

	d = pdoc_new();
	d->title = xstrdup(_("Candidate profile"));
	d->number = xasprintf(_("Profile %lld"), o->number);
	d->date = xstrdup(profile_date_words(date_today(), buf,
	    sizeof(buf)));
	if (o->named)
		d->name = pdoc_clean(who->name);
	if ((st = occupations(db, fc, d)) != WB_OK)
		goto fail;

	pdoc_add(d, PD_SECTION, PD_PLAIN, NULL, _("In short"));
	if ((st = codes(db, "SELECT skill FROM candidate_skill WHERE "
	    "candidate_id = ? ORDER BY skill", id, list, sizeof(list))) !=
	    WB_OK)
		goto fail;
	skills(fc, list);
	buf[0] = '\0';
	for (size_t i = 0, k = 0; i < fc->nskills && k + 1 < sizeof(buf); i++)
		k += (size_t)snprintf(buf + k, sizeof(buf) - k, "%s%s",
		    i ? ", " : "", fc->skills[i]);
	pdoc_add(d, PD_FIELD, PD_PLAIN, _("Skills"), known(buf));
	pdoc_add(d, PD_FIELD, PD_PLAIN, _("Education"), known(edu_label));
	pdoc_add(d, PD_FIELD, PD_PLAIN, _("Dutch"),
	    known(profile_dutch_words(cefr)));
	pdoc_add(d, PD_FIELD, PD_PLAIN, _("Hours"), known(profile_hours_words(
	    fc->hours_min, fc->hours_max, buf, sizeof(buf))));
	if (fc->available > 0) {
		char	day[64];

		snprintf(buf, sizeof(buf), _("from %s"), profile_date_words(
		    fc->available, day, sizeof(day)));
	} else
		snprintf(buf, sizeof(buf), "%s", _("immediately"));
	pdoc_add(d, PD_FIELD, PD_PLAIN, _("Available"), buf);
	pdoc_add(d, PD_FIELD, PD_PLAIN, _("Driving licence"), licence < 0 ?
	    _("not known yet") : licence ? _("yes") : _("no"));
	if ((st = codes(db, "SELECT mode FROM candidate_transport WHERE "
	    "candidate_id = ? ORDER BY CASE mode WHEN 'auto' THEN 1 WHEN "
	    "'ov' THEN 2 WHEN 'brommer' THEN 3 ELSE 4 END", id, modes,
	    sizeof(modes))) != WB_OK)
		goto fail;
	pdoc_add(d, PD_FIELD, PD_PLAIN, _("Transport"), known(*modes ?
	    vocab_words(VOCAB_TRANSPORT, modes, ", ", buf, sizeof(buf)) :
	    NULL));
	fc->range_km = travel_range(db, max_km, modes, licence);
	fc->range_usual = max_km <= 0 && fc->range_km > 0;
	if (max_km > 0)
		snprintf(buf, sizeof(buf), _("up to %s km"), num_format(max_km,
		    0, num, sizeof(num)));
	else if (fc->range_usual)
		snprintf(buf, sizeof(buf), _("not known yet; about %s km is "
		    "usual with this transport"), num_format(fc->range_km, 0,
		    num, sizeof(num)));
	pdoc_add(d, PD_FIELD, PD_PLAIN, _("Travel distance"), known(
	    max_km > 0 || fc->range_usual ? buf : NULL));

	if ((st = codes(db, "SELECT restriction FROM candidate_restriction "
	    "WHERE candidate_id = ? ORDER BY restriction", id, list,
	    sizeof(list))) != WB_OK)
		goto fail;
	if (who->consent)
		arrangements(d, fc, list);
	if (o->vacancy_id > 0 && (st = profile_fit(db, o->vacancy_id, fc, d,
	    &who->employer_id, who->employer, sizeof(who->employer))) !=
	    WB_OK)
		goto fail;
	instruments(d, group, ja);
	*out = d;
	return WB_OK;
fail:
	pdoc_free(d);
	return st;
}

void
profile_fit_free(struct pfit_candidate *fc)
{
	size_t	i;

	for (i = 0; i < fc->nskills; i++)
		free(fc->skills[i]);
	free(fc->skills);
	fc->skills = NULL;
	fc->nskills = 0;
}
