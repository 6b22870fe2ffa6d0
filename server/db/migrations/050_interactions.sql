-- Call-and-log (awareness contract §7): interaction types and the interactions themselves.

-- System types (`is_system`, no tenant) and the tenant's own share one table here; the API merges the two lists anyway.
CREATE TABLE interaction_types (
  tenant uuid REFERENCES tenants,
  type_id uuid PRIMARY KEY,
  type_name text NOT NULL,
  icon text,
  is_system boolean NOT NULL DEFAULT false
);

-- Every column the real table has (§7.3); `status_id` is the tenant's default status of type `interaction`.
CREATE TABLE interactions (
  tenant uuid NOT NULL REFERENCES tenants,
  interaction_id uuid PRIMARY KEY,
  type_id uuid NOT NULL REFERENCES interaction_types,
  client_id uuid REFERENCES clients,
  contact_name_id uuid REFERENCES contacts,
  user_id uuid NOT NULL REFERENCES users,
  ticket_id uuid REFERENCES tickets ON DELETE CASCADE,
  project_id uuid,
  opportunity_id uuid,
  title text NOT NULL,
  notes text,
  interaction_date timestamptz NOT NULL DEFAULT now(),
  start_time timestamptz,
  end_time timestamptz,
  duration integer,
  status_id uuid REFERENCES statuses,
  visibility text NOT NULL DEFAULT 'internal' CHECK (visibility IN ('internal', 'client_visible')),
  category text,
  tags text[]
);
CREATE INDEX interactions_ticket_idx ON interactions (ticket_id, interaction_date DESC);
