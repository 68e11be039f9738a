-- 001-init.sql: the whole workflow of the match team, version 1.
--
-- Applied by src/db.c inside one transaction when PRAGMA user_version is 0.
-- Conventions: STRICT tables; dates are TEXT 'YYYY-MM-DD' checked with
-- date(); timestamps are TEXT 'YYYY-MM-DD HH:MM:SS' in UTC; booleans are
-- INTEGER 0/1 and NULL means "unknown"; every enumerated value has a CHECK;
-- every row a person can edit carries a version counter that an UPDATE
-- bumps and compares (optimistic locking, see the workflow issue).
-- Enumerations are checked as `x = 'a' OR x = 'b'`, not `x IN ('a', 'b')`:
-- SQLite 3.40 builds a temporary index for an IN list in a CHECK on every
-- row it checks, which made a large import four times slower.

-- Settings the program reads (durable threshold, default travel ranges ...).
CREATE TABLE setting (
	key		TEXT PRIMARY KEY,
	value		TEXT NOT NULL,
	version		INTEGER NOT NULL DEFAULT 1
) STRICT;

INSERT INTO setting (key, value) VALUES
	('durable_months', '6'),
	('durable_long_months', '12'),
	('travel_km_auto', '40'),
	('travel_km_brommer', '20'),
	('travel_km_ov', '25'),
	('travel_km_fiets', '12'),
	('travel_km_none', '8'),
	('followup_days_ahead', '14');

-- Reference data, loaded by `werkbank init` from fixtures/reference/.

CREATE TABLE municipality (
	code		TEXT PRIMARY KEY CHECK (code GLOB '[0-9][0-9][0-9][0-9]'),
	name		TEXT NOT NULL,
	province	TEXT
) STRICT;

CREATE TABLE pc4 (
	code		TEXT PRIMARY KEY
			CHECK (code GLOB '[1-9][0-9][0-9][0-9]'),
	place		TEXT NOT NULL,
	municipality_code TEXT REFERENCES municipality(code),
	lat		REAL NOT NULL CHECK (lat BETWEEN 50 AND 54),
	lon		REAL NOT NULL CHECK (lon BETWEEN 3 AND 8)
) STRICT;
CREATE INDEX pc4_municipality ON pc4(municipality_code);

CREATE TABLE isco_group (
	code		TEXT PRIMARY KEY CHECK (code GLOB '[0-9]*' AND
			    length(code) BETWEEN 1 AND 4),
	level		INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4
			    AND level = length(code)),
	parent_code	TEXT REFERENCES isco_group(code),
	title_en	TEXT NOT NULL,
	title_nl	TEXT NOT NULL
) STRICT;
CREATE INDEX isco_group_parent ON isco_group(parent_code);

CREATE TABLE esco_occupation (
	code		TEXT PRIMARY KEY,
	uri		TEXT NOT NULL UNIQUE,
	isco_code	TEXT NOT NULL REFERENCES isco_group(code),
	label_nl	TEXT NOT NULL,
	label_en	TEXT NOT NULL,
	regulated	INTEGER NOT NULL DEFAULT 0 CHECK ((regulated = 0 OR
			    regulated = 1))
) STRICT;
CREATE INDEX esco_occupation_isco ON esco_occupation(isco_code);

CREATE TABLE esco_altlabel (
	esco_code	TEXT NOT NULL REFERENCES esco_occupation(code),
	label		TEXT NOT NULL,
	PRIMARY KEY (esco_code, label)
) STRICT, WITHOUT ROWID;

