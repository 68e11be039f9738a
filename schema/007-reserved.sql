-- 007-reserved.sql: a placeholder.  Migration 007 belongs to another
-- branch of this session; this file keeps the numbers of this branch
-- contiguous (migrate.c counts them) until that one is merged, and is
-- deleted then.
SELECT 1;
