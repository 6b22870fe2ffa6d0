import type { ApiClient } from "./client";
import { commentSchema } from "./schemas/comments";
import { dataEnvelope } from "./schemas/envelopes";

const commentEnvelope = dataEnvelope(commentSchema);

/**
 * Replaces a comment's text. Only the author may (anyone else gets 400 "You can only edit your own comments",
 * system comments 400 too), so offer it only on the technician's own, non-system comments. Only the text
 * changes; there is no comment delete (fieldkit §2.2–§2.3). The same text again is harmless, so a retry is safe.
 */
export async function editComment(api: ApiClient, ticketId: string, commentId: string, commentText: string) {
  const { data } = await api.request(`api/v1/tickets/${encodeURIComponent(ticketId)}/comments/${encodeURIComponent(commentId)}`, {
    method: "PUT",
    body: { comment_text: commentText },
    schema: commentEnvelope,
  });
  return data;
}

/** Whether the app should offer to edit a comment at all. */
export function canEditComment(comment: { created_by?: string | null; is_system_generated?: boolean | null }, userId: string): boolean {
  return comment.created_by === userId && comment.is_system_generated !== true;
}
