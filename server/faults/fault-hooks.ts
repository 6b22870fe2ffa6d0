import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { SandboxContext } from "../context";
import { decodedPath, routedPath } from "../http/routed-path";
import { routeMatches, type FaultState } from "./fault-settings";

const MUTATIONS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const FAILURE_CODES: Record<number, string> = {
  401: "UNAUTHORIZED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  409: "CONFLICT",
  429: "RATE_LIMITED",
};

const isApiCall = (request: FastifyRequest) => routedPath(request).startsWith("/api/") && request.method !== "OPTIONS";

function latencyFor(faults: FaultState, method: string, pathname: string): number {
  const latency = faults.settings.latencyMs;
  if (typeof latency === "number") return latency;
  if (!latency) return 0;
  return Object.entries(latency).find(([pattern]) => routeMatches(pattern, method, pathname))?.[1] ?? 0;
}

function destroyConnection(request: FastifyRequest, reply: FastifyReply): void {
  reply.hijack();
  request.raw.socket.destroy();
}

/** Injected faults for API calls (test control only; nothing is set unless a test asks). */
export function registerFaults(app: FastifyInstance, context: SandboxContext): void {
  const { faults, log } = context;

  app.addHook("onRequest", async (request, reply) => {
    if (!isApiCall(request)) return;
    const pathname = decodedPath(request);
    const where = `${request.method} ${pathname}`;
    if (faults.settings.offline) {
      log(`fault: offline, dropped ${where}`);
      return destroyConnection(request, reply);
    }
    const latency = latencyFor(faults, request.method, pathname);
    if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
    if (faults.take("rateLimitBurst")) {
      log(`fault: 429 burst on ${where}`);
      return reply
        .code(429)
        .header("Retry-After", "1")
        .header("X-RateLimit-Limit", "120")
        .header("X-RateLimit-Remaining", "0")
        .send({ error: { code: "RATE_LIMITED", message: "Too many requests", details: { retry_after_ms: 1000, remaining: 0 } } });
    }
    const { failureRate, statuses, failureRoutes } = faults.settings;
    const routeSelected = !failureRoutes || failureRoutes.some((pattern) => routeMatches(pattern, request.method, pathname));
    if (failureRate && routeSelected && Math.random() < failureRate) {
      const list = statuses ?? [500];
      const status = list[Math.floor(Math.random() * list.length)] ?? 500;
      log(`fault: ${status} on ${where}`);
      const code = FAILURE_CODES[status] ?? (status >= 500 ? "INTERNAL_ERROR" : "BAD_REQUEST");
      return reply.code(status).send({ error: { code, message: status >= 500 ? "An unexpected error occurred" : "Injected fault" } });
    }
  });

  app.addHook("onSend", async (request, reply, payload) => {
    if (isApiCall(request) && MUTATIONS.has(request.method) && reply.statusCode < 400 && faults.take("dropResponseAfterCommit")) {
      log(`fault: committed then dropped the response of ${request.method} ${decodedPath(request)}`);
      // A few bytes that are not HTTP, then close: a bare close on a kept-alive connection makes
      // Chrome silently re-send the POST (and the server would get it twice), which hides what the
      // app does when an answer is really lost.
      request.raw.socket.end("\0\r\n\r\n");
    }
    return payload;
  });
}
