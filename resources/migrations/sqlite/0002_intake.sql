-- Walk-in intake: holidays, residents (with a full-text name index), requests, their events and
-- the per-node daily tracking sequence.

CREATE TABLE holiday (
    id TEXT PRIMARY KEY,
    date TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    hlc INTEGER NOT NULL,
    changed_by TEXT,
    changed_node TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE resident (
    id TEXT PRIMARY KEY,
    nik TEXT NOT NULL UNIQUE CHECK (length(nik) = 16),
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

-- Names folded to lower case without accents, one row per resident, kept in step by triggers.
CREATE VIRTUAL TABLE resident_name USING fts5(
    search_name,
    resident_id UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

CREATE TRIGGER resident_name_insert AFTER INSERT ON resident BEGIN
    INSERT INTO resident_name(search_name, resident_id) VALUES (new.search_name, new.id);
END;

CREATE TRIGGER resident_name_update AFTER UPDATE OF search_name ON resident BEGIN
    DELETE FROM resident_name WHERE resident_id = old.id;
    INSERT INTO resident_name(search_name, resident_id) VALUES (new.search_name, new.id);
END;

CREATE TABLE request (
    id TEXT PRIMARY KEY,
    tracking TEXT NOT NULL UNIQUE,
    channel TEXT NOT NULL CHECK (channel IN ('walk_in', 'assisted', 'online')),
    resident_id TEXT NOT NULL REFERENCES resident(id),
    service_id TEXT NOT NULL REFERENCES service_type(id),
    service_code TEXT NOT NULL,
    requirements TEXT NOT NULL DEFAULT '[]',
    form_fields TEXT NOT NULL DEFAULT '{}',
    incomplete INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL,
    submitted_at TEXT NOT NULL,
    submitted_date TEXT NOT NULL,
    due_date TEXT NOT NULL,
    officer_id TEXT REFERENCES app_user(id),
    assisted_by TEXT REFERENCES app_user(id),
    assigned_to TEXT REFERENCES app_user(id),
    portal_id TEXT UNIQUE,
    hlc INTEGER NOT NULL,
    changed_by TEXT,
    changed_node TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX request_resident ON request(resident_id, service_id);
CREATE INDEX request_status ON request(status, due_date);

-- Append-only history of a request; its status is derived from these.
CREATE TABLE request_event (
    id TEXT PRIMARY KEY,
    request_id TEXT NOT NULL REFERENCES request(id),
    type TEXT NOT NULL,
    actor_id TEXT,
    actor_name TEXT NOT NULL,
    role TEXT NOT NULL,
    node_id TEXT NOT NULL,
    node_code TEXT NOT NULL,
    at TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    payload TEXT NOT NULL DEFAULT '{}',
    hlc INTEGER NOT NULL,
    changed_by TEXT,
    changed_node TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX request_event_request ON request_event(request_id, hlc);

-- This counter's own daily tracking sequence; never replicated (the node code keeps numbers unique).
CREATE TABLE tracking_sequence (
    node_code TEXT NOT NULL,
    day TEXT NOT NULL,
    last_seq INTEGER NOT NULL,
    PRIMARY KEY (node_code, day)
);

-- Where residents check the status of a request and the online application's address.
ALTER TABLE office ADD COLUMN status_url TEXT NOT NULL DEFAULT '';
ALTER TABLE office ADD COLUMN online_url TEXT NOT NULL DEFAULT '';
