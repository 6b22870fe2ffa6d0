/**
 * Navigations the service worker leaves to the network: server pages that share the origin with the
 * sandbox (sign-in, handoff, API, test control), or the second sign-in would land on the app shell.
 * /auth/callback, with or without its query, stays with the app: answered from the precached shell,
 * the one-time token in its address never reaches the static host's logs or HTTP cache.
 * Workbox tests these against pathname + search.
 */
export const navigationDenylist = [/^\/api\//, /^\/auth\/(?!callback(?:\?|$))/, /^\/__sandbox\//];
