/*
 * test-profile.c: the candidate profile through its API (profile.h): who
 * may write one of whom, named only with consent and never in meeting
 * mode, the number that stays the candidate's, the share and audit rows
 * with the file (and neither without it), the notes for the pipeline,
 * the text's width and data made inert, a PDF.  "Today" is 2026-11-23.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "werkbank/db.h"
#include "werkbank/profile.h"
#include "werkbank/user.h"
#include "tmpdb.h"

struct fx {
	struct tmpdb	 tmp;
	struct db	*db;
	struct user_ctx	 anna;		/* recruiter, partner AAA */
	struct user_ctx	 vera;		/* viewer, AAA */
	char		 file[400];
};

/* V1 of E1; C1 of AAA without consent, C2 of AAA with, a skill with an
 * escape sequence and a restriction; C3 of BBB without consent. */
static const char world[] =
    "INSERT INTO municipality (code, name) VALUES ('9901', 'Noorddorp');"
    "INSERT INTO pc4 (code, place, municipality_code, lat, lon) VALUES "
    "('1001', 'Noorddorp', '9901', 52.7, 6.2),"
    "('1002', 'Zuiddorp', '9901', 52.6, 6.2);"
    "INSERT INTO isco_group (code, level, parent_code, title_en, title_nl) "
    "VALUES ('8', 1, NULL, 'x', 'x'), ('83', 2, '8', 'x', 'x'),"
    "('834', 3, '83', 'x', 'x'), ('8344', 4, '834', 'Lifting truck "
    "operators', 'Heftruckbestuurders');"
    "INSERT INTO partner (id, code, name, kind) VALUES "
    "(1, 'AAA', 'Partner A', 'gemeente'), (2, 'BBB', 'Partner B', 'uwv');"
    "INSERT INTO app_user (id, login, name, partner_id, role, phone, email) "
    "VALUES (1, 'anna', 'Anna Smit', 1, 'recruiter', '06-12345678', "
    "'anna@team.example'), (3, 'vera', 'Vera', 1, 'viewer', NULL, NULL);"
    "INSERT INTO employer (id, name, name_key, pc4) VALUES "
    "(1, 'E1 \xe2\x80\xae" "bad', 'e1', '1001');"
    "INSERT INTO vacancy (id, partner_id, ref, employer_id, title, "
    "isco_code, pc4, positions, hours_min, hours_max, collected_on) VALUES "
    "(1, 1, 'V1', 1, 'Heftruck', '8344', '1001', 1, 32, 38, '2026-11-18');"
    "INSERT INTO vacancy_demand VALUES (1, 'nachtdienst');"
    "INSERT INTO candidate (id, partner_id, ref, first_name, last_name, "
    "pc4, target_group, consent, hours_min, hours_max, registered_on) "
    "VALUES (1, 1, 'C1', 'Jan', 'Jansen', '1002', 'ww', 0, 16, 20, "
    "'2026-01-01'),"
    "(2, 1, 'C2', 'Piet', 'Pietersen', '1002', 'wajong', 1, 32, 32, "
    "'2026-01-01'),"
    "(3, 2, 'C3', 'Kees', 'Klaassen', '1002', 'bijstand', 0, NULL, NULL, "
    "'2026-01-01');"
    "INSERT INTO candidate_occupation VALUES (2, '8344', 3);"
    "INSERT INTO candidate_skill VALUES (2, 'a\x1b[2jb');"
    "INSERT INTO candidate_restriction VALUES (2, 'geen_nachtdienst');";

static long long
num(struct db *db, const char *s)
{
	long long	v;

	if (db_query_int(db, s, &v) != WB_OK)
		fail_msg("%s: %s", s, db_error(db));
	return v;
}

