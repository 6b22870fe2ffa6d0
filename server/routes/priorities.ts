import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { SandboxContext } from "../context";
import { apiUserOf } from "../auth/api-key";
import { parseOrThrow } from "../http/api-error";
import { direction, paginated, pagingOf, pagingQuery } from "../http/list-paging";
import { queryObject } from "../http/query-params";
import { quotedColumn } from "../http/sql-identifier";

const prioritiesQuerySchema = z.object({
  ...pagingQuery,
  item_type: z.enum(["ticket", "project_task"]).optional(),
  search: z.string().optional(),
});

/**
 * The generic `GET /api/v1/priorities` (field-kit contract §1.2), unlike `/tickets/priorities`: paginated, every
 * column, and without `sort` ordered by created_at desc (not order_number), then name.
 */
export function registerPriorities(app: FastifyInstance, context: SandboxContext): void {
  app.get("/api/v1/priorities", async (request) => {
    const { tenant } = apiUserOf(request);
    const query = parseOrThrow(prioritiesQuerySchema, queryObject(request), "Query validation failed");
    const paging = pagingOf(query);
    const params: unknown[] = [tenant];
    const conditions = ["p.tenant = $1"];
    if (query.item_type) conditions.push(`p.item_type = $${params.push(query.item_type)}`);
    // The sandbox's priorities have no description column; the name is what a search matches.
    if (query.search) conditions.push(`p.priority_name ILIKE $${params.push(`%${query.search}%`)}`);
    const where = conditions.join(" AND ");
    const count = await context.db.query<{ total: number }>(`SELECT count(*)::int AS total FROM priorities p WHERE ${where}`, params);
    const { rows } = await context.db.query(
      `SELECT p.* FROM priorities p WHERE ${where}
       ORDER BY ${quotedColumn("p", paging.sort)} ${direction(paging.order)}, p.priority_name ASC
       LIMIT ${paging.limit} OFFSET ${paging.offset}`,
      params,
    );
    const filters = { item_type: query.item_type, search: query.search };
    return paginated(rows, paging, count.rows[0]?.total ?? 0, { sort: paging.sort, order: paging.order, filters });
  });
}
