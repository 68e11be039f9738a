/*
 * date.h: calendar dates as day numbers (days since 1970-01-01, proleptic
 * Gregorian), the forms csv.md accepts, and "today".
 */
#ifndef WERKBANK_DATE_H
#define WERKBANK_DATE_H

#include <stddef.h>

#include "werkbank/status.h"

/* Day number of a calendar date; WB_INVALID when it does not exist. */
enum wb_status	 date_from_ymd(int y, int m, int d, int *days);
void		 date_to_ymd(int days, int *y, int *m, int *d);

/*
 * Parse YYYY-MM-DD, DD-MM-YYYY, D-M-YYYY or DD/MM/YYYY (surrounding
 * blanks allowed).  WB_INVALID for anything else or an impossible date.
 */
enum wb_status	 date_parse(const char *, int *days);

/* Write YYYY-MM-DD into buf (at least 11 bytes); returns buf. */
char		*date_format(int days, char *buf);

/*
 * Today in local time; WERKBANK_TODAY=YYYY-MM-DD overrides it so that the
 * demo and the reports can be reproduced for a given day.
 */
int		 date_today(void);

/* The same day N calendar months later (clamped to the month's end). */
int		 date_add_months(int days, int months);

/* 1 = Monday ... 7 = Sunday. */
int		 date_weekday(int days);

/*
 * A time werkbank stored (UTC, "YYYY-MM-DD HH:MM[:SS[.SSS]]", as
 * SQLite's datetime('now') and the audit log write it) in local time
 * for people, "YYYY-MM-DD HH:MM": the zone is the system's (TZ, else
 * /etc/localtime).  Text that is no such time is copied as it is.
 * Returns buf.
 */
char		*date_time_local(const char *utc, char *buf, size_t len);

#endif
