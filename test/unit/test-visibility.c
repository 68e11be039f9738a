/*
 * test-visibility.c: the visibility rule (user.h) in the models the
 * screens and the command line read through: the candidate list, search,
 * row, detail and names (candidate.c), a vacancy's filled-by and its
 * proposals (vacancy.c), the exports (export.c) and the audit log's
 * record column (audit.c).  Partner AAA's C1 and BBB's C4 did not
 * consent; C2 (AAA) and C3 (BBB) did.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "werkbank/audit.h"
#include "werkbank/candidate.h"
#include "werkbank/db.h"
#include "werkbank/export.h"
#include "werkbank/user.h"
#include "werkbank/vacancy.h"

#include "tmpdb.h"

struct fx {
	struct tmpdb	 tmp;
	struct db	*db;
	struct user_ctx	 anna;		/* recruiter, AAA */
	struct user_ctx	 cora;		/* coordinator, BBB */
	struct user_ctx	 solo;		/* a single-user database's one */
};

static const char world[] =
    "INSERT INTO municipality (code, name) VALUES ('9901', 'Noorddorp');"
    "INSERT INTO pc4 (code, place, municipality_code, lat, lon) VALUES "
    "('1001', 'Noorddorp', '9901', 52.7, 6.2);"
    "INSERT INTO isco_group (code, level, parent_code, title_en, title_nl) "
    "VALUES ('8', 1, NULL, 'x', 'x'), ('83', 2, '8', 'x', 'x'),"
    "('834', 3, '83', 'x', 'x'), ('8344', 4, '834', 'x', 'x');"
    "INSERT INTO partner (id, code, name, kind) VALUES "
    "(1, 'AAA', 'Partner A', 'gemeente'), (2, 'BBB', 'Partner B', 'uwv');"
    "INSERT INTO app_user (id, login, name, partner_id, role) VALUES "
    "(1, 'anna', 'Anna', 1, 'recruiter'), "
    "(2, 'cora', 'Cora', 2, 'coordinator');"
    "INSERT INTO employer (id, name, name_key, pc4) VALUES "
    "(1, 'E1', 'e1', '1001');"
    "INSERT INTO vacancy (id, partner_id, ref, employer_id, title, "
    "isco_code, pc4, positions, collected_on, status, closed_on) VALUES "
    "(1, 1, 'V1', 1, 'Heftruck', '8344', '1001', 2, '2026-11-18', 'open', "
    "NULL),"
    "(2, 2, 'V2', 1, 'Klaar', '8344', '1001', 1, '2026-05-01', 'vervuld', "
    "'2026-11-20');"
    "INSERT INTO candidate (id, partner_id, ref, first_name, last_name, "
    "pc4, target_group, consent, registered_on) VALUES "
    "(1, 1, 'C1', 'Ada', 'Eengeheim', '1001', 'ww', 0, '2026-01-01'),"
    "(2, 1, 'C2', 'Bob', 'Tweedeelt', '1001', 'ww', 1, '2026-01-01'),"
    "(3, 2, 'C3', 'Cas', 'Driedeelt', '1001', 'nug', 1, '2026-01-01'),"
    "(4, 2, 'C4', 'Dee', 'Viergeheim', '1001', 'bijstand', 0, "
    "'2026-01-01');"
    "INSERT INTO proposal (id, vacancy_id, candidate_id, step, "
    "proposed_on) VALUES (1, 1, 2, 'proposed', '2026-11-19'), "
    "(2, 1, 4, 'proposed', '2026-11-19'), "
    "(3, 2, 4, 'placed', '2026-06-01');"
    "INSERT INTO placement (id, vacancy_id, candidate_id, proposal_id, "
    "person_no, partner_id, target_group, start_date) VALUES "
    "(1, 2, 4, 3, 4, 2, 'bijstand', '2026-07-01');";

