import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import type { SandboxContext } from "../context";
import { apiUserOf } from "../auth/api-key";
import { newId } from "../auth/tokens";
import { ApiError, notFound, parseOrThrow } from "../http/api-error";
import { NOT_FOUND_PAGE } from "../http/html";
import { isoDateTime, uuid } from "../http/query-params";
import { jsonBodyOrEmpty } from "../http/request-body";
import { loadSession, openSession, sessionById, type SessionRow } from "../tickets/stopwatch-sessions";
import { dateInZone, timeEntryById, truncateToMinute } from "../tickets/time-entry-rows";
import { findOrCreateTimeSheet } from "./time-entries";

const startSchema = z.object({
  work_item_type: z.enum(["ticket", "project_task"]),
  work_item_id: uuid(),
  service_id: uuid().nullable().optional(),
  notes: z.string().optional(),
});

const patchSchema = z.object({ notes: z.string().optional(), service_id: uuid().nullable().optional() });

const logSchema = z.object({
  start_time: isoDateTime().optional(),
  end_time: isoDateTime().optional(),
  billable_duration: z.number().int().min(0).optional(),
  is_billable: z.boolean().optional(),
  notes: z.string().optional(),
  service_id: uuid().optional(),
});

const MINUTE_MS = 60_000;

/** Start and PATCH answer bad JSON with a 400 of their own, not the usual 500 (awareness §10.3). */
function jsonBodyOr400(request: FastifyRequest): unknown {
  if (typeof request.body !== "string" || request.body === "") return {};
  try {
    return JSON.parse(request.body);
  } catch {
    throw new ApiError(400, "VALIDATION_ERROR", "Request body must be valid JSON");
  }
}

/**
 * The stopwatch of servers newer than 2026-08-22 (awareness §10.3): pause and resume kept on the server as segments.
 * An older server has none of these routes: its 404 HTML page, which is also how the app's probe tells (§10.4).
 */
