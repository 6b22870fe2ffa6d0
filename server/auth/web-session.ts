import type { FastifyReply, FastifyRequest } from "fastify";
import type { Database } from "../db/database";
import { readCookie, sessionCookie } from "../http/cookies";
import { newId, newWebSessionToken, sha256Hex } from "./tokens";

export const WEB_SESSION_COOKIE = "alga_sandbox_session";
const WEB_SESSION_TTL_MS = 30 * 86_400_000;

export interface WebSession {
  sessionId: string;
  userId: string;
  tenant: string;
  userType: "internal" | "client";
}

/** The sandbox's stand-in for a NextAuth session: a row plus an HttpOnly cookie. */
export async function createWebSession(db: Database, reply: FastifyReply, user: { user_id: string; tenant: string }): Promise<void> {
  const token = newWebSessionToken();
  await db.query("INSERT INTO web_sessions (session_id, tenant, user_id, token_hash, expires_at) VALUES ($1, $2, $3, $4, $5)", [
    newId(),
    user.tenant,
    user.user_id,
    sha256Hex(token),
    new Date(Date.now() + WEB_SESSION_TTL_MS),
  ]);
  reply.header("Set-Cookie", sessionCookie(WEB_SESSION_COOKIE, token));
}

/** The caller's live session (unrevoked, unexpired, active user), if any. */
export async function findWebSession(db: Database, request: FastifyRequest): Promise<WebSession | undefined> {
  const token = readCookie(request, WEB_SESSION_COOKIE);
  if (!token) return undefined;
  const { rows } = await db.query<{ session_id: string; user_id: string; tenant: string; user_type: "internal" | "client" }>(
    `SELECT s.session_id, s.user_id, s.tenant, u.user_type FROM web_sessions s JOIN users u ON u.user_id = s.user_id
     WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND NOT u.is_inactive`,
    [sha256Hex(token)],
  );
  const row = rows[0];
  return row && { sessionId: row.session_id, userId: row.user_id, tenant: row.tenant, userType: row.user_type };
}

export async function revokeWebSession(db: Database, sessionId: string): Promise<void> {
  await db.query("UPDATE web_sessions SET revoked_at = now() WHERE session_id = $1", [sessionId]);
}

export async function isWebSessionLive(db: Database, sessionId: string): Promise<boolean> {
  const { rows } = await db.query("SELECT 1 FROM web_sessions WHERE session_id = $1 AND revoked_at IS NULL AND expires_at > now()", [
    sessionId,
  ]);
  return rows.length > 0;
}
