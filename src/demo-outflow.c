/*
 * demo-outflow.c: the demo region's history toward outflow (issue 18),
 * laid over what demo-history.c wrote: why people left the pool (placed
 * people through the team; the others for the reasons a team sees, the
 * oldest sometimes without one, as before werkbank asked), why
 * proposals ended (the vacancy filled or withdrawn where it was, else
 * the employer's or the candidate's reasons), each placement's
 * consultant, and a jobcoach for the placements that agreed one: most
 * started within a few weeks, a few recent ones not yet.  Every choice
 * follows from a record's id, so the same demo comes out each time.
 */
#include <stdio.h>

#include "werkbank/date.h"
#include "werkbank/i18n.h"

#include "demo-internal.h"

/*
 * H(x): a number 0-99 from an id (Knuth's multiplicative hash, then the
 * top of its low 32 bits), the same on every run.
 */
#define H(x)	"(((" x ") * 2654435761 % 4294967296) * 100 / 4294967296)"

static const char *const outflow_sql[] = {
	/* Placed through the team, as the workflow records it. */
	"UPDATE candidate SET leave_reason = 'werk_via_team' "
	"WHERE left_on IS NOT NULL AND status = 'geplaatst'",
	/* The others; before mid-2025 a third left without a reason. */
	"UPDATE candidate SET leave_reason = CASE "
	"WHEN left_on < ?2 AND " H("id + 7") " < 33 THEN NULL "
	"WHEN " H("id") " < 32 THEN 'werk_zelf' "
	"WHEN " H("id") " < 48 THEN 'uitkering_beeindigd' "
	"WHEN " H("id") " < 60 THEN 'verhuisd' "
	"WHEN " H("id") " < 72 THEN 'opleiding' "
	"WHEN " H("id") " < 84 THEN 'ziek' ELSE 'overig' END "
	"WHERE left_on IS NOT NULL AND status <> 'geplaatst'",
	/* The employer's reasons. */
	"UPDATE proposal_step AS s SET reason = CASE "
	"WHEN s.on_date < ?2 AND " H("s.id + 3") " < 25 THEN NULL "
	"WHEN v.status = 'ingetrokken' THEN 'vacature_ingetrokken' "
	"WHEN v.status = 'vervuld' AND " H("s.id") " < 45 THEN "
	"'vacature_vervuld' "
	"WHEN " H("s.id + 1") " < 24 THEN 'ervaring' "
	"WHEN " H("s.id + 1") " < 38 THEN 'taal' "
	"WHEN " H("s.id + 1") " < 52 THEN 'uren' "
	"WHEN " H("s.id + 1") " < 63 THEN 'reisafstand' "
	"WHEN " H("s.id + 1") " < 82 THEN 'profiel_past_niet' "
	"WHEN " H("s.id + 1") " < 91 THEN 'geen_reactie' ELSE 'overig' END "
	"FROM proposal p JOIN vacancy v ON v.id = p.vacancy_id "
	"WHERE p.id = s.proposal_id AND s.step = 'not_chosen'",
	/* The candidate's reasons. */
	"UPDATE proposal_step SET reason = CASE "
	"WHEN on_date < ?2 AND " H("id + 3") " < 25 THEN NULL "
	"WHEN " H("id") " < 30 THEN 'ander_werk' "
	"WHEN " H("id") " < 56 THEN 'geen_interesse' "
	"WHEN " H("id") " < 72 THEN 'reistijd' "
	"WHEN " H("id") " < 86 THEN 'ziek' ELSE 'overig' END "
	"WHERE step = 'withdrawn'",
	/* The placed person's consultant, as placing records it. */
	"UPDATE placement SET consultant_id = (SELECT c.consultant_id FROM "
	"candidate c WHERE c.id = placement.candidate_id)",
	/*
	 * A jobcoach where one was agreed: who, who pays (UWV for Wajong),
	 * from 3 to 31 days after the start, 2 to 8 hours a week, ending
	 * with the job or after half a year; of those placed in the last 50
	 * days, about half have not started yet.
	 */
	"INSERT INTO placement_jobcoach (placement_id, coach, paid_by, "
	"start_date, hours, end_date) "
	"SELECT pl.id, CASE " H("pl.id") " % 5 "
	"WHEN 0 THEN 'Reestmond Jobcoaching' "
	"WHEN 1 THEN 'NoordWestGroep Jobcoaching' "
	"WHEN 2 THEN 'Jobcoach Zuidwest-Drenthe' "
	"WHEN 3 THEN 'Werkfit Meppel' ELSE 'Stap Verder Jobcoaching' END, "
	"CASE WHEN pl.target_group = 'wajong' THEN 'uwv' "
	"WHEN " H("pl.id + 5") " < 70 THEN 'gemeente' "
	"WHEN " H("pl.id + 5") " < 85 THEN 'sw_bedrijf' ELSE 'werkgever' END, "
	"st.d, CASE WHEN st.d IS NULL THEN NULL ELSE 2 + " H("pl.id + 9")
	" % 7 END, CASE WHEN st.d IS NULL THEN NULL "
	"WHEN pl.end_date IS NOT NULL AND pl.end_date >= st.d THEN "
	"pl.end_date WHEN date(st.d, '+6 months') < ?1 THEN "
	"date(st.d, '+6 months') END "
	"FROM placement pl JOIN (SELECT p.id, CASE "
	"WHEN p.start_date >= date(?1, '-50 days') AND "
	H("p.id + 13") " < 50 THEN NULL "
	"ELSE min(date(p.start_date, '+' || (3 + " H("p.id + 2") " % 29) || "
	"' days'), coalesce(p.end_date, ?1), ?1) END AS d FROM placement p) "
	"st ON st.id = pl.id "
	"WHERE EXISTS (SELECT 1 FROM placement_instrument i WHERE "
	"i.placement_id = pl.id AND i.instrument = 'jobcoach') "
	"AND pl.start_date <= ?1",
	NULL,
};

enum wb_status
demo_outflow_write(struct demo_ctx *ctx)
{
	sqlite3_stmt	*stmt;
	enum wb_status	 st;
	char		 today[11], before[11];
	int		 i, rc;

	date_format(ctx->today, today);
	/* About 18 months back: reasons were not asked for before. */
	date_format(ctx->today - 548, before);
	for (i = 0; outflow_sql[i] != NULL; i++) {
		if ((st = db_prepare(ctx->db, outflow_sql[i], &stmt)) != WB_OK)
			return st;
		if (sqlite3_bind_parameter_count(stmt) >= 1)
			sqlite3_bind_text(stmt, 1, today, -1, SQLITE_STATIC);
		if (sqlite3_bind_parameter_count(stmt) >= 2)
			sqlite3_bind_text(stmt, 2, before, -1, SQLITE_STATIC);
		rc = sqlite3_step(stmt);
		sqlite3_finalize(stmt);
		if (rc != SQLITE_DONE)
			return db_fail(ctx->db, _("making the demo"));
	}
	return WB_OK;
}
