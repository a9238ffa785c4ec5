-- The hub: the office's shared PostgreSQL database where counters meet (issue 14). One hub may
-- serve every kecamatan of a regency: each row is keyed by its office, and each office sees only
-- its own. This first schema holds the change log counters push and pull.

-- An office on this hub. last_seq is the office's server sequence: every accepted change takes the
-- next number while the pushing transaction holds this row's lock, so numbers are given in commit
-- order and a puller that has seen number N has seen every number below it.
CREATE TABLE hub_office (
    office_code TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    last_seq BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- A counter PC (or the online door) of an office. pushed_seq: the highest outbox sequence of that
-- node the hub has applied; a batch at or below it changes nothing the second time.
CREATE TABLE hub_node (
    office_code TEXT NOT NULL REFERENCES hub_office (office_code),
    node_id TEXT NOT NULL,
    node_code TEXT NOT NULL,
    pushed_seq BIGINT NOT NULL DEFAULT 0,
    joined_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_push_at TIMESTAMPTZ,
    PRIMARY KEY (office_code, node_id),
    UNIQUE (office_code, node_code)
);

-- Every change accepted from a node, in the office's server order. payload is the node's outbox
-- payload as text, byte for byte.
CREATE TABLE hub_change (
    office_code TEXT NOT NULL,
    server_seq BIGINT NOT NULL,
    node_id TEXT NOT NULL,
    local_seq BIGINT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('upsert', 'tombstone', 'append')),
    payload TEXT NOT NULL,
    hlc BIGINT NOT NULL,
    received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (office_code, server_seq),
    UNIQUE (office_code, node_id, local_seq),
    FOREIGN KEY (office_code, node_id) REFERENCES hub_node (office_code, node_id)
);
