import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import type { Comment } from "../../api/schemas/comments";
import { exactTime, relativeTime } from "../../lib/relative-time";
import { userKeys } from "../../lib/storage-keys";
import { Badge } from "../../ui/Badge";
import { Button } from "../../ui/Button";
import { useSession } from "../../auth/session";
import { canEditComment } from "../../api/comment-edits";
import { Sheet } from "../../ui/Sheet";
import { useTicketQueries } from "../ticket-queries";
import { CommentActionForm, editableText, type CommentAction } from "./CommentActions";
import { ServerHtml } from "./ServerHtml";
import { useUnconfirmedChanges, type Unconfirmed } from "../changes/unconfirmed-changes";
import "./CommentList.css";

const PAGE = 20;
const ORDER_KEY = userKeys.commentOrder;

function rememberedOrder(): "newest" | "oldest" {
  return localStorage.getItem(ORDER_KEY) === "oldest" ? "oldest" : "newest";
}

export function CommentList({ ticketId }: { ticketId: string }) {
  const queries = useTicketQueries();
  // Relative links and images in comments point at the Alga server that sent them.
  const session = useSession();
  const server = session?.server ?? "";
  const comments = useQuery(queries.comments(ticketId));
  const edits = useUnconfirmedChanges(ticketId, ["commentEdit"] as const, comments.dataUpdatedAt);
  const [action, setAction] = useState<CommentAction | null>(null);
  const byId = useMemo(() => new Map((comments.data ?? []).map((comment) => [comment.comment_id, comment])), [comments.data]);
  const [order, setOrder] = useState(rememberedOrder);
  const [shown, setShown] = useState(PAGE);
  const ordered = useMemo(() => {
    const all = comments.data ?? [];
    return order === "newest" ? [...all].reverse() : all;
  }, [comments.data, order]);

  /** Shows every comment and brings the newest into view, wherever it is in the chosen order. */
  function jumpToLatest() {
    setShown(ordered.length);
    requestAnimationFrame(() => {
      const items = document.querySelectorAll<HTMLElement>(".comment");
      const latest = order === "newest" ? items[0] : items[items.length - 1];
      latest?.scrollIntoView({ block: "center" });
      latest?.focus();
    });
  }

  function changeOrder(next: "newest" | "oldest") {
    localStorage.setItem(ORDER_KEY, next);
    setOrder(next);
    setShown(PAGE);
  }

  return (
    <section aria-labelledby="comments-heading" className="comment-list">
      <div className="comment-list__head">
        <h3 id="comments-heading">Comments{comments.data ? ` (${comments.data.length})` : ""}</h3>
        {ordered.length > 1 ? (
          <Button variant="ghost" onClick={jumpToLatest}>
            Jump to latest
          </Button>
        ) : null}
        <label className="comment-list__order">
          <span className="visually-hidden">Order</span>
          <select className="control" value={order} onChange={(event) => changeOrder(event.target.value as "newest" | "oldest")}>
            <option value="newest">Newest first</option>
            <option value="oldest">Oldest first</option>
          </select>
        </label>
      </div>
      {comments.isPending ? <p className="comment-list__note">Loading comments…</p> : null}
      {comments.isError && !comments.data ? (
        <p className="comment-list__note" role="alert">
          Comments could not be loaded: {comments.error.message}{" "}
          <Button variant="ghost" onClick={() => void comments.refetch()}>
            Retry
          </Button>
        </p>
      ) : null}
      {comments.data?.length === 0 ? <p className="comment-list__note">No comments yet.</p> : null}
      <ol className="comment-list__items">
        {ordered.slice(0, shown).map((comment) => (
          <CommentItem
            key={comment.comment_id}
            comment={comment}
            server={server}
            parent={comment.parent_comment_id ? byId.get(comment.parent_comment_id) : undefined}
            edit={edits.filter((edit) => edit.change.commentId === comment.comment_id).at(-1)}
            mine={Boolean(session && canEditComment(comment, session.user.id))}
            onAction={(mode, text) => setAction({ mode, comment, text })}
          />
        ))}
      </ol>
      {ordered.length > shown ? (
        <Button variant="secondary" onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, ordered.length - shown)} more of {ordered.length - shown}
        </Button>
      ) : null}
      <Sheet open={action !== null} onClose={() => setAction(null)} title={action?.mode === "edit" ? "Edit comment" : "Reply"}>
        {action ? <CommentActionForm action={action} author={authorOf(action.comment)} onDone={() => setAction(null)} /> : null}
      </Sheet>
    </section>
  );
}

function authorOf(comment: Comment): string {
  return comment.created_by_name ?? (comment.author_type === "client" ? "Client" : "Unknown author");
}

function CommentItem({
  comment,
  server,
  parent,
  edit,
  mine,
  onAction,
}: {
  comment: Comment;
  server: string;
  parent: Comment | undefined;
  /** The technician's newest edit the shown copy lacks. */
  edit: Unconfirmed<"commentEdit"> | undefined;
  /** Only the author may edit (fieldkit §2.2): others are never offered it. */
  mine: boolean;
  onAction: (mode: CommentAction["mode"], text: string) => void;
}) {
  const author = authorOf(comment);
  return (
    <li className={comment.is_internal ? "comment comment--internal" : "comment"} tabIndex={-1}>
      <div className="comment__meta">
        <span className="comment__author" dir="auto">
          {author}
        </span>
        <Badge tone={comment.is_internal ? "warning" : "info"}>{comment.is_internal ? "Internal" : "Public"}</Badge>
        {comment.is_resolution ? <Badge tone="success">Resolution</Badge> : null}
        {comment.is_system_generated ? <Badge tone="muted">System</Badge> : null}
        <time dateTime={comment.created_at} title={exactTime(comment.created_at)} className="comment__time">
          {relativeTime(comment.created_at)}
        </time>
      </div>
      {parent ? (
        <p className="comment__reply-to" dir="auto">
          <span aria-hidden="true">↳ </span>Reply to {authorOf(parent)}
        </p>
      ) : null}
      {edit ? (
        <p className="comment__body comment__body--text" dir="auto">
          {edit.change.text}
          <span className="comment__edited"> · edited, {edit.mark === "sending" ? "not sent yet" : "sent ✓"}</span>
        </p>
      ) : comment.comment_html ? (
        <ServerHtml className="comment__body" html={comment.comment_html} server={server} />
      ) : (
        <p className="comment__body comment__body--text" dir="auto">
          {comment.comment_text}
        </p>
      )}
      {comment.is_system_generated ? null : (
        <div className="comment__actions">
          <Button variant="ghost" onClick={() => onAction("reply", "")} aria-label={`Reply to ${author}`}>
            Reply
          </Button>
          {mine ? (
            <Button
              variant="ghost"
              onClick={() => onAction("edit", edit?.change.text ?? editableText(comment))}
              aria-label="Edit your comment"
            >
              Edit
            </Button>
          ) : null}
        </div>
      )}
    </li>
  );
}
