import type { FastifyInstance, FastifyRequest } from "fastify";
import { ApiError } from "./api-error";

/**
 * Bodies are kept as raw text and parsed by each route, because the real routes disagree on bad JSON:
 * most treat it as `{}`, while comment POST, status PUT and assignment PUT answer 500 (contract §1.3).
 */
export function keepRawBodies(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("*", { parseAs: "string" }, (_request, body, done) => done(null, body));
}

function rawBody(request: FastifyRequest): string {
  return typeof request.body === "string" ? request.body : "";
}

/** `request.json()` with the real server's fallback: invalid or empty JSON becomes `{}`. */
export function jsonBodyOrEmpty(request: FastifyRequest): unknown {
  try {
    return JSON.parse(rawBody(request));
  } catch {
    return {};
  }
}

/** `request.json()` without a fallback: invalid or empty JSON is a 500. */
export function jsonBodyStrict(request: FastifyRequest): unknown {
  try {
    return JSON.parse(rawBody(request));
  } catch {
    throw new ApiError(500, "INTERNAL_ERROR", "An unexpected error occurred");
  }
}

export function formBody(request: FastifyRequest): URLSearchParams {
  return new URLSearchParams(rawBody(request));
}
