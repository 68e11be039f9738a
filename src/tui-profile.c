/*
 * tui-profile.c: the profile key (tui-profile.h).  The questions come
 * first, with no transaction open; then the profile is written in one
 * (profile_write) and the status line says which, where, and for whom.
 */
#include "werkbank/tui-profile.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "werkbank/i18n.h"
#include "werkbank/priv.h"
#include "werkbank/profile.h"
#include "werkbank/prompt.h"
#include "werkbank/user.h"

int
profile_ui_write(struct view_app *app, long long candidate, const char *key,
    long long vacancy, const char *vkey)
{
	struct profile_request	 req;
	struct profile_result	 res;
	struct user_ctx		 u;
	struct stat		 sb;
	char			 dflt[64], label[256], question[512], *path;
	char			*slash;
	int			 f;

	if (!view_may(app, PERM_PIPELINE, &u))
		return 0;
	/* TRANSLATORS: the file a profile is offered to be written to. */
	snprintf(dflt, sizeof(dflt), _("profile-%lld.pdf"),
	    profile_number_peek(app->db, candidate));
	if (vkey != NULL)
		snprintf(label, sizeof(label), _("Profile of %s for %s to the "
		    "file: "), key, vkey);
	else
		snprintf(label, sizeof(label), _("Profile of %s to the file: "),
		    key);
	if ((path = prompt_read(label, dflt, app->redraw, app->redraw_arg,
	    app->stop)) == NULL) {
		view_message(app, 0, "%s", _("No profile written."));
		return 0;
	}
	if (*path == '\0') {
		view_message(app, 1, "%s", _("No file named; no profile "
		    "written."));
		free(path);
		return 0;
	}
	if (priv_stat(path, &sb) == 0) {
		snprintf(question, sizeof(question), _("%s exists; replace it? "
		    "(y/n)"), path);
		if (!prompt_confirm(question, app->redraw, app->redraw_arg,
		    app->stop)) {
			view_message(app, 0, "%s", _("No profile written."));
			free(path);
			return 0;
		}
	}
	memset(&req, 0, sizeof(req));
	req.candidate_id = candidate;
	req.vacancy_id = vacancy;
	req.meeting = app->meeting;
	req.path = path;
	f = profile_format_of_path(path);
	req.format = f >= 0 ? (enum profile_format)f : PROFILE_PDF;
	/* The name: never on the shared screen, only with consent. */
	if (!app->meeting && profile_may_name(app->db, &u, candidate))
		req.named = prompt_confirm(_("The candidate consented to share: "
		    "with the name? (y/n)"), app->redraw, app->redraw_arg,
		    app->stop);
	if (profile_write(app->db, &u, &req, &res) != WB_OK) {
		view_message(app, 1, "%s", db_error(app->db));
		free(path);
		return 0;
	}
	/*
	 * Where matters most: the file's name first, then its directory,
	 * which a narrow status line may cut; no room for the employer too
	 * (the details list the profiles shared).
	 */
	if ((slash = strrchr(res.where, '/')) != NULL && slash > res.where) {
		*slash = '\0';
		view_message(app, 0, _("Profile %lld (%s) written: %s in %s"),
		    res.first_number, req.named ? _("with the name") :
		    _("anonymous"), slash + 1, res.where);
	} else
		view_message(app, 0, _("Profile %lld (%s) written to %s."),
		    res.first_number, req.named ? _("with the name") :
		    _("anonymous"), res.where);
	free(path);
	return 1;
}
