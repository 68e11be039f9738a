/*
 * match-eligible.c: who passes the hard rules for a vacancy (match.h,
 * match_eligible), with the very rules the ranking applies
 * (match-prep.h), for counting supply and exposure: no score, no heap,
 * only the positions of those who pass.
 */
#include "werkbank/match.h"

#include "match-int.h"
#include "match-prep.h"

size_t
match_eligible(const struct match_index *idx, const struct match_vacancy *v,
    long long asking, unsigned ignore, const uint32_t *among, size_t namong,
    uint32_t *out)
{
	static const struct match_weights any = { { 1, 1, 1, 1, 1, 1 } };
	struct prep	p;
	size_t		i, c, n = 0, end = among != NULL ? namong : idx->n;

	prep_init(&p, idx, v, &any, asking);
	ignore &= ~(unsigned)MATCH_EX_CONSENT;	/* who may be seen stays */
	for (i = 0; i < end; i++) {
		c = among != NULL ? among[i] : i;
		if (c < idx->n && (exclusions(&p, &idx->c[c],
		    p.dist[idx->home[c]]) & ~ignore) == 0)
			out[n++] = (uint32_t)c;
	}
	prep_free(&p);
	return n;
}
