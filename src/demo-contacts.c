/*
 * demo-contacts.c: the account managers' two years in the demo region
 * (issue 15), made after the history: each employer's contact persons;
 * visits and calls before its vacancies came in, calls after its
 * placements started (and around the six-month mark), and now and then a
 * mail or a meeting between; what the employers said (the signals of
 * their sector, now and then a word of their own), what was agreed and
 * the next contact, the last ones falling due this week for the
 * employers with work open; and the ratings with the NPS answer (asked
 * in the last year, UWV's pilot) and a comment, some taken after a call.
 * Names come from the demo's word lists; phone numbers and addresses
 * are made up (example domains).  Every record draws from its own
 * stream (demo.c), so the same options give the same contacts.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "werkbank/date.h"
#include "werkbank/i18n.h"
#include "werkbank/xmalloc.h"

#include "demo-internal.h"

enum { T_BEZOEK, T_TELEFOON, T_MAIL, T_OVERLEG };
static const char *const type_code[] = { "bezoek", "telefoon", "mail",
    "overleg" };

enum { G_KRAPTE = 1, G_UITBREIDING = 2, G_KRIMP = 4, G_SCHOLING = 8,
	G_INCLUSIEF = 16 };
static const char *const tag_code[] = { "krapte", "uitbreiding", "krimp",
    "scholing", "inclusief" };

/* What each sector tends to tell us, in percent per contact. */
static const int sector_tags[SEC_COUNT][5] = {
	/* krapte uitbreiding krimp scholing inclusief */
	[SEC_PRODUCTIE] =	{ 45, 15, 8, 15, 10 },
	[SEC_LOGISTIEK] =	{ 60, 20, 4, 10, 8 },
	[SEC_SCHOONMAAK] =	{ 40, 8, 6, 8, 15 },
	[SEC_ZORG] =		{ 65, 10, 2, 35, 10 },
	[SEC_DETAILHANDEL] =	{ 25, 5, 15, 6, 12 },
	[SEC_HORECA] =		{ 55, 8, 10, 8, 10 },
	[SEC_GROEN] =		{ 30, 8, 5, 10, 25 },
	[SEC_BOUW] =		{ 55, 25, 4, 30, 6 },
	[SEC_DIENSTEN] =	{ 30, 10, 8, 10, 12 },
};

/* Words of their own an employer uses now and then. */
static const char *const own_words[] = { "seizoenswerk", "vergrijzing",
    "flexwerk", "ploegendienst", "zij-instromers", "energiekosten",
    "thuiswerken", "vakantieperiode" };

static const char *const functions[] = { "eigenaar", "bedrijfsleider",
    "HR-adviseur", "P&O-medewerker", "vestigingsmanager", "teamleider",
    "office manager", "hoofd personeelszaken", "planner", "directeur" };

