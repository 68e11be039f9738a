/*
 * assign.h: the best plan of pairs between two sides, exactly.  Left
 * nodes (vacancies) take up to left_cap[i] pairs each, right nodes
 * (candidates) up to right_cap[j]; every edge (i, j) has a weight; the
 * plan chosen maximises the sum of the weights of its pairs (a maximum
 * weight b-matching, pairs optional: a node may stay without any).
 *
 * It is a min-cost flow solved by successive shortest paths: every left
 * node also has an edge "nobody" of weight 0 to the sink, and each of
 * its slots in turn sends one unit along the cheapest path in the
 * residual graph (Dijkstra on costs made non-negative by node
 * potentials; Edmonds and Karp 1972, Tomizawa 1971; Ahuja, Magnanti and
 * Orlin, Network Flows, 1993, ch. 9).  Adding one slot at a time to an
 * optimal flow and taking the shortest path keeps it optimal, so the
 * plan is exact, not greedy.  The final potentials are an optimal dual
 * of the linear programme: u[i] >= 0, p[j] >= 0 and u[i] + p[j] >=
 * weight of every edge; a pair not in the graph whose weight is at most
 * u[i] + p[j] (p[j] = 0 for a node not in it) could not improve the
 * plan, which lets the caller prove a plan built from short lists
 * optimal for the whole pool (slate.c).
 *
 * Weights are integers, so equal plans compare equal; ties are decided
 * by the order of the nodes and edges, so the same graph always gives
 * the same plan.  Nothing here reads the database or allocates per
 * edge beyond the plan.
 */
#ifndef WERKBANK_ASSIGN_H
#define WERKBANK_ASSIGN_H

#include <stddef.h>
#include <stdint.h>

/*
 * The largest weight: sums along the paths of a plan of up to
 * ASSIGN_SLOTS_MAX slots stay far from overflowing int64_t.
 */
#define ASSIGN_WEIGHT_MAX	((int64_t)1 << 44)
#define ASSIGN_SLOTS_MAX	((size_t)1 << 17)

/* The graph, owned by the caller.  Left node i's edges are
 * first[i] .. first[i + 1] - 1; no two edges of a node go to the same
 * right node.  Edges of weight <= 0 are never taken. */
struct assign_graph {
	size_t		 nleft, nright;
	const int	*left_cap;	/* nleft, >= 0 */
	const int	*right_cap;	/* nright, >= 0 */
	const size_t	*first;		/* nleft + 1 */
	const uint32_t	*right;		/* per edge: its right node */
	const int64_t	*weight;	/* per edge, <= ASSIGN_WEIGHT_MAX */
};

/* The plan.  Free with assign_plan_clear (accepts a cleared plan). */
struct assign_plan {
	unsigned char	*chosen;	/* per edge: 1 when in the plan */
	int64_t		 total;		/* the sum of the chosen weights */
	int64_t		*u;		/* nleft: the dual of each left node */
	int64_t		*p;		/* nright: of each right node */
};

/*
 * Solve.  0, or -1 (nothing allocated) when a weight or the number of
 * slots is out of range.  *plan is overwritten.
 */
int	assign_solve(const struct assign_graph *, struct assign_plan *plan);
void	assign_plan_clear(struct assign_plan *);

#endif
