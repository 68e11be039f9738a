/*
 * demo-internal.h: what the parts of the demo generator share (not a
 * public header).  demo.c runs the parts in order (demo_generate);
 * demo-batch.c buffers rows and writes them many to an INSERT, and drops
 * and remakes the indexes; demo-data.c holds the fixed tables and reads
 * the reference data, the places and the word lists; demo-region.c makes
 * the partners, users, employers and vacancies; demo-market.c holds the
 * occupations and the kinds of business with the jobs they post;
 * demo-people.c the candidates; demo-history.c the proposals,
 * placements and ratings.
 * Everything random comes from one seeded splitmix64 stream per record,
 * so the same options give the same data whatever order the parts run in.
 */
#ifndef WERKBANK_DEMO_INTERNAL_H
#define WERKBANK_DEMO_INTERNAL_H

#include <limits.h>
#include <stdint.h>

#include <sqlite3.h>

#include "werkbank/db.h"
#include "werkbank/demo.h"

#define DEMO_NONE	255		/* an unknown small value */
#define DEMO_NEVER	INT_MAX		/* a day that does not come */

struct demo_rng {
	uint64_t	s;
};

static inline uint64_t
demo_rng_next(struct demo_rng *r)
{
	uint64_t	z;

	z = (r->s += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* The stream of record IDX of kind KIND ('C' candidate, ...). */
static inline void
demo_rng_seed(struct demo_rng *r, uint64_t seed, unsigned kind, uint64_t idx)
{
	r->s = seed ^ ((uint64_t)kind << 56) ^ (idx * 0xd1b54a32d192ed03ULL);
	(void)demo_rng_next(r);
}

/* Uniform in 0 .. n-1 (n >= 1). */
static inline int
demo_rng_below(struct demo_rng *r, int n)
{
	return (int)(((demo_rng_next(r) >> 32) * (uint64_t)n) >> 32);
}

/* Uniform in lo .. hi; lo when hi < lo. */
static inline int
demo_rng_range(struct demo_rng *r, int lo, int hi)
{
	return hi <= lo ? lo : lo + demo_rng_below(r, hi - lo + 1);
}

/* 1 with probability yes percent, 0 with no percent, else -1 (unknown). */
static inline int
demo_rng_tri(struct demo_rng *r, int yes, int no)
{
	int	u = demo_rng_below(r, 100);

	return u < yes ? 1 : u < yes + no ? 0 : -1;
}

/* 1 with probability pct percent. */
static inline int
demo_rng_pct(struct demo_rng *r, int pct)
{
	return demo_rng_below(r, 100) < pct;
}

/* Uniform in [0, 1). */
static inline double
demo_rng_unit(struct demo_rng *r)
{
	return (double)(demo_rng_next(r) >> 11) * (1.0 / 9007199254740992.0);
}

/* An index 0 .. n-1 drawn by the weights (all >= 0, some > 0). */
int		demo_rng_pick(struct demo_rng *, const int *weights, int n);

enum demo_target_group {
	TG_BIJSTAND, TG_NUG, TG_WW, TG_WAJONG, TG_WSW, TG_BESCHUT,
	TG_STATUSHOUDER, TG_PRO_VSO, TG_OVERIG, TG_COUNT
};

enum demo_sector {
	SEC_PRODUCTIE, SEC_LOGISTIEK, SEC_SCHOONMAAK, SEC_ZORG,
	SEC_DETAILHANDEL, SEC_HORECA, SEC_GROEN, SEC_BOUW, SEC_DIENSTEN,
	SEC_COUNT
};

/* The partners, in the order of their ids (1 ..). */
enum demo_partner {
	P_MEP, P_STA, P_STW, P_WES, P_UWV, P_NWG, P_RST, P_COUNT
};

enum demo_role { ROLE_COORDINATOR, ROLE_RECRUITER, ROLE_ACCOUNTMANAGER,
	ROLE_VIEWER };

/* vacancy_demand and candidate_restriction, bit for bit. */
#define DEMAND_TILLEN	0x01	/* zwaar_tillen / geen_zwaar_tillen */
#define DEMAND_STAAN	0x02	/* lang_staan / niet_lang_staan */
#define DEMAND_NACHT	0x04	/* nachtdienst / geen_nachtdienst */
#define DEMAND_KLANT	0x08	/* klantcontact / geen_klantcontact */
#define DEMAND_DRUK	0x10	/* druk / rustige_omgeving */

#define MODE_FIETS	0x01
#define MODE_OV		0x02
#define MODE_AUTO	0x04
#define MODE_BROMMER	0x08

/* One ISCO unit group the demo uses, with its demands and skills. */
struct demo_occ {
	const char	*isco;
	int		 sector;	/* candidates' sector with it */
	int		 weight;	/* how many candidates have it */
	int		 demands;
	const char	*skill[4];
};

/* A job a kind of business posts: its Dutch title and ISCO group. */
struct demo_job {
	const char	*title;
	const char	*isco;
	int		 weight;
};

#define DEMO_JOBS	8

/* How a kind of business is named: "Bakkerij Jansen" (KN_SURNAME). */
enum demo_kind_names {
	KN_SURNAME = 0x01,	/* before a surname */
	KN_PLACE = 0x02,	/* before the place: Camping Giethoorn */
	KN_BRAND = 0x04,	/* before a made-up name: Zorggroep Reestdal */
	KN_SUR_POST = 0x08,	/* post after a surname: Mulder Transport */
	KN_BRAND_POST = 0x10,	/* post after a made-up name */
	KN_ANY_SURNAME = 0x20,	/* surnames of any origin */
	KN_GROUP = 0x40,	/* a large one may be called a Groep */
};

/* A kind of business: a hotel, a distribution centre, a bakery ... */
struct demo_kind {
	int		 sector;
	const char	*pre;		/* "Bakkerij" Jansen */
	const char	*post;		/* Mulder "Transport" */
	int		 weight;	/* how common */
	int		 big;		/* 0 small .. 2 large */
	int		 names;		/* enum demo_kind_names */
	struct demo_job	 job[DEMO_JOBS];
};

extern const struct demo_occ	 demo_occs[];
extern const int		 demo_nocc;
extern const struct demo_kind	 demo_kinds[];
extern const int		 demo_nkind;
extern const char *const	 demo_tg_names[TG_COUNT];
extern const char *const	 demo_sector_names[SEC_COUNT];
/* education_level keys the demo uses, lowest first. */
extern const char *const	 demo_edu_keys[];
extern const int		 demo_nedu;
extern const char *const	 demo_lang_codes[7];

struct demo_pc4 {
	char	code[5];
	char	muni[5];
	double	lat, lon;
};

struct demo_place {
	char	*name;
	char	 muni[5];
	int	 core;		/* one of the four municipalities */
	double	 lat, lon, weight;
	int	 first, count;	/* its PC4s: ctx->place_pc4[first ..] */
};

struct demo_list {
	char	**v;
	int	  n;
};

struct demo_user {
	int	partner, role;
	char	login[33];
	char	name[64];
};

struct demo_cand {
	int		reg;		/* registered_on */
	int		left;		/* left_on, or DEMO_NEVER */
	int		busy;		/* in work until (or DEMO_NEVER); 0 */
	int		pc4;		/* index into ctx->pc4 */
	uint16_t	consultant;	/* index into ctx->user */
	uint8_t		partner, tg, nocc, occ[3];
	uint8_t		edu, dutch;	/* DEMO_NONE: unknown */
	int8_t		licence, job_agreement;	/* -1: unknown */
	int		last;		/* last day of their proposals; 0 */
	uint8_t		modes, max_km, consent, open;
	uint8_t		names;		/* name group: 0 nl, 1 mig, 2 sh */
};

enum demo_vac_status { VS_OPEN, VS_ON_HOLD, VS_VERVULD, VS_INGETROKKEN,
	VS_VERLOPEN };
enum demo_prop_step { PS_PROPOSED, PS_INTERVIEW, PS_PLACED, PS_NOT_CHOSEN,
	PS_WITHDRAWN };
/* vacancy_instrument and placement_instrument, bit for bit. */
enum { IN_LKS = 1, IN_JOBCOACH = 2, IN_PROEF = 4, IN_WERKERVARING = 8,
	IN_NO_RISK = 16, IN_BESCHUT = 32, IN_LEERWERK = 64 };
enum { C_NONE, C_VAST, C_TIJDELIJK, C_UITZEND, C_DETACHERING, C_PROEF,
	C_WERKERVARING, C_BESCHUT };
extern const char *const	 demo_instrument_names[7];

struct demo_emp {
	int	pc4, place, am;
	int	partner, kind, size;	/* size: 0 .. 4 */
	double	cum;		/* sizes summed: for drawing vacancies */
};

struct demo_vac {
	int	employer, pc4, am, collected, deadline, start, closed, ref;
	uint8_t	partner, occ, job, status, positions;
	uint8_t	edu, dutch, hmin, hmax, demands, instruments;
	int8_t	licence, job_agreement, sheltered;
};

struct demo_prop {
	int	vac, cand, by, proposed, interview, final, step;
};

struct demo_plc {
	int	prop, start, end, hours, lks, check6, check12;
	uint8_t	contract, instruments;
};

struct demo_rating {
	int	emp, day, score;
};

enum demo_stmt {
	ST_PARTNER, ST_USER, ST_EMPLOYER, ST_CAND, ST_CAND_OCC, ST_CAND_SKILL,
	ST_CAND_RESTR, ST_CAND_TRANSPORT, ST_VAC, ST_VAC_SKILL, ST_VAC_DEMAND,
	ST_VAC_INSTR, ST_PROP, ST_STEP, ST_PLC, ST_PLC_INSTR, ST_RATING,
	ST_COUNT
};

/* One value of a buffered row; text lives in the batch's arena. */
struct demo_val {
	int		type;		/* SQLITE_INTEGER, FLOAT, TEXT, NULL */
	int		len;
	long		i;
	double		d;
	size_t		off;
};

/* Rows of one table, written many to an INSERT (demo_flush). */
struct demo_batch {
	sqlite3_stmt	*full;		/* the INSERT of max rows */
	struct demo_val	*val;		/* n used of cap */
	char		*text;
	size_t		 textlen, textsize;
	int		 which, ncol, max, n, cap;
};

struct demo_ctx {
	struct db			*db;
	const struct demo_options	*opt;
	uint64_t			 seed;
	int				 today, scale;
	struct demo_batch		 batch[ST_COUNT];

	struct demo_pc4		*pc4;
	int			 npc4;
	struct demo_place	*place;
	int			 nplace;
	int			*place_pc4;
	double			*home_cum;	/* per place_pc4: homes */
	int			 nplace_pc4;
	int			*occ_ok;	/* per demo_occs[] */
	/* Per demo_kinds[]: the occupation of each job, how many jobs. */
	uint8_t			(*job_occ)[DEMO_JOBS];
	int			*njob;
	/* The occupations by sector (SEC_COUNT: all), with their weights. */
	uint8_t			 sec_occ[SEC_COUNT + 1][256];
	int			 sec_n[SEC_COUNT + 1];
	int			 sec_total[SEC_COUNT + 1];
	int			 edu_ok[32], lang_ok[7];

	struct demo_list	 first[3], last[3];	/* nl, mig, sh */
	struct demo_list	 emp_brand[SEC_COUNT];
	struct demo_list	 emp_suffix[4];	/* enum demo_suffix */
	char			*words[4];	/* the lists point into these */
	int			 nwords;

	struct demo_user	*user;
	int			 nuser;
	int			*rec[P_COUNT], nrec[P_COUNT];
	int			*am[P_COUNT], nam[P_COUNT];

	struct demo_cand	*cand;
	long			 ncand;
	int			*bucket;	/* candidates by occupation */
	long			*bucket_at;	/* demo_nocc + 1 offsets */

	struct demo_emp		*emp;
	int			 nemp;
	struct demo_vac		*vac;
	int			 nvac;
	struct demo_prop	*prop;
	int			 nprop, aprop;
	struct demo_plc		*plc;
	int			 nplc, aplc;
	struct demo_rating	*rating;
	int			 nrating, arating;

	struct db_indexes	 *indexes;	/* dropped while filling */
};

/* demo.c: helpers every part uses. */
/* Sorted day numbers for n records spread over from .. to. */
void		demo_spread_days(int from, int to, long n, double growth,
		    int *out);
void		demo_progress(struct demo_ctx *, const char *what, long done,
		    long total);

/*
 * demo-batch.c.  demo_batch_init prepares the INSERT of table WHICH.
 * The demo_put_* give the next value of the row being buffered for a
 * table; NULL for a NULL string, a 0 day or a negative number.  demo_row
 * ends the row (and writes the batch when it is full); demo_flush writes
 * what is buffered for a table, demo_flush_all for all, parents first.
 */
enum wb_status	demo_batch_init(struct demo_ctx *, int which);
void		demo_put_text(struct demo_batch *, const char *);
void		demo_put_date(struct demo_batch *, int day);
void		demo_put_stamp(struct demo_batch *, int day, int seconds);
void		demo_put_int(struct demo_batch *, long);
void		demo_put_real(struct demo_batch *, double);
enum wb_status	demo_row(struct demo_ctx *, int which);
enum wb_status	demo_flush(struct demo_ctx *, int which);
enum wb_status	demo_flush_all(struct demo_ctx *);
/* Drop the secondary indexes of the tables filled, keeping their SQL in
 * ctx; make again those dropped (demo_generate does, even on failure). */
enum wb_status	demo_indexes_drop(struct demo_ctx *);
enum wb_status	demo_indexes_make(struct demo_ctx *);

/* demo-data.c: PC4s, occupations and levels the database has; places. */
enum wb_status	demo_reference_load(struct demo_ctx *);
enum wb_status	demo_places_load(struct demo_ctx *);
/* Candidate names: group 0 nl, 1 mig, 2 sh; employer words by sector. */
enum wb_status	demo_words_load(struct demo_ctx *);
/* An occupation of this sector (or any when sector < 0). */
int		demo_pick_occ(struct demo_ctx *, struct demo_rng *, int sector);

/* When a suffix suits an employer's name (employer_words.txt). */
enum demo_suffix { SUF_ANY, SUF_SMALL, SUF_FAMILY, SUF_BIG };

/* demo-market.c: the index of an ISCO group in demo_occs, or -1; the
 * occupation of every job (ctx->job_occ, ctx->njob), checked. */
int		demo_occ_find(const char *isco);
enum wb_status	demo_market_check(struct demo_ctx *);

/*
 * demo-region.c.  Partners, users and employers are written as they are
 * made; vacancies are made in memory first and written after the history.
 */
enum wb_status	demo_partners_write(struct demo_ctx *);
enum wb_status	demo_users_create(struct demo_ctx *);
enum wb_status	demo_employers_create(struct demo_ctx *);
void		demo_vacancies_generate(struct demo_ctx *);
enum wb_status	demo_vacancies_write(struct demo_ctx *);

/* demo-people.c: candidates made in memory (and ctx->bucket), then written. */
void		demo_candidates_generate(struct demo_ctx *);
enum wb_status	demo_candidates_write(struct demo_ctx *);

/* demo-history.c: over the candidates and vacancies made, then written. */
void		demo_history(struct demo_ctx *);
enum wb_status	demo_history_write(struct demo_ctx *);

#endif