/* {t} the job title, {n} the contact person's first name. */
static const char *const visit_notes[] = {
	("Kennismaking op de werkvloer; zoekt een {t} en wil het snel rond "
	    "hebben."),
	"{n} vertelt dat het werk toeneemt: er komt een vacature voor {t}.",
	("Rondleiding gehad. Functie {t} besproken, ook voor iemand die nog "
	    "moet leren."),
	"Vacature {t} doorgenomen; {n} staat open voor een proefplaatsing.",
	"Gesprek over de bezetting. Een {t} is lastig te vinden, zegt {n}.",
	("Werkgever wil een {t}; mogelijkheden van loonkostensubsidie "
	    "uitgelegd."),
};
static const char *const visit_agreed[] = {
	"Vacature wordt maandag in het matchteam besproken.",
	"Functieprofiel mailen; binnen twee weken kandidaten voorstellen.",
	"Terugbellen na het overleg van maandag.",
	"Eerst een proefplaatsing van vier weken, dan een contract.",
};
static const char *const call_notes[] = {
	"Nabellen na de start: de nieuwe medewerker draait goed mee.",
	"{n} is tevreden; inwerken gaat voorspoedig.",
	("Eerste weken wat onwennig, nu op zijn plek. Jobcoach komt nog "
	    "langs."),
	("Gebeld over het verloop: goede werkhouding, rijbewijs wordt nog "
	    "gehaald."),
};
static const char *const call_early[] = {
	("Medewerker is gestopt; werkgever staat open voor een nieuwe "
	    "kandidaat."),
	"Plaatsing liep niet; {n} wil het nog een keer proberen.",
};
static const char *const half_notes[] = {
	"Na zes maanden nog in dienst; contract wordt verlengd.",
	"Halfjaargesprek: medewerker blijft, mogelijk meer uren.",
	"Evaluatie met {n}: loonwaarde opnieuw laten meten.",
};
/* Keeping in touch, by type: none for a visit (they come with work). */
static const char *const relation_call[] = {
	"Bijgepraat over de personeelsbehoefte komend kwartaal.",
	"Telefonisch: drukte in de zomer, zoekt tijdelijke krachten.",
	"{n} meldt dat twee mensen met pensioen gaan.",
	"Gebeld: voorlopig genoeg mensen, in het voorjaar weer.",
};
static const char *const relation_mail[] = {
	"Mail over de regels voor loonkostensubsidie.",
	("Nieuwsbrief werkgeversdienstverlening gestuurd; {n} reageert met "
	    "vragen over de no-riskpolis."),
	"Mail van {n}: volgende maand mogelijk extra werk.",
};
static const char *const relation_meeting[] = {
	"Werkgeversontbijt in Meppel: interesse in de banenafspraak.",
	"Overleg over een leerwerktraject voor eigen medewerkers.",
	"Kwartaalgesprek met {n}; geen nieuwe vacatures op korte termijn.",
	"Netwerkbijeenkomst ondernemersvereniging: zoekt zij-instromers.",
};

static const char *const relation_agreed[] = {
	"Over drie maanden weer contact.",
	"Informatie over de no-riskpolis sturen.",
	"Uitnodiging voor de volgende bijeenkomst sturen.",
	"Vacatures melden zodra ze er zijn.",
};
static const char *const comment_good[] = {
	"Snel goede kandidaten, fijne samenwerking.",
	"Eén aanspreekpunt werkt prettig.",
	"Goed meegedacht over de loonkostensubsidie.",
	"De jobcoach is een uitkomst.",
	"Korte lijnen, we worden niet van het kastje naar de muur gestuurd.",
};
static const char *const comment_mid[] = {
	"Kandidaten pasten niet helemaal bij de functie.",
	"Duurde lang voordat er iemand kwam.",
	"Prima, maar graag meer terugkoppeling.",
};
static const char *const comment_poor[] = {
	"Te weinig kandidaten voorgesteld.",
	"Na het gesprek niemand meer gehoord.",
	"De papieren rond de subsidie zijn te ingewikkeld.",
};

#define N(a)	((int)(sizeof(a) / sizeof(a[0])))
#define PERSONS_MAX	4

struct dcontact {
	int	day, type, by, person, next;
	int	tags;			/* G_* */
	int	own;			/* own_words index + 1, or 0 */
	const char *note, *agreed;	/* templates */
	int	vac;			/* the vacancy (job title), -1 */
};

struct dstate {
	struct demo_ctx	*ctx;
	sqlite3_stmt	*person, *contact, *tag, *rating, *rating_upd;
	char		**emp_name;	/* by employer index */
	long		 ncontacts, nratings;
	struct dcontact	*c;		/* one employer's, being made */
	int		 n, cap;
	long long	 person_id[PERSONS_MAX];
	char		 first[PERSONS_MAX][64];
	int		 npersons;
};

