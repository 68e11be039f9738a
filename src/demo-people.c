/*
 * demo-people.c: the people of the demo region and what happens to them:
 * the team's users, the candidates (names from the embedded word lists),
 * the table of occupations (ISCO unit groups of the low-skilled labour
 * market: production, logistics, cleaning, care, retail, hospitality,
 * the green sector and construction) that candidates and vacancies share,
 * and the two years of proposals, placements and employer ratings.
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/date.h"
#include "werkbank/embed.h"
#include "werkbank/geo.h"
#include "werkbank/i18n.h"
#include "werkbank/xmalloc.h"

#include "demo-internal.h"

#define T	DEMAND_TILLEN
#define S	DEMAND_STAAN
#define N	DEMAND_NACHT
#define K	DEMAND_KLANT
#define D	DEMAND_DRUK

const struct demo_occ demo_occs[] = {
	{ "9329", SEC_PRODUCTIE, 10, T | S, { "Productiemedewerker",
	    "Medewerker productie", "Productiemedewerker ploegendienst" },
	    { "productiewerk", "vca", "inpakken", "kwaliteitscontrole" } },
	{ "8189", SEC_PRODUCTIE, 4, S | N, { "Machineoperator", "Operator",
	    "Machinebediende" }, { "machinebediening", "vca",
	    "technisch inzicht", "ploegendienst" } },
	{ "9321", SEC_PRODUCTIE, 6, S, { "Inpakker", "Medewerker inpak",
	    "Medewerker verpakking" }, { "inpakken", "orderpicken",
	    "nauwkeurig", "productiewerk" } },
	{ "8160", SEC_PRODUCTIE, 4, S | N, { "Operator voedingsmiddelen",
	    "Productiemedewerker food", "Medewerker vleesverwerking" },
	    { "hygiene", "haccp", "productiewerk", "inpakken" } },
	{ "8219", SEC_PRODUCTIE, 4, 0, { "Assemblagemedewerker",
	    "Monteur assemblage", "Medewerker montage" }, { "monteren",
	    "technisch inzicht", "nauwkeurig", "productiewerk" } },
	{ "7212", SEC_PRODUCTIE, 2, T, { "Lasser", "Lasser MIG/MAG",
	    "Constructiewerker" }, { "lassen", "vca", "tekening lezen",
	    "metaalbewerking" } },
	{ "8142", SEC_PRODUCTIE, 2, N, { "Operator kunststofverwerking",
	    "Spuitgieter", "Medewerker extrusie" }, { "machinebediening",
	    "ploegendienst", "kwaliteitscontrole", "vca" } },
	{ "7512", SEC_PRODUCTIE, 2, S | N, { "Bakker", "Assistent-bakker",
	    "Medewerker bakkerij" }, { "bakken", "hygiene", "haccp",
	    "vroege diensten" } },
	{ "7522", SEC_PRODUCTIE, 1, 0, { "Meubelmaker",
	    "Medewerker houtbewerking", "Medewerker meubelmakerij" },
	    { "houtbewerking", "machinebediening", "nauwkeurig",
	    "tekening lezen" } },
	{ "9333", SEC_LOGISTIEK, 10, T | D, { "Magazijnmedewerker",
	    "Orderpicker", "Medewerker expeditie" }, { "orderpicken",
	    "heftruck", "scanner", "inpakken" } },
	{ "8344", SEC_LOGISTIEK, 4, 0, { "Heftruckchauffeur",
	    "Reachtruckchauffeur", "Magazijnmedewerker heftruck" },
	    { "heftruck", "reachtruck", "vca", "orderpicken" } },
	{ "4321", SEC_LOGISTIEK, 2, 0, { "Medewerker voorraadbeheer",
	    "Magazijnadministrateur", "Medewerker goederenontvangst" },
	    { "voorraadbeheer", "computervaardig", "scanner", "nauwkeurig" } },
	{ "8332", SEC_LOGISTIEK, 2, 0, { "Vrachtwagenchauffeur",
	    "Chauffeur C/CE", "Chauffeur distributie" }, { "rijbewijs c",
	    "code 95", "tachograaf", "klantgericht" } },
	{ "8322", SEC_LOGISTIEK, 3, K, { "Bezorger", "Chauffeur bestelbus",
	    "Koerier" }, { "rijbewijs b", "klantgericht", "zelfstandig",
	    "routeplanning" } },
	{ "9112", SEC_SCHOONMAAK, 10, 0, { "Schoonmaker",
	    "Schoonmaakmedewerker", "Medewerker interieurverzorging" },
	    { "schoonmaak", "hygiene", "zelfstandig", "vloeronderhoud" } },
	{ "9111", SEC_SCHOONMAAK, 3, K, { "Huishoudelijk medewerker",
	    "Medewerker huishoudelijke hulp", "Interieurverzorger" },
	    { "schoonmaak", "klantgericht", "hygiene", "zelfstandig" } },
	{ "9612", SEC_SCHOONMAAK, 2, T | S, { "Afvalsorteerder",
	    "Medewerker recycling", "Sorteerder" }, { "sorteren", "vca",
	    "productiewerk", "heftruck" } },
	{ "9611", SEC_SCHOONMAAK, 1, T, { "Medewerker afvalinzameling",
	    "Belader vuilniswagen", "Medewerker milieustraat" }, { "vca",
	    "fysiek werk", "klantgericht", "teamwerk" } },
	{ "9122", SEC_SCHOONMAAK, 1, S, { "Autowasser",
	    "Medewerker autopoetsbedrijf", "Medewerker wasstraat" },
	    { "schoonmaak", "klantgericht", "zelfstandig", "nauwkeurig" } },
	{ "5322", SEC_ZORG, 4, K, { "Medewerker thuiszorg",
	    "Thuiszorgmedewerker", "Helpende thuiszorg" }, { "verzorging",
	    "klantgericht", "hygiene", "rijbewijs b" } },
	{ "5321", SEC_ZORG, 4, N | K, { "Zorghulp", "Medewerker zorg",
	    "Helpende zorg en welzijn" }, { "verzorging", "hygiene",
	    "empathisch", "teamwerk" } },
	{ "5329", SEC_ZORG, 1, K, { "Zorgassistent", "Brancardier",
	    "Medewerker facilitaire zorg" }, { "hygiene", "klantgericht",
	    "teamwerk", "verzorging" } },
	{ "5311", SEC_ZORG, 2, K, { "Medewerker kinderopvang",
	    "Groepshulp kinderopvang", "Pedagogisch hulp" },
	    { "kinderopvang", "empathisch", "klantgericht", "teamwerk" } },
	{ "5223", SEC_DETAILHANDEL, 8, K | S, { "Verkoopmedewerker",
	    "Winkelmedewerker", "Medewerker winkel" }, { "klantgericht",
	    "kassa", "verkoop", "vakkenvullen" } },
	{ "5230", SEC_DETAILHANDEL, 4, K | S, { "Kassamedewerker",
	    "Medewerker kassa", "Medewerker servicebalie" }, { "kassa",
	    "klantgericht", "nauwkeurig", "geld tellen" } },
	{ "9334", SEC_DETAILHANDEL, 5, T, { "Vakkenvuller",
	    "Medewerker vulploeg", "Medewerker versafdeling" },
	    { "vakkenvullen", "orderpicken", "zelfstandig", "hygiene" } },
	{ "9412", SEC_HORECA, 6, S | D, { "Keukenhulp", "Afwasser",
	    "Medewerker keuken" }, { "afwassen", "hygiene", "haccp",
	    "koken" } },
	{ "5120", SEC_HORECA, 3, S | D, { "Kok", "Zelfstandig werkend kok",
	    "Leerling-kok" }, { "koken", "haccp", "hygiene", "a la carte" } },
	{ "5131", SEC_HORECA, 4, K | S | D, { "Bediening",
	    "Medewerker bediening", "Gastheer/gastvrouw" }, { "klantgericht",
	    "bediening", "kassa", "duits" } },
	{ "9411", SEC_HORECA, 2, S | D, { "Medewerker snackbar",
	    "Medewerker fastfood", "Frituurmedewerker" }, { "koken", "kassa",
	    "hygiene", "klantgericht" } },
	{ "9214", SEC_GROEN, 6, T, { "Medewerker groenvoorziening",
	    "Hovenier (hulp)", "Medewerker kwekerij" }, { "tuinonderhoud",
	    "snoeien", "maaien", "bosmaaier" } },
	{ "6113", SEC_GROEN, 2, T, { "Hovenier", "Tuinman",
	    "Medewerker tuinaanleg" }, { "tuinonderhoud", "bestrating",
	    "snoeien", "rijbewijs b" } },
	{ "9211", SEC_GROEN, 2, T, { "Medewerker akkerbouw",
	    "Oogstmedewerker", "Plukker" }, { "oogsten", "fysiek werk",
	    "trekker", "teamwerk" } },
	{ "6121", SEC_GROEN, 1, T, { "Medewerker melkveehouderij", "Melker",
	    "Medewerker veehouderij" }, { "melken", "dierverzorging",
	    "trekker", "vroege diensten" } },
	{ "9313", SEC_BOUW, 5, T, { "Bouwplaatsmedewerker", "Opperman",
	    "Medewerker bouw" }, { "vca", "fysiek werk", "metselen",
	    "bouwplaats" } },
	{ "7115", SEC_BOUW, 2, T, { "Timmerman", "Allround timmerman",
	    "Medewerker timmerwerk" }, { "timmeren", "vca", "tekening lezen",
	    "houtbewerking" } },
	{ "7112", SEC_BOUW, 1, T, { "Metselaar", "Leerling-metselaar",
	    "Metselaar/voeger" }, { "metselen", "vca", "fysiek werk",
	    "bouwplaats" } },
	{ "9312", SEC_BOUW, 2, T, { "Grondwerker", "Medewerker wegenbouw",
	    "Stratenmaker (hulp)" }, { "bestrating", "vca", "grondwerk",
	    "fysiek werk" } },
	{ "9622", SEC_BOUW, 1, 0, { "Klusjesman", "Medewerker onderhoud",
	    "Allround klusser" }, { "klussen", "zelfstandig", "rijbewijs b",
	    "schilderen" } },
	{ "7126", SEC_BOUW, 1, 0, { "Installatiemonteur", "Monteur sanitair",
	    "Leerling-installateur" }, { "installatietechniek", "vca",
	    "rijbewijs b", "tekening lezen" } },
};
const int demo_nocc = sizeof(demo_occs) / sizeof(demo_occs[0]);

#undef T
#undef S
#undef N
#undef K
#undef D

const char *const demo_tg_names[TG_COUNT] = {
	"bijstand", "nug", "ww", "wajong", "wsw", "beschut", "statushouder",
	"pro_vso", "overig",
};

const char *const demo_sector_names[SEC_COUNT] = {
	"productie", "logistiek", "schoonmaak", "zorg", "detailhandel",
	"horeca", "groen", "bouw",
};

const char *const demo_edu_keys[] = {
	"geen", "po_gr3_8", "pro", "vmbo_bb", "mbo1", "vmbo_kb", "vmbo_gt",
	"havo_vwo_onderbouw", "mbo2", "mbo3", "mbo4_middenkader", "havo", "vwo",
	"hbo_bachelor", "wo_bachelor",
};
const int demo_nedu = sizeof(demo_edu_keys) / sizeof(demo_edu_keys[0]);

const char *const demo_lang_codes[7] = {
	"A0", "A1", "A2", "B1", "B2", "C1", "C2",
};

/* Education by kind of candidate (demo_edu_keys order), out of 100. */
static const int edu_general[] = { 3, 5, 5, 13, 13, 10, 6, 3, 18, 10, 6, 3,
	1, 3, 1 };
