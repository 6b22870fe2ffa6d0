/**
 * The Content-Security-Policy directives the built app's meta tag and the sandbox's header share, so
 * the two cannot drift. Each adds what only it can carry (a meta cannot carry frame-ancestors).
 */
export const SHARED_CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // The app may talk to any Alga server over https, and to a sandbox on a developer's machine.
  "connect-src 'self' https: http://localhost:* http://127.0.0.1:*",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
];
