import type { Transaction } from "@electric-sql/pglite";
import type { MobileAuthConfig } from "./mobile-auth-config";
import { newAccessToken, newId, newRefreshToken, sha256Hex } from "./tokens";

export interface Device {
  platform?: string;
  appVersion?: string;
  buildVersion?: string;
  deviceId?: string;
}

export interface MintedSession {
  accessToken: string;
  refreshToken: string;
  refreshTokenId: string;
}

/**
 * Mints an access token (an ordinary API key) and a refresh token bound to it (contract §3.4, §3.5).
 * Throws when the user can no longer hold a key (inactive or client portal): a 500, as on the real server.
 */
export async function mintMobileSession(
  tx: Transaction,
  user: { userId: string; tenant: string },
  config: MobileAuthConfig,
  description: string,
  device: Device | undefined,
): Promise<MintedSession> {
  const { rows } = await tx.query<{ user_type: string; is_inactive: boolean }>(
    "SELECT user_type, is_inactive FROM users WHERE user_id = $1",
    [user.userId],
  );
  const owner = rows[0];
  if (!owner || owner.is_inactive || owner.user_type !== "internal")
    throw new Error("API keys can only be issued to active internal users");

  const accessToken = newAccessToken();
  const refreshToken = newRefreshToken();
  const apiKeyId = newId();
  const refreshTokenId = newId();
  const now = Date.now();
  await tx.query(
    `INSERT INTO api_keys (api_key_id, tenant, user_id, api_key, description, purpose, expires_at) VALUES ($1, $2, $3, $4, $5, 'mobile_session', $6)`,
    [apiKeyId, user.tenant, user.userId, sha256Hex(accessToken), description, new Date(now + config.accessTtlSec * 1000)],
  );
  await tx.query(
    `INSERT INTO mobile_refresh_tokens (mobile_refresh_token_id, tenant, user_id, api_key_id, token_hash, expires_at, device_id, device)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      refreshTokenId,
      user.tenant,
      user.userId,
      apiKeyId,
      sha256Hex(refreshToken),
      new Date(now + config.refreshTtlSec * 1000),
      device?.deviceId ?? null,
      device ? JSON.stringify(device) : null,
    ],
  );
  return { accessToken, refreshToken, refreshTokenId };
}
