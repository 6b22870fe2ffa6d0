import type { FastifyReply, FastifyRequest } from "fastify";
import { randomBytes } from "node:crypto";
import { readCookie } from "../http/cookies";
import { sameSecret } from "./tokens";

const CSRF_COOKIE = "alga_sandbox_csrf";

/**
 * A double-submit token on the web sign-in form, as NextAuth has (its `csrfToken`): a form posted from
 * another site cannot know the cookie's value, so it cannot sign the developer's browser in as someone
 * else (login CSRF, security review S2). The form's page keeps the token the browser already has, so two
 * sign-in tabs both work.
 */
export function signInCsrfToken(request: FastifyRequest, reply: FastifyReply): string {
  const token = readCookie(request, CSRF_COOKIE) ?? randomBytes(32).toString("base64url");
  reply.header("Set-Cookie", `${CSRF_COOKIE}=${token}; HttpOnly; SameSite=Lax; Path=/auth/msp`);
  return token;
}

export function hasSignInCsrfToken(request: FastifyRequest, form: URLSearchParams): boolean {
  const cookie = readCookie(request, CSRF_COOKIE);
  const sent = form.get("csrfToken");
  return Boolean(cookie && sent && sameSecret(sent, cookie));
}
