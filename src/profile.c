/*
 * profile.c: writing candidate profiles (profile.h) and the record of
 * the profiles shared.
 *
 * profile_write works in this order, so that a profile is never out
 * without its record nor recorded without being out: the candidates
 * (one, or the vacancy's best ranked) are found first; then, in one
 * IMMEDIATE transaction, their profile numbers are given, the documents
 * built (profile-build.c, profile-fit.c) and laid out in memory
 * (profile-text.c, profile-pdf.c), the file written under a temporary
 * name (0600, the person's own group: priv.h), the shares and audit rows
 * added and the transaction committed; only then is the file renamed
 * into place, or the text written to standard output.
 */
#include "werkbank/profile.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "werkbank/audit.h"
#include "werkbank/date.h"
#include "werkbank/i18n.h"
#include "werkbank/json.h"
#include "werkbank/match.h"
#include "werkbank/priv.h"
#include "werkbank/xmalloc.h"
#include "profile-int.h"

static const char *const format_names[] = { "text", "markdown", "pdf" };

const char *
profile_format_name(enum profile_format f)
{
	return (unsigned)f < 3 ? format_names[f] : "";
}

enum wb_status
profile_format_parse(const char *s, enum profile_format *out)
{
	int	i;

	for (i = 0; i < 3; i++)
		if (strcmp(s, format_names[i]) == 0) {
			*out = (enum profile_format)i;
			return WB_OK;
		}
	if (strcmp(s, "txt") == 0 || strcmp(s, "md") == 0) {
		*out = s[0] == 't' ? PROFILE_TEXT : PROFILE_MARKDOWN;
		return WB_OK;
	}
	return WB_INVALID;
}

int
profile_format_of_path(const char *path)
{
	const char	*dot = path != NULL ? strrchr(path, '.') : NULL;

	if (dot == NULL || strchr(dot, '/') != NULL)
		return -1;
	if (strcasecmp(dot, ".pdf") == 0)
		return PROFILE_PDF;
	if (strcasecmp(dot, ".md") == 0 || strcasecmp(dot, ".markdown") == 0)
		return PROFILE_MARKDOWN;
	if (strcasecmp(dot, ".txt") == 0)
		return PROFILE_TEXT;
	return -1;
}

int
profile_is_number(const char *text)
{
	return text != NULL && *text != '\0' && strlen(text) <= 12 &&
	    strspn(text, "0123456789") == strlen(text);
}

enum wb_status
profile_candidate(struct db *db, const struct user_ctx *u, const char *text,
    long long *id)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	char		*sql, vis[128];
	int		 rc;

	*id = 0;
	if (!profile_is_number(text))
		return db_set_error(db, WB_INVALID, _("'%s' is not a profile "
		    "number"), text);
	sql = xasprintf("SELECT c.id FROM candidate_profile cp JOIN candidate "
	    "c ON c.id = cp.candidate_id WHERE cp.number = ? AND %s",
	    user_candidate_sql(u, "c.partner_id", "c.consent", vis,
	    sizeof(vis)));
	st = db_prepare(db, sql, &stmt);
	free(sql);
	if (st != WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, strtoll(text, NULL, 10));
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
		*id = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_fail(db, _("reading the profiles shared"));
	if (*id == 0)
		return db_set_error(db, WB_NOT_FOUND, _("no profile %s"), text);
	return WB_OK;
}

int
profile_may_name(struct db *db, const struct user_ctx *u,
    long long candidate_id)
{
	sqlite3_stmt	*stmt;
	char		*sql, vis[128];
	int		 yes = 0;

	sql = xasprintf("SELECT c.consent FROM candidate c WHERE c.id = ? AND "
	    "%s", user_candidate_sql(u, "c.partner_id", "c.consent", vis,
	    sizeof(vis)));
	if (db_prepare(db, sql, &stmt) == WB_OK) {
		sqlite3_bind_int64(stmt, 1, candidate_id);
		if (sqlite3_step(stmt) == SQLITE_ROW)
			yes = sqlite3_column_int(stmt, 0) == 1;
		sqlite3_finalize(stmt);
	}
	free(sql);
	return yes;
}

