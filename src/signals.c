/*
 * signals.c: the labour-market round (signals.h): the tagged contacts of
 * a half counted by tag (and sector) and their notes with no person's
 * name, as a table and as Markdown.
 */
#include "werkbank/signals.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "werkbank/date.h"
#include "werkbank/i18n.h"
#include "werkbank/priv.h"
#include "werkbank/rating.h"
#include "werkbank/text.h"
#include "werkbank/vocab.h"
#include "werkbank/xmalloc.h"

struct names {
	char	**v;
	size_t	  n, cap;
};

static void
names_add(struct names *nm, const char *s, size_t len)
{
	if (len < 2)
		return;
	if (nm->n == nm->cap) {
		nm->cap = nm->cap ? nm->cap * 2 : 64;
		nm->v = xreallocarray(nm->v, nm->cap, sizeof(*nm->v));
	}
	nm->v[nm->n] = xmalloc(len + 1);
	memcpy(nm->v[nm->n], s, len);
	nm->v[nm->n++][len] = '\0';
}

/* A person's name and its words of two letters or more that start with
 * a capital ("de" in "Jan de Vries" is no name). */
static void
names_person(struct names *nm, const char *name)
{
	const char	*p, *end;

	names_add(nm, name, strlen(name));
	for (p = name; *p != '\0'; p = *end ? end + 1 : end) {
		end = p + strcspn(p, " ");
		if (end - p >= 2 && *p >= 'A' && *p <= 'Z')
			names_add(nm, p, (size_t)(end - p));
	}
}

static void
names_free(struct names *nm)
{
	size_t	i;

	for (i = 0; i < nm->n; i++)
		free(nm->v[i]);
	free(nm->v);
}

/* The names of the team and of the employer's contact persons. */
static enum wb_status
names_load(struct db *db, long long employer_id, struct names *nm)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	int		 rc;

	if ((st = db_prepare(db, "SELECT name FROM contact_person WHERE "
	    "employer_id = ?1 UNION SELECT name FROM app_user", &stmt)) !=
	    WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, employer_id);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
		names_person(nm, (const char *)sqlite3_column_text(stmt, 0));
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return db_fail(db, _("reading the names"));
	return WB_OK;
}

const char *
signals_tag_shown(const char *tag)
{
	return vocab_word(VOCAB_CONTACT_TAG, tag);
}

static enum wb_status
totals(struct db *db, struct signals *s, const char *from, const char *to)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	int		 rc;

	if ((st = db_prepare(db, "SELECT count(*), count(DISTINCT "
	    "employer_id), (SELECT count(DISTINCT c.id) FROM employer_contact "
	    "c JOIN contact_tag t ON t.contact_id = c.id WHERE c.contact_on "
	    "BETWEEN ?1 AND ?2) FROM employer_contact WHERE contact_on "
	    "BETWEEN ?1 AND ?2", &stmt)) != WB_OK)
		return st;
	sqlite3_bind_text(stmt, 1, from, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(stmt, 2, to, -1, SQLITE_TRANSIENT);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		s->contacts = sqlite3_column_int64(stmt, 0);
		s->employers = sqlite3_column_int64(stmt, 1);
		s->tagged = sqlite3_column_int64(stmt, 2);
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW)
		return db_fail(db, _("reading the contacts"));
	return WB_OK;
}

#define SECTOR_SQL	"CASE WHEN ?3 THEN coalesce(nullif(trim(e.sector), " \
			"''), 'unknown') ELSE '' END"

