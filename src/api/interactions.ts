import * as z from "zod/mini";
import type { ApiClient } from "./client";
import { dataEnvelope, paginatedEnvelope } from "./schemas/envelopes";
import { interactionSchema, interactionTypeSchema } from "./schemas/interactions";

/** System and tenant types in one list, not paginated (awareness §7.1). */
export async function listInteractionTypes(api: ApiClient, signal?: AbortSignal) {
  const { data } = await api.request("api/v1/interaction-types", { schema: dataEnvelope(z.array(interactionTypeSchema)), signal });
  return data;
}

/**
 * Everyone's interactions, newest first. `page_size` is the parameter (`limit` is ignored) and is clamped to 100
 * (§7.3); `date_from`/`date_to` bound `interaction_date` and must end in Z.
 */
export async function listInteractions(
  api: ApiClient,
  filters: { ticket_id: string; type_id?: string; user_id?: string; date_from?: string; date_to?: string },
  signal?: AbortSignal,
) {
  const { data } = await api.request("api/v1/interactions", {
    query: { ...filters, page_size: 100 },
    schema: paginatedEnvelope(interactionSchema),
    signal,
  });
  return data;
}

/** Minutes for `duration`; times ISO with Z. No idempotency: a retry logs the call twice (§7.2). */
export interface NewInteraction {
  type_id: string;
  ticket_id: string;
  client_id?: string;
  contact_name_id?: string;
  title: string;
  notes: string;
  duration: number;
  start_time: string;
  end_time: string;
  interaction_date: string;
}

export async function createInteraction(api: ApiClient, body: NewInteraction) {
  const { data } = await api.request("api/v1/interactions", { method: "POST", body, schema: dataEnvelope(interactionSchema) });
  return data;
}
