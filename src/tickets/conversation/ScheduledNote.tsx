import { useT } from "../../i18n/active-language";
import type { Comment } from "../../api/schemas/comments";
import { exactTime } from "../../lib/relative-time";
import { Button } from "../../ui/Button";
import { queueChange } from "../changes/use-queue-change";

/**
 * A reply the server holds for later (awareness §10.1): when it goes out, and Cancel, sent through the outbox like
 * every change. While the cancel waits to be sent it says so instead of offering Cancel twice.
 */
export function ScheduledNote({ comment, cancelling }: { comment: Comment; cancelling: boolean }) {
  const t = useT();
  const time = exactTime(comment.scheduled_publish_at ?? "");
  return (
    <p className="comment__scheduled">
      {cancelling ? t("conversation.cancellingScheduled", { time }) : t("conversation.scheduledFor", { time })}
      {cancelling ? null : (
        <Button
          variant="ghost"
          aria-label={t("conversation.cancelScheduledNamed", { time })}
          onClick={() =>
            void queueChange({ kind: "scheduleCancel", ticketId: comment.ticket_id, commentId: comment.comment_id }, null, {
              message: t("conversation.scheduleCancelSaved"),
            })
          }
        >
          {t("conversation.cancelScheduled")}
        </Button>
      )}
    </p>
  );
}
