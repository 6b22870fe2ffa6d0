import { sessionScope, useSession } from "../../auth/session";
import type { MessageKey } from "../../i18n/catalogue-types";
import { useT } from "../../i18n/active-language";
import { describeChange, type QueuedChange } from "../changes/change";
import { heldBackChanges, outbox, useOutboxQueue } from "../changes/ticket-outbox";
import { refusalText } from "../changes/refusal-message";
import { Button } from "../../ui/Button";
import { ButtonLink } from "../../ui/ButtonLink";
import { deleteFile } from "../../lib/file-store";
import { userKeys } from "../../lib/storage-keys";
import { resolutionDraftKey, restoreIntoDraft } from "./draft-store";
import "./PendingChanges.css";

const stateText: Record<QueuedChange["state"], MessageKey> = {
  pending: "conversation.statePending",
  sending: "conversation.stateSending",
  unknown: "conversation.stateUnknown",
  failed: "conversation.stateFailed",
  conflict: "conversation.stateConflict",
};

/** This ticket's changes that the server has not confirmed yet, with what the user can do about each. */
export function PendingChanges({
  ticketId,
  onDiscardComment,
}: {
  ticketId: string;
  onDiscardComment: (text: string, isInternal: boolean) => Promise<void>;
}) {
  const t = useT();
  const queue = useOutboxQueue();
  const session = useSession()!;
  const held = heldBackChanges(queue);
  const items = queue.filter((item) => item.change.ticketId === ticketId);
  if (items.length === 0) return null;

  async function discard(item: QueuedChange) {
    // A refused comment goes back into the composer: nothing typed is lost.
    if (item.change.kind === "comment") await onDiscardComment(item.change.text, item.change.isInternal);
    // A discarded close gives its resolution note back to Resolve.
    if (item.change.kind === "status" && item.change.resolution) {
      const { text, isInternal } = item.change.resolution;
      await restoreIntoDraft(resolutionDraftKey(...sessionScope(session), ticketId), text, isInternal);
    }
    await outbox.discard(item.id);
    if (item.change.kind === "document") await deleteFile(userKeys.uploadFile(item.change.fileId));
  }

  return (
    <section aria-labelledby="pending-heading" className="pending">
      <h3 id="pending-heading" className="pending__heading">
        {t("conversation.notSentYet", { n: items.length })}
      </h3>
      <ul className="pending__items">
        {items.map((item) => (
          <li key={item.id} className={`pending__item pending__item--${item.state}`}>
            <div className="pending__what">
              <strong>{describeChange(item.change)}</strong>
              <span className="pending__state">
                {held.has(item.id)
                  ? t("conversation.waitsFor", { change: describeChange(held.get(item.id)!.change) })
                  : t(stateText[item.state])}
              </span>
            </div>
            {item.change.kind === "comment" || item.change.kind === "commentEdit" ? (
              <p className="pending__text" dir="auto">
                {item.change.text}
              </p>
            ) : null}
            {item.change.kind === "status" && item.change.resolution ? (
              <p className="pending__text" dir="auto">
                {item.change.resolution.text}
              </p>
            ) : null}
            {item.error ? (
              <p className="pending__error" role="alert">
                {refusalText(item)}
              </p>
            ) : null}
            {item.state === "failed" && item.change.kind === "createTicket" ? (
              <div className="pending__actions">
                <ButtonLink variant="secondary" to={`/tickets/new?edit=${encodeURIComponent(item.change.ticketId)}`}>
                  {t("conversation.correctTicket")}
                </ButtonLink>
                <Button variant="ghost" onClick={() => void outbox.discard(item.id)}>
                  {t("conversation.discardNewTicket")}
                </Button>
              </div>
            ) : item.state === "failed" || item.state === "conflict" ? (
              <div className="pending__actions">
                <Button variant="secondary" onClick={() => void outbox.retry(item.id)}>
                  {item.state === "conflict" ? t("conversation.applyMine") : t("conversation.tryAgain")}
                </Button>
                <Button variant="ghost" onClick={() => void discard(item)}>
                  {item.change.kind === "comment" ? t("conversation.backToEditing") : t("conversation.discardMine")}
                </Button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
