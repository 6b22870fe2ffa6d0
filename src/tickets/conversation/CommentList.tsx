import { errorText } from "../../auth/error-text";
import { useQuery } from "@tanstack/react-query";
import { RichText } from "../../i18n/RichText";
import { t, useT } from "../../i18n/active-language";
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
import { usePublishedAtOnce } from "../published-at-once";
import { ScheduledNote } from "./ScheduledNote";
import "./CommentList.css";

const PAGE = 20;
const ORDER_KEY = userKeys.commentOrder;

function rememberedOrder(): "newest" | "oldest" {
  return localStorage.getItem(ORDER_KEY) === "oldest" ? "oldest" : "newest";
}

export function CommentList({ ticketId }: { ticketId: string }) {
  const t = useT();
  const queries = useTicketQueries();
  // Relative links and images in comments point at the Alga server that sent them.
  const session = useSession();
  const server = session?.server ?? "";
  const comments = useQuery(queries.comments(ticketId));
  const edits = useUnconfirmedChanges(ticketId, ["commentEdit"] as const, comments.dataUpdatedAt);
  const cancels = useUnconfirmedChanges(ticketId, ["scheduleCancel"] as const, comments.dataUpdatedAt);
  const publishedAtOnce = usePublishedAtOnce();
  const [action, setAction] = useState<CommentAction | null>(null);
  const byId = useMemo(() => new Map((comments.data ?? []).map((comment) => [comment.comment_id, comment])), [comments.data]);
  const [order, setOrder] = useState(rememberedOrder);
  const [shown, setShown] = useState(PAGE);
  const ordered = useMemo(() => {
    // A cancelled reply for later was never sent to anyone (awareness §10.1).
    const all = (comments.data ?? []).filter((comment) => comment.publish_state !== "canceled");
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
        <h3 id="comments-heading">{comments.data ? t("conversation.commentsCount", { n: ordered.length }) : t("conversation.comments")}</h3>
        {ordered.length > 1 ? (
          <Button variant="ghost" onClick={jumpToLatest}>
            {t("conversation.jumpToLatest")}
          </Button>
        ) : null}
        <label className="comment-list__order">
          <span className="visually-hidden">{t("conversation.order")}</span>
          <select className="control" value={order} onChange={(event) => changeOrder(event.target.value as "newest" | "oldest")}>
            <option value="newest">{t("conversation.newestFirst")}</option>
            <option value="oldest">{t("conversation.oldestFirst")}</option>
          </select>
        </label>
      </div>
      {comments.isPending ? <p className="comment-list__note">{t("conversation.loadingComments")}</p> : null}
      {comments.isError && !comments.data ? (
        <p className="comment-list__note" role="alert">
          <RichText
            text={t("conversation.loadFailed")}
            parts={{
              error: errorText(comments.error),
              retry: (
                <Button variant="ghost" onClick={() => void comments.refetch()}>
                  {t("conversation.retry")}
                </Button>
              ),
            }}
          />
        </p>
      ) : null}
      {comments.data?.length === 0 ? <p className="comment-list__note">{t("conversation.noComments")}</p> : null}
      <ol className="comment-list__items">
        {ordered.slice(0, shown).map((comment) => (
          <CommentItem
            key={comment.comment_id}
            comment={comment}
            server={server}
            parent={comment.parent_comment_id ? byId.get(comment.parent_comment_id) : undefined}
            edit={edits.filter((edit) => edit.change.commentId === comment.comment_id).at(-1)}
            mine={Boolean(session && canEditComment(comment, session.user.id))}
            cancelling={cancels.some((cancel) => cancel.change.commentId === comment.comment_id)}
            publishedAtOnce={publishedAtOnce.has(comment.comment_id)}
            onAction={(mode, text) => setAction({ mode, comment, text })}
          />
        ))}
      </ol>
      {ordered.length > shown ? (
        <Button variant="secondary" onClick={() => setShown(shown + PAGE)}>
          {t("conversation.showMore", { shown: Math.min(PAGE, ordered.length - shown), n: ordered.length - shown })}
        </Button>
      ) : null}
      <Sheet
        open={action !== null}
        onClose={() => setAction(null)}
        title={action?.mode === "edit" ? t("conversation.editComment") : t("conversation.reply")}
      >
        {action ? <CommentActionForm action={action} author={authorOf(action.comment)} onDone={() => setAction(null)} /> : null}
      </Sheet>
    </section>
  );
}

function authorOf(comment: Comment): string {
  return comment.created_by_name ?? (comment.author_type === "client" ? t("conversation.client") : t("conversation.unknownAuthor"));
}

function CommentItem({
  comment,
  server,
  parent,
  edit,
  mine,
  cancelling,
  publishedAtOnce,
  onAction,
}: {
  comment: Comment;
  server: string;
  parent: Comment | undefined;
  /** The technician's newest edit the shown copy lacks. */
  edit: Unconfirmed<"commentEdit"> | undefined;
  /** Only the author may edit (fieldkit §2.2): others are never offered it. */
  mine: boolean;
  /** A cancel of this reply for later waits in the outbox. */
  cancelling: boolean;
  /** Meant for later, published at once by a server that does not schedule (awareness §10.1). */
  publishedAtOnce: boolean;
  onAction: (mode: CommentAction["mode"], text: string) => void;
}) {
  const t = useT();
  const author = authorOf(comment);
  return (
    <li className={comment.is_internal ? "comment comment--internal" : "comment"} tabIndex={-1}>
      <div className="comment__meta">
        <span className="comment__author" dir="auto">
          {author}
        </span>
        <Badge tone={comment.is_internal ? "warning" : "info"}>
          {comment.is_internal ? t("conversation.internal") : t("conversation.public")}
        </Badge>
        {comment.is_resolution ? <Badge tone="success">{t("conversation.resolution")}</Badge> : null}
        {comment.is_system_generated ? <Badge tone="muted">{t("conversation.system")}</Badge> : null}
        <time dateTime={comment.created_at} title={exactTime(comment.created_at)} className="comment__time">
          {relativeTime(comment.created_at)}
        </time>
      </div>
      {comment.publish_state === "scheduled" ? <ScheduledNote comment={comment} cancelling={cancelling} /> : null}
      {publishedAtOnce ? (
        <p className="comment__scheduled" role="note">
          {t("conversation.publishedAtOnce")}
        </p>
      ) : null}
      {parent ? (
        <p className="comment__reply-to" dir="auto">
          <span aria-hidden="true">↳ </span>
          {t("conversation.replyTo", { author: authorOf(parent) })}
        </p>
      ) : null}
      {edit ? (
        <p className="comment__body comment__body--text" dir="auto">
          {edit.change.text}
          <span className="comment__edited">
            {" "}
            · {edit.mark === "sending" ? t("conversation.editedNotSent") : t("conversation.editedSent")}
          </span>
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
          <Button variant="ghost" onClick={() => onAction("reply", "")} aria-label={t("conversation.replyTo", { author })}>
            {t("conversation.reply")}
          </Button>
          {mine ? (
            <Button
              variant="ghost"
              onClick={() => onAction("edit", edit?.change.text ?? editableText(comment))}
              aria-label={t("conversation.editYours")}
            >
              {t("conversation.edit")}
            </Button>
          ) : null}
        </div>
      )}
    </li>
  );
}
