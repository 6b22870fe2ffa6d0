import type { Transaction } from "@electric-sql/pglite";
import { insertRows } from "./insert-rows";
import type { SeededRandom } from "./random";
import type { ReferenceData } from "./reference-data";

const DAY_MS = 86_400_000;
/** How many open tickets of colleagues tech@example.com helps on, as an additional agent only (awareness §9). */
const HELPED_TICKETS = 2;

/**
 * tech@example.com as an additional agent on the first open tickets (by number) whose primary is another
 * technician: "Mine" has tickets that `assigned_to` alone does not find (awareness §4).
 */
export async function seedAdditionalAgents(tx: Transaction, random: SeededRandom, now: Date, ref: ReferenceData): Promise<void> {
  const { rows } = await tx.query<{ ticket_id: string; assigned_to: string }>(
    `SELECT t.ticket_id, t.assigned_to FROM tickets t JOIN statuses s ON s.status_id = t.status_id
     WHERE t.tenant = $1 AND NOT s.is_closed AND t.assigned_to IS NOT NULL AND t.assigned_to <> $2
     ORDER BY t.ticket_number LIMIT ${HELPED_TICKETS}`,
    [ref.tenant, ref.techUserId],
  );
  await insertRows(
    tx,
    "ticket_resources",
    rows.map((row, index) => ({
      tenant: ref.tenant,
      assignment_id: random.uuid(),
      ticket_id: row.ticket_id,
      assigned_to: row.assigned_to,
      additional_user_id: ref.techUserId,
      role: "support",
      assigned_at: new Date(now.getTime() - (index + 1) * DAY_MS),
    })),
  );
}
