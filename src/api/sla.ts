import type { TicketSla } from "./schemas/sla";

export type SlaTargetState = "met" | "missed" | "breached" | "at_risk" | "on_track" | "paused";

export interface SlaTarget {
  state: SlaTargetState;
  dueAt: Date;
  /** Time left until the target (negative once breached); frozen at the pause while paused. Null once done. */
  remainingMs: number | null;
}

export interface SlaStatus {
  response: SlaTarget | null;
  resolution: SlaTarget | null;
  paused: boolean;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
// At risk within the last fifth of the target, at least the last hour and at most the last day:
// a day's warning on a five-day target, an hour on a four-hour one.
const AT_RISK_SHARE = 0.2;

const instant = (value: string | null | undefined) => {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time);
};

function target(
  dueValue: string | null | undefined,
  doneValue: string | null | undefined,
  met: boolean | null | undefined,
  startedAt: Date | null,
  pausedAt: Date | null,
  now: Date,
): SlaTarget | null {
  const dueAt = instant(dueValue);
  if (!dueAt) return null;
  const doneAt = instant(doneValue);
  if (doneAt) return { state: (met ?? doneAt <= dueAt) ? "met" : "missed", dueAt, remainingMs: null };
  const remainingMs = dueAt.getTime() - (pausedAt ?? now).getTime();
  if (pausedAt) return { state: remainingMs < 0 ? "breached" : "paused", dueAt, remainingMs };
  if (remainingMs < 0) return { state: "breached", dueAt, remainingMs };
  const length = startedAt ? dueAt.getTime() - startedAt.getTime() : 0;
  const atRisk = remainingMs <= Math.min(DAY_MS, Math.max(HOUR_MS, length * AT_RISK_SHARE));
  return { state: atRisk ? "at_risk" : "on_track", dueAt, remainingMs };
}

/**
 * The ticket's SLA as the technician sees it, computed on the device from the SLA columns; null when the ticket
 * has no SLA or the server sent none of the fields (then show nothing rather than guess).
 */
export function slaStatus(sla: TicketSla, now: Date): SlaStatus | null {
  if (!sla.sla_policy_id) return null;
  const startedAt = instant(sla.sla_started_at);
  const pausedAt = instant(sla.sla_paused_at);
  const response = target(sla.sla_response_due_at, sla.sla_response_at, sla.sla_response_met, startedAt, pausedAt, now);
  const resolution = target(sla.sla_resolution_due_at, sla.sla_resolution_at, sla.sla_resolution_met, startedAt, pausedAt, now);
  if (!response && !resolution) return null;
  return { response, resolution, paused: pausedAt !== null };
}

/** The state that matters most for a list sort or an "at risk" filter: the open target closest to breaking. */
export function mostUrgent(status: SlaStatus | null): SlaTarget | null {
  const open = [status?.resolution, status?.response].filter(
    (candidate): candidate is SlaTarget => candidate !== null && candidate !== undefined && candidate.remainingMs !== null,
  );
  return open.sort((a, b) => (a.remainingMs ?? 0) - (b.remainingMs ?? 0))[0] ?? null;
}
