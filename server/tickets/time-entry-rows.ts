import type { SandboxContext } from "../context";
import type { ApiUser } from "../auth/api-key";
import { ApiError, notFound } from "../http/api-error";
import { isUuid } from "../http/query-params";

export type TimeEntryListRow = Record<string, unknown> & {
  entry_id: string;
  user_id: string;
  start_time: Date;
  end_time: Date | null;
  billable_duration: number;
  approval_status: string;
  service_id: string | null;
  notes: string | null;
};

/**
 * A time entry as the list, get, put and stop answer it (fieldkit §4.3): every column plus user_name
 * (CONCAT, so a missing name part leaves a stray space), service_name, duration_hours as a numeric string
 * (null while running) and is_billable.
 */
export const TIME_ENTRY_ROW_SQL = `SELECT te.*, CONCAT(u.first_name, ' ', u.last_name) AS user_name, sc.service_name,
    CASE WHEN te.end_time IS NULL THEN NULL
      ELSE round((EXTRACT(epoch FROM te.end_time - te.start_time) / 3600)::numeric, 2)::text END AS duration_hours,
    te.billable_duration > 0 AS is_billable
  FROM time_entries te
  LEFT JOIN users u ON u.user_id = te.user_id
  LEFT JOIN service_catalog sc ON sc.service_id = te.service_id`;

export async function timeEntryById(context: SandboxContext, tenant: string, entryId: string): Promise<TimeEntryListRow | undefined> {
  const { rows } = await context.db.query<TimeEntryListRow>(`${TIME_ENTRY_ROW_SQL} WHERE te.entry_id = $1 AND te.tenant = $2`, [
    entryId,
    tenant,
  ]);
  return rows[0];
}

/** The checks of `/time-entries/{id}`: UUID format (400), then existence in the tenant (404). */
export async function loadTimeEntry(context: SandboxContext, user: ApiUser, entryId: string): Promise<TimeEntryListRow> {
  if (!isUuid(entryId)) throw new ApiError(400, "VALIDATION_ERROR", "Invalid time_entry ID format");
  const entry = await timeEntryById(context, user.tenant, entryId);
  if (!entry) throw notFound("time_entry not found");
  return entry;
}

const MINUTE_MS = 60_000;

/** Times are stored truncated to the minute (contract §10, fieldkit §4.4, §4.6, §4.8). */
export const truncateToMinute = (instant: Date) => new Date(Math.floor(instant.getTime() / MINUTE_MS) * MINUTE_MS);

/** Whole minutes between two instants, rounded; negative when the end is before the start. */
export const minutesBetween = (start: Date, end: Date) => Math.round((end.getTime() - start.getTime()) / MINUTE_MS);

/** The calendar date of an instant in the user's time zone, as `work_date` holds it. */
export function dateInZone(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
}
