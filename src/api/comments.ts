import type { ApiClient } from "./client";
import { commentSchema } from "./schemas/comments";
import { dataEnvelope, lenientArray } from "./schemas/envelopes";

// One malformed comment is left out rather than hiding every comment of the ticket.
const commentsEnvelope = dataEnvelope(lenientArray(commentSchema));
const commentEnvelope = dataEnvelope(commentSchema);

/** Server-side paging exists (`limit`, `offset`, `order`) although the contract document says client-side (§7.1). */
export async function listComments(
  api: ApiClient,
  ticketId: string,
  query: { limit?: number; offset?: number; order?: "asc" | "desc" } = {},
  signal?: AbortSignal,
) {
  const { data } = await api.request(`api/v1/tickets/${encodeURIComponent(ticketId)}/comments`, {
    query,
    schema: commentsEnvelope,
    signal,
  });
  return data;
}

export interface NewComment {
  comment_text: string;
  /** Ignored for replies: a reply takes its thread root's visibility (contract §7.2). */
  is_internal: boolean;
  /** Satisfies the close rule "resolution comment required" (fieldkit §2.4, §7.1). */
  is_resolution?: boolean;
  parent_comment_id?: string;
  /** The internal flag requires the contact flag; the server refuses it alone (fieldkit §2.4). */
  suppressContactNotifications?: boolean;
  suppressInternalNotifications?: boolean;
  /**
   * Newer servers only (awareness §10.1): an older one drops these unread and publishes at once, so they are sent
   * only after the probe said yes (app/server-features.ts). Cc/Bcc and scheduling are for public comments only.
   */
  cc?: string[];
  bcc?: string[];
  /** An ISO instant, with the IANA zone it was chosen in. */
  scheduled_publish_at?: string;
  scheduled_publish_tz?: string;
}

/** Not idempotent: a retried POST creates a duplicate (contract README fact 6). Only the outbox calls this. */
export async function addComment(api: ApiClient, ticketId: string, comment: NewComment) {
  const { data } = await api.request(`api/v1/tickets/${encodeURIComponent(ticketId)}/comments`, {
    method: "POST",
    body: comment,
    schema: commentEnvelope,
  });
  return data;
}