-- Typing a Dutch job title finds the ISCO code: ESCO preferred and
-- alternative labels and the ISCO titles, diacritics folded.
CREATE VIRTUAL TABLE occupation_search USING fts5(
	label, isco_code UNINDEXED, esco_code UNINDEXED, kind UNINDEXED,
	tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE education_level (
	key		TEXT PRIMARY KEY,
	rank		INTEGER NOT NULL UNIQUE,
	label_nl	TEXT NOT NULL,
	label_en	TEXT NOT NULL,
	nlqf		INTEGER NOT NULL CHECK (nlqf BETWEEN 0 AND 8),
	isced		INTEGER CHECK (isced BETWEEN 0 AND 8)
) STRICT;

-- The short forms csv.md accepts (`vmbo`, `mbo2`, `hbo`, ...).
CREATE TABLE education_alias (
	alias		TEXT PRIMARY KEY,
	key		TEXT NOT NULL REFERENCES education_level(key)
) STRICT;

CREATE TABLE language_level (
	code		TEXT PRIMARY KEY CHECK (code = 'A0' OR code = 'A1' OR
			    code = 'A2' OR code = 'B1' OR code = 'B2' OR
			    code = 'C1' OR code = 'C2'),
	rank		INTEGER NOT NULL UNIQUE CHECK (rank BETWEEN 0 AND 6),
	group_nl	TEXT NOT NULL,
	name_en		TEXT NOT NULL
) STRICT;

-- The partnership.

CREATE TABLE partner (
	id		INTEGER PRIMARY KEY,
	code		TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 2 AND 8
			    AND code NOT GLOB '*[^A-Za-z0-9]*'),
	name		TEXT NOT NULL CHECK (length(name) > 0),
	kind		TEXT NOT NULL CHECK (kind = 'gemeente' OR kind = 'uwv' OR
			    kind = 'sw_bedrijf' OR kind = 'overig'),
	municipality_code TEXT REFERENCES municipality(code),
	version		INTEGER NOT NULL DEFAULT 1,
	created_at	TEXT NOT NULL DEFAULT (datetime('now')),
	updated_at	TEXT NOT NULL DEFAULT (datetime('now'))
) STRICT;

CREATE TABLE app_user (
	id		INTEGER PRIMARY KEY,
	login		TEXT NOT NULL UNIQUE CHECK (length(login) BETWEEN 1 AND 32),
	name		TEXT NOT NULL,
	partner_id	INTEGER NOT NULL REFERENCES partner(id),
	role		TEXT NOT NULL CHECK (role = 'coordinator' OR
			    role = 'recruiter' OR role = 'accountmanager' OR
			    role = 'viewer'),
	active		INTEGER NOT NULL DEFAULT 1 CHECK (active = 0 OR
			    active = 1),
	version		INTEGER NOT NULL DEFAULT 1,
	created_at	TEXT NOT NULL DEFAULT (datetime('now'))
) STRICT;
CREATE INDEX app_user_partner ON app_user(partner_id);

CREATE TABLE employer (
	id		INTEGER PRIMARY KEY,
	name		TEXT NOT NULL CHECK (length(name) > 0),
	-- lower-cased, spaces folded: an employer is name + PC4 (csv.md)
	name_key	TEXT NOT NULL,
	pc4		TEXT NOT NULL REFERENCES pc4(code),
	partner_id	INTEGER REFERENCES partner(id),
	ref		TEXT,
	account_manager_id INTEGER REFERENCES app_user(id) ON DELETE SET NULL,
	sector		TEXT,
	version		INTEGER NOT NULL DEFAULT 1,
	created_at	TEXT NOT NULL DEFAULT (datetime('now')),
	updated_at	TEXT NOT NULL DEFAULT (datetime('now')),
	UNIQUE (name_key, pc4)
) STRICT;
CREATE UNIQUE INDEX employer_ref ON employer(partner_id, ref)
    WHERE ref IS NOT NULL;
CREATE INDEX employer_account_manager ON employer(account_manager_id);