static int
setup(void **state)
{
	struct fx	*f = calloc(1, sizeof(*f));

	setenv("WERKBANK_TODAY", "2026-11-23", 1);
	if (tmpdb_open(&f->tmp, &f->db, "test-profile", world) != 0 ||
	    tmpdb_users(f->db, "anna", &f->anna, "vera", &f->vera,
	    (char *)NULL) != 0)
		return -1;
	snprintf(f->file, sizeof(f->file), "%s/profiel.txt", f->tmp.dir);
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fx	*f = *state;

	unlink(f->file);
	tmpdb_close(&f->tmp, f->db);
	free(f);
	return 0;
}

static enum wb_status
write1(struct fx *f, const struct user_ctx *u, long long c, long long v,
    int named, int meeting, enum profile_format fmt, const char *path,
    struct profile_result *res)
{
	struct profile_request	req;

	memset(&req, 0, sizeof(req));
	req.candidate_id = c;
	req.vacancy_id = v;
	req.named = named;
	req.meeting = meeting;
	req.format = fmt;
	req.path = path;
	req.out = stdout;
	return profile_write(f->db, u, &req, res);
}

static char *
slurp_n(const char *path, size_t *len)
{
	FILE	*fp = fopen(path, "rb");
	char	*buf;
	long	 n;

	assert_non_null(fp);
	fseek(fp, 0, SEEK_END);
	n = ftell(fp);
	rewind(fp);
	buf = calloc(1, (size_t)n + 1);
	assert_int_equal(fread(buf, 1, (size_t)n, fp), (size_t)n);
	fclose(fp);
	*len = (size_t)n;
	return buf;
}

static char *
slurp(const char *path)
{
	size_t	n;

	return slurp_n(path, &n);
}

/* Who may, of whom, and how. */
static void
test_refusals(void **state)
{
	struct fx		*f = *state;
	struct profile_result	 r;

	assert_int_equal(write1(f, &f->vera, 2, 0, 0, 0, PROFILE_TEXT,
	    f->file, &r), WB_DENIED);
	assert_int_equal(write1(f, &f->anna, 3, 0, 0, 0, PROFILE_TEXT,
	    f->file, &r), WB_NOT_FOUND);
	assert_int_equal(write1(f, &f->anna, 1, 0, 1, 0, PROFILE_TEXT,
	    f->file, &r), WB_DENIED);
	assert_int_equal(write1(f, &f->anna, 2, 0, 1, 1, PROFILE_TEXT,
	    f->file, &r), WB_DENIED);
	assert_int_equal(access(f->file, F_OK), -1);
	assert_int_equal(num(f->db, "SELECT count(*) FROM profile_share"), 0);
	assert_int_equal(num(f->db, "SELECT count(*) FROM candidate_profile"),
	    0);
	assert_int_equal(num(f->db, "SELECT count(*) FROM audit_log WHERE "
	    "action = 'export'"), 0);
}

