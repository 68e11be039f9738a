/*
 * priv.c: set-group-id on a team server (priv.h).  The effective group
 * is werkbank's while werkbank works on the database; around every file
 * the person names it is their own real group, the saved set-group-id
 * keeping the way back (setegid), the way crontab(1) and the mail
 * spools do it.
 */
#include "werkbank/priv.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

#include "werkbank/msg.h"

static int	secure;
static gid_t	real_gid, werkbank_gid;
static int	depth;		/* priv_user_begin nesting */

/* Environment that could steer a set-group-id program. */
static const char *const unsafe_env[] = {
	"SQLITE_TMPDIR",	/* where SQLite puts temporary files */
	"TMPDIR",
	"TERMINFO",		/* ncurses: terminal descriptions */
	"TERMINFO_DIRS",
	"TERMCAP",
	"TERMPATH",
	"LOCPATH",		/* glibc: locales and catalogues */
	"NLSPATH",
	"WERKBANK_TODAY",	/* a test hook: dates are not the user's */
	NULL,
};

/* Locale variables: a value naming a path is dropped. */
static const char *const locale_env[] = {
	"LANG", "LANGUAGE", "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "LC_COLLATE",
	"LC_NUMERIC", "LC_TIME", "LC_MONETARY", NULL,
};

void
priv_init(void)
{
	struct rlimit		 no_core = { 0, 0 };
	const char *const	*v;
	const char		*val;

	real_gid = getgid();
	werkbank_gid = getegid();
	errno = 0;
	secure = getauxval(AT_SECURE) != 0;
	if (!secure)
		return;
	/* A core file would hold what only the group may read. */
	if (setrlimit(RLIMIT_CORE, &no_core) != 0 ||
	    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
		msg_fatal("cannot forbid core files: %s", strerror(errno));
	for (v = unsafe_env; *v != NULL; v++)
		unsetenv(*v);
	for (v = locale_env; *v != NULL; v++)
		if ((val = getenv(*v)) != NULL && strchr(val, '/') != NULL)
			unsetenv(*v);
}

int
priv_secure(void)
{
	return secure;
}

void
priv_set_tmpdir(const char *dir)
{
	if (secure)
		setenv("SQLITE_TMPDIR", dir, 1);
}

int
priv_user_begin(void)
{
	if (!secure)
		return 0;
	if (depth == 0 && setegid(real_gid) != 0)
		return -1;
	depth++;
	return 0;
}

void
priv_user_end(void)
{
	if (!secure)
		return;
	if (depth > 0 && --depth == 0 && setegid(werkbank_gid) != 0)
		msg_fatal("cannot take back group %ld: %s", (long)werkbank_gid,
		    strerror(errno));
}

int
priv_open(const char *path, int flags, mode_t mode)
{
	int	fd, e;

	if (priv_user_begin() != 0)
		return -1;
	fd = open(path, flags, mode);
	e = errno;
	priv_user_end();
	errno = e;
	return fd;
}

FILE *
priv_fopen(const char *path, const char *mode)
{
	FILE	*fp;
	int	 e;

	if (priv_user_begin() != 0)
		return NULL;
	fp = fopen(path, mode);
	e = errno;
	priv_user_end();
	errno = e;
	return fp;
}

int
priv_rename(const char *from, const char *to)
{
	int	r, e;

	if (priv_user_begin() != 0)
		return -1;
	r = rename(from, to);
	e = errno;
	priv_user_end();
	errno = e;
	return r;
}

int
priv_link(const char *from, const char *to)
{
	int	r, e;

	if (priv_user_begin() != 0)
		return -1;
	r = link(from, to);
	e = errno;
	priv_user_end();
	errno = e;
	return r;
}

int
priv_unlink(const char *path)
{
	int	r, e;

	if (priv_user_begin() != 0)
		return -1;
	r = unlink(path);
	e = errno;
	priv_user_end();
	errno = e;
	return r;
}

int
priv_stat(const char *path, struct stat *sb)
{
	int	r, e;

	if (priv_user_begin() != 0)
		return -1;
	r = stat(path, sb);
	e = errno;
	priv_user_end();
	errno = e;
	return r;
}

int
priv_lstat(const char *path, struct stat *sb)
{
	int	r, e;

	if (priv_user_begin() != 0)
		return -1;
	r = lstat(path, sb);
	e = errno;
	priv_user_end();
	errno = e;
	return r;
}

enum wb_status
priv_drop(void)
{
	if (!secure)
		return WB_OK;
	/* Setting the real group sets the saved one too: no way back. */
	if (setregid(real_gid, real_gid) != 0 || getegid() != real_gid ||
	    getgid() != real_gid)
		return WB_DENIED;
	werkbank_gid = real_gid;
	return WB_OK;
}

int
priv_person_may(const char *path, int mode)
{
	return access(path, mode) == 0;
}
