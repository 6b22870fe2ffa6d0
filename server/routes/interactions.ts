import type { FastifyInstance } from "fastify";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { SandboxContext } from "../context";
import { apiUserOf } from "../auth/api-key";
import { ApiError, notFound, parseOrThrow } from "../http/api-error";
import { pagination } from "../http/pagination";
import { isoDateTime, isUuid, queryObject, uuid } from "../http/query-params";
import { jsonBodyOrEmpty } from "../http/request-body";

// createInteractionApiSchema (awareness §7.2): non-strict, so unknown keys (the newer `create_schedule_entry`) are dropped.
const createSchema = z
  .object({
    type_id: uuid(),
    client_id: uuid().optional(),
    contact_name_id: uuid().optional(),
    ticket_id: uuid().optional(),
    project_id: uuid().optional(),
    opportunity_id: uuid().optional(),
    title: z.string().trim().min(1).default("Interaction"),
    notes: z.string().optional(),
    duration: z.number().int().min(0).optional(),
    start_time: isoDateTime().optional(),
    end_time: isoDateTime().optional(),
    interaction_date: isoDateTime().optional(),
  })
  .refine((body) => body.client_id || body.contact_name_id, {
    message: "Either client_id or contact_name_id must be provided",
    path: ["client_id"],
  })
  .refine((body) => !body.start_time || !body.end_time || Date.parse(body.end_time) >= Date.parse(body.start_time), {
    message: "end_time must be on or after start_time",
    path: ["end_time"],
  });

const positive = () => z.string().regex(/^\d+$/, "Must be a positive integer").transform(Number).pipe(z.number().int().min(1));

// interactionListQuerySchema (§7.3): `page_size` is clamped, not refused; `limit` is no parameter at all.
const listQuerySchema = z
  .object({
    client_id: uuid().optional(),
    contact_id: uuid().optional(),
    opportunity_id: uuid().optional(),
    ticket_id: uuid().optional(),
    project_id: uuid().optional(),
    user_id: uuid().optional(),
    type_id: uuid().optional(),
    date_from: isoDateTime().optional(),
    date_to: isoDateTime().optional(),
    page: positive().optional(),
    page_size: positive().optional(),
  })
  .refine((query) => !query.date_from || !query.date_to || Date.parse(query.date_to) >= Date.parse(query.date_from), {
    message: "date_to must be on or after date_from",
    path: ["date_to"],
  });

const EQUALITY_FILTERS = {
  client_id: "i.client_id",
  contact_id: "i.contact_name_id",
  opportunity_id: "i.opportunity_id",
  ticket_id: "i.ticket_id",
  project_id: "i.project_id",
  user_id: "i.user_id",
  type_id: "i.type_id",
} as const;

// Every column plus the joined names: the type's in lower case, the author's username (§7.3).
const ROW = `SELECT i.*, lower(t.type_name) AS type_name, t.icon, c.full_name AS contact_name, cl.client_name, u.username AS user_name,
    s.name AS status_name, coalesce(s.is_closed, false) AS is_status_closed
  FROM interactions i JOIN interaction_types t ON t.type_id = i.type_id LEFT JOIN contacts c ON c.contact_name_id = i.contact_name_id
    LEFT JOIN clients cl ON cl.client_id = i.client_id LEFT JOIN users u ON u.user_id = i.user_id LEFT JOIN statuses s ON s.status_id = i.status_id`;
const ORDER = "ORDER BY i.interaction_date DESC, i.interaction_id DESC";

