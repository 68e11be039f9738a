/*
 * cmd-audit.c: `werkbank audit [--user U] [--record R] [--since D]
 * [--csv | --json]` reads the audit log (coordinators); `werkbank audit
 * verify [--head ID:HASH]` recomputes its chain with the key and exits 1
 * naming the first broken row, or when the log does not reach the head
 * given.  R is PARTNER/REF (a candidate or a vacancy) or TYPE:ID
 * (placement:12, proposal:7, meeting:2, ...).
 */
#include <ctype.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>

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
	{ "head",	required_argument,	NULL, 'H' },
	{ "csv",	no_argument,		NULL, 'c' },
	{ "json",	no_argument,		NULL, 'j' },
	{ "help",	no_argument,		NULL, 'h' },
	{ NULL,		0,			NULL, 0 },
};

/* ID:HASH (a head noted elsewhere) into *id and hash; 0 when bad. */
static int
parse_head(const char *arg, long long *id, char hash[SHA256_HEX_LEN + 1])
{
	const char	*colon = strchr(arg, ':');
	char		*end;
	int		 i;

	if (colon == NULL || colon == arg || strlen(colon + 1) !=
	    SHA256_HEX_LEN || !isdigit((unsigned char)arg[0]))
		return 0;
	*id = strtoll(arg, &end, 10);
	if (end != colon || *id < 1)
		return 0;
	for (i = 0; i < SHA256_HEX_LEN; i++) {
		if (!isxdigit((unsigned char)colon[1 + i]))
			return 0;
		hash[i] = (char)tolower((unsigned char)colon[1 + i]);
	}
	hash[SHA256_HEX_LEN] = '\0';
	return 1;
}

/* The row's stored hash is the one noted (the chain verified up to it). */
static enum wb_status
check_head(struct cmd_ctx *ctx, const struct audit_verify_result *r,
    long long id, const char *hash)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	char		 have[SHA256_HEX_LEN + 1] = "";

	if (id > r->head_id) {
		msg_error(_("the audit log ends at row %lld, before row %lld "
		    "of the head you gave: rows were cut off the end"),
		    r->head_id, id);
		return WB_INVALID;
	}
	if ((st = db_prepare(ctx->db, "SELECT hash FROM audit_log WHERE "
	    "id = ?", &stmt)) != WB_OK) {
		msg_error("%s", db_error(ctx->db));
		return st;
	}
	sqlite3_bind_int64(stmt, 1, id);
	if (sqlite3_step(stmt) == SQLITE_ROW)
		db_column_copy(have, sizeof(have), stmt, 0);
	sqlite3_finalize(stmt);
	if (strcmp(have, hash) != 0) {
		msg_error(_("row %lld of the audit log does not have the hash "
		    "you gave: the log was rewritten at or before that row"),
		    id);
		return WB_INVALID;
	}
	printf(_("the head you gave, row %lld, is in the log\n"), id);
	return WB_OK;
}

static enum wb_status
audit_verify_cmd(struct cmd_ctx *ctx, const char *head)
{
	struct audit_verify_result	r;
	enum wb_status			st;
	long long			hid = 0;
	char				hhash[SHA256_HEX_LEN + 1], event[96];

	if (head != NULL && !parse_head(head, &hid, hhash)) {
		msg_error(_("--head: '%s' is not ID:HASH (a row id, a colon "
		    "and 64 hexadecimal digits, as 'audit verify' prints "
		    "them)"), head);
		return cmd_usage(&cmd_audit_entry);
	}
	if ((st = cmd_open(ctx)) != WB_OK)
		return st;
	st = audit_verify(ctx->db, &r);
	if (st == WB_INVALID) {
		msg_error(_("audit log broken at row %lld: %s (%lld rows "
		    "before it verified)"), r.broken_id, _(r.why),
		    r.rows > 0 ? r.rows - 1 : 0);
		printf("broken %lld\n", r.broken_id);
		snprintf(event, sizeof(event), "verify: broken at row %lld",
		    r.broken_id);
		audit_syslog(ctx->db, LOG_WARNING, event);
		return st;
	}
	if (st != WB_OK) {
		msg_error("%s", db_error(ctx->db));
		return st;
	}
	printf(_("audit log intact: %lld rows (%lld from before the chain); "
	    "head row %lld, hash %s\n"), r.rows, r.legacy, r.head_id,
	    r.head_hash);
	if (r.keyed_from > 1)
		printf(_("keyed from row %lld on; the %lld rows before it are "
		    "sealed by it\n"), r.keyed_from, r.keyed_from - 1);
	else if (r.keyed_from == 0 && r.rows > 0)
		printf(_("not keyed yet: the next change keys the log and "
		    "seals these rows\n"));
	audit_syslog(ctx->db, LOG_NOTICE, "verify: intact");
	if (head != NULL)
		return check_head(ctx, &r, hid, hhash);
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
	const char		*record = NULL, *head = NULL;
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
		case 'H':
			head = optarg;
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
		return audit_verify_cmd(ctx, head);
	}
	if (optind != ctx->argc || head != NULL)
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
	    "verify [--head ID:HASH]",
	.summary = N_("read the audit log; verify its hash chain"),
	.db = CMD_DB_OPEN,
	.exec = cmd_audit_exec,
};
