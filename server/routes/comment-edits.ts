import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { SandboxContext } from "../context";
import { apiUserOf } from "../auth/api-key";
import { notFound, parseOrThrow, validationFailed } from "../http/api-error";
import { registerMethodNotAllowed } from "../http/method-not-allowed";
import { jsonBodyStrict } from "../http/request-body";
import { checkCommentText } from "../tickets/comment-rules";
import { renderRichText } from "../tickets/rich-text";
import { loadTicket } from "../tickets/ticket-record";

// Only the text can change; visibility, resolution flag, metadata and suppression flags are dropped (fieldkit §2.2).
const editSchema = z.object({ comment_text: z.string().min(1) }).superRefine((body, issues) => checkCommentText(body.comment_text, issues));

const COMMENT_URL = "/api/v1/tickets/:id/comments/:commentId";

/** `PUT /api/v1/tickets/{id}/comments/{commentId}`: own comments only; there is no delete (fieldkit §2.2–§2.3). */
export function registerCommentEdits(app: FastifyInstance, context: SandboxContext): void {
  app.put<{ Params: { id: string; commentId: string } }>(COMMENT_URL, async (request) => {
    const user = apiUserOf(request);
    const rawBody = jsonBodyStrict(request);
    const ticket = await loadTicket(context, user.tenant, request.params.id);
    const body = parseOrThrow(editSchema, rawBody);
    // The comment id is not format-checked: a non-UUID fails in Postgres (500).
    const { rows } = await context.db.query<{ user_id: string | null; is_system_generated: boolean }>(
      "SELECT user_id, is_system_generated FROM comments WHERE comment_id = $1 AND ticket_id = $2",
      [request.params.commentId, ticket.ticket_id],
    );
    const comment = rows[0];
    if (!comment) throw notFound("Comment not found");
    if (comment.is_system_generated) throw validationFailed(undefined, "System-generated comments cannot be edited");
    // 400, not 403; a soft-deleted comment of one's own may still be edited.
    if (comment.user_id !== user.userId) throw validationFailed(undefined, "You can only edit your own comments");
    // Only the text and updated_at change: the ticket's updated_at stays (fieldkit §2.2).
    const updated = await context.db.query<Record<string, unknown> & { note: string; user_id: string | null; contact_id: string | null }>(
      "UPDATE comments SET note = $2, updated_at = now() WHERE comment_id = $1 RETURNING *",
      [request.params.commentId, body.comment_text],
    );
    const row = updated.rows[0];
    return {
      data: row && {
        ...row,
        comment_text: row.note,
        comment_html: renderRichText(row.note),
        created_by: row.user_id,
        author_contact_id: row.contact_id,
      },
    };
  });

  registerMethodNotAllowed(app, COMMENT_URL, ["GET", "POST", "DELETE", "PATCH"]);
}
