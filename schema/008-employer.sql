-- 008-employer.sql: employer services, the account manager's week
-- (issue 15): the employer's contact persons, the log of contacts with
-- employers and what they told us, and ratings that carry the NPS answer
-- and a comment beside the score.
--
-- Contact persons are personal data of the employer's staff: they live
-- only in contact_person, so removing one (or the employer) removes them;
-- a contact that named them keeps its row with person_id NULL.  See
-- src/contact.c and purge.h for what a purge of an employer clears.

CREATE TABLE contact_person (
	id		INTEGER PRIMARY KEY,
	employer_id	INTEGER NOT NULL REFERENCES employer(id)
			    ON DELETE CASCADE,
	name		TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
	function	TEXT,
	phone		TEXT,
	email		TEXT,
	is_primary	INTEGER NOT NULL DEFAULT 0 CHECK (is_primary = 0 OR
			    is_primary = 1),
	version		INTEGER NOT NULL DEFAULT 1,
	created_at	TEXT NOT NULL DEFAULT (datetime('now')),
	updated_at	TEXT NOT NULL DEFAULT (datetime('now'))
) STRICT;
-- A person is named on the command line by name within the employer.
CREATE UNIQUE INDEX contact_person_name ON contact_person(employer_id,
    lower(name));
-- One primary contact person per employer.
CREATE UNIQUE INDEX contact_person_primary ON contact_person(employer_id)
    WHERE is_primary = 1;

-- A visit, call, mail or meeting with an employer.  contact_on is the
-- day it happened (not in the future); next_on the next contact agreed.
CREATE TABLE employer_contact (
	id		INTEGER PRIMARY KEY,
	employer_id	INTEGER NOT NULL REFERENCES employer(id)
			    ON DELETE CASCADE,
	contact_on	TEXT NOT NULL CHECK (date(contact_on, '+0 days') IS
			    contact_on),
	type		TEXT NOT NULL CHECK (type = 'bezoek' OR
			    type = 'telefoon' OR type = 'mail' OR
			    type = 'overleg'),
	by_user_id	INTEGER REFERENCES app_user(id) ON DELETE SET NULL,
	person_id	INTEGER REFERENCES contact_person(id)
			    ON DELETE SET NULL,
	note		TEXT,
	agreed		TEXT,
	next_on		TEXT CHECK (next_on IS NULL OR
			    date(next_on, '+0 days') IS next_on),
	version		INTEGER NOT NULL DEFAULT 1,
	created_at	TEXT NOT NULL DEFAULT (datetime('now')),
	updated_at	TEXT NOT NULL DEFAULT (datetime('now'))
) STRICT;
CREATE INDEX employer_contact_employer ON employer_contact(employer_id,
    contact_on);
CREATE INDEX employer_contact_date ON employer_contact(contact_on);
CREATE INDEX employer_contact_next ON employer_contact(next_on)
    WHERE next_on IS NOT NULL;
CREATE INDEX employer_contact_person ON employer_contact(person_id);
CREATE INDEX employer_contact_by ON employer_contact(by_user_id);

-- What the employer told us: krapte, uitbreiding, krimp, scholing,
-- inclusief (vocab.h, contact_tag) or a free word, lower case.
CREATE TABLE contact_tag (
	contact_id	INTEGER NOT NULL REFERENCES employer_contact(id)
			    ON DELETE CASCADE,
	tag		TEXT NOT NULL CHECK (length(tag) BETWEEN 1 AND 40
			    AND tag = lower(tag)),
	PRIMARY KEY (contact_id, tag)
) STRICT, WITHOUT ROWID;
CREATE INDEX contact_tag_tag ON contact_tag(tag);

-- The rating of the service (score 1-10, the 85% target) and, apart,
-- the answer to the NPS question (0-10); the employer's comment; the
-- team member who took it.  Ratings imported before this migration have
-- no NPS answer.
ALTER TABLE employer_rating ADD COLUMN nps INTEGER
    CHECK (nps IS NULL OR nps BETWEEN 0 AND 10);
ALTER TABLE employer_rating ADD COLUMN comment TEXT;
ALTER TABLE employer_rating ADD COLUMN by_user_id INTEGER
    REFERENCES app_user(id) ON DELETE SET NULL;
