import { mostUrgent, slaStatus } from "../../api/sla";
import type { TicketSla } from "../../api/schemas/sla";

const DAY_MS = 24 * 3_600_000;

/** A row's SLA as one state for the list: the open target closest to breaking. */
export function rowSla(row: TicketSla, now: Date) {
  return mostUrgent(slaStatus(row, now));
}

/** Sort order: an at-risk target by its time left, then every breached one after, by how long ago. */
function urgency(target: ReturnType<typeof rowSla>) {
  const remaining = target?.remainingMs ?? 0;
  return remaining >= 0 ? remaining : Number.MAX_SAFE_INTEGER / 2 - remaining;
}

/**
 * The "SLA at risk" view of loaded rows, worked out on the device: at risk first (least time left first), then
 * breached (most recently first), so the tickets that can still make it are on the first screen.
 * `known` is false when the server sent no SLA columns at all (then nothing can be said, and the screen says so).
 * The rows come sorted by resolution due: once the last one is due more than a day out (the widest at-risk
 * window, api/sla.ts), later pages cannot hold an at-risk resolution, so `morePossible` stops the paging.
 */
export function atRiskRows<T extends TicketSla>(rows: readonly T[], now: Date) {
  const known = rows.length === 0 || rows.some((row) => row.sla_policy_id !== undefined);
  const urgent = rows
    .map((row) => ({ row, target: rowSla(row, now) }))
    .filter(({ target }) => target?.state === "at_risk" || target?.state === "breached")
    .sort((a, b) => urgency(a.target) - urgency(b.target))
    .map(({ row }) => row);
  const lastDue = rows.at(-1)?.sla_resolution_due_at;
  const morePossible = rows.length === 0 || (lastDue ? Date.parse(lastDue) - now.getTime() <= DAY_MS : false);
  return { rows: urgent, known, morePossible };
}
