/*
 * auditkey.c: the audit log's key file (auditkey.h): make, read, write
 * and copy it.  The key is 32 bytes from getrandom(2); the file is
 * written under a temporary name and renamed into place, so that a
 * reader sees the whole key or none.
 */
#include "werkbank/auditkey.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include "werkbank/i18n.h"
#include "werkbank/sha256.h"
#include "werkbank/xmalloc.h"

#define KEY_ID_TAG	"werkbank audit key id"

static int	hex_value(int);

char *
audit_key_path(const char *db_path)
{
	return xasprintf("%s.key", db_path);
}

void
audit_key_id(const uint8_t key[AUDIT_KEY_LEN], char out[AUDIT_KEY_ID_LEN + 1])
{
	struct hmac_sha256	h;
	uint8_t			mac[SHA256_DIGEST_LEN];
	char			hex[SHA256_HEX_LEN + 1];

	hmac_sha256_init(&h, key, AUDIT_KEY_LEN);
	hmac_sha256_update(&h, KEY_ID_TAG, strlen(KEY_ID_TAG));
	hmac_sha256_final(&h, mac);
	sha256_to_hex(mac, hex);
	memcpy(out, hex, AUDIT_KEY_ID_LEN);
	out[AUDIT_KEY_ID_LEN] = '\0';
}

static int
hex_value(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

enum wb_status
audit_key_read(const char *file, struct audit_key *k, char *err,
    size_t errlen)
{
	FILE		*fp;
	char		 line[256], *p, *end;
	int		 have_key = 0, lineno = 0, bad = 0, i, hi, lo;
	long long	 from = 0;

	memset(k, 0, sizeof(*k));
	if ((fp = fopen(file, "re")) == NULL) {
		if (errno == ENOENT)
			return WB_NOT_FOUND;
		snprintf(err, errlen, _("cannot read the audit key %s: %s"),
		    file, strerror(errno));
		return WB_DENIED;
	}
	while (fgets(line, sizeof(line), fp) != NULL) {
		lineno++;
		line[strcspn(line, "\r\n")] = '\0';
		if (line[0] == '#' || line[0] == '\0')
			continue;
		if (strncmp(line, "key ", 4) == 0 && !have_key &&
		    strlen(line + 4) == 2 * AUDIT_KEY_LEN) {
			for (i = 0, p = line + 4; i < AUDIT_KEY_LEN; i++) {
				if ((hi = hex_value(p[2 * i])) < 0 ||
				    (lo = hex_value(p[2 * i + 1])) < 0)
					break;
				k->key[i] = (uint8_t)(hi << 4 | lo);
			}
			if (i == AUDIT_KEY_LEN) {
				have_key = 1;
				continue;
			}
		} else if (strncmp(line, "from ", 5) == 0 && from == 0 &&
		    isdigit((unsigned char)line[5])) {
			errno = 0;
			from = strtoll(line + 5, &end, 10);
			if (errno == 0 && *end == '\0' && from >= 1)
				continue;
		}
		bad = 1;
		break;
	}
	explicit_bzero(line, sizeof(line));
	fclose(fp);
	if (bad || !have_key || from < 1) {
		explicit_bzero(k, sizeof(*k));
		snprintf(err, errlen, _("%s is not a werkbank audit key (line "
		    "%d)"), file, lineno);
		return WB_INVALID;
	}
	k->from = from;
	audit_key_id(k->key, k->id);
	return WB_OK;
}

enum wb_status
audit_key_new(struct audit_key *k, long long from, char *err, size_t errlen)
{
	size_t	got = 0;
	ssize_t	n;

	memset(k, 0, sizeof(*k));
	while (got < AUDIT_KEY_LEN) {
		n = getrandom(k->key + got, AUDIT_KEY_LEN - got, 0);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			snprintf(err, errlen, _("cannot make an audit key: %s"),
			    strerror(errno));
			return WB_IO;
		}
		got += (size_t)n;
	}
	k->from = from;
	audit_key_id(k->key, k->id);
	return WB_OK;
}

