-- 010-profile.sql: the candidate profile for employers (issue 17).
--
-- A candidate's profile number is what an employer quotes back ("profiel
-- 1001"): given the first time a profile of them is written, the same on
-- every profile after, never the partner's key and never used again for
-- someone else (AUTOINCREMENT: numbers of purged candidates stay taken).
-- Numbers start at 1001.
--
-- Every profile written is a row of profile_share: whose, for which
-- vacancy and employer (none without --for), by whom, named or not, in
-- which format.  The vacancy's pipeline shows them ("profiel gedeeld met
-- WERKGEVER door X"); they go with the candidate when a purge removes
-- them (ON DELETE CASCADE), while the audit row stays.
--
-- The team member who writes a profile is its contact: their work phone
-- and e-mail live in app_user (`werkbank user edit LOGIN --phone ...
-- --email ...`).

ALTER TABLE app_user ADD COLUMN phone TEXT;
ALTER TABLE app_user ADD COLUMN email TEXT;

CREATE TABLE candidate_profile (
	number		INTEGER PRIMARY KEY AUTOINCREMENT,
	candidate_id	INTEGER NOT NULL UNIQUE REFERENCES candidate(id)
			    ON DELETE CASCADE,
	created_at	TEXT NOT NULL DEFAULT (datetime('now'))
) STRICT;
INSERT INTO sqlite_sequence (name, seq) VALUES ('candidate_profile', 1000);

CREATE TABLE profile_share (
	id		INTEGER PRIMARY KEY,
	number		INTEGER NOT NULL,
	candidate_id	INTEGER NOT NULL REFERENCES candidate(id)
			    ON DELETE CASCADE,
	vacancy_id	INTEGER REFERENCES vacancy(id) ON DELETE SET NULL,
	employer_id	INTEGER REFERENCES employer(id) ON DELETE SET NULL,
	by_user_id	INTEGER REFERENCES app_user(id) ON DELETE SET NULL,
	by_login	TEXT NOT NULL,
	shared_on	TEXT NOT NULL CHECK (date(shared_on, '+0 days') IS
			    shared_on),
	named		INTEGER NOT NULL CHECK (named = 0 OR named = 1),
	format		TEXT NOT NULL CHECK (format = 'text' OR
			    format = 'markdown' OR format = 'pdf'),
	created_at	TEXT NOT NULL DEFAULT (datetime('now'))
) STRICT;
CREATE INDEX profile_share_candidate ON profile_share(candidate_id);
CREATE INDEX profile_share_vacancy ON profile_share(vacancy_id);
CREATE INDEX profile_share_employer ON profile_share(employer_id);
