import { useState, type FormEvent } from "react";
import { useT } from "../../i18n/active-language";
import { TextAreaField } from "../../ui/TextAreaField";
import type { Comment } from "../../api/schemas/comments";
import { Button } from "../../ui/Button";
import { commentProblem } from "./comment-rules";
import { htmlText } from "./sanitize-html";
import { queueChange } from "../changes/use-queue-change";
import "../TicketEdits.css";

export type CommentAction = { mode: "edit" | "reply"; comment: Comment; text: string };

/**
 * The text to start an edit from. `comment_text` may be the editor's JSON rather than text (fieldkit §2.2):
 * then the words are taken from the rendered HTML.
 */
export function editableText(comment: Pick<Comment, "comment_text" | "comment_html">): string {
  const text = comment.comment_text ?? "";
  if (!/^\s*[[{]/.test(text) || !comment.comment_html) return text;
  try {
    JSON.parse(text);
  } catch {
    return text;
  }
  return htmlText(comment.comment_html);
}

/** Edit one's own comment, or reply in a comment's thread; both are queued in the outbox. */
export function CommentActionForm({ action, author, onDone }: { action: CommentAction; author: string; onDone: () => void }) {
  const t = useT();
  const [text, setText] = useState(action.text);
  const [quiet, setQuiet] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { comment, mode } = action;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const problem = commentProblem(text);
    if (problem) return setError(problem);
    const trimmed = text.trim();
    if (mode === "edit") {
      if (trimmed !== action.text.trim())
        void queueChange({ kind: "commentEdit", ticketId: comment.ticket_id, commentId: comment.comment_id, text: trimmed }, null);
    } else {
      // The server gives a reply its thread's visibility; it is sent with the parent's, so the screen says the same.
      const reply = { kind: "comment", ticketId: comment.ticket_id, text: trimmed, isInternal: comment.is_internal } as const;
      void queueChange({ ...reply, parentCommentId: comment.comment_id, ...(quiet ? { quiet } : {}) }, null, {
        message: t("conversation.replySaved"),
      });
    }
    onDone();
  }

  return (
    <form className="sheet-form" onSubmit={onSubmit} noValidate>
      {mode === "reply" ? (
        <p>{comment.is_internal ? t("conversation.replyingInternal", { author }) : t("conversation.replyingPublic", { author })}</p>
      ) : null}
      <TextAreaField
        label={mode === "edit" ? t("conversation.yourComment") : t("conversation.reply")}
        rows={5}
        value={text}
        onChange={(value) => {
          setText(value);
          setError(null);
        }}
        error={error}
      />
      {mode === "reply" ? (
        <label className="sheet-form__check">
          <input type="checkbox" checked={quiet} onChange={(event) => setQuiet(event.target.checked)} />
          {t("conversation.noEmailNotifications")}
        </label>
      ) : null}
      <div className="sheet-form__actions">
        <Button type="submit">{mode === "edit" ? t("conversation.save") : t("conversation.sendReply")}</Button>
        <Button variant="ghost" onClick={onDone}>
          {t("conversation.cancel")}
        </Button>
      </div>
    </form>
  );
}
