-- Field kit II: the timer, checklists, tags, close rules and SLA columns (fieldkit contract §4–§7).

-- A running timer is a time entry without an end (fieldkit §4.6).
ALTER TABLE time_entries ALTER COLUMN end_time DROP NOT NULL;
CREATE INDEX time_entries_work_item_idx ON time_entries (work_item_id, start_time DESC);

-- The SLA and escalation columns of tickets (fieldkit §7.3); the index serves the close rules' bundle check.
ALTER TABLE tickets
  ADD COLUMN escalated boolean NOT NULL DEFAULT false,
  ADD COLUMN escalation_level integer,
  ADD COLUMN escalated_at timestamptz,
  ADD COLUMN escalated_by uuid,
  ADD COLUMN sla_policy_id uuid,
  ADD COLUMN sla_started_at timestamptz,
  ADD COLUMN sla_response_due_at timestamptz,
  ADD COLUMN sla_response_at timestamptz,
  ADD COLUMN sla_response_met boolean,
  ADD COLUMN sla_resolution_due_at timestamptz,
  ADD COLUMN sla_resolution_at timestamptz,
  ADD COLUMN sla_resolution_met boolean,
  ADD COLUMN sla_paused_at timestamptz,
  ADD COLUMN sla_total_pause_minutes integer NOT NULL DEFAULT 0;
CREATE INDEX tickets_sla_pending_idx ON tickets (ticket_id) WHERE sla_started_at IS NULL AND ticket_origin = 'api';
CREATE INDEX tickets_master_idx ON tickets (master_ticket_id) WHERE master_ticket_id IS NOT NULL;

CREATE TABLE ticket_checklist_items (
  tenant uuid NOT NULL REFERENCES tenants,
  checklist_item_id uuid PRIMARY KEY,
  ticket_id uuid NOT NULL REFERENCES tickets ON DELETE CASCADE,
  item_name text NOT NULL,
  description text,
  order_number integer NOT NULL,
  assigned_to uuid REFERENCES users,
  is_required boolean NOT NULL DEFAULT true,
  completed boolean NOT NULL DEFAULT false,
  completed_by uuid REFERENCES users,
  completed_at timestamptz,
  source text NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'template', 'workflow')),
  template_id uuid,
  created_by uuid REFERENCES users,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ticket_checklist_items_ticket_idx ON ticket_checklist_items (ticket_id, order_number);

-- One row per board; a rule applies only while is_enabled (fieldkit §7.1).
CREATE TABLE board_close_rules (
  tenant uuid NOT NULL REFERENCES tenants,
  board_id uuid PRIMARY KEY REFERENCES boards,
  is_enabled boolean NOT NULL DEFAULT true,
  require_resolution_comment boolean NOT NULL DEFAULT false,
  require_time_entry boolean NOT NULL DEFAULT false,
  require_checklist_complete boolean NOT NULL DEFAULT false,
  require_children_closed boolean NOT NULL DEFAULT false,
  required_fields text[] NOT NULL DEFAULT '{}'
);

-- A definition per (text, type) and a mapping per (definition, entity): a second identical tag is a 23505 (fieldkit §6).
ALTER TABLE tag_mappings ADD COLUMN created_by uuid REFERENCES users, ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();
CREATE UNIQUE INDEX tag_mappings_unique_idx ON tag_mappings (tenant, tag_id, tagged_id);
CREATE UNIQUE INDEX tag_definitions_unique_idx ON tag_definitions (tenant, tag_text, tagged_type);

-- SLA policies by board, with targets by priority in wall-clock minutes (the real service counts business hours).
CREATE TABLE sla_policies (
  tenant uuid NOT NULL REFERENCES tenants,
  sla_policy_id uuid PRIMARY KEY,
  policy_name text NOT NULL,
  board_id uuid REFERENCES boards
);

CREATE TABLE sla_policy_targets (
  sla_policy_id uuid NOT NULL REFERENCES sla_policies ON DELETE CASCADE,
  priority_id uuid NOT NULL,
  response_minutes integer NOT NULL,
  resolution_minutes integer NOT NULL,
  PRIMARY KEY (sla_policy_id, priority_id)
);
