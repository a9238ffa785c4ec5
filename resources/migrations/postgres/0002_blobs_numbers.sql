-- Documents travel separately from rows (issue 14): scanned pages, letters' PDFs and the office
-- logo, keyed by their SHA-256 and sent in chunks so an interrupted transfer resumes where it
-- stopped. A blob counts as present only when complete, which the hub sets after checking the
-- SHA-256 of the chunks joined.
CREATE TABLE hub_blob (
    office_code TEXT NOT NULL REFERENCES hub_office (office_code),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    size BIGINT NOT NULL CHECK (size >= 0),
    mime TEXT NOT NULL,
    chunks INTEGER NOT NULL CHECK (chunks >= 1),
    complete BOOLEAN NOT NULL DEFAULT false,
    received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (office_code, sha256)
);

CREATE TABLE hub_blob_chunk (
    office_code TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    chunk_no INTEGER NOT NULL CHECK (chunk_no >= 0),
    data BYTEA NOT NULL,
    PRIMARY KEY (office_code, sha256, chunk_no),
    FOREIGN KEY (office_code, sha256) REFERENCES hub_blob (office_code, sha256) ON DELETE CASCADE
);

-- Each node's audit chain head as of its last sync: a history rewritten on the counter afterwards
-- no longer leads to it (audit verify --hub).
ALTER TABLE hub_node ADD COLUMN audit_seq BIGINT NOT NULL DEFAULT 0;
ALTER TABLE hub_node ADD COLUMN audit_head TEXT NOT NULL DEFAULT '';

-- Letter numbers (issue 14): each register of an office (per classification code, or one for the
-- office) and year hands out numbers in order. A counter holds a few in reserve so that it can sign
-- offline; every number handed out is recorded with the node that holds it, so none is given twice.
CREATE TABLE hub_number_register (
    office_code TEXT NOT NULL REFERENCES hub_office (office_code),
    register_key TEXT NOT NULL,
    year INTEGER NOT NULL,
    next_seq INTEGER NOT NULL DEFAULT 1 CHECK (next_seq >= 1),
    PRIMARY KEY (office_code, register_key, year)
);

CREATE TABLE hub_number_reserved (
    office_code TEXT NOT NULL,
    register_key TEXT NOT NULL,
    year INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    node_id TEXT NOT NULL,
    reserved_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (office_code, register_key, year, seq),
    FOREIGN KEY (office_code, register_key, year) REFERENCES hub_number_register (office_code, register_key, year)
);
