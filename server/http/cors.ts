import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { routedPath } from "./routed-path";

// The real server's fixed lists (contract §2). The allowed headers are never echoed from the
// request, so a browser request with any other custom header fails, as it would in production.
const ALLOW_METHODS = "GET,POST,PUT,PATCH,DELETE,OPTIONS";
const ALLOW_HEADERS = "Content-Type,Authorization,X-API-Key,X-Tenant-ID,X-Request-ID,X-Idempotency-Key";

/**
 * Answers every OPTIONS with 204 and adds the actual-response headers to /api/*. Never for the test
 * control interface: no website may call it from a browser.
 */
export function registerCors(app: FastifyInstance): void {
  app.addHook("onRequest", async (request, reply) => {
    const origin = request.headers.origin;
    if (routedPath(request).startsWith("/__sandbox/")) return;
    if (request.method === "OPTIONS") {
      reply.header("Access-Control-Allow-Origin", origin ?? "*");
      reply.header("Access-Control-Allow-Methods", ALLOW_METHODS);
      reply.header("Access-Control-Allow-Headers", ALLOW_HEADERS);
      reply.header("Access-Control-Allow-Credentials", "true");
      reply.header("Access-Control-Max-Age", "86400");
      if (origin) reply.header("Vary", "Origin, Access-Control-Request-Headers");
      return reply.code(204).send();
    }
    if (isCorsPath(request)) addActualResponseHeaders(request, reply);
  });
}

function isCorsPath(request: FastifyRequest): boolean {
  return routedPath(request).startsWith("/api/");
}

function addActualResponseHeaders(request: FastifyRequest, reply: FastifyReply): void {
  reply.header("Access-Control-Allow-Origin", request.headers.origin ?? "*");
  reply.header("Access-Control-Allow-Credentials", "true");
  reply.header("Vary", "Origin");
}
