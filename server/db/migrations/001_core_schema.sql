-- The subset of Alga PSA's schema the mobile ticketing API reads and writes.
-- Column names follow the real tables so responses carry the same keys (contract §6.1, §7.1, §10).

CREATE TABLE tenants (
  tenant uuid PRIMARY KEY,
  company_name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE clients (
  tenant uuid NOT NULL REFERENCES tenants,
  client_id uuid PRIMARY KEY,
  client_name text NOT NULL,
  url text,
  is_inactive boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE client_locations (
  tenant uuid NOT NULL REFERENCES tenants,
  location_id uuid PRIMARY KEY,
  client_id uuid NOT NULL REFERENCES clients,
  location_name text NOT NULL,
  email text,
  phone text,
  address_line1 text,
  city text,
  is_default boolean NOT NULL DEFAULT false
);

CREATE TABLE contacts (
  tenant uuid NOT NULL REFERENCES tenants,
  contact_name_id uuid PRIMARY KEY,
  client_id uuid REFERENCES clients,
  full_name text NOT NULL,
  email text,
  phone_number text,
  role text,
  is_inactive boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  tenant uuid NOT NULL REFERENCES tenants,
  user_id uuid PRIMARY KEY,
  username text NOT NULL,
  email text NOT NULL UNIQUE,
  first_name text,
  last_name text,
  hashed_password text NOT NULL,
  user_type text NOT NULL CHECK (user_type IN ('internal', 'client')),
  contact_id uuid REFERENCES contacts,
  phone text,
  timezone text,
  image text,
  two_factor_enabled boolean NOT NULL DEFAULT false,
  is_google_user boolean NOT NULL DEFAULT false,
  is_inactive boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE boards (
  tenant uuid NOT NULL REFERENCES tenants,
  board_id uuid PRIMARY KEY,
  board_name text NOT NULL,
  is_default boolean NOT NULL DEFAULT false,
  display_order integer NOT NULL DEFAULT 0
);

CREATE TABLE statuses (
  tenant uuid NOT NULL REFERENCES tenants,
  status_id uuid PRIMARY KEY,
  board_id uuid REFERENCES boards,
  name text NOT NULL,
  status_type text NOT NULL DEFAULT 'ticket',
  is_closed boolean NOT NULL DEFAULT false,
  is_default boolean NOT NULL DEFAULT false,
  order_number integer
);

CREATE TABLE priorities (
  tenant uuid NOT NULL REFERENCES tenants,
  priority_id uuid PRIMARY KEY,
  priority_name text NOT NULL,
  order_number integer NOT NULL,
  color text,
  item_type text NOT NULL DEFAULT 'ticket'
);

CREATE TABLE categories (
  tenant uuid NOT NULL REFERENCES tenants,
  category_id uuid PRIMARY KEY,
  category_name text NOT NULL,
  parent_category uuid REFERENCES categories,
  board_id uuid REFERENCES boards
);

CREATE TABLE next_number (
  tenant uuid NOT NULL REFERENCES tenants,
  entity_type text NOT NULL,
  last_number bigint NOT NULL,
  initial_value bigint NOT NULL DEFAULT 1000,
  prefix text NOT NULL DEFAULT 'TIC',
  padding_length integer NOT NULL DEFAULT 6,
  PRIMARY KEY (tenant, entity_type)
);

-- priority_id has no foreign key: the real schema dropped it, so an unknown id is stored (contract §8.5).
CREATE TABLE tickets (
  tenant uuid NOT NULL REFERENCES tenants,
  ticket_id uuid PRIMARY KEY,
  ticket_number text NOT NULL,
  title text,
  url text,
  board_id uuid NOT NULL REFERENCES boards,
  client_id uuid REFERENCES clients,
  location_id uuid REFERENCES client_locations,
  contact_name_id uuid REFERENCES contacts,
  status_id uuid REFERENCES statuses,
  category_id uuid REFERENCES categories,
  subcategory_id uuid REFERENCES categories,
  priority_id uuid,
  entered_by uuid NOT NULL REFERENCES users,
  updated_by uuid REFERENCES users,
  closed_by uuid REFERENCES users,
  assigned_to uuid REFERENCES users,
  assigned_team_id uuid,
  entered_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz,
  closed_at timestamptz,
  is_closed boolean NOT NULL DEFAULT false,
  due_date timestamptz,
  attributes jsonb,
  master_ticket_id uuid,
  response_state text,
  ticket_origin text,
  source text,
  email_metadata jsonb,
  estimated_hours numeric,
  UNIQUE (tenant, ticket_number)
);

-- Replies carry their thread root's comment id in thread_id (contract §7.1).
CREATE TABLE comments (
  tenant uuid NOT NULL REFERENCES tenants,
  comment_id uuid PRIMARY KEY,
  ticket_id uuid NOT NULL REFERENCES tickets ON DELETE CASCADE,
  user_id uuid REFERENCES users,
  contact_id uuid REFERENCES contacts,
  note text NOT NULL,
  markdown_content text,
  is_internal boolean NOT NULL DEFAULT false,
  is_resolution boolean NOT NULL DEFAULT false,
  author_type text NOT NULL DEFAULT 'unknown',
  thread_id uuid,
  parent_comment_id uuid REFERENCES comments,
  deleted_at timestamptz,
  metadata jsonb,
  is_system_generated boolean NOT NULL DEFAULT false,
  publish_state text NOT NULL DEFAULT 'published',
  scheduled_publish_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE tag_definitions (
  tenant uuid NOT NULL REFERENCES tenants,
  tag_id uuid PRIMARY KEY,
  tag_text text NOT NULL,
  tagged_type text NOT NULL DEFAULT 'ticket',
  background_color text,
  text_color text
);

CREATE TABLE tag_mappings (
  tenant uuid NOT NULL REFERENCES tenants,
  mapping_id uuid PRIMARY KEY,
  tag_id uuid NOT NULL REFERENCES tag_definitions,
  tagged_id uuid NOT NULL,
  tagged_type text NOT NULL DEFAULT 'ticket'
);

CREATE TABLE service_catalog (
  tenant uuid NOT NULL REFERENCES tenants,
  service_id uuid PRIMARY KEY,
  service_name text NOT NULL,
  description text,
  billing_method text NOT NULL DEFAULT 'hourly',
  default_rate numeric NOT NULL DEFAULT 0,
  unit_of_measure text NOT NULL DEFAULT 'hour',
  item_kind text NOT NULL DEFAULT 'service',
  is_active boolean NOT NULL DEFAULT true,
  sku text
);

-- Periods are half-open [start_date, end_date).
CREATE TABLE time_periods (
  tenant uuid NOT NULL REFERENCES tenants,
  period_id uuid PRIMARY KEY,
  start_date date NOT NULL,
  end_date date NOT NULL
);

CREATE TABLE time_sheets (
  tenant uuid NOT NULL REFERENCES tenants,
  id uuid PRIMARY KEY,
  period_id uuid NOT NULL REFERENCES time_periods,
  user_id uuid NOT NULL REFERENCES users,
  approval_status text NOT NULL DEFAULT 'DRAFT',
  submitted_at timestamptz,
  approved_at timestamptz,
  UNIQUE (period_id, user_id)
);

CREATE TABLE time_entries (
  tenant uuid NOT NULL REFERENCES tenants,
  entry_id uuid PRIMARY KEY,
  work_item_id uuid,
  work_item_type text NOT NULL,
  start_time timestamptz NOT NULL,
  end_time timestamptz NOT NULL,
  notes text,
  user_id uuid NOT NULL REFERENCES users,
  billable_duration integer NOT NULL,
  time_sheet_id uuid REFERENCES time_sheets,
  approval_status text NOT NULL DEFAULT 'DRAFT',
  service_id uuid REFERENCES service_catalog,
  tax_region text,
  contract_line_id uuid,
  tax_rate_id uuid,
  work_date date,
  work_timezone text,
  created_by uuid REFERENCES users,
  updated_by uuid REFERENCES users,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
