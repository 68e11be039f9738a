/*
 * assign.c: a maximum weight b-matching by successive shortest paths
 * (assign.h).  Written for the slate: a few thousand left nodes with
 * short lists of edges, so each search from a new slot usually ends
 * after a handful of nodes.
 *
 * Nodes: left 0 .. L-1, right L .. L+R-1, the sink T = L+R.  Residual
 * edges: left -> right (cost -weight) while the pair is not chosen;
 * right -> left (cost +weight) while it is; left -> T ("nobody", cost
 * 0) always (a left node is searched from only while it has a slot
 * free, or after giving one of its pairs up); right -> T (0) while the
 * right node has room.  Reduced costs c + pot[a] - pot[b] stay >= 0:
 * they start so (pot 0 on the left, minus the best weight into each
 * right node, minus the best weight of all at T) and after each search
 * every node settled at distance d <= D (D the sink's) moves by d - D,
 * which keeps them so and makes the path found cost 0 (the classic
 * early-stopping update of the Hungarian method).
 */
#include "werkbank/assign.h"

#include <stdlib.h>
#include <string.h>

#include "werkbank/xmalloc.h"

#define INF	INT64_MAX
#define NONE	UINT32_MAX

struct hitem {
	int64_t		d;
	uint32_t	node;
};

struct solver {
	const struct assign_graph *g;
	size_t		 L, R, T, N;
	uint32_t	*left_of;	/* per edge */
	uint32_t	*next_chosen;	/* per edge: the right node's list */
	uint32_t	*head;		/* per right node: its chosen edges */
	int		*used;		/* per right node */
	int64_t		*pot, *dist;
	uint32_t	*prev;		/* node before, NONE */
	uint32_t	*prev_edge;	/* edge used, NONE for "nobody"/room */
	unsigned char	*done;
	uint32_t	*touched;
	size_t		 ntouched;
	struct hitem	*heap;
	size_t		 nheap, heapcap;
	unsigned char	*chosen;
};

static int
hless(const struct hitem *a, const struct hitem *b)
{
	return a->d < b->d || (a->d == b->d && a->node < b->node);
}

static void
hpush(struct solver *s, int64_t d, uint32_t node)
{
	struct hitem	it = { d, node };
	size_t		i;

	if (s->nheap == s->heapcap) {
		s->heapcap = s->heapcap ? 2 * s->heapcap : 64;
		s->heap = xreallocarray(s->heap, s->heapcap, sizeof(*s->heap));
	}
	i = s->nheap++;
	while (i > 0 && hless(&it, &s->heap[(i - 1) / 2])) {
		s->heap[i] = s->heap[(i - 1) / 2];
		i = (i - 1) / 2;
	}
	s->heap[i] = it;
}

static struct hitem
hpop(struct solver *s)
{
	struct hitem	top = s->heap[0], last = s->heap[--s->nheap];
	size_t		i = 0, c;

	while ((c = 2 * i + 1) < s->nheap) {
		if (c + 1 < s->nheap && hless(&s->heap[c + 1], &s->heap[c]))
			c++;
		if (!hless(&s->heap[c], &last))
			break;
		s->heap[i] = s->heap[c];
		i = c;
	}
	if (s->nheap > 0)
		s->heap[i] = last;
	return top;
}

static void
relax(struct solver *s, uint32_t node, int64_t d, uint32_t from,
    uint32_t edge)
{
	if (s->done[node] || d >= s->dist[node])
		return;
	if (s->dist[node] == INF)
		s->touched[s->ntouched++] = node;
	s->dist[node] = d;
	s->prev[node] = from;
	s->prev_edge[node] = edge;
	hpush(s, d, node);
}

static void
unchoose(struct solver *s, uint32_t e, uint32_t r)
{
	uint32_t	*p;

	for (p = &s->head[r]; *p != e; p = &s->next_chosen[*p])
		;
	*p = s->next_chosen[e];
	s->chosen[e] = 0;
}

static void
choose(struct solver *s, uint32_t e, uint32_t r)
{
	s->next_chosen[e] = s->head[r];
	s->head[r] = e;
	s->chosen[e] = 1;
}

/* One unit from left node v to the sink along the cheapest path. */
static void
augment_from(struct solver *s, uint32_t v)
{
	const struct assign_graph *g = s->g;
	struct hitem	 it;
	uint32_t	 u, e, r, node, T = (uint32_t)s->T;
	int64_t		 D;
	size_t		 i;

	s->nheap = 0;
	s->ntouched = 0;
	s->touched[s->ntouched++] = v;
	s->dist[v] = 0;
	s->prev[v] = NONE;
	hpush(s, 0, v);
	while (s->nheap > 0) {
		it = hpop(s);
		u = it.node;
		if (s->done[u] || it.d != s->dist[u])
			continue;
		s->done[u] = 1;
		if (u == T)
			break;
		if (u < s->L) {
			for (i = g->first[u]; i < g->first[u + 1]; i++) {
				if (s->chosen[i] || g->weight[i] <= 0)
					continue;
				node = (uint32_t)(s->L + g->right[i]);
				relax(s, node, it.d - g->weight[i] + s->pot[u] -
				    s->pot[node], u, (uint32_t)i);
			}
			relax(s, T, it.d + s->pot[u] - s->pot[T], u, NONE);
		} else {
			r = u - (uint32_t)s->L;
			if (s->used[r] < g->right_cap[r])
				relax(s, T, it.d + s->pot[u] - s->pot[T], u,
				    NONE);
			for (e = s->head[r]; e != NONE; e = s->next_chosen[e])
				relax(s, s->left_of[e], it.d + g->weight[e] +
				    s->pot[u] - s->pot[s->left_of[e]], u, e);
		}
	}

	/* The path, backwards from the sink. */
	node = T;
	u = s->prev[T];
	if (u >= s->L)
		s->used[u - s->L]++;
	for (node = u; node != v; node = s->prev[node]) {
		e = s->prev_edge[node];
		if (node >= s->L)	/* reached forwards: now chosen */
			choose(s, e, node - (uint32_t)s->L);
		else			/* reached backwards: given up */
			unchoose(s, e, s->prev[node] - (uint32_t)s->L);
	}

	D = s->dist[T];
	for (i = 0; i < s->ntouched; i++) {
		node = s->touched[i];
		if (s->done[node] && node != T)
			s->pot[node] += s->dist[node] - D;
		s->dist[node] = INF;
		s->done[node] = 0;
	}
}

