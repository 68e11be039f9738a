/*
 * i18n.c: locale and message catalogue.  An installed werkbank finds its
 * catalogue in LOCALEDIR; one run from the source tree (make run, the
 * tests) finds it in build/locale beside the binary.
 */
#include "werkbank/i18n.h"

#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef LOCALEDIR
#define LOCALEDIR "/usr/local/share/locale"
#endif

void
i18n_init(const char *argv0)
{
	char		 exe[PATH_MAX], dir[PATH_MAX + 32], *slash;
	struct stat	 sb;
	ssize_t		 n;
	const char	*where = LOCALEDIR;

	(void)argv0;
	setlocale(LC_ALL, "");
	n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n > 0) {
		exe[n] = '\0';
		if ((slash = strrchr(exe, '/')) != NULL)
			*slash = '\0';
		/* ./werkbank, or build/san/werkbank: two levels below the top. */
		snprintf(dir, sizeof(dir), "%s/build/locale", exe);
		if (stat(dir, &sb) == 0 && S_ISDIR(sb.st_mode))
			where = dir;
		else {
			snprintf(dir, sizeof(dir), "%s/../locale", exe);
			if (stat(dir, &sb) == 0 && S_ISDIR(sb.st_mode))
				where = dir;
		}
	}
	bindtextdomain("werkbank", where);
	bind_textdomain_codeset("werkbank", "UTF-8");
	textdomain("werkbank");
}
