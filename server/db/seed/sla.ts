import type { Transaction } from "@electric-sql/pglite";
import { slaStartSql } from "../../tickets/sla-start";
import { insertRows } from "./insert-rows";
import type { SeededRandom } from "./random";
import type { ReferenceData } from "./reference-data";

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;
const RECENT_DAYS = 14;
// Response and resolution targets in hours, by priority order (Critical first).
const TARGET_HOURS = [
  [1, 4],
  [2, 8],
  [4, 24],
  [8, 72],
  [24, 168],
] as const;

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
  await insertRows(tx, "sla_policies", [
    { tenant: ref.tenant, sla_policy_id: policyId, policy_name: "Service Desk standard", board_id: ref.boards[0]?.boardId },
  ]);
  await insertRows(
    tx,
    "sla_policy_targets",
    ref.priorityIds.map((priorityId, index) => ({
      sla_policy_id: policyId,
      priority_id: priorityId,
      response_minutes: (TARGET_HOURS[index]?.[0] ?? 24) * 60,
      resolution_minutes: (TARGET_HOURS[index]?.[1] ?? 168) * 60,
    })),
  );
  await tx.query(slaStartSql("t.tenant = $1 AND t.entered_at > $2", false), [
    ref.tenant,
    new Date(now.getTime() - RECENT_DAYS * 24 * HOUR_MS),
  ]);
  // What the subscriber would have recorded since: the first public reply of a technician, and closes.
  await tx.query(
    `UPDATE tickets t SET sla_response_at = responded.at,
       sla_response_met = CASE WHEN responded.at IS NULL THEN NULL ELSE responded.at <= t.sla_response_due_at END,
       sla_resolution_at = t.closed_at,
       sla_resolution_met = CASE WHEN t.closed_at IS NULL THEN NULL ELSE t.closed_at <= t.sla_resolution_due_at END
     FROM (SELECT tk.ticket_id,
             (SELECT min(cm.created_at) FROM comments cm WHERE cm.ticket_id = tk.ticket_id AND cm.author_type = 'internal' AND NOT cm.is_internal) AS at
           FROM tickets tk WHERE tk.tenant = $1 AND tk.sla_policy_id IS NOT NULL) responded
     WHERE t.ticket_id = responded.ticket_id`,
    [ref.tenant],
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
