-- Letters: versioned templates, drafts, signers' keys, issued letters with their seal, the
-- number register (every number taken, issued or voided), revocations, prints and the cursor of
-- the export back to the online application.

-- Where the QR on a letter points (the verification page) and how letters are numbered.
ALTER TABLE office ADD COLUMN verify_url TEXT NOT NULL DEFAULT '';
ALTER TABLE office ADD COLUMN number_format TEXT NOT NULL DEFAULT '{klasifikasi}/{nomor:04}/{unit}/{tahun}';
ALTER TABLE office ADD COLUMN number_registers TEXT NOT NULL DEFAULT 'per_code'
    CHECK (number_registers IN ('per_code', 'office'));

-- One row per version: an edit adds a version, a letter names the version that made it.
CREATE TABLE letter_template (
    id TEXT PRIMARY KEY,
    service_code TEXT NOT NULL,
    version INTEGER NOT NULL CHECK (version >= 1),
    kind TEXT NOT NULL CHECK (kind IN ('keterangan', 'surat', 'pengesahan')),
    title TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL,
    paper TEXT NOT NULL CHECK (paper IN ('a4', 'f4')),
    authority TEXT NOT NULL DEFAULT '',
    addressee TEXT NOT NULL DEFAULT '',
    attachment TEXT NOT NULL DEFAULT '',
    fields TEXT NOT NULL DEFAULT '[]',
    body TEXT NOT NULL,
    hlc INTEGER NOT NULL,
    changed_by TEXT,
    changed_node TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    UNIQUE (service_code, version)
);

-- A signer's Ed25519 key: the public key in the clear, the secret key only sealed with a key
-- derived from the signer's passphrase (Argon2id). The id is the key id printed in seals.
CREATE TABLE signing_key (
    id TEXT PRIMARY KEY,
    signer_id TEXT NOT NULL REFERENCES signer(id),
    public_key TEXT NOT NULL,
    sealed_secret TEXT NOT NULL,
    salt TEXT NOT NULL,
    ops_limit INTEGER NOT NULL,
    mem_limit INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    retired_at TEXT,
    hlc INTEGER NOT NULL,
    changed_by TEXT,
    changed_node TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX signing_key_signer ON signing_key(signer_id);

-- The letter being prepared for a request: the template version and the free parts as edited.
-- A request in process without a row here has the template's defaults.
CREATE TABLE letter_draft (
    id TEXT PRIMARY KEY,
    request_id TEXT NOT NULL UNIQUE REFERENCES request(id),
    template_id TEXT NOT NULL REFERENCES letter_template(id),
    fields TEXT NOT NULL DEFAULT '{}',
    hlc INTEGER NOT NULL,
    changed_by TEXT,
    changed_node TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);

-- An issued letter never changes: its content (canonical JSON) is what was hashed and sealed.
CREATE TABLE letter (
    id TEXT PRIMARY KEY,
    request_id TEXT NOT NULL REFERENCES request(id),
    tracking TEXT NOT NULL,
    service_code TEXT NOT NULL,
    template_id TEXT NOT NULL,
    template_version INTEGER NOT NULL,
    register_key TEXT NOT NULL,
    year INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    number TEXT NOT NULL UNIQUE,
    issued_date TEXT NOT NULL,
    issued_at TEXT NOT NULL,
    subject TEXT NOT NULL,
    resident_name TEXT NOT NULL,
    signer_id TEXT NOT NULL,
    signer_name TEXT NOT NULL,
    key_id TEXT NOT NULL,
    paper TEXT NOT NULL,
    content TEXT NOT NULL,
    content_sha256 TEXT NOT NULL,
    token TEXT NOT NULL,
    pdf_sha256 TEXT NOT NULL REFERENCES blob(sha256),
    hlc INTEGER NOT NULL,
    changed_by TEXT,
    changed_node TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX letter_request ON letter(request_id);
CREATE INDEX letter_issued ON letter(issued_date);

-- The register: every number ever taken, with its state. A voided number stays here forever,
-- so it is never given again.
CREATE TABLE letter_number (
    id TEXT PRIMARY KEY,
    register_key TEXT NOT NULL,
    year INTEGER NOT NULL,
    seq INTEGER NOT NULL CHECK (seq >= 1),
    number TEXT NOT NULL UNIQUE,
    letter_id TEXT REFERENCES letter(id),
    state TEXT NOT NULL CHECK (state IN ('issued', 'voided')),
    reason TEXT NOT NULL DEFAULT '',
    voided_at TEXT,
    hlc INTEGER NOT NULL,
    changed_by TEXT,
    changed_node TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    UNIQUE (register_key, year, seq)
);

CREATE TABLE letter_revocation (
    id TEXT PRIMARY KEY,
    letter_id TEXT NOT NULL UNIQUE REFERENCES letter(id),
    reason TEXT NOT NULL,
    revoked_at TEXT NOT NULL,
    revoked_by TEXT NOT NULL,
    hlc INTEGER NOT NULL,
    changed_by TEXT,
    changed_node TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);

-- Every print and reprint of a letter: who, when, on which printer, how many copies.
CREATE TABLE letter_print (
    id TEXT PRIMARY KEY,
    letter_id TEXT NOT NULL REFERENCES letter(id),
    printer TEXT NOT NULL,
    copies INTEGER NOT NULL CHECK (copies >= 1),
    reprint INTEGER NOT NULL DEFAULT 0,
    printed_by TEXT NOT NULL,
    printed_at TEXT NOT NULL,
    job_id INTEGER NOT NULL DEFAULT 0,
    hlc INTEGER NOT NULL,
    changed_by TEXT,
    changed_node TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX letter_print_letter ON letter_print(letter_id);

-- How far export-online has written (this counter's own; never replicated).
CREATE TABLE export_cursor (
    name TEXT PRIMARY KEY,
    position INTEGER NOT NULL DEFAULT 0
);
