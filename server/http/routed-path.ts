import type { FastifyRequest } from "fastify";

/** The path without its query, percent-decoded as the router decodes it; a malformed escape is kept as sent. */
export function decodedPath(request: FastifyRequest): string {
  const raw = request.url.split("?")[0] ?? "/";
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * The route the router matched (`/api/v1/tickets/:id`), else the decoded path. Checks that pick requests
 * by path use this, never the raw URL: `/%61pi/v1/tickets` reaches the `/api/v1/tickets` handler while its
 * raw URL does not start with `/api/`.
 */
export function routedPath(request: FastifyRequest): string {
  return request.routeOptions.url ?? decodedPath(request);
}
