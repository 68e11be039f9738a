/*
 * tui-employer.h: the employer services' forms of the terminal UI, for
 * the employer screen (view-employers.c): log a contact, take a rating,
 * add a contact person; and the question asked before something is
 * entered for another account manager's employer (the vacancy form asks
 * it too, tui-records.c).
 *
 * As the record forms: what a form needs is read before it opens, the
 * write is one transaction of the core after it closes (contact.h,
 * rating.h), and a field the core finds bad gets the core's message
 * under it, the form opening again.  Rights are checked before a form
 * opens.  Contact persons are personal data: the contact and person
 * forms (which show or take their names) are refused in meeting mode.
 */
#ifndef WERKBANK_TUI_EMPLOYER_H
#define WERKBANK_TUI_EMPLOYER_H

#include "werkbank/view.h"

/*
 * The employer has another account manager (employer.h): say whose
 * employer it is and ask y/n whether to go on (what: "Log a contact
 * anyway?", translated).  1 to go on (also when nobody else holds it),
 * 0 when the user said no or it could not be read (the status line
 * says).
 */
int		 employer_ask(struct view_app *, long long employer_id,
		    const char *title, const char *what);

/*
 * The forms, for the employer of id with its name; each returns 1 when
 * it stored something (the database changed), else 0; the status line
 * says what happened.
 */
int		 employer_contact_form(struct view_app *, long long id,
		    const char *name);
int		 employer_rating_form(struct view_app *, long long id,
		    const char *name);
int		 employer_person_form(struct view_app *, long long id,
		    const char *name);

#endif
