/*
 * vocab-sets.c: the closed sets by name (vocab.h): the name of
 * `werkbank words SET`, and the names people give a set, in English, in
 * the user's language and in Dutch whatever the locale, as the forms'
 * labels call them ("doelgroep", "beperkingen", "reden uitstroom").
 */
#include "werkbank/vocab.h"

#include <stdio.h>
#include <string.h>

#include "werkbank/i18n.h"
#include "vocab-int.h"

#define FOLD_MAX	96

struct set_name {
	const char	*label;		/* NC_("word_set", English name) */
	const char	*aliases;	/* Dutch names, |-separated */
};

static const struct set_name names[VOCAB_NSETS] = {
	[VOCAB_VACANCY_STATUS] = { NC_("word_set", "vacancy status"),
	    "vacaturestatus|status vacature" },
	[VOCAB_CANDIDATE_STATUS] = { NC_("word_set", "candidate status"),
	    "kandidaatstatus|status kandidaat" },
	[VOCAB_STEP] = { NC_("word_set", "pipeline step"),
	    "stap|stappen|processtap|voordrachtstap" },
	[VOCAB_TARGET_GROUP] = { NC_("word_set", "target group"),
	    "doelgroep|doelgroepen" },
	[VOCAB_RESTRICTION] = { NC_("word_set", "restrictions"),
	    "beperking|beperkingen" },
	[VOCAB_DEMAND] = { NC_("word_set", "demands"),
	    "belasting|belastingen|eis|eisen" },
	[VOCAB_INSTRUMENT] = { NC_("word_set", "instruments"),
	    "instrumenten|voorziening|voorzieningen" },
	[VOCAB_EDUCATION] = { NC_("word_set", "education"),
	    "opleiding|opleidingen|opleidingsniveau" },
	[VOCAB_LANGUAGE] = { NC_("word_set", "level of Dutch"),
	    "nederlands|taalniveau|taal|niveau nederlands" },
	[VOCAB_CONTRACT] = { NC_("word_set", "contract"),
	    "contractvorm|soort contract|contracten" },
	[VOCAB_TRANSPORT] = { NC_("word_set", "transport"),
	    "vervoer|vervoermiddel" },
	[VOCAB_ROLE] = { NC_("word_set", "role"), "rol|rollen" },
	[VOCAB_PARTNER_KIND] = { NC_("word_set", "kind of partner"),
	    "soort partner|partnersoort" },
	[VOCAB_YESNO] = { NC_("word_set", "yes or no"), "ja of nee|ja nee" },
	[VOCAB_LICENCE] = { NC_("word_set", "driving licence"), "rijbewijs" },
	[VOCAB_LEAVE_REASON] = { NC_("word_set", "why they left"),
	    "reden uitstroom|uitstroomreden|uitstroom" },
	[VOCAB_NOT_CHOSEN_REASON] = { NC_("word_set", "why not chosen"),
	    "reden niet gekozen|niet gekozen" },
	[VOCAB_WITHDRAWN_REASON] = { NC_("word_set", "why withdrawn"),
	    "reden teruggetrokken|teruggetrokken" },
	[VOCAB_JOBCOACH_PAYER] = { NC_("word_set", "job coach paid by"),
	    "jobcoach betaald door|betaler jobcoach" },
	[VOCAB_CONTACT_TYPE] = { NC_("word_set", "kind of contact"),
	    "soort contact|contactsoort|contacttype" },
	[VOCAB_CONTACT_TAG] = { NC_("word_set", "signals"),
	    "signaal|signalen" },
	[VOCAB_TENSION_BAND] = { NC_("word_set", "tension"),
	    "spanning|krapte" },
};

const char *
vocab_set_label(enum vocab_set s, int english)
{
	if (s <= VOCAB_NONE || s >= VOCAB_NSETS)
		return NULL;
	return english ? strchr(names[s].label, '\004') + 1 :
	    i18n_ctx(names[s].label);
}

/* 1 when one of the spellings (|-separated) folds to f. */
static int
spelled(const char *spellings, const char *f)
{
	char		 buf[FOLD_MAX];
	const char	*a;

	for (a = spellings; a != NULL && *a != '\0'; ) {
		a = vocab_fold_next(a, buf, sizeof(buf));
		if (strcmp(buf, f) == 0)
			return 1;
	}
	return 0;
}

enum wb_status
vocab_set_parse(const char *name, enum vocab_set *out)
{
	char	 f[FOLD_MAX];
	int	 i;

	if (name == NULL)
		return WB_INVALID;
	for (i = VOCAB_NONE + 1; i < VOCAB_NSETS; i++)
		if (strcmp(name, vocab_set_name((enum vocab_set)i)) == 0) {
			*out = (enum vocab_set)i;
			return WB_OK;
		}
	if (strlen(name) >= FOLD_MAX)
		return WB_INVALID;
	vocab_fold(name, f, sizeof(f));
	for (i = VOCAB_NONE + 1; *f != '\0' && i < VOCAB_NSETS; i++)
		if (spelled(vocab_set_name((enum vocab_set)i), f) ||
		    spelled(vocab_set_label((enum vocab_set)i, 1), f) ||
		    spelled(vocab_set_label((enum vocab_set)i, 0), f) ||
		    spelled(names[i].aliases, f)) {
			*out = (enum vocab_set)i;
			return WB_OK;
		}
	return WB_INVALID;
}
