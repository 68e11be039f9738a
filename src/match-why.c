/*
 * match-why.c: one pair of a ranking taken apart (why.h).  The parts
 * and the score are match_explain's; the reasons read the candidate's
 * side from the index, as the ranking did, and the vacancy's from the
 * struct match_vacancy it was ranked for.
 */
#include "werkbank/why.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/i18n.h"
#include "werkbank/num.h"
#include "match-int.h"
#include "match-prep.h"

static const char *const part_labels[MATCH_NPARTS] = {
	N_("Occupation"), N_("Skills"), N_("Education"), N_("Dutch"),
	N_("Hours"), N_("Travel"),
};

/* The levels of education (NLQF) as the team knows them. */
static const char *const nlqf_words[] = {
	N_("no vocational level"), N_("level 1 (mbo 1, vmbo basic)"),
	N_("level 2 (mbo 2)"), N_("level 3 (mbo 3)"),
	N_("level 4 (mbo 4, havo, vwo)"), N_("level 5 (associate degree)"),
	N_("level 6 (bachelor)"), N_("level 7 (master)"),
	N_("level 8 (doctorate)"),
};

static const char *const cefr[] = { "A0", "A1", "A2", "B1", "B2", "C1",
    "C2" };

const char *
why_part_label(enum match_part p)
{
	return (unsigned)p < MATCH_NPARTS ? _(part_labels[p]) : "";
}

char *
why_number(double v, char *buf, size_t len)
{
	return num_format_fixed(v, 2, buf, len);
}

static const char *
nlqf(int level)
{
	if (level < 0 || level > 8)
		return "?";
	return _(nlqf_words[level]);
}

static const char *
cefr_name(int rank)
{
	return rank >= 0 && rank <= 6 ? cefr[rank] : "?";
}

/* "24-32" from quarter hours (either unknown: "?"). */
static void
hours_range(int lo, int hi, char *buf, size_t len)
{
	char	a[16], b[16];

	num_format(lo / 4.0, 2, a, sizeof(a));
	num_format(hi / 4.0, 2, b, sizeof(b));
	if (lo == hi)
		snprintf(buf, len, "%s", a);
	else
		snprintf(buf, len, "%s-%s", a, b);
}

static void
occupation_reason(const struct match_index *idx, const struct mc *c,
    const struct match_vacancy *v, char *buf, size_t len)
{
	static const char *const same[5] = {
		N_("another occupation (%s; the job: %s)"),
		N_("the same major group (%s; the job: %s)"),
		N_("the same sub-major group (%s; the job: %s)"),
		N_("a related occupation, the same minor group (%s; the job: "
		    "%s)"),
		N_("the same occupation (%s)"),
	};
	const struct mocc	*o = idx->occ + c->occ;
	const char		*code;
	char			 years[32], what[160];
	double			 best = -1, g, e;
	unsigned		 i, at = 0;
	int			 k, bk = 0;

	if (c->nocc == 0) {
		snprintf(buf, len, "%s", _("no occupation known: counts half"));
		return;
	}
	for (i = 0; i < c->nocc; i++) {
		code = idx->isco[o[i].isco];
		for (k = 0; k < 4 && code[k] == v->isco[k]; k++)
			;
		g = k == 4 ? 1 : k == 3 ? 0.5 : k == 2 ? 0.3 : k == 1 ? 0.15 : 0;
		e = o[i].years == MC_YEARS_UNKNOWN ? NEUTRAL :
		    (double)o[i].years / EXPERIENCE_FULL_TENTHS;
		g *= EXPERIENCE_BASE + (1 - EXPERIENCE_BASE) * e;
		if (g > best) {
			best = g;
			at = i;
			bk = k;
		}
	}
	code = idx->isco[o[at].isco];
	snprintf(what, sizeof(what), _(same[bk]), code, v->isco);
	if (bk == 0) {
		snprintf(buf, len, "%s", what);
		return;
	}
	if (o[at].years == MC_YEARS_UNKNOWN)
		snprintf(years, sizeof(years), "%s", _("experience unknown"));
	else {
		char	y[16];

		/* TRANSLATORS: years of experience (5 and more count fully). */
		snprintf(years, sizeof(years), _("%s years"), num_format(
		    o[at].years / 10.0, 1, y, sizeof(y)));
	}
	snprintf(buf, len, "%s, %s", what, years);
}