-- Job seekers.  Personal fields (names, phone, email) live only here, so
-- that purging a candidate removes them; placements keep an anonymous
-- snapshot for the reports.
CREATE TABLE candidate (
	id		INTEGER PRIMARY KEY,
	partner_id	INTEGER NOT NULL REFERENCES partner(id),
	ref		TEXT NOT NULL CHECK (length(ref) > 0),
	first_name	TEXT NOT NULL,
	last_name	TEXT NOT NULL,
	pc4		TEXT NOT NULL REFERENCES pc4(code),
	target_group	TEXT NOT NULL CHECK (target_group = 'bijstand' OR
			    target_group = 'nug' OR target_group = 'ww' OR
			    target_group = 'wajong' OR target_group = 'wsw' OR
			    target_group = 'beschut' OR
			    target_group = 'statushouder' OR
			    target_group = 'pro_vso' OR
			    target_group = 'overig'),
	job_agreement	INTEGER CHECK (job_agreement = 0 OR job_agreement = 1),
	education_key	TEXT REFERENCES education_level(key),
	dutch_level	TEXT REFERENCES language_level(code),
	hours_min	REAL CHECK (hours_min BETWEEN 0 AND 48),
	hours_max	REAL CHECK (hours_max BETWEEN 0 AND 48),
	available_from	TEXT CHECK (available_from IS NULL OR
			    date(available_from, '+0 days') IS available_from),
	driving_licence	INTEGER CHECK (driving_licence = 0 OR
			    driving_licence = 1),
	max_travel_km	REAL CHECK (max_travel_km > 0 AND max_travel_km <= 300),
	consent		INTEGER NOT NULL CHECK (consent = 0 OR consent = 1),
	consultant_id	INTEGER REFERENCES app_user(id) ON DELETE SET NULL,
	status		TEXT NOT NULL DEFAULT 'beschikbaar' CHECK (status = 'beschikbaar' OR
			    status = 'in_traject' OR status = 'geplaatst' OR
			    status = 'inactief'),
	phone		TEXT,
	email		TEXT,
	-- entered the shared pool (inflow) and left it (outflow)
	registered_on	TEXT NOT NULL CHECK (date(registered_on, '+0 days') IS registered_on),
	left_on		TEXT CHECK (left_on IS NULL OR
			    date(left_on, '+0 days') IS left_on),
	version		INTEGER NOT NULL DEFAULT 1,
	created_at	TEXT NOT NULL DEFAULT (datetime('now')),
	updated_at	TEXT NOT NULL DEFAULT (datetime('now')),
	UNIQUE (partner_id, ref),
	CHECK (hours_min IS NULL OR hours_max IS NULL OR hours_min <= hours_max)
) STRICT;
CREATE INDEX candidate_status ON candidate(status);
CREATE INDEX candidate_pc4 ON candidate(pc4);
CREATE INDEX candidate_consultant ON candidate(consultant_id);
CREATE INDEX candidate_registered ON candidate(registered_on);

CREATE TABLE candidate_occupation (
	candidate_id	INTEGER NOT NULL REFERENCES candidate(id)
			    ON DELETE CASCADE,
	isco_code	TEXT NOT NULL REFERENCES isco_group(code)
			    CHECK (length(isco_code) = 4),
	years		REAL CHECK (years BETWEEN 0 AND 60),
	PRIMARY KEY (candidate_id, isco_code)
) STRICT, WITHOUT ROWID;
CREATE INDEX candidate_occupation_isco ON candidate_occupation(isco_code);

CREATE TABLE candidate_skill (
	candidate_id	INTEGER NOT NULL REFERENCES candidate(id)
			    ON DELETE CASCADE,
	skill		TEXT NOT NULL CHECK (length(skill) BETWEEN 1 AND 80
			    AND skill = lower(skill)),
	PRIMARY KEY (candidate_id, skill)
) STRICT, WITHOUT ROWID;

CREATE TABLE candidate_restriction (
	candidate_id	INTEGER NOT NULL REFERENCES candidate(id)
			    ON DELETE CASCADE,
	restriction	TEXT NOT NULL CHECK (restriction = 'geen_zwaar_tillen' OR
			    restriction = 'niet_lang_staan' OR
			    restriction = 'geen_nachtdienst' OR
			    restriction = 'geen_klantcontact' OR
			    restriction = 'rustige_omgeving'),
	PRIMARY KEY (candidate_id, restriction)
) STRICT, WITHOUT ROWID;

