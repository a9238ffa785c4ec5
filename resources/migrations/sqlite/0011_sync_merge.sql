-- loket: foreign_keys off
-- Merging changes from the hub (issue 14). This migration rebuilds a table, so the migrator runs
-- it with foreign keys off and checks them before it commits (SQLite's documented procedure).

-- The clock of every field a counter has edited: the HLC and node of the write that set the
-- field's current value. Concurrent edits of one field resolve to the greater clock on every
-- counter, and each such pair is kept in sync_conflict for an officer to settle. A field without
-- a row here still holds the value it was inserted with (clock 0). Never replicated.
CREATE TABLE sync_field_clock (
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    field TEXT NOT NULL,
    hlc INTEGER NOT NULL,
    node_id TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (entity, entity_id, field)
) WITHOUT ROWID;

-- What a merge could not decide alone. kind 'field': two counters changed one field from the same
-- base; the row holds kept_value (the greater clock) and other_value waits for an officer.
-- kind 'duplicate': a row from the hub collides with a local row on a key that must be unique
-- (payload is the row not applied). The id is derived from what collided, so every counter that
-- meets the same conflict records it once. Never replicated; settled by a new edit.
CREATE TABLE sync_conflict (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('field', 'duplicate')),
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    field TEXT NOT NULL DEFAULT '',
    kept_value TEXT,
    kept_hlc INTEGER NOT NULL DEFAULT 0,
    kept_node TEXT NOT NULL DEFAULT '',
    other_value TEXT,
    other_hlc INTEGER NOT NULL DEFAULT 0,
    other_node TEXT NOT NULL DEFAULT '',
    payload TEXT NOT NULL DEFAULT '',
    found_at TEXT NOT NULL,
    settled_at TEXT
);
CREATE INDEX sync_conflict_open ON sync_conflict(entity, entity_id) WHERE settled_at IS NULL;

-- Chunks of a blob being received from the hub; the blob counts as present only when its SHA-256
-- matches, and then moves to blob in one transaction.
CREATE TABLE blob_partial (
    sha256 TEXT NOT NULL,
    chunk_no INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (sha256, chunk_no)
) WITHOUT ROWID;

ALTER TABLE sync_state ADD COLUMN blobs_pushed_hlc INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sync_state ADD COLUMN conflicts_seen INTEGER NOT NULL DEFAULT 0;

-- Two counters offline can register the same resident: both rows must reach every counter, so a
-- NIK is no longer unique in the table. Lookups take the earliest row; the pair shows as a
-- duplicate for an officer to merge.
CREATE TABLE resident_new (
    id TEXT PRIMARY KEY,
    nik TEXT NOT NULL CHECK (length(nik) = 16),
    kk TEXT NOT NULL DEFAULT '',
    full_name TEXT NOT NULL,
    birth_place TEXT NOT NULL DEFAULT '',
    birth_date TEXT,
    sex TEXT CHECK (sex IN ('M', 'F')),
    religion TEXT NOT NULL DEFAULT '',
    marital_status TEXT NOT NULL DEFAULT '',
    occupation TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    rt TEXT NOT NULL DEFAULT '',
    rw TEXT NOT NULL DEFAULT '',
    village_code TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    search_name TEXT NOT NULL DEFAULT '',
    hlc INTEGER NOT NULL,
    changed_by TEXT,
    changed_node TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
INSERT INTO resident_new SELECT id, nik, kk, full_name, birth_place, birth_date, sex, religion, marital_status, occupation,
    address, rt, rw, village_code, phone, search_name, hlc, changed_by, changed_node, deleted FROM resident;
DROP TABLE resident;
ALTER TABLE resident_new RENAME TO resident;
CREATE INDEX resident_nik ON resident(nik, id);

CREATE TRIGGER resident_name_insert AFTER INSERT ON resident BEGIN
    INSERT INTO resident_name(search_name, resident_id) VALUES (new.search_name, new.id);
END;

CREATE TRIGGER resident_name_update AFTER UPDATE OF search_name ON resident BEGIN
    DELETE FROM resident_name WHERE resident_id = old.id;
    INSERT INTO resident_name(search_name, resident_id) VALUES (new.search_name, new.id);
END;

-- Letter numbers this counter holds in reserve, given by the hub (issue 14): with a hub, a letter
-- takes the lowest free one of its register, so signing goes on while the hub is out of reach.
-- Never replicated (the letter_number rows are).
CREATE TABLE number_reserve (
    register_key TEXT NOT NULL,
    year INTEGER NOT NULL,
    seq INTEGER NOT NULL CHECK (seq >= 1),
    state TEXT NOT NULL CHECK (state IN ('free', 'used', 'voided')),
    PRIMARY KEY (register_key, year, seq)
) WITHOUT ROWID;
