-- Documents as the counter keeps them: what kind of file, how many bytes, when and by whom, and the
-- physical size of each page (so an export prints at the original size); blank pages flagged for
-- review; the office's retention period for residents' papers (0 = keep).

-- document.mime is application/pdf when a PDF is kept as is, empty when the pages are images.
ALTER TABLE document ADD COLUMN mime TEXT NOT NULL DEFAULT '';
ALTER TABLE document ADD COLUMN bytes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE document ADD COLUMN created_at TEXT NOT NULL DEFAULT '';
ALTER TABLE document ADD COLUMN created_by_name TEXT NOT NULL DEFAULT '';
ALTER TABLE document_page ADD COLUMN width INTEGER NOT NULL DEFAULT 0;
ALTER TABLE document_page ADD COLUMN height INTEGER NOT NULL DEFAULT 0;
ALTER TABLE document_page ADD COLUMN dpi INTEGER NOT NULL DEFAULT 0;
ALTER TABLE document_page ADD COLUMN blank INTEGER NOT NULL DEFAULT 0;
ALTER TABLE office ADD COLUMN retention_days INTEGER NOT NULL DEFAULT 0;
CREATE INDEX document_page_blob ON document_page(blob_sha256);
