-- The audit covers the rows themselves: an entry that wrote a row of a protected table (request,
-- request_event; letters later) holds the SHA-256 of the row's canonical content after the write,
-- and that hash is part of the entry's own chained hash. Entries written before this migration
-- have no row hash and keep verifying as before.
ALTER TABLE audit_log ADD COLUMN row_sha256 TEXT;
-- The latest hashed entry of each row (ties between nodes broken by node id) and its hash, read by
-- audit verify from the index alone, without sorting or visiting the log.
CREATE INDEX audit_log_row ON audit_log(entity, entity_id, hlc, node_id, row_sha256) WHERE row_sha256 IS NOT NULL;