static struct dcontact *
add(struct dstate *s, int day, int type, int by)
{
	struct dcontact	*c;

	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 32;
		s->c = xreallocarray(s->c, s->cap, sizeof(*s->c));
	}
	c = &s->c[s->n++];
	memset(c, 0, sizeof(*c));
	c->day = day;
	c->type = type;
	c->by = by;
	c->person = -1;
	c->vac = -1;
	return c;
}

static int
by_day(const void *a, const void *b)
{
	const struct dcontact	*x = a, *y = b;

	return x->day < y->day ? -1 : x->day > y->day;
}

/* A Saturday or Sunday moved back to the Friday. */
static int
workday(int d)
{
	int	w = date_weekday(d);

	return w >= 6 ? d - (w - 5) : d;
}

static int
sector_of(const struct demo_ctx *ctx, int e)
{
	return demo_kinds[ctx->emp[e].kind].sector;
}

static void
draw_tags(struct demo_ctx *ctx, struct demo_rng *r, int e,
    struct dcontact *c, int scale)
{
	const int	*w = sector_tags[sector_of(ctx, e)];
	int		 i;

	for (i = 0; i < 5; i++)
		if (demo_rng_below(r, 100) < w[i] * scale / 100)
			c->tags |= 1 << i;
	if (demo_rng_pct(r, 8))
		c->own = 1 + demo_rng_below(r, N(own_words));
}

/* Who was spoken with: mostly the primary person. */
static int
pick_person(struct dstate *s, struct demo_rng *r)
{
	if (s->npersons == 0 || demo_rng_pct(r, 15))
		return -1;
	if (s->npersons == 1 || demo_rng_pct(r, 65))
		return 0;
	return 1 + demo_rng_below(r, s->npersons - 1);
}

/* "bakkerijjansen" of "Bakkerij Jansen B.V.", for made-up addresses. */
static void
slug(const char *name, char *out, size_t len)
{
	size_t	o = 0;

	for (; *name != '\0' && o + 1 < len; name++)
		if (isalnum((unsigned char)*name))
			out[o++] = (char)tolower((unsigned char)*name);
	out[o] = '\0';
}

/* A template with {t} and {n} filled in. */
static void
fill(const char *tpl, const char *title, const char *name, char *out,
    size_t len)
{
	const char	*p, *with;
	size_t		 o = 0, n;

	for (p = tpl; *p != '\0' && o + 1 < len; p++) {
		with = strncmp(p, "{t}", 3) == 0 ? title : strncmp(p, "{n}",
		    3) == 0 ? name : NULL;
		if (with == NULL) {
			out[o++] = *p;
			continue;
		}
		n = strlen(with);
		if (o + n + 1 > len)
			break;
		memcpy(out + o, with, n);
		o += n;
		p += 2;
	}
	out[o] = '\0';
}

static void
bind_day(sqlite3_stmt *stmt, int i, int day)
{
	char	buf[11];

	sqlite3_bind_text(stmt, i, date_format(day, buf), -1,
	    SQLITE_TRANSIENT);
}

static void
bind_stamp(sqlite3_stmt *stmt, int i, int day, int secs)
{
	char	buf[11], stamp[32];

	snprintf(stamp, sizeof(stamp), "%s %02d:%02d:%02d", date_format(day,
	    buf), secs / 3600 % 24, secs / 60 % 60, secs % 60);
	sqlite3_bind_text(stmt, i, stamp, -1, SQLITE_TRANSIENT);
}

static enum wb_status
step(struct demo_ctx *ctx, sqlite3_stmt *stmt)
{
	int	rc = sqlite3_step(stmt);

	sqlite3_reset(stmt);
	sqlite3_clear_bindings(stmt);
	if (rc != SQLITE_DONE)
		return db_fail(ctx->db, _("writing the demo contacts"));
	return WB_OK;
}

