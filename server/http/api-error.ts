import type { FastifyReply } from "fastify";
import type { ZodError, ZodType } from "zod";

/** An error the API answers with `{ error: { code, message, details? } }` (contract §1.3). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const validationFailed = (details?: unknown, message = "Validation failed") =>
  new ApiError(400, "VALIDATION_ERROR", message, details);
export const unauthorized = (message: string) => new ApiError(401, "UNAUTHORIZED", message);
export const notFound = (message: string) => new ApiError(404, "NOT_FOUND", message);
/** What an unknown column in a query (Postgres 42703) becomes. */
export const internalConfiguration = () =>
  new ApiError(500, "INTERNAL_CONFIGURATION", "The server is misconfigured for this operation. Please contact support.");

/** zod issues as the real server returns them in `details`. */
export function zodDetails(error: ZodError): unknown[] {
  return error.issues.map((issue) => ({ ...issue }));
}

/** What `schema` makes of `input`, or a 400 VALIDATION_ERROR carrying zod's issues (contract §1.3). */
export function parseOrThrow<T>(schema: ZodType<T>, input: unknown, message?: string): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw validationFailed(zodDetails(parsed.error), message);
  return parsed.data;
}

export function sendApiError(reply: FastifyReply, error: ApiError): FastifyReply {
  const body =
    error.details === undefined
      ? { code: error.code, message: error.message }
      : { code: error.code, message: error.message, details: error.details };
  return reply.code(error.status).type("application/json").send({ error: body });
}

// Postgres error codes the real handleApiError maps to specific answers (contract §1.3).
const POSTGRES_ERRORS: Record<string, (detail: string | undefined) => ApiError> = {
  "23503": (detail) => new ApiError(400, "BAD_REQUEST", "Invalid reference", detail),
  "23505": () => new ApiError(409, "CONFLICT", "Resource already exists"),
  "42703": internalConfiguration,
};

/** Everything thrown by a route becomes an error envelope; unknown errors are a generic 500. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && POSTGRES_ERRORS[code]) {
    return POSTGRES_ERRORS[code]((error as { detail?: string }).detail);
  }
  return new ApiError(500, "INTERNAL_ERROR", "An unexpected error occurred");
}
