/*
 * match-notes.c: a result's notes for people.  match-score.c writes them
 * in English with the codes ("restriction: geen_zwaar_tillen vs
 * zwaar_tillen; language unknown"), so that a stored match run and --csv
 * read the same whoever made them; here each part becomes a sentence in
 * the user's language with words for the codes and the user's decimal
 * mark ("beperking: geen zwaar tillen tegenover zwaar tillen").
 */
#include "werkbank/match.h"

#include <stdio.h>
#include <string.h>

#include "werkbank/i18n.h"
#include "werkbank/num.h"
#include "werkbank/vocab.h"

/* One part of the notes, n bytes at p, as people read it. */
static void
part_shown(const char *p, size_t n, char *out, size_t len)
{
	char	 part[256], a[96], b[96], na[32], nb[32];
	double	 d;

	snprintf(part, sizeof(part), "%.*s", (int)n, p);
	if (sscanf(part, "too far: %31s km > %31s km", a, b) == 2 &&
	    num_parse(a, &d) == NUM_OK) {
		num_format_fixed(d, 1, na, sizeof(na));
		snprintf(out, len, _("too far: %s km > %s km"), na,
		    num_localize(b, nb, sizeof(nb)));
	} else if (sscanf(part, "restriction: %95s vs %95s", a, b) == 2)
		snprintf(out, len, _("restriction: %s vs %s"),
		    vocab_word(VOCAB_RESTRICTION, a),
		    vocab_word(VOCAB_DEMAND, b));
	else if (strncmp(part, "not available until ", 20) == 0)
		snprintf(out, len, _("not available until %s"), part + 20);
	else if (strncmp(part, "status ", 7) == 0)
		snprintf(out, len, _("status %s"),
		    vocab_word(VOCAB_CANDIDATE_STATUS, part + 7));
	else if (strcmp(part, "in traject") == 0)
		snprintf(out, len, "%s", vocab_word(VOCAB_CANDIDATE_STATUS,
		    "in_traject"));
	else
		snprintf(out, len, "%s", _(part));
}

char *
match_notes_shown(const char *notes, char *buf, size_t len)
{
	const char	*p = notes, *end;
	char		 one[256];
	size_t		 n, o = 0;

	if (len == 0)
		return buf;
	buf[0] = '\0';
	while (p != NULL && *p != '\0' && o + 1 < len) {
		end = strstr(p, "; ");
		n = end != NULL ? (size_t)(end - p) : strlen(p);
		part_shown(p, n, one, sizeof(one));
		o += (size_t)snprintf(buf + o, len - o, "%s%s", o ? "; " : "",
		    one);
		p = end != NULL ? end + 2 : NULL;
	}
	return buf;
}
