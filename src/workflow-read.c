/*
 * workflow-read.c: the parts of the workflow that change nothing:
 * reading a vacancy's pipeline, and parsing what a person typed for a
 * placement with the import's validators.  Rules in workflow.h.
 */
#include "werkbank/workflow.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/i18n.h"
#include "werkbank/validate.h"
#include "werkbank/xmalloc.h"


enum wb_status
workflow_instruments_parse(const char *list, struct wf_placement *out,
    char *err, size_t errlen)
{
	char		 e[VERR], item[64], *colon, *it, *end;
	const char	*p, *bar, *canon;
	size_t		 n, i;

	out->ninstruments = 0;
	for (p = list; p != NULL && *p != '\0';
	    p = bar != NULL ? bar + 1 : NULL) {
		double	pct = -1;

		/* "lks:40|jobcoach" or as typed: "LKS 40%, jobcoach". */
		bar = validate_item_end(p, 1);
		n = bar != NULL ? (size_t)(bar - p) : strlen(p);
		if (n + 1 >= sizeof(item)) {
			snprintf(err, errlen, _("an item is too long"));
			return WB_INVALID;
		}
		memcpy(item, p, n);
		item[n] = '\0';
		for (it = item; isspace((unsigned char)*it); it++)
			;
		for (end = it + strlen(it); end > it &&
		    isspace((unsigned char)end[-1]); end--)
			end[-1] = '\0';
		if (*it == '\0')
			continue;
		if (strchr(it, ':') == NULL)
			validate_percent_as_colon(it);
		if ((colon = strchr(it, ':')) != NULL) {
			char	*num = colon + 1;

			for (end = colon; end > it &&
			    isspace((unsigned char)end[-1]); end--)
				;
			*end = '\0';
			while (isspace((unsigned char)*num))
				num++;
			if (validate_number_unit(num, NUM_UNIT_PERCENT, 0,
			    100, &pct, e) != WB_OK) {
				snprintf(err, errlen, "%s", e);
				return WB_INVALID;
			}
		}
		if (validate_enum(it, validate_instruments, &canon, e) !=
		    WB_OK) {
			snprintf(err, errlen, "%s", e);
			return WB_INVALID;
		}
		if (colon != NULL && strcmp(canon, "lks") != 0) {
			snprintf(err, errlen, _("only lks takes a "
			    "percentage"));
			return WB_INVALID;
		}
		for (i = 0; i < out->ninstruments; i++)
			if (strcmp(out->instruments[i].name, canon) == 0)
				break;
		if (i < out->ninstruments)
			continue;	/* a repeated item counts once */
		if (out->ninstruments == WF_MAX_INSTRUMENTS) {
			snprintf(err, errlen, _("more than %d"),
			    WF_MAX_INSTRUMENTS);
			return WB_INVALID;
		}
		out->instruments[out->ninstruments].name = canon;
		out->instruments[out->ninstruments++].percentage = pct;
	}
	return WB_OK;
}

enum wb_status
workflow_placement_parse(const char *start, const char *contract,
    const char *hours, const char *instruments, struct wf_placement *out,
    char *err, size_t errlen)
{
	char		 e[VERR];

	memset(out, 0, sizeof(*out));
	out->hours = -1;
	if (start == NULL || *start == '\0') {
		snprintf(err, errlen, _("start: a placement needs its start "
		    "date"));
		return WB_INVALID;
	}
	if (validate_date(start, out->start, e) != WB_OK) {
		snprintf(err, errlen, "start: %s", e);
		return WB_INVALID;
	}
	if (contract != NULL && *contract != '\0' &&
	    validate_enum(contract, validate_contracts, &out->contract, e) !=
	    WB_OK) {
		snprintf(err, errlen, "contract: %s", e);
		return WB_INVALID;
	}
	if (hours != NULL && *hours != '\0' &&
	    validate_number_unit(hours, NUM_UNIT_HOURS, 0, 48, &out->hours,
	    e) != WB_OK) {
		snprintf(err, errlen, "hours: %s", e);
		return WB_INVALID;
	}
	if (workflow_instruments_parse(instruments, out, e, sizeof(e)) !=
	    WB_OK) {
		snprintf(err, errlen, "instruments: %s", e);
		return WB_INVALID;
	}
	return WB_OK;
}

static int
mark_cmp(const void *a, const void *b)
{
	const struct wf_mark	*x = a, *y = b;

	return x->id < y->id ? -1 : x->id > y->id;
}

