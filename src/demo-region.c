/*
 * demo-region.c: the partnership and the labour market of the demo
 * region: the partners, the team's users, the employers (where the
 * businesses are, with believable names, each once per PC4) and the
 * vacancies they post over two years, with how each one ends.
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/date.h"
#include "werkbank/i18n.h"
#include "werkbank/xmalloc.h"

#include "demo-internal.h"

/* The partners, in the order of enum demo_partner. */
static const struct {
	const char	*code, *name, *kind, *muni;
} partners[P_COUNT] = {
	{ "MEP", "Gemeente Meppel", "gemeente", "0119" },
	{ "STA", "Gemeente Staphorst", "gemeente", "0180" },
	{ "STW", "Gemeente Steenwijkerland", "gemeente", "1708" },
	{ "WES", "Gemeente Westerveld", "gemeente", "1701" },
	{ "UWV", "UWV", "uwv", NULL },
	{ "NWG", "NoordWestGroep", "sw_bedrijf", "1708" },
	{ "RST", "Reestmond", "sw_bedrijf", "0119" },
};

/* Where the businesses are, and how many. */
static const struct {
	const char	*place;
	int		 weight;
} business[] = {
	{ "Meppel", 30 }, { "Steenwijk", 18 }, { "Staphorst", 10 },
	{ "Havelte", 4 }, { "Dwingeloo", 4 }, { "Diever", 3 },
	{ "Vollenhove", 4 }, { "Nijeveen", 3 }, { "Rouveen", 4 },
	{ "Giethoorn", 2 }, { "Oldemarkt", 2 }, { "Vledder", 2 },
	{ "IJhorst", 1 }, { "Uffelte", 1 }, { "Wanneperveen", 1 },
	{ "Zwolle", 6 }, { "Hoogeveen", 5 },
};

/* vacancy.status by enum demo_vac_status; vacancy_demand by DEMAND_ bit. */
static const char *const vac_status_names[] = {
	"open", "on_hold", "vervuld", "ingetrokken", "verlopen",
};
static const char *const demand_names[] = {
	"zwaar_tillen", "lang_staan", "nachtdienst", "klantcontact", "druk",
};

enum wb_status
demo_partners_write(struct demo_ctx *ctx)
{
	struct demo_batch	*b = &ctx->batch[ST_PARTNER];
	enum wb_status	 st;
	int		 i;

	for (i = 0; i < P_COUNT; i++) {
		demo_put_int(b, i + 1);
		demo_put_text(b, partners[i].code);
		demo_put_text(b, partners[i].name);
		demo_put_text(b, partners[i].kind);
		demo_put_text(b, partners[i].muni);
		demo_put_stamp(b, ctx->today - 800, 8 * 3600);
		demo_put_stamp(b, ctx->today - 800, 8 * 3600);
		if ((st = demo_row(ctx, ST_PARTNER)) != WB_OK)
			return st;
	}
	return WB_OK;
}

/* The team: per partner and role, recruiters and account managers times
 * the square root of the scale. */
static const struct {
	int	partner, role, count;
} roster[] = {
	{ P_UWV, ROLE_COORDINATOR, 1 },
	{ P_UWV, ROLE_RECRUITER, 2 },
	{ P_UWV, ROLE_ACCOUNTMANAGER, 1 },
	{ P_MEP, ROLE_RECRUITER, 2 },
	{ P_MEP, ROLE_ACCOUNTMANAGER, 1 },
	{ P_MEP, ROLE_VIEWER, 1 },
	{ P_STA, ROLE_RECRUITER, 1 },
	{ P_STA, ROLE_ACCOUNTMANAGER, 1 },
	{ P_STW, ROLE_RECRUITER, 2 },
	{ P_STW, ROLE_ACCOUNTMANAGER, 1 },
	{ P_WES, ROLE_RECRUITER, 1 },
	{ P_NWG, ROLE_RECRUITER, 1 },
	{ P_NWG, ROLE_ACCOUNTMANAGER, 1 },
	{ P_RST, ROLE_RECRUITER, 1 },
	{ P_RST, ROLE_ACCOUNTMANAGER, 1 },
};

static const char *const role_names[] = {
	"coordinator", "recruiter", "accountmanager", "viewer",
};

static int
login_taken(const struct demo_ctx *ctx, int n, const char *login)
{
	int	i;

	for (i = 0; i < n; i++)
		if (strcmp(ctx->user[i].login, login) == 0)
			return 1;
	return 0;
}

