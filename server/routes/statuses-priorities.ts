import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { SandboxContext } from "../context";
import { apiUserOf } from "../auth/api-key";
import { parseOrThrow } from "../http/api-error";
import { queryObject, uuid } from "../http/query-params";

const statusesQuerySchema = z.object({ board_id: uuid().optional() });

/** `GET /api/v1/tickets/statuses` and `/priorities` (contract §8.1, §8.2). */
export function registerStatusesAndPriorities(app: FastifyInstance, context: SandboxContext): void {
  app.get("/api/v1/tickets/statuses", async (request) => {
    const { tenant } = apiUserOf(request);
    const query = parseOrThrow(statusesQuerySchema, queryObject(request));
    const params: unknown[] = [tenant];
    const boardFilter = query.board_id ? `AND s.board_id = $${params.push(query.board_id)}` : "";
    const { rows } = await context.db.query(
      `SELECT s.status_id, s.board_id, s.name, s.is_closed, s.is_default, s.order_number
       FROM statuses s JOIN boards b ON b.board_id = s.board_id
       WHERE s.tenant = $1 AND s.status_type = 'ticket' ${boardFilter}
       ORDER BY b.board_name, s.order_number, s.name`,
      params,
    );
    return { data: rows };
  });

  app.get("/api/v1/tickets/priorities", async (request) => {
    const { tenant } = apiUserOf(request);
    const { rows } = await context.db.query(
      "SELECT priority_id, priority_name FROM priorities WHERE tenant = $1 AND item_type = 'ticket' ORDER BY priority_name",
      [tenant],
    );
    return { data: rows };
  });
}
