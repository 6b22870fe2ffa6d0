import type { FastifyInstance, FastifyRequest } from "fastify";
import type { SandboxContext } from "../context";
import { clientIp } from "../auth/rate-limiter";
import { newId, newOneTimeToken, sha256Hex } from "../auth/tokens";
import { findWebSession } from "../auth/web-session";
import { requestOrigin } from "../http/request-origin";

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * The real server accepts `alga:`, `exp:` and `https:` redirects whose path ends in /auth/callback
 * (or exactly `alga://auth/callback`), for any host (contract §3.2).
 * LABELLED DEVIATION: the sandbox also accepts `http:` on a loopback host, so the app can run on a
 * developer's machine. The real server refuses every `http:` redirect.
 */
export function isAllowedRedirect(redirect: string): boolean {
  let url: URL;
  try {
    url = new URL(redirect);
  } catch {
    return false;
  }
  const scheme = url.protocol.toLowerCase();
  const schemeAllowed =
    ["alga:", "exp:", "https:"].includes(scheme) || (scheme === "http:" && LOOPBACK_HOSTS.has(url.hostname.toLowerCase()));
  const pathAllowed = (url.host === "auth" && url.pathname === "/callback") || url.pathname.endsWith("/auth/callback");
  return schemeAllowed && pathAllowed;
}

function withParams(redirect: string, params: Record<string, string>): string {
  const url = new URL(redirect);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.toString();
}

/** `GET /auth/mobile/handoff`: always a 302, checks in the real server's order (contract §3.2). */
export function registerHandoff(app: FastifyInstance, context: SandboxContext): void {
  app.get("/auth/mobile/handoff", async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const redirect = typeof query.redirect === "string" ? query.redirect : "";
    const state = typeof query.state === "string" ? query.state : "";
    if (!redirect || !state) return reply.redirect("/auth/signin", 302);
    if (!isAllowedRedirect(redirect)) return reply.redirect("/auth/signin?error=invalid_redirect", 302);

    const session = await findWebSession(context.db, request);
    if (!session) {
      const handoffUrl = `${requestOrigin(request)}${request.url}`;
      return reply.redirect(`/auth/signin?callbackUrl=${encodeURIComponent(handoffUrl)}`, 302);
    }
    if (session.userType === "client") return reply.redirect(withParams(redirect, { error: "client_not_allowed", state }), 302);

    const ip = clientIp(request.headers);
    const limitKey = ip ? `${session.tenant}:${session.userId}:${ip}` : `${session.tenant}:${session.userId}`;
    if (!context.limiters.ottIssue.consume(limitKey).allowed) {
      context.log("handoff refused: rate limited");
      return reply.redirect(withParams(redirect, { error: "rate_limited", state }), 302);
    }

    const ott = await issueOneTimeToken(context, request, session, state);
    context.log("handoff issued a one-time token");
    return reply.header("Cache-Control", "no-store").redirect(withParams(redirect, { ott, state }), 302);
  });
}

async function issueOneTimeToken(
  context: SandboxContext,
  request: FastifyRequest,
  session: { sessionId: string; userId: string; tenant: string },
  state: string,
): Promise<string> {
  const ott = newOneTimeToken();
  const expiresAt = new Date(Date.now() + context.mobileAuthConfig().ottTtlSec * 1000);
  await context.db.query(
    `INSERT INTO mobile_auth_otts (mobile_auth_ott_id, tenant, user_id, session_id, ott_hash, state, expires_at, metadata)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      newId(),
      session.tenant,
      session.userId,
      session.sessionId,
      sha256Hex(ott),
      state,
      expiresAt,
      JSON.stringify({ issuedFromHost: request.headers.host ?? null, userAgent: request.headers["user-agent"] ?? null }),
    ],
  );
  return ott;
}
