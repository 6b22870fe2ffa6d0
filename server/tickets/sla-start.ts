import type { SandboxContext } from "../context";

/**
 * The SLA subscriber's start (fieldkit §7.3): the policy of the ticket's board, with the targets of its
 * priority counted from `entered_at`. `where` picks the tickets (alias t). With `fillDueDate`, an empty
 * `due_date` takes the resolution deadline, as the real service does.
 */
export function slaStartSql(where: string, fillDueDate: boolean): string {
  const resolutionDue = "t.entered_at + make_interval(mins => tg.resolution_minutes)";
  return `UPDATE tickets t SET sla_policy_id = p.sla_policy_id, sla_started_at = t.entered_at,
      sla_response_due_at = t.entered_at + make_interval(mins => tg.response_minutes),
      sla_resolution_due_at = ${resolutionDue}${fillDueDate ? `, due_date = COALESCE(t.due_date, ${resolutionDue})` : ""}
    FROM sla_policies p JOIN sla_policy_targets tg ON tg.sla_policy_id = p.sla_policy_id
    WHERE p.board_id = t.board_id AND p.tenant = t.tenant AND tg.priority_id = t.priority_id AND ${where}`;
}

/**
 * A ticket created through the API has no SLA in the create answer; the real server starts it asynchronously
 * from the TICKET_CREATED event. The sandbox starts it on the next read of the ticket (fieldkit §9.8).
 */
export async function startPendingSla(context: SandboxContext, ticketId: string): Promise<void> {
  await context.db.query(slaStartSql("t.ticket_id = $1 AND t.ticket_origin = 'api' AND t.sla_started_at IS NULL", true), [ticketId]);
}
