import type { FastifyInstance } from "fastify";
import type { SandboxContext } from "../context";
import { apiUserOf } from "../auth/api-key";
import { ApiError, notFound } from "../http/api-error";
import { NOT_FOUND_PAGE } from "../http/html";
import { loadTicket } from "../tickets/ticket-record";

/**
 * `DELETE /api/v1/tickets/{id}/comments/{commentId}/schedule` (awareness §10.1): a newer server cancels a comment
 * while it is still scheduled (compare and set). Its answers are unconfirmed: 200 with the comment, 404 JSON for an
 * unknown comment, 409 once it is no longer scheduled. An older server has no such route: its 404 HTML page.
 */
export function registerCommentSchedule(app: FastifyInstance, context: SandboxContext): void {
  app.delete<{ Params: { id: string; commentId: string } }>("/api/v1/tickets/:id/comments/:commentId/schedule", async (request, reply) => {
    if (!context.faults.settings.newerServer) return reply.code(404).type("text/html; charset=utf-8").send(NOT_FOUND_PAGE);
    const user = apiUserOf(request);
    const ticket = await loadTicket(context, user.tenant, request.params.id);
    const { rows } = await context.db.query<{ publish_state: string }>(
      "SELECT publish_state FROM comments WHERE comment_id::text = $1 AND ticket_id = $2 AND tenant = $3",
      [request.params.commentId, ticket.ticket_id, user.tenant],
    );
    const comment = rows[0];
    if (!comment) throw notFound("Comment not found");
    const canceled = await context.db.query<Record<string, unknown>>(
      "UPDATE comments SET publish_state = 'canceled', updated_at = now() WHERE comment_id::text = $1 AND publish_state = 'scheduled' RETURNING *",
      [request.params.commentId],
    );
    const row = canceled.rows[0];
    if (!row) throw new ApiError(409, "CONFLICT", `Comment is no longer scheduled (${comment.publish_state})`);
    return { data: { ...row, comment_text: row.note } };
  });
}