static const int edu_ww[] = { 1, 2, 2, 10, 5, 10, 8, 2, 25, 17, 10, 3, 1, 4,
	0 };
static const int edu_sh[] = { 15, 20, 0, 0, 8, 0, 0, 0, 10, 6, 4, 3, 4, 8,
	4 };
static const int edu_pro[] = { 2, 3, 55, 20, 12, 5, 0, 0, 3, 0, 0, 0, 0, 0,
	0 };

/* Target groups in and around the four municipalities. */
static const int tg_core[TG_COUNT] = { 38, 8, 14, 8, 5, 3, 10, 6, 8 };
static const int tg_neighbour[TG_COUNT] = { 0, 0, 45, 20, 10, 5, 0, 0, 20 };

/* The sector a candidate mostly worked in, by target group. */
static const int sector_general[SEC_COUNT] = { 22, 20, 15, 10, 12, 10, 6,
	5 };
static const int sector_sh[SEC_COUNT] = { 30, 15, 20, 8, 5, 15, 5, 2 };

static const char *const generic_skills[] = {
	"klantgericht", "teamwerk", "zelfstandig", "nauwkeurig",
	"computervaardig", "vca", "punctueel", "flexibel",
};

static const char *const restrictions[] = {
	"geen_zwaar_tillen", "niet_lang_staan", "geen_nachtdienst",
	"geen_klantcontact", "rustige_omgeving",
};

