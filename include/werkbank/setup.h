/*
 * setup.h: create a new database file (init and demo).  The file is
 * built under a temporary name beside PATH and linked into place only
 * when everything is committed, so an interrupted `demo` or `init` never
 * leaves a half-made database at PATH, and an existing file is never
 * overwritten.
 */
#ifndef WERKBANK_SETUP_H
#define WERKBANK_SETUP_H

#include "werkbank/demo.h"
#include "werkbank/refdata.h"

struct setup_result {
	struct refdata_counts	ref;
	struct demo_counts	demo;
	char			error[1024];
};

/*
 * Create PATH with the schema and the reference data, and the demo region
 * when demo is not NULL.  On failure nothing is left behind and
 * res->error says why.
 */
enum wb_status	setup_create(const char *path, const char *login,
		    const struct demo_options *demo, struct setup_result *res);

#endif
