/*
 * cmd-audit.c: `werkbank audit [--user U] [--record R] [--since D]
 * [--csv | --json]` reads the audit log (coordinators); `werkbank audit
 * verify` recomputes its hash chain and exits 1 naming the first broken
 * row.  R is PARTNER/REF (a candidate or a vacancy) or TYPE:ID
 * (placement:12, proposal:7, meeting:2, ...).
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/audit.h"
#include "werkbank/cmd.h"
#include "werkbank/i18n.h"
#include "werkbank/msg.h"
#include "werkbank/user.h"
#include "werkbank/validate.h"
#include "werkbank/workflow.h"

static const struct option audit_options[] = {
	{ "user",	required_argument,	NULL, 'u' },
	{ "record",	required_argument,	NULL, 'r' },
	{ "since",	required_argument,	NULL, 's' },
	{ "csv",	no_argument,		NULL, 'c' },
	{ "json",	no_argument,		NULL, 'j' },
	{ "help",	no_argument,		NULL, 'h' },
	{ NULL,		0,			NULL, 0 },
};

static enum wb_status
audit_verify_cmd(struct cmd_ctx *ctx)
{
	struct audit_verify_result	r;
	enum wb_status			st;

	if ((st = cmd_open(ctx)) != WB_OK)
		return st;
	st = audit_verify(ctx->db, &r);
	if (st == WB_INVALID) {
		msg_error(_("audit log broken at row %lld: %s (%lld rows "
		    "before it verified)"), r.broken_id, _(r.why),
		    r.rows - 1);
		printf("broken %lld\n", r.broken_id);
		return st;
	}
	if (st != WB_OK) {
		msg_error("%s", db_error(ctx->db));
		return st;
	}
	printf(_("audit log intact: %lld rows (%lld from before the chain); "
	    "head row %lld, hash %s\n"), r.rows, r.legacy, r.head_id,
	    r.head_hash);
	return WB_OK;
}

/* R as PARTNER/REF or TYPE:ID into the filter. */
static enum wb_status
parse_record(struct cmd_ctx *ctx, const struct user_ctx *u, const char *r,
    struct audit_filter *f, char *type, size_t len)
{
	const char	*colon = strchr(r, ':');
	char		*end;
	long long	 id;

	if (colon != NULL && strchr(r, '/') == NULL) {
		snprintf(type, len, "%.*s", (int)(colon - r), r);
		f->record_id = strtoll(colon + 1, &end, 10);
		if (colon == r || colon[1] == '\0' || *end != '\0' ||
		    f->record_id < 1) {
			msg_error(_("--record: '%s' is not PARTNER/REF or "
			    "TYPE:ID"), r);
			return WB_USAGE;
		}
		f->record_type = type;
		return WB_OK;
	}
	if (workflow_candidate_id(ctx->db, u, r, &id) == WB_OK) {
		f->record_type = "candidate";
		f->record_id = id;
	}
	if (workflow_vacancy_id(ctx->db, r, &id) == WB_OK) {
		if (f->record_type == NULL) {
			f->record_type = "vacancy";
			f->record_id = id;
		} else {
			f->record_type2 = "vacancy";
			f->record_id2 = id;
		}
	}
	if (f->record_type == NULL) {
		msg_error(_("--record: no candidate or vacancy '%s'"), r);
		return WB_NOT_FOUND;
	}
	return WB_OK;
}

static enum wb_status
cmd_audit_exec(struct cmd_ctx *ctx)
{
	struct audit_filter	 f;
	const struct user_ctx	*u = &ctx->user;
	struct table		*t;
	enum table_format	 fmt = TABLE_HUMAN;
	enum wb_status		 st;
	const char		*record = NULL;
	char			 since[11], err[VERR], type[32];
	int			 ch;

	memset(&f, 0, sizeof(f));
	optind = 0;
	while ((ch = getopt_long(ctx->argc, ctx->argv, "h", audit_options,
	    NULL)) != -1) {
		switch (ch) {
		case 'u':
			f.login = optarg;
			break;
		case 'r':
			record = optarg;
			break;
		case 's':
			if (validate_date(optarg, since, err) != WB_OK) {
				msg_error("--since: %s", err);
				return cmd_usage(&cmd_audit_entry);
			}
			f.since = since;
			break;
		case 'c':
			fmt = TABLE_CSV;
			break;
		case 'j':
			fmt = TABLE_JSON;
			break;
		case 'h':
			cmd_help(&cmd_audit_entry);
			return WB_OK;
		default:
			return cmd_usage(&cmd_audit_entry);
		}
	}
	if (optind + 1 == ctx->argc && strcmp(ctx->argv[optind], "verify") ==
	    0) {
		if (f.login != NULL || record != NULL || f.since != NULL ||
		    fmt != TABLE_HUMAN)
			return cmd_usage(&cmd_audit_entry);
		return audit_verify_cmd(ctx);
	}
	if (optind != ctx->argc)
		return cmd_usage(&cmd_audit_entry);
	if ((st = cmd_open(ctx)) != WB_OK)
		return st;
	if ((st = user_require(ctx->db, u, PERM_AUDIT)) != WB_OK) {
		msg_error("%s", db_error(ctx->db));
		return st;
	}
	if (record != NULL && (st = parse_record(ctx, u, record, &f, type,
	    sizeof(type))) != WB_OK)
		return st == WB_USAGE ? cmd_usage(&cmd_audit_entry) : st;
	f.user = u;
	if ((st = audit_table(ctx->db, &f, &t)) != WB_OK)
		msg_error("%s", db_error(ctx->db));
	else
		table_print(t, stdout, fmt);
	table_free(t);
	return st;
}

const struct cmd_entry cmd_audit_entry = {
	.name = "audit",
	.usage = "[--user U] [--record R] [--since D] [--csv | --json] | "
	    "verify",
	.summary = N_("read the audit log; verify its hash chain"),
	.db = CMD_DB_OPEN,
	.exec = cmd_audit_exec,
};
