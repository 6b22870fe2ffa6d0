-- What a technician's "For me" reads (awareness contract §2–§4): the in-app notifications the server's event
-- subscribers write, and the additional agents of a ticket.

-- Columns as `internal_notifications` on the real server; `type` is the row's severity (info/success/warning/error),
-- `priority` the stored high/normal/low (§2.4). No retention: rows accumulate.
CREATE TABLE internal_notifications (
  tenant uuid NOT NULL REFERENCES tenants,
  internal_notification_id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users,
  template_name text NOT NULL,
  title text NOT NULL,
  message text NOT NULL,
  type text NOT NULL DEFAULT 'info' CHECK (type IN ('info', 'success', 'warning', 'error')),
  category text,
  link text,
  metadata jsonb,
  priority text NOT NULL DEFAULT 'normal' CHECK (priority IN ('high', 'normal', 'low')),
  is_read boolean NOT NULL DEFAULT false,
  read_at timestamptz,
  deleted_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX internal_notifications_user_idx ON internal_notifications (user_id, created_at DESC);

-- An additional agent: `assigned_to` is the primary at the time, `additional_user_id` the added one (§9).
CREATE TABLE ticket_resources (
  tenant uuid NOT NULL REFERENCES tenants,
  assignment_id uuid PRIMARY KEY,
  ticket_id uuid NOT NULL REFERENCES tickets ON DELETE CASCADE,
  assigned_to uuid REFERENCES users,
  additional_user_id uuid REFERENCES users,
  role text NOT NULL DEFAULT 'support',
  assigned_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ticket_resources_ticket_idx ON ticket_resources (ticket_id);
CREATE INDEX ticket_resources_additional_idx ON ticket_resources (additional_user_id);