/* A short lower-case login: the first name, then with an initial. */
static void
make_login(struct demo_ctx *ctx, int n, const char *first, const char *last)
{
	char		*login = ctx->user[n].login;
	const char	*p;
	size_t		 len = 0;
	int		 k;

	for (p = first; *p != '\0' && len < 20; p++)
		if (isalpha((unsigned char)*p))
			login[len++] = tolower((unsigned char)*p);
	login[len] = '\0';
	if (!login_taken(ctx, n, login))
		return;
	for (p = last; *p != '\0' && !isupper((unsigned char)*p); p++)
		;
	if (*p != '\0') {
		login[len++] = tolower((unsigned char)*p);
		login[len] = '\0';
		if (!login_taken(ctx, n, login))
			return;
	}
	for (k = 2; ; k++) {
		snprintf(login + len, sizeof(ctx->user[n].login) - len, "%d",
		    k);
		if (!login_taken(ctx, n, login))
			return;
	}
}

/*
 * A team member's work phone and e-mail (the contact on the profiles
 * they write): a mobile number and first.last at the team's domain,
 * which is reserved for examples and reaches nobody.
 */
static void
work_contact(struct demo_ctx *ctx, int n, const char *first,
    const char *last, struct demo_batch *b)
{
	struct demo_rng	 r;
	char		 phone[16], email[96];
	const char	*p;
	size_t		 o = 0;

	demo_rng_seed(&r, ctx->seed, 'T', n);
	snprintf(phone, sizeof(phone), "06-%08d", 10000000 +
	    demo_rng_below(&r, 90000000));
	for (p = first; *p != '\0' && o + 1 < sizeof(email); p++)
		if (isalpha((unsigned char)*p))
			email[o++] = (char)tolower((unsigned char)*p);
	if (o + 1 < sizeof(email))
		email[o++] = '.';
	for (p = last; *p != '\0' && o + 1 < sizeof(email); p++)
		if (isalpha((unsigned char)*p))
			email[o++] = (char)tolower((unsigned char)*p);
	snprintf(email + o, sizeof(email) - o, "@werkgeversteam.example");
	demo_put_text(b, phone);
	demo_put_text(b, email);
}

enum wb_status
demo_users_create(struct demo_ctx *ctx)
{
	struct demo_batch	*b = &ctx->batch[ST_USER];
	struct demo_rng	 r;
	struct demo_user *u;
	enum wb_status	 st;
	const char	*first, *last;
	size_t		 i;
	int		 m, k, n, total = 0;

	m = (int)ceil(sqrt((double)ctx->scale));
	for (i = 0; i < sizeof(roster) / sizeof(roster[0]); i++)
		total += roster[i].role == ROLE_RECRUITER ||
		    roster[i].role == ROLE_ACCOUNTMANAGER ?
		    roster[i].count * m : roster[i].count;
	ctx->user = xcalloc(total, sizeof(*ctx->user));
	for (i = 0, n = 0; i < sizeof(roster) / sizeof(roster[0]); i++) {
		k = roster[i].role == ROLE_RECRUITER ||
		    roster[i].role == ROLE_ACCOUNTMANAGER ?
		    roster[i].count * m : roster[i].count;
		for (; k > 0; k--, n++) {
			u = &ctx->user[n];
			demo_rng_seed(&r, ctx->seed, 'U', n);
			first = ctx->first[0].v[demo_rng_below(&r,
			    ctx->first[0].n)];
			last = ctx->last[0].v[demo_rng_below(&r,
			    ctx->last[0].n)];
			u->partner = roster[i].partner;
			u->role = roster[i].role;
			snprintf(u->name, sizeof(u->name), "%s %s", first,
			    last);
			make_login(ctx, n, first, last);
			if (u->role == ROLE_RECRUITER) {
				ctx->rec[u->partner] = xreallocarray(
				    ctx->rec[u->partner],
				    ctx->nrec[u->partner] + 1, sizeof(int));
				ctx->rec[u->partner][ctx->nrec[u->partner]++] =
				    n;
			} else if (u->role == ROLE_ACCOUNTMANAGER) {
				ctx->am[u->partner] = xreallocarray(
				    ctx->am[u->partner],
				    ctx->nam[u->partner] + 1, sizeof(int));
				ctx->am[u->partner][ctx->nam[u->partner]++] = n;
			}
			demo_put_int(b, n + 1);
			demo_put_text(b, u->login);
			demo_put_text(b, u->name);
			demo_put_int(b, u->partner + 1);
			demo_put_text(b, role_names[u->role]);
			demo_put_stamp(b, ctx->today - 800, 8 * 3600 +
			    n * 60);
			work_contact(ctx, n, first, last, b);
			if ((st = demo_row(ctx, ST_USER)) != WB_OK)
				return st;
		}
	}
	ctx->nuser = n;
	return WB_OK;
}