static const char *const modes[] = { "fiets", "ov", "auto", "brommer" };

/*
 * Split the embedded list NAME into ctx->words: lines of TAB-separated
 * fields, '#' comments.  Calls fn for each line's fields.
 */
static enum wb_status
load_list(struct demo_ctx *ctx, const char *name,
    void (*fn)(struct demo_ctx *, char **, int))
{
	const struct embedded_file	*f;
	char				*buf, *line, *next, *field[4];
	int				 n;

	if ((f = embed_find(name)) == NULL)
		return db_set_error(ctx->db, WB_NOT_FOUND,
		    _("demo word list %s is missing from this build"), name);
	buf = xstrdup(f->data);
	for (line = buf; line != NULL && *line != '\0'; line = next) {
		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		line[strcspn(line, "\r")] = '\0';
		if (*line == '#' || *line == '\0')
			continue;
		for (n = 0; n < 4 && line != NULL; n++) {
			field[n] = line;
			if ((line = strchr(line, '\t')) != NULL)
				*line++ = '\0';
		}
		fn(ctx, field, n);
	}
	/* The lists point into buf: demo.c frees it at the end. */
	ctx->words[ctx->nwords++] = buf;
	return WB_OK;
}

static void
list_add(struct demo_list *l, char *s)
{
	l->v = xreallocarray(l->v, l->n + 1, sizeof(*l->v));
	l->v[l->n++] = s;
}

static int
group_of(const char *g)
{
	if (strcmp(g, "mig") == 0)
		return 1;
	if (strcmp(g, "sh") == 0)
		return 2;
	return 0;
}

static void
add_first(struct demo_ctx *ctx, char **f, int n)
{
	if (n >= 2 && *f[1] != '\0')
		list_add(&ctx->first[group_of(f[0])], f[1]);
}

static void
add_last(struct demo_ctx *ctx, char **f, int n)
{
	if (n >= 2 && *f[1] != '\0')
		list_add(&ctx->last[group_of(f[0])], f[1]);
}

static void
add_employer_word(struct demo_ctx *ctx, char **f, int n)
{
	int	sec;

	if (n < 3 || *f[2] == '\0')
		return;
	if (strcmp(f[1], "suffix") == 0) {
		list_add(&ctx->emp_suffix, f[2]);
		return;
	}
	for (sec = 0; sec < SEC_COUNT; sec++)
		if (strcmp(f[0], demo_sector_names[sec]) == 0)
			break;
	if (sec == SEC_COUNT)
		return;
	if (strcmp(f[1], "type") == 0)
		list_add(&ctx->emp_type[sec], f[2]);
	else if (strcmp(f[1], "brand") == 0)
		list_add(&ctx->emp_brand[sec], f[2]);
}

enum wb_status
demo_words_load(struct demo_ctx *ctx)
{
	enum wb_status	st;
	int		g;

	if ((st = load_list(ctx, "first_names.txt", add_first)) != WB_OK ||
	    (st = load_list(ctx, "last_names.txt", add_last)) != WB_OK ||
	    (st = load_list(ctx, "employer_words.txt", add_employer_word)) !=
	    WB_OK)
		return st;
	for (g = 0; g < 3; g++)
		if (ctx->first[g].n == 0 || ctx->last[g].n == 0)
			return db_set_error(ctx->db, WB_INVALID,
			    _("demo word lists: a group of names is empty"));
	for (g = 0; g < SEC_COUNT; g++)
		if (ctx->emp_type[g].n == 0 || ctx->emp_brand[g].n == 0)
			return db_set_error(ctx->db, WB_INVALID,
			    _("demo word lists: no employer words for %s"),
			    demo_sector_names[g]);
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
			if ((st = demo_row(ctx, ST_USER)) != WB_OK)
				return st;
		}
	}
	ctx->nuser = n;
	return WB_OK;
}

/*
 * Who brings the candidate: the municipality they live in, UWV for WW
 * (and some Wajong), the SW-bedrijf of the area for Wsw, beschut werk and
 * some Wajong.
 */
static int
partner_for(const struct demo_ctx *ctx, const struct demo_cand *c,
    struct demo_rng *r)
{
	static const struct {
		const char	*muni;
		int		 partner;
	} home[] = {
		{ "0119", P_MEP }, { "0180", P_STA }, { "1708", P_STW },
		{ "1701", P_WES },
	};
	const char	*muni = ctx->pc4[c->pc4].muni;
	size_t		 i;
	int		 sw, p = -1;

	for (i = 0; i < sizeof(home) / sizeof(home[0]); i++)
		if (strcmp(muni, home[i].muni) == 0)
			p = home[i].partner;
	sw = strcmp(muni, "1708") == 0 || strcmp(muni, "0098") == 0 ||
	    strcmp(muni, "0085") == 0 ? P_NWG : P_RST;
	switch (c->tg) {
	case TG_WW:
		return P_UWV;
	case TG_WAJONG:
		return demo_rng_pct(r, 60) ? P_UWV : sw;
	case TG_WSW:
	case TG_BESCHUT:
		return sw;
	default:
		if (p >= 0)
			return p;
		return demo_rng_pct(r, 75) ? P_UWV : sw;
	}
}

static int
pick_edu(struct demo_ctx *ctx, struct demo_rng *r, int tg)
{
	const int	*w = edu_general;
	int		 k, unknown = 6;

	if (tg == TG_WW)
		w = edu_ww;
	else if (tg == TG_STATUSHOUDER) {
		w = edu_sh;
		unknown = 18;
	} else if (tg == TG_PRO_VSO)
		w = edu_pro;
	if (demo_rng_pct(r, unknown))
		return DEMO_NONE;
	k = demo_rng_pick(r, w, demo_nedu);
	return ctx->edu_ok[k] ? k : DEMO_NONE;
}