static enum wb_status
make_persons(struct dstate *s, int e)
{
	struct demo_ctx		*ctx = s->ctx;
	const struct demo_list	*fl = &ctx->first[0], *ll = &ctx->last[0];
	struct demo_rng		 r;
	enum wb_status		 st;
	char			 name[160], mail[200], dom[96], phone[32];
	const char		*first, *last;
	int			 i, n, k;

	demo_rng_seed(&r, ctx->seed, 'p', (uint64_t)e);
	n = 1 + (ctx->emp[e].size >= 2) + (ctx->emp[e].size >= 4 &&
	    demo_rng_pct(&r, 60));
	slug(s->emp_name[e], dom, sizeof(dom));
	s->npersons = 0;
	for (i = 0; i < n; i++) {
		first = fl->v[demo_rng_below(&r, fl->n)];
		last = ll->v[demo_rng_below(&r, ll->n)];
		snprintf(name, sizeof(name), "%s %s", first, last);
		for (k = 0; k < s->npersons; k++)
			if (strcmp(s->first[k], first) == 0)
				break;
		if (k < s->npersons)
			continue;	/* two of one first name: one is enough */
		snprintf(mail, sizeof(mail), "%c.", tolower((unsigned char)
		    first[0]));
		slug(last, mail + 2, sizeof(mail) - 2);
		snprintf(mail + strlen(mail), sizeof(mail) - strlen(mail),
		    "@%s.example", dom);
		if (demo_rng_pct(&r, 60))
			snprintf(phone, sizeof(phone), "06-%08d",
			    demo_rng_below(&r, 100000000));
		else
			snprintf(phone, sizeof(phone), "0522-%06d",
			    demo_rng_below(&r, 1000000));
		sqlite3_bind_int(s->person, 1, e + 1);
		sqlite3_bind_text(s->person, 2, name, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(s->person, 3, functions[i == 0 ?
		    demo_rng_below(&r, 3) : demo_rng_below(&r, N(functions))],
		    -1, SQLITE_STATIC);
		if (demo_rng_pct(&r, 85))
			sqlite3_bind_text(s->person, 4, phone, -1,
			    SQLITE_TRANSIENT);
		if (demo_rng_pct(&r, 80))
			sqlite3_bind_text(s->person, 5, mail, -1,
			    SQLITE_TRANSIENT);
		sqlite3_bind_int(s->person, 6, s->npersons == 0);
		if ((st = step(ctx, s->person)) != WB_OK)
			return st;
		s->person_id[s->npersons] = sqlite3_last_insert_rowid(
		    db_sqlite(ctx->db));
		snprintf(s->first[s->npersons++], sizeof(s->first[0]), "%s",
		    first);
	}
	return WB_OK;
}

/* The contacts around the employer's vacancies and placements. */
static void
make_contacts(struct dstate *s, int e, const int *vac, int nvac,
    const int *plc, int nplc)
{
	struct demo_ctx		*ctx = s->ctx;
	const struct demo_emp	*em = &ctx->emp[e];
	const struct demo_vac	*v;
	const struct demo_plc	*pl;
	struct dcontact		*c;
	struct demo_rng		 r;
	int			 i, d, first = ctx->today, from = ctx->today - 730;

	s->n = 0;
	for (i = 0; i < nvac; i++) {
		v = &ctx->vac[vac[i]];
		demo_rng_seed(&r, ctx->seed, 'b', (uint64_t)vac[i]);
		d = workday(v->collected - demo_rng_range(&r, 3, 25));
		if (d < from || !demo_rng_pct(&r, 75))
			continue;
		c = add(s, d, demo_rng_pct(&r, 70) ? T_BEZOEK : T_TELEFOON,
		    v->am);
		c->person = pick_person(s, &r);
		c->vac = vac[i];
		c->note = visit_notes[demo_rng_below(&r, N(visit_notes))];
		if (demo_rng_pct(&r, 70))
			c->agreed = visit_agreed[demo_rng_below(&r,
			    N(visit_agreed))];
		draw_tags(ctx, &r, e, c, 100);
		if (d < first)
			first = d;
	}
	for (i = 0; i < nplc; i++) {
		pl = &ctx->plc[plc[i]];
		demo_rng_seed(&r, ctx->seed, 't', (uint64_t)plc[i]);
		d = workday(pl->start + demo_rng_range(&r, 10, 40));
		if (d <= ctx->today && demo_rng_pct(&r, 80)) {
			int early = pl->end != 0 && pl->end <= d;

			c = add(s, d, T_TELEFOON, em->am);
			c->person = pick_person(s, &r);
			c->note = early ? call_early[demo_rng_below(&r,
			    N(call_early))] : call_notes[demo_rng_below(&r,
			    N(call_notes))];
			if ((pl->instruments & (IN_LKS | IN_JOBCOACH)) != 0 &&
			    demo_rng_pct(&r, 40))
				c->tags |= G_INCLUSIEF;
		}
		d = workday(pl->start + demo_rng_range(&r, 150, 185));
		if (d <= ctx->today && (pl->end == 0 || pl->end > d) &&
		    demo_rng_pct(&r, 50)) {
			c = add(s, d, demo_rng_pct(&r, 60) ? T_TELEFOON :
			    T_BEZOEK, em->am);
			c->person = pick_person(s, &r);
			c->note = half_notes[demo_rng_below(&r,
			    N(half_notes))];
			draw_tags(ctx, &r, e, c, 50);
		}
	}
	/* Keeping in touch: a mail, call or meeting every few months. */
	demo_rng_seed(&r, ctx->seed, 'o', (uint64_t)e);
	if (nvac == 0 && demo_rng_pct(&r, 30))
		first = ctx->today - demo_rng_range(&r, 20, 700);
	for (d = first + demo_rng_range(&r, 40, 120); d <= ctx->today;
	    d += demo_rng_range(&r, 45, 120)) {
		if (date_weekday(d) >= 6 || !demo_rng_pct(&r, 60))
			continue;
		c = add(s, d, demo_rng_pick(&r, (const int[]){ 0, 40, 35, 25 },
		    4), em->am);
		c->person = pick_person(s, &r);
		c->note = c->type == T_TELEFOON ? relation_call[demo_rng_below(
		    &r, N(relation_call))] : c->type == T_MAIL ? relation_mail[
		    demo_rng_below(&r, N(relation_mail))] : relation_meeting[
		    demo_rng_below(&r, N(relation_meeting))];
		if (demo_rng_pct(&r, 50))
			c->agreed = relation_agreed[demo_rng_below(&r,
			    N(relation_agreed))];
		draw_tags(ctx, &r, e, c, 80);
	}
	if (nvac == 0 && s->n == 0 && first < ctx->today) {
		/* A first visit to an employer that has posted nothing. */
		c = add(s, first, T_BEZOEK, em->am);
		c->person = s->npersons > 0 ? 0 : -1;
		c->note = "Kennismaking; nog geen vacatures, wel interesse in "
		    "de banenafspraak.";
		c->tags = G_INCLUSIEF;
	}
	if (s->n > 1)
		qsort(s->c, (size_t)s->n, sizeof(*s->c), by_day);
}

/*
 * The next contact of each: about when the next one took place; for
 * the last, this week or soon for the employers with work open (some
 * overdue), later for the others.
 */
static void
plan_next(struct dstate *s, int e, int open)
{
	struct demo_ctx	*ctx = s->ctx;
	struct demo_rng	 r;
	int		 i, next;

	demo_rng_seed(&r, ctx->seed, 'x', (uint64_t)e);
	for (i = 0; i < s->n; i++) {
		struct dcontact *c = &s->c[i];

		c->next = 0;
		if (i + 1 < s->n) {
			if (demo_rng_pct(&r, 55)) {
				next = s->c[i + 1].day + demo_rng_range(&r, -3,
				    2);
				c->next = next > c->day ? next : c->day + 1;
			}
			continue;
		}
		if (open && demo_rng_pct(&r, 70))
			next = ctx->today + demo_rng_range(&r, -6, 21);
		else if (demo_rng_pct(&r, 45))
			next = c->day + demo_rng_range(&r, 40, 120);
		else
			continue;
		if (next < c->day)
			next = c->day + 1;
		if (next >= ctx->today - 10)
			c->next = next;
	}
}

static enum wb_status
write_contacts(struct dstate *s, int e)
{
	struct demo_ctx	*ctx = s->ctx;
	struct demo_rng	 r;
	enum wb_status	 st;
	char		 note[400], title[96];
	const char	*first;
	long long	 id;
	int		 i, k;

	for (i = 0; i < s->n; i++) {
		struct dcontact *c = &s->c[i];

		demo_rng_seed(&r, ctx->seed, 'w', (uint64_t)ctx->scale * 1000003 +
		    (uint64_t)s->ncontacts);
		first = c->person >= 0 ? s->first[c->person] : s->npersons > 0 ?
		    s->first[0] : "de werkgever";
		if (c->vac >= 0) {
			const struct demo_vac *v = &ctx->vac[c->vac];

			snprintf(title, sizeof(title), "%s", demo_kinds[
			    ctx->emp[e].kind].job[v->job].title);
			title[0] = (char)tolower((unsigned char)title[0]);
		} else
			snprintf(title, sizeof(title), "medewerker");
		fill(c->note, title, first, note, sizeof(note));
		sqlite3_bind_int(s->contact, 1, e + 1);
		bind_day(s->contact, 2, c->day);
		sqlite3_bind_text(s->contact, 3, type_code[c->type], -1,
		    SQLITE_STATIC);
		sqlite3_bind_int(s->contact, 4, c->by + 1);
		if (c->person >= 0)
			sqlite3_bind_int64(s->contact, 5,
			    s->person_id[c->person]);
		sqlite3_bind_text(s->contact, 6, note, -1, SQLITE_TRANSIENT);
		if (c->agreed != NULL)
			sqlite3_bind_text(s->contact, 7, c->agreed, -1,
			    SQLITE_STATIC);
		if (c->next != 0)
			bind_day(s->contact, 8, c->next);
		bind_stamp(s->contact, 9, c->day, 9 * 3600 +
		    demo_rng_below(&r, 8 * 3600));
		if ((st = step(ctx, s->contact)) != WB_OK)
			return st;
		id = sqlite3_last_insert_rowid(db_sqlite(ctx->db));
		s->ncontacts++;
		for (k = 0; k < 5; k++)
			if (c->tags & (1 << k)) {
				sqlite3_bind_int64(s->tag, 1, id);
				sqlite3_bind_text(s->tag, 2, tag_code[k], -1,
				    SQLITE_STATIC);
				if ((st = step(ctx, s->tag)) != WB_OK)
					return st;
			}
		if (c->own > 0) {
			sqlite3_bind_int64(s->tag, 1, id);
			sqlite3_bind_text(s->tag, 2, own_words[c->own - 1], -1,
			    SQLITE_STATIC);
			if ((st = step(ctx, s->tag)) != WB_OK)
				return st;
		}
		/* Satisfaction taken where it happens: after some calls. */
		if (c->type == T_TELEFOON && c->vac < 0 && demo_rng_pct(&r,
		    12)) {
			static const int w[11] = { 0, 0, 0, 1, 2, 4, 8, 20, 33,
			    22, 10 };
			int score = demo_rng_pick(&r, w, 11);

			sqlite3_bind_int(s->rating, 1, e + 1);
			bind_day(s->rating, 2, c->day);
			sqlite3_bind_int(s->rating, 3, score < 1 ? 1 : score);
			sqlite3_bind_int(s->rating, 4, c->by + 1);
			bind_stamp(s->rating, 5, c->day, 16 * 3600);
			if ((st = step(ctx, s->rating)) != WB_OK)
				return st;
			s->nratings++;
		}
	}
	return WB_OK;
}

/* The NPS answer (asked in the last year), a comment, who took it. */
static enum wb_status
finish_ratings(struct dstate *s)
{
	struct demo_ctx	*ctx = s->ctx;
	sqlite3_stmt	*stmt;
	struct demo_rng	 r;
	enum wb_status	 st;
	long long	 id;
	int		 rc, score, day, emp, nps;
	const char	*text;

	if ((st = db_prepare(ctx->db, "SELECT id, employer_id, score, "
	    "rated_on FROM employer_rating ORDER BY id", &stmt)) != WB_OK)
		return st;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		id = sqlite3_column_int64(stmt, 0);
		emp = sqlite3_column_int(stmt, 1) - 1;
		score = sqlite3_column_int(stmt, 2);
		(void)date_parse((const char *)sqlite3_column_text(stmt, 3),
		    &day);
		demo_rng_seed(&r, ctx->seed, 's', (uint64_t)id);
		nps = score + demo_rng_range(&r, -2, 1);
		nps = nps < 0 ? 0 : nps > 10 ? 10 : nps;
		if (day >= ctx->today - 365 && demo_rng_pct(&r, 90))
			sqlite3_bind_int(s->rating_upd, 2, nps);
		text = NULL;
		if (demo_rng_pct(&r, 45))
			text = score >= 8 ? comment_good[demo_rng_below(&r,
			    N(comment_good))] : score >= 6 ? comment_mid[
			    demo_rng_below(&r, N(comment_mid))] :
			    comment_poor[demo_rng_below(&r, N(comment_poor))];
		if (text != NULL)
			sqlite3_bind_text(s->rating_upd, 3, text, -1,
			    SQLITE_STATIC);
		if (emp >= 0 && emp < ctx->nemp)
			sqlite3_bind_int(s->rating_upd, 4, ctx->emp[emp].am +
			    1);
		sqlite3_bind_int64(s->rating_upd, 1, id);
		if ((st = step(ctx, s->rating_upd)) != WB_OK)
			break;
	}
	sqlite3_finalize(stmt);
	if (st == WB_OK && rc != SQLITE_DONE)
		st = db_fail(ctx->db, _("writing the demo contacts"));
	return st;
}

