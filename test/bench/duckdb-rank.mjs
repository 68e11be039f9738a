// test/bench/duckdb-rank.mjs: the rank-1m-duckdb peer (bench-match.sh).
// The ranking of match.h written as one DuckDB query over the same data,
// all in memory: the tables werkbank's index reads, exported from the
// SQLite file to CSV once (bench-match.sh), loaded into an in-memory
// DuckDB database, then the query run REPEAT times.  As werkbank builds
// its index once, what does not depend on the vacancy is joined once at
// load (table pool: each candidate with their key, levels, home
// coordinates and travel range); the timed query does the rest: it
// aggregates the candidates' occupations, skills and restrictions
// against the vacancy with joins, scores everyone who passes the hard
// rules and keeps the best 20, ties by key.
//
//   node duckdb-rank.mjs SPEC CSVDIR PARTNER REF LOGIN REPEAT THREADS
//
// SPEC has a line "table col:TYPE col:TYPE ..." per table, CSVDIR a
// TABLE.csv (with a header) for each.  Prints the top 20 as "key,score"
// (score to 3 decimals) on stdout and one line on stderr:
// "load_s=S runs=S,S,... median_s=S threads=N version=V".
import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';

const [spec, dir, partner, ref, login, repeat, threads] =
    process.argv.slice(2);
const quote = (s) => "'" + String(s).replaceAll("'", "''") + "'";

const instance = await DuckDBInstance.create(':memory:',
    { threads: String(threads) });
const con = await instance.connect();

let t0 = performance.now();
for (const line of readFileSync(spec, 'utf8').split('\n')) {
	const [table, ...cols] = line.trim().split(/\s+/);
	if (!table)
		continue;
	const types = cols.map((c) => {
		const [name, type] = c.split(':');
		return quote(name) + ': ' + quote(type);
	}).join(', ');
	await con.run(`CREATE TABLE ${table} AS SELECT * FROM read_csv(` +
	    `${quote(dir + '/' + table + '.csv')}, header = true, ` +
	    `columns = {${types}})`);
}
// What does not depend on the vacancy: the candidate's key, levels,
// home and travel range (max_travel_km, else the widest of their
// transport modes, a car only with a licence not known to be missing,
// else the range of none; unknown without any).
await con.run(`
CREATE TABLE pool AS
WITH
s AS (SELECT
	max(CASE key WHEN 'travel_km_auto' THEN CAST(value AS DOUBLE) END)
	    AS auto,
	max(CASE key WHEN 'travel_km_brommer' THEN CAST(value AS DOUBLE) END)
	    AS brommer,
	max(CASE key WHEN 'travel_km_ov' THEN CAST(value AS DOUBLE) END)
	    AS ov,
	max(CASE key WHEN 'travel_km_fiets' THEN CAST(value AS DOUBLE) END)
	    AS fiets,
	max(CASE key WHEN 'travel_km_none' THEN CAST(value AS DOUBLE) END)
	    AS none
    FROM setting),
tr AS (SELECT t.candidate_id, coalesce(max(CASE t.mode
	    WHEN 'auto' THEN CASE WHEN c.driving_licence IS NOT DISTINCT FROM 0
		THEN NULL ELSE s.auto END
	    WHEN 'brommer' THEN s.brommer WHEN 'ov' THEN s.ov
	    WHEN 'fiets' THEN s.fiets END), any_value(s.none)) AS range
    FROM candidate_transport t JOIN candidate c ON c.id = t.candidate_id
    CROSS JOIN s GROUP BY t.candidate_id)
SELECT c.id, p.code || '/' || c.ref AS key, c.partner_id, c.status,
    c.consent, c.driving_licence, c.job_agreement, c.target_group,
    c.available_from, c.hours_min, c.hours_max, e.nlqf AS edu,
    l.rank AS dutch, z.lat, z.lon,
    coalesce(c.max_travel_km, tr.range) AS range,
    greatest(s.auto, s.brommer, s.ov, s.fiets, s.none) AS widest
FROM candidate c JOIN partner p ON p.id = c.partner_id
JOIN pc4 z ON z.code = c.pc4
LEFT JOIN education_level e ON e.key = c.education_key
LEFT JOIN language_level l ON l.code = c.dutch_level
LEFT JOIN tr ON tr.candidate_id = c.id
CROSS JOIN s`);
const load = (performance.now() - t0) / 1000;