long long
profile_number_peek(struct db *db, long long candidate_id)
{
	sqlite3_stmt	*stmt;
	long long	 n = 0;

	if (db_prepare(db, "SELECT coalesce((SELECT number FROM "
	    "candidate_profile WHERE candidate_id = ?), (SELECT seq + 1 FROM "
	    "sqlite_sequence WHERE name = 'candidate_profile'), 1001)",
	    &stmt) != WB_OK)
		return 0;
	sqlite3_bind_int64(stmt, 1, candidate_id);
	if (sqlite3_step(stmt) == SQLITE_ROW)
		n = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	return n;
}

/* The candidate's number, given now if they have none yet.  (Not INSERT
 * OR IGNORE: an ignored row still moves AUTOINCREMENT's sequence on, and
 * numbers would be skipped.) */
static enum wb_status
number_of(struct db *db, long long id, long long *number)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	int		 rc;

	*number = 0;
	if ((st = db_prepare(db, "SELECT number FROM candidate_profile WHERE "
	    "candidate_id = ?", &stmt)) != WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, id);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
		*number = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_fail(db, _("giving the profile a number"));
	if (*number > 0)
		return WB_OK;
	if ((st = db_prepare(db, "INSERT INTO candidate_profile "
	    "(candidate_id) VALUES (?)", &stmt)) != WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, id);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return db_fail(db, _("giving the profile a number"));
	*number = sqlite3_last_insert_rowid(db_sqlite(db));
	return WB_OK;
}

/* The writer, as the employer's contact. */
struct contact {
	char	name[128], phone[64], email[160];
};

static enum wb_status
contact_of(struct db *db, const struct user_ctx *u, struct contact *c)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;

	memset(c, 0, sizeof(*c));
	snprintf(c->name, sizeof(c->name), "%s", u->login);
	if (u->id == 0)
		return WB_OK;
	if ((st = db_prepare(db, "SELECT name, coalesce(phone, ''), "
	    "coalesce(email, '') FROM app_user WHERE id = ?", &stmt)) != WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, u->id);
	if (sqlite3_step(stmt) == SQLITE_ROW) {
		db_column_copy(c->name, sizeof(c->name), stmt, 0);
		db_column_copy(c->phone, sizeof(c->phone), stmt, 1);
		db_column_copy(c->email, sizeof(c->email), stmt, 2);
	}
	sqlite3_finalize(stmt);
	return WB_OK;
}

static void
finish_doc(struct pdoc *d, const struct contact *c, long long number,
    int named)
{
	pdoc_add(d, PD_SECTION, PD_BOX, NULL, _("Contact"));
	pdoc_add(d, PD_FIELD, PD_PLAIN, _("Your contact"), c->name);
	if (*c->phone != '\0')
		pdoc_add(d, PD_FIELD, PD_PLAIN, _("Phone"), c->phone);
	if (*c->email != '\0')
		pdoc_add(d, PD_FIELD, PD_PLAIN, _("E-mail"), c->email);
	pdoc_addf(d, PD_PARA, PD_PLAIN, NULL, _("Please quote profile number "
	    "%lld."), number);
	pdoc_add(d, PD_FOOTER, PD_PLAIN, NULL, named ? _("The candidate "
	    "agreed to share this profile with you by name. Use it only for "
	    "your vacancy and keep it no longer than needed.") :
	    _("This profile is anonymous: we give you the candidate's name "
	    "and contact details when you want to meet. Use it only for your "
	    "vacancy and keep it no longer than needed."));
}

