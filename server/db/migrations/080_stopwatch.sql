-- Newer servers' stopwatch (awareness §10.3): one open (running or paused) session per user, kept with its segments.
CREATE TABLE time_tracking_sessions (
  tenant uuid NOT NULL,
  session_id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users,
  work_item_type text NOT NULL,
  work_item_id uuid NOT NULL,
  service_id uuid,
  notes text NOT NULL DEFAULT '',
  status text NOT NULL DEFAULT 'running',
  time_entry_id uuid,
  closed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX time_tracking_sessions_one_open ON time_tracking_sessions (tenant, user_id)
  WHERE status IN ('running', 'paused');

CREATE TABLE time_tracking_session_segments (
  segment_id uuid PRIMARY KEY,
  session_id uuid NOT NULL REFERENCES time_tracking_sessions ON DELETE CASCADE,
  started_at timestamptz NOT NULL,
  ended_at timestamptz
);
