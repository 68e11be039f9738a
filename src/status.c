/*
 * status.c: messages and exit codes of enum wb_status, from the one
 * table in status.h.
 */
#include "werkbank/status.h"

#include <stddef.h>

#include "werkbank/i18n.h"

static const struct {
	const char	*message;
	int		 exit;
} status_info[] = {
#define WB_STATUS_INFO(name, exit, msg) { N_(msg), exit },
	WB_STATUS_CODES(WB_STATUS_INFO)
#undef WB_STATUS_INFO
};

const char *
wb_status_message(enum wb_status st)
{
	if ((size_t)st >= sizeof(status_info) / sizeof(status_info[0]))
		return "unknown status";
	return status_info[st].message;
}

int
wb_status_exit(enum wb_status st)
{
	if ((size_t)st >= sizeof(status_info) / sizeof(status_info[0]))
		return 1;
	return status_info[st].exit;
}
