import type { SandboxContext } from "../context";
import type { ApiUser } from "../auth/api-key";
import { ApiError, notFound } from "../http/api-error";
import { isUuid } from "../http/query-params";

/**
 * A stopwatch session as every stopwatch route answers it (awareness §10.3): the row, its segments ascending, the
 * active time as of the database clock (`server_now`), and the names of what it is for.
 */
const SESSION_SQL = `SELECT s.session_id, s.user_id, s.work_item_type, s.work_item_id, s.service_id, s.notes, s.status, s.time_entry_id,
    s.closed_at, s.created_at, s.updated_at,
    COALESCE((SELECT json_agg(json_build_object('segment_id', g.segment_id, 'started_at', g.started_at, 'ended_at', g.ended_at)
      ORDER BY g.started_at) FROM time_tracking_session_segments g WHERE g.session_id = s.session_id), '[]'::json) AS segments,
    COALESCE((SELECT round(sum(EXTRACT(epoch FROM COALESCE(g.ended_at, now()) - g.started_at)) * 1000)
      FROM time_tracking_session_segments g WHERE g.session_id = s.session_id), 0)::float8 AS active_ms,
    now() AS server_now, t.ticket_number, t.title AS work_item_title, NULL::text AS project_name, c.client_name, sc.service_name
  FROM time_tracking_sessions s
  LEFT JOIN tickets t ON t.ticket_id = s.work_item_id AND s.work_item_type = 'ticket'
  LEFT JOIN clients c ON c.client_id = t.client_id
  LEFT JOIN service_catalog sc ON sc.service_id = s.service_id`;

export type SessionRow = Record<string, unknown> & {
  session_id: string;
  status: "running" | "paused" | "logged" | "discarded";
  service_id: string | null;
  notes: string;
  work_item_id: string;
  work_item_type: string;
  segments: { started_at: string; ended_at: string | null }[];
  active_ms: number;
};

export const OPEN_STATUSES = ["running", "paused"];

export async function sessionById(context: SandboxContext, user: ApiUser, sessionId: string): Promise<SessionRow | undefined> {
  const { rows } = await context.db.query<SessionRow>(`${SESSION_SQL} WHERE s.session_id = $1 AND s.user_id = $2 AND s.tenant = $3`, [
    sessionId,
    user.userId,
    user.tenant,
  ]);
  return rows[0];
}

export async function openSession(context: SandboxContext, user: ApiUser): Promise<SessionRow | undefined> {
  const { rows } = await context.db.query<SessionRow>(
    `${SESSION_SQL} WHERE s.user_id = $1 AND s.tenant = $2 AND s.status IN ('running', 'paused')`,
    [user.userId, user.tenant],
  );
  return rows[0];
}

/** The caller's own session by the id in the path: a UUID (400), theirs (404), and, unless `closedToo`, still open (409). */
export async function loadSession(context: SandboxContext, user: ApiUser, sessionId: string, closedToo = false): Promise<SessionRow> {
  if (!isUuid(sessionId)) throw new ApiError(400, "VALIDATION_ERROR", "Invalid stopwatch session ID format");
  const session = await sessionById(context, user, sessionId);
  if (!session) throw notFound("Stopwatch session not found. It may already have been logged or discarded. Please refresh.");
  if (!closedToo && !OPEN_STATUSES.includes(session.status))
    throw new ApiError(409, "CONFLICT", "This stopwatch session is already closed.");
  return session;
}