/* The vacancy's best ranked candidates u may see. */
static enum wb_status
top_ids(struct db *db, const struct user_ctx *u, long long vacancy_id,
    size_t top, long long **ids, size_t *n)
{
	struct match_vacancy	 v;
	struct match_index	*idx = NULL;
	struct match_weights	 w;
	struct match_result	*res = NULL;
	sqlite3_stmt		*stmt;
	enum wb_status		 st;
	char			 key[160] = "";
	size_t			 nres = 0, i;

	*ids = NULL;
	*n = 0;
	if ((st = db_prepare(db, "SELECT p.code || '/' || v.ref FROM vacancy v "
	    "JOIN partner p ON p.id = v.partner_id WHERE v.id = ?", &stmt)) !=
	    WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, vacancy_id);
	if (sqlite3_step(stmt) == SQLITE_ROW)
		db_column_copy(key, sizeof(key), stmt, 0);
	sqlite3_finalize(stmt);
	if ((st = match_vacancy_load(db, key, &v)) != WB_OK)
		return st;
	if ((st = match_weights_load(db, &w)) != WB_OK ||
	    (st = match_index_build(db, &idx)) != WB_OK) {
		match_vacancy_clear(&v);
		return st;
	}
	match_rank_vacancy(idx, &v, &w, u->single ? 0 : u->partner_id, top, 0,
	    &res, &nres, NULL);
	*ids = xcalloc(nres > 0 ? nres : 1, sizeof(**ids));
	for (i = 0; i < nres; i++)
		if (res[i].rank > 0)
			(*ids)[(*n)++] = match_index_id(idx, res[i].cand);
	match_results_free(res, nres);
	match_index_free(idx);
	if (*n == 0)
		st = db_set_error(db, WB_NOT_FOUND, _("no candidate passes the "
		    "hard rules for %s"), v.key);
	match_vacancy_clear(&v);
	return st;
}

static enum wb_status
record(struct db *db, const struct user_ctx *u, const struct profile_request
    *req, long long id, long long number, const struct profile_who *who)
{
	sqlite3_stmt	*stmt;
	struct json_obj	*o;
	enum wb_status	 st;
	char		 today[11], *detail;
	int		 rc;

	date_format(date_today(), today);
	if ((st = db_prepare(db, "INSERT INTO profile_share (number, "
	    "candidate_id, vacancy_id, employer_id, by_user_id, by_login, "
	    "shared_on, named, format) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
	    &stmt)) != WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, number);
	sqlite3_bind_int64(stmt, 2, id);
	if (req->vacancy_id > 0) {
		sqlite3_bind_int64(stmt, 3, req->vacancy_id);
		sqlite3_bind_int64(stmt, 4, who->employer_id);
	}
	if (u->id > 0)
		sqlite3_bind_int64(stmt, 5, u->id);
	sqlite3_bind_text(stmt, 6, u->login, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 7, today, -1, SQLITE_STATIC);
	sqlite3_bind_int(stmt, 8, req->named != 0);
	sqlite3_bind_text(stmt, 9, profile_format_name(req->format), -1,
	    SQLITE_STATIC);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return db_fail(db, _("recording the profile"));
	o = json_obj_new();
	json_obj_str(o, "kind", "profile");
	json_obj_int(o, "profile", number);
	if (req->vacancy_id > 0)
		json_obj_int(o, "vacancy_id", req->vacancy_id);
	json_obj_int(o, "named", req->named != 0);
	json_obj_str(o, "format", profile_format_name(req->format));
	detail = json_obj_end(o);
	st = audit_append(db, u->login, "export", "candidate", id, detail);
	free(detail);
	return st;
}

/* The whole output in memory. */
static enum wb_status
render(struct pdoc *const *docs, size_t n, enum profile_format f,
    char **buf, size_t *len, char *err, size_t errlen)
{
	FILE		*ms;
	enum wb_status	 st = WB_OK;

	*buf = NULL;
	*len = 0;
	if ((ms = open_memstream(buf, len)) == NULL) {
		snprintf(err, errlen, "%s", strerror(errno));
		return WB_IO;
	}
	if (f == PROFILE_PDF)
		st = profile_render_pdf(docs, n, ms, err, errlen);
	else
		profile_render_text(docs, n, ms, f == PROFILE_MARKDOWN);
	if (fclose(ms) != 0 && st == WB_OK) {
		snprintf(err, errlen, "%s", strerror(errno));
		st = WB_IO;
	}
	return st;
}

