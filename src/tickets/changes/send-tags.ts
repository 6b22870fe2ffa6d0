import type { ApiClient } from "../../api/client";
import { ApiError } from "../../api/errors";
import { addTicketTag, getTicketTags, normalizeTag, removeTicketTag } from "../../api/tags";
import type { Change } from "./change";

/** A tag the ticket already has answers 409 and adds nothing (fieldkit §6.2): the ticket is as the user wants it. */
export async function sendTagAdd(api: ApiClient, change: Extract<Change, { kind: "tagAdd" }>): Promise<void> {
  try {
    await addTicketTag(api, change.ticketId, change.text);
  } catch (error) {
    if (error instanceof ApiError && error.kind === "conflict") return;
    throw error;
  }
}

/**
 * Removal takes the mapping id, which a tag added offline did not have when the user removed it: it is looked
 * up by text now. A tag already gone is done.
 */
export async function sendTagRemove(api: ApiClient, change: Extract<Change, { kind: "tagRemove" }>): Promise<void> {
  const tags = await getTicketTags(api, change.ticketId);
  const mapping = tags.find((tag) => normalizeTag(tag.tag_text) === normalizeTag(change.text));
  if (mapping) await removeTicketTag(api, change.ticketId, mapping.tag_id);
}
