-- Columns the create-ticket form's reference lists answer (field-kit contract §1.2). The tickets columns the create
-- fills (billing_profile_id, itil_*) come with 030_field_kit_schema.sql. IF NOT EXISTS: other migrations may add
-- some of the same real columns.

ALTER TABLE boards
  ADD COLUMN IF NOT EXISTS description text,
  ADD COLUMN IF NOT EXISTS is_inactive boolean NOT NULL DEFAULT false,
  ADD COLUMN IF NOT EXISTS category_type text NOT NULL DEFAULT 'custom',
  ADD COLUMN IF NOT EXISTS priority_type text NOT NULL DEFAULT 'custom',
  ADD COLUMN IF NOT EXISTS display_itil_impact boolean NOT NULL DEFAULT false,
  ADD COLUMN IF NOT EXISTS display_itil_urgency boolean NOT NULL DEFAULT false,
  ADD COLUMN IF NOT EXISTS default_assigned_to uuid REFERENCES users,
  ADD COLUMN IF NOT EXISTS enable_live_ticket_timer boolean NOT NULL DEFAULT false;

ALTER TABLE priorities
  ADD COLUMN IF NOT EXISTS created_by uuid REFERENCES users,
  ADD COLUMN IF NOT EXISTS created_at timestamptz NOT NULL DEFAULT now(),
  ADD COLUMN IF NOT EXISTS updated_at timestamptz NOT NULL DEFAULT now();

ALTER TABLE clients
  ADD COLUMN IF NOT EXISTS client_type text,
  ADD COLUMN IF NOT EXISTS properties jsonb,
  ADD COLUMN IF NOT EXISTS billing_cycle text NOT NULL DEFAULT 'monthly',
  ADD COLUMN IF NOT EXISTS account_manager_id uuid REFERENCES users,
  ADD COLUMN IF NOT EXISTS is_tax_exempt boolean NOT NULL DEFAULT false,
  ADD COLUMN IF NOT EXISTS credit_balance numeric NOT NULL DEFAULT 0,
  ADD COLUMN IF NOT EXISTS notes text;

ALTER TABLE client_locations
  ADD COLUMN IF NOT EXISTS address_line2 text,
  ADD COLUMN IF NOT EXISTS address_line3 text,
  ADD COLUMN IF NOT EXISTS state_province text,
  ADD COLUMN IF NOT EXISTS postal_code text,
  ADD COLUMN IF NOT EXISTS country_code text NOT NULL DEFAULT 'US',
  ADD COLUMN IF NOT EXISTS country_name text NOT NULL DEFAULT 'United States',
  ADD COLUMN IF NOT EXISTS region_code text,
  ADD COLUMN IF NOT EXISTS is_billing_address boolean NOT NULL DEFAULT false,
  ADD COLUMN IF NOT EXISTS is_shipping_address boolean NOT NULL DEFAULT false,
  ADD COLUMN IF NOT EXISTS phone_extension text,
  ADD COLUMN IF NOT EXISTS fax text,
  ADD COLUMN IF NOT EXISTS fax_extension text,
  ADD COLUMN IF NOT EXISTS notes text,
  ADD COLUMN IF NOT EXISTS is_active boolean NOT NULL DEFAULT true,
  ADD COLUMN IF NOT EXISTS default_billing_profile_id uuid,
  ADD COLUMN IF NOT EXISTS created_at timestamptz NOT NULL DEFAULT now(),
  ADD COLUMN IF NOT EXISTS updated_at timestamptz NOT NULL DEFAULT now();

ALTER TABLE contacts
  ADD COLUMN IF NOT EXISTS notes text;

ALTER TABLE categories
  ADD COLUMN IF NOT EXISTS display_order integer NOT NULL DEFAULT 0,
  ADD COLUMN IF NOT EXISTS created_by uuid REFERENCES users,
  ADD COLUMN IF NOT EXISTS created_at timestamptz NOT NULL DEFAULT now();