static int
pick_dutch(struct demo_ctx *ctx, struct demo_rng *r, int tg, int names)
{
	static const int sh[7] = { 4, 22, 35, 27, 7, 3, 2 };
	static const int mig[7] = { 0, 0, 2, 20, 30, 30, 18 };
	static const int nl[7] = { 0, 0, 0, 2, 10, 38, 50 };
	int		 k;

	if (tg == TG_STATUSHOUDER) {
		if (demo_rng_pct(r, 5))
			return DEMO_NONE;
		k = demo_rng_pick(r, sh, 7);
	} else {
		if (demo_rng_pct(r, names == 0 ? 25 : 20))
			return DEMO_NONE;
		k = demo_rng_pick(r, names == 0 ? nl : mig, 7);
	}
	return ctx->lang_ok[k] ? k : DEMO_NONE;
}

static int
tri(struct demo_rng *r, int yes, int no)
{
	int	u = demo_rng_below(r, 100);

	return u < yes ? 1 : u < yes + no ? 0 : -1;
}

void
demo_candidates_generate(struct demo_ctx *ctx)
{
	static const int job_agreement[TG_COUNT] = { 6, 5, 1, 85, 80, 90, 2,
		40, 3 };
	static const int km[] = { 5, 8, 10, 12, 15, 20, 25, 30, 40 };
	struct demo_cand *c;
	struct demo_rng	 r;
	long		 i, n = 3000L * ctx->scale, *at;
	int		*days, k, j, o, sector;

	days = xreallocarray(NULL, n, sizeof(*days));
	demo_spread_days(ctx->today - 1095, ctx->today, n, 1.0, days);
	ctx->cand = xcalloc(n, sizeof(*ctx->cand));
	ctx->ncand = n;
	for (i = 0; i < n; i++) {
		c = &ctx->cand[i];
		demo_rng_seed(&r, ctx->seed, 'C', i);
		c->reg = days[i];
		c->pc4 = demo_home_pc4(ctx, &r);
		c->tg = demo_rng_pick(&r, demo_is_core(ctx->pc4[c->pc4].muni) ?
		    tg_core : tg_neighbour, TG_COUNT);
		c->partner = partner_for(ctx, c, &r);
		c->consultant = ctx->rec[c->partner][demo_rng_below(&r,
		    ctx->nrec[c->partner])];
		if (c->tg == TG_STATUSHOUDER)
			c->names = demo_rng_pct(&r, 95) ? 2 : 1;
		else
			c->names = demo_rng_pct(&r, 86) ? 0 :
			    demo_rng_pct(&r, 85) ? 1 : 2;
		sector = demo_rng_pick(&r, c->tg == TG_STATUSHOUDER ?
		    sector_sh : sector_general, SEC_COUNT);
		k = 1 + demo_rng_pct(&r, 50) + demo_rng_pct(&r, 30);
		c->occ[0] = demo_pick_occ(ctx, &r, sector);
		for (c->nocc = 1; c->nocc < k; ) {
			o = demo_pick_occ(ctx, &r, demo_rng_pct(&r, 60) ?
			    sector : -1);
			for (j = 0; j < c->nocc && c->occ[j] != o; j++)
				;
			if (j < c->nocc)
				break;
			c->occ[c->nocc++] = o;
		}
		c->edu = pick_edu(ctx, &r, c->tg);
		c->dutch = pick_dutch(ctx, &r, c->tg, c->names);
		if (c->tg == TG_STATUSHOUDER)
			c->licence = tri(&r, 8, 82);
		else if (c->tg == TG_PRO_VSO)
			c->licence = tri(&r, 15, 75);
		else if (c->tg == TG_WAJONG || c->tg == TG_WSW ||
		    c->tg == TG_BESCHUT)
			c->licence = tri(&r, 20, 70);
		else
			c->licence = tri(&r, 42, 43);
		k = job_agreement[c->tg];
		c->job_agreement = tri(&r, k, k > 50 ? 100 - k - 3 : 95 - k);
		if (demo_rng_pct(&r, c->tg == TG_STATUSHOUDER ? 90 : 78))
			c->modes |= MODE_FIETS;
		if (demo_rng_pct(&r, 45))
			c->modes |= MODE_OV;
		if (c->licence == 1 && demo_rng_pct(&r, 75))
			c->modes |= MODE_AUTO;
		if (demo_rng_pct(&r, 8))
			c->modes |= MODE_BROMMER;
		if (demo_rng_pct(&r, 35))
			c->max_km = km[demo_rng_below(&r, sizeof(km) /
			    sizeof(km[0]))];
		c->consent = demo_rng_pct(&r, 95);
		/* Most stay a few years; some leave the pool sooner. */
		c->left = c->reg + 1 + (int)(-1800.0 * log(1.0 -
		    demo_rng_unit(&r)));
		if (c->left > ctx->today)
			c->left = DEMO_NEVER;
	}
	free(days);

	/* Candidates by occupation, for finding them for a vacancy. */
	ctx->bucket_at = at = xcalloc(demo_nocc + 1, sizeof(*at));
	for (i = 0; i < n; i++)
		for (j = 0; j < ctx->cand[i].nocc; j++)
			at[ctx->cand[i].occ[j] + 1]++;
	for (k = 0; k < demo_nocc; k++)
		at[k + 1] += at[k];
	ctx->bucket = xreallocarray(NULL, at[demo_nocc] + 1, sizeof(int));
	for (i = 0; i < n; i++)
		for (j = 0; j < ctx->cand[i].nocc; j++)
			ctx->bucket[at[ctx->cand[i].occ[j]]++] = (int)i;
	for (k = demo_nocc; k > 0; k--)
		at[k] = at[k - 1];
	at[0] = 0;
}

/* first.last@example.org from the letters of the names. */
static void
make_email(char *buf, size_t size, const char *first, const char *last,
    int number)
{
	const char	*p;
	size_t		 n = 0;

	for (p = first; *p != '\0' && n + 1 < size; p++)
		if (isalpha((unsigned char)*p))
			buf[n++] = tolower((unsigned char)*p);
	if (n + 1 < size)
		buf[n++] = '.';
	for (p = last; *p != '\0' && n + 1 < size; p++)
		if (isalpha((unsigned char)*p))
			buf[n++] = tolower((unsigned char)*p);
	buf[n] = '\0';
	if (number > 0)
		snprintf(buf + n, size - n, "%d", number);
	n = strlen(buf);
	snprintf(buf + n, size - n, "@example.org");
}

