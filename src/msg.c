/*
 * msg.c: the user's messages on stderr.  One place decides the prefix
 * and what happens before a fatal exit.
 */
#include "werkbank/msg.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "werkbank/i18n.h"

static void	(*fatal_hook)(void);
static int	  quiet;

static void
vmsg(const char *kind, const char *fmt, va_list ap)
{
	fputs("werkbank: ", stderr);
	if (kind != NULL)
		fprintf(stderr, "%s: ", kind);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void
msg_error(const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	vmsg(NULL, fmt, ap);
	va_end(ap);
}

void
msg_warn(const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	vmsg(_("warning"), fmt, ap);
	va_end(ap);
}

void
msg_info(const char *fmt, ...)
{
	va_list	ap;

	if (quiet)
		return;
	va_start(ap, fmt);
	vmsg(NULL, fmt, ap);
	va_end(ap);
}

void
msg_fatal(const char *fmt, ...)
{
	va_list	ap;

	if (fatal_hook != NULL) {
		void (*hook)(void) = fatal_hook;

		fatal_hook = NULL;
		hook();
	}
	va_start(ap, fmt);
	vmsg(NULL, fmt, ap);
	va_end(ap);
	exit(1);
}

void
msg_set_fatal_hook(void (*hook)(void))
{
	fatal_hook = hook;
}

void
msg_set_quiet(int q)
{
	quiet = q;
}
