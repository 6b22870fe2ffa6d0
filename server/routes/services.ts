import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { SandboxContext } from "../context";
import { apiUserOf } from "../auth/api-key";
import { parseOrThrow } from "../http/api-error";
import { queryObject } from "../http/query-params";
import { pagination } from "../http/pagination";

// serviceListQuerySchema of the real server (server/src/lib/api/schemas/serviceSchemas.ts).
const servicesQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  sort: z.enum(["service_name", "billing_method", "default_rate"]).default("service_name"),
  order: z.enum(["asc", "desc"]).default("asc"),
  search: z.string().optional(),
  item_kind: z.enum(["service", "product", "any"]).optional(),
  is_active: z
    .enum(["true", "false"])
    .transform((value) => value === "true")
    .optional(),
});

/** `GET /api/v1/services`, the time-entry service picker (contract README, adjacent endpoints). */
export function registerServices(app: FastifyInstance, context: SandboxContext): void {
  app.get("/api/v1/services", async (request) => {
    const { tenant } = apiUserOf(request);
    const query = parseOrThrow(servicesQuerySchema, queryObject(request), "Query validation failed");
    const params: unknown[] = [tenant];
    const conditions = ["tenant = $1"];
    if (query.item_kind !== "any") conditions.push(`item_kind = $${params.push(query.item_kind ?? "service")}`);
    if (query.is_active !== undefined) conditions.push(`is_active = $${params.push(query.is_active)}`);
    if (query.search)
      conditions.push(
        `(service_name ILIKE $${params.push(`%${query.search}%`)} OR description ILIKE $${params.length} OR sku ILIKE $${params.length})`,
      );
    const where = conditions.join(" AND ");
    const count = await context.db.query<{ total: number }>(`SELECT count(*)::int AS total FROM service_catalog WHERE ${where}`, params);
    const { rows } = await context.db.query<Record<string, unknown>>(
      `SELECT service_id, service_name, NULL::uuid AS custom_service_type_id, billing_method, CAST(default_rate AS float) AS default_rate,
         unit_of_measure, NULL::uuid AS category_id, tenant, description, item_kind, is_active, sku, NULL::text AS service_type_name
       FROM service_catalog WHERE ${where}
       ORDER BY ${query.sort} ${query.order === "desc" ? "DESC" : "ASC"}, service_name ASC, service_id ASC
       LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.limit, (query.page - 1) * query.limit],
    );
    const total = count.rows[0]?.total ?? 0;
    return {
      data: rows.map((row) => ({ ...row, prices: [] })),
      pagination: pagination(query.page, query.limit, total),
    };
  });
}
