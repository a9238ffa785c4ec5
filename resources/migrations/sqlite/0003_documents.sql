-- Documents attached to a request's requirement slot, each an ordered list of pages stored as
-- content-addressed blobs (scans at the counter, files imported, or attachments of online requests).

CREATE TABLE document (
    id TEXT PRIMARY KEY,
    request_id TEXT NOT NULL REFERENCES request(id),
    requirement_key TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('scan', 'file', 'online')),
    file_name TEXT NOT NULL DEFAULT '',
    page_count INTEGER NOT NULL,
    hlc INTEGER NOT NULL,
    changed_by TEXT,
    changed_node TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX document_request ON document(request_id);

CREATE TABLE document_page (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES document(id),
    page_no INTEGER NOT NULL,
    blob_sha256 TEXT NOT NULL REFERENCES blob(sha256),
    mime TEXT NOT NULL,
    size INTEGER NOT NULL,
    hlc INTEGER NOT NULL,
    changed_by TEXT,
    changed_node TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    UNIQUE (document_id, page_no)
);
