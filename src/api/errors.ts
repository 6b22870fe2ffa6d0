import { errorEnvelopeSchema } from "./schemas/envelopes";

export type ApiErrorKind =
  | "network"
  | "timeout"
  | "canceled"
  | "validation"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "rate_limited"
  | "server"
  | "malformed"
  | "http";

/**
 * The app's own words for each kind, in English: the message code and tests see and the outbox keeps. What the
 * person reads is chosen when shown, in the active language (error-text.ts).
 */
export const ownMessages: Record<ApiErrorKind, string> = {
  network: "Can't reach the Alga server. Check your connection and try again.",
  timeout: "The Alga server took too long to answer. Try again.",
  canceled: "The request was cancelled.",
  validation: "The server did not accept this request.",
  unauthorized: "Your session has ended. Sign in again.",
  forbidden: "You don't have access to this.",
  not_found: "This was not found on the server. It may have been deleted.",
  conflict: "This conflicts with something already on the server.",
  rate_limited: "Too many requests. Wait a moment and try again.",
  server: "The Alga server had a problem. Try again in a moment.",
  malformed: "The server sent an answer this app doesn't understand. Is this an Alga PSA server?",
  http: "The server answered with an unexpected error.",
};

/** Every failure the app can show: a kind for the UI's branching, a message for the person. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | null;
  readonly code: string | null;
  readonly details: unknown;
  /** How long the server asked us to wait (from the error details; Retry-After is not readable cross-origin). */
  readonly retryAfterMs: number | null;

  constructor(kind: ApiErrorKind, init: { status?: number | null; code?: string | null; message?: string; details?: unknown } = {}) {
    super(init.message ?? ownMessages[kind]);
    this.name = "ApiError";
    this.kind = kind;
    this.status = init.status ?? null;
    this.code = init.code ?? null;
    this.details = init.details;
    this.retryAfterMs = readRetryAfter(init.details);
  }

  /** Whether retrying the same request later may succeed. */
  get isTransient(): boolean {
    return this.kind === "network" || this.kind === "timeout" || this.kind === "server" || this.kind === "rate_limited";
  }
}

/** A wait the server asks for is kept within reason: zero or negative would retry in a tight loop, a huge one would stall for good. */
export const RETRY_AFTER_MIN_MS = 1_000;
export const RETRY_AFTER_MAX_MS = 10 * 60_000;

function readRetryAfter(details: unknown): number | null {
  if (typeof details !== "object" || details === null) return null;
  const record = details as Record<string, unknown>;
  const value = record.msBeforeNext ?? record.retry_after_ms;
  if (typeof value !== "number" || !Number.isFinite(value)) return null;
  return Math.min(Math.max(value, RETRY_AFTER_MIN_MS), RETRY_AFTER_MAX_MS);
}

export function kindForStatus(status: number): ApiErrorKind {
  if (status === 400 || status === 422) return "validation";
  if (status === 401) return "unauthorized";
  if (status === 403) return "forbidden";
  if (status === 404) return "not_found";
  if (status === 409) return "conflict";
  if (status === 429) return "rate_limited";
  if (status >= 500) return "server";
  return "http";
}

/** Maps an HTTP error response body to an ApiError, keeping the server's own message where it gives one. */
export function errorFromResponse(status: number, body: unknown): ApiError {
  const kind = kindForStatus(status);
  const parsed = errorEnvelopeSchema.safeParse(body);
  if (!parsed.success) return new ApiError(kind, { status });
  const { error } = parsed.data;
  if (typeof error === "string") return new ApiError(kind, { status, code: "UNAUTHORIZED" });
  // 5xx messages are generic or internal: keep ours, which tells the person what to do.
  const message = kind === "server" ? undefined : error.message;
  return new ApiError(kind, { status, code: error.code, message, details: error.details });
}

/** Whether the server could not be reached: no connection, or no answer in time. What the device holds stands in. */
export function isUnreachable(error: unknown): boolean {
  return error instanceof ApiError && (error.kind === "network" || error.kind === "timeout");
}
