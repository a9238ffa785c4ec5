-- The queue opens in due-date order and is filtered by channel or service: indexes that let the
-- first page come from the index instead of sorting every request.
CREATE INDEX request_due ON request(due_date, submitted_at, id);
CREATE INDEX request_channel_due ON request(channel, due_date, submitted_at);
CREATE INDEX request_service_due ON request(service_code, due_date, submitted_at);
