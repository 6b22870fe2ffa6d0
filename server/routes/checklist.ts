import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { SandboxContext } from "../context";
import { apiUserOf } from "../auth/api-key";
import { newId } from "../auth/tokens";
import { notFound, parseOrThrow, validationFailed } from "../http/api-error";
import { isUuid } from "../http/query-params";
import { jsonBodyOrEmpty } from "../http/request-body";
import { registerMethodNotAllowed } from "../http/method-not-allowed";
import { loadTicket } from "../tickets/ticket-record";

// zod 3's wording for unknown keys of a strict object, which the real schemas are (fieldkit §5.2).
const strict = {
  error: (issue: { code?: string; keys?: string[] }) =>
    issue.code === "unrecognized_keys"
      ? `Unrecognized key(s) in object: ${(issue.keys ?? []).map((key) => `'${key}'`).join(", ")}`
      : undefined,
};

const createSchema = z.strictObject(
  {
    item_name: z.string().trim().min(1, "Checklist item name is required"),
    description: z.string().nullable().optional(),
    // Omitted means required (fieldkit §5.2).
    is_required: z.boolean().optional(),
  },
  strict,
);
const completionSchema = z.strictObject({ completed: z.boolean() }, strict);

/** The projection every checklist answer uses (fieldkit §5). */
const ITEM_SQL = `SELECT i.checklist_item_id, i.ticket_id, i.item_name, i.description, i.order_number, i.assigned_to, i.is_required,
    i.completed, i.completed_by, i.completed_at, i.source, i.template_id,
    NULLIF(trim(CONCAT(u.first_name, ' ', u.last_name)), '') AS completed_by_name
  FROM ticket_checklist_items i LEFT JOIN users u ON u.user_id = i.completed_by`;

/** `GET`/`POST /api/v1/tickets/{id}/checklist` and `PATCH …/checklist/{itemId}` (fieldkit §5). */
export function registerChecklist(app: FastifyInstance, context: SandboxContext): void {
  const itemById = async (itemId: string) =>
    (await context.db.query<{ ticket_id: string; completed: boolean }>(`${ITEM_SQL} WHERE i.checklist_item_id = $1`, [itemId])).rows[0];

  app.get<{ Params: { id: string } }>("/api/v1/tickets/:id/checklist", async (request) => {
    const user = apiUserOf(request);
    const ticket = await loadTicket(context, user.tenant, request.params.id);
    const { rows } = await context.db.query(`${ITEM_SQL} WHERE i.ticket_id = $1 ORDER BY i.order_number`, [ticket.ticket_id]);
    return { data: rows };
  });

  app.post<{ Params: { id: string } }>("/api/v1/tickets/:id/checklist", async (request, reply) => {
    const user = apiUserOf(request);
    const ticket = await loadTicket(context, user.tenant, request.params.id);
    const body = parseOrThrow(createSchema, jsonBodyOrEmpty(request));
    const itemId = newId();
    // Appended at the end; no activity row and no bump of the ticket's updated_at.
    await context.db.query(
      `INSERT INTO ticket_checklist_items (tenant, checklist_item_id, ticket_id, item_name, description, order_number, is_required, source, created_by)
       SELECT $1, $2, $3, $4, $5, COALESCE(max(order_number) + 1, 0), $6, 'manual', $7 FROM ticket_checklist_items WHERE ticket_id = $3`,
      [user.tenant, itemId, ticket.ticket_id, body.item_name, body.description ?? null, body.is_required ?? true, user.userId],
    );
    return reply.code(201).send({ data: await itemById(itemId) });
  });

  app.patch<{ Params: { id: string; itemId: string } }>("/api/v1/tickets/:id/checklist/:itemId", async (request) => {
    const user = apiUserOf(request);
    // Checked before the ticket (fieldkit §5.3).
    if (!isUuid(request.params.itemId)) throw validationFailed([{ path: ["itemId"], message: "A valid checklist item ID is required" }]);
    const ticket = await loadTicket(context, user.tenant, request.params.id);
    const { completed } = parseOrThrow(completionSchema, jsonBodyOrEmpty(request));
    const item = await itemById(request.params.itemId);
    if (!item || item.ticket_id !== ticket.ticket_id) throw notFound("Checklist item not found");
    // The same state again changes nothing (fieldkit §5.3).
    if (item.completed === completed) return { data: item };
    await context.db.query(
      `UPDATE ticket_checklist_items SET completed = $2, completed_by = CASE WHEN $2 THEN $3::uuid END, completed_at = CASE WHEN $2 THEN now() END
       WHERE checklist_item_id = $1`,
      [request.params.itemId, completed, user.userId],
    );
    return { data: await itemById(request.params.itemId) };
  });

  // No delete, rename or reorder over the API (fieldkit §5.3).
  registerMethodNotAllowed(app, "/api/v1/tickets/:id/checklist/:itemId", ["GET", "PUT", "DELETE", "POST"]);
}