static int
partner_of_muni(const char *muni)
{
	int	i;

	for (i = 0; i < P_UWV; i++)
		if (strcmp(muni, partners[i].muni) == 0)
			return i;
	return P_UWV;
}

/* An account manager of the partner, else one of UWV's. */
static int
am_of(const struct demo_ctx *ctx, struct demo_rng *r, int partner)
{
	int	p;

	if (ctx->nam[partner] > 0)
		return ctx->am[partner][demo_rng_below(r, ctx->nam[partner])];
	for (p = P_UWV; p < P_UWV + P_COUNT; p++)
		if (ctx->nam[p % P_COUNT] > 0)
			return ctx->am[p % P_COUNT][demo_rng_below(r,
			    ctx->nam[p % P_COUNT])];
	return -1;
}

/*
 * "Bakkerij De Vries": a surname with its tussenvoegsel capitalised;
 * mostly Dutch, of any origin where the kind of business allows.
 */
static const char *
surname(const struct demo_ctx *ctx, struct demo_rng *r, int any, char *buf,
    size_t size)
{
	const struct demo_list	*l;

	l = &ctx->last[any && demo_rng_pct(r, 25) ? 1 : 0];
	snprintf(buf, size, "%s", l->v[demo_rng_below(r, l->n)]);
	if (buf[0] >= 'a' && buf[0] <= 'z')
		buf[0] -= 'a' - 'A';
	return buf;
}

/* A suffix that suits the name made by pattern, or NULL. */
static const char *
suffix_for(const struct demo_ctx *ctx, struct demo_rng *r,
    const struct demo_emp *e, int pattern, const char *name)
{
	const struct demo_kind	*k = &demo_kinds[e->kind];
	const struct demo_list	*l;
	int			 ok[4], n = 0, i;

	/* "& Zn" and VOF go with a family name, "Groep" with size. */
	ok[SUF_ANY] = e->size >= 1;
	ok[SUF_SMALL] = e->size <= 1 && (pattern == KN_SURNAME ||
	    pattern == KN_SUR_POST);
	ok[SUF_FAMILY] = e->size <= 2 && pattern == KN_SURNAME;
	ok[SUF_BIG] = e->size >= 3 && (k->names & KN_GROUP) &&
	    (pattern == KN_SUR_POST || pattern == KN_BRAND_POST) &&
	    strstr(name, "groep") == NULL && strstr(name, "Groep") == NULL;
	for (i = 0; i < 4; i++)
		n += ok[i] = ok[i] && ctx->emp_suffix[i].n > 0;
	if (n == 0)
		return NULL;
	for (i = 0, n = demo_rng_below(r, n); !ok[i] || n-- > 0; i++)
		;
	l = &ctx->emp_suffix[i];
	return l->v[demo_rng_below(r, l->n)];
}

/*
 * A name as the kind of business is named: "Camping Rozema", "Hotel
 * Giethoorn", "Zorggroep Reestdal", "Mulder Transport", "A28 Logistics";
 * sometimes with a suffix that fits ("Bakkerij Jansen & Zn").
 */
static void
employer_name(const struct demo_ctx *ctx, struct demo_rng *r,
    const struct demo_emp *e, char *buf, size_t size)
{
	static const int	 pattern_w[5] = { 35, 12, 18, 20, 15 };
	const struct demo_kind	*k = &demo_kinds[e->kind];
	const struct demo_list	*bl = &ctx->emp_brand[k->sector];
	const char		*brand = bl->v[demo_rng_below(r, bl->n)];
	const char		*suffix;
	char			 sur[64];
	size_t			 n;
	int			 w[5], i, pattern;

	for (i = 0; i < 5; i++)
		w[i] = (k->names & (1 << i)) && ((1 << i) == KN_SUR_POST ||
		    (1 << i) == KN_BRAND_POST ? k->post : k->pre) != NULL ?
		    pattern_w[i] : 0;
	if (w[0] + w[1] + w[2] + w[3] + w[4] == 0)
		w[2] = 1;
	pattern = 1 << demo_rng_pick(r, w, 5);
	switch (pattern) {
	case KN_SURNAME:
		snprintf(buf, size, "%s %s", k->pre, surname(ctx, r,
		    k->names & KN_ANY_SURNAME, sur, sizeof(sur)));
		break;
	case KN_PLACE:
		snprintf(buf, size, "%s %s", k->pre, ctx->place[e->place].name);
		break;
	case KN_SUR_POST:
		snprintf(buf, size, "%s %s", surname(ctx, r,
		    k->names & KN_ANY_SURNAME, sur, sizeof(sur)), k->post);
		break;
	case KN_BRAND_POST:
		snprintf(buf, size, "%s %s", brand, k->post);
		break;
	default:
		snprintf(buf, size, "%s %s", k->pre != NULL ? k->pre : k->post,
		    brand);
		break;
	}
	if (demo_rng_pct(r, 30) && (suffix = suffix_for(ctx, r, e, pattern,
	    buf)) != NULL) {
		n = strlen(buf);
		snprintf(buf + n, size - n, " %s", suffix);
	}
}

