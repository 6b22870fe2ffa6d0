import { z } from "zod";

/**
 * What `POST /__sandbox/faults` accepts. Route patterns are `"[METHOD ]/path"` where `*` matches
 * within one path segment and `**` matches anything, e.g. `"GET /api/v1/tickets/*"` or `"/api/**"`.
 * Each POST merges into the faults already set; `DELETE /__sandbox/faults` clears them all.
 */
export const faultSettingsSchema = z.strictObject({
  /** Added latency: one number for every API call, or per route pattern. */
  latencyMs: z.union([z.number().int().min(0), z.record(z.string(), z.number().int().min(0))]).optional(),
  /** Probability (0–1) that an API call fails with one of `statuses` (default [500]). */
  failureRate: z.number().min(0).max(1).optional(),
  statuses: z.array(z.number().int().min(400).max(599)).min(1).optional(),
  /** Limits `failureRate` to these route patterns (default: every API call). */
  failureRoutes: z.array(z.string()).optional(),
  /** Mutations commit, then the connection is destroyed before the answer: `true` = until cleared, a number = that many times. */
  dropResponseAfterCommit: z.union([z.boolean(), z.number().int().min(0)]).optional(),
  /** The next N API calls answer 429 RATE_LIMITED. */
  rateLimitBurst: z.number().int().min(0).optional(),
  /** Lifetimes of newly issued tokens. */
  accessTtlSec: z.number().positive().optional(),
  refreshTtlSec: z.number().positive().optional(),
  ottTtlSec: z.number().positive().optional(),
  /** Every API call is refused by destroying the connection. */
  offline: z.boolean().optional(),
  /** Storage limits for document uploads, as STORAGE_LOCAL_MAX_FILE_SIZE / _ALLOWED_MIME_TYPES configure them (e.g. ["image/*"]). */
  uploadMaxFileSize: z.number().int().min(0).optional(),
  uploadAllowedMimeTypes: z.array(z.string().min(1)).min(1).optional(),
  /** A server older than the activities feed (before 2026-06-26): `GET /api/v1/activities` is a 404 HTML page. */
  withoutActivities: z.boolean().optional(),
  /** A server without `GET /api/v1/users/{id}/preferences`: a 404 HTML page, as for any route it lacks (awareness §1.4). */
  withoutUserPreferences: z.boolean().optional(),
  /**
   * A server newer than 2026-08-22 (awareness §10.1): comments take Cc/Bcc and send-later, and
   * `DELETE …/comments/{id}/schedule` exists. Without it those fields are stripped and the route is a 404 HTML page.
   */
  newerServer: z.boolean().optional(),
  /**
   * Plays one of the two seeded Technician roles (awareness §1.3): `olderTenant` is refused `client:read` (client
   * details and locations answer 403), `newTenant` is refused `user:read` (user routes answer 403).
   */
  technicianRole: z.enum(["olderTenant", "newTenant"]).optional(),
});

export type FaultSettings = z.infer<typeof faultSettingsSchema>;

/** The faults in force for one sandbox. */
export class FaultState {
  settings: FaultSettings = {};

  apply(update: FaultSettings): void {
    this.settings = { ...this.settings, ...update };
  }

  clear(): void {
    this.settings = {};
  }

  /** Takes one from a counted fault; `true` means "always" and is never used up. */
  take(name: "rateLimitBurst" | "dropResponseAfterCommit"): boolean {
    const value = this.settings[name];
    if (value === true) return true;
    if (typeof value !== "number" || value <= 0) return false;
    this.settings = { ...this.settings, [name]: value - 1 };
    return true;
  }
}

export function routeMatches(pattern: string, method: string, pathname: string): boolean {
  const [first, second] = pattern.trim().split(/\s+/);
  const patternMethod = second === undefined ? undefined : first?.toUpperCase();
  const patternPath = second ?? first ?? "";
  if (patternMethod && patternMethod !== method) return false;
  const source = patternPath
    .split("**")
    .map((part) =>
      part
        .split("*")
        .map((text) => text.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
        .join("[^/]*"),
    )
    .join(".*");
  return new RegExp(`^${source}$`).test(pathname);
}