static void
skills_reason(const struct match_index *idx, const struct mc *c,
    const struct match_vacancy *v, char *buf, size_t len)
{
	const uint32_t	*s = idx->skill + c->skill;
	char		 has[160] = "", lacks[160] = "";
	size_t		 i, j, nh = 0, nl = 0, oh = 0, ol = 0, njob = 0;
	int		 found;

	if (c->nskill == 0) {
		snprintf(buf, len, "%s", _("no skills known: counts half"));
		return;
	}
	for (i = 0; i < v->nskills; i++) {
		if (i > 0 && strcmp(v->skills[i], v->skills[i - 1]) == 0)
			continue;
		njob++;
		for (found = 0, j = 0; j < c->nskill && !found; j++)
			found = strcmp(idx->skill_name[s[j]], v->skills[i]) == 0;
		if (found && oh < sizeof(has)) {
			oh += (size_t)snprintf(has + oh, sizeof(has) - oh, "%s%s",
			    nh++ ? ", " : "", v->skills[i]);
		} else if (!found && ol < sizeof(lacks)) {
			ol += (size_t)snprintf(lacks + ol, sizeof(lacks) - ol,
			    "%s%s", nl++ ? ", " : "", v->skills[i]);
		}
	}
	if (nl == 0)
		snprintf(buf, len, _("has all %zu asked: %s"), njob, has);
	else if (nh == 0)
		snprintf(buf, len, _("has none of the %zu asked; lacks %s"),
		    njob, lacks);
	else
		snprintf(buf, len, _("has %zu of the %zu asked (%s); lacks %s"),
		    nh, njob, has, lacks);
}

static void
level_reason(int have, int need, int language, char *buf, size_t len)
{
	const char	*h = language ? cefr_name(have) : nlqf(have);
	const char	*n = language ? cefr_name(need) : nlqf(need);

	if (have == MC_LEVEL_UNKNOWN)
		snprintf(buf, len, _("unknown: counts half (asked: %s)"), n);
	else if (have >= need)
		snprintf(buf, len, _("%s; asked %s: enough"), h, n);
	else if (have == need - 1)
		snprintf(buf, len, _("%s; asked %s: one below, counts half"),
		    h, n);
	else
		snprintf(buf, len, _("%s; asked %s: too low"), h, n);
}

static void
hours_reason(const struct mc *c, const struct match_vacancy *v,
    double part, char *buf, size_t len)
{
	char	me[32], job[32], gap[16];
	int	vmin = v->hours_min >= 0 ? match_quarters(v->hours_min) : 0;
	int	vmax = v->hours_max >= 0 ? match_quarters(v->hours_max) : 4 * 48;
	int	cmin = c->hmin != MC_HOURS_UNKNOWN ? c->hmin : 0;
	int	cmax = c->hmax != MC_HOURS_UNKNOWN ? c->hmax : 4 * 48;

	hours_range(vmin, vmax, job, sizeof(job));
	if (c->hmin == MC_HOURS_UNKNOWN && c->hmax == MC_HOURS_UNKNOWN) {
		snprintf(buf, len, _("unknown: counts half (the job: %s "
		    "hours)"), job);
		return;
	}
	hours_range(cmin, cmax, me, sizeof(me));
	if (part >= 1)
		snprintf(buf, len, _("%s hours a week, the job %s: they "
		    "meet"), me, job);
	else {
		num_format((cmax < vmin ? vmin - cmax : cmin - vmax) / 4.0, 2,
		    gap, sizeof(gap));
		snprintf(buf, len, _("%s hours a week, the job %s: %s hours "
		    "apart"), me, job, gap);
	}
}

static void
travel_reason(const struct mc *c, double d, char *buf, size_t len)
{
	char	km[16], range[16];

	num_format(d, 1, km, sizeof(km));
	if (c->restr & MC_RANGE_UNKNOWN) {
		snprintf(buf, len, _("%s km; how far they travel is unknown: "
		    "counts half"), km);
		return;
	}
	num_format(1 / c->inv_range, 1, range, sizeof(range));
	snprintf(buf, len, _("%s km of the %s km they travel"), km, range);
}

