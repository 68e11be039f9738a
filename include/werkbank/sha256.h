/*
 * sha256.h: SHA-256 (FIPS 180-4) and HMAC-SHA-256 (RFC 2104) for the
 * audit log's chain.  A small incremental interface: init, update any
 * number of times, final.
 */
#ifndef WERKBANK_SHA256_H
#define WERKBANK_SHA256_H

#include <stddef.h>
#include <stdint.h>

#define SHA256_DIGEST_LEN	32
#define SHA256_HEX_LEN		64	/* without the terminating NUL */

struct sha256 {
	uint32_t	h[8];
	uint64_t	bytes;		/* message length so far */
	uint8_t		buf[64];	/* the block being filled */
	size_t		used;
};

void	sha256_init(struct sha256 *);
void	sha256_update(struct sha256 *, const void *, size_t);
/* Pad, write the digest; the state must be initialised again to reuse. */
void	sha256_final(struct sha256 *, uint8_t digest[SHA256_DIGEST_LEN]);
/* The digest of one buffer as 64 lower-case hex digits and a NUL. */
void	sha256_hex(const void *, size_t, char out[SHA256_HEX_LEN + 1]);
/* Write a digest as lower-case hex into out (65 bytes). */
void	sha256_to_hex(const uint8_t digest[SHA256_DIGEST_LEN],
	    char out[SHA256_HEX_LEN + 1]);

/* HMAC-SHA-256: the inner hash, and the outer one started on its key. */
struct hmac_sha256 {
	struct sha256	inner;
	struct sha256	outer;
};

/* Any key length (a key longer than a block is hashed first). */
void	hmac_sha256_init(struct hmac_sha256 *, const void *key, size_t len);
void	hmac_sha256_update(struct hmac_sha256 *, const void *, size_t);
/* Write the MAC; the state is wiped (init again to reuse). */
void	hmac_sha256_final(struct hmac_sha256 *,
	    uint8_t mac[SHA256_DIGEST_LEN]);

#endif
