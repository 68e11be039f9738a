/*
 * i18n.h: gettext for every string a user reads.  English in the source,
 * Dutch in po/nl.po.  N_() marks a string for xgettext without
 * translating it where it is defined (tables).
 */
#ifndef WERKBANK_I18N_H
#define WERKBANK_I18N_H

#include <libintl.h>

#define _(s)	gettext(s)
#define N_(s)	(s)
/*
 * A string with a context (po's msgctxt), for a word that is translated
 * differently in different places ("withdrawn": a vacancy is
 * ingetrokken, a proposal teruggetrokken).  NC_ marks it in a table as
 * gettext stores it, "context\004string"; i18n_ctx translates it, or
 * gives the string without its context.
 */
#define NC_(c, s)	(c "\004" s)
const char	*i18n_ctx(const char *);

/*
 * Set the locale from the environment and bind the message catalogue:
 * the installed LOCALEDIR, or build/locale beside an uninstalled binary.
 */
void	i18n_init(const char *argv0);

#endif
