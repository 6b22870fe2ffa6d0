import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { SandboxContext } from "../context";
import { apiUserOf } from "../auth/api-key";
import { requirePermission } from "../auth/technician-role";
import { ApiError, notFound, parseOrThrow } from "../http/api-error";
import { direction, paginated, pagingOf, pagingQuery } from "../http/list-paging";
import { isUuid, queryObject, uuid } from "../http/query-params";
import { quotedColumn } from "../http/sql-identifier";

const clientsQuerySchema = z.object({
  ...pagingQuery,
  search: z.string().optional(),
  client_name: z.string().optional(),
  is_inactive: z.string().optional(),
  client_type: z.string().optional(),
  account_manager_id: uuid().optional(),
});

// Contact data lives on locations: the default location's email and phone are searched, never returned.
const SEARCH = `(c.client_name ILIKE $P OR dl.email ILIKE $P OR dl.phone ILIKE $P OR dl.address_line1 ILIKE $P OR dl.city ILIKE $P)`;

// Every clients column plus what the base controller adds (awareness §8.1); no phone, e-mail or address.
const CLIENT_COLUMNS = `c.*, c.credit_balance::text AS credit_balance, am.first_name || ' ' || am.last_name AS account_manager_full_name,
  NULL::text AS "logoUrl"`;

/**
 * `GET /api/v1/clients`, `/clients/{id}` and `/clients/{id}/locations` (field-kit contract §1.2, awareness §8.1–§8.2),
 * all behind `client:read`.
 */
export function registerClients(app: FastifyInstance, context: SandboxContext): void {
  app.get("/api/v1/clients", async (request) => {
    const { tenant } = apiUserOf(request);
    requirePermission(context, "client:read");
    const query = parseOrThrow(clientsQuerySchema, queryObject(request), "Query validation failed");
    const paging = pagingOf(query);
    const params: unknown[] = [tenant];
    const conditions = ["c.tenant = $1"];
    // Any value other than "true" filters the active clients.
    if (query.is_inactive !== undefined) conditions.push(`c.is_inactive = ${query.is_inactive === "true"}`);
    if (query.client_name) conditions.push(`c.client_name ILIKE $${params.push(`%${query.client_name}%`)}`);
    if (query.client_type) conditions.push(`c.client_type = $${params.push(query.client_type)}`);
    if (query.account_manager_id) conditions.push(`c.account_manager_id = $${params.push(query.account_manager_id)}`);
    if (query.search) conditions.push(SEARCH.replaceAll("$P", `$${params.push(`%${query.search}%`)}`));
    const from = `FROM clients c LEFT JOIN client_locations dl ON dl.client_id = c.client_id AND dl.is_default WHERE ${conditions.join(" AND ")}`;
    const count = await context.db.query<{ total: number }>(`SELECT count(DISTINCT c.client_id)::int AS total ${from}`, params);
    const { rows } = await context.db.query(
      `SELECT ${CLIENT_COLUMNS}
       FROM (SELECT c.* ${from}) c LEFT JOIN users am ON am.user_id = c.account_manager_id
       ORDER BY ${quotedColumn("c", paging.sort)} ${direction(paging.order)}, c.client_id
       LIMIT ${paging.limit} OFFSET ${paging.offset}`,
      params,
    );
    const filters = { search: query.search, client_name: query.client_name, is_inactive: query.is_inactive };
    return paginated(rows, paging, count.rows[0]?.total ?? 0, { sort: paging.sort, order: paging.order, filters });
  });

  app.get<{ Params: { clientId: string } }>("/api/v1/clients/:clientId", async (request) => {
    const { tenant } = apiUserOf(request);
    requirePermission(context, "client:read");
    if (!isUuid(request.params.clientId)) throw new ApiError(400, "VALIDATION_ERROR", "Invalid client ID format");
    const { rows } = await context.db.query(
      `SELECT ${CLIENT_COLUMNS} FROM clients c LEFT JOIN users am ON am.user_id = c.account_manager_id WHERE c.client_id = $1 AND c.tenant = $2`,
      [request.params.clientId, tenant],
    );
    if (!rows[0]) throw notFound("client not found");
    return { data: rows[0] };
  });

  // Not paginated; inactive locations included. A non-UUID id reaches Postgres unchecked: 500.
  app.get<{ Params: { clientId: string } }>("/api/v1/clients/:clientId/locations", async (request) => {
    const { tenant } = apiUserOf(request);
    requirePermission(context, "client:read");
    const client = await context.db.query("SELECT 1 FROM clients WHERE client_id = $1 AND tenant = $2", [request.params.clientId, tenant]);
    if (client.rows.length === 0) throw notFound("Client not found");
    const { rows } = await context.db.query(
      "SELECT * FROM client_locations WHERE client_id = $1 AND tenant = $2 ORDER BY is_default DESC, location_name ASC",
      [request.params.clientId, tenant],
    );
    return { data: rows };
  });
}
