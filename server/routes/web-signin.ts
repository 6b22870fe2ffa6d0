import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { SandboxContext } from "../context";
import { verifyPassword } from "../auth/password";
import { isFromSignInPage, signInCsrfToken } from "../auth/signin-csrf";
import { createWebSession, findWebSession } from "../auth/web-session";
import { formBody } from "../http/request-body";
import { requestOrigin } from "../http/request-origin";
import { useSignInFormPolicy } from "../http/security-headers";
import { invalidRedirectPage, signInFormPage } from "./signin-page";

const stylesheet = fileURLToPath(new URL("../static/signin.css", import.meta.url));

/** NextAuth only follows callback URLs on its own origin; anything else is ignored. */
export function sameOriginUrl(request: FastifyRequest, candidate: string | undefined): string | undefined {
  if (!candidate) return undefined;
  try {
    const url = new URL(candidate, requestOrigin(request));
    return url.origin === requestOrigin(request) ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

function queryValue(request: FastifyRequest, name: string): string | undefined {
  const value = (request.query as Record<string, unknown>)[name];
  return typeof value === "string" ? value : undefined;
}

function sendPage(reply: FastifyReply, html: string, status = 200): FastifyReply {
  return reply.code(status).header("Cache-Control", "no-store").type("text/html; charset=utf-8").send(html);
}

/** The sandbox's web sign-in, standing in for NextAuth's `/auth/signin` and `/auth/msp/signin`. */
export function registerWebSignIn(app: FastifyInstance, context: SandboxContext): void {
  app.get("/auth/signin", async (request, reply) => {
    if (queryValue(request, "error") === "invalid_redirect") return sendPage(reply, invalidRedirectPage());
    const callbackUrl = queryValue(request, "callbackUrl");
    if (await findWebSession(context.db, request)) return reply.redirect(sameOriginUrl(request, callbackUrl) ?? "/", 302);
    const target = callbackUrl ? `/auth/msp/signin?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/auth/msp/signin";
    return reply.redirect(target, 302);
  });

  app.get("/auth/msp/signin", async (request, reply) => {
    useSignInFormPolicy(reply);
    return sendPage(reply, signInFormPage({ callbackUrl: queryValue(request, "callbackUrl"), csrfToken: signInCsrfToken(request, reply) }));
  });

  app.post("/auth/msp/signin", async (request, reply) => {
    const form = formBody(request);
    const callbackUrl = form.get("callbackUrl") ?? undefined;
    const refuse = (status: number, error: string) => {
      useSignInFormPolicy(reply);
      const page = signInFormPage({ callbackUrl, email: form.get("email") ?? "", error, csrfToken: signInCsrfToken(request, reply) });
      return sendPage(reply, page, status);
    };
    // Keyed by the socket address, which a caller cannot spoof as it can X-Forwarded-For.
    const limiter = context.limiters.webSignInFailures;
    const waitMs = limiter.msBlocked(request.ip);
    if (waitMs > 0) return refuse(429, `Too many failed sign-ins. Try again in ${Math.ceil(waitMs / 60_000)} min.`);
    // Not counted as a failure: another site could then lock the developer out.
    if (!isFromSignInPage(request, form)) return refuse(403, "This sign-in page has expired. Sign in again.");
    const { rows } = await context.db.query<{ user_id: string; tenant: string; hashed_password: string }>(
      "SELECT user_id, tenant, hashed_password FROM users WHERE lower(email) = $1 AND NOT is_inactive",
      [(form.get("email") ?? "").trim().toLowerCase()],
    );
    const user = rows[0];
    if (!user || !(await verifyPassword(form.get("password") ?? "", user.hashed_password))) {
      limiter.consume(request.ip);
      return refuse(401, "That email and password do not match. Check them and try again.");
    }
    await createWebSession(context.db, reply, user);
    context.log("web sign-in succeeded");
    return reply.redirect(sameOriginUrl(request, callbackUrl) ?? "/auth/signin", 303);
  });

  app.get("/auth/msp/signin.css", async (_request, reply) => {
    return reply
      .header("Cache-Control", "no-cache")
      .type("text/css; charset=utf-8")
      .send(await readFile(stylesheet));
  });
}