CREATE TABLE candidate_transport (
	candidate_id	INTEGER NOT NULL REFERENCES candidate(id)
			    ON DELETE CASCADE,
	mode		TEXT NOT NULL CHECK (mode = 'auto' OR mode = 'fiets' OR
			    mode = 'ov' OR mode = 'brommer'),
	PRIMARY KEY (candidate_id, mode)
) STRICT, WITHOUT ROWID;

-- Vacancies, collected by a partner from an employer.
CREATE TABLE vacancy (
	id		INTEGER PRIMARY KEY,
	partner_id	INTEGER NOT NULL REFERENCES partner(id),
	ref		TEXT NOT NULL CHECK (length(ref) > 0),
	employer_id	INTEGER NOT NULL REFERENCES employer(id),
	title		TEXT NOT NULL CHECK (length(title) > 0),
	isco_code	TEXT NOT NULL REFERENCES isco_group(code)
			    CHECK (length(isco_code) = 4),
	pc4		TEXT NOT NULL REFERENCES pc4(code),
	positions	INTEGER NOT NULL DEFAULT 1 CHECK (positions BETWEEN 1 AND 999),
	hours_min	REAL CHECK (hours_min BETWEEN 0 AND 48),
	hours_max	REAL CHECK (hours_max BETWEEN 0 AND 48),
	education_min	TEXT REFERENCES education_level(key),
	dutch_level_min	TEXT REFERENCES language_level(code),
	driving_licence	INTEGER CHECK (driving_licence = 0 OR
			    driving_licence = 1),
	job_agreement	INTEGER CHECK (job_agreement = 0 OR job_agreement = 1),
	sheltered	INTEGER CHECK (sheltered = 0 OR sheltered = 1),
	collected_on	TEXT NOT NULL CHECK (date(collected_on, '+0 days') IS collected_on),
	deadline	TEXT CHECK (deadline IS NULL OR
			    date(deadline, '+0 days') IS deadline),
	start_date	TEXT CHECK (start_date IS NULL OR
			    date(start_date, '+0 days') IS start_date),
	account_manager_id INTEGER REFERENCES app_user(id) ON DELETE SET NULL,
	status		TEXT NOT NULL DEFAULT 'open' CHECK (status = 'open' OR
			    status = 'on_hold' OR status = 'vervuld' OR
			    status = 'ingetrokken' OR status = 'verlopen'),
	-- the day it left 'open'/'on_hold' (filled, withdrawn, expired)
	closed_on	TEXT CHECK (closed_on IS NULL OR
			    date(closed_on, '+0 days') IS closed_on),
	description	TEXT,
	version		INTEGER NOT NULL DEFAULT 1,
	created_at	TEXT NOT NULL DEFAULT (datetime('now')),
	updated_at	TEXT NOT NULL DEFAULT (datetime('now')),
	UNIQUE (partner_id, ref),
	CHECK (hours_min IS NULL OR hours_max IS NULL OR
			    hours_min <= hours_max),
	CHECK (((status = 'open' OR status = 'on_hold')) = (closed_on IS NULL))
) STRICT;
CREATE INDEX vacancy_status ON vacancy(status, collected_on);
CREATE INDEX vacancy_employer ON vacancy(employer_id);
CREATE INDEX vacancy_closed ON vacancy(closed_on);
CREATE INDEX vacancy_isco ON vacancy(isco_code);

CREATE TABLE vacancy_skill (
	vacancy_id	INTEGER NOT NULL REFERENCES vacancy(id) ON DELETE CASCADE,
	skill		TEXT NOT NULL CHECK (length(skill) BETWEEN 1 AND 80
			    AND skill = lower(skill)),
	PRIMARY KEY (vacancy_id, skill)
) STRICT, WITHOUT ROWID;

CREATE TABLE vacancy_demand (
	vacancy_id	INTEGER NOT NULL REFERENCES vacancy(id) ON DELETE CASCADE,
	demand		TEXT NOT NULL CHECK (demand = 'zwaar_tillen' OR
			    demand = 'lang_staan' OR demand = 'nachtdienst' OR
			    demand = 'klantcontact' OR demand = 'druk'),
	PRIMARY KEY (vacancy_id, demand)
) STRICT, WITHOUT ROWID;

