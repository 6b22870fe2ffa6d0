import * as z from "zod/mini";
import type { ApiClient } from "./client";
import type { ApiError } from "./errors";
import { dataEnvelope, paginatedEnvelope } from "./schemas/envelopes";

/** What the create form collects; ids are the pickers' choices, optional ones left out when not chosen. */
export interface NewTicket {
  title: string;
  board_id: string;
  client_id: string;
  status_id: string;
  priority_id: string;
  contact_name_id?: string;
  location_id?: string;
  assigned_to?: string;
  category_id?: string;
  subcategory_id?: string;
  description?: string;
}

// The 201 is the raw row (no joined names): enough to open the ticket and to recognise it in a later list.
const createdTicketSchema = z.object({
  ticket_id: z.string(),
  ticket_number: z.string(),
  title: z.nullable(z.string()),
  entered_at: z.string(),
  entered_by: z.nullable(z.string()),
});
export type CreatedTicket = z.infer<typeof createdTicketSchema>;

/**
 * Where a create carries its request id: the server has no idempotency key, but keeps `attributes` as sent and lists
 * them (field-kit contract §1.1), so the ticket a create made can be told from any look-alike.
 */
const REQUEST_KEY = "alga_tickets_request";

/**
 * The request body as the server accepts it (field-kit contract §1.1): no key may be null, so unset ones are left
 * out; the title is trimmed (the server would store it untrimmed); the description goes in `attributes` only when
 * typed, beside the request id, the same on every attempt of one create.
 */
export function createTicketBody(ticket: NewTicket, requestId: string): Record<string, unknown> {
  const { description, title, ...fields } = ticket;
  const chosen = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && value !== ""));
  const text = description?.trim();
  return { title: title.trim(), ...chosen, attributes: { ...(text ? { description: text } : {}), [REQUEST_KEY]: requestId } };
}

/**
 * Not idempotent: a retried POST is a second ticket with the next number, so only the outbox calls this, and after a
 * lost answer it looks for the ticket before sending again. A 400's `details` name the refused fields.
 */
export async function createTicket(api: ApiClient, ticket: NewTicket, requestId: string): Promise<CreatedTicket> {
  const { data } = await api.request("api/v1/tickets", {
    method: "POST",
    body: createTicketBody(ticket, requestId),
    schema: dataEnvelope(createdTicketSchema),
  });
  return data;
}

// The full list payload (no `fields`) has every column of the row, `attributes` among them.
const listedTicketSchema = z.object({
  ticket_id: z.string(),
  attributes: z.optional(z.nullable(z.record(z.string(), z.unknown()))),
});

/**
 * After a create whose answer was lost: the ticket it made, if it landed, found by its request id among the
 * tickets `userId` entered since `since` for that client (the list filters by client, author and creation time:
 * MVP contract §4.1). `claimed` are tickets already matched to other creates.
 */
export async function findCreatedTicket(
  api: ApiClient,
  ticket: NewTicket,
  { requestId, userId, since, claimed }: { requestId: string; userId: string; since: number; claimed: ReadonlySet<string> },
): Promise<string | null> {
  const query = {
    client_id: ticket.client_id,
    entered_by: userId,
    created_from: new Date(since).toISOString(),
    sort: "entered_at",
    order: "desc",
    limit: 100,
  };
  const { data } = await api.request("api/v1/tickets", { query, schema: paginatedEnvelope(listedTicketSchema) });
  const match = data.find((row) => !claimed.has(row.ticket_id) && row.attributes?.[REQUEST_KEY] === requestId);
  return match?.ticket_id ?? null;
}

export type TicketField = keyof NewTicket;
const SENT_FIELDS = new Set<string>([
  "title",
  "board_id",
  "client_id",
  "status_id",
  "priority_id",
  "contact_name_id",
  "location_id",
  "assigned_to",
  "category_id",
  "subcategory_id",
]);

// The blank-title rule has an empty path (field-kit contract §1.1); `attributes` holds the description.
function fieldOf(path: unknown): TicketField | "form" {
  if (!Array.isArray(path)) return "form";
  if (path.length === 0) return "title";
  const key = String(path[0]);
  if (key === "attributes") return "description";
  return SENT_FIELDS.has(key) ? (key as TicketField) : "form";
}

/** A create refusal's messages by form field, to show beside the fields; anything else is for the whole form. */
export function refusalsByField(error: Pick<ApiError, "kind" | "message" | "details">): Partial<Record<TicketField | "form", string>> {
  const refusals: Partial<Record<TicketField | "form", string>> = {};
  if (error.kind === "validation" && Array.isArray(error.details)) {
    for (const detail of error.details as unknown[]) {
      const { path, message } = (detail ?? {}) as { path?: unknown; message?: unknown };
      if (typeof message === "string") refusals[fieldOf(path)] ??= message;
    }
  }
  return Object.keys(refusals).length > 0 ? refusals : { form: error.message };
}
