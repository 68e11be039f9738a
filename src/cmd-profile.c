/*
 * cmd-profile.c: `werkbank profile CANDIDATE [--for VACANCY] [--named]
 * [--format text|markdown|pdf] [-o FILE]` and `werkbank profile --for
 * VACANCY --top N ...`: the candidate profile for an employer
 * (profile.h), anonymous unless --named.  CANDIDATE is PARTNER/REF or
 * the profile number an employer quotes.  Without -o the text goes to
 * standard output (a PDF only when that is not a terminal); the format
 * follows -o's extension unless --format says otherwise.  What was
 * written, and where, goes to standard error.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "werkbank/cmd.h"
#include "werkbank/i18n.h"
#include "werkbank/msg.h"
#include "werkbank/profile.h"
#include "werkbank/workflow.h"

static const struct option profile_options[] = {
	{ "for",	required_argument,	NULL, 'f' },
	{ "named",	no_argument,		NULL, 'n' },
	{ "format",	required_argument,	NULL, 'F' },
	{ "output",	required_argument,	NULL, 'o' },
	{ "top",	required_argument,	NULL, 't' },
	{ "help",	no_argument,		NULL, 'h' },
	{ NULL,		0,			NULL, 0 },
};

static void
said(struct cmd_ctx *ctx, const struct profile_request *req,
    const struct profile_result *res, const char *vkey)
{
	const char	*how = req->named ? _("with the name") : _("anonymous");

	if (res->asked > 0 && *res->where != '\0')
		msg_info(ngettext("%zu profile (%s) for %s written to %s",
		    "%zu profiles (%s) for %s written to %s", res->n), res->n,
		    how, vkey, res->where);
	else if (res->asked > 0)
		msg_info(ngettext("%zu profile (%s) for %s written",
		    "%zu profiles (%s) for %s written", res->n), res->n, how,
		    vkey);
	else if (*res->where != '\0')
		msg_info(_("profile %lld (%s) written to %s"),
		    res->first_number, how, res->where);
	else
		msg_info(_("profile %lld (%s) written"), res->first_number,
		    how);
	if (res->asked > res->n)
		msg_info(ngettext("only %zu candidate passes the hard rules",
		    "only %zu candidates pass the hard rules", res->n), res->n);
	if (*res->employer != '\0')
		msg_info(_("recorded as shared with %s"),
		    res->employer);
	if (res->no_contact)
		msg_warn(_("your work phone and e-mail are not known, so the "
		    "employer can only reach you by name: werkbank user edit "
		    "%s --phone NUMBER --email ADDRESS"), ctx->login);
}

static enum wb_status
cmd_profile_exec(struct cmd_ctx *ctx)
{
	struct profile_request	 req;
	struct profile_result	 res;
	enum profile_format	 f;
	enum wb_status		 st;
	const char		*vkey = NULL, *format = NULL, *ckey = NULL;
	char			*end;
	long			 top = 0;
	int			 ch, by_ext;

	memset(&req, 0, sizeof(req));
	optind = 0;
	while ((ch = getopt_long(ctx->argc, ctx->argv, "ho:", profile_options,
	    NULL)) != -1) {
		switch (ch) {
		case 'f':
			vkey = optarg;
			break;
		case 'n':
			req.named = 1;
			break;
		case 'F':
			format = optarg;
			break;
		case 'o':
			req.path = optarg;
			break;
		case 't':
			top = strtol(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' || top < 1 ||
			    top > PROFILE_MAX_TOP) {
				msg_error(_("--top: '%s' is not a whole number "
				    "from 1 to %d"), optarg, PROFILE_MAX_TOP);
				return cmd_usage(&cmd_profile_entry);
			}
			break;
		case 'h':
			cmd_help(&cmd_profile_entry);
			return WB_OK;
		default:
			return cmd_usage(&cmd_profile_entry);
		}
	}
	if (top > 0) {
		if (vkey == NULL || optind != ctx->argc) {
			msg_error(_("--top goes with --for VACANCY and no "
			    "candidate"));
			return cmd_usage(&cmd_profile_entry);
		}
	} else if (optind + 1 != ctx->argc)
		return cmd_usage(&cmd_profile_entry);
	else
		ckey = ctx->argv[optind];
	if (req.path != NULL && *req.path == '\0') {
		msg_error(_("-o needs a file name"));
		return cmd_usage(&cmd_profile_entry);
	}
	by_ext = profile_format_of_path(req.path);
	if (format != NULL) {
		if (profile_format_parse(format, &f) != WB_OK) {
			msg_error(_("--format: '%s' is not text, markdown or "
			    "pdf"), format);
			return cmd_usage(&cmd_profile_entry);
		}
	} else
		f = by_ext >= 0 ? (enum profile_format)by_ext : PROFILE_TEXT;
	req.format = f;
	if (f == PROFILE_PDF && (req.path == NULL ||
	    strcmp(req.path, "-") == 0) && isatty(STDOUT_FILENO)) {
		msg_error(_("a PDF is not for the terminal: write it to a file "
		    "with -o FILE.pdf"));
		return cmd_usage(&cmd_profile_entry);
	}
	req.out = stdout;
	req.top = (size_t)top;
	req.meeting = ctx->meeting;
	if ((st = cmd_open(ctx)) != WB_OK)
		return st;
	if ((vkey != NULL && (st = workflow_vacancy_id(ctx->db, vkey,
	    &req.vacancy_id)) != WB_OK) ||
	    (ckey != NULL && (st = profile_is_number(ckey) ?
	    profile_candidate(ctx->db, &ctx->user, ckey, &req.candidate_id) :
	    workflow_candidate_id(ctx->db, &ctx->user, ckey,
	    &req.candidate_id)) != WB_OK) ||
	    (st = profile_write(ctx->db, &ctx->user, &req, &res)) != WB_OK) {
		msg_error("%s", db_error(ctx->db));
		return st == WB_INVALID ? WB_NOT_FOUND : st;
	}
	said(ctx, &req, &res, vkey);
	return WB_OK;
}

const struct cmd_entry cmd_profile_entry = {
	.name = "profile",
	.usage = "CANDIDATE [--for VACANCY] [--named] [--format text | "
	    "markdown | pdf] [-o FILE] | --for VACANCY --top N [--named] "
	    "[--format F] [-o FILE]",
	.summary = N_("the candidate's profile for an employer, anonymous "
	    "unless --named"),
	.db = CMD_DB_OPEN,
	.exec = cmd_profile_exec,
};
