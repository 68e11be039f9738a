/*
 * report-themes.c: the figures of issue 18 as themes (report.h,
 * report_items): why people left the pool, why proposals ended,
 * banenafspraak, instruments, jobcoaching and employers, each a list of
 * labelled values with what a bar measures them against, so that the
 * human report, the report screen and the Markdown report show the same
 * thing in the same order and words.
 */
#include "werkbank/report.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "werkbank/i18n.h"
#include "werkbank/num.h"
#include "werkbank/outflow.h"
#include "werkbank/validate.h"
#include "werkbank/vocab.h"
#include "werkbank/xmalloc.h"

static const char *const theme_titles[REPORT_NTHEMES] = {
	[THEME_OUTFLOW] = N_("Why people left the pool"),
	[THEME_NOT_CHOSEN] = N_("Not chosen: the employer's reasons"),
	[THEME_WITHDRAWN] = N_("Withdrawn: the candidate's reasons"),
	[THEME_BANENAFSPRAAK] = N_("Banenafspraak"),
	[THEME_INSTRUMENTS] = N_("Instruments used in placements"),
	[THEME_JOBCOACH] = N_("Jobcoaching"),
	[THEME_EMPLOYERS] = N_("Employers: new and returning"),
};

const char *
report_theme_title(enum report_theme t)
{
	return (unsigned)t < REPORT_NTHEMES ? _(theme_titles[t]) : "";
}

struct items {
	struct report_item	*v;
	size_t			 n, cap;
};

/* Add an item; of > 0 draws a bar and, unless a note is given, the share. */
static struct report_item *
add(struct items *it, enum report_theme t, const char *label, double v,
    int decimals, double of)
{
	struct report_item	*i;

	if (it->n == it->cap) {
		it->cap = it->cap ? it->cap * 2 : 32;
		it->v = xreallocarray(it->v, it->cap, sizeof(*it->v));
	}
	i = &it->v[it->n++];
	memset(i, 0, sizeof(*i));
	i->theme = t;
	snprintf(i->label, sizeof(i->label), "%s", label);
	i->v = v;
	i->of = of;
	if (v < 0)
		snprintf(i->value, sizeof(i->value), "–");
	else
		num_format(v, decimals, i->value, sizeof(i->value));
	if (of > 0 && v >= 0)
		snprintf(i->note, sizeof(i->note), "%.0f%%", 100.0 * v / of);
	return i;
}

static void
reasons(struct items *it, enum report_theme t, enum vocab_set set,
    const long long *v, long long total)
{
	const char	*codes[OUTFLOW_MAX_REASONS];
	size_t		 n, i;

	n = outflow_reasons(set, codes, OUTFLOW_MAX_REASONS);
	for (i = 0; i < n; i++)
		add(it, t, outflow_reason_word(set, codes[i]), (double)v[i], 0,
		    (double)total);
}

size_t
report_items(const struct report_figures *f, struct report_item **out)
{
	struct items		 it;
	struct report_item	*i;
	double			 placed = (double)f->placements;
	char			 pct[32];
	size_t			 k;

	memset(&it, 0, sizeof(it));
	if (f->outflow >= 0)
		reasons(&it, THEME_OUTFLOW, VOCAB_LEAVE_REASON,
		    f->outflow_reason, f->outflow);
	reasons(&it, THEME_NOT_CHOSEN, VOCAB_NOT_CHOSEN_REASON,
	    f->not_chosen_reason, f->not_chosen);
	reasons(&it, THEME_WITHDRAWN, VOCAB_WITHDRAWN_REASON,
	    f->withdrawn_reason, f->withdrawn);

	add(&it, THEME_BANENAFSPRAAK, _("Placements on banenafspraak jobs"),
	    (double)f->banenafspraak_placements, 0, placed);
	add(&it, THEME_BANENAFSPRAAK, _("Jobs of 25.5 hours a week"),
	    f->banenafspraak_jobs, 2, 0);
	if (f->banenafspraak_no_hours > 0)
		add(&it, THEME_BANENAFSPRAAK, _("Without hours: not in the "
		    "jobs"), (double)f->banenafspraak_no_hours, 0, 0);

	for (k = 0; k < REPORT_NINSTRUMENTS; k++) {
		i = add(&it, THEME_INSTRUMENTS, vocab_word(VOCAB_INSTRUMENT,
		    validate_instruments[k]), (double)f->instrument[k], 0,
		    placed);
		if (k == 0 && f->lks_mean_pct >= 0) {
			char	share[sizeof(i->note)];

			memcpy(share, i->note, sizeof(share));
			snprintf(i->note, sizeof(i->note), _("%s, on average "
			    "%s%%"), share, num_format(f->lks_mean_pct, 1, pct,
			    sizeof(pct)));
		}
	}

	add(&it, THEME_JOBCOACH, _("Placements with a job coach"),
	    (double)f->jobcoach_placements, 0, placed);
	add(&it, THEME_JOBCOACH, _("Job coach started"),
	    (double)f->jobcoach_started, 0, (double)f->jobcoach_placements);
	add(&it, THEME_JOBCOACH, _("Agreed, not started"),
	    (double)(f->jobcoach_placements - f->jobcoach_started), 0,
	    (double)f->jobcoach_placements);
	i = add(&it, THEME_JOBCOACH, _("Days from the start to the job "
	    "coach"), f->jobcoach_median_days, 1, 0);
	snprintf(i->note, sizeof(i->note), "%s", f->jobcoach_median_days >=
	    0 ? _("the median") : _("none started"));

	if (f->new_employers >= 0) {
		double	all = (double)f->new_employers + (double)(
			    f->returning_employers > 0 ?
			    f->returning_employers : 0);

		add(&it, THEME_EMPLOYERS, report_figure_label("new_employers"),
		    (double)f->new_employers, 0, all);
		if (f->returning_employers >= 0)
			add(&it, THEME_EMPLOYERS, report_figure_label(
			    "returning_employers"),
			    (double)f->returning_employers, 0, all);
	}
	*out = it.v;
	return it.n;
}
