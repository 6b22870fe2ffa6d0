import type { FastifyInstance } from "fastify";
import type { SandboxContext } from "../context";
import { ApiError } from "../http/api-error";

/**
 * `GET /api/v1/time-periods` and `/current` need `time_period:read`, which no seeded role of the real server
 * has, so a technician always gets 403 (fieldkit §4.1–§4.2) and the app falls back to the calendar.
 */
export function registerTimePeriods(app: FastifyInstance, _context: SandboxContext): void {
  const refuse = async () => {
    throw new ApiError(403, "FORBIDDEN", "Permission denied: Cannot read time periods");
  };
  app.get("/api/v1/time-periods", refuse);
  app.get("/api/v1/time-periods/current", refuse);
}
