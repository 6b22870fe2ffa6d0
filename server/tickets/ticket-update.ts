import type { SandboxContext } from "../context";
import type { ApiUser } from "../auth/api-key";
import { validationFailed } from "../http/api-error";
import { notifiedTicket, notifyTicketClosed } from "../awareness/ticket-notifications";
import { assertCloseRules } from "./close-rules";
import type { TicketRow } from "./ticket-record";

/** Columns the update routes may write (after validation). */
export type TicketChanges = Partial<
  Record<
    | "title"
    | "url"
    | "board_id"
    | "client_id"
    | "location_id"
    | "category_id"
    | "subcategory_id"
    | "contact_name_id"
    | "status_id"
    | "assigned_to"
    | "priority_id"
    | "attributes"
    | "closed_at"
    | "closed_by",
    unknown
  >
>;

const STATUS_NOT_ON_BOARD = "Invalid status: selected status does not belong to the selected board";

async function isClosedStatus(context: SandboxContext, statusId: string | null): Promise<boolean> {
  if (!statusId) return false;
  const { rows } = await context.db.query<{ is_closed: boolean }>("SELECT is_closed FROM statuses WHERE status_id = $1", [statusId]);
  return rows[0]?.is_closed === true;
}

/** The new status's closed flag, after checking it belongs to the (new) board (contract §8.3). */
async function statusOnBoard(context: SandboxContext, statusId: string, boardId: string): Promise<{ is_closed: boolean }> {
  const { rows } = await context.db.query<{ is_closed: boolean }>(
    "SELECT is_closed FROM statuses WHERE status_id = $1 AND board_id = $2 AND status_type = 'ticket'",
    [statusId, boardId],
  );
  const status = rows[0];
  if (!status) throw validationFailed([{ path: ["status_id"], message: STATUS_NOT_ON_BOARD }]);
  return status;
}

/**
 * `TicketService.update()`: writes the changes and answers the row as captured right after them —
 * before the close bookkeeping, so `is_closed`/`closed_at`/`closed_by` may still show the old values
 * in the response (contract §8.3 quirk). A later GET shows the truth.
 */
export async function updateTicket(
  context: SandboxContext,
  user: ApiUser,
  ticket: TicketRow,
  changes: TicketChanges,
  overrideCloseRules = false,
): Promise<TicketRow> {
  const boardId = (changes.board_id as string | undefined) ?? ticket.board_id;
  if (changes.board_id !== undefined && changes.board_id !== ticket.board_id && changes.status_id === undefined) {
    throw validationFailed([{ path: ["status_id"], message: "status_id is required when changing board_id" }]);
  }
  const statusChanged = changes.status_id !== undefined && changes.status_id !== ticket.status_id;
  const newStatus = statusChanged ? await statusOnBoard(context, changes.status_id as string, boardId) : undefined;
  // Every caller holds ticket:close_override in the sandbox, so an override is always honoured.
  if (newStatus?.is_closed && !overrideCloseRules && !(await isClosedStatus(context, ticket.status_id))) {
    await assertCloseRules(context, ticket, { ...ticket, ...definedChanges(changes) });
  }

  const columns = Object.entries(definedChanges(changes));
  const params: unknown[] = [ticket.ticket_id, user.userId];
  const assignments = columns.map(([column, value]) => {
    params.push(column === "attributes" ? JSON.stringify(value) : value);
    return `${column} = $${params.length}`;
  });
  const { rows } = await context.db.query<TicketRow>(
    `UPDATE tickets SET ${[...assignments, "updated_at = now()", "updated_by = $2"].join(", ")} WHERE ticket_id = $1 RETURNING *`,
    params,
  );
  const updated = rows[0] ?? ticket;

  if (newStatus) {
    const wasClosed = ticket.is_closed === true;
    if (newStatus.is_closed && !wasClosed) {
      // The SLA subscriber stamps the resolution when the ticket closes (fieldkit §7.3).
      await context.db.query(
        `UPDATE tickets SET is_closed = true, closed_at = COALESCE($2::timestamptz, now()), closed_by = COALESCE($3::uuid, $4::uuid),
           sla_resolution_at = CASE WHEN sla_policy_id IS NOT NULL AND sla_resolution_at IS NULL THEN now() ELSE sla_resolution_at END,
           sla_resolution_met = CASE WHEN sla_policy_id IS NOT NULL AND sla_resolution_at IS NULL THEN now() <= sla_resolution_due_at
             ELSE sla_resolution_met END
         WHERE ticket_id = $1`,
        [ticket.ticket_id, changes.closed_at ?? null, changes.closed_by ?? null, user.userId],
      );
      // The v1 close event names the closer in closedByUserId, not userId: nobody is left out (awareness §3.3).
      // Other v1 changes make no notification at all: their TICKET_UPDATED lacks userId and its handler fails.
      await notifyTicketClosed(context.db, notifiedTicket(updated), null);
    } else if (!newStatus.is_closed && wasClosed) {
      await context.db.query("UPDATE tickets SET is_closed = false, closed_at = NULL, closed_by = NULL WHERE ticket_id = $1", [
        ticket.ticket_id,
      ]);
    }
  }
  return updated;
}

const definedChanges = (changes: TicketChanges) => Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