/*
 * 0640 when the database is shared through a group: werkbank running
 * set-group-id on a team server, a set-group-id directory, or a group
 * not the maker's own; else 0600 (the caller takes the write bits
 * away).  *gid: the database's group (-1 when it has none yet).
 */
static mode_t
key_mode(const char *db_path, gid_t *gid)
{
	struct stat	 sb;
	char		*dir, *slash;
	int		 shared = getegid() != getgid();

	*gid = (gid_t)-1;
	if (stat(db_path, &sb) == 0) {
		*gid = sb.st_gid;
		if (sb.st_gid != getgid())
			shared = 1;
	}
	dir = xstrdup(db_path);
	if ((slash = strrchr(dir, '/')) == NULL)
		strcpy(dir, ".");
	else if (slash == dir)
		slash[1] = '\0';
	else
		*slash = '\0';
	if (stat(dir, &sb) == 0 && (sb.st_mode & S_ISGID))
		shared = 1;
	free(dir);
	return shared ? 0640 : 0600;
}

enum wb_status
audit_key_write(const char *file, const char *db_path,
    const struct audit_key *k, char *err, size_t errlen)
{
	char		*tmp, hex[2 * AUDIT_KEY_LEN + 1], *text;
	mode_t		 mode;
	gid_t		 gid;
	size_t		 i, len;
	ssize_t		 n;
	int		 fd, e;

	mode = key_mode(db_path, &gid);
	for (i = 0; i < AUDIT_KEY_LEN; i++)
		snprintf(hex + 2 * i, 3, "%02x", k->key[i]);
	text = xasprintf("# The audit key of the werkbank database named like "
	    "this file without\n# \".key\": werkbank needs it to write and "
	    "to verify the audit log.\n# Keep it secret, and keep it with the "
	    "database and its backups.\nkey %s\nfrom %lld\n", hex, k->from);
	explicit_bzero(hex, sizeof(hex));
	tmp = xasprintf("%s.tmp-%ld", file, (long)getpid());
	unlink(tmp);
	fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW,
	    0600);
	if (fd == -1)
		goto fail;
	if (gid != (gid_t)-1)
		(void)fchown(fd, (uid_t)-1, gid);	/* best effort */
	len = strlen(text);
	for (i = 0; i < len; i += (size_t)n)
		if ((n = write(fd, text + i, len - i)) <= 0)
			goto fail;
	if (fchmod(fd, mode & ~(mode_t)0222) != 0 || fsync(fd) != 0)
		goto fail;
	if (close(fd) != 0) {
		fd = -1;
		goto fail;
	}
	fd = -1;
	if (rename(tmp, file) != 0)
		goto fail;
	explicit_bzero(text, len);
	free(text);
	free(tmp);
	return WB_OK;
fail:
	e = errno;
	if (fd != -1)
		close(fd);
	unlink(tmp);
	explicit_bzero(text, strlen(text));
	free(text);
	free(tmp);
	snprintf(err, errlen, _("cannot write the audit key %s: %s"), file,
	    strerror(e));
	return e == EACCES || e == EPERM || e == EROFS ? WB_DENIED : WB_IO;
}

enum wb_status
audit_key_copy(const char *src_db, const char *dst_db, char *err,
    size_t errlen)
{
	struct audit_key	 k;
	enum wb_status		 st;
	char			*src = audit_key_path(src_db);
	char			*dst = audit_key_path(dst_db);

	if ((st = audit_key_read(src, &k, err, errlen)) == WB_NOT_FOUND)
		snprintf(err, errlen, _("%s: no such audit key"), src);
	else if (st == WB_OK)
		st = audit_key_write(dst, dst_db, &k, err, errlen);
	explicit_bzero(&k, sizeof(k));
	free(src);
	free(dst);
	return st;
}
