import type { Transaction } from "@electric-sql/pglite";
import type { SeededRandom } from "./random";
import type { ReferenceData } from "./reference-data";

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;
const RECENT_DAYS = 14;

/** Offsets from now, in milliseconds. */
interface SlaState {
  response: number;
  responded: number;
  resolution: number;
  pausedAt?: number;
  pauseMinutes?: number;
}

/**
 * SLA columns (fieldkit §7.3). Service Desk tickets entered in the last two weeks run under one policy with
 * targets by priority (wall-clock hours; the real service counts business hours); older tickets predate the
 * policy and have none. Four tech tickets hold one state each, relative to `now`:
 * TIC001000 on track, TIC001001 at risk (resolution due in 45 minutes), TIC001002 breached, TIC001003 paused.
 * `due_date` is left alone: the app reads it before `attributes.due_date`, which the seed fills.
 */
export async function seedSla(
  tx: Transaction,
  random: SeededRandom,
  now: Date,
  ref: ReferenceData,
  ticket: (number: number) => string,
): Promise<void> {
  const policyId = random.uuid();
  const serviceDesk = ref.boards[0]?.boardId;
  // Response and resolution targets in hours, by priority order (Critical first).
  await tx.query(
    `WITH targets(order_number, response_hours, resolution_hours) AS (VALUES (1, 1, 4), (2, 2, 8), (3, 4, 24), (4, 8, 72), (5, 24, 168)),
     timed AS (
       SELECT t.ticket_id, t.entered_at, t.closed_at,
         t.entered_at + make_interval(hours => tg.response_hours) AS response_due,
         t.entered_at + make_interval(hours => tg.resolution_hours) AS resolution_due,
         (SELECT min(cm.created_at) FROM comments cm WHERE cm.ticket_id = t.ticket_id AND cm.author_type = 'internal' AND NOT cm.is_internal) AS responded
       FROM tickets t JOIN priorities p ON p.priority_id = t.priority_id JOIN targets tg ON tg.order_number = p.order_number
       WHERE t.tenant = $1 AND t.board_id = $2 AND t.entered_at > $3)
     UPDATE tickets t SET sla_policy_id = $4, sla_started_at = timed.entered_at,
       sla_response_due_at = timed.response_due, sla_response_at = timed.responded,
       sla_response_met = CASE WHEN timed.responded IS NULL THEN NULL ELSE timed.responded <= timed.response_due END,
       sla_resolution_due_at = timed.resolution_due, sla_resolution_at = timed.closed_at,
       sla_resolution_met = CASE WHEN timed.closed_at IS NULL THEN NULL ELSE timed.closed_at <= timed.resolution_due END
     FROM timed WHERE t.ticket_id = timed.ticket_id`,
    [ref.tenant, serviceDesk, new Date(now.getTime() - RECENT_DAYS * 24 * HOUR_MS), policyId],
  );

  const at = (offsetMs: number) => new Date(now.getTime() + offsetMs);
  const states: [number, SlaState][] = [
    [1000, { response: -47 * HOUR_MS, responded: -47.5 * HOUR_MS, resolution: 3 * 24 * HOUR_MS }],
    [1001, { response: -20 * HOUR_MS, responded: -21 * HOUR_MS, resolution: 45 * MINUTE_MS }],
    [1002, { response: -30 * HOUR_MS, responded: -29.5 * HOUR_MS, resolution: -2 * HOUR_MS }],
    [1003, { response: -6 * HOUR_MS, responded: -7 * HOUR_MS, resolution: 24 * HOUR_MS, pausedAt: -3 * HOUR_MS, pauseMinutes: 90 }],
  ];
  for (const [number, state] of states) {
    const response = at(state.response);
    const responded = at(state.responded);
    await tx.query(
      `UPDATE tickets SET sla_policy_id = $2, sla_started_at = LEAST(entered_at, $3::timestamptz - interval '1 hour'),
         sla_response_due_at = $3, sla_response_at = $4, sla_response_met = $4 <= $3,
         sla_resolution_due_at = $5, sla_resolution_at = NULL, sla_resolution_met = NULL,
         sla_paused_at = $6, sla_total_pause_minutes = $7, response_state = $8
       WHERE ticket_id = $1`,
      [
        ticket(number),
        policyId,
        response,
        responded,
        at(state.resolution),
        state.pausedAt === undefined ? null : at(state.pausedAt),
        state.pauseMinutes ?? 0,
        state.pausedAt === undefined ? null : "awaiting_client",
      ],
    );
  }
}
