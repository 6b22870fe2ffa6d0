import type { FastifyInstance, FastifyReply } from "fastify";
import { SANDBOX_CSP_DIRECTIVES } from "../../scripts/content-security-policy";

const CSP_DIRECTIVES = [...SANDBOX_CSP_DIRECTIVES, "frame-ancestors 'none'"];

const STRICT_CSP = [...CSP_DIRECTIVES, "form-action 'self'"].join("; ");
// The sign-in form omits form-action: Chrome applies form-action to every redirect after the form
// POST, and that chain ends on the app's /auth/callback, which may be on another origin.
const SIGN_IN_FORM_CSP = CSP_DIRECTIVES.join("; ");

/**
 * Marks a reply as the sandbox sign-in form, which gets the CSP without form-action, and a referrer policy that
 * lets its own POST carry its Origin: under no-referrer Chromium sends "Origin: null", which the sign-in's
 * origin check (signin-csrf.ts) must refuse. Same-origin still sends nothing to other sites.
 */
export function useSignInFormPolicy(reply: FastifyReply): void {
  reply.header("Content-Security-Policy", SIGN_IN_FORM_CSP);
  reply.header("Referrer-Policy", "same-origin");
}

export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook("onSend", async (_request, reply, payload) => {
    if (!reply.hasHeader("Content-Security-Policy")) reply.header("Content-Security-Policy", STRICT_CSP);
    // The one-time token travels in URLs; no-referrer keeps it from leaking to other sites.
    if (!reply.hasHeader("Referrer-Policy")) reply.header("Referrer-Policy", "no-referrer");
    reply.header("X-Content-Type-Options", "nosniff");
    reply.header("X-Frame-Options", "DENY");
    // As the README asks of a host (no HSTS: the sandbox speaks http). The opener policy keeps a page this
    // one opens, or that opened it, from reaching its window.
    reply.header("Cross-Origin-Opener-Policy", "same-origin");
    reply.header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
    return payload;
  });
}