/* Lower case, blanks folded to one space, none at the ends. */
static void
name_key(const char *name, char *key, size_t size)
{
	size_t	n = 0;
	int	space = 0;

	for (; *name != '\0' && n + 2 < size; name++) {
		if (*name == ' ' || *name == '\t') {
			space = n > 0;
			continue;
		}
		if (space)
			key[n++] = ' ';
		space = 0;
		key[n++] = *name >= 'A' && *name <= 'Z' ? *name + ('a' - 'A') :
		    *name;
	}
	key[n] = '\0';
}

/* Adds the key to the set; 0 when it was there already. */
static int
key_add(uint64_t *set, size_t mask, const char *key, const char *pc4)
{
	uint64_t	h = 1469598103934665603ULL;
	const char	*p;
	size_t		 i;

	for (p = key; *p != '\0'; p++)
		h = (h ^ (unsigned char)*p) * 1099511628211ULL;
	for (p = pc4, h ^= '|'; *p != '\0'; p++)
		h = (h ^ (unsigned char)*p) * 1099511628211ULL;
	h += h == 0;
	for (i = h & mask; set[i] != 0; i = (i + 1) & mask)
		if (set[i] == h)
			return 0;
	set[i] = h;
	return 1;
}

/* A kind of business of the sector, by how common each is. */
static int
pick_kind(struct demo_rng *r, int sector)
{
	int	k, total = 0, u;

	for (k = 0; k < demo_nkind; k++)
		if (demo_kinds[k].sector == sector)
			total += demo_kinds[k].weight;
	u = demo_rng_below(r, total > 0 ? total : 1);
	for (k = 0; k < demo_nkind; k++) {
		if (demo_kinds[k].sector != sector)
			continue;
		if (u < demo_kinds[k].weight)
			return k;
		u -= demo_kinds[k].weight;
	}
	return 0;
}

