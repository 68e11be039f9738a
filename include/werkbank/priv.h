/*
 * priv.h: running set-group-id on a team server (`make install-server`,
 * werkbank(1) TEAM SERVER).  The binary is set-group-id `werkbank`, the
 * group that alone may reach the data directory; team members are not
 * in it.  werkbank then holds that group only to reach the database, its
 * journal and its key: every file the person names (an import, its
 * rejects, an export, minutes, a report) is opened and created with
 * their own real group, so that nothing the group may read leaks into a
 * file they picked and no file they could not read is read for them.
 *
 * Secure mode is what the kernel says (getauxval(AT_SECURE)), not a
 * comparison of ids.  Without it (a developer, the demo, a single user)
 * every function here is the plain system call.
 */
#ifndef WERKBANK_PRIV_H
#define WERKBANK_PRIV_H

#include <stdio.h>
#include <sys/stat.h>
#include <sys/types.h>

#include "werkbank/status.h"

/*
 * Called first in main, before anything reads the environment or opens
 * a file.  In secure mode: no core files (RLIMIT_CORE 0, not dumpable),
 * and the variables that could steer the program are removed
 * (SQLITE_TMPDIR, TMPDIR, TERMINFO, TERMINFO_DIRS, TERMCAP, TERMPATH,
 * LOCPATH, NLSPATH, WERKBANK_TODAY, and locale names that are paths).
 */
void	 priv_init(void);
/* 1 when running set-group-id (the kernel's AT_SECURE). */
int	 priv_secure(void);
/*
 * Point SQLite's temporary files at dir (the data directory), where
 * only the group can reach them; secure mode only, before the first
 * database is opened.
 */
void	 priv_set_tmpdir(const char *dir);

/*
 * Act as the person for a moment: the effective group becomes the real
 * one (setegid), and back.  They nest.  Begin returns -1 (errno set)
 * when the group could not be dropped; the caller must then not touch
 * the file.  End cannot fail quietly: a group that cannot be taken back
 * ends the program.
 */
int	 priv_user_begin(void);
void	 priv_user_end(void);

/* open(2), fopen(3), rename(2), link(2), unlink(2), stat(2), lstat(2)
 * as the person (see above); errno is that of the call. */
int	 priv_open(const char *path, int flags, mode_t mode);
FILE	*priv_fopen(const char *path, const char *mode);
int	 priv_rename(const char *from, const char *to);
int	 priv_link(const char *from, const char *to);
int	 priv_unlink(const char *path);
int	 priv_stat(const char *path, struct stat *sb);
int	 priv_lstat(const char *path, struct stat *sb);

/*
 * Give up the set-group-id for good (setregid to the real group): for
 * the administrators' commands (init, demo, backup, restore), which on
 * a team server need direct access to the data directory and then run
 * with the person's own rights.  WB_OK, or WB_DENIED when it failed.
 */
enum wb_status	priv_drop(void);

/*
 * 1 when the person, by their own ids and groups (not werkbank's), may
 * access path with mode (R_OK, W_OK, ...): access(2).
 */
int	 priv_person_may(const char *path, int mode);

#endif
