import type { FastifyRequest } from "fastify";

/**
 * The origin the caller used, from its Host header, as the real server builds its redirects (contract §3.2).
 * A Host that is not a plain `name[:port]` (a path, userinfo, a scheme smuggled in) falls back to localhost,
 * so nothing a caller sends can turn into another URL in config.json or a redirect.
 */
export function requestOrigin(request: FastifyRequest): string {
  const host = request.headers.host ?? "";
  try {
    if (host && new URL(`http://${host}`).host === host.toLowerCase()) return `http://${host}`;
  } catch {
    // Not a host at all: same as none.
  }
  return "http://localhost";
}