// The same rules and weights as match.h; see bench-match.sh's peer_sql
// for the SQLite form of the same.
const sql = `
WITH
v AS (SELECT v.id, v.isco_code AS isco, z.lat, z.lon,
	coalesce(round(v.hours_min * 4), 0) AS vmin,
	coalesce(round(v.hours_max * 4), 192) AS vmax,
	v.hours_min IS NOT NULL OR v.hours_max IS NOT NULL AS has_hours,
	e.nlqf AS edu_min, l.rank AS dutch_min,
	coalesce(v.driving_licence, 0) AS lic,
	coalesce(v.job_agreement, 0) AS ja,
	coalesce(v.sheltered, 0) AS sh, v.start_date,
	(SELECT count(*) FROM vacancy_skill s WHERE s.vacancy_id = v.id)
	    AS njob
    FROM vacancy v JOIN partner p ON p.id = v.partner_id
    JOIN pc4 z ON z.code = v.pc4
    LEFT JOIN education_level e ON e.key = v.education_min
    LEFT JOIN language_level l ON l.code = v.dutch_level_min
    WHERE p.code = ${quote(partner)} AND v.ref = ${quote(ref)}),
w AS (SELECT
	max(CASE component WHEN 'occupation' THEN weight END) AS wo,
	max(CASE component WHEN 'skills' THEN weight END) AS ws,
	max(CASE component WHEN 'education' THEN weight END) AS we,
	max(CASE component WHEN 'language' THEN weight END) AS wl,
	max(CASE component WHEN 'hours' THEN weight END) AS wh,
	max(CASE component WHEN 'travel' THEN weight END) AS wt
    FROM match_weight),
asking AS (SELECT coalesce((SELECT partner_id FROM app_user
    WHERE login = ${quote(login)} AND active = 1), 0) AS pid),
occ AS (SELECT o.candidate_id, max((CASE
		WHEN o.isco_code = v.isco THEN 1.0
		WHEN substr(o.isco_code, 1, 3) = substr(v.isco, 1, 3) THEN 0.5
		WHEN substr(o.isco_code, 1, 2) = substr(v.isco, 1, 2) THEN 0.3
		WHEN substr(o.isco_code, 1, 1) = substr(v.isco, 1, 1) THEN 0.15
		ELSE 0 END) * (0.7 + (1 - 0.7) * CASE WHEN o.years IS NULL
		THEN 0.5 ELSE round(least(greatest(o.years, 0), 5) * 10) / 50.0
		END)) AS occ
    FROM candidate_occupation o, v GROUP BY o.candidate_id),
sk AS (SELECT k.candidate_id,
	CAST(count(vs.skill) AS DOUBLE) / any_value(v.njob) AS sk
    FROM candidate_skill k CROSS JOIN v
    LEFT JOIN vacancy_skill vs ON vs.vacancy_id = v.id AND vs.skill = k.skill
    GROUP BY k.candidate_id),
blocked AS (SELECT DISTINCT r.candidate_id FROM candidate_restriction r
    JOIN vacancy_demand m ON m.demand = CASE r.restriction
	WHEN 'geen_zwaar_tillen' THEN 'zwaar_tillen'
	WHEN 'niet_lang_staan' THEN 'lang_staan'
	WHEN 'geen_nachtdienst' THEN 'nachtdienst'
	WHEN 'geen_klantcontact' THEN 'klantcontact'
	WHEN 'rustige_omgeving' THEN 'druk' END
    JOIN v ON m.vacancy_id = v.id),
c AS (SELECT c.id, c.key, c.hours_min, c.hours_max, c.edu, c.dutch,
	2 * 6371.0088 * asin(sqrt(
	    pow(sin(radians(c.lat - v.lat) / 2), 2) + cos(radians(v.lat)) *
	    cos(radians(c.lat)) * pow(sin(radians(c.lon - v.lon) / 2), 2)))
	    AS d,
	c.range, c.widest, occ.occ, sk.sk
    FROM pool c
    LEFT JOIN occ ON occ.candidate_id = c.id
    LEFT JOIN sk ON sk.candidate_id = c.id
    LEFT JOIN blocked b ON b.candidate_id = c.id
    CROSS JOIN v CROSS JOIN asking
    WHERE c.status IN ('beschikbaar', 'in_traject')
    AND (c.consent = 1 OR c.partner_id = asking.pid)
    AND NOT (v.lic = 1 AND c.driving_licence IS NOT DISTINCT FROM 0)
    AND NOT (v.ja = 1 AND c.job_agreement IS NOT DISTINCT FROM 0)
    AND NOT (v.sh = 1 AND c.target_group <> 'beschut')
    AND NOT coalesce(c.available_from > v.start_date, false)
    AND b.candidate_id IS NULL),
scored AS (SELECT c.key,
	(w.wo * coalesce(c.occ, 0.5) +
	 CASE WHEN v.njob > 0 THEN w.ws * coalesce(c.sk, 0.5) ELSE 0 END +
	 CASE WHEN v.edu_min IS NULL THEN 0 WHEN c.edu IS NULL THEN w.we * 0.5
	    WHEN c.edu >= v.edu_min THEN w.we
	    WHEN c.edu = v.edu_min - 1 THEN w.we * 0.5 ELSE 0 END +
	 CASE WHEN v.dutch_min IS NULL THEN 0
	    WHEN c.dutch IS NULL THEN w.wl * 0.5
	    WHEN c.dutch >= v.dutch_min THEN w.wl
	    WHEN c.dutch = v.dutch_min - 1 THEN w.wl * 0.5 ELSE 0 END +
	 CASE WHEN NOT v.has_hours THEN 0
	    WHEN c.hours_min IS NULL AND c.hours_max IS NULL THEN w.wh * 0.5
	    ELSE w.wh * greatest(0, 1 - least(32,
		greatest(0, v.vmin - coalesce(round(c.hours_max * 4), 192)) +
		greatest(0, coalesce(round(c.hours_min * 4), 0) - v.vmax)) / 32.0)
	    END +
	 CASE WHEN c.range IS NULL THEN w.wt * 0.5
	    ELSE w.wt * greatest(0, 1 - c.d / c.range) END) /
	(w.wo + CASE WHEN v.njob > 0 THEN w.ws ELSE 0 END +
	 CASE WHEN v.edu_min IS NULL THEN 0 ELSE w.we END +
	 CASE WHEN v.dutch_min IS NULL THEN 0 ELSE w.wl END +
	 CASE WHEN v.has_hours THEN w.wh ELSE 0 END + w.wt) AS score
    FROM c, v, w
    WHERE c.d <= coalesce(c.range, c.widest))
SELECT key, printf('%.3f', score) AS shown FROM scored
ORDER BY score DESC, key LIMIT 20`;

const runs = [];
let rows;
for (let i = 0; i < Number(repeat); i++) {
	t0 = performance.now();
	rows = (await con.runAndReadAll(sql)).getRows();
	runs.push((performance.now() - t0) / 1000);
}
const sorted = [...runs].sort((a, b) => a - b);
for (const [key, score] of rows)
	console.log(key + ',' + score);
const version = (await con.runAndReadAll('SELECT version()')).getRows()[0][0];
console.error(`load_s=${load.toFixed(3)} runs=` +
    runs.map((x) => x.toFixed(3)).join(',') +
    ` median_s=${sorted[(sorted.length - 1) >> 1].toFixed(6)}` +
    ` threads=${threads} version=${version}`);
