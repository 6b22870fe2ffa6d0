import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { SandboxContext } from "../context";
import { apiUserOf } from "../auth/api-key";
import { newId } from "../auth/tokens";
import { parseOrThrow } from "../http/api-error";
import { UUID_PATTERN } from "../http/query-params";
import { jsonBodyOrEmpty } from "../http/request-body";
import { checkCreateRules, nextTicketNumber } from "../tickets/create-rules";
import type { TicketRow } from "../tickets/ticket-record";

// zod 3's wording, which the app shows on the form's fields: "Required", "Expected string, received null"
// (zod 3 calls a record an object).
const typeMessage = (issue: { input?: unknown; expected?: string }) =>
  issue.input === undefined
    ? "Required"
    : `Expected ${issue.expected === "record" ? "object" : issue.expected}, received ${issue.input === null ? "null" : typeof issue.input}`;
const text = () => z.string({ error: typeMessage });
const id = () => text().regex(UUID_PATTERN, { message: "Invalid uuid" });

// createTicketSchema (server/src/lib/api/schemas/ticket.ts): unknown keys dropped, nothing nullable.
const createSchema = z.object({
  title: text().min(1, "Title is required").max(255, "String must contain at most 255 character(s)"),
  url: z.url({ error: (issue) => (issue.code === "invalid_type" ? typeMessage(issue) : "Invalid url") }).optional(),
  board_id: id(),
  client_id: id(),
  location_id: id().optional(),
  contact_name_id: id().optional(),
  status_id: id(),
  category_id: id().optional(),
  subcategory_id: id().optional(),
  assigned_to: id().optional(),
  priority_id: id(),
  attributes: z.record(z.string(), z.unknown(), { error: typeMessage }).optional(),
  tags: z.array(text(), { error: typeMessage }).optional(),
});

/** `POST /api/v1/tickets` (field-kit contract §1.1). No idempotency: a repeated POST is a second ticket. */
export function registerTicketCreate(app: FastifyInstance, context: SandboxContext): void {
  app.post("/api/v1/tickets", async (request, reply) => {
    const user = apiUserOf(request);
    // Auth path A: unparsable JSON is treated as {} and then fails validation.
    const body = parseOrThrow(createSchema, jsonBodyOrEmpty(request));

    const row = await context.db.transaction(async (tx) => {
      const { billingProfileId } = await checkCreateRules(tx, body);
      const ticketNumber = await nextTicketNumber(tx, user.tenant);
      // url is accepted but never stored; {} attributes are stored as null; the server applies no defaults.
      const attributes = body.attributes && Object.keys(body.attributes).length > 0 ? JSON.stringify(body.attributes) : null;
      const { rows } = await tx.query<TicketRow>(
        `INSERT INTO tickets (tenant, ticket_id, ticket_number, title, board_id, client_id, location_id, contact_name_id, status_id,
           category_id, subcategory_id, priority_id, assigned_to, entered_by, entered_at, updated_at, is_closed, attributes,
           source, ticket_origin, billing_profile_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, now(), now(), false, $15, 'api', 'api', $16)
         RETURNING *`,
        [
          user.tenant,
          newId(),
          ticketNumber,
          body.title,
          body.board_id,
          body.client_id,
          body.location_id ?? null,
          body.contact_name_id ?? null,
          body.status_id,
          body.category_id ?? null,
          body.subcategory_id ?? null,
          body.priority_id,
          body.assigned_to ?? null,
          user.userId,
          attributes,
          billingProfileId,
        ],
      );
      return rows[0];
    });
    // Tags are not stored, only echoed when some were sent (the real stub).
    const tags = body.tags && body.tags.length > 0 ? { tags: body.tags } : {};
    return reply.code(201).send({ data: { ...row, ...tags } });
  });
}
