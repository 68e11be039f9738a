/*
 * slate.h: the Monday slate: one proposal plan for all open vacancies at
 * once, the plan with the highest total score.
 *
 * Each candidate is planned at most K times (per_candidate, default 1)
 * and each vacancy takes up to N proposals (per_vacancy; default its
 * open positions: positions less placements).  Only pairs that pass the
 * hard rules of the match (match.h) for the user asking, whose
 * candidates they may see, are planned.  What is already in the
 * pipelines counts: a vacancy's proposals at proposed or interview take
 * up its N; a candidate's proposals at proposed take up their K and one
 * at interview keeps them out of the plan; a pair that was ever in a
 * pipeline is not planned again.
 *
 * The plan is exact (assign.h, on scores in millionths): each vacancy's
 * best candidates are ranked, the plan is solved over those lists, and
 * the duals of the solution prove that nobody further down any list
 * could raise the total; a list that cannot be proven so is made longer
 * and the plan solved again.  Among plans of equal total, the one that
 * gives the pick to whoever has waited longest since their last
 * proposal (or since joining the pool) is taken, then the smaller
 * candidate id, so the plan never depends on a partner's or a
 * municipality's name or code.
 *
 * Each pick is explained: its score and parts (the match's notes), and
 * the alternative: the best candidate of the vacancy's list who is not
 * picked for it, and where that one is planned and what the next best
 * scores there (the cost of moving them).
 */
#ifndef WERKBANK_SLATE_H
#define WERKBANK_SLATE_H

#include <stddef.h>

#include "werkbank/db.h"
#include "werkbank/match.h"
#include "werkbank/user.h"

#define SLATE_PER_MAX	99	/* the largest K and N */

/* A vacancy and a candidate, by database id. */
struct slate_pair {
	long long	 vacancy_id;
	long long	 candidate_id;
};

struct slate_opts {
	int			 per_candidate;	/* K, 1 .. SLATE_PER_MAX */
	int			 per_vacancy;	/* N; 0: open positions */
	/* Picks made by hand (kept, counted in K and N) and picks the
	 * team took out (never planned again in this slate). */
	const struct slate_pair	*fixed;
	size_t			 nfixed;
	const struct slate_pair	*dropped;
	size_t			 ndropped;
};

struct slate_pick {
	size_t		 vac;		/* index into slate.vs */
	size_t		 cand;		/* index into slate.idx */
	long long	 candidate_id;
	struct match_result r;		/* score, parts, notes */
	int		 by_hand;	/* fixed by hand, not by the plan */
	/* The best of the vacancy's list not picked for it, if any. */
	int		 has_alt;
	size_t		 alt_cand;	/* index into slate.idx */
	double		 alt_score;
	long		 alt_planned;	/* pick where the alternative is
					   planned, -1 none */
	double		 alt_next;	/* there, the best not picked; < 0
					   nobody */
};

/* What each open vacancy holds in the slate. */
struct slate_vacancy {
	int		 open_positions;	/* positions less placements */
	int		 in_pipeline;	/* at proposed or interview */
	int		 room;		/* what the plan could add */
	int		 picks;
};

struct slate {
	struct match_index	*idx;
	struct match_vacancy	*vs;		/* the open vacancies, by key */
	struct slate_vacancy	*vinfo;		/* per vacancy */
	size_t			 nv;
	struct slate_pick	*picks;		/* by vacancy key, best first */
	size_t			 npicks;
	struct match_weights	 weights;
	int			 per_candidate, per_vacancy;
	double			 total;		/* the sum of the pick scores */
	size_t			 unfilled;	/* vacancies without anyone:
						   no pick, none in the
						   pipeline */
	int			 rounds;	/* lists made longer this often */
	long long		 id;		/* as stored; 0 not stored */
};

/*
 * Make the slate for u (visibility and the asking partner: user.h).
 * WB_INVALID for K or N out of range or a fixed pair that is not an
 * open vacancy and a candidate u may see; other failures from the
 * database.  Free with slate_free.
 */
enum wb_status	 slate_make(struct db *, const struct user_ctx *u,
		    const struct slate_opts *, struct slate **out);
/* Accepts NULL. */
void		 slate_free(struct slate *);

/*
 * Keep the slate as shown (slate, slate_pick; for exposure.h) with its
 * audit row, in one transaction; sets s->id.  Anyone who may open the
 * database may: it records what they saw.
 */
enum wb_status	 slate_store(struct db *, const struct user_ctx *u,
		    struct slate *s);

/*
 * Turn picks (indexes into s->picks) into proposals, all in one
 * transaction with an audit row each (workflow_propose_in), proposed by
 * slate_proposer().  Anything refused (the pair is in a pipeline by
 * now, a vacancy no longer open, no right to propose) rolls back the
 * lot, with the pick named in db_error().  proposer and due are those
 * of struct wf_propose's by and due (NULL: the user, none agreed), the
 * same for every pick.  *done: how many.
 */
enum wb_status	 slate_accept(struct db *, const struct user_ctx *u,
		    const struct slate *s, const size_t *which, size_t n,
		    const char *proposer, const char *due, size_t *done);

/*
 * Who proposes the picks accepted by u: for now u themself.  The one
 * place to change when the meeting chooses a team member per proposal.
 */
const struct user_ctx *slate_proposer(const struct user_ctx *u);

/*
 * Pick i explained in one sentence: the alternative, where it is
 * planned and what the next best scores there ("K-1203 would score 0.91
 * here but is planned for V-88, where the next best scores 0.40"), the
 * pick made by hand.  for_people: in the user's language with their
 * decimal mark and two decimals; else English with three decimals, the
 * same whatever the locale (--csv, --json).  Returns buf.
 */
char		*slate_explain(const struct slate *, size_t i, int for_people,
		    char *buf, size_t len);

/*
 * The index of the pick of vacancy vac with candidate cand, or -1.
 */
long		 slate_find(const struct slate *, size_t vac, size_t cand);

#endif
