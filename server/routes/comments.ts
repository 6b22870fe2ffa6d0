import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { SandboxContext } from "../context";
import { apiUserOf } from "../auth/api-key";
import { newId } from "../auth/tokens";
import { ApiError, notFound, parseOrThrow, validationFailed } from "../http/api-error";
import { queryObject, uuid } from "../http/query-params";
import { jsonBodyStrict } from "../http/request-body";
import { checkCommentText } from "../tickets/comment-rules";
import { checkSuppressionPair } from "../tickets/suppression-flags";
import { renderRichText } from "../tickets/rich-text";
import { loadTicket } from "../tickets/ticket-record";
import { fullNameOf } from "../tickets/ticket-joins";
import { readCommentsQuery } from "../tickets/comments-query";
import { notifiedTicket, notifyCommentAdded } from "../awareness/ticket-notifications";
import { emailRecipients, newerCommentFields, publishAt, type NewerCommentFields } from "../tickets/comment-schedule";

const createCommentSchema = z
  .object({
    comment_text: z.string().min(1),
    is_internal: z.boolean().default(false),
    is_resolution: z.boolean().default(false),
    time_spent: z.number().min(0).optional(),
    metadata: z.record(z.string(), z.unknown()).optional(),
    parent_comment_id: uuid().optional(),
    suppressContactNotifications: z.boolean().optional(),
    suppressInternalNotifications: z.boolean().optional(),
  })
  .superRefine((body, issues) => {
    checkCommentText(body.comment_text, issues);
    checkSuppressionPair(body, issues);
  });

const COMMENTS_SQL = `
  SELECT cm.*, cm.note AS comment_text, cm.user_id AS created_by,
    COALESCE(${fullNameOf("u")}, ct.full_name) AS created_by_name, NULL::text AS created_by_avatar_url,
    ct.contact_name_id AS author_contact_id, ct.full_name AS author_contact_name, ct.email AS author_contact_email
  FROM comments cm
  LEFT JOIN users u ON u.user_id = cm.user_id
  LEFT JOIN contacts ct ON ct.contact_name_id = cm.contact_id
  WHERE cm.ticket_id = $1 AND cm.tenant = $2`;

const MARKDOWN_KEYS = [
  "comment_id",
  "ticket_id",
  "markdown_content",
  "author_type",
  "is_internal",
  "is_resolution",
  "created_at",
  "updated_at",
  "created_by",
  "created_by_name",
  "author_contact_id",
  "author_contact_name",
  "thread_id",
  "parent_comment_id",
  "deleted_at",
] as const;

