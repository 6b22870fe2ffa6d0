import type { FastifyInstance, FastifyRequest } from "fastify";
import { sameSecret } from "../auth/tokens";
import { ApiError } from "./api-error";

export const CONTROL_TOKEN_HEADER = "x-sandbox-control-token";

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * The control interface resets the database, takes the API offline and signs browsers in. Any website
 * the developer visits could send it a form or a `text/plain` fetch, so it answers
 * only test code running in Node on this machine (Node's fetch and Playwright's request context send no
 * `Origin` and no `Sec-Fetch-Site`; browsers always send one of them, and a DNS-rebound page also names
 * a foreign host), or whoever shows the token the sandbox printed at start. It never answers CORS.
 */
export function guardControl(app: FastifyInstance, token: string): void {
  app.addHook("onRequest", async (request) => {
    if (hasToken(request, token) || isLocalNodeCaller(request)) return;
    throw new ApiError(
      403,
      "FORBIDDEN",
      `The sandbox control interface answers test code on this machine only; elsewhere send the ${CONTROL_TOKEN_HEADER} header printed at start.`,
    );
  });
}

function hasToken(request: FastifyRequest, token: string): boolean {
  const sent = request.headers[CONTROL_TOKEN_HEADER];
  return typeof sent === "string" && sameSecret(sent, token);
}

function isLocalNodeCaller(request: FastifyRequest): boolean {
  if (request.headers.origin !== undefined || request.headers["sec-fetch-site"] !== undefined) return false;
  const host = (request.headers.host ?? "").replace(/:\d+$/, "").toLowerCase();
  return LOOPBACK_HOSTS.has(host);
}
