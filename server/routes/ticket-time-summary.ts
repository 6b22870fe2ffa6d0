import type { FastifyInstance } from "fastify";
import type { SandboxContext } from "../context";
import { apiUserOf } from "../auth/api-key";
import { loadTicket } from "../tickets/ticket-record";
import { TIME_ENTRY_ROW_SQL, type TimeEntryListRow } from "../tickets/time-entry-rows";

/** date-fns `formatISO` on a UTC server: no milliseconds, `Z`; null becomes the epoch (fieldkit §4.5). */
const formatIso = (instant: Date | null) => (instant ?? new Date(0)).toISOString().replace(/\.\d{3}Z$/, "Z");

/**
 * `GET /api/v1/tickets/{id}/time-entries` (fieldkit §4.5). The sandbox has no managers, so another user's entry
 * is never visible to the caller: it only counts toward the hidden totals. Minutes are billable minutes.
 */
export function registerTicketTimeSummary(app: FastifyInstance, context: SandboxContext): void {
  app.get<{ Params: { id: string } }>("/api/v1/tickets/:id/time-entries", async (request) => {
    const user = apiUserOf(request);
    const ticket = await loadTicket(context, user.tenant, request.params.id);
    const { rows } = await context.db.query<TimeEntryListRow & { work_date: Date | null; user_name: string; service_name: string | null }>(
      `${TIME_ENTRY_ROW_SQL} WHERE te.work_item_type = 'ticket' AND te.work_item_id = $1 AND te.tenant = $2 ORDER BY te.start_time DESC`,
      [ticket.ticket_id, user.tenant],
    );
    const own = rows.filter((row) => row.user_id === user.userId);
    const others = rows.filter((row) => row.user_id !== user.userId);
    const minutes = (entries: TimeEntryListRow[]) => entries.reduce((sum, entry) => sum + entry.billable_duration, 0);
    return {
      data: {
        entries: own.map((row) => ({
          entry_id: row.entry_id,
          user_id: row.user_id,
          user_name: row.user_name,
          start_time: formatIso(row.start_time),
          end_time: formatIso(row.end_time),
          work_date: row.work_date?.toISOString().slice(0, 10) ?? null,
          billable_duration: row.billable_duration,
          notes: row.notes,
          approval_status: row.approval_status,
          service_id: row.service_id,
          service_name: row.service_name,
          is_own: true,
        })),
        ownTotalMinutes: minutes(own),
        ownEntryCount: own.length,
        othersTotalMinutes: minutes(others),
        othersEntryCount: others.length,
        othersVisibleMinutes: 0,
        othersVisibleCount: 0,
        othersHiddenMinutes: minutes(others),
        othersHiddenCount: others.length,
        totalMinutes: minutes(rows),
      },
    };
  });
}
