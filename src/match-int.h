/*
 * match-int.h: the inside of struct match_index, shared by the files of
 * the match module only (match-index.c builds it, match-score.c ranks,
 * match.c loads vacancies and stores runs).  Not part of the
 * module's API.
 */
#ifndef WERKBANK_MATCH_INT_H
#define WERKBANK_MATCH_INT_H

#include <stdint.h>

#include "werkbank/match.h"

/* Candidate flags. */
#define MC_CONSENT	0x01
#define MC_LIC_KNOWN	0x02
#define MC_LICENCE	0x04
#define MC_JA_KNOWN	0x08
#define MC_JOB_AGREE	0x10
#define MC_BESCHUT	0x20
#define MC_STATUS_SHIFT	6	/* 2 bits: enum mc_status */

enum mc_status {
	MC_AVAILABLE,		/* beschikbaar */
	MC_IN_TRAJECT,
	MC_PLACED,		/* geplaatst */
	MC_INACTIVE,
};

#define MC_RANGE_UNKNOWN	0x80	/* in restr: no demand has this bit */
#define MC_HOURS_UNKNOWN	255	/* hours are kept in quarter hours */
#define MC_YEARS_UNKNOWN	255	/* years in tenths, capped at 5.0 */

#define MC_PARTNER_FAR		255

#define MC_LEVEL_UNKNOWN	15
#define MC_EDU(levels)	((levels) & 15)
#define MC_DUTCH(levels)	((levels) >> 4)

/*
 * A candidate as scoring reads them, in one 32-byte record, so that each
 * of the few who could reach the top costs one cache line, not one for
 * every column: what the hard rules and the cheap parts read (the same
 * values as the index's columns, which counting reads), where their
 * occupations and skills are in the shared pools (in candidate order,
 * so that a ranking streams through them), and their place in key order
 * for ties.
 */
struct mc {
	float		inv_range;	/* as match_index.inv_range */
	uint16_t	home, avail;
	uint8_t		flags, restr;
	uint8_t		levels;		/* NLQF | CEFR rank << 4; 15 unknown */
	uint8_t		hmin, hmax;	/* quarter hours, MC_HOURS_UNKNOWN */
	uint8_t		nocc, nskill;
	uint8_t		unused;
	uint16_t	partner;	/* index into partners */
	uint16_t	unused2;
	uint32_t	key_rank;
	uint32_t	occ;		/* first of nocc in the occupation pool */
	uint32_t	skill;		/* first of nskill in the skill pool */
};

struct mocc {
	uint16_t	isco;		/* index into isco codes */
	uint8_t		years;		/* tenths of a year, 0-50, or unknown */
	uint8_t		unused;
};

struct mplace {
	char		 pc4[5];
	double		 lat, lon;
	const char	*municipality;	/* into the municipality names */
};

struct match_index {
	size_t		  n;
	size_t		  pool;		/* CANDIDATE_IN_POOL, all of them */
	/*
	 * What the hard rules read, one array a field, so that counting who
	 * passes them reads 11 bytes a candidate, 16 candidates at a time
	 * where it can.  Scoring reads struct mc.
	 */
	float		 *inv_range;	/* 1 / travel range in km (when it is
					   unknown: of the widest default,
					   and MC_RANGE_UNKNOWN) */
	uint16_t	 *home;		/* home PC4: index into places */
	uint16_t	 *avail;	/* available from: days since
					   1970-01-01, 0 unknown */
	uint8_t		 *flags;	/* MC_* */
	uint8_t		 *restr;	/* restriction bits (match_demand_name),
					   and MC_RANGE_UNKNOWN */
	uint8_t		 *partner;	/* index into partners, MC_PARTNER_FAR
					   when it does not fit: see mc */
	struct mc	 *c;
	long long	 *id;
	uint32_t	 *key_off;	/* into keys */
	char		 *keys;
	size_t		  keys_len;
	uint32_t	 *by_key;	/* candidate indexes in key order */

	struct mocc	 *occ;
	size_t		  nocc;
	uint32_t	 *skill;	/* interned skill ids */
	size_t		  nskill;

	char		**skill_name;	/* id -> name */
	size_t		  nskill_names;
	uint32_t	 *skill_hash;	/* open addressing: id + 1, 0 empty */
	size_t		  skill_hash_size;	/* a power of 2 */

	char		(*isco)[5];	/* unit groups by index */
	size_t		  nisco;
	uint16_t	 *isco_slot;	/* 10000: code -> index + 1, 0 none */
	/*
	 * Who has each occupation: for ISCO slot s the candidates
	 * occ_who[occ_who_at[s]] up to occ_who[occ_who_at[s + 1]], in
	 * index order.  Only they can get the full occupation part.
	 */
	uint32_t	 *occ_who;
	uint32_t	 *occ_who_at;	/* nisco + 1 */

	struct mplace	 *place;
	size_t		  nplace;
	uint16_t	 *place_slot;	/* 10000: PC4 -> index + 1, 0 none */
	uint16_t	 *used_place;	/* the places someone lives */
	size_t		  nused;
	char		**muni;		/* municipality names */
	size_t		  nmuni;

	long long	 *partner_id;	/* slot -> partner.id, by id */
	char		**partner_code;
	size_t		  npartner;

	float		  widest_km;	/* the cap for an unknown range */
};

/* The interned id of a skill name, or UINT32_MAX when no one has it. */
uint32_t	match_skill_find(const struct match_index *, const char *);
/* The bit of a demand (or, restriction 1, a restriction) name, or -1. */
int		match_demand_bit(const char *, int restriction);

/* The index of a 4-digit ISCO code, or -1. */
int		match_isco_find(const struct match_index *, const char *);

/* Quarter hours of a value (0-48), or MC_HOURS_UNKNOWN for < 0. */
uint8_t		match_quarters(double hours);

#endif
