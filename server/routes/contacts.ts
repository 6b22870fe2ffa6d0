import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { SandboxContext } from "../context";
import { apiUserOf } from "../auth/api-key";
import { ApiError, notFound, parseOrThrow } from "../http/api-error";
import { direction, paginated, pagingOf, pagingQuery } from "../http/list-paging";
import { isUuid, queryBoolean, queryObject, uuid } from "../http/query-params";
import { quotedColumn } from "../http/sql-identifier";

const contactsQuerySchema = z.object({
  ...pagingQuery,
  client_id: uuid().optional(),
  search: z.string().optional(),
  is_inactive: queryBoolean().optional(),
  full_name: z.string().optional(),
  email: z.string().optional(),
  role: z.string().optional(),
  client_name: z.string().optional(),
});

// The sandbox keeps one phone per contact; the real server's phone table is answered in its shape.
const CONTACT_COLUMNS = `c.tenant, c.contact_name_id, c.full_name, c.client_id, c.email, c.role, c.notes, c.is_inactive, c.created_at,
  c.updated_at, comp.client_name, c.phone_number AS default_phone_number,
  CASE WHEN c.phone_number IS NULL THEN NULL ELSE 'work' END AS default_phone_type,
  CASE WHEN c.phone_number IS NULL THEN '[]'::json ELSE json_build_array(json_build_object(
    'contact_phone_number_id', md5(c.contact_name_id::text || ':phone')::uuid, 'phone_number', c.phone_number, 'extension', NULL,
    'normalized_phone_number', regexp_replace(c.phone_number, '\\D', '', 'g'), 'canonical_type', 'work', 'custom_phone_type_id', NULL,
    'custom_type', NULL, 'is_default', true, 'display_order', 0)) END AS phone_numbers,
  '[]'::json AS additional_email_addresses, NULL::text AS "avatarUrl"`;

// `GET /contacts/{id}` adds the client's flag and its default active location's e-mail and phone (awareness §8.3).
const CONTACT_DETAIL_COLUMNS = `${CONTACT_COLUMNS}, comp.is_inactive AS client_inactive, dl.email AS client_email, dl.phone AS client_phone,
  'work'::text AS primary_email_type, 'work'::text AS primary_email_canonical_type, NULL::uuid AS primary_email_custom_type_id`;

// `client_name` and `phone_number` sort by the joined values; any other sort is a raw contacts column.
function orderBy(sort: string, order: "asc" | "desc"): string {
  if (sort === "client_name") return `comp.client_name ${direction(order)}, c.contact_name_id`;
  if (sort === "phone_number") return `c.phone_number ${direction(order)}, c.full_name ASC`;
  return `${quotedColumn("c", sort)} ${direction(order)}, c.contact_name_id`;
}

/** `GET /api/v1/contacts` (field-kit contract §1.2) and `/contacts/{id}` (awareness §8.3). */
export function registerContacts(app: FastifyInstance, context: SandboxContext): void {
  app.get("/api/v1/contacts", async (request) => {
    const { tenant } = apiUserOf(request);
    const query = parseOrThrow(contactsQuerySchema, queryObject(request), "Query validation failed");
    const paging = pagingOf(query);
    const params: unknown[] = [tenant];
    const conditions = ["c.tenant = $1"];
    if (query.client_id) conditions.push(`c.client_id = $${params.push(query.client_id)}`);
    if (query.is_inactive !== undefined) conditions.push(`c.is_inactive = ${query.is_inactive}`);
    if (query.full_name) conditions.push(`c.full_name ILIKE $${params.push(`%${query.full_name}%`)}`);
    if (query.email) conditions.push(`c.email ILIKE $${params.push(`%${query.email}%`)}`);
    if (query.role) conditions.push(`c.role ILIKE $${params.push(`%${query.role}%`)}`);
    if (query.client_name) conditions.push(`comp.client_name ILIKE $${params.push(`%${query.client_name}%`)}`);
    if (query.search) {
      const text = `$${params.push(`%${query.search}%`)}`;
      const digits = query.search.replace(/\D/g, "");
      const phone = digits ? ` OR regexp_replace(c.phone_number, '\\D', '', 'g') LIKE $${params.push(`%${digits}%`)}` : "";
      conditions.push(
        `(c.full_name ILIKE ${text} OR c.email ILIKE ${text} OR c.role ILIKE ${text} OR comp.client_name ILIKE ${text}${phone})`,
      );
    }
    const from = `FROM contacts c LEFT JOIN clients comp ON comp.client_id = c.client_id WHERE ${conditions.join(" AND ")}`;
    const count = await context.db.query<{ total: number }>(`SELECT count(DISTINCT c.contact_name_id)::int AS total ${from}`, params);
    const { rows } = await context.db.query(
      `SELECT ${CONTACT_COLUMNS} ${from} ORDER BY ${orderBy(paging.sort, paging.order)} LIMIT ${paging.limit} OFFSET ${paging.offset}`,
      params,
    );
    const filters = { client_id: query.client_id, search: query.search, is_inactive: query.is_inactive };
    return paginated(rows, paging, count.rows[0]?.total ?? 0, { sort: paging.sort, order: paging.order, filters });
  });

  app.get<{ Params: { contactId: string } }>("/api/v1/contacts/:contactId", async (request) => {
    const { tenant } = apiUserOf(request);
    if (!isUuid(request.params.contactId)) throw new ApiError(400, "VALIDATION_ERROR", "Invalid contact ID format");
    const { rows } = await context.db.query(
      `SELECT ${CONTACT_DETAIL_COLUMNS} FROM contacts c LEFT JOIN clients comp ON comp.client_id = c.client_id
         LEFT JOIN LATERAL (SELECT email, phone FROM client_locations l WHERE l.client_id = c.client_id AND l.is_default AND l.is_active
           LIMIT 1) dl ON true
       WHERE c.contact_name_id = $1 AND c.tenant = $2`,
      [request.params.contactId, tenant],
    );
    if (!rows[0]) throw notFound("contact not found");
    return { data: rows[0] };
  });
}