CREATE TABLE vacancy_instrument (
	vacancy_id	INTEGER NOT NULL REFERENCES vacancy(id) ON DELETE CASCADE,
	instrument	TEXT NOT NULL CHECK (instrument = 'lks' OR
			    instrument = 'jobcoach' OR
			    instrument = 'proefplaatsing' OR
			    instrument = 'werkervaring' OR
			    instrument = 'no_risk' OR instrument = 'beschut' OR
			    instrument = 'leerwerktraject'),
	PRIMARY KEY (vacancy_id, instrument)
) STRICT, WITHOUT ROWID;

-- The pipeline: one proposal per vacancy and candidate, its steps below.
CREATE TABLE proposal (
	id		INTEGER PRIMARY KEY,
	vacancy_id	INTEGER NOT NULL REFERENCES vacancy(id) ON DELETE CASCADE,
	candidate_id	INTEGER NOT NULL REFERENCES candidate(id) ON DELETE CASCADE,
	step		TEXT NOT NULL DEFAULT 'proposed' CHECK (step = 'proposed' OR
			    step = 'interview' OR step = 'placed' OR
			    step = 'not_chosen' OR step = 'withdrawn'),
	proposed_on	TEXT NOT NULL CHECK (date(proposed_on, '+0 days') IS proposed_on),
	proposed_by	INTEGER REFERENCES app_user(id) ON DELETE SET NULL,
	version		INTEGER NOT NULL DEFAULT 1,
	updated_at	TEXT NOT NULL DEFAULT (datetime('now')),
	UNIQUE (vacancy_id, candidate_id)
) STRICT;
CREATE INDEX proposal_candidate ON proposal(candidate_id);
CREATE INDEX proposal_proposed_on ON proposal(proposed_on);

CREATE TABLE proposal_step (
	id		INTEGER PRIMARY KEY,
	proposal_id	INTEGER NOT NULL REFERENCES proposal(id) ON DELETE CASCADE,
	step		TEXT NOT NULL CHECK (step = 'proposed' OR
			    step = 'interview' OR step = 'placed' OR
			    step = 'not_chosen' OR step = 'withdrawn'),
	on_date		TEXT NOT NULL CHECK (date(on_date, '+0 days') IS on_date),
	by_user_id	INTEGER REFERENCES app_user(id) ON DELETE SET NULL,
	note		TEXT,
	created_at	TEXT NOT NULL DEFAULT (datetime('now'))
) STRICT;
CREATE INDEX proposal_step_proposal ON proposal_step(proposal_id);

-- A placement keeps, besides the link to the candidate, an anonymous
-- snapshot (person number, partner, target group, municipality) so the
-- figures stay right after the candidate is purged (retention).
CREATE TABLE placement (
	id		INTEGER PRIMARY KEY,
	vacancy_id	INTEGER REFERENCES vacancy(id) ON DELETE SET NULL,
	candidate_id	INTEGER REFERENCES candidate(id) ON DELETE SET NULL,
	proposal_id	INTEGER REFERENCES proposal(id) ON DELETE SET NULL,
	person_no	INTEGER NOT NULL,
	partner_id	INTEGER NOT NULL REFERENCES partner(id),
	target_group	TEXT NOT NULL CHECK (target_group = 'bijstand' OR
			    target_group = 'nug' OR target_group = 'ww' OR
			    target_group = 'wajong' OR target_group = 'wsw' OR
			    target_group = 'beschut' OR
			    target_group = 'statushouder' OR
			    target_group = 'pro_vso' OR
			    target_group = 'overig'),
	municipality_code TEXT REFERENCES municipality(code),
	start_date	TEXT NOT NULL CHECK (date(start_date, '+0 days') IS start_date),
	end_date	TEXT CHECK (end_date IS NULL OR
			    (date(end_date, '+0 days') IS end_date AND end_date >= start_date)),
	contract	TEXT CHECK (contract = 'vast' OR
			    contract = 'tijdelijk' OR contract = 'uitzend' OR
			    contract = 'detachering' OR
			    contract = 'proefplaatsing' OR
			    contract = 'werkervaring' OR
			    contract = 'beschut'),
	hours		REAL CHECK (hours BETWEEN 0 AND 48),
	-- follow-up answers: the day someone confirmed "still working"
	checked_6m_on	TEXT CHECK (checked_6m_on IS NULL OR
			    date(checked_6m_on, '+0 days') IS checked_6m_on),
	checked_12m_on	TEXT CHECK (checked_12m_on IS NULL OR
			    date(checked_12m_on, '+0 days') IS checked_12m_on),
	version		INTEGER NOT NULL DEFAULT 1,
	created_at	TEXT NOT NULL DEFAULT (datetime('now')),
	updated_at	TEXT NOT NULL DEFAULT (datetime('now'))
) STRICT;
CREATE INDEX placement_start ON placement(start_date);
CREATE INDEX placement_candidate ON placement(candidate_id);
CREATE INDEX placement_vacancy ON placement(vacancy_id);
CREATE INDEX placement_person ON placement(person_no);