enum wb_status
workflow_marks(struct db *db, long long vacancy_id, long long candidate_id,
    struct wf_mark **out, size_t *n)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	size_t		 cap = 0;
	int		 rc;

	*out = NULL;
	*n = 0;
	st = candidate_id == 0 ?
	    db_prepare(db, "SELECT candidate_id, step FROM proposal WHERE "
	    "vacancy_id = ?", &stmt) :
	    db_prepare(db, "SELECT vacancy_id, step FROM proposal WHERE "
	    "candidate_id = ?", &stmt);
	if (st != WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, candidate_id == 0 ? vacancy_id :
	    candidate_id);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 16;
			*out = xreallocarray(*out, cap, sizeof(**out));
		}
		(*out)[*n].id = sqlite3_column_int64(stmt, 0);
		if (workflow_step_parse((const char *)sqlite3_column_text(stmt,
		    1), &(*out)[*n].step) != WB_OK)
			(*out)[*n].step = WF_PROPOSED;
		(*n)++;
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE) {
		free(*out);
		*out = NULL;
		*n = 0;
		return db_fail(db, _("reading the proposals"));
	}
	if (*n > 1)
		qsort(*out, *n, sizeof(**out), mark_cmp);
	return WB_OK;
}

const struct wf_mark *
workflow_mark_find(const struct wf_mark *m, size_t n, long long id)
{
	struct wf_mark	key;

	if (m == NULL || n == 0)
		return NULL;
	key.id = id;
	return bsearch(&key, m, n, sizeof(*m), mark_cmp);
}

enum wb_status
workflow_pipeline(struct db *db, const struct user_ctx *u,
    long long vacancy_id, struct wf_entry **out, size_t *n)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	size_t		 cap = 0;
	char		 vis[128], *sql;
	int		 rc;

	*out = NULL;
	*n = 0;
	sql = xasprintf("SELECT pr.id, pr.version, c.id, p.code || '/' || "
	    "c.ref, pr.step, pr.proposed_on, coalesce(u.login, ''), "
	    "s.on_date, coalesce(su.login, ''), s.note, s.reason, "
	    "coalesce(u.name, ''), coalesce(pr.due_on, '') FROM proposal pr "
	    "JOIN candidate c ON c.id = pr.candidate_id "
	    "JOIN partner p ON p.id = c.partner_id "
	    "LEFT JOIN app_user u ON u.id = pr.proposed_by "
	    "LEFT JOIN proposal_step s ON s.id = (SELECT max(id) FROM "
	    " proposal_step WHERE proposal_id = pr.id) "
	    "LEFT JOIN app_user su ON su.id = s.by_user_id "
	    "WHERE pr.vacancy_id = ? AND %s ORDER BY pr.proposed_on, pr.id",
	    user_candidate_sql(u, "c.partner_id", "c.consent", vis,
	    sizeof(vis)));
	st = db_prepare(db, sql, &stmt);
	free(sql);
	if (st != WB_OK)
		return st;
	sqlite3_bind_int64(stmt, 1, vacancy_id);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		struct wf_entry	*e;
		const char	*note;

		if (*n == cap) {
			cap = cap ? cap * 2 : 8;
			*out = xreallocarray(*out, cap, sizeof(**out));
		}
		e = &(*out)[(*n)++];
		memset(e, 0, sizeof(*e));
		e->proposal_id = sqlite3_column_int64(stmt, 0);
		e->version = sqlite3_column_int64(stmt, 1);
		e->candidate_id = sqlite3_column_int64(stmt, 2);
		db_column_copy(e->candidate, sizeof(e->candidate), stmt, 3);
		if (workflow_step_parse((const char *)sqlite3_column_text(stmt,
		    4), &e->step) != WB_OK)
			e->step = WF_PROPOSED;
		db_column_copy(e->proposed_on, sizeof(e->proposed_on), stmt, 5);
		db_column_copy(e->proposed_by, sizeof(e->proposed_by), stmt, 6);
		db_column_copy(e->last_on, sizeof(e->last_on), stmt, 7);
		db_column_copy(e->last_by, sizeof(e->last_by), stmt, 8);
		if ((note = (const char *)sqlite3_column_text(stmt, 9)) != NULL)
			e->last_note = xstrdup(note);
		db_column_copy(e->last_reason, sizeof(e->last_reason), stmt,
		    10);
		db_column_copy(e->proposer, sizeof(e->proposer), stmt, 11);
		db_column_copy(e->due, sizeof(e->due), stmt, 12);
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE) {
		workflow_pipeline_free(*out, *n);
		*out = NULL;
		*n = 0;
		return db_fail(db, _("reading the pipeline"));
	}
	return WB_OK;
}

void
workflow_pipeline_free(struct wf_entry *e, size_t n)
{
	size_t	i;

	if (e == NULL)
		return;
	for (i = 0; i < n; i++)
		free(e[i].last_note);
	free(e);
}