static int
add_skill(const char **have, int n, const char *skill)
{
	int	i;

	for (i = 0; i < n; i++)
		if (strcmp(have[i], skill) == 0)
			return n;
	have[n] = skill;
	return n + 1;
}

/* The rows that hang off candidate i: occupations, skills, ... */
static enum wb_status
write_details(struct demo_ctx *ctx, long i, struct demo_rng *r)
{
	const struct demo_cand	*c = &ctx->cand[i];
	const struct demo_occ	*o;
	const char		*skill[12];
	enum wb_status		 st;
	struct demo_batch		*b;
	int			 j, k, n = 0, restricted, used;

	for (j = 0; j < c->nocc; j++) {
		b = &ctx->batch[ST_CAND_OCC];
		demo_put_int(b, i + 1);
		demo_put_text(b, demo_occs[c->occ[j]].isco);
		demo_put_real(b, demo_rng_pct(r, 30) ? -1.0 :
		    demo_rng_range(r, 0, j == 0 ? 30 : 12) / 2.0);
		if ((st = demo_row(ctx, ST_CAND_OCC)) != WB_OK)
			return st;
	}
	for (j = 0; j < c->nocc; j++) {
		o = &demo_occs[c->occ[j]];
		for (k = demo_rng_range(r, j == 0 ? 1 : 0, j == 0 ? 3 : 1);
		    k > 0; k--)
			n = add_skill(skill, n, o->skill[demo_rng_below(r, 4)]);
	}
	for (k = demo_rng_range(r, 0, 2); k > 0; k--)
		n = add_skill(skill, n, generic_skills[demo_rng_below(r,
		    sizeof(generic_skills) / sizeof(generic_skills[0]))]);
	for (j = 0; j < n; j++) {
		b = &ctx->batch[ST_CAND_SKILL];
		demo_put_int(b, i + 1);
		demo_put_text(b, skill[j]);
		if ((st = demo_row(ctx, ST_CAND_SKILL)) != WB_OK)
			return st;
	}
	restricted = demo_rng_pct(r, c->tg == TG_WAJONG || c->tg == TG_WSW ||
	    c->tg == TG_BESCHUT ? 55 : 12);
	for (k = restricted ? 1 + demo_rng_pct(r, 30) : 0, used = 0; k > 0;
	    k--) {
		j = demo_rng_below(r, 5);
		if (used & (1 << j))
			continue;
		used |= 1 << j;
		b = &ctx->batch[ST_CAND_RESTR];
		demo_put_int(b, i + 1);
		demo_put_text(b, restrictions[j]);
		if ((st = demo_row(ctx, ST_CAND_RESTR)) != WB_OK)
			return st;
	}
	for (j = 0; j < 4; j++) {
		if ((c->modes & (1 << j)) == 0)
			continue;
		b = &ctx->batch[ST_CAND_TRANSPORT];
		demo_put_int(b, i + 1);
		demo_put_text(b, modes[j]);
		if ((st = demo_row(ctx, ST_CAND_TRANSPORT)) != WB_OK)
			return st;
	}
	return WB_OK;
}

enum wb_status
demo_candidates_write(struct demo_ctx *ctx)
{
	static const int hours[][2] = { { 8, 16 }, { 12, 20 }, { 16, 24 },
		{ 20, 32 }, { 24, 32 }, { 24, 36 }, { 32, 40 }, { 36, 40 } };
	static const int hours_w[] = { 5, 8, 14, 18, 15, 12, 18, 10 };
	struct demo_batch		*b = &ctx->batch[ST_CAND];
	const struct demo_cand	*c;
	const struct demo_list	*fl, *ll;
	struct demo_rng		 r;
	enum wb_status		 st;
	const char		*first, *last, *status;
	char			 ref[32], phone[32], email[96];
	long			 i, refno[P_COUNT] = { 0 };
	int			 h, g, day;

	for (i = 0; i < ctx->ncand; i++) {
		c = &ctx->cand[i];
		demo_rng_seed(&r, ctx->seed, 'D', i);
		g = c->names;
		fl = &ctx->first[g];
		ll = &ctx->last[demo_rng_pct(&r, 90) ? g : 0];
		first = fl->v[demo_rng_below(&r, fl->n)];
		last = ll->v[demo_rng_below(&r, ll->n)];
		if (c->left != DEMO_NEVER)
			status = "inactief";
		else if (c->busy == DEMO_NEVER)
			status = "geplaatst";
		else if (c->open > 0 || demo_rng_pct(&r, 7))
			status = "in_traject";
		else
			status = "beschikbaar";
		snprintf(ref, sizeof(ref), "K-%06ld", ++refno[c->partner]);
		demo_put_int(b, i + 1);
		demo_put_int(b, c->partner + 1);
		demo_put_text(b, ref);
		demo_put_text(b, first);
		demo_put_text(b, last);
		demo_put_text(b, ctx->pc4[c->pc4].code);
		demo_put_text(b, demo_tg_names[c->tg]);
		demo_put_int(b, c->job_agreement);
		demo_put_text(b, c->edu == DEMO_NONE ? NULL :
		    demo_edu_keys[c->edu]);
		demo_put_text(b, c->dutch == DEMO_NONE ? NULL :
		    demo_lang_codes[c->dutch]);
		h = demo_rng_pct(&r, 10) ? -1 : demo_rng_pick(&r, hours_w, 8);
		demo_put_int(b, h < 0 ? -1 : hours[h][0]);
		demo_put_int(b, h < 0 ? -1 : hours[h][1]);
		demo_put_date(b, c->left == DEMO_NEVER &&
		    demo_rng_pct(&r, 25) ? ctx->today + demo_rng_range(&r,
		    -60, 90) : 0);
		demo_put_int(b, c->licence);
		demo_put_int(b, c->max_km > 0 ? c->max_km : -1);
		demo_put_int(b, c->consent);
		demo_put_int(b, c->consultant + 1);
		demo_put_text(b, status);
		snprintf(phone, sizeof(phone), "06-%08d",
		    demo_rng_below(&r, 100000000));
		demo_put_text(b, demo_rng_pct(&r, 88) ? phone : NULL);
		make_email(email, sizeof(email), first, last,
		    demo_rng_pct(&r, 30) ? demo_rng_range(&r, 1, 99) : 0);
		demo_put_text(b, demo_rng_pct(&r, 70) ? email : NULL);
		demo_put_date(b, c->reg);
		demo_put_date(b, c->left == DEMO_NEVER ? 0 : c->left);
		h = 8 * 3600 + demo_rng_below(&r, 9 * 3600);
		demo_put_stamp(b, c->reg, h);
		day = c->left != DEMO_NEVER ? c->left : c->reg;
		if (c->busy > day && c->busy != DEMO_NEVER)
			day = c->busy;
		demo_put_stamp(b, day, h);
		if ((st = demo_row(ctx, ST_CAND)) != WB_OK)
			return st;
		if ((st = write_details(ctx, i, &r)) != WB_OK)
			return st;
		if ((i & 0x3fff) == 0)
			demo_progress(ctx, _("candidates"), i, ctx->ncand);
	}
	demo_progress(ctx, _("candidates"), ctx->ncand, ctx->ncand);
	return WB_OK;
}

