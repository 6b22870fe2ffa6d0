import type { ApiClient } from "../../api/client";
import { closeRuleFailures } from "../../api/close-rules";
import { addComment, listComments } from "../../api/comments";
import type { TicketDetail } from "../../api/schemas/tickets";
import { updateStatus } from "../../api/ticket-updates";
import type { QueuedChange, ResolutionNote } from "./change";
import { CLOCK_SKEW_MS } from "./clock-skew";

interface Resolve {
  close: { ticketId: string; statusId: string };
  note: ResolutionNote;
  item: Pick<QueuedChange, "createdAt" | "attempts">;
  /** The ticket as the server has it now (read for the conflict check). */
  fresh: TicketDetail;
  userId: string;
}

/**
 * Closes a ticket and posts its resolution note as one unit: the note reaches the ticket (and, when public,
 * the client) only with a close the server accepts. A refused close posts nothing; the note waits with it.
 *
 * The close goes first. The server evaluates every close rule before any write and reports each one that
 * fails (fieldkit §7.1), and a resolution note is what satisfies the "resolution comment" rule (§2.4). So a
 * refusal that names that rule alone means the note is all that is missing: the note is posted and the
 * close sent again. A refusal that names any other rule posts nothing. (Posting the note first, as the native
 * app does, left an "it is fixed" note on a ticket that stayed open.) Only someone else changing the ticket
 * between those two requests could still refuse the second close.
 */
export async function sendResolve(api: ApiClient, { close, note, item, fresh, userId }: Resolve): Promise<void> {
  // Tried before: the close, the note or both may be on the server already.
  const triedBefore = item.attempts > 0;
  const postNote = async () => {
    if (triedBefore && (await noteLanded(api, close.ticketId, note, item.createdAt, userId))) return;
    await addComment(api, close.ticketId, { comment_text: note.text, is_internal: note.isInternal, is_resolution: true });
  };
  if (fresh.status_id === close.statusId) return postNote();
  try {
    await updateStatus(api, close.ticketId, close.statusId);
  } catch (error) {
    const failures = closeRuleFailures(error);
    if (!failures || failures.length === 0 || failures.some((failure) => failure.rule !== "resolution_comment")) throw error;
    await postNote();
    await updateStatus(api, close.ticketId, close.statusId);
    return;
  }
  await postNote();
}

async function noteLanded(api: ApiClient, ticketId: string, note: ResolutionNote, queuedAt: number, userId: string): Promise<boolean> {
  const recent = await listComments(api, ticketId, { order: "desc", limit: 50 });
  return recent.some(
    (comment) =>
      comment.created_by === userId &&
      comment.is_resolution &&
      comment.comment_text?.trim() === note.text.trim() &&
      Date.parse(comment.created_at) >= queuedAt - CLOCK_SKEW_MS,
  );
}