/* buf to a new file tmp, 0600 and the person's own group. */
static int
write_tmp(const char *tmp, const char *buf, size_t len)
{
	ssize_t	w;
	size_t	o = 0;
	int	fd, e;

	fd = priv_open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd == -1)
		return -1;
	if (fchmod(fd, 0600) != 0)
		goto fail;
	while (o < len) {
		if ((w = write(fd, buf + o, len - o)) < 0) {
			if (errno == EINTR)
				continue;
			goto fail;
		}
		o += (size_t)w;
	}
	if (close(fd) != 0) {
		fd = -1;
		goto fail;
	}
	return 0;
fail:
	e = errno;
	if (fd != -1)
		close(fd);
	priv_unlink(tmp);
	errno = e;
	return -1;
}

static void
where(const char *path, char *buf, size_t len)
{
	char	cwd[800];

	if (path[0] != '/' && getcwd(cwd, sizeof(cwd)) != NULL)
		snprintf(buf, len, "%s/%s", cwd, path);
	else
		snprintf(buf, len, "%s", path);
}

enum wb_status
profile_write(struct db *db, const struct user_ctx *u,
    const struct profile_request *req, struct profile_result *res)
{
	struct profile_build_opts	 bo;
	struct pfit_candidate		 fc;
	struct profile_who		*who = NULL;
	struct pdoc			**docs = NULL;
	struct contact			 c;
	enum wb_status			 st;
	long long			*ids = NULL, *numbers = NULL;
	size_t				 n = 0, i, len = 0;
	char				 vis[128], err[512], *buf = NULL;
	char				*tmp = NULL;
	int				 to_file = req->path != NULL &&
					    strcmp(req->path, "-") != 0;

	memset(res, 0, sizeof(*res));
	if ((st = user_require(db, u, PERM_PIPELINE)) != WB_OK)
		return st;
	if (req->named && req->meeting)
		return db_set_error(db, WB_DENIED, _("in meeting mode a profile "
		    "is written without the name; leave meeting mode for a "
		    "named one"));
	user_candidate_sql(u, "c.partner_id", "c.consent", vis, sizeof(vis));
	if (req->candidate_id > 0) {
		ids = xcalloc(1, sizeof(*ids));
		ids[n++] = req->candidate_id;
	} else if (req->vacancy_id > 0 && req->top > 0) {
		res->asked = req->top;
		if ((st = top_ids(db, u, req->vacancy_id, req->top, &ids,
		    &n)) != WB_OK)
			return st;
	} else
		return db_set_error(db, WB_INVALID, "%s", _("no candidate "
		    "named"));
	if ((st = contact_of(db, u, &c)) != WB_OK)
		goto out;
	res->no_contact = u->id > 0 && *c.phone == '\0' && *c.email == '\0';

	docs = xcalloc(n, sizeof(*docs));
	who = xcalloc(n, sizeof(*who));
	numbers = xcalloc(n, sizeof(*numbers));
	if ((st = db_begin(db)) != WB_OK)
		goto out;
	memset(&bo, 0, sizeof(bo));
	bo.vacancy_id = req->vacancy_id;
	bo.named = req->named;
	for (i = 0; i < n; i++) {
		if ((st = number_of(db, ids[i], &numbers[i])) != WB_OK)
			goto rollback;
		bo.number = numbers[i];
		st = profile_build(db, vis, ids[i], &bo, &docs[i], &fc,
		    &who[i]);
		profile_fit_free(&fc);
		if (st != WB_OK)
			goto rollback;
		finish_doc(docs[i], &c, numbers[i], req->named);
	}
	if ((st = render(docs, n, req->format, &buf, &len, err,
	    sizeof(err))) != WB_OK) {
		db_set_error(db, st, "%s", err);
		goto rollback;
	}
	if (to_file) {
		tmp = xasprintf("%s.tmp-%ld", req->path, (long)getpid());
		if (write_tmp(tmp, buf, len) != 0) {
			st = db_set_error(db, WB_IO, _("cannot write %s: %s"),
			    req->path, strerror(errno));
			goto rollback;
		}
	}
	for (i = 0; i < n; i++)
		if ((st = record(db, u, req, ids[i], numbers[i], &who[i])) !=
		    WB_OK)
			goto rollback;
	if ((st = db_commit(db)) != WB_OK) {
		if (tmp != NULL)
			priv_unlink(tmp);
		goto out;
	}
	if (to_file) {
		if (priv_rename(tmp, req->path) != 0) {
			st = db_set_error(db, WB_IO, _("cannot write %s: %s"),
			    req->path, strerror(errno));
			priv_unlink(tmp);
			goto out;
		}
		where(req->path, res->where, sizeof(res->where));
	} else if (fwrite(buf, 1, len, req->out) != len ||
	    fflush(req->out) != 0) {
		st = db_set_error(db, WB_IO, _("cannot write %s: %s"),
		    _("standard output"), strerror(errno));
		goto out;
	}
	res->n = n;
	res->first_number = numbers[0];
	snprintf(res->employer, sizeof(res->employer), "%s", who[0].employer);
	goto out;
rollback:
	if (tmp != NULL)
		priv_unlink(tmp);
	db_rollback(db);
out:
	for (i = 0; docs != NULL && i < n; i++)
		pdoc_free(docs[i]);
	free(docs);
	free(who);
	free(numbers);
	free(ids);
	free(buf);
	free(tmp);
	return st;
}