enum wb_status
demo_employers_create(struct demo_ctx *ctx)
{
	static const int sector_w[SEC_COUNT] = { 18, 13, 9, 12, 17, 13, 7,
		8, 5 };
	/* Sizes 0 .. 4 (1, 2, 4, 8, 16 vacancies' worth) by how big. */
	static const int size_w[3][5] = { { 60, 28, 10, 2, 0 },
		{ 40, 30, 20, 8, 2 }, { 15, 25, 30, 20, 10 } };
	struct demo_batch	*b = &ctx->batch[ST_EMPLOYER];
	struct demo_rng	 r;
	struct demo_emp	*e;
	enum wb_status	 st = WB_OK;
	uint64_t	*set;
	size_t		 mask;
	double		 cum = 0;
	char		 name[160], key[160], ref[16];
	int		 bplace[sizeof(business) / sizeof(business[0])];
	int		 bw[sizeof(business) / sizeof(business[0])];
	int		 i, j, k, nb = 0, tries, day, secs;
	int		 refno[P_COUNT] = { 0 };

	for (i = 0; i < (int)(sizeof(business) / sizeof(business[0])); i++)
		for (j = 0; j < ctx->nplace; j++)
			if (strcmp(ctx->place[j].name, business[i].place) ==
			    0 && ctx->place[j].count > 0) {
				bplace[nb] = j;
				bw[nb++] = business[i].weight;
				break;
			}
	if (nb == 0)
		return db_set_error(ctx->db, WB_INVALID,
		    _("the demo region has no PC4 in the pc4 table"));
	ctx->nemp = 150 * ctx->scale;
	ctx->emp = xcalloc(ctx->nemp, sizeof(*ctx->emp));
	for (mask = 1; mask < (size_t)ctx->nemp * 4; mask <<= 1)
		;
	set = xcalloc(mask--, sizeof(*set));
	for (i = 0; i < ctx->nemp && st == WB_OK; i++) {
		e = &ctx->emp[i];
		demo_rng_seed(&r, ctx->seed, 'E', i);
		k = demo_rng_pick(&r, bw, nb);
		e->place = bplace[k];
		e->pc4 = ctx->place_pc4[ctx->place[e->place].first +
		    demo_rng_below(&r, ctx->place[e->place].count)];
		e->kind = pick_kind(&r, demo_rng_pick(&r, sector_w,
		    SEC_COUNT));
		e->partner = partner_of_muni(ctx->pc4[e->pc4].muni);
		if (demo_rng_pct(&r, 12))
			e->partner = P_UWV;
		else if (demo_rng_pct(&r, 9))
			e->partner = e->partner == P_STW ? P_NWG : P_RST;
		e->am = am_of(ctx, &r, e->partner);
		e->size = demo_rng_pick(&r, size_w[demo_kinds[e->kind].big], 5);
		cum += 1 << e->size;
		e->cum = cum;
		for (tries = 0; ; tries++) {
			employer_name(ctx, &r, e, name, sizeof(name));
			if (tries >= 20)
				snprintf(name + strlen(name), sizeof(name) -
				    strlen(name), " %d", tries - 18);
			name_key(name, key, sizeof(key));
			if (key_add(set, mask, key, ctx->pc4[e->pc4].code))
				break;
		}
		snprintf(ref, sizeof(ref), "W%05d", ++refno[e->partner]);
		demo_put_int(b, i + 1);
		demo_put_text(b, name);
		demo_put_text(b, key);
		demo_put_text(b, ctx->pc4[e->pc4].code);
		demo_put_int(b, e->partner + 1);
		demo_put_text(b, demo_rng_pct(&r, 70) ? ref : NULL);
		demo_put_int(b, e->am + 1);
		demo_put_text(b, demo_sector_names[demo_kinds[e->kind].sector]);
		day = ctx->today - demo_rng_range(&r, 400, 1000);
		secs = 8 * 3600 + demo_rng_below(&r, 9 * 3600);
		demo_put_stamp(b, day, secs);
		demo_put_stamp(b, day, secs);
		st = demo_row(ctx, ST_EMPLOYER);
	}
	free(set);
	return st;
}

