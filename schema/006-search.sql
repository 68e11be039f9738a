-- 006-search.sql: the search finds what the team types.
--
-- candidate_fts now also holds each candidate's occupations (the Dutch
-- ISCO titles) and skills, so that "heftruck" finds who drives a
-- forklift, and vacancy_fts the skills a vacancy asks.  Both indexes are
-- rebuilt with one tokenizer that keeps whole words in every script
-- (letters, digits and marks: Thai, Devanagari, Arabic with its vowel
-- signs) and counts symbols such as emoji as words, so that a name of
-- emoji only is found.  search_query() splits what is typed with
-- this same tokenizer (SEARCH_TOKENIZE in include/werkbank/search.h;
-- test-search checks they agree), so a word typed never becomes an FTS
-- phrase: O’Brien is "o" and "brien", as here.
--
-- candidate_fts keeps which column a word is in (detail=column): in
-- meeting mode names are not searched, only {ref occupations skills}.
-- After this the indexes are kept by search_sync() (src/search.c) from
-- the ids the triggers note in search_dirty, the new triggers below too.

DROP TABLE vacancy_fts;
DROP TABLE candidate_fts;

CREATE VIRTUAL TABLE vacancy_fts USING fts5(
	title, employer, description, occupation, skills,
	tokenize = 'unicode61 remove_diacritics 2 categories ''L* N* Co Mc Mn So''',
	detail = none
);

CREATE VIRTUAL TABLE candidate_fts USING fts5(
	first_name, last_name, ref, occupations, skills,
	tokenize = 'unicode61 remove_diacritics 2 categories ''L* N* Co Mc Mn So''',
	detail = column
);

-- As search_sync() fills them (src/search.c), once, here.
INSERT INTO vacancy_fts (rowid, title, employer, description, occupation,
    skills)
SELECT v.id, v.title, e.name, coalesce(v.description, ''),
    coalesce(g.title_nl, ''), coalesce((SELECT group_concat(skill, ' ')
    FROM vacancy_skill s WHERE s.vacancy_id = v.id), '')
FROM vacancy v
JOIN employer e ON e.id = v.employer_id
LEFT JOIN isco_group g ON g.code = v.isco_code;

INSERT INTO candidate_fts (rowid, first_name, last_name, ref, occupations,
    skills)
SELECT c.id, c.first_name, c.last_name, c.ref, coalesce((SELECT
    group_concat(g.title_nl, ' ') FROM candidate_occupation o JOIN isco_group
    g ON g.code = o.isco_code WHERE o.candidate_id = c.id), ''),
    coalesce((SELECT group_concat(skill, ' ') FROM candidate_skill s WHERE
    s.candidate_id = c.id), '')
FROM candidate c;
DELETE FROM search_dirty;

CREATE TRIGGER candidate_occupation_search_insert AFTER INSERT ON
    candidate_occupation
BEGIN
	INSERT OR IGNORE INTO search_dirty VALUES ('candidate',
	    new.candidate_id);
END;

CREATE TRIGGER candidate_occupation_search_update AFTER UPDATE ON
    candidate_occupation
BEGIN
	INSERT OR IGNORE INTO search_dirty VALUES ('candidate',
	    new.candidate_id);
END;

CREATE TRIGGER candidate_occupation_search_delete AFTER DELETE ON
    candidate_occupation
BEGIN
	INSERT OR IGNORE INTO search_dirty VALUES ('candidate',
	    old.candidate_id);
END;

CREATE TRIGGER candidate_skill_search_insert AFTER INSERT ON candidate_skill
BEGIN
	INSERT OR IGNORE INTO search_dirty VALUES ('candidate',
	    new.candidate_id);
END;

CREATE TRIGGER candidate_skill_search_delete AFTER DELETE ON candidate_skill
BEGIN
	INSERT OR IGNORE INTO search_dirty VALUES ('candidate',
	    old.candidate_id);
END;

CREATE TRIGGER vacancy_skill_search_insert AFTER INSERT ON vacancy_skill
BEGIN
	INSERT OR IGNORE INTO search_dirty VALUES ('vacancy', new.vacancy_id);
END;

CREATE TRIGGER vacancy_skill_search_delete AFTER DELETE ON vacancy_skill
BEGIN
	INSERT OR IGNORE INTO search_dirty VALUES ('vacancy', old.vacancy_id);
END;