/* Written, recorded, numbered; the pipeline's note. */
static void
test_write_and_record(void **state)
{
	struct fx		*f = *state;
	struct profile_result	 r;
	struct profile_share	*s;
	struct stat		 sb;
	size_t			 n;
	char			 note[320], *text, bad[400];

	assert_int_equal(write1(f, &f->anna, 2, 1, 0, 0, PROFILE_TEXT,
	    f->file, &r), WB_OK);
	assert_int_equal(r.n, 1);
	assert_int_equal(r.first_number, 1001);
	assert_string_equal(r.where, f->file);
	assert_int_equal(r.no_contact, 0);
	assert_int_equal(stat(f->file, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0600);
	text = slurp(f->file);
	/* Neither the name nor the key; the escape made inert, the
	 * arrangement said, the occupation and hours there. */
	assert_null(strstr(text, "Piet"));
	assert_null(strstr(text, "C2"));
	assert_null(strstr(text, "\x1b"));
	assert_null(strstr(text, "\xe2\x80\xae"));
	assert_non_null(strstr(text, "a\xef\xbf\xbd[2jb"));
	assert_non_null(strstr(text, "no night shifts"));
	assert_non_null(strstr(text, "Lifting truck operators"));
	assert_non_null(strstr(text, "32 hours a week"));
	assert_non_null(strstr(text, "Anna Smit"));
	assert_non_null(strstr(text, "1001"));
	free(text);
	/* Again: the same number; another candidate the next. */
	assert_int_equal(write1(f, &f->anna, 2, 0, 1, 0, PROFILE_MARKDOWN,
	    f->file, &r), WB_OK);
	assert_int_equal(r.first_number, 1001);
	assert_int_equal(write1(f, &f->anna, 1, 1, 0, 0, PROFILE_TEXT, f->file,
	    &r), WB_OK);
	assert_int_equal(r.first_number, 1002);
	assert_int_equal(num(f->db, "SELECT count(*) FROM audit_log WHERE "
	    "action = 'export' AND record_type = 'candidate'"), 3);
	/* A file that cannot be made: nothing recorded, no number given. */
	snprintf(bad, sizeof(bad), "%s/no/such/dir/p.txt", f->tmp.dir);
	assert_int_equal(write1(f, &f->anna, 2, 1, 0, 0, PROFILE_TEXT, bad,
	    &r), WB_IO);
	assert_int_equal(num(f->db, "SELECT count(*) FROM profile_share"), 3);

	assert_int_equal(profile_shares(f->db, &f->anna, 1, 0, &s, &n), WB_OK);
	assert_int_equal(n, 2);
	assert_int_equal(s[0].number, 1002);	/* newest first */
	assert_int_equal(s[1].number, 1001);
	assert_string_equal(s[1].by, "Anna Smit");
	assert_string_equal(s[1].on, "2026-11-23");
	profile_share_note(&s[1], 1, note, sizeof(note));
	assert_non_null(strstr(note, "profile 1001 shared with E1"));
	assert_non_null(strstr(note, "by Anna Smit"));
	free(s);
	assert_int_equal(profile_shares(f->db, &f->anna, 0, 2, &s, &n), WB_OK);
	assert_int_equal(n, 2);
	assert_int_equal(s[0].named, 1);
	profile_share_note(&s[0], 1, note, sizeof(note));
	assert_string_equal(note, "profile 1001 made by Anna Smit, with the "
	    "name");
	profile_share_note(&s[1], 0, note, sizeof(note));
	assert_non_null(strstr(note, "profile 1001 shared with E1"));
	assert_null(strstr(note, "Anna"));
	free(s);
}

/* Every line of the text fits 72 columns; a PDF is a PDF. */
static void
test_layout(void **state)
{
	struct fx		*f = *state;
	struct profile_result	 r;
	char			*text, *line, *save, pdf[400];
	size_t			 len;

	assert_int_equal(write1(f, &f->anna, 2, 1, 0, 0, PROFILE_TEXT,
	    f->file, &r), WB_OK);
	text = slurp(f->file);
	for (line = strtok_r(text, "\n", &save); line != NULL;
	    line = strtok_r(NULL, "\n", &save))
		if (strspn(line, " abcdefghijklmnopqrstuvwxyz"
		    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:()-'/@") ==
		    strlen(line))
			assert_in_range(strlen(line), 0, 72);
	free(text);
	snprintf(pdf, sizeof(pdf), "%s/p.pdf", f->tmp.dir);
	assert_int_equal(write1(f, &f->anna, 2, 1, 0, 0, PROFILE_PDF, pdf,
	    &r), WB_OK);
	text = slurp_n(pdf, &len);
	assert_memory_equal(text, "%PDF-", 5);
	assert_true(len > 1000);
	free(text);
	unlink(pdf);
	assert_int_equal(profile_format_of_path("a/b.PDF"), PROFILE_PDF);
	assert_int_equal(profile_format_of_path("x.md"), PROFILE_MARKDOWN);
	assert_int_equal(profile_format_of_path("x.txt"), PROFILE_TEXT);
	assert_int_equal(profile_format_of_path("x.d/y"), -1);
	assert_int_equal(profile_format_of_path(NULL), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_refusals, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_write_and_record, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_layout, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
