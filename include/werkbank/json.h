/*
 * json.h: the one JSON writer.  Every JSON werkbank writes (--json
 * output, the details of the audit log, match weights) goes through it,
 * so every string is escaped the same way and every number has a '.'
 * whatever the locale.
 */
#ifndef WERKBANK_JSON_H
#define WERKBANK_JSON_H

#include <stdio.h>

/*
 * s as a JSON string: '"' and '\' escaped, every character that must
 * not reach a terminal as itself (text.h: controls, bidi, zero-width) as
 * \uXXXX, an invalid byte as \ufffd; so the output is valid JSON and
 * inert on a screen.  NULL writes null.
 */
void	 json_string(FILE *, const char *s);

/* A number: null when it is not finite, else with '.' as the point;
 * json_number() with up to 10 significant digits, json_decimal() with
 * this many decimals ("20.0"). */
void	 json_number(FILE *, double);
void	 json_decimal(FILE *, double, int places);

/*
 * Text that is a number ("12", "-3.5", "7,0" where the locale writes a
 * decimal comma) written as a JSON number: 1, or 0 (nothing written)
 * when it is not one.
 */
int	 json_number_text(FILE *, const char *s);

/*
 * An object built in memory, for a detail of the audit log:
 *	struct json_obj *o = json_obj_new();
 *	json_obj_str(o, "file", name); json_obj_int(o, "rows", n);
 *	detail = json_obj_end(o);	(caller frees)
 */
struct json_obj;

struct json_obj	*json_obj_new(void);
void		 json_obj_str(struct json_obj *, const char *key,
		    const char *value);
void		 json_obj_int(struct json_obj *, const char *key, long long);
void		 json_obj_num(struct json_obj *, const char *key, double);
/* "{...}"; frees the builder.  Caller frees the string. */
char		*json_obj_end(struct json_obj *);

#endif
