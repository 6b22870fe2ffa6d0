-- Keep a mobile_list page (sorted, filtered, counted) fast at 10 000 tickets (issue 3, "Speed").
CREATE INDEX tickets_entered_at_idx ON tickets (tenant, entered_at DESC);
CREATE INDEX tickets_updated_at_idx ON tickets (tenant, updated_at DESC);
CREATE INDEX tickets_status_idx ON tickets (status_id);
CREATE INDEX tickets_assigned_to_idx ON tickets (assigned_to);
CREATE INDEX tickets_client_idx ON tickets (client_id);
CREATE INDEX comments_ticket_idx ON comments (ticket_id, created_at);
CREATE INDEX tag_mappings_tagged_idx ON tag_mappings (tagged_id);
CREATE INDEX time_entries_user_time_idx ON time_entries (user_id, start_time);
CREATE INDEX api_keys_user_idx ON api_keys (user_id);
