-- 003-purge.sql: retention (`werkbank purge`).
--
-- Purging a candidate deletes the row and everything personal about it;
-- the pool figures of past reports (inflow, outflow, pool at a period's
-- end) must stay the same, so the purge leaves an anonymous count here:
-- how many people of one partner and target group, living in one
-- municipality, entered the pool on one day and left it on another.
-- No name, key, postcode or id: nothing points back to a person.  The
-- report counts these rows together with the candidate table
-- (src/report.c, pass_pool).

CREATE TABLE candidate_purged (
	id		INTEGER PRIMARY KEY,
	partner_id	INTEGER NOT NULL REFERENCES partner(id),
	target_group	TEXT NOT NULL CHECK (target_group = 'bijstand' OR
			    target_group = 'nug' OR target_group = 'ww' OR
			    target_group = 'wajong' OR target_group = 'wsw' OR
			    target_group = 'beschut' OR
			    target_group = 'statushouder' OR
			    target_group = 'pro_vso' OR
			    target_group = 'overig'),
	municipality_code TEXT REFERENCES municipality(code),
	registered_on	TEXT NOT NULL CHECK (date(registered_on, '+0 days') IS registered_on),
	left_on		TEXT NOT NULL CHECK (date(left_on, '+0 days') IS left_on),
	n		INTEGER NOT NULL CHECK (n > 0)
) STRICT;
CREATE INDEX candidate_purged_registered ON candidate_purged(registered_on);
