/*
 * slate-text.c: a pick of the slate explained in one sentence, for
 * people (translated, their decimal mark) or for programs (English, the
 * same in every locale), as the match's notes are (slate.h).
 */
#include "werkbank/slate.h"

#include <stdio.h>
#include <string.h>

#include "werkbank/i18n.h"
#include "werkbank/num.h"

/* Two decimals for people, unless that makes v read as the pick's
 * score when it is not: then three. */
static const char *
score_text(double v, double pick, int for_people, char *buf, size_t len)
{
	char	a[32], b[32];

	if (!for_people) {
		snprintf(buf, len, "%.3f", v);
		return buf;
	}
	num_format_fixed(v, 2, a, sizeof(a));
	num_format_fixed(pick, 2, b, sizeof(b));
	return num_format_fixed(v, v != pick && strcmp(a, b) == 0 ? 3 : 2,
	    buf, len);
}

char *
slate_explain(const struct slate *s, size_t i, int for_people, char *buf,
    size_t len)
{
	const struct slate_pick	*p = &s->picks[i];
	const char		*alt, *there = NULL;
	char			 a[32], b[32];
	size_t			 o = 0;

	buf[0] = '\0';
	if (i >= s->npicks || len == 0)
		return buf;
	if (p->by_hand)
		o = (size_t)snprintf(buf, len, "%s", for_people ?
		    _("picked by hand") : "picked by hand");
	if (o >= len)
		return buf;
	if (!p->has_alt) {
		snprintf(buf + o, len - o, "%s%s", o ? "; " : "", for_people ?
		    _("nobody else on the list") : "nobody else on the list");
		return buf;
	}
	alt = match_index_key(s->idx, p->alt_cand);
	if (p->alt_planned >= 0)
		there = s->vs[s->picks[p->alt_planned].vac].key;
	score_text(p->alt_score, p->r.score, for_people, a, sizeof(a));
	score_text(p->alt_next, p->alt_score, for_people, b, sizeof(b));
	if (o > 0)
		o += (size_t)snprintf(buf + o, len - o, "; ");
	if (o >= len)
		return buf;
	if (there != NULL && p->alt_score > p->r.score) {
		if (p->alt_next >= 0)
			snprintf(buf + o, len - o, for_people ? _("%s would "
			    "score %s here but is planned for %s, where the "
			    "next best scores %s") : "%s would score %s here "
			    "but is planned for %s, where the next best scores "
			    "%s", alt, a, there, b);
		else
			snprintf(buf + o, len - o, for_people ? _("%s would "
			    "score %s here but is planned for %s, where nobody "
			    "else is on the list") : "%s would score %s here "
			    "but is planned for %s, where nobody else is on the "
			    "list", alt, a, there);
	} else if (p->alt_score > p->r.score)
		snprintf(buf + o, len - o, for_people ? _("%s would score %s "
		    "here and is not planned") : "%s would score %s here and is "
		    "not planned", alt, a);
	else if (there != NULL)
		snprintf(buf + o, len - o, for_people ? _("next best %s (%s), "
		    "planned for %s") : "next best %s (%s), planned for %s",
		    alt, a, there);
	else
		snprintf(buf + o, len - o, for_people ? _("next best %s (%s)") :
		    "next best %s (%s)", alt, a);
	return buf;
}