/** Interaction types and interactions (awareness §7): call-and-log. Every Technician variant has `interaction:*`. */
export function registerInteractions(app: FastifyInstance, context: SandboxContext): void {
  const { db } = context;
  const byId = async (tenant: string, id: string) =>
    (await db.query(`${ROW} WHERE i.interaction_id = $1 AND i.tenant = $2`, [id, tenant])).rows[0] as Record<string, unknown> | undefined;

  app.get("/api/v1/interaction-types", async (request) => {
    const { tenant } = apiUserOf(request);
    const { rows } = await db.query<{ type_name: string }>(
      "SELECT type_id, type_name, icon, is_system FROM interaction_types WHERE is_system OR tenant = $1",
      [tenant],
    );
    // One merged list in locale order of the original case, not paginated (§7.1).
    return { data: rows.sort((a, b) => a.type_name.localeCompare(b.type_name)) };
  });

  app.post("/api/v1/interactions", async (request, reply) => {
    const user = apiUserOf(request);
    const body = parseOrThrow(createSchema, jsonBodyOrEmpty(request));
    const status = await db.query<{ status_id: string }>(
      "SELECT status_id FROM statuses WHERE tenant = $1 AND status_type = 'interaction' AND is_default LIMIT 1",
      [user.tenant],
    );
    // Plain Errors on the real server: the generic 500 (§7.2).
    if (!status.rows[0]) throw new Error("No default interaction status");
    let clientId = body.client_id;
    if (!clientId && body.contact_name_id) {
      const contact = await db.query<{ client_id: string | null }>("SELECT client_id FROM contacts WHERE contact_name_id = $1", [
        body.contact_name_id,
      ]);
      clientId = contact.rows[0]?.client_id ?? undefined;
      if (!clientId) throw new Error("Interactions must be linked to a client");
    }
    const id = randomUUID();
    // No check that the ticket belongs to the client; unknown references fail as foreign keys (400 "Invalid reference").
    await db.query(
      `INSERT INTO interactions (tenant, interaction_id, type_id, client_id, contact_name_id, user_id, ticket_id, project_id, opportunity_id,
         title, notes, interaction_date, start_time, end_time, duration, status_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, coalesce($12::timestamptz, now()), $13, $14, $15, $16)`,
      [
        user.tenant,
        id,
        body.type_id,
        clientId,
        body.contact_name_id ?? null,
        user.userId,
        body.ticket_id ?? null,
        body.project_id ?? null,
        body.opportunity_id ?? null,
        body.title,
        body.notes ?? null,
        body.interaction_date ?? null,
        body.start_time ?? null,
        body.end_time ?? null,
        body.duration ?? null,
        status.rows[0].status_id,
      ],
    );
    context.log("interactions: one logged");
    return reply.code(201).send({ data: { ...(await byId(user.tenant, id)), online_meeting: null } });
  });

  // Everyone's interactions, whatever their visibility (§7.3).
  app.get("/api/v1/interactions", async (request) => {
    const { tenant } = apiUserOf(request);
    const query = parseOrThrow(listQuerySchema, queryObject(request), "Query validation failed");
    const params: unknown[] = [tenant];
    const conditions = ["i.tenant = $1"];
    for (const [name, column] of Object.entries(EQUALITY_FILTERS)) {
      const value = query[name as keyof typeof EQUALITY_FILTERS];
      if (value) conditions.push(`${column} = $${params.push(value)}`);
    }
    if (query.date_from) conditions.push(`i.interaction_date >= $${params.push(query.date_from)}`);
    if (query.date_to) conditions.push(`i.interaction_date <= $${params.push(query.date_to)}`);
    const page = query.page ?? 1;
    const pageSize = Math.min(query.page_size ?? 25, 100);
    const where = conditions.join(" AND ");
    const count = await db.query<{ total: number }>(`SELECT count(*)::int AS total FROM interactions i WHERE ${where}`, params);
    const { rows } = await db.query(`${ROW} WHERE ${where} ${ORDER} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`, params);
    const { page: _page, page_size: _size, ...filters } = query;
    return { data: rows, pagination: pagination(page, pageSize, count.rows[0]?.total ?? 0), meta: { filters } };
  });

  app.get<{ Params: { id: string } }>("/api/v1/interactions/:id", async (request) => {
    const { tenant } = apiUserOf(request);
    if (!isUuid(request.params.id)) throw new ApiError(400, "VALIDATION_ERROR", "Invalid interaction ID format");
    const row = await byId(tenant, request.params.id);
    if (!row) throw notFound("interaction not found");
    return { data: { ...row, online_meeting: null } };
  });
}
