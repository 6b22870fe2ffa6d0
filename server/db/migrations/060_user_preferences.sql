-- User preferences (awareness contract §6.2): one row per setting, the value stored as text (JSON when it parses).
CREATE TABLE user_preferences (
  tenant uuid NOT NULL REFERENCES tenants,
  user_id uuid NOT NULL REFERENCES users ON DELETE CASCADE,
  setting_name text NOT NULL,
  setting_value text,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, setting_name)
);
