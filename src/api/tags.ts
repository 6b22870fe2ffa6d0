import * as z from "zod/mini";
import type { ApiClient } from "./client";
import { dataEnvelope } from "./schemas/envelopes";
import { entityTagsSchema, tagCloudSchema, tagSearchRowSchema } from "./schemas/tags";

const tagsEnvelope = dataEnvelope(entityTagsSchema);
const cloudEnvelope = dataEnvelope(tagCloudSchema);
const searchEnvelope = z.object({ data: z.array(tagSearchRowSchema) });

const SUGGESTION_LIMIT = 50;

const ticketTagsPath = (ticketId: string) => `api/v1/tags/entity/ticket/${encodeURIComponent(ticketId)}`;

/** Tag texts are stored trimmed and lower-cased (fieldkit §6.2): compare and show them that way. */
export const normalizeTag = (text: string) => text.trim().toLowerCase();

export async function getTicketTags(api: ApiClient, ticketId: string, signal?: AbortSignal) {
  const { data } = await api.request(ticketTagsPath(ticketId), { schema: tagsEnvelope, signal });
  return data.tags;
}

/**
 * Adds one tag. A tag the ticket already has fails the request with 409 (fieldkit §6.2): check the ticket's tags
 * first, and treat a 409 on a retry as done. The server acts on the body's ticket, not the path's.
 */
export async function addTicketTag(api: ApiClient, ticketId: string, text: string) {
  const { data } = await api.request(ticketTagsPath(ticketId), {
    method: "POST",
    body: { entity_id: ticketId, entity_type: "ticket", tags: [normalizeTag(text)] },
    schema: tagsEnvelope,
  });
  return data.tags;
}

/** By mapping id (the `tag_id` of the ticket's tags or of the list). Always 200, so a retry is safe (fieldkit §6.3). */
export async function removeTicketTag(api: ApiClient, ticketId: string, mappingId: string) {
  await api.request(ticketTagsPath(ticketId), {
    method: "DELETE",
    body: { entity_id: ticketId, entity_type: "ticket", tag_ids: [mappingId] },
    schema: z.unknown(),
  });
}

/**
 * Existing tag texts for the picker: the most used when nothing is typed, else those containing the text. The
 * search answers one row per tagged ticket, so texts are de-duplicated here (fieldkit §6.4–§6.5).
 */
export async function suggestTags(api: ApiClient, typed: string, signal?: AbortSignal): Promise<string[]> {
  const term = normalizeTag(typed);
  const rows =
    term === ""
      ? (
          await api.request("api/v1/tags/cloud", {
            query: { entity_type: "ticket", limit: SUGGESTION_LIMIT },
            schema: cloudEnvelope,
            signal,
          })
        ).data.tags
      : (
          await api.request("api/v1/tags/search", {
            query: { search_term: term, entity_type: "ticket", limit: SUGGESTION_LIMIT },
            schema: searchEnvelope,
            signal,
          })
        ).data;
  return [...new Set(rows.map((row) => normalizeTag(row.tag_text)))];
}