void
match_why(const struct match_index *idx, size_t cand,
    const struct match_vacancy *v, const struct match_weights *w,
    long long asking, struct match_why *out)
{
	struct match_result	 r;
	struct prep		 p;
	const struct mc		*c = &idx->c[cand];
	struct why_part		*wp;
	double			 sum = 0;
	int			 i;

	memset(out, 0, sizeof(*out));
	prep_init(&p, idx, v, w, asking);
	prep_explain(&p, idx, cand, &r);
	out->excluded = r.excluded;
	out->distance_km = r.distance_km;
	for (i = 0; i < MATCH_NPARTS; i++) {
		wp = &out->part[i];
		wp->applies = p.applies[i];
		wp->weight = w->w[i];
		wp->share = p.wsum > 0 ? p.w[i] / p.wsum : 0;
		wp->value = r.part[i];
		wp->adds = !wp->applies ? 0 : wp->share * (r.part[i] ==
		    MATCH_UNKNOWN ? NEUTRAL : r.part[i] < 0 ? 0 : r.part[i]);
		sum += wp->adds;
		if (!wp->applies) {
			snprintf(wp->reason, sizeof(wp->reason), "%s",
			    _("the vacancy asks nothing here"));
			continue;
		}
		if (r.excluded & MATCH_EX_CONSENT) {
			snprintf(wp->reason, sizeof(wp->reason), "%s",
			    _("not shown: no consent to share"));
			continue;
		}
		switch (i) {
		case MATCH_OCCUPATION:
			occupation_reason(idx, c, v, wp->reason,
			    sizeof(wp->reason));
			break;
		case MATCH_SKILLS:
			skills_reason(idx, c, v, wp->reason, sizeof(wp->reason));
			break;
		case MATCH_EDUCATION:
			level_reason(MC_EDU(c->levels), v->education, 0,
			    wp->reason, sizeof(wp->reason));
			break;
		case MATCH_LANGUAGE:
			level_reason(MC_DUTCH(c->levels), v->dutch, 1,
			    wp->reason, sizeof(wp->reason));
			break;
		case MATCH_HOURS:
			hours_reason(c, v, r.part[i], wp->reason,
			    sizeof(wp->reason));
			break;
		case MATCH_TRAVEL:
			travel_reason(c, r.distance_km, wp->reason,
			    sizeof(wp->reason));
			break;
		}
	}
	/* The sum is the score ranked (match-prep.h adds the same). */
	out->score = r.excluded & MATCH_EX_CONSENT ? 0 : sum;
	free(r.notes);
	prep_free(&p);
}

char *
why_compare(const struct match_why *above, const struct match_why *me,
    char *buf, size_t len)
{
	char		 n[16];
	double		 d;
	size_t		 o = 0;
	int		 i, pass, any = 0;

	buf[0] = '\0';
	d = above->score - me->score;
	if (fabs(d) < 0.0005) {
		snprintf(buf, len, "%s", _("the same score: the order of the "
		    "keys decides"));
		return buf;
	}
	o = (size_t)snprintf(buf, len, _("%s more:"), why_number(d, n,
	    sizeof(n)));
	/* What they have more first, then what they have less. */
	for (pass = 0; pass < 2; pass++) {
		for (i = 0; i < MATCH_NPARTS && o < len; i++) {
			d = above->part[i].adds - me->part[i].adds;
			if (fabs(d) < 0.005 || (pass == 0) != (d > 0))
				continue;
			o += (size_t)snprintf(buf + o, len - o, "%s %s %s%s",
			    any == 0 ? "" : any == pass + 1 ? "," : ";",
			    why_part_label((enum match_part)i), d > 0 ? "+" :
			    "-", why_number(fabs(d), n, sizeof(n)));
			any = pass + 1;
		}
	}
	return buf;
}

char *
why_weights(const struct match_weights *w, char *buf, size_t len)
{
	char	n[16];
	size_t	o = 0;
	int	i;

	buf[0] = '\0';
	for (i = 0; i < MATCH_NPARTS && o < len; i++)
		o += (size_t)snprintf(buf + o, len - o, "%s%s %s",
		    i > 0 ? ", " : "", why_part_label((enum match_part)i),
		    num_format(w->w[i], 1, n, sizeof(n)));
	return buf;
}