/*
 * The history: for each vacancy in the order they came in, the
 * candidates proposed (found by occupation, near enough to get there,
 * free and still in the pool), who was placed, and for how long.
 */
static const char *const step_names[] = {
	"proposed", "interview", "placed", "not_chosen", "withdrawn",
};

static const char *const contract_names[] = {
	NULL, "vast", "tijdelijk", "uitzend", "detachering", "proefplaatsing",
	"werkervaring", "beschut",
};

static int
reach_km(const struct demo_cand *c)
{
	if (c->max_km > 0)
		return c->max_km;
	if (c->modes & MODE_AUTO)
		return 40;
	if (c->modes & MODE_OV)
		return 25;
	if (c->modes & MODE_BROMMER)
		return 20;
	return c->modes & MODE_FIETS ? 12 : 8;
}

/* A candidate for vacancy v, free from `from' and in the pool until
 * `until'; -1 when none is found soon. */
static int
pick_candidate(struct demo_ctx *ctx, const struct demo_vac *v,
    struct demo_rng *r, int from, int until, const int *chosen, int nchosen)
{
	const struct demo_pc4	*vp = &ctx->pc4[v->pc4], *cp;
	const struct demo_cand	*c;
	long			 lo = ctx->bucket_at[v->occ];
	long			 n = ctx->bucket_at[v->occ + 1] - lo;
	int			 t, j, ci;

	for (t = 0; t < 60; t++) {
		if (t < 45 && n > 0)
			ci = ctx->bucket[lo + (long)(demo_rng_unit(r) * n)];
		else
			ci = (int)(demo_rng_unit(r) * ctx->ncand);
		c = &ctx->cand[ci];
		if (!c->consent || c->reg > from || c->busy >= from ||
		    (c->left != DEMO_NEVER && c->left <= until))
			continue;
		if ((v->sheltered == 1 && c->tg != TG_BESCHUT &&
		    c->tg != TG_WSW) ||
		    (v->job_agreement == 1 && c->job_agreement != 1) ||
		    (v->licence == 1 && c->licence != 1) ||
		    (v->dutch != DEMO_NONE && c->dutch != DEMO_NONE &&
		    c->dutch + 1 < v->dutch))
			continue;
		cp = &ctx->pc4[c->pc4];
		if (geo_distance_km(vp->lat, vp->lon, cp->lat, cp->lon) >
		    reach_km(c) * 1.25)
			continue;
		for (j = 0; j < nchosen && chosen[j] != ci; j++)
			;
		if (j == nchosen)
			return ci;
	}
	return -1;
}

static int
add_prop(struct demo_ctx *ctx, struct demo_rng *r, int vi, int ci,
    int proposed, int interview, int final, int step)
{
	const struct demo_cand	*c = &ctx->cand[ci];
	const struct demo_vac	*v = &ctx->vac[vi];
	struct demo_prop	*p;

	if (ctx->nprop == ctx->aprop) {
		ctx->aprop = ctx->aprop == 0 ? 1024 : ctx->aprop * 2;
		ctx->prop = xreallocarray(ctx->prop, ctx->aprop,
		    sizeof(*ctx->prop));
	}
	p = &ctx->prop[ctx->nprop];
	p->vac = vi;
	p->cand = ci;
	p->by = demo_rng_pct(r, 80) || ctx->nrec[v->partner] == 0 ?
	    c->consultant : ctx->rec[v->partner][demo_rng_below(r,
	    ctx->nrec[v->partner])];
	p->proposed = proposed;
	p->interview = interview;
	p->final = final;
	p->step = step;
	return ctx->nprop++;
}

