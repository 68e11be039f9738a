-- 002-search.sql: full-text search for the lists of the terminal UI.
--
-- vacancy_fts holds, per vacancy (rowid = vacancy.id), its title, the
-- employer's name, the description and the Dutch label of its ISCO
-- occupation; candidate_fts the names and reference of each candidate
-- (rowid = candidate.id).  Diacritics are folded ("Özdemir" is found by
-- "ozdemir"); detail=none keeps the index small (the UI asks for rows
-- holding every word typed, as prefixes, never for phrases).
--
-- The indexes are NOT kept current by triggers: werkbank runs with
-- PRAGMA trusted_schema=OFF, under which a trigger may not write to a
-- virtual table ("unsafe use of virtual table").  Triggers only note
-- which records changed in search_dirty (an ordinary table), and
-- search_sync() (src/search.c) brings the indexes up to date before a
-- search.  That also keeps big imports fast: the index is built once, in
-- bulk, instead of row by row.
--
-- Purging a candidate deletes its row here too (search_sync); the
-- shadow tables are ordinary tables, so secure_delete zeroes the text.

CREATE VIRTUAL TABLE vacancy_fts USING fts5(
	title, employer, description, occupation,
	tokenize = 'unicode61 remove_diacritics 2', detail = none
);

CREATE VIRTUAL TABLE candidate_fts USING fts5(
	first_name, last_name, ref,
	tokenize = 'unicode61 remove_diacritics 2', detail = none
);

CREATE TABLE search_dirty (
	kind		TEXT NOT NULL CHECK (kind = 'vacancy' OR
			    kind = 'candidate'),
	id		INTEGER NOT NULL,
	PRIMARY KEY (kind, id)
) STRICT, WITHOUT ROWID;

INSERT INTO vacancy_fts (rowid, title, employer, description, occupation)
SELECT v.id, v.title, e.name, coalesce(v.description, ''),
    coalesce(g.title_nl, '')
FROM vacancy v
JOIN employer e ON e.id = v.employer_id
LEFT JOIN isco_group g ON g.code = v.isco_code;

INSERT INTO candidate_fts (rowid, first_name, last_name, ref)
SELECT id, first_name, last_name, ref FROM candidate;

CREATE TRIGGER vacancy_search_insert AFTER INSERT ON vacancy
BEGIN
	INSERT OR IGNORE INTO search_dirty VALUES ('vacancy', new.id);
END;

CREATE TRIGGER vacancy_search_update AFTER UPDATE OF title, employer_id,
    description, isco_code ON vacancy
BEGIN
	INSERT OR IGNORE INTO search_dirty VALUES ('vacancy', new.id);
END;

CREATE TRIGGER vacancy_search_delete AFTER DELETE ON vacancy
BEGIN
	INSERT OR IGNORE INTO search_dirty VALUES ('vacancy', old.id);
END;

CREATE TRIGGER employer_search_update AFTER UPDATE OF name ON employer
BEGIN
	INSERT OR IGNORE INTO search_dirty
	SELECT 'vacancy', id FROM vacancy WHERE employer_id = new.id;
END;

CREATE TRIGGER candidate_search_insert AFTER INSERT ON candidate
BEGIN
	INSERT OR IGNORE INTO search_dirty VALUES ('candidate', new.id);
END;

CREATE TRIGGER candidate_search_update AFTER UPDATE OF first_name,
    last_name, ref ON candidate
BEGIN
	INSERT OR IGNORE INTO search_dirty VALUES ('candidate', new.id);
END;

CREATE TRIGGER candidate_search_delete AFTER DELETE ON candidate
BEGIN
	INSERT OR IGNORE INTO search_dirty VALUES ('candidate', old.id);
END;
