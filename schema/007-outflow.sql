-- 007-outflow.sql: monitoring toward outflow (issue 18).
--
-- Why people leave the pool, why proposals end, jobcoach deployment per
-- placement, and the anonymous counts that keep those figures in past
-- reports after a purge.  Reasons are codes; people read them as words
-- (src/vocab.c: leave_reason, not_chosen_reason, withdrawn_reason).  A
-- reason left empty (NULL) is "onbekend": rows from before this
-- migration have none, and none is guessed for them.

-- Leaving the pool: the reason beside left_on, and a note.
ALTER TABLE candidate ADD COLUMN leave_reason TEXT
	CHECK (leave_reason IS NULL OR leave_reason = 'werk_via_team' OR
	    leave_reason = 'werk_zelf' OR
	    leave_reason = 'uitkering_beeindigd' OR
	    leave_reason = 'verhuisd' OR leave_reason = 'opleiding' OR
	    leave_reason = 'ziek' OR leave_reason = 'overig');
ALTER TABLE candidate ADD COLUMN leave_note TEXT;

-- Why a proposal ended: the employer's reason on a not_chosen step, the
-- candidate's on a withdrawn one.
ALTER TABLE proposal_step ADD COLUMN reason TEXT
	CHECK (reason IS NULL OR reason = 'ervaring' OR reason = 'taal' OR
	    reason = 'uren' OR reason = 'reisafstand' OR
	    reason = 'profiel_past_niet' OR reason = 'vacature_vervuld' OR
	    reason = 'vacature_ingetrokken' OR reason = 'geen_reactie' OR
	    reason = 'geen_interesse' OR reason = 'ander_werk' OR
	    reason = 'ziek' OR reason = 'reistijd' OR reason = 'overig');

-- The placed person's consultant when placed (report --by consultant),
-- kept like the rest of the snapshot when the candidate is purged.
ALTER TABLE placement ADD COLUMN consultant_id INTEGER
	REFERENCES app_user(id) ON DELETE SET NULL;
UPDATE placement SET consultant_id = (SELECT c.consultant_id FROM
    candidate c WHERE c.id = placement.candidate_id)
WHERE candidate_id IS NOT NULL;

-- Jobcoaching of one placement: who coaches (a person or an
-- organisation), who pays, from when, how many hours a week, until when.
-- No start yet: agreed, not started.
CREATE TABLE placement_jobcoach (
	placement_id	INTEGER PRIMARY KEY REFERENCES placement(id)
			    ON DELETE CASCADE,
	coach		TEXT NOT NULL CHECK (length(coach) BETWEEN 1 AND 200),
	paid_by		TEXT CHECK (paid_by IS NULL OR paid_by = 'gemeente' OR
			    paid_by = 'uwv' OR paid_by = 'werkgever' OR
			    paid_by = 'sw_bedrijf' OR paid_by = 'overig'),
	start_date	TEXT CHECK (start_date IS NULL OR
			    date(start_date, '+0 days') IS start_date),
	hours		REAL CHECK (hours > 0 AND hours <= 48),
	end_date	TEXT CHECK (end_date IS NULL OR
			    (date(end_date, '+0 days') IS end_date AND
			    start_date IS NOT NULL AND end_date >= start_date)),
	note		TEXT,
	version		INTEGER NOT NULL DEFAULT 1,
	created_at	TEXT NOT NULL DEFAULT (datetime('now')),
	updated_at	TEXT NOT NULL DEFAULT (datetime('now'))
) STRICT;

-- Placements with jobcoaching agreed but not started after this many
-- days go on the agenda.
INSERT INTO setting (key, value) VALUES ('jobcoach_wait_days', '14');

-- The purge keeps, beside when people entered and left the pool, why
-- they left and who their consultant was (003-purge.sql).
ALTER TABLE candidate_purged ADD COLUMN leave_reason TEXT
	CHECK (leave_reason IS NULL OR leave_reason = 'werk_via_team' OR
	    leave_reason = 'werk_zelf' OR
	    leave_reason = 'uitkering_beeindigd' OR
	    leave_reason = 'verhuisd' OR leave_reason = 'opleiding' OR
	    leave_reason = 'ziek' OR leave_reason = 'overig');
ALTER TABLE candidate_purged ADD COLUMN consultant_id INTEGER
	REFERENCES app_user(id) ON DELETE SET NULL;

-- Proposals of purged people that ended (not chosen, withdrawn), counted
-- per day, vacancy, reason and the person's partner, target group,
-- municipality and consultant: no name, key or id of a person.
CREATE TABLE proposal_end_purged (
	id		INTEGER PRIMARY KEY,
	on_date		TEXT NOT NULL CHECK (date(on_date, '+0 days') IS on_date),
	step		TEXT NOT NULL CHECK (step = 'not_chosen' OR
			    step = 'withdrawn'),
	reason		TEXT,
	vacancy_id	INTEGER REFERENCES vacancy(id) ON DELETE SET NULL,
	partner_id	INTEGER NOT NULL REFERENCES partner(id),
	target_group	TEXT NOT NULL,
	municipality_code TEXT REFERENCES municipality(code),
	consultant_id	INTEGER REFERENCES app_user(id) ON DELETE SET NULL,
	n		INTEGER NOT NULL CHECK (n > 0)
) STRICT;
CREATE INDEX proposal_end_purged_on ON proposal_end_purged(on_date);

-- The report reads the steps that ended proposals by date.
CREATE INDEX proposal_step_on ON proposal_step(step, on_date);