static void
place(struct demo_ctx *ctx, struct demo_rng *r, int vi, int ci, int p,
    int pd)
{
	static const int contract_w[] = { 5, 8, 45, 15, 7, 12, 8, 0 };
	const struct demo_vac	*v = &ctx->vac[vi];
	struct demo_cand	*c = &ctx->cand[ci];
	struct demo_plc		*pl;
	int			 u, six;

	if (ctx->nplc == ctx->aplc) {
		ctx->aplc = ctx->aplc == 0 ? 256 : ctx->aplc * 2;
		ctx->plc = xreallocarray(ctx->plc, ctx->aplc,
		    sizeof(*ctx->plc));
	}
	pl = &ctx->plc[ctx->nplc++];
	memset(pl, 0, sizeof(*pl));
	pl->prop = add_prop(ctx, r, vi, ci, p, demo_rng_pct(r, 85) ?
	    demo_rng_range(r, p, pd) : 0, pd, PS_PLACED);
	pl->start = pd + demo_rng_range(r, 0, 21);
	if (pl->start > ctx->today)
		pl->start = ctx->today;
	if (c->tg == TG_BESCHUT || v->sheltered == 1)
		pl->contract = demo_rng_pct(r, 80) ? C_BESCHUT : C_DETACHERING;
	else if (c->tg == TG_WSW)
		pl->contract = demo_rng_pct(r, 70) ? C_DETACHERING :
		    C_TIJDELIJK;
	else
		pl->contract = demo_rng_pick(r, contract_w, 8);
	u = demo_rng_below(r, 100);
	if (pl->contract == C_PROEF)
		pl->end = u < 40 ? 0 : pl->start + demo_rng_range(r, 30, 90);
	else if (pl->contract == C_WERKERVARING)
		pl->end = pl->start + demo_rng_range(r, 60, 180);
	else
		pl->end = u < 58 ? 0 : u < 80 ? pl->start +
		    demo_rng_range(r, 21, 160) : pl->start +
		    demo_rng_range(r, 190, 540);
	if (pl->end > ctx->today)
		pl->end = 0;
	pl->hours = v->hmax == DEMO_NONE ? 32 : demo_rng_range(r, v->hmin,
	    v->hmax);
	if (demo_rng_pct(r, 5))
		pl->hours = -1;
	if (c->job_agreement == 1 && demo_rng_pct(r, 70)) {
		pl->instruments |= IN_LKS;
		pl->lks = 5 * demo_rng_range(r, 4, 14);
	}
	if (demo_rng_pct(r, c->job_agreement == 1 || c->tg == TG_WAJONG ||
	    c->tg == TG_WSW || c->tg == TG_BESCHUT ? 45 : 5))
		pl->instruments |= IN_JOBCOACH;
	if (c->job_agreement == 1 && demo_rng_pct(r, 35))
		pl->instruments |= IN_NO_RISK;
	pl->instruments |= pl->contract == C_PROEF ? IN_PROEF : 0;
	pl->instruments |= pl->contract == C_WERKERVARING ? IN_WERKERVARING : 0;
	pl->instruments |= pl->contract == C_BESCHUT ? IN_BESCHUT : 0;
	if (demo_rng_pct(r, c->tg == TG_PRO_VSO ? 30 : 3))
		pl->instruments |= IN_LEERWERK;
	/* The follow-up calls at 6 and 12 months, for those still there. */
	six = date_add_months(pl->start, 6);
	if (six <= ctx->today && (pl->end == 0 || pl->end >= six) &&
	    demo_rng_pct(r, 85) && (pl->check6 = six + demo_rng_range(r, 0,
	    21)) > ctx->today)
		pl->check6 = ctx->today;
	six = date_add_months(pl->start, 12);
	if (six <= ctx->today && (pl->end == 0 || pl->end >= six) &&
	    demo_rng_pct(r, 80) && (pl->check12 = six + demo_rng_range(r, 0,
	    21)) > ctx->today)
		pl->check12 = ctx->today;
	/* Still in work: in the pool as placed; back in it when it ended. */
	c->busy = pl->end > 0 ? pl->end : DEMO_NEVER;
	if (pl->end == 0)
		c->left = DEMO_NEVER;
	else if (c->left != DEMO_NEVER && c->left <= pl->end &&
	    (c->left = pl->end + demo_rng_range(r, 7, 90)) > ctx->today)
		c->left = DEMO_NEVER;
}

static void
history_vacancy(struct demo_ctx *ctx, int vi)
{
	const struct demo_vac	*v = &ctx->vac[vi];
	struct demo_rng		 r;
	int			 chosen[24], nchosen = 0, k, j, n, p, pd, f;
	int			 ci, iv, step, c0 = v->collected;
	int			 end = v->closed > 0 ? v->closed : ctx->today;

	demo_rng_seed(&r, ctx->seed, 'H', vi);
	k = 0;
	if (v->status == VS_VERVULD)
		k = demo_rng_pct(&r, 85) ? v->positions : 0;
	else if (v->closed == 0 && v->positions > 1 && ctx->today - c0 > 30)
		k = demo_rng_below(&r, v->positions);
	for (j = 0; j < k && j < 6; j++) {
		if (v->status == VS_VERVULD)
			pd = j == 0 ? v->closed : v->closed -
			    demo_rng_range(&r, 0, v->closed - c0 - 2 < 21 ?
			    v->closed - c0 - 2 : 21);
		else
			pd = c0 + demo_rng_range(&r, 14, ctx->today - c0);
		p = c0 + demo_rng_range(&r, 1, (pd - c0) / 2);
		if ((ci = pick_candidate(ctx, v, &r, p, pd + 21, chosen,
		    nchosen)) < 0)
			continue;
		chosen[nchosen++] = ci;
		place(ctx, &r, vi, ci, p, pd);
	}
	n = demo_rng_range(&r, 0, v->status == VS_VERLOPEN ? 2 : 3);
	for (j = 0; j < n && end - c0 > 4; j++) {
		p = c0 + demo_rng_range(&r, 1, end - c0 - 3);
		f = p + demo_rng_range(&r, 3, 40);
		if (f > end)
			f = end;
		if ((ci = pick_candidate(ctx, v, &r, p, f, chosen,
		    nchosen)) < 0)
			continue;
		chosen[nchosen++] = ci;
		step = demo_rng_pct(&r, 65) ? PS_NOT_CHOSEN : PS_WITHDRAWN;
		iv = demo_rng_pct(&r, step == PS_NOT_CHOSEN ? 60 : 25) ?
		    demo_rng_range(&r, p, f) : 0;
		add_prop(ctx, &r, vi, ci, p, iv, f, step);
	}
	if (v->closed != 0 || !demo_rng_pct(&r, 70))
		return;
	for (j = demo_rng_range(&r, 1, 3); j > 0; j--) {
		p = demo_rng_range(&r, c0 > ctx->today - 42 ? c0 :
		    ctx->today - 42, ctx->today);
		if ((ci = pick_candidate(ctx, v, &r, p, DEMO_NEVER, chosen,
		    nchosen)) < 0)
			continue;
		chosen[nchosen++] = ci;
		iv = demo_rng_pct(&r, 50) ? demo_rng_range(&r, p, ctx->today) :
		    0;
		add_prop(ctx, &r, vi, ci, p, iv, 0, iv ? PS_INTERVIEW :
		    PS_PROPOSED);
		if (ctx->cand[ci].open < 255)
			ctx->cand[ci].open++;
	}
}

void
demo_history(struct demo_ctx *ctx)
{
	static const int good[11] = { 1, 0, 1, 1, 2, 3, 7, 18, 32, 23, 12 };
	static const int poor[11] = { 2, 0, 1, 2, 4, 8, 15, 25, 25, 12, 6 };
	const struct demo_vac	*v;
	struct demo_rating	*rt;
	struct demo_rng		 r;
	int			 i;

	for (i = 0; i < ctx->nvac; i++)
		history_vacancy(ctx, i);
	/* Employers rate the service some weeks after a vacancy closed. */
	for (i = 0; i < ctx->nvac; i++) {
		v = &ctx->vac[i];
		demo_rng_seed(&r, ctx->seed, 'R', i);
		if (v->closed == 0 || !demo_rng_pct(&r, v->status ==
		    VS_VERVULD ? 45 : 12))
			continue;
		if (ctx->nrating == ctx->arating) {
			ctx->arating = ctx->arating == 0 ? 256 :
			    ctx->arating * 2;
			ctx->rating = xreallocarray(ctx->rating, ctx->arating,
			    sizeof(*ctx->rating));
		}
		rt = &ctx->rating[ctx->nrating];
		rt->emp = v->employer;
		rt->day = v->closed + demo_rng_range(&r, 14, 75);
		rt->score = demo_rng_pick(&r, v->status == VS_VERVULD ? good :
		    poor, 11);
		if (rt->day <= ctx->today)
			ctx->nrating++;
	}
}

