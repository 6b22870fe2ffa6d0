import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import type { SandboxContext } from "../context";
import { mintMobileSession } from "../auth/mobile-session";
import { clientIp, type RateLimiter } from "../auth/rate-limiter";
import { sha256Hex } from "../auth/tokens";
import { isWebSessionLive } from "../auth/web-session";
import { ApiError, parseOrThrow, unauthorized } from "../http/api-error";
import { jsonBodyOrEmpty } from "../http/request-body";

const deviceSchema = z.object({
  platform: z.string().optional(),
  appVersion: z.string().optional(),
  buildVersion: z.string().optional(),
  deviceId: z.string().optional(),
});
const exchangeSchema = z.object({ ott: z.string().min(1), state: z.string().min(1), device: deviceSchema.optional() });
const refreshSchema = z.object({ refreshToken: z.string().min(1), device: deviceSchema.optional() });
const revokeSchema = z.object({ refreshToken: z.string().min(1) });

const EXCHANGE_LIMITED = "Too many mobile login attempts. Please try again shortly.";
const REFRESH_LIMITED = "Too many refresh attempts. Please try again shortly.";

function limit(limiter: RateLimiter, key: string, message: string): void {
  const result = limiter.consume(key);
  if (!result.allowed) throw new ApiError(429, "RATE_LIMITED", message, { msBeforeNext: result.msBeforeNext });
}

// Clients without X-Forwarded-For / X-Real-IP all share one bucket, as on the real server (contract §3.4).
const ipKey = (request: FastifyRequest) => clientIp(request.headers) ?? "unknown";

/** Capabilities, exchange, refresh, revoke: bare JSON, no x-api-key (contract §3.3–§3.5). */
export function registerMobileAuth(app: FastifyInstance, context: SandboxContext): void {
  app.get("/api/v1/mobile/auth/capabilities", async () => {
    const config = context.mobileAuthConfig();
    return {
      // The sandbox plays an Enterprise server without OAuth clients configured.
      enabled: true,
      providers: { microsoft: false, google: false },
      ...(config.hostAllowlist.length > 0 ? { hostedDomainAllowlist: config.hostAllowlist } : {}),
      accessTtlSec: config.accessTtlSec,
      refreshTtlSec: config.refreshTtlSec,
      ottTtlSec: config.ottTtlSec,
    };
  });

  app.post("/api/v1/mobile/auth/exchange", async (request) => {
    limit(context.limiters.exchange, ipKey(request), EXCHANGE_LIMITED);
    const body = parseOrThrow(exchangeSchema, jsonBodyOrEmpty(request));
    const consumed = await context.db.query<{ tenant: string; user_id: string; session_id: string | null }>(
      `UPDATE mobile_auth_otts SET used_at = now(), device_id = $3
       WHERE ott_hash = $1 AND state = $2 AND used_at IS NULL AND expires_at > now()
       RETURNING tenant, user_id, session_id`,
      [sha256Hex(body.ott), body.state, body.device?.deviceId ?? null],
    );
    const ott = consumed.rows[0];
    if (!ott) throw unauthorized("Invalid or expired one-time token");
    // After consumption: a 429 here burns the one-time token, as on the real server.
    limit(context.limiters.exchange, `${ott.tenant}:${ott.user_id}`, EXCHANGE_LIMITED);
    if (ott.session_id && !(await isWebSessionLive(context.db, ott.session_id))) throw unauthorized("Login session is no longer valid");

    const config = context.mobileAuthConfig();
    const session = await context.db.transaction((tx) =>
      mintMobileSession(tx, { userId: ott.user_id, tenant: ott.tenant }, config, "Mobile session", body.device),
    );
    context.log("mobile exchange issued a session");
    return {
      accessToken: session.accessToken,
      refreshToken: session.refreshToken,
      expiresInSec: config.accessTtlSec,
      tenantId: ott.tenant,
      user: await sessionUser(context, ott.user_id),
    };
  });

  app.post("/api/v1/mobile/auth/refresh", async (request) => {
    limit(context.limiters.refresh, ipKey(request), REFRESH_LIMITED);
    const body = parseOrThrow(refreshSchema, jsonBodyOrEmpty(request));
    const config = context.mobileAuthConfig();
    // PGlite runs one transaction at a time and the row is locked FOR UPDATE: of two concurrent
    // refreshes with one token, the second sees it revoked and gets 401 (contract §3.5).
    const rotated = await context.db.transaction(async (tx) => {
      const { rows } = await tx.query<{ mobile_refresh_token_id: string; tenant: string; user_id: string; api_key_id: string | null }>(
        `SELECT mobile_refresh_token_id, tenant, user_id, api_key_id FROM mobile_refresh_tokens
         WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > now() FOR UPDATE`,
        [sha256Hex(body.refreshToken)],
      );
      const current = rows[0];
      if (!current) throw unauthorized("Invalid or expired refresh token");
      limit(context.limiters.refresh, `${current.tenant}:${current.user_id}`, REFRESH_LIMITED);
      const next = await mintMobileSession(
        tx,
        { userId: current.user_id, tenant: current.tenant },
        config,
        "Mobile session (refresh)",
        body.device,
      );
      await tx.query(
        "UPDATE mobile_refresh_tokens SET revoked_at = now(), replaced_by_id = $2, last_used_at = now() WHERE mobile_refresh_token_id = $1",
        [current.mobile_refresh_token_id, next.refreshTokenId],
      );
      return { next, oldApiKeyId: current.api_key_id };
    });
    // The previous access token dies right after the rotation commits.
    if (rotated.oldApiKeyId) await context.db.query("UPDATE api_keys SET active = false WHERE api_key_id = $1", [rotated.oldApiKeyId]);
    context.log("mobile refresh rotated a session");
    return { accessToken: rotated.next.accessToken, refreshToken: rotated.next.refreshToken, expiresInSec: config.accessTtlSec };
  });

  app.post("/api/v1/mobile/auth/revoke", async (request) => {
    const body = parseOrThrow(revokeSchema, jsonBodyOrEmpty(request));
    const { rows } = await context.db.query<{ api_key_id: string | null }>(
      `UPDATE mobile_refresh_tokens SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > now() RETURNING api_key_id`,
      [sha256Hex(body.refreshToken)],
    );
    const apiKeyId = rows[0]?.api_key_id;
    if (apiKeyId) await context.db.query("UPDATE api_keys SET active = false WHERE api_key_id = $1", [apiKeyId]);
    // Unknown, expired and already revoked tokens are accepted silently.
    return { ok: true };
  });
}

async function sessionUser(context: SandboxContext, userId: string) {
  const { rows } = await context.db.query<{
    first_name: string | null;
    last_name: string | null;
    email: string | null;
    image: string | null;
  }>("SELECT first_name, last_name, email, image FROM users WHERE user_id = $1", [userId]);
  const user = rows[0];
  if (!user) return { id: userId };
  const name = [user.first_name, user.last_name].filter(Boolean).join(" ");
  return {
    id: userId,
    ...(user.email ? { email: user.email } : {}),
    ...(name ? { name } : {}),
    ...(user.image ? { avatarUrl: user.image } : {}),
  };
}
