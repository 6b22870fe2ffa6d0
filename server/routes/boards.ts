import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { SandboxContext } from "../context";
import { apiUserOf } from "../auth/api-key";
import { parseOrThrow } from "../http/api-error";
import { direction, paginated, pagingOf, pagingQuery } from "../http/list-paging";
import { queryObject } from "../http/query-params";

const boardsQuerySchema = z.object({ ...pagingQuery, include_inactive: z.string().optional(), search: z.string().optional() });
// Only these sorts are honoured; anything else (the app's `name`, the default created_at) sorts by display_order.
const SORTABLE = new Set(["display_order", "board_name", "is_inactive", "is_default"]);

/** `GET /api/v1/boards` (field-kit contract §1.2): active boards unless include_inactive=true; default order desc. */
export function registerBoards(app: FastifyInstance, context: SandboxContext): void {
  app.get("/api/v1/boards", async (request) => {
    const { tenant } = apiUserOf(request);
    const query = parseOrThrow(boardsQuerySchema, queryObject(request), "Query validation failed");
    const paging = pagingOf(query);
    const params: unknown[] = [tenant];
    const conditions = ["tenant = $1"];
    if (query.include_inactive !== "true") conditions.push("NOT is_inactive");
    if (query.search) conditions.push(`(board_name ILIKE $${params.push(`%${query.search}%`)} OR description ILIKE $${params.length})`);
    const where = conditions.join(" AND ");
    const sort = SORTABLE.has(paging.sort) ? paging.sort : "display_order";
    const orderBy = sort === "board_name" ? `board_name ${direction(paging.order)}` : `${sort} ${direction(paging.order)}, board_name ASC`;
    const count = await context.db.query<{ total: number }>(`SELECT count(*)::int AS total FROM boards WHERE ${where}`, params);
    const { rows } = await context.db.query(
      `SELECT * FROM boards WHERE ${where} ORDER BY ${orderBy} LIMIT ${paging.limit} OFFSET ${paging.offset}`,
      params,
    );
    const filters = { include_inactive: query.include_inactive, search: query.search };
    return paginated(rows, paging, count.rows[0]?.total ?? 0, { sort: paging.sort, order: paging.order, filters });
  });
}