enum wb_status
profile_shares(struct db *db, const struct user_ctx *u, long long vacancy_id,
    long long candidate_id, struct profile_share **out, size_t *n)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	size_t		 cap = 0;
	char		*sql, vis[128];
	int		 rc;

	*out = NULL;
	*n = 0;
	sql = xasprintf("SELECT s.number, s.candidate_id, "
	    "coalesce(s.vacancy_id, 0), p.code || '/' || c.ref, "
	    "coalesce(e.name, ''), coalesce(nullif(us.name, ''), s.by_login), "
	    "s.shared_on, s.named FROM profile_share s "
	    "JOIN candidate c ON c.id = s.candidate_id "
	    "JOIN partner p ON p.id = c.partner_id "
	    "LEFT JOIN employer e ON e.id = s.employer_id "
	    "LEFT JOIN app_user us ON us.id = s.by_user_id "
	    "WHERE %s AND %s ORDER BY s.id DESC",
	    vacancy_id > 0 ? "s.vacancy_id = ?1" : "s.candidate_id = ?1",
	    user_candidate_sql(u, "c.partner_id", "c.consent", vis,
	    sizeof(vis)));
	st = db_prepare(db, sql, &stmt);
	free(sql);
	if (st != WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, vacancy_id > 0 ? vacancy_id :
	    candidate_id);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		struct profile_share	*s;

		if (*n == cap) {
			cap = cap ? cap * 2 : 8;
			*out = xreallocarray(*out, cap, sizeof(**out));
		}
		s = &(*out)[(*n)++];
		memset(s, 0, sizeof(*s));
		s->number = sqlite3_column_int64(stmt, 0);
		s->candidate_id = sqlite3_column_int64(stmt, 1);
		s->vacancy_id = sqlite3_column_int64(stmt, 2);
		db_column_copy(s->candidate, sizeof(s->candidate), stmt, 3);
		db_column_copy(s->employer, sizeof(s->employer), stmt, 4);
		db_column_copy(s->by, sizeof(s->by), stmt, 5);
		db_column_copy(s->on, sizeof(s->on), stmt, 6);
		s->named = sqlite3_column_int(stmt, 7);
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE) {
		free(*out);
		*out = NULL;
		*n = 0;
		return db_fail(db, _("reading the profiles shared"));
	}
	return WB_OK;
}

char *
profile_share_note(const struct profile_share *s, int by, char *buf,
    size_t len)
{
	const char	*named = s->named ? _(", with the name") : "";

	if (*s->employer != '\0' && by)
		snprintf(buf, len, _("profile %lld shared with %s by %s%s"),
		    s->number, s->employer, s->by, named);
	else if (*s->employer != '\0')
		snprintf(buf, len, _("profile %lld shared with %s%s"),
		    s->number, s->employer, named);
	else if (by)
		snprintf(buf, len, _("profile %lld made by %s%s"), s->number,
		    s->by, named);
	else
		snprintf(buf, len, _("profile %lld made%s"), s->number, named);
	return buf;
}
