-- 005-audit-key.sql: the audit log's chain is keyed.  Rows from
-- `from_id` on are chained by HMAC-SHA-256 under a secret key kept
-- beside the database (PATH.key, include/werkbank/auditkey.h); the rows
-- before stay chained by plain SHA-256, and the first keyed row seals
-- them (include/werkbank/audit.h).  One row, written when the chain is
-- first keyed: from which row on, which key (its id, never the key) and
-- the head of the unkeyed chain it sealed ("ID:HASH", NULL when there
-- was none).  Like the log, it is written once.

CREATE TABLE audit_key (
	id		INTEGER PRIMARY KEY CHECK (id = 1),
	from_id		INTEGER NOT NULL CHECK (from_id >= 1),
	key_id		TEXT NOT NULL CHECK (length(key_id) = 32),
	sealed_head	TEXT,
	at		TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now'))
) STRICT;

CREATE TRIGGER audit_key_no_update BEFORE UPDATE ON audit_key
BEGIN
	SELECT RAISE(ABORT, 'audit_key is written once');
END;
CREATE TRIGGER audit_key_no_delete BEFORE DELETE ON audit_key
BEGIN
	SELECT RAISE(ABORT, 'audit_key is written once');
END;