export function registerStopwatch(app: FastifyInstance, context: SandboxContext): void {
  const newer = (reply: FastifyReply) => {
    if (context.faults.settings.newerServer) return true;
    void reply.code(404).type("text/html; charset=utf-8").send(NOT_FOUND_PAGE);
    return false;
  };
  const segment = (sessionId: string) =>
    context.db.query("INSERT INTO time_tracking_session_segments (segment_id, session_id, started_at) VALUES ($1, $2, now())", [
      newId(),
      sessionId,
    ]);
  const setStatus = (sessionId: string, status: string, closed = false) =>
    context.db.query(
      `UPDATE time_tracking_sessions SET status = $2, updated_at = now(), closed_at = CASE WHEN $3 THEN now() ELSE closed_at END
       WHERE session_id = $1`,
      [sessionId, status, closed],
    );
  const closeSegment = (sessionId: string) =>
    context.db.query("UPDATE time_tracking_session_segments SET ended_at = now() WHERE session_id = $1 AND ended_at IS NULL", [sessionId]);

  app.get("/api/v1/stopwatch/active", async (request, reply) => {
    if (!newer(reply)) return reply;
    return { data: (await openSession(context, apiUserOf(request))) ?? null };
  });

  app.post("/api/v1/stopwatch", async (request, reply) => {
    if (!newer(reply)) return reply;
    const user = apiUserOf(request);
    const body = parseOrThrow(startSchema, jsonBodyOr400(request));
    const { rows } = await context.db.query<{ enable_live_ticket_timer: boolean | null }>(
      `SELECT b.enable_live_ticket_timer FROM tickets t LEFT JOIN boards b ON b.board_id = t.board_id
       WHERE t.ticket_id = $1 AND t.tenant = $2`,
      [body.work_item_id, user.tenant],
    );
    const workItem = rows[0];
    if (!workItem) throw notFound("The work item for this stopwatch could not be found.");
    if (workItem.enable_live_ticket_timer === false) {
      // The reason is an i18n key on the real server; its exact text is not known.
      throw new ApiError(409, "CONFLICT", "The stopwatch is turned off for this ticket's board.", {
        reason: "stopwatch.errors.liveTimerDisabled",
      });
    }
    const open = await openSession(context, user);
    if (open) {
      throw new ApiError(409, "CONFLICT", "An open stopwatch session already exists. Log or discard it before starting another.", {
        reason: "open_session_exists",
        open_session: open,
      });
    }
    const sessionId = newId();
    await context.db.query(
      `INSERT INTO time_tracking_sessions (tenant, session_id, user_id, work_item_type, work_item_id, service_id, notes)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [user.tenant, sessionId, user.userId, body.work_item_type, body.work_item_id, body.service_id ?? null, body.notes ?? ""],
    );
    await segment(sessionId);
    return reply.code(201).send({ data: await sessionById(context, user, sessionId) });
  });

  app.post<{ Params: { id: string } }>("/api/v1/stopwatch/:id/pause", async (request, reply) => {
    if (!newer(reply)) return reply;
    const user = apiUserOf(request);
    const session = await loadSession(context, user, request.params.id);
    // Already paused: 200 and nothing changes.
    if (session.status === "running") {
      await closeSegment(session.session_id);
      await setStatus(session.session_id, "paused");
    }
    return { data: await sessionById(context, user, session.session_id) };
  });

  app.post<{ Params: { id: string } }>("/api/v1/stopwatch/:id/resume", async (request, reply) => {
    if (!newer(reply)) return reply;
    const user = apiUserOf(request);
    const session = await loadSession(context, user, request.params.id);
    if (session.status === "paused") {
      await segment(session.session_id);
      await setStatus(session.session_id, "running");
    }
    return { data: await sessionById(context, user, session.session_id) };
  });

  app.patch<{ Params: { id: string } }>("/api/v1/stopwatch/:id", async (request, reply) => {
    if (!newer(reply)) return reply;
    const user = apiUserOf(request);
    const session = await loadSession(context, user, request.params.id);
    const body = parseOrThrow(patchSchema, jsonBodyOr400(request));
    await context.db.query(
      `UPDATE time_tracking_sessions SET notes = COALESCE($2, notes), service_id = CASE WHEN $3 THEN $4::uuid ELSE service_id END,
         updated_at = now() WHERE session_id = $1`,
      [session.session_id, body.notes ?? null, body.service_id !== undefined, body.service_id ?? null],
    );
    return { data: await sessionById(context, user, session.session_id) };
  });

  app.delete<{ Params: { id: string } }>("/api/v1/stopwatch/:id", async (request, reply) => {
    if (!newer(reply)) return reply;
    const user = apiUserOf(request);
    const session = await loadSession(context, user, request.params.id, true);
    // Discarding twice is fine; a logged session stays logged.
    if (session.status === "running" || session.status === "paused") {
      await closeSegment(session.session_id);
      await setStatus(session.session_id, "discarded", true);
    } else if (session.status === "logged") {
      throw new ApiError(409, "CONFLICT", "This stopwatch session is already closed.");
    }
    return reply.code(204).send();
  });

  app.post<{ Params: { id: string } }>("/api/v1/stopwatch/:id/log", async (request, reply) => {
    if (!newer(reply)) return reply;
    const user = apiUserOf(request);
    const session = await loadSession(context, user, request.params.id);
    // An empty or unreadable body is fine here: every field is optional.
    const body = parseOrThrow(logSchema, jsonBodyOrEmpty(request));
    const serviceId = body.service_id ?? session.service_id;
    // The real service throws a plain Error here, which the API answers as a 500 (awareness §10.3, inference).
    if (!serviceId) throw new ApiError(500, "INTERNAL_ERROR", "An unexpected error occurred");
    await closeSegment(session.session_id);
    const closed = (await sessionById(context, user, session.session_id)) as SessionRow;
    const { start, end, minutes } = loggedSpan(closed, body);
    const timeZone = user.timezone ?? "UTC";
    const workDate = dateInZone(start, timeZone);
    const timeSheetId = await findOrCreateTimeSheet(context, user, workDate);
    const entryId = newId();
    await context.db.query(
      `INSERT INTO time_entries (tenant, entry_id, work_item_id, work_item_type, start_time, end_time, notes, user_id, billable_duration,
         time_sheet_id, service_id, work_date, work_timezone, created_by, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $8, $8)`,
      [
        user.tenant,
        entryId,
        session.work_item_id,
        session.work_item_type,
        start,
        end,
        body.notes ?? session.notes,
        user.userId,
        body.is_billable === false ? 0 : (body.billable_duration ?? minutes),
        timeSheetId,
        serviceId,
        workDate,
        timeZone,
      ],
    );
    await context.db.query("UPDATE time_tracking_sessions SET time_entry_id = $2, service_id = $3 WHERE session_id = $1", [
      session.session_id,
      entryId,
      serviceId,
    ]);
    await setStatus(session.session_id, "logged", true);
    return reply.code(201).send({
      data: {
        session: await sessionById(context, user, session.session_id),
        time_entry: await timeEntryById(context, user.tenant, entryId),
      },
    });
  });
}

/**
 * The entry's span: from the first segment's start truncated to the minute, as long as the rounded active minutes
 * (at least one), unless the body gives its own times.
 */
function loggedSpan(session: SessionRow, body: z.infer<typeof logSchema>): { start: Date; end: Date; minutes: number } {
  const first = session.segments[0];
  const start = truncateToMinute(body.start_time ? new Date(body.start_time) : new Date(first ? first.started_at : Date.now()));
  const activeMinutes = Math.max(1, Math.round(session.active_ms / MINUTE_MS));
  const end = body.end_time ? truncateToMinute(new Date(body.end_time)) : new Date(start.getTime() + activeMinutes * MINUTE_MS);
  return { start, end, minutes: Math.round((end.getTime() - start.getTime()) / MINUTE_MS) };
}
