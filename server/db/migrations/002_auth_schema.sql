-- Sign-in state. Every secret is stored as its SHA-256 hex digest, never in clear (contract §3.2, §3.5).

-- The sandbox's stand-in for NextAuth's sessions.
CREATE TABLE web_sessions (
  session_id uuid PRIMARY KEY,
  tenant uuid NOT NULL REFERENCES tenants,
  user_id uuid NOT NULL REFERENCES users,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz
);

CREATE TABLE api_keys (
  api_key_id uuid PRIMARY KEY,
  tenant uuid NOT NULL REFERENCES tenants,
  user_id uuid NOT NULL REFERENCES users,
  api_key text NOT NULL UNIQUE,
  description text,
  purpose text,
  active boolean NOT NULL DEFAULT true,
  expires_at timestamptz,
  last_used_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE mobile_auth_otts (
  mobile_auth_ott_id uuid PRIMARY KEY,
  tenant uuid NOT NULL REFERENCES tenants,
  user_id uuid NOT NULL REFERENCES users,
  session_id uuid REFERENCES web_sessions,
  ott_hash text NOT NULL UNIQUE,
  state text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  device_id text,
  metadata jsonb
);

CREATE TABLE mobile_refresh_tokens (
  mobile_refresh_token_id uuid PRIMARY KEY,
  tenant uuid NOT NULL REFERENCES tenants,
  user_id uuid NOT NULL REFERENCES users,
  api_key_id uuid REFERENCES api_keys,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  replaced_by_id uuid REFERENCES mobile_refresh_tokens,
  last_used_at timestamptz,
  device_id text,
  device jsonb
);