static enum wb_status
load_names(struct dstate *s)
{
	struct demo_ctx	*ctx = s->ctx;
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	long long	 id;
	int		 rc;

	s->emp_name = xcalloc((size_t)ctx->nemp, sizeof(char *));
	if ((st = db_prepare(ctx->db, "SELECT id, name FROM employer", &stmt))
	    != WB_OK)
		return st;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		id = sqlite3_column_int64(stmt, 0);
		if (id >= 1 && id <= ctx->nemp)
			s->emp_name[id - 1] = db_column_dup(stmt, 1);
	}
	sqlite3_finalize(stmt);
	return rc == SQLITE_DONE ? WB_OK : db_fail(ctx->db,
	    _("writing the demo contacts"));
}

/* Vacancies and placements per employer: counting sort into idx[]. */
static void
group(int n, int groups, const int *key, int **at, int **idx)
{
	int	i;

	*at = xcalloc((size_t)groups + 1, sizeof(int));
	*idx = xreallocarray(NULL, n ? (size_t)n : 1, sizeof(int));
	for (i = 0; i < n; i++)
		if (key[i] >= 0)
			(*at)[key[i] + 1]++;
	for (i = 0; i < groups; i++)
		(*at)[i + 1] += (*at)[i];
	for (i = 0; i < n; i++)
		if (key[i] >= 0)
			(*idx)[(*at)[key[i]]++] = i;
	for (i = groups; i > 0; i--)
		(*at)[i] = (*at)[i - 1];
	(*at)[0] = 0;
}

