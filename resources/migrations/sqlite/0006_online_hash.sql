-- An online request sent again under the same portal id is the same request only when its content
-- is the same: the SHA-256 of its canonical JSON (attachments by their SHA-256) is kept to tell a
-- harmless re-send from a conflict. Requests imported before this column have none.
ALTER TABLE request ADD COLUMN portal_hash TEXT;
