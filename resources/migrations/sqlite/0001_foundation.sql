-- Foundation schema: node state, office identity, counters, users, signers, service catalogue,
-- blobs, outbox and the hash-chained audit log.
-- Shared tables carry: id (UUIDv7), hlc (hybrid logical clock), changed_by (user id),
-- changed_node (node id) and deleted (tombstone flag). Nothing shared is ever hard-deleted.

-- This counter's own state; never replicated.
CREATE TABLE node_state (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    node_id TEXT,
    node_code TEXT,
    office_code TEXT,
    hlc_last INTEGER NOT NULL DEFAULT 0,
    audit_seq INTEGER NOT NULL DEFAULT 0,
    audit_head TEXT NOT NULL DEFAULT '',
    demo INTEGER NOT NULL DEFAULT 0,
    initialized_at TEXT
);
INSERT INTO node_state(singleton) VALUES (1);

CREATE TABLE blob (
    sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    size INTEGER NOT NULL,
    mime TEXT NOT NULL DEFAULT 'application/octet-stream',
    data BLOB NOT NULL,
    created_hlc INTEGER NOT NULL
);

CREATE TABLE office (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    regency_name TEXT NOT NULL DEFAULT '',
    unit_code TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    letterhead_lines TEXT NOT NULL DEFAULT '',
    logo_sha256 TEXT REFERENCES blob(sha256),
    hlc INTEGER NOT NULL,
    changed_by TEXT,
    changed_node TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE node (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    hlc INTEGER NOT NULL,
    changed_by TEXT,
    changed_node TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE app_user (
    id TEXT PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    full_name TEXT NOT NULL,
    nip TEXT NOT NULL DEFAULT '',
    roles TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    demo INTEGER NOT NULL DEFAULT 0,
    hlc INTEGER NOT NULL,
    changed_by TEXT,
    changed_node TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);

-- Failed log-ins are counted per counter PC; never replicated.
CREATE TABLE login_state (
    user_id TEXT PRIMARY KEY REFERENCES app_user(id),
    failed_count INTEGER NOT NULL DEFAULT 0,
    locked_until INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE signer (
    id TEXT PRIMARY KEY,
    full_name TEXT NOT NULL,
    nip TEXT NOT NULL DEFAULT '',
    rank_grade TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL,
    delegation TEXT NOT NULL DEFAULT '' CHECK (delegation IN ('', 'a.n.', 'u.b.', 'Plt.', 'Plh.')),
    principal_title TEXT NOT NULL DEFAULT '',
    user_id TEXT REFERENCES app_user(id),
    active INTEGER NOT NULL DEFAULT 1,
    hlc INTEGER NOT NULL,
    changed_by TEXT,
    changed_node TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE service_type (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    category TEXT NOT NULL CHECK (category IN ('perizinan', 'non_perizinan')),
    requirements TEXT NOT NULL DEFAULT '[]',
    procedure TEXT NOT NULL DEFAULT '',
    time_limit_days INTEGER NOT NULL DEFAULT 0 CHECK (time_limit_days >= 0),
    fee TEXT NOT NULL DEFAULT '',
    product TEXT NOT NULL DEFAULT '',
    complaint_channel TEXT NOT NULL DEFAULT '',
    legal_basis TEXT NOT NULL DEFAULT '',
    classification_code TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    hlc INTEGER NOT NULL,
    changed_by TEXT,
    changed_node TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);

-- Local writes waiting to reach the hub, captured in the writing transaction itself.
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('upsert', 'tombstone', 'append')),
    payload TEXT NOT NULL,
    hlc INTEGER NOT NULL,
    created_at TEXT NOT NULL
);

-- One hash chain per node: node_seq counts 1, 2, 3 ... and prev_hash links each entry to the last.
CREATE TABLE audit_log (
    id TEXT PRIMARY KEY,
    node_id TEXT NOT NULL,
    node_seq INTEGER NOT NULL,
    hlc INTEGER NOT NULL,
    at TEXT NOT NULL,
    user_id TEXT,
    username TEXT NOT NULL,
    role TEXT NOT NULL,
    node_code TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL DEFAULT '',
    entity_id TEXT NOT NULL DEFAULT '',
    details TEXT NOT NULL DEFAULT '{}',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    UNIQUE (node_id, node_seq)
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
