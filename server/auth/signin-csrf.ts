import type { FastifyReply, FastifyRequest } from "fastify";
import { randomBytes } from "node:crypto";
import { readCookie } from "../http/cookies";
import { requestOrigin } from "../http/request-origin";
import { sameSecret } from "./tokens";

const CSRF_COOKIE = "alga_sandbox_csrf";

/**
 * A double-submit token on the web sign-in form, as NextAuth has (its `csrfToken`): a form posted from
 * another site cannot know the cookie's value, so it cannot sign the developer's browser in as someone
 * else (login CSRF). The form's page keeps the token the browser already has, so two
 * sign-in tabs both work.
 */
export function signInCsrfToken(request: FastifyRequest, reply: FastifyReply): string {
  const token = readCookie(request, CSRF_COOKIE) ?? randomBytes(32).toString("base64url");
  reply.header("Set-Cookie", `${CSRF_COOKIE}=${token}; HttpOnly; SameSite=Lax; Path=/auth/msp`);
  return token;
}

/**
 * Whether a posted sign-in form comes from this sandbox's own page. The token alone does not prove it:
 * cookies are not kept apart by port, so a page on another port of the same machine can plant a token it
 * knows. Browsers send Origin with every form POST; one naming another origin, or "null" (a page hiding
 * its own), is refused. A caller with no Origin is not a browser, and no page can make it post.
 */
export function isFromSignInPage(request: FastifyRequest, form: URLSearchParams): boolean {
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== requestOrigin(request)) return false;
  const cookie = readCookie(request, CSRF_COOKIE);
  const sent = form.get("csrfToken");
  return Boolean(cookie && sent && sameSecret(sent, cookie));
}
