import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { SandboxContext } from "../context";
import { apiUserOf } from "../auth/api-key";
import { parseOrThrow } from "../http/api-error";
import { direction } from "../http/list-paging";
import { pagination } from "../http/pagination";
import { queryObject, uuid } from "../http/query-params";
import { quotedColumn } from "../http/sql-identifier";

const MAX_LIMIT = 100;

// ticketCategoryListQuerySchema; is_parent, is_child, depth, active and category_type are accepted and ignored.
const categoriesQuerySchema = z.object({
  board_id: uuid().optional(),
  search: z.string().optional(),
  parent_category: uuid().optional(),
  limit: z.coerce.number().int().min(1).optional(),
  offset: z.coerce.number().int().min(0).optional(),
  page: z.coerce.number().int().min(1).optional(),
  sort_by: z.string().optional(),
  sort_order: z.enum(["asc", "desc"]).optional(),
  include_hierarchy: z.string().optional(),
});

/**
 * `GET /api/v1/categories/ticket` (field-kit contract §1.2): limit capped at 100 rather than refused, only
 * `offset` moves the window (`page` is only echoed), `sort_by` is a raw column.
 */
export function registerCategories(app: FastifyInstance, context: SandboxContext): void {
  app.get("/api/v1/categories/ticket", async (request) => {
    const { tenant } = apiUserOf(request);
    const query = parseOrThrow(categoriesQuerySchema, queryObject(request), "Query validation failed");
    const limit = Math.min(query.limit ?? 25, MAX_LIMIT);
    const params: unknown[] = [tenant];
    const conditions = ["c.tenant = $1"];
    if (query.board_id) conditions.push(`c.board_id = $${params.push(query.board_id)}`);
    if (query.parent_category) conditions.push(`c.parent_category = $${params.push(query.parent_category)}`);
    if (query.search) conditions.push(`c.category_name ILIKE $${params.push(`%${query.search}%`)}`);
    const where = conditions.join(" AND ");
    const hierarchy =
      query.include_hierarchy === "true"
        ? ", CASE WHEN c.parent_category IS NULL THEN 0 ELSE 1 END AS depth, p.category_name AS parent_category_name"
        : "";
    const count = await context.db.query<{ total: number }>(`SELECT count(*)::int AS total FROM categories c WHERE ${where}`, params);
    const { rows } = await context.db.query(
      `SELECT c.*${hierarchy} FROM categories c LEFT JOIN categories p ON p.category_id = c.parent_category WHERE ${where}
       ORDER BY ${quotedColumn("c", query.sort_by ?? "category_name")} ${direction(query.sort_order ?? "asc")}, c.category_id
       LIMIT ${limit} OFFSET ${query.offset ?? 0}`,
      params,
    );
    const filters = { board_id: query.board_id, search: query.search, parent_category: query.parent_category };
    return {
      data: rows,
      pagination: pagination(query.page ?? 1, limit, count.rows[0]?.total ?? 0),
      meta: { resource: "ticket_category", filters },
    };
  });
}