CREATE TABLE placement_instrument (
	placement_id	INTEGER NOT NULL REFERENCES placement(id) ON DELETE CASCADE,
	instrument	TEXT NOT NULL CHECK (instrument = 'lks' OR
			    instrument = 'jobcoach' OR
			    instrument = 'proefplaatsing' OR
			    instrument = 'werkervaring' OR
			    instrument = 'no_risk' OR instrument = 'beschut' OR
			    instrument = 'leerwerktraject'),
	-- LKS: the wage-value share the subsidy makes up, in percent
	percentage	REAL CHECK (percentage BETWEEN 0 AND 100),
	PRIMARY KEY (placement_id, instrument)
) STRICT, WITHOUT ROWID;

CREATE TABLE employer_rating (
	id		INTEGER PRIMARY KEY,
	employer_id	INTEGER NOT NULL REFERENCES employer(id) ON DELETE CASCADE,
	rated_on	TEXT NOT NULL CHECK (date(rated_on, '+0 days') IS rated_on),
	score		INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
	created_at	TEXT NOT NULL DEFAULT (datetime('now'))
) STRICT;
CREATE INDEX employer_rating_date ON employer_rating(rated_on);
CREATE INDEX employer_rating_employer ON employer_rating(employer_id);

-- Matching: the weights and stored runs.
CREATE TABLE match_weight (
	component	TEXT PRIMARY KEY CHECK (component = 'occupation' OR
			    component = 'skills' OR component = 'education' OR
			    component = 'language' OR component = 'hours' OR
			    component = 'travel'),
	weight		REAL NOT NULL CHECK (weight BETWEEN 0 AND 100),
	version		INTEGER NOT NULL DEFAULT 1
) STRICT;
INSERT INTO match_weight (component, weight) VALUES
	('occupation', 3), ('skills', 2), ('education', 1),
	('language', 1), ('hours', 1), ('travel', 2);