static enum wb_status
counts(struct db *db, struct signals *s, const char *from, const char *to)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	size_t		 cap = 0;
	int		 rc;

	if ((st = db_prepare(db, "SELECT " SECTOR_SQL " AS sec, t.tag, "
	    "count(*), count(DISTINCT c.employer_id) FROM employer_contact c "
	    "JOIN contact_tag t ON t.contact_id = c.id JOIN employer e ON "
	    "e.id = c.employer_id WHERE c.contact_on BETWEEN ?1 AND ?2 "
	    "GROUP BY 1, 2 ORDER BY sec = 'unknown', lower(sec), "
	    "count(*) DESC, t.tag", &stmt)) != WB_OK)
		return st;
	sqlite3_bind_text(stmt, 1, from, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(stmt, 2, to, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(stmt, 3, s->by_sector);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		struct signal_count	*c;

		if (s->nc == cap) {
			cap = cap ? cap * 2 : 32;
			s->c = xreallocarray(s->c, cap, sizeof(*s->c));
		}
		c = &s->c[s->nc++];
		db_column_copy(c->sector, sizeof(c->sector), stmt, 0);
		db_column_copy(c->tag, sizeof(c->tag), stmt, 1);
		c->contacts = sqlite3_column_int64(stmt, 2);
		c->employers = sqlite3_column_int64(stmt, 3);
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return db_fail(db, _("reading the contacts"));
	return WB_OK;
}

/* The note and what was agreed, one text, names replaced. */
static char *
note_text(struct db *db, long long employer, const char *note,
    const char *agreed, enum wb_status *st)
{
	struct names	 nm;
	char		*text, *clean;

	memset(&nm, 0, sizeof(nm));
	if (*agreed != '\0' && *note != '\0')
		text = xasprintf("%s %s %s", note, _("Agreed:"), agreed);
	else if (*agreed != '\0')
		text = xasprintf("%s %s", _("Agreed:"), agreed);
	else
		text = xstrdup(note);
	if ((*st = names_load(db, employer, &nm)) != WB_OK) {
		names_free(&nm);
		free(text);
		return NULL;
	}
	clean = text_replace_words(text, nm.v, nm.n, _("[name]"));
	names_free(&nm);
	if (clean != NULL) {
		free(text);
		text = clean;
	}
	return text;
}

static enum wb_status
notes(struct db *db, struct signals *s, const char *from, const char *to)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	size_t		 cap = 0;
	int		 rc;

	if ((st = db_prepare(db, "SELECT " SECTOR_SQL " AS sec, t.tag, "
	    "c.contact_on, e.name, c.employer_id, coalesce(c.note, ''), "
	    "coalesce(c.agreed, '') FROM employer_contact c "
	    "JOIN contact_tag t ON t.contact_id = c.id JOIN employer e ON "
	    "e.id = c.employer_id WHERE c.contact_on BETWEEN ?1 AND ?2 AND "
	    "(c.note IS NOT NULL OR c.agreed IS NOT NULL) "
	    "ORDER BY sec = 'unknown', lower(sec), t.tag, c.contact_on, "
	    "c.id", &stmt)) != WB_OK)
		return st;
	sqlite3_bind_text(stmt, 1, from, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(stmt, 2, to, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(stmt, 3, s->by_sector);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		struct signal_note	*n;
		char			*text;

		text = note_text(db, sqlite3_column_int64(stmt, 4),
		    (const char *)sqlite3_column_text(stmt, 5),
		    (const char *)sqlite3_column_text(stmt, 6), &st);
		if (text == NULL) {
			sqlite3_finalize(stmt);
			return st;
		}
		if (s->nnotes == cap) {
			cap = cap ? cap * 2 : 32;
			s->notes = xreallocarray(s->notes, cap,
			    sizeof(*s->notes));
		}
		n = &s->notes[s->nnotes++];
		db_column_copy(n->sector, sizeof(n->sector), stmt, 0);
		db_column_copy(n->tag, sizeof(n->tag), stmt, 1);
		db_column_copy(n->on, sizeof(n->on), stmt, 2);
		n->employer = db_column_dup(stmt, 3);
		n->text = text;
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return db_fail(db, _("reading the contacts"));
	return WB_OK;
}

enum wb_status
signals_compute(struct db *db, const char *half, int by_sector,
    struct signals *s)
{
	enum wb_status	st;
	char		from[11], to[11];
	int		own;

	memset(s, 0, sizeof(*s));
	s->by_sector = by_sector;
	if (half == NULL || *half == '\0')
		rating_half_of(date_today(), &s->from, &s->to, s->half);
	else if (rating_half_parse(half, &s->from, &s->to) != WB_OK)
		return db_set_error(db, WB_INVALID, _("--half: '%s' is not a "
		    "half-year (2026H1 or 2026H2)"), half);
	else
		snprintf(s->half, sizeof(s->half), "%.4sH%c", half, half[5]);
	date_format(s->from, from);
	date_format(s->to, to);
	/* One read transaction: the counts and the notes agree. */
	own = sqlite3_get_autocommit(db_sqlite(db));
	if (own && (st = db_exec(db, "BEGIN")) != WB_OK)
		return st;
	if ((st = totals(db, s, from, to)) == WB_OK &&
	    (st = counts(db, s, from, to)) == WB_OK)
		st = notes(db, s, from, to);
	if (own)
		db_exec(db, st == WB_OK ? "COMMIT" : "ROLLBACK");
	if (st != WB_OK)
		signals_free(s);
	return st;
}

void
signals_free(struct signals *s)
{
	size_t	i;

	for (i = 0; s->notes != NULL && i < s->nnotes; i++) {
		free(s->notes[i].employer);
		free(s->notes[i].text);
	}
	free(s->notes);
	free(s->c);
	s->notes = NULL;
	s->c = NULL;
	s->nc = s->nnotes = 0;
}

/* Data into Markdown: inert and with its syntax escaped. */
static void
md(FILE *fp, const char *s)
{
	char		*clean = text_sanitize(s);
	const char	*p;

	for (p = clean; *p != '\0'; p++) {
		if (strchr("\\|*_`[]<>#~", *p) != NULL)
			fputc('\\', fp);
		fputc(*p, fp);
	}
	free(clean);
}

static const char *
sector_shown(const char *sector)
{
	return strcmp(sector, "unknown") == 0 ? _("unknown") : sector;
}

void
signals_markdown(const struct signals *s, FILE *fp)
{
	const char	*sector = NULL;
	char		 from[11], to[11];
	size_t		 i, j;

	fprintf(fp, _("# What employers told us, %s\n\n"), s->half);
	fprintf(fp, _("From %s to %s: %ld contacts with %ld employers, %ld of "
	    "them with a signal.  A contact counts once under each of its "
	    "signals; no person's name is given.\n"), date_format(s->from,
	    from), date_format(s->to, to), s->contacts, s->employers,
	    s->tagged);
	for (i = 0; i < s->nc; i++) {
		const struct signal_count *c = &s->c[i];

		if (sector == NULL || strcmp(sector, c->sector) != 0) {
			sector = c->sector;
			if (s->by_sector) {
				fputs("\n## ", fp);
				md(fp, sector_shown(sector));
				fputc('\n', fp);
			}
			fprintf(fp, "\n| %s | %s | %s |\n|---|---:|---:|\n",
			    _("Signal"), _("Contacts"), _("Employers"));
		}
		fputs("| ", fp);
		md(fp, signals_tag_shown(c->tag));
		fprintf(fp, " | %ld | %ld |\n", c->contacts, c->employers);
	}
	if (s->nc == 0)
		fprintf(fp, "\n%s\n", _("No signals in this half-year."));
	for (i = 0; i < s->nc; i++) {
		const struct signal_count *c = &s->c[i];

		fputs("\n### ", fp);
		md(fp, signals_tag_shown(c->tag));
		if (s->by_sector) {
			fputs(" — ", fp);
			md(fp, sector_shown(c->sector));
		}
		fputs("\n\n", fp);
		for (j = 0; j < s->nnotes; j++) {
			const struct signal_note *n = &s->notes[j];

			if (strcmp(n->tag, c->tag) != 0 ||
			    strcmp(n->sector, c->sector) != 0)
				continue;
			fprintf(fp, "- %s, ", n->on);
			md(fp, n->employer);
			fputs(": ", fp);
			md(fp, n->text);
			fputc('\n', fp);
		}
	}
}

enum wb_status
signals_markdown_file(struct db *db, const struct signals *s, const char *path)
{
	FILE	*fp = NULL;
	char	*tmp;
	int	 fd, saved;

	tmp = xasprintf("%s.tmp-%ld", path, (long)getpid());
	/* As the user who asked, on a team server too (priv.h). */
	fd = priv_open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd == -1 || fchmod(fd, 0600) != 0 ||
	    (fp = fdopen(fd, "w")) == NULL) {
		saved = errno;
		if (fd != -1) {
			close(fd);
			priv_unlink(tmp);
		}
		free(tmp);
		return db_set_error(db, WB_IO, _("%s: cannot write: %s"), path,
		    strerror(saved));
	}
	signals_markdown(s, fp);
	if (ferror(fp) | fclose(fp) || priv_rename(tmp, path) != 0) {
		saved = errno;
		priv_unlink(tmp);
		free(tmp);
		return db_set_error(db, WB_IO, _("%s: cannot write: %s"), path,
		    strerror(saved));
	}
	free(tmp);
	return WB_OK;
}
