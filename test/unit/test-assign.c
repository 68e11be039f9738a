/*
 * test-assign.c: the slate's optimiser (assign.h) against brute force.
 * Hundreds of small random instances (capacities 0-3 on both sides,
 * sparse and dense, equal weights on purpose): the plan respects every
 * capacity, its total is the best any plan can reach (every subset of
 * edges tried), and the duals it returns bound every edge, which is
 * what lets slate.c prove a plan from short lists optimal.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/assign.h"

#define MAXL	6
#define MAXR	6
#define MAXE	14

struct inst {
	size_t		 nl, nr, ne;
	int		 lcap[MAXL], rcap[MAXR];
	size_t		 first[MAXL + 1];
	uint32_t	 right[MAXE];
	int64_t		 w[MAXE];
};

static uint64_t	rng = 88172645463325252ull;

static uint32_t
rnd(uint32_t n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (uint32_t)(rng % n);
}

static void
make(struct inst *in, int dense, int few_weights)
{
	size_t	i, j;

	memset(in, 0, sizeof(*in));
	in->nl = 1 + rnd(MAXL);
	in->nr = 1 + rnd(MAXR);
	for (i = 0; i < in->nl; i++)
		in->lcap[i] = (int)rnd(4);
	for (j = 0; j < in->nr; j++)
		in->rcap[j] = (int)rnd(4);
	for (i = 0; i < in->nl; i++) {
		in->first[i] = in->ne;
		for (j = 0; j < in->nr && in->ne < MAXE; j++) {
			if (rnd(100) >= (uint32_t)(dense ? 70 : 35))
				continue;
			in->right[in->ne] = (uint32_t)j;
			/* Few distinct weights make many equal plans. */
			in->w[in->ne] = few_weights ? 1 + rnd(3) :
			    (int64_t)rnd(1000) - 50;
			in->ne++;
		}
	}
	in->first[in->nl] = in->ne;
}

static int64_t
brute(const struct inst *in)
{
	int64_t		best = 0, sum;
	uint32_t	mask, e;
	int		lu[MAXL], ru[MAXR];
	size_t		i;

	for (mask = 0; mask < (1u << in->ne); mask++) {
		memset(lu, 0, sizeof(lu));
		memset(ru, 0, sizeof(ru));
		sum = 0;
		for (i = 0; i < in->nl; i++)
			for (e = (uint32_t)in->first[i]; e < in->first[i + 1];
			    e++)
				if (mask & (1u << e)) {
					lu[i]++;
					ru[in->right[e]]++;
					sum += in->w[e];
				}
		for (i = 0; i < in->nl && lu[i] <= in->lcap[i]; i++)
			;
		if (i < in->nl)
			continue;
		for (i = 0; i < in->nr && ru[i] <= in->rcap[i]; i++)
			;
		if (i == in->nr && sum > best)
			best = sum;
	}
	return best;
}

static void
solve_and_check(const struct inst *in, int n)
{
	struct assign_graph	g = { in->nl, in->nr, in->lcap, in->rcap,
				    in->first, in->right, in->w };
	struct assign_plan	p;
	int			lu[MAXL] = { 0 }, ru[MAXR] = { 0 };
	int64_t			sum = 0, want;
	size_t			i, e;

	assert_int_equal(assign_solve(&g, &p), 0);
	for (i = 0; i < in->nl; i++)
		for (e = in->first[i]; e < in->first[i + 1]; e++) {
			/*
			 * Duals: u + p >= the weight of every edge left
			 * out, <= that of every edge taken (complementary
			 * slackness; the bound x <= 1 takes the rest).
			 */
			if (!p.chosen[e]) {
				if (p.u[i] + p.p[in->right[e]] < in->w[e])
					fail_msg("instance %d: edge %zu left "
					    "out, weight %lld above u %lld + "
					    "p %lld", n, e, (long long)in->w[e],
					    (long long)p.u[i],
					    (long long)p.p[in->right[e]]);
				continue;
			}
			if (p.u[i] + p.p[in->right[e]] > in->w[e])
				fail_msg("instance %d: edge %zu taken, weight "
				    "%lld below u %lld + p %lld", n, e,
				    (long long)in->w[e], (long long)p.u[i],
				    (long long)p.p[in->right[e]]);
			assert_true(in->w[e] > 0);
			lu[i]++;
			ru[in->right[e]]++;
			sum += in->w[e];
		}
	for (i = 0; i < in->nl; i++) {
		assert_true(lu[i] <= in->lcap[i]);
		assert_true(p.u[i] >= 0);
	}
	for (i = 0; i < in->nr; i++) {
		assert_true(ru[i] <= in->rcap[i]);
		assert_true(p.p[i] >= 0);
	}
	assert_int_equal(sum, p.total);
	want = brute(in);
	if (sum != want)
		fail_msg("instance %d: plan %lld, brute force %lld", n,
		    (long long)sum, (long long)want);
	assign_plan_clear(&p);
}

static void
test_brute_force(void **state)
{
	struct inst	in;
	int		n;

	(void)state;
	for (n = 0; n < 600; n++) {
		make(&in, n % 2, n % 3 == 0);
		solve_and_check(&in, n);
	}
}

/* The same graph always gives the same plan, pair for pair. */
static void
test_deterministic(void **state)
{
	struct inst		in;
	struct assign_plan	a, b;
	int			n;

	(void)state;
	for (n = 0; n < 100; n++) {
		make(&in, 1, 1);
		struct assign_graph g = { in.nl, in.nr, in.lcap, in.rcap,
		    in.first, in.right, in.w };

		assert_int_equal(assign_solve(&g, &a), 0);
		assert_int_equal(assign_solve(&g, &b), 0);
		assert_memory_equal(a.chosen, b.chosen, in.ne ? in.ne : 1);
		assign_plan_clear(&a);
		assign_plan_clear(&b);
	}
}

/*
 * Greedy is not enough: v0 takes c0 (10) greedily and leaves v1 with
 * nobody (c0 is v1's only candidate); the best plan is v0-c1 (9) and
 * v1-c0 (8).
 */
static void
test_not_greedy(void **state)
{
	static const int	lcap[2] = { 1, 1 }, rcap[2] = { 1, 1 };
	static const size_t	first[3] = { 0, 2, 3 };
	static const uint32_t	right[3] = { 0, 1, 0 };
	static const int64_t	w[3] = { 10, 9, 8 };
	struct assign_graph	g = { 2, 2, lcap, rcap, first, right, w };
	struct assign_plan	p;

	(void)state;
	assert_int_equal(assign_solve(&g, &p), 0);
	assert_int_equal(p.total, 17);
	assert_false(p.chosen[0]);
	assert_true(p.chosen[1]);
	assert_true(p.chosen[2]);
	assign_plan_clear(&p);
	assign_plan_clear(&p);		/* a cleared plan is fine */
}

static void
test_refuses(void **state)
{
	static const int	lcap[1] = { 1 }, rcap[1] = { 1 };
	static const size_t	first[2] = { 0, 1 };
	static const uint32_t	right[1] = { 0 };
	int64_t			w[1] = { ASSIGN_WEIGHT_MAX + 1 };
	struct assign_graph	g = { 1, 1, lcap, rcap, first, right, w };
	struct assign_plan	p;

	(void)state;
	assert_int_equal(assign_solve(&g, &p), -1);
	assert_null(p.chosen);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_brute_force),
		cmocka_unit_test(test_deterministic),
		cmocka_unit_test(test_not_greedy),
		cmocka_unit_test(test_refuses),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
