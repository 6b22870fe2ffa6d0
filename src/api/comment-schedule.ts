import * as z from "zod/mini";
import type { ApiClient } from "./client";
import { listComments } from "./comments";
import { ApiError } from "./errors";
import { featureAnswer, type FeatureState } from "./feature-answers";
import { commentSchema } from "./schemas/comments";
import { dataEnvelope } from "./schemas/envelopes";

/** A comment id no server has: the probe must never cancel a real comment. */
const NO_COMMENT = "00000000-0000-0000-0000-000000000000";

const schedulePath = (ticketId: string, commentId: string) =>
  `api/v1/tickets/${encodeURIComponent(ticketId)}/comments/${encodeURIComponent(commentId)}/schedule`;

/**
 * The safe probe for Cc/Bcc and send-later (awareness §10.4): cancelling the schedule of a comment that does not
 * exist on a ticket the user can read. An older server has no such route (404 HTML: off); a newer one answers with
 * its JSON error (on). Null when the answer says nothing (offline, a timeout).
 */
export async function probeCommentSchedule(api: ApiClient, ticketId: string): Promise<FeatureState | null> {
  const path = schedulePath(ticketId, NO_COMMENT);
  try {
    await api.request(path, { method: "DELETE", schema: z.unknown() });
    return featureAnswer(path, null)?.state ?? null;
  } catch (error) {
    return featureAnswer(path, error)?.state ?? null;
  }
}

/**
 * Cancels a scheduled comment, exactly once: the server's cancel is a compare-and-set, so when a lost answer sends it
 * again, its refusal is checked against the comment itself. Already cancelled is done; published is too late.
 */
export async function cancelCommentSchedule(api: ApiClient, ticketId: string, commentId: string, tooLate: string): Promise<void> {
  try {
    await api.request(schedulePath(ticketId, commentId), { method: "DELETE", schema: dataEnvelope(commentSchema) });
  } catch (error) {
    if (!(error instanceof ApiError && error.kind === "conflict")) throw error;
    const comment = (await listComments(api, ticketId)).find((each) => each.comment_id === commentId);
    if (comment?.publish_state === "canceled") return;
    throw new ApiError("conflict", { status: error.status, code: error.code, message: tooLate });
  }
}
