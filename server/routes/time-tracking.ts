import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { SandboxContext } from "../context";
import { apiUserOf, type ApiUser } from "../auth/api-key";
import { newId } from "../auth/tokens";
import { ApiError, notFound, parseOrThrow, validationFailed } from "../http/api-error";
import { isoDateTime, uuid, UUID_PATTERN } from "../http/query-params";
import { jsonBodyStrict } from "../http/request-body";
import { dateInZone, minutesBetween, timeEntryById, truncateToMinute } from "../tickets/time-entry-rows";

const startSchema = z.object({
  work_item_type: z.enum(["ticket", "project_task", "non_billable_category", "ad_hoc", "interaction"]),
  // Optional even for tickets, and the ticket is not checked (fieldkit §4.6).
  work_item_id: uuid().optional(),
  service_id: z.string().regex(UUID_PATTERN, { message: "Invalid uuid" }),
  notes: z.string().optional(),
});

const stopSchema = z.object({
  end_time: isoDateTime().optional(),
  notes: z.string().optional(),
  service_id: uuid().optional(),
  is_billable: z.boolean().optional(),
});

const SESSION_SQL = `SELECT te.*, 'active' AS status, round(EXTRACT(epoch FROM now() - te.start_time) / 60)::int AS elapsed_minutes,
    t.title AS work_item_title, sc.service_name
  FROM time_entries te
  LEFT JOIN tickets t ON t.ticket_id = te.work_item_id AND te.work_item_type = 'ticket'
  LEFT JOIN service_catalog sc ON sc.service_id = te.service_id`;

const STOP_PREFIX = "/api/v1/time-entries/stop-tracking/";

/** The server timer: start, active session, stop (fieldkit §4.6–§4.8). There is no pause (§4.9). */
export function registerTimeTracking(app: FastifyInstance, context: SandboxContext): void {
  app.post("/api/v1/time-entries/start-tracking", async (request, reply) => {
    const user = apiUserOf(request);
    const body = parseOrThrow(startSchema, jsonBodyStrict(request), "Invalid tracking data");
    if (await activeSession(context, user)) {
      throw new ApiError(409, "CONFLICT", "Active time tracking session already exists. Please stop the current session first.");
    }
    const start = truncateToMinute(new Date());
    const timeZone = user.timezone ?? "UTC";
    const entryId = newId();
    // No time sheet and no period check for a timer, unlike a manual entry.
    await context.db.query(
      `INSERT INTO time_entries (tenant, entry_id, work_item_id, work_item_type, start_time, end_time, notes, user_id, billable_duration,
         service_id, work_date, work_timezone, created_by, updated_by)
       VALUES ($1, $2, $3, $4, $5, NULL, $6, $7, 0, $8, $9, $10, $7, $7)`,
      [
        user.tenant,
        entryId,
        body.work_item_id ?? null,
        body.work_item_type,
        start,
        body.notes ?? "",
        user.userId,
        body.service_id,
        dateInZone(start, timeZone),
        timeZone,
      ],
    );
    // The clock has just started: the real service answers 0 whatever the seconds past the minute.
    return reply.code(201).send({ data: { ...(await activeSession(context, user)), elapsed_minutes: 0 } });
  });

  // No permission check here: any valid key may ask (fieldkit §4.7).
  app.get("/api/v1/time-entries/active-session", async (request) => ({ data: (await activeSession(context, apiUserOf(request))) ?? null }));

  app.post("/api/v1/time-entries/stop-tracking/*", async (request, reply) => {
    const user = apiUserOf(request);
    // The id is whatever follows the prefix in the raw URL, query string included (fieldkit §4.8).
    const sessionId = decodeURIComponent(request.url.slice(STOP_PREFIX.length));
    const body = parseOrThrow(stopSchema, jsonBodyStrict(request), "Invalid stop data");
    const { rows } = await context.db.query<{ entry_id: string; start_time: Date; service_id: string | null }>(
      "SELECT entry_id, start_time, service_id FROM time_entries WHERE entry_id = $1 AND user_id = $2 AND tenant = $3 AND end_time IS NULL",
      [sessionId, user.userId, user.tenant],
    );
    const session = rows[0];
    if (!session) throw notFound("Active session not found");
    const serviceId = body.service_id ?? session.service_id;
    if (!serviceId) throw validationFailed(undefined, "service_id is required for time entries");
    // An end before the start is stored as it comes: a negative duration (fieldkit §4.8).
    const end = truncateToMinute(body.end_time ? new Date(body.end_time) : new Date());
    const minutes = body.is_billable === false ? 0 : minutesBetween(session.start_time, end);
    await context.db.query(
      `UPDATE time_entries SET end_time = $2, billable_duration = $3, service_id = $4, notes = COALESCE(NULLIF($5, ''), notes),
         updated_at = now(), updated_by = $6 WHERE entry_id = $1`,
      [session.entry_id, end, minutes, serviceId, body.notes ?? null, user.userId],
    );
    return reply.code(201).send({ data: await timeEntryById(context, user.tenant, session.entry_id) });
  });
}

async function activeSession(context: SandboxContext, user: ApiUser): Promise<Record<string, unknown> | undefined> {
  const { rows } = await context.db.query<Record<string, unknown> & { entry_id: string }>(
    `${SESSION_SQL} WHERE te.user_id = $1 AND te.tenant = $2 AND te.end_time IS NULL LIMIT 1`,
    [user.userId, user.tenant],
  );
  return rows[0] && { session_id: rows[0].entry_id, ...rows[0] };
}
