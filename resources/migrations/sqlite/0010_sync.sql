-- This counter's link to the office's hub (issue 14); never replicated.
-- pushed_seq: the highest outbox sequence the hub has acknowledged; pulled_seq: the hub's server
-- sequence this counter has applied up to (advanced in the transaction that applies).
CREATE TABLE sync_state (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    hub_uri TEXT NOT NULL DEFAULT '',
    pushed_seq INTEGER NOT NULL DEFAULT 0,
    pulled_seq INTEGER NOT NULL DEFAULT 0,
    last_attempt_at TEXT NOT NULL DEFAULT '',
    last_ok_at TEXT NOT NULL DEFAULT '',
    last_error TEXT NOT NULL DEFAULT ''
);
INSERT INTO sync_state (singleton) VALUES (1);