/** `GET` and `POST /api/v1/tickets/{id}/comments` (contract §7). */
export function registerComments(app: FastifyInstance, context: SandboxContext): void {
  app.get<{ Params: { id: string } }>("/api/v1/tickets/:id/comments", async (request) => {
    const user = apiUserOf(request);
    await loadTicket(context, user.tenant, request.params.id);
    const query = readCommentsQuery(queryObject(request));
    const params: unknown[] = [request.params.id, user.tenant];
    let sql = `${COMMENTS_SQL} ORDER BY cm.created_at ${query.order === "desc" ? "DESC" : "ASC"}`;
    if (query.limit !== undefined) sql += ` LIMIT ${query.limit}`;
    if (query.offset !== undefined) sql += ` OFFSET ${query.offset}`;
    const { rows } = await context.db.query<Record<string, unknown> & { note: string }>(sql, params);
    const comments: Record<string, unknown>[] = rows.map((row) => ({
      ...withoutNewerColumns(context, row),
      comment_html: renderRichText(row.note),
      reactions: [],
      reaction_user_names: {},
    }));
    if (query.content_format === "markdown") {
      return { data: comments.map((comment) => Object.fromEntries(MARKDOWN_KEYS.map((key) => [key, comment[key] ?? null]))) };
    }
    return { data: comments };
  });

  app.post<{ Params: { id: string } }>("/api/v1/tickets/:id/comments", async (request, reply) => {
    const user = apiUserOf(request);
    // No fallback for bad JSON here: the real route answers 500 (contract §7.2).
    const rawBody = jsonBodyStrict(request);
    const ticket = await loadTicket(context, user.tenant, request.params.id);
    const body = parseOrThrow(createCommentSchema, rawBody);
    // An older server's schema strips the newer fields: the comment is published at once (awareness §10.1).
    const newer: NewerCommentFields = context.faults.settings.newerServer
      ? parseOrThrow(newerCommentFields, rawBody)
      : { is_internal: false };
    const scheduledAt = newer.scheduled_publish_at ? new Date(newer.scheduled_publish_at) : null;

    let threadId: string | undefined;
    let isInternal = body.is_internal;
    if (body.parent_comment_id) {
      const parent = await findParent(context, body.parent_comment_id, user.tenant);
      if (parent.ticket_id !== ticket.ticket_id) throw validationFailed(undefined, "Parent comment must belong to the same ticket");
      if (parent.deleted_at) throw validationFailed(undefined, "Cannot reply to a deleted comment");
      // A reply takes its thread root's visibility, whatever it asked for.
      threadId = parent.thread_id ?? parent.comment_id;
      isInternal = parent.root_is_internal ?? parent.is_internal;
    }

    const commentId = newId();
    const { rows } = await context.db.query<Record<string, unknown> & { note: string }>(
      `INSERT INTO comments (tenant, comment_id, ticket_id, user_id, note, is_internal, is_resolution, author_type, thread_id, parent_comment_id,
         metadata, publish_state, scheduled_publish_at, scheduled_publish_tz, email_recipients)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'internal', $8, $9, $10, $11, $12, $13, $14) RETURNING *`,
      [
        user.tenant,
        commentId,
        ticket.ticket_id,
        user.userId,
        body.comment_text,
        isInternal,
        body.is_resolution,
        threadId ?? commentId,
        body.parent_comment_id ?? null,
        body.metadata ? JSON.stringify(body.metadata) : null,
        scheduledAt ? "scheduled" : "published",
        scheduledAt,
        scheduledAt ? (newer.scheduled_publish_tz ?? null) : null,
        emailRecipients(newer),
      ],
    );
    const row = rows[0];
    if (!row) throw new ApiError(500, "INTERNAL_ERROR", "An unexpected error occurred");
    const published = async () => {
      await context.db.query("UPDATE tickets SET updated_at = now(), updated_by = $2 WHERE ticket_id = $1", [
        ticket.ticket_id,
        user.userId,
      ]);
      // TICKET_COMMENT_ADDED; the v1 route never touches response_state (awareness §5).
      await notifyCommentAdded(context.db, notifiedTicket(ticket), {
        id: commentId,
        text: body.comment_text,
        isInternal,
        authorId: user.userId,
        authorName: [user.firstName, user.lastName].filter(Boolean).join(" "),
      });
    };
    // A scheduled comment has no side effects until the job publishes it (awareness §10.1).
    if (scheduledAt) publishAt(context, commentId, scheduledAt, published);
    else await published();
    return reply.code(201).send({
      data: {
        ...withoutNewerColumns(context, row),
        comment_text: row.note,
        comment_html: renderRichText(row.note),
        created_by: user.userId,
        author_contact_id: null,
        author_contact_name: null,
        author_contact_email: null,
      },
    });
  });
}

/** The recipients column is a newer server's (awareness §10.1, unconfirmed): an older one never shows it. */
function withoutNewerColumns(context: SandboxContext, row: Record<string, unknown>): Record<string, unknown> {
  if (context.faults.settings.newerServer) return row;
  const { email_recipients: _newer, ...older } = row;
  return older;
}

async function findParent(context: SandboxContext, commentId: string, tenant: string) {
  const { rows } = await context.db.query<{
    comment_id: string;
    ticket_id: string;
    thread_id: string | null;
    deleted_at: Date | null;
    is_internal: boolean;
    root_is_internal: boolean | null;
  }>(
    `SELECT cm.comment_id, cm.ticket_id, cm.thread_id, cm.deleted_at, cm.is_internal, root.is_internal AS root_is_internal
     FROM comments cm LEFT JOIN comments root ON root.comment_id = cm.thread_id
     WHERE cm.comment_id = $1 AND cm.tenant = $2`,
    [commentId, tenant],
  );
  const parent = rows[0];
  if (!parent) throw notFound("Parent comment not found");
  return parent;
}
