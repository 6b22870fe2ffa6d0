import type { FastifyInstance } from "fastify";
import type { SandboxContext } from "../context";
import { apiUserOf } from "../auth/api-key";

const DAY_MS = 86_400_000;

type CountRow = { key: string | null; count: number };

/** `GET /api/v1/tickets/stats`, quirks included (contract §5). */
export function registerTicketStats(app: FastifyInstance, context: SandboxContext): void {
  app.get("/api/v1/tickets/stats", async (request) => {
    const { tenant } = apiUserOf(request);
    // Windows start at today's midnight in the server's local time zone, as on the real server.
    const midnight = new Date();
    midnight.setHours(0, 0, 0, 0);
    const { rows } = await context.db.query<Record<string, number>>(
      `SELECT count(*)::int AS total,
         count(*) FILTER (WHERE s.is_closed = false)::int AS open,
         count(*) FILTER (WHERE s.is_closed = true)::int AS closed,
         count(*) FILTER (WHERE t.assigned_to IS NULL)::int AS unassigned,
         count(*) FILTER (WHERE t.entered_at >= $2)::int AS today,
         count(*) FILTER (WHERE t.entered_at >= $3)::int AS week,
         count(*) FILTER (WHERE t.entered_at >= $4)::int AS month
       FROM tickets t LEFT JOIN statuses s ON s.status_id = t.status_id WHERE t.tenant = $1`,
      [tenant, midnight, new Date(midnight.getTime() - 7 * DAY_MS), new Date(midnight.getTime() - 30 * DAY_MS)],
    );
    const totals = rows[0] ?? {};
    const groupBy = async (keySql: string, joins: string, extraWhere = "") => {
      const result = await context.db.query<CountRow>(
        `SELECT ${keySql} AS key, count(*)::int AS count FROM tickets t ${joins} WHERE t.tenant = $1 ${extraWhere} GROUP BY 1`,
        [tenant],
      );
      return Object.fromEntries(result.rows.map((row) => [row.key ?? "unknown", row.count]));
    };
    return {
      data: {
        total_tickets: totals.total ?? 0,
        open_tickets: totals.open ?? 0,
        closed_tickets: totals.closed ?? 0,
        // Closed tickets count too: the real controller does not look at the status here.
        unassigned_tickets: totals.unassigned ?? 0,
        // Hard-coded to 0 by the real server; due dates are not consulted.
        overdue_tickets: 0,
        tickets_by_status: await groupBy("COALESCE(t.status_id::text, s.name)", "LEFT JOIN statuses s ON s.status_id = t.status_id"),
        tickets_by_priority: await groupBy("p.priority_name", "LEFT JOIN priorities p ON p.priority_id = t.priority_id"),
        tickets_by_category: await groupBy("cat.category_name", "JOIN categories cat ON cat.category_id = t.category_id"),
        tickets_by_board: await groupBy("b.board_name", "LEFT JOIN boards b ON b.board_id = t.board_id"),
        tickets_created_today: totals.today ?? 0,
        tickets_created_this_week: totals.week ?? 0,
        tickets_created_this_month: totals.month ?? 0,
      },
    };
  });
}