enum wb_status
demo_contacts_write(struct demo_ctx *ctx, long *ratings)
{
	struct dstate	 s;
	enum wb_status	 st;
	int		*vkey, *pkey, *vat = NULL, *vidx = NULL, *pat = NULL;
	int		*pidx = NULL, i, e, open;

	memset(&s, 0, sizeof(s));
	s.ctx = ctx;
	*ratings = 0;
	demo_progress(ctx, _("contacts"), 0, 1);
	vkey = xreallocarray(NULL, ctx->nvac ? (size_t)ctx->nvac : 1,
	    sizeof(int));
	pkey = xreallocarray(NULL, ctx->nplc ? (size_t)ctx->nplc : 1,
	    sizeof(int));
	for (i = 0; i < ctx->nvac; i++)
		vkey[i] = ctx->vac[i].employer;
	for (i = 0; i < ctx->nplc; i++)
		pkey[i] = ctx->vac[ctx->prop[ctx->plc[i].prop].vac].employer;
	group(ctx->nvac, ctx->nemp, vkey, &vat, &vidx);
	group(ctx->nplc, ctx->nemp, pkey, &pat, &pidx);
	if ((st = load_names(&s)) != WB_OK ||
	    (st = db_prepare(ctx->db, "INSERT INTO contact_person "
	    "(employer_id, name, function, phone, email, is_primary) VALUES "
	    "(?1, ?2, ?3, ?4, ?5, ?6)", &s.person)) != WB_OK ||
	    (st = db_prepare(ctx->db, "INSERT INTO employer_contact "
	    "(employer_id, contact_on, type, by_user_id, person_id, note, "
	    "agreed, next_on, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, "
	    "?5, ?6, ?7, ?8, ?9, ?9)", &s.contact)) != WB_OK ||
	    (st = db_prepare(ctx->db, "INSERT INTO contact_tag (contact_id, "
	    "tag) VALUES (?1, ?2)", &s.tag)) != WB_OK ||
	    (st = db_prepare(ctx->db, "INSERT INTO employer_rating "
	    "(employer_id, rated_on, score, by_user_id, created_at) VALUES "
	    "(?1, ?2, ?3, ?4, ?5)", &s.rating)) != WB_OK ||
	    (st = db_prepare(ctx->db, "UPDATE employer_rating SET nps = ?2, "
	    "comment = ?3, by_user_id = coalesce(by_user_id, ?4) WHERE id = "
	    "?1", &s.rating_upd)) != WB_OK)
		goto out;
	for (e = 0; e < ctx->nemp && st == WB_OK; e++) {
		if (s.emp_name[e] == NULL)
			continue;
		for (open = 0, i = vat[e]; i < vat[e + 1]; i++)
			open |= ctx->vac[vidx[i]].status == VS_OPEN ||
			    ctx->vac[vidx[i]].status == VS_ON_HOLD;
		if ((st = make_persons(&s, e)) != WB_OK)
			break;
		make_contacts(&s, e, vidx + vat[e], vat[e + 1] - vat[e],
		    pidx + pat[e], pat[e + 1] - pat[e]);
		plan_next(&s, e, open);
		st = write_contacts(&s, e);
		if (e % 64 == 0)
			demo_progress(ctx, _("contacts"), e, ctx->nemp);
	}
	if (st == WB_OK)
		st = finish_ratings(&s);
	*ratings = s.nratings;
out:
	sqlite3_finalize(s.person);
	sqlite3_finalize(s.contact);
	sqlite3_finalize(s.tag);
	sqlite3_finalize(s.rating);
	sqlite3_finalize(s.rating_upd);
	for (i = 0; s.emp_name != NULL && i < ctx->nemp; i++)
		free(s.emp_name[i]);
	free(s.emp_name);
	free(s.c);
	free(vkey);
	free(pkey);
	free(vat);
	free(vidx);
	free(pat);
	free(pidx);
	demo_progress(ctx, _("contacts"), 1, 1);
	return st;
}
