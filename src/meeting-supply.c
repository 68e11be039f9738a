/*
 * meeting-supply.c: the agenda's supply beside demand (supply.h) in
 * Markdown: the occupation groups, tightest first, with their tension
 * in UWV's bands and its trend, then the people to work from (Aanbod),
 * each with the vacancies that fit them best.  Only keys, never names.
 */
#include "werkbank/meeting.h"

#include <math.h>
#include <stdio.h>

#include "werkbank/i18n.h"
#include "werkbank/num.h"
#include "werkbank/vocab.h"

#include "meeting-int.h"

#define GROUPS_SHOWN	10

/* A tension for people: "0,57"; "–" when nobody fits; "" when nothing
 * was open. */
static const char *
tension_md(double t, char *buf, size_t len)
{
	if (isnan(t))
		return "";
	if (isinf(t))
		return "–";
	return num_format_fixed(t, 2, buf, len);
}

static void
md_groups(FILE *fp, const struct supply *s)
{
	char	buf[32];
	size_t	i;
	int	k;

	fprintf(fp, "\n## %s\n\n", _("Supply and demand"));
	if (s == NULL || s->n == 0) {
		fprintf(fp, "%s\n", _("No open positions."));
		return;
	}
	fprintf(fp, ngettext("%lld open position; ", "%lld open positions; ",
	    s->positions), s->positions);
	fprintf(fp, ngettext("%lld candidate fits at least one.",
	    "%lld candidates fit at least one.", s->candidates),
	    s->candidates);
	fprintf(fp, " %s\n\n", _("Tension: positions per candidate with an "
	    "occupation in the group who passes the hard rules; above 4 very "
	    "tight, above 1.5 tight, below 0.67 slack (UWV's bands)."));
	fprintf(fp, "| %s | %s | %s | %s | %s | %s | %s %s–%s |\n"
	    "|---|---|---:|---:|---:|---|---|\n", _("Group"),
	    _("Occupation"), _("Positions"), _("Candidates"), _("Tension"),
	    _("Band"), _("Trend"), s->quarter[0],
	    s->quarter[SUPPLY_QUARTERS - 1]);
	for (i = 0; i < s->n && i < GROUPS_SHOWN; i++) {
		const struct supply_row *r = &s->rows[i];

		fprintf(fp, "| %s | ", r->group);
		meeting_md(fp, r->label);
		fprintf(fp, " | %lld | %lld | %s | %s | ", r->open_positions,
		    r->candidates, tension_md(r->tension, buf, sizeof(buf)),
		    vocab_word(VOCAB_TENSION_BAND, r->band));
		for (k = 0; k < SUPPLY_QUARTERS; k++) {
			const char *t = tension_md(r->trend[k], buf,
			    sizeof(buf));

			fprintf(fp, "%s%s", k ? " → " : "", *t ? t : "·");
		}
		fputs(" |\n", fp);
	}
	if (s->n > GROUPS_SHOWN)
		fprintf(fp, _("\n%zu more groups: werkbank supply lists them "
		    "all.\n"), s->n - GROUPS_SHOWN);
}

static void
md_people(FILE *fp, const struct meeting_agenda *a, int newcomers)
{
	const struct supply_people *sp = &a->people;
	char	 buf[32];
	size_t	 i, k, shown = 0;

	for (i = 0; i < sp->n; i++) {
		const struct supply_person *p = &sp->p[i];

		if (p->newcomer != newcomers)
			continue;
		if (shown++ == 0)
			fprintf(fp, "| %s | %s | %s |\n|---|---|---|\n",
			    _("Candidate"), newcomers ? _("Joined") :
			    _("Waiting since"), _("Fits best"));
		fputs("| ", fp);
		meeting_md(fp, p->key);
		if (newcomers)
			fprintf(fp, " | %s | ", p->since);
		else
			fprintf(fp, ngettext(" | %s (%d week) | ",
			    " | %s (%d weeks) | ", p->weeks), p->since,
			    p->weeks);
		for (k = 0; k < p->nbest; k++) {
			if (k > 0)
				fputs(", ", fp);
			meeting_md(fp, p->best[k]);
			fprintf(fp, " (%s)", num_format_fixed(p->score[k], 2,
			    buf, sizeof(buf)));
		}
		fputs(" |\n", fp);
	}
	if (shown == 0)
		fprintf(fp, "%s\n", _("None."));
}

void
meeting_md_supply(FILE *fp, const struct meeting_agenda *a)
{
	md_groups(fp, a->supply);
	fprintf(fp, "\n## %s\n\n", _("People to work from"));
	fprintf(fp, ngettext("%zu candidate joined the pool since %s; ",
	    "%zu candidates joined the pool since %s; ", a->people.newcomers),
	    a->people.newcomers, a->since);
	fprintf(fp, ngettext("%zu has had no proposal for more than %d "
	    "weeks.", "%zu have had no proposal for more than %d weeks.",
	    a->people.waiting), a->people.waiting, a->idle_weeks);
	fprintf(fp, " %s\n", _("Each with the open vacancies that fit them "
	    "best; of those waiting, only who fits one at 0.60 or more."));
	fprintf(fp, "\n### %s\n\n", _("New in the pool"));
	md_people(fp, a, 1);
	fprintf(fp, "\n### %s\n\n", _("Longest without a proposal"));
	md_people(fp, a, 0);
}
