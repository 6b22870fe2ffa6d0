import * as z from "zod/mini";
import type { ApiClient } from "./client";
import { dataEnvelope, paginatedEnvelope } from "./schemas/envelopes";
import { boardSchema, clientLocationSchema, clientSchema, contactSchema, ticketCategorySchema } from "./schemas/reference-data";

// Pickers show one page: a long list is narrowed by typing (the server searches), not by scrolling pages.
export const PICKER_PAGE = 50;

/**
 * Active boards in the admin's order. `sort=name` (the native app's) is not a sort the server honours and the
 * default order is desc, so both are explicit (field-kit contract §1.2). The form's default is the `is_default` one.
 */
export async function listBoards(api: ApiClient, signal?: AbortSignal) {
  const query = { limit: 100, sort: "display_order", order: "asc" };
  const { data } = await api.request("api/v1/boards", { query, schema: paginatedEnvelope(boardSchema), signal });
  return data;
}

export async function listClients(api: ApiClient, search: string, signal?: AbortSignal, page = 1) {
  const query = {
    page: page > 1 ? page : undefined,
    limit: PICKER_PAGE,
    sort: "client_name",
    order: "asc",
    is_inactive: false,
    search: search.trim() || undefined,
  };
  const { data } = await api.request("api/v1/clients", { query, schema: paginatedEnvelope(clientSchema), signal });
  return data;
}

/** The server includes closed locations; a new ticket should not be filed at one. Default location first. */
export async function listActiveClientLocations(api: ApiClient, clientId: string, signal?: AbortSignal) {
  const { data } = await api.request(`api/v1/clients/${encodeURIComponent(clientId)}/locations`, {
    schema: dataEnvelope(z.array(clientLocationSchema)),
    signal,
  });
  return data.filter((location) => location.is_active !== false);
}

/** A contact can appear twice in a page (the server counts DISTINCT but lists joined rows): kept once. */
export async function listContacts(api: ApiClient, filter: { clientId?: string; search?: string }, signal?: AbortSignal) {
  const query = {
    limit: PICKER_PAGE,
    sort: "full_name",
    order: "asc",
    is_inactive: false,
    client_id: filter.clientId,
    search: filter.search?.trim() || undefined,
  };
  const { data } = await api.request("api/v1/contacts", { query, schema: paginatedEnvelope(contactSchema), signal });
  return [...new Map(data.map((contact) => [contact.contact_name_id, contact])).values()];
}

/**
 * Needs `ticket_settings:read`, which technicians often lack: a 403 (kind "forbidden") means "no category picker",
 * not an error to show. Subcategories carry their parent in `parent_category`.
 */
export async function listTicketCategories(api: ApiClient, boardId: string, signal?: AbortSignal) {
  const query = { board_id: boardId, limit: 100 };
  const { data } = await api.request("api/v1/categories/ticket", {
    query,
    schema: dataEnvelope(z.array(ticketCategorySchema)),
    signal,
  });
  return data;
}