CREATE TABLE match_run (
	id		INTEGER PRIMARY KEY,
	started_at	TEXT NOT NULL,
	finished_at	TEXT,
	by_user_id	INTEGER REFERENCES app_user(id) ON DELETE SET NULL,
	weights		TEXT NOT NULL,	-- JSON object: component -> weight
	top_n		INTEGER NOT NULL CHECK (top_n > 0),
	vacancies	INTEGER NOT NULL DEFAULT 0,
	candidates	INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE match_result (
	run_id		INTEGER NOT NULL REFERENCES match_run(id) ON DELETE CASCADE,
	vacancy_id	INTEGER NOT NULL REFERENCES vacancy(id) ON DELETE CASCADE,
	rank		INTEGER NOT NULL CHECK (rank > 0),
	candidate_id	INTEGER NOT NULL REFERENCES candidate(id) ON DELETE CASCADE,
	score		REAL NOT NULL CHECK (score BETWEEN 0 AND 1),
	occupation	REAL CHECK (occupation BETWEEN 0 AND 1),
	skills		REAL CHECK (skills BETWEEN 0 AND 1),
	education	REAL CHECK (education BETWEEN 0 AND 1),
	language	REAL CHECK (language BETWEEN 0 AND 1),
	hours		REAL CHECK (hours BETWEEN 0 AND 1),
	travel		REAL CHECK (travel BETWEEN 0 AND 1),
	distance_km	REAL,
	notes		TEXT,
	PRIMARY KEY (run_id, vacancy_id, rank)
) STRICT, WITHOUT ROWID;
CREATE INDEX match_result_candidate ON match_result(candidate_id);

-- The Monday meeting.
CREATE TABLE meeting (
	id		INTEGER PRIMARY KEY,
	held_on		TEXT NOT NULL CHECK (date(held_on, '+0 days') IS held_on),
	chair_user_id	INTEGER REFERENCES app_user(id) ON DELETE SET NULL,
	started_at	TEXT,
	ended_at	TEXT,
	minutes		TEXT,
	version		INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX meeting_held_on ON meeting(held_on);

CREATE TABLE action_item (
	id		INTEGER PRIMARY KEY,
	meeting_id	INTEGER REFERENCES meeting(id) ON DELETE SET NULL,
	what		TEXT NOT NULL CHECK (length(what) > 0),
	owner_user_id	INTEGER REFERENCES app_user(id) ON DELETE SET NULL,
	due_on		TEXT CHECK (due_on IS NULL OR date(due_on, '+0 days') IS due_on),
	done_on		TEXT CHECK (done_on IS NULL OR
			    date(done_on, '+0 days') IS done_on),
	vacancy_id	INTEGER REFERENCES vacancy(id) ON DELETE SET NULL,
	candidate_id	INTEGER REFERENCES candidate(id) ON DELETE SET NULL,
	version		INTEGER NOT NULL DEFAULT 1,
	created_at	TEXT NOT NULL DEFAULT (datetime('now'))
) STRICT;
CREATE INDEX action_item_meeting ON action_item(meeting_id);

-- Targets for the monitoring: a quarter (2026Q1), a year (2026) or a
-- month (2026-03).
CREATE TABLE target (
	period		TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]'
			    OR period GLOB '[0-9][0-9][0-9][0-9]Q[1-4]'
			    OR period GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
	figure		TEXT NOT NULL CHECK (figure = 'vacancies_collected' OR
			    figure = 'vacancies_filled' OR
			    figure = 'placements' OR figure = 'people_placed' OR
			    figure = 'durable_placements' OR
			    figure = 'durable_12m' OR figure = 'inflow' OR
			    figure = 'employer_share_8plus' OR
			    figure = 'nps'),
	value		REAL NOT NULL,
	version		INTEGER NOT NULL DEFAULT 1,
	PRIMARY KEY (period, figure)
) STRICT;

-- Append-only audit log: who did or saw what.  Rows name records by
-- type and id, never by a person's name, so purging a candidate leaves
-- nothing personal here.  hash chains each row to the one before it.
CREATE TABLE audit_log (
	id		INTEGER PRIMARY KEY AUTOINCREMENT,
	at		TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
	login		TEXT NOT NULL,
	action		TEXT NOT NULL CHECK (action = 'view' OR
			    action = 'create' OR action = 'update' OR
			    action = 'delete' OR action = 'import' OR
			    action = 'export' OR action = 'propose' OR
			    action = 'advance' OR action = 'place' OR
			    action = 'followup' OR action = 'purge' OR
			    action = 'user' OR action = 'meeting' OR
			    action = 'match_run' OR action = 'init' OR
			    action = 'demo'),
	record_type	TEXT,
	record_id	INTEGER,
	detail		TEXT,
	prev_hash	TEXT,
	hash		TEXT
) STRICT;
CREATE INDEX audit_log_record ON audit_log(record_type, record_id);
CREATE INDEX audit_log_login ON audit_log(login, at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
	SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
	SELECT RAISE(ABORT, 'audit_log is append-only');
END;