static int
check(const struct assign_graph *g)
{
	size_t	i, slots = 0;

	for (i = 0; i < g->nleft; i++) {
		if (g->left_cap[i] < 0)
			return -1;
		slots += (size_t)g->left_cap[i];
		if (slots > ASSIGN_SLOTS_MAX)
			return -1;
	}
	for (i = 0; i < g->nright; i++)
		if (g->right_cap[i] < 0)
			return -1;
	for (i = 0; i < g->first[g->nleft]; i++)
		if (g->weight[i] > ASSIGN_WEIGHT_MAX || g->right[i] >= g->nright)
			return -1;
	return g->nleft + g->nright + 1 < NONE &&
	    g->first[g->nleft] < NONE ? 0 : -1;
}

int
assign_solve(const struct assign_graph *g, struct assign_plan *plan)
{
	struct solver	 s;
	size_t		 ne, i, e;
	int64_t		 wmax = 0, w;
	int		 k;

	memset(plan, 0, sizeof(*plan));
	if (check(g) != 0)
		return -1;
	ne = g->first[g->nleft];
	memset(&s, 0, sizeof(s));
	s.g = g;
	s.L = g->nleft;
	s.R = g->nright;
	s.T = s.L + s.R;
	s.N = s.T + 1;
	s.left_of = xcalloc(ne + 1, sizeof(*s.left_of));
	s.next_chosen = xcalloc(ne + 1, sizeof(*s.next_chosen));
	s.head = xcalloc(s.R + 1, sizeof(*s.head));
	s.used = xcalloc(s.R + 1, sizeof(*s.used));
	s.pot = xcalloc(s.N, sizeof(*s.pot));
	s.dist = xcalloc(s.N, sizeof(*s.dist));
	s.prev = xcalloc(s.N, sizeof(*s.prev));
	s.prev_edge = xcalloc(s.N, sizeof(*s.prev_edge));
	s.done = xcalloc(s.N, 1);
	s.touched = xcalloc(s.N, sizeof(*s.touched));
	s.chosen = xcalloc(ne + 1, 1);
	for (i = 0; i < s.R; i++)
		s.head[i] = NONE;
	for (i = 0; i < s.N; i++)
		s.dist[i] = INF;

	/* Potentials that make every reduced cost non-negative. */
	for (i = 0; i < s.L; i++)
		for (e = g->first[i]; e < g->first[i + 1]; e++) {
			s.left_of[e] = (uint32_t)i;
			if ((w = g->weight[e]) <= 0)
				continue;
			if (w > wmax)
				wmax = w;
			if (-w < s.pot[s.L + g->right[e]])
				s.pot[s.L + g->right[e]] = -w;
		}
	s.pot[s.T] = -wmax;

	for (i = 0; i < s.L; i++)
		for (k = 0; k < g->left_cap[i]; k++)
			augment_from(&s, (uint32_t)i);

	plan->chosen = s.chosen;
	plan->u = xcalloc(s.L + 1, sizeof(*plan->u));
	plan->p = xcalloc(s.R + 1, sizeof(*plan->p));
	for (e = 0; e < ne; e++)
		if (s.chosen[e])
			plan->total += g->weight[e];
	/*
	 * A node without room is bound by nothing: any dual will do, and
	 * the largest weight bounds its edges.
	 */
	for (i = 0; i < s.L; i++)
		plan->u[i] = g->left_cap[i] == 0 ? wmax :
		    s.pot[i] - s.pot[s.T] > 0 ? s.pot[i] - s.pot[s.T] : 0;
	for (i = 0; i < s.R; i++)
		plan->p[i] = g->right_cap[i] == 0 ? wmax :
		    s.pot[s.T] - s.pot[s.L + i] > 0 ? s.pot[s.T] -
		    s.pot[s.L + i] : 0;

	free(s.left_of);
	free(s.next_chosen);
	free(s.head);
	free(s.used);
	free(s.pot);
	free(s.dist);
	free(s.prev);
	free(s.prev_edge);
	free(s.done);
	free(s.touched);
	free(s.heap);
	return 0;
}

void
assign_plan_clear(struct assign_plan *plan)
{
	if (plan == NULL)
		return;
	free(plan->chosen);
	free(plan->u);
	free(plan->p);
	memset(plan, 0, sizeof(*plan));
}