static int
setup(void **state)
{
	struct fx	*f = calloc(1, sizeof(*f));

	if (tmpdb_open(&f->tmp, &f->db, "test-visibility", world) != 0 ||
	    tmpdb_users(f->db, "anna", &f->anna, "cora", &f->cora,
	    (char *)NULL) != 0)
		return -1;
	memset(&f->solo, 0, sizeof(f->solo));
	f->solo.single = 1;
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fx	*f = *state;
	char		 p[400];

	snprintf(p, sizeof(p), "%s/out.csv", f->tmp.dir);
	unlink(p);
	tmpdb_close(&f->tmp, f->db);
	free(f);
	return 0;
}

/* The listed ids as "1,2,3". */
static void
listed(struct fx *f, const struct user_ctx *u, char *buf, size_t len)
{
	struct listing		*l = candidate_listing_new(f->db, u);
	struct candidate_query	 q;
	size_t			 i, o = 0;

	memset(&q, 0, sizeof(q));
	q.user = u;
	assert_int_equal(candidate_listing_query(l, f->db, &q), WB_OK);
	buf[0] = '\0';
	for (i = 0; i < listing_count(l) && o + 24 < len; i++)
		o += (size_t)snprintf(buf + o, len - o, "%s%lld", i ? "," : "",
		    listing_id(l, i));
	/* The rows load for what is listed. */
	if (listing_count(l) > 0) {
		listing_fetch(l, 0, listing_count(l));
		assert_non_null(listing_row(l, 0));
	}
	listing_free(l);
}

static void
test_list(void **state)
{
	struct fx	*f = *state;
	char		 ids[128];

	listed(f, &f->anna, ids, sizeof(ids));
	assert_string_equal(ids, "1,2,3");
	listed(f, &f->cora, ids, sizeof(ids));
	assert_string_equal(ids, "2,3,4");
	listed(f, &f->solo, ids, sizeof(ids));
	assert_string_equal(ids, "1,2,3,4");
	listed(f, NULL, ids, sizeof(ids));
	assert_string_equal(ids, "");
}

static void
test_search(void **state)
{
	struct fx	*f = *state;
	long long	*ids;
	size_t		 n;

	assert_int_equal(candidate_search(f->db, &f->anna, "Eengeheim", 1, &ids,
	    &n), WB_OK);
	assert_int_equal(n, 1);
	assert_int_equal(ids[0], 1);
	free(ids);
	assert_int_equal(candidate_search(f->db, &f->anna, "Viergeheim", 1, &ids,
	    &n), WB_OK);
	assert_int_equal(n, 0);
	free(ids);
	assert_int_equal(candidate_search(f->db, &f->cora, "Viergeheim", 1, &ids,
	    &n), WB_OK);
	assert_int_equal(n, 1);
	free(ids);
}

static void
test_row_detail_names(void **state)
{
	struct fx		*f = *state;
	struct candidate_row	*r;
	struct candidate_detail	 d;
	long long		 ids[2] = { 3, 4 };
	char			*first[2], *last[2];
	int			 i;

	assert_null(candidate_row_load(f->db, &f->anna, 4));
	r = candidate_row_load(f->db, &f->cora, 4);
	assert_non_null(r);
	assert_string_equal(r->key, "BBB/C4");
	candidate_row_free(r);

	assert_int_equal(candidate_detail_load(f->db, &f->anna, 4, &d),
	    WB_NOT_FOUND);
	candidate_detail_free(&d);
	assert_int_equal(candidate_detail_load(f->db, &f->anna, 1, &d), WB_OK);
	assert_string_equal(d.row.last, "Eengeheim");
	candidate_detail_free(&d);

	candidate_names(f->db, &f->anna, ids, 2, first, last);
	assert_string_equal(last[0], "Driedeelt");
	assert_string_equal(last[1], "");
	for (i = 0; i < 2; i++) {
		free(first[i]);
		free(last[i]);
	}
}