static enum wb_status
write_step(struct demo_ctx *ctx, int id, int step, int day, int by,
    const char *note, int secs)
{
	struct demo_batch	*b = &ctx->batch[ST_STEP];

	demo_put_int(b, id);
	demo_put_text(b, step_names[step]);
	demo_put_date(b, day);
	demo_put_int(b, by + 1);
	demo_put_text(b, note);
	demo_put_stamp(b, day, secs);
	return demo_row(ctx, ST_STEP);
}

static enum wb_status
write_proposals(struct demo_ctx *ctx)
{
	static const char *const notes[] = {
		NULL, "Gesprek bij de werkgever gepland", "Gestart",
		"Werkgever kiest een andere kandidaat",
		"Kandidaat ziet af van de functie",
	};
	struct demo_batch		*b = &ctx->batch[ST_PROP];
	const struct demo_prop	*p;
	struct demo_rng		 r;
	enum wb_status		 st;
	int			 i, am, last, secs;

	for (i = 0; i < ctx->nprop; i++) {
		p = &ctx->prop[i];
		demo_rng_seed(&r, ctx->seed, 'P', i);
		am = ctx->vac[p->vac].am;
		last = p->final > 0 ? p->final : p->interview > 0 ?
		    p->interview : p->proposed;
		secs = 9 * 3600 + demo_rng_below(&r, 8 * 3600);
		demo_put_int(b, i + 1);
		demo_put_int(b, p->vac + 1);
		demo_put_int(b, p->cand + 1);
		demo_put_text(b, step_names[p->step]);
		demo_put_date(b, p->proposed);
		demo_put_int(b, p->by + 1);
		demo_put_stamp(b, last, secs);
		if ((st = demo_row(ctx, ST_PROP)) != WB_OK ||
		    (st = write_step(ctx, i + 1, PS_PROPOSED, p->proposed,
		    p->by, NULL, secs)) != WB_OK)
			return st;
		if (p->interview > 0 && (st = write_step(ctx, i + 1,
		    PS_INTERVIEW, p->interview, am >= 0 ? am : p->by,
		    demo_rng_pct(&r, 30) ? notes[PS_INTERVIEW] : NULL,
		    secs + 60)) != WB_OK)
			return st;
		if (p->final > 0 && (st = write_step(ctx, i + 1, p->step,
		    p->final, p->step == PS_NOT_CHOSEN && am >= 0 ? am : p->by,
		    demo_rng_pct(&r, 40) ? notes[p->step] : NULL,
		    secs + 120)) != WB_OK)
			return st;
	}
	return WB_OK;
}

static enum wb_status
write_placements(struct demo_ctx *ctx)
{
	struct demo_batch		*b = &ctx->batch[ST_PLC];
	const struct demo_plc	*pl;
	const struct demo_prop	*p;
	const struct demo_cand	*c;
	enum wb_status		 st;
	int			 i, k;

	for (i = 0; i < ctx->nplc; i++) {
		pl = &ctx->plc[i];
		p = &ctx->prop[pl->prop];
		c = &ctx->cand[p->cand];
		demo_put_int(b, i + 1);
		demo_put_int(b, p->vac + 1);
		demo_put_int(b, p->cand + 1);
		demo_put_int(b, pl->prop + 1);
		demo_put_int(b, p->cand + 1);
		demo_put_int(b, c->partner + 1);
		demo_put_text(b, demo_tg_names[c->tg]);
		demo_put_text(b, ctx->pc4[c->pc4].muni[0] != '\0' ?
		    ctx->pc4[c->pc4].muni : NULL);
		demo_put_date(b, pl->start);
		demo_put_date(b, pl->end);
		demo_put_text(b, contract_names[pl->contract]);
		demo_put_int(b, pl->hours);
		demo_put_date(b, pl->check6);
		demo_put_date(b, pl->check12);
		demo_put_stamp(b, p->final, 11 * 3600 + i % 3600);
		demo_put_stamp(b, p->final, 11 * 3600 + i % 3600);
		if ((st = demo_row(ctx, ST_PLC)) != WB_OK)
			return st;
		for (k = 0; k < 7; k++) {
			if ((pl->instruments & (1 << k)) == 0)
				continue;
			b = &ctx->batch[ST_PLC_INSTR];
			demo_put_int(b, i + 1);
			demo_put_text(b, demo_instrument_names[k]);
			demo_put_int(b, k == 0 ? pl->lks : -1);
			if ((st = demo_row(ctx, ST_PLC_INSTR)) != WB_OK)
				return st;
			b = &ctx->batch[ST_PLC];
		}
	}
	return WB_OK;
}

enum wb_status
demo_history_write(struct demo_ctx *ctx)
{
	struct demo_batch		*b = &ctx->batch[ST_RATING];
	const struct demo_rating *rt;
	enum wb_status		 st;
	int			 i;

	demo_progress(ctx, _("history"), 0, 2);
	if ((st = write_proposals(ctx)) != WB_OK ||
	    (st = demo_flush(ctx, ST_PROP)) != WB_OK ||
	    (st = demo_flush(ctx, ST_STEP)) != WB_OK)
		return st;
	demo_progress(ctx, _("history"), 1, 2);
	if ((st = write_placements(ctx)) != WB_OK)
		return st;
	for (i = 0; i < ctx->nrating; i++) {
		rt = &ctx->rating[i];
		demo_put_int(b, rt->emp + 1);
		demo_put_date(b, rt->day);
		demo_put_int(b, rt->score);
		demo_put_stamp(b, rt->day, 10 * 3600 + i % 7200);
		if ((st = demo_row(ctx, ST_RATING)) != WB_OK)
			return st;
	}
	demo_progress(ctx, _("history"), 2, 2);
	return WB_OK;
}
