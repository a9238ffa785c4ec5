-- Backups of this counter's database: the folder the administrator chose, how many to keep, and
-- the last result. Local to this PC and never replicated: each counter backs up its own database.
CREATE TABLE backup_state (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    folder TEXT NOT NULL DEFAULT '',
    keep INTEGER NOT NULL DEFAULT 7 CHECK (keep BETWEEN 1 AND 365),
    daily INTEGER NOT NULL DEFAULT 1,
    last_attempt_at TEXT,          -- ISO 8601, UTC
    last_ok INTEGER,
    last_message TEXT NOT NULL DEFAULT '',
    last_good_at TEXT,
    last_good_path TEXT NOT NULL DEFAULT ''
);
INSERT INTO backup_state(singleton) VALUES (1);