static void
test_vacancy(void **state)
{
	struct fx		*f = *state;
	struct vacancy_row	*r;
	struct vacancy_detail	 d;

	/* V2 was filled by BBB's C4, who did not consent. */
	r = vacancy_row_load(f->db, &f->anna, 2);
	assert_non_null(r);
	assert_string_equal(r->filled_key, "");
	assert_string_equal(r->filled_last, "");
	assert_int_equal(r->placements, 1);
	vacancy_row_free(r);
	r = vacancy_row_load(f->db, &f->cora, 2);
	assert_string_equal(r->filled_key, "BBB/C4");
	vacancy_row_free(r);

	/* V1's proposals: C2 and C4. */
	assert_int_equal(vacancy_detail_load(f->db, &f->anna, 1, &d), WB_OK);
	assert_int_equal(d.nproposals, 1);
	assert_string_equal(d.proposals[0].key, "AAA/C2");
	vacancy_detail_free(&d);
	assert_int_equal(vacancy_detail_load(f->db, &f->cora, 1, &d), WB_OK);
	assert_int_equal(d.nproposals, 2);
	vacancy_detail_free(&d);
}

/* The export of kind as u into a string; caller frees. */
static char *
export(struct fx *f, const struct user_ctx *u, const char *kind)
{
	struct export_options	 o;
	char			 path[400], err[256], *text;
	long			 rows, len;
	FILE			*fp;

	snprintf(path, sizeof(path), "%s/out.csv", f->tmp.dir);
	memset(&o, 0, sizeof(o));
	o.kind = kind;
	o.path = path;
	o.login = u != NULL ? u->login : "nobody";
	o.user = u;
	assert_int_equal(export_run(f->db, &o, &rows, err, sizeof(err)),
	    WB_OK);
	fp = fopen(path, "r");
	assert_non_null(fp);
	fseek(fp, 0, SEEK_END);
	len = ftell(fp);
	rewind(fp);
	text = calloc(1, (size_t)len + 1);
	assert_int_equal(fread(text, 1, (size_t)len, fp), (size_t)len);
	fclose(fp);
	return text;
}

static void
test_export(void **state)
{
	struct fx	*f = *state;
	char		*t;

	t = export(f, &f->anna, "candidates");
	assert_non_null(strstr(t, "\nC1,AAA,Ada,Eengeheim,"));
	assert_non_null(strstr(t, "\nC3,BBB,"));
	assert_null(strstr(t, "C4"));
	assert_null(strstr(t, "Viergeheim"));
	free(t);
	t = export(f, &f->cora, "candidates");
	assert_null(strstr(t, "Eengeheim"));
	assert_non_null(strstr(t, "\nC4,BBB,"));
	free(t);
	t = export(f, &f->anna, "placements");
	assert_null(strstr(t, "C4"));
	free(t);
	t = export(f, &f->cora, "placements");
	assert_non_null(strstr(t, ",C4,BBB,"));
	free(t);
	t = export(f, NULL, "candidates");	/* nobody's: the header only */
	assert_non_null(strchr(t, '\n'));
	assert_string_equal(strchr(t, '\n'), "\n");
	free(t);
}

static void
test_audit_record(void **state)
{
	struct fx		*f = *state;
	struct audit_filter	 flt;
	struct table		*t;
	FILE			*fp;
	char			*text;
	size_t			 len;

	assert_int_equal(audit_append(f->db, "cora", "view", "candidate", 4,
	    NULL), WB_OK);
	memset(&flt, 0, sizeof(flt));
	flt.user = &f->anna;
	assert_int_equal(audit_table(f->db, &flt, &t), WB_OK);
	fp = open_memstream(&text, &len);
	table_print(t, fp, TABLE_CSV);
	fclose(fp);
	table_free(t);
	assert_non_null(strstr(text, ",cora,view,candidate,4,,"));
	free(text);
	flt.user = &f->cora;
	assert_int_equal(audit_table(f->db, &flt, &t), WB_OK);
	fp = open_memstream(&text, &len);
	table_print(t, fp, TABLE_CSV);
	fclose(fp);
	table_free(t);
	assert_non_null(strstr(text, ",cora,view,candidate,4,BBB/C4,"));
	free(text);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_list, setup, teardown),
		cmocka_unit_test_setup_teardown(test_search, setup, teardown),
		cmocka_unit_test_setup_teardown(test_row_detail_names, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_vacancy, setup, teardown),
		cmocka_unit_test_setup_teardown(test_export, setup, teardown),
		cmocka_unit_test_setup_teardown(test_audit_record, setup,
		    teardown),
	};

	setenv("WERKBANK_TODAY", "2026-11-23", 1);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
