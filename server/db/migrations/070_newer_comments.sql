-- Newer servers' comment fields (awareness §10.1): the send-later zone (the 2026-08-22 table has it already, web UI
-- only) and the Cc/Bcc recipients, whose real column is unconfirmed.
ALTER TABLE comments ADD COLUMN scheduled_publish_tz text;
ALTER TABLE comments ADD COLUMN email_recipients jsonb;
