/**
 * The app's Content-Security-Policy, one list for the built index.html's <meta>, the sandbox's header, the
 * bench's static host and deploy/security-headers.conf's header (deploy/content-security-policy.test.ts
 * compares that file and the README with it). Each adds what only it can carry: a meta cannot carry
 * frame-ancestors.
 */
export const SHARED_CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // The app may talk to any Alga server over https (a deployment narrows it to its own: write-config.sh).
  "connect-src 'self' https:",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  // No string reaches an HTML or script sink: server HTML only through the sanitiser's policy, the service
  // worker's URL only through the app's (sanitize-html.ts, register-service-worker.ts).
  "require-trusted-types-for 'script'",
  "trusted-types dompurify alga-service-worker",
];

/** The policy of the built index.html's <meta>. */
export const metaPolicy = (directives = SHARED_CSP_DIRECTIVES) => [...directives, "form-action 'self'"].join("; ");

/** The policy a static host sends as a header (README, "Deploying"). */
export const headerPolicy = (directives = SHARED_CSP_DIRECTIVES) =>
  [...directives, "frame-ancestors 'none'", "form-action 'self'"].join("; ");

/**
 * A sandbox (`npm start`, the tests) is the Alga server on a developer's machine, over http on a loopback
 * address, which the app allows there only. Its own header and the index.html it serves add these to
 * connect-src; a build never carries them.
 */
export const LOOPBACK_SOURCES = "http://localhost:* http://127.0.0.1:*";

export const SANDBOX_CSP_DIRECTIVES = SHARED_CSP_DIRECTIVES.map((directive) =>
  directive.startsWith("connect-src ") ? `${directive} ${LOOPBACK_SOURCES}` : directive,
);
