import * as z from "zod/mini";
import type { ApiClient } from "./client";
import type { ApiError } from "./errors";
import { dataEnvelope } from "./schemas/envelopes";

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
 * The request body as the server accepts it (field-kit contract §1.1): no key may be null, so unset ones are left
 * out; the title is trimmed (the server would store it untrimmed); the description goes in `attributes` only when typed.
 */
export function createTicketBody(ticket: NewTicket): Record<string, unknown> {
  const { description, title, ...fields } = ticket;
  const chosen = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && value !== ""));
  const text = description?.trim();
  return { title: title.trim(), ...chosen, ...(text ? { attributes: { description: text } } : {}) };
}

/**
 * Not idempotent: a retried POST is a second ticket with the next number, so only the outbox calls this, and after a
 * lost answer it looks for the ticket before sending again. A 400's `details` name the refused fields.
 */
export async function createTicket(api: ApiClient, ticket: NewTicket): Promise<CreatedTicket> {
  const { data } = await api.request("api/v1/tickets", {
    method: "POST",
    body: createTicketBody(ticket),
    schema: dataEnvelope(createdTicketSchema),
  });
  return data;
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
export function refusalsByField(error: ApiError): Partial<Record<TicketField | "form", string>> {
  const refusals: Partial<Record<TicketField | "form", string>> = {};
  if (error.kind === "validation" && Array.isArray(error.details)) {
    for (const detail of error.details as unknown[]) {
      const { path, message } = (detail ?? {}) as { path?: unknown; message?: unknown };
      if (typeof message === "string") refusals[fieldOf(path)] ??= message;
    }
  }
  return Object.keys(refusals).length > 0 ? refusals : { form: error.message };
}