static int
pick_employer(const struct demo_ctx *ctx, struct demo_rng *r)
{
	double	u = demo_rng_unit(r) * ctx->emp[ctx->nemp - 1].cum;
	int	lo = 0, hi = ctx->nemp - 1, mid;

	/* Large employers post more, but most employers post now and then. */
	if (demo_rng_pct(r, 30))
		return demo_rng_below(r, ctx->nemp);
	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (ctx->emp[mid].cum > u)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

/*
 * How a vacancy ends, as they do here: most are filled within weeks to
 * a few months, some withdrawn; one whose deadline passes unfilled
 * expires on it, and of those without a deadline that nothing comes of,
 * the employer withdraws them after three to six months.  One that has
 * not ended by today is open (a few on hold), so the open vacancies are
 * days to a few months old.
 */
static void
vacancy_fate(struct demo_ctx *ctx, struct demo_rng *r, struct demo_vac *v)
{
	int	u = demo_rng_below(r, 100), fate, end, c = v->collected;

	if (demo_rng_pct(r, 40))
		v->deadline = c + demo_rng_range(r, 35, 90);
	if (u < 70) {
		fate = VS_VERVULD;
		end = c + 10 + demo_rng_below(r, 40) + demo_rng_below(r, 50) +
		    (demo_rng_pct(r, 10) ? demo_rng_below(r, 60) : 0);
	} else if (u < 84) {
		fate = VS_INGETROKKEN;
		end = c + demo_rng_range(r, 14, 100);
	} else {
		fate = VS_INGETROKKEN;
		end = c + demo_rng_range(r, 90, 180);
	}
	if (v->deadline > 0 && end > v->deadline) {
		fate = VS_VERLOPEN;
		end = v->deadline;
	}
	if (end > ctx->today) {
		/* On hold after a while: the employer hesitates. */
		v->status = demo_rng_pct(r, 90) || ctx->today - c < 14 ?
		    VS_OPEN : VS_ON_HOLD;
		v->closed = 0;
	} else {
		v->status = fate;
		v->closed = end;
	}
	if (demo_rng_pct(r, 45))
		v->start = c + demo_rng_range(r, 14, 60);
}

/* A job the employer's kind of business posts, by how often. */
static int
pick_job(const struct demo_ctx *ctx, struct demo_rng *r, int kind)
{
	const struct demo_kind	*k = &demo_kinds[kind];
	int			 w[DEMO_JOBS], j;

	for (j = 0; j < ctx->njob[kind]; j++)
		w[j] = ctx->occ_ok[ctx->job_occ[kind][j]] ? k->job[j].weight :
		    0;
	return demo_rng_pick(r, w, ctx->njob[kind]);
}

/*
 * The education asked, by the job's skill level: little for elementary
 * work (ISCO major group 9), more for operators (8), an MBO diploma for
 * trades, care and service jobs; often nothing is said.
 */
static int
pick_edu(const struct demo_ctx *ctx, struct demo_rng *r, const char *isco)
{
	/* vmbo_bb, mbo1, vmbo_kb, mbo2, mbo3 (demo_edu_keys) */
	static const int	 edu_v[] = { 3, 4, 5, 8, 9 };
	static const int	 elementary[] = { 15, 20, 5, 0, 0 };
	static const int	 operator[] = { 10, 15, 5, 25, 0 };
	static const int	 skilled[] = { 0, 0, 5, 40, 20 };
	int			 k;

	if (strcmp(isco, "5321") == 0 || strcmp(isco, "5311") == 0)
		k = demo_rng_pct(r, 70) ? 4 : 3;
	else if (isco[0] == '9')
		k = demo_rng_pct(r, 60) ? -1 : demo_rng_pick(r, elementary, 5);
	else if (isco[0] == '8')
		k = demo_rng_pct(r, 45) ? -1 : demo_rng_pick(r, operator, 5);
	else
		k = demo_rng_pct(r, 35) ? -1 : demo_rng_pick(r, skilled, 5);
	return k < 0 || !ctx->edu_ok[edu_v[k]] ? DEMO_NONE : edu_v[k];
}

void
demo_vacancies_generate(struct demo_ctx *ctx)
{
	static const int pos_v[] = { 1, 2, 3, 4, 5, 8 };
	static const int pos_w[] = { 70, 15, 8, 4, 2, 1 };
	static const int dutch_w[7] = { 0, 0, 25, 28, 7, 0, 0 };
	static const int hours[][2] = { { 32, 40 }, { 24, 32 }, { 16, 24 },
		{ 36, 40 }, { 20, 28 }, { 38, 38 }, { 12, 20 } };
	/* Full-time trades; part-time care, shops, hospitality, cleaning. */
	static const int hours_full[] = { 40, 15, 4, 25, 6, 8, 2 };
	static const int hours_part[] = { 12, 25, 25, 4, 16, 2, 16 };
	const struct demo_emp	*e;
	const struct demo_occ	*o;
	const struct demo_place	*pl;
	struct demo_vac		*v;
	struct demo_rng		 r;
	int			*days, i, k, y, m, d, y0, sec;
	int			 refno[P_COUNT][8];

	memset(refno, 0, sizeof(refno));
	date_to_ymd(ctx->today - 740, &y0, &m, &d);
	ctx->nvac = 250 * ctx->scale;
	ctx->vac = xcalloc(ctx->nvac, sizeof(*ctx->vac));
	days = xreallocarray(NULL, ctx->nvac, sizeof(*days));
	demo_spread_days(ctx->today - 730, ctx->today, ctx->nvac, 2.5, days);
	for (i = 0; i < ctx->nvac; i++) {
		v = &ctx->vac[i];
		demo_rng_seed(&r, ctx->seed, 'V', i);
		v->collected = days[i];
		v->employer = pick_employer(ctx, &r);
		e = &ctx->emp[v->employer];
		v->job = pick_job(ctx, &r, e->kind);
		v->occ = ctx->job_occ[e->kind][v->job];
		o = &demo_occs[v->occ];
		sec = demo_kinds[e->kind].sector;
		pl = &ctx->place[e->place];
		v->pc4 = demo_rng_pct(&r, 85) ? e->pc4 :
		    ctx->place_pc4[pl->first + demo_rng_below(&r, pl->count)];
		v->partner = demo_rng_pct(&r, 85) ? e->partner :
		    demo_rng_pct(&r, 60) ? P_UWV : demo_rng_below(&r, P_COUNT);
		v->am = v->partner == e->partner ? e->am :
		    am_of(ctx, &r, v->partner);
		/* One contact person per employer (issue 15): another
		 * partner's account manager keeps a vacancy they collected
		 * only now and then (the draw above stays, so that the rest
		 * of the record does not change). */
		if (i % 6 != 0)
			v->am = e->am;
		v->positions = pos_v[demo_rng_pick(&r, pos_w, 6)];
		v->edu = pick_edu(ctx, &r, o->isco);
		v->dutch = demo_rng_pct(&r, 40) ? DEMO_NONE :
		    demo_rng_pick(&r, dutch_w, 7);
		if (v->dutch != DEMO_NONE && !ctx->lang_ok[v->dutch])
			v->dutch = DEMO_NONE;
		if (strcmp(o->isco, "8332") == 0 ||
		    strcmp(o->isco, "8322") == 0)
			v->licence = 1;
		else if (strcmp(o->isco, "5322") == 0)
			v->licence = demo_rng_tri(&r, 50, 40);
		else if (o->sector == SEC_GROEN || o->sector == SEC_BOUW)
			v->licence = demo_rng_tri(&r, 25, 60);
		else
			v->licence = demo_rng_tri(&r, 5, 80);
		v->job_agreement = demo_rng_tri(&r, 12, 78);
		v->sheltered = demo_rng_tri(&r, 3, 77);
		if (demo_rng_pct(&r, 8))
			v->hmin = v->hmax = DEMO_NONE;
		else {
			k = demo_rng_pick(&r, sec == SEC_ZORG ||
			    sec == SEC_DETAILHANDEL || sec == SEC_HORECA ||
			    sec == SEC_SCHOONMAAK ? hours_part : hours_full, 7);
			v->hmin = hours[k][0];
			v->hmax = hours[k][1];
		}
		for (k = 0; k < 5; k++)
			if ((o->demands & (1 << k)) ? demo_rng_pct(&r, 80) :
			    demo_rng_pct(&r, 5))
				v->demands |= 1 << k;
		if (v->job_agreement == 1) {
			v->instruments |= demo_rng_pct(&r, 70) ? IN_LKS : 0;
			v->instruments |= demo_rng_pct(&r, 40) ? IN_JOBCOACH :
			    0;
			v->instruments |= demo_rng_pct(&r, 30) ? IN_NO_RISK : 0;
		} else
			v->instruments |= demo_rng_pct(&r, 5) ? IN_JOBCOACH : 0;
		v->instruments |= demo_rng_pct(&r, 10) ? IN_PROEF : 0;
		v->instruments |= demo_rng_pct(&r, 5) ? IN_WERKERVARING : 0;
		v->instruments |= demo_rng_pct(&r, 5) ? IN_LEERWERK : 0;
		v->instruments |= v->sheltered == 1 ? IN_BESCHUT : 0;
		vacancy_fate(ctx, &r, v);
		date_to_ymd(v->collected, &y, &m, &d);
		k = y - y0 < 0 ? 0 : y - y0 > 7 ? 7 : y - y0;
		v->ref = ++refno[v->partner][k];
	}
	free(days);
}

static enum wb_status
write_vacancy_rows(struct demo_ctx *ctx, int i, struct demo_rng *r)
{
	const struct demo_vac	*v = &ctx->vac[i];
	const struct demo_occ	*o = &demo_occs[v->occ];
	enum wb_status		 st;
	struct demo_batch		*b;
	int			 k, n, used = 0;

	for (n = demo_rng_range(r, 1, 3); n > 0; n--) {
		k = demo_rng_below(r, 4);
		if (used & (1 << k))
			continue;
		used |= 1 << k;
		b = &ctx->batch[ST_VAC_SKILL];
		demo_put_int(b, i + 1);
		demo_put_text(b, o->skill[k]);
		if ((st = demo_row(ctx, ST_VAC_SKILL)) != WB_OK)
			return st;
	}
	for (k = 0; k < 5; k++) {
		if ((v->demands & (1 << k)) == 0)
			continue;
		b = &ctx->batch[ST_VAC_DEMAND];
		demo_put_int(b, i + 1);
		demo_put_text(b, demand_names[k]);
		if ((st = demo_row(ctx, ST_VAC_DEMAND)) != WB_OK)
			return st;
	}
	for (k = 0; k < 7; k++) {
		if ((v->instruments & (1 << k)) == 0)
			continue;
		b = &ctx->batch[ST_VAC_INSTR];
		demo_put_int(b, i + 1);
		demo_put_text(b, demo_instrument_names[k]);
		if ((st = demo_row(ctx, ST_VAC_INSTR)) != WB_OK)
			return st;
	}
	return WB_OK;
}

/* A line of text as employers write them, for some of the vacancies. */
static void
describe(const struct demo_ctx *ctx, struct demo_rng *r,
    const struct demo_vac *v, const char *job, char *buf, size_t size)
{
	static const char *const opening[] = {
		"Voor onze vestiging in %s zoeken wij een %s",
		"Wij zoeken in %s een enthousiaste %s",
		"In %s is plaats voor een %s",
	};
	const char	*place = ctx->place[ctx->emp[v->employer].place].name;
	char		 what[96];
	size_t		 n;

	snprintf(what, sizeof(what), "%s", job);
	if (what[0] >= 'A' && what[0] <= 'Z' && what[1] >= 'a')
		what[0] += 'a' - 'A';
	snprintf(buf, size, opening[demo_rng_below(r, 3)], place, what);
	n = strlen(buf);
	if (v->hmin == DEMO_NONE)
		snprintf(buf + n, size - n, ".");
	else if (v->hmin == v->hmax)
		snprintf(buf + n, size - n, " voor %d uur per week.", v->hmax);
	else
		snprintf(buf + n, size - n, " voor %d tot %d uur per week.",
		    v->hmin, v->hmax);
}

enum wb_status
demo_vacancies_write(struct demo_ctx *ctx)
{
	struct demo_batch		*b = &ctx->batch[ST_VAC];
	const struct demo_vac	*v;
	const struct demo_occ	*o;
	struct demo_rng		 r;
	enum wb_status		 st;
	const char		*job;
	char			 ref[24], title[96], desc[320];
	int			 i, y, m, d, secs;

	for (i = 0; i < ctx->nvac; i++) {
		v = &ctx->vac[i];
		o = &demo_occs[v->occ];
		job = demo_kinds[ctx->emp[v->employer].kind].job[v->job].title;
		demo_rng_seed(&r, ctx->seed, 'W', i);
		date_to_ymd(v->collected, &y, &m, &d);
		snprintf(ref, sizeof(ref), "V%d-%03d", y, v->ref);
		snprintf(title, sizeof(title), "%s%s", job,
		    v->hmax != DEMO_NONE && v->hmax <= 24 &&
		    demo_rng_pct(&r, 40) ? " (parttime)" : "");
		describe(ctx, &r, v, job, desc, sizeof(desc));
		demo_put_int(b, i + 1);
		demo_put_int(b, v->partner + 1);
		demo_put_text(b, ref);
		demo_put_int(b, v->employer + 1);
		demo_put_text(b, title);
		demo_put_text(b, o->isco);
		demo_put_text(b, ctx->pc4[v->pc4].code);
		demo_put_int(b, v->positions);
		demo_put_int(b, v->hmin == DEMO_NONE ? -1 : v->hmin);
		demo_put_int(b, v->hmax == DEMO_NONE ? -1 : v->hmax);
		demo_put_text(b, v->edu == DEMO_NONE ? NULL :
		    demo_edu_keys[v->edu]);
		demo_put_text(b, v->dutch == DEMO_NONE ? NULL :
		    demo_lang_codes[v->dutch]);
		demo_put_int(b, v->licence);
		demo_put_int(b, v->job_agreement);
		demo_put_int(b, v->sheltered);
		demo_put_date(b, v->collected);
		demo_put_date(b, v->deadline);
		demo_put_date(b, v->start);
		demo_put_int(b, v->am + 1);
		demo_put_text(b, vac_status_names[v->status]);
		demo_put_date(b, v->closed);
		demo_put_text(b, demo_rng_pct(&r, 45) ? desc : NULL);
		secs = 8 * 3600 + demo_rng_below(&r, 9 * 3600);
		demo_put_stamp(b, v->collected, secs);
		demo_put_stamp(b, v->closed > 0 ? v->closed : v->collected,
		    secs);
		if ((st = demo_row(ctx, ST_VAC)) != WB_OK ||
		    (st = write_vacancy_rows(ctx, i, &r)) != WB_OK)
			return st;
		if ((i & 0xfff) == 0)
			demo_progress(ctx, _("vacancies"), i, ctx->nvac);
	}
	demo_progress(ctx, _("vacancies"), ctx->nvac, ctx->nvac);
	return WB_OK;
}
