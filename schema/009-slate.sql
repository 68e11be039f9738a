-- 009-slate.sql: the Monday slate, as it was shown.
--
-- `werkbank match --slate` and the slate of the meeting screen plan one
-- proposal per candidate (or K) over all open vacancies at once
-- (src/slate.c).  Every slate shown is kept here with its picks, beside
-- the match runs (match_run, match_result), so that `werkbank exposure`
-- can count who the process shows and who it never shows.  Only ids:
-- purging a candidate removes their picks (ON DELETE CASCADE), as it
-- removes their match results.

CREATE TABLE slate (
	id		INTEGER PRIMARY KEY,
	made_at		TEXT NOT NULL,	-- UTC, as datetime('now')
	by_user_id	INTEGER REFERENCES app_user(id) ON DELETE SET NULL,
	weights		TEXT NOT NULL,	-- JSON object: component -> weight
	per_candidate	INTEGER NOT NULL CHECK (per_candidate > 0),
	per_vacancy	INTEGER CHECK (per_vacancy > 0),	-- NULL: open positions
	vacancies	INTEGER NOT NULL DEFAULT 0,
	picks		INTEGER NOT NULL DEFAULT 0,
	unfilled	INTEGER NOT NULL DEFAULT 0,
	total		REAL NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX slate_made_at ON slate(made_at);

CREATE TABLE slate_pick (
	slate_id	INTEGER NOT NULL REFERENCES slate(id) ON DELETE CASCADE,
	vacancy_id	INTEGER NOT NULL REFERENCES vacancy(id) ON DELETE CASCADE,
	candidate_id	INTEGER NOT NULL REFERENCES candidate(id) ON DELETE CASCADE,
	score		REAL NOT NULL CHECK (score BETWEEN 0 AND 1),
	by_hand		INTEGER NOT NULL DEFAULT 0 CHECK (by_hand = 0 OR
			    by_hand = 1),
	PRIMARY KEY (slate_id, vacancy_id, candidate_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX slate_pick_candidate ON slate_pick(candidate_id);
